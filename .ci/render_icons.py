"""Render Reader's icon, ``reader.svg``, to the PNG sizes the desktop and the window use.

Run from the repository after editing the SVG and commit the PNGs with it:
``.venv/bin/python .ci/render_icons.py`` (``--preview OUT.png`` also composes the small
sizes on a light and a dark background, magnified, to look at). Qt's own SVG renderer draws
them, so the PNGs match what the window would draw from the SVG.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parents[1] / "resources" / "icons"
SOURCE = HERE / "reader.svg"
# The hicolor theme's usual sizes (reader.desktop installs each into its folder).
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
PREVIEW_SIZES = (16, 24, 32, 48)
BACKGROUNDS = ("#ffffff", "#ececec", "#2b2b2b", "#101010")


def png_path(size: int) -> Path:
    return HERE / f"reader-{size}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def preview(images: dict[int, QImage], out: Path, zoom: int = 6) -> None:
    """The small sizes side by side on light and dark backgrounds, each pixel ``zoom`` wide."""
    pad = 8 * zoom
    cell = max(PREVIEW_SIZES) * zoom + pad
    sheet = QImage(cell * len(PREVIEW_SIZES), cell * len(BACKGROUNDS), QImage.Format.Format_RGB32)
    painter = QPainter(sheet)
    for row, background in enumerate(BACKGROUNDS):
        painter.fillRect(0, row * cell, sheet.width(), cell, QColor(background))
        for column, size in enumerate(PREVIEW_SIZES):
            magnified = images[size].scaled(size * zoom, size * zoom)  # nearest neighbour
            painter.drawImage(column * cell + pad // 2, row * cell + pad // 2, magnified)
    painter.end()
    sheet.save(str(out))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--preview", type=Path, help="also write a magnified preview sheet here")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"render_icons.py: error: {SOURCE} is not a valid SVG", file=sys.stderr)
        return 2
    images = {size: render(renderer, size) for size in SIZES}
    for size, image in images.items():
        if not image.save(str(png_path(size))):
            print(f"render_icons.py: error: could not write {png_path(size)}", file=sys.stderr)
            return 2
    if args.preview:
        preview(images, args.preview)
    return 0


if __name__ == "__main__":
    sys.exit(main())
