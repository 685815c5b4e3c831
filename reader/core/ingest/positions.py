"""Where each paragraph of a version sits in its file: line and column, as editors count them.

The model keeps paragraphs, not offsets; a report that an editor can jump into (``file:LINE:
COLUMN:``, the GNU convention) finds them again in the decoded text. Parsing keeps each
paragraph's text as a piece of that text (blocks are only cut and trimmed), so a search in
order finds it; what decoding normalised (a form feed read as a blank line) can shift a line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.model import Paragraph


@dataclass(frozen=True)
class Position:
    """A place in a text file: 1-based line and 1-based column (in characters)."""

    line: int
    column: int


def paragraph_offsets(text: str, paragraphs: Sequence[Paragraph]) -> list[int | None]:
    """The offset in ``text`` where each paragraph starts (None where it cannot be found),
    searched in order so that a repeated paragraph is found at its own place."""
    offsets: list[int | None] = []
    start = 0
    for paragraph in paragraphs:
        found = text.find(paragraph.text, start) if paragraph.text else -1
        if found < 0:
            offsets.append(None)
            continue
        offsets.append(found)
        start = found + len(paragraph.text)
    return offsets


def position(text: str, offset: int) -> Position:
    """The line and column of ``offset`` in ``text`` (lines end at "\\n")."""
    line_start = text.rfind("\n", 0, offset) + 1
    return Position(text.count("\n", 0, offset) + 1, offset - line_start + 1)


class Locator:
    """Finds places in one version's decoded text: a paragraph, or a character inside it."""

    def __init__(self, text: str, paragraphs: Sequence[Paragraph]) -> None:
        self._text = text
        self._offsets = paragraph_offsets(text, paragraphs)

    def locate(self, paragraph: int, at: int = 0) -> Position | None:
        """Where character ``at`` of paragraph ``paragraph`` is; None if that paragraph is not
        in the text as stored (it was rewritten on reading)."""
        if not 0 <= paragraph < len(self._offsets):
            return None
        offset = self._offsets[paragraph]
        return None if offset is None else position(self._text, offset + at)
