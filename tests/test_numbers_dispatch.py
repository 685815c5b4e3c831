"""The number reader finds its forms from the numerals it has found once, instead of scanning the
text for each form (``reader.core.text.numbers.extract``), and the anchors look for a token only
where one can be (``reader.core.align.anchors``): each shortcut finds exactly what the scan it
replaced found, on texts made of the characters that matter (digits, separators, colons, dashes,
the letters of the cue words), and the taken spans kept sorted refuse exactly the overlapping
mentions a comparison with each taken span refused."""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.align.anchors import _DIGIT_BY_LETTER, _inner_capital
from reader.core.text.fold import ARABIC_MARKS
from reader.core.text.numbers import cues
from reader.core.text.numbers.extract import (
    _clock_matches,
    _may_name_hour,
    _Reading,
    hour_after,
    may_begin_clock,
    may_begin_decade,
    may_begin_range,
)
from reader.core.text.numbers.idioms import _SHORT_DECADE, _YEAR_RANGE
from reader.core.text.numbers.mention import NumberKind, NumberMention
from reader.core.text.numbers.numerals import NUMERAL
from reader.core.text.numbers.scales import _word_starts
from reader.core.text.numbers.spelled import may_spell, spelled_numbers

# The one scan for an hour's cue that the reader made before (``cues.HOUR_HINT``).
HOUR_HINT = re.compile(r"الساعة|pukul|jam|\d\s?[ap]\.?m\b|\d\s(?:pagi|siang|sore)\b", re.IGNORECASE)

# Texts of the characters each shortcut turns on, so that a few hundred examples meet them.
CLOCKS = st.text(alphabet="0123456789.:：, \u00a0x", max_size=14)
HOURS = st.lists(
    st.sampled_from(
        [
            "4",
            "12",
            " ",
            ".",
            "pm",
            "P.M",
            "a",
            "ſore",
            "siang",
            "sıang",
            " pagı",
            "PUKUL",
            "jam",
            "x",
        ]
    ),
    max_size=8,
).map("".join)
YEARS = st.lists(
    st.sampled_from(
        [
            "1",
            "9",
            "5",
            "0",
            "20",
            "2",
            "-",
            "–",
            " ",
            ".",
            "années ",
            "the ",
            "tahun ",
            "-an",
            "'s",
        ]
    ),
    max_size=10,
).map("".join)


def _numerals(norm: str) -> list[re.Match[str]]:
    return list(NUMERAL.finditer(norm))


@settings(max_examples=1000, deadline=None)
@given(CLOCKS)
def test_clock_times_are_the_scan_s(norm: str) -> None:
    found = [m.span() for m in _clock_matches(norm, _numerals(norm))]
    assert found == [m.span() for m in cues.TIME.finditer(norm)]


@settings(max_examples=1000, deadline=None)
@given(CLOCKS)
def test_a_clock_time_is_never_skipped(norm: str) -> None:
    if cues.TIME.search(norm):
        assert may_begin_clock(norm, _numerals(norm))


@settings(max_examples=1000, deadline=None)
@given(HOURS)
def test_the_hour_cue_is_the_scan_s(norm: str) -> None:
    low = norm.lower()
    hint = (
        "الساعة" in norm
        or "pukul" in low
        or "jam" in low
        or (_may_name_hour(low) and hour_after(norm, _numerals(norm)))
    )
    assert hint == (HOUR_HINT.search(norm) is not None)


@settings(max_examples=1000, deadline=None)
@given(YEARS)
def test_a_year_range_or_a_decade_is_never_skipped(norm: str) -> None:
    if _YEAR_RANGE.search(norm):
        assert may_begin_range(norm, _numerals(norm))
    if any(pattern.search(norm) for pattern in _SHORT_DECADE.values()):
        assert may_begin_decade(_numerals(norm))


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 8)), max_size=12))
def test_overlapping_mentions_are_refused_as_before(spans: list[tuple[int, int]]) -> None:
    reading = _Reading("x" * 40, "x" * 40, "en", "en", native=False, kinds=True)
    taken: list[tuple[int, int]] = []
    for start, length in spans:
        span = (start, start + length)
        reading.add(NumberMention(Decimal(1), NumberKind.INTEGER, span, ""))
        if not any(span[0] < e and s < span[1] for s, e in taken):
            taken.append(span)
    assert [m.span for m in reading.mentions] == taken


_WORDS = st.sampled_from(
    ["dua", "DUA", "tiga", "puluh", "ratus", "Dua", "rumah", "orang", "9", "-", " ", "İ"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=10).map(" ".join))
def test_a_text_whose_words_may_spell_no_number_reads_none(text: str) -> None:
    words = re.findall(r"[^\W\d_]+", text)
    if not any(may_spell(word, "id") for word in words):
        assert list(spelled_numbers(text, "id")) == []


def test_may_spell_knows_the_languages_words() -> None:
    assert may_spell("Tiga", "id")
    assert may_spell("ثلاثة", "ar")
    assert may_spell("وثلاثة", "ar")  # after a clitic
    assert not may_spell("rumah", "id")
    assert may_spell("rumah", "en")  # English is read by its grammar, never ruled out


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="aZé²½Ⅻ_3٣ \u00a0\u064e.,-", max_size=4), st.integers(0, 4))
def test_a_scale_word_is_looked_for_only_where_a_word_starts(text: str, at: int) -> None:
    word = re.compile(rf"(?:[^\W\d_]|[{ARABIC_MARKS}])")
    assert _word_starts(text, at) == (at < len(text) and word.match(text, at) is not None)


# The one scan for a token of letters and digits that the anchors made before.
SPECIAL_PAIR = re.compile(r"[A-Za-z0-9][A-Z]|\d[A-Za-z]|[A-Za-z]\d|[A-Za-z]-\d")


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="aBz9٣é-É ", max_size=10))
def test_a_latin_token_is_looked_for_where_the_scan_found_one(text: str) -> None:
    inner = any(_inner_capital(word) for word in re.findall(r"[^\W\d_]+", text))
    found = inner or _DIGIT_BY_LETTER.search(text) is not None
    assert found == (SPECIAL_PAIR.search(text) is not None)
