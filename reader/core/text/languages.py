"""Language facts (names, script, direction) and language identification from text.

Identification goes script first, because a script settles most languages outright (Hebrew,
Thai, kana), and only Latin-script text goes to a statistical identifier: py3langid,
restricted to the Latin-script languages of the table and loaded on first use, since it
imports numpy and reads a model from disk.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.i18n import N_, _, interface_language
from reader.core.model import Direction

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier


@dataclass(frozen=True)
class Language:
    """What Reader knows about one language: its names, its script (ISO 15924), its direction."""

    code: str
    name: str
    native_name: str
    script: str
    direction: Direction


_L, _R = Direction.LTR, Direction.RTL

LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language("id", N_("Indonesian"), "Bahasa Indonesia", "Latn", _L),
        Language("ms", N_("Malay"), "Bahasa Melayu", "Latn", _L),
        Language("jv", N_("Javanese"), "Basa Jawa", "Latn", _L),
        Language("su", N_("Sundanese"), "Basa Sunda", "Latn", _L),
        Language("ar", N_("Arabic"), "العربية", "Arab", _R),
        Language("fa", N_("Persian"), "فارسی", "Arab", _R),
        Language("ur", N_("Urdu"), "اردو", "Arab", _R),
        Language("he", N_("Hebrew"), "עברית", "Hebr", _R),
        Language("en", N_("English"), "English", "Latn", _L),
        Language("fr", N_("French"), "Français", "Latn", _L),
        Language("de", N_("German"), "Deutsch", "Latn", _L),
        Language("es", N_("Spanish"), "Español", "Latn", _L),
        Language("pt", N_("Portuguese"), "Português", "Latn", _L),
        Language("it", N_("Italian"), "Italiano", "Latn", _L),
        Language("nl", N_("Dutch"), "Nederlands", "Latn", _L),
        Language("tr", N_("Turkish"), "Türkçe", "Latn", _L),
        Language("zh", N_("Chinese"), "中文", "Hani", _L),
        Language("ja", N_("Japanese"), "日本語", "Jpan", _L),
        Language("ko", N_("Korean"), "한국어", "Hang", _L),
        Language("ru", N_("Russian"), "Русский", "Cyrl", _L),
        Language("uk", N_("Ukrainian"), "Українська", "Cyrl", _L),
        Language("hi", N_("Hindi"), "हिन्दी", "Deva", _L),
        Language("th", N_("Thai"), "ไทย", "Thai", _L),
        Language("vi", N_("Vietnamese"), "Tiếng Việt", "Latn", _L),
        Language("tl", N_("Tagalog"), "Tagalog", "Latn", _L),
        Language("el", N_("Greek"), "Ελληνικά", "Grek", _L),
    )
}


# -- codes and tags ------------------------------------------------------------------------------


def primary_subtag(code: str) -> str:
    """The primary language subtag of a BCP 47 tag, lower-cased: ``zh-Hans`` → ``zh``."""
    return code.strip().replace("_", "-").split("-")[0].lower()


def language_of(code: str) -> Language | None:
    """What Reader knows of a code or BCP 47 tag (``ar-EG`` → Arabic): the table's entry, else
    CLDR's names and direction for any language it knows (``cs``, ``bn``, ``pa-Arab``); None
    for a tag that names no language."""
    return LANGUAGES.get(primary_subtag(code)) or _cldr_language(code.strip().replace("_", "-"))


@functools.lru_cache(maxsize=64)
def language_script(language: str) -> str:
    """The script a language tag is written in (Latin when the tag is unknown): asked by the
    aligner and by several checks of every bead, of the same few tags."""
    found = language_of(language)
    return found.script if found else "Latn"


_SCRIPT_SUBTAG = re.compile(r"[A-Za-z]{4}")


@functools.cache
def _cldr_language(tag: str) -> Language | None:
    """A language outside the table, from CLDR through Babel: its English and native names, its
    script (the tag's script subtag, else CLDR's likely subtags), and the direction CLDR gives
    that script (the character order of the script's likely locale: ``pa-Arab`` is right-to-left
    where ``pa`` is not). Babel loads on this path only."""
    from babel import Locale, UnknownLocaleError

    subtags = tag.split("-")
    primary = subtags[0].lower()
    if primary in ("und", "") or not primary.isascii() or not primary.isalpha():
        return None
    explicit = next((s.title() for s in subtags[1:] if _SCRIPT_SUBTAG.fullmatch(s)), None)
    try:
        language = Locale.parse(primary)
        script = explicit or language.script or _likely_script(primary)
        order = Locale.parse(f"und_{script}") if script else language
    except (ValueError, UnknownLocaleError):
        return None
    try:  # the native name as written in the tag's script: Punjabi in Shahmukhi for pa-Arab
        own = Locale.parse(f"{primary}_{explicit}") if explicit else language
    except (ValueError, UnknownLocaleError):
        own = language
    direction = _R if order.character_order == "right-to-left" else _L
    return Language(
        primary,
        language.get_language_name("en") or primary,
        own.get_language_name(own) or primary,
        script or "Zyyy",
        direction,
    )


def _likely_script(language: str) -> str | None:
    """CLDR's likely script for a language: ``bn`` → ``Beng``."""
    from babel.core import get_global

    likely = get_global("likely_subtags").get(language)
    parts = likely.split("_") if likely else []
    return next((p for p in parts[1:] if _SCRIPT_SUBTAG.fullmatch(p)), None)


@functools.cache
def region_codes() -> frozenset[str]:
    """CLDR's codes of regions in letters and their aliases (``EU``, ``US``, ``GB``, ``UK``):
    an acronym that is one names a place."""
    from babel import Locale
    from babel.core import get_global

    codes = set(Locale("en").territories) | set(get_global("territory_aliases"))
    return frozenset(code for code in codes if code.isalpha())


def language_name(code: str) -> str:
    """The name of a language in the reader's language (``ar-EG`` → "Arabic" in English,
    "العربية" in Arabic); an unknown code is returned as is. The table's names are messages
    of the catalog; a language known from CLDR only is named as CLDR names it in the
    reader's language."""
    language = language_of(code)
    if language is None:
        return code
    if primary_subtag(code) in LANGUAGES:
        return _(language.name)
    return _cldr_name(language.code, interface_language()) or language.name


@functools.cache
def _cldr_name(code: str, interface: str) -> str | None:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code).get_language_name(interface) or None
    except (ValueError, UnknownLocaleError):
        return None


def native_name(code: str) -> str:
    """A language's name in itself (``ar`` → "العربية", ``cs`` → "čeština"); an unknown code
    is returned as is."""
    language = language_of(code)
    return language.native_name if language else code


def direction_of(code: str) -> Direction:
    """The writing direction of a language; unknown languages are taken as left-to-right."""
    language = language_of(code)
    return language.direction if language else Direction.LTR


def is_rtl(code: str) -> bool:
    """Whether a language (code or BCP 47 tag) is written right-to-left."""
    return direction_of(code) is Direction.RTL


# -- names as publishers write them --------------------------------------------------------------

# Names that are not in the table: Indonesian exonyms (the notices on Indonesian news sites are
# written in Indonesian as often as in English) and common English alternatives.
_OTHER_NAMES: dict[str, str] = {
    "indonesia": "id",
    "melayu": "ms",
    "malaysian": "ms",
    "jawa": "jv",
    "sunda": "su",
    "arab": "ar",
    "persia": "fa",
    "farsi": "fa",
    "ibrani": "he",
    "inggris": "en",
    "prancis": "fr",
    "perancis": "fr",
    "jerman": "de",
    "spanyol": "es",
    "portugis": "pt",
    "italia": "it",
    "belanda": "nl",
    "turki": "tr",
    "mandarin": "zh",
    "tiongkok": "zh",
    "cina": "zh",
    "china": "zh",
    "simplified chinese": "zh",
    "traditional chinese": "zh",
    "jepang": "ja",
    "korea": "ko",
    "rusia": "ru",
    "ukraina": "uk",
    "thailand": "th",
    "vietnam": "vi",
    "filipino": "tl",
    "filipina": "tl",
    "yunani": "el",
    "汉语": "zh",
    "普通话": "zh",
    "中国語": "zh",
    "عربي": "ar",
}

_NAME_PREFIX = re.compile(r"^(?:bahasa|basa|the)\s+")
_NAME_SUFFIX = re.compile(r"\s+(?:language|version)$")


def _normalise_name(name: str) -> str:
    name = " ".join(name.casefold().split()).strip(" .,;:()")
    name = _NAME_PREFIX.sub("", name)
    return _NAME_SUFFIX.sub("", name)


@functools.cache
def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for language in LANGUAGES.values():
        names[_normalise_name(language.name)] = language.code
        names[_normalise_name(language.native_name)] = language.code
    names.update({_normalise_name(k): v for k, v in _OTHER_NAMES.items()})
    return names


def code_for_name(name: str) -> str | None:
    """The code of a language named as a publisher's notice writes it, in English, Indonesian or
    the language itself ("Chinese", "Mandarin", "Jepang", "bahasa Indonesia", "Français")."""
    return _names().get(_normalise_name(name))


# -- file names ----------------------------------------------------------------------------------

_TEXT_EXTENSIONS = frozenset({"txt", "text", "md", "markdown"})
# A language tag as people put it in file names: ar, ar-2 (revision 2), zh-Hans, en_US, pt-BR.
# The script subtag is spelled out so that "id_card" is not read as Indonesian plus "card".
_FILENAME_TAG = re.compile(
    r"(?P<lang>[A-Za-z]{2,3})(?:[-_](?:hans|hant|latn|cyrl|arab))?(?:[-_](?:[A-Za-z]{2}|\d{3}))?"
    r"(?:-\d+)?",
    re.IGNORECASE,
)


def language_from_filename(path: Path | str) -> str | None:
    """The language a file name announces (``ar.txt``, ``ar-2.txt``, ``article.fr.txt``,
    ``story_en.txt``, ``zh-Hans.txt``), if it is one Reader knows; else None."""
    name = Path(path).name
    base, dot, extension = name.rpartition(".")
    if dot and base and extension.lower() in _TEXT_EXTENSIONS:
        name = base
    # The whole name, then what follows the last "." or "_" (article.fr, story_en).
    for candidate in (name, name.rpartition(".")[2], name.rpartition("_")[2]):
        match = _FILENAME_TAG.fullmatch(candidate)
        if match and match["lang"].lower() in LANGUAGES:
            return match["lang"].lower()
    return None


# -- scripts -------------------------------------------------------------------------------------

# (first code point, last code point, ISO 15924 script), sorted. Only letters are looked up, so
# blocks that also hold punctuation or digits are listed whole.
_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, "Latn"),
    (0x0250, 0x02AF, "Latn"),
    (0x0370, 0x03FF, "Grek"),
    (0x0400, 0x052F, "Cyrl"),
    (0x0531, 0x058F, "Armn"),
    (0x0590, 0x05FF, "Hebr"),
    (0x0600, 0x06FF, "Arab"),
    (0x0700, 0x074F, "Syrc"),
    (0x0750, 0x077F, "Arab"),
    (0x0780, 0x07BF, "Thaa"),
    (0x08A0, 0x08FF, "Arab"),
    (0x0900, 0x097F, "Deva"),
    (0x0980, 0x09FF, "Beng"),
    (0x0A00, 0x0A7F, "Guru"),
    (0x0A80, 0x0AFF, "Gujr"),
    (0x0B00, 0x0B7F, "Orya"),
    (0x0B80, 0x0BFF, "Taml"),
    (0x0C00, 0x0C7F, "Telu"),
    (0x0C80, 0x0CFF, "Knda"),
    (0x0D00, 0x0D7F, "Mlym"),
    (0x0D80, 0x0DFF, "Sinh"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x0E80, 0x0EFF, "Laoo"),
    (0x0F00, 0x0FFF, "Tibt"),
    (0x1000, 0x109F, "Mymr"),
    (0x10A0, 0x10FF, "Geor"),
    (0x1100, 0x11FF, "Hang"),
    (0x1200, 0x139F, "Ethi"),
    (0x1780, 0x17FF, "Khmr"),
    (0x1C80, 0x1C8F, "Cyrl"),
    (0x1E00, 0x1EFF, "Latn"),
    (0x1F00, 0x1FFF, "Grek"),
    (0x2C60, 0x2C7F, "Latn"),
    (0x2DE0, 0x2DFF, "Cyrl"),
    (0x3005, 0x3007, "Hani"),  # 々 〆 〇
    (0x3040, 0x309F, "Hira"),
    (0x30A0, 0x30FF, "Kana"),
    (0x3100, 0x312F, "Bopo"),
    (0x3130, 0x318F, "Hang"),
    (0x31F0, 0x31FF, "Kana"),
    (0x3400, 0x4DBF, "Hani"),
    (0x4E00, 0x9FFF, "Hani"),
    (0xA640, 0xA69F, "Cyrl"),
    (0xA720, 0xA7FF, "Latn"),
    (0xA960, 0xA97F, "Hang"),
    (0xAC00, 0xD7FF, "Hang"),
    (0xF900, 0xFAFF, "Hani"),
    (0xFB00, 0xFB06, "Latn"),
    (0xFB1D, 0xFB4F, "Hebr"),
    (0xFB50, 0xFDFF, "Arab"),
    (0xFE70, 0xFEFF, "Arab"),
    (0xFF21, 0xFF5A, "Latn"),
    (0xFF66, 0xFF9F, "Kana"),
    (0xFFA0, 0xFFDC, "Hang"),
    (0x20000, 0x3134F, "Hani"),
)
_RANGE_STARTS = tuple(start for start, _, _ in _SCRIPT_RANGES)
_KANA = frozenset({"Hira", "Kana"})
_SAMPLE_LETTERS = 20_000
_SAMPLE_CHARS = 200_000  # stop scanning a long run of digits or punctuation too
_ASCII_LETTERS = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def script_ranges(script: str) -> tuple[tuple[int, int], ...]:
    """The blocks (first and last code point) that Reader takes for ``script``'s letters."""
    return tuple((start, end) for start, end, name in _SCRIPT_RANGES if name == script)


# Writing systems made of several scripts: Japanese writes Han with both kana, Korean Hangul with
# the odd Hanja. A text's dominant script ("Jpan") is never any one character's ("Hira").
_WRITING_SCRIPTS = {
    "Jpan": frozenset({"Hani", "Hira", "Kana"}),
    "Kore": frozenset({"Hang", "Hani"}),
    "Hang": frozenset({"Hang", "Hani"}),
}


def writing_scripts(script: str | None) -> frozenset[str]:
    """The scripts whose characters a text of (dominant) ``script`` is written in: for Japanese
    Han, Hiragana and Katakana; for Korean Hangul and Han; otherwise the script alone."""
    if script is None:
        return frozenset()
    return _WRITING_SCRIPTS.get(script, frozenset({script}))


def script_of(ch: str) -> str | None:
    """The ISO 15924 script of one character, or None where Reader does not track it."""
    code = ord(ch)
    index = bisect_right(_RANGE_STARTS, code) - 1
    if index >= 0:
        start, end, script = _SCRIPT_RANGES[index]
        if start <= code <= end:
            return script
    return None


def script_counts(text: str) -> dict[str, int]:
    """How many letters of each script the text's first 20,000 letters hold (in the order the
    scripts first appear)."""
    sample = text[:_SAMPLE_CHARS]
    if sample.isascii():  # its letters are the 52 Latin ones: counted by deleting them, in C
        found = min(len(sample) - len(sample.translate(_ASCII_LETTERS)), _SAMPLE_LETTERS)
        return {"Latn": found} if found else {}
    # Letters counted in C, then each distinct letter looked up once: a few dozen lookups for
    # an article rather than one per letter (8 M instructions a pane at start-up, now 1 M).
    letters = Counter(islice(filter(str.isalpha, sample), _SAMPLE_LETTERS))
    counts: dict[str, int] = {}
    for ch, count in letters.items():
        script = script_of(ch) or "Zyyy"
        counts[script] = counts.get(script, 0) + count
    return counts


def _merge_japanese(counts: dict[str, int]) -> dict[str, int]:
    # Japanese mixes Han with kana: count them together, and any kana makes the text Japanese.
    merged = {k: v for k, v in counts.items() if k not in _KANA and k != "Hani"}
    kana = sum(counts.get(k, 0) for k in _KANA)
    han = counts.get("Hani", 0)
    if kana + han:
        merged["Jpan" if kana else "Hani"] = kana + han
    return merged


def _dominant(merged: dict[str, int]) -> str | None:
    tracked = {k: v for k, v in merged.items() if k != "Zyyy"}
    return max(tracked, key=tracked.__getitem__) if tracked else None


def dominant_script(text: str) -> str | None:
    """The ISO 15924 code of the script most of the text's letters are in ("Arab", "Latn",
    "Hani", "Jpan" for Han mixed with kana, ...), or None when the text has no letters."""
    return _dominant(_merge_japanese(script_counts(text)))


# -- identification ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Detection:
    """A language identified from text: ``code`` (None when undecided), a probability in [0, 1],
    and how it was decided ("script", "letters", "langid", "too-short", "unknown-script")."""

    code: str | None
    confidence: float
    method: str


_SCRIPT_LANGUAGE = {
    "Hebr": "he",
    "Hani": "zh",
    "Jpan": "ja",
    "Hang": "ko",
    "Thai": "th",
    "Deva": "hi",
    "Grek": "el",
}
# Scripts written without spaces between words: count letters there, not words.
UNSPACED_SCRIPTS = frozenset({"Hani", "Jpan", "Thai"})
_MIN_WORDS = 3
_MIN_UNSPACED_LETTERS = 4
_DECISIVE_SHARE = 0.75
_LANGID_SAMPLE = 20_000
_WORD = re.compile(r"[^\W\d_]+")

# Letters that tell languages sharing a script apart: Persian writes ی ک where Arabic writes
# ي ك, and has پ چ ژ گ; Urdu adds ٹ ڈ ڑ ں ے ہ; Ukrainian has і ї є ґ where Russian has ы э ъ ё.
_ARABIC_ONLY = frozenset("يكةى")
_PERSIAN = frozenset("پچژگکی")
_URDU_ONLY = frozenset("ٹڈڑںےہ")
_UKRAINIAN_ONLY = frozenset("іїєґ")
_RUSSIAN_ONLY = frozenset("ыэъё")


def _is_too_short(text: str, script: str) -> bool:
    if script in UNSPACED_SCRIPTS:
        return sum(ch.isalpha() for ch in text[:_SAMPLE_CHARS]) < _MIN_UNSPACED_LETTERS
    words = islice(_WORD.finditer(text[:_SAMPLE_CHARS]), _MIN_WORDS)
    return sum(1 for _ in words) < _MIN_WORDS


def _count(text: str, letters: frozenset[str]) -> int:
    return sum(text.count(ch) for ch in letters)


def _by_letters(text: str, share: float, default: str, rivals: list[tuple[str, int]]) -> Detection:
    """Pick among languages of one script by their telltale letters: the default language
    holds unless a rival's letters outnumber the default's own (``rivals[0]`` is the default)."""
    own = rivals[0][1]
    best, count = max(rivals[1:], key=lambda rival: rival[1])
    if count > own:
        return Detection(best, share * count / (count + own), "letters")
    total = own + count
    return Detection(default, share * (own / total if total else 1.0), "letters")


def _arabic_script(text: str, share: float) -> Detection:
    sample = text[:_SAMPLE_CHARS]
    arabic, persian, urdu = (_count(sample, s) for s in (_ARABIC_ONLY, _PERSIAN, _URDU_ONLY))
    if urdu > arabic and urdu * 10 >= persian:
        return Detection("ur", share * urdu / (urdu + arabic), "letters")
    return _by_letters(sample, share, "ar", [("ar", arabic), ("fa", persian)])


def _cyrillic_script(text: str, share: float) -> Detection:
    sample = text[:_SAMPLE_CHARS].lower()
    russian, ukrainian = _count(sample, _RUSSIAN_ONLY), _count(sample, _UKRAINIAN_ONLY)
    return _by_letters(sample, share, "ru", [("ru", russian), ("uk", ukrainian)])


@functools.cache
def _latin_identifier() -> LanguageIdentifier:
    # Imported here: py3langid imports numpy and unpacks its model (~0.5 s). A private instance
    # so that restricting its languages does not change py3langid's global identifier for others.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    known = set(identifier.labels)
    identifier.set_languages(
        sorted(code for code, lang in LANGUAGES.items() if lang.script == "Latn" and code in known)
    )
    return identifier


def _latin(text: str) -> Detection:
    code, probability = _latin_identifier().classify(text[:_LANGID_SAMPLE])
    return Detection(code, min(max(float(probability), 0.0), 1.0), "langid")


def detect_language(text: str) -> Detection:
    """Identify the language of a text: by its script where that decides (Arabic letters, Han,
    kana, Hangul, ...), by py3langid for Latin script; None when the text is too short to tell."""
    counts = _merge_japanese(script_counts(text))
    script = _dominant(counts)
    if script is None or _is_too_short(text, script):
        return Detection(None, 0.0, "too-short")
    # A script that holds three quarters of the letters decides outright: an Arabic article with
    # an English publisher's notice is Arabic. Below that, the mixture lowers the confidence.
    share = min(1.0, counts[script] / sum(counts.values()) / _DECISIVE_SHARE)
    if script == "Latn":
        return _latin(text)
    if script == "Arab":
        return _arabic_script(text, share)
    if script == "Cyrl":
        return _cyrillic_script(text, share)
    if script in _SCRIPT_LANGUAGE:
        return Detection(_SCRIPT_LANGUAGE[script], share, "script")
    return Detection(None, 0.0, "unknown-script")
