"""``date-mismatch``: a weekday that the translation changed.

"pada Kamis (25/4)" rendered "مساء الثلاثاء (25/4)": the day of the month survived, the weekday
did not. Both sides of a bead are read for weekday names (CLDR's, through
``reader.core.text.numbers.weekdays``); a weekday the translation names that the source does
not, where the source names another, is reported. A weekday only one side names is not: a
translator may drop "on Thursday" or add it from the date.
"""

from __future__ import annotations

from reader.core.checks.model import Finding, FindingKind, Pair
from reader.core.i18n import N_, _
from reader.core.text.numbers.weekdays import weekdays_in
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
    """Weekdays of the translation that replace another weekday of the source."""
    source = {day.number: day for day in weekdays_in(pair.source_text, pair.source_language)}
    if not source:
        return []
    findings = []
    for index, text in pair.target:
        for day in weekdays_in(text, pair.target_language):
            lost = [number for number in source if number != day.number]
            if day.number in source or not lost:
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
                )
            )
    return findings
