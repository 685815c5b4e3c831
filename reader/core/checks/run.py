"""Fidelity checks: where a translation may be wrong, paragraph by paragraph. No Qt.

The accuracy banner says a machine version *may* be inaccurate; these checks say *where*. A
translation is aligned with its source (``reader.core.align.aligner``), and every bead of the alignment is
checked:

- ``missing-paragraph`` / ``extra-paragraph``: a source paragraph with no counterpart, or a
  translation paragraph that renders nothing of the source;
- ``number-mismatch``: a number, year, date, percentage or amount that differs
  (``reader.core.checks.numbers``);
- ``untranslated``: source words left in the translation, in Latin letters or transliterated
  (``reader.core.checks.untranslated``);
- ``added-name``: a name (a news agency, a Latin-script name) the source does not have
  (``reader.core.checks.names``);
- ``repetition``, ``length-ratio``, ``bidi-control`` (``reader.core.checks.form``);
- ``cross-version``: with several translations, a source name the others keep and this one
  drops (``reader.core.checks.names``).

Each finding carries the translation paragraph, the source paragraph that shows it, a one-line
message, the source-side evidence, and whole-word spans to highlight.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol, TypeVar

from reader.core.align.aligner import Alignment, Side
from reader.core.checks.alignments import (
    align_translations,
    align_versions,
    checked_source,
    translations,
)
from reader.core.checks.dates import weekday_findings
from reader.core.checks.form import (
    bidi_findings,
    length_findings,
    repetition_findings,
    translated_lengths,
)
from reader.core.checks.fused import run_together_findings
from reader.core.checks.model import (
    MAX_BEAD,
    Confidence,
    Finding,
    FindingKind,
    Pair,
    count_by_kind,
)
from reader.core.checks.month_names import month_name_findings
from reader.core.checks.names import (
    Presence,
    SourceSpellings,
    added_name_findings,
    cross_version_findings,
    presence,
    source_names,
    source_spellings,
)
from reader.core.checks.numbers import number_findings
from reader.core.checks.replaced import replaced_name_findings
from reader.core.checks.untranslated import untranslated_findings
from reader.core.i18n import _
from reader.core.model import Article, Version, VersionKey
from reader.core.text.numbers import NumberMention, extract_numbers
from reader.core.text.words import preview

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)

__all__ = [
    "ALONE_KINDS",
    "Beside",
    "Finding",
    "FindingKind",
    "NumberReadings",
    "align_translations",
    "align_versions",
    "check_aligned",
    "check_alone",
    "check_article",
    "check_version",
    "count_by_kind",
    "load_checks",
]


class NumberReadings:
    """Paragraphs' numbers, each read once: those of the whole article read ahead
    (``read_ahead``: ``reader check`` reads them while a second process aligns), or those of
    a lone paragraph read by the pairing of lone beads (``_anchors_shared``), which the number
    check of the bead it joins then takes from here rather than reading them again. Keyed by
    the text and its language (the same text reads the same; a reading is never changed)."""

    def __init__(self) -> None:
        self._kept: dict[tuple[str, str], Sequence[NumberMention]] = {}

    @classmethod
    def read_ahead(cls, versions: Iterable[Version]) -> NumberReadings:
        """Every paragraph's numbers of ``versions``, and each number's readings."""
        readings = cls()
        for version in versions:
            for paragraph in version.paragraphs:
                for mention in readings.keep(paragraph.text, version.language):
                    mention.readings()
        return readings

    def keep(self, text: str, language: str) -> Sequence[NumberMention]:
        found = self._kept.get((text, language))
        if found is None:
            found = self._kept[(text, language)] = extract_numbers(text, language)
        return found

    def __call__(self, text: str, language: str) -> Sequence[NumberMention]:
        kept = self._kept.get((text, language))
        return extract_numbers(text, language) if kept is None else kept


def _pairs(
    source: Version, translation: Version, alignment: Alignment, numbers: NumberReadings
) -> list[Pair]:
    """The alignment's beads with their texts; a missing paragraph next to an extra one that
    shares its anchors is read as one paragraph translated with a large change."""
    pairs = [
        Pair(
            source.language,
            translation.language,
            tuple((i, source.paragraphs[i].text) for i in bead.source),
            tuple((j, translation.paragraphs[j].text) for j in bead.target),
        )
        for bead in alignment.beads
    ]
    joined: list[Pair] = []
    for pair in pairs:
        previous = joined[-1] if joined else None
        if previous is not None and _one_changed_paragraph(previous, pair, numbers):
            joined[-1] = Pair(
                pair.source_language,
                pair.target_language,
                previous.source or pair.source,
                previous.target or pair.target,
            )
        else:
            joined.append(pair)
    return joined


def _one_changed_paragraph(first: Pair, second: Pair, numbers: NumberReadings) -> bool:
    """A 1–0 bead beside a 0–1 bead whose paragraphs share an anchor (a number, or a name in
    Latin letters or transliterated): the aligner gave up on a paragraph whose length changed
    a lot (most of it dropped, a sentence added), which the length check, not a missing and an
    extra paragraph, should report."""
    lone = [p for p in (first, second) if len(p.source) + len(p.target) == 1]
    if len(lone) != 2 or bool(first.source) == bool(second.source):
        return False
    source_pair, target_pair = (first, second) if first.source else (second, first)
    return _anchors_shared(
        source_pair.source_text,
        target_pair.target_text,
        (source_pair.source_language, target_pair.target_language),
        numbers,
    )


def _anchors_shared(
    source: str, target: str, languages: tuple[str, str], numbers: NumberReadings
) -> bool:
    source_language, target_language = languages

    def facts(text: str, language: str) -> set[object]:
        return {
            fact
            for mention in numbers.keep(text, language)
            if not mention.soft
            for fact in mention.readings()[0]
        }

    if facts(source, source_language) & facts(target, target_language):
        return True
    names = [name for run in source_names(source, source_language) for name in run]
    return any(presence(name, [target], target_language) is Presence.HAS for name in names)


# How far (in beads) an unpaired paragraph may lie from the bead whose surplus balances it.
MAX_DRIFT = 4


def _facing(pairs: Sequence[Pair]) -> set[int]:
    """The positions of unpaired beads that something of the other side faces: a source
    paragraph with no counterpart in a stretch of at most ``MAX_DRIFT + 1`` beads that holds as
    many translation paragraphs as source ones (and the same for a translation paragraph that
    renders nothing). The stretch's other beads then have a paragraph to spare on the other
    side: an unpaired translation paragraph right beside it, or a bead of one source paragraph
    and two translation ones a few beads away, where the aligner joined the counterpart to a
    neighbour's and let the pairs between slip by one (a short paragraph rendered loosely, with
    no number or name to anchor it, as Chinese and Japanese translators often do). Neither a
    missing nor an extra paragraph is sure there. A paragraph dropped leaves its stretch one
    paragraph short, unless the translation splits one nearby; that is worth a look too."""
    surplus = [0, *itertools.accumulate(len(p.source) - len(p.target) for p in pairs)]
    facing: set[int] = set()
    for n, pair in enumerate(pairs):
        if pair.source and pair.target:
            continue
        first = max(0, n - MAX_DRIFT)
        if any(
            surplus[a] == surplus[b + 1]
            for a in range(first, n + 1)
            for b in range(n, min(len(pairs), a + MAX_DRIFT + 1))
        ):
            facing.add(n)
    return facing


def _unmatched(pair: Pair, facing: bool = False) -> list[Finding]:
    """A source paragraph with no counterpart, or a translation paragraph that renders none;
    worth a look only where the other side has an unpaired paragraph in the same place."""
    confidence = Confidence.LOW if facing else Confidence.HIGH
    if not pair.target:
        return [
            Finding(
                FindingKind.MISSING_PARAGRAPH,
                None,
                index,
                _("source paragraph {index} has no counterpart here: {text}").format(
                    index=index, text=preview(text, 60)
                ),
                text,
                confidence=confidence,
            )
            for index, text in pair.source
        ]
    return [
        Finding(
            FindingKind.EXTRA_PARAGRAPH,
            index,
            None,
            _("this paragraph renders nothing of the source: {text}").format(
                text=preview(text, 60)
            ),
            text,
            ((0, len(text)),) if text else (),
            confidence,
        )
        for index, text in pair.target
    ]


def _bead_findings(
    pair: Pair,
    source_latin: Callable[[], SourceSpellings],
    numbers: NumberReadings,
    facing: bool = False,
) -> list[Finding]:
    """What one bead shows: pair checks where both sides have paragraphs (none on a bead the
    aligner could not resolve), a missing or extra paragraph otherwise (``facing``: with an
    unpaired paragraph of the other side beside it), bidi controls always."""
    findings: list[Finding] = []
    if not (pair.source and pair.target):
        findings += _unmatched(pair, facing)
    elif max(len(pair.source), len(pair.target)) <= MAX_BEAD:
        findings += number_findings(pair, numbers)
        findings += weekday_findings(pair)
        findings += month_name_findings(pair)
        findings += untranslated_findings(pair)
        findings += added_name_findings(pair, source_latin)
        findings += replaced_name_findings(pair)
        findings += repetition_findings(pair)
    for index, text in pair.target:
        findings += bidi_findings(index, text, pair.first_source)
        findings += run_together_findings(index, text, pair.target_language, pair.first_source)
    return findings


class Pending(Protocol[R_co]):
    """Work under way beside this one: its result, waited for; ``close`` when not wanted."""

    def result(self) -> R_co: ...

    def close(self) -> None: ...


class Beside(Protocol):
    """What starts a piece of work beside this one (``reader check`` forks a second process:
    ``reader.commands.forked.Forked``). The core never starts one itself."""

    def __call__(self, work: Callable[[], R]) -> Pending[R]: ...


# What the checks of a stretch of beads give: their findings, and the ``translated_lengths`` of
# those with both sides, in order.
_Checked = tuple[list[Finding], list[tuple[int, int]]]


def check_aligned(
    source: Version,
    translation: Version,
    alignment: Alignment,
    witnesses: Sequence[tuple[Version, Alignment]] = (),
    numbers: NumberReadings | None = None,
    beside: Beside | None = None,
) -> list[Finding]:
    """Every finding on ``translation`` given its alignment with ``source``, and the
    ``witnesses`` (further translations, each with its own alignment to the source) for the
    cross-version check: the one entry point ``check_version`` and ``check_article`` share.
    ``numbers``: the paragraphs' numbers where they were read ahead. ``beside``: what checks
    the second half of the beads beside this process, which checks the first."""
    if numbers is None:
        numbers = NumberReadings()  # each paragraph's numbers read once in the run
    pairs = _pairs(source, translation, alignment, numbers)
    # How the source writes Latin words, read once, when a check first asks (``added_name_findings``).
    source_latin = functools.cache(functools.partial(source_spellings, source.text))
    check = functools.partial(
        _beads_checked, facing=_facing(pairs), source_latin=source_latin, numbers=numbers
    )
    cut = len(pairs) if beside is None else _halfway(pairs)
    tail = None
    if beside is not None and cut < len(pairs):
        tail = beside(functools.partial(check, pairs[cut:], cut))
    try:
        findings, lengths = check(pairs[:cut], 0)
        if tail is not None:
            more, more_lengths = tail.result()
            findings += more
            lengths += more_lengths
    finally:
        if tail is not None:
            tail.close()
    checked = [p for p in pairs if max(len(p.source), len(p.target)) <= MAX_BEAD]
    findings += length_findings(checked, lengths)
    findings += cross_version_findings(source, translation, alignment, witnesses)
    return _in_reading_order(findings, alignment)


# The first paragraphs of two versions ``load_checks`` pairs in order.
_LOADING_PAIRS = 3


def load_checks(source: Version, translation: Version, numbers: NumberReadings) -> None:
    """What the checks load on first use (word lists, CLDR data, patterns, modules) for these
    two languages, loaded now: the versions' first paragraphs are checked as pairs, in order,
    and the findings dropped. ``reader check`` does it while a second process aligns, before
    it forks another to check half the beads, which would otherwise load it all again
    (0.34 G instructions for Indonesian and Arabic)."""
    for (i, first), (j, second) in zip(
        enumerate(source.paragraphs[:_LOADING_PAIRS]),
        enumerate(translation.paragraphs[:_LOADING_PAIRS]),
        strict=False,
    ):
        pair = Pair(source.language, translation.language, ((i, first.text),), ((j, second.text),))
        _bead_findings(
            pair, functools.cache(functools.partial(source_spellings, pair.source_text)), numbers
        )
        translated_lengths(pair)


def _halfway(pairs: Sequence[Pair]) -> int:
    """Where to cut the beads in two halves of about as many characters: after the bead that
    reaches half of them."""
    sizes = [sum(len(t) for _, t in p.source) + sum(len(t) for _, t in p.target) for p in pairs]
    half = sum(sizes) / 2
    return next((n + 1 for n, total in enumerate(itertools.accumulate(sizes)) if total >= half), 0)


def _beads_checked(
    pairs: Sequence[Pair],
    first: int,
    *,
    facing: set[int],
    source_latin: Callable[[], SourceSpellings],
    numbers: NumberReadings,
) -> _Checked:
    """The checks of ``pairs``, the beads from the ``first`` on (``facing``: the unpaired beads
    that something of the other side faces, by position)."""
    findings: list[Finding] = []
    lengths = []  # read with each bead, while its paragraphs' shared readings are at hand
    for n, pair in enumerate(pairs, first):
        findings += _bead_findings(pair, source_latin, numbers, n in facing)
        if pair.source and pair.target and max(len(pair.source), len(pair.target)) <= MAX_BEAD:
            lengths.append(translated_lengths(pair))
    return findings, lengths


_KIND_ORDER = {kind: order for order, kind in enumerate(FindingKind)}


def _in_reading_order(findings: list[Finding], alignment: Alignment) -> list[Finding]:
    """Findings in the order a reader meets them: by bead, paragraph, check kind, position."""
    bead_of = {}
    for position, bead in enumerate(alignment.beads):
        bead_of.update({(Side.TARGET, j): position for j in bead.target})
        bead_of.update({(Side.SOURCE, i): position for i in bead.source})

    def key(finding: Finding) -> tuple[int, int, int, int, str]:
        if finding.paragraph is not None:
            place = bead_of.get((Side.TARGET, finding.paragraph), 0)
        elif finding.source_paragraph is not None:
            place = bead_of.get((Side.SOURCE, finding.source_paragraph), 0)
        else:
            place = 0
        kind = _KIND_ORDER[finding.check]
        start = finding.spans[0][0] if finding.spans else -1
        paragraph = -1 if finding.paragraph is None else finding.paragraph
        return place, paragraph, kind, start, finding.message

    return sorted(findings, key=key)


def check_version(
    source: Version,
    translation: Version,
    alignment: Alignment | None = None,
    others: Sequence[Version] = (),
    numbers: NumberReadings | None = None,
    beside: Beside | None = None,
) -> list[Finding]:
    """Every finding on ``translation`` checked against ``source``.

    ``alignment`` is computed when not given. ``others`` are further translations of the same
    source, for the cross-version check (versions in the translation's own language are not
    independent witnesses and are left out). ``numbers`` and ``beside`` as ``check_aligned``
    takes them.
    """
    if alignment is None:
        alignment = align_versions(source, translation)
    witnesses = [
        (other, align_versions(source, other))
        for other in others
        if other.language not in (translation.language, source.language)
    ]
    return check_aligned(source, translation, alignment, witnesses, numbers, beside)


def check_article(
    article: Article,
    alignments: dict[VersionKey, Alignment] | None = None,
    numbers: NumberReadings | None = None,
    beside: Beside | None = None,
) -> dict[VersionKey, list[Finding]]:
    """Every translation of the article against its source (the source's latest revision),
    with the other languages' latest versions as witnesses for the cross-version check.

    ``alignments`` (``align_translations``) are computed when not given; ``numbers`` are the
    paragraphs' numbers where they were read ahead (``NumberReadings.read_ahead``); ``beside``
    checks half of each translation's beads beside this process (``check_aligned``)."""
    source = checked_source(article)
    checked = translations(article)
    if alignments is None:
        alignments = align_translations(article)
    latest = [
        (v, alignments[v.key])
        for v in checked
        if v is max(article.revisions(v.language), key=lambda r: r.revision)
    ]
    return {
        v.key: check_aligned(
            source,
            v,
            alignments[v.key],
            [w for w in latest if w[0].language != v.language],
            numbers,
            beside,
        )
        for v in checked
    }


# The checks ``check_alone`` runs: those that read the translation alone.
ALONE_KINDS = (
    FindingKind.UNTRANSLATED,
    FindingKind.REPETITION,
    FindingKind.RUN_TOGETHER,
    FindingKind.BIDI_CONTROL,
)


def check_alone(translation: Version, source_language: str) -> list[Finding]:
    """What can be checked on a translation without its source (a lone file, like the seed):
    phrases repeated, words of the ``source_language`` left in Latin letters (its function and
    common words; no transliteration, which needs the source paragraph's words), words run
    together, bidi controls. Numbers, names, missing or added paragraphs and lengths need the
    source: the banner says so."""
    findings: list[Finding] = []
    for index, paragraph in enumerate(translation.paragraphs):
        pair = Pair(source_language, translation.language, (), ((index, paragraph.text),))
        findings += repetition_findings(pair)
        findings += untranslated_findings(pair)
        findings += run_together_findings(index, paragraph.text, translation.language, None)
        findings += bidi_findings(index, paragraph.text, None)
    return findings


def check_without_source(article: Article) -> dict[VersionKey, list[Finding]]:
    """What can be checked on each translation of an article that lacks its source (a lone file
    such as the seed): ``check_alone`` on every version in another language than the source's."""
    return {
        v.key: check_alone(v, article.source_language)
        for v in article.versions
        if v.language != article.source_language
    }
