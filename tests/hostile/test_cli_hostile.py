"""Every hostile input over the command line: a correct answer or one line naming the file.

Each case runs ``reader info`` (and ``reader check``) in a fresh process, so a traceback, a
crash of the interpreter or a hang would show; the time bound is generous enough for a slow
machine and far below what a hang would take. The processes run as many at a time as there
are cores, all started by one fixture; each test then reads its own result.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.errors import display_path
from reader.core.ingest.encodings import MAX_BYTES
from reader.core.text.bidi_controls import CONTROL_NAMES
from tests.hostile.corpus import SAMPLE, Case, arabic, cases, vanish_after_stat

CASES = cases(MAX_BYTES)
# A hang guard, not a speed target (bench/ measures speed): generous enough that runs sharing
# a busy machine's cores never trip it (at a load of 11 on 2 cores, 100,000 paragraphs took 113 s
# of wall time for about 15 s of CPU), short enough that a hang fails the test, not CI.
SECONDS = 180.0
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def reader(*args: str | Path, cwd: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run ``python -m reader ARGS`` and time it; a hang fails the test at the time bound."""
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "reader", *map(os.fsdecode, args)],
        capture_output=True,
        text=True,
        errors="backslashreplace",  # a stray byte in the output must not hide the real failure
        timeout=SECONDS + 60,
        cwd=cwd,
        check=False,
    )
    return result, time.perf_counter() - start


@dataclass
class Run:
    """One finished ``reader`` process over a case's input."""

    paths: list[Path]
    result: subprocess.CompletedProcess[str]
    seconds: float


def _run_all(
    folder: Path, chosen: list[Case], arguments: Callable[[Case, list[Path]], list[str | Path]]
) -> dict[str, Run]:
    """Build every case under ``folder`` and run ``reader`` over each, a few at a time."""

    def one(case: Case) -> tuple[str, Run]:
        where = folder / case.name
        where.mkdir()
        paths = case.build(where)
        result, seconds = reader(*arguments(case, paths), cwd=where)
        return case.name, Run(paths, result, seconds)

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        return dict(pool.map(one, chosen))


def _runnable(case: Case) -> bool:
    return not (case.name == "unreadable" and IS_ROOT)


@pytest.fixture(scope="module")
def info_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    folder = tmp_path_factory.mktemp("info")
    chosen = [c for c in CASES if _runnable(c)]
    return _run_all(folder, chosen, lambda case, paths: ["info", *paths, *case.args])


def assert_one_line_error(result: subprocess.CompletedProcess[str], paths: list[Path]) -> str:
    """Exit 2, nothing on standard output, one line ``reader: error: FILE: ...``."""
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and result.stderr.endswith("\n"), result.stderr
    line = lines[0]
    assert line.startswith("reader: error: ")
    assert any(display_path(p) in line for p in paths), f"no file named in {line!r}"
    return line


def _skip_unreadable_as_root(case: Case) -> None:
    if case.name == "unreadable" and IS_ROOT:
        pytest.skip("root reads any file: test_unreadable_file_in_process simulates it")


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_info_answers_every_input(case: Case, info_runs: dict[str, Run]) -> None:
    _skip_unreadable_as_root(case)
    run = info_runs[case.name]
    assert run.seconds < SECONDS
    if case.refused:
        assert case.says in assert_one_line_error(run.result, run.paths)
    else:
        assert run.result.returncode == 0, run.result.stderr
        assert run.result.stderr == ""
        assert case.says in run.result.stdout


@pytest.mark.parametrize(
    "case", [c for c in CASES if not c.refused], ids=[c.name for c in CASES if not c.refused]
)
def test_info_json_keeps_the_text_as_stored(
    case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What opens is valid JSON, and bidi controls stay in the data (only the view hides them)."""
    paths = case.build(tmp_path)
    status, out, err = _main(["info", "--json", *map(os.fsdecode, paths), *case.args], capsys)
    assert (status, err) == (0, "")
    data = json.loads(out)
    texts = [p["text"] for v in data["versions"] for p in v["paragraphs"]]
    assert texts and all(texts)
    if case.bidi:
        stored = paths[0].read_text(encoding="utf-8")
        assert all(text in stored for text in texts)
        assert any("bidi control" in r for v in data["versions"] for r in v["remarks"])


# -- what a subprocess cannot stage ---------------------------------------------------------------


def _main(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    start = time.perf_counter()
    status = main(args)
    assert time.perf_counter() - start < SECONDS
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_unreadable_file_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Permission denied on a version file: chmod 0 where that stops us, else simulated."""
    [article] = next(c for c in CASES if c.name == "unreadable").build(tmp_path)
    if IS_ROOT:
        real_open = Path.open

        def denied(self: Path, *args, **kwargs):
            if self.name == "id.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", denied)
    status, out, err = _main(["info", str(article)], capsys)
    assert (status, out) == (2, "")
    assert err == f"reader: error: {article / 'id.txt'}: cannot be read: permission denied\n"


def test_file_that_disappears_while_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Removed between the size check (stat) and the read: a clear message, no traceback."""
    path = tmp_path / "ar.txt"
    path.write_text(arabic(), encoding="utf-8")
    vanish_after_stat(monkeypatch, path)
    status, out, err = _main(["info", str(path)], capsys)
    assert (status, out) == (2, "")
    assert err == f"reader: error: {path}: no such file\n"


def test_folder_that_disappears_while_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The article folder is gone after Reader saw it is a folder: its manifest cannot be found."""
    [article] = next(c for c in CASES if c.name == "unknown-keys").build(tmp_path)
    real_is_dir = Path.is_dir

    def is_dir_then_vanish(self: Path) -> bool:
        result = real_is_dir(self)
        if self == article and result:
            for child in article.iterdir():
                child.unlink()
            article.rmdir()
        return result

    monkeypatch.setattr(Path, "is_dir", is_dir_then_vanish)
    status, out, err = _main(["info", str(article)], capsys)
    assert (status, out) == (2, "")
    assert err.startswith(f"reader: error: {article}: no article.toml") and err.count("\n") == 1


def test_non_utf8_name_is_printed_escaped(tmp_path: Path) -> None:
    """A name that is not UTF-8 reaches the output as \\xNN escapes, never as broken bytes."""
    case = next(c for c in CASES if c.name == "non-utf8-name")
    [path] = case.build(tmp_path)
    result, _ = reader("info", path, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"file: {display_path(path)}" in result.stdout
    assert "\\xe9" in result.stdout and "\udce9" not in result.stdout


@pytest.mark.parametrize("command", ["info", "show"])
def test_output_cannot_take_over_a_terminal(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Escape sequences in an article (set the title, clear the screen) must not reach the
    terminal as such, nor bidi controls that a bidi-capable terminal would obey."""
    if find_spec(f"reader.commands.{command}") is None:
        pytest.skip(f"reader {command} is not there yet")
    [path] = next(c for c in CASES if c.name == "terminal-escapes").build(tmp_path)
    status, out, _ = _main([command, str(path), "--lang", "id"], capsys)
    assert status == 0 and "Judul" in out
    unsafe = [ch for ch in out if ch in CONTROL_NAMES or (_is_control(ch) and ch != "\n")]
    assert unsafe == []


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) == "Cc"


# -- reader check ---------------------------------------------------------------------------------


def _check_args(case: Case, paths: list[Path]) -> list[str | Path]:
    """``reader check SOURCE TRANSLATION`` for loose files, ``reader check DIR`` for folders."""
    if case.group == "folder" or (len(paths) == 1 and paths[0].is_dir()):
        return ["check", *paths]
    language = list(case.args[1:2]) or []
    target = ["--target-lang", *language] if language else []
    return ["check", SAMPLE / "id.txt", *paths[-1:], "--source-lang", "id", *target]


CHECKED = [c for c in CASES if c.name not in {"several-versions", "folder-with-file"}]
HAVE_CHECK = find_spec("reader.commands.check") is not None


@pytest.fixture(scope="module")
def check_runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Run]]:
    if not HAVE_CHECK:
        pytest.skip("reader check is not there yet")
    folder = tmp_path_factory.mktemp("check")
    chosen = [c for c in CHECKED if _runnable(c)]
    yield _run_all(folder, chosen, lambda case, paths: [*_check_args(case, paths), "--json"])


@pytest.mark.parametrize("case", CHECKED, ids=[c.name for c in CHECKED])
def test_check_answers_every_input(case: Case, check_runs: dict[str, Run]) -> None:
    _skip_unreadable_as_root(case)
    run = check_runs[case.name]
    assert run.seconds < SECONDS
    if case.refused:
        assert case.says in assert_one_line_error(run.result, run.paths)
        return
    assert "Traceback" not in run.result.stderr
    assert run.result.returncode in (0, 1), run.result.stderr
    data = json.loads(run.result.stdout)
    findings = [f["check"] for r in data.get("results", [data]) for f in r["findings"]]
    assert ("bidi-control" in findings) == case.bidi
    assert (run.result.returncode == 1) == bool(findings)
