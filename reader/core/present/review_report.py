"""The review report: the printout of a source and its translation (``printout``), with what the
review decided: under each translation paragraph its status and notes, the translation's banner
as the window shows it under review, the findings that stand, and those dismissed with their
reasons. It is what an editor files; written as HTML and PDF by the print and export path
(reader.ui.printing), the same as the page it extends.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from reader.core.align.aligner import Alignment
from reader.core.checks.model import Finding, count_by_kind
from reader.core.i18n import _, ngettext
from reader.core.model import Article, Direction, Version, VersionKey
from reader.core.present.banner import ChecksStatus, banner_for, notice_line
from reader.core.present.citation import Passage
from reader.core.present.printout import Printout, Text, finding_line, printout
from reader.core.present.review import (
    dismissed_line,
    note_line,
    progress_line,
    reviewed_banner,
    status_name,
)
from reader.core.review.model import Dismissal, VersionReview, progress, split_findings


def _remarks(review: VersionReview, version: Version, index: int, language: str) -> list[Text]:
    """What the review says of translation paragraph ``index``: its status, then its notes."""
    text = version.paragraphs[index].text
    lines = [_("Status: {status}").format(status=status_name(review.status(index, text)))]
    lines += [note_line(note) for note in review.notes.get(index, ())]
    return [Text(Passage(line, language, Direction.LTR)) for line in lines]


def _banner_lines(
    article: Article,
    version: Version,
    review: VersionReview,
    standing: Sequence[Finding],
    dismissed: int,
    status: ChecksStatus,
) -> tuple[str, ...]:
    counts = count_by_kind(standing, confident_only=True)
    doubtful = sum(not finding.confident for finding in standing)
    banner = banner_for(article, version, counts, status, doubtful=doubtful)
    banner = reviewed_banner(banner, article, version, review, dismissed)
    lines = [banner.headline, banner.detail]
    if banner.notice:
        lines.append(notice_line(banner.notice))
    lines.append(banner.checks)
    return tuple(line for line in lines if line)


def _split(
    article: Article,
    versions: Sequence[Version],
    findings: Mapping[VersionKey, Sequence[Finding]],
    review: VersionReview,
) -> tuple[list[Finding], list[tuple[Finding, Dismissal]]]:
    """The translation's findings that stand, and those dismissed."""
    target = versions[-1]
    source = versions[0] if len(versions) > 1 else article.source
    sources = [p.text for p in source.paragraphs] if source is not None else []
    targets = [p.text for p in target.paragraphs]
    return split_findings(review, findings.get(target.key, ()), targets, sources)


def review_report(
    article: Article,
    versions: Sequence[Version],
    alignment: Alignment | None,
    findings: Mapping[VersionKey, Sequence[Finding]],
    review: VersionReview,
    status: ChecksStatus,
    today: date,
) -> Printout:
    """The review report of the translation (the last of ``versions``): the printout with the
    findings that stand marked, extended by ``review_printout``."""
    standing, _dismissed = _split(article, versions, findings, review)
    marked = {**findings, versions[-1].key: standing}
    page = printout(article, versions, alignment, marked, status, today)
    return review_printout(page, article, versions, alignment, findings, review, status)


def review_printout(
    page: Printout,
    article: Article,
    versions: Sequence[Version],
    alignment: Alignment | None,
    findings: Mapping[VersionKey, Sequence[Finding]],
    review: VersionReview,
    status: ChecksStatus,
    language: str = "en",
) -> Printout:
    """``page`` (the printout of ``versions``, the translation last) as the review report of
    the translation; ``language`` is that of the report's own words."""
    target = versions[-1]
    targets = [p.text for p in target.paragraphs]
    standing, dismissed = _split(article, versions, findings, review)
    # The rows' translation cells, with the paragraphs each holds, as ``printout`` built them.
    indexes: list[tuple[int, ...]]
    if len(versions) == 2 and alignment is not None:
        indexes = [bead.target for bead in alignment.beads]
    else:
        indexes = [(i,) if i < len(targets) else () for i in range(len(page.rows))]
    rows = []
    for row, held in zip(page.rows, indexes, strict=True):
        *others, cell = row
        texts: list[Text] = []
        for text, index in zip(cell, held, strict=True):
            texts += [text, *_remarks(review, target, index, language)]
        rows.append((*others, tuple(texts)))
    columns = list(page.columns)
    columns[-1] = replace(
        columns[-1],
        banner=_banner_lines(article, target, review, standing, len(dismissed), status),
    )
    listed = [finding_line(target, f) for f in standing]
    listed += [dismissed_line(d) for _finding, d in dismissed]
    heading = ngettext(
        "{count} finding of the fidelity checks",
        "{count} findings of the fidelity checks",
        len(listed),
    ).format(count=len(listed))
    title = _("Review of {version}: {progress}").format(
        version=target.key, progress=progress_line(progress(review, targets))
    )
    return replace(
        page,
        columns=tuple(columns),
        rows=tuple(rows),
        findings_heading=heading if listed else "",
        findings=tuple(listed),
        footer="\n".join([title, page.footer]),
    )
