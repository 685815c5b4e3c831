"""The anchors read a paragraph's Latin-script tokens from its words where the words tell them
(``reader.core.align.anchors``), a paragraph's words from its pieces between white space (an
ASCII one's between any characters but letters), its marks
by kind in one count each, and look for a web address's telltale dot with a pattern that
starts at the dot: each finds exactly what the scans and counts they replaced found, on texts
made of the characters that decide (capitals after letters, digits of two scripts beside
letters, underscores, hyphens, dots, @, letters of other scripts, numerals that are not
digits, every mark). The words the aligner reads once serve the strays as their own reading
would (``Words``)."""

from __future__ import annotations

import re
import string
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.align.anchors import (
    _DIGIT_BY_LETTER,
    _DOTTED,
    _SPECIAL_TOKEN,
    _TOKEN,
    _WORD,
    Words,
    _digit_by_letter,
    _inner_capital,
    _latin_token_keys,
    _punctuation_keys,
    _Vocabulary,
    _web_addresses,
    letter_runs,
    paragraph_keys,
    spelled_keys,
)
from reader.core.align.stray import strays

# The telltale of a domain as the anchors looked for it before: a class of characters first.
OLD_DOTTED = re.compile(r"[A-Za-z0-9]\.[a-z]{2}")


def scanned(text: str, latin_document: bool) -> list[str]:
    """The scan the anchors made before: every token of the text without its addresses."""
    addresses, text = _web_addresses(text)
    keys = ["L" + address.lower() for address in addresses]
    if latin_document:
        return keys + ["L" + token.lower() for token in _SPECIAL_TOKEN.findall(text)]
    return keys + ["L" + t.lower() for t in _TOKEN.findall(text) if not t.isdigit()]


PIECES = [
    "a",
    "B",
    "KCNA",
    "iPhone",
    "G",
    "20",
    "9",
    "٣",
    "é",
    "É",
    "²",
    "Ⅻ",
    "_",
    "-",
    " ",
    ".",
    ".com",
    "co",
    "@",
    "#",
    "www.",
    "بوتين",
    "二",
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


def read(text: str, latin_document: bool) -> list[str]:
    words = _WORD.findall(text)
    vocabulary = _Vocabulary(set(words), "id" if latin_document else "ar", not latin_document)
    return _latin_token_keys(text, words, vocabulary, latin_document)


@settings(max_examples=2000, deadline=None)
@given(TEXTS)
def test_a_latin_texts_tokens_are_what_the_scan_found(text: str) -> None:
    assert read(text, latin_document=True) == scanned(text, latin_document=True)


@settings(max_examples=1000, deadline=None)
@given(TEXTS)
def test_another_scripts_latin_tokens_are_what_the_scan_found(text: str) -> None:
    assert read(text, latin_document=False) == scanned(text, latin_document=False)


@settings(max_examples=1000, deadline=None)
@given(TEXTS, st.sets(st.sampled_from(["La", "Lb", "Lkcna", "Liphone", "Lg", "Lco", "Lg20"])))
def test_another_scripts_latin_tokens_kept_are_those_the_other_text_holds_or_hard(
    text: str, other_keys: set[str]
) -> None:
    # What ``weigh`` would drop, dropped before: a token of letters that the other text does
    # not hold. Addresses and tokens with a digit stay.
    words = _WORD.findall(text)
    vocabulary = _Vocabulary(set(words), "ar", True)
    vocabulary.keep_tokens(other_keys)
    addresses = ["L" + address.lower() for address in _web_addresses(text)[0]]
    tokens = scanned(text, latin_document=False)[len(addresses) :]
    kept = [key for key in tokens if key in other_keys or any(ch.isdigit() for ch in key)]
    assert _latin_token_keys(text, words, vocabulary, False) == addresses + kept


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="aZ9٣é_-. \u00a0co", max_size=10))
def test_a_domains_telltale_is_found_where_the_class_first_found_it(text: str) -> None:
    assert (_DOTTED.search(text) is not None) == (OLD_DOTTED.search(text) is not None)


def test_acronyms_are_read_in_the_order_of_the_text() -> None:
    # Each kind of paragraph the words decide: acronyms alone; a letter beside a digit (G20),
    # which the scan reads; an underscore that joins an acronym to the word before it.
    assert read("Kata KCNA, lalu iPhone dan KCNA lagi.", True) == ["Lkcna", "Liphone", "Lkcna"]
    assert read("KTT G20 dan KCNA.", True) == ["Lktt", "Lg20", "Lkcna"]
    assert read("akun foo_KCNA dan DPR", True) == ["Ldpr"]


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=12))
def test_an_ascii_texts_words_are_its_runs_of_letters(text: str) -> None:
    assert letter_runs(text) == _WORD.findall(text)


# What decides a word of another text: letters of several scripts and cases (a title-case
# digraph, a modifier letter), digits that are decimal (٣) or not (², ½, 二: word characters,
# so inside a word), an underscore, marks (a combining accent, an Arabic vowel), white space
# that is not a space, punctuation.
WORD_PIECES = [*"aZé\u01c5\u02b0ßبب二²½٣9_.,'-", "e\u0301", "\u064e", " ", "\u00a0", "\n", "\u200f"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(WORD_PIECES), max_size=12).map("".join))
def test_a_texts_words_are_its_runs_of_letters(text: str) -> None:
    assert letter_runs(text) == _WORD.findall(text)


def test_each_character_ends_a_word_or_joins_it_as_the_pattern_does() -> None:
    # Every character of Unicode, inside a word and alone after a space.
    for code in range(0x110000):
        text = f"x{chr(code)}y {chr(code)}"
        assert letter_runs(text) == _WORD.findall(text), hex(code)


def counted(text: str) -> list[str]:
    """The marks as the anchors counted them before, one count per mark."""
    marks = [ch for ch in text if ch in '“«„「『"(（?؟？!！']
    quotes = sum(marks.count(q) for q in "“«„「『") + marks.count('"') // 2
    return (
        ["Pquote"] * quotes
        + ["Pparen"] * (marks.count("(") + marks.count("（"))
        + ["P?"] * sum(marks.count(q) for q in "?؟？")
        + ["P!"] * (marks.count("!") + marks.count("！"))
    )


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet='“«„「『"(（?؟？!！)”» a.', max_size=12))
def test_marks_are_counted_by_kind(text: str) -> None:
    assert _punctuation_keys(text) == counted(text)


PARAGRAPHS = st.lists(
    st.lists(
        st.sampled_from(
            ["Kata", "KCNA", " ", "20", ".", "كَتَبَ", "بوتين", "e\u0301", "é", "_", "二"]
        ),
        max_size=8,
    ).map("".join),
    min_size=1,
    max_size=4,
)


@settings(max_examples=300, deadline=None)
@given(PARAGRAPHS, st.sampled_from([("id", "ar"), ("ar", "id"), ("en", "fr"), ("zh", "en")]))
def test_words_read_once_serve_the_strays_as_their_own_reading(
    paragraphs: list[str], languages: tuple[str, str]
) -> None:
    # A paragraph whose marks the anchors took out (كَتَبَ), or that was not in NFC (e and
    # a combining accent), is read again by the strays, as written.
    read = Words.read(paragraphs)
    assert strays(paragraphs, *languages, read.as_written(paragraphs)) == strays(
        paragraphs, *languages
    )
    assert paragraph_keys(paragraphs, *languages, read) == paragraph_keys(paragraphs, *languages)


def test_a_paragraph_with_marks_is_not_read_as_written() -> None:
    paragraphs = ["Kata KCNA.", "كَتَبَ بوتين", "كتب بوتين"]
    assert Words.read(paragraphs).as_written(paragraphs) == [
        ["Kata", "KCNA"],
        None,
        ["كتب", "بوتين"],
    ]


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="aZ09-_ .é٣\x00\x7f", max_size=10))
def test_a_digit_beside_a_letter_is_found_where_the_pattern_finds_one(text: str) -> None:
    # An ASCII text's by its shape, another's by the pattern: "G20", "20a", "COVID-19" hold
    # one; "20 a", "a 20", "-19", "a_1" none.
    assert _digit_by_letter(text) == (_DIGIT_BY_LETTER.search(text) is not None)


# What decides whether the English reader reads a number: its number words in any case, the
# article and "and" that join them, a number word inside a longer word or beside a letter of
# another script or a numeral that is no digit, hyphens and white space.
ENGLISH_PIECES = [
    *("one", "Twenty", "HUNDRED", "first", "dozen", "thousand", "a", "an", "and", "the"),
    *("oneé", "éten", "two²", "someone", "sevens", "-", " ", ",", "\n", "9", "é", "ب"),
]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(ENGLISH_PIECES), max_size=10).map("".join))
def test_english_spelled_numbers_are_read_wherever_a_word_may_spell_one(text: str) -> None:
    read = Words.read([text])
    vocabulary = _Vocabulary.of(read, "en", "zh")
    if vocabulary.spelling.isdisjoint(read.words[0]):
        assert spelled_keys(read.plain[0], "en") == []


def test_an_english_text_without_a_number_word_is_not_read_for_spelled_numbers() -> None:
    read = Words.read(["And the evening and the morning were the day.", "Seventy and seven."])
    spelling = _Vocabulary.of(read, "en", "zh").spelling
    assert spelling.isdisjoint(read.words[0])
    assert spelling & set(read.words[1]) == {"Seventy", "seven"}


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="aZKé\u00c9二_9 ", max_size=8))
def test_an_inner_capital_is_found_where_a_capital_follows_a_letter(word: str) -> None:
    pairs = pairwise(word)
    found = any(b in string.ascii_uppercase and a in string.ascii_letters for a, b in pairs)
    assert _inner_capital(word) == found
