"""The tokenizer's pattern, built cheaply (precomputed tables, astral look-aheads written as a
range), cuts exactly as the pattern built from the Unicode database at every start did."""

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
    """The pattern as it was written before: "above the basic plane" as ``[^\\x00-\\uffff]``,
    and the astral letters' class leaving out every unspaced block, not only those above."""
    tables = tokens._tables()
    kana = tokens._kana_ranges()
    both = tokens._ranges(tables.unspaced) + tokens._ranges(kana)
    above = tokens._ranges(tokens._astral_parts((*tables.unspaced, *kana)))
    now = tokens._pattern(words_only)
    text = now.pattern
    replacements = (
        (f"[^\\W_{above}]", f"[^\\W_{both}]", 2),
        (f"[^\\W\\d_{above}]", f"[^\\W\\d_{both}]", 1),
        (tokens._ASTRAL, r"[^\x00-\uffff]", 6 if words_only else 8),
    )
    for new, old, count in replacements:
        assert text.count(new) == count
        text = text.replace(new, old)
    return re.compile(text, now.flags)


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
