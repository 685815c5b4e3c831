"""Text from the clipboard as a new version of an article: *Edit › Paste as New Version*.

The clipboard holds plain text, or HTML and plain text (what a browser puts there). HTML is
preferred, because its markup says where paragraphs end; it is reduced to text here by walking
the parsed tree: nothing is rendered, run or loaded (no scripts, styles, images or frames; their
text is dropped), block elements end paragraphs, ``<br>`` ends a line. What the user selected is
what they get: a fragment is not a page, so no boilerplate is removed (that is what importing a
page does). The HTML is kept beside the text when the version is saved, as evidence.

The language is detected from the text, never guessed when the text does not decide; the origin
is defaulted (``pasted_origin``), with the reason, for the window to say.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from lxml import etree

from reader.core.errors import ReaderError
from reader.core.i18n import _
from reader.core.ingest.loading import load_folder, read_manifest
from reader.core.ingest.parsing import parse_text, split_blocks
from reader.core.model import Article, Origin, Provenance, Version, VersionKey
from reader.core.text.languages import detect_language
from reader.core.web.discovery import parse_html
from reader.core.web.extraction import collapse
from reader.core.web.folders import NewVersion, add_versions

# Below this, a detection is a guess (a few words of Malay read as Indonesian, say): ask,
# unless the article already has the language guessed and the guess is at least LIKELY.
CLEAR_CONFIDENCE = 0.75
LIKELY_CONFIDENCE = 0.45

# Elements whose content is never text of the article: code, styling, embedded media, forms.
_DROPPED = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "title",
        "iframe",
        "frame",
        "object",
        "embed",
        "svg",
        "math",
        "canvas",
        "video",
        "audio",
        "img",
        "picture",
        "map",
        "select",
        "button",
        "input",
        "textarea",
    }
)
# Elements that stand as blocks of their own: each ends the paragraph before it.
_BLOCKS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "aside",
        "header",
        "footer",
        "main",
        "nav",
        "blockquote",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "pre",
        "table",
        "tr",
        "figure",
        "figcaption",
        "address",
        "hr",
        "form",
        "fieldset",
        "details",
        "summary",
        "caption",
        "center",
    }
)
_CELLS = frozenset({"td", "th"})
_BREAK = "\n"


@dataclass(frozen=True)
class Clipping:
    """Pasted text in Reader's version format (paragraphs separated by blank lines), and the
    HTML it was reduced from, if it came as HTML."""

    text: str
    html: str | None = None


def html_to_text(markup: str) -> str:
    """The text of an HTML fragment or page as paragraphs separated by blank lines."""
    if not markup.strip():
        return ""
    try:
        root = parse_html(markup)
    except (etree.ParserError, ValueError):  # only comments, say: lxml finds no document
        return ""
    paragraphs: list[str] = []
    pieces: list[str] = []
    preformatted = 0

    def end_paragraph() -> None:
        # An empty line (<br><br>) is kept: it parts paragraphs below.
        text = _BREAK.join(collapse(line) for line in "".join(pieces).split(_BREAK)).strip()
        if text:
            paragraphs.append(text)
        pieces.clear()

    def add(text: str | None) -> None:
        if text:
            # Inside <pre> a line break is a line break; elsewhere it is a space.
            pieces.append(text if preformatted else text.replace("\n", " "))

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag if isinstance(element.tag, str) else None  # comments: no tag name
        if event == "start":
            if tag in _DROPPED:
                walker.skip_subtree()
            elif tag == "br":
                pieces.append(_BREAK)
            elif tag is not None:
                if tag in _BLOCKS:
                    end_paragraph()
                preformatted += tag == "pre"
                add(element.text)
            continue
        if tag in _BLOCKS:
            end_paragraph()
        elif tag in _CELLS:
            pieces.append(" ")
        preformatted -= tag == "pre"
        add(element.tail)
    end_paragraph()
    # Two line breaks in a row (<br><br>) part paragraphs too.
    return "\n\n".join(split_blocks("\n\n".join(paragraphs)))


def plain_to_text(text: str) -> str:
    """Plain text as paragraphs separated by blank lines: as it is where it has blank lines,
    else one paragraph a line (a word processor's copy ends paragraphs with one line break)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = split_blocks(text)
    if len(blocks) == 1 and "\n" in blocks[0]:
        blocks = [line.strip() for line in blocks[0].split("\n") if line.strip()]
    return "\n\n".join(block.strip() for block in blocks)


def clipping(html: str | None, text: str | None) -> Clipping:
    """What the clipboard offers, as text: its HTML reduced, else its plain text; refused with a
    ReaderError when neither holds any text."""
    if html:
        reduced = html_to_text(html)
        if reduced:
            return Clipping(reduced, html)
    plain = plain_to_text(text or "")
    if not plain:
        raise ReaderError(_("The clipboard holds no text to paste."))
    return Clipping(plain)


def pasted_language(text: str, known: Collection[str] = ()) -> tuple[str | None, bool]:
    """The language of pasted text, best guess first, and whether the text decides it: the
    detector is sure, or fairly sure of a language the article already has (Indonesian text
    pasted into an Indonesian article, which a detector may also read as Malay)."""
    detection = detect_language(text)
    if detection.code is None:
        return None, False
    sure = detection.confidence >= CLEAR_CONFIDENCE
    likely = detection.confidence >= LIKELY_CONFIDENCE and detection.code in known
    return detection.code, sure or likely


class OriginReason(StrEnum):
    """Why a pasted version was given the origin it has."""

    AUTHORITATIVE = "authoritative"  # in the article's source language: original
    UNRECORDED = "unrecorded"  # nothing says who translated it: unknown (the banner warns)


def pasted_origin(article: Article, language: str) -> tuple[Origin, OriginReason]:
    """The origin of text pasted in ``language`` into ``article``: the source language's text
    is taken as original; any other as of unknown origin, so that the banner warns that it
    may be machine-generated rather than vouching for a translator nobody named."""
    if language == article.source_language:
        return Origin.ORIGINAL, OriginReason.AUTHORITATIVE
    return Origin.UNKNOWN, OriginReason.UNRECORDED


def _now() -> str:
    """Now, UTC, as RFC 3339 (when the text was pasted; fetching stamps its pages the same way)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def next_revision(article: Article, language: str) -> int:
    return 1 + max((v.revision for v in article.revisions(language)), default=0)


def pasted_version(
    article: Article, text: str, language: str, origin: Origin, remarks: tuple[str, ...] = ()
) -> Version:
    """``text`` as the next revision of ``language`` in ``article``, held in memory."""
    parsed = parse_text(text, language)
    if not parsed.paragraphs:
        raise ReaderError(_("The clipboard holds no text to paste."))
    return Version(
        language=language,
        origin=origin,
        paragraphs=parsed.paragraphs,
        revision=next_revision(article, language),
        notice=parsed.notice,
        dropped=parsed.dropped,
        remarks=remarks,
    )


def with_version(article: Article, version: Version) -> Article:
    return dataclasses.replace(article, versions=(*article.versions, version))


def save_pasted(folder: Path, pasted: Clipping, language: str, origin: Origin) -> VersionKey:
    """Add ``pasted`` to the article folder ``folder`` as the next revision of ``language``: a
    new text file (and its HTML, compressed, under ``raw/``) and a manifest entry; nothing is
    overwritten, and the manifest is replaced in one step (``add_versions``)."""
    article = load_folder(folder)
    revision = next_revision(article, language)
    new = NewVersion(
        language=language,
        origin=origin.value,
        text=pasted.text.rstrip("\n") + "\n",
        raw=pasted.html.encode("utf-8") if pasted.html is not None else None,
        raw_suffix="html",
        provenance=Provenance(retrieved=_now()),
        revision=revision,
    )
    add_versions(folder, read_manifest(folder), [new])
    return VersionKey(language, revision)
