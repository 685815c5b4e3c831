"""How often the number reader reads back what CLDR (Babel) and ICU write, language by language.

Run it from the project root::

    .venv/bin/python bench/numbers_cldr.py [--language zh] [--show 3] [--seed 12]

Every form ``tests/test_numbers_cldr.py`` tests, in every language it tests, with none of the
test module's exclusions: ICU's rule-based spell-out (every cardinal, ordinal, numbering and
year rule set), Babel's decimals (Western digits, and the language's own), percentages,
currencies, compact forms (long and short), dates (every length, and the skeletons news
writes) and clock times (with and without seconds); and ICU's own formats where they differ:
Arabic in its regions' digits and marks, Chinese and Japanese dates in Han numerals. Each is written inside the test module's
sentence, read by ``reader.core.text.numbers.extract_numbers`` and compared with what was
written, as the tests compare it. The values are drawn with a fixed seed, so that two runs of
one reader read the same forms.

Printed: the share of forms failing, per language, then per language and group of forms
(``--show N``: N failing examples of each group). It is a survey, not a test: it always exits 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import icu
from babel import dates, numbers

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.core.text.numbers import NumberKind, NumberMention, extract_numbers
from tests.test_numbers_cldr import (
    CURRENCIES,
    LANGUAGES,
    NUMBERING,
    SENTENCES,
    Fact,
    facts,
)

SKELETONS = ("yMMMd", "yMMMMd", "MMMd", "MMMMd", "yMMMMEEEEd", "yMd", "Md")
COMPACT = (2_500_000, 3_000_000, 40_000, 1_200_000_000, 300_000_000)
SPELLED = (*range(21), *range(21, 100, 7), 100, 101, 250, 999, 1000, 1995, 2019, 10_000, 25_000)


@dataclass(frozen=True)
class Form:
    """One number as a language writes it, and how to tell that it was read."""

    language: str
    group: str
    written: str
    check: Callable[[list[NumberMention]], bool]


def expect(facts_written: Counter[Fact]) -> Callable[[list[NumberMention]], bool]:
    return lambda mentions: facts(mentions) == facts_written


def one_number(value: Decimal) -> Callable[[list[NumberMention]], bool]:
    """As the decimal test reads it: one mention, one of whose readings is the number."""

    def check(mentions: list[NumberMention]) -> bool:
        if len(mentions) != 1:
            return False
        (mention,) = mentions
        return any(("num", value.normalize()) in r for r in mention.readings()) and (
            mention.kind is not NumberKind.TIME or bool(mention.alternatives)
        )

    return check


def number(value: int | Decimal, kind: str = "number") -> Counter[Fact]:
    return Counter({(kind, Decimal(value).normalize(), None): 1})


def spellout_forms(language: str, rng: random.Random) -> Iterator[Form]:
    rules = icu.RuleBasedNumberFormat(icu.URBNFRuleSetTag.SPELLOUT, icu.Locale(language))
    names = [str(rules.getRuleSetName(i)) for i in range(rules.getNumberOfRuleSetNames())]
    values = sorted({*SPELLED, *(rng.randint(21, 999_999) for _ in range(30))})
    for name in names:
        if not name.startswith(("%spellout-cardinal", "%spellout-numbering", "%spellout-ordinal")):
            continue
        kind = "ordinal" if "ordinal" in name else "number"
        for value in values if "year" not in name else sorted(rng.sample(range(1100, 2100), 30)):
            if value == 0 and kind == "ordinal":
                continue
            rules.setDefaultRuleSet(name)
            written = str(rules.format(value))
            if kind == "ordinal" and language == "ar" and not written.startswith("ال"):
                kind_written = "number"  # ICU's Arabic from 300 on: no article, a cardinal
            else:
                kind_written = kind
            yield Form(
                language, f"spell-out {name[1:]}", written, expect(number(value, kind_written))
            )


def numeral_forms(language: str, system: str, rng: random.Random) -> Iterator[Form]:
    digits = "" if system == "latn" else f" ({system})"
    for _ in range(40):
        value = Decimal(rng.randint(0, 10**9)) / 100
        written = numbers.format_decimal(value, locale=language, numbering_system=system)
        yield Form(language, f"decimal{digits}", written, one_number(value))
    for _ in range(30):
        share = Decimal(rng.randint(0, 1000)) / 1000
        written = numbers.format_percent(
            share, locale=language, numbering_system=system, decimal_quantization=False
        )
        yield Form(language, f"percent{digits}", written, expect(number(share * 100, "percent")))
    for currency in CURRENCIES[language]:
        for _ in range(15):
            value = Decimal(rng.randint(100, 10**9)) / 100
            written = numbers.format_currency(
                value, currency, locale=language, numbering_system=system, currency_digits=False
            )
            yield Form(language, f"currency{digits}", written, expect(number(value, "amount")))
    for length in ("long", "short"):
        for value in COMPACT:
            written = numbers.format_compact_decimal(
                value, format_type=length, locale=language, fraction_digits=1,
                numbering_system=system,
            )  # fmt: skip
            yield Form(language, f"compact {length}{digits}", written, expect(number(value)))


def date_forms(language: str, rng: random.Random) -> Iterator[Form]:
    days = icu_days(rng) + icu_days(rng)
    for length in ("full", "long", "medium", "short"):
        pattern = str(dates.get_date_format(length, locale=language).pattern)
        for day in days:
            written = dates.format_date(day, length, locale=language)
            yield Form(language, f"date {length}", written, expect(dated(day, "y" in pattern)))
    for skeleton in SKELETONS:
        for day in days:
            moment = dt.datetime.combine(day, dt.time())
            written = dates.format_skeleton(skeleton, moment, locale=language)
            yield Form(language, f"date {skeleton}", written, expect(dated(day, "y" in skeleton)))
    for length in ("short", "medium"):
        for _ in range(20):
            time = dt.time(rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
            written = dates.format_time(time, length, locale=language)
            minutes = time.hour * 60 + time.minute
            yield Form(language, f"time {length}", written, expect(number(minutes, "time")))


# ICU's own formats where they differ from Babel's: Arabic in its regions' digits and marks
# (ICU formats Arabic-Indic digits, ٫ ٬ ٪, and CLDR's "\u200e%\u200e" in Western ones), and
# Chinese and Japanese dates with Han numerals (ICU's ``hans``, ``hant``, ``jpan`` numbering
# systems for month and day, its ``%spellout-numbering-year`` for the year: 二〇二三年八月十五日).
ICU_LOCALES = {"ar": ("ar", "ar_EG", "ar_SA", "ar_MA"), "zh": ("zh", "zh_Hant"), "ja": ("ja",)}
HAN_NUMBERING = {"zh": "hans", "zh_Hant": "hant", "ja": "jpan"}
ICU_STYLES = {"full": 0, "long": 1, "medium": 2, "short": 3}


def icu_forms(language: str, rng: random.Random) -> Iterator[Form]:
    for name in ICU_LOCALES.get(language, ()):
        locale = icu.Locale(name)
        for _ in range(20):
            value = Decimal(rng.randint(0, 10**9)) / 100
            written = str(icu.NumberFormat.createInstance(locale).format(float(value)))
            yield Form(language, f"icu decimal {name}", written, one_number(value))
            share = Decimal(rng.randint(0, 1000)) / 1000
            percent = icu.NumberFormat.createPercentInstance(locale)
            percent.setMaximumFractionDigits(1)
            written = str(percent.format(float(share)))
            yield Form(
                language, f"icu percent {name}", written, expect(number(share * 100, "percent"))
            )
        for style, code in ICU_STYLES.items():
            for day in icu_days(rng):
                formatter = icu.DateFormat.createDateInstance(code, locale)
                formatter.setTimeZone(icu.TimeZone.getGMT())
                written = str(formatter.format(moment(day)))
                yield Form(language, f"icu date {style} {name}", written, expect(dated(day, True)))
        if name in HAN_NUMBERING:
            yield from han_dates(language, name, rng)


def han_dates(language: str, name: str, rng: random.Random) -> Iterator[Form]:
    """Dates in Han numerals: the month and day in ICU's numbering system of the locale, the
    year digit by digit as its year spell-out writes it."""
    han = icu.Locale(f"{name}@numbers={HAN_NUMBERING[name]}")
    month_day = icu.SimpleDateFormat("M月d日", han)
    month_day.setTimeZone(icu.TimeZone.getGMT())
    years = icu.RuleBasedNumberFormat(icu.URBNFRuleSetTag.SPELLOUT, icu.Locale(name))
    years.setDefaultRuleSet("%spellout-numbering-year")
    for day in icu_days(rng):
        written = str(month_day.format(moment(day)))
        yield Form(language, f"icu date Md {han.getName()}", written, expect(dated(day, False)))
        written = f"{years.format(day.year)}年{written}"
        yield Form(language, f"icu date yMd {han.getName()}", written, expect(dated(day, True)))


def icu_days(rng: random.Random) -> list[dt.date]:
    first, last = dt.date(1950, 1, 1).toordinal(), dt.date(2049, 12, 31).toordinal()
    return [dt.date.fromordinal(rng.randint(first, last)) for _ in range(10)]


def moment(day: dt.date) -> float:
    """The noon of ``day`` as ICU takes a moment: seconds since the epoch."""
    return dt.datetime.combine(day, dt.time(12), tzinfo=dt.UTC).timestamp()


def dated(day: dt.date, year: bool) -> Counter[Fact]:
    found: Counter[Fact] = Counter({("date", Decimal(day.day), day.month): 1})
    if year:
        found["number", Decimal(day.year), None] += 1
    return found


def forms(seed: int) -> Iterator[Form]:
    for language in LANGUAGES:
        rng = random.Random(f"{seed}-{language}")
        yield from spellout_forms(language, rng)
        for lang, system in NUMBERING:
            if lang == language:
                yield from numeral_forms(language, system, rng)
        yield from date_forms(language, rng)
        yield from icu_forms(language, rng)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--language", action="append", choices=LANGUAGES, help="only these languages"
    )
    parser.add_argument("--show", type=int, default=0, help="failing examples per group")
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args(argv)
    tried: Counter[tuple[str, str]] = Counter()
    failed: dict[tuple[str, str], list[str]] = defaultdict(list)
    for form in forms(args.seed):
        if args.language and form.language not in args.language:
            continue
        key = (form.language, form.group)
        tried[key] += 1
        mentions = extract_numbers(SENTENCES[form.language].format(form.written), form.language)
        if not form.check(mentions):
            read = ", ".join(f"{m.kind}:{m.value}" for m in mentions) or "nothing"
            failed[key].append(f"{form.written!r} → {read}")
    languages = sorted({lang for lang, _ in tried}, key=LANGUAGES.index)
    total = sum(tried.values())
    wrong = sum(map(len, failed.values()))
    print(f"{wrong} of {total} forms failing ({100 * wrong / total:.1f} %)")
    for language in languages:
        keys = [key for key in tried if key[0] == language]
        n, bad = sum(tried[k] for k in keys), sum(len(failed[k]) for k in keys)
        print(f"  {language}: {bad:4d} of {n:4d} ({100 * bad / n:5.1f} %)")
    for language in languages:
        print(f"\n{language}")
        for key in sorted(k for k in tried if k[0] == language):
            bad = len(failed[key])
            mark = "" if not bad else f"  {100 * bad / tried[key]:5.1f} %"
            print(f"  {key[1]:40s} {bad:4d} / {tried[key]:4d}{mark}")
            for example in failed[key][: args.show]:
                print(f"      {example}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
