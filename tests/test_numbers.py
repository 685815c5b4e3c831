"""Numbers read across locales: values, kinds, months, spans (reader.core.text.numbers, no Qt)."""

from __future__ import annotations

import dataclasses
import inspect
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.text.numbers import NumberKind, NumberMention, extract_numbers


def only(text: str, language: str) -> NumberMention:
    (mention,) = extract_numbers(text, language)
    return mention


def values(text: str, language: str) -> list[Decimal]:
    return [m.value for m in extract_numbers(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("1.000 orang", "id", Decimal(1000)),  # Indonesian: thousands dot
        ("1,000 people", "en", Decimal(1000)),  # English: thousands comma
        ("١٬٠٠٠ شخص", "ar", Decimal(1000)),  # Arabic thousands separator
        ("2 000 personnes", "fr", Decimal(2000)),  # French: space
        ("1.000,5 ton", "id", Decimal("1000.5")),
        ("1,000.5 tons", "en", Decimal("1000.5")),
        ("١٬٠٠٠٫٥ طن", "ar", Decimal("1000.5")),
        ("3,5 ton", "id", Decimal("3.5")),  # Indonesian: decimal comma
        ("3.5 tons", "en", Decimal("3.5")),
        ("٣٫٥ طن", "ar", Decimal("3.5")),
        ("٣٠٦١٫٢ طن", "ar", Decimal("3061.2")),  # four digits before the decimal mark
        ("1.234.567 orang", "id", Decimal(1234567)),
    ],
)
def test_separators_follow_the_language(text: str, language: str, value: Decimal) -> None:
    assert only(text, language).value == value


def test_one_point_zero_zero_zero_is_one_in_english_and_a_thousand_in_indonesian() -> None:
    assert only("1.000", "en").value == 1
    assert only("1.000", "id").value == 1000


def test_western_digits_in_arabic_text_keep_both_readings() -> None:
    # Machine translation copies "1.000" from either convention into Arabic text.
    mention = only("بلغ العدد 1.000 شخص", "ar")
    assert {mention.value, *mention.alternatives} == {Decimal(1), Decimal(1000)}


def test_arabic_indic_digits_equal_western_ones() -> None:
    western, eastern = only("pada 2019", "id"), only("في عام ٢٠١٩", "ar")
    assert western.value == eastern.value == 2019
    assert western.kind is eastern.kind is NumberKind.YEAR
    assert only("سنة ۲۰۱۹", "fa").value == 2019  # extended (Persian) digits too


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("naik 3,5 persen", "id"),
        ("ارتفع 3.5 في المئة", "ar"),
        ("ارتفع بنسبة ٣٫٥٪", "ar"),
        ("rose 3.5 percent", "en"),
        ("en hausse de 3,5 %", "fr"),
        ("增长3.5%", "zh"),
    ],
)
def test_percentages_agree_across_locales(text: str, language: str) -> None:
    mention = only(text, language)
    assert (mention.kind, mention.value) == (NumberKind.PERCENT, Decimal("3.5"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("pada 15 Agustus", "id"),
        ("في 15 أغسطس", "ar"),  # Egyptian name
        ("في ١٥ آب", "ar"),  # Levantine name
        ("on August 15", "en"),
        ("on Aug. 15", "en"),
        ("the 15th of August", "en"),
        ("le 15 août", "fr"),
        ("8月15日", "zh"),
        ("8月15日付", "ja"),
        ("Senin (15/8)", "id"),
        ("Monday (8/15)", "en"),
    ],
)
def test_a_day_of_a_month_reads_alike_in_every_language(text: str, language: str) -> None:
    mention = only(text, language)
    assert (mention.kind, mention.value, mention.month) == (NumberKind.DATE, 15, 8)
    assert text[mention.span[0] : mention.span[1]] == mention.text
    assert mention.describe() == "15 August"


@pytest.mark.parametrize(
    ("text", "language", "month"),
    [
        ("pada Juli lalu", "id", 7),
        ("في يوليو الماضي", "ar", 7),
        ("في تموز الماضي", "ar", 7),
        ("في كانون الثاني", "ar", 1),
        ("في تشرين الأول", "ar", 10),
        ("last July", "en", 7),
        ("en juillet dernier", "fr", 7),
        ("今年7月", "zh", 7),
        ("七月", "ja", 7),
    ],
)
def test_months_alone(text: str, language: str, month: int) -> None:
    mention = only(text, language)
    assert (mention.kind, mention.value) == (NumberKind.MONTH, month)


def test_month_names_that_are_ordinary_words_need_a_cue() -> None:
    # Without a cue such a name is soft: it confirms a month the other version names ("Mrs May",
    # "Mei" alone), and is never required there.
    assert [m.soft for m in extract_numbers("May I ask?", "en")] == [True]
    assert not only("in May", "en").soft and only("in May", "en").value == 5
    assert all(m.soft for m in extract_numbers("مارس الضغط على الحكومة", "ar"))
    assert not only("في مارس الماضي", "ar").soft and only("في مارس الماضي", "ar").value == 3
    assert extract_numbers("they march on", "en") == []
    assert [m.soft for m in extract_numbers("enlisting on Sept.", "en")] == [True]


@pytest.mark.parametrize(
    ("text", "language", "value", "kind"),
    [
        ("Rp 5 triliun", "id", Decimal(5 * 10**12), NumberKind.AMOUNT),
        ("Rp5,1 triliun", "id", Decimal("5.1") * 10**12, NumberKind.AMOUNT),
        ("$3 billion", "en", Decimal(3 * 10**9), NumberKind.AMOUNT),
        ("5 ملايين دولار", "ar", Decimal(5 * 10**6), NumberKind.AMOUNT),
        ("1億円", "ja", Decimal(10**8), NumberKind.AMOUNT),
        ("500万人", "zh", Decimal(5 * 10**6), NumberKind.INTEGER),
        ("62,5 juta pengguna", "id", Decimal(62_500_000), NumberKind.INTEGER),
        ("58 ألفا و362 منزلا", "ar", Decimal(58_362), NumberKind.INTEGER),
    ],
)
def test_amounts_and_scale_words(
    text: str, language: str, value: Decimal, kind: NumberKind
) -> None:
    mention = only(text, language)
    assert (mention.value, mention.kind) == (value, kind)


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("2 triliun", "id", 2 * 10**12),
        ("2 billions", "fr", 2 * 10**12),  # the long scale: a French billion is 10^12
        ("2 milliards", "fr", 2 * 10**9),
        ("2 billion", "en", 2 * 10**9),
        ("2 Billionen", "de", 2 * 10**12),
        ("2 mil millones", "es", 2 * 10**9),
        ("2 billones", "es", 2 * 10**12),
        ("2 bilhões", "pt", 2 * 10**9),  # Brazil counts short
        ("2 biliões", "pt-PT", 2 * 10**12),  # Portugal long
        ("2 bilion", "ms", 2 * 10**9),
        ("5 млрд", "ru", 5 * 10**9),
        ("3 مليارات", "ar", 3 * 10**9),
        ("5万亿", "zh", 5 * 10**12),
        ("5兆", "ja", 5 * 10**12),
    ],
)
def test_scale_words_are_read_in_the_language_of_their_text(
    text: str, language: str, value: int
) -> None:
    assert only(text, language).value == value


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("约有1万2000人参加", "zh", 12_000),
        ("12万3456人が避難した", "ja", 123_456),
        ("2万5000元", "zh", 25_000),
        ("37万5,000ドルを支払った", "ja", 375_000),  # the units grouped
        ("1億4,500万人", "ja", 145_000_000),
        ("3亿2,000万美元", "zh", 320_000_000),
        ("1億200", "ja", 100_000_200),
    ],
)
def test_the_units_after_a_myriad_belong_to_its_number(
    text: str, language: str, value: int
) -> None:
    """Chinese and Japanese news write every number from ten thousand up as myriads with the
    rest in digits after them (1万2000 is 12,000, not 10,000 and the year 2000), both with
    words and as the aligner reads them."""
    assert only(text, language).value == value
    (alone,) = extract_numbers(text, language, words=False)
    assert alone.value == value


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("令和5年に施行された法律", 2023),
        ("昭和20年8月15日、戦争が終わった", 1945),
        ("平成 31 年4月", 2019),
        ("令和元年の秋", 2019),  # an era's first year
        ("昭和二十年", 1945),
        ("明治維新は明治元年に始まった", 1868),
    ],
)
def test_a_japanese_era_year_is_its_western_year(text: str, year: int) -> None:
    """An era year is the year the translation gives (1945), not the number 20; with words and
    as the aligner reads it where digits are written."""
    found = extract_numbers(text, "ja")
    numbers = [m for m in found if m.kind not in (NumberKind.DATE, NumberKind.MONTH)]
    assert [(m.value, m.kind, m.soft) for m in numbers] == [(year, NumberKind.YEAR, False)]
    if any(c.isdigit() for c in text):
        assert year in [m.value for m in extract_numbers(text, "ja", words=False)]


def test_a_year_of_every_era_as_icu_writes_it() -> None:
    """ICU's Japanese calendar writes each Gregorian year from Meiji on in its era (the first
    as 元年 in long dates): every one is read back as that year."""
    icu = pytest.importorskip("icu")
    japanese = icu.SimpleDateFormat("GGGGy年", icu.Locale("ja_JP@calendar=japanese"))
    japanese.setTimeZone(icu.TimeZone.getGMT())
    calendar = icu.GregorianCalendar(icu.TimeZone.getGMT())
    for year in range(1869, 2031):
        calendar.clear()
        calendar.set(year, 6, 1, 12, 0)
        written = japanese.format(calendar.getTime())
        read = [m.value for m in extract_numbers(f"{written}に発表された。", "ja")]
        assert read == [year], written


@pytest.mark.parametrize(
    ("text", "language", "year"),
    [
        ("The talks began on 8/15/94.", "en", 1994),
        ("Les pourparlers ont commencé le 15/08/94.", "fr", 1994),
        ("Perundingan dimulai pada 15/8/19.", "id", 2019),
    ],
)
def test_a_short_date_s_two_digit_year(text: str, language: str, year: int) -> None:
    """A two-digit year is read as ICU and CLDR read one, within 80 years before today and 20
    after: 94 is 1994, not 2094."""
    assert [m.value for m in extract_numbers(text, language) if m.kind is NumberKind.YEAR] == [year]


def test_the_two_digit_year_window_moves_with_today() -> None:
    from datetime import date

    from reader.core.text.numbers.extract import full_year

    assert [full_year(y, date(2026, 12, 6)) for y in (0, 46, 47, 94, 99)] == [
        2000,
        2046,
        1947,
        1994,
        1999,
    ]
    assert full_year(99, date(2085, 1, 1)) == 2099
    assert full_year(5, date(2090, 1, 1)) == 2105


def test_digits_apart_from_a_myriad_are_a_number_of_their_own() -> None:
    """A space or a comma after the myriad ends its number: a list, not one number."""
    assert values("1万、2000", "ja") == [10_000, 2000]
    assert values("1万 2000", "zh") == [10_000, 2000]


def test_a_scale_word_of_another_language_is_not_read() -> None:
    # "billion" means 10^9 or 10^12 depending on the language: never guessed across languages.
    assert only("2 billion", "id").value == 2


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("tiga orang", "id", 3),
        ("ثلاثة أشخاص", "ar", 3),
        ("وثلاثة أشخاص", "ar", 3),  # with the clitic "and"
        ("three people", "en", 3),
        ("trois personnes", "fr", 3),
        ("الثانية والأربعين", "ar", 42),  # 42nd, units first
        ("forty-second", "en", 42),
        ("dua juta", "id", 2_000_000),
    ],
)
def test_spelled_numbers_are_read_and_marked_soft(text: str, language: str, value: int) -> None:
    mention = only(text, language)
    assert mention.value == value
    assert mention.spelled and mention.soft


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("pandemi COVID-19", "id"),
        ("جائحة كوفيد-19", "ar"),
        ("KTT G20", "id"),
        ("jaringan 5G", "id"),
        ("pesawat MH17", "id"),
        ("jet F-16", "en"),
    ],
)
def test_numbers_inside_names_and_codes_are_left_out(text: str, language: str) -> None:
    assert extract_numbers(text, language) == []


def test_clock_times() -> None:
    assert (only("pukul 13.21 WIB", "id").kind, only("pukul 13.21 WIB", "id").value) == (
        NumberKind.TIME,
        13 * 60 + 21,
    )
    assert only("الساعة 13:21", "ar").value == 13 * 60 + 21
    assert only("at 13:21", "en").describe() == "13:21"


def test_ordinals_small_ones_are_soft_large_ones_are_not() -> None:
    small, large = only("ke-2", "id"), only("ke-42", "id")
    assert small.kind is large.kind is NumberKind.ORDINAL
    assert (small.value, small.soft) == (2, True)
    assert (large.value, large.soft) == (42, False)
    assert only("the 43rd summit", "en").value == 43


def test_spans_cover_the_whole_mention_in_the_original_text() -> None:
    text = "Inflasi 3,5 persen pada 15 Agustus 2019, naik Rp 1.000 triliun."
    for mention in extract_numbers(text, "id"):
        assert text[mention.span[0] : mention.span[1]] == mention.text
    assert [m.text for m in extract_numbers(text, "id")] == [
        "3,5 persen",
        "15 Agustus",
        "2019",
        "Rp 1.000 triliun",
    ]


def test_describe_writes_large_values_with_separators() -> None:
    assert only("62,5 juta", "id").describe() == "62,500,000"
    assert only("2019", "id").describe() == "2019"
    assert only("3,5 persen", "id").describe() == "3.5%"


@given(st.integers(min_value=1000, max_value=10**12))
def test_grouped_integers_read_back_in_every_convention(value: int) -> None:
    english = f"{value:,}"
    indonesian = english.replace(",", ".")
    arabic = english.replace(",", "\u066c").translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert values(f"jumlah {indonesian} orang", "id") == [value]
    assert values(f"a total of {english} people", "en") == [value]
    assert values(f"المجموع {arabic} شخص", "ar") == [value]


@given(
    st.integers(min_value=0, max_value=99_999),
    st.integers(min_value=1, max_value=99),
)
def test_decimals_read_back_in_every_convention(whole: int, fraction: int) -> None:
    digits = f"{fraction:02d}"
    expected = Decimal(f"{whole}.{digits}")
    assert values(f"nilai {whole},{digits} persen", "id") == [expected]
    assert values(f"value {whole}.{digits} percent", "en") == [expected]
    arabic = f"{whole}\u066b{digits}".translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert values(f"قيمة {arabic}٪", "ar") == [expected]


# -- issue 12: numbers professional translators write without a numeral ------------------------


@pytest.mark.parametrize(
    ("text", "language", "value", "kind"),
    [
        ("في سن الثالثة عشر عندما", "ar", 13, NumberKind.ORDINAL),  # 13 (age)
        ("وهو في سن الثمانية عشر", "ar", 18, NumberKind.ORDINAL),
        ("رأي القرن التاسع عشر", "ar", 19, NumberKind.ORDINAL),
        ("اثنا عشر لاعبا", "ar", 12, NumberKind.INTEGER),
        ("الذكرى السنوية الستون", "ar", 60, NumberKind.ORDINAL),
        ("في الثمانينيات", "ar", 1980, NumberKind.YEAR),
        ("ثمانينيات القرن التاسع عشر", "ar", 1880, NumberKind.YEAR),
        ("ما لم تجمع مليوني دولار", "ar", 2_000_000, NumberKind.INTEGER),
        ("أكثر من النصف بصوت", "ar", 50, NumberKind.PERCENT),
        ("Terhitung satu dekade sejak", "id", 10, NumberKind.INTEGER),
        ("Lima puluh delapan persen", "id", 58, NumberKind.INTEGER),
        ("tiga belas", "id", 13, NumberKind.INTEGER),
    ],
)
def test_numbers_said_by_a_turn_of_phrase(
    text: str, language: str, value: int, kind: NumberKind
) -> None:
    mentions = [m for m in extract_numbers(text, language) if m.value == value]
    assert [(m.kind, m.soft) for m in mentions] == [(kind, True)]


def test_a_scale_word_after_a_numeral_is_no_dual() -> None:
    assert [m.value for m in extract_numbers("58 ألفا و362", "ar")] == [58362]


@pytest.mark.parametrize(
    ("text", "language", "minutes"),
    [
        ("found at 7.55am with", "en", 7 * 60 + 55),
        ("في الساعة 7.55 صباحًا", "ar", 7 * 60 + 55),
        ("is 5.30pm on a Saturday", "en", 17 * 60 + 30),
        ("هو 5:30 مساءً يوم", "ar", 17 * 60 + 30),
        ("pukul 17.30 pada", "id", 17 * 60 + 30),
        ("في حوالي الساعة 4 بالتوقيت", "ar", 4 * 60),
        ("pukul 2 siang", "id", 14 * 60),
        ("بحلول الساعة 1 ظهرًا", "ar", 13 * 60),
        ("À 07h55, la femme", "fr", 7 * 60 + 55),
        ("détectée à 13 h.", "fr", 13 * 60),
        ("samedi vers 4h du matin", "fr", 4 * 60),
        ("vers 8 heures du soir", "fr", 20 * 60),
        ("à 20 h 30 précises", "fr", 20 * 60 + 30),
        ("ちょうど午前7時前に", "ja", 7 * 60),
        ("男が午前7時55分に発見され", "ja", 7 * 60 + 55),
        ("午後2時、", "ja", 14 * 60),
        ("下午二点，封锁区内", "zh", 14 * 60),
        ("时间刚好早上 7 点之前", "zh", 7 * 60),
        ("最佳时间是周六下午5：30", "zh", 17 * 60 + 30),
        ("晚上8点半", "zh", 20 * 60 + 30),
    ],
)
def test_clock_times_with_their_cues(text: str, language: str, minutes: int) -> None:
    assert [(m.kind, m.value) for m in extract_numbers(text, language)] == [
        (NumberKind.TIME, minutes)
    ]


def test_number_formats_that_are_no_time_date_or_lone_number() -> None:
    # "3.26 juta" is 3,260,000, not 03:26; "2.53" in Indonesian may still be a decimal.
    assert [m.value for m in extract_numbers("3.26 juta", "id")] == [3_260_000]
    (era,) = extract_numbers("ERA 2.53", "id")
    assert frozenset({("num", Decimal("2.53"))}) in era.readings()
    # "1950-53" is 1950 to 1953; "220 2/3" a fraction, no 2 March; "GMT+0100" a code.
    assert [m.value for m in extract_numbers("in 1950-53", "en")] == [1950, 1953]
    assert all(m.kind is not NumberKind.DATE for m in extract_numbers("220 2/3 innings", "en"))
    assert [m.value for m in extract_numbers("09:30 BST (GMT+0100)", "en")] == [570]
    # "باب" (a door) is no "in August" (آب); "في آب الماضي" is.
    assert extract_numbers("من خلال باب الخدامين", "ar") == []
    assert [m.value for m in extract_numbers("في آب الماضي", "ar")] == [8]


# -- Chinese and Japanese grammar: times, decades, fractions, small counts ------------------------


@pytest.mark.parametrize(
    ("text", "language", "percent"),
    [
        ("增长了百分之3.5", "zh", Decimal("3.5")),  # a numerator with decimals
        ("百分之百", "zh", 100),  # the whole
        ("百分之100", "zh", 100),
        ("100分の1", "ja", 1),  # a denominator of three digits
    ],
)
def test_chinese_and_japanese_shares(text: str, language: str, percent: Decimal) -> None:
    (share,) = extract_numbers(text, language)
    assert (share.kind, share.value) == (NumberKind.PERCENT, percent)


def test_chinese_and_japanese_decades_fractions_and_small_counts() -> None:
    (decade,) = extract_numbers("他们于20世纪80年代在耶鲁", "zh")
    assert (decade.kind, decade.value, decade.soft) == (NumberKind.YEAR, 1980, True)
    (fifth,) = extract_numbers("五分之一的学生表示", "zh")
    assert (fifth.kind, fifth.value, fifth.soft) == (NumberKind.PERCENT, 20, True)
    assert frozenset({("num", Decimal("0.2"))}) in fifth.readings()
    assert [(m.value, m.soft) for m in extract_numbers("5分の1が", "ja")] == [(20, True)]
    # A count below ten before a counter is soft (Arabic says "two cars" with a dual ending);
    # ten and more, a point (3点意见) and a numeral going on (3万) are not.
    assert [(m.value, m.soft) for m in extract_numbers("パトカーが2台、1つ、2時間", "ja")] == [
        (2, True),
        (1, True),
        (2, True),
    ]
    assert [m.soft for m in extract_numbers("10人、提出了3点意见、3万人", "zh")] == [
        False,
        False,
        False,
    ]


def test_french_hours_that_are_durations_and_roman_centuries() -> None:
    assert [(m.kind, m.value) for m in extract_numbers("pendant 2 heures", "fr")] == [
        (NumberKind.INTEGER, 2)
    ]
    (century,) = extract_numbers("à la fin du XIXe siècle", "fr")
    assert (century.kind, century.value, century.text) == (NumberKind.ORDINAL, 19, "XIX")
    assert extract_numbers("Louis XIV régna", "fr") == []  # a king's number: no century


def test_a_mention_is_built_as_its_dataclass_fields_say() -> None:
    # Its own ``__init__`` (faster than the frozen dataclass's) takes the fields, in their
    # order, with their defaults; the mention stays frozen, comparable and replaceable.
    parameters = list(inspect.signature(NumberMention.__init__).parameters.values())[1:]
    assert [(p.name, p.default) for p in parameters] == [
        (f.name, inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default)
        for f in dataclasses.fields(NumberMention)
    ]
    mention = NumberMention(Decimal(3), NumberKind.DATE, (0, 9), "3 Agustus", month=8)
    assert (mention.value, mention.kind, mention.span, mention.text) == (
        3,
        NumberKind.DATE,
        (0, 9),
        "3 Agustus",
    )
    assert (mention.month, mention.spelled, mention.alternatives) == (8, False, ())
    same = NumberMention(Decimal(3), NumberKind.DATE, (0, 9), "3 Agustus", 8)
    assert mention == same and hash(mention) == hash(same)
    assert dataclasses.replace(mention, month=9).month == 9 != mention.month
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.month = 9  # type: ignore[misc]
