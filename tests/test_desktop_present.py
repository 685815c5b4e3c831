"""The words of the desktop furniture, pure: Copy with Source's quotation (plain text and HTML),
the printed page, the zoom level, the About box and the recent-articles entries."""

from __future__ import annotations

import gettext
import html
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from reader.core.align.aligner import align
from reader.core.checks.model import Finding, FindingKind
from reader.core.i18n import use_translations
from reader.core.ingest.loading import load
from reader.core.model import Article, Direction, Origin, Paragraph, Provenance, Role, VersionKey
from reader.core.present.banner import ChecksStatus
from reader.core.present.citation import citation, citation_html, citation_text, origin_line
from reader.core.present.desktop import Component, about_text, recent_entry, zoom_level
from reader.core.present.printout import printout, printout_html
from tests.test_present import Pseudo, outside_messages

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample"
DAY = date(2026, 12, 5)


@pytest.fixture(scope="module")
def article() -> Article:
    return load([SAMPLE])


@pytest.fixture
def pseudo() -> Iterator[None]:
    use_translations(Pseudo())
    yield
    use_translations(gettext.NullTranslations())


def _added_name(paragraph: int, span: tuple[int, int]) -> Finding:
    return Finding(FindingKind.ADDED_NAME, paragraph, 2, "a name", "Jakarta", (span,))


# -- Copy with Source ----------------------------------------------------------------------------


def test_the_quotation_as_plain_text_is_exactly_what_a_citation_needs(article: Article) -> None:
    arabic = article.find(VersionKey("ar", 1))
    source = article.source
    assert arabic is not None and source is not None
    selected = arabic.paragraphs[2].text
    finding = _added_name(2, (8, 14))
    quoted = citation(article, arabic, [(2, selected)], [2], [finding], DAY)

    assert citation_text(quoted) == (
        f"{selected}\n\n"
        "Warning: the fidelity checks flagged 1 problem in this passage (name the source does "
        "not have); check it against the source before quoting it.\n\n"
        f"Indonesian source:\n\n{source.paragraphs[2].text}\n\n"
        f"{arabic.title}\n"
        "Arabic: machine translation from Indonesian, not checked by a person\n"
        "Copied 2026-12-05\n"
        f"Publisher's notice: \u201c{article.notice}\u201d\n"
    )


def test_the_quotation_names_the_web_address_and_the_retrieval_date(article: Article) -> None:
    arabic = article.find(VersionKey("ar", 1))
    assert arabic is not None
    fetched = replace(
        arabic,
        provenance=Provenance(
            url="https://example.org/ar/1",
            final_url="https://example.org/ar/putin-kim",
            retrieved="2026-11-30T08:00:00Z",
        ),
    )
    text = citation_text(citation(article, fetched, [(0, "x")], [], [], DAY))
    assert "Address: https://example.org/ar/putin-kim\n" in text
    assert "Retrieved 2026-11-30, copied 2026-12-05\n" in text
    assert "Warning" not in text


def test_the_html_gives_each_paragraph_its_direction_and_escapes_the_file(article: Article) -> None:
    arabic = article.find(VersionKey("ar", 1))
    assert arabic is not None
    hostile = '<img src="file:///etc/passwd"> & <b>bold</b>'
    quoted = citation(
        replace(article, notice=None),
        replace(arabic, notice=None),
        [(2, arabic.paragraphs[2].text), (3, hostile)],
        [2, 3],
        [],
        DAY,
    )
    page = citation_html(quoted)
    assert "<img" not in page and "<b>" not in page
    assert html.escape(hostile) in page
    directions = re.findall(r'<p dir="(\w+)" lang="(\w+)"', page)
    # The two quoted paragraphs (a selection takes its paragraph's direction, whatever it
    # holds), the two source paragraphs, then the title.
    assert directions == [("rtl", "ar"), ("rtl", "ar"), ("ltr", "id"), ("ltr", "id"), ("rtl", "ar")]


def test_the_source_quoted_beside_itself_has_no_source_block(article: Article) -> None:
    source = article.source
    assert source is not None
    quoted = citation(article, source, [(1, "Kim Jong Un")], [1], [], DAY)
    assert quoted.source == () and quoted.source_heading == ""
    assert "Indonesian: the original text" in citation_text(quoted)


@pytest.mark.parametrize(
    ("origin", "expected"),
    [
        (Origin.MACHINE, "Arabic: machine translation from Indonesian, not checked by a person"),
        (Origin.POST_EDITED, "Arabic: machine translation from Indonesian, corrected by a person"),
        (Origin.HUMAN, "Arabic: translated from Indonesian by a person"),
    ],
)
def test_the_origin_in_words(article: Article, origin: Origin, expected: str) -> None:
    arabic = article.find(VersionKey("ar", 1))
    assert arabic is not None
    assert origin_line(article, replace(arabic, origin=origin)) == expected


def test_every_sentence_of_the_quotation_is_one_message(article: Article, pseudo: None) -> None:
    arabic = article.find(VersionKey("ar", 1))
    assert arabic is not None
    quoted = citation(article, arabic, [(2, "x")], [2], [_added_name(2, (0, 1))], DAY)
    lines = [quoted.warning, quoted.source_heading, *quoted.details]
    assert all(line.startswith("⟦") for line in lines)
    assert [line for line in lines if outside_messages(line)] == []


# -- the printed page ----------------------------------------------------------------------------


def test_the_page_puts_aligned_groups_side_by_side_source_first(article: Article) -> None:
    source, arabic = article.source, article.find(VersionKey("ar", 1))
    assert source is not None and arabic is not None
    alignment = align(
        [p.text for p in source.paragraphs], [p.text for p in arabic.paragraphs], "id", "ar"
    )
    findings = {arabic.key: [_added_name(2, (8, 14))]}
    page = printout(article, (source, arabic), alignment, findings, ChecksStatus.DONE, DAY)

    assert len(page.rows) == len(alignment.beads)
    for row, bead in zip(page.rows, alignment.beads, strict=True):
        assert [t.passage.text for t in row[0]] == [source.paragraphs[i].text for i in bead.source]
        assert [t.passage.text for t in row[1]] == [arabic.paragraphs[j].text for j in bead.target]
    assert page.columns[1].banner[0] == "Machine translation from Indonesian: it may be inaccurate"
    assert page.findings == (
        "ar@1, paragraph 2: name the source does not have: a name (source: \u201cJakarta\u201d)",
    )

    document = printout_html(page, {"ar": ("Amiri",)})
    cells = re.findall(r'<td dir="(\w+)" lang="(\w+)"', document)
    assert cells == [("ltr", "id"), ("rtl", "ar")] * len(alignment.beads)
    marked = arabic.paragraphs[2].text[8:14]
    assert f'<span style="background-color: #ffe08a">{html.escape(marked)}</span>' in document
    assert "font-family: 'Amiri', serif" in document


def test_one_version_alone_is_one_column_and_the_file_cannot_inject_markup(
    article: Article,
) -> None:
    arabic = article.find(VersionKey("ar", 1))
    assert arabic is not None
    hostile = Paragraph(Role.BODY, "<script>alert(1)</script>\u202eevil", Direction.LTR)
    version = replace(arabic, paragraphs=(*arabic.paragraphs, hostile))
    page = printout(article, (version,), None, {}, ChecksStatus.DONE, DAY)
    assert {len(row) for row in page.rows} == {1}
    document = printout_html(page)
    assert "<script>" not in document and "&lt;script&gt;" in document
    assert "\u202e" not in document  # shown as a marker, never obeyed


# -- the window's words --------------------------------------------------------------------------


def test_zoom_about_and_recent_entries_read_as_sentences() -> None:
    assert zoom_level(110) == "110 %"
    text = about_text("0.1.0", [Component("Qt", "6.9.0"), Component("Python", "3.11.2")], ["Amiri"])
    assert text.splitlines()[0] == "Reader 0.1.0"
    assert "Qt 6.9.0" in text and "Python 3.11.2" in text
    assert "Reading fonts: Amiri" in text and text.endswith("Licence: MIT")
    assert recent_entry(3, "Putin", "/news/putin") == "&3 Putin \u2014 /news/putin"
    assert recent_entry(10, "Putin", "/news/putin") == "10 Putin \u2014 /news/putin"


def test_every_sentence_of_the_page_is_one_message(article: Article, pseudo: None) -> None:
    arabic = article.find(VersionKey("ar", 1))
    assert arabic is not None
    missing = Finding(FindingKind.MISSING_PARAGRAPH, None, 4, "a paragraph", "Pyongyang")
    findings = {arabic.key: [_added_name(2, (8, 14)), missing]}
    page = printout(article, (arabic,), None, findings, ChecksStatus.DONE, DAY)
    lines = [
        page.findings_heading,
        *page.findings,
        *page.footer.split("\n"),
        *(c.label for c in page.columns),
        *(line for c in page.columns for line in c.banner),
    ]
    assert all(line.startswith("⟦") for line in lines)
    assert [line for line in lines if outside_messages(line)] == []
