"""Comparisons of revisions in words: the summary bar, the change counter, the terminal's total."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.i18n import _, ngettext

if TYPE_CHECKING:  # the window loads the differ only when it compares revisions
    from reader.core.compare.ops import DiffSummary


def comparison_summary(old_revision: int, new_revision: int, summary: DiffSummary) -> str:
    """The line above two revisions compared: "Revision 1 → 2: 3 words deleted, ..."."""
    if not summary.changed:
        counts = _("The two revisions are identical.")
    else:
        parts = [
            ngettext("{count} word deleted", "{count} words deleted", summary.words_deleted),
            ngettext("{count} word inserted", "{count} words inserted", summary.words_inserted),
            ngettext(
                "{count} paragraph changed",
                "{count} paragraphs changed",
                summary.paragraphs_changed,
            ),
        ]
        numbers = [summary.words_deleted, summary.words_inserted, summary.paragraphs_changed]
        if summary.minor_changes:
            parts.append(
                ngettext(
                    "{count} vowel-mark change", "{count} vowel-mark changes", summary.minor_changes
                )
            )
            numbers.append(summary.minor_changes)
        listed = _(", ").join(p.format(count=n) for p, n in zip(parts, numbers, strict=True))
        counts = _("{changes}.").format(changes=listed)
    return _("Revision {old} → {new}: {counts}").format(
        old=old_revision, new=new_revision, counts=counts
    )


def change_position(stop: int, total: int) -> str:
    """Where the reader is among the changes: "change 2 of 5", or "5 changes" before the first."""
    if stop >= 0:
        return _("change {position} of {total}").format(position=stop + 1, total=total)
    return ngettext("{count} change", "{count} changes", total).format(count=total)


def diff_totals(summary: DiffSummary) -> str:
    """The last line of ``reader diff``: what changed, counted."""
    return _(
        "{inserted} inserted, {deleted} deleted, {minor} minor (vowel marks, tatweel), "
        "{paragraphs} changed"
    ).format(
        inserted=ngettext("{count} word", "{count} words", summary.words_inserted).format(
            count=summary.words_inserted
        ),
        deleted=summary.words_deleted,
        minor=summary.minor_changes,
        paragraphs=ngettext(
            "{count} paragraph", "{count} paragraphs", summary.paragraphs_changed
        ).format(count=summary.paragraphs_changed),
    )
