"""Chinese and Japanese forms that look like numbers of one kind and are often of another
(reader.core.text.numbers, no Qt): 一時 the word ("for a while") beside 一時 the hour, the
evening's hours after 今晚 and the other parts of the day CLDR names, a day whose month is
left unsaid (or a count of days), "4/7" (a date or a share), the marks of a number set full
width (１，０００, ３．５), half a unit of time (半年, six months), "several" before a power of
ten in digits (数10人, dozens), a decimal in Han numerals (三点五亿), a decade of a Japanese era
(昭和40年代), a date that names an event (9·11) and a decade by its year in full (2010年代).
Each is read as the language means it, so that a faithful translation is not reported as
changing a number."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reader.core.checks.model import Pair
from reader.core.checks.numbers import number_findings
from reader.core.text.numbers import NumberKind, extract_numbers


def findings(source: str, source_language: str, target: str, target_language: str) -> list[str]:
    pair = Pair(source_language, target_language, ((0, source),), ((0, target),))
    return [finding.message for finding in number_findings(pair)]


def times(text: str, language: str) -> list[Decimal]:
    return [m.value for m in extract_numbers(text, language) if m.kind is NumberKind.TIME]


# -- 一時: a word, and an hour only with its part of the day or its minutes ----------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("多数の観光客が一時的に立ち往生した。", "ja"),  # temporarily
        ("株価は一時、急落した。", "ja"),  # at one point
        ("一時帰国していた", "ja"),  # a visit home for a while
        ("他一时说不出话来。", "zh"),  # for a moment
        ("这种风气盛行一时。", "zh"),  # for a time
    ],
)
def test_one_hour_as_a_word_is_no_time(text: str, language: str) -> None:
    assert times(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "minutes"),
    [
        ("午前一時に発生した", "ja", 60),
        ("一時五分に", "ja", 65),
        ("凌晨一时", "zh", 60),
        ("三時に会う", "ja", 3 * 60),  # any other hour in Han numerals is one still
    ],
)
def test_one_hour_with_its_part_of_the_day_or_minutes_is_a_time(
    text: str, language: str, minutes: int
) -> None:
    assert times(text, language) == [minutes]


def test_temporarily_stranded_is_no_changed_time() -> None:
    arabic = "خلف الزلزال الآلاف من المباني المدمرة والسائحين المحاصرين بشكل مؤقت."
    assert findings("多数の観光客が一時的に立ち往生した。", "ja", arabic, "ar") == []


# -- the parts of the day: CLDR's names, and 晚 (tonight, last night) ------------------------------


@pytest.mark.parametrize(
    ("text", "language", "minutes"),
    [
        ("集会计划于今晚7点开始。", "zh", 19 * 60),  # tonight
        ("昨晚8点半", "zh", 20 * 60 + 30),  # last night
        ("当晚9点", "zh", 21 * 60),  # that evening
        ("今晩7時から", "ja", 19 * 60),
        ("夕方5時に", "ja", 17 * 60),  # CLDR's ja evening1
        ("正午12時", "ja", 12 * 60),  # CLDR's ja noon: twelve is noon's
        ("晚上8点", "zh", 20 * 60),  # the whole word, as before
    ],
)
def test_hours_after_a_part_of_the_day(text: str, language: str, minutes: int) -> None:
    assert times(text, language) == [minutes]


def test_tonight_at_seven_against_its_arabic_is_no_changed_time() -> None:
    arabic = "من المقرر أن يحدث التجمع في الساعة 7 مساءً."
    assert findings("集会计划于今晚7点开始。", "zh", arabic, "ar") == []


# -- a day without its month, or a count of days ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("1日の聴取会で", "ja", 1),  # an all-day hearing
        ("1 日の投獄と", "ja", 1),  # a day in jail
        ("29日、東京で", "ja", 29),  # the 29th of this month
        ("3日間の日程", "ja", 3),  # three days
        ("29日，北京", "zh", 29),
        ("15日发布", "zh", 15),
    ],
)
def test_a_day_without_its_month_is_soft(text: str, language: str, value: int) -> None:
    (mention,) = extract_numbers(text, language)
    assert (mention.value, mention.soft) == (value, True)


@pytest.mark.parametrize(
    ("text", "language", "kind", "value"),
    [
        ("9月29日", "ja", NumberKind.DATE, 29),  # with its month: a date, as before
        ("七月3日", "zh", NumberKind.DATE, 3),
        ("100日間", "ja", NumberKind.INTEGER, 100),  # more days than a month has
        ("5日元", "zh", NumberKind.AMOUNT, 5),  # 日元: the yen
    ],
)
def test_a_day_with_its_month_or_no_day_is_not(
    text: str, language: str, kind: NumberKind, value: int
) -> None:
    (mention,) = extract_numbers(text, language)
    assert (mention.kind, mention.value, mention.soft) == (kind, value, False)


def test_a_day_in_jail_against_its_arabic_is_no_added_number() -> None:
    japanese = "彼はまた、1 日の投獄と 2 千ドルの罰金に相当する軽犯罪の容疑がかけられている。"
    arabic = "ووجهت إليه أيضًا تهمة جنحة من الفئة ب، يعاقب عليها بالسجن يومًا وغرامة 2000 دولار."
    assert findings(japanese, "ja", arabic, "ar") == []


# -- "4/7": a date (CLDR's M/d) or a share ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [("4/7 出现早期流产", "zh"), ("2/5 出现", "zh"), ("4/5の患者", "ja")],
)
def test_a_slash_date_without_its_year_is_soft(text: str, language: str) -> None:
    (mention,) = extract_numbers(text, language)
    assert (mention.kind, mention.soft) == (NumberKind.DATE, True)


def test_a_slash_date_with_its_year_is_not() -> None:
    found = extract_numbers("2019/4/7", "zh")
    assert [(m.kind, m.value, m.soft) for m in found] == [
        (NumberKind.YEAR, 2019, False),
        (NumberKind.DATE, 7, False),
    ]


def test_four_of_seven_against_its_arabic_is_no_missing_date() -> None:
    arabic = "أربع من أصل سبع أُجهضن، واثنتان من أصل خمس، بينما أربع من أصل خمس."
    assert findings("4/7 出现流产，2/5 出现，4/5 出现早产。", "zh", arabic, "ar") == []


def test_a_slash_date_still_confirms_the_date_its_translation_writes() -> None:
    assert findings("4/7 发布", "zh", "صدر في 7 أبريل", "ar") == []


# -- a number set full width: its marks are full width too ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("成長率は３．５％だった。", NumberKind.PERCENT, Decimal("3.5")),
        ("価格は１，０００円。", NumberKind.AMOUNT, 1000),
        ("１２，５００人が参加", NumberKind.INTEGER, 12500),
        ("人口は１，２３４，５６７人", NumberKind.INTEGER, 1234567),
        ("１．５億ドル", NumberKind.AMOUNT, 150_000_000),
    ],
)
def test_full_width_marks_of_full_width_digits(text: str, kind: NumberKind, value: int) -> None:
    (mention,) = extract_numbers(text, "ja")
    assert (mention.kind, mention.value) == (kind, value)


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [
        ("２０１９，１００人", "zh", [2019, 100]),  # a year, then a count: no groups of three
        ("１，２，３", "ja", [1, 2, 3]),  # a list
    ],
)
def test_a_full_width_comma_that_groups_nothing_is_punctuation(
    text: str, language: str, values: list[int]
) -> None:
    assert [m.value for m in extract_numbers(text, language)] == values


def test_full_width_figures_against_their_arabic_are_no_changed_numbers() -> None:
    japanese = "売上高は１，０００億円、成長率は３．５％だった。"
    arabic = "بلغت المبيعات 100 مليار ين، ونسبة النمو 3.5%."
    assert findings(japanese, "ja", arabic, "ar") == []


# -- half a unit of time: 半年, 半个月, 半世纪 ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "other"),
    [
        ("半年前に", "ja", 6),  # six months
        ("近半年来", "zh", 6),
        ("半个月后", "zh", 15),  # fifteen days
        ("半世纪以来", "zh", 50),  # fifty years
        ("半世紀にわたり", "ja", 50),
        ("半小时后", "zh", 30),  # thirty minutes
    ],
)
def test_half_a_unit_of_time(text: str, language: str, other: int) -> None:
    (mention,) = extract_numbers(text, language)
    assert (mention.value, mention.alternatives, mention.soft) == (Decimal("0.5"), (other,), True)


@pytest.mark.parametrize(
    "text",
    ["上半年", "下半年", "大半年", "后半年"],  # the year's first or second half; most of a year
)
def test_a_half_of_one_year_is_no_half_year(text: str) -> None:
    assert extract_numbers(text, "zh") == []


def test_half_a_year_against_six_months_is_no_added_number() -> None:
    arabic = "ارتفعت الأسعار خلال الأشهر الـ6 الماضية."
    assert findings("近半年来，物价上涨。", "zh", arabic, "ar") == []


# -- "several" before a power of ten in digits: 数10人, an estimate -------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("数10人が負傷した", 10),  # dozens of people
        ("ここ数100年で", 100),  # the last few hundred years
        ("が数1000人に上る", 1000),
        ("数10万人が避難", 100_000),  # hundreds of thousands
        ("数１０人", 10),
    ],
)
def test_several_tens_in_digits_is_an_estimate(text: str, value: int) -> None:
    (mention,) = extract_numbers(text, "ja")
    assert (mention.value, mention.soft) == (value, True)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("死者数100人", 100),  # 数 ends 死者数, "the number of the dead": 100
        ("人数10人", 10),
        ("数11人", 11),  # no power of ten: no estimate
    ],
)
def test_a_number_after_the_number_of_is_no_estimate(text: str, value: int) -> None:
    (mention,) = extract_numbers(text, "ja")
    assert (mention.value, mention.soft) == (value, False)


def test_dozens_of_people_against_its_arabic_is_no_missing_number() -> None:
    arabic = "أصيب العشرات من الأشخاص."
    assert findings("数10人が負傷した。", "ja", arabic, "ar") == []


# -- a decimal in Han numerals: 三点五 -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("经济增长六点九", Decimal("6.9")),
        ("零点五", Decimal("0.5")),
        ("二十三点四五", Decimal("23.45")),
        ("三点五亿", 350_000_000),  # not 五亿, 500 million
        ("十二点五万人", 125_000),
    ],
)
def test_a_decimal_in_han_numerals(text: str, value: Decimal) -> None:
    (mention,) = extract_numbers(text, "zh")
    assert (mention.value, mention.soft) == (value, True)


def test_a_share_with_a_decimal_in_han_numerals() -> None:
    (mention,) = extract_numbers("增长了百分之三点五", "zh")
    assert (mention.kind, mention.value) == (NumberKind.PERCENT, Decimal("3.5"))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("三点五分", [(NumberKind.TIME, 3 * 60 + 5)]),  # 点 counts the hours: 3:05
        ("一点一滴", []),  # bit by bit
        ("一点一点地", []),
        ("有一点", []),  # a little
    ],
)
def test_a_point_that_makes_no_decimal(text: str, found: list[tuple[NumberKind, int]]) -> None:
    assert [(m.kind, m.value) for m in extract_numbers(text, "zh")] == found


# -- a decade of a Japanese era: 昭和40年代 ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "year", "decades"),
    [
        ("昭和40年代に", 1965, (1960, 1970)),  # 1965 to 1974
        ("昭和５０年代", 1975, (1970, 1980)),
        ("平成10年代", 1998, (1990, 2000)),
    ],
)
def test_a_decade_of_an_era(text: str, year: int, decades: tuple[int, int]) -> None:
    (mention,) = extract_numbers(text, "ja")
    assert (mention.kind, mention.value, mention.alternatives, mention.soft) == (
        NumberKind.YEAR,
        year,
        decades,
        True,
    )


def test_a_year_of_an_era_is_as_before() -> None:
    (mention,) = extract_numbers("平成30年に", "ja")
    assert (mention.value, mention.alternatives, mention.soft) == (2018, (), False)


# -- a date that names an event: 9·11 ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "month", "day"),
    [
        ("9·11事件以来", "zh", 9, 11),
        ("“5·12”汶川地震", "zh", 5, 12),
        ("7·20郑州暴雨", "zh", 7, 20),
    ],
)
def test_a_dotted_date_names_its_day(text: str, language: str, month: int, day: int) -> None:
    (mention,) = extract_numbers(text, language)
    assert (mention.kind, mention.month, mention.value) == (NumberKind.DATE, month, day)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("大卫·约翰逊", []),  # a foreign name's words
        ("1·2·3", [1, 2, 3]),  # no date of two numbers
        ("13·5", [13, 5]),  # no month
    ],
)
def test_a_dot_between_other_numbers_is_no_date(text: str, values: list[int]) -> None:
    assert [m.value for m in extract_numbers(text, "zh")] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [("1・2号機", [1, 2]), ("3・4年生", [3, 4])],  # Japanese 中黒 lists: units 1 and 2
)
def test_a_japanese_middle_dot_lists(text: str, values: list[int]) -> None:
    assert [m.value for m in extract_numbers(text, "ja")] == values


def test_nine_eleven_against_its_arabic_is_no_changed_number() -> None:
    assert findings("9·11事件以来", "zh", "منذ هجمات 11 سبتمبر", "ar") == []


# -- a decade by its year in full: 2010年代 ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "year"),
    [
        ("2010年代に入り", "ja", 2010),  # was 1910: "10年代" read in the 1900s
        ("2000年代初め", "ja", 2000),
        ("1990年代", "ja", 1990),
        ("2010年代以来", "zh", 2010),
        ("90年代", "ja", 1990),  # two digits: the 1900s, as before
        ("20世纪80年代", "zh", 1980),
    ],
)
def test_a_decade_by_its_year(text: str, language: str, year: int) -> None:
    (mention,) = extract_numbers(text, language)
    assert (mention.kind, mention.value, mention.soft) == (NumberKind.YEAR, year, True)
