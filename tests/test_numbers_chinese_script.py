"""Chinese numbers in either script and the forms that end or join them (reader.core.text.numbers,
no Qt): traditional characters read as the simplified ones ICU says they are (點, 萬, 個星期), a
clock's hour that is no numeral's tail (5,000時: 時 is "when" after a clause), the full-width
comma of a Chinese input method between ASCII digits (3，000), a unit whose name begins with a
numeral (千瓦, kilowatt: 2900千瓦 is 2,900 kilowatts, no 2.9 million), a count before a counter
that is no year (1000人), and two months with 月 written once (4至6月, April to June). Sentences
written for these tests (issue 12)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reader.core.checks.model import Pair
from reader.core.checks.numbers import number_findings
from reader.core.text.numbers import NumberKind, extract_numbers


def read(text: str, language: str = "zh") -> list[tuple[Decimal, NumberKind, bool]]:
    return [(m.value, m.kind, m.soft) for m in extract_numbers(text, language)]


def values(text: str, language: str = "zh") -> list[Decimal]:
    return [m.value for m in extract_numbers(text, language)]


def findings(source: str, target: str, source_language: str = "zh") -> list[str]:
    pair = Pair(source_language, "ar", ((0, source),), ((0, target),))
    return [finding.message for finding in number_findings(pair)]


# -- traditional characters --------------------------------------------------------------------

# Simplified sentences whose numbers take the Chinese forms the reader knows: decimals with 点,
# times, halves, shares, decades, dates, estimates. Each in traditional characters, as ICU's
# Simplified-Traditional transliterator writes it, must read alike.
SIMPLIFIED = [
    "增长了百分之三点五",
    "预算为三点五亿元",
    "发生了六点九级地震",
    "零点五个百分点",
    "下午两点半开会",
    "晚上7点30分到达",
    "二十世纪八十年代的歌",
    "五分之一的选民",
    "三成的选民",
    "他等了3个星期半",
    "工作了一年半时间",
    "离开了两个半小时",
    "一千零五个",
    "两万三千人",
    "八月十五日举行",
    "比赛用时3分35秒",
    "六名警察赶到",
    "约3个半月",
    "半个月以后",
    "2900千瓦的电力",
    "筹集了3千万美元",
    "债务达50万亿元",
    "有2百万人参加",
]


@pytest.fixture(scope="module")
def to_traditional():  # type: ignore[no-untyped-def]
    icu = pytest.importorskip("icu")
    return icu.Transliterator.createInstance("Simplified-Traditional")


@pytest.mark.parametrize("simplified", SIMPLIFIED)
def test_traditional_characters_read_as_simplified(simplified: str, to_traditional) -> None:  # type: ignore[no-untyped-def]
    traditional = to_traditional.transliterate(simplified)
    assert traditional != simplified
    assert read(simplified)  # each sentence says a number
    assert read(traditional) == read(simplified)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("百分之三點五", Decimal("3.5")),
        ("三點五億", Decimal(350_000_000)),
        ("零點五", Decimal("0.5")),
    ],
)
def test_a_decimal_point_in_traditional_characters(text: str, value: Decimal) -> None:
    assert values(text) == [value]


# -- the hour of a clock ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("當賬戶餘額為5,000時，可獲得利息", Decimal(5000)),
        ("当人口达到5000时，城市扩建", Decimal(5000)),
        ("温度升到3.5时停止", Decimal("3.5")),
        ("残高が10,000時は無料", Decimal(10000)),
    ],
)
def test_the_last_digits_of_a_numeral_are_no_hour(text: str, value: Decimal) -> None:
    language = "ja" if "残高" in text else "zh"
    assert read(text, language) == [
        (value, NumberKind.INTEGER if value % 1 == 0 else NumberKind.DECIMAL, False)
    ]


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("下午5时开会", 17 * 60),
        ("午後2時30分に", 14 * 60 + 30),
        ("上午6點，", 6 * 60),
        ("，5時に", 5 * 60),
    ],
)
def test_an_hour_after_other_marks_is_still_read(text: str, minutes: int) -> None:
    language = "ja" if "に" in text else "zh"
    times = [m.value for m in extract_numbers(text, language) if m.kind is NumberKind.TIME]
    assert times == [Decimal(minutes)]


# -- the full-width comma between ASCII digits --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("共有3，000人参加", Decimal(3000)),
        ("贷款15，001到", Decimal(15001)),
        ("投资1，000，000元", Decimal(1_000_000)),
        ("損失は12，500円", Decimal(12500)),
    ],
)
def test_a_full_width_comma_groups_ascii_digits(text: str, value: Decimal) -> None:
    language = "ja" if "円" in text else "zh"
    assert values(text, language) == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在2019，100人参加了", [Decimal(2019), Decimal(100)]),  # a year, then a count
        ("选项1，2，3都可以", [Decimal(1), Decimal(2), Decimal(3)]),  # a list
        ("得分12，1234分", [Decimal(12), Decimal(1234)]),  # no group of three
    ],
)
def test_a_sentence_comma_between_numbers_groups_nothing(
    text: str, expected: list[Decimal]
) -> None:
    assert values(text) == expected


def test_a_grouped_amount_against_its_arabic_is_no_finding() -> None:
    assert findings("贷款15，001到19，999英镑", "اقتراض ما بين 15001 و19999 جنيه إسترليني") == []


# -- units whose name begins with a numeral ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("可产生多达2900千瓦的电力", Decimal(2900)),
        ("一袋5千克的大米", Decimal(5)),
        ("耗电1.5千瓦时", Decimal("1.5")),
        ("一台3百萬瓦的風機", Decimal(3)),
        ("每天摄入2,000千卡", Decimal(2000)),
    ],
)
def test_a_metric_prefix_is_no_scale(text: str, value: Decimal) -> None:
    assert values(text) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [("装机容量100万千瓦", Decimal(1_000_000)), ("约12千人", Decimal(12000))],
)
def test_a_scale_before_a_unit_still_scales(text: str, value: Decimal) -> None:
    assert values(text) == [value]


def test_the_units_begin_with_the_numerals_looked_for() -> None:
    # The reader looks for a unit only where one of these numerals is: CLDR's names for the
    # units must begin with no other.
    from reader.core.text.numbers import cjk

    assert cjk._prefixed_units()[1] == cjk.PREFIXES_OF_UNITS


def test_kilowatts_against_the_arabic_are_no_finding() -> None:
    assert findings("可产生多达2900千瓦的电力。", "تولد ما يصل إلى 2900 كيلوواط من الكهرباء.") == []


# -- a count before a counter is no year -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("约1000人参加", NumberKind.INTEGER),
        ("1500名士兵", NumberKind.INTEGER),
        ("共1200家企业", NumberKind.INTEGER),
        ("2019年", NumberKind.YEAR),
        ("1999年度报告", NumberKind.YEAR),
        ("在2019，", NumberKind.YEAR),
        ("一千五百人", NumberKind.INTEGER),
        ("二〇一九年", NumberKind.YEAR),
    ],
)
def test_a_count_before_a_counter_is_no_year(text: str, kind: NumberKind) -> None:
    assert [m.kind for m in extract_numbers(text, "zh")] == [kind]


def test_a_missing_count_is_named_as_a_number() -> None:
    (message,) = findings("约1000人参加了集会。", "شارك في التجمع.")
    assert "year" not in message and "1000" in message


# -- two months, 月 written once -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "months"),
    [
        ("它于4至6月在海岸举行", "zh", [4, 6]),
        ("四到六月", "zh", [4, 6]),
        ("10－12月", "zh", [10, 12]),
        ("4～6月期の決算", "ja", [4, 6]),
        ("4、5月の売上", "ja", [4, 5]),
    ],
)
def test_two_months_with_one_month_word(text: str, language: str, months: list[int]) -> None:
    found = extract_numbers(text, language)
    assert [m.kind for m in found] == [NumberKind.MONTH] * len(months)
    assert [m.value for m in found] == [Decimal(m) for m in months]


@pytest.mark.parametrize("text", ["5至6月3日", "等了3至5个月", "从8至3月"])
def test_no_first_month_where_none_is_meant(text: str) -> None:
    assert NumberKind.MONTH not in [m.kind for m in extract_numbers(text, "zh")][:1]


def test_a_range_of_months_against_the_arabic_is_no_finding() -> None:
    assert (
        findings("它于4至6月在墨西哥海岸举行。", "أجريت قبالة سواحل المكسيك من أبريل إلى يونيو.")
        == []
    )


# -- words written with numerals -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "万一发生意外",
        "萬一出了事",
        "他是亿万富翁",
        "千万不要忘记",
        "千萬別去",
        "千万要小心",
        "万一の場合",
    ],
)
def test_words_written_with_numerals_say_no_number(text: str) -> None:
    language = "ja" if "の" in text else "zh"
    assert values(text, language) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("上千万人", 10_000_000),
        ("千万富翁", 10_000_000),
        ("三千万", 30_000_000),
        ("一万亿", 10**12),
    ],
)
def test_ten_million_is_still_read(text: str, value: int) -> None:
    assert values(text) == [Decimal(value)]


# -- centuries ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "century"),
    [("19世纪的城堡", "zh", 19), ("二十一世紀初", "zh", 21), ("19世紀に建てられた", "ja", 19)],
)
def test_a_century_is_its_ordinal(text: str, language: str, century: int) -> None:
    assert [(m.value, m.kind) for m in extract_numbers(text, language)] == [
        (Decimal(century), NumberKind.ORDINAL)
    ]


@pytest.mark.parametrize("text", ["上世纪的歌", "一个世纪以来", "20世纪80年代"])
def test_no_century_without_its_number(text: str) -> None:
    assert NumberKind.ORDINAL not in [m.kind for m in extract_numbers(text, "zh")]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (
            "在21世纪初，每10万人中有5名医生。",
            "في بداية القرن الحادي والعشرين، كان هناك خمسة أطباء لكل 100000 نسمة.",
        ),
        ("一座19世纪的城堡。", "قلعة من القرن التاسع عشر."),
    ],
)
def test_a_century_against_its_arabic_is_no_finding(source: str, target: str) -> None:
    assert findings(source, target) == []


def test_a_year_against_its_century_is_only_worth_a_look() -> None:
    # "The early 2000s" as "the beginning of the twenty-first century": the year may be the
    # century's, so the banner does not count it (reader.core.checks.numbers).
    pair = Pair(
        "zh",
        "ar",
        ((0, "在二十一世纪初，每10万人中有5名医生。"),),
        ((0, "في أوائل عام 2000، كان هناك خمسة أطباء لكل 100000 نسمة."),),
    )
    assert [f.confident for f in number_findings(pair)] == [False]
