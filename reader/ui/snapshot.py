"""``reader snapshot``: the real main window rendered offscreen to a PNG (or another image
format Qt writes, as the output's name says)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from reader.core.errors import ReaderError
from reader.core.i18n import _
from reader.core.model import Article, VersionKey

CHECKS_TIMEOUT_MS = 60_000  # a snapshot waits this long at most for the fidelity findings


def _quiet_offscreen(mode: object, context: object, message: str) -> None:
    # The offscreen platform says it "does not support propagateSizeHints()" on every show.
    if "propagateSizeHints" not in message:
        sys.stderr.write(f"{message}\n")


def image_format(out: Path) -> str:
    """The image format ``out``'s suffix names (``jpg``, ``bmp``), among those Qt writes; PNG
    for a name without a suffix. Any other suffix is refused in one line, rather than PNG data
    written under a name that says otherwise."""
    from PySide6.QtGui import QImageWriter

    suffix = out.suffix.lower().removeprefix(".")
    if not suffix:
        return "png"
    formats = sorted(bytes(f.data()).decode("ascii") for f in QImageWriter.supportedImageFormats())
    if suffix not in formats:
        raise ReaderError(
            _("{suffix} names no image format Reader writes ({formats})").format(
                suffix=out.suffix, formats=_(", ").join(f".{f}" for f in formats)
            ),
            out,
        )
    return suffix


def snapshot(
    article: Article,
    out: Path,
    size: tuple[int, int],
    left: VersionKey | None = None,
    right: VersionKey | None = None,
    single: bool = False,
    kind: str = "png",
) -> None:
    """Render the window for ``article`` at ``size`` into ``out`` (in the ``kind`` of image,
    one of ``image_format``'s), without a screen and without touching the user's settings."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import (
        QBuffer,
        QByteArray,
        QEventLoop,
        QIODevice,
        QTimer,
        qInstallMessageHandler,
    )
    from PySide6.QtGui import QImageWriter
    from PySide6.QtWidgets import QApplication

    from reader.ui.app import application, build_window
    from reader.ui.context import AppContext

    previous = qInstallMessageHandler(_quiet_offscreen)
    application()
    with tempfile.TemporaryDirectory(prefix="reader-snapshot-") as config:
        window = build_window(AppContext(Path(config)), article, left=left, right=right)
        window.set_compare(not single)
        window.resize(*size)
        checked = QEventLoop()
        window.checks_done.connect(checked.quit)
        QTimer.singleShot(CHECKS_TIMEOUT_MS, checked.quit)
        window.show()
        checked.exec()  # the first paint starts the fidelity checks; the banner shows them
        for _step in range(3):  # not `_`, gettext's name
            QApplication.processEvents()
        image = window.grab().toImage()
        window.close()
        window.deleteLater()
    qInstallMessageHandler(previous)
    if image.width() != size[0] or image.height() != size[1]:
        image = image.scaled(*size)
    # Encoded in memory and written by Python: a full or read-only disk is then an OSError that
    # names its cause, where QImageWriter said "Unknown error" and libpng printed a line of its own.
    encoded = QByteArray()
    buffer = QBuffer(encoded)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(kind.encode("ascii")))
    reason = None if writer.write(image) else writer.errorString()
    if reason is None:
        try:
            out.write_bytes(encoded.data())
        except OSError as error:
            reason = error.strerror or str(error)
    if reason is not None:
        message = _("cannot write the {format} here: {reason}")
        raise ReaderError(message.format(format=kind.upper(), reason=reason), out)
