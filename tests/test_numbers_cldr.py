"""The number reader against what CLDR (Babel) and ICU write, language by language.

ICU's rule-based spell-out and Babel's number, currency, percent and date formats say how each
language writes a number; the reader must read back, inside a sentence, the value (and kind)
that was written. ``bench/numbers_cldr.py`` surveys every form here with none of the
exclusions. Forms left out, and why:

- ``un``/``une`` alone: the French article far more often than a count (``un homme``);
- ``kedua`` alone, Indonesian and Malay for "both" as often as "second": its value is read, not
  its kind;
- a lone Han numeral (``三``, ``十``, Japanese ``百`` and ``千``) not after ``第`` nor before a
  counter: ``一`` is in ``一起``, ``十`` in ``十分`` (very), ``百`` in ``百姓`` (the people), ``千``
  in ``千万`` (by all means); before a counter (``三人``) it is read (``tests/test_numbers.py``);
- ICU's Chinese ``%spellout-numbering-days`` below eleven (``初一``): days of the month of the
  Chinese calendar, which no other version dates that way;
- ICU's Arabic ordinals of one word from a hundred on (``المائة``, ``المائتان``, ``الألف``,
  ``الألفي``): ``في المائة`` is "per cent" and ``الألفين`` "the year 2000" as often;
- where ICU writes an Arabic ordinal without the article, as a cardinal (from 300 on, but for
  the thousands: ``تسعة مائة وتسعة وتسعون`` for the 999th), its value is read, and a
  cardinal's kind;
- spelled numbers beyond the thousands, English years in words ("nineteen forty-five");
- CLDR's short compact forms ("3M"; French's, "1,5 k", are read: ``test_numbers_grammar``),
  clock times with seconds written with dots (the Indonesian and Malay "14.58.33": a dotted
  time is also a decimal), Malay ``d-M`` dates.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal

import icu
import pytest
from babel import dates, numbers
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reader.core.text.numbers import NumberKind, NumberMention, extract_numbers

LANGUAGES = ("en", "id", "ms", "fr", "ar", "zh", "ja")
SENTENCES = {
    "en": "The report said {} on Monday.",
    "id": "Laporan itu menyebut {} pada hari Senin.",
    "ms": "Laporan itu menyebut {} pada hari Isnin.",
    "fr": "Le rapport indique {} lundi.",
    "ar": "وقال التقرير {} يوم الاثنين.",
    "zh": "报告称{}。",
    "ja": "報告書によると{}。",
}
CURRENCIES = {
    "en": ("USD", "EUR", "GBP"),
    "id": ("IDR", "USD"),
    "ms": ("MYR", "USD"),
    "fr": ("EUR", "USD"),
    "ar": ("USD", "EUR"),
    "zh": ("CNY", "USD"),
    "ja": ("JPY", "USD"),
}
# Arabic writes its numbers in Arabic-Indic digits, and copies Western ones from a source.
NUMBERING = [(lang, "latn") for lang in LANGUAGES] + [("ar", "default")]

Fact = tuple[str, Decimal, int | None]


def facts(mentions: list[NumberMention]) -> Counter[Fact]:
    """What a reader takes from the mentions: value and kind (a year or a decimal is a number
    like any; a date keeps its month)."""
    found: Counter[Fact] = Counter()
    for mention in mentions:
        kind = mention.kind
        if kind in (NumberKind.INTEGER, NumberKind.DECIMAL, NumberKind.YEAR):
            found["number", mention.value, None] += 1
        else:
            found[str(kind), mention.value, mention.month] += 1
    return found


def read(language: str, written: str) -> Counter[Fact]:
    return facts(extract_numbers(SENTENCES[language].format(written), language))


def spellout(language: str, rule_set: str, value: int) -> str:
    rules = icu.RuleBasedNumberFormat(icu.URBNFRuleSetTag.SPELLOUT, icu.Locale(language))
    rules.setDefaultRuleSet(rule_set)
    return str(rules.format(value))


def rule_sets(language: str, prefix: str) -> list[str]:
    rules = icu.RuleBasedNumberFormat(icu.URBNFRuleSetTag.SPELLOUT, icu.Locale(language))
    names = (str(rules.getRuleSetName(i)) for i in range(rules.getNumberOfRuleSetNames()))
    return [name for name in names if name.startswith(prefix)]


# -- spelled out (ICU) --------------------------------------------------------------------------

# (language, rule set, the values read): French "un" alone is the article. Arabic, Chinese and
# Japanese below.
CARDINALS = [
    *(("fr", name, 2) for name in ["%spellout-numbering", *rule_sets("fr", "%spellout-cardinal")]),
    *(
        (lang, name, 1)
        for lang in ("id", "ms")
        for name in ("%spellout-numbering", "%spellout-cardinal")
    ),
    *(("en", name, 0) for name in ("%spellout-numbering", "%spellout-cardinal")),
]
ORDINALS = [
    *(("fr", name) for name in rule_sets("fr", "%spellout-ordinal")),
    ("id", "%spellout-ordinal"),
    ("ms", "%spellout-ordinal"),
    ("zh", "%spellout-ordinal"),  # 第三
    ("ja", "%spellout-ordinal"),
]


@pytest.mark.parametrize(("language", "rule_set", "lowest"), CARDINALS)
@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_cardinals_in_words(language: str, rule_set: str, lowest: int, data: st.DataObject) -> None:
    value = data.draw(st.integers(min_value=lowest, max_value=999_999))
    written = spellout(language, rule_set, value)
    assert read(language, written) == {("number", Decimal(value), None): 1}, written


@pytest.mark.parametrize(("language", "rule_set"), ORDINALS)
@settings(max_examples=100, deadline=None)
@given(value=st.integers(min_value=1, max_value=9_999))
def test_ordinals_in_words(language: str, rule_set: str, value: int) -> None:
    written = spellout(language, rule_set, value)
    if value == 2 and language in ("id", "ms"):  # "kedua": both, or second
        assert read(language, written) == {("number", Decimal(2), None): 1}, written
    else:
        assert read(language, written) == {("ordinal", Decimal(value), None): 1}, written


@pytest.mark.parametrize("language", ["fr", "id", "ms", "ar", "zh", "ja"])
@settings(max_examples=60, deadline=None)
@given(year=st.integers(min_value=1100, max_value=2099))
def test_years_in_words(language: str, year: int) -> None:
    written = spellout(language, "%spellout-numbering-year", year)
    assert read(language, written) == {("number", Decimal(year), None): 1}, written


@pytest.mark.parametrize(
    "rule_set", ["%spellout-numbering", *rule_sets("ar", "%spellout-cardinal")]
)
@settings(max_examples=100, deadline=None)
@given(value=st.integers(min_value=0, max_value=999_999))
def test_arabic_cardinals_in_words(rule_set: str, value: int) -> None:
    written = spellout("ar", rule_set, value)
    assert read("ar", written) == {("number", Decimal(value), None): 1}, written


@pytest.mark.parametrize("rule_set", rule_sets("ar", "%spellout-ordinal"))
@settings(max_examples=100, deadline=None)
@given(value=st.integers(min_value=1, max_value=999_999))
def test_arabic_ordinals_in_words(rule_set: str, value: int) -> None:
    written = spellout("ar", rule_set, value)
    assume(" " in written or value < 100)  # المائة: "في المائة" is per cent; الألفي, 2000
    # ICU's from 300 on, but for the thousands, have no article: written as cardinals.
    kind = "ordinal" if written.startswith("ال") else "number"
    assert read("ar", written) == {(kind, Decimal(value), None): 1}, written


# Every rule set of Chinese and Japanese but the Chinese calendar's days (初一), which spell the
# numbers from eleven as %spellout-numbering does.
HAN_CARDINALS = [
    (lang, name)
    for lang in ("zh", "ja")
    for name in rule_sets(lang, "%spellout-")
    if not name.startswith(("%spellout-ordinal", "%spellout-numbering-year"))
]


@pytest.mark.parametrize(("language", "rule_set"), HAN_CARDINALS)
@settings(max_examples=100, deadline=None)
@given(value=st.integers(min_value=0, max_value=999_999))
def test_chinese_and_japanese_cardinals_in_words(language: str, rule_set: str, value: int) -> None:
    written = spellout(language, rule_set, value)
    assume(len(written) > 1)  # a lone numeral: a word as often as a number
    assume(not written.startswith("初"))  # a day of the Chinese calendar
    assert read(language, written) == {("number", Decimal(value), None): 1}, written


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("七十三万两千九百一十七", 732_917),  # 两 before a unit is two, no tael
        ("叁拾玖万壹仟贰佰零捌", 391_208),  # financial
        ("弐拾伍萬九百七拾弐", 250_972),
        ("廿一", 21),
        ("卅", None),
        ("五卅", None),  # the 30th of May, no 5 times 30
    ],
)
def test_han_numerals_as_icu_writes_them(written: str, value: int | None) -> None:
    expected = Counter({("number", Decimal(value), None): 1}) if value else Counter()
    assert read("zh", written) == expected


def test_financial_digits_are_never_positional_and_two_after_a_numeral_is_a_tael() -> None:
    assert read("ja", "三陸沖で") == Counter()  # Sanriku, a place
    assert read("zh", "二十两黄金") == {("number", Decimal(20), None): 1}


def test_french_one_is_the_article_alone_and_a_number_in_a_compound() -> None:
    assert read("fr", "un homme") == Counter()
    assert read("fr", "vingt et un") == {("number", Decimal(21), None): 1}
    assert read("fr", "un million") == {("number", Decimal(10**6), None): 1}


def test_french_seven_is_no_september_alone() -> None:
    assert read("fr", "sept personnes") == {("number", Decimal(7), None): 1}
    assert read("fr", "le 15 sept. 2019") == {
        ("date", Decimal(15), 9): 1,
        ("number", Decimal(2019), None): 1,
    }


def test_kedua_alone_is_two_of_no_kind_and_an_ordinal_in_a_compound() -> None:
    assert read("id", "kedua negara") == {("number", Decimal(2), None): 1}
    assert read("id", "kedua belas") == {("ordinal", Decimal(12), None): 1}


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("ثلاث مئة", 300),  # apart, as academies of the language recommend
        ("ألفين وتسعة عشر", 2019),
        ("خمسة وعشرون ألفًا وثلاثمائة", 25_300),  # ألفًا: no dual after 25
        ("ثلاثة ملايين وخمسمائة ألف", 3_500_000),
        ("مليون وخمسمائة ألف", 1_500_000),
        ("بثلاثمائة وخمسين", 350),
        ("مائة وواحد", 101),
        ("مائتان وخمسون", 250),
        ("ثلاثمائة وخمسة وستون", 365),
        ("تسعمئة وتسعة وتسعون", 999),
        ("ألف وخمسمائة", 1500),
        ("ألف وتسعمائة وخمسة وأربعون", 1945),
    ],
)
def test_arabic_hundreds_and_thousands_as_arabic_writes_them(written: str, value: int) -> None:
    assert read("ar", written) == {("number", Decimal(value), None): 1}


def test_two_arabic_numbers_joined_by_and_stay_two() -> None:
    assert read("ar", "بين ثلاثمائة وأربعمائة") == {
        ("number", Decimal(300), None): 1,
        ("number", Decimal(400), None): 1,
    }
    assert read("ar", "ثلاثة آلاف وأربعة آلاف") == {
        ("number", Decimal(3000), None): 1,
        ("number", Decimal(4000), None): 1,
    }


# -- numerals, percentages, amounts (Babel) -----------------------------------------------------

DECIMALS = st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False)


@pytest.mark.parametrize(("language", "system"), NUMBERING)
@settings(max_examples=60, deadline=None)
@given(value=DECIMALS)
def test_numbers_as_cldr_writes_them(language: str, system: str, value: Decimal) -> None:
    written = numbers.format_decimal(value, locale=language, numbering_system=system)
    (mention,) = extract_numbers(SENTENCES[language].format(written), language)
    # One reading of it is the number ("0.30" in Indonesian may also be half past midnight).
    assert any(("num", value.normalize()) in r for r in mention.readings()), written
    assert mention.kind is not NumberKind.TIME or mention.alternatives, written


@pytest.mark.parametrize(("language", "system"), NUMBERING)
@settings(max_examples=40, deadline=None)
@given(share=st.decimals(min_value=0, max_value=1, places=3, allow_nan=False))
def test_percentages_as_cldr_writes_them(language: str, system: str, share: Decimal) -> None:
    written = numbers.format_percent(
        share, locale=language, numbering_system=system, decimal_quantization=False
    )
    assert read(language, written) == {("percent", (share * 100).normalize(), None): 1}, written


@pytest.mark.parametrize(
    ("language", "system", "currency"),
    [(lang, system, currency) for lang, system in NUMBERING for currency in CURRENCIES[lang]],
)
@settings(max_examples=30, deadline=None)
@given(value=st.decimals(min_value=1, max_value=10**7, places=2, allow_nan=False))
def test_amounts_as_cldr_writes_them(
    language: str, system: str, currency: str, value: Decimal
) -> None:
    written = numbers.format_currency(
        value, currency, locale=language, numbering_system=system, currency_digits=False
    )
    assert read(language, written) == {("amount", value.normalize(), None): 1}, written


@pytest.mark.parametrize(("language", "system"), NUMBERING)
@pytest.mark.parametrize("value", [2_500_000, 3_000_000, 40_000, 1_200_000_000, 300_000_000])
def test_long_compact_numbers(language: str, system: str, value: int) -> None:
    written = numbers.format_compact_decimal(
        value, format_type="long", locale=language, fraction_digits=1, numbering_system=system
    )
    assert read(language, written) == {("number", Decimal(value), None): 1}, written


# -- dates and times (Babel) --------------------------------------------------------------------

DAYS = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("length", ["long", "full"])
@settings(max_examples=30, deadline=None)
@given(day=DAYS)
def test_dates_as_cldr_writes_them(language: str, length: str, day: dt.date) -> None:
    written = dates.format_date(day, length, locale=language)
    expected = {("date", Decimal(day.day), day.month): 1, ("number", Decimal(day.year), None): 1}
    assert read(language, written) == expected, written


@pytest.mark.parametrize(
    ("language", "skeleton"),
    [
        (lang, skeleton)
        for lang in LANGUAGES
        for skeleton in ("yMMMd", "yMMMMd", "MMMd", "MMMMd", "yMMMMEEEEd", "yMd", "Md")
        if not (lang == "ms" and skeleton == "Md")  # "15-8": a range as much as a date
    ]
    + [("ar", "yMd"), ("ar", "Md")],
)
@settings(max_examples=20, deadline=None)
@given(day=DAYS)
def test_dates_in_the_forms_news_writes(language: str, skeleton: str, day: dt.date) -> None:
    written = dates.format_skeleton(skeleton, dt.datetime.combine(day, dt.time()), locale=language)
    expected: Counter[Fact] = Counter({("date", Decimal(day.day), day.month): 1})
    if "y" in skeleton:
        expected["number", Decimal(day.year), None] += 1
    assert read(language, written) == expected, written


@pytest.mark.parametrize(
    ("language", "length"),
    [(lang, "short") for lang in LANGUAGES]
    # With seconds ("14:58:33"), but Indonesian and Malay's dotted ones (14.58.33).
    + [(lang, "medium") for lang in LANGUAGES if lang not in ("id", "ms")],
)
@settings(max_examples=30, deadline=None)
@given(time=st.times())
def test_clock_times_as_cldr_writes_them(language: str, length: str, time: dt.time) -> None:
    written = dates.format_time(time, length, locale=language)
    minutes = Decimal(time.hour * 60 + time.minute)
    assert read(language, written) == {("time", minutes, None): 1}, written


def test_slash_dates_in_the_order_cldr_gives_each_language() -> None:
    assert read("zh", "1/5") == {("date", Decimal(5), 1): 1}
    assert read("en", "1/5") == {("date", Decimal(5), 1): 1}
    assert read("id", "1/5") == {("date", Decimal(1), 5): 1}


# -- ICU's own formats, where they differ from Babel's ---------------------------------------------

ICU_LOCALES = [("ar", name) for name in ("ar", "ar_EG", "ar_SA", "ar_MA")] + [
    ("zh", "zh"),
    ("zh", "zh_Hant"),
    ("ja", "ja"),
]


def icu_moment(day: dt.date) -> float:
    return dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC).timestamp()


@pytest.mark.parametrize(("language", "name"), ICU_LOCALES)
@pytest.mark.parametrize("style", [icu.DateFormat.kFull, icu.DateFormat.kShort])
@settings(max_examples=20, deadline=None)
@given(day=DAYS)
def test_dates_as_icu_writes_them(language: str, name: str, style: int, day: dt.date) -> None:
    formatter = icu.DateFormat.createDateInstance(style, icu.Locale(name))
    formatter.setTimeZone(icu.TimeZone.getGMT())
    written = str(formatter.format(icu_moment(day)))
    expected = {("date", Decimal(day.day), day.month): 1, ("number", Decimal(day.year), None): 1}
    assert read(language, written) == expected, written


@pytest.mark.parametrize(("language", "name"), ICU_LOCALES)
@settings(max_examples=30, deadline=None)
@given(share=st.decimals(min_value=0, max_value=1, places=3, allow_nan=False))
def test_percentages_as_icu_writes_them(language: str, name: str, share: Decimal) -> None:
    """ICU's Arabic in Western digits writes CLDR's "\u200e%\u200e" (36\u200e%\u200e)."""
    percent = icu.NumberFormat.createPercentInstance(icu.Locale(name))
    percent.setMaximumFractionDigits(1)
    written = str(percent.format(float(share)))
    assert read(language, written) == {("percent", (share * 100).normalize(), None): 1}, written


# Month and day in the locale's Han numbering system (ICU's hans, hant, jpan), the year digit
# by digit as its year spell-out writes it: 二〇二三年八月十五日.
HAN_DATES = [("zh", "zh", "hans"), ("zh", "zh_Hant", "hant"), ("ja", "ja", "jpan")]


@pytest.mark.parametrize(("language", "name", "system"), HAN_DATES)
@pytest.mark.parametrize("with_year", [True, False])
@settings(max_examples=30, deadline=None)
@given(day=DAYS)
def test_dates_in_han_numerals(
    language: str, name: str, system: str, with_year: bool, day: dt.date
) -> None:
    month_day = icu.SimpleDateFormat("M月d日", icu.Locale(f"{name}@numbers={system}"))
    month_day.setTimeZone(icu.TimeZone.getGMT())
    written = str(month_day.format(icu_moment(day)))
    expected: Counter[Fact] = Counter({("date", Decimal(day.day), day.month): 1})
    if with_year:
        written = f"{spellout(name, '%spellout-numbering-year', day.year)}年{written}"
        expected["number", Decimal(day.year), None] += 1
    assert read(language, written) == expected, written


def test_the_spoken_chinese_day() -> None:
    assert read("zh", "8月15号") == {("date", Decimal(15), 8): 1}
