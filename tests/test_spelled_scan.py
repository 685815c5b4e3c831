"""Spelled numbers are found by looking words up, not by one regular expression of every form:
the lookup must find exactly what that expression found (the one it replaced is rebuilt here
from the same tables, as reader.core.text.numbers.spelled built it)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.cli import sample_path
from reader.core.text.arabic import CLITICS
from reader.core.text.numbers import french, indonesian, spelled
from reader.core.text.numbers.spelled import spelled_numbers
from reader.core.text.numbers.wordscan import numbers_in_words

# French, Indonesian and Malay are read by their grammars (``numbers.french``,
# ``numbers.indonesian``), not looked up in a table.
LANGUAGES = ("ar",)


def reference(language: str) -> re.Pattern[str]:
    """The expression spelled.py compiled for ``language`` before the lookup replaced it."""
    names = sorted(spelled._table(language), key=len, reverse=True)
    if language == "ar":
        seats = {"ا": "[اأإآ]", "ي": "[يى]", "ه": "[هة]"}
        alternation = "|".join("".join(seats.get(ch, ch) for ch in n) for n in names)
        return re.compile(rf"(?<!\w)[{CLITICS}]?(?:{alternation})(?!\w)")
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, names))})(?!\w)", re.IGNORECASE)


def spans_by_lookup(text: str, language: str) -> list[tuple[int, int]]:
    return list(spelled._spelled_spans(text, language))


def spans_by_expression(text: str, language: str) -> list[tuple[int, int]]:
    return [m.span() for m in reference(language).finditer(text)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sample_reads_alike(language: str) -> None:
    for path in sorted(sample_path().glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert spans_by_lookup(text, language) == spans_by_expression(text, language), path.name


def _variants(word: str) -> list[str]:
    """``word`` as a text may write it: cased every way a case-blind match accepts, each alef
    in each seat, with a clitic, glued to its neighbours."""
    return [
        word,
        word.upper(),
        word.capitalize(),
        word.replace("i", "ı").replace("s", "ſ"),
        word.upper().replace("I", "İ"),
        word.replace("ا", "أ").replace("ي", "ى").replace("ه", "ة"),
        word.replace("ا", "آ", 1),
        *(c + word for c in CLITICS),
        "ال" + word,
        word + "ً",  # a vowel mark after the word ends the word
        "ـ" + word,  # tatweel is a word character for neither
        "x" + word,
        word + "2",
        word + "_",
        word[:-1],
        word[1:],
    ]


def _words(language: str) -> st.SearchStrategy[str]:
    forms = sorted(spelled._table(language))
    return st.sampled_from(forms).flatmap(lambda w: st.sampled_from(_variants(w)))


@pytest.mark.parametrize("language", LANGUAGES)
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_every_form_in_every_spelling_reads_alike(language: str, data: st.DataObject) -> None:
    gaps = st.sampled_from([" ", "  ", "\n", ", ", "-", "/", "«", "»", "و ", "(", ")", ".", "'"])
    parts = data.draw(st.lists(st.tuples(_words(language), gaps), min_size=1, max_size=8))
    text = "".join(word + gap for word, gap in parts)
    assert spans_by_lookup(text, language) == spans_by_expression(text, language)


def test_what_the_lookup_finds_is_read() -> None:
    assert [v for _, _, v, _ in spelled_numbers("Sebelas orang, TIGA hari", "id")] == [11, 3]
    assert [v for _, _, v, _ in spelled_numbers("بثلاثة أيام والخمسين", "ar")] == [3, 50]
    assert list(spelled_numbers("نص بلا أرقام", "fa")) == []


# -- the grammars' numbers, read from the words that may begin one -------------------------------

_NOT_STARTS = {
    "fr": ("et", "cents", "vingts", "Vingt", "DEUX", "x"),
    "id": ("puluh", "belas", "ratus", "ribu", "juta", "Dua", "x"),
    "ms": ("puluh", "belas", "ratus", "ribu", "Dua", "x"),
}
_NUMBER_AT = {
    "fr": lambda text: lambda tokens, index: french._number_at(text, tokens, index),
    "id": lambda text: lambda tokens, index: indonesian._Parser(text, tokens, index).number(),
}
_NUMBER_AT["ms"] = _NUMBER_AT["id"]


@pytest.mark.parametrize("language", ["fr", "id", "ms"])
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_a_number_in_words_reads_alike_in_a_narrow_window_and_a_wide_one(
    language: str, data: st.DataObject
) -> None:
    words = st.sampled_from(sorted(spelled.spelled_forms(language)) + list(_NOT_STARTS[language]))
    gaps = st.sampled_from([" ", "-", "  ", ", ", "\n", " et ", "\u00a0"])
    parts = data.draw(st.lists(st.tuples(words, gaps), min_size=1, max_size=30))
    text = "".join(word + gap for word, gap in parts)
    starts = [start for start, _ in spelled._spelled_spans(text, language)]
    number_at = _NUMBER_AT[language](text)
    word = french._WORD
    narrow = list(numbers_in_words(text, word, number_at, starts, window=1))
    wide = list(numbers_in_words(text, word, number_at, starts, window=len(text) + 1))
    assert narrow == wide
