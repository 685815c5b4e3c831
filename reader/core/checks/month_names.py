"""``name-as-month``: a person's name that the translation took for a month.

Indonesian names people Juni, Mei, April; English names them May, April, June. "juru bicara
PSSI, Juni Rahmawati" rendered "المتحدثة يونيو رحماواتي" turns a spokeswoman into the month of
June. A month name of the source written as a name (before a capitalised word, or after a title:
``reader.core.text.numbers.extract.month_as_name``) that the translation renders by that month's
name is reported. Before a surname it is plainly a name (confident); after a title alone
("Mrs May", whom Arabic writes ماي) it is worth a look.
"""

from __future__ import annotations

from reader.core.checks.model import Confidence, Finding, FindingKind, Pair
from reader.core.i18n import _
from reader.core.text.numbers import cues
from reader.core.text.numbers.extract import month_as_name, names_a_month, read_months
from reader.core.text.transliterate import arabic_key, latin_keys
from reader.core.text.words import trimmed, whole_words


def month_name_findings(pair: Pair) -> list[Finding]:
    """Names of the source that the translation renders as the month they spell."""
    source = pair.source_text
    if not names_a_month(source, pair.source_language):
        return []  # most paragraphs name no month: one set test, not a scan of the text
    names = {
        month.number: month
        for month in read_months(source, pair.source_language)
        if not month.abbreviated
        and month_as_name(pair.source_text, month)
        and not cues.before(cues.MONTH_BEFORE, pair.source_text, month.start)
    }
    if not names:
        return []
    findings = []
    for index, text in pair.target:
        for month in read_months(text, pair.target_language):
            name = names.get(month.number)
            if name is None or arabic_key(month.name) in latin_keys(name.name):
                continue  # "ماي" for Mrs May: her name as Arabic writes it
            sure = cues.NAME_AFTER.match(pair.source_text, name.end) is not None
            findings.append(
                Finding(
                    FindingKind.NAME_AS_MONTH,
                    index,
                    pair.first_source,
                    _('"{name}" is a name in the source; this writes the month {month}').format(
                        name=name.name, month=month.name
                    ),
                    name.name,
                    (trimmed(text, *whole_words(text, month.start, month.end)),),
                    Confidence.HIGH if sure else Confidence.LOW,
                )
            )
    return findings
