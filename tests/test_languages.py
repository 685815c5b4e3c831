"""Language facts and identification: pure tests, no Qt."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.core.model import Direction
from reader.core.text.languages import (
    LANGUAGES,
    Detection,
    code_for_name,
    detect_language,
    direction_of,
    dominant_script,
    is_rtl,
    language_from_filename,
    language_name,
)

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample" / "ar.txt"

INDONESIAN = (
    "Presiden Rusia Vladimir Putin memberi tahu pemimpin Korea Utara Kim Jong Un bahwa kedua "
    "negara akan memperluas hubungan bilateral yang komprehensif dan konstruktif. Dalam suratnya, "
    "Putin mengatakan bahwa hubungan yang lebih erat akan menguntungkan kedua negara dan membantu "
    "memperkuat keamanan di Semenanjung Korea. Kim juga mengirim surat kepada Putin dan menyebut "
    "persahabatan kedua negara telah terjalin sejak Perang Dunia Kedua."
)

TEXTS = {
    "en": "The president said on Monday that the two countries would expand their relations.",
    "fr": "Le président a déclaré lundi que les deux pays allaient renforcer leurs relations.",
    "zh": "俄罗斯总统普京表示，两国将扩大全面的双边关系。",
    "ja": "ロシアのプーチン大統領は、両国が包括的な二国間関係を拡大すると述べた。",
    "fa": "رئیس جمهور روسیه گفت که دو کشور روابط دوجانبه خود را گسترش خواهند داد.",
    "ur": "روس کے صدر نے کہا کہ دونوں ممالک اپنے تعلقات کو وسعت دیں گے۔",
    "ru": "Президент России заявил, что две страны расширят свои отношения.",
    "uk": "Президент України заявив, що дві країни розширять співпрацю і свої відносини.",
    "he": "נשיא רוסיה אמר כי שתי המדינות ירחיבו את היחסים ביניהן.",
    "ko": "러시아 대통령은 양국이 관계를 확대할 것이라고 말했다.",
    "th": "ประธานาธิบดีรัสเซียกล่าวว่าทั้งสองประเทศจะขยายความสัมพันธ์",
}


# -- identification ------------------------------------------------------------------------------


def test_seed_article_is_arabic_despite_its_english_notice() -> None:
    detection = detect_language(SAMPLE.read_text(encoding="utf-8"))
    assert detection.code == "ar"
    assert detection.confidence >= 0.9  # the English notice does not make it doubtful


def test_indonesian_paragraph_is_indonesian() -> None:
    detection = detect_language(INDONESIAN)
    assert detection == Detection("id", detection.confidence, "langid")
    assert 0.5 < detection.confidence <= 1.0


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_sentences_in_each_script(code: str) -> None:
    detection = detect_language(TEXTS[code])
    assert detection.code == code
    assert 0.0 < detection.confidence <= 1.0


def test_persian_and_urdu_are_told_from_arabic_by_their_letters() -> None:
    assert detect_language(TEXTS["fa"]).method == "letters"
    # An Arabic text quoting one Persian-looking name stays Arabic.
    quoting = "قال الرئيس إن شركة گوگل ستفتح مكتبا في القاهرة الأسبوع المقبل"
    assert detect_language(quoting).code == "ar"


def test_chinese_with_kana_is_japanese_without_is_chinese() -> None:
    assert dominant_script(TEXTS["zh"]) == "Hani"
    assert dominant_script(TEXTS["ja"]) == "Jpan"


@pytest.mark.parametrize("text", ["Ok", "", "   ", "2019 — 15/08", "Hello world", "中文"])
def test_too_short_text_is_not_guessed(text: str) -> None:
    assert detect_language(text) == Detection(None, 0.0, "too-short")


def test_malay_is_in_the_table_and_reported_honestly() -> None:
    detection = detect_language(
        "Kerajaan Malaysia telah mengumumkan bahawa ia akan memperkenalkan dasar baharu "
        "kepada rakyat pada tahun hadapan."
    )
    assert detection.code in {"ms", "id"}
    assert "ms" in LANGUAGES


def test_restricting_languages_does_not_leak_into_py3langid() -> None:
    detect_language(TEXTS["en"])  # loads Reader's own restricted identifier
    import py3langid

    # Polish is not in Reader's table: py3langid's global identifier must still know it.
    polish = "Prezydent Rosji powiedział w poniedziałek, że oba kraje rozszerzą wzajemne stosunki."
    assert py3langid.classify(polish)[0] == "pl"


def test_importing_languages_does_not_import_numpy() -> None:
    code = "import sys, reader.core.text.languages; print('numpy' in sys.modules)"
    root = Path(__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


# -- scripts -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("مرحبا بالعالم", "Arab"),
        ("שלום", "Hebr"),
        ("Selamat pagi", "Latn"),
        ("Привет", "Cyrl"),
        ("한국어", "Hang"),
        ("สวัสดี", "Thai"),
        ("नमस्ते", "Deva"),
        ("ﻣﺮﺣﺒﺎ", "Arab"),  # presentation forms are Arabic letters too
        ("Kremlin.ru كيم جونغ أون يشيدان", "Arab"),
        ("123 — !!", None),
        ("", None),
    ],
)
def test_dominant_script(text: str, script: str | None) -> None:
    assert dominant_script(text) == script


def test_dominant_script_is_fast_on_a_megabyte() -> None:
    text = SAMPLE.read_text(encoding="utf-8") * 300  # about 1 MB
    start = time.perf_counter()
    assert dominant_script(text) == "Arab"
    assert time.perf_counter() - start < 0.25  # it samples; measured at a few milliseconds


# -- facts and names -----------------------------------------------------------------------------


def test_table_covers_the_languages_reader_meets() -> None:
    required = {
        "id",
        "ms",
        "jv",
        "su",
        "ar",
        "fa",
        "ur",
        "he",
        "en",
        "fr",
        "de",
        "es",
        "pt",
        "it",
        "nl",
        "tr",
        "zh",
        "ja",
        "ko",
        "ru",
        "uk",
        "hi",
        "th",
        "vi",
        "tl",
    }
    assert required <= set(LANGUAGES)
    assert LANGUAGES["id"].name == "Indonesian"
    assert LANGUAGES["id"].native_name == "Bahasa Indonesia"
    assert LANGUAGES["ar"].native_name == "العربية"
    assert LANGUAGES["zh"].native_name == "中文"
    assert LANGUAGES["ja"].native_name == "日本語"
    assert LANGUAGES["fr"].native_name == "Français"
    assert all(lang.code == code for code, lang in LANGUAGES.items())


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("id", "Indonesian"),
        ("zh-Hans", "Chinese"),
        ("ar-EG", "Arabic"),
        ("pt_BR", "Portuguese"),
        ("xx", "xx"),
    ],
)
def test_language_name(code: str, name: str) -> None:
    assert language_name(code) == name


def test_direction() -> None:
    assert is_rtl("ar") and is_rtl("ar-EG") and is_rtl("fa") and is_rtl("he") and is_rtl("ur")
    assert not is_rtl("id") and not is_rtl("zh-Hans") and not is_rtl("unknown")
    assert direction_of("ar") is Direction.RTL
    assert direction_of("en") is Direction.LTR


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Indonesian", "id"),
        ("English", "en"),
        ("Chinese", "zh"),
        ("Japanese", "ja"),
        ("Arabic", "ar"),
        ("French", "fr"),
        ("Mandarin", "zh"),
        ("Indonesia", "id"),
        ("bahasa Indonesia", "id"),
        ("Bahasa  Indonesia", "id"),
        ("Inggris", "en"),
        ("Tiongkok", "zh"),
        ("Jepang", "ja"),
        ("Arab", "ar"),
        ("Prancis", "fr"),
        ("Perancis", "fr"),
        ("العربية", "ar"),
        ("中文", "zh"),
        ("日本語", "ja"),
        ("Français", "fr"),
        ("FRENCH", "fr"),
        ("Klingon", None),
        ("", None),
    ],
)
def test_code_for_name(name: str, code: str | None) -> None:
    assert code_for_name(name) == code


def test_names_in_the_seed_notice() -> None:
    notice = "The English, Chinese, Japanese, Arabic, and French versions"
    names = notice.removeprefix("The ").removesuffix(" versions").replace(" and ", " ").split(",")
    assert [code_for_name(n) for n in names] == ["en", "zh", "ja", "ar", "fr"]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("ar.txt", "ar"),
        ("ar-2.txt", "ar"),
        ("id.txt", "id"),
        ("id", "id"),
        ("article.fr.txt", "fr"),
        ("story_en.txt", "en"),
        ("zh-Hans.txt", "zh"),
        ("en_US.txt", "en"),
        ("AR.TXT", "ar"),
        ("notes.txt", None),
        ("id_card.txt", None),
        ("xx.txt", None),
        ("article.txt", None),
    ],
)
def test_language_from_filename(name: str, code: str | None) -> None:
    assert language_from_filename(Path("/articles") / name) == code
