"""``number-mismatch``: numbers, years, dates, percentages and amounts that a translation changed.

Both sides of an aligned bead are read into facts (``reader.core.text.numbers``): a value, a month, a
clock time. A number written in digits on one side must be stated on the other, in any digit
system, separator convention or month name; numbers spelled in words confirm a match but are
never required, since translations spell small numbers freely. A number missing on one side and
another added on the other are reported together, as one changed number.
"""

from __future__ import annotations

from collections.abc import Iterable

from reader.core.checks.model import Finding, FindingKind, Pair
from reader.core.i18n import N_, _
from reader.core.text.numbers import Fact, NumberKind, NumberMention, extract_numbers
from reader.core.text.words import preview, trimmed, whole_words

# A number of each kind the source has and the translation lacks, and the other way round:
# each a whole sentence, since the kind's word may take another place, case or gender.
_MISSING = {
    NumberKind.YEAR: N_("year {number} in the source is missing here"),
    NumberKind.DATE: N_("date {number} in the source is missing here"),
    NumberKind.MONTH: N_("month {number} in the source is missing here"),
    NumberKind.PERCENT: N_("percentage {number} in the source is missing here"),
    NumberKind.AMOUNT: N_("amount {number} in the source is missing here"),
    NumberKind.TIME: N_("time {number} in the source is missing here"),
    NumberKind.ORDINAL: N_("ordinal {number} in the source is missing here"),
    NumberKind.INTEGER: N_("number {number} in the source is missing here"),
    NumberKind.DECIMAL: N_("number {number} in the source is missing here"),
}
_ADDED = {
    NumberKind.YEAR: N_("year {number} here is not in the source"),
    NumberKind.DATE: N_("date {number} here is not in the source"),
    NumberKind.MONTH: N_("month {number} here is not in the source"),
    NumberKind.PERCENT: N_("percentage {number} here is not in the source"),
    NumberKind.AMOUNT: N_("amount {number} here is not in the source"),
    NumberKind.TIME: N_("time {number} here is not in the source"),
    NumberKind.ORDINAL: N_("ordinal {number} here is not in the source"),
    NumberKind.INTEGER: N_("number {number} here is not in the source"),
    NumberKind.DECIMAL: N_("number {number} here is not in the source"),
}


def _facts(mentions: Iterable[NumberMention]) -> set[Fact]:
    return {fact for m in mentions for reading in m.readings() for fact in reading}


def _stated(mention: NumberMention, facts: set[Fact]) -> bool:
    """Whether the other side states what ``mention`` says, under any of its readings."""
    return any(reading <= facts for reading in mention.readings())


def _category(mention: NumberMention) -> str:
    if mention.kind is NumberKind.MONTH:
        return "month"
    return "time" if mention.kind is NumberKind.TIME else "number"


def _unique(mentions: list[NumberMention]) -> list[NumberMention]:
    seen: set[frozenset[Fact]] = set()
    kept = []
    for mention in mentions:
        key = mention.readings()[0]
        if key not in seen:
            seen.add(key)
            kept.append(mention)
    return kept


def number_findings(pair: Pair) -> list[Finding]:
    """The number mismatches of one bead that has paragraphs on both sides."""
    source = [m for _, text in pair.source for m in extract_numbers(text, pair.source_language)]
    target = [
        (index, text, m)
        for index, text in pair.target
        for m in extract_numbers(text, pair.target_language)
    ]
    source_facts = _facts(source)
    target_facts = _facts(m for _, _, m in target)
    missing = _unique([m for m in source if not m.soft and not _stated(m, target_facts)])
    added_seen: set[frozenset[Fact]] = set()
    added = []
    for index, text, mention in target:
        key = mention.readings()[0]
        if mention.soft or _stated(mention, source_facts) or key in added_seen:
            continue
        added_seen.add(key)
        added.append((index, text, mention))
    return _report(pair, missing, added)


def _report(
    pair: Pair,
    missing: list[NumberMention],
    added: list[tuple[int, str, NumberMention]],
) -> list[Finding]:
    """One finding per changed number (a missing one paired with an added one of the same
    category, in text order), then the unpaired ones."""
    findings: list[Finding] = []
    unpaired_added = list(added)
    source_paragraph = pair.first_source
    for lost in missing:
        partner = next((a for a in unpaired_added if _category(a[2]) == _category(lost)), None)
        if partner is None:
            findings.append(
                Finding(
                    FindingKind.NUMBER_MISMATCH,
                    pair.first_target,
                    source_paragraph,
                    _(_MISSING[lost.kind]).format(number=lost.describe()),
                    lost.text,
                )
            )
            continue
        unpaired_added.remove(partner)
        index, text, found = partner
        findings.append(
            Finding(
                FindingKind.NUMBER_MISMATCH,
                index,
                source_paragraph,
                _("the source has {number} where this has {other}").format(
                    number=lost.describe(), other=found.describe()
                ),
                lost.text,
                (trimmed(text, *whole_words(text, *found.span)),),
            )
        )
    for index, text, found in unpaired_added:
        findings.append(
            Finding(
                FindingKind.NUMBER_MISMATCH,
                index,
                source_paragraph,
                _(_ADDED[found.kind]).format(number=found.describe()),
                preview(pair.source_text),
                (trimmed(text, *whole_words(text, *found.span)),),
            )
        )
    return findings
