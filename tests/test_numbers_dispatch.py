"""The number reader finds its forms from the numerals it has found once, instead of scanning the
text for each form (``reader.core.text.numbers.extract``): each shortcut finds exactly what the
scan it replaced found, on texts made of the characters that matter (digits, separators, colons,
dashes, the letters of the cue words), and the taken spans kept sorted refuse exactly the
overlapping mentions a comparison with each taken span refused."""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.text.numbers import cues
from reader.core.text.numbers.extract import _clock_matches, _NumeralEnds, _Reading
from reader.core.text.numbers.idioms import _SHORT_DECADE, _YEAR_RANGE
from reader.core.text.numbers.mention import NumberKind, NumberMention
from reader.core.text.numbers.numerals import NUMERAL
from reader.core.text.numbers.spelled import may_spell, spelled_numbers

# The one scan for an hour's cue that the reader made before (``cues.HOUR_HINT``).
HOUR_HINT = re.compile(r"الساعة|pukul|jam|\d\s?[ap]\.?m\b|\d\s(?:pagi|siang|sore)\b", re.IGNORECASE)

# Texts of the characters each shortcut turns on, so that a few hundred examples meet them.
CLOCKS = st.text(alphabet="0123456789.:：, \u00a0x", max_size=14)
HOURS = st.lists(
    st.sampled_from(
        ["4", "12", " ", ".", "pm", "P.M", "a", "ſore", "siang", " pagi", "PUKUL", "jam"]
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
@given(HOURS)
def test_the_hour_cue_is_the_scan_s(norm: str) -> None:
    low = norm.lower()
    ends = _NumeralEnds(norm, _numerals(norm))
    hint = "الساعة" in norm or "pukul" in low or "jam" in low or ends.hour_after
    assert hint == (HOUR_HINT.search(norm) is not None)


@settings(max_examples=1000, deadline=None)
@given(YEARS)
def test_a_year_range_or_a_decade_is_never_skipped(norm: str) -> None:
    ends = _NumeralEnds(norm, _numerals(norm))
    if _YEAR_RANGE.search(norm):
        assert ends.year_range
    if any(pattern.search(norm) for pattern in _SHORT_DECADE.values()):
        assert ends.decade


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
