"""Untrusted text shown literally where Qt would guess rich text (reader.ui.plain)."""

from __future__ import annotations

import pytest

from PySide6.QtGui import QTextDocument

from reader.ui.plain import literal

HOSTILE = [
    "<b>bold</b> & <img src=\"file:///etc/passwd\"> 'quoted' &amp; &lt;",
    "first line\nsecond line",
    "أ < ب > ج & د",  # Arabic around the three markup characters
    "<qt>already wrapped</qt>",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_rich_text_shows_the_text_itself(qapp: object, text: str) -> None:
    document = QTextDocument()
    document.setHtml(literal(text))
    assert document.toPlainText() == text
    # Nothing became an image (which would load a file), a link or bold type.
    formats = [f.toCharFormat() for f in document.allFormats() if f.isCharFormat()]
    assert not any(f.isImageFormat() or f.isAnchor() or f.fontWeight() > 400 for f in formats)


def test_nothing_is_nothing() -> None:
    assert literal("") == ""


@pytest.mark.parametrize("text", HOSTILE)
def test_the_escaping_is_html_escape(text: str) -> None:
    """The same markup as html.escape (which the start path no longer imports) writes."""
    import html

    assert literal(text) == "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
