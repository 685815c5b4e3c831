"""Words that scale the number before them, language by language: ``18 ribu``, ``7,2 miliar``,
``2 billions``, ``500万``. The one place where a language's long or short scale is decided.

A *billion* is 10⁹ in English, Indonesian (``miliar``), Malay (``bilion``), Brazilian
Portuguese (``bilhão``) and Arabic (``مليار``, ``بليون``); it is 10¹² in French, German,
Spanish, Dutch and European Portuguese, which say *milliard* (or *mil millones*) for 10⁹. A
scale word is read in the language of its text only, so that a French ``billions`` is never
read as an English one. CLDR's compact decimal formats hold the same words with their
magnitudes (``tests/test_textlayer.py`` checks this table against them); kept here as a table, the
aligner reads them without loading locale data, and the abbreviations and inflected forms that
news writes and CLDR lacks (``jt``, ``млрд``, ``ألفا``, ``مليارات``) stand beside them.

Words are looked up folded (``reader.core.text.fold``): case, accents and hamza seats aside.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from decimal import Decimal

from reader.core.text.fold import ARABIC_MARKS, fold
from reader.core.text.patterns import lazy

# Powers of ten by word, per language (primary subtag, or a full tag where a region differs).
_WORDS: dict[str, dict[str, int]] = {
    "id": {"ribu": 3, "rb": 3, "juta": 6, "jt": 6, "miliar": 9, "milyar": 9, "triliun": 12},
    "ms": {"ribu": 3, "juta": 6, "bilion": 9, "trilion": 12},
    "en": {
        **dict.fromkeys(("thousand", "thousands"), 3),
        **dict.fromkeys(("million", "millions", "mn"), 6),
        **dict.fromkeys(("billion", "billions", "bn"), 9),
        **dict.fromkeys(("trillion", "trillions"), 12),
    },
    "fr": {
        **dict.fromkeys(("mille", "millier", "milliers"), 3),
        **dict.fromkeys(("million", "millions"), 6),
        **dict.fromkeys(("milliard", "milliards"), 9),
        **dict.fromkeys(("billion", "billions"), 12),
    },
    "de": {
        "tausend": 3,
        **dict.fromkeys(("million", "millionen", "mio"), 6),
        **dict.fromkeys(("milliarde", "milliarden", "mrd"), 9),
        **dict.fromkeys(("billion", "billionen"), 12),
    },
    "es": {
        "mil": 3,
        **dict.fromkeys(("millón", "millones"), 6),
        "mil millones": 9,
        **dict.fromkeys(("billón", "billones"), 12),
    },
    "pt": {  # Brazil
        "mil": 3,
        **dict.fromkeys(("milhão", "milhões"), 6),
        **dict.fromkeys(("bilhão", "bilhões"), 9),
        **dict.fromkeys(("trilhão", "trilhões"), 12),
    },
    "pt-PT": {
        "mil": 3,
        **dict.fromkeys(("milhão", "milhões"), 6),
        "mil milhões": 9,
        **dict.fromkeys(("bilião", "biliões"), 12),
    },
    "it": {
        **dict.fromkeys(("mila", "mille"), 3),
        **dict.fromkeys(("milione", "milioni"), 6),
        **dict.fromkeys(("miliardo", "miliardi"), 9),
        **dict.fromkeys(("mila miliardi", "mille miliardi"), 12),
    },
    "nl": {"duizend": 3, "miljoen": 6, "miljard": 9, "biljoen": 12},
    "tr": {"bin": 3, "milyon": 6, "milyar": 9, "trilyon": 12},
    "ru": {
        **dict.fromkeys(("тысяча", "тысячи", "тысяч", "тыс"), 3),
        **dict.fromkeys(("миллион", "миллиона", "миллионов", "млн"), 6),
        **dict.fromkeys(("миллиард", "миллиарда", "миллиардов", "млрд"), 9),
        **dict.fromkeys(("триллион", "триллиона", "триллионов", "трлн"), 12),
    },
    "ar": {
        # The accusative singular every scale word takes after 11 to 99 and after a decimal
        # fraction (ألفًا, "16.5 مليونًا"), and the plurals CLDR lacks.
        **dict.fromkeys(("ألف", "ألفا", "آلاف"), 3),
        **dict.fromkeys(("مليون", "مليونا", "ملايين"), 6),
        **dict.fromkeys(("مليار", "مليارا", "مليارات", "بليون", "بليونا", "بلايين"), 9),
        **dict.fromkeys(("ترليون", "تريليون", "ترليونا", "تريليونا", "تريليونات", "ترليونات"), 12),
    },
    # Chinese, Japanese and Korean count in myriads, written straight after the digits;
    # Chinese in simplified and in traditional characters (萬, 億).
    "zh": {
        **{"千": 3, "万": 4, "萬": 4, "百万": 6, "百萬": 6, "千万": 7, "千萬": 7},
        **{"亿": 8, "億": 8, "万亿": 12, "萬億": 12},
    },
    "ja": {"千": 3, "万": 4, "百万": 6, "千万": 7, "億": 8, "兆": 12},
    "ko": {"천": 3, "만": 4, "억": 8, "조": 12},
}
# Languages whose scale words follow the digits with no space and no word boundary.
_JOINED = frozenset({"zh", "ja", "ko"})

# CLDR's short compact forms, where their letters say nothing else after a number: French
# "2,5 M" (2.5 million), "1,2 Md" (milliard), "40 k", "3 Bn" (billion, 10¹²), and the plural
# that news writes, "3 Mds". Read in their case: a French "m" is a metre. (Elsewhere the
# letters say more: English "3M" and "4K" name a company and a screen; Indonesian "M" after a
# year is Masehi, the Common Era.)
SHORT: dict[str, dict[str, int]] = {"fr": {"k": 3, "M": 6, "Md": 9, "Mds": 9, "Bn": 12}}


def _language_key(language: str) -> str:
    """The table entry for a BCP 47 tag: the whole tag where it has its own (``pt-PT``), else
    its language."""
    if language in _WORDS:
        return language
    return language.split("-")[0].lower()


@functools.lru_cache(maxsize=64)
def scale_words(language: str) -> Mapping[str, int]:
    """The scale words of ``language``, folded, with the power of ten each stands for."""
    words = _WORDS.get(_language_key(language), {})
    return {fold(word): 10**power for word, power in words.items()}


_WORD = rf"(?:[^\W\d_]|[{ARABIC_MARKS}])+"  # letters, and the vowel marks of "ألفًا"
_AFTER = lazy(rf"[ \u00a0\u202f]?({_WORD})(?:[ \u00a0\u202f]({_WORD}))?")


@functools.lru_cache(maxsize=64)
def _joined_pattern(language: str) -> re.Pattern[str] | None:
    words = scale_words(language)
    if _language_key(language) not in _JOINED or not words:
        return None
    # "550多万" (more than 5.5 million), "1万余": 多 and 余 say "more than", before the scale.
    return re.compile(r"\s?(?:多|余|餘)?(" + "|".join(sorted(words, key=len, reverse=True)) + ")")


_SPACES = (" ", "\u00a0", "\u202f")


def _word_starts(text: str, at: int) -> bool:
    r"""Whether a word as ``_WORD`` reads it starts at ``at``: a letter (``[^\W\d_]``, which is
    alphanumeric but no decimal digit) or an Arabic vowel mark."""
    ch = text[at : at + 1]
    return bool(ch) and ((ch.isalnum() and not ch.isdecimal()) or ch in ARABIC_MARKS)


def joins_digits(language: str) -> bool:
    """Whether ``language`` writes its scale words straight after the digits (``500万``): a
    number's next characters may be a scale word whatever they are."""
    return _joined_pattern(language) is not None


def word_follows(text: str, end: int) -> bool:
    """Whether a word starts right after a number ending at ``end``, or after one space: where
    any other language's scale word would (``scale_after``)."""
    return _word_starts(text, end + (text[end : end + 1] in _SPACES))


def scale_after(text: str, end: int, language: str) -> tuple[int, int] | None:
    """The scale word right after a number ending at ``end``: (its factor, where it ends). A
    plus sign between them says "or more" and leaves the scale the number's ("$300+ billion")."""
    joined = _joined_pattern(language)
    if joined is not None:
        match = joined.match(text, end)
        if match is None and text[end : end + 1] == "+":
            match = joined.match(text, end + 1)
        return (scale_words(language)[match[1]], match.end()) if match else None
    if not word_follows(text, end):
        # "2019,", "5 orang" and "9 3" alike: most numbers, on a look at two characters; the
        # plus sign looked at only then.
        if text[end : end + 1] != "+" or not word_follows(text, end + 1):
            return None
        end += 1
    return spaced_scale_after(text, end, language)


def spaced_scale_after(text: str, end: int, language: str) -> tuple[int, int] | None:
    """``scale_after`` where the caller has looked already: a language that spaces its scale
    words (not ``joins_digits``), and a word after the number (``word_follows``)."""
    match = _AFTER.match(text, end)
    if match is None:
        return None
    scale = _scale_of(match[1], match[2], language)
    if scale is None:
        if match.start(1) == end:
            return _money_abbreviation(text, end, match[1], language)
        return None
    factor, both = scale
    return factor, match.end() if both else match.end(1)


@functools.lru_cache(maxsize=1 << 14)
def _scale_of(word: str, next_word: str | None, language: str) -> tuple[int, bool] | None:
    """The factor of the word after a number, or of it with the next (``mil millones``), and
    whether both make it: a function of a few words, which a text repeats."""
    words = scale_words(language)
    if next_word:
        both = words.get(fold(f"{word} {next_word}"))
        if both:
            return both, True
    factor = words.get(fold(word)) or _suffixed_scale(fold(word), language)
    if not factor:
        short = SHORT.get(_language_key(language), {}).get(word)  # in its case: "M", not "m"
        factor = 10**short if short is not None else None
    return (factor, False) if factor else None


# Indonesian and Malay join suffixes to a scale word as to any noun: the enclitic -nya (its,
# the: "15,5 jutanya", 15.5 million of it) leaves the number as it is; -an makes a collective,
# an estimate ("ribuan", thousands; "Rp 3 jutaan", some three million), read as the number all
# the same, and soft (``estimated``). Alwi et al., Tata Bahasa Baku Bahasa Indonesia, on -nya
# and on -an after numerals; Malay's grammar (Nik Safiah Karim et al., Tatabahasa Dewan) alike.
_NOUN_SUFFIXES = {"id": ("nya", "an"), "ms": ("nya", "an")}
_ESTIMATE_SUFFIX = {"id": "an", "ms": "an"}


def _suffixed_scale(folded: str, language: str) -> int | None:
    """The factor of a scale word with a noun's suffix (``jutanya``, ``ribuan``), or None."""
    words = scale_words(language)
    for suffix in _NOUN_SUFFIXES.get(_language_key(language), ()):
        stem = folded.removesuffix(suffix)
        if stem != folded and stem in words:
            return words[stem]
    return None


def estimated(word: str, language: str) -> bool:
    """Whether the scale word ``word`` says its number as an estimate (``jutaan``)."""
    suffix = _ESTIMATE_SUFFIX.get(_language_key(language))
    if suffix is None:
        return False
    folded = fold(word)
    return folded.endswith(suffix) and folded not in scale_words(language)


# British and American news abbreviate the scale of an amount of money, joined to the digits:
# "£1.5m", "$20k". Only after a currency sign: "5m" alone is five metres.
_MONEY_SCALES = {"en": {"m": 6, "k": 3}}
_MONEY_BEFORE = lazy(r"[£$€¥]\s?[\d.,]+$")


def _money_abbreviation(text: str, end: int, word: str, language: str) -> tuple[int, int] | None:
    power = _MONEY_SCALES.get(_language_key(language), {}).get(word.lower())
    if power is None or not _MONEY_BEFORE.search(text, max(0, end - 24), end):
        return None
    return 10**power, end + len(word)


# "And a half" after a scale word, which adds half of it: French "2 millions et demi" (2.5
# million), "un milliard et demi"; Arabic "2 مليون ونصف" (its "and" written onto نصف, half).
_ET_DEMI = r"\s+et\s+demie?\b"  # French "and a half", after a scale word or a noun
# Arabic may say the scale word again after the half, singular, with the article or without:
# "3 ملايين ونصف مليون", "ثلاثة مليارات ونصف المليار" (3.5 million, 3.5 billion).
_AND_A_HALF = {
    "fr": lazy(_ET_DEMI, re.IGNORECASE),
    "ar": lazy(r"\s+ونصف(?:\s+(?:ال)?(?:ألف|الف|مليون|مليار|بليون|تريليون))?(?![\u0621-\u064a])"),
}


def half_after(text: str, end: int, language: str) -> int | None:
    """Where "and a half" ends, if it follows the scale word ending at ``end``."""
    pattern = _AND_A_HALF.get(_language_key(language))
    match = pattern.match(text, end) if pattern is not None else None
    return match.end() if match else None


_HALF_WORDS = {"fr": "demi", "ar": "ونصف"}  # what each ``_AND_A_HALF`` holds


def may_say_half(text: str, language: str) -> bool:
    """Whether ``text`` may say "and a half" after a scale word (``half_after``): one search."""
    word = _HALF_WORDS.get(_language_key(language))
    return word is not None and word in text


def half_after_words(text: str, start: int, end: int, language: str) -> tuple[Decimal, int] | None:
    """Half of the scale word a number in words at ``start:end`` ends on, and where "and a
    half" after it ends: "ثلاثة ملايين ونصف" and "ثلاثة ملايين ونصف مليون" (3.5 million),
    whose scale word the spelled number holds already."""
    half = half_after(text, end, language)  # first: most numbers have no half after them
    if half is None:
        return None
    factor = scale_words(language).get(fold(text[start:end].rsplit(maxsplit=1)[-1]))
    return (Decimal(factor) / 2, half) if factor else None


# A half between a count in digits and its scale word: "2 and a half million" (2.5 million),
# Indonesian "2 setengah juta" (the count before the half adds to it, with no "and"). The
# words' own counts ("two and a half million") are ``idioms``'.
_HALF_BEFORE_SCALE = {
    "en": lazy(r"[ \u00a0]and\s+an?\s+half(?=\s)", re.IGNORECASE),
    "id": lazy(r"[ \u00a0]setengah(?=\s)", re.IGNORECASE),
}
_HALF_BEFORE_SCALE["ms"] = _HALF_BEFORE_SCALE["id"]


def half_before_scale(text: str, end: int, language: str) -> tuple[int, int] | None:
    """The factor of the scale word after a half after a number ending at ``end``, and where
    the word ends: "2 and a half million" (the number plus a half, times a million)."""
    pattern = _HALF_BEFORE_SCALE.get(_language_key(language))
    match = pattern.match(text, end) if pattern is not None else None
    if match is None:
        return None
    scale = spaced_scale_after(text, match.end(), language)
    return scale if scale is not None and scale[0] >= 1000 else None


# And after the noun a number counts, French and Arabic say the half: "2 ans et demi" (two and
# a half years), "3 heures et demie", "1 fois et demie"; "3 ساعات ونصف", "ثلاثة أيام ونصف" (not
# before a word with the article: "3 أيام ونصف الساعة" is three days and half an hour).
_NOUN_AND_A_HALF = {
    "fr": lazy(rf"[ \u00a0][^\W\d_]+{_ET_DEMI}", re.IGNORECASE),
    "ar": lazy(r"[ \u00a0][\u0621-\u064a\u064b-\u0652]+\s+ونصف(?![\u0621-\u064a]|\s+ال)"),
}


def half_after_noun(text: str, end: int, language: str) -> bool:
    """Whether a noun and "and a half" follow the number ending at ``end``."""
    pattern = _NOUN_AND_A_HALF.get(_language_key(language))
    return pattern is not None and pattern.match(text, end) is not None


# What follows a scale word and adds to its number: "58 ألفا و362" (58,362, Arabic's "and"),
# and in the myriads of Chinese and Japanese a smaller numeral with its own scale straight
# after: "1億2千万" (120 million), "22億5000万" (2,250 million), or the units themselves, joined
# to the myriad: "1万2000人" (12,000 people), the way Japanese and Chinese news write every
# number from ten thousand up; the four digits below a myriad may be grouped ("1億2,500万",
# "37万5,000").
_AND_REST = lazy(r"\s*و\s?(\d{1,3})(?![\d.,٫٬])")
_DIGITS_AFTER = lazy(r"\s?(\d{1,4}|\d,\d{3})(?![\d.,])")
_MYRIAD = 10_000


def scale_rest(norm: str, end: int, language: str, factor: int) -> tuple[int, int] | None:
    """The rest of a number after its scale word, which ends at ``end`` in ``norm`` (the text
    with ASCII digits): (what it adds, below ``factor``, and where it ends), or None."""
    rest = _AND_REST.match(norm, end)
    if rest and int(rest[1]) < factor:
        return int(rest[1]), rest.end()
    joined = _joined_pattern(language)
    digits = _DIGITS_AFTER.match(norm, end) if joined is not None else None
    if joined is None or digits is None:
        return None
    scale = joined.match(norm, digits.end())
    if scale is None:  # "1万2000": the units, written straight after the myriad
        joined_units = factor >= _MYRIAD and digits.start(1) == end
        return (int(digits[1].replace(",", "")), digits.end()) if joined_units else None
    added = int(digits[1].replace(",", "")) * scale_words(language)[scale[1]]
    return (added, scale.end()) if added < factor else None
