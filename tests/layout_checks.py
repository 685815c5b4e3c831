"""Measurements of what a reader sees in a laid-out ArticleView (RTL.md, "Testing that the
layout is right"). Shared by the layout tests and by the test that proves they catch a
left-to-right mutation."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np
from bidi import get_display

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTextBlock, QTextLine

from reader.ui.reading.text_view import ArticleView

_TOKEN = re.compile(r"\w(?:[\w.]*\w)?")


def x_of(line: QTextLine, position: int) -> float:
    result = line.cursorToX(position)
    return float(result[0] if isinstance(result, tuple) else result)


def blocks(view: ArticleView) -> list[QTextBlock]:
    document = view.document()
    return [document.findBlockByNumber(i) for i in range(document.blockCount())]


def lines(block: QTextBlock) -> list[QTextLine]:
    layout = block.layout()
    return [layout.lineAt(i) for i in range(layout.lineCount())]


def runs_right_to_left(block: QTextBlock) -> bool:
    """Every line of ``block`` starts at the right edge of its line box and runs leftwards.

    (In a left-to-right paragraph an all-Arabic line also has start x > end x, inside its run;
    what differs is that the run then starts wherever the text ends, not at the right edge.)
    """
    for line in lines(block):
        start = x_of(line, line.textStart())
        end = x_of(line, line.textStart() + line.textLength())
        if not (start > end and start >= line.x() + line.width() - 2):
            return False
    return True


def _has_arabic(token: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in token)


def qt_visual_tokens(block: QTextBlock, line: QTextLine) -> list[str]:
    """Word tokens of one line in the order Qt draws them, left to right."""
    text = block.text()[line.textStart() : line.textStart() + line.textLength()]
    placed = []
    for match in _TOKEN.finditer(text):
        start = line.textStart() + match.start()
        end = line.textStart() + match.end()
        left = min(x_of(line, start), x_of(line, end))
        placed.append((left, match.group()))
    return [token for _, token in sorted(placed)]


def bidi_visual_tokens(text: str, base: str) -> list[str]:
    """The same tokens in the order python-bidi's reference algorithm puts them."""
    visual = get_display(text, base_dir=base)
    return [t[::-1] if _has_arabic(t) else t for t in _TOKEN.findall(visual)]


def visual_order_matches_bidi(block: QTextBlock, base: str) -> bool:
    """Qt's word order on every line equals python-bidi's for that line with base ``base``."""
    for line in lines(block):
        text = block.text()[line.textStart() : line.textStart() + line.textLength()]
        if qt_visual_tokens(block, line) != bidi_visual_tokens(text, base):
            return False
    return True


def missing_glyphs(block: QTextBlock) -> int:
    """How many glyphs of ``block`` were drawn with the .notdef glyph (index 0): tofu."""
    layout = block.layout()
    count = 0
    for run in layout.glyphRuns(0, len(block.text())):
        count += sum(1 for index in run.glyphIndexes() if index == 0)
    return count


@dataclass(frozen=True)
class Ink:
    """Left and right ink edges of each text line band in a grabbed image."""

    lefts: list[int]
    rights: list[int]
    width: int


def ink(image: QImage, threshold: int = 140) -> Ink:
    """Find the line bands with dark pixels and their leftmost and rightmost ink."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = gray.width(), gray.height()
    data = np.frombuffer(gray.constBits(), dtype=np.uint8, count=gray.bytesPerLine() * height)
    pixels = data.reshape(height, gray.bytesPerLine())[:, :width]
    # Ignore the scroll bar strip on either side.
    dark = pixels[:, : width - 20] < threshold
    rows = dark.any(axis=1)
    lefts: list[int] = []
    rights: list[int] = []
    y = 0
    while y < height:
        if not rows[y]:
            y += 1
            continue
        start = y
        while y < height and rows[y]:
            y += 1
        band = dark[start:y]
        columns = np.flatnonzero(band.any(axis=0))
        if y - start >= 4:  # a text line, not a stray pixel row
            lefts.append(int(columns[0]))
            rights.append(int(columns[-1]))
    return Ink(lefts, rights, width - 20)


def flush_right(measured: Ink, tolerance: int = 6) -> bool:
    """Lines end at one right edge (within ``tolerance`` px) and start at ragged left edges."""
    if len(measured.rights) < 3:
        return False
    edge = max(measured.rights)
    aligned = sum(1 for r in measured.rights if edge - r <= tolerance)
    return aligned >= 0.8 * len(measured.rights) and edge > measured.width * 0.8


def flush_left(measured: Ink, tolerance: int = 6) -> bool:
    """Lines start at one left edge (within ``tolerance`` px)."""
    if len(measured.lefts) < 3:
        return False
    edge = min(measured.lefts)
    aligned = sum(1 for left in measured.lefts if left - edge <= tolerance)
    return aligned >= 0.8 * len(measured.lefts) and edge < measured.width * 0.2


def block_is_rtl(block: QTextBlock) -> bool:
    return block.textDirection() == Qt.LayoutDirection.RightToLeft
