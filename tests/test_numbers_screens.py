"""The number reader looks at a paragraph once for what each form needs, and runs a form only
where that look says it can find something (``reader.core.text.numbers``): each look is held here
to the scan it spares, on texts made of the form's own words and of the characters around them
(spaces of every kind, clitics, letters, digits), so that a screen can never miss what the form
would have read."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.text.arabic import CLITICS
from reader.core.text.numbers import cues, idioms
from reader.core.text.numbers.extract import _may_name, _spelled_words
from reader.core.text.numbers.idioms import (
    _DAY_PART_QUICK,
    _DAY_PART_WORDS,
    _FRACTION_MINUTES,
    _HOUR_FRACTION_QUICK,
    _ROMAN_WORD,
    _SPACED_ROMAN,
    _TEEN,
    _TENS_ENDINGS,
    _after_space,
    _may_name_decade,
    _phrase_words,
    _tens_pattern,
    _tens_stems,
)
from reader.core.text.numbers.months import month_words
from reader.core.text.numbers.numerals import (
    _APOSTROPHES,
    _MARKS,
    _SPACES,
    NUMERAL,
    ascii_digits,
)
from reader.core.text.numbers.spelled import _spelled_spans, spelled_forms
from reader.core.text.words import lower_words

# Spaces as ``\s`` reads them, and characters that join or part words.
_AROUND = [" ", "\u00a0", "\n", "\u2003", "\t", "-", ".", "،", "x", "ة", "ا", "أ", "ي", "ن", "7"]


def _texts(pieces: list[str], max_size: int = 8) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=max_size).map("".join)


_ARABIC = _texts(
    [
        *_AROUND,
        *CLITICS,
        "ال",
        "عشر",
        "عشرة",
        "ثلاثة",
        "الثالثة",
        "اثنا",
        *_tens_stems(),
        "أربع",
        "إربع",
        *_TENS_ENDINGS,
        "ات",
        # The parts of the day and the fractions as their scans spell them (not taken from the
        # screens' own tuples, which a broken screen would break alike).
        *("صباح", "فجر", "ليل", "ظهر", "مساء", "ليلا", "\u064b"),
        "بعد الظهر",
        *("ربع", "نصف", "ثلث"),
        "ساعة",
        "الساعة",
        "ساع",
    ],
    max_size=10,
)
_LATIN = _texts(["I", "V", "X", "II", "IV", " ", "\u00a0", "type", "Type", "-", "A", "b", "é"])


@settings(max_examples=1000, deadline=None)
@given(_ARABIC)
def test_a_teen_is_looked_for_wherever_the_scan_finds_one(text: str) -> None:
    if _TEEN.search(text):
        assert _after_space(text, "عشر")


# Decades whole (a clitic, the article, a stem in any seat, an ending), among the pieces.
_DECADES = st.builds(
    "".join,
    st.tuples(
        st.sampled_from(["", *CLITICS]),
        st.sampled_from(["", "ال"]),
        st.sampled_from([*_tens_stems(), "أربع", "إربع", "آربع"]),
        st.sampled_from(_TENS_ENDINGS),
    ),
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.one_of(_ARABIC, _DECADES), max_size=4).map("".join))
def test_a_decade_is_looked_for_wherever_the_scan_finds_one(text: str) -> None:
    assert _may_name_decade(text) == (_tens_pattern().search(text) is not None)


@settings(max_examples=1000, deadline=None)
@given(_ARABIC)
def test_an_hour_in_words_is_looked_for_wherever_the_scans_find_one(text: str) -> None:
    if _DAY_PART_QUICK.search(text):
        assert cues.holds_any(text, _DAY_PART_WORDS)
    if _HOUR_FRACTION_QUICK.search(text):
        assert cues.holds_any(text, _FRACTION_MINUTES)


@settings(max_examples=1000, deadline=None)
@given(_LATIN)
def test_a_roman_numeral_is_looked_for_wherever_the_scan_finds_one(text: str) -> None:
    if _ROMAN_WORD.search(text):
        assert cues.holds_any(text, _SPACED_ROMAN)


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(["ar", "en", "id", "fr", "ms"]), _texts(["half", "مزيد", "ال", " ", "x"]))
def test_the_words_for_half_and_a_decade_are_the_search_s(language: str, text: str) -> None:
    words = _phrase_words(language)
    quick = re.compile("|".join(map(re.escape, words)))
    assert cues.holds_any(text, words) == (quick.search(text) is not None)


def test_the_screens_let_the_forms_read_what_they_read() -> None:
    """The screens pass a text that says each form: the forms still read it."""
    text = "في الثمانينيات، الساعة السادسة صباحًا، ربع ساعة، ثلاثة عشر يومًا"
    found = {m.text for m in idioms.idiom_numbers(text, "ar")}
    assert {"الثمانينيات", "ربع ساعة", "ثلاثة عشر"} <= found
    assert any(t.startswith("الساعة السادسة") for t in found)
    assert [m.text for m in idioms.idiom_numbers("a type II membrane", "en")] == ["II"]


# -- the words of a paragraph, read once -------------------------------------------------------

_LANGUAGES = ("id", "ar", "fr", "ms", "en")


def _words_of(language: str) -> list[str]:
    """Spelled numbers and month names of ``language``."""
    return sorted(spelled_forms(language)) + sorted(month_words(language) or ())


@st.composite
def _paragraphs(draw: st.DrawFn, language: str) -> str:
    """A text of two of the language's words (in the cases a text writes them), clitics and
    what stands around words: few enough pieces that they meet each other often."""
    words = draw(st.lists(st.sampled_from(_words_of(language)), min_size=1, max_size=2))
    cased = [*words, *(w.upper() for w in words), *(w.title() for w in words)]
    odd = ["İ", "ı", "ſ", "_", "\u0307", "7", "x", "Ⅻ", "ة", " ", "\u00a0", "-"]
    return draw(_texts([*cased, *words, *words, *CLITICS, *odd], max_size=6))


def _vocabulary_before(text: str) -> frozenset[str]:
    """The words the reader tested before (``extract._vocabulary``): the text's own, and each
    without an Arabic clitic."""
    found = lower_words(text)
    return found | {w[1:] for w in found if w[:1] in CLITICS}


def _may_hold_months_before(words: frozenset[str], text: str, language: str) -> bool:
    """The month test as the reader made it before (``months.may_hold_months``), on the words
    of ``_vocabulary_before``."""
    names = month_words(language)
    return "月" in text if names is None else not names.isdisjoint(words)


@settings(max_examples=1000, deadline=None)
@given(st.data())
def test_the_words_say_what_the_scans_find(data: st.DataObject) -> None:
    language = data.draw(st.sampled_from(_LANGUAGES))
    text = data.draw(_paragraphs(language))
    words = lower_words(text)
    assert list(_spelled_spans(text, language, words)) == list(_spelled_spans(text, language))
    before = _vocabulary_before(text)
    assert _may_name(words, text, language) == _may_hold_months_before(before, text, language)
    assert (not words.isdisjoint(_spelled_words(language))) == (
        not before.isdisjoint(spelled_forms(language))
    )


# -- the cues before a number ------------------------------------------------------------------


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return match.span() if match else None


@settings(max_examples=2000, deadline=None)
@given(
    _texts(
        ["%", "٪", "Rp", ".", "IDR", "US", "$", "USD", "S", "RM", "EUR", "€", "£", "¥", *_AROUND]
    ),
    st.integers(0, 12),
)
def test_a_sign_or_a_currency_before_a_number_is_the_search_s(text: str, end: int) -> None:
    end = min(end, len(text))
    assert _span(cues.percent_before(text, end)) == _span(
        cues.before(cues.PERCENT_BEFORE, text, end)
    )
    assert _span(cues.currency_before(text, end)) == _span(
        cues.before(cues.CURRENCY_BEFORE, text, end)
    )


# -- numerals ----------------------------------------------------------------------------------

# Digits of three scripts, the marks and spaces that join them, and what else stands by them.
_NUMERALS = st.text(alphabet="0123٣٤۵߁.,٫٬ \u00a0\u202f'’x-", max_size=14)


@settings(max_examples=2000, deadline=None)
@given(_NUMERALS)
def test_the_numerals_are_the_scan_s_and_stand_where_their_ascii_digits_do(text: str) -> None:
    before = re.compile(  # as it was written
        rf"\d+(?:(?:[{_MARKS}{_SPACES}]|(?:[ {_APOSTROPHES}])(?=\d{{3}}(?!\d)))\d+)*"
    )
    found = [m.span() for m in NUMERAL.finditer(text)]
    assert found == [m.span() for m in before.finditer(text)]
    norm = ascii_digits(text)
    assert found == [m.span() for m in NUMERAL.finditer(norm)]
    # No numeral with a character outside ASCII: the text has no other digits to rewrite.
    if all(m[0].isascii() for m in NUMERAL.finditer(text)):
        assert norm is text
