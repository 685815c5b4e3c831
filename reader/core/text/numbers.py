"""Numbers as a reader means them: values, years, dates, percentages and amounts, across locales.

A translation that changes a number is the defect a reader can least afford, and the one a
machine translation hides best: ``1.000`` is a thousand in Indonesian and one in English,
``3,5 persen`` is ``3.5 في المئة`` is ``٣٫٥٪``, and ``15 Agustus`` is ``8月15日``. This module
reads every number mention of a text into a normalised value (a Decimal) with its kind and its
character span, so that two versions can be compared value by value. It is pure Python, no Qt.

Separators follow the text's language: Indonesian, French and most of Europe write a decimal
comma and a thousands dot; English, Chinese and Japanese the reverse; Arabic has its own
``٫`` and ``٬``. Where a text's convention is not known (Western digits in Arabic text, which
machine translation copies from either side), an ambiguous ``1.000`` keeps both readings.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from reader.core.text.languages import primary_subtag


class NumberKind(StrEnum):
    """What a number mention is: the unit of comparison between versions."""

    YEAR = "year"
    INTEGER = "integer"
    DECIMAL = "decimal"
    PERCENT = "percent"
    DATE = "date"  # a day of the month, with the month's number in ``NumberMention.month``
    MONTH = "month"  # a month named without a day ("Juli lalu"): the value is its number
    AMOUNT = "amount"  # with a currency: "Rp 5 triliun", "$3 billion", "٣ مليارات دولار"
    ORDINAL = "ordinal"  # "ke-2", "3rd", "2e", "الثاني"
    TIME = "time"  # a clock time; the value is minutes after midnight


Fact = tuple[str, Decimal]  # ("num" | "month" | "time", value): what two versions must share


@dataclass(frozen=True)
class NumberMention:
    """One number in a text.

    ``span`` is the character range of the whole mention in the text (``15 Agustus`` as a
    whole for a date). ``spelled`` marks numbers written in words (``tiga``, ``ثلاثة``): they
    confirm a number written in digits on the other side but are never required there, since
    translations spell small numbers freely (Arabic often writes two as a dual ending). An
    ambiguous numeral keeps its other readings in ``alternatives``.
    """

    value: Decimal
    kind: NumberKind
    span: tuple[int, int]
    text: str
    month: int | None = None
    spelled: bool = False
    alternatives: tuple[Decimal, ...] = ()

    @property
    def soft(self) -> bool:
        """True for mentions a translation may legitimately render without digits."""
        return self.spelled or (self.kind is NumberKind.ORDINAL and self.value <= 10)

    def readings(self) -> tuple[frozenset[Fact], ...]:
        """The facts this mention states, one set per possible reading."""
        return self._readings

    @functools.cached_property
    def _readings(self) -> tuple[frozenset[Fact], ...]:
        # Worked out once: the number check asks a mention for them several times. (A frozen
        # dataclass keeps a cached property: it is stored in the instance's __dict__, and is
        # no field, so equality, hashing and repr are unchanged.)
        if self.kind is NumberKind.DATE:
            return (frozenset({("num", self.value), ("month", Decimal(self.month or 0))}),)
        if self.kind is NumberKind.MONTH:
            return (frozenset({("month", self.value)}),)
        if self.kind is NumberKind.TIME:
            return (frozenset({("time", self.value)}),)
        return tuple(frozenset({("num", v)}) for v in (self.value, *self.alternatives))

    def describe(self) -> str:
        """The mention as a reader would name it: "15 August", "3.5%", "2019"."""
        if self.kind is NumberKind.DATE:
            return f"{_plain(self.value)} {MONTH_NAMES[self.month or 0]}"
        if self.kind is NumberKind.MONTH:
            return MONTH_NAMES[int(self.value)]
        if self.kind is NumberKind.TIME:
            hours, minutes = divmod(int(self.value), 60)
            return f"{hours:02d}:{minutes:02d}"
        suffix = "%" if self.kind is NumberKind.PERCENT else ""
        return f"{_plain(self.value)}{suffix}"


MONTH_NAMES = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _plain(value: Decimal) -> str:
    """A Decimal as a reader writes it in English: 3.50 → "3.5", 1E+6 → "1,000,000"; years
    and other numbers below 10,000 without a separator ("2019")."""
    value = value.normalize()
    if abs(value) < 10_000:
        return format(value, "f")
    return format(value, ",f")


# -- digits and conventions ----------------------------------------------------------------------

# Every decimal digit Reader meets mapped to ASCII, one character for one, so spans survive.
_DIGITS = str.maketrans(
    {chr(base + i): str(i) for base in (0x0660, 0x06F0, 0x0966, 0xFF10) for i in range(10)}
)
_OTHER_DIGITS = re.compile("[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\uff10-\uff19]")
ARABIC_DECIMAL = "\u066b"  # ٫
ARABIC_THOUSANDS = "\u066c"  # ٬
_SPACES = "\u00a0\u202f"  # no-break and narrow no-break spaces group thousands anywhere

# Languages that write a decimal comma and group thousands with a dot (or a space).
_COMMA_DECIMAL = frozenset(
    {"id", "ms", "jv", "su", "fr", "de", "es", "pt", "it", "nl", "tr", "ru", "uk", "el", "vi"}
)
# Languages that write a decimal point and group thousands with a comma.
_POINT_DECIMAL = frozenset({"en", "zh", "ja", "ko", "th", "hi", "he", "tl"})
# Everything else (Arabic, Persian, Urdu with Western digits) is ambiguous: both readings kept.

_NUMERAL = re.compile(rf"\d+(?:[.,{ARABIC_DECIMAL}{ARABIC_THOUSANDS}{_SPACES}]\d+)*")
# French also groups thousands with a plain space: "2 000 personnes".
_NUMERAL_SPACED = re.compile(
    rf"\d+(?:(?:[.,{ARABIC_DECIMAL}{ARABIC_THOUSANDS}{_SPACES}]| (?=\d{{3}}(?!\d)))\d+)*"
)
_SEPARATOR = re.compile(rf"[.,{ARABIC_DECIMAL}{ARABIC_THOUSANDS}{_SPACES} ]")


@dataclass(frozen=True)
class _Numeral:
    """A run of digits and separators read as one number (or None when it is not one)."""

    value: Decimal
    alternatives: tuple[Decimal, ...]
    is_decimal: bool
    grouped: bool  # written with a thousands separator


def _decimal(integer: str, fraction: str = "") -> Decimal:
    return Decimal(f"{integer or '0'}.{fraction}" if fraction else integer)


def _grouped(groups: list[str]) -> bool:
    """Whether digit groups are a valid thousands grouping: 1–3 digits, then threes (a lone
    group, with no separator in it, may be any length)."""
    if len(groups) == 1:
        return True
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


@functools.lru_cache(maxsize=1 << 14)
def _read_numeral(token: str, language: str) -> _Numeral | None:
    """The value of a numeral such as ``1.000,5``, ``١٬٠٠٠٫٥`` or ``3,5`` in ``language``;
    None when the separators make no number (``15.08.2022``)."""
    seps = _SEPARATOR.findall(token)
    if not seps:
        return _Numeral(Decimal(token), (), False, False)
    groups = _SEPARATOR.split(token)
    marks = [s for s in seps if s in f".,{ARABIC_DECIMAL}{ARABIC_THOUSANDS}"]
    kinds = set(marks)
    spaced = len(marks) < len(seps)  # spaces only ever group thousands
    if ARABIC_DECIMAL in kinds:
        decimal_mark: str | None = ARABIC_DECIMAL
    elif ARABIC_THOUSANDS in kinds:  # a Western mark beside ٬ is the decimal one
        decimal_mark = next((m for m in marks if m in ".,"), None)
    elif len(kinds) == 2:  # "1.000,5" or "1,000.5": the last mark is the decimal one
        decimal_mark = marks[-1]
    elif len(marks) == 1 and not spaced:
        return _single_mark(groups, marks[0], primary_subtag(language))
    elif len(marks) == 1 and seps[-1] == marks[0]:  # "1 000,5"
        decimal_mark = marks[0]
    else:  # one mark repeated, or spaces: thousands groups
        decimal_mark = None
    if decimal_mark is None:
        return _integer(groups)
    return _with_decimal(groups, seps, decimal_mark)


def _with_decimal(groups: list[str], seps: list[str], mark: str) -> _Numeral | None:
    if seps.count(mark) != 1 or seps[-1] != mark or not _grouped(groups[:-1]):
        return None
    return _Numeral(_decimal("".join(groups[:-1]), groups[-1]), (), True, len(groups) > 2)


def _integer(groups: list[str]) -> _Numeral | None:
    if not _grouped(groups):
        return None
    return _Numeral(Decimal("".join(groups)), (), False, True)


def _single_mark(groups: list[str], mark: str, language: str) -> _Numeral:
    """One ``.`` or ``,``: a decimal unless exactly three digits follow, which the language
    decides (``1.000`` is a thousand in Indonesian, ``1,000`` in English)."""
    head, tail = groups
    as_decimal = _Numeral(_decimal(head, tail), (), True, False)
    if len(tail) != 3 or head.startswith("0") or len(head) > 3:
        return as_decimal
    as_thousands = _Numeral(Decimal(head + tail), (), False, True)
    if language in _COMMA_DECIMAL:
        return as_thousands if mark == "." else as_decimal
    if language in _POINT_DECIMAL:
        return as_thousands if mark == "," else as_decimal
    first, other = (as_decimal, as_thousands) if mark == "." else (as_thousands, as_decimal)
    return replace(first, alternatives=(other.value,))


# -- words around a numeral ----------------------------------------------------------------------

_PERCENT_AFTER = re.compile(
    r"\s?(?:%|٪|％|persen\b|prosen\b|per\s?cent\b|percent\b|pour\s?cent\b|pourcent\b"
    r"|في\s?الما?ئة|في\s?المية|بالما?ئة|بالمية)",
    re.IGNORECASE,
)
_PERCENT_BEFORE = re.compile(r"(?:%|٪)\s?$")
_SCALES: dict[str, int] = {
    "ribu": 10**3,
    "rb": 10**3,
    "thousand": 10**3,
    "mille": 10**3,
    "ألف": 10**3,
    "ألفا": 10**3,
    "ألفًا": 10**3,
    "الف": 10**3,
    "آلاف": 10**3,
    "juta": 10**6,
    "jt": 10**6,
    "million": 10**6,
    "millions": 10**6,
    "مليون": 10**6,
    "ملايين": 10**6,
    "miliar": 10**9,
    "milyar": 10**9,
    "billion": 10**9,
    "billions": 10**9,
    "milliard": 10**9,
    "milliards": 10**9,
    "مليار": 10**9,
    "مليارات": 10**9,
    "بليون": 10**9,
    "triliun": 10**12,
    "trillion": 10**12,
    "trillions": 10**12,
    "تريليون": 10**12,
    "تريليونات": 10**12,
}
_CJK_SCALES: dict[str, int] = {
    "万亿": 10**12,
    "千万": 10**7,
    "百万": 10**6,
    "万": 10**4,
    "亿": 10**8,
    "億": 10**8,
    "千": 10**3,
}
_SCALE_AFTER = re.compile(
    r"\s?(?:(?P<word>" + "|".join(sorted(_SCALES, key=len, reverse=True)) + r")(?!\w)"
    r"|(?P<cjk>" + "|".join(sorted(_CJK_SCALES, key=len, reverse=True)) + "))",
    re.IGNORECASE,
)
# The rest of an Arabic number after its scale word: "58 ألفا و362", "3 ملايين و200 ألف".
_AND_REST = re.compile(r"\s*و\s?(\d{1,3})(?![\d.,٫٬])")
_CURRENCY_BEFORE = re.compile(r"(?:Rp\.?|IDR|US\$|USD|S\$|RM|EUR|\$|€|£|¥)\s?$")
_CURRENCY_AFTER = re.compile(
    r"\s?(?:rupiah|dolar|dollars?|euros?|yen|yuan|ringgit|روبي[ةه]|دولارا?ت?|يورو|ين|يوان"
    r"|美元|日元|元|円|ドル|ユーロ)(?!\w)",
    re.IGNORECASE,
)
_ORDINAL_SUFFIX = {
    "en": re.compile(r"(?:st|nd|rd|th)(?![^\W\d_])", re.IGNORECASE),
    "fr": re.compile(r"(?:er|re|ère|ème|eme|e)(?![^\W\d_])"),
}
_ORDINAL_BEFORE_ID = re.compile(r"\bke-?\s?$", re.IGNORECASE)
_TIME = re.compile(r"(?P<h>\d{1,2})(?P<sep>[:.])(?P<m>[0-5]\d)(?!\d|[.,:]\d)")
_TIME_CONTEXT_BEFORE = re.compile(r"(?:pukul|jam|pkl\.?|الساعة)\s*$", re.IGNORECASE)
_TIME_CONTEXT_AFTER = re.compile(r"\s*(?:WIB|WITA|WIT)\b")
_CJK_YEAR = re.compile(r"年")
_CJK_DATE = re.compile(r"(?P<m>\d{1,2})\s?月\s?(?:(?P<d>\d{1,2})\s?日)?")
_CJK_MONTH_WORDS = re.compile(r"(?P<m>十[一二]|[一二三四五六七八九十])月")
_KANJI_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


_LOOK_BEHIND = 24  # characters: the longest cue before a number ("le mois de ", "pukul ")


def _before(pattern: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """``pattern`` (anchored with ``$``) matched just before ``end``. Searching from the start
    of the text would try every position of a long paragraph, for every number."""
    return pattern.search(text, max(0, end - _LOOK_BEHIND), end)


def _is_latin_letter(ch: str) -> bool:
    return ch.isalpha() and ch < "\u0250"


# -- months --------------------------------------------------------------------------------------

_MONTHS: dict[str, dict[str, int]] = {
    "id": {
        "januari": 1,
        "februari": 2,
        "pebruari": 2,
        "maret": 3,
        "april": 4,
        "mei": 5,
        "juni": 6,
        "juli": 7,
        "agustus": 8,
        "september": 9,
        "oktober": 10,
        "november": 11,
        "nopember": 11,
        "desember": 12,
    },
    "en": {
        "january": 1,
        "february": 2,
        "march": 3,
        "april": 4,
        "may": 5,
        "june": 6,
        "july": 7,
        "august": 8,
        "september": 9,
        "october": 10,
        "november": 11,
        "december": 12,
        "jan.": 1,
        "feb.": 2,
        "aug.": 8,
        "sept.": 9,
        "sep.": 9,
        "oct.": 10,
        "nov.": 11,
        "dec.": 12,
    },
    "fr": {
        "janvier": 1,
        "février": 2,
        "fevrier": 2,
        "mars": 3,
        "avril": 4,
        "mai": 5,
        "juin": 6,
        "juillet": 7,
        "août": 8,
        "aout": 8,
        "septembre": 9,
        "octobre": 10,
        "novembre": 11,
        "décembre": 12,
        "decembre": 12,
    },
    "ar": {
        # Egyptian and Gulf names, then Levantine and Iraqi ones, then Maghrebi ones.
        "يناير": 1,
        "فبراير": 2,
        "مارس": 3,
        "أبريل": 4,
        "إبريل": 4,
        "ابريل": 4,
        "مايو": 5,
        "يونيو": 6,
        "يونيه": 6,
        "يوليو": 7,
        "يوليه": 7,
        "أغسطس": 8,
        "اغسطس": 8,
        "سبتمبر": 9,
        "أكتوبر": 10,
        "اكتوبر": 10,
        "نوفمبر": 11,
        "ديسمبر": 12,
        "كانون الثاني": 1,
        "شباط": 2,
        "آذار": 3,
        "نيسان": 4,
        "أيار": 5,
        "حزيران": 6,
        "تموز": 7,
        "آب": 8,
        "أيلول": 9,
        "تشرين الأول": 10,
        "تشرين الثاني": 11,
        "كانون الأول": 12,
        "جانفي": 1,
        "فيفري": 2,
        "أفريل": 4,
        "ماي": 5,
        "جوان": 6,
        "جويلية": 7,
        "أوت": 8,
    },
}
_MONTHS["ms"] = _MONTHS["id"]
_MONTHS["fa"] = _MONTHS["ur"] = _MONTHS["ar"]

# Month names that are also ordinary words ("may", the verb مارس "practised", the car نيسان)
# count as months only next to a day or a year, or after a word that announces a month.
_AMBIGUOUS_MONTHS = frozenset({"may", "march", "mars", "mei", "مارس", "نيسان", "ماي", "أوت"})
_MONTH_CUE_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|last|next|early|late|mid|this|of|bulan|pada|sejak|en|depuis"
    r"|le mois de)|شهر|في)[\s-]*$",
    re.IGNORECASE,
)
_MONTH_CUE_AFTER = re.compile(r"\s*(?:lalu|depan|ini|الماضي|المقبل|القادم|الحالي|dernier)\b")
_ARABIC_PREFIX = "[وفبل]?"


def _month_pattern(language: str) -> re.Pattern[str] | None:
    table = _MONTHS.get(language)
    if table is None:
        return None
    names = sorted(table, key=len, reverse=True)
    alternation = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    if language in ("ar", "fa", "ur"):
        return re.compile(rf"(?<!\w){_ARABIC_PREFIX}(?P<name>{alternation})(?!\w)")
    return re.compile(rf"(?<!\w)(?P<name>{alternation})(?![\w])", re.IGNORECASE)


_MONTH_PATTERNS = {language: _month_pattern(language) for language in _MONTHS}


@dataclass(frozen=True)
class _Month:
    start: int
    end: int
    number: int
    name: str


def _months(text: str, language: str) -> list[_Month]:
    pattern = _MONTH_PATTERNS.get(language)
    if pattern is None:
        return []
    table = _MONTHS[language]
    found = []
    for match in pattern.finditer(text):
        name = " ".join(match["name"].split())
        number = table.get(name) or table.get(name.lower())
        if number is None:
            continue
        if language == "en" and not name[0].isupper():
            continue  # "march", "may": verbs; English capitalises month names
        found.append(_Month(match.start(), match.end(), number, name))
    return found


# -- spelled-out numbers -------------------------------------------------------------------------

_SPELLED: dict[str, dict[str, int]] = {
    "id": {
        "satu": 1,
        "dua": 2,
        "tiga": 3,
        "empat": 4,
        "lima": 5,
        "enam": 6,
        "tujuh": 7,
        "delapan": 8,
        "sembilan": 9,
        "sepuluh": 10,
        "sebelas": 11,
        "seratus": 100,
        "seribu": 1000,
        "sejuta": 10**6,
        "pertama": 1,
        "kedua": 2,
        "ketiga": 3,
        "keempat": 4,
        "kelima": 5,
        "keenam": 6,
        "ketujuh": 7,
        "kedelapan": 8,
        "kesembilan": 9,
        "kesepuluh": 10,
    },
    "en": {
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "dozen": 12,
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
        "hundred": 100,
        "thousand": 1000,
        "first": 1,
        "second": 2,
        "third": 3,
        "fourth": 4,
        "fifth": 5,
        "sixth": 6,
        "seventh": 7,
        "eighth": 8,
        "ninth": 9,
        "tenth": 10,
        "both": 2,
    },
    "fr": {
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "neuf": 9,
        "dix": 10,
        "onze": 11,
        "douze": 12,
        "vingt": 20,
        "trente": 30,
        "cent": 100,
        "mille": 1000,
        "premier": 1,
        "première": 1,
        "deuxième": 2,
        "second": 2,
        "seconde": 2,
        "troisième": 3,
        "quatrième": 4,
        "cinquième": 5,
        "sixième": 6,
        "septième": 7,
        "huitième": 8,
        "neuvième": 9,
        "dixième": 10,
    },
    "ar": {
        "واحد": 1,
        "واحدة": 1,
        "اثنان": 2,
        "اثنين": 2,
        "اثنتان": 2,
        "اثنتين": 2,
        "ثلاث": 3,
        "ثلاثة": 3,
        "اربع": 4,
        "اربعة": 4,
        "خمس": 5,
        "خمسة": 5,
        "ست": 6,
        "ستة": 6,
        "سبع": 7,
        "سبعة": 7,
        "ثمان": 8,
        "ثماني": 8,
        "ثمانية": 8,
        "تسع": 9,
        "تسعة": 9,
        "عشر": 10,
        "عشرة": 10,
        "عشرون": 20,
        "عشرين": 20,
        "ثلاثون": 30,
        "ثلاثين": 30,
        "اربعون": 40,
        "اربعين": 40,
        "خمسون": 50,
        "خمسين": 50,
        "ستون": 60,
        "ستين": 60,
        "سبعون": 70,
        "سبعين": 70,
        "ثمانون": 80,
        "ثمانين": 80,
        "تسعون": 90,
        "تسعين": 90,
        "العشرين": 20,
        "الثلاثين": 30,
        "الاربعين": 40,
        "الخمسين": 50,
        "الستين": 60,
        "السبعين": 70,
        "الثمانين": 80,
        "التسعين": 90,
        "الحادي": 1,
        "الحادية": 1,
        "مئة": 100,
        "مائة": 100,
        "الف": 1000,
        "مليون": 10**6,
        "اول": 1,
        "الاول": 1,
        "الاولى": 1,
        "ثاني": 2,
        "الثاني": 2,
        "الثانية": 2,
        "ثالث": 3,
        "الثالث": 3,
        "الثالثة": 3,
        "الرابع": 4,
        "الرابعة": 4,
        "الخامس": 5,
        "الخامسة": 5,
        "السادس": 6,
        "السادسة": 6,
        "السابع": 7,
        "السابعة": 7,
        "الثامن": 8,
        "الثامنة": 8,
        "التاسع": 9,
        "التاسعة": 9,
        "العاشر": 10,
        "العاشرة": 10,
        # The dual of "country", "republic" and the like is written without a numeral.
        "كلا": 2,
        "كلتا": 2,
    },
}
_SPELLED["ms"] = _SPELLED["id"]
_ARABIC_WORD_PREFIXES = ("و", "ف", "ب", "ل", "ك")


@functools.lru_cache(maxsize=1 << 14)
def fold_arabic(word: str) -> str:
    """An Arabic word with its hamza seats, alef forms and vowel marks folded for lookup."""
    word = "".join(ch for ch in word if not unicodedata.combining(ch) and ch != "\u0640")
    return word.translate(str.maketrans("أإآٱ", "اااا"))


@functools.cache
def _spelled_forms(language: str) -> frozenset[str]:
    """Every way a spelled number of the language may be written, lower-cased: for Arabic,
    each alef of the table's folded forms in each of its seats (ا أ إ آ)."""
    forms: set[str] = set()
    for word in _SPELLED.get(language, {}):
        seats = [("ا", "أ", "إ", "آ") if ch == "ا" else (ch,) for ch in word]
        forms.update("".join(chars) for chars in itertools.product(*seats))
    return frozenset(forms)


@functools.lru_cache(maxsize=1 << 16)
def _spelled_value(word: str, language: str) -> int | None:
    table = _SPELLED.get(language)
    if table is None:
        return None
    if language in ("ar", "fa", "ur"):
        word = fold_arabic(word)
        if word in table:
            return table[word]
        if word[:1] in _ARABIC_WORD_PREFIXES and len(word) > 3:
            return table.get(word[1:])
        return None
    return table.get(word.lower())


# -- extraction ----------------------------------------------------------------------------------

# Called for every paragraph with the same few language tags: parsing the tag once each.
_primary_subtag = functools.lru_cache(maxsize=64)(primary_subtag)


def extract_numbers(text: str, language: str) -> list[NumberMention]:
    """Every number mention in ``text`` written in ``language``, in text order.

    Digits of any script count (``2019`` = ``٢٠١٩``); numbers that belong to a name or code
    (``G20``, ``COVID-19``, ``F-16``, ``5G``) are left out, since translations rewrite those
    freely (``مجموعة العشرين``).
    """
    language = _primary_subtag(language)
    # Translating every character is slow; most texts hold ASCII digits only.
    norm = text.translate(_DIGITS) if _OTHER_DIGITS.search(text) else text
    taken: list[tuple[int, int]] = []
    mentions: list[NumberMention] = []

    def add(mention: NumberMention | None) -> None:
        if mention is None:
            return
        start, end = mention.span
        if any(start < e and s < end for s, e in taken):
            return
        taken.append(mention.span)
        mentions.append(mention)

    vocabulary = _vocabulary(text)
    for mention in _times(text, norm, language):
        add(mention)
    if "月" in text:
        for mention in _cjk_dates(text, norm):
            add(mention)
    if "/" in norm:
        for mention in _slash_dates(text, norm, language):
            add(mention)
    months = _months(text, language) if vocabulary & _month_words(language) else []
    used_months: set[int] = set()
    for mention in _numerals(text, norm, language, months, used_months):
        add(mention)
    for month in months:
        if month.start not in used_months:
            add(_month_alone(text, month, language))
    if not vocabulary.isdisjoint(_spelled_forms(language)):
        for mention in _spelled(text, language):
            add(mention)
    return sorted(mentions, key=lambda m: m.span)


_PLAIN_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=512)
def lower_words(text: str) -> frozenset[str]:
    """The text's words (``\\w+``), lower-cased. Kept for the paragraph's other quick tests
    (the agency names of ``reader.core.checks.names``), which read the same words."""
    return frozenset(_PLAIN_WORD.findall(text.lower()))


def _vocabulary(text: str) -> frozenset[str]:
    """The text's words, lower-cased, with Arabic clitics taken off too: a cheap test of
    whether a month name or a spelled number can be in the text at all."""
    found = lower_words(text)
    if not _CLITIC_LETTER.search(text):
        return found  # no word can start with a clitic (any text without Arabic letters)
    return found | {w[1:] for w in found if w[:1] in _ARABIC_WORD_PREFIXES}


_CLITIC_LETTER = re.compile(f"[{''.join(_ARABIC_WORD_PREFIXES)}]")


@functools.cache
def _month_words(language: str) -> frozenset[str]:
    """Every word of every month name of a language, lower-cased."""
    return frozenset(
        part.rstrip(".") for name in _MONTHS.get(language, {}) for part in name.lower().split()
    )


def _times(text: str, norm: str, language: str) -> Iterator[NumberMention]:
    """Clock times: ``10:30`` anywhere, ``10.30`` in Indonesian or beside a time cue."""
    for match in _TIME.finditer(norm):
        before = norm[match.start() - 1 : match.start()]
        if int(match["h"]) > 24 or (before and before in "0123456789.,:"):
            continue
        if match["sep"] == "." and not (
            language in ("id", "ms")
            or _before(_TIME_CONTEXT_BEFORE, text, match.start())
            or _TIME_CONTEXT_AFTER.match(text, match.end())
        ):
            continue
        minutes = int(match["h"]) * 60 + int(match["m"])
        yield NumberMention(
            Decimal(minutes), NumberKind.TIME, match.span(), text[match.start() : match.end()]
        )


_SLASH_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])")


def _slash_dates(text: str, norm: str, language: str) -> Iterator[NumberMention]:
    """``Senin (15/8)``: day and month (month first in English, ``8/15``), year optional."""
    for match in _SLASH_DATE.finditer(norm):
        first, second = int(match[1]), int(match[2])
        day, month = (second, first) if language == "en" else (first, second)
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        end = match.end(2)
        yield NumberMention(
            Decimal(day), NumberKind.DATE, (match.start(), end), text[match.start() : end], month
        )
        if match[3]:
            year = int(match[3]) + (2000 if len(match[3]) == 2 else 0)
            span = match.span(3)
            yield NumberMention(Decimal(year), NumberKind.YEAR, span, text[span[0] : span[1]])


def _cjk_dates(text: str, norm: str) -> Iterator[NumberMention]:
    """``8月15日`` (a date), ``7月`` and ``七月`` (a month), ``2019年`` (a year)."""
    for match in _CJK_DATE.finditer(norm):
        if match.start() and norm[match.start() - 1].isdigit():
            continue
        month = int(match["m"])
        if not 1 <= month <= 12:
            continue
        span = match.span()
        if match["d"] and 1 <= int(match["d"]) <= 31:
            yield NumberMention(
                Decimal(match["d"]), NumberKind.DATE, span, text[span[0] : span[1]], month
            )
        else:
            span = (match.start(), match.start("m") + len(match["m"]) + 1)
            yield NumberMention(
                Decimal(month), NumberKind.MONTH, span, text[span[0] : span[1]].rstrip()
            )
    for match in _CJK_MONTH_WORDS.finditer(text):
        word = match["m"]
        month = 10 + _KANJI_DIGITS.get(word[1], 0) if word.startswith("十") else _KANJI_DIGITS[word]
        yield NumberMention(Decimal(month), NumberKind.MONTH, match.span(), match[0])


def _numerals(
    text: str, norm: str, language: str, months: list[_Month], used_months: set[int]
) -> Iterator[NumberMention]:
    pattern = _NUMERAL_SPACED if language == "fr" else _NUMERAL
    for match in pattern.finditer(norm):
        start, end = match.span()
        if start and norm[start - 1].isdigit():
            continue
        numeral = _read_numeral(match[0], language)
        if numeral is None:
            yield from _split_runs(text, norm, language, start, end)
            continue
        yield from _classify(text, norm, language, start, end, numeral, months, used_months)


def _split_runs(
    text: str, norm: str, language: str, start: int, end: int
) -> Iterator[NumberMention]:
    """A run that is no single number (``15.08.2022``, ``1,2,3``): each group on its own."""
    for match in re.finditer(r"\d+", norm[start:end]):
        s, e = start + match.start(), start + match.end()
        value = Decimal(match[0])
        kind = NumberKind.YEAR if len(match[0]) == 4 and 1000 <= value <= 2100 else None
        yield NumberMention(value, kind or NumberKind.INTEGER, (s, e), text[s:e])


def _belongs_to_name(text: str, norm: str, start: int, end: int) -> bool:
    """``G20``, ``MH17``, ``COVID-19``, ``كوفيد-19``, ``5G``: a number inside a name or code."""
    before = norm[start - 1] if start else ""
    if _is_latin_letter(before) and not _before(_CURRENCY_BEFORE, text, start):
        return True
    if before == "-" and start >= 2 and norm[start - 2].isalpha():
        return True
    after = norm[end : end + 2]
    return (
        bool(after)
        and after[0].isupper()
        and _is_latin_letter(after[0])
        and (len(after) == 1 or not after[1].islower())
    )


def _classify(
    text: str,
    norm: str,
    language: str,
    start: int,
    end: int,
    numeral: _Numeral,
    months: list[_Month],
    used_months: set[int],
) -> Iterator[NumberMention]:
    """Turn one numeral into a mention, reading the words around it."""
    ordinal_prefix = _before(_ORDINAL_BEFORE_ID, text, start) if language in ("id", "ms") else None
    if ordinal_prefix:
        span_start = ordinal_prefix.start()
        yield NumberMention(
            numeral.value, NumberKind.ORDINAL, (span_start, end), text[span_start:end]
        )
        return
    if _belongs_to_name(text, norm, start, end):
        return
    suffix = _ORDINAL_SUFFIX.get(language)
    ordinal = suffix.match(text, end) if suffix and not numeral.is_decimal else None
    date = _date_around(text, start, end, numeral, months, ordinal)
    if date is not None:
        month, span = date
        used_months.add(month.start)
        yield NumberMention(
            numeral.value, NumberKind.DATE, span, text[span[0] : span[1]], month.number
        )
        return
    if ordinal:
        yield NumberMention(
            numeral.value, NumberKind.ORDINAL, (start, ordinal.end()), text[start : ordinal.end()]
        )
        return
    yield _quantity(text, start, end, numeral)


def _date_around(
    text: str,
    start: int,
    end: int,
    numeral: _Numeral,
    months: list[_Month],
    ordinal: re.Match[str] | None,
) -> tuple[_Month, tuple[int, int]] | None:
    """The month that makes this numeral a day of the month: "15 Agustus", "August 15"."""
    if numeral.is_decimal or numeral.grouped or not 1 <= numeral.value <= 31:
        return None
    day_end = ordinal.end() if ordinal else end
    for month in months:
        gap = text[day_end : month.start]
        if month.start >= day_end and re.fullmatch(r"\s*(?:de\s+|of\s+|من\s+)?", gap):
            return month, (start, month.end)
        gap = text[month.end : start]
        if month.end <= start and re.fullmatch(r"\.?\s*", gap) and gap:
            return month, (month.start, day_end)
    return None


def _quantity(text: str, start: int, end: int, numeral: _Numeral) -> NumberMention:
    """A plain number, a year, a percentage or an amount, with its scale word applied."""
    value, alternatives = numeral.value, numeral.alternatives
    span_start, span_end = start, end
    kind = NumberKind.DECIMAL if numeral.is_decimal else NumberKind.INTEGER
    scale = _SCALE_AFTER.match(text, end)
    if scale:
        factor = _SCALES.get((scale["word"] or "").lower()) or _CJK_SCALES[scale["cjk"]]
        value = value * factor
        alternatives = tuple(a * factor for a in alternatives)
        span_end = scale.end()
        rest = _AND_REST.match(text.translate(_DIGITS), span_end)
        if rest and int(rest[1]) < factor:  # "58 ألفا و362": 58,362
            value += int(rest[1])
            alternatives = tuple(a + int(rest[1]) for a in alternatives)
            span_end = rest.end()
    percent = _PERCENT_AFTER.match(text, span_end) or _before(_PERCENT_BEFORE, text, start)
    currency_before = _before(_CURRENCY_BEFORE, text, start)
    currency_after = _CURRENCY_AFTER.match(text, span_end)
    if percent:
        kind = NumberKind.PERCENT
        if percent.start() >= span_end:
            span_end = percent.end()
        else:
            span_start = percent.start()
    elif currency_before or currency_after:
        kind = NumberKind.AMOUNT
        span_start = currency_before.start() if currency_before else span_start
        span_end = currency_after.end() if currency_after else span_end
    elif not scale and not numeral.grouped and not numeral.is_decimal and end - start == 4:
        if 1000 <= value <= 2100:
            kind = NumberKind.YEAR
    elif scale:
        kind = NumberKind.DECIMAL if value != value.to_integral_value() else NumberKind.INTEGER
    return NumberMention(
        _normal(value),
        kind,
        (span_start, span_end),
        text[span_start:span_end],
        alternatives=tuple(_normal(a) for a in alternatives),
    )


def _normal(value: Decimal) -> Decimal:
    """One canonical Decimal per value, so that 3.50, 3.5 and 35E-1 print alike."""
    try:
        normal = value.normalize()
    except InvalidOperation:  # pragma: no cover - Decimal of digits always normalises
        return value
    return normal.quantize(Decimal(1)) if normal == normal.to_integral_value() else normal


def _month_alone(text: str, month: _Month, language: str) -> NumberMention | None:
    """A month named without a day ("Juli lalu", "يوليو الماضي"), when it is one."""
    ambiguous = month.name.lower() in _AMBIGUOUS_MONTHS or fold_arabic(month.name) in {
        fold_arabic(m) for m in _AMBIGUOUS_MONTHS
    }
    if ambiguous and not (
        _before(_MONTH_CUE_BEFORE, text, month.start)
        or _MONTH_CUE_AFTER.match(text, month.end)
        or re.match(r"\s*\d{4}", text[month.end :].translate(_DIGITS))
    ):
        return None
    return NumberMention(
        Decimal(month.number),
        NumberKind.MONTH,
        (month.start, month.end),
        text[month.start : month.end],
    )


@functools.cache
def _spelled_pattern(language: str) -> re.Pattern[str] | None:
    """One pattern for the spelled numbers of a language (Arabic with its clitics and every
    seat of the hamza), so that a text is scanned once rather than word by word."""
    table = _SPELLED.get(language)
    if table is None:
        return None
    names = sorted(table, key=len, reverse=True)
    if language in ("ar", "fa", "ur"):
        alternation = "|".join(n.replace("ا", "[اأإآ]") for n in names)
        return re.compile(rf"(?<!\w)[وفبلك]?(?:{alternation})(?!\w)")
    return re.compile(rf"(?<!\w)(?:{'|'.join(names)})(?!\w)", re.IGNORECASE)


def _spelled(text: str, language: str) -> Iterator[NumberMention]:
    pattern = _spelled_pattern(language)
    if pattern is None:
        return
    found = [
        (match.start(), match.end(), value)
        for match in pattern.finditer(text)
        if (value := _spelled_value(match[0], language)) is not None
    ]
    for start, end, number in _compounds(text, found, language):
        amount = Decimal(number)
        scale = _SCALE_AFTER.match(text, end)
        if scale and scale["word"]:
            amount *= _SCALES[scale["word"].lower()]
            end = scale.end()
        word = text[start:end].split()[0]
        kind = NumberKind.ORDINAL if _looks_ordinal(word, language) else NumberKind.INTEGER
        yield NumberMention(_normal(amount), kind, (start, end), text[start:end], spelled=True)


# Between the parts of a spelled compound: Arabic puts the units first and joins with و
# ("الثاني والأربعين", 42nd); English hyphenates the tens first ("forty-two", "forty-second").
_COMPOUND_GAP = {"ar": re.compile(r"\s+"), "en": re.compile(r"[-\s]")}


def _compounds(
    text: str, found: list[tuple[int, int, int]], language: str
) -> Iterator[tuple[int, int, int]]:
    """Spelled numbers with compounds merged: (start, end, value)."""
    gap = _COMPOUND_GAP.get(language)
    index = 0
    while index < len(found):
        start, end, value = found[index]
        if gap and index + 1 < len(found):
            next_start, next_end, next_value = found[index + 1]
            units, tens = (value, next_value) if language == "ar" else (next_value, value)
            joined = gap.fullmatch(text, end, next_start) and (
                language != "ar" or text.startswith("و", next_start)
            )
            if joined and units < 10 and tens % 10 == 0 < tens < 100:
                yield start, next_end, units + tens
                index += 2
                continue
        yield start, end, value
        index += 1


def _looks_ordinal(word: str, language: str) -> bool:
    """Spelled ordinals ("ketiga", "third", "الثالث") as opposed to cardinals."""
    if language in ("ar", "fa", "ur"):
        word = fold_arabic(word)
        if word[:1] in _ARABIC_WORD_PREFIXES and word[1:3] == "ال":
            word = word[1:]
        return word.startswith("ال") or word in ("اول", "ثاني", "ثالث")
    word = word.lower()
    if language in ("id", "ms"):
        return word == "pertama" or (word.startswith("ke") and word != "kedua")
    return word in _ORDINAL_WORDS


_ORDINAL_WORDS = frozenset(
    (
        *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"),
        *("ninth", "tenth", "premier", "première", "deuxième", "seconde", "troisième"),
        *("quatrième", "cinquième", "sixième", "septième", "huitième", "neuvième", "dixième"),
    )
)
