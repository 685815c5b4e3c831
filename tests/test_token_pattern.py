"""The tokenizer's pattern, built cheaply (precomputed tables, astral look-aheads written as a
range, classes written as a category less a few blocks), cuts exactly as the pattern built from
the Unicode database with every class written out did."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.text import tokens, unicode_tables


def test_the_stored_tables_are_what_the_unicode_database_gives() -> None:
    if unicodedata.unidata_version != unicode_tables.UNICODE_VERSION:
        pytest.skip(f"tables made for Unicode {unicode_tables.UNICODE_VERSION}")
    computed = tokens.computed_tables()
    assert tokens._tables() == computed
    # The file is exactly what the generator writes (its docstring says how to make it again).
    assert Path(unicode_tables.__file__).read_text(encoding="utf-8") == tokens.tables_module(
        computed
    )


def test_tables_of_another_unicode_database_are_computed_not_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(unicode_tables, "UNICODE_VERSION", "0.0.0")
    monkeypatch.setattr(unicode_tables, "TABLES", ((),) * len(tokens.Tables._fields))
    tokens._tables.cache_clear()
    try:
        assert tokens._tables() == tokens.computed_tables()
    finally:
        tokens._tables.cache_clear()


def _as_before(words_only: bool) -> re.Pattern[str]:
    """The pattern as it was written before its compile was cut: each class written out as its
    runs (the basic plane's letters and digits, the letters alone, a word's inside twice, the
    unspaced blocks), and the unspaced characters matched by their blocks."""
    tables = tokens._tables()
    alnum_codes = tokens.basic_alnum(tables.unspaced_and_kana)
    letter_codes = [code for code in alnum_codes if not chr(code).isdecimal()]
    unspaced = tokens._ranges(tables.unspaced)
    kana = tokens._ranges(tokens._kana_ranges())
    mark = tokens._marks(tables.marks)
    alnum = f"[{tokens._ranges(tokens._runs(alnum_codes))}]"
    letter = f"[{tokens._ranges(tokens._runs(letter_codes))}]"
    inside = f"[{tokens._ranges(tables.inside)}]"
    above = tokens._ranges(tokens._astral_parts((*tables.unspaced, *tokens._kana_ranges())))
    astral = rf"(?={tokens._ASTRAL})[^\W_{above}]"
    astral_letter = rf"(?={tokens._ASTRAL})[^\W\d_{above}]"
    joiner = re.escape(tokens._NUMBER_JOINERS)
    word = (
        rf"(?:{alnum}|{astral}){inside}*"
        rf"(?:(?:{astral}|{mark}|['\u2019](?={letter}|{astral_letter})|(?<=\d)[{joiner}](?=\d))"
        rf"{inside}*)*"
    )
    kana_run = rf"(?:(?=\w)[{kana}]{mark}*)+"
    unspaced_char = rf"(?=\w)[{unspaced}]{mark}*"
    space = rf"[^\S\r\n]+{mark}*|[\r\n]+"
    other = rf".(?:\u200d[^\w\s]|{mark})*"
    if words_only:
        return re.compile(f"{word}|{kana_run}|{unspaced_char}")
    return re.compile(f"{word}|{space}|{kana_run}|{unspaced_char}|{other}", re.DOTALL)


def test_no_mark_is_a_letter_or_digit() -> None:
    # The word's first character is told by ``[^\W_]`` alone: no mark may pass that test.
    marks = tokens._tables().marks
    text = "".join(chr(code) for first, last in marks for code in range(first, last + 1))
    assert re.findall(r"[^\W_]", text) == []


_BEFORE = {words_only: _as_before(words_only) for words_only in (False, True)}

_MIXED = st.text(
    alphabet=st.one_of(
        st.sampled_from(
            list("ab Zé1.,:/'’-٣٫٬")
            + list("مَدْرسةٰـ")
            + ["\u200c", "\u200d", "\ufe0f", "\n", "\r", "\t", "\u202e"]
            + list("金正ウクライナで한국어ไม่ได้ກາ")
            + ["\U00020000", "\U0001d400", "\U0001d7ce", "\U0001d165", "\U000e0041", "\U000e0100"]
            + ["👍", "🏻", "🏴", "\U00010400", "\U0001b000", "\u0301"]
        ),
        st.characters(),  # any code point but surrogates
    ),
    max_size=60,
)


@settings(max_examples=400, deadline=None)
@given(_MIXED)
def test_the_pattern_cuts_random_mixed_script_text_as_before(text: str) -> None:
    for words_only, before in _BEFORE.items():
        assert tokens._pattern(words_only).findall(text) == before.findall(text)


def test_every_character_above_the_basic_plane_is_read_as_before() -> None:
    # One character of each run of 64 code points above U+FFFF, alone and between letters.
    text = "".join(f"a{chr(code)}b{chr(code)} " for code in range(0x10000, 0x110000, 61))
    for words_only, before in _BEFORE.items():
        assert tokens._pattern(words_only).findall(text) == before.findall(text)


def test_every_character_of_the_basic_plane_is_read_as_before() -> None:
    # Alone, after a letter and a digit, before a mark, a katakana and an apostrophe, doubled.
    codes = [code for code in range(0x10000) if not 0xD800 <= code <= 0xDFFF]
    for context in ("{} ", "a{}b ", "1{}2 ", "{}\u0301 ", "{}ア ", "{}'s ", "{}{} ", "金{}\u0e48 "):
        text = "".join(context.replace("{}", chr(code)) for code in codes)
        for words_only, before in _BEFORE.items():
            assert tokens._pattern(words_only).findall(text) == before.findall(text), context
