"""Checks on a translation's form: ``repetition``, ``length-ratio``, ``bidi-control``.

- ``repetition``: machine translation stutters; the seed says KCNA was quoted "from KCNA"
  (وكالة الأنباء المركزية الكورية عن وكالة الأنباء المركزية الكورية). A phrase of three words or
  more repeated back to back, or a few words later inside one clause, is reported unless the
  source repeats itself in the same place. Chinese and Japanese, written without spaces,
  are compared character by character with a longer minimum.
- ``length-ratio``: a paragraph much shorter or longer than its source allows. What "allows"
  means depends on the pair (Chinese takes a third of the characters Indonesian does, Arabic
  about nine tenths), so the expected ratio is measured on the article itself: the median ratio
  of its 1–1 paragraphs.
- ``bidi-control``: embedding, override and isolate controls, which rearrange what a reader sees
  (``reader.bidi_controls``).
"""

from __future__ import annotations

import bisect
import math
import statistics
from collections.abc import Sequence

from reader.bidi_controls import CONTROL_NAMES
from reader.checks_lexicon import CONJUNCTIONS
from reader.checks_model import Finding, Pair
from reader.checks_text import (
    CLAUSE_BREAK,
    fold,
    paragraph_words,
    preview,
    trimmed,
    whole_words,
    with_neighbours,
)
from reader.languages import primary_subtag

# -- repetition ---------------------------------------------------------------------------------

MIN_WORDS = 3
MAX_GAP = 4  # words between the two occurrences ("... عن ...": one)
MAX_PHRASE = 16
_UNSPACED_LANGUAGES = frozenset({"zh", "ja", "th", "lo", "km", "my"})
# A conjunction between the two occurrences makes them parallel, not a stutter: "la République
# populaire de Donetsk et la République populaire de Louhansk".
MIN_CHARACTERS = 4  # for scripts without spaces, where a "word" is one character
MAX_CHARACTER_GAP = 2


def _repeats(text: str, language: str) -> list[tuple[int, int, int]]:
    """(first, second, length) in word positions for each repeated phrase, longest first at
    each position, none overlapping."""
    unspaced = primary_subtag(language) in _UNSPACED_LANGUAGES
    minimum, gap_limit = (MIN_CHARACTERS, MAX_CHARACTER_GAP) if unspaced else (MIN_WORDS, MAX_GAP)
    tokens = paragraph_words(text)
    keys = [fold(w.text) for w in tokens]
    later: dict[str, list[int]] = {}
    for position, key in enumerate(keys):
        later.setdefault(key, []).append(position)
    if all(len(p) == 1 for p in later.values()):
        return []  # no word occurs twice: nothing can repeat (most paragraphs)
    clause = _clauses(text, tokens)
    found = []
    i = 0
    while i < len(keys):
        hit = _repeat_at(keys, clause, i, later[keys[i]], minimum, gap_limit)
        if hit:
            found.append((i, hit[0], hit[1]))
            i = hit[0] + hit[1]
        else:
            i += 1
    return found


def _repeat_at(
    keys: Sequence[str],
    clause: Sequence[int],
    i: int,
    same: Sequence[int],
    minimum: int,
    gap_limit: int,
) -> tuple[int, int] | None:
    """The nearest later start ``j`` where the phrase at ``i`` repeats, with its length;
    ``same`` lists the positions of the word at ``i``, the only places a repeat can start."""
    first = bisect.bisect_left(same, i + minimum)
    for j in same[first:]:
        if j > i + MAX_PHRASE + gap_limit:
            break
        length = 0
        while j + length < len(keys) and i + length < j and keys[i + length] == keys[j + length]:
            length += 1
        if (
            length >= minimum
            and j - (i + length) <= gap_limit
            and clause[i] == clause[j + length - 1]
            and not all(k.isdigit() for k in keys[i : i + length])
            and not CONJUNCTIONS.intersection(keys[i + length : j])
        ):
            return j, length
    return None


def _clauses(text: str, tokens: Sequence[object]) -> list[int]:
    """The clause number of each word: punctuation between two words starts a new clause."""
    numbers = []
    current = 0
    previous_end = 0
    for token in tokens:
        start, end = token.start, token.end  # type: ignore[attr-defined]
        if CLAUSE_BREAK.search(text, previous_end, start):
            current += 1
        numbers.append(current)
        previous_end = end
    return numbers


def repetition_findings(pair: Pair) -> list[Finding]:
    """Phrases repeated within a clause in the translation, where the source does not repeat."""
    findings = []
    for index, text in pair.target:
        tokens = paragraph_words(text)
        for first, second, length in _repeats(text, pair.target_language):
            start, end = tokens[second].start, tokens[second + length - 1].end
            phrase = text[tokens[first].start : tokens[first + length - 1].end]
            findings.append(
                Finding(
                    "repetition",
                    index,
                    pair.first_source,
                    f'"{preview(phrase, 60)}" is repeated',
                    preview(pair.source_text),
                    (trimmed(text, *whole_words(text, start, end)),),
                )
            )
    if findings and any(_repeats(text, pair.source_language) for _, text in pair.source):
        return []  # the source repeats itself here: a faithful translation may too
    return findings


# -- length ratio -------------------------------------------------------------------------------

MIN_FIT_LENGTH = 20  # characters on each side before a 1–1 pair says anything about the ratio
MIN_FIT_PAIRS = 3
TOLERANCE = 1.8  # a paragraph may be this many times shorter or longer than expected ...
MIN_DIFFERENCE = 40  # ... and must differ by this many source characters before it is reported


def _length(text: str) -> int:
    """Characters that carry text: spaces are layout, not translation."""
    return len("".join(text.split()))


def expected_ratio(pairs: Sequence[Pair]) -> float | None:
    """Translation characters per source character, measured on the article's own 1–1 pairs
    (the median resists the defects being looked for); the totals' ratio for short articles."""
    ratios = [
        _length(p.target_text) / _length(p.source_text)
        for p in pairs
        if len(p.source) == 1
        and len(p.target) == 1
        and min(_length(p.source_text), _length(p.target_text)) >= MIN_FIT_LENGTH
    ]
    if len(ratios) >= MIN_FIT_PAIRS:
        return statistics.median(ratios)
    total_source = sum(_length(p.source_text) for p in pairs if p.source and p.target)
    total_target = sum(_length(p.target_text) for p in pairs if p.source and p.target)
    return total_target / total_source if total_source and total_target else None


def length_findings(pairs: Sequence[Pair]) -> list[Finding]:
    """Paragraphs whose length is far from what their source and the article's ratio predict."""
    ratio = expected_ratio(pairs)
    if not ratio:
        return []
    findings = []
    for pair in pairs:
        if not pair.source or not pair.target:
            continue
        source, target = _length(pair.source_text), _length(pair.target_text)
        if not source:
            continue
        relative = target / (source * ratio)
        if abs(math.log(max(relative, 1e-9))) <= math.log(TOLERANCE):
            continue
        if abs(target / ratio - source) < MIN_DIFFERENCE:
            continue
        how = "shorter" if relative < 1 else "longer"
        times = 1 / relative if relative < 1 else relative
        findings.append(
            Finding(
                "length-ratio",
                pair.first_target,
                pair.first_source,
                f"{times:.1f} times {how} than the source paragraph leads to expect "
                f"({target} characters for {source}; this article runs {ratio:.2f} to 1)",
                preview(pair.source_text),
            )
        )
    return findings


# -- bidi controls ------------------------------------------------------------------------------


def bidi_findings(index: int, text: str, source_paragraph: int | None) -> list[Finding]:
    """One finding per paragraph holding embedding, override or isolate controls."""
    positions = [i for i, ch in enumerate(text) if ch in CONTROL_NAMES]
    if not positions:
        return []
    names = list(dict.fromkeys(CONTROL_NAMES[text[i]] for i in positions))
    spans = tuple(dict.fromkeys(with_neighbours(text, i, i + 1) for i in positions))
    return [
        Finding(
            "bidi-control",
            index,
            source_paragraph,
            f"{len(positions)} bidi control character(s) ({', '.join(names)}) can reorder "
            "what is shown here",
            ", ".join(f"U+{ord(text[i]):04X} {CONTROL_NAMES[text[i]]}" for i in positions[:5]),
            spans,
        )
    ]
