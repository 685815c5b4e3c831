"""Anchors for paragraph alignment: what a translation carries over unchanged, or nearly.

A translator rewrites every word but leaves some things recognisable: numbers (whatever the
digit system: ``2019``, ``٢٠١٩``, ``۲۰۱۹``, ``二〇一九``), Latin-script tokens (acronyms, web
addresses, product names), proper names (``Putin``, ``Poutine`` and ``بوتين`` share a consonant
skeleton) and punctuation such as quotation marks. Each paragraph is reduced to a multiset of
such *keys*; a key counts only when it occurs in both texts, and it weighs less the more
paragraphs it occurs in, so that the name of an article's protagonist, present everywhere,
tells the aligner little while a year mentioned once tells it a lot.

Keys are strings with a one-character kind prefix: ``#`` a number, ``L`` a Latin-script token
kept verbatim, ``N`` a name's consonant skeleton, ``P`` a punctuation mark.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.text.languages import language_of, primary_subtag, script_of

# What each kind of key is worth before the rarity factor. A number of two digits or more is the
# best evidence a news translation offers; a single digit is often spelled out ("dua", "two");
# skeletons of names sometimes collide with ordinary words; punctuation is only a hint.
KIND_WEIGHTS = {"#": 1.0, "L": 1.0, "N": 0.7, "P": 0.3}
SINGLE_DIGIT_WEIGHT = 0.5
MIN_SKELETON = 3  # consonants: shorter skeletons ("km" for Kim) match ordinary words too often


# Marks that accents and vowels add to a letter (once decomposed), and the Arabic tatweel.
_MARKS = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u0640\u064b-\u065f\u0670"
    "\u06d6-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)


def _plain(text: str) -> str:
    """Text without accents, Arabic vowel marks or tatweel, which translations add or drop."""
    return _MARKS.sub("", unicodedata.normalize("NFKD", text))


# -- numbers ------------------------------------------------------------------------------------

# Digits of any script (\d is Unicode-aware) with the separators that group or split them:
# . , (Latin), ٫ ٬ (Arabic decimal and thousands), apostrophes (Swiss), no-break and thin spaces.
# A plain space joins groups only before exactly three digits ("2 500 000" in French).
_NUMBER = re.compile(r"\d+(?:(?:[.,٫٬'’\u00a0\u202f\u2009]| (?=\d{3}(?!\d)))\d+)*")
_SEPARATOR = re.compile(r"[.,٫٬'’\u00a0\u202f\u2009 ]")
_CJK_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CJK_UNITS = {"十": 10, "百": 100, "千": 1000}
_CJK_MYRIADS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_CJK_NUMBER = re.compile(f"[{''.join([*_CJK_DIGITS, *_CJK_UNITS, *_CJK_MYRIADS])}]{{2,}}")
_FIRST_CJK_NUMERAL = "\u3007"  # 〇: the lowest code point of a CJK numeral
# Words that scale the number before them, as news in Reader's main languages writes them.
_SCALE_WORD = re.compile(r"[ \u00a0\u202f]?([^\W\d_]+)")
_SCALE_WORDS = {
    **dict.fromkeys(("ribu", "thousand", "ألف", "ألفا", "آلاف", "mil", "tausend"), 10**3),
    **dict.fromkeys(
        (
            "juta",
            "million",
            "millions",
            "مليون",
            "ملايين",
            "millón",
            "millones",
            "milhão",
            "milhões",
        ),
        10**6,
    ),
    **dict.fromkeys(
        ("miliar", "milyar", "billion", "billions", "milliard", "milliards", "مليار", "مليارات"),
        10**9,
    ),
    **dict.fromkeys(("triliun", "trillion", "trillions", "تريليون", "تريليونات"), 10**12),
}
# French, Spanish, Portuguese and German count billions as 10¹² (a milliard is 10⁹).
_LONG_SCALE = frozenset({"fr", "es", "pt", "de", "it", "nl"})
_LONG_SCALE_WORDS = {"billion": 10**12, "billions": 10**12, "billón": 10**12, "billones": 10**12}
# Compared as the text is: without accents or hamza (ألف is read as الف).
_SCALE_WORDS = {_plain(word): scale for word, scale in _SCALE_WORDS.items()}
_LONG_SCALE_WORDS = {_plain(word): scale for word, scale in _LONG_SCALE_WORDS.items()}


def _decimal_separator(separators: list[str], groups: list[str]) -> int | None:
    """The index of the separator that marks decimals, or None when all of them group digits.

    ``1.000,5`` and ``1,000.5`` both have a decimal part; ``1.000`` is read as a thousand, as
    Indonesian, French and German write it (an English "1.000" is rare in news).
    """
    if not separators:
        return None
    last = len(separators) - 1
    mark = separators[last]
    if mark == "٫":
        return last
    if mark not in ".,":
        return None
    others = {s for s in separators[:last] if s in ".,"}
    if others and mark not in others:
        return last  # 1.000,5 / 1,000.5: the other mark groups thousands
    if mark in others:
        return None  # 1.000.000: the mark repeats, so it groups
    return last if len(groups[-1]) != 3 else None


def _ascii_digits(group: str) -> str:
    return group if group.isascii() else "".join(str(unicodedata.decimal(ch)) for ch in group)


def canonical_number(token: str) -> str:
    """A number as written (``1.000,5``, ``١٬٠٠٠٫٥``, ``1,000.50``) as one spelling: ``1000.5``.

    Done on strings, not ints: a pasted run of 200,000 digits is no number, but must not crash
    (Python refuses to convert more than 4,300 digits to an int).
    """
    groups = _SEPARATOR.split(token)
    digits = [_ascii_digits(group) for group in groups]
    point = _decimal_separator(_SEPARATOR.findall(token), digits)
    if point is None:
        return "".join(digits).lstrip("0") or "0"
    whole = "".join(digits[: point + 1]).lstrip("0") or "0"
    fraction = "".join(digits[point + 1 :]).rstrip("0")
    return f"{whole}.{fraction}" if fraction else whole


def cjk_number(run: str) -> int:
    """The value of a run of Chinese numerals: positional (二〇一九) or with units (三千五百万)."""
    if not any(ch in _CJK_UNITS or ch in _CJK_MYRIADS for ch in run):
        return int("".join(str(_CJK_DIGITS[ch]) for ch in run))
    total = section = digit = 0
    for ch in run:
        if ch in _CJK_DIGITS:
            digit = _CJK_DIGITS[ch]
        elif ch in _CJK_UNITS:
            section += (digit or 1) * _CJK_UNITS[ch]
            digit = 0
        else:
            total += (section + digit or 1) * _CJK_MYRIADS[ch]
            section = digit = 0
    return total + section + digit


def _scaled(value: str, scale: int) -> str:
    """A canonical number times a scale, in canonical spelling: ``7.2`` × 10⁹ → ``7200000000``."""
    from decimal import Decimal  # rare: loaded when a scale word is first met

    return format((Decimal(value) * scale).normalize(), "f")


def _scale(plain: str, end: int, long_scale: bool) -> int:
    """The power of ten a scale word after a number stands for: "10 juta", "7,2 milliards"."""
    if plain[end : end + 1] in _CJK_MYRIADS:
        return _CJK_MYRIADS[plain[end]]
    match = _SCALE_WORD.match(plain, end)
    if match is None:
        return 1
    word = match.group(1).lower()
    if long_scale and word in _LONG_SCALE_WORDS:
        return _LONG_SCALE_WORDS[word]
    return _SCALE_WORDS.get(word, 1)


def _numbers(plain: str, language: str) -> list[str]:
    long_scale = primary_subtag(language) in _LONG_SCALE
    found = []
    for match in _NUMBER.finditer(plain):
        value = canonical_number(match.group())
        scale = _scale(plain, match.end(), long_scale)
        found.append(value if scale == 1 else _scaled(value, scale))
    if plain and max(plain) >= _FIRST_CJK_NUMERAL:  # a quick look before a closer one
        found += [str(cjk_number(run)) for run in _CJK_NUMBER.findall(plain)]
    return found


def numbers(text: str, language: str = "") -> list[str]:
    """Every number in ``text`` in canonical spelling, whatever its digits, separators and scale
    word: ``2.300``, ``2,300``, ``٢٬٣٠٠`` and ``2 300`` are all ``2300``; ``18 ألف``, ``18.000``
    and ``18 ribu`` all ``18000``; ``7,2 miliar`` and ``US$7.2 billion`` both ``7200000000``
    (``language`` tells a French billion, 10¹², from an English one)."""
    return _numbers(_plain(text), language)


# -- names and Latin-script tokens ----------------------------------------------------------------

# Letters of one class sound alike across the transliterations news uses; vowels, h, w and y
# vanish because Arabic leaves short vowels unwritten and writes long ones with ا و ي.
_LATIN_SKELETON = str.maketrans(
    {
        **dict.fromkeys("aeiouyhw", ""),
        "p": "b",
        "c": "k",
        "g": "k",
        "q": "k",
        "v": "f",
        "x": "ks",
    }
)
_ARABIC_SKELETON = str.maketrans(
    {
        **dict.fromkeys("اأإآٱءؤئىويیعحهة", ""),
        **dict.fromkeys("بپ", "b"),
        **dict.fromkeys("تطث", "t"),
        **dict.fromkeys("جچ", "j"),
        **dict.fromkeys("خغقكکگ", "k"),
        **dict.fromkeys("دذض", "d"),
        "ر": "r",
        **dict.fromkeys("زظ", "z"),
        **dict.fromkeys("سشص", "s"),
        **dict.fromkeys("فڤ", "f"),
        "ل": "l",
        "م": "m",
        "ن": "n",
    }
)
_CYRILLIC_SKELETON = str.maketrans(
    {
        **dict.fromkeys("аеёийоуыэюяьъ", ""),
        **dict.fromkeys("бп", "b"),
        **dict.fromkeys("вф", "f"),
        **dict.fromkeys("гкхч", "k"),
        "д": "d",
        **dict.fromkeys("жз", "z"),
        "л": "l",
        "м": "m",
        "н": "n",
        "р": "r",
        **dict.fromkeys("сшщ", "s"),
        "т": "t",
        "ц": "ts",
    }
)
_SKELETONS = {"Latn": _LATIN_SKELETON, "Arab": _ARABIC_SKELETON, "Cyrl": _CYRILLIC_SKELETON}
# Arabic writes conjunctions, prepositions and the article onto the word: وبوتين, لبوتين.
_CONJUNCTIONS = "وف"
_PREPOSITIONS = "بلك"

_WORD = re.compile(r"[^\W\d_]+")
# Web addresses, e-mail addresses and handles, each looked for only where its telltale
# character occurs, since scanning every word for an "@" or a ".com" is what costs.
# Each starts only where a run of its characters starts (the lookbehinds) and bounds its
# parts, so that a pasted 200,000-character blob costs linear time, not quadratic.
_URL = re.compile(r"(?:https?://|www\.)[^\s()<>\"]{0,2000}[^\s()<>\".,;:!?]")
_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}|(?<!\w)[@#][A-Za-z_]\w{0,63}"
)
_DOMAIN = re.compile(
    r"(?<![A-Za-z0-9.-])[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[a-z]{2,6}\b"
)
_DOTTED = re.compile(r"[A-Za-z0-9]\.[a-z]{2}")
# Latin-script tokens: a word, or letters and digits joined by a hyphen (COVID-19, F-16).
_TOKEN = re.compile(r"\b[A-Za-z]+-\d+\b|\b[A-Za-z0-9]+\b")
# In a Latin-script text, only the tokens worth keeping: capitals after the first letter
# (KCNA, iPhone, DigitalSiber), or letters with digits (G20, COVID-19).
_SPECIAL_TOKEN = re.compile(
    r"\b[A-Za-z]+-\d+\b"
    r"|\b(?=[A-Za-z0-9]*(?:[A-Za-z0-9][A-Z]|\d[A-Za-z]|[A-Za-z]\d))[A-Za-z0-9]+\b"
)


_REPEAT = re.compile(r"(.)\1+")


def skeleton(word: str, script: str) -> str:
    """The consonant skeleton of a word: ``Putin``, ``Poutine``, ``بوتين``, ``Путин`` → ``btn``."""
    table = _SKELETONS.get(script)
    if table is None:
        return ""
    return _REPEAT.sub(r"\1", word.lower().translate(table))


def arabic_stems(word: str) -> set[str]:
    """The word and what is left once the clitics written onto it are taken off (و، ب، ال)."""
    stems = {word}
    for prefixes in (_CONJUNCTIONS, _PREPOSITIONS):
        stems |= {s[1:] for s in stems if len(s) > 3 and s[0] in prefixes}
    stems |= {s[2:] for s in stems if len(s) > 4 and s.startswith("ال")}
    stems |= {s[1:] for s in stems if len(s) > 3 and s.startswith("لل")}
    return stems


def _web_addresses(text: str) -> tuple[list[str], str]:
    """The addresses in ``text``, and the text without them."""
    found: list[str] = []
    for pattern, present in (
        (_URL, "://" in text or "www." in text),
        (_EMAIL, "@" in text or "#" in text),
        (_DOMAIN, _DOTTED.search(text) is not None),
    ):
        if present:
            found += pattern.findall(text)
            text = pattern.sub(" ", text)
    return found, text


def _latin_token_keys(text: str, latin_document: bool) -> list[str]:
    """Tokens kept verbatim: web addresses, acronyms (KCNA), letters mixed with digits (G20),
    mixed case (iPhone); in a non-Latin text, every Latin-script word."""
    addresses, text = _web_addresses(text)
    keys = ["L" + address.lower() for address in addresses]
    if latin_document:
        keys += ["L" + token.lower() for token in _SPECIAL_TOKEN.findall(text)]
    else:
        keys += ["L" + token.lower() for token in _TOKEN.findall(text) if not token.isdigit()]
    return keys


def _word_keys(word: str, common: frozenset[str]) -> list[str]:
    """The name keys of one word: its skeleton if it may be a name (a capitalised word never
    seen in lower case, in Latin or Cyrillic script), and, in Arabic script, which has no
    capitals, the skeletons of the word and of its stems."""
    script = script_of(word[0])
    if script == "Arab":
        stems = arabic_stems(word)
    elif script in _SKELETONS and word[0].isupper() and not word.isupper():
        if word.lower() in common:
            return []
        stems = {word}
    else:
        return []
    return ["N" + k for k in {skeleton(s, script) for s in stems} if len(k) >= MIN_SKELETON]


def _punctuation_keys(text: str) -> list[str]:
    quotes = sum(text.count(q) for q in "“«„「『") + text.count('"') // 2
    return (
        ["Pquote"] * quotes
        + ["Pparen"] * (text.count("(") + text.count("（"))
        + ["P?"] * sum(text.count(q) for q in "?؟？")
        + ["P!"] * (text.count("!") + text.count("！"))
    )


def paragraph_keys(paragraphs: Sequence[str], language: str) -> list[Counter[str]]:
    """The anchor keys of each paragraph of one text, as multisets."""
    plain = [_plain(p) for p in paragraphs]
    words = [_WORD.findall(p) for p in plain]
    known = language_of(language)
    latin_document = known.script == "Latn" if known else True
    # A word that the text also writes in lower case is an ordinary word capitalised at the start
    # of a sentence ("Dalam", "The"), not a name.
    common = frozenset(w for found in words for w in found if w.islower())
    by_word: dict[str, list[str]] = {}  # a text repeats its words: work each out once
    keys = []
    for text, found in zip(plain, words, strict=True):
        names = []
        for word in found:
            word_keys = by_word.get(word)
            if word_keys is None:
                word_keys = by_word[word] = _word_keys(word, common)
            names += word_keys
        counts = Counter(["#" + n for n in _numbers(text, language)])
        counts.update(names)
        counts.update(_latin_token_keys(text, latin_document))
        counts.update(_punctuation_keys(text))
        keys.append(counts)
    return keys


# -- weights ------------------------------------------------------------------------------------


def key_weight(key: str) -> float:
    """What one occurrence of a key is worth, before its rarity in the texts is counted."""
    # One digit before the point ("5", "2.5", "0.4"): spelled out in words as often as not,
    # and in economic news the same small percentages recur from paragraph to paragraph.
    if key[0] == "#" and len(key.split(".")[0]) == 2:
        return SINGLE_DIGIT_WEIGHT
    return KIND_WEIGHTS[key[0]]


@dataclass(frozen=True)
class Weights:
    """Per paragraph of each text: the weight of each key found in both texts, and the total
    weight of the numbers found in that text only, which no bead can match (*orphans*)."""

    source: list[dict[str, float]]
    target: list[dict[str, float]]
    source_orphans: list[float]
    target_orphans: list[float]


def weigh(source: Sequence[Counter[str]], target: Sequence[Counter[str]]) -> Weights:
    """Each paragraph's keys, weighted: a key's kind weight times an inverse-document-frequency
    factor that is 1 for a key found in one paragraph on each side and falls towards 0 for a key
    found everywhere.

    A number found on one side only is an orphan: a bead that holds it is less likely than the
    paragraph having been left untranslated (or added). Other one-sided keys are dropped, since
    names are translated as often as not ("Jawa Tengah", "جاوة الوسطى").
    """
    frequency: Counter[str] = Counter()
    for counts in (*source, *target):
        frequency.update(counts.keys())
    on_source, on_target = set().union(*source), set().union(*target)
    shared = on_source & on_target
    orphans = {k for k in on_source ^ on_target if k[0] == "#"}
    total = len(source) + len(target)
    scale = math.log(1 + total / 2)
    weights = {
        key: key_weight(key) * math.log(1 + total / frequency[key]) / scale
        for key in shared | orphans
    }

    def weighted(counts: Counter[str]) -> dict[str, float]:
        return {k: weights[k] * n for k, n in counts.items() if k in shared}

    def orphaned(counts: Counter[str]) -> float:
        return sum(weights[k] * n for k, n in counts.items() if k in orphans)

    return Weights(
        [weighted(c) for c in source],
        [weighted(c) for c in target],
        [orphaned(c) for c in source],
        [orphaned(c) for c in target],
    )
