"""Month names, from CLDR (through Babel): wide and abbreviated, in their format and stand-alone
forms, in every language Babel knows.

Arabic names the months one way in Egypt and the Gulf (``يوليو``), another in the Levant and
Iraq (``تموز``), another in Algeria and Tunisia (``جويلية``) and in Morocco (``يوليوز``): CLDR has
each in its regional locale, and an Arabic text is read with all of them
(``_REGIONAL``; ``tests/test_textlayer.py`` checks that no regional locale of CLDR names a
month otherwise). Kept by hand, because CLDR lacks them: the Egyptian ``يونيه`` and ``يوليه`` and the
older Indonesian spellings ``Pebruari`` and ``Nopember``. A name is also read without its
accents (``fevrier``, ``aout``) and with any seat of the hamza (``ابريل``).

An abbreviation counts only beside a day (``Aug. 15``, ``15 Agu``); a month named alone must be
written in full, and where CLDR capitalises a language's months (English, Indonesian, German)
a lower-case word is not one (``march``, ``may``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from reader.core.text.arabic import CLITICS
from reader.core.text.fold import fold
from reader.core.text.numbers import cues
from reader.core.text.numbers.cldr import locale_for

# Regional locales whose month names differ from their language's, in CLDR (the fewest that
# hold every wide name of every region of the language written in its script).
_REGIONAL = {
    "ar": ("ar_DZ", "ar_IQ", "ar_MA", "ar_MR"),  # Maghrebi, Levantine, Moroccan, Mauritanian
    "de": ("de_AT",),  # Jänner
    "en": ("en_GB",),  # Sept
    "es": ("es_PE",),  # setiembre
    "fa": ("fa_AF",),  # Dari: جنوری
}
_SUPPLEMENT = {"id": {"Pebruari": 2, "Nopember": 11}, "ar": {"يونيه": 6, "يوليه": 7}}
# Japanese writes months with Han numerals too (七月), as Chinese does.
_ALSO = {"ja": ("zh",)}
_ARABIC_SEATS = {"ا": "[اأإآٱ]", "ي": "[يىئ]", "ه": "[هة]", "و": "[وؤ]"}


@dataclass(frozen=True)
class Month:
    """A month name found in a text."""

    start: int
    end: int
    number: int
    name: str
    abbreviated: bool


@dataclass(frozen=True)
class _Table:
    names: Mapping[str, tuple[int, bool]]  # folded name → (month, abbreviated)
    words: frozenset[str]  # every word of every name, lower-cased and folded: the quick test
    pattern: re.Pattern[str] | None
    capitalised: bool  # CLDR capitalises this language's month names
    han: bool  # written in Han characters, without spaces around
    written: frozenset[str]  # every name as CLDR (or the supplement) writes it


# A clitic on a month name this short makes an ordinary word or a name far more often than a
# month ("باب", a door; "كاب", a name; "وأب", and a father): only longer names are read with
# one, or a short one written as CLDR writes it, its madda kept ("وآب", and August), which
# folding to any seat of the hamza would lose.
_SHORTEST_WITH_CLITIC = 2


def months_in(text: str, language: str) -> list[Month]:
    """The month names in ``text``, in order."""
    table = _table(language)
    if table.pattern is None:
        return []
    found = []
    for match in table.pattern.finditer(text):
        name = " ".join(match["name"].split())
        entry = table.names.get(fold(name).rstrip("."))
        if entry is None or (table.capitalised and not name[0].isupper()):
            continue
        if (
            match.start("name") > match.start()
            and len(fold(name)) <= _SHORTEST_WITH_CLITIC
            and name not in table.written
        ):
            continue  # "باب" (a door) and "كاب" (a name) are no "in August" (آب)
        found.append(Month(match.start(), match.end(), entry[0], name, entry[1]))
    return found


# A text in another language written in Latin letters keeps a date's month in English at times,
# quoted or left untranslated ("19 March 1993" in Indonesian, "le 4 July"): English's names are
# read in it too, only as a day's month (the reader's ``_date_around``), never alone, where
# "May" and "March" are words of other languages' texts as much as months.
_BORROWED_FROM = "en"
_LATIN_LAST = "\u024f"  # the last letter of Latin Extended-B


def borrowed_months(text: str, language: str, vocabulary: frozenset[str]) -> list[Month]:
    """The English month names in ``text``, written in ``language``, that its own names are
    not: where it is written in Latin letters and is not English (else none). ``vocabulary``:
    the text's words (``words.lower_words``), a quick test first."""
    borrowed = _borrowed_words(language)
    if borrowed is None or vocabulary.isdisjoint(borrowed):
        return []
    own = {month.start for month in months_in(text, language)}
    return [m for m in months_in(text, _BORROWED_FROM) if m.start not in own]


# Alone, without a day, a borrowed English name is a month only where the text says so: after
# its language's word for "month" ("pada bulan July", "le mois de June") or before a year
# ("dan June 1887"; ``cues.YEAR_AFTER``). Elsewhere "May" and "March" stay a name or a word.
_MONTH_OF = r"(?:\s+(?:de|of)\s+|\s+d['’]|\s+)$"  # "le mois de July", "mois d'August"


@functools.lru_cache(maxsize=32)
def month_word(language: str) -> str | None:
    """``language``'s word for "month", lower-cased ("bulan", "mois", "mes"), or None. CLDR
    names the month field only in its relative phrases ("bulan lalu", "bulan ini", "bulan
    depan"; "le mois dernier", "ce mois-ci"): the word they share, the longest where they share
    a preposition too (Polish "w zeszłym miesiącu", "w tym miesiącu")."""
    locale = locale_for(language)
    if locale is None:
        return None
    try:
        relative = locale._data["date_fields"]["month"]["relative"]
    except KeyError:
        return None
    shared = set.intersection(*(set(re.findall(r"\w+", str(p).lower())) for p in relative.values()))
    return max(sorted(shared), key=len) if shared else None


@functools.lru_cache(maxsize=32)
def _month_word_before(language: str) -> re.Pattern[str] | None:
    word = month_word(language)
    return re.compile(rf"\b{re.escape(word)}{_MONTH_OF}", re.IGNORECASE) if word else None


def borrowed_alone(text: str, month: Month, language: str) -> bool:
    """Whether a borrowed English month named without a day is a month: written in full,
    after the language's word for "month" (``month_word``) or before a year."""
    if month.abbreviated:
        return False
    if cues.YEAR_AFTER.match(text, month.end):
        return True
    pattern = _month_word_before(language.split("-")[0].lower())
    return bool(pattern and pattern.search(text, max(0, month.start - 24), month.start))


@functools.lru_cache(maxsize=32)
def _borrowed_words(language: str) -> frozenset[str] | None:
    """The words of the English month names where ``language`` borrows them: its own month
    names are all in Latin letters, and it is not English; else None."""
    primary = language.split("-")[0].lower()
    own = _table(primary).words
    if primary == _BORROWED_FROM or not own or any(ch > _LATIN_LAST for w in own for ch in w):
        return None
    return _table(_BORROWED_FROM).words


@functools.lru_cache(maxsize=64)
def month_words(language: str, *, borrowed: bool = False) -> frozenset[str] | None:
    """Every word of every month name of ``language``, lower-cased and folded too: the quick
    test's (None where months are written in Han characters, which ``月`` ends); with
    ``borrowed``, and of the English names it may borrow (``borrowed_months``)."""
    table = _table(language)
    if table.han:
        return None
    extra = _borrowed_words(language) if borrowed else None
    return table.words | extra if extra else table.words


@functools.lru_cache(maxsize=32)
def _table(language: str) -> _Table:
    primary = language.split("-")[0].lower()
    names: dict[str, tuple[int, bool]] = {}
    written: set[str] = set()
    for code in (language, *_REGIONAL.get(primary, ()), *_ALSO.get(primary, ())):
        for name, number, abbreviated in _cldr_names(code):
            if any(ch.isdigit() for ch in name):
                continue  # "8月": read as a date of digits
            written.add(name.rstrip("."))
            names.setdefault(fold(name).rstrip("."), (number, abbreviated))
    for name, number in _SUPPLEMENT.get(primary, {}).items():
        written.add(name)
        names.setdefault(fold(name), (number, False))
    han = primary in ("zh", "ja")
    words = frozenset(
        part for name in written | set(names) for part in name.lower().split() if part
    )
    locale = locale_for(language)
    wide = [str(n) for n in locale.months["format"]["wide"].values()] if locale else []
    capitalised = bool(wide) and all(n[:1].isupper() for n in wide) and not han
    pattern = _pattern(written | set(names), primary, han)
    return _Table(names, words, pattern, capitalised, han, frozenset(written))


def _pattern(names: set[str], language: str, han: bool) -> re.Pattern[str] | None:
    if not names:
        return None
    ordered = sorted(names, key=len, reverse=True)
    if han:
        return re.compile("(?P<name>" + "|".join(map(re.escape, ordered)) + ")")
    if language in ("ar", "fa", "ur"):
        alternation = "|".join(_arabic_pattern(fold(n)) for n in ordered)
        return re.compile(rf"(?<!\w)[{CLITICS}]?(?P<name>{alternation})(?!\w)")
    alternation = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in ordered)
    return re.compile(rf"(?<!\w)(?P<name>{alternation})(?!\w)", re.IGNORECASE)


def _arabic_pattern(folded: str) -> str:
    """A folded Arabic name matching every way of writing it: any hamza seat, ى for ي, ة for ه."""
    return "".join(
        r"\s+" if ch.isspace() else _ARABIC_SEATS.get(ch, re.escape(ch)) for ch in folded
    )


def _cldr_names(code: str) -> Iterator[tuple[str, int, bool]]:
    """(name, month, abbreviated) for every wide and abbreviated name of a locale."""
    locale = locale_for(code)
    if locale is None:
        return
    months = locale.months
    for context in ("format", "stand-alone"):
        for width, abbreviated in (("wide", False), ("abbreviated", True)):
            for number, name in months[context][width].items():
                yield str(name), int(number), abbreviated
