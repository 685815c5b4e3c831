"""A range whose scale word is written once, after its second number: ``2.6 到 3.2 万`` (26 to 32
thousand), ``between 2 and 3 million``, ``2-3 juta``, ``بين 2 و3 ملايين``. The first number is
scaled too; a translation often writes it whole (``بين 26 و32 ألفًا``). It keeps its own value
as the other reading, since "5 to 10 million" is also said of five things and ten million."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from reader.core.text.numbers.mention import NumberKind, NumberMention, normal
from reader.core.text.numbers.numerals import ascii_digits
from reader.core.text.numbers.scales import scale_after
from reader.core.text.patterns import lazy

# What joins the two ends of a range, in the languages the reader reads: a dash or a tilde;
# to, and, or (en, fr, id, es, pt); 至 and 到 (zh), から (ja); Arabic و (written onto the next
# number), إلى, أو.
_BETWEEN = lazy(
    r"\s*(?:[-–—~〜～]|to|and|or|à|et|ou|hingga|sampai|dan|atau|hasta|y|a|e|至|到|から"
    r"|و|إلى|أو)\s*"
)
_PLAIN = (NumberKind.INTEGER, NumberKind.DECIMAL)
_LONGEST_BETWEEN = 6  # characters: "hingga", "sampai", the longest of _BETWEEN's words
_NUMERAL = lazy(r"\d+(?:[.,\u066b\u066c]\d+)*")


def _factor(text: str, mention: NumberMention, language: str) -> int | None:
    """The scale a mention's number carries (a million for ``3.2 million``), if any."""
    start = mention.span[0]
    numeral = _NUMERAL.match(ascii_digits(text), start)
    if numeral is None or numeral.end() >= mention.span[1]:
        return None
    scale = scale_after(text, numeral.end(), language)
    return scale[0] if scale else None


def joined(text: str, first: NumberMention, second: NumberMention) -> bool:
    """Whether ``first`` and ``second`` (in text order) are the two ends of one range: only a
    dash or a joining word between them ("2,5 et 10 cm", "من 1 إلى 4 بوصات")."""
    between = text[first.span[1] : second.span[0]].strip()
    # A word or a dash between them, short ("hingga"): most numbers have none, or more.
    if not between or len(between) > _LONGEST_BETWEEN:
        return False
    return _BETWEEN.fullmatch(text, first.span[1], second.span[0]) is not None


def shared_scales(
    text: str, mentions: Sequence[NumberMention], language: str
) -> list[NumberMention]:
    """``mentions`` (in text order), the first number of each range whose scale is written
    after its second given the scaled value as another reading."""
    found = list(mentions)
    for n in range(len(found) - 1):
        first, second = found[n], found[n + 1]
        if first.kind not in _PLAIN or first.spelled or second.spelled:
            continue
        if second.text.isdecimal() and len(second.text) == second.span[1] - second.span[0]:
            continue  # digits alone (most numbers): no scale word of its own to share
        if not joined(text, first, second):
            continue
        if _NUMERAL.fullmatch(ascii_digits(first.text)) is None:
            continue  # the first has its own scale or words
        factor = _factor(text, second, language)
        if factor:
            scaled = normal(first.value * Decimal(factor))
            found[n] = replace(first, alternatives=(*first.alternatives, scaled))
    return found
