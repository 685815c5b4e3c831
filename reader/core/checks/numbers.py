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
from reader.core.text.numbers import Fact, NumberKind, NumberMention, extract_numbers
from reader.core.text.words import preview, trimmed, whole_words

_LABELS = {
    NumberKind.YEAR: "year",
    NumberKind.DATE: "date",
    NumberKind.MONTH: "month",
    NumberKind.PERCENT: "percentage",
    NumberKind.AMOUNT: "amount",
    NumberKind.TIME: "time",
    NumberKind.ORDINAL: "ordinal",
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


def _label(mention: NumberMention) -> str:
    return _LABELS.get(mention.kind, "number")


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
                    f"{_label(lost)} {lost.describe()} in the source is missing here",
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
                f"the source has {lost.describe()} where this has {found.describe()}",
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
                f"{_label(found)} {found.describe()} here is not in the source",
                preview(pair.source_text),
                (trimmed(text, *whole_words(text, *found.span)),),
            )
        )
    return findings
