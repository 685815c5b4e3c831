"""What the accuracy banner says about the version on screen: a plain value, no Qt.

The banner widget renders this value and nothing else, so every word of it is decided (and
tested) here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from reader.core.model import Article, Origin, Version
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
    findings: tuple[tuple[str, int], ...] = ()
    # The fidelity checks' line: under way, what they found, or that they failed. Empty where
    # no checks apply (the source itself, another revision in its language, no source at hand).
    checks: str = ""


# How the banner names each kind of finding: (one, many).
FINDING_NAMES = {
    "number-mismatch": (
        "number that differs from the source",
        "numbers that differ from the source",
    ),
    "untranslated": ("untranslated word", "untranslated words"),
    "missing-paragraph": ("missing paragraph", "missing paragraphs"),
    "extra-paragraph": ("paragraph not in the source", "paragraphs not in the source"),
    "repetition": ("repeated phrase", "repeated phrases"),
    "length-ratio": ("paragraph of unusual length", "paragraphs of unusual length"),
    "bidi-control": ("hidden bidi control", "hidden bidi controls"),
    "cross-version": (
        "disagreement with the other versions",
        "disagreements with the other versions",
    ),
    "added-name": ("name the source does not have", "names the source does not have"),
}


def finding_name(kind: str, count: int = 1) -> str:
    """``kind`` in words, e.g. ("untranslated", 2) → "untranslated words"."""
    one, many = FINDING_NAMES.get(kind, (kind.replace("-", " "), kind.replace("-", " ")))
    return one if count == 1 else many


def findings_summary(findings: Sequence[tuple[str, int]]) -> str:
    """The banner's count line: "Checks against the source found 3 possible problems: ..."."""
    total = sum(count for _, count in findings)
    if not total:
        return ""
    parts = ", ".join(f"{count} {finding_name(kind, count)}" for kind, count in findings if count)
    problems = "possible problem" if total == 1 else "possible problems"
    return f"Checks against the source found {total} {problems}: {parts}."


def checks_line(
    findings: Sequence[tuple[str, int]], status: ChecksStatus, source_language: str
) -> str:
    """The banner's line about the fidelity checks of a translation."""
    source = language_name(source_language)
    if status is ChecksStatus.RUNNING:
        return f"Checking this version against the {source} source\u2026"
    if status is ChecksStatus.FAILED:
        return f"The checks against the {source} source could not run."
    return findings_summary(findings) or "Checks against the source flagged nothing."


def _of_version(version: Version, article: Article) -> str:
    name = language_name(version.language)
    if len(article.revisions(version.language)) > 1:
        return f"This {name} version (revision {version.revision})"
    return f"This {name} version"


def banner_for(
    article: Article,
    version: Version,
    findings: Sequence[tuple[str, int]] = (),
    checks: ChecksStatus = ChecksStatus.DONE,
) -> Banner:
    """The banner for ``version`` of ``article``, with ``findings`` counted by kind and the
    checks' ``status``. Checks apply to every version in another language than the source's,
    when the article has its source (``reader.core.checks.run.check_article``)."""
    source = language_name(article.source_language)
    has_source = article.source is not None and article.source is not version
    checked = has_source and version.language != article.source_language
    line = checks_line(findings, checks, article.source_language) if checked else ""
    action = BannerAction(SHOW_SOURCE, f"Show the {source} source") if has_source else None
    subject = _of_version(version, article)
    original_note = (
        f" {source} is the authoritative language; check names, numbers and quotations against it."
        if has_source
        else f" {source} is the authoritative language, but that version is not in this article."
    )

    if version.language == article.source_language and version.origin is Origin.ORIGINAL:
        return Banner(
            level=BannerLevel.SOURCE,
            headline=f"Original: {source} is the authoritative version of this article",
            detail="The other versions are translations of this text.",
            source_language=article.source_language,
        )
    if version.origin is Origin.MACHINE:
        notice = version.notice.text if version.notice else article.notice
        return Banner(
            level=BannerLevel.MACHINE,
            headline=f"Machine translation from {source}: it may be inaccurate",
            detail=f"{subject} was generated automatically from the {source} original and has "
            "not been checked by a person." + original_note,
            source_language=article.source_language,
            notice=notice,
            action=action,
            findings=tuple(findings),
            checks=line,
        )
    if version.origin is Origin.UNKNOWN:
        return Banner(
            level=BannerLevel.UNVERIFIED,
            headline="Translation of unrecorded origin: it may be machine-generated",
            detail=f"Nothing says who translated {subject[0].lower()}{subject[1:]}."
            + original_note,
            source_language=article.source_language,
            notice=version.notice.text if version.notice else None,
            action=action,
            findings=tuple(findings),
            checks=line,
        )
    who = {
        Origin.POST_EDITED: (
            "Post-edited translation",
            "is a machine translation corrected by a person",
        ),
        Origin.HUMAN: ("Human translation", "was translated by a person"),
        Origin.ORIGINAL: ("Original text", "is marked as an original text"),
    }[version.origin]
    return Banner(
        level=BannerLevel.REVIEWED,
        headline=f"{who[0]} from {source}",
        detail=f"{subject} {who[1]}." + original_note,
        source_language=article.source_language,
        action=action,
        findings=tuple(findings),
        checks=line,
    )
