"""Search terms (reader.core.text.terms): Arabic as Lucene's Arabic analyzer reads it, digits of
any script, Latin folding, Chinese and Japanese by character pairs."""

from __future__ import annotations

import pytest

from reader.core.text.arabic import light_stem
from reader.core.text.fold import fold
from reader.core.text.terms import terms


def keys(text: str) -> list[str]:
    return [term.key for term in terms(text)]


@pytest.mark.parametrize(
    ("written", "same_as"),
    [
        ("أحمد", "احمد"),  # hamza on alef
        ("إسرائيل", "اسرائيل"),  # hamza under alef
        ("آسيا", "اسيا"),  # madda
        ("ٱلقدس", "القدس"),  # wasla
        ("مصطفى", "مصطفي"),  # alef maqsura
        ("مدرسة", "مدرسه"),  # ta marbuta
        ("كـــتاب", "كتاب"),  # tatweel
        ("مُحَمَّدٌ", "محمد"),  # harakat
    ],
)
def test_arabic_is_normalised_as_lucene_does(written: str, same_as: str) -> None:
    assert keys(written) == keys(same_as)


@pytest.mark.parametrize("form", ["الرئيس", "والرئيس", "للرئيس", "رئيس", "بالرئيس", "فالرئيس"])
def test_the_president_is_one_term_with_any_prefix(form: str) -> None:
    assert keys(form) == keys("الرئيس")


def test_common_suffixes_come_off_and_short_words_keep_their_letters() -> None:
    assert light_stem(fold("مدرستها")) == "مدرست"
    assert light_stem(fold("المعلمون")) == light_stem(fold("معلم"))
    assert light_stem("ورد") == "ورد"  # و stays on a three-letter word
    assert light_stem("ال") == "ال"  # nothing would be left


def test_digits_of_every_script_are_ascii() -> None:
    assert keys("٢٠١٩") == keys("۲۰۱۹") == keys("2019") == ["2019"]
    assert keys("1.000,5") == ["1", "000", "5"]
    assert keys("٢٠١٩/٢٠٢٠") == ["2019", "2020"]


def test_latin_is_folded_for_case_and_accents() -> None:
    assert keys("ÉLYSÉE Straße") == ["elysee", "strasse"]
    assert keys("People's") == ["people", "s"]


def test_chinese_and_japanese_are_character_pairs() -> None:
    assert keys("金正恩") == ["金正", "正恩"]
    assert keys("東京の") == [
        "東京",
        "京の",
    ]
    assert keys("ウクライナ") == ["ウク", "クラ", "ライ", "イナ"]
    assert keys("ガ") != keys("カ")  # a voicing mark makes another kana


def test_terms_keep_their_spans_on_whole_words() -> None:
    text = "قال والرئيس بوتين"
    spans = [text[t.start : t.end] for t in terms(text)]
    assert spans == ["قال", "والرئيس", "بوتين"]


def test_controls_and_nul_only_separate_words() -> None:
    assert keys("بوتين\u202e\x00Kim") == [*keys("بوتين"), "kim"]


def test_names_in_other_scripts_have_the_skeletons_of_their_latin_spelling() -> None:
    from reader.core.text.terms import name_skeletons, names

    assert "BTN" in name_skeletons("Putin")
    assert names("قال لبوتين ذلك") == ["KL", "LBTN", "BTN"]  # each stem's skeleton
    assert names("Путин") == ["BTN"]
    assert names("التي هذه") == []  # function words spell no name
    assert name_skeletons("2019") == () and name_skeletons("Kyiv's") == ()
