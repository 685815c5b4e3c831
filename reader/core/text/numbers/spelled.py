"""Numbers written in words: ``tiga``, ``ثلاثة``, ``deuxième``, ``forty-second``.

They confirm a number written in digits on the other side but are never required there
(``NumberMention.soft``): translations spell small numbers freely. Unicode has no spelled
numbers and Babel no rule-based number names, so the words are tables, one per language, of
the cardinals and ordinals news writes in words (to twelve, the tens, a hundred, a thousand).
English, French, Indonesian and Malay are read by their grammars (``english``: ``three hundred
and five``; ``french``: ``quatre-vingt-dix-neuf``; ``indonesian``: ``dua puluh lima``), Arabic
numbers of hundreds and thousands by theirs (``arabic``: ``ألف وتسعمائة وخمسة وأربعون``),
Chinese and Japanese numerals by their rules (``chinese``).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet

from reader.core.text import frequency
from reader.core.text.arabic import CLITICS
from reader.core.text.fold import fold
from reader.core.text.numbers import arabic, english, french, indonesian
from reader.core.text.patterns import lazy

_SPELLED: dict[str, dict[str, int]] = {
    "ar": {
        "صفر": 0,
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
        # The tens with the article, nominative and oblique: "الحادي والعشرون" (21st).
        "العشرون": 20,
        "الثلاثون": 30,
        "الاربعون": 40,
        "الخمسون": 50,
        "الستون": 60,
        "السبعون": 70,
        "الثمانون": 80,
        "التسعون": 90,
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
        # The other unit of a compound ordinal ("الواحد والعشرون", 21st), read only there:
        # alone it is "the one" ("للمباراة الواحدة", for one match; ``_COMPOUND_ONLY``).
        "الواحد": 1,
        "الواحدة": 1,
        "مئة": 100,
        "مائة": 100,
        # The dual of a hundred: two hundred.
        **dict.fromkeys(
            ("مئتان", "مئتين", "مئتا", "مئتي", "مائتان", "مائتين", "مائتا", "مائتي"), 200
        ),
        "الف": 1000,
        # The hundreds from three to nine: the unit, in its construct form, joined to the
        # hundred ("ثلاثمائة", "تسعمئة"); some write them apart ("ثلاث مائة").
        **{
            f"{unit}{hundred}": value * 100
            for value, unit in enumerate(("ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع"), 3)
            for hundred in ("مئة", "مائة")
        },
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
# Languages read by a grammar of their own, besides English (which is looked for at every
# word): (the words that begin their numbers, the reader from where those stand).
_GRAMMARS: dict[
    str,
    tuple[
        Callable[[], frozenset[str]],
        Callable[[str, Iterable[int]], Iterator[tuple[int, int, int, bool]]],
    ],
] = {
    "fr": (french.number_words, french.french_numbers),
    "id": (indonesian.number_words, indonesian.indonesian_numbers),
    "ms": (indonesian.number_words, indonesian.indonesian_numbers),
}
_ARABIC_SCRIPT = frozenset({"ar", "fa", "ur"})

# Between the parts of a spelled compound: Arabic puts the units first and joins with و
# ("الثاني والأربعين", 42nd), after the unit's vowel marks, which end no word ("ثمانٍ وعشرون").
_COMPOUND_GAP = {"ar": lazy(r"[\u064b-\u0652]*\s+")}


# Arabic cardinals from three to ten take the article after a definite noun: "القادة التسعة"
# (the nine leaders), "الأيام الأربعة". The ordinals have forms of their own (الثالث, the
# third), so the article leaves these cardinals; one and two with it are other words
# (الاثنين is Monday, and two is said by the dual).
_DEFINITE_CARDINALS = range(3, 11)


@functools.cache
def _table(language: str) -> dict[str, int]:
    """The spelled numbers of a language, folded (for Arabic, with the definite cardinals and
    the shortened spellings of the defective words)."""
    table = {fold(word): value for word, value in _SPELLED.get(language, {}).items()}
    if language in _ARABIC_SCRIPT:
        table.update({"ال" + word: value for word, value in _definite_cardinals(table)})
        table.update({short: table[full] for short, full in _shortened(language).items()})
    return table


# Arabic's defective (manqūṣ) words end in a ي after a kasra, in the patterns فاعٍ and فَعالٍ of
# the ordinal and the cardinal (الثاني, the second; الحادي, of 21st; ثماني, eight). Indefinite,
# in the nominative and the genitive, they drop it for the tanween: "اجتماع ثانٍ" (a second
# meeting), "ثمانٍ" (folded: ثان, ثمان). The definite keeps it; with the article the short
# spelling is a slip that news still prints ("نورد ستريم الثانٍ", Nord Stream 2).
_DEFECTIVE = lazy(r"(?:ال)?\w*ا\wي")


@functools.cache
def _shortened(language: str) -> dict[str, str]:
    """The short spellings of the defective words of an Arabic table (folded): short → full.
    Written bare, a short form may be another word, more common: حاد is "sharp" (حادّ), not
    حادٍ. So a short form is read only where the language's word list has it rarer than its
    full form (ثان, against ثاني); with the article, where its indefinite is."""
    table = {fold(word) for word in _SPELLED.get(language, {})}
    shortened = {}
    for full in table:
        bare = full.removeprefix("ال")
        if _DEFECTIVE.fullmatch(full) and _rarer(bare[:-1], bare, language):
            shortened[full[:-1]] = full
    return shortened


def _rarer(short: str, full: str, language: str) -> bool:
    return frequency.zipf(short, language) < frequency.zipf(full, language)


def _definite_cardinals(table: dict[str, int]) -> Iterator[tuple[str, int]]:
    """The cardinals of an Arabic table that take the article, as (bare word, value)."""
    for word, value in table.items():
        if value in _DEFINITE_CARDINALS and not _arabic_ordinal(word):
            yield word, value


def _arabic_ordinal(word: str) -> bool:
    """Whether a folded Arabic word of the table (clitics off) is an ordinal: one with the
    article (which takes a word of three letters at least: ``الف``, a thousand, has none)."""
    word = _shortened("ar").get(word, word)
    return (word.startswith("ال") and len(word) >= _WITH_ARTICLE) or word in ("اول", "ثاني", "ثالث")


_WITH_ARTICLE = 5  # letters: the article and a word of three


@functools.cache
def spelled_forms(language: str) -> frozenset[str]:
    """Every way a spelled number of the language may be written, lower-cased (for Arabic, the
    folded forms with each alef in each of its seats, ى for ي and ة for ه): a quick test."""
    if language == "en":
        return english.number_words()
    if language in _GRAMMARS:
        return _GRAMMARS[language][0]()
    forms: set[str] = set()
    for word in _table(language):
        forms.update(written_forms(word))
    return frozenset(forms)


def written_forms(folded: str) -> frozenset[str]:
    """Every way a folded Arabic word may have been written: each alef in each of its seats,
    ى or ئ for ي, ة for ه."""
    variants = [_WRITTEN.get(ch, (ch,)) for ch in folded]
    return frozenset("".join(chars) for chars in itertools.product(*variants))


# What a folded Arabic letter may have been written as.
_WRITTEN = {"ا": ("ا", "أ", "إ", "آ"), "ي": ("ي", "ى", "ئ"), "ه": ("ه", "ة")}  # مئة, مائة


# A word as the scan below reads it. The words of the tables are looked up whole: a run of word
# characters is a spelled number when it is one of the language's forms (in Arabic, also after
# a one-letter clitic). Set lookups replace a regular expression of every form (300
# alternatives for Arabic), which took longer to compile than the texts take to scan.
_WORDS = lazy(r"(\w+)")  # split by it, a text alternates between gaps and words
# Letters outside ASCII that a case-insensitive match equates with an ASCII letter of the
# tables (Python's re: ``I`` with the dotted İ, dotless ı; ``s`` with the long ſ); the Kelvin
# sign's lower case is ``k`` already. İ is also the one letter whose lower case is two
# characters (Unicode's SpecialCasing): translated first, a text keeps its length, and so its
# spans, when lower-cased.
_CASE_VARIANTS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


@functools.cache
def _written_words(language: str) -> frozenset[str]:
    """Every whole word that is a spelled number of ``language``: its forms (lower-cased), and
    in Arabic each of them after each clitic."""
    forms = spelled_forms(language)
    if language in _ARABIC_SCRIPT:
        return forms | {clitic + form for clitic in CLITICS for form in forms}
    return forms


def may_spell(word: str, language: str) -> bool:
    """Whether ``word`` (a run of letters of a text) may be a spelled number of ``language`` as
    ``spelled_numbers`` reads the text: False says that a text none of whose words may is read
    to no number at all, so that a reader of many paragraphs skips it on a set lookup per word.
    (English, read by its grammar with articles and hyphens, is never ruled out.)"""
    if language == "en":
        return True
    if language not in _ARABIC_SCRIPT:
        word = word.translate(_CASE_VARIANTS).lower()
    return word in _written_words(language)


def _spelled_spans(
    text: str, language: str, vocabulary: AbstractSet[str] | None = None
) -> Iterator[tuple[int, int]]:
    """The spans of the words of ``text`` that are spelled numbers of ``language``, in text
    order: whole words only; Arabic with a clitic and any seat of the hamza, ى or ة; other
    scripts in any letter case. ``vocabulary``, the text's words as ``words.lower_words``
    reads them, names the words to look for: only they are looked up in the text."""
    written = _written_words(language)
    if not written:
        return
    if language not in _ARABIC_SCRIPT:
        if "İ" in text or "ı" in text or "ſ" in text:  # rare: translating costs more than looking
            text = text.translate(_CASE_VARIANTS)
            vocabulary = None  # the words as read before the translation
        text = text.lower()
    if vocabulary is not None:
        yield from sorted(_whole_words(text, written.intersection(vocabulary)))
        return
    parts = _WORDS.split(text)
    words = parts[1::2]
    if written.isdisjoint(words):  # most paragraphs: one pass in C
        return
    ends = list(itertools.accumulate(map(len, parts)))
    for index in itertools.compress(range(1, len(parts), 2), map(written.__contains__, words)):
        yield ends[index] - len(parts[index]), ends[index]


def _whole_words(text: str, found: Iterable[str]) -> Iterator[tuple[int, int]]:
    r"""The spans where each of ``found`` stands in ``text`` as a whole run of word characters
    (``\w``: ``str.isalnum`` and the underscore), as ``_WORDS`` splits it. (A word of them is
    all word characters: where it does not stand whole, the next place it may is after it.)"""
    for word in found:
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            if not (_word_character(text[at - 1 : at]) or _word_character(text[end : end + 1])):
                yield at, end
            at = text.find(word, end)


def _word_character(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@functools.lru_cache(maxsize=1 << 16)
def spelled_value(word: str, language: str) -> int | None:
    """The number a word spells in ``language`` (with an Arabic clitic on it), or None."""
    table = _table(language)
    folded = fold(word)
    if folded in table:
        return table[folded]
    if language in _ARABIC_SCRIPT and folded[:1] in CLITICS and len(folded) > 3:
        return table.get(folded[1:])
    return None


def spelled_numbers(
    text: str, language: str, vocabulary: AbstractSet[str] | None = None
) -> Iterator[tuple[int, int, int, bool]]:
    """(start, end, value, ordinal) for each spelled number of ``text``, compounds merged.
    ``vocabulary``: the text's words (``words.lower_words``), where the reader has them."""
    if language == "en":  # read by its grammar: "three hundred and five", "two million"
        yield from english.english_numbers(text)
        return
    if language in _GRAMMARS:  # by its grammar, from the words that may begin a number
        starts = (start for start, _ in _spelled_spans(text, language, vocabulary))
        yield from _GRAMMARS[language][1](text, starts)
        return
    found = [
        (start, end, value)
        for start, end in _spelled_spans(text, language, vocabulary)
        if (value := spelled_value(text[start:end], language)) is not None
    ]
    grand = language == "ar" and (
        vocabulary is None or not vocabulary.isdisjoint(arabic.grand_words())
    )
    compounds = list(arabic.arabic_numbers(text, (w[0] for w in found))) if grand else []
    if compounds:  # the words of a compound are its own
        found = [word for word in found if not any(c[0] <= word[0] < c[1] for c in compounds)]
    words = (
        (start, end, value, _looks_ordinal(text[start:end].split()[0], language))
        for start, end, value in _units_and_tens(text, found, language)
    )
    yield from sorted([*compounds, *words])


def arabic_table() -> dict[str, int]:
    """The Arabic words of the table, folded, with their values (``arabic`` reads its
    compounds with them)."""
    return _table("ar")


def _units_and_tens(
    text: str, found: list[tuple[int, int, int]], language: str
) -> list[tuple[int, int, int]]:
    """Spelled numbers with units and tens merged ("خمسة وعشرون"): (start, end, value)."""
    return list(_merge_units_and_tens(text, found, language))


# Words that are a number only as a compound's unit (folded, clitics off).
_COMPOUND_ONLY = frozenset({"الواحد", "الواحده"})


def _merge_units_and_tens(
    text: str, found: list[tuple[int, int, int]], language: str
) -> Iterator[tuple[int, int, int]]:
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
        if not (gap and _compound_only(text[start:end])):
            yield start, end, value
        index += 1


def _compound_only(word: str) -> bool:
    folded = fold(word)
    return folded in _COMPOUND_ONLY or (folded[:1] in CLITICS and folded[1:] in _COMPOUND_ONLY)


@functools.cache
def _cardinals_with_article(language: str) -> frozenset[str]:
    """The folded Arabic cardinals that take the article (``تسعه`` of ``التسعه``)."""
    table = {fold(word): value for word, value in _SPELLED.get(language, {}).items()}
    return frozenset(word for word, _ in _definite_cardinals(table))


def _looks_ordinal(word: str, language: str) -> bool:
    """Spelled ordinals ("ketiga", "third", "الثالث") as opposed to cardinals."""
    if language in _ARABIC_SCRIPT:
        word = fold(word)
        if word[:1] in CLITICS and word[1:3] == "ال":
            word = word[1:]
        if word.startswith("ال") and word[2:] in _cardinals_with_article(language):
            return False  # "التسعة": the nine
        return _arabic_ordinal(word)
    return False
