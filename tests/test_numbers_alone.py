"""The number reader's look at the few characters around a numeral, which reads most numerals
without their dozen tests (``reader.core.text.numbers.extract._alone``), and the cheaper scans and
screens beside it: each reads exactly what the full reading or the scan it spares reads, on texts
made of the characters that matter (digits, marks, spaces and line ends, brackets, signs,
currencies, the letters of scale words, ordinals, months and decades)."""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.text.numbers import cues, extract_numbers
from reader.core.text.numbers.extract import (
    _alone,
    _classify,
    _Reading,
    _value,
    read_months,
)
from reader.core.text.numbers.idioms import (
    _SHORT_DECADE,
    _roman_numerals,
    may_name_decade,
    roman_value,
)
from reader.core.text.numbers.mention import NumberKind, NumberMention
from reader.core.text.numbers.numerals import NUMERAL, numerals_in, read_numeral
from reader.core.text.numbers.ranges import shared_scales
from reader.core.text.words import lower_words

_PIECES = [
    *"0123456789",
    "2019",
    "1.000",
    "3,5",
    " ",
    " ",
    "\n",
    "\u00a0",
    *"()[].,;:!?-/%$€'\"",
    "،",
    "٣",
    "Rp",
    "Rp.",
    "US$",
    "ke-",
    "ke ",
    "juta",
    "ribu",
    "persen",
    "million",
    "th",
    "e",
    "er",
    "Mei",
    "Agustus",
    "August",
    "مليون",
    "دولار",
    "G",
    "U-",
    "x",
]
TEXTS = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)
LANGUAGES = st.sampled_from(["id", "en", "fr", "ar"])


@settings(max_examples=3000, deadline=None)
@given(TEXTS, LANGUAGES, st.booleans())
def test_a_numeral_read_at_a_look_is_read_as_in_full(text: str, language: str, kinds: bool) -> None:
    months = read_months(text, language) if kinds else ()
    for match in NUMERAL.finditer(text):
        start, end = match.span()
        numeral = read_numeral(match[0], language)
        if numeral is None or (start and text[start - 1].isdigit()):
            continue
        reading = _Reading(text, text, language, language, native=False, kinds=kinds)
        quick = _alone(reading, start, end, numeral, months)
        if quick is None:
            continue
        if kinds:
            full = _classify(reading, start, end, numeral, months, set())
        else:
            full = _value(reading, start, end, numeral)
        assert quick == full
        assert repr(quick) == repr(full)


def test_most_numerals_are_read_at_a_look() -> None:
    text = "Sebanyak 120, (2019) tewas, 45; dan 7.5. Lainnya 300."
    reading = _Reading(text, text, "id", "id", native=False, kinds=True)
    read = [
        _alone(reading, m.start(), m.end(), read_numeral(m[0], "id"), ())
        for m in NUMERAL.finditer(text)
    ]
    assert [m.kind for m in read if m is not None] == [
        NumberKind.INTEGER,
        NumberKind.YEAR,
        NumberKind.INTEGER,
        NumberKind.DECIMAL,
        NumberKind.INTEGER,
    ]
    # A currency, a percentage or a scale word around a numeral: read in full.
    for text in ("Rp 5 ", "5 persen", "5 juta", "ke-5 ", "(5%)"):
        reading = _Reading(text, text, "id", "id", native=False, kinds=True)
        match = NUMERAL.search(text)
        assert match is not None
        numeral = read_numeral(match[0], "id")
        assert _alone(reading, match.start(), match.end(), numeral, ()) is None


_BEFORE = st.lists(
    st.sampled_from(["Rp", "Rp.", "US$", "RM", "€", "%", "٪", " ", "\n", "\t", "x", ".", "5"]),
    max_size=6,
).map("".join)


@settings(max_examples=2000, deadline=None)
@given(_BEFORE)
def test_a_sign_before_a_number_is_looked_for_wherever_the_pattern_finds_one(text: str) -> None:
    end = len(text)
    for quick, pattern in (
        (cues.percent_before, cues.PERCENT_BEFORE),
        (cues.currency_before, cues.CURRENCY_BEFORE),
    ):
        found, expected = quick(text, end), cues.before(pattern, text, end)
        assert (found and found.span()) == (expected and expected.span())


_DECADE_PIECES = ["années ", "Années ", "the ", "THE ", "tahun ", "TAHUN ", "años ", "ANOS "]
_DECADE_TEXTS = st.lists(
    st.sampled_from(
        [*_DECADE_PIECES, "30", "90", "2", "-an", "-AN", "s", "S", "ſ", "'", "’", " ", ".5", "x"]
    ),
    max_size=8,
).map("".join)


@settings(max_examples=2000, deadline=None)
@given(_DECADE_TEXTS)
def test_a_short_decade_is_looked_for_wherever_the_pattern_finds_one(text: str) -> None:
    for subtag, pattern in _SHORT_DECADE.items():
        if pattern.search(text):
            assert may_name_decade(text.lower(), subtag)


# The pattern the Roman numerals were found by before: its look-behind tried at every position.
_ROMAN_BEFORE = re.compile(r"(?<=\w[ -])(?P<r>[IVX]{1,5})(?![\w-])(?! [A-Z][a-z])")
_WORD_BEFORE = re.compile(r"(\w+)[ -]$")


@settings(max_examples=2000, deadline=None)
@given(
    st.lists(st.sampled_from(["type", "Type", " ", "I", "V", "X", "-", "Ab", "\n", "é"])).map(
        "".join
    )
)
def test_roman_numerals_are_the_look_behind_s(text: str) -> None:
    expected = []
    for match in _ROMAN_BEFORE.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if before is not None and not before[1][:1].isupper() and roman_value(match["r"]):
            expected.append(match.span("r"))
    assert [m.span for m in _roman_numerals(text, "en", True, True)] == expected


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="0123456789.,' \u00a0\u2009x-", max_size=16))
def test_the_numerals_of_an_ascii_text_are_the_unicode_scan_s(text: str) -> None:
    assert [m.span() for m in numerals_in(text)] == [m.span() for m in NUMERAL.finditer(text)]


@settings(max_examples=1000, deadline=None)
@given(TEXTS, LANGUAGES, st.booleans())
def test_mentions_come_in_text_order(text: str, language: str, words: bool) -> None:
    found = extract_numbers(text, language, words=words)
    assert found == sorted(found, key=lambda m: m.span)


def test_a_range_shares_its_scale_and_digits_alone_share_none() -> None:
    text = "2-3 juta orang, 4-5 orang"
    found = extract_numbers(text, "id", words=False)
    assert [m.alternatives for m in found] == [(Decimal(2000000),), (), (), ()]
    plain = [
        NumberMention(Decimal(n), NumberKind.INTEGER, (s, s + 1), str(n))
        for n, s in ((4, 0), (5, 2))
    ]
    assert shared_scales("4-5 x", plain, "id") == plain


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="aZ_9 -.'\té", max_size=16))
def test_the_words_of_an_ascii_text_are_the_unicode_scan_s(text: str) -> None:
    lower_words.cache_clear()
    assert lower_words(text) == frozenset(re.findall(r"\w+", text.lower()))
