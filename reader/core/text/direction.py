"""Paragraph direction: decided from the version's language and a bidi probe, never by Qt.

Qt guesses a block's direction from its first strong character, so an Arabic paragraph that opens
with a Latin name ("Kremlin.ru ...") or a quotation would be laid out left-to-right. Reader
decides instead: the language gives the expected direction; python-bidi's paragraph-level probe
(rule P2, which skips isolates) and a count of strong letters overrule it only when the
paragraph is plainly in the other direction (an English notice inside an Arabic file).
"""

from __future__ import annotations

import unicodedata

from bidi import get_base_level

from reader.core.model import Direction
from reader.core.text.languages import direction_of

_RTL_CLASSES = frozenset({"R", "AL"})


def strong_counts(text: str) -> tuple[int, int]:
    """Count strong left-to-right and right-to-left characters (bidi classes L and R/AL)."""
    ltr = rtl = 0
    for ch in text:
        cls = unicodedata.bidirectional(ch)
        if cls == "L":
            ltr += 1
        elif cls in _RTL_CLASSES:
            rtl += 1
    return ltr, rtl


def paragraph_direction(text: str, language: str) -> Direction:
    """The base direction for one paragraph of a version written in ``language``.

    The language's direction wins unless the paragraph's first strong character (the bidi
    probe) points the other way *and* most of its strong characters agree with the probe.
    A paragraph with no strong characters at all (numbers, punctuation) follows the language.
    """
    expected = direction_of(language)
    probe = Direction.RTL if get_base_level(text) == 1 else Direction.LTR
    if probe is expected:
        return expected
    # The probe disagrees (or found no strong character): count, which costs a pass in Python.
    ltr, rtl = strong_counts(text)
    if ltr + rtl == 0:
        return expected
    majority = Direction.RTL if rtl > ltr else Direction.LTR
    return probe if majority is probe else expected
