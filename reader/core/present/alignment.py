"""Alignments in words: what a margin mark beside a group of paragraphs says."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.i18n import _, ngettext

if TYPE_CHECKING:  # the window loads the aligner only when it compares two versions
    from reader.core.align.aligner import Bead


def bead_description(bead: Bead) -> str:
    """The tool tip of a group's margin mark: its shape and the aligner's confidence."""
    left, right = len(bead.source), len(bead.target)
    score = f"{bead.score:.2f}"
    if not right:
        text = _("Alignment: no counterpart in the other version; confidence {score}")
    elif not left:
        text = _("Alignment: added: no counterpart in the other version; confidence {score}")
    elif left == right == 1:
        text = _("Alignment: one paragraph against one; confidence {score}")
    else:
        text = ngettext(
            "Alignment: {left} paragraph against {right}; confidence {score}",
            "Alignment: {left} paragraphs against {right}; confidence {score}",
            left,
        )
    return text.format(left=left, right=right, score=score)
