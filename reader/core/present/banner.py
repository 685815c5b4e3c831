"""What the accuracy banner says about the version on screen: a plain value, no Qt.

The banner widget renders this value and nothing else, so every word of it is decided (and
tested) here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from reader.core.checks.model import FindingKind
from reader.core.i18n import _, sentences
from reader.core.model import Article, Origin, Version
from reader.core.present.findings import alone_summary, findings_summary
from reader.core.text.bidi_controls import reveal
from reader.core.text.languages import language_name

SHOW_SOURCE = "show-source"


class BannerLevel(StrEnum):
    """How loudly the banner speaks: a warning for machine output, information otherwise."""

    MACHINE = "machine"
    UNVERIFIED = "unverified"
    REVIEWED = "reviewed"
    SOURCE = "source"

    @property
    def is_warning(self) -> bool:
        return self in (BannerLevel.MACHINE, BannerLevel.UNVERIFIED)


class ChecksStatus(StrEnum):
    """Where the fidelity checks of the article stand."""

    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


@dataclass(frozen=True)
class BannerAction:
    """A button on the banner: ``id`` names what it does, ``label`` is its text."""

    id: str
    label: str


@dataclass(frozen=True)
class Banner:
    """Everything the banner shows for one version."""

    level: BannerLevel
    headline: str
    detail: str
    source_language: str
    notice: str | None = None
    action: BannerAction | None = None
    findings: tuple[tuple[FindingKind, int], ...] = ()  # the confident ones, by kind
    doubtful: int = 0  # findings listed as worth a look, not counted
    # The fidelity checks' line: under way, what they found, or that they failed. Empty where
    # no checks apply (the source itself, another revision in its language, no source at hand).
    checks: str = ""


def checks_line(
    findings: Sequence[tuple[FindingKind, int]],
    status: ChecksStatus,
    source_language: str,
    doubtful: int = 0,
) -> str:
    """The banner's line about the fidelity checks of a translation."""
    source = language_name(source_language)
    if status is ChecksStatus.RUNNING:
        return _("Checking this version against the {source} source\u2026").format(source=source)
    if status is ChecksStatus.FAILED:
        return _("The checks against the {source} source could not run.").format(source=source)
    return findings_summary(findings, doubtful) or _("Checks against the source flagged nothing.")


def notice_line(notice: str) -> str:
    """The banner's line that quotes the publisher's own notice, verbatim; the notice is the
    file's text, so its bidi controls are shown, never obeyed."""
    return _("Publisher's notice: \u201c{notice}\u201d").format(notice=reveal(notice))


def version_name(version: Version, article: Article) -> str:
    """The version as a sentence names it: "Arabic version", or "Arabic version (revision 2)"
    where the article holds several revisions of that language."""
    language = language_name(version.language)
    if len(article.revisions(version.language)) > 1:
        return _("{language} version (revision {revision})").format(
            language=language, revision=version.revision
        )
    return _("{language} version").format(language=language)


def _authority_note(source: str, has_source: bool) -> str:
    if has_source:
        return _(
            "{source} is the authoritative language; check names, numbers and quotations "
            "against it."
        ).format(source=source)
    return _(
        "{source} is the authoritative language, but that version is not in this article."
    ).format(source=source)


def _evidence(article: Article) -> str:
    """Why the source is the source, where the article recorded it (an import from the web)."""
    if not article.source_evidence:
        return ""
    from reader.core.present.provenance import evidence_sentence  # only web articles have it

    return evidence_sentence(article)


def banner_for(
    article: Article,
    version: Version,
    findings: Sequence[tuple[FindingKind, int]] = (),
    checks: ChecksStatus = ChecksStatus.DONE,
    source_beside: bool = False,
    doubtful: int = 0,
    alone: bool = False,
) -> Banner:
    """The banner for ``version`` of ``article``, with the confident ``findings`` counted by
    kind, ``doubtful`` more listed as worth a look, and the checks' ``status``. Checks apply to
    every version in another language than the source's, when the article has its source
    (``reader.core.checks.run.check_article``); ``alone`` says the checks that need no source
    ran on a translation without it (``check_alone``). The banner offers to show the source
    unless it is already ``source_beside`` the version."""
    source = language_name(article.source_language)
    has_source = article.source is not None and article.source is not version
    checked = has_source and version.language != article.source_language
    line = checks_line(findings, checks, article.source_language, doubtful) if checked else ""
    if alone and not has_source and version.language != article.source_language:
        line = alone_summary(findings, doubtful, source)  # the checks of a lone file ran
    action = (
        BannerAction(SHOW_SOURCE, _("Show the {source} source").format(source=source))
        if has_source and not source_beside
        else None
    )
    name = version_name(version, article)
    authority = _authority_note(source, has_source)

    if version.language == article.source_language and version.origin is Origin.ORIGINAL:
        return Banner(
            level=BannerLevel.SOURCE,
            headline=_("Original: {source} is the authoritative version of this article").format(
                source=source
            ),
            detail=sentences(
                _("The other versions are translations of this text."), _evidence(article)
            ),
            source_language=article.source_language,
        )
    if version.origin is Origin.MACHINE:
        notice = version.notice.text if version.notice else article.notice
        return Banner(
            level=BannerLevel.MACHINE,
            headline=_("Machine translation from {source}: it may be inaccurate").format(
                source=source
            ),
            detail=sentences(
                _(
                    "This {version} was generated automatically from the {source} original and "
                    "has not been checked by a person."
                ).format(version=name, source=source),
                authority,
            ),
            source_language=article.source_language,
            notice=notice,
            action=action,
            findings=tuple(findings),
            doubtful=doubtful,
            checks=line,
        )
    if version.origin is Origin.UNKNOWN:
        return Banner(
            level=BannerLevel.UNVERIFIED,
            headline=_("Translation of unrecorded origin: it may be machine-generated"),
            detail=sentences(
                _("Nothing says who translated this {version}.").format(version=name), authority
            ),
            source_language=article.source_language,
            notice=version.notice.text if version.notice else None,
            action=action,
            findings=tuple(findings),
            doubtful=doubtful,
            checks=line,
        )
    headline, detail = {
        Origin.POST_EDITED: (
            _("Post-edited translation from {source}"),
            _("This {version} is a machine translation corrected by a person."),
        ),
        Origin.HUMAN: (
            _("Human translation from {source}"),
            _("This {version} was translated by a person."),
        ),
        Origin.ORIGINAL: (
            _("Original text from {source}"),
            _("This {version} is marked as an original text."),
        ),
    }[version.origin]
    return Banner(
        level=BannerLevel.REVIEWED,
        headline=headline.format(source=source),
        detail=sentences(detail.format(version=name), authority),
        source_language=article.source_language,
        action=action,
        findings=tuple(findings),
        doubtful=doubtful,
        checks=line,
    )
