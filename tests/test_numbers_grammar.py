"""Numbers as French, Japanese, Chinese and Arabic news write them beyond the forms CLDR and ICU
generate (reader.core.text.numbers, no Qt): counts made nouns, shares in tenths, halves after a
scale word, quarters of an hour, a play's minutes and seconds, ages by decade, estimates, and a
year joined to a prefix. Each is read as the language means it, so that a faithful translation
that writes the figure is not reported as changing it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel import Locale, numbers

from reader.core.checks.model import Pair
from reader.core.checks.numbers import number_findings
from reader.core.text.numbers import NumberKind, NumberMention, extract_numbers
from reader.core.text.numbers.scales import (
    SHORT,
    joins_digits,
    scale_after,
    spaced_scale_after,
    word_follows,
)


def only(text: str, language: str) -> NumberMention:
    (mention,) = extract_numbers(text, language)
    return mention


def findings(source: str, source_language: str, target: str, target_language: str) -> list[str]:
    pair = Pair(source_language, target_language, ((0, source),), ((0, target),))
    return [finding.message for finding in number_findings(pair)]


# -- a year joined to a prefix --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "year"),
    [
        ("by mid-2019", "en", 2019),
        ("below pre-2008 levels", "en", 2008),
        ("in the mid-1990s", "en", 1990),
        ("à la mi-2019", "fr", 2019),
        ("prévu pour fin-2020", "fr", 2020),
    ],
)
def test_a_year_after_a_prefix_and_a_hyphen_is_a_year(text: str, language: str, year: int) -> None:
    mention = only(text, language)
    assert (mention.kind, mention.value) == (NumberKind.YEAR, year)


@pytest.mark.parametrize("text", ["nCoV-2019", "U-23", "COVID-19", "Su-35", "ISO-9001"])
def test_a_code_that_joins_capitals_keeps_its_number(text: str) -> None:
    assert extract_numbers(f"the {text} team", "en") == []


# -- French counts made nouns ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("une dizaine de personnes", 10),
        ("une douzaine d'œufs", 12),
        ("une quinzaine de jours", 15),
        ("une vingtaine de morts", 20),
        ("une cinquantaine de manifestants", 50),
        ("une centaine de blessés", 100),
        ("plus d'un millier d'Indonésiens", 1000),
        ("plus d’un millier", 1000),
    ],
)
def test_a_french_count_made_a_noun_is_about_that_many(text: str, count: int) -> None:
    mention = only(text, "fr")
    assert (mention.value, mention.soft) == (count, True)


@pytest.mark.parametrize(
    "text", ["des dizaines de milliers", "des centaines de blessés", "mise en quarantaine"]
)
def test_in_the_plural_or_without_the_article_it_is_no_value(text: str) -> None:
    assert extract_numbers(text, "fr") == []


def test_un_millier_against_a_thousand_is_no_changed_number() -> None:
    assert findings("Plus d’un millier de morts.", "fr", "قتل أكثر من 1000 شخص.", "ar") == []


# -- and a half, and quarters of an hour ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("2 millions et demi d'habitants", "fr", Decimal(2_500_000)),
        ("un milliard et demi", "fr", Decimal(1_500_000_000)),
        ("deux millions et demi", "fr", Decimal(2_500_000)),
        ("2 مليون ونصف", "ar", Decimal(2_500_000)),
    ],
)
def test_and_a_half_after_a_scale_word_adds_half_of_it(
    text: str, language: str, value: Decimal
) -> None:
    assert only(text, language).value == value


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("à 4 heures et demie", 4 * 60 + 30),
        ("vers 8 heures et quart", 8 * 60 + 15),
        ("à 5 heures moins le quart", 4 * 60 + 45),
        ("à 9 heures et demie du soir", 21 * 60 + 30),
        ("à midi et demi", 12 * 60 + 30),
        ("à minuit et demi", 30),
    ],
)
def test_french_quarters_and_halves_of_an_hour(text: str, minutes: int) -> None:
    mention = only(text, "fr")
    assert (mention.kind, mention.value) == (NumberKind.TIME, minutes)


# -- CLDR's short compact forms in French ---------------------------------------------------------


@pytest.mark.parametrize("value", [2_500_000, 3_000_000, 40_000, 1_200_000_000, 300_000_000])
def test_french_short_compact_numbers_as_cldr_writes_them(value: int) -> None:
    written = numbers.format_compact_decimal(
        value, format_type="short", locale="fr", fraction_digits=1
    )
    assert only(written, "fr").value == value, written


def test_the_short_forms_read_are_cldrs() -> None:
    short = Locale.parse("fr").compact_decimal_formats["short"]["other"]
    cldr = {
        str(pattern.pattern if hasattr(pattern, "pattern") else pattern)
        .replace("0", "")
        .strip("\u00a0 "): len(magnitude) - 1
        for magnitude, pattern in short.items()
        if len(magnitude) in (4, 7, 10, 13)
    }
    assert {word: power for word, power in SHORT["fr"].items() if word != "Mds"} == cldr


@pytest.mark.parametrize("text", ["un mur de 5 m de haut", "1,98 m pour 98 kg"])
def test_a_metre_is_no_million(text: str) -> None:
    assert max(m.value for m in extract_numbers(text, "fr")) < 100


# -- Japanese and Chinese -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "percent"),
    [
        ("支持率は3割だった", "ja", 30),
        ("支持率は３割だった", "ja", 30),
        ("三割の人", "ja", 30),
        ("3割5分", "ja", 35),
        ("打率3割2分5厘", "ja", Decimal("32.5")),
        ("支持率为三成", "zh", 30),
        ("超过3成的受访者", "zh", 30),
        ("增长了两成", "zh", 20),
        ("七成以上", "zh", 70),
    ],
)
def test_shares_in_tenths_are_percentages(text: str, language: str, percent: int) -> None:
    mention = only(text, language)
    assert (mention.kind, mention.value) == (NumberKind.PERCENT, percent)


@pytest.mark.parametrize("text", ["欧盟27成员国", "一成不变", "使之成为"])
def test_cheng_that_begins_a_word_is_no_share(text: str) -> None:
    assert all(m.kind is not NumberKind.PERCENT for m in extract_numbers(text, "zh"))


@pytest.mark.parametrize(
    ("text", "language", "seconds"),
    [
        ("3分35秒にゴール", "ja", 3 * 60 + 35),
        ("13 分 10 秒に点を返し", "ja", 13 * 60 + 10),
        ("開始後4分の 3 分 35 秒に", "ja", 3 * 60 + 35),
        ("德怀尔在3分35秒破门", "zh", 3 * 60 + 35),
    ],
)
def test_minutes_and_seconds_are_read_as_m_ss_is(text: str, language: str, seconds: int) -> None:
    (time,) = [m for m in extract_numbers(text, language) if m.kind is NumberKind.TIME]
    assert time.value == seconds


def test_minutes_and_seconds_against_their_english_are_no_changed_number() -> None:
    assert findings("He scored on 3:35.", "en", "3分35秒にゴールを決めた。", "ja") == []
    assert findings("He scored on 27:37.", "en", "27分37秒にゴールを決めた。", "ja") == []
    # and against the seconds in words' numbers
    assert findings("3分35秒にゴール", "ja", "في 3 دقائق و35 ثانية", "ar") == []


@pytest.mark.parametrize("text", ["10代の少年", "20代の男", "30代前半の女性"])
def test_a_japanese_age_by_its_decade_is_soft(text: str) -> None:
    assert only(text, "ja").soft


@pytest.mark.parametrize("text", ["第10代の当主"])
def test_a_generation_is_no_age(text: str) -> None:
    assert not only(text, "ja").soft


def test_teenage_against_its_japanese_is_no_changed_number() -> None:
    assert findings("10代の少年が逮捕された。", "ja", "تم القبض على صبي مراهق.", "ar") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("数十人が死亡した", "ja"),
        ("数十万人", "ja"),
        ("数百万円", "ja"),
        ("几十万人", "zh"),
        ("何十人", "ja"),
    ],
)
def test_several_before_a_unit_makes_an_estimate(text: str, language: str) -> None:
    assert extract_numbers(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "base"),
    [("十数人", "ja", 10), ("十几个人", "zh", 10), ("二十几岁", "zh", 20)],
)
def test_several_after_a_unit_adds_a_few_to_the_number_read(
    text: str, language: str, base: int
) -> None:
    assert [(m.value, m.soft) for m in extract_numbers(text, language)] == [(base, True)]


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("2.5パーセント", "ja", NumberKind.PERCENT),
        ("1億2,500万ポンド", "ja", NumberKind.AMOUNT),
        ("1.5亿英镑", "zh", NumberKind.AMOUNT),
        ("3亿欧元", "zh", NumberKind.AMOUNT),
    ],
)
def test_japanese_and_chinese_words_for_percent_and_currencies(
    text: str, language: str, kind: NumberKind
) -> None:
    assert only(text, language).kind is kind


def test_digits_grouped_by_a_no_break_space_are_written_alike() -> None:
    # English reads "116 123" as two numbers, French its "116\u00a0123" as one: a telephone
    # number both write with the same digits.
    assert findings("call 116 123 free", "en", "appelez le 116\u00a0123", "fr") == []


@pytest.mark.parametrize("text", ["a man in his 20s was arrested", "voters in their 30s"])
def test_an_english_ten_in_the_plural_is_soft(text: str) -> None:
    assert only(text, "en").soft


def test_in_his_twenties_against_its_arabic_adjective_is_no_changed_number() -> None:
    assert findings("A man in his 20s was arrested.", "en", "اعتقل رجل عشريني.", "ar") == []


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("it's six in the morning there", 6 * 60),
        ("at five o'clock", 5 * 60),
        ("at seven in the evening", 19 * 60),
        ("at eleven o'clock in the evening", 23 * 60),
    ],
)
def test_english_hours_in_words(text: str, minutes: int) -> None:
    mention = only(text, "en")
    assert (mention.kind, mention.value, mention.soft) == (NumberKind.TIME, minutes, True)


def test_six_in_the_morning_against_its_japanese_is_no_changed_time() -> None:
    assert findings("It's six in the morning there.", "en", "朝6時だった。", "ja") == []


@pytest.mark.parametrize(
    ("text", "language", "years"),
    [
        ("in the past two decades", "en", 20),
        ("over 3 decades", "en", 30),
        ("depuis deux décennies", "fr", 20),
        ("selama dua dekade", "id", 20),
    ],
)
def test_a_count_of_decades_is_so_many_years(text: str, language: str, years: int) -> None:
    assert years in {m.value for m in extract_numbers(text, language)}


def test_for_decades_is_no_value() -> None:
    assert extract_numbers("a dispute that lasted for decades", "en") == []


def test_two_decades_against_twenty_years_is_no_changed_number() -> None:
    assert findings("in the past two decades", "en", "過去 20 年間に", "ja") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("pendant 2 heures et demie", Decimal("2.5")),
        ("il y a 2 ans et demi", Decimal("2.5")),
        ("deux ans et demi plus tard", Decimal("2.5")),
        ("3 fois et demie plus", Decimal("3.5")),
    ],
)
def test_a_french_count_and_a_half_after_its_noun(text: str, value: Decimal) -> None:
    assert only(text, "fr").value == value


def test_two_years_and_a_half_against_its_english_is_no_changed_number() -> None:
    assert findings("il y a 2 ans et demi", "fr", "2.5 years ago", "en") == []
    assert findings("il y a 2 ans et demi", "fr", "قبل عامين ونصف", "ar") == []


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("1年半ぶりに", "ja", Decimal("1.5")),
        ("2時間半の会議", "ja", Decimal("2.5")),
        ("3か月半", "ja", Decimal("3.5")),
        ("3个半月", "zh", Decimal("3.5")),
        ("一年半以后", "zh", Decimal("1.5")),
    ],
)
def test_a_count_of_a_unit_of_time_and_a_half(text: str, language: str, value: Decimal) -> None:
    mention = only(text, language)
    assert (mention.value, mention.soft) == (value, True)


def test_a_year_and_a_half_against_its_english_is_no_changed_number() -> None:
    assert findings("after 1.5 years", "en", "1年半ぶりに", "ja") == []


_AFTER_A_NUMBER = [
    " juta",
    " miliar rupiah",
    "m",
    "M",
    "k",
    " million",
    " milliards d'euros",
    " mil millones",
    "\u00a0Mds",
    " مليار",
    " ملايين",
    " orang",
    " tahun",
    "e",
]


@pytest.mark.parametrize(
    "language", ["id", "ms", "en", "en-GB", "fr", "es", "pt", "de", "ar", "ru"]
)
def test_a_scale_after_a_word_read_without_the_look_is_the_one_read_with_it(
    language: str,
) -> None:
    # ``spaced_scale_after`` skips ``scale_after``'s look for a word and for a joined scale;
    # where a caller has made it (a language that spaces its scale words, a word after the
    # number), it reads what ``scale_after`` reads.
    assert not joins_digits(language)
    for before in ("5", "£1.5", "US$2,3"):
        for after in _AFTER_A_NUMBER:
            text, end = before + after, len(before)
            if word_follows(text, end):
                assert spaced_scale_after(text, end, language) == scale_after(text, end, language)
