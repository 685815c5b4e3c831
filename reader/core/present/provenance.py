"""Where an article from the web came from, in words: the evidence for its source language (the
source banner's detail, the notes) and the addresses on its page that were not imported.

Light on purpose (the banner asks it for every article that carries evidence): nothing of the
web code is loaded here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from reader.core.i18n import N_, _, listing, sentences
from reader.core.model import Article, SourceEvidence
from reader.core.text.bidi_controls import reveal
from reader.core.text.languages import language_name

if TYPE_CHECKING:
    from reader.core.web.outcomes import Skipped

MAX_NOTE_QUOTE = 100  # characters of a notice quoted in a note (the banner quotes it whole)

_EVIDENCE = {
    "notice": N_("the publisher's notice"),
    "x-default": N_("the site's x-default language link"),
    "canonical": N_("a translation's canonical link"),
    "page": N_("the page asked for"),
}


def evidence_sentence(article: Article) -> str:
    """Why the article's source language is what it is, in one or two sentences (empty when
    nothing was recorded: a folder made by hand, loose files)."""
    agreeing = _kinds(e for e in article.source_evidence if e.language == article.source_language)
    others = [e for e in article.source_evidence if e.language != article.source_language]
    source = language_name(article.source_language)
    if agreeing == ["page"]:
        sentence = _(
            "Nothing on the pages names the authoritative language: Reader took that of the "
            "page asked for, {language}."
        ).format(language=source)
    elif agreeing:
        phrases = [_(_EVIDENCE[k]) for k in agreeing if k in _EVIDENCE and k != "page"]
        sentence = _("{language} is the source according to {evidence}.").format(
            language=source, evidence=listing(phrases)
        )
    else:
        return ""
    contrary = [
        _("But {evidence} names {language}.").format(
            evidence=_(_EVIDENCE[e.kind]), language=language_name(e.language)
        )
        for e in others
        if e.kind in _EVIDENCE
    ]
    return sentences(sentence, *contrary)


def evidence_notes(evidence: Sequence[SourceEvidence]) -> list[str]:
    """Each piece of evidence for the source language, with what was seen, for the notes."""
    notes = []
    for item in evidence:
        language = language_name(item.language)
        detail = reveal(_shortened(item.detail))
        if item.kind == "notice":
            note = _(
                "Source language {language}, from the publisher's notice: \u201c{notice}\u201d"
            )
            notes.append(note.format(language=language, notice=detail))
        elif item.kind == "x-default":
            note = _("Source language {language}, from the site's x-default link to {address}")
            notes.append(note.format(language=language, address=detail))
        elif item.kind == "canonical":
            note = _("Source language {language}, from a canonical link: {detail}")
            notes.append(note.format(language=language, detail=detail))
        else:
            note = _(
                "Source language {language}, that of the page asked for ({detail}): nothing on "
                "the pages names another"
            )
            notes.append(note.format(language=language, detail=detail))
    return notes


def skipped_notes(skipped: Sequence[Skipped]) -> list[str]:
    """The addresses found on the page and not imported, each with the reason."""
    return [
        _("Not imported: {address} ({reason})").format(
            address=reveal(s.url), reason=reveal(s.reason)
        )
        for s in skipped
    ]


def _kinds(evidence: Iterable[SourceEvidence]) -> list[str]:
    kinds: list[str] = []
    for item in evidence:
        if item.kind not in kinds:
            kinds.append(item.kind)
    return kinds


def _shortened(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_NOTE_QUOTE else text[: MAX_NOTE_QUOTE - 1].rstrip() + "\u2026"
