"""The checks on versions that are not Arabic (issue 12): an Indonesian source against its English,
French, Chinese or Japanese version. Each class is a rule of the version's language that the
checks, tuned on Arabic versions, did not know; each sentence pair is of the kind the real sets
show (``bench/checks_real.py --pairs id-en,id-zh,id-ja,id-fr``), written for this test."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reader.core.align.aligner import Alignment, Bead
from reader.core.checks.names import expansions
from reader.core.checks.run import Finding, check_version
from reader.core.text.numbers import NumberKind, extract_numbers
from tests.test_checks_real import version


def check(source: str, target: str, language: str) -> list[Finding]:
    """The findings on a one-paragraph Indonesian source and its version in ``language``."""
    alignment = Alignment((Bead((0,), (0,), 1.0),))
    return check_version(version("id", source), version(language, target), alignment)


def confident(found: list[Finding]) -> list[str]:
    return [str(f.check) for f in found if f.confident]


# -- untranslated: a version in Latin letters writes its own words in them -------------------------


@pytest.mark.parametrize(
    ("source", "target", "language"),
    [
        # A word of the version's language that the source paragraph does not write.
        (
            "Dia menyelam bersama teman-temannya selama setengah jam pada Sabtu pagi.",
            "Il plongeait avec des amis depuis une demi-heure samedi matin.",
            "fr",
        ),
        (
            "Gejala lainnya meliputi sesak napas dan sakit tenggorokan.",
            "Other symptoms include shortness of breath and a sore throat.",
            "en",
        ),
        # A word both languages write alike, no function word of the source.
        (
            "Pemerintah daerah Cape Town adalah sebuah kota metropolitan.",
            "Cape Town's local government is a metropolitan municipality.",
            "en",
        ),
        # A name whose first word is spelled like an Indonesian function word.
        (
            "Willoughby dan suaminya Dan Baldwin sudah dekat dengan Jones.",
            "Willoughby and her husband Dan Baldwin have been close to Jones.",
            "en",
        ),
        (
            "Mereka antara lain Gus Poyet, dan Paulo Di Canio.",
            "Ils comprennent Gus Poyet et Paulo Di Canio.",
            "fr",
        ),
    ],
)
def test_a_latin_script_version_s_own_words_are_not_left_untranslated(
    source: str, target: str, language: str
) -> None:
    assert "untranslated" not in confident(check(source, target, language))


@pytest.mark.parametrize(
    ("target", "language"),
    [
        ("Willoughby dan her husband Dan Baldwin have been close to Jones.", "en"),
        ("Willoughby et son mari Dan Baldwin sont proches di Jones.", "fr"),
    ],
)
def test_an_indonesian_function_word_left_in_a_latin_script_version_is_still_found(
    target: str, language: str
) -> None:
    source = "Willoughby dan suaminya Dan Baldwin sudah dekat di Jones."
    assert "untranslated" in confident(check(source, target, language))


def test_a_unit_s_symbol_after_its_number_is_not_left_untranslated() -> None:
    source = "Tsunami melewati laut lepas dengan kecepatan 800 kph (497 mph) sebelum menerjang."
    target = "海啸以 800 kph (497 mph)时速横穿公海后冲击海岸线。"
    assert "untranslated" not in confident(check(source, target, "zh"))


# -- added-name: a version in another script keeps names in English ------------------------------


@pytest.mark.parametrize(
    ("source", "target", "language"),
    [
        # The English possessive kept on a name.
        (
            "Rencana Sainsbury mendobrak pasar kecantikan Inggris",
            "Sainsbury's 计划进军英国的美容市场",
            "zh",
        ),
        # An acronym written out in English beside it, before or after.
        (
            "Obat ini dirancang untuk menghambat replikasi HIV dengan mengikat protease.",
            "这些药物旨在通过与蛋白酶结合以抑制人类免疫缺陷病毒 (Human Immunodeficiency Virus, HIV) 的复制。",
            "zh",
        ),
        (
            "Ada kekhawatiran di antara beberapa AM terhadap sugesti itu.",
            "議員の呼称をAM (Assembly Member) から変えるべきだという提案。",
            "ja",
        ),
        # An acronym the source writes with full stops.
        (
            "Menurut surat kabar Washington, D.C. pada hari Jumat.",
            "ワシントンDCの新聞によれば、金曜日。",
            "ja",
        ),
    ],
)
def test_a_name_the_source_writes_otherwise_is_not_added(
    source: str, target: str, language: str
) -> None:
    assert "added-name" not in [str(f.check) for f in check(source, target, language)]


def test_a_name_of_which_the_source_keeps_a_word_and_translates_the_rest_is_worth_a_look() -> None:
    source = "Tidak seorang pun di Nottingham Timur yang akan mempertanyakan posisi saya."
    target = "Nottingham East 的人绝不会对我的政策倾向感到疑惑。"
    found = [f for f in check(source, target, "zh") if str(f.check) == "added-name"]
    assert found and not any(f.confident for f in found)


def test_a_name_the_source_does_not_write_at_all_is_still_added() -> None:
    source = "Hujan lebat akan meluas ke empat penjuru pada hari Selasa."
    target = "周二，大雨将会扩散至Four Corners ，并持续到周三。"
    assert "added-name" in confident(check(source, target, "zh"))


def test_the_words_an_acronym_abbreviates_are_found_beside_it() -> None:
    def spelled(text: str) -> list[str]:
        return [text[a:b] for a, b in expansions(text)]

    assert spelled("病毒 2 (Severe Acute Respiratory Syndrome Coronavirus 2, SARS-CoV-2)。") == [
        "Severe Acute Respiratory Syndrome Coronavirus 2"
    ]
    assert spelled("(European Union, EU/European Economic Area, EEA) 的") == [
        "European Union",
        "European Economic Area",
    ]
    assert spelled("中心 (Center for Disease Control and Prevention, CDC) 表示") == [
        "Center for Disease Control and Prevention"
    ]
    assert spelled("Nottingham East (UK)") == []


# -- number-mismatch -----------------------------------------------------------------------------


def test_an_indonesian_hour_in_words_after_pukul_is_a_time() -> None:
    (mention,) = extract_numbers("Di sana pukul enam pagi di hari Minggu.", "id")
    assert (mention.kind, mention.value, mention.spelled) == (NumberKind.TIME, Decimal(360), True)
    (evening,) = extract_numbers("pukul tiga sore", "id")
    assert evening.value == 15 * 60
    (hours,) = extract_numbers("selama enam jam", "id")  # six hours: a duration
    assert hours.kind is NumberKind.INTEGER


def test_a_clock_time_against_the_indonesian_hour_in_words_is_no_mismatch() -> None:
    source = "Tapi saat ini di sana pukul enam pagi di hari Minggu."
    for target, language in (("当时是周日早上六点。", "zh"), ("日曜日の朝6時だったので。", "ja")):
        assert "number-mismatch" not in confident(check(source, target, language))


@pytest.mark.parametrize(
    ("target", "language"),
    [
        ("Pour que le référendum soit valide, il faut 50 % des voix plus un vote.", "fr"),
        ("全民公投要取得成功，投票率需要达到 50% 并另加一票。", "zh"),
    ],
)
def test_one_said_by_the_language_s_word_for_one_is_no_mismatch(target: str, language: str) -> None:
    source = "Agar pemungutan suara tersebut sukses, diperlukan 50 persen ditambah 1 suara."
    assert "number-mismatch" not in confident(check(source, target, language))


def test_a_one_the_version_does_not_say_at_all_is_still_missing() -> None:
    source = "Agar pemungutan suara tersebut sukses, diperlukan 50 persen ditambah 1 suara."
    target = "For the referendum to be valid, 50 percent of the votes are needed."
    assert "number-mismatch" in confident(check(source, target, "en"))


def test_a_unit_s_english_symbol_is_read_in_another_language_and_converts() -> None:
    source = "Rosa memiliki angin dengan kecepatan 85 mph, dan terletak 385 mil barat daya Punta Eugenia."
    target = "Les vents soufflaient à 135 km/h, et Rosa se trouvait à 620 km au sud-ouest de Punta Eugenia."
    assert "number-mismatch" not in confident(check(source, target, "fr"))
    changed = "Les vents soufflaient à 185 km/h, et Rosa se trouvait à 620 km au sud-ouest de Punta Eugenia."
    assert "number-mismatch" in confident(check(source, changed, "fr"))


# -- repetition in a text without spaces ---------------------------------------------------------


def test_a_short_phrase_recurring_in_a_faithful_chinese_or_japanese_sentence_is_no_stutter() -> (
    None
):
    cases = [
        (
            "Bronkitis/bronkiolitis akut pada anak berusia kurang dari lima tahun",
            "五岁以下儿童的急性支气管炎/细支气管炎",
            "zh",
        ),
        (
            "Empat belas orang menerima perawatan untuk cedera ringan.",
            "14人が抗議者から軽いけがを受けて治療を受けているという。",
            "ja",
        ),
    ]
    for source, target, language in cases:
        assert "repetition" not in confident(check(source, target, language)), target


def test_a_phrase_repeated_back_to_back_in_japanese_is_a_stutter() -> None:
    source = "Gambar menunjukkan lapisan tipis abu yang menempel pada kaca depan mobil."
    target = "自動車のフロントガラスを灰が覆っている覆っている様子が映し出されている。"
    assert "repetition" in confident(check(source, target, "ja"))
