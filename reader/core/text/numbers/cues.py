"""The words around a number that say what it counts: a percentage, a currency, an ordinal, a
clock time, a month. Small tables of the words news in Reader's languages writes; CLDR has
percent signs and currency symbols but not ``persen`` or ``في المئة``, nor the cue words."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from reader.core.text.numbers.cldr import at_time_words
from reader.core.text.patterns import lazy

# CLDR's Arabic percent sign in Western digits is "\u200e%\u200e", the left-to-right mark
# keeping it beside its number (ICU writes "36\u200e%\u200e").
PERCENT_AFTER = lazy(
    r"\s?\u200e?(?:%|٪|％|パーセント|persen\b|prosen\b|per\s?cent\b|percent\b|pour\s?cent\b|pourcent\b"
    r"|por\s?ciento\b|prozent\b|في\s?الما?ئة|في\s?المية|بالما?ئة|بالمية)",
    re.IGNORECASE,
)
PERCENT_BEFORE = lazy(r"(?:%|٪)\s?$")
CURRENCY_BEFORE = lazy(r"(?:Rp\.?|IDR|US\$|USD|S\$|RM|EUR|\$|€|£|¥|￥)\s?$")
CURRENCY_AFTER = lazy(
    r"\s?(?:(?:de\s|d['’])?(?:rupiah|roupies?|rupias?|dolar|dollars?|d[oó]lares|euros?|yen|yuan|ringgit)"
    r"|روبي[ةه]|دولارا?ت?|يورو|ين|يوان"
    r"|美元|日元|元|英镑|英鎊|欧元|歐元|円|ドル|ユーロ|ポンド"
    # The symbols CLDR's currency formats put after the amount: "5,00 €", "3,50 $US", "US$".
    r"|US\$|\$US|[€$£¥￥])(?!\w)",
    re.IGNORECASE,
)
# "3rd", "2e": suffixes that make a numeral an ordinal, by language.
ORDINAL_SUFFIX = {
    "en": lazy(r"(?:st|nd|rd|th)(?![^\W\d_])", re.IGNORECASE),
    "fr": lazy(r"(?:er|re|ère|ème|eme|e|ᵉʳ|ᵉ)s?(?![^\W\d_])"),  # "1ers", "2es", "1res": plurals
}
ORDINAL_BEFORE = {"id": lazy(r"\bke-?\s?$", re.IGNORECASE)}  # "ke-2", "ke 42"
ORDINAL_BEFORE["ms"] = ORDINAL_BEFORE["id"]

# Clock times: "10:30" anywhere; "10.30" in Indonesian and Malay, or beside a cue.
# (The full-width colon is Chinese and Japanese typing: "下午5：30".)
# Seconds after a colon's minutes belong to the time (CLDR's medium time: "14:58:33"); a
# dotted time with seconds ("14.58.33") is left unread, as the dotted time is also a decimal.
# The Arabic comma stands between hour and minutes too, beside a cue ("15،00 UTC").
TIME = lazy(
    r"(?P<h>\d{1,2})(?P<sep>[:.：،])(?P<m>[0-5]\d)(?:(?<=[:：]\d\d)[:：][0-5]\d)?"
    r"(?!\d|[.,:：،]\d)"
)
TIME_DOT_LANGUAGES = frozenset({"id", "ms"})
TIME_BEFORE = lazy(r"(?:pukul|jam|pkl\.?|الساعة)\s*$", re.IGNORECASE)
# Time zones news writes after a clock time. A zone is a word of its own: "6.47 with" is no
# 6.47 WIT (eastern Indonesia's time).
TIME_ZONES = ("WIB", "WITA", "WIT", "GMT", "BST", "UTC")
_ZONE = rf"(?:{'|'.join(TIME_ZONES)})\b"
TIME_AFTER = lazy(
    rf"\s*(?:{_ZONE}|[ap]\.?m\b\.?|صباح|مساء|ظهر|ليل\u064b?ا)",
    re.IGNORECASE,
)
# A zone after four digits, as written (capitals): the 24-hour clock's hours and minutes
# written together, "1200 GMT", "0930 UTC", where four digits alone are a year.
ZONE_AFTER = lazy(rf"[ \u00a0]?{_ZONE}")


@functools.lru_cache(maxsize=64)
def at_time(language: str) -> re.Pattern[str] | None:
    """The language's word for "at" before a clock time (``cldr.at_time_words``: "at 23.45",
    "à 14.30", "um 9.15"), anchored for ``before``; None where CLDR has none."""
    words = at_time_words(language)
    if words is None:
        return None
    spaced = r"\s+".join(map(re.escape, words.split()))
    return re.compile(rf"(?<!\w){spaced}\s+$", re.IGNORECASE)


# After a time, the rest of a range whose second end has the cue, which is both ends': "6.30-10am",
# "9.30 to 11.30pm", "7.30–9 WIB", "من 6.30 إلى 10 صباحًا".
RANGE_TO = lazy(
    r"\s*(?:[-–]|to\b|until\b|till\b|hingga\b|sampai\b|[إا]لى\b|حتى\b)"
    r"\s*(?P<h>\d{1,2})(?:[.:：][0-5]\d)?(?![\d.,:])",
    re.IGNORECASE,
)
# After a time, a cue that it is past noon: "5.30pm", "5:30 مساءً".
# CLDR's abbreviations of the afternoon are among them: "PTG" (Malay petang), Arabic "م".
AFTERNOON = lazy(
    r"\s*(?:p\.?m\b|مساء|م(?!\w)|ليل\u064b?ا|sore\b|malam\b|ptg\b|petang\b|du soir\b"
    r"|de l['’]après-midi\b)",
    re.IGNORECASE,
)
# After a time, a cue that it is before noon, which makes twelve o'clock midnight ("12:00 AM",
# and CLDR's "12:00 PG", "12:00 ص").
MORNING = lazy(r"\s*(?:a\.?m\b|pg\b|pagi\b|ص(?!\w))", re.IGNORECASE)
# Before a time, the same cue in Chinese and Japanese: "下午5：30", "午後7:30".
AFTERNOON_BEFORE = lazy(r"(?:下午|午後|晚上|傍晚)\s?$")
# Midday, which makes an hour up to six the afternoon's: "pukul 2 siang", "الساعة 1 ظهرًا".
MIDDAY = lazy(r"\s*(?:siang\b|ظهر|بعد الظهر)", re.IGNORECASE)
MIDDAY_HOURS = 6
# A cue that an hour may be said alone: a word before it (``HOUR_WORDS``, looked for in the
# lower-cased text), or after a number's last digit (read there only: one match after each
# numeral, not an alternation tried at every position).
HOUR_WORDS = ("الساعة", "pukul", "jam")
HOUR_AFTER = lazy(r"\s?[ap]\.?m\b|\s(?:pagi|siang|sore)\b", re.IGNORECASE)
# An hour said without minutes: "at 4pm", "الساعة 4", "pukul 9"; and in Indonesian before the
# part of the day, where "pukul" before an earlier hour serves both ("pukul 3 sore dan 6 pagi").
# Not "malam": "3 malam" is three nights as often as 3 a.m.
HOUR = lazy(
    "(?:" + "|".join(rf"(?<={word}\s)" for word in HOUR_WORDS) + r")(?P<h>\d{1,2})(?![\d.,:])"
    r"|(?P<h2>\d{1,2})\s?(?=[ap]\.?m\b|\s(?:pagi|siang|sore)\b)",
    re.IGNORECASE,
)

# French writes the hour with "h", on the 24-hour clock: "07h55", "14 h", "4h du matin";
# "7 heures" is a time after a word that places it ("à", "vers") or before the part of the day,
# a duration otherwise ("pendant 2 heures"); "24 h/24" is round the clock, no time. A quarter
# or a half hour is said after the hour: "4 heures et demie" (4:30), "8 heures et quart"
# (8:15), "5 heures moins le quart" (4:45).
H_TIME = {
    "fr": lazy(
        r"(?<![\d.,:])(?:(?P<h>\d{1,2})\s?h(?:\s?(?P<m>[0-5]\d))?(?![\w/])"
        r"|(?P<h2>\d{1,2})\s?heures?\b"
        r"(?:\s+(?P<q>et\s+demie|et\s+quart|moins\s+(?:le\s+)?quart)\b)?"
        r"(?P<part>(?=\s+(?:du matin|du soir|de l['’]après-midi)\b))?)",
        re.IGNORECASE,
    )
}
# Minutes after the hour of ``H_TIME``'s quarters, its words lower-cased, one space apart.
QUARTERS = {"et demie": 30, "et quart": 15, "moins le quart": -15, "moins quart": -15}
HEURES_BEFORE = lazy(r"\b(?:à|vers|avant|après|dès|jusqu['’]à)\s$", re.IGNORECASE)

# Month names that are also ordinary words ("may", the verb مارس "practised", the car نيسان),
# folded: they count as months only next to a day or a year, or beside a word that announces
# a month.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mars", "mei", "مارس", "نيسان", "ماي", "اوت"})
MONTH_BEFORE = lazy(
    r"(?:\b(?:in|since|until|last|next|early|late|mid|this|of|bulan|pada|sejak|en|depuis"
    r"|le mois de)|شهر|في)[\s-]*$",
    re.IGNORECASE,
)
MONTH_AFTER = lazy(r"\s*(?:lalu|depan|ini|الماضي|المقبل|القادم|الحالي|dernier)\b")
# A year after a month: "Mei 2019", "يونيو ٢٠١٩".
YEAR_AFTER = lazy(r"\s*,?\s*\d{4}(?!\d)")  # \d: digits of every script


def month_announced(text: str, start: int, end: int) -> bool:
    """Whether a month name at ``start:end`` stands where a month does: after a word that
    announces one ("in", "bulan", "في"), before "last" or "next", or before a year. A month
    name with none of these around it may be a person's name (جوان is Joan, مايو is Mrs May)."""
    return bool(
        before(MONTH_BEFORE, text, start)
        or MONTH_AFTER.match(text, end)
        or YEAR_AFTER.match(text, end)
    )


# A month name that is a person's name: a capitalised word after it ("Juni Rahmawati"), or a
# title before it ("Mrs May", "Ny. Mei", "Bu April", "Madame Juin"). Arabic has no capitals and
# writes its titles with the article, a conjunction or preposition on them too: "السيدة مايو"
# (Mrs May), "والسيد أبريل", "للآنسة جوان".
NAME_AFTER = lazy(r" [A-Z][a-z]{2,}")
TITLE_BEFORE = lazy(
    r"(?:\b(?:Mrs?|Ms|Miss|Mister|Madam|Dr|Prof|Ny|Nn|Tn|Bu|Pak|Ibu|Bapak|Nyonya|Nona|Tuan|Sdr"
    r"|Mme|Mlle|M|Madame|Mademoiselle|Monsieur)\.?"
    r"|(?<![\u0621-\u064a])[وفبل]?(?:ال|لل)(?:سيدة|سيد|آنسة|انسة|دكتورة|دكتور)) $"
)
# Between a day and its month: "15 de agosto", "the 15th of August", "15 من أغسطس", and the
# German ordinal dot, "15. August".
DAY_MONTH_GAP = lazy(r"\.?\s*(?:de\s+|of\s+|من\s+)?")


def holds_any(text: str, words: Iterable[str]) -> bool:
    """Whether one of ``words`` is in ``text``: a C-level substring search each (mapped, with
    no generator's frame around each: the few words a cue has are looked for per paragraph)."""
    return any(map(text.__contains__, words))


_LOOK_BEHIND = 24  # characters: the longest cue before a number ("le mois de ", "pukul ")


def before(pattern: re.Pattern[str], text: str, end: int) -> re.Match[str] | None:
    """``pattern`` (anchored with ``$``) matched just before ``end``. Searching from the start
    of the text would try every position of a long paragraph, for every number."""
    return pattern.search(text, max(0, end - _LOOK_BEHIND), end)


# The characters that end a sign or a currency of ``PERCENT_BEFORE`` and ``CURRENCY_BEFORE``:
# one of them is the last character before a number, or the one before a space there, or
# before a space and a line's end (before which ``$`` matches too). Most numbers have none.
_PERCENT_ENDS = frozenset("%٪")
_CURRENCY_ENDS = frozenset("p.RD$M€£¥￥")
# The signs of ``PERCENT_AFTER`` and ``CURRENCY_AFTER`` that are no letter: after a number and
# a space, a character that is neither one of them nor a letter begins no percentage or amount.
SIGNS_AFTER = frozenset("%٪％$€£¥￥")


def _sign_end(text: str, end: int) -> str:
    r"""Where a sign before ``end`` read by a pattern ending ``\s?$`` would end: the character
    before ``end``, or, past a space there, the one before it, or, past a line's end and a
    space, the one before them (``$`` also matches before a last line's end)."""
    last = text[end - 1 : end] if end else ""
    if not last.isspace():
        return last
    previous = text[end - 2 : end - 1] if end >= 2 else ""
    if last == "\n" and previous.isspace():
        return text[end - 3 : end - 2] if end >= 3 else ""
    return previous


def percent_before(text: str, end: int) -> re.Match[str] | None:
    """``PERCENT_BEFORE`` just before ``end`` ("% 5", "٪5"), looked for only where it can be."""
    if _sign_end(text, end) not in _PERCENT_ENDS:
        return None
    return before(PERCENT_BEFORE, text, end)


def currency_before(text: str, end: int) -> re.Match[str] | None:
    """``CURRENCY_BEFORE`` just before ``end`` ("Rp 5", "$5"), looked for only where it can be."""
    if _sign_end(text, end) not in _CURRENCY_ENDS:
        return None
    return before(CURRENCY_BEFORE, text, end)
