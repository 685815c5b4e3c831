"""Run a Qt program as ``python -m MODULE`` or ``python SCRIPT`` would, and say when its window
was first painted.

    python bench/first_paint.py -m MODULE [ARG ...]
    python bench/first_paint.py SCRIPT [ARG ...]
    python bench/first_paint.py -m reader --ui-lang ar    (Reader's Arabic interface)

The program runs unchanged up to its event loop. The probe waits for the program to import
``PySide6.QtWidgets`` (an import hook that delegates to the normal import), then replaces
``QApplication.exec`` with a wrapper that starts watching and runs the real event loop.
Watching builds no Qt class the program would not otherwise build but QWindow: no event filter
and no paint override (either makes PySide6 build its event classes, which Reader needs and a
plain QTextEdit program does not), only a 1 ms timer that checks, between events, whether every
visible top-level window has been exposed. Qt paints and flushes a widget window while it
delivers the expose event, so the first check that finds it exposed runs right after the first
frame was flushed. A window that announces the first paint of its text with a ``text_painted``
signal (Reader's main window) counts only once that signal has fired; the check then runs as a
zero-time single shot queued from that signal, ahead of whatever the program itself queues for
after its first paint.

At that check the probe writes one line to standard output and quits the event loop::

    FIRST-PAINT painted=<time.perf_counter()> cpu=<time.process_time()> maxrss_kib=<peak RSS>

``perf_counter`` is CLOCK_MONOTONIC on Linux, comparable with the parent's; ``process_time`` is
the CPU time of every thread of the process. After PAINT_TIMEOUT_MS without a paint the line
says ``painted=nan`` and the event loop quits.
"""

from __future__ import annotations

import os
import sys
import time
from importlib.machinery import PathFinder
from typing import Any

TAG = "FIRST-PAINT"
POLL_MS = 1
PAINT_TIMEOUT_MS = 30_000
_alive: list[Any] = []  # the probe's timer, kept as long as the event loop runs


def _report(painted: float | None) -> None:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_kib = peak // 1024 if sys.platform == "darwin" else peak  # macOS reports bytes
    cpu = time.process_time()
    when = "nan" if painted is None else f"{painted:.9f}"
    print(f"{TAG} painted={when} cpu={cpu:.6f} maxrss_kib={peak_kib}", flush=True)


def _watch(application: Any) -> None:
    """Report the first frame of the program's visible windows, then quit its event loop."""
    from PySide6.QtCore import QTimer

    windows = [w for w in application.topLevelWidgets() if w.isVisible()]
    waiting: set[int] = set()  # windows whose text_painted signal has not fired yet
    reported: list[float | None] = []
    poll = QTimer()
    poll.setInterval(POLL_MS)

    def finish(painted: float | None) -> None:
        if not reported:
            reported.append(painted)
            poll.stop()
            _report(painted)
            application.quit()

    def check() -> None:
        if not windows:  # a program that shows its window once its event loop runs
            windows.extend(w for w in application.topLevelWidgets() if w.isVisible())
        exposed = bool(windows) and all(
            w.windowHandle() is not None and w.windowHandle().isExposed() for w in windows
        )
        if exposed and not waiting:
            finish(time.perf_counter())

    def announced(index: int) -> None:
        # Emitted while the window paints. A zero-time single shot runs as soon as Qt is back
        # in its event loop, after this paint pass and its flush, and ahead of anything the
        # program queues from the same signal after this slot (Reader starts its fidelity
        # checks that way): the poll, a timer, would come after those.
        waiting.discard(index)
        QTimer.singleShot(0, check)

    for index, window in enumerate(windows):
        signal = getattr(window, "text_painted", None)
        if signal is not None:
            waiting.add(index)
            signal.connect(lambda index=index: announced(index))
    poll.timeout.connect(check)
    poll.start()
    QTimer.singleShot(PAINT_TIMEOUT_MS, lambda: finish(None))
    _alive.append(poll)


def _patch(widgets: Any) -> None:
    """Wrap ``QApplication.exec``: watch, then run the program's event loop."""
    application_class = widgets.QApplication
    real_exec = application_class.exec

    def exec_() -> int:
        application = application_class.instance()
        _watch(application)
        return int(real_exec())

    application_class.exec = staticmethod(exec_)


class _Hook:
    """Meta path finder: when ``PySide6.QtWidgets`` is imported, patch it once loaded."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        loader = spec.loader

        class Loader:
            def create_module(self, spec: Any) -> Any:
                return loader.create_module(spec)

            def exec_module(self, module: Any) -> None:
                loader.exec_module(module)
                _patch(module)

        spec.loader = Loader()
        return spec


def main() -> None:
    """Run the program named on the command line, as Python would run it."""
    import runpy

    args = sys.argv[1:]
    if not args or args[0] in ("-h", "--help") or args == ["-m"]:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        raise SystemExit(2)
    sys.meta_path.insert(0, _Hook())
    # sys.path[0] as Python sets it: the working folder for -m, else the script's folder.
    if args[0] == "-m":
        sys.argv = args[1:]
        sys.path[0] = os.getcwd()
        runpy.run_module(args[1], run_name="__main__", alter_sys=True)
    else:
        sys.argv = args
        sys.path[0] = os.path.dirname(os.path.abspath(args[0]))
        runpy.run_path(args[0], run_name="__main__")


if __name__ == "__main__":
    main()
