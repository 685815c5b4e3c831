"""Checks on a translation's form: ``repetition``, ``length-ratio``, ``bidi-control``.

- ``repetition``: machine translation stutters; the seed says KCNA was quoted "from KCNA"
  (وكالة الأنباء المركزية الكورية عن وكالة الأنباء المركزية الكورية). A phrase of three words or
  more repeated back to back, or a few words later inside one clause, is reported unless the
  source repeats itself in the same place, or a conjunction joins the two (Arabic writes *and*
  onto the next word: "... وفيروس كورونا البشري-NL63 وفيروس كورونا البشري-229E", a list).
  Where the source repeats a word of its own nearby, not a phrase (*RNA-dependent RNA* is
  "الحمض النووي الريبوزي المعتمد على الحمض النووي الريبوزي"; *those aged ≥65 and particularly
  those aged ≥85*) at about the same place in the paragraph, the repetition may be the
  source's, one word rendered by several: worth a look, not counted. Chinese and Japanese,
  written without spaces, are compared character by character with a longer minimum. Two
  occurrences told apart by a label after them (ACE2 and ACE spelled out: "الإنزيم المحول
  للأنجيوتنسين 2 ... الإنزيم المحول للأنجيوتنسين (ACE)") are two things, no stutter.
- ``length-ratio``: a paragraph much shorter or longer than its source allows. What "allows"
  means depends on the pair (Chinese takes a third of the characters Indonesian does, Arabic
  about nine tenths), so the expected ratio is measured on the article itself: the median ratio
  of its 1–1 paragraphs. A side in another script than Latin is measured without its Latin
  glosses (世界卫生组织（World Health Organization）), which a translation renders once.
- ``bidi-control``: embedding, override and isolate controls, which rearrange what a reader sees
  (``reader.core.text.bidi_controls``).
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import re
import statistics
from collections.abc import Callable, Sequence

from reader.core.checks.lexicon import CONJUNCTIONS
from reader.core.checks.model import Confidence, Finding, FindingKind, Pair
from reader.core.checks.reading import (
    language_script,
    language_subtag,
    latin_folded,
    latin_tokens,
)
from reader.core.i18n import _, ngettext
from reader.core.text.arabic import CONJUNCTIONS as ARABIC_CONJUNCTIONS
from reader.core.text.arabic import letters
from reader.core.text.bidi_controls import CONTROL_NAMES
from reader.core.text.frequency import has_list, zipf
from reader.core.text.words import (
    CLAUSE_BREAK,
    fold,
    has_latin_letter,
    is_latin_word,
    merged_spans,
    paragraph_texts,
    preview,
    trimmed,
    whole_words,
    with_neighbours,
    word_bounds,
)

# -- repetition ---------------------------------------------------------------------------------

MIN_WORDS = 3
MIN_WORDS_BACK_TO_BACK = 2  # "قوارب مطاطية قوارب مطاطية": a stutter even of two words
MAX_GAP = 4  # words between the two occurrences ("... عن ...": one)
MAX_PHRASE = 16
_UNSPACED_LANGUAGES = frozenset({"zh", "ja", "th", "lo", "km", "my"})
# A conjunction between the two occurrences makes them parallel, not a stutter: "la République
# populaire de Donetsk et la République populaire de Louhansk".
# For scripts without spaces, where a "word" is one character: a word of Chinese or Japanese is
# two characters or so, so a phrase of two words (four characters) back to back is a stutter
# (覆っている覆っている), and one of three (six) with characters between, as with spaced words: a
# shorter one recurs in a faithful sentence (支气管炎/细支气管炎, bronchitis/bronchiolitis;
# けがを受けて治療を受けている).
MIN_CHARACTERS = 6
MIN_CHARACTERS_BACK_TO_BACK = 4
MAX_CHARACTER_GAP = 2


def _repeats(text: str, language: str) -> list[tuple[int, int, int]]:
    """(first, second, length) in word positions for each repeated phrase, longest first at
    each position, none overlapping."""
    unspaced = language_subtag(language) in _UNSPACED_LANGUAGES
    minimum, gap_limit = (MIN_CHARACTERS, MAX_CHARACTER_GAP) if unspaced else (MIN_WORDS, MAX_GAP)
    back_to_back = MIN_CHARACTERS_BACK_TO_BACK if unspaced else MIN_WORDS_BACK_TO_BACK
    texts = paragraph_texts(text)
    keys = list(map(fold, texts))
    pairs = list(itertools.pairwise(keys))
    if len(set(pairs)) == len(pairs):
        return []  # no two words occur twice in a row: nothing can repeat (most paragraphs)
    # Every phrase counted is two words or more, so a repeat starts only where a pair of words
    # occurs again: those positions alone are tried, each with the later places of its pair.
    repeated = {pair for pair, count in collections.Counter(pairs).items() if count > 1}
    later: dict[tuple[str, str], list[int]] = {}
    for position in itertools.compress(range(len(pairs)), map(repeated.__contains__, pairs)):
        later.setdefault(pairs[position], []).append(position)
    clause = _clauses(text)  # spans only for the few paragraphs that may repeat
    found = []
    i = 0
    for start in sorted(itertools.chain.from_iterable(later.values())):
        if start < i:
            continue  # inside a repeat found
        hit = _repeat_at(
            keys, (clause, texts), start, later[pairs[start]], (minimum, back_to_back), gap_limit
        )
        if hit:
            found.append((start, hit[0], hit[1]))
            i = hit[0] + hit[1]
    return found


def _repeat_at(
    keys: Sequence[str],
    marks: tuple[Sequence[int], Sequence[str]],
    i: int,
    same: Sequence[int],
    minimums: tuple[int, int],
    gap_limit: int,
) -> tuple[int, int] | None:
    """The nearest later start ``j`` where the phrase at ``i`` repeats, with its length;
    ``same`` lists the positions of the pair of words at ``i``, the only places a repeat (two
    words at least) can start.
    ``minimums``: the shortest phrase that counts with words between, and back to back;
    ``marks``: each word's clause number, and the words themselves, read for a conjunction
    only where a repeat is being confirmed (one between the two, or opening the second, makes
    them parallel, not a stutter)."""
    minimum, back_to_back = minimums
    clause, texts = marks
    first = bisect.bisect_left(same, i + min(minimum, back_to_back))
    for at in range(first, len(same)):  # no copy of the list, long in a long paragraph
        j = same[at]
        if j > i + MAX_PHRASE + gap_limit:
            break
        length = 0
        while j + length < len(keys) and i + length < j and keys[i + length] == keys[j + length]:
            length += 1
        gap = j - (i + length)
        if (
            length >= (back_to_back if gap == 0 else minimum)
            and gap <= gap_limit
            and clause[i] == clause[j + length - 1]
            and not all(k.isdigit() for k in keys[i : i + length])
            and not any(map(_conjunction, texts[i + length : j + 1]))
            and not _labelled_apart(texts, i + length, j + length)
        ):
            return j, length
    return None


def _labelled_apart(texts: Sequence[str], first: int, second: int) -> bool:
    """Whether the words right after two occurrences of a phrase tell two things apart: a
    label (a number, a code in capitals) after the first, and not the same after the second.
    A translation that spells acronyms out names ACE2 and ACE so: "الإنزيم المحول
    للأنجيوتنسين 2 ... الإنزيم المحول للأنجيوتنسين (ACE)"; a stutter has no label between."""
    label = texts[first] if first < len(texts) else ""
    if not (_DIGIT.search(label) or (len(label) > 1 and label.isupper())):
        return False
    return second >= len(texts) or fold(texts[second]) != fold(label)


@functools.lru_cache(maxsize=1 << 14)
def _conjunction(word: str) -> bool:
    """Whether a word is a conjunction (*and*, *or*, و) or carries one: Arabic writes و and ف
    onto the next word ("وفيروس", "و22", "وRaTG13"). The letter is a conjunction where the rest
    is a word more common than the whole (``فيروس`` than ``وفيروس``): a word with a conjunction
    on it is nearly always rarer than the word, while ``وزارة`` (ministry) is far more common
    than ``زارة``, whose و is its own."""
    if fold(word) in CONJUNCTIONS:
        return True
    bare = letters(word)
    if bare[:1] not in ARABIC_CONJUNCTIONS or len(word) < 3:
        return False
    rest = bare[1:]
    if not _ARABIC_LETTER.search(rest):
        return True  # digits or Latin after it: "و22", "وRaTG13"
    return zipf(rest, "ar") > zipf(bare, "ar")


def _clauses(text: str) -> list[int]:
    """The clause number of each word: punctuation between two words starts a new clause.
    Each gap before a word is searched, and the breaks counted, in C-level passes."""
    starts, ends = word_bounds(text)
    gaps = map(CLAUSE_BREAK.search, itertools.repeat(text), (0, *ends), starts)
    return list(itertools.accumulate(map(bool, gaps), initial=0))[1:]


_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
# An elided article or pronoun written onto the next word (French l'ARN, d'ARN, qu'il; Italian
# l'anno): the word is what follows the apostrophe.
_ELIDED = re.compile(r"^[^\W\d_]{1,2}['’]")

# A word the source repeats, as weak evidence that the translation's repetition is the source's:
# not one of the language's commonest words (the, for, yang, de: Zipf 6 is once in a thousand
# words), and at most this many words from its first occurrence, inside one clause.
FUNCTION_WORD_ZIPF = 6.0
MAX_WORD_DISTANCE = MAX_PHRASE + MAX_GAP
MIN_REPEATED_CHARACTERS = 2  # in a text without spaces, a repeated run this long (新冠, 骆驼)
PLACE_TOLERANCE = 0.15  # of a paragraph's characters
# Chinese, Japanese and Korean put a relative clause before its noun, where Arabic and the
# European languages put it after: a phrase moves further within a paragraph between them.
MODIFIER_FIRST_TOLERANCE = 0.3
_MODIFIER_FIRST = frozenset({"zh", "ja", "ko"})


def _word_repeats(text: str, language: str) -> list[tuple[float, float]]:
    """Where the source paragraph names something twice in one clause, a word apart from the
    language's function words (``SARS-CoV-2 ... SARS-CoV-2``, ``those aged ... those aged``):
    each as the share of the paragraph's characters before its two occurrences (characters, not
    words: a Chinese word is one to four of them)."""
    # Only a word with an apostrophe has anything elided: the others skip the pattern.
    keys = [
        _ELIDED.sub("", key) if "'" in key or "’" in key else key
        for key in map(fold, paragraph_texts(text))
    ]
    starts, ends = word_bounds(text)
    clause = _clauses(text)
    unspaced = language_subtag(language) in _UNSPACED_LANGUAGES
    listed = has_list(language) and not unspaced
    last: dict[str, int] = {}
    found = []
    for position, key in enumerate(keys):
        if unspaced and len(key) == 1 and position + 1 < len(keys):
            key += keys[position + 1]  # characters: a run of two, Chinese's commonest word length
        content = key.isalpha() or any(ch.isdigit() for ch in key)
        if not content or len(key) < MIN_REPEATED_CHARACTERS:
            continue
        if listed and zipf(key, language) >= FUNCTION_WORD_ZIPF:
            continue
        seen = last.get(key)
        if (
            seen is not None
            and position - seen <= MAX_WORD_DISTANCE
            and clause[seen] == clause[position]
        ):
            found.append((starts[seen] / len(text), ends[position] / len(text)))
        last[key] = position
    return found


def _echoes(
    source: list[tuple[float, float]], tolerance: float
) -> Callable[[tuple[float, float]], bool]:
    """Whether a repeat of the source's (``source``: their places in their paragraphs) lies
    about where a place of the translation's does in its paragraph (word order moves between
    languages: within ``tolerance``). The places sorted once, each with the furthest end of
    those before it, so that a place is answered by bisection: a paragraph of a million
    characters has thousands of repeats on each side."""
    ordered = sorted(source)
    starts = [s for s, _ in ordered]
    reach = list(itertools.accumulate((e for _, e in ordered), max))

    def echoed(place: tuple[float, float]) -> bool:
        start, end = place
        before = bisect.bisect_right(starts, end + tolerance)  # those that start in time
        return before > 0 and reach[before - 1] >= start - tolerance

    return echoed


def repetition_findings(pair: Pair) -> list[Finding]:
    """Phrases repeated within a clause in the translation, where the source does not repeat;
    worth a look only where the source repeats one word nearby."""
    findings = []
    echoes: Callable[[tuple[float, float]], bool] | None = None
    modifier_first = (language_subtag(pair.source_language) in _MODIFIER_FIRST) != (
        language_subtag(pair.target_language) in _MODIFIER_FIRST
    )
    tolerance = MODIFIER_FIRST_TOLERANCE if modifier_first else PLACE_TOLERANCE
    for index, text in pair.target:
        repeats = _repeats(text, pair.target_language)
        if repeats and echoes is None:
            places = [r for _, t in pair.source for r in _word_repeats(t, pair.source_language)]
            echoes = _echoes(places, tolerance)
        # Spans only where there is a repeat.
        starts, ends = word_bounds(text) if repeats else ((), ())
        for first, second, length in repeats:
            place = (starts[first] / len(text), ends[second + length - 1] / len(text))
            echoed = echoes is not None and echoes(place)
            start, end = starts[second], ends[second + length - 1]
            phrase = text[starts[first] : ends[first + length - 1]]
            findings.append(
                Finding(
                    FindingKind.REPETITION,
                    index,
                    pair.first_source,
                    _('"{phrase}" is repeated').format(phrase=preview(phrase, 60)),
                    preview(pair.source_text),
                    (trimmed(text, *whole_words(text, start, end)),),
                    Confidence.LOW if echoed else Confidence.HIGH,
                )
            )
    if findings and any(_repeats(text, pair.source_language) for _, text in pair.source):
        return []  # the source repeats itself here: a faithful translation may too
    return findings


# -- length ratio -------------------------------------------------------------------------------

MIN_FIT_LENGTH = 20  # characters on each side before a 1–1 pair says anything about the ratio
MIN_FIT_PAIRS = 3
# A paragraph may be this many times shorter, or longer, than expected ... Measured on the
# labelled set, faithful paragraphs run from 0.61 (a compact Arabic rendering of a wordy
# Indonesian sentence) to 1.83 (an acronym spelled out) times what the article's ratio predicts:
# only what lies beyond half and beyond 2.2 times is reported.
SHORTER_TOLERANCE = 2.0
LONGER_TOLERANCE = 2.2
MIN_DIFFERENCE = 40  # ... and must differ by this many source characters before it is reported


def _length(text: str) -> int:
    """Characters that carry text: spaces are layout, not translation."""
    return len("".join(text.split()))


_DIGIT = re.compile(r"\d")


def translated_lengths(pair: Pair) -> tuple[int, int]:
    """The characters each side of a pair had to translate: digits and the Latin words both
    sides write alike (names, brands, acronyms: GoTo, EBITDA, Kremlin) are copied, not
    translated, and would skew the ratio of a paragraph full of them."""
    source = _without_glosses(pair.source_text, pair.source_language)
    target = _without_glosses(pair.target_text, pair.target_language)
    # The Latin words are read only where both sides have a Latin letter (a translation in
    # another script mostly has none).
    latin = has_latin_letter(source) and has_latin_letter(target)
    shared = latin_folded(source) & latin_folded(target) if latin else frozenset()

    def translated(text: str) -> int:
        copied = sum(len(w) for w in latin_tokens(text) if fold(w) in shared) if shared else 0
        return _length(text) - copied - len(_DIGIT.findall(text))

    return translated(source), translated(target)


# A parenthesis and what it holds: a gloss where that is Latin letters alone
# ("疾病防治中心 (Center for Disease Control and Prevention, CDC)").
_PARENTHESIS = re.compile(r"[(（]([^()（）]*)[)）]")


def _without_glosses(text: str, language: str) -> str:
    """A text in another script than Latin without its Latin glosses: the name in its own
    spelling, in parentheses after the text's rendering of it, says again what the words before
    it say, and a translation renders it once."""
    if ("(" not in text and "（" not in text) or language_script(language) == "Latn":
        return text
    if not has_latin_letter(text):
        return text  # no Latin word to gloss with: most paragraphs (one search, no rewrite)
    return _PARENTHESIS.sub(_unless_gloss, text)


def _unless_gloss(match: re.Match[str]) -> str:
    """Nothing for a parenthesis of Latin words alone, the parenthesis itself otherwise."""
    return "" if is_latin_word(match[1]) else match[0]


def _fitted_lengths(
    pairs: Sequence[Pair], lengths: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Translated lengths of the 1–1 pairs long enough to say something about the ratio."""
    return [
        (s, t)
        for p, (s, t) in zip(pairs, lengths, strict=True)
        if len(p.source) == 1 == len(p.target) and min(s, t) >= MIN_FIT_LENGTH
    ]


def _median_ratio(fitted: Sequence[tuple[int, int]]) -> float | None:
    """The median ratio of the article's 1–1 pairs (which the defects looked for barely
    move); None for articles too short to have one."""
    if len(fitted) < MIN_FIT_PAIRS:
        return None
    return statistics.median(t / s for s, t in fitted)


def _out_of_range(source: int, target: int, ratio: float) -> bool:
    relative = target / (source * ratio)
    outside = relative < 1 / SHORTER_TOLERANCE or relative > LONGER_TOLERANCE
    return outside and abs(target / ratio - source) >= MIN_DIFFERENCE


def length_findings(pairs: Sequence[Pair], lengths: Sequence[tuple[int, int]]) -> list[Finding]:
    """Paragraphs whose length is far from what their source and the article predict.

    What the article predicts is measured on the article itself, twice: the median ratio of its
    1–1 pairs, and the ratio of the totals of all its other paragraphs (which paragraphs full
    of untranslatable names barely move). A paragraph is reported only when it is out of range
    against both, so that one noisy estimate does not make a false alarm.

    ``lengths`` are the ``translated_lengths`` of the pairs with both sides, in order, read by
    the caller with the rest of each bead (while its paragraphs' readings are at hand).
    """
    both = [p for p in pairs if p.source and p.target]
    fitted = _fitted_lengths(both, lengths)
    median = _median_ratio(fitted)
    if median is None or len(fitted) <= MIN_FIT_PAIRS:
        return []  # too little text to tell what this article's ratio is
    total_source = sum(s for s, _ in lengths)
    total_target = sum(t for _, t in lengths)
    findings = []
    for pair, (source, target) in zip(both, lengths, strict=True):
        rest_source, rest_target = total_source - source, total_target - target
        if not source or not rest_source or not rest_target:
            continue
        ratios = [rest_target / rest_source, median]
        if all(_out_of_range(source, target, r) for r in ratios):
            findings.append(_length_finding(pair, source, target, ratios[-1]))
    return findings


# A paragraph whose source has fewer characters to translate than this (a headline, a
# caption) is reported as worth a look: a short faithful rendering may add an article, a
# title or a clarifying word and double its length.
SHORT_SOURCE = 60


def _length_finding(pair: Pair, source: int, target: int, ratio: float) -> Finding:
    relative = target / (source * ratio)
    if relative < 1:
        message = ngettext(
            "{times} times shorter than the source paragraph leads to expect ({count} character "
            "for {source}; this article runs {ratio} to 1)",
            "{times} times shorter than the source paragraph leads to expect ({count} characters "
            "for {source}; this article runs {ratio} to 1)",
            target,
        )
    else:
        message = ngettext(
            "{times} times longer than the source paragraph leads to expect ({count} character "
            "for {source}; this article runs {ratio} to 1)",
            "{times} times longer than the source paragraph leads to expect ({count} characters "
            "for {source}; this article runs {ratio} to 1)",
            target,
        )
    times = 1 / relative if relative < 1 else relative
    return Finding(
        FindingKind.LENGTH_RATIO,
        pair.first_target,
        pair.first_source,
        message.format(times=f"{times:.1f}", count=target, source=source, ratio=f"{ratio:.2f}"),
        preview(pair.source_text),
        confidence=Confidence.LOW if source < SHORT_SOURCE else Confidence.HIGH,
    )


# -- bidi controls ------------------------------------------------------------------------------


_CONTROL = re.compile("[" + re.escape("".join(CONTROL_NAMES)) + "]")


def bidi_findings(index: int, text: str, source_paragraph: int | None) -> list[Finding]:
    """One finding per paragraph holding embedding, override or isolate controls."""
    # One regex scan rather than a Python test per character: most paragraphs have none.
    positions = [match.start() for match in _CONTROL.finditer(text)]
    if not positions:
        return []
    names = list(dict.fromkeys(CONTROL_NAMES[text[i]] for i in positions))
    # Controls side by side widen to overlapping words: one span for them.
    spans = tuple(merged_spans(with_neighbours(text, i, i + 1) for i in positions))
    message = ngettext(
        "{count} bidi control character ({names}) can reorder what is shown here",
        "{count} bidi control characters ({names}) can reorder what is shown here",
        len(positions),
    )
    return [
        Finding(
            FindingKind.BIDI_CONTROL,
            index,
            source_paragraph,
            message.format(count=len(positions), names=_(", ").join(names)),
            ", ".join(f"U+{ord(text[i]):04X} {CONTROL_NAMES[text[i]]}" for i in positions[:5]),
            spans,
        )
    ]
