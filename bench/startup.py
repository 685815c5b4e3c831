"""Start-up and layout cost of Reader, against baselines measured in the same run.

Run it from the project root::

    .venv/bin/python bench/startup.py [--repeat 11] [--platform offscreen|xvfb|both] [--steps]
                                      [--ui-lang ar]

1. Start-up: from spawning a fresh interpreter to the sample article's first frame, for three
   programs run alternately, each under ``bench/first_paint.py`` (a probe that adds nothing to
   a program before its first paint and reports the time of that paint):

   - ``reader``: ``python -m reader --ui-lang en``, as a user starts it, with a fresh settings
     folder (in English whatever the machine's locale);
   - with ``--ui-lang L``, ``reader L`` too: ``python -m reader --ui-lang L``, the same start in
     another interface language (its catalog read, Qt's translator installed, an Arabic window
     mirrored), timed in the same rounds and compared with ``reader`` round by round;
   - ``floor``: ``bench/floor.py``, the sample's two texts in two plain QTextEdits, no Reader;
   - ``floor+``: ``bench/floor.py --plus``, the floor plus everything else Reader's first frame
     shows (menus, tool bar, switchers, banners, the texts paragraph by paragraph in their
     formats, levelled), each built the cheapest way; its words and formats are read off
     Reader's window beforehand (``--spec``). What Reader's first frame costs at the least;
   - ``bare``: ``bench/floor.py --bare``, a QApplication and an empty QWidget.

   For each: the median wall time and its spread (lowest, quartiles, highest), the CPU time the
   process used up to its first paint (on a machine shared with other work it moves less than
   the wall time), and the peak RSS; then Reader's time over the floor's and over the bare
   window's, round by round. It runs on Qt's offscreen platform and, where ``Xvfb`` is
   installed, on a virtual X server (the xcb platform: connecting to a display, fonts through
   fontconfig, pixels sent to the server), which the offscreen platform leaves out.
2. Opening a ~1 MB Arabic article: ``reader.core.ingest.loading.load`` +
   ``ArticleView.show_version`` + a full layout, against reading the same file with Python +
   ``QTextEdit.setPlainText`` in the same font + the same full layout at the same text width,
   alternately in one child process.

With ``--steps`` it measures only the start-up, built up one step at a time along Reader's own
start path (``reader.cli.main``): a bare window; the sample loaded first; Reader's window modules
imported with its fonts registered; its main window built and shown empty; Reader itself. Each
step is a program that calls Reader's functions in Reader's order and then shows a window.

It is a benchmark, not a test: it always exits 0, and marks a missed target OVER.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any, NamedTuple

BENCH = Path(__file__).resolve().parent
SCRIPT = BENCH / "startup.py"
PROBE = BENCH / "first_paint.py"  # the probe every start-up child runs under
FLOOR = BENCH / "floor.py"  # the floor and bare programs
PROBE_TAG = "FIRST-PAINT"  # the probe's line on a child's standard output
RESULT_TAG = "BENCH-RESULT"  # the layout child's line
LAYOUT_FLAG = "--layout-child"
STEP_FLAG = "--step"
SPEC_FLAG = "--spec"  # this file run to read Reader's first frame off its window

STARTUP_TARGET = 1.3  # Reader's first paint / the floor's, same run
UI_LANG_TARGET = 1.05  # Reader's first paint in another language / in English, same run
LAYOUT_TARGET = 2.0  # Reader open + layout / bare QTextEdit open + layout
CHILD_TIMEOUT_S = 120.0
XVFB_SCREEN = "1400x900x24"

LAYOUT_MIB = 1.0  # size of the generated Arabic article
VIEW_SIZE = (900, 700)  # both text views are resized to this ...
TEXT_WIDTH = 860.0  # ... and both documents laid out at this text width, in pixels
READING_POINT_SIZE = 15.0  # the default zoom (reader.ui.settings.FONT_SIZE)
WINDOW_SIZE = (1280, 820)  # the main window's default size (bench/floor.py gives the same)


# -- the programs timed from spawn to first paint ------------------------------------------------

BARE = [str(FLOOR), "--bare"]  # a program's command line after ``python bench/first_paint.py``
READER = ["-m", "reader", "--ui-lang", "en"]
KINDS = ("bare", "floor", "floor+", "reader")  # a round's order (reversed every other round)
LABELS = {
    "bare": "bare window",
    "floor": "floor (plain QTextEdits)",
    "floor+": "floor + rest of the frame",
    "reader": "reader",
}


def programs(spec: Path, ui_lang: str | None = None) -> dict[str, list[str]]:
    """The start-up programs by kind; the floor plus reads Reader's first frame from ``spec``
    (written by ``write_spec``); with ``ui_lang``, Reader in that language too."""
    chosen = {
        "bare": BARE,
        "floor": [str(FLOOR)],
        "floor+": [str(FLOOR), "--plus", str(spec)],
        "reader": READER,
    }
    if ui_lang:
        chosen[f"reader {ui_lang}"] = ["-m", "reader", "--ui-lang", ui_lang]
    return chosen


# --steps: Reader's start path cut short after each step, then a window shown.
STEPS = (
    ("bare window", BARE),
    ("+ the sample loaded (reader.cli, the core)", [str(SCRIPT), STEP_FLAG, "1"]),
    ("+ settings folder, window modules, fonts", [str(SCRIPT), STEP_FLAG, "2"]),
    ("+ the main window built and shown, empty", [str(SCRIPT), STEP_FLAG, "3"]),
    ("= Reader, the sample painted", READER),
)


def step_program(step: int) -> int:
    """Reader's start-up, in the order ``reader.cli.main`` takes it, up to ``step`` (1-3 of
    STEPS); then a window of the main window's size shown, empty (step 3: holding the main
    window, empty), and the event loop run."""
    import gc

    gc.disable()  # as reader.cli.main does for the window; Reader resumes it once painted
    from reader.cli import sample_path
    from reader.core.ingest.loading import load

    load([sample_path()])
    if step == 1:
        from PySide6.QtWidgets import QApplication

        app = QApplication(sys.argv[:1])
    else:
        from reader.ui.context import AppContext

        context = AppContext.default()  # before Qt, as reader.cli does
        from reader.ui.app import application

        app = application()
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    window.resize(*WINDOW_SIZE)
    if step == 3:
        from reader.ui.main_window import MainWindow

        # Inside a plain window: the probe waits for a main window's text_painted, and an
        # empty one paints no text.
        main = MainWindow(context.store())
        main.setParent(window)
        main.resize(*WINDOW_SIZE)
    window.show()
    return app.exec()


def write_spec(out: Path) -> int:
    """Open Reader's window on the sample as ``reader`` does (offscreen, fresh settings), wait
    for its first paint, and write to ``out`` (with marshal) what bench/floor.py --plus needs
    to show the same frame: the words of the menus, tool bar, switchers, notes and banners,
    each paragraph's text and format, the reading faces, the paragraph groups."""
    import marshal
    import tempfile

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QFont, QTextFormat
    from PySide6.QtWidgets import QApplication, QToolBar

    from reader.cli import sample_path
    from reader.core.ingest.loading import load
    from reader.ui.app import open_window
    from reader.ui.context import AppContext
    from reader.ui.fonts import bundled_font_files

    with tempfile.TemporaryDirectory(prefix="reader-bench-") as config:
        sample = sample_path()
        window = open_window(AppContext(Path(config)), load([sample]), paths=[sample])
        window.text_painted.connect(lambda: QTimer.singleShot(0, QApplication.quit))
        QApplication.exec()

        def texts(actions: Any) -> list[str | None]:
            return [None if a.isSeparator() else a.text() for a in actions]

        menus = [(a.text(), texts(a.menu().actions())) for a in window.menuBar().actions()]
        toolbar = texts(window.findChild(QToolBar, "toolbar").actions())
        panes = []
        for pane in (window.left, window.right):
            banner = pane.banner
            colours = banner.colours
            assert colours is not None  # the sample shows a banner in each pane
            labels = (banner.headline, banner.detail, banner.notice, banner.findings)
            document = pane.view.document()
            paragraphs = []
            block = document.firstBlock()
            while block.isValid():
                block_format, char_format = block.blockFormat(), block.charFormat()
                coloured = char_format.hasProperty(QTextFormat.Property.ForegroundBrush)
                paragraphs.append(
                    (
                        block.text(),
                        block_format.layoutDirection() == Qt.LayoutDirection.RightToLeft,
                        block_format.lineHeight(),
                        block_format.bottomMargin(),
                        char_format.fontPointSize(),
                        char_format.fontWeight() >= QFont.Weight.Bold.value,
                        char_format.foreground().color().name() if coloured else "",
                    )
                )
                block = block.next()
            panes.append(
                {
                    "versions": [pane.picker.itemText(i) for i in range(pane.picker.count())],
                    "current": pane.picker.currentIndex(),
                    "encoding": pane.encoding.text(),
                    "notes": pane.notes.text() if pane.notes.isVisibleTo(pane) else "",
                    "colours": colours,
                    "banner": [label.text() for label in labels if label.text()],
                    "action": banner.action.text() if banner.action.isVisibleTo(banner) else "",
                    "families": document.defaultFont().families(),
                    "paragraphs": paragraphs,
                }
            )
        alignment = window.sync.alignment
        spec = {
            "folder": str(sample),
            "font_files": [
                *bundled_font_files("fontpkg_amiri"),
                *bundled_font_files("fontpkg_noto_serif"),
            ],
            "point_size": window.font_size,
            "document_margin": window.right.view.document().documentMargin(),
            "menus": menus,
            "toolbar": toolbar,
            "panes": panes,
            "groups": [(b.source, b.target) for b in alignment.beads] if alignment else [],
        }
        window.close()  # stops the fidelity checks its first paint started
    with open(out, "wb") as file:
        marshal.dump(spec, file)
    return 0


# -- the layout child ------------------------------------------------------------------------


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


# -- parent: spawn, time, compare ---------------------------------------------------------------


class Paint(NamedTuple):
    """One start-up: seconds from spawn to first paint, CPU seconds used by then, peak RSS."""

    wall: float
    cpu: float
    rss_mib: float


class LayoutRuns(NamedTuple):
    """The layout child's runs (seconds per step), and what it used and noticed."""

    reader: list[dict[str, float]]
    bare: list[dict[str, float]]
    file_bytes: int
    font: str
    none_dropped: int


def _tagged(stdout: str, tag: str) -> str:
    """What follows ``tag`` on a line of a child's standard output."""
    for line in stdout.splitlines():
        if line.startswith(tag):
            return line[len(tag) :].strip()
    raise RuntimeError(f"a child printed no {tag} line; its output:\n{stdout}")


def _run(command: list[str], env: dict[str, str] | None = None) -> tuple[float, str]:
    """Run ``command``; its spawn time (perf_counter) and standard output. A child that fails
    raises RuntimeError with the end of its standard error."""
    import subprocess

    start = time.perf_counter()
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=CHILD_TIMEOUT_S, env=env
        )
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"{command[1:]} did not finish in {CHILD_TIMEOUT_S:g} s") from None
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        excerpt = " | ".join(lines if len(lines) <= 4 else [*lines[:2], "...", *lines[-2:]])
        raise RuntimeError(f"{command[1:]} failed (status {done.returncode}): {excerpt}")
    return start, done.stdout


def first_paint(program: list[str], env: dict[str, str]) -> Paint:
    """Start ``program`` under the probe, with a settings folder of its own; its first paint."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="reader-bench-") as config:
        start, stdout = _run(
            [sys.executable, str(PROBE), *program], {**env, "XDG_CONFIG_HOME": config}
        )
    fields = dict(item.split("=", 1) for item in _tagged(stdout, PROBE_TAG).split())
    if fields["painted"] == "nan":
        raise RuntimeError(f"{program} painted nothing")
    return Paint(
        float(fields["painted"]) - start, float(fields["cpu"]), int(fields["maxrss_kib"]) / 1024
    )


def interleaved(
    programs: dict[str, list[str]], repeat: int, warmup: int, env: dict[str, str]
) -> dict[str, list[Paint]]:
    """``repeat`` first paints of each program, one of each per round, the order reversed every
    other round, after ``warmup`` untimed rounds (which fill the disk, font and bytecode
    caches)."""
    names = list(programs)
    runs: dict[str, list[Paint]] = {name: [] for name in names}
    for index in range(warmup + repeat):
        for name in names if index % 2 == 0 else names[::-1]:
            paint = first_paint(programs[name], env)
            if index >= warmup:
                runs[name].append(paint)
    return runs


# -- platforms ----------------------------------------------------------------------------------


class Platform(NamedTuple):
    """Where the children draw: a name for the table, and what their environment adds."""

    name: str
    env: dict[str, str]


def offscreen() -> Platform:
    return Platform("offscreen (QT_QPA_PLATFORM=offscreen)", {"QT_QPA_PLATFORM": "offscreen"})


class Xvfb:
    """A virtual X server for the run (``with Xvfb() as platform``); ``Xvfb.missing()`` says
    why there is none."""

    @staticmethod
    def missing() -> str | None:
        import shutil

        if shutil.which("Xvfb") is None:
            return "Xvfb is not installed (Debian: apt-get install xvfb)"
        return None

    def __enter__(self) -> Platform:
        import subprocess

        read, write = os.pipe()
        self.server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", XVFB_SCREEN, "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as display:
            number = display.readline().strip()  # written once the server accepts clients
        if not number:
            self.__exit__()
            raise RuntimeError("Xvfb did not start")
        return Platform(
            f"X server (Xvfb :{number}, QT_QPA_PLATFORM=xcb)",
            {"DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"},
        )

    def __exit__(self, *exc: object) -> None:
        self.server.terminate()
        self.server.wait(timeout=10)


def platforms(choice: str) -> list[tuple[str, Any]]:
    """(``offscreen`` | ``xvfb``, a context manager giving its Platform, or a reason it is
    skipped) for ``choice``."""
    import contextlib

    chosen: list[tuple[str, Any]] = []
    if choice in ("offscreen", "both"):
        chosen.append(("offscreen", contextlib.nullcontext(offscreen())))
    if choice in ("xvfb", "both"):
        chosen.append(("xvfb", Xvfb.missing() or Xvfb()))
    return chosen


def child_environment(pyc_cache: Path | None) -> tuple[dict[str, str], str]:
    """The environment every child starts from, and how the children get their bytecode.

    With ``pyc_cache``, the children write and read compiled modules there
    (PYTHONPYCACHEPREFIX; PYTHONDONTWRITEBYTECODE is dropped), so that after the warm-up
    imports cost what they cost in an installed app, and nothing is written beside the sources.
    """
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    if pyc_cache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pyc_cache)
        return env, "children: modules compiled once into a private cache (PYTHONPYCACHEPREFIX)"
    if env.get("PYTHONDONTWRITEBYTECODE"):
        return env, (
            "children: PYTHONDONTWRITEBYTECODE set, so modules without a cached .pyc compile "
            "at every start"
        )
    return env, "children: bytecode cached beside the sources, as Python does by default"


# -- the tables ---------------------------------------------------------------------------------


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f}"


def _spread_cells(values: list[float], show: Any) -> str:
    from timing import spread

    summary = spread(values)
    cells = (summary.median, summary.low, summary.p25, summary.p75, summary.high)
    return " ".join(f"{show(v):>7}" for v in cells)


def _verdict(ratio: float, target: float | None) -> str:
    if target is None:
        return ""
    return f"  target <= {target:g}x  {'ok' if ratio <= target else 'OVER'}"


def startup_rows(platform: str, runs: dict[str, list[Paint]]) -> list[str]:
    """The table of one platform's start-ups: each program's wall and CPU time to first paint,
    the ratios round by round (Reader's to the floor, the target; the floor plus's to the
    floor, the least Reader's first frame can cost; Reader's to the floor plus and to the bare
    window), peak RSS."""
    from timing import spread

    count = len(runs["reader"])
    head = f"{'':<34} {'median':>7} {'min':>7} {'p25':>7} {'p75':>7} {'max':>7}"
    lines = [f"start-up on {platform}: {count} runs of each, interleaved", head]
    for measure, field in (
        ("wall ms, spawn to first paint", "wall"),
        ("CPU ms to first paint", "cpu"),
    ):
        lines.append(f"  {measure}")
        for kind in runs:
            values = [getattr(run, field) for run in runs[kind]]
            lines.append(f"    {LABELS.get(kind, kind):<30} {_spread_cells(values, _ms)}")
    lines.append("  one program's time over another's, round by round")
    pairs = [
        ("reader", "floor", STARTUP_TARGET),
        ("floor+", "floor", None),
        ("reader", "floor+", None),
        ("reader", "bare", None),
    ]
    pairs += [(kind, "reader", UI_LANG_TARGET) for kind in runs if kind not in KINDS]
    for kind, baseline, target in pairs:
        for field in ("wall", "cpu"):
            ratios = [
                getattr(r, field) / getattr(b, field)
                for r, b in zip(runs[kind], runs[baseline], strict=True)
            ]
            label = f"{kind} / {baseline}, {field}"
            cells = _spread_cells(ratios, lambda v: f"{v:.2f}x")
            lines.append(f"    {label:<30} {cells}{_verdict(spread(ratios).median, target)}")
    rss = {kind: spread([run.rss_mib for run in runs[kind]]).median for kind in runs}
    lines.append(
        "  peak RSS at first paint: "
        + ", ".join(f"{kind} {rss[kind]:.0f} MB" for kind in reversed(runs))
    )
    return lines


def steps_rows(platform: str, runs: dict[str, list[Paint]]) -> list[str]:
    """The table of --steps: each step's median wall and CPU time to paint, and what it adds."""
    from timing import spread

    count = len(runs[STEPS[0][0]])
    lines = [
        f"start-up on {platform}, step by step along reader.cli.main: median of {count}",
        f"{'':<46} {'wall ms':>8} {'adds':>6} {'CPU ms':>8} {'adds':>6}",
    ]
    previous: tuple[float, float] | None = None
    for name, _ in STEPS:
        wall = spread([run.wall for run in runs[name]]).median
        cpu = spread([run.cpu for run in runs[name]]).median
        adds = (
            ("", "")
            if previous is None
            else (f"{(wall - previous[0]) * 1000:+.0f}", f"{(cpu - previous[1]) * 1000:+.0f}")
        )
        lines.append(f"  {name:<44} {_ms(wall):>8} {adds[0]:>6} {_ms(cpu):>8} {adds[1]:>6}")
        previous = (wall, cpu)
    return lines


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


def measure_layout(repeat: int, mib: float, env: dict[str, str]) -> LayoutRuns:
    """Open a generated ~``mib`` MiB Arabic article ``repeat`` times each with Reader and with a
    bare QTextEdit, in one child process (offscreen)."""
    import json
    import tempfile

    from reader.cli import sample_path

    sample = sample_path() / "ar.txt"
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as folder:
        path = write_big_article(Path(folder), sample.read_text(encoding="utf-8"), mib)
        command = [sys.executable, str(SCRIPT), LAYOUT_FLAG, str(path), str(repeat), str(sample)]
        _, stdout = _run(command, {**env, **offscreen().env})
        size = path.stat().st_size
    result = json.loads(_tagged(stdout, RESULT_TAG))
    return LayoutRuns(
        result["reader"], result["bare"], size, result["font"], result["none_dropped"]
    )


def _median(values: list[float]) -> float:
    import statistics

    return statistics.median(values)


def _row(
    measure: str,
    reader: str = "",
    baseline: str = "",
    ratio: float | None = None,
    target: float | None = None,
) -> str:
    """One line of the layout table; a line with a target ends in "ok" or "OVER"."""
    ratio_text = f"{ratio:.2f}x" if ratio is not None else ""
    target_text = f"<= {target:g}x" if target is not None else ""
    verdict = ("ok" if ratio <= target else "OVER") if ratio is not None and target else ""
    line = f"{measure:<46} {reader:>11} {baseline:>11} {ratio_text:>7}  {target_text:<7} {verdict}"
    return line.rstrip()


def _s(seconds: float) -> str:
    return f"{seconds:.3f} s"


def layout_rows(runs: LayoutRuns) -> list[str]:
    """The table lines of the layout measure (medians of each step)."""

    def median(kind: list[dict[str, float]], key: str) -> float:
        return _median([run[key] for run in kind])

    reader = {key: median(runs.reader, key) for key in ("total", "load", "font", "build", "layout")}
    bare = {key: median(runs.bare, key) for key in ("total", "build", "layout")}
    qt = reader["font"] + reader["build"] + reader["layout"]
    lines = [
        _row("", "reader", "baseline", None),
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


def notes(layout: LayoutRuns | None, bytecode: str) -> list[str]:
    """What the baselines are, how the children got their bytecode, and anything the run had
    to work around."""
    import importlib.metadata

    pyside = importlib.metadata.version("PySide6-Essentials")
    python = sys.version.split()[0]
    lines = [
        "reader:   python -m reader (a fresh settings folder), under bench/first_paint.py",
        "floor:    bench/floor.py: QMainWindow + two QTextEdits, the sample's id.txt and ar.txt",
        "          as plain text in Noto Serif and Amiri (Arabic right-to-left); no Reader",
        "floor+:   bench/floor.py --plus: the floor plus the rest of Reader's first frame, each",
        "          piece the cheapest way (its words read off Reader's window); no Reader",
        "bare:     bench/floor.py --bare: QApplication + an empty QWidget",
        "layout baseline: Python read + QTextEdit.setPlainText, same reading font",
        f"          ({layout.font if layout else '?'}), same text width ({TEXT_WIDTH:g} px)",
        f"Python {python}, PySide6 {pyside}, {os.cpu_count()} CPUs, load average "
        + " ".join(f"{load:.1f}" for load in os.getloadavg()),
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


def measure(args: Any, env: dict[str, str], folder: Path) -> list[str]:
    """Every start-up measure ``args`` ask for, as table lines (``folder``: for the spec of
    Reader's first frame)."""
    lines: list[str] = []
    chosen = dict(STEPS)
    if not args.steps:
        spec = folder / "first-frame.spec"
        try:
            _run([sys.executable, str(SCRIPT), SPEC_FLAG, str(spec)], {**env, **offscreen().env})
        except RuntimeError as error:
            return [f"start-up not measured: Reader's first frame could not be read: {error}", ""]
        chosen = programs(spec, args.ui_lang)
    for name, platform in platforms(args.platform):
        if isinstance(platform, str):
            lines += [f"start-up on {name} skipped: {platform}", ""]
            continue
        try:
            with platform as where:
                runs = interleaved(chosen, args.repeat, args.warmup, {**env, **where.env})
                rows = steps_rows if args.steps else startup_rows
                lines += [*rows(where.name, runs), ""]
        except (RuntimeError, OSError) as error:
            lines += [f"start-up on {name} not measured: {error}", ""]
    return lines


def main(argv: list[str] | None = None) -> int:
    """Measure, print the tables, and return 0: a benchmark, not a test."""
    import argparse
    import tempfile

    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [LAYOUT_FLAG]:
        return child_layout(Path(argv[1]), int(argv[2]), Path(argv[3]))
    if argv[:1] == [STEP_FLAG]:
        return step_program(int(argv[1]))
    if argv[:1] == [SPEC_FLAG]:
        return write_spec(Path(argv[1]))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--repeat", type=int, default=11, help="start-ups of each kind (default 11)"
    )
    parser.add_argument("--warmup", type=int, default=1, help="untimed rounds first (default 1)")
    parser.add_argument(
        "--platform",
        choices=("offscreen", "xvfb", "both"),
        default="both",
        help="where the start-up children draw (default both; xvfb needs Xvfb)",
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
        help="only the start-up, built up along Reader's start path one step at a time",
    )
    parser.add_argument(
        "--ui-lang",
        metavar="LANG",
        help="time Reader in this interface language too (ar, id), against English",
    )
    parser.add_argument(
        "--no-pyc-cache",
        action="store_true",
        help="leave the children's bytecode settings as inherited (default: a private cache)",
    )
    args = parser.parse_args(argv)
    args.repeat, args.warmup = max(1, args.repeat), max(0, args.warmup)

    layout = None
    with (
        tempfile.TemporaryDirectory(prefix="reader-bench-pyc-") as pyc_cache,
        tempfile.TemporaryDirectory(prefix="reader-bench-") as scratch,
    ):
        env, bytecode = child_environment(None if args.no_pyc_cache else Path(pyc_cache))
        lines = measure(args, env, Path(scratch))
        if not args.steps:
            try:
                layout = measure_layout(max(1, args.layout_repeat), args.layout_mib, env)
                lines += [*layout_rows(layout), ""]
            except (RuntimeError, OSError) as error:
                lines += [f"layout not measured: {error}", ""]
    print("\n".join([*lines, *notes(layout, bytecode)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
