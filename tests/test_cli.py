"""The command line: ``reader info``, ``reader snapshot`` and the error contract."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtGui import QImage

from reader.cli import main
from reader.core.model import VersionKey


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def test_info_json_matches_the_contract(seed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(seed), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"article", "versions"}
    assert set(data["article"]) >= {"title", "source_language", "notice"}
    assert data["article"]["source_language"] == "id"
    (version,) = data["versions"]
    assert set(version) >= {
        "language",
        "revision",
        "origin",
        "encoding",
        "direction",
        "notice",
        "paragraphs",
    }
    assert (version["language"], version["revision"], version["origin"]) == ("ar", 1, "machine")
    assert version["encoding"] == "utf-8"
    assert version["direction"] == "rtl"
    assert set(version["notice"]) >= {"text", "main_language", "machine_languages"}
    assert version["notice"]["main_language"] == "id"
    assert sorted(version["notice"]["machine_languages"]) == ["ar", "en", "fr", "ja", "zh"]
    paragraphs = version["paragraphs"]
    assert [p["role"] for p in paragraphs] == ["title", "caption"] + ["body"] * 8
    assert all(set(p) >= {"role", "text", "direction"} for p in paragraphs)
    assert {p["direction"] for p in paragraphs} == {"rtl"}
    assert paragraphs[0]["text"] == seed.read_text(encoding="utf-8").splitlines()[0]


def test_info_on_the_sample_folder_lists_every_version(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["info", str(sample), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    keys = [(v["language"], v["revision"], v["origin"]) for v in data["versions"]]
    assert keys == [
        ("id", 1, "original"),
        ("ar", 1, "machine"),
        ("ar", 2, "post-edited"),
        ("en", 1, "machine"),
        ("fr", 1, "machine"),
        ("zh", 1, "machine"),
        ("ja", 1, "machine"),
    ]
    directions = {v["language"]: v["direction"] for v in data["versions"]}
    assert directions["ar"] == "rtl" and directions["id"] == "ltr"


def test_info_text_is_readable(seed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(seed)]) == 0
    out = capsys.readouterr().out
    assert "ar@1  Arabic, machine, UTF-8, 10 paragraphs" in out
    assert "dropped: 'أنشرها:'" in out


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["info", "does-not-exist.txt"], "does-not-exist.txt: no such file"),
        (["info"], "required"),
        (["snapshot", "-o", "x.png", "--size", "huge"], "size must be WIDTHxHEIGHT"),
        (["snapshot", "-o", "x.png", "--left", "xx@2"], "--left xx@2: no such version"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    args: list[str],
    expected: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("reader: error: ") and expected in lines[0]


@pytest.mark.parametrize(
    "args",
    [
        ["info", "{url}"],
        ["check", "{url}"],
        ["check", "notes.txt", "{url}"],
        ["align", "notes.txt", "{url}"],
        ["diff", "notes.txt", "{url}"],
        ["show", "{url}"],
        ["export", "{url}", "--format", "html", "-o", "out.html"],
        ["snapshot", "{url}", "-o", "out.png"],
    ],
)
def test_a_web_address_given_as_a_file_is_named_as_typed(
    args: list[str],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A URL is not a path (a path folds its ``//``): it is named as typed, and the way to
    open a web page is given."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("Judul\n\nIsi berita.\n", encoding="utf-8")
    url = "HTTP://127.0.0.1:9//a"
    assert main([a.format(url=url) for a in args]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        f"reader: error: {url} is a web address, not a file: web pages are imported with "
        "'reader import URL'\n"
    )


def test_binary_file_is_refused_in_one_line(tmp_path: Path) -> None:
    png = tmp_path / "image.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(512))
    result = run("info", str(png))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("reader: error: ") and "image.txt" in result.stderr


def test_window_without_a_display_says_so(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    result = run(env=env)
    assert result.returncode == 2
    assert result.stderr.startswith("reader: error: no display available")
    assert result.stderr.count("\n") == 1


def test_snapshot_writes_a_png_of_the_requested_size(tmp_path: Path, qapp) -> None:
    out = tmp_path / "shot.png"
    assert main(["snapshot", "-o", str(out), "--size", "900x600"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)
    # Not a blank picture: the window's text and banner left ink.
    colours = {image.pixel(x, y) for x in range(0, 900, 7) for y in range(0, 600, 7)}
    assert len(colours) > 20


def test_snapshot_single_shows_one_version(tmp_path: Path, qapp, sample: Path) -> None:
    out = tmp_path / "single.png"
    assert main(["snapshot", str(sample), "-o", str(out), "--single", "--right", "ar@2"]) == 0
    assert QImage(str(out)).width() == 1280


def test_snapshot_into_a_folder_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`-o` naming a folder: the export's refusal, not a traceback from the PNG writer."""
    assert main(["snapshot", "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err == f"reader: error: {tmp_path}: the output is a folder; name a file\n"


@pytest.mark.parametrize(("name", "magic"), [("shot.jpg", b"\xff\xd8\xff"), ("shot.BMP", b"BM")])
def test_snapshot_writes_the_format_its_name_asks_for(
    tmp_path: Path, qapp, name: str, magic: bytes
) -> None:
    out = tmp_path / name
    assert main(["snapshot", "-o", str(out), "--size", "300x200"]) == 0
    assert out.read_bytes().startswith(magic)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (300, 200)


def test_snapshot_to_a_name_of_no_image_format_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "shot.txt"
    assert main(["snapshot", "-o", str(out), "--size", "300x200"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"reader: error: {out}: .txt names no image format Reader writes (")
    assert ".jpg" in err and ".png" in err and err.count("\n") == 1
    assert not out.exists()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
def test_snapshot_that_cannot_be_written_says_why_in_one_line() -> None:
    """A PNG the disk refuses (/dev/full: no space left) is one line with the cause, and
    nothing from libpng on the process's standard error."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = run("snapshot", "-o", "/dev/full", "--size", "300x200", env=env)
    assert result.returncode == 2
    assert result.stderr == (
        "reader: error: /dev/full: cannot write the PNG here: No space left on device\n"
    )


def test_snapshot_single_honours_a_lone_left() -> None:
    """`--single` shows one version: --right if given, else --left (not the default)."""
    from reader.commands.snapshot import pane_choices

    ja, ar = VersionKey("ja", 0), VersionKey("ar", 2)
    assert pane_choices(ja, None, single=True) == (None, ja)
    assert pane_choices(ja, ar, single=True) == (ja, ar)
    assert pane_choices(ja, None, single=False) == (ja, None)


def test_window_start_pauses_the_collector_until_the_first_paint(
    qapp, monkeypatch: pytest.MonkeyPatch, sample: Path
) -> None:
    """`reader` starts with Python's cyclic collector paused; the first paint turns it back on."""
    import gc

    from PySide6.QtCore import QTimer

    import reader.ui.app

    real_open_window = reader.ui.app.open_window
    seen: dict[str, bool] = {}

    def open_window(context, article, paths=(), *options):
        window = real_open_window(context, article, paths, *options)
        seen["while starting"] = gc.isenabled()

        def after_paint() -> None:
            seen["after the first paint"] = gc.isenabled()
            window.close()

        # Queued: runs after the app's own handler of the same signal.
        window.text_painted.connect(lambda: QTimer.singleShot(0, after_paint))
        return window

    monkeypatch.setattr(reader.ui.app, "open_window", open_window)
    try:
        assert main([str(sample)]) == 0
    finally:
        gc.unfreeze()
        gc.enable()
    assert seen == {"while starting": False, "after the first paint": True}


def test_a_window_start_that_fails_leaves_the_collector_on(tmp_path: Path) -> None:
    import gc

    assert main([str(tmp_path / "missing.txt")]) == 2
    assert gc.isenabled()


@pytest.mark.parametrize("command", [["info", "--json"], ["show"]])
def test_a_closed_pipe_ends_quietly(seed: Path, command: list[str]) -> None:
    """`reader info ... --json | head`: the reader of the output left; no traceback, status 0."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the pipe is closed before the first write: every write fails (EPIPE)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "reader", command[0], str(seed), *command[1:]],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert done.stderr == ""
    assert done.returncode == 0


# A process that runs ``entry`` as ``python -m reader`` does, with an exit handler that says when
# the interpreter's teardown runs (it runs the handlers first).
_ENTRY_WATCHED = (
    "import atexit, sys; "
    "atexit.register(lambda: print('teardown', file=sys.stderr)); "
    "sys.argv[0] = 'reader'; "
    "from reader.cli import entry; entry()"
)


def test_a_command_that_only_prints_ends_without_teardown(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`reader check` ends as soon as its report is out, whole, with its own status; the same
    report as the command run in this process."""
    assert main(["check", str(sample), "--json"]) in (0, 1)
    expected = capsys.readouterr().out
    done = subprocess.run(
        [sys.executable, "-c", _ENTRY_WATCHED, "check", str(sample), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "teardown" not in done.stderr
    assert done.stdout == expected
    results = json.loads(done.stdout)["results"]
    assert len(results) == 6  # every translation of the sample
    assert done.returncode == (1 if any(result["findings"] for result in results) else 0)


def test_bad_input_still_exits_2_at_once(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _ENTRY_WATCHED, "info", str(tmp_path / "missing.txt")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("reader: error: ")
    assert done.stderr.count("\n") == 1


def test_a_command_that_writes_ends_through_teardown(tmp_path: Path) -> None:
    """`reader library` keeps an index file: its process ends the ordinary way, which closes it."""
    done = subprocess.run(
        [sys.executable, "-c", _ENTRY_WATCHED, "library", "--library", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")},
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.endswith("teardown\n")
