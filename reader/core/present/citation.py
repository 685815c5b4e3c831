"""Copy with Source: a quotation of a translation, ready to cite, as plain text and as HTML.

The quotation carries the selected translated text, the source paragraphs the aligner matched
to it, the article's title and address, the language and who produced it in words, the date,
the publisher's notice, and a warning when a fidelity finding falls inside the selection.

The HTML gives every paragraph its own ``dir`` and ``lang``, so that an Arabic quote pastes
right-to-left into a word processor (LibreOffice, Word and Google Docs read ``dir``; CSS
``direction`` and ``dir="auto"`` are not read everywhere, Qt's rich text among them). All text
from the article is escaped: a file never puts markup on the clipboard.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from reader.core.checks.model import Finding
from reader.core.i18n import _, listing, ngettext
from reader.core.model import Article, Direction, Origin, Version
from reader.core.present.banner import notice_line
from reader.core.present.findings import finding_name
from reader.core.text.bidi_controls import reveal
from reader.core.text.direction import paragraph_direction
from reader.core.text.languages import language_name


@dataclass(frozen=True)
class Passage:
    """A paragraph of quoted text: what it says, its language and its direction."""

    text: str
    language: str
    direction: Direction


@dataclass(frozen=True)
class Citation:
    """Everything Copy with Source puts on the clipboard, in words, before its formatting."""

    quote: tuple[Passage, ...]
    source_heading: str  # "Indonesian source:", or "" when there is no source to quote
    source: tuple[Passage, ...]
    warning: str  # "" when no finding falls inside the selection
    title: Passage | None
    details: tuple[str, ...]  # address, language and origin, date, publisher's notice


def origin_line(article: Article, version: Version) -> str:
    """A version's language and who produced it, in words: "Arabic: machine translation from
    Indonesian, not checked by a person"."""
    language = language_name(version.language)
    source = language_name(article.source_language)
    if version.language == article.source_language and version.origin is Origin.ORIGINAL:
        return _("{language}: the original text").format(language=language)
    sentence = {
        Origin.MACHINE: _("{language}: machine translation from {source}, not checked by a person"),
        Origin.POST_EDITED: _(
            "{language}: machine translation from {source}, corrected by a person"
        ),
        Origin.HUMAN: _("{language}: translated from {source} by a person"),
        Origin.ORIGINAL: _("{language}: marked as an original text"),
        Origin.UNKNOWN: _(
            "{language}: translation from {source}; nothing says who or what translated it"
        ),
    }[version.origin]
    return sentence.format(language=language, source=source)


def date_line(version: Version, today: date) -> str:
    """When the text was taken: the page's retrieval date where it came from the web, and the
    day it was copied (ISO 8601 dates, read alike in every language)."""
    retrieved = version.provenance.retrieved if version.provenance else None
    if retrieved:
        return _("Retrieved {retrieved}, copied {today}").format(
            retrieved=retrieved[:10], today=today.isoformat()
        )
    return _("Copied {today}").format(today=today.isoformat())


def address_of(version: Version) -> str | None:
    """The web address a version was taken from (after redirects), if any."""
    provenance = version.provenance
    if provenance is None:
        return None
    return provenance.final_url or provenance.url


def findings_warning(findings: Sequence[Finding]) -> str:
    """The warning line for findings inside a quotation, naming their kinds."""
    if not findings:
        return ""
    kinds = listing(list(dict.fromkeys(finding_name(f.check) for f in findings)))
    return ngettext(
        "Warning: the fidelity checks flagged {count} problem in this passage ({kinds}); "
        "check it against the source before quoting it.",
        "Warning: the fidelity checks flagged {count} problems in this passage ({kinds}); "
        "check it against the source before quoting it.",
        len(findings),
    ).format(count=len(findings), kinds=kinds)


def nothing_selected() -> str:
    """What the status bar says when Copy with Source has no selection to copy."""
    return _("Select the text to quote first, then copy it with its source.")


def copied(count: int) -> str:
    """What the status bar says once a quotation is on the clipboard."""
    return ngettext(
        "Copied the passage with {count} source paragraph.",
        "Copied the passage with {count} source paragraphs.",
        count,
    ).format(count=count)


def _passage(text: str, language: str) -> Passage:
    text = reveal(text)
    return Passage(text, language, paragraph_direction(text, language))


def citation(
    article: Article,
    version: Version,
    selected: Sequence[tuple[int, str]],
    source_paragraphs: Iterable[int],
    findings: Sequence[Finding],
    today: date,
) -> Citation:
    """The quotation of ``selected`` ((paragraph index, selected text) of ``version``) with
    the ``source_paragraphs`` aligned to it and the ``findings`` that fall inside it."""
    quote = tuple(
        Passage(text, version.language, version.paragraphs[index].direction)
        for index, text in selected
        if text.strip()
    )
    source = article.source if article.source is not version else None
    passages: tuple[Passage, ...] = ()
    heading = ""
    if source is not None:
        passages = tuple(
            _passage(source.paragraphs[i].text, source.language)
            for i in sorted(set(source_paragraphs))
            if 0 <= i < len(source.paragraphs)
        )
        if passages:
            heading = _("{language} source:").format(language=language_name(source.language))
    title = version.title or article.display_title
    address = address_of(version)
    notice = version.notice.text if version.notice else article.notice
    details = [
        _("Address: {url}").format(url=reveal(address)) if address else "",
        origin_line(article, version),
        date_line(version, today),
        notice_line(notice) if notice else "",
    ]
    return Citation(
        quote=quote,
        source_heading=heading,
        source=passages,
        warning=findings_warning(findings),
        title=_passage(title, version.language) if title else None,
        details=tuple(d for d in details if d),
    )


def citation_text(quotation: Citation) -> str:
    """The quotation as plain text: paragraphs apart by blank lines, the text exactly as shown."""
    blocks = ["\n\n".join(p.text for p in quotation.quote)]
    if quotation.warning:
        blocks.append(quotation.warning)
    if quotation.source:
        blocks.append("\n\n".join([quotation.source_heading, *(p.text for p in quotation.source)]))
    about = ([quotation.title.text] if quotation.title else []) + list(quotation.details)
    blocks.append("\n".join(about))
    return "\n\n".join(blocks) + "\n"


def passage_html(passage: Passage, element: str = "p", extra: str = "") -> str:
    """One paragraph of article text as HTML, escaped, with its own ``dir`` and ``lang``."""
    return (
        f'<{element} dir="{passage.direction.value}" lang="{html.escape(passage.language)}"'
        f"{extra}>{html.escape(passage.text)}</{element}>"
    )


def citation_html(quotation: Citation) -> str:
    """The quotation as an HTML fragment for the clipboard: every paragraph with its direction
    and language; the article's text escaped."""
    parts = ['<meta charset="utf-8">', "<blockquote>"]
    parts += [passage_html(p) for p in quotation.quote]
    parts.append("</blockquote>")
    if quotation.warning:
        parts.append(f"<p><strong>{html.escape(quotation.warning)}</strong></p>")
    if quotation.source:
        parts.append(f"<p><em>{html.escape(quotation.source_heading)}</em></p>")
        parts.append("<blockquote>")
        parts += [passage_html(p) for p in quotation.source]
        parts.append("</blockquote>")
    if quotation.title:
        parts.append(passage_html(quotation.title, extra=' style="font-weight: bold"'))
    parts += [f"<p>{html.escape(line)}</p>" for line in quotation.details]
    return "\n".join(parts) + "\n"
