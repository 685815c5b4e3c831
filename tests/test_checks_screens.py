"""The checks' cheap screens hold to the full reading they stand in for: a screen may let through
a paragraph the check then clears, never stop one the check would flag."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.checks import untranslated
from reader.core.checks.form import (
    MIN_CHARACTERS,
    MIN_CHARACTERS_BACK_TO_BACK,
    _clauses,
    _repeat_at,
    _repeats,
)
from reader.core.checks.lexicon import ARABIC_LOANS, COMMON_WORDS, FUNCTION_WORDS
from reader.core.checks.model import FindingKind, Pair
from reader.core.checks.untranslated import (
    _read_source,
    _source_words,
    _spellable_keys_of,
    untranslated_findings,
)
from reader.core.text.numbers.weekdays import Weekday, _table, weekdays_in
from reader.core.text.words import (
    CLAUSE_BREAK,
    LATIN_WORD,
    fold,
    has_latin_letter,
    is_latin_word,
    paragraph_texts,
    paragraph_words,
)

# Words a source paragraph is made of: listed ones, loans from Arabic, words Indonesian derives
# ("menggagalkan"), and others (names, when capitalised mid-sentence).
_LISTED = sorted(FUNCTION_WORDS["id"] | COMMON_WORDS["id"])
_LOANS = sorted(ARABIC_LOANS)
_DERIVED = st.builds(
    "".join,
    st.tuples(
        st.sampled_from(["meng", "mem", "ber", "di", "ter", "pe", "ke", "se", ""]),
        st.text("abdegiklmnoprstuy", min_size=3, max_size=7),
        st.sampled_from(["kan", "an", "i", "nya", "lah", ""]),
    ),
)
_WORD = st.one_of(
    st.sampled_from(_LISTED),
    st.sampled_from(_LOANS),
    _DERIVED,
    st.text("abcdefghijklmnoprstuwyzé", min_size=1, max_size=9),
).flatmap(lambda w: st.sampled_from([w, w.capitalize(), w.upper()]))
_SEPARATOR = st.sampled_from([" ", " ", " ", ", ", ". ", "  ", " (", ") ", "-", '"', "! "])
_TEXT = st.lists(st.tuples(_WORD, _SEPARATOR), max_size=30).map(
    lambda parts: "".join(w + s for w, s in parts)
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT, min_size=1, max_size=3), st.sampled_from(["id", "ms", "en", "fr"]))
def test_the_transliteration_screen_holds_every_skeleton_the_full_reading_does(
    texts: list[str], language: str
) -> None:
    """``untranslated`` reads a bead's source words only for a translation paragraph with a
    skeleton of ``_spellable_keys``: it must hold every key of the full reading."""
    full = _read_source(tuple(texts), language, True)
    assert full.keys <= _spellable_keys_of(tuple(texts), language)


def test_a_transliterated_word_is_found_past_the_screen() -> None:
    """The screen lets through the paragraph that transliterates a source word, and the check
    flags it; a paragraph with no such word is cleared without reading the source's words."""
    source = ((0, "Mereka bekerja bersama untuk memperbaiki jalan itu."),)
    flagged = Pair("id", "ar", source, ((0, "عملوا برساما لإصلاح الطريق."),))
    clean = Pair("id", "ar", source, ((0, "عملوا معا لإصلاح الطريق."),))
    found = untranslated_findings(flagged)
    assert [(f.check, f.evidence) for f in found] == [(FindingKind.UNTRANSLATED, "bersama")]
    assert untranslated_findings(clean) == []


def test_a_common_arabic_word_sharing_a_skeleton_does_not_read_the_source(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "بعد" (after) shares its skeleton with Indonesian "pada" but is a common Arabic word,
    which spells out no source word: the paragraph is cleared without reading the source's
    words, which are read for a paragraph with a candidate, such as "برساما" (bersama)."""
    read: list[Pair] = []
    monkeypatch.setattr(
        untranslated, "_source_words", lambda pair: read.append(pair) or _source_words(pair)
    )
    source = ((0, "Pada hari itu mereka bekerja bersama."),)
    clean = Pair("id", "ar", source, ((0, "بعد ذلك اليوم عملوا معا."),))
    flagged = Pair("id", "ar", source, ((0, "بعد ذلك اليوم عملوا برساما."),))
    assert untranslated_findings(clean) == []
    assert read == []
    assert [f.evidence for f in untranslated_findings(flagged)] == ["bersama"]
    assert read == [flagged]


def _clauses_word_by_word(text: str) -> list[int]:
    """The clause numbers as read one word at a time: the reference for ``_clauses``."""
    numbers, current, previous_end = [], 0, 0
    for word in paragraph_words(text):
        if CLAUSE_BREAK.search(text, previous_end, word.start):
            current += 1
        numbers.append(current)
        previous_end = word.end
    return numbers


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from('ab و،؛.,;:!?()\n"«» 12')))
def test_the_clause_numbers_read_in_c_level_passes_are_those_read_word_by_word(
    text: str,
) -> None:
    assert _clauses(text) == _clauses_word_by_word(text)


def _repeats_from_every_word(text: str, language: str) -> list[tuple[int, int, int]]:
    """Repeats tried from every word, with every later place of the same word: the reference
    for ``_repeats``, which tries only the places where a pair of words occurs again."""
    unspaced = language in ("zh", "ja")
    minimums = (MIN_CHARACTERS, MIN_CHARACTERS_BACK_TO_BACK) if unspaced else (3, 2)
    gap_limit = 2 if unspaced else 4
    texts = paragraph_texts(text)
    keys = [fold(t) for t in texts]
    clause = _clauses(text)
    found, i = [], 0
    while i < len(keys):
        same = [p for p, key in enumerate(keys) if key == keys[i]]
        hit = _repeat_at(keys, (clause, texts), i, same, minimums, gap_limit)
        if hit:
            found.append((i, hit[0], hit[1]))
            i = hit[0] + hit[1]
        else:
            i += 1
    return found


_ARABIC_WORDS = ["وكالة", "الأنباء", "المركزية", "عن", "و", "وفيروس", "كورونا", "2", "في"]
_CHINESE = ["新", "冠", "病", "毒", "的", "，"]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["ar", "en", "zh"]),
    st.lists(
        st.tuples(st.integers(0, 8), st.sampled_from([" ", " ", " ", "، ", ". "])), max_size=40
    ),
)
def test_the_repeats_found_from_repeated_pairs_are_those_found_from_every_word(
    language: str, parts: list[tuple[int, str]]
) -> None:
    words = {"ar": _ARABIC_WORDS, "en": [w.upper() for w in "abcabcdab"], "zh": _CHINESE}[language]
    joiner = (lambda w, s: w) if language == "zh" else (lambda w, s: w + s)
    text = "".join(joiner(words[n % len(words)], s) for n, s in parts)
    assert _repeats(text, language) == _repeats_from_every_word(text, language)


def _weekdays_scanned(text: str, language: str) -> list[Weekday]:
    """The weekdays the pattern finds, with no screen before it: the reference."""
    table = _table(language)
    assert table.pattern is not None
    found = []
    for match in table.pattern.finditer(text):
        number = table.names.get(fold(match["name"]))
        if number is not None and not (table.capitalised and not match["name"][:1].isupper()):
            found.append(Weekday(match.start(), match.end(), number, match["name"]))
    return found


_WEEKDAY_WORDS = ["Senin", "senin", "SELASA", "Kamis", "kamis1", "Jumat_", "Monday", "mardi"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*_WEEKDAY_WORDS, "pada", "x", "12", "(25/4)", " ", "-", ", "])),
    st.sampled_from(["id", "en", "fr", "ms"]),
)
def test_the_weekday_screen_by_words_holds_to_the_scan(parts: list[str], language: str) -> None:
    """An ASCII text is screened by its words (``lower_words``) before the weekday pattern
    scans it: the weekdays found are those the scan finds."""
    text = "".join(parts)
    assert weekdays_in(text, language) == _weekdays_scanned(text, language)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZéɏɐªµº×÷ʼ\u0301ب (),.1٢")))
def test_a_text_without_a_latin_letter_holds_no_latin_word(text: str) -> None:
    """``has_latin_letter`` screens a paragraph before its Latin words are read: where it
    finds no letter, no word is Latin and ``LATIN_WORD`` finds nothing."""
    if not has_latin_letter(text):
        assert not any(map(is_latin_word, paragraph_texts(text)))
        assert LATIN_WORD.findall(text) == []
