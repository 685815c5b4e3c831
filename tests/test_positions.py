"""Places in a version's file: the locator's line table finds what counting the lines before
each place finds, on any text, and locates a paragraph's characters as an editor counts them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.ingest.positions import Locator, Position, line_starts, position
from reader.core.model import Direction, Paragraph, Role


def _paragraph(text: str) -> Paragraph:
    return Paragraph(Role.BODY, text, Direction.LTR)


_TEXT = st.text(st.sampled_from(["a", "b", "\n", "\r", "ب", " "]), min_size=1, max_size=60)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.data())
def test_the_line_table_finds_what_counting_the_lines_finds(text: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(text)))
    locator = Locator(text, [_paragraph(text)])
    assert locator.locate(0, at) == position(text, at)


def test_line_starts() -> None:
    assert line_starts("") == [0]
    assert line_starts("ab\n\ncd\n") == [0, 3, 4, 7]


def test_a_paragraph_located_in_its_file() -> None:
    text = "Judul\n\nSatu dua.\nTiga.\n\nEmpat lima.\n"
    paragraphs = [_paragraph(p) for p in ("Judul", "Satu dua.\nTiga.", "Empat lima.")]
    locator = Locator(text, paragraphs)
    assert locator.locate(1, 10) == Position(4, 1)  # "Tiga." opens the fourth line
    assert locator.locate(2, 6) == Position(6, 7)
    assert locator.locate(3) is None
