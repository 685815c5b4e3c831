"""``date-mismatch``: a weekday that the translation changed.

"pada Kamis (25/4)" rendered "مساء الثلاثاء (25/4)": the day of the month survived, the weekday
did not. Both sides of a bead are read for weekday names (CLDR's, through
``reader.core.text.numbers.weekdays``); a weekday the translation names that the source does
not, where the source names another, is reported. A weekday only one side names is not: a
translator may drop "on Thursday" or add it from the date.
"""

from __future__ import annotations

import functools
import re

from reader.core.checks.model import Confidence, Finding, FindingKind, Pair
from reader.core.checks.reading import language_script
from reader.core.i18n import N_, _
from reader.core.text.arabic import stems as arabic_stems
from reader.core.text.numbers import extract_numbers
from reader.core.text.numbers.cues import MONTH_AFTER, before
from reader.core.text.numbers.weekdays import Weekday, weekdays_in
from reader.core.text.words import trimmed, whole_words

_WEEKDAYS = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)


def weekday_findings(pair: Pair) -> list[Finding]:
    """Weekdays of the translation that replace a weekday of the source: one the source does
    not name, where a weekday of the source is named nowhere in the translation's paragraphs
    (a translation that keeps every weekday of the source and names one more has added it,
    or read a numeral as one)."""
    source = {day.number: day for day in weekdays_in(pair.source_text, pair.source_language)}
    if not source:
        return []
    named = [(index, text, weekdays_in(text, pair.target_language)) for index, text in pair.target]
    kept = {day.number for _, _, days in named for day in days}
    lost = [number for number in source if number not in kept]
    if not lost:
        return []
    findings = []
    for index, text, days in named:
        for day in days:
            if day.number in source:
                continue
            was = source[lost[0]]
            findings.append(
                Finding(
                    FindingKind.DATE_MISMATCH,
                    index,
                    pair.first_source,
                    _("the source has {day} where this has {other}").format(
                        day=_(_WEEKDAYS[was.number]), other=_(_WEEKDAYS[day.number])
                    ),
                    was.name,
                    (trimmed(text, *whole_words(text, day.start, day.end)),),
                    Confidence.LOW
                    if _maybe_numeral(day, text, pair.target_language)
                    else Confidence.HIGH,
                )
            )
    return findings


# A word of the day's time before a weekday (Arabic يوم, day; مساء, evening; صباح, morning;
# ليلة, night), or a date after it: the text dates something with it.
_TIME_OF_DAY_BEFORE = re.compile(r"(?:يوم|مساء|صباح|ليلة)\s*$")
_DATE_AFTER = re.compile(r"\s*\(?\d")


def _maybe_numeral(day: Weekday, text: str, language: str) -> bool:
    """Whether ``day`` may be the numeral its name also spells rather than a weekday: the
    name is a number's (``_numeral_name``) and nothing around it dates anything."""
    if not _numeral_name(day.name, language):
        return False
    dated = (
        before(_TIME_OF_DAY_BEFORE, text, day.start)
        or _DATE_AFTER.match(text, day.end)
        or MONTH_AFTER.match(text, day.end)
    )
    return not dated


@functools.lru_cache(maxsize=64)
def _numeral_name(name: str, language: str) -> bool:
    """Whether the number reader reads a weekday's name (Arabic: without its article and
    clitics) as a number: الاثنين, Monday, is اثنين, two."""
    forms = arabic_stems(name) if language_script(language) == "Arab" else (name,)
    return any(extract_numbers(form, language) for form in forms)
