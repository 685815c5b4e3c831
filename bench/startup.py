"""Start-up and layout cost of Reader, against bare PySide6 baselines measured in the same run.

Run it headless from the project root (it sets QT_QPA_PLATFORM=offscreen itself if unset)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [--repeat 5]

Two measures, each a ratio to a baseline measured in the same run, never to a constant:

1. Start-up: wall time from spawning a fresh interpreter to the sample article *painted* in the
   main window, against a bare QApplication + QWidget painted once. Each child runs this file
   with ``--child`` and quits right after its first paint, so import time counts. The kinds
   alternate; their medians are compared (the fastest run of each is shown too: on a shared
   machine it is the steadier figure). Each child also reports its own peak RSS. Spawn to
   exit is shown for information: Reader's child quits while the fidelity checks its first
   paint started are still running in a worker process, which ends with it.
   A third kind, the *floor*, paints the sample's Indonesian and Arabic files in two plain
   QTextEdits with no Reader code: what it adds to the bare window is what any PySide6 program
   pays to show these texts, and what Reader adds to it is Reader's own.
2. Opening a ~1 MB Arabic article: ``reader.core.ingest.loading.load`` + ``ArticleView.show_version`` + a
   full layout, against reading the same file with Python + ``QTextEdit.setPlainText`` in the
   same font + the same full layout at the same text width, alternately in one child process.

With ``--steps`` it measures only the start-up, built up from the bare window one step at a
time (import Reader and register its fonts; load the sample; build the empty main window; the
whole start-up), each step's median spawn-to-paint and what it adds.

It is a benchmark, not a test: it always exits 0, and marks a missed target OVER.

Module-level imports are limited to what the interpreter and PySide6 load anyway, so that a
start-up child pays only for what it measures; the parent's other modules (subprocess, json,
statistics) are imported by the functions that use them.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, NamedTuple

SCRIPT = Path(__file__).resolve()
CHILD_FLAG = "--child"  # this file run as a child: --child reader|bare|layout ...
RESULT_TAG = "BENCH-RESULT"  # a child's one line of figures on standard output starts with this

STARTUP_TARGET = 1.5  # Reader start-up / bare window start-up
LAYOUT_TARGET = 2.0  # Reader open + layout / bare QTextEdit open + layout
PAINT_TIMEOUT_MS = 30_000  # a child that never paints gives up after this long
CHILD_TIMEOUT_S = 120.0
# Qt.EventPriority.HighEventPriority; postEvent takes an int, and spelling it through ``Qt``
# would make the bare child build PySide6's Qt namespace (about 16 ms), which it never needs.
HIGH_EVENT_PRIORITY = 1

WINDOW_SIZE = (1280, 820)  # the bare window gets the main window's default size
LAYOUT_MIB = 1.0  # size of the generated Arabic article
VIEW_SIZE = (900, 700)  # both text views are resized to this ...
TEXT_WIDTH = 860.0  # ... and both documents laid out at this text width, in pixels
READING_POINT_SIZE = 15.0  # the default zoom (reader.ui.settings.FONT_SIZE)


# -- children -----------------------------------------------------------------------------------


def _max_rss_kib() -> int:
    """This process's peak resident set size, in KiB."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # macOS reports bytes


def _run_until_first_paint(hook: Any) -> int:
    """Run the event loop until the watched widget has been painted once, then quit.

    ``hook(callback)`` arranges for ``callback()`` to be called while the widget paints (after
    its own drawing). Prints one result line: ``time.perf_counter()`` at the end of the paint
    pass that first painted it (on Linux a system-wide monotonic clock, comparable with the
    parent's), and the peak RSS. Returns the exit status: 1 if nothing was painted within
    PAINT_TIMEOUT_MS.

    Qt paints a window's dirty widgets in one pass and flushes the frame to the screen before
    it goes back to its event queue. The callback posts a high-priority event; the clock is
    read when that event arrives, ahead of any work the app queued for after its first paint.

    The hooks are chosen to cost both kinds the same: no event filter (PySide6 would build the
    wrappers of every event class to hand Python a QEvent) and no call of Reader's viewport()
    (it would build the wrappers of every widget class), work that neither app does itself.
    """
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None
    painted: list[float] = []
    done = QEvent.Type.User

    class FirstPaint(QObject):
        """Receives the event posted at the first paint."""

        seen = False

        def on_paint(self) -> None:
            if not self.seen:
                self.seen = True
                QCoreApplication.postEvent(self, QEvent(done), HIGH_EVENT_PRIORITY)

        def customEvent(self, event: QEvent) -> None:
            painted.append(time.perf_counter())
            app.quit()

    first_paint = FirstPaint()
    hook(first_paint.on_paint)
    QTimer.singleShot(PAINT_TIMEOUT_MS, app.quit)
    app.exec()
    when = f"{painted[0]:.9f}" if painted else "nan"
    print(f"{RESULT_TAG} painted={when} maxrss_kib={_max_rss_kib()}", flush=True)
    return 0 if painted else 1


def child_reader(config_dir: Path) -> int:
    """Start Reader as ``reader`` does, on the sample article, with settings in ``config_dir``;
    quit after the first paint of the right pane's text."""
    import gc

    from reader.cli import sample_path  # the console script imports reader.cli, then runs main

    gc.disable()  # as reader.cli.main does for the window; the window resumes it once painted
    from reader.core.ingest.loading import load
    from reader.ui.app import open_window, resume_collector
    from reader.ui.context import AppContext

    sample = sample_path()
    window = open_window(AppContext(config_dir), load([sample]), paths=[sample])
    window.text_painted.connect(resume_collector)
    return _run_until_first_paint(window.right.view.text_painted.connect)


def _probe_class(base: Any) -> Any:
    """A subclass of the widget class ``base`` whose ``hook(callback)`` has ``callback()``
    called after the widget paints."""

    class Probe(base):  # type: ignore[misc, valid-type]
        on_paint: Any = None

        def hook(self, callback: Any) -> None:
            self.on_paint = callback

        def paintEvent(self, event: Any) -> None:
            super().paintEvent(event)
            if self.on_paint is not None:
                self.on_paint()

    return Probe


def _probe(parent: Any = None) -> Any:
    """A plain QWidget with a paint hook (``_probe_class``)."""
    from PySide6.QtWidgets import QWidget

    return _probe_class(QWidget)(parent)


def child_bare() -> int:
    """A bare PySide6 window (QApplication, a QWidget of the main window's size) shown; quit
    after its first paint."""
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    window = _probe()
    window.resize(*WINDOW_SIZE)
    window.show()
    status = _run_until_first_paint(window.hook)
    del window, app
    return status


# The floor: the least a PySide6 program does to paint the sample's two texts.
FLOOR_TEXTS = ("id.txt", "ar.txt")  # left, right; the right one is Arabic
FLOOR_FONTS = (  # (package, file): the two reading faces, as fontpkg ships them
    ("fontpkg_noto_serif", "NotoSerif[wdth,wght].ttf"),
    ("fontpkg_amiri", "Amiri-Regular.ttf"),
)
FLOOR_FAMILIES = ("Noto Serif", "Amiri")


def child_floor(sample: Path) -> int:
    """The floor under Reader's start-up: a QMainWindow with two plain QTextEdits side by side
    showing the sample's Indonesian and Arabic files as they are (no parsing, no banner, no
    toolbar or menus), in their reading faces at the reading size, the Arabic right-to-left;
    quit after the Arabic text's first paint. It imports nothing of Reader.

    Whatever Reader adds to this is Reader's own; what this adds to the bare window is what any
    PySide6 program pays to show these texts (the Qt namespace, the text classes, two font
    files, shaping and laying out the paragraphs).
    """
    from importlib.util import find_spec

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QFontDatabase, QTextOption
    from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextEdit

    view_class = _probe_class(QTextEdit)
    texts = [(sample / name).read_text(encoding="utf-8") for name in FLOOR_TEXTS]
    app = QApplication([sys.argv[0]])
    for package, name in FLOOR_FONTS:
        spec = find_spec(package)
        assert spec is not None and spec.submodule_search_locations
        QFontDatabase.addApplicationFont(
            str(Path(spec.submodule_search_locations[0], "files", name))
        )
    window = QMainWindow()
    window.resize(*WINDOW_SIZE)
    splitter = QSplitter()
    views = []
    for text, family, rtl in zip(texts, FLOOR_FAMILIES, (False, True), strict=True):
        view = view_class()
        view.setReadOnly(True)
        view.setFont(QFont(family, READING_POINT_SIZE))
        if rtl:
            option = QTextOption(Qt.AlignmentFlag.AlignRight)
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            view.document().setDefaultTextOption(option)
        view.setPlainText(text)
        splitter.addWidget(view)
        views.append(view)
    window.setCentralWidget(splitter)
    window.show()
    status = _run_until_first_paint(views[-1].hook)
    del window, app
    return status


def none_references_dropped() -> int:
    """How many references to None 1000 calls of a void Qt method (QObject.setObjectName) drop.

    0 with a sound PySide6. PySide6 6.12.0 on CPython 3.11 drops one per call of *any* wrapped
    method that returns nothing (as if None were immortal, which it is only from 3.12 on), so a
    process that makes some thousands of such calls deallocates None and aborts.
    """
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None)


def _shield_none() -> None:
    """Add 2**40 to None's reference count (CPython < 3.12), so that a PySide6 dropping
    references to it (see none_references_dropped) cannot bring it to zero in this process."""
    import ctypes

    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, the object's first field
    refcount.value += 1 << 40


def _lay_out(view: Any) -> bool:
    """Resize the QTextEdit ``view``, set its document's text width to TEXT_WIDTH and lay the
    whole document out; return whether every non-empty block was broken into lines."""
    view.resize(*VIEW_SIZE)
    document = view.document()
    document.setTextWidth(TEXT_WIDTH)
    height = max(document.size().height(), document.documentLayout().documentSize().height())
    block = document.firstBlock()
    while block.isValid():
        if block.length() > 1 and (block.layout() is None or block.layout().lineCount() == 0):
            return False
        block = block.next()
    return height > 0


def open_with_reader(path: Path) -> dict[str, float]:
    """Open ``path`` as Reader does, show it in an ArticleView and lay it out: seconds per step,
    and what was built."""
    from reader.core.ingest.loading import load
    from reader.core.text.languages import dominant_script
    from reader.ui.fonts import reading_font
    from reader.ui.reading.text_view import ArticleView

    start = time.perf_counter()
    version = load([path]).versions[0]
    loaded = time.perf_counter()
    font = reading_font(dominant_script(version.text), READING_POINT_SIZE)
    picked = time.perf_counter()
    view = ArticleView()
    view.show_version(version, font)
    built = time.perf_counter()
    laid_out = _lay_out(view)
    end = time.perf_counter()
    return {
        "total": end - start,
        "load": loaded - start,
        "font": picked - loaded,
        "build": built - picked,
        "layout": end - built,
        "paragraphs": len(version.paragraphs),
        "blocks": view.document().blockCount(),
        "laid_out": laid_out,
    }


def open_bare(path: Path, font: Any) -> dict[str, float]:
    """Read ``path`` with Python into a bare QTextEdit in the QFont ``font`` and lay it out:
    seconds per step, and what was built."""
    from PySide6.QtWidgets import QTextEdit

    start = time.perf_counter()
    text = path.read_text(encoding="utf-8")
    view = QTextEdit()
    view.setFont(font)
    view.setPlainText(text)
    built = time.perf_counter()
    laid_out = _lay_out(view)
    end = time.perf_counter()
    return {
        "total": end - start,
        "build": built - start,
        "layout": end - built,
        "blocks": view.document().blockCount(),
        "laid_out": laid_out,
    }


def child_layout(path: Path, repeat: int, warmup: Path) -> int:
    """Open ``path`` with Reader and with a bare QTextEdit, alternately, ``repeat`` times each,
    after one untimed round on the small ``warmup`` file (so both find the fonts loaded, as in
    a running app); print the runs as JSON."""
    import json

    from reader.core.text.languages import dominant_script
    from reader.ui.app import application
    from reader.ui.fonts import reading_font

    application()  # registers the bundled fonts, as the app does
    dropped = none_references_dropped()
    if dropped and sys.version_info < (3, 12):
        _shield_none()  # else laying out the article aborts this process, as it aborts Reader
    text = path.read_text(encoding="utf-8")
    font = reading_font(dominant_script(text), READING_POINT_SIZE)  # the baseline's, untimed
    open_with_reader(warmup)
    open_bare(warmup, font)
    runs: dict[str, list[dict[str, float]]] = {"reader": [], "bare": []}
    for index in range(repeat):
        order = ("reader", "bare") if index % 2 == 0 else ("bare", "reader")
        for kind in order:
            runs[kind].append(open_with_reader(path) if kind == "reader" else open_bare(path, font))
    result = {**runs, "font": ", ".join(font.families()), "none_dropped": dropped}
    print(RESULT_TAG, json.dumps(result), flush=True)
    return 0


# --steps: Reader's start-up built up from a bare window, one step at a time.
STEPS = (
    "bare window",
    "+ import Reader, register its fonts",
    "+ load the sample",
    "+ build the main window (empty)",
    "= Reader, the sample painted",
)


def child_step(step: int, config_dir: Path) -> int:
    """Start-up up to ``step`` (an index into STEPS); quit after the first paint of a widget
    that step shows. The last step is ``child_reader``."""
    if step == 0:
        return child_bare()
    if step == len(STEPS) - 1:
        return child_reader(config_dir)
    import gc

    from reader.cli import sample_path

    gc.disable()
    import reader.core.align.aligner  # the window imports it for compare mode
    import reader.core.ingest.loading
    from reader.ui.app import application

    app = application()
    if step >= 2:
        reader.core.ingest.loading.load([sample_path()])
    if step == 3:
        from reader.ui.context import AppContext
        from reader.ui.main_window import MainWindow

        window = MainWindow(AppContext(config_dir).store())
        probe = _probe(window)  # a corner of the window, painted with it
        probe.resize(8, 8)
        window.show()
    else:
        probe = _probe()
        probe.resize(*WINDOW_SIZE)
        probe.show()
    status = _run_until_first_paint(probe.hook)
    del app
    return status


def measure_steps(repeat: int) -> list[str]:
    """The table of --steps: each step's median spawn-to-paint, and what it adds."""
    runs: dict[int, list[float]] = {step: [] for step in range(len(STEPS))}
    order = list(range(len(STEPS)))
    for index in range(repeat + 1):  # the first round is a warm-up
        for step in order if index % 2 == 0 else order[::-1]:
            with tempfile.TemporaryDirectory(prefix="reader-bench-") as config_dir:
                start, _, stdout = _spawn(["step", str(step), config_dir])
            fields = dict(item.split("=", 1) for item in _result(stdout).split())
            if index:
                runs[step].append(float(fields["painted"]) - start)
    lines = [_cells(f"start-up, step by step (median {repeat})", "to paint", "adds", "", "")]
    previous = None
    for step, name in enumerate(STEPS):
        median = _median(runs[step])
        added = "" if previous is None else f"+{(median - previous) * 1000:.0f} ms"
        lines.append(_cells(f"   {name}", _s(median), added, "", ""))
        previous = median
    return lines


def child_main(argv: list[str]) -> int:
    """Run one child: ``reader CONFIG_DIR``, ``bare``, ``floor SAMPLE_DIR``,
    ``step N CONFIG_DIR`` or ``layout PATH REPEAT WARMUP_PATH``."""
    kind, *rest = argv
    if kind == "reader":
        return child_reader(Path(rest[0]))
    if kind == "step":
        return child_step(int(rest[0]), Path(rest[1]))
    if kind == "bare":
        return child_bare()
    if kind == "floor":
        return child_floor(Path(rest[0]))
    if kind == "layout":
        return child_layout(Path(rest[0]), int(rest[1]), Path(rest[2]))
    print(f"startup.py: unknown child {kind!r}", file=sys.stderr)
    return 2


# -- parent: spawn, time, compare ---------------------------------------------------------------


class StartRun(NamedTuple):
    """One start-up child: seconds from spawn to exit and to first paint; peak RSS in MiB."""

    to_exit: float
    to_paint: float
    rss_mib: float


class LayoutRuns(NamedTuple):
    """The layout child's runs (seconds per step), and what it used and noticed."""

    reader: list[dict[str, float]]
    bare: list[dict[str, float]]
    file_bytes: int
    font: str
    none_dropped: int


def _result(stdout: str) -> str:
    """What follows RESULT_TAG in a child's standard output."""
    for line in stdout.splitlines():
        if line.startswith(RESULT_TAG):
            return line[len(RESULT_TAG) :].strip()
    raise RuntimeError(f"a child printed no result line; its output:\n{stdout}")


def _spawn(args: list[str]) -> tuple[float, float, str]:
    """Run this file as a child with ``args``: its spawn and exit times (perf_counter) and its
    standard output. A child that fails raises RuntimeError with its standard error."""
    import subprocess

    command = [sys.executable, str(SCRIPT), CHILD_FLAG, *args]
    start = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=CHILD_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"child {args[0]} did not finish in {CHILD_TIMEOUT_S:g} s") from None
    end = time.perf_counter()
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        excerpt = " | ".join(lines if len(lines) <= 4 else [*lines[:2], "...", *lines[-2:]])
        raise RuntimeError(f"child {args[0]} failed (status {done.returncode}): {excerpt}")
    return start, end, done.stdout


def start_once(kind: str) -> StartRun:
    """One start-up of ``kind`` (one of KINDS); Reader gets an empty settings folder."""
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as config_dir:
        if kind == "reader":
            args = ["reader", config_dir]
        elif kind == "floor":
            from reader.cli import sample_path

            args = ["floor", str(sample_path())]
        else:
            args = [kind]
        start, end, stdout = _spawn(args)
    fields = dict(item.split("=", 1) for item in _result(stdout).split())
    return StartRun(end - start, float(fields["painted"]) - start, int(fields["maxrss_kib"]) / 1024)


KINDS = ("bare", "floor", "reader")  # the start-up children, in the order a round runs them


def measure_startup(repeat: int, warmup: int) -> dict[str, list[StartRun]]:
    """``repeat`` start-ups of each kind, the order reversed every other round, after ``warmup``
    untimed rounds (which fill the disk and bytecode caches)."""
    for _ in range(warmup):
        for kind in KINDS:
            start_once(kind)
    runs: dict[str, list[StartRun]] = {kind: [] for kind in KINDS}
    for index in range(repeat):
        for kind in KINDS if index % 2 == 0 else KINDS[::-1]:
            runs[kind].append(start_once(kind))
    return runs


def write_big_article(folder: Path, sample_text: str, mib: float) -> Path:
    """Write ``folder``/ar.txt, a ~``mib`` MiB UTF-8 Arabic article: the sample's headline,
    then its body paragraphs (as Reader parses them) repeated, blank lines between paragraphs."""
    from reader.core.ingest.parsing import parse_text
    from reader.core.model import Role

    paragraphs = parse_text(sample_text, "ar").paragraphs
    headline = next(p.text for p in paragraphs if p.role is Role.TITLE)
    body = [p.text for p in paragraphs if p.role is Role.BODY]
    parts = [headline]
    size, target = len(headline.encode()), int(mib * 1024 * 1024)
    while size < target:
        parts.append(body[(len(parts) - 1) % len(body)])
        size += len(parts[-1].encode()) + 2
    path = folder / "ar.txt"
    path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    return path


def measure_layout(repeat: int, mib: float) -> LayoutRuns:
    """Open a generated ~``mib`` MiB Arabic article ``repeat`` times each with Reader and with a
    bare QTextEdit, in one child process."""
    import json

    from reader.cli import sample_path

    sample = sample_path() / "ar.txt"
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as folder:
        path = write_big_article(Path(folder), sample.read_text(encoding="utf-8"), mib)
        _, _, stdout = _spawn(["layout", str(path), str(repeat), str(sample)])
        size = path.stat().st_size
    result = json.loads(_result(stdout))
    return LayoutRuns(
        result["reader"], result["bare"], size, result["font"], result["none_dropped"]
    )


# -- the table ----------------------------------------------------------------------------------


def _median(values: list[float]) -> float:
    """The median of ``values``."""
    import statistics

    return statistics.median(values)


def _row(
    measure: str,
    reader: str = "",
    baseline: str = "",
    ratio: float | None = None,
    target: float | None = None,
) -> str:
    """One line of the table; a line with a target ends in "ok" or "OVER"."""
    ratio_text = f"{ratio:.2f}x" if ratio is not None else ""
    target_text = f"<= {target:g}x" if target is not None else ""
    verdict = ("ok" if ratio <= target else "OVER") if ratio is not None and target else ""
    return _cells(measure, reader, baseline, ratio_text, target_text, verdict)


def _cells(
    measure: str, reader: str, baseline: str, ratio: str, target: str, verdict: str = ""
) -> str:
    """Table cells laid out in their columns."""
    line = f"{measure:<40} {reader:>11} {baseline:>11} {ratio:>7}  {target:<7} {verdict}"
    return line.rstrip()


def _s(seconds: float) -> str:
    """Seconds as the table shows them."""
    return f"{seconds:.3f} s"


def startup_rows(runs: dict[str, list[StartRun]]) -> list[str]:
    """The table lines of the start-up measure (medians)."""
    reader, bare, floor = (
        StartRun(*(_median(list(values)) for values in zip(*runs[kind], strict=True)))
        for kind in ("reader", "bare", "floor")
    )
    fastest = {kind: min(run.to_paint for run in runs[kind]) for kind in KINDS}
    return [
        _row(
            f"start-up to first paint (median {len(runs['reader'])})",
            _s(reader.to_paint),
            _s(bare.to_paint),
            reader.to_paint / bare.to_paint,
            STARTUP_TARGET,
        ),
        _row(
            "   fastest of each",
            _s(fastest["reader"]),
            _s(fastest["bare"]),
            fastest["reader"] / fastest["bare"],
        ),
        _row(
            "   floor: the texts in plain QTextEdits",
            _s(floor.to_paint),
            _s(bare.to_paint),
            floor.to_paint / bare.to_paint,
        ),
        _row(
            "   Reader against the floor",
            _s(reader.to_paint),
            _s(floor.to_paint),
            reader.to_paint / floor.to_paint,
        ),
        _row(
            "   spawn to exit, quitting at first paint",
            _s(reader.to_exit),
            _s(bare.to_exit),
            reader.to_exit / bare.to_exit,
        ),
        _row(
            "peak RSS at first paint",
            f"{reader.rss_mib:.0f} MB",
            f"{bare.rss_mib:.0f} MB",
            reader.rss_mib / bare.rss_mib,
        ),
    ]


def layout_rows(runs: LayoutRuns) -> list[str]:
    """The table lines of the layout measure (medians of each step)."""

    def median(kind: list[dict[str, float]], key: str) -> float:
        return _median([run[key] for run in kind])

    reader = {key: median(runs.reader, key) for key in ("total", "load", "font", "build", "layout")}
    bare = {key: median(runs.bare, key) for key in ("total", "build", "layout")}
    qt = reader["font"] + reader["build"] + reader["layout"]
    lines = [
        _row(
            f"open + lay out {runs.file_bytes / 2**20:.1f} MB Arabic (median {len(runs.reader)})",
            _s(reader["total"]),
            _s(bare["total"]),
            reader["total"] / bare["total"],
            LAYOUT_TARGET,
        ),
        _row("   of which load + parse", _s(reader["load"])),
        _row("   of which Qt build + layout", _s(qt), _s(bare["total"]), qt / bare["total"]),
        _row("      script scan + reading font", _s(reader["font"])),
        _row("      document build", _s(reader["build"]), _s(bare["build"])),
        _row(
            "      layout",
            _s(reader["layout"]),
            _s(bare["layout"]),
            reader["layout"] / bare["layout"],
        ),
        _row(
            "   paragraphs / text blocks",
            f"{runs.reader[0]['paragraphs']:.0f} / {runs.reader[0]['blocks']:.0f}",
            f"- / {runs.bare[0]['blocks']:.0f}",
        ),
    ]
    if not all(run["laid_out"] for run in [*runs.reader, *runs.bare]):
        lines.append("   WARNING: a block was left without lines; the layout times are suspect")
    return lines


def child_environment(pyc_cache: Path | None) -> str:
    """Set what every child inherits, and say how the children get their bytecode.

    QT_QPA_PLATFORM is "offscreen" unless already set. With ``pyc_cache``, the children write
    and read compiled modules there (PYTHONPYCACHEPREFIX; PYTHONDONTWRITEBYTECODE is dropped),
    so that after the warm-up imports cost what they cost in an installed app, and nothing is
    written beside the sources.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if pyc_cache is not None:
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ["PYTHONPYCACHEPREFIX"] = str(pyc_cache)
        return "children: modules compiled once into a private cache (PYTHONPYCACHEPREFIX)"
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        return "children: PYTHONDONTWRITEBYTECODE set, so modules without a cached .pyc compile at every start"
    return "children: bytecode cached beside the sources, as Python does by default"


def notes(layout: LayoutRuns | None, bytecode: str) -> list[str]:
    """What the baselines are, how the children got their bytecode, and anything the run had
    to work around."""
    import importlib.metadata

    pyside = importlib.metadata.version("PySide6-Essentials")
    python = sys.version.split()[0]
    lines = [
        "start-up baseline: QApplication + a QWidget, shown and painted once",
        "start-up floor:    QMainWindow + two QTextEdits, the sample's id.txt and ar.txt as",
        "                   plain text in Noto Serif and Amiri (Arabic right-to-left); no Reader",
        "layout baseline:   Python read + QTextEdit.setPlainText, same reading font",
        f"                   ({layout.font if layout else '?'}), same text width ({TEXT_WIDTH:g} px)",
        bytecode,
    ]
    if layout is not None and layout.none_dropped:
        lines += [
            f"WARNING: PySide6 {pyside} on Python {python} drops a reference to None on every call",
            f"  of a method returning nothing ({layout.none_dropped} in 1000 calls): Reader itself",
            "  aborts (none_dealloc) laying out this article; the layout child raised None's",
            "  reference count to get through.",
        ]
    return lines


def main(argv: list[str] | None = None) -> int:
    """Measure, print the table, and return 0: a benchmark, not a test."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [CHILD_FLAG]:
        return child_main(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="start-ups of each kind (default 5)")
    parser.add_argument(
        "--warmup", type=int, default=1, help="untimed start-ups of each kind first (default 1)"
    )
    parser.add_argument(
        "--layout-repeat", type=int, default=3, help="layouts of each kind (default 3)"
    )
    parser.add_argument(
        "--layout-mib", type=float, default=LAYOUT_MIB, help="article size (default 1 MiB)"
    )
    parser.add_argument(
        "--steps",
        action="store_true",
        help="only the start-up, built up from a bare window one step at a time",
    )
    parser.add_argument(
        "--no-pyc-cache",
        action="store_true",
        help="leave the children's bytecode settings as inherited (default: a private cache)",
    )
    args = parser.parse_args(argv)

    lines = [_cells("measure", "reader", "baseline", "ratio", "target")]
    layout = None
    with tempfile.TemporaryDirectory(prefix="reader-bench-pyc-") as pyc_cache:
        bytecode = child_environment(None if args.no_pyc_cache else Path(pyc_cache))
        if args.steps:
            print("\n".join([*measure_steps(max(1, args.repeat)), "", bytecode]))
            return 0
        try:
            lines += startup_rows(measure_startup(max(1, args.repeat), max(0, args.warmup)))
        except (RuntimeError, OSError) as error:
            lines.append(f"start-up not measured: {error}")
        try:
            layout = measure_layout(max(1, args.layout_repeat), args.layout_mib)
            lines += layout_rows(layout)
        except (RuntimeError, OSError) as error:
            lines.append(f"layout not measured: {error}")
    print("\n".join([*lines, "", *notes(layout, bytecode)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
