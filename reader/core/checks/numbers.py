"""``number-mismatch``: numbers, years, dates, percentages and amounts that a translation changed.

Both sides of an aligned bead are read into facts (``reader.core.text.numbers``): a value, a month, a
clock time. A number written in digits on one side must be stated on the other, in any digit
system, separator convention or month name; numbers spelled in words confirm a match but are
never required, since translations spell small numbers freely. A number missing on one side and
another added on the other are reported together, as one changed number.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from itertools import chain

from reader.core.checks.model import Confidence, Finding, FindingKind, Pair
from reader.core.checks.reading import labelled_numerals
from reader.core.checks.units import Unit, restated, same_quantity, unit_named, unit_of
from reader.core.i18n import N_, _
from reader.core.text.numbers import Fact, NumberKind, NumberMention, cues, extract_numbers, ranges
from reader.core.text.numbers.idioms import may_write_two, names_millennium
from reader.core.text.numbers.numerals import ascii_digits
from reader.core.text.numbers.weekdays import weekdays_in
from reader.core.text.transliterate import arabic_key, latin_keys, transliterates
from reader.core.text.words import preview, trimmed, whole_words

# A number of each kind the source has and the translation lacks, and the other way round:
# each a whole sentence, since the kind's word may take another place, case or gender.
_MISSING = {
    NumberKind.YEAR: N_("year {number} in the source is missing here"),
    NumberKind.DATE: N_("date {number} in the source is missing here"),
    NumberKind.MONTH: N_("month {number} in the source is missing here"),
    NumberKind.PERCENT: N_("percentage {number} in the source is missing here"),
    NumberKind.AMOUNT: N_("amount {number} in the source is missing here"),
    NumberKind.TIME: N_("time {number} in the source is missing here"),
    NumberKind.ORDINAL: N_("ordinal {number} in the source is missing here"),
    NumberKind.INTEGER: N_("number {number} in the source is missing here"),
    NumberKind.DECIMAL: N_("number {number} in the source is missing here"),
}
_ADDED = {
    NumberKind.YEAR: N_("year {number} here is not in the source"),
    NumberKind.DATE: N_("date {number} here is not in the source"),
    NumberKind.MONTH: N_("month {number} here is not in the source"),
    NumberKind.PERCENT: N_("percentage {number} here is not in the source"),
    NumberKind.AMOUNT: N_("amount {number} here is not in the source"),
    NumberKind.TIME: N_("time {number} here is not in the source"),
    NumberKind.ORDINAL: N_("ordinal {number} here is not in the source"),
    NumberKind.INTEGER: N_("number {number} here is not in the source"),
    NumberKind.DECIMAL: N_("number {number} here is not in the source"),
}


def _facts(mentions: Iterable[NumberMention]) -> set[Fact]:
    return set(chain.from_iterable(chain.from_iterable(map(NumberMention.readings, mentions))))


def _stated(mention: NumberMention, facts: set[Fact]) -> bool:
    """Whether the other side states what ``mention`` says, under any of its readings."""
    return any(reading <= facts for reading in mention.readings())


# The numeral one where a language also writes it as its article or inside words, so that the
# reader does not take it for a number: French "un vote", Chinese "一票", Japanese "一級".
_ONE = {
    "fr": re.compile(r"(?<![\w'’])(?:un|une)(?!\w)", re.IGNORECASE),
    "zh": re.compile("一"),
    "ja": re.compile("一"),
}


def _one_said(mention: NumberMention, text: str, language: str) -> bool:
    """Whether a 1 of one side is said by the other side's word for one, which the reader
    leaves unread where the language makes it its article or part of words ("1 suara", "un
    vote", "一票"; "Kategori 1", "一级飓风")."""
    if mention.value != 1 or mention.kind is not NumberKind.INTEGER:
        return False
    one = _ONE.get(language.split("-")[0].lower())
    return one is not None and one.search(text) is not None


def _category(mention: NumberMention) -> str:
    if mention.kind is NumberKind.MONTH:
        return "month"
    return "time" if mention.kind is NumberKind.TIME else "number"


def _unique(mentions: list[NumberMention]) -> list[NumberMention]:
    seen: set[frozenset[Fact]] = set()
    kept = []
    for mention in mentions:
        key = mention.readings()[0]
        if key not in seen:
            seen.add(key)
            kept.append(mention)
    return kept


# Runs of digits, alone or in groups apart by a space ("116 123", a telephone number), which
# French writes no-break ("116\u00a0123") or narrow no-break (CLDR's French grouping).
_SPACES = " \u00a0\u202f"
_DIGIT_GROUPS = re.compile(rf"\d+(?:[{_SPACES}]\d+)*")
_GROUP_GAP = re.compile(rf"[{_SPACES}]")


@functools.lru_cache(maxsize=16)
def _digit_runs(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The runs of digits ``text`` writes, each group apart and the groups joined; and the
    groups that make up a joined run."""
    runs: set[str] = set()
    parts: set[str] = set()
    for match in _DIGIT_GROUPS.finditer(ascii_digits(text)):
        groups = _GROUP_GAP.split(match[0])
        runs.update(groups)
        runs.add("".join(groups))
        if len(groups) > 1:
            parts.update(groups)
    return frozenset(runs), frozenset(parts)


def _written_alike(mention: NumberMention, own_text: str, other_text: str) -> bool:
    """A number the other side writes with the same digits, where the reader could not tell
    what it counts: inside a name or code (``U-23`` and ``23``), or grouped another way
    (``116 123`` and ``116123``). Dates, months and times carry more than digits. The texts'
    runs of digits are read only here, for a number the other side does not state (few)."""
    if mention.kind in (NumberKind.DATE, NumberKind.MONTH, NumberKind.TIME):
        return False
    digits = _GROUP_GAP.sub("", ascii_digits(mention.text))
    if not digits.isdigit():
        return _MARKED.fullmatch(digits) is not None and _in_a_code(digits, other_text)
    other = _digit_runs(other_text)[0]
    own_parts = _digit_runs(own_text)[1]
    if digits in other:
        return True
    return digits in own_parts and any(digits in run and len(run) > len(digits) for run in other)


def _referenced(mention: NumberMention, own_text: str, other_text: str) -> bool:
    """A number of a reference, where one side runs its Latin label into the numeral and the
    other gives a label of its own before it: "Fig.55" and "Table33" against "Gbr. 5" and
    "Tabel 3" (a translation from PubMed's English keeps the link's text, which writes the
    number twice over). The run's digits start with the other's: the number the reader takes
    from a run-in label says nothing of where it ends. Read only for a number the other side
    does not state (few)."""
    own = labelled_numerals(own_text)
    if not own:
        return False
    start = mention.span[0]
    here = next((label for label in own if label.numeral == start), None)
    if here is None:
        return False
    return any(
        (here.run_in and here.digits.startswith(there.digits))
        or (there.run_in and there.digits.startswith(here.digits))
        for there in labelled_numerals(other_text)
    )


# A numeral with a decimal mark ("07.1", "1,5"), and where another text writes one glued after
# letters, as part of a code (ICD-10's "U07.1", "ORF1.1"): a reader reads no number there.
_MARKED = re.compile(r"\d+(?:[.,]\d+)+")


def _in_a_code(numeral: str, text: str) -> bool:
    """Whether ``text`` writes ``numeral`` (its digits and marks, as written) right after a
    letter: a code that holds those digits, whose number the reader of ``text`` could not
    tell (``U07.1`` against the Arabic's ``يو 07.1``, its letter written apart)."""
    text = ascii_digits(text)
    start = text.find(numeral)
    while start >= 0:
        end = start + len(numeral)
        if text[start - 1 : start].isalpha() and not text[end : end + 1].isdigit():
            return True
        start = text.find(numeral, start + 1)
    return False


# Latin letters around, not word characters: a Chinese text runs a name into its Han
# characters ("42 岁的Joan Puig"), where ``\b`` sees no edge.
_CAPITALISED = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+(?![A-Za-z])")


def _spells(name: str, word: str) -> bool:
    """Whether an Arabic month word spells the Latin name: transliterated, or its skeleton
    opening with the name's whole skeleton (May, مايو)."""
    if transliterates(name, word):
        return True
    key = arabic_key(word)
    return any(len(k) >= 2 and key.startswith(k) for k in latin_keys(name))


def _capitalised(text: str) -> frozenset[str]:
    """The capitalised Latin words of a text: the names a month word may transliterate."""
    return frozenset(_CAPITALISED.findall(text))


# How a check run reads a paragraph's numbers: ``extract_numbers``, or the numbers the run has
# read already (``reader.core.checks.run`` reads those of a lone paragraph before pairing it).
NumberReader = Callable[[str, str], Sequence[NumberMention]]


def number_findings(pair: Pair, read: NumberReader = extract_numbers) -> list[Finding]:
    """The number mismatches of one bead that has paragraphs on both sides, each paragraph's
    numbers read by ``read``."""
    source_read = [(text, m) for _, text in pair.source for m in read(text, pair.source_language)]
    source = [m for _, m in source_read]
    # A month named alone is rare: the kind is tested here, before a call for each number.
    doubtful = {id(m) for text, m in source_read if m.kind is _MONTH and _bare_month(text, m)}
    target = [
        (index, text, m) for index, text in pair.target for m in read(text, pair.target_language)
    ]
    doubtful.update(id(m) for _, text, m in target if m.kind is _MONTH and _bare_month(text, m))
    source_facts = _facts(source)
    # A unit's singular (one mile) states its one only with its unit: ``_converted`` reads it.
    target_facts = _facts(m for _, _, m in target if not _one_of_a_unit(m, pair.target_language))
    missing = _unique(
        [
            m
            for m in source
            if not m.soft
            and not _stated(m, target_facts)
            and not _written_alike(m, pair.source_text, pair.target_text)
            and not _referenced(m, pair.source_text, pair.target_text)
            and not _one_said(m, pair.target_text, pair.target_language)
        ]
    )
    added_seen: set[frozenset[Fact]] = set()
    added = []
    names = None
    for index, text, mention in target:
        key = mention.readings()[0]
        if (
            mention.soft
            or _stated(mention, source_facts)
            or key in added_seen
            or _written_alike(mention, pair.target_text, pair.source_text)
            or _referenced(mention, pair.target_text, pair.source_text)
        ):
            continue
        if mention.kind is NumberKind.MONTH:
            names = _capitalised(pair.source_text) if names is None else names
            if any(_spells(name, mention.text) for name in names):
                continue  # "جوان" is Joan here, not June; "السيدة مايو" is Mrs May
        added_seen.add(key)
        added.append((index, text, mention))
    if missing or added:
        target_read = [(text, m) for _, text, m in target]
        missing, added = _converted(pair, source_read, target_read, missing, added)
    unpaired = (
        set(_doubtful(pair, missing, [m for _, _, m in added], source_read, target))
        if missing or added
        else set()
    )
    findings = _report(pair, missing, added, doubtful, unpaired)
    findings.extend(_unit_findings(pair, source_read, target))
    return findings


# Kinds a unit of measure may follow: a year, date or percentage carries its own meaning
# (Arabic writes م after a year for "AD", and م is CLDR's short metre).
_MEASURED = (NumberKind.INTEGER, NumberKind.DECIMAL)
Read = list[tuple[str, NumberMention]]


Measure = tuple[NumberMention, Decimal, Unit]  # a mention, the quantity it states, its unit


def _measures(read: Read, language: str) -> list[Measure]:
    """The mentions of ``read`` that carry a unit of measure, with the quantity they state in
    it. A range's first number carries the unit written after its second ("entre 2,5 et 10 cm",
    "من 1 إلى 4 بوصات"); a fraction in words states its share of the unit ("نصف بوصة", half an
    inch: the reader reads half as 50 %)."""
    found: list[Measure] = []
    before: tuple[str, NumberMention] | None = None  # the last number without a unit
    for text, mention in read:
        measured = mention.kind in _MEASURED and not mention.spelled
        fraction = mention.kind is NumberKind.PERCENT and mention.spelled
        if measured or fraction:
            unit = unit_of(text, mention, language)
        elif _one_by_its_noun(mention):  # "على بعد ميل": the word is the unit
            unit = unit_named(mention.text, language)
        else:
            unit = None
        if unit is None:
            before = (text, mention) if measured else None
            continue
        if before is not None and before[0] is text and ranges.joined(text, before[1], mention):
            found.append((before[1], before[1].value, unit))
        found.append((mention, mention.value / 100 if fraction else mention.value, unit))
        before = None
    return found


def _converted(
    pair: Pair,
    source: Read,
    target: Read,
    missing: list[NumberMention],
    added: list[tuple[int, str, NumberMention]],
) -> tuple[list[NumberMention], list[tuple[int, str, NumberMention]]]:
    """``missing`` and ``added`` without the numbers the other side states in another unit:
    6 mètres against 20 feet, or 45 miles beside its (72 km) where the source gives 72 km.
    Units are read only here, where the check has numbers left unmatched."""
    source_units = _measures(source, pair.source_language)
    target_units = _measures(target, pair.target_language)
    if not source_units or not target_units:
        return missing, added

    def converted(
        mention: NumberMention,
        own: list[Measure],
        other: list[Measure],
    ) -> bool:
        value, unit = next(((v, u) for m, v, u in own if m is mention), (mention.value, None))
        return unit is not None and any(
            (restated(unit, u) or _one_by_its_noun(m)) and same_quantity(value, unit, v, u)
            for m, v, u in other
        )

    return (
        [m for m in missing if not converted(m, source_units, target_units)],
        [a for a in added if not converted(a[2], target_units, source_units)],
    )


def _one_by_its_noun(mention: NumberMention) -> bool:
    """A one in words: among measures, one said by a unit's singular (``idioms``: "ميل")."""
    return mention.spelled and mention.kind is NumberKind.INTEGER and mention.value == 1


def _one_of_a_unit(mention: NumberMention, language: str) -> bool:
    """A one said by a unit's singular ("على بعد ميل", a mile away)."""
    return _one_by_its_noun(mention) and unit_named(mention.text, language) is not None


def _unit_findings(
    pair: Pair, source: Read, target: list[tuple[int, str, NumberMention]]
) -> list[Finding]:
    """A number both sides state whose unit the translation changed without converting it:
    20 feet against 20 mètres. Reported when every mention of that number in the translation
    carries another unit of the same dimension."""
    source_units = _measures(source, pair.source_language)
    if not source_units:
        return []
    findings = []
    for mention, _value, unit in source_units:
        alike = [
            (i, t, m) for i, t, m in target if m.value == mention.value and m.kind in _MEASURED
        ]
        units = [unit_of(t, m, pair.target_language) for _, t, m in alike]
        if not alike or any(
            u is None
            or u.dimension is not unit.dimension
            or same_quantity(mention.value, unit, mention.value, u)
            for u in units
        ):
            continue
        index, text, found = alike[0]
        findings.append(
            Finding(
                FindingKind.NUMBER_MISMATCH,
                index,
                pair.first_source,
                _(
                    "the source gives {number} in one unit; this gives the same number in another unit"
                ).format(number=mention.describe()),
                mention.text,
                (trimmed(text, *whole_words(text, *found.span)),),
            )
        )
    return findings


_MONTH = NumberKind.MONTH


def _bare_month(text: str, mention: NumberMention) -> bool:
    """A month named alone, with no day, no year and no word around it that announces a month:
    weak evidence of a month, since month names are people's names too (جوان is Joan, and
    Arabic writes Mrs May السيدة مايو)."""
    return mention.kind is NumberKind.MONTH and not cues.month_announced(text, *mention.span)


def _doubtful(
    pair: Pair,
    missing: list[NumberMention],
    added: list[NumberMention],
    source: Read,
    target: list[tuple[int, str, NumberMention]],
) -> Iterator[int]:
    """The ids of the missing and added mentions the other side may state in a way no reader
    of numbers can compare, by the languages' nature, or may leave out as a restatement:
    their findings are worth a look."""
    target_read = [(text, m) for _, text, m in target]
    source_mentions = [m for _, m in source]
    target_mentions = [m for _, m in target_read]
    for mention in missing:
        if (
            _said_otherwise(mention, pair.source_text, pair, target_mentions, source=True)
            or _restates(mention, source, pair.source_language)
            or _year_of_a_date(mention, source, target_read)
        ):
            yield id(mention)
    for mention in added:
        if (
            _said_otherwise(mention, pair.target_text, pair, source_mentions, source=False)
            or _restates(mention, target_read, pair.target_language)
            or _year_of_a_date(mention, target_read, source)
        ):
            yield id(mention)


def _year_of_a_date(mention: NumberMention, own: Read, other: Read) -> bool:
    """Whether ``mention`` is the year of a date whose day and month the other side gives
    without a year: "11 Maret 2020" against "11 مارس", the year understood (a translator adds
    it, or leaves it out, as news leaves out the current year). Against "24 février 2023" the
    year was changed."""
    if mention.kind is not NumberKind.YEAR:
        return False
    dated = _dates_with_years(own)
    date = next((d for d, year in dated.items() if year is mention), None)
    if date is None:
        return False
    return any(year is None for d, year in _dates_with_years(other).items() if d[0] == date[0])


_DATE_TO_YEAR = 4  # characters between a date and its year: ", " and a margin


def _dates_with_years(
    read: Read,
) -> dict[tuple[tuple[Decimal, int | None], int], NumberMention | None]:
    """Each date of ``read`` (its day and month, and where it stands) with the year written
    right after it, or None."""
    found: dict[tuple[tuple[Decimal, int | None], int], NumberMention | None] = {}
    for n, (text, mention) in enumerate(read):
        if mention.kind is not NumberKind.DATE:
            continue
        following = read[n + 1] if n + 1 < len(read) else None
        year = None
        if following is not None and following[0] is text:
            after = following[1]
            gap = after.span[0] - mention.span[1]
            if after.kind is NumberKind.YEAR and 0 <= gap <= _DATE_TO_YEAR:
                year = after
        found[((mention.value, mention.month), n)] = year
    return found


_UNIT_REACH = 32  # characters between a number and an opening parenthesis: its unit's name


def _restates(mention: NumberMention, read: Read, language: str) -> bool:
    """Whether ``mention`` gives in parentheses, in another unit, the quantity written just
    before them: a conversion ("six meters (18 feet)", "ستة أمتار (18 قدمًا)"), which a
    translation into a language that measures otherwise leaves out, or adds."""
    text = next((t for t, m in read if m is mention), None)
    if text is None or mention.kind not in _MEASURED:
        return False
    start = mention.span[0]
    opening = text.rfind("(", 0, start)
    if opening < 0 or text[opening + 1 : start].strip():
        return False
    unit = unit_of(text, mention, language)
    if unit is None:
        return False
    for own, before in read:
        if own is not text or before.span[1] > opening or opening - before.span[1] > _UNIT_REACH:
            continue
        other = unit_of(text, before, language)
        if other is not None and other.dimension is unit.dimension:
            return True
    return False


def _said_otherwise(
    mention: NumberMention,
    own_text: str,
    pair: Pair,
    other: list[NumberMention],
    *,
    source: bool,
) -> bool:
    """Whether the other side may say ``mention`` otherwise:

    - a date, where only the other side names a weekday: a translator writes "on Saturday" for
      29 September, or the date for "Saturday", and which weekday a date was needs its year;
    - a year, where the other side has an ordinal of its century ("the early 2000s",
      "بداية القرن الواحد والعشرين", the beginning of the twenty-first century), or names the
      millennium it starts ("بداية الألفية", the start of the millennium);
    - two, against Arabic that may say it by a noun's dual (``idioms.may_write_two``);
    - zero, which languages say by a word as often as by a numeral: no one, nothing, sea
      level, freezing (0 °C against "درجة التجمد")."""
    other_text, other_language = (
        (pair.target_text, pair.target_language)
        if source
        else (pair.source_text, pair.source_language)
    )
    own_language = pair.source_language if source else pair.target_language
    if mention.kind is NumberKind.DATE:
        return bool(weekdays_in(other_text, other_language)) and not weekdays_in(
            own_text, own_language
        )
    if mention.kind is NumberKind.YEAR:
        return any(_in_century(mention, m) for m in other) or (
            not mention.value % _MILLENNIUM and names_millennium(other_text, other_language)
        )
    if not mention.value and mention.kind in _MEASURED:
        return True
    if mention.value == 2 and mention.kind is NumberKind.INTEGER and other_language == "ar":
        return may_write_two(other_text)
    return False


_MILLENNIUM = 1000


def _in_century(year: NumberMention, ordinal: NumberMention) -> bool:
    """Whether ``ordinal`` may number the century of ``year`` (2000, the first year of "the
    2000s", in the twentieth or the twenty-first)."""
    if year.kind is not NumberKind.YEAR or ordinal.kind is not NumberKind.ORDINAL:
        return False
    centuries = {int(year.value) // 100 + 1}
    if not year.value % 100:
        centuries.add(int(year.value) // 100)
    return ordinal.value in centuries


def _report(
    pair: Pair,
    missing: list[NumberMention],
    added: list[tuple[int, str, NumberMention]],
    doubtful: set[int],
    unpaired: set[int],
) -> list[Finding]:
    """One finding per changed number (a missing one paired with an added one of the same
    category, in text order), then the unpaired ones. A finding on a ``doubtful`` mention (a
    month named alone, ``_bare_month``) is worth a look, not counted; so is one on an
    ``unpaired`` mention left unpaired (one the other side may say otherwise or leave out,
    ``_doubtful``): paired with another number, it was changed ("29 September" against "30
    سبتمبر" beside the weekday), unless that number is the year's century."""

    def confidence(*mentions: NumberMention) -> Confidence:
        if any(id(m) in doubtful for m in mentions):
            return Confidence.LOW
        if len(mentions) == 1:
            return Confidence.LOW if id(mentions[0]) in unpaired else Confidence.HIGH
        # A year paired with the ordinal of its century: the century says it otherwise.
        return Confidence.LOW if _in_century(*mentions) else Confidence.HIGH

    findings: list[Finding] = []
    unpaired_added = list(added)
    source_paragraph = pair.first_source
    for lost in missing:
        partner = next((a for a in unpaired_added if _category(a[2]) == _category(lost)), None)
        if partner is None:
            findings.append(
                Finding(
                    FindingKind.NUMBER_MISMATCH,
                    pair.first_target,
                    source_paragraph,
                    _(_MISSING[lost.kind]).format(number=lost.describe()),
                    lost.text,
                    confidence=confidence(lost),
                )
            )
            continue
        unpaired_added.remove(partner)
        index, text, found = partner
        findings.append(
            Finding(
                FindingKind.NUMBER_MISMATCH,
                index,
                source_paragraph,
                _("the source has {number} where this has {other}").format(
                    number=lost.describe(), other=found.describe()
                ),
                lost.text,
                (trimmed(text, *whole_words(text, *found.span)),),
                confidence(lost, found),
            )
        )
    for index, text, found in unpaired_added:
        findings.append(
            Finding(
                FindingKind.NUMBER_MISMATCH,
                index,
                source_paragraph,
                _(_ADDED[found.kind]).format(number=found.describe()),
                preview(pair.source_text),
                (trimmed(text, *whole_words(text, *found.span)),),
                confidence(found),
            )
        )
    return findings
