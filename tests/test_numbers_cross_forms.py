"""Forms the survey of every pair of the real sets' languages found read wrong on one side
(``bench/numbers_parallel.py --all-pairs``, tuning documents; issue 12, item 1): a half between
a count in digits and its scale word ("2 and a half million", "2 setengah juta"), Arabic's scale
word said again after the half ("ثلاثة ملايين ونصف مليون"), a month name after a title, which is
a person's ("السيدة مايو", Mrs May), Arabic's billion alone ("بمليار دولار", with a billion
dollars), a decade named by its ten in words ("the Seventies", "tahun tujuh puluhan"), and a
fraction of an hour in words, read in minutes as Arabic's "ربع ساعة" is ("a quarter of an hour",
"seperempat jam", "une demi-heure"), and French's one of a scale noun with the definite article
("approche le million").
Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reader.core.text.numbers import NumberKind, extract_numbers


def values(text: str, language: str) -> list[Decimal]:
    return [m.value for m in extract_numbers(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("The deal is worth 2 and a half million dollars.", "en", 2_500_000),
        ("They raised $3 and a half billion last year.", "en", 3_500_000_000),
        ("About 1 and a half thousand people came.", "en", 1500),
        ("Nilainya 2 setengah juta rupiah.", "id", 2_500_000),
        ("Anggarannya Rp 1 setengah miliar.", "id", 1_500_000_000),
        ("Jumlahnya 4 setengah ribu orang.", "id", 4500),
    ],
)
def test_a_half_between_a_count_in_digits_and_its_scale_word(
    text: str, language: str, value: int
) -> None:
    assert values(text, language) == [Decimal(value)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("He waited 2 and a half hours.", "en"),  # no scale word: the count alone
        ("Dia menunggu 2 setengah jam.", "id"),
    ],
)
def test_a_half_before_a_noun_scales_nothing(text: str, language: str) -> None:
    assert Decimal(2) in values(text, language)
    assert not any(v >= 1000 for v in values(text, language))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("بلغت الخسائر ثلاثة ملايين ونصف مليون دولار.", 3_500_000),
        ("بلغت الخسائر ثلاثة ملايين ونصف.", 3_500_000),
        ("رصدت الحكومة ثلاثة مليارات ونصف المليار.", 3_500_000_000),
        ("بلغت الخسائر 3 ملايين ونصف مليون دولار.", 3_500_000),
        ("يسكنها مليون ونصف.", 1_500_000),
    ],
)
def test_an_arabic_half_after_a_scale_word_said_again_or_not(text: str, value: int) -> None:
    assert values(text, "ar") == [Decimal(value)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("وحث السيدة مايو على التخلي عن الخطة.", "ar"),
        ("وقال للسيد أبريل إن الاجتماع انتهى.", "ar"),
        ("واستقبلت الدكتورة جوان الوفد.", "ar"),
        ("Il a rencontré Madame Juin hier.", "fr"),
        ("Dia bertemu Ibu Juni kemarin.", "id"),
    ],
)
def test_a_month_name_after_a_title_is_soft(text: str, language: str) -> None:
    months = [m for m in extract_numbers(text, language) if m.kind is NumberKind.MONTH]
    assert months and all(m.spelled for m in months)


@pytest.mark.parametrize(
    ("text", "language"),
    [("وصل الوفد في مايو الماضي.", "ar"), ("Il est arrivé en juin.", "fr")],
)
def test_a_month_without_a_title_stays_firm(text: str, language: str) -> None:
    months = [m for m in extract_numbers(text, language) if m.kind is NumberKind.MONTH]
    assert months and not any(m.spelled for m in months)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ستحصل الشركة على استثمار بمليار دولار.", 10**9),
        ("رصدت الحكومة مليار ريال للمشروع.", 10**9),
        ("بلغ الدين العام تريليون دولار.", 10**12),
    ],
)
def test_an_arabic_scale_word_alone_counts_one(text: str, value: int) -> None:
    assert values(text, "ar") == [Decimal(value)]


@pytest.mark.parametrize(
    ("text", "language", "year"),
    [
        ("Flared trousers are back from the Seventies.", "en", 1970),
        ("She grew up in the sixties.", "en", 1960),
        ("The Nineties were good to them.", "en", 1990),
        ("Musik dari tahun tujuh puluhan kembali populer.", "id", 1970),
        ("Ia tumbuh besar pada tahun delapan puluhan.", "id", 1980),
    ],
)
def test_a_decade_named_by_its_ten_in_words(text: str, language: str, year: int) -> None:
    (decade,) = extract_numbers(text, language)
    assert (decade.kind, decade.value, decade.spelled) == (NumberKind.YEAR, year, True)
    assert decade.alternatives == (Decimal(year - 1900),)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Cities and companies grew.", "en"),  # the plural of no ten
        ("She is in her twenties.", "en"),  # an age: no "the"
        ("Puluhan orang datang.", "id"),  # dozens
    ],
)
def test_no_decade_without_its_ten_and_cue(text: str, language: str) -> None:
    assert not [m for m in extract_numbers(text, language) if m.kind is NumberKind.YEAR]


@pytest.mark.parametrize(
    ("text", "language", "minutes"),
    [
        ("He scored on the quarter-hour mark.", "en", 15),
        ("The bus came after a quarter of an hour.", "en", 15),
        ("They waited half an hour.", "en", 30),
        ("There is a half-hour break.", "en", 30),
        ("Three quarters of an hour later it ended.", "en", 45),
        ("Il a marqué après un quart d'heure.", "fr", 15),
        ("La réunion a duré une demi-heure.", "fr", 30),
        ("Trois quarts d’heure plus tard, il est parti.", "fr", 45),
        ("Ia mencetak gol setelah seperempat jam.", "id", 15),
        ("Mereka menunggu setengah jam.", "id", 30),
        ("Tiga perempat jam kemudian hujan berhenti.", "id", 45),
    ],
)
def test_a_fraction_of_an_hour_in_words_is_its_minutes(
    text: str, language: str, minutes: int
) -> None:
    (said,) = extract_numbers(text, language)
    assert (said.value, said.spelled) == (minutes, True)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("It rained for 2 and a half hours.", "en"),  # hours, not half an hour
        ("An hour and a half passed.", "en"),
        ("Il a attendu deux heures et demie.", "fr"),
    ],
)
def test_no_fraction_of_an_hour_inside_a_count_of_hours(text: str, language: str) -> None:
    assert not {Decimal(15), Decimal(30), Decimal(45)} & set(values(text, language))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le nombre de cas approche le million.", 10**6),
        ("Le chiffre d’affaires franchit la barre du milliard.", 10**9),
        ("Les ventes se comptent au million près.", 10**6),
    ],
)
def test_a_french_scale_noun_with_the_article_counts_one(text: str, value: int) -> None:
    assert values(text, "fr") == [Decimal(value)]
