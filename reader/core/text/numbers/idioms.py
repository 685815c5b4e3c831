"""Numbers said by a turn of phrase rather than a numeral or a word of the spelled tables.

Professional translators write these where the other version has digits, and a reader that
misses them reports a changed number in a faithful translation:

- Arabic teens, cardinal and ordinal: ``ثلاثة عشر``, ``الثالثة عشرة`` (13th), ``التاسع عشر``,
  ``الحادي عشر``, ``اثنا عشر``: a unit of the spelled table, then ``عشر``;
- Arabic decades: ``ثمانينيات القرن العشرين``, ``الثمانينيات`` (the 1980s), read as the year the
  decade starts, since the other version's "1980s" reads as 1980;
- the Arabic dual of a scale word: ``مليوني دولار`` (two million dollars), ``ألفي`` (two
  thousand); a scale word after a numeral (``58 ألفا``) is the numeral's, not a dual; and of a
  unit, from CLDR's unit names: ``يومين`` (two days), ``سنتين``, ``ساعتين``; and the singular
  of a unit of measure, one of it, where CLDR writes it for one: ``على بعد ميل`` (a mile away);
- a scale word and a half: ``مليون ونصف المليون`` (1.5 million), ``ألف ونصف``; and a noun
  and a half, one of it said by the singular: ``ساعة ونصف`` (1.5 hours), ``يومين ونصف`` (2.5);
- a fraction of a scale word: ``half a million``, ``two and a half billion``, ``setengah
  juta``, ``satu setengah miliar``, ``un demi-million``, ``نصف مليون``, ``ربع مليار``;
- a scale word alone, one of it: Arabic ``بمليار دولار`` (with a billion dollars), French with
  the article, ``approche le million``;
- Arabic clock times in words: ``الساعة السادسة صباحًا`` (6 a.m.), ``في الثامنة مساءً``, and a
  fraction of an hour in minutes, ``ربع ساعة`` (15), as in the Latin-script languages: ``a
  quarter of an hour``, ``une demi-heure``, ``seperempat jam``;
- English clock times in words: ``six in the morning``, ``five o'clock``;
- noon and midnight as clock times: ``noon``, ``midi``, ``منتصف الليل``;
- half as a share: ``النصف``, ``half``, ``setengah``, ``moitié``: 50 (per cent) or 0.5;
- a decade named by its ten in words: ``the Seventies``, ``tahun tujuh puluhan`` (1970, or 70);
- a decade as ten years: ``عقد``, ``decade``, ``dekade``, ``décennie``, and after a count
  as so many tens (``two decades``, ``deux décennies``: 20); a century not numbered as a
  hundred: ``القرن الماضي``, ``depuis un siècle``, ``a century``, ``satu abad``;
- a French count made a noun, about that many: ``une centaine`` (about 100), ``un millier``;
- a year range ``1950-53``: its second year is 1953.

All but the year range are soft mentions (``NumberMention.spelled``): they confirm a number
the other side writes in digits and are never required there, like every spelled number. The
units and tens come from ``reader.core.text.numbers.spelled``'s table and the scale words from
``scales``, so that these rules add phrasing, not vocabulary; the few words CLDR has none of
are kept by hand: half, a quarter, a decade, a century, and a millennium (which the number
check asks about, ``names_millennium``: a year that starts one may be said by it).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from decimal import Decimal

from reader.core.text.arabic import ARABIC_FUNCTION_WORDS, CLITICS, PROCLITICS
from reader.core.text.fold import fold
from reader.core.text.numbers import cues, english, indonesian
from reader.core.text.numbers.cldr import locale_for
from reader.core.text.numbers.french import approximate_counts
from reader.core.text.numbers.mention import NumberKind, NumberMention, normal
from reader.core.text.numbers.scales import scale_words
from reader.core.text.numbers.spelled import spelled_numbers, spelled_value, written_forms
from reader.core.text.patterns import lazy
from reader.core.text.words import lower_words

_ARABIC_LETTER = r"[\u0621-\u064a]"
_NOT_ARABIC_LETTER = r"[^\u0621-\u064a]"
# Words as the spelled table reads them: one run of Arabic letters (and marks).
_AR_WORD = r"[\u0621-\u064a\u064b-\u0652\u0670]+"


def _mention(
    value: Decimal | int, kind: NumberKind, span: tuple[int, int], text: str, *alts: Decimal
) -> NumberMention:
    return NumberMention(
        normal(Decimal(value)),
        kind,
        span,
        text[span[0] : span[1]],
        spelled=True,
        alternatives=tuple(alts),
    )


# -- Arabic teens ---------------------------------------------------------------------------------

# "اثنا عشر" / "اثنتا عشرة" (twelve, nominative) and "أحد عشر" / "إحدى عشرة" (eleven) are no
# words of the table on their own (alone, أحد is "one of" or Sunday).
_TWELVE = frozenset({"اثنا", "اثنتا", "اثني", "اثنتي"})
_ELEVEN = frozenset({"احد", "احدي"})
_TEEN = lazy(rf"(?<!{_ARABIC_LETTER})({_AR_WORD})\s+(عشر[ةه]?)(?!{_ARABIC_LETTER})")


def _unit(word: str) -> int | None:
    """The unit (1 to 9) an Arabic word names, as the first half of a teen."""
    folded = fold(word)
    if folded in _TWELVE or folded[1:] in _TWELVE:
        return 2
    if folded in _ELEVEN or (folded.startswith("ال") and folded[2:] in _ELEVEN):
        return 1
    value = spelled_value(folded, "ar")
    if value is None and folded.startswith("ال"):  # "الثمانية عشر": the cardinal is bare
        value = spelled_value(folded[2:], "ar")
    return value if value is not None and 1 <= value <= 9 else None


def _arabic_teens(text: str) -> Iterator[NumberMention]:
    for match in _TEEN.finditer(text):
        unit = _unit(match[1])
        if unit is None:
            continue
        ordinal = fold(match[1]).lstrip("وفبلك").startswith("ال")
        kind = NumberKind.ORDINAL if ordinal else NumberKind.INTEGER
        yield _mention(10 + unit, kind, match.span(), text)


# -- Arabic decades -------------------------------------------------------------------------------


@functools.cache
def _tens_stems() -> dict[str, int]:
    """The stem of each ten (``ثمان`` for 80, ``عشر`` for 20), from the table's oblique forms
    (``ثمانين``): the decade adds ``ينيات``."""
    stems = {}
    for tens in range(20, 100, 10):
        for word in ("عشرين", "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"):
            if spelled_value(word, "ar") == tens:
                stems[word[:-2]] = tens
    return stems


_TENS_ENDINGS = ("ينيات", "ينات", "يات")
_TENS_TAILS = tuple(sorted({ending[-3:] for ending in _TENS_ENDINGS}))  # "يات", "نات"


@functools.cache
def _tens_word() -> str:
    """A decade as one word: a clitic, the article, a ten's stem (any alef seat), an ending."""
    stems = "|".join(sorted(_tens_stems(), key=len, reverse=True))
    seats = stems.replace("ا", "[اأإآ]")
    return rf"[وفبلك]?(ال)?({seats})({'|'.join(_TENS_ENDINGS)})"


@functools.cache
def _tens_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<!{_ARABIC_LETTER}){_tens_word()}(?!{_ARABIC_LETTER})")


def _may_name_decade(text: str) -> bool:
    """Whether ``_tens_pattern`` matches in ``text``, looked for only before the ends of the
    runs of Arabic letters that end as a decade does: a match is such a run (its letters are
    all Arabic ones, between two non-letters), of ``_tens_longest()`` letters at the most."""
    pattern, longest = _tens_pattern(), _tens_longest()
    for tail in _TENS_TAILS:
        at = text.find(tail)
        while at != -1:
            end = at + len(tail)
            if not _is_arabic_letter(text[end : end + 1]) and pattern.search(
                text, max(0, end - longest), end + 1
            ):
                return True  # (the look-behind sees the text before where the search starts)
            at = text.find(tail, end)
    return False


@functools.cache
def _tens_longest() -> int:
    """The letters of the longest decade: a clitic, the article, a stem and an ending."""
    return 1 + len("ال") + max(map(len, _tens_stems())) + max(map(len, _TENS_ENDINGS))


def _is_arabic_letter(ch: str) -> bool:
    """Whether ``ch`` (one character, or none) is one of ``_ARABIC_LETTER``."""
    return "\u0621" <= ch <= "\u064a"


# The century a decade is placed in: "ثمانينيات القرن التاسع عشر" is the 1880s.
_CENTURY = lazy(r"\s+(?:من\s+)?القرن\s+(ال\w+(?:\s+عشر[ةه]?)?(?:\s+و\w+)?)")
_DEFAULT_CENTURY = 1900


def _century_start(text: str, end: int) -> int:
    match = _CENTURY.match(text, end)
    if match is None:
        return _DEFAULT_CENTURY
    words = match[1].split()
    ordinal = next(_arabic_teens(match[1]), None)
    number = int(ordinal.value) if ordinal else spelled_value(words[0], "ar")
    if number is not None and " و" in match[1]:  # "الحادي والعشرين": 21st
        number = (number or 0) + (spelled_value(words[-1][1:], "ar") or 0)
    return (number - 1) * 100 if number and 15 <= number <= 21 else _DEFAULT_CENTURY


def _arabic_tens(text: str) -> Iterator[NumberMention]:
    stems = _tens_stems()
    for match in _tens_pattern().finditer(text):
        tens = stems[fold(match[2])]
        # The year, and the tens themselves: "في الأربعينيات من عمره" is in his forties.
        year = _century_start(text, match.end()) + tens
        yield _mention(year, NumberKind.YEAR, match.span(), text, Decimal(tens))


# -- duals of scale words ------------------------------------------------------------------------

_DUAL_ENDINGS = ("ان", "ين", "ا", "ي")
_ONE_WORD = lazy(rf"{_AR_WORD}")
_NUMERAL_BEFORE = lazy(r"[\d\u0660-\u0669\u06f0-\u06f9][\d.,\u066b\u066c]*\s*$")


@functools.cache
def _duals() -> dict[str, tuple[int, ...]]:
    """Folded dual forms of the Arabic scale words (``مليونان``, ``مليوني``, ``ألفين``) and of
    the units CLDR names (``يومين``, ``ساعتين``), each with the number it says (and, for two
    decades or centuries, the years: ``العقدين الماضيين`` is the past 20 years)."""
    found: dict[str, tuple[int, ...]] = {}
    for word, factor in scale_words("ar").items():
        if factor in (1000, 10**6, 10**9, 10**12) and not word.endswith(("ات", "ين", "ا")):
            found.update({word + ending: (2 * factor,) for ending in _DUAL_ENDINGS})
    for dual, years in (*_unit_duals(), *_singular_duals(), *_DUAL_SUPPLEMENT):
        stem = dual[: -len("ان")]
        values = (2, 2 * years) if years else (2,)
        found.update({stem + ending: values for ending in ("ان", "ين")})
    return found


# Kept by hand, as ``months`` keeps the Egyptian يونيه: عام, the other word for a year (عامين,
# two years: "طفلة تبلغ من العمر عامين"), which CLDR's Arabic lacks (it says سنة).
_DUAL_SUPPLEMENT: tuple[tuple[str, int | None], ...] = (("عامان", None),)
# Units of time that count years: two of them say a number of years too.
_YEARS_IN = {"duration-decade": 10, "duration-century": 100}


def _unit_duals() -> Iterator[tuple[str, int | None]]:
    """The duals CLDR writes for two of a unit in Arabic, folded: its unit patterns for the
    plural category "two" that are one word with no place for a numeral (``يومان``, two
    days; ``سنتان``, two years; ``ميلان``, two miles); with the years the unit counts."""
    locale = locale_for("ar")
    if locale is None:
        return
    for name, unit in locale._data["unit_patterns"].items():
        for width in ("long", "short", "narrow"):
            pattern = unit[width].get("two") if width in unit else None
            # The ending as written: a hamza's madda (جزآن, two parts) does not fold away.
            if pattern and pattern.endswith("ان") and _ONE_WORD.fullmatch(pattern):
                yield fold(pattern), _YEARS_IN.get(name)


# Arabic says one of a counted noun by its singular, as it says two by its dual: "على بعد ميل"
# (a mile away), "لتر من الماء". CLDR writes that singular as the unit pattern for one where no
# numeral goes with it (``ميل``, ``متر``, ``لتر``, ``غرام``); read for the units of measure, whose
# other side may write "1 mile" or convert it ("1,5 km"). Not those of time: a day, an hour or
# a year names the calendar and the clock far more often than it counts one ("يوم الأحد").
_MEASURES = ("length-", "mass-", "area-", "volume-")


def _unit_singulars() -> Iterator[str]:
    """The singulars CLDR writes for one of a unit of measure in Arabic, one word, folded."""
    locale = locale_for("ar")
    if locale is None:
        return
    for name, unit in locale._data["unit_patterns"].items():
        if not name.startswith(_MEASURES):
            continue
        for width in ("long", "short", "narrow"):
            pattern = unit[width].get("one") if width in unit else None
            if pattern and _ONE_WORD.fullmatch(pattern):
                yield fold(pattern)


def _singular_duals() -> Iterator[tuple[str, None]]:
    """The duals of the singulars of ``_unit_singulars``, made as the grammar makes them where
    CLDR writes "{0} قدم" for two: the singular and ان, ة written ت before it (قدمان, two feet;
    ياردتان, two yards)."""
    for singular in _unit_singulars():
        stem = singular[:-1] + "ت" if singular.endswith("ه") else singular
        yield stem + "ان", None


_AR_LETTERS = lazy(r"[\u0621-\u064a][\u0621-\u064a]*")  # first apart: see numerals.NUMERAL
_ONE = (1,)


@functools.cache
def _count_forms() -> dict[str, tuple[int, ...]]:
    """Every written form of every dual, behind a clitic or the article or both (``ليومين``,
    ``العقدين``), and of every unit's singular, behind a clitic (``بميل``; with the article it
    names the unit, "الميل", not one of it), with what it says: the words of a text are looked
    up in it at once."""
    forms: dict[str, tuple[int, ...]] = {}
    for singular in _unit_singulars():
        for written in written_forms(singular):
            forms.update({prefix + written: _ONE for prefix in ("", *CLITICS)})
    for dual, values in _duals().items():
        for written in written_forms(dual):
            for prefix in ("", "ال", *CLITICS, *(c + "ال" for c in CLITICS)):
                forms[prefix + written] = values
    return forms


def _arabic_counts(text: str) -> Iterator[NumberMention]:
    """Duals and singulars that say two and one of what they name."""
    # The text's words against every form, in one set operation: a pattern of every form,
    # with a clitic and the article, took longer than all the rest of the idioms.
    forms = _count_forms()
    if forms.keys().isdisjoint(_AR_LETTERS.findall(text)):
        return
    for match in _AR_LETTERS.finditer(text):
        values = forms.get(match[0])
        if values is None:
            continue
        before = text[max(0, match.start() - 24) : match.start()]
        if _NUMERAL_BEFORE.search(before) or (values is _ONE and _counted(before)):
            continue
        value, *others = values
        yield _mention(value, NumberKind.INTEGER, match.span(), text, *map(Decimal, others))


def _counted(before: str) -> bool:
    """Whether a number in words ends ``before``: a singular after it is its noun ("مئة ميل")."""
    word = _WORD_BEFORE.search(before)
    return word is not None and spelled_value(word[1], "ar") is not None


_NOUN = 3  # letters: the shortest stem a dual is taken off (بين, between, is no dual of ب)


def may_write_two(text: str) -> bool:
    """Whether an Arabic text has a word that may be the dual of a noun, two of it said by the
    ending alone (``بهدفين``, with two goals; ``سيارتين``, two cars), which no reader of numbers
    can take for two: unvocalised, the dual's ين is the sound plural's. Read from wordfreq's
    lists by the grammar: a feminine noun's dual (ة to تين, تان: its plural is ات); or a stem
    in ين that is a word of its own and has no plural in ون (``هدفين``: هدفون is no word;
    ``لاعبين`` may be players, لاعبون). A masculine dual in ان is not read: too many nouns
    end so (إنسان, لبنان). Only asked where a two is missing (rare)."""
    from reader.core.text.arabic import stems
    from reader.core.text.fold import unmarked
    from reader.core.text.frequency import is_common

    for word in _AR_LETTERS.findall(unmarked(text)):  # as wordfreq writes: hamza, ة kept
        for stem in stems(word):
            base = stem[:-2]
            if len(base) < _NOUN:
                continue
            if stem.endswith(("تين", "تان")):
                if is_common(base[:-1] + "ة", "ar"):
                    return True
            elif stem.endswith("ين") and is_common(base, "ar") and not is_common(base + "ون", "ar"):
                return True
    return False


# -- a scale word and a half --------------------------------------------------------------------

# "مليون ونصف المليون" (a million and a half), "ألف ونصف", "مليونًا ونصف" (accusative): one and
# a half of the scale word; after its dual, two and a half ("مليونين ونصف", "ألفان ونصف").


@functools.cache
def _and_a_half_pattern() -> re.Pattern[str]:
    singular = [
        w for w, f in scale_words("ar").items() if f >= 1000 and not w.endswith(("ات", "ين"))
    ]
    words = "|".join(sorted(singular, key=len, reverse=True)).replace("ا", "[اأإآ]")
    duals = "|".join(sorted(_scale_duals(), key=len, reverse=True)).replace("ا", "[اأإآ]")
    return re.compile(
        rf"(?<!{_ARABIC_LETTER})[وفبلك]?({duals}|{words})(?:\u064b?ا)?\s+ونصف"
        rf"(?:\s+(?:ال)?(?:{words}))?"
        rf"(?!{_ARABIC_LETTER})"
    )


@functools.cache
def _scale_duals() -> dict[str, int]:
    """The folded duals of the scale words (``مليونين``, ``ألفان``), each with the scale."""
    return {
        dual: values[0] // 2
        for dual, values in _duals().items()
        if len(values) == 1 and values[0] // 2 in scale_words("ar").values()
    }


def _and_a_half(text: str) -> Iterator[NumberMention]:
    for match in _and_a_half_pattern().finditer(text):
        word = fold(match[1])
        factor = scale_words("ar").get(word)
        count = Decimal("1.5")
        if factor is None:
            factor, count = _scale_duals().get(word), Decimal("2.5")
        if factor is None or _NUMERAL_BEFORE.search(
            text, max(0, match.start() - 24), match.start()
        ):
            continue  # "2 مليون ونصف": the numeral's
        yield _mention(Decimal(factor) * count, NumberKind.INTEGER, match.span(), text)


# -- a noun and a half -------------------------------------------------------------------------

# An Arabic noun says one of it in the singular and two in its dual, with no number: "ساعة
# ونصف" (an hour and a half), "درجة ونصف", "يومين ونصف" (two days and a half). After a numeral or
# a number in words the half is that number's ("3 ساعات ونصف", ``scales.half_after_noun``); a
# scale word's is ``_and_a_half``'s. Before a word with the article, or a noun and one (a
# construct), ونصف is "and half of" ("ونصف السكان", "ونصف أعضاء المجلس").
_NOUN_HALF = lazy(
    rf"(?<!{_ARABIC_LETTER})({_AR_WORD})\s+ونصف(?!{_ARABIC_LETTER}|\s+ال)"
    rf"(?=(?:\s+({_AR_WORD})\s+[وفبلك]?ال)?)"  # the word of a construct, if one follows
)
_WORD_BEFORE = lazy(rf"({_AR_WORD})\s+$")
_HALF_ONE = Decimal("0.5")


def _noun_and_a_half(text: str) -> Iterator[NumberMention]:
    for match in _NOUN_HALF.finditer(text):
        count = _noun_count(fold(match[1]))
        before = text[max(0, match.start() - 24) : match.start()]
        if count is None or _NUMERAL_BEFORE.search(before):
            continue
        if match[2] and match[2] not in ARABIC_FUNCTION_WORDS:
            continue  # "ونصف أعضاء المجلس": half of the council's members
        word = _WORD_BEFORE.search(before)
        if word and spelled_value(word[1], "ar") is not None:
            continue  # "ثلاث ساعات ونصف": the number's half
        yield _mention(count + _HALF_ONE, NumberKind.DECIMAL, match.span(), text)


def _noun_count(word: str) -> int | None:
    """How many a folded noun says by its number, 1 or 2 (its dual), where it is a noun a half
    can follow: not a number's word nor a scale word, not defined by the article."""
    bare = word[1:] if word[:1] in CLITICS and len(word) > 3 else word
    if bare.startswith("ال") or spelled_value(word, "ar") is not None:
        return None
    if word in scale_words("ar") or bare in scale_words("ar"):
        return None
    values = _duals().get(bare)
    if values is None:
        return 1
    return 2 if values[0] == 2 else None


# -- Arabic clock times in words ----------------------------------------------------------------

# "الساعة السادسة صباحًا" (six in the morning), "في الثامنة مساءً", "الحادية عشرة والنصف": an hour
# is said by the feminine ordinal (الساعة being feminine), after "الساعة" or before a part of
# the day; "والنصف" and "والربع" add half and a quarter of an hour.
_HOUR_WORD = rf"(?P<h>[وفب]?ال{_AR_WORD})(?:\s+(?P<teen>عشر[ةه]?))?"
_HOUR_MINUTES = r"(?:\s+و(?P<m>النصف|الربع))?"
# The part of the day as an adverb ("صباحًا", "مساءً"), not a noun before another ("صباح اليوم",
# this morning, which an ordinal before it does not make an hour).
_DAY_PART = rf"\s+(?P<part>(?:صباح|فجر|مساء|ليل|ظهر)[\u064b]?ا?[\u064b]?(?!{_ARABIC_LETTER}|\s+ال)|بعد\s+الظهر)"
_AR_HOUR = lazy(rf"الساعة\s+{_HOUR_WORD}{_HOUR_MINUTES}(?:{_DAY_PART})?(?!{_ARABIC_LETTER}{{2}})")
_AR_HOUR_PART = lazy(rf"(?<!{_ARABIC_LETTER}){_HOUR_WORD}{_HOUR_MINUTES}{_DAY_PART}")
_MINUTES = {"النصف": 30, "الربع": 15}
# The quick test: a part of the day as an adverb somewhere in the text (ظهر alone is in أظهر).
_DAY_PART_QUICK = lazy(r"(?:صباح|فجر|ليل|ظهر)\u064b?ا|مساء|بعد الظهر")
# Words one of which each of its matches holds, looked for first (a C-level substring search
# each: most paragraphs hold none).
_DAY_PART_WORDS = ("صباح", "فجر", "ليل", "ظهر", "مساء")
_NOON = 12
_HOUR_REACH = 48  # characters: "الساعة الحادية عشرة والنصف " and more


def _hour(match: re.Match[str]) -> int | None:
    """The hour (1 to 12) a match's ordinal names, or None where the word names none."""
    word = fold(match["h"])
    if word[:1] in "وفب" and word[1:3] == "ال":
        word = word[1:]
    if match["teen"]:
        unit = _unit(word)
        return 10 + unit if unit in (1, 2) else None
    value = spelled_value(word, "ar") or spelled_value(word[2:], "ar")  # الواحدة: one o'clock
    return value if value is not None and 1 <= value <= _NOON else None


def _afternoon(hour: int, part: str | None) -> bool:
    """Whether the part of the day puts the hour after noon: the evening's and the night's
    hours (the night's from six), and the first six after midday (cues.MIDDAY_HOURS)."""
    if part is None or hour == _NOON:
        return False
    if part.startswith("مساء"):
        return True
    if part.startswith("ليل"):
        return hour >= cues.MIDDAY_HOURS
    return "ظهر" in part and hour <= cues.MIDDAY_HOURS


def _arabic_hours(text: str) -> Iterator[NumberMention]:
    matches = list(_AR_HOUR.finditer(text)) if "الساعة" in text else []
    # Before a part of the day, looked for only just before each one: the pattern, run over
    # the whole text, would try every word with the article.
    parts = _DAY_PART_QUICK.finditer(text) if cues.holds_any(text, _DAY_PART_WORDS) else ()
    for part in parts:
        start, end = max(0, part.start() - _HOUR_REACH), min(len(text), part.end() + _HOUR_REACH)
        match = _AR_HOUR_PART.search(text, start, end)
        while match is not None and match.end("part") < part.start():
            match = _AR_HOUR_PART.search(text, match.end(), end)
        if match is not None and match.start("part") <= part.start():
            matches.append(match)
    seen: set[tuple[int, int]] = set()
    for match in matches:
        hour = _hour(match)
        if hour is None or match.span() in seen:
            continue
        seen.add(match.span())
        minutes = _MINUTES.get(fold(match["m"] or ""), 0)
        part_word = match["part"]
        clock = hour + _NOON if _afternoon(hour, part_word) else hour
        span = (match.start(), match.end("part") if part_word else match.end())
        yield _mention(clock * 60 + minutes, NumberKind.TIME, span, text, Decimal(hour))


# A scale word above the million alone counts one of it, as "مليون" (in ``spelled``) does:
# "بمليار دولار" (with a billion dollars), "تجاوز التريليون". After a count it is the count's
# scale, which the numerals or the words before it read first ("25 مليار", "ثلاثة مليار").
_LETTER_AFTER = lazy(_ARABIC_LETTER)
_BEFORE_LONE_SCALE = lazy(rf"(?:^|(?<={_NOT_ARABIC_LETTER}))[وفبلك]?(?:ال)?$")
_LONE_SCALES = {"مليار": 10**9, "بليون": 10**9, "تريليون": 10**12, "ترليون": 10**12}


def _lone_scales(text: str) -> Iterator[NumberMention]:
    # Each word looked for as a string (a C-level search), the rare one found looked at.
    for word, factor in _LONE_SCALES.items():
        start = text.find(word)
        while start != -1:
            end = start + len(word)
            before = _BEFORE_LONE_SCALE.search(text, max(0, start - 3), start)
            if before is not None and not _LETTER_AFTER.match(text, end):
                yield _mention(factor, NumberKind.INTEGER, (before.start(), end), text)
            start = text.find(word, end)


# French counts one of a scale noun with the definite article too: "approche le million"
# (nears a million), "franchit la barre du milliard", "au million près".
_FRENCH_LONE_SCALE = lazy(r"\b(?:le|du|au)\s+(?P<s>million|milliard|billion)\b", re.IGNORECASE)
_FRENCH_LONE_SCALES = frozenset({"million", "milliard", "billion"})


def _french_lone_scales(text: str, vocabulary: frozenset[str]) -> Iterator[NumberMention]:
    """``vocabulary``: the text's words, lower-cased (``words.lower_words``)."""
    if vocabulary.isdisjoint(_FRENCH_LONE_SCALES):
        return
    for match in _FRENCH_LONE_SCALE.finditer(text):
        factor = scale_words("fr")[match["s"].lower()]
        yield _mention(factor, NumberKind.INTEGER, match.span("s"), text)


# A fraction of an hour in minutes: "ربع ساعة" (15), "نصف ساعة" (30), "ثلث ساعة" (20).
_HOUR_FRACTION = lazy(
    rf"(?<!{_ARABIC_LETTER})[وفبلك]?(?:ال)?(?P<f>ربع|نصف|ثلث)\s+(?:ال)?ساع[ةه](?!{_ARABIC_LETTER})"
)
_HOUR_FRACTION_QUICK = lazy(r"(?:ربع|نصف|ثلث)\s+(?:ال)?ساع")
_FRACTION_MINUTES = {"ربع": (15, Decimal(25)), "نصف": (30, Decimal(50)), "ثلث": (20, None)}


def _hour_fractions(text: str) -> Iterator[NumberMention]:
    if "ساع" not in text or not cues.holds_any(text, _FRACTION_MINUTES):
        return
    if not _HOUR_FRACTION_QUICK.search(text):
        return
    for match in _HOUR_FRACTION.finditer(text):
        minutes, share = _FRACTION_MINUTES[match["f"]]
        shares = (share,) if share is not None else ()
        yield _mention(minutes, NumberKind.INTEGER, match.span(), text, *shares)


# The same fractions of an hour in the Latin-script languages, said in words where the other
# version writes the minutes: "a quarter of an hour", "half an hour", "three quarters of an
# hour"; "un quart d'heure", "une demi-heure", "trois quarts d'heure"; "seperempat jam",
# "setengah jam", "tiga perempat jam". Each group names the minutes it says.
_LATIN_HOUR_FRACTIONS = {
    "en": (
        r"\b(?:(?P<m45>three[\s-]+quarters)\s+of\s+an|(?P<m15>(?:a\s+)?quarter)(?:\s+of\s+an|-)?"
        r"|(?P<m30>half)(?:\s+an|-an)?)[\s-]+hour\b"
    ),
    "fr": (
        r"\b(?:(?P<m45>trois\s+quarts)\s+d['’]|(?P<m15>un\s+quart)\s+d['’]|(?P<m30>une\s+demi)-)"
        r"heure\b"
    ),
    "id": r"\b(?:(?P<m45>tiga\s+perempat)|(?P<m15>seperempat)|(?P<m30>setengah))\s+jam\b",
}
_LATIN_HOUR_FRACTIONS["ms"] = _LATIN_HOUR_FRACTIONS["id"]
# The words a text must hold for one: the hour's, and one of its fractions'.
_LATIN_HOUR_WORDS = {
    "en": ("hour", frozenset({"quarter", "quarters", "half"})),
    "fr": ("heure", frozenset({"quart", "quarts", "demi"})),
    "id": ("jam", frozenset({"seperempat", "perempat", "setengah"})),
}
_LATIN_HOUR_WORDS["ms"] = _LATIN_HOUR_WORDS["id"]
_SHARES = {15: Decimal(25), 30: Decimal(50), 45: Decimal(75)}


@functools.cache
def _latin_hour_fraction(subtag: str) -> re.Pattern[str]:
    return re.compile(_LATIN_HOUR_FRACTIONS[subtag], re.IGNORECASE)


def _latin_hour_fractions(
    text: str, subtag: str, vocabulary: frozenset[str]
) -> Iterator[NumberMention]:
    """``vocabulary``: the text's words, lower-cased (``words.lower_words``)."""
    hour, fractions = _LATIN_HOUR_WORDS.get(subtag, ("", frozenset()))
    if hour not in vocabulary or vocabulary.isdisjoint(fractions):
        return
    for match in _latin_hour_fraction(subtag).finditer(text):
        minutes = next(int(group[1:]) for group, said in match.groupdict().items() if said)
        yield _mention(minutes, NumberKind.INTEGER, match.span(), text, _SHARES[minutes])


# -- English clock times in words ----------------------------------------------------------------

# "six in the morning", "seven in the evening", "five o'clock": an hour in words before the part
# of the day or "o'clock", the afternoon's and the evening's after noon.
_EN_PARTS = "morning|afternoon|evening"
_EN_HOUR = lazy(
    rf"\b(?P<h>[A-Za-z]+)\s+(?:o['’]clock(?:\s+in\s+the\s+(?P<p1>{_EN_PARTS}))?"
    rf"|in\s+the\s+(?P<p2>{_EN_PARTS}))\b",
    re.IGNORECASE,
)
_EN_HOUR_CUES = ("clock", "morning", "afternoon", "evening")


def _english_hours(text: str, lower: str) -> Iterator[NumberMention]:
    if not cues.holds_any(lower, _EN_HOUR_CUES):
        return
    for match in _EN_HOUR.finditer(text):
        hour = _english_hour(match["h"])
        if hour is None:
            continue
        part = (match["p1"] or match["p2"] or "").lower()
        clock = hour + _NOON if part in ("afternoon", "evening") and hour < _NOON else hour
        yield _mention(clock * 60, NumberKind.TIME, match.span(), text, Decimal(hour))


def _english_hour(word: str) -> int | None:
    """The hour (1 to 12) an English word names, or None."""
    value = english.UNITS.get(word.lower(), english.TEENS.get(word.lower()))
    return value if value is not None and 1 <= value <= _NOON else None


# -- noon and midnight ---------------------------------------------------------------------------

# Noon and midnight named, by language: a clock time, 12:00 and 00:00.
_CLOCK_WORDS = {
    "en": (("noon", 720), ("midday", 720), ("midnight", 0)),
    "id": (("tengah hari", 720), ("tengah malam", 0)),
    "ms": (("tengah hari", 720), ("tengah malam", 0)),
    "fr": (("midi et demi", 750), ("minuit et demi", 30), ("midi", 720), ("minuit", 0)),
    "ar": (("منتصف النهار", 720), ("منتصف الليل", 0)),
}


def _clock_words(text: str, language: str, lower: str) -> Iterator[NumberMention]:
    for word, minutes in _CLOCK_WORDS.get(language, ()):
        if word not in lower:
            continue
        for match in re.finditer(rf"(?<!\w){word}(?!\w)", lower):
            yield _mention(minutes, NumberKind.TIME, match.span(), text)


# -- half, decade and century, by language ------------------------------------------------------------------

# The words for half and for a decade, by language. Arabic takes clitics, the article and the
# accusative ending ("والنصف", "عقدًا"); the others are whole words.
_HALF = {
    "ar": ("نصف",),
    "en": ("half",),
    "id": ("setengah", "separuh"),
    "ms": ("setengah", "separuh"),
    "fr": ("moitié",),
}
_DECADE = {
    "ar": ("عقد",),
    "en": ("decade",),
    "id": ("dekade",),
    "ms": ("dekad",),
    "fr": ("décennie",),
}
# A century as a hundred years: "القرن الماضي" (the past century), "depuis un siècle", "a
# century ago", "satu abad" against "過去100年" or "100 عام"; not a numbered one ("القرن
# العشرين", the twentieth; "XIXe siècle", "21st century", "abad ke-19": ``_numbered_century``).
_CENTURY_WORDS = {
    "ar": ("قرن",),
    "en": ("century",),
    "fr": ("siècle",),
    "id": ("abad",),
    "ms": ("abad",),
}
# A millennium, which a year that starts one may be said by: "the early 2000s" against "بداية
# الألفية" (the start of the millennium), "au tournant du millénaire", "awal milenium".
_MILLENNIUM_WORDS = {
    "ar": ("ألفية",),
    "en": ("millennium", "millennia"),
    "fr": ("millénaire",),
    "id": ("milenium", "milenia", "alaf"),
    "ms": ("milenium", "alaf"),
}


def names_millennium(text: str, language: str) -> bool:
    """Whether ``text`` names a millennium (``الألفية``, ``millennium``; in Arabic behind any
    proclitics, ``للألفية``)."""
    words = _MILLENNIUM_WORDS.get(language.split("-")[0].lower(), ())
    if language.startswith("ar"):
        folded = "|".join(fold(word) for word in words)
        return bool(re.search(rf"(?<!\w){PROCLITICS}(?:{folded})(?!\w)", fold(text)))
    lower = text.lower()
    return any(re.search(rf"\b{word}\b", lower) for word in words if word in lower)


_NEXT_WORD = lazy(rf"\s+[وفبلك]?({_AR_WORD})")
# A Roman numeral of a century up to the twenty-ninth: "Le siècle" is no fiftieth.
ROMAN_CENTURY_NUMERAL = r"\b(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3})"
# A number before a Latin-script century word ("19th", "XIXe", "21st-"), or after it ("abad
# ke-19", "abad XIX", "siècle 21").
_NUMBER_BEFORE = lazy(
    rf"(?:\d+|{ROMAN_CENTURY_NUMERAL})\s*(?:st|nd|rd|th|e|ème|eme|er|re|ᵉʳ|ᵉ)?[\s-]*$"
)
_NUMBER_AFTER = lazy(rf"\s+(?:ke-?\s*)?(?:\d+|{ROMAN_CENTURY_NUMERAL}\b)")
_ORDINAL_REACH = 24  # characters before the word: "dix-neuvième " and more


def _numbered_century(text: str, start: int, end: int, language: str) -> bool:
    """Whether the century word from ``start`` to ``end`` is numbered: in Arabic an ordinal
    or a numeral after it (``القرن التاسع عشر``, ``القرن 21``); in the others a number or an
    ordinal in words before it or a number after it."""
    if language != "ar":
        before = text[max(0, start - _ORDINAL_REACH) : start]
        if _NUMBER_BEFORE.search(before) or _NUMBER_AFTER.match(text, end):
            return True
        words = [w for w in spelled_numbers(before, language) if not before[w[1] :].strip(" -")]
        return bool(words) and words[-1][3]
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return bool(re.match(r"\s*\d", text[end : end + 4]))
    return spelled_value(after[1], "ar") is not None


_TABLES: dict[str, Mapping[str, tuple[str, ...]]] = {
    "half": _HALF,
    "decade": _DECADE,
    "century": _CENTURY_WORDS,
}


@functools.cache
def _phrase_pattern(table: str, language: str) -> re.Pattern[str] | None:
    words = _TABLES[table].get(language)
    if not words:
        return None
    alternation = "|".join(words)
    if language == "ar":
        return re.compile(rf"(?<!\w)[وفبلك]?(?:ال)?(?:{alternation})[اًا]*(?!\w)")
    # The plural too ("decades", "décennies"), which says years only after a count.
    return re.compile(rf"\b(?:{alternation})(?P<plural>s?)\b", re.IGNORECASE)


# A count just before a word: digits, or a number in words ("two decades", "deux décennies").
_COUNT_BEFORE = lazy(r"(\d+)\s+$")
_COUNT_REACH = 32  # characters: "twenty-five " and more


def _count_before(text: str, start: int, language: str) -> int | None:
    """The count written right before ``start`` (and a space), in digits or in words."""
    found = _count_and_start(text, start, language)
    return found[0] if found else None


def _count_and_start(text: str, start: int, language: str) -> tuple[int, int] | None:
    """``_count_before``'s count, and where it starts in ``text``."""
    offset = max(0, start - _COUNT_REACH)
    before = text[offset:start]
    digits = _COUNT_BEFORE.search(before)
    if digits:
        return int(digits[1]), offset + digits.start(1)
    words = [w for w in spelled_numbers(before, language) if before[w[1] :].isspace()]
    if not words or words[-1][3]:
        return None
    return words[-1][2], offset + words[-1][0]


@functools.cache
def _phrase_words(language: str) -> tuple[str, ...]:
    """Every word of the half, decade and century tables of ``language``."""
    return tuple(word for table in _TABLES.values() for word in table.get(language, ()))


def _half_and_decade(text: str, language: str, lower: str) -> Iterator[NumberMention]:
    """``lower`` is the text lower-cased: each word is looked for as a substring first (one
    C-level search), the pattern run only where it is there; most paragraphs have none."""
    if not cues.holds_any(lower, _phrase_words(language)):
        return
    for table, value in (("half", 50), ("decade", 10), ("century", 100)):
        words = _TABLES[table].get(language, ())
        pattern = _phrase_pattern(table, language)
        if pattern is None or not any(word in lower for word in words):
            continue
        for match in pattern.finditer(text):
            if table == "half":
                yield _mention(value, NumberKind.PERCENT, match.span(), text, Decimal("0.5"))
            elif table == "century" and _numbered_century(text, *match.span(), language):
                continue
            elif "plural" in match.groupdict():  # "two decades", "dua dekade": twenty years
                count = _count_before(text, match.start(), language)
                if count is not None or not match["plural"]:
                    yield _mention((count or 1) * value, NumberKind.INTEGER, match.span(), text)
            else:
                yield _mention(value, NumberKind.INTEGER, match.span(), text)


# -- a fraction of a scale word -----------------------------------------------------------------

# Half or a quarter of a scale word, said in words where the other version writes digits:
# "half a million", "a quarter of a million", "two and a half billion", "a million and a
# half"; "setengah juta", "satu setengah juta" (1.5 million: Indonesian says the count before
# the half with no "and"), "seperempat miliar"; "un demi-million", "un quart de milliard";
# "نصف مليون", "ربع مليار" (Arabic's "مليون ونصف" is ``_and_a_half``'s). Only the scale
# words of a thousand and up, singular, from ``scales``.
_FRACTIONS = {
    "en": {"half": Decimal("0.5"), "quarter": Decimal("0.25")},
    "id": {"setengah": Decimal("0.5"), "separuh": Decimal("0.5"), "seperempat": Decimal("0.25")},
    "fr": {"demi": Decimal("0.5"), "quart": Decimal("0.25")},
    "ar": {"نصف": Decimal("0.5"), "ربع": Decimal("0.25")},
}
_FRACTIONS["ms"] = _FRACTIONS["id"]
# From the fraction word to the scale word (``{s}``, the scale words), matched where a fraction
# word was found: each is looked for as a string first, and most paragraphs hold none.
_FRACTION_TO_SCALE = {
    "en": r"(?:\s+of)?(?:\s+an?)?\s+(?P<s>{s})\b",
    "id": r"\s+(?P<s>{s})\b",
    "fr": r"(?:-|\s+de\s+|\s+d['’])(?P<s>{s})\b",
    "ar": rf"\s+(?:ال)?(?P<s>{{s}})(?!{_ARABIC_LETTER})",
}
_FRACTION_TO_SCALE["ms"] = _FRACTION_TO_SCALE["id"]
# Before the fraction word, ending where it starts: its article ("a half", "un demi") and, in
# English, the "and" that adds it to a count before ("two and a half million": ``plus``).
_BEFORE_FRACTION = {
    "en": lazy(r"(?:(?P<plus>\band\s+)?\ban?\s+)?$", re.IGNORECASE),
    "fr": lazy(r"(?:\bune?\s+)?$", re.IGNORECASE),
    "ar": lazy(r"[وفبلك]?$"),
}
# "A million and a half": one and the half, the half after the scale word.
_SCALE_AND_A_HALF = {"en": r"\b(?:an?|one)\s+(?P<s>{s})\s+and\s+an?\s+$"}
_FRACTION_REACH = 32  # characters before the fraction word: "a million and a " and more


@functools.cache
def _fraction_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """``_FRACTION_TO_SCALE`` and ``_SCALE_AND_A_HALF`` of a language with its scale words."""
    singular = [
        word
        for word, factor in scale_words(language).items()
        if factor >= 1000 and not word.endswith(("s", "ات", "ين", "ا")) and len(word) > 2
    ]
    scales = "|".join(sorted(singular, key=len, reverse=True))
    if language == "ar":
        scales = scales.replace("ا", "[اأإآ]")
    after = re.compile(_FRACTION_TO_SCALE[language].format(s=scales), re.IGNORECASE)
    half_after = _SCALE_AND_A_HALF.get(language)
    return after, re.compile(half_after.format(s=scales), re.IGNORECASE) if half_after else None


@functools.cache
def fraction_words(language: str) -> frozenset[str]:
    """The fraction words of ``_FRACTIONS`` as a text's words (``words.lower_words``) may hold
    them: lower-cased, in Arabic with a clitic too (``ونصف``), in French before a hyphen too
    (``demi-million``): the quick test of a text's words, before any search of it."""
    words = set(_FRACTIONS.get(language, ()))
    words.update(c + w for c in CLITICS for w in list(words) if language == "ar")
    words.update(f"{w}-{s}" for w in list(words) for s in scale_words(language) if language == "fr")
    return frozenset(words)


def _fractions_of_scales(text: str, language: str, lower: str) -> Iterator[NumberMention]:
    """``lower``: the text lower-cased (the caller has tested its words: ``fraction_words``)."""
    fractions = _FRACTIONS.get(language)
    if fractions is None:
        return
    for word, share in fractions.items():
        at = lower.find(word)
        while at != -1:
            end = at + len(word)
            found = _fraction_at(text, language, at, end) if _word_apart(text, at, end) else None
            if found is not None:
                start, stop, scale, whole = found
                value = (share + whole) * _scale_factors(language)[fold(scale).lower()]
                yield _mention(value, NumberKind.INTEGER, (start, stop), text)
            at = lower.find(word, end)


@functools.cache
def _scale_factors(language: str) -> dict[str, int]:
    return {fold(word): factor for word, factor in scale_words(language).items()}


def _word_apart(text: str, at: int, end: int) -> bool:
    """Whether the word at ``at:end`` is one, not inside another ("behalf", "quartet", "منتصف",
    "أربعة"): an Arabic one may have a clitic on it ("ونصف")."""
    if text[end : end + 1].isalpha():
        return False
    before = text[at - 1 : at] if at else ""
    if before in CLITICS:
        before = text[at - 2 : at - 1] if at >= 2 else ""
    return not before.isalpha()


def _fraction_at(text: str, language: str, at: int, end: int) -> tuple[int, int, str, int] | None:
    """The fraction of a scale word whose fraction word is at ``at:end``: (start, end, the
    scale word, the whole number the fraction adds to), or None."""
    to_scale, scale_and_a_half = _fraction_patterns(language)
    offset = max(0, at - _FRACTION_REACH)
    before = text[offset:at]
    after = to_scale.match(text, end)
    if after is None:
        ahead = scale_and_a_half.search(before) if scale_and_a_half else None
        if ahead is None or text[at:end].lower() != "half":
            return None
        return offset + ahead.start(), end, ahead["s"], 1  # "a million and a half"
    lead = _BEFORE_FRACTION.get(language)
    start, plus = at, language in ("id", "ms")  # "dua setengah juta": the count before adds
    if lead is not None:
        led = lead.search(before)
        if led is not None:
            start, plus = offset + led.start(), bool(led.groupdict().get("plus"))
    whole = 0
    if plus:
        count = _count_and_start(text, start, language)
        if count is None and language not in ("id", "ms"):
            return None  # "he and a half million others": no count before the "and"
        if count is not None:
            whole, start = count
    return start, after.end(), after["s"], whole


# -- centuries in Roman numerals ----------------------------------------------------------------

# French numbers centuries in Roman numerals, as an ordinal: "au XIXe siècle" (the 19th),
# the ending in a superscript as typography sets it ("XIXᵉ", "Iᵉʳ") or, as it is typed at
# times, after a space ("XVIII ème siècle"). (Up to the twenty-ninth: "Le siècle", the
# century, is no fiftieth.)
# The ending of a French ordinal written in figures: "XIXe", "XIXème", "Ier", "XIXᵉ", "Iᵉʳ".
FRENCH_ORDINAL_ENDING = r"(?:e|ème|eme|er|ᵉ|ᵉʳ)"
_ROMAN_CENTURY = lazy(rf"(?P<r>{ROMAN_CENTURY_NUMERAL}) ?{FRENCH_ORDINAL_ENDING}\s+siècles?\b")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman_value(numeral: str) -> int | None:
    """The value of a Roman numeral (up to L), or None where the letters make none."""
    values = [_ROMAN[ch] for ch in numeral]
    total = sum(-v if v < nxt else v for v, nxt in zip(values, [*values[1:], 0], strict=True))
    return total if total > 0 and _to_roman(total) == numeral else None


def _to_roman(value: int) -> str:
    found = []
    for letters, amount in (("L", 50), ("XL", 40), ("X", 10), ("IX", 9), ("V", 5), ("IV", 4)):
        while value >= amount:
            found.append(letters)
            value -= amount
    return "".join(found) + "I" * value


def _roman_centuries(text: str) -> Iterator[NumberMention]:
    for match in _ROMAN_CENTURY.finditer(text):
        value = roman_value(match["r"])
        if value is not None:
            span = (match.start(), match.end("r"))
            yield NumberMention(Decimal(value), NumberKind.ORDINAL, span, text[span[0] : span[1]])


# A Roman numeral standing as a word after a word ("type I", "angiotensin II", "phase III"),
# which a translation often writes in digits (النوع 1, أنجيوتنسين 2).
# Spelled, not required: it only confirms a number the other side writes, since "I" is also
# a pronoun and "V" a letter. Centuries are read above, as ordinals.
# After a lower-case word or a Han character: after a name it is a king's ("Louis XIV") or
# the pronoun ("May I ask"). Not before a capitalised word: Balinese names open with "I"
# ("I Gusti Ngurah Rai").
# The pattern opens with its space, which the scan looks for at C speed (a look-behind first
# would be tried at every position of the text), and the word before it is looked at after.
_ROMAN_WORD = lazy(r" (?P<r>[IVX]{1,5})(?![\w-])(?! [A-Z][a-z])")
# A hyphen joins it as a space does: "type-I", "type-II", "phase-III". Scanned apart, from its
# own literal, where the text has one (a pattern opening with a class of two characters is
# searched character by character: 6 M instructions more on the ~1 MB checks pair).
_HYPHEN_ROMAN_WORD = lazy(r"-(?P<r>[IVX]{1,5})(?![\w-])(?! [A-Z][a-z])")
_HYPHEN_ROMAN = lazy(r"-[IVX]")
_LATIN_WORD_BEFORE = lazy(r"(\w+)[ -]$")
# Chinese and Japanese write them in Latin letters too: "I 型膜蛋白" (a type I membrane protein),
# before the Han noun they number, set apart by a space ("I 型和 II 型", types I and II;
# "III 期", phase III), at the start of a sentence as well.
_ROMAN_SUBTAGS = frozenset({"en", "fr", "id", "ms", "es", "pt", "it", "de", "nl", "zh", "ja"})
_ROMAN_BEFORE_HAN = lazy(r"(?P<r>[IVX]{1,5}) (?=[\u3400-\u4dbf\u4e00-\u9fff])")
_CJK_SUBTAGS = frozenset({"zh", "ja"})


def _roman_numerals(
    text: str, subtag: str, spaced: bool, hyphened: bool
) -> Iterator[NumberMention]:
    spans: set[tuple[int, int]] = set()
    words = (
        *(_ROMAN_WORD.finditer(text) if spaced else ()),
        *(_HYPHEN_ROMAN_WORD.finditer(text) if hyphened else ()),
    )
    for match in words:
        start = match.start("r")
        before = _LATIN_WORD_BEFORE.search(text, max(0, start - 40), start)
        if before is None or before[1][:1].isupper():
            continue  # (and none where no word stands before the space)
        spans.add(match.span("r"))
    if subtag in _CJK_SUBTAGS:
        for match in _ROMAN_BEFORE_HAN.finditer(text):
            start = match.start("r")
            if not text[start - 1 : start].isalnum():
                # No word's last letters ("HIV 病毒"), nor a letter glued to a word ("X光片",
                # an X-ray film: the old scan's "Han, space, numeral" reads that order).
                spans.add(match.span("r"))
    for start, end in sorted(spans):
        value = roman_value(text[start:end])
        if value is not None:
            yield NumberMention(
                Decimal(value), NumberKind.INTEGER, (start, end), text[start:end], spelled=True
            )


# -- approximate counts ----------------------------------------------------------------------------


def _approximate_counts(text: str) -> Iterator[NumberMention]:
    """French counts made nouns, in the singular: "une centaine" (about a hundred), "un millier"
    (``french.approximate_counts``)."""
    for start, end, count in approximate_counts(text):
        yield _mention(count, NumberKind.INTEGER, (start, end), text)


# -- year ranges ---------------------------------------------------------------------------------

_YEAR_RANGE = lazy(r"(?<![\d.,])(1[5-9]\d\d|20\d\d)\s?[-–〜～]\s?(\d\d)(?![\d.,]\d)")


def year_ranges(text: str, norm: str) -> Iterator[NumberMention]:
    """``1950-53``, ``1950～53年``: both years, the second completed from the first's century
    (only where it comes after the first, so that a score ``2019-18`` is left alone)."""
    for match in _YEAR_RANGE.finditer(norm):
        first, second = int(match[1]), int(match[1][:2] + match[2])
        if not first < second < first + 100:
            continue
        for value, (start, end) in ((first, match.span(1)), (second, match.span(2))):
            yield NumberMention(Decimal(value), NumberKind.YEAR, (start, end), text[start:end])


# -- decades named by two digits --------------------------------------------------------------------

# The part of a decade English names before it: "the mid-Sixties", "the early '60s".
_PART_OF_DECADE = r"(?:(?:early|mid|late)(?:-|\s+))?"
# A decade named by its tens alone, the century understood: French "les années 30", English
# "the '30s", Indonesian "tahun 30-an", Spanish "los años 30". Read as the year it starts in
# the last century, like an Arabic decade without its century (``_DEFAULT_CENTURY``), with the
# tens themselves as the other reading (the other version may write "1930" or "30").
_SHORT_DECADE = {
    "fr": lazy(r"\bann[ée]es\s+(?P<t>\d0)(?!\d|[,.]\d)", re.IGNORECASE),
    "en": lazy(rf"(?:\bthe\s+{_PART_OF_DECADE}|['’])(?P<t>\d0)['’]?s\b", re.IGNORECASE),
    "id": lazy(r"\btahun\s+(?P<t>\d0)-an\b", re.IGNORECASE),
    "es": lazy(r"\baños\s+(?P<t>\d0)(?!\d|[,.]\d)", re.IGNORECASE),
    "pt": lazy(r"\banos\s+(?P<t>\d0)(?!\d|[,.]\d)", re.IGNORECASE),
}
SHORT_DECADE_LANGUAGES = frozenset(_SHORT_DECADE)
# What each language's decade holds, lower-cased (its letters match no other letters in any
# case, but the "s" of English, which "ſ" matches too): a C-level search before the scan.
_DECADE_CUES = {
    "fr": ("ann",),
    "en": ("0s", "0ſ", "0'", "0’"),
    "id": ("0-an",),
    "es": ("año",),
    "pt": ("ano",),
}


def may_name_decade(low: str, subtag: str) -> bool:
    """Whether ``short_decades`` can find a decade in a text (``low``: lower-cased)."""
    return cues.holds_any(low, _DECADE_CUES.get(subtag, ()))


def short_decades(text: str, norm: str, subtag: str) -> Iterator[NumberMention]:
    """Decades named by their tens alone (``les années 30``: 1930, or 30)."""
    pattern = _SHORT_DECADE.get(subtag)
    for match in pattern.finditer(norm) if pattern else ():
        tens = int(match["t"])
        start, end = match.span("t")
        yield NumberMention(
            Decimal(_DEFAULT_CENTURY + tens),
            NumberKind.YEAR,
            (start, end),
            text[start:end],
            alternatives=(Decimal(tens),),
        )


# -- decades named by their tens in words -----------------------------------------------------------


# A decade said by its ten in words, the century understood, read like ``short_decades``'s and
# soft like an Arabic one: English says the ten in the plural ("the Seventies", its "y" to
# "ies"), Indonesian its tens' word with "-an" ("tahun tujuh puluhan", the seventies).
def _english_decades() -> dict[str, int]:
    return {word[:-1] + "ies": value for word, value in english.TENS.items()}


def _indonesian_decades() -> dict[str, int]:
    return {f"{word} puluhan": value * 10 for word, value in indonesian.UNITS.items() if value > 1}


_DECADE_WORDS = {"en": _english_decades, "id": _indonesian_decades}
_DECADE_BEFORE = {"en": rf"\bthe\s+{_PART_OF_DECADE}", "id": r"\btahun\s+"}


@functools.cache
def _decade_words(subtag: str) -> tuple[Mapping[str, int], frozenset[str], re.Pattern[str]]:
    """The decades' words of a language, their last words (what a text's words must hold
    before the scan) and the pattern that finds them."""
    words = _DECADE_WORDS[subtag]()
    last = frozenset(word.rsplit(maxsplit=1)[-1] for word in words)
    alternatives = "|".join(sorted(words, key=len, reverse=True))
    pattern = rf"{_DECADE_BEFORE[subtag]}(?P<d>{alternatives})\b".replace(" ", r"\s+")
    return words, last, re.compile(pattern, re.IGNORECASE)


# What a text's words must hold for a fraction of an hour or a decade in words, by language.
_WORDED = {
    "en": frozenset({"hour", *(word[:-1] + "ies" for word in english.TENS)}),
    "fr": frozenset({"heure"}),
    "id": frozenset({"jam", "puluhan"}),
    "ms": frozenset({"jam"}),
}


def _spelled_decades(text: str, subtag: str, vocabulary: frozenset[str]) -> Iterator[NumberMention]:
    """Decades named by their tens in words (``the Seventies``: 1970, or 70)."""
    if subtag not in _DECADE_WORDS:
        return
    words, last, pattern = _decade_words(subtag)
    if vocabulary.isdisjoint(last):
        return
    for match in pattern.finditer(text):
        tens = words[" ".join(match["d"].lower().split())]
        span = match.span("d")
        yield _mention(_DEFAULT_CENTURY + tens, NumberKind.YEAR, span, text, Decimal(tens))


# -- all of them -----------------------------------------------------------------------------------


def _after_space(text: str, word: str) -> bool:
    r"""Whether ``word`` is in ``text`` after a space of any kind (``\s``, which is
    ``str.isspace``): what ``_TEEN`` needs before its ``عشر``."""
    at = text.find(word, 1)
    while at != -1:
        if text[at - 1].isspace():
            return True
        at = text.find(word, at + 1)
    return False


def _arabic_idioms(text: str, fractions: bool) -> Iterator[NumberMention]:
    """The Arabic turns of phrase, each looked for only where the text holds what it needs
    (``fractions``: a word of ``fraction_words``)."""
    yield from _arabic_hours(text)  # first: "الحادية عشرة مساءً" is an hour, not a teen
    and_a_half = "ونصف" in text  # what both "and a half" phrases need (most texts lack it)
    if and_a_half:
        yield from _and_a_half(text)
    if fractions:
        yield from _fractions_of_scales(text, "ar", text)
    if and_a_half:
        yield from _noun_and_a_half(text)
    yield from _hour_fractions(text)
    if "مليار" in text or "ليون" in text:  # two searches (بليون, تريليون); most have neither
        yield from _lone_scales(text)
    if _after_space(text, "عشر"):  # most paragraphs have no teen: skip the scan word by word
        yield from _arabic_teens(text)
    if _may_name_decade(text):
        yield from _arabic_tens(text)
    yield from _arabic_counts(text)


# What ``_ROMAN_WORD`` needs: a space before one of its letters.
_SPACED_ROMAN = tuple(f" {letter}" for letter in "IVX")


def _roman_letters(text: str) -> bool:
    return "I" in text or "V" in text or "X" in text


def idiom_numbers(
    text: str, subtag: str, vocabulary: frozenset[str] | None = None
) -> Iterator[NumberMention]:
    """The numbers ``text`` (in the language ``subtag``) says by a turn of phrase.

    Where a few words make the pattern, it is run only where one of them is in the text
    (``in``, a C-level search; or among its words, ``vocabulary``, where the caller has them:
    ``words.lower_words``): most paragraphs say none of these, and a pattern behind a
    look-behind tries every position of the text."""
    lower = text if subtag == "ar" else text.lower()
    if vocabulary is None:
        vocabulary = lower_words(text)
    fractions = not vocabulary.isdisjoint(fraction_words(subtag))
    if subtag == "ar":
        yield from _arabic_idioms(text, fractions)
    if subtag == "fr":
        if "siècle" in lower:
            yield from _roman_centuries(text)
        if "aine" in lower or "millier" in lower:
            yield from _approximate_counts(text)
        yield from _french_lone_scales(text, vocabulary)
    if subtag in _ROMAN_SUBTAGS:
        spaced = cues.holds_any(text, _SPACED_ROMAN)
        hyphened = _HYPHEN_ROMAN.search(text) is not None
        if spaced or hyphened or (subtag in _CJK_SUBTAGS and _roman_letters(text)):
            yield from _roman_numerals(text, subtag, spaced, hyphened)
    if subtag == "en":
        yield from _english_hours(text, lower)
    if fractions and subtag != "ar":
        yield from _fractions_of_scales(text, subtag, lower)
    quick = _WORDED.get(subtag)  # a word each of these two needs: most paragraphs have none
    if quick is not None and not vocabulary.isdisjoint(quick):
        yield from _latin_hour_fractions(text, subtag, vocabulary)
        yield from _spelled_decades(text, subtag, vocabulary)
    yield from _half_and_decade(text, subtag, lower)
    yield from _clock_words(text, subtag, lower)
