"""Copy with Source (Ctrl+Shift+C): the selection of a pane, with the source paragraphs the
aligner matched to it and where it came from, on the clipboard as plain text and as HTML.

What it says is composed in ``reader.core.present.citation``; this module reads the selection
off the view and hands the result to the clipboard.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from reader.core.present.citation import Citation, citation, citation_html, citation_text

if TYPE_CHECKING:
    from reader.core.align.aligner import Alignment
    from reader.core.checks.model import Finding
    from reader.core.model import Article, Version
    from reader.ui.reading.text_view import ArticleView


def selected_paragraphs(view: ArticleView) -> list[tuple[int, str]]:
    """(paragraph index, selected text) for every paragraph the view's selection touches, in
    order; empty without a selection. Paragraph *i* is the document's block *i*."""
    cursor = view.textCursor()
    if not cursor.hasSelection():
        return []
    document = view.document()
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    first = document.findBlock(start).blockNumber()
    last = document.findBlock(max(start, end - 1)).blockNumber()
    selected = []
    for number in range(first, last + 1):
        block = document.findBlockByNumber(number)
        begin = max(start, block.position()) - block.position()
        stop = min(end, block.position() + block.length() - 1) - block.position()
        selected.append((number, block.text()[begin:stop]))
    return selected


def findings_inside(view: ArticleView, findings: Sequence[Finding]) -> list[Finding]:
    """The findings whose marked words overlap the view's selection (a missing paragraph, which
    has no words in this text, never does)."""
    cursor = view.textCursor()
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    inside = []
    for finding in findings:
        if finding.paragraph is None:
            continue
        spans = finding.spans or ((0, len(view.block(finding.paragraph).text())),)
        for a, b in spans:
            if view.document_position(finding.paragraph, a) < end and start < (
                view.document_position(finding.paragraph, b)
            ):
                inside.append(finding)
                break
    return inside


def source_paragraphs(alignment: Alignment | None, paragraphs: Sequence[int]) -> list[int]:
    """The source paragraphs aligned to the given translation paragraphs (every bead holding one
    of them), in order."""
    if alignment is None:
        return []
    wanted = set(paragraphs)
    return sorted({i for bead in alignment.beads if wanted & set(bead.target) for i in bead.source})


def quotation(
    article: Article,
    view: ArticleView,
    findings: Sequence[Finding],
    align_with_source: Callable[[Version, Version], Alignment | None],
    today: date,
) -> Citation | None:
    """The quotation of the view's selection, or None when nothing is selected."""
    version = view.version
    selected = selected_paragraphs(view)
    if version is None or not any(text.strip() for _, text in selected):
        return None
    source = article.source
    alignment = None
    if source is not None and source is not version:
        alignment = align_with_source(source, version)
    indexes = [index for index, _ in selected]
    return citation(
        article,
        version,
        selected,
        source_paragraphs(alignment, indexes),
        findings_inside(view, findings),
        today,
    )


def mime_data(quoted: Citation) -> QMimeData:
    """The quotation as the clipboard holds it: plain text and HTML."""
    mime = QMimeData()
    mime.setText(citation_text(quoted))
    mime.setHtml(citation_html(quoted))
    return mime


def put_on_clipboard(quoted: Citation) -> None:
    QGuiApplication.clipboard().setMimeData(mime_data(quoted))
