"""Post-editing in place: how long a keystroke takes to reach the screen, and how long a save takes.

Run it from the project root (it sets QT_QPA_PLATFORM=offscreen itself if unset)::

    .venv/bin/python bench/review.py [--words 20000] [--keys 80] [--saves 21]

The real main window opens an article folder made for the run: the sample's Indonesian and
Arabic, the Arabic repeated until it holds ``--words`` words (the floor: the sample as it is,
about 500 words, in the same run). Editing starts (``F2``) in the paragraph in the middle, and
``--keys`` keys are typed into it, one at a time: each is sent as a key press and release to
the text, and the view is repainted at once (QWidget.repaint: layout and paint, synchronous).
A keystroke's time is from the key press to the end of that repaint, wall clock and the
window thread's CPU (which a busy machine does not inflate). The first keystroke also writes
the new revision to disk and is shown apart. The checks that the editing starts again wait
for a pause in the typing (600 ms) and run in a worker process: not in these figures.

Saves: the revision's text file rewritten (``ParagraphEditor.save``: a temporary file, fsync,
rename, on a thread of its own; timed until the file is on disk, and the window thread's part) and the review file written with a status on every paragraph (``ReviewFile.save``),
each ``--saves`` times.

Levelling: with the source beside it (compare mode), a key that adds a line to the edited
paragraph moves the other pane's rows below it, a tenth of a second after the typing
(``ParagraphEditor._relevel``: the few rows whose padding changes); timed with the repaint of
both panes, ``--levels`` times, each after typing until the paragraph has a line more, against
levelling the whole article again (``PaneSync.relayout``, what the reading view does at load)
in the same run.

It is a benchmark, not a test: it always exits 0. Target: a keystroke under 16 ms (median).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.timing import spread

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample"


def make_article(folder: Path, words: int) -> Path:
    """The sample's Indonesian and Arabic, repeated until the Arabic holds ``words`` words."""
    from reader.core.ingest.parsing import parse_text

    folder.mkdir(parents=True)
    source = (SAMPLE / "id.txt").read_text(encoding="utf-8")
    arabic = (SAMPLE / "ar.txt").read_text(encoding="utf-8")
    body_id = [p.text for p in parse_text(source, "id").paragraphs]
    body_ar = [p.text for p in parse_text(arabic, "ar").paragraphs]
    per_copy = sum(len(p.split()) for p in body_ar)
    copies = max(1, -(-words // per_copy))
    (folder / "id.txt").write_text("\n\n".join(body_id * copies) + "\n", encoding="utf-8")
    (folder / "ar.txt").write_text("\n\n".join(body_ar * copies) + "\n", encoding="utf-8")
    (folder / "article.toml").write_text(
        'source = "id"\n\n[[versions]]\nlanguage = "id"\nfile = "id.txt"\norigin = "original"\n\n'
        '[[versions]]\nlanguage = "ar"\nfile = "ar.txt"\norigin = "machine"\n',
        encoding="utf-8",
    )
    return folder


def _wait(app, condition, limit: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + limit
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.005)


def levelling(app, window, levels: int) -> dict[str, list[float]]:  # type: ignore[no-untyped-def]
    """The edited paragraph's rows levelled again after a line was added, and the whole
    article's, each with the repaint of both panes: wall clock and the window thread's CPU."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    editor, pane = window.review.editor, window.right
    panes = (window.left.view.viewport(), pane.view.viewport())
    times: dict[str, list[float]] = {"local": [], "local_cpu": [], "whole": [], "whole_cpu": []}
    for _number in range(levels):
        height = editor._paragraph_height()
        while editor._paragraph_height() == height:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "ت")
                QApplication.sendEvent(pane.view, event)
        editor._level_timer.stop()
        for name, level in (("local", editor._relevel), ("whole", window.sync.relayout)):
            start, cpu = time.perf_counter(), time.thread_time()
            level()
            for viewport in panes:
                viewport.repaint()
            times[name].append(time.perf_counter() - start)
            times[f"{name}_cpu"].append(time.thread_time() - cpu)
            app.processEvents()
    return times


def measure(folder: Path, keys: int, saves: int, levels: int = 0) -> dict[str, object]:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from reader.core.ingest.loading import load
    from reader.core.review.model import Status, set_status
    from reader.ui.app import application, build_window
    from reader.ui.context import AppContext

    app = application()
    context = AppContext(folder.parent / f"{folder.name}-config")
    window = build_window(context, load([folder]), paths=[folder])
    window.resize(1300, 850)
    window.show()
    _wait(app, lambda: window.review is not None and window.right.checks_status == "done")
    review, pane = window.review, window.right
    assert review is not None and pane.version is not None
    words = sum(len(p.text.split()) for p in pane.version.paragraphs)
    middle = len(pane.version.paragraphs) // 2
    pane.view.setFocus()
    review.go_to(pane, middle)
    review.toggle_editing()
    viewport = pane.view.viewport()
    walls: list[float] = []
    cpus: list[float] = []
    for number in range(keys):
        character = "بت "[number % 3]
        wall, cpu = time.perf_counter(), time.thread_time()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(pane.view, event)
        viewport.repaint()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.thread_time() - cpu)
        app.processEvents()  # what the event loop does between two keys (timers, the save)
    editor = review.editor
    levelled = levelling(app, window, levels) if levels else {}
    rewrites, on_thread = [], []
    for _number in range(saves):
        QApplication.sendEvent(
            pane.view,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "ن"),
        )
        start = time.perf_counter()
        editor.save()  # hands the write to its thread
        handed = time.perf_counter()
        editor.flush()  # until the file is on disk
        on_thread.append(handed - start)
        rewrites.append(time.perf_counter() - start)
    version = editor.target
    assert version is not None
    reviewed = review.of(version)
    for index, paragraph in enumerate(version.paragraphs):
        reviewed = set_status(reviewed, index, paragraph.text, Status.APPROVED, "bench", "now")
    review_writes = []
    for number in range(saves):
        review.review = review.review.with_version(str(version.key), reviewed)
        review._dirty = True
        reviewed = set_status(
            reviewed, 0, version.paragraphs[0].text, Status.NEEDS_WORK, "b", str(number)
        )
        review.review = review.review.with_version(str(version.key), reviewed)
        start = time.perf_counter()
        review.save()
        review_writes.append(time.perf_counter() - start)
    editor.stop()
    window.close()
    app.processEvents()
    return {
        "words": words,
        "paragraphs": len(version.paragraphs),
        "first": walls[0],
        "walls": walls[1:],
        "cpus": cpus[1:],
        "levelled": levelled,
        "aligned": window.sync.alignment is not None,
        "rewrites": rewrites,
        "on_thread": on_thread,
        "review_writes": review_writes,
        "review_bytes": (folder / "review.json").stat().st_size,
        "text_bytes": version.path.stat().st_size if version.path else 0,
    }


def _ms(values: list[float]) -> str:
    s = spread(values)
    return (
        f"median {s.median * 1000:6.2f} ms  (min {s.low * 1000:.2f}, quartiles "
        f"{s.p25 * 1000:.2f}–{s.p75 * 1000:.2f}, max {s.high * 1000:.2f})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=20000)
    parser.add_argument("--keys", type=int, default=80)
    parser.add_argument("--saves", type=int, default=21)
    parser.add_argument("--levels", type=int, default=15)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="reader-bench-review-"))
    try:
        floor = shutil.copytree(SAMPLE, work / "sample")
        runs = {
            "floor (the sample)": measure(Path(floor), args.keys, args.saves, args.levels),
            f"{args.words} words": measure(
                make_article(work / "long", args.words), args.keys, args.saves, args.levels
            ),
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for name, run in runs.items():
        print(f"{name}: {run['words']} words, {run['paragraphs']} paragraphs")
        print(f"  keystroke to repaint, wall:  {_ms(run['walls'])}")  # type: ignore[arg-type]
        print(f"  keystroke to repaint, CPU:   {_ms(run['cpus'])}")  # type: ignore[arg-type]
        print(f"  first keystroke (makes the revision on disk): {run['first'] * 1000:.1f} ms")  # type: ignore[operator]
        levelled: dict[str, list[float]] = run["levelled"]  # type: ignore[assignment]
        if levelled:
            aligned = "" if run["aligned"] else " (not aligned: nothing to level)"
            print(f"  a line more, its rows levelled again{aligned}, and both panes repainted:")
            print(f"    wall: {_ms(levelled['local'])}")
            print(f"    CPU:  {_ms(levelled['local_cpu'])}")
            print("  the whole article levelled again (as at load), and both panes repainted:")
            print(f"    wall: {_ms(levelled['whole'])}")
            print(f"    CPU:  {_ms(levelled['whole_cpu'])}")
        print(f"  save of the revision's text ({run['text_bytes']} bytes): {_ms(run['rewrites'])}")  # type: ignore[arg-type]
        print(f"    of which the window's thread: {_ms(run['on_thread'])}")  # type: ignore[arg-type]
        print(
            f"  save of the review file ({run['review_bytes']} bytes):  {_ms(run['review_writes'])}"
        )  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
