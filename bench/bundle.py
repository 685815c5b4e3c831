"""The frozen bundle against the venv install: what it weighs, and how long it takes to start.

Run it from the project root after ``bash .ci/bundle``::

    .venv/bin/python bench/bundle.py [--repeat 7]

For each of three commands on the sample article, ``dist/reader/reader`` (the bundle) and
``.venv/bin/reader`` (the venv install) run alternately, the order reversed every other round,
after one untimed round: ``--version`` (the program's start alone), ``info --json`` (start, the
core, the sample parsed) and ``snapshot`` (the window built offscreen and painted, the fidelity
checks run in a worker process: ``reader --worker`` frozen, ``python -m reader.worker`` in the
venv); then the checks' worker alone, sent the window's request for the sample and timed to
its answer (``reader --worker`` against ``python -m reader.worker``). Wall times in ms: median,
lowest and highest. Then the bundle's size on disk and its number of files.

It is a benchmark, not a test: it always exits 0.
"""

from __future__ import annotations

import argparse
import os
import pickle
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "reader" / "reader"
VENV = ROOT / ".venv" / "bin" / "reader"
PYTHON = ROOT / ".venv" / "bin" / "python"
SAMPLE = ROOT / "resources" / "sample"


def commands(out: Path) -> dict[str, list[str]]:
    return {
        "--version": ["--version"],
        "info --json": ["info", str(SAMPLE), "--json"],
        "snapshot": ["snapshot", str(SAMPLE), "-o", str(out), "--size", "1280x800"],
    }


WORKER = "worker"  # not a command line: the checks' worker answering one request


def timed(command: list[str], env: dict[str, str], request: bytes | None = None) -> float:
    """Seconds from spawning ``command`` to its end; with ``request``, a worker that is sent it
    and kept listening (its standard input open) until it has answered."""
    start = time.perf_counter()
    if request is None:
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=300)
        return time.perf_counter() - start
    with subprocess.Popen(
        command, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE
    ) as worker:
        assert worker.stdin is not None and worker.stdout is not None
        worker.stdin.write(request)
        worker.stdin.flush()
        worker.stdout.read()
        worker.stdin.close()
        if worker.wait(timeout=300) != 0:
            raise RuntimeError(f"{command} failed")
    return time.perf_counter() - start


def checks_request() -> bytes:
    """What the window sends its checks' worker for the sample (reader.ui.main_window)."""
    from reader.core.ingest.loading import load

    return pickle.dumps(("reader.core.checks.run:check_article", (load([SAMPLE]),), False))


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    if not os.access(BUNDLE, os.X_OK):
        print(f"no bundle at {BUNDLE}: run bash .ci/bundle first")
        return 0
    programs = {"bundle": [str(BUNDLE)], "venv": [str(VENV)]}
    workers = {"bundle": [str(BUNDLE), "--worker"], "venv": [str(PYTHON), "-m", "reader.worker"]}
    request = checks_request()
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as scratch:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": scratch}
        times: dict[tuple[str, str], list[float]] = {}
        runs = {
            name: {p: [*programs[p], *arguments] for p in programs}
            for name, arguments in commands(Path(scratch) / "out.png").items()
        }
        runs[WORKER] = workers
        for name, by_program in runs.items():
            order = list(by_program)
            for index in range(1 + args.repeat):
                for program in order if index % 2 == 0 else order[::-1]:
                    seconds = timed(by_program[program], env, request if name == WORKER else None)
                    if index:
                        times.setdefault((name, program), []).append(seconds)
    print(f"{'command':<14}{'program':<8}{'median':>9}{'lowest':>9}{'highest':>9}   (ms)")
    for (name, program), values in times.items():
        row = [statistics.median(values), min(values), max(values)]
        print(f"{name:<14}{program:<8}" + "".join(f"{v * 1000:9.0f}" for v in row))
    size, count = folder_size(BUNDLE.parent)
    print(f"bundle: {size / 2**20:.0f} MiB in {count} files ({BUNDLE.parent})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
