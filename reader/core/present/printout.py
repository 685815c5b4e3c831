"""Print and export: the view on screen as a printable document (no Qt).

``printout()`` decides what the page says: the title, each version's banner (headline, detail,
the publisher's notice, the checks' line), the text as rows of aligned paragraph groups (one
cell per version: the source on the left), the findings listed with where they are, and a
footer. ``printout_html()`` writes it as one HTML document, which is the export as HTML and,
set into a QTextDocument (``reader.ui.printing``), the page that is printed or written to PDF:
one rendering path for the window's Print and Export and for ``reader export``.

Every cell and paragraph carries its own ``dir`` and ``lang``; every text from the article is
escaped; findings are marked on their words with a background.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from reader.core.align.aligner import Alignment
from reader.core.checks.model import Finding, count_by_kind
from reader.core.i18n import _, ngettext
from reader.core.model import Article, Direction, Version, VersionKey
from reader.core.present.article import version_label
from reader.core.present.banner import ChecksStatus, banner_for, notice_line
from reader.core.present.citation import Passage, address_of, origin_line
from reader.core.present.findings import finding_name
from reader.core.text.bidi_controls import reveal
from reader.core.text.direction import paragraph_direction

MARK = "#ffe08a"  # a finding's words, as the reading view marks them


@dataclass(frozen=True)
class Text:
    """One paragraph of a version in a cell: its passage and the character ranges to mark."""

    passage: Passage
    marks: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Column:
    """One version on the page: its name and its banner's lines."""

    label: str
    language: str
    direction: Direction
    banner: tuple[str, ...]  # headline first


@dataclass(frozen=True)
class Printout:
    """What the printed page says."""

    title: Passage
    columns: tuple[Column, ...]
    rows: tuple[tuple[tuple[Text, ...], ...], ...]  # rows of cells (one per column) of texts
    findings_heading: str
    findings: tuple[str, ...]
    footer: str


def _banner_lines(
    article: Article, version: Version, findings: Sequence[Finding], status: ChecksStatus
) -> tuple[str, ...]:
    counts = count_by_kind(findings, confident_only=True)  # as the window's banner counts them
    doubtful = sum(not finding.confident for finding in findings)
    banner = banner_for(article, version, counts, status, doubtful=doubtful)
    lines = [banner.headline, banner.detail]
    if banner.notice:
        lines.append(notice_line(banner.notice))
    if banner.checks:
        lines.append(banner.checks)
    return tuple(line for line in lines if line)


def _text(version: Version, index: int, findings: Sequence[Finding]) -> Text:
    paragraph = version.paragraphs[index]
    marks = tuple(
        span for f in findings if f.paragraph == index for span in f.spans if span[0] < span[1]
    )
    return Text(Passage(paragraph.text, version.language, paragraph.direction), marks)


def _rows(
    versions: Sequence[Version],
    alignment: Alignment | None,
    findings: Mapping[VersionKey, Sequence[Finding]],
) -> tuple[tuple[tuple[Text, ...], ...], ...]:
    """One row per paragraph of a single version; one row per aligned group of two."""
    found = [findings.get(v.key, ()) for v in versions]
    if len(versions) == 1 or alignment is None:
        return tuple(
            tuple(
                tuple([_text(v, i, f)] if i < len(v.paragraphs) else [])
                for v, f in zip(versions, found, strict=True)
            )
            for i in range(max(len(v.paragraphs) for v in versions))
        )
    left, right = versions
    return tuple(
        (
            tuple(_text(left, i, found[0]) for i in bead.source),
            tuple(_text(right, j, found[1]) for j in bead.target),
        )
        for bead in alignment.beads
    )


def finding_line(version: Version, finding: Finding) -> str:
    """One finding in the printout's list: which version and paragraph, what was found, and
    the source text that shows it. File text is revealed, never obeyed."""
    fields = {
        "version": version.key,
        "paragraph": finding.paragraph,
        "kind": finding_name(finding.check),
        "message": finding.message,
        "evidence": finding.evidence,
    }
    if finding.paragraph is None:
        line = _("{version}: {kind}: {message} (source: \u201c{evidence}\u201d)")
    else:
        line = _(
            "{version}, paragraph {paragraph}: {kind}: {message} (source: \u201c{evidence}\u201d)"
        )
    return reveal(line.format(**fields))


def printout(
    article: Article,
    versions: Sequence[Version],
    alignment: Alignment | None,
    findings: Mapping[VersionKey, Sequence[Finding]],
    status: ChecksStatus,
    today: date,
) -> Printout:
    """The page for ``versions`` of ``article`` (one, or two side by side aligned by
    ``alignment``, whose source side is the first), with the fidelity ``findings`` of each
    version (``status``: where the checks stand)."""
    title = reveal(article.display_title or versions[-1].title)
    title_language = article.source_language if article.title else versions[-1].language
    columns = tuple(
        Column(
            label=_("{label} ({key})").format(label=version_label(v, article), key=str(v.key)),
            language=v.language,
            direction=paragraph_direction(v.title or v.text[:200], v.language),
            banner=_banner_lines(article, v, findings.get(v.key, ()), status),
        )
        for v in versions
    )
    listed = [finding_line(v, f) for v in versions for f in findings.get(v.key, ())]
    details = [origin_line(article, v) for v in versions]
    details += [
        _("{version} from {url}").format(version=v.key, url=reveal(url))
        for v in versions
        if (url := address_of(v))
    ]
    details.append(_("Printed by Reader on {today}").format(today=today.isoformat()))
    return Printout(
        title=Passage(title, title_language, paragraph_direction(title, title_language)),
        columns=columns,
        rows=_rows(versions, alignment, findings),
        findings_heading=ngettext(
            "{count} finding of the fidelity checks",
            "{count} findings of the fidelity checks",
            len(listed),
        ).format(count=len(listed))
        if listed
        else "",
        findings=tuple(listed),
        footer="\n".join(details),
    )


# -- HTML ---------------------------------------------------------------------------------------

_STYLE = """
body { font-size: 11pt; }
h1 { font-size: 17pt; margin-bottom: 6pt; }
table.text { border-collapse: collapse; }
td { vertical-align: top; padding: 4pt 8pt; }
td.banner { background-color: #f3f1ea; font-size: 9pt; }
td.banner p { margin: 0 0 3pt 0; }
tr.row td { border-top: 1px solid #dddddd; }
p { margin: 0 0 6pt 0; }
p.footer, li { font-size: 9pt; color: #444444; }
"""


def _marked(text: str, marks: Sequence[tuple[int, int]]) -> str:
    """``text`` escaped, its marked ranges in a highlighted span; bidi controls shown as markers
    (a file must not rearrange the page), the marks' offsets kept on the stored text."""
    edges = sorted({0, len(text), *(e for span in marks for e in span if 0 <= e <= len(text))})
    parts = []
    for a, b in pairwise(edges):
        piece = html.escape(reveal(text[a:b]))
        if any(s <= a and b <= e for s, e in marks):
            piece = f'<span style="background-color: {MARK}">{piece}</span>'
        parts.append(piece)
    return "".join(parts)


def _font_style(language: str, fonts: Mapping[str, Sequence[str]]) -> str:
    families = fonts.get(language)
    if not families:
        return ""
    names = ", ".join(f"'{html.escape(f, quote=True)}'" for f in families)
    return f' style="font-family: {names}, serif"'


def _paragraph(text: Text, fonts: Mapping[str, Sequence[str]]) -> str:
    p = text.passage
    return (
        f'<p dir="{p.direction.value}" lang="{html.escape(p.language)}"'
        f"{_font_style(p.language, fonts)}>{_marked(p.text, text.marks)}</p>"
    )


def printout_html(page: Printout, fonts: Mapping[str, Sequence[str]] | None = None) -> str:
    """The page as a complete HTML document; ``fonts`` names the font families to read each
    language in (by language code), best first."""
    fonts = fonts or {}
    width = f"{100 // len(page.columns)}%"
    title = page.title
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{html.escape(title.language)}">',
        '<head><meta charset="utf-8">',
        f"<title>{html.escape(title.text)}</title>",
        f"<style>{_STYLE}</style></head>",
        "<body>",
        f'<h1 dir="{title.direction.value}" lang="{html.escape(title.language)}"'
        f"{_font_style(title.language, fonts)}>{html.escape(title.text)}</h1>",
        '<table class="text" width="100%" cellspacing="0" cellpadding="5">',
        "<tr>",
    ]
    for column in page.columns:
        lines = "".join(f"<p>{html.escape(line)}</p>" for line in column.banner)
        out.append(
            f'<td class="banner" width="{width}"><p><strong>{html.escape(column.label)}'
            f"</strong></p>{lines}</td>"
        )
    out.append("</tr>")
    for row in page.rows:
        out.append('<tr class="row">')
        for column, cell in zip(page.columns, row, strict=True):
            body = "".join(_paragraph(text, fonts) for text in cell)
            out.append(
                f'<td dir="{column.direction.value}" lang="{html.escape(column.language)}"'
                f' width="{width}">{body}</td>'
            )
        out.append("</tr>")
    out.append("</table>")
    if page.findings:
        out.append(f"<h2>{html.escape(page.findings_heading)}</h2><ul>")
        out += [f"<li>{html.escape(line)}</li>" for line in page.findings]
        out.append("</ul>")
    footer = "<br>".join(html.escape(line) for line in page.footer.split("\n"))
    out += [f'<p class="footer">{footer}</p>', "</body>", "</html>"]
    return "\n".join(out) + "\n"
