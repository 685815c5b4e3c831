"""How smoothly the window scrolls while the fidelity checks run, against no checks at all.

Run it headless from the project root (it sets QT_QPA_PLATFORM=offscreen itself if unset)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/checks_ui.py [--copies 100]

Each mode runs in a fresh child process: the window opens a two-version article (the sample's
Indonesian and Arabic, each repeated ``--copies`` times: 5.5 kB a copy, so 100 copies make
550 kB and 370 copies 2 MB), and as soon as its checks start, the right pane is scrolled one
step at a time (scroll, repaint, handle events, 8 ms pause) until the findings arrive. The step
times while the checks run are compared with the same steps in a window whose checks do nothing
(the floor, measured in the same run); fewer steps in the same time means the window was busy:

- ``floor``: the window's context runs background work that never ends and costs nothing;
- ``process``: its context runs the checks in a worker process (reader.ui.jobs.ProcessJobs),
  as Reader does.

Before the first step, starting the checks holds the window's thread for a moment (pickling the
article, starting the worker process); that is shown too, as "start", with the CPU time the
window's thread spent on it, which a busy machine does not inflate. Pickling alone is timed
apart as well (PICKLE_REPEATS times in each child, the thread's CPU): the part of the start
that grows with the article. The article then goes to
the worker while the window scrolls: QProcess writes it as the worker reads, from the event loop.

It is a benchmark, not a test: it always exits 0. The step during which the findings come in
also marks them in the text, work on the window's thread in every mode: the median and the
90th percentile leave that step out (unless it is the only one), the worst does not.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SCRIPT = Path(__file__).resolve()
PICKLE_REPEATS = 11  # times each child pickles the checks' request on its own, for the median
STEP_PIXELS = 60
PAUSE_S = 0.008
RUN_LIMIT_S = 30.0
FLOOR_RUN_S = 0.6  # the floor mode scrolls this long (its checks never answer)


class BenchJobs:
    """The window's background work in one mode, and how long starting it held the window's
    thread: in ``floor`` mode work that never ends and costs nothing, else worker processes
    (reader.ui.jobs.ProcessJobs, as Reader runs them)."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.starting: list[tuple[float, float]] = []  # (wall, the thread's CPU) seconds

    def start(
        self, work: str, args: tuple[Any, ...] = (), *, parent: Any = None, progress: bool = False
    ) -> Any:
        from reader.ui.jobs import Job, ProcessJobs

        start, cpu = time.perf_counter(), time.thread_time()
        if self.mode == "floor":
            job = Job(work, parent)
        else:
            job = ProcessJobs().start(work, args, parent=parent, progress=progress)
        self.starting.append((time.perf_counter() - start, time.thread_time() - cpu))
        return job


def child(mode: str, copies: int) -> int:
    """Open the window in ``mode`` and scroll while its checks run; print the step times."""
    from PySide6.QtWidgets import QApplication

    from reader.cli import sample_path
    from reader.core.ingest.loading import load
    from reader.ui.app import application, build_window
    from reader.ui.context import AppContext

    app = application()
    folder = Path(tempfile.mkdtemp(prefix="reader-bench-"))
    sample = sample_path()
    paths = []
    for name in ("id.txt", "ar.txt"):
        text = (sample / name).read_text(encoding="utf-8")
        (folder / name).write_text("\n\n".join([text] * copies), encoding="utf-8")
        paths.append(folder / name)
    article = load(paths)
    pickling = _pickling(article)
    jobs = BenchJobs(mode)
    window = build_window(AppContext(folder / "config", jobs=jobs), article, paths=paths)
    findings: list[int] = []
    window.checks_done.connect(lambda checks: findings.append(sum(map(len, checks.values()))))
    window.resize(1280, 820)
    window.show()
    limit = time.perf_counter() + RUN_LIMIT_S
    while not jobs.starting and time.perf_counter() < limit:
        app.processEvents()
    bar = window.right.view.verticalScrollBar()
    steps: list[float] = []
    delivery = -1  # the step during which the findings came in and were marked
    began = time.perf_counter()
    while time.perf_counter() < limit:
        if mode == "floor" and time.perf_counter() - began > FLOOR_RUN_S:
            break
        if mode != "floor" and findings:
            break
        start = time.perf_counter()
        bar.setValue((bar.value() + STEP_PIXELS) % max(1, bar.maximum()))
        window.right.view.viewport().repaint()
        QApplication.processEvents()
        steps.append(time.perf_counter() - start)
        if findings and delivery < 0:
            delivery = len(steps) - 1
        time.sleep(PAUSE_S)
    result = {
        "steps": steps,
        "delivery": delivery,
        "checks_s": time.perf_counter() - began,
        "findings": findings,
        "starting_s": jobs.starting[0] if jobs.starting else (0.0, 0.0),
        "pickling_s": pickling,
    }
    print("BENCH-RESULT", json.dumps(result), flush=True)
    window.close()
    return 0


def _pickling(article: Any) -> list[float]:
    """The window thread's CPU seconds to pickle the checks' request for ``article``, as
    reader.ui.jobs.ProcessJobs does when it starts them, PICKLE_REPEATS times."""
    import pickle

    from reader.ui.main_window import CHECKS

    times = []
    for _ in range(PICKLE_REPEATS):
        cpu = time.thread_time()
        pickle.dumps((CHECKS, (article,), False), protocol=pickle.HIGHEST_PROTOCOL)
        times.append(time.thread_time() - cpu)
    return times


def run_child(mode: str, copies: int) -> dict:
    """One child run of ``mode``; its result."""
    command = [sys.executable, str(SCRIPT), "--child", mode, str(copies)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=RUN_LIMIT_S * 3)
    for line in done.stdout.splitlines():
        if line.startswith("BENCH-RESULT"):
            return json.loads(line.split(" ", 1)[1])
    raise RuntimeError(f"{mode} child printed no result: {done.stderr.strip()[-400:]}")


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if argv[:1] == ["--child"]:
        return child(argv[1], int(argv[2]))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=100, help="sample copies (default 100)")
    parser.add_argument("--runs", type=int, default=2, help="runs of each mode (default 2)")
    args = parser.parse_args(argv)

    rows = {}
    for mode in ("floor", "process"):
        runs = [run_child(mode, args.copies) for _ in range(args.runs)]
        body = [s for run in runs for i, s in enumerate(run["steps"]) if i != run["delivery"]] or [
            s for run in runs for s in run["steps"]
        ]
        worst = max(s for run in runs for s in run["steps"])
        counts = [len(run["steps"]) for run in runs]
        seconds = sum(run["checks_s"] for run in runs) / len(runs)
        findings = runs[0]["findings"][0] if runs[0]["findings"] else 0
        starting = tuple(max(run["starting_s"][i] for run in runs) for i in (0, 1))
        rows[mode] = (
            _quantile(body, 0.5),
            _quantile(body, 0.9),
            worst,
            seconds,
            findings,
            counts,
            starting,
        )
    floor = rows["floor"][0]
    pickling = sorted(s for run in runs for s in run["pickling_s"])
    print(
        f"article: the sample's id and ar, each repeated {args.copies} times; {args.runs} runs each"
    )
    print(
        f"{'mode':<10} {'steps':>7} {'median step':>12} {'p90 step':>9} {'worst':>8}"
        f" {'x floor':>8} {'start (CPU)':>14} {'checks took':>12}"
    )
    for mode, (median, p90, worst, seconds, findings, counts, starting) in rows.items():
        took = "-" if mode == "floor" else f"{seconds:.2f} s"
        wall, cpu = starting
        start = "-" if mode == "floor" else f"{wall * 1000:.0f} ms ({cpu * 1000:.0f})"
        print(
            f"{mode:<10} {'+'.join(map(str, counts)):>7} {median * 1000:>9.1f} ms"
            f" {p90 * 1000:>6.1f} ms {worst * 1000:>5.0f} ms {median / floor:>7.1f}x {start:>14}"
            f" {took:>12}" + (f"  ({findings} findings)" if findings else "")
        )
    print(
        "start: how long starting the checks held the window's thread, and the CPU time it"
        " spent (the worst run of each; on a busy machine the first waits for the processor)"
    )
    print(
        f"pickling the article for the worker (within start): median"
        f" {_quantile(pickling, 0.5) * 1000:.1f} ms [{pickling[0] * 1000:.1f}-"
        f"{pickling[-1] * 1000:.1f}], the window thread's CPU, {len(pickling)} times"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
