"""Queries (reader.core.library.query): clauses, phrases, and the marks they leave."""

from __future__ import annotations

import pytest

from reader.core.errors import ReaderError
from reader.core.library.query import MAX_TERMS, parse


def marked(query: str, text: str, prefix: bool = False) -> list[str]:
    return [text[a:b] for a, b in parse(query, prefix=prefix).marks(text)]


def test_words_match_whole_words_in_any_prefixed_form() -> None:
    text = "قال الرئيس إن للرئيس والرئيس رئيسا"
    assert marked("الرئيس", text) == ["الرئيس", "للرئيس", "والرئيس"]


def test_a_quoted_phrase_matches_its_words_in_order_only() -> None:
    text = "Kim Jong Un met Un Jong Kim"
    assert marked('"Kim Jong Un"', text) == ["Kim Jong Un"]
    assert marked("Kim Jong Un", text) == ["Kim", "Jong", "Un", "Un", "Jong", "Kim"]


def test_a_number_matches_in_any_digits() -> None:
    assert marked("٢٠١٩", "pada 2019 dan 2020") == ["2019"]


def test_the_word_being_typed_matches_as_a_prefix() -> None:
    assert marked("Put", "Putin bertemu Kim", prefix=True) == ["Putin"]
    assert marked("Put", "Putin bertemu Kim") == []
    assert marked("Put ", "Putin bertemu Kim", prefix=True) == []  # the word is finished


def test_a_chinese_character_alone_finds_the_pairs_it_begins() -> None:
    assert marked("金", "金正恩说") == ["金正"]


@pytest.mark.parametrize("syntax", ['"', "*", "AND", "OR", "NOT", "NEAR(", "col:", "^", "()", "-"])
def test_fts5_syntax_is_text(syntax: str) -> None:
    query = parse(f"Putin {syntax} Kim")
    for clause in query.clauses:
        for key in clause.keys:
            assert f'"{key}"' in query.fts()


def test_a_query_without_words_is_told() -> None:
    with pytest.raises(ReaderError, match="no words to search for"):
        parse('*)(:^"\u202e\x00 ')


def test_a_pasted_page_is_told_not_searched() -> None:
    with pytest.raises(ReaderError, match=f"at most {MAX_TERMS}"):
        parse("كلمة " * 2000)


def test_a_name_being_typed_finds_its_arabic_spelling_already() -> None:
    assert marked("Putin", "قال بوتين إن", prefix=True) == ["بوتين"]
    assert marked("putin", "قال بوتين إن", prefix=True) == []
