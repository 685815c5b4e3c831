"""Every sentence about a review: progress, approval, statuses, notes, dismissals, the review
file kept aside, what ``reader apply`` made. Composed whole, through ``_`` and ``ngettext``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader.core.checks.model import FindingKind
from reader.core.i18n import N_, _, listing, ngettext, sentences
from reader.core.model import Article, Origin, Version
from reader.core.present.banner import Banner, BannerLevel
from reader.core.present.findings import finding_name
from reader.core.review.merge import Clash
from reader.core.review.model import (
    Approval,
    Dismissal,
    Note,
    Progress,
    Status,
    VersionReview,
    approval,
    progress,
)
from reader.core.review.store import FILE_NAME, Aside, SetAside
from reader.core.text.languages import language_name

_STATUS = {
    Status.UNREVIEWED: N_("unreviewed"),
    Status.APPROVED: N_("approved"),
    Status.NEEDS_WORK: N_("needs work"),
}


def status_name(status: Status) -> str:
    """A status as the window and the terminal name it."""
    return _(_STATUS[status])


def heading_line(name: str, key: str) -> str:
    """The version a review is of: "Arabic version (ar@1)"."""
    return _("{version} ({key})").format(version=name, key=key)


def progress_line(progress: Progress) -> str:
    """ "Reviewed 12 of 20 paragraphs. 2 need work.": two whole sentences, each with its own
    count (each decides its own plural form)."""
    reviewed = ngettext(
        "Reviewed {reviewed} of {total} paragraph.",
        "Reviewed {reviewed} of {total} paragraphs.",
        progress.total,
    ).format(reviewed=progress.reviewed, total=progress.total)
    if not progress.needs_work:
        return reviewed
    needing = ngettext("{count} needs work.", "{count} need work.", progress.needs_work)
    return sentences(reviewed, needing.format(count=progress.needs_work))


def when(at: str) -> str:
    """An RFC 3339 time from the review file as the reader sees it: date and minute, UTC."""
    date, _sep, time = at.partition("T")
    if not time:
        return at
    return _("{date} {time} UTC").format(date=date, time=time[:5])


def approval_line(approval: Approval) -> str:
    """A version approved throughout, naming who and when."""
    if approval.by:
        return _("Approved throughout by {names}, last on {when}.").format(
            names=listing(list(approval.by)), when=when(approval.at)
        )
    return _("Approved throughout, last on {when}.").format(when=when(approval.at))


def note_line(note: Note) -> str:
    if note.author:
        return _("{author}, {when}: {text}").format(
            author=note.author, when=when(note.at), text=note.text
        )
    return _("{when}: {text}").format(when=when(note.at), text=note.text)


def paragraph_line(paragraph: int, status: Status) -> str:
    return _("Paragraph {number}: {status}").format(number=paragraph, status=status_name(status))


def dismissed_line(dismissal: Dismissal) -> str:
    """A dismissed finding with its reason."""
    try:
        kind = finding_name(FindingKind(dismissal.key.check))
    except ValueError:
        kind = dismissal.key.check
    paragraph = dismissal.key.paragraph
    if paragraph is None:
        paragraph = dismissal.key.source_paragraph
    return _("Dismissed: {kind} in paragraph {number} ({reason})").format(
        kind=kind, number=paragraph, reason=dismissal.reason
    )


def set_aside_line(aside: SetAside) -> str:
    """The review file that could not be read, and where it was kept."""
    if aside.kept.name == FILE_NAME:  # it could not be moved: left in place, never saved over
        return _(
            "The review file cannot be read ({detail}) and cannot be moved aside; it is left as "
            "it is, and this review will not be saved over it."
        ).format(detail=aside.detail)
    if aside.why is Aside.NEWER:
        message = _(
            "The review file was written by a newer Reader ({detail}); it was kept as {file} "
            "and the review starts anew."
        )
    else:
        message = _(
            "The review file was damaged ({detail}); it was kept as {file} and the review "
            "starts anew."
        )
    return message.format(detail=aside.detail, file=aside.kept.name)


def clashes_line(clashes: Sequence[Clash]) -> str:
    """Entries another window changed at the same time as this one: the later change was kept."""
    paragraphs = sorted({c.paragraph for c in clashes if c.paragraph is not None})
    if not paragraphs:
        return _("Another window changed this review at the same time; the later change was kept.")
    return ngettext(
        "Another window changed paragraph {paragraphs} at the same time; the later change was kept.",
        "Another window changed paragraphs {paragraphs} at the same time; the later changes were kept.",
        len(paragraphs),
    ).format(paragraphs=listing([str(p) for p in paragraphs]))


def applied_line(version: str, changed: Sequence[int], made: bool = True) -> str:
    """What ``reader apply`` made (``made``: False when it made nothing, the file holding
    what ``version`` holds already)."""
    if not made:
        return _(
            "Nothing to apply: {version} already has the file's text, statuses and notes; "
            "no revision made."
        ).format(version=version)
    if not changed:
        return _("Made {version}, post-edited; no paragraph's text changed.").format(
            version=version
        )
    return ngettext(
        "Made {version}, post-edited; paragraph {paragraphs} changed.",
        "Made {version}, post-edited; paragraphs {paragraphs} changed.",
        len(changed),
    ).format(version=version, paragraphs=listing([str(i) for i in changed]))


def reviewed_banner(
    banner: Banner,
    article: Article,
    version: Version,
    review: VersionReview,
    dismissed: int,
) -> Banner:
    """The banner of a translation under review (once a status, note or dismissal is set): the
    checks' line followed by the progress and the findings dismissed; a machine version that a person approved throughout says so,
    naming who and when (it no longer says that nobody checked it)."""
    if version.language == article.source_language or review == VersionReview():
        return banner  # no review begun: the banner as it was
    texts = [p.text for p in version.paragraphs]
    parts = [banner.checks]
    done = approval(review, texts)
    if done is None:
        parts.append(progress_line(progress(review, texts)))
    if dismissed:
        parts.append(
            ngettext("{count} finding dismissed.", "{count} findings dismissed.", dismissed).format(
                count=dismissed
            )
        )
    line = sentences(*parts)
    if done is None:
        return replace(banner, checks=line)
    source = language_name(article.source_language)
    if done.by:
        detail = _(
            "Every paragraph of this translation was approved by {names}, last on {when}. The "
            "{source} original remains the authoritative version."
        ).format(names=listing(list(done.by)), when=when(done.at), source=source)
    else:
        detail = _(
            "Every paragraph of this translation was approved, last on {when}. The {source} "
            "original remains the authoritative version."
        ).format(when=when(done.at), source=source)
    if version.origin in (Origin.MACHINE, Origin.UNKNOWN):
        headline = _("Machine translation from {source}, approved throughout by a person")
    else:
        headline = _("Translation from {source}, approved throughout")
    return replace(
        banner,
        level=BannerLevel.REVIEWED,
        headline=headline.format(source=source),
        detail=detail,
        checks=sentences(line, approval_line(done)),
    )
