"""Pure work off the GUI thread, its outcome handed back to the GUI thread.

The fidelity checks take 0.1 s on the sample and a second on a 1 MB article: run on the GUI
thread they would freeze the window just after it first shows the text. The work must not
touch Qt; its result (or the exception it raised) is delivered by a queued signal, and dropped
if the widget that asked for it is gone by then.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from shiboken6 import isValid


class _Relay(QObject):
    """Lives in the GUI thread; a signal emitted by a worker thread reaches it queued."""

    delivered = Signal(object)

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self.delivered.connect(self._deliver)

    @staticmethod
    def _deliver(call: Callable[[], None]) -> None:
        call()


_relay: _Relay | None = None


def run_in_background(
    owner: QObject, work: Callable[[], Any], done: Callable[[Any], None], name: str = "work"
) -> threading.Thread:
    """Run ``work()`` in a worker thread; then, in the GUI thread, call ``done`` with its result,
    or with the exception it raised, unless ``owner`` has been deleted meanwhile. Call this
    from the GUI thread."""
    global _relay
    if _relay is None or not isValid(_relay):
        _relay = _Relay()
    relay = _relay

    def deliver(outcome: Any) -> None:
        if isValid(owner):
            done(outcome)

    def worker() -> None:
        try:
            outcome: Any = work()
        except Exception as error:  # handed to ``done``, which says what went wrong
            outcome = error
        with contextlib.suppress(RuntimeError):  # the application is gone: nobody waits
            relay.delivered.emit(lambda: deliver(outcome))

    thread = threading.Thread(target=worker, name=f"reader-{name}", daemon=True)
    thread.start()
    return thread
