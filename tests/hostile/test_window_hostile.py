"""Every hostile input opened in the real window: shown right, or refused in one dialog that names
the file, with the previous article still open and the window still usable.

One window serves every case in turn, as one session would: a file that broke it would break
the cases after it too. The inputs whose cost grows with their size (a 200,000-character line,
100,000 paragraphs, the largest file Reader accepts) are opened in a separate process each,
started together at the beginning, so that a hang is cut off at the time bound instead of
stopping the suite. Runs known to be too slow (SLOW, empty today) are marked and run only with
READER_RUN_KNOWN_SLOW=1.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from reader.core.errors import display_path
from reader.core.ingest.encodings import MAX_BYTES
from reader.core.ingest.loading import load
from reader.core.model import Version
from reader.core.text.bidi_controls import CONTROL_NAMES, marker
from reader.ui.app import build_window
from reader.ui.context import AppContext
from reader.ui.main_window import MainWindow
from tests.hostile.corpus import MB, SAMPLE, Case, big_text, cases, png, vanish_after_stat

SECONDS = 20.0
# Wall seconds after which a size run counts as hung. The runs share the cores with each other and
# with whatever else the machine does (at a load of 5 on 2 cores a 15 s CPU opening took over 60 s
# of wall time), so this only cuts off a real hang; the bound that matters is SECONDS of CPU.
HANG = 240.0
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
CASES = [c for c in cases(MAX_BYTES) if c.group != "size" and c.name != "50mb"]
SIZE_CASES = [
    c for c in cases(MAX_BYTES) if c.group == "size" and c.name not in {"50mb", "long-line-alone"}
]


@pytest.fixture(scope="module")
def window(qapp, tmp_path_factory: pytest.TempPathFactory) -> Iterator[MainWindow]:
    config = tmp_path_factory.mktemp("config")
    window = build_window(AppContext(config), load([SAMPLE]), paths=[SAMPLE])
    window.resize(1200, 800)
    window.show()
    QApplication.processEvents()
    yield window
    window.close()


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every warning dialog shown; asking for an encoding fails the test."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)

    def no_question(*args: object) -> tuple[str, bool]:
        raise AssertionError("no case here should need the user to choose an encoding")

    monkeypatch.setattr(QInputDialog, "getItem", no_question)
    return shown


def shown_text(version: Version) -> str:
    """What the view must hold for ``version``: every character as stored, paragraphs as
    blocks, line breaks as line separators, bidi controls replaced by visible markers."""
    texts = []
    for paragraph in version.paragraphs:
        text = paragraph.text.replace("\n", "\u2028")
        for control in CONTROL_NAMES:
            text = text.replace(control, marker(control))
        texts.append(text)
    return "\u2029".join(texts)


def _open(window: MainWindow, case: Case, paths: list[Path]) -> tuple[bool, float]:
    start = time.perf_counter()
    opened = window.open_paths(paths, languages=list(case.args[1:2]))
    QApplication.processEvents()
    assert not window.grab().isNull()
    return opened, time.perf_counter() - start


_WINDOW_CASES = [pytest.param(c, id=c.name) for c in CASES]


@pytest.mark.parametrize("case", _WINDOW_CASES)
def test_window_answers_every_input(
    case: Case, window: MainWindow, dialogs: list[str], tmp_path: Path
) -> None:
    if case.name == "unreadable" and IS_ROOT:
        pytest.skip("root reads any file (the command-line tests simulate it)")
    window.open_paths([SAMPLE])
    before = window.article
    paths = case.build(tmp_path)
    opened, seconds = _open(window, case, paths)
    assert seconds < SECONDS
    if case.refused:
        assert not opened and window.article is before
        assert len(dialogs) == 1, dialogs
        assert case.says in dialogs[0]
        assert any(display_path(p) in dialogs[0] for p in paths), dialogs[0]
        assert window.right.view.toPlainText()  # the previous article is still on screen
        return
    assert opened and dialogs == []
    assert window.article is not before
    for pane in (window.left, window.right):
        assert pane.version is not None
        assert pane.view.document().toRawText() == shown_text(pane.version)


def test_a_file_that_disappears_while_opening(
    window: MainWindow, dialogs: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Removed between the size check and the read: one dialog, the previous article kept."""
    path = tmp_path / "ar.txt"
    path.write_text((SAMPLE / "ar.txt").read_text("utf-8"), "utf-8")
    before = window.article
    vanish_after_stat(monkeypatch, path)
    assert not window.open_paths([path])
    assert window.article is before
    assert dialogs == [f"{path}: no such file"]


def test_the_window_is_usable_after_every_case(window: MainWindow, dialogs: list[str]) -> None:
    assert window.open_paths([SAMPLE])
    assert [str(v.key) for v in window.right.article.versions][:2] == ["id@1", "ar@1"]
    window.compare_action.trigger()
    window.compare_action.trigger()
    assert window.compare and window.left.isVisible() and dialogs == []


# -- bidi controls never reorder the text ---------------------------------------------------------


def _digit_positions(document: QTextDocument, number: str) -> list[float]:
    """Where Qt draws each character of the first ``number`` (the x of its glyph), in logical
    order: ascending when the number reads left to right."""
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        at = block.text().find(number)
        if at >= 0:
            layout.blockBoundingRect(block)  # lays the block out if it is not yet
            xs = []
            for i in range(len(number)):
                (run,) = block.layout().glyphRuns(at + i, 1)
                xs.append(min(point.x() for point in run.positions()))
            return xs
        block = block.next()
    raise AssertionError(f"{number} not found")


def test_an_override_does_not_reverse_a_number_on_screen(
    window: MainWindow, dialogs: list[str], tmp_path: Path
) -> None:
    case = next(c for c in cases(MAX_BYTES) if c.name == "rlo-unbalanced")
    [path] = case.build(tmp_path)
    assert window.open_paths([path])
    document = window.right.view.document()
    assert marker("\u202e") + "2019" in document.toPlainText()
    positions = _digit_positions(document, "2019")
    assert positions == sorted(positions)  # 2, 0, 1, 9 from left to right
    # The same text given to Qt as stored: the override shows 2019 as 9102. The check above
    # would catch a view that obeyed it.
    obeyed = QTextDocument()
    obeyed.setPlainText(path.read_text(encoding="utf-8"))
    obeyed.setTextWidth(600)
    positions = _digit_positions(obeyed, "2019")
    assert positions == sorted(positions, reverse=True)


def test_bidi_controls_come_with_a_note(window: MainWindow, dialogs: list[str], tmp_path: Path):
    case = next(c for c in cases(MAX_BYTES) if c.name == "controls-in-names")
    [path] = case.build(tmp_path)
    assert window.open_paths([path])
    notes = window.right.notes
    assert notes.isVisibleTo(window) and notes.text().endswith("notes")
    note = notes.toolTip()
    assert any("6 bidi control characters" in a.text() for a in notes.menu().actions())
    assert "6 bidi control characters" in note
    assert all(name in note for name in ("RLO", "PDF", "LRI", "RLI", "PDI"))
    text = window.right.view.toPlainText()
    assert "Krem⟨RLO⟩lin.ru⟨PDF⟩" in text and "20⟨RLI⟩19⟨PDI⟩" in text
    assert not any(control in text for control in CONTROL_NAMES)


def test_controls_in_the_title_and_the_notice_are_shown_as_markers(
    window: MainWindow, dialogs: list[str], tmp_path: Path
) -> None:
    folder = tmp_path / "article"
    folder.mkdir()
    (folder / "article.toml").write_text(
        'title = "Putin \u202e2019 Kremlin.ru"\nsource = "id"\n'
        'notice = "Terjemahan mesin \u202e2019, mungkin tidak akurat."\n'
        '[[versions]]\nlanguage = "id"\nfile = "id.txt"\norigin = "original"\n'
        '[[versions]]\nlanguage = "ar"\nfile = "ar.txt"\norigin = "machine"\n',
        encoding="utf-8",
    )
    (folder / "id.txt").write_text((SAMPLE / "id.txt").read_text("utf-8"), "utf-8")
    without_notice = (SAMPLE / "ar.txt").read_text("utf-8").rstrip().rsplit("\n\n", 1)[0]
    (folder / "ar.txt").write_text(without_notice, "utf-8")  # the manifest's notice applies
    assert window.open_paths([folder])
    assert "2019" in window.windowTitle() and "2019" in window.right.banner.notice.text()
    for shown in (window.windowTitle(), window.right.banner.notice.text()):
        assert not any(control in shown for control in CONTROL_NAMES), shown


# -- article content cannot load anything --------------------------------------------------------

HOSTILE_MARKUP = """\
<h1>Judul <img src="file://{secret}"></h1>

<a href="http://example.com/track">Klik</a> <img src="{relative}"> <img src="http://example.com/x.png">

![gambar](file://{secret}) ![lokal]({relative}) [tautan](http://example.com/)

<link rel="stylesheet" href="http://example.com/s.css"><style>@import url(file://{secret});</style>

<iframe src="https://example.com/"></iframe> <object data="file://{secret}"></object>

Lihat http://example.com/berita dan www.example.com serta file://{secret} untuk info.
"""


class OpenWatch:
    """Files opened and sockets used by Python while armed (sys.addaudithook cannot be removed,
    so the hook records only while ``armed``)."""

    def __init__(self) -> None:
        self.armed = False
        self.opened: list[str] = []
        self.network: list[str] = []
        sys.addaudithook(self._hook)

    def _hook(self, event: str, args: tuple) -> None:
        if not self.armed:
            return
        if event == "open" and args and isinstance(args[0], str | bytes | os.PathLike):
            self.opened.append(os.fsdecode(args[0]))
        elif event.startswith(("socket.", "urllib.", "http.")):
            self.network.append(event)


def _sockets() -> set[str]:
    """This process's open sockets, as the kernel lists them (Qt's C++ sockets included)."""
    fds = Path("/proc/self/fd")
    found = set()
    for fd in fds.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:"):
            found.add(target)
    return found


def _inotify_opens(paths: list[Path]):
    """Watch ``paths`` with Linux inotify: any open or read of them, from Python or from Qt's
    C++ code, is reported by the kernel. Returns a function that lists what happened."""
    import ctypes
    import struct

    libc = ctypes.CDLL(None, use_errno=True)
    fd = libc.inotify_init1(os.O_NONBLOCK)
    if fd < 0:
        pytest.skip("inotify is not available")
    in_access, in_open = 0x1, 0x20
    for path in paths:
        libc.inotify_add_watch(fd, os.fsencode(path), in_access | in_open)

    def events() -> list[int]:
        try:
            data = os.read(fd, 65536)
        except BlockingIOError:
            return []
        masks, offset = [], 0
        while offset < len(data):
            _, mask, _, length = struct.unpack_from("iIII", data, offset)
            masks.append(mask)
            offset += 16 + length
        return masks

    return events, lambda: os.close(fd)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs Linux /proc and inotify")
def test_article_markup_loads_no_file_and_touches_no_network(
    window: MainWindow, dialogs: list[str], tmp_path: Path
) -> None:
    """Markup and links in an article stay text: opening, painting, hovering and clicking it
    reads no file but the article's and opens no connection.

    What this proves: Python opened nothing else and used no socket (audit hook); no new socket
    exists in the process afterwards (/proc); the image files the markup names were never opened
    or read by anyone in the process, Qt's C++ included (inotify); the document holds no image,
    anchor or image (the text went in as text). What it cannot prove: that a C++ socket was
    not opened and closed in between (none of Qt's text classes does networking at all).
    """
    secret = tmp_path / "secret.png"
    secret.write_bytes(png())
    folder = tmp_path / "article"
    folder.mkdir()
    (folder / "pixel.png").write_bytes(secret.read_bytes())
    text = HOSTILE_MARKUP.format(secret=secret, relative="pixel.png")
    path = folder / "id.txt"
    path.write_text(text, encoding="utf-8")

    watch = OpenWatch()
    events, close = _inotify_opens([secret, folder / "pixel.png"])
    sockets = _sockets()
    try:
        watch.armed = True
        assert window.open_paths([path], languages=["id"])
        view = window.right.view
        for pane in (window.left, window.right):
            pane.grab()
        centre = view.viewport().rect().center()
        for point in (centre, QPoint(40, 40), QPoint(centre.x(), 60)):
            move = QMouseEvent(
                QMouseEvent.Type.MouseMove,
                QPointF(point),
                QPointF(view.viewport().mapToGlobal(point)),
                Qt.MouseButton.NoButton,
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(view.viewport(), move)
            view.viewportEvent(move)
        QApplication.processEvents()
        window.grab()
    finally:
        watch.armed = False
        happened = events()
        close()

    inside = str(folder.resolve())
    assert [p for p in watch.opened if not os.path.realpath(p).startswith(inside)] == []
    assert watch.network == []
    assert _sockets() <= sockets
    assert happened == []  # nobody opened or read the images the markup points at
    document = view.document()
    assert "<img src=" in document.toPlainText() and "![gambar](file://" in document.toPlainText()
    assert all(
        f.isCharFormat() and not f.toCharFormat().isAnchor()
        for f in document.allFormats()
        if f.isCharFormat()
    )
    assert not any(f.isImageFormat() for f in document.allFormats())
    # (Not document.resource(url): asking for a resource makes QTextDocument load a file: URL
    # from disk there and then. Measured: it returns the picture. The image formats above are
    # what would make Qt ask.)


# -- size: each in its own process, cut off at the time bound ------------------------------------

_HARNESS = """
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtWidgets import QApplication
from reader.core.ingest.loading import load
from reader.ui.app import build_window
from reader.ui.context import AppContext
paths, languages, config, compare = json.loads(sys.argv[1])
window = build_window(AppContext(Path(config)), load([Path(p) for p in {sample!r}]))
window.set_compare(compare)
window.resize(1280, 820)
window.show()
QApplication.processEvents()
start, cpu = time.perf_counter(), time.process_time()
opened = window.open_paths([Path(p) for p in paths], languages=languages)
QApplication.processEvents()
window.grab()
print(json.dumps({{"opened": opened, "seconds": time.perf_counter() - start,
                  "cpu": time.process_time() - cpu,
                  "blocks": window.right.view.document().blockCount()}}))
"""

LARGEST = Case(
    "largest-allowed",
    "size",
    lambda folder: [_write(folder / "largest.txt", big_text(MAX_BYTES - MB // 8))],
    False,
    "",
)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# Runs known to be too slow in the window code, by run id, with the reason; they are marked
# xfail and run only with READER_RUN_KNOWN_SLOW=1. None today: Qt's default word wrap was
# quadratic on a long unbreakable run until text views learnt to wrap anywhere inside one.
SLOW: dict[str, str] = {}
# Compare mode is what a first start shows; one pane alone shows what Qt's layout costs by itself.
SIZE_RUNS = [
    (SIZE_CASES[0], True),  # long-line
    (SIZE_CASES[0], False),
    (SIZE_CASES[1], True),  # long-line-email
    (SIZE_CASES[2], True),  # tiny-paragraphs
    (LARGEST, True),
    (LARGEST, False),
]
# A known-slow run would burn a core until it is cut off as hung and slow every other run down:
# they are run only on request, until the fixes land.
RUN_SLOW = os.environ.get("READER_RUN_KNOWN_SLOW") == "1"


def _run_id(case: Case, compare: bool) -> str:
    return f"{case.name}@{'compare' if compare else 'single'}"


@pytest.fixture(scope="module", autouse=True)
def size_runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, tuple]]:
    """Start every size run at once (they overlap the rest of the module); yield their handles."""
    runs = {}
    for case, compare in SIZE_RUNS:
        if _run_id(case, compare) in SLOW and not RUN_SLOW:
            continue
        folder = tmp_path_factory.mktemp(case.name)
        paths = [os.fsdecode(p) for p in case.build(folder)]
        argument = json.dumps([paths, list(case.args[1:2]), str(folder / "config"), compare])
        script = _HARNESS.format(sample=[str(SAMPLE)])
        process = subprocess.Popen(
            [sys.executable, "-c", script, argument],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        runs[_run_id(case, compare)] = (process, time.perf_counter())
    yield runs
    for process, _ in runs.values():
        if process.poll() is None:
            process.kill()
            process.wait()


def _params() -> list:
    names = [_run_id(case, compare) for case, compare in SIZE_RUNS]
    return [
        pytest.param(
            name,
            id=name,
            marks=[pytest.mark.xfail(strict=True, run=RUN_SLOW, reason=SLOW[name])]
            if name in SLOW
            else [],
        )
        for name in names
    ]


@pytest.mark.parametrize("name", _params())
def test_large_inputs_open_in_the_window_within_the_bound(
    name: str, size_runs: dict[str, tuple]
) -> None:
    process, started = size_runs[name]
    # The runs overlap each other and the rest of the module on a small machine: the bound is
    # on the CPU time the opening took, which sharing the cores does not inflate; the wall
    # clock only cuts off a hang.
    try:
        out, err = process.communicate(timeout=max(0.1, started + HANG - time.perf_counter()))
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        pytest.fail(f"{name}: hung (not open {HANG:.0f} s after starting)")
    assert process.returncode == 0, err
    result = json.loads(out.splitlines()[-1])
    assert result["opened"] and result["blocks"] >= 1
    assert result["cpu"] < SECONDS, result
