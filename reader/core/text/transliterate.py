"""Consonant skeletons: the one scheme by which a name is recognised across scripts, and the
test of whether an Arabic word spells a Latin-script word out letter by letter.

Machine translation into Arabic sometimes writes a source word in Arabic letters instead of
translating it: the seed's ``برساما`` is Indonesian *bersama* ("with"). Names are rightly
written that way (``بوتين`` for Putin, ``جاكرتا`` for Jakarta), so the same matcher serves two
checks: an untranslated common word, and a name the cross-version check looks for.

Arabic writes consonants and long vowels and leaves short vowels out, so the comparison is on
consonant skeletons: each Latin letter or digraph maps to the classes of Arabic letters that
render it (``p`` → ب, ``g`` → غ or ج or ك, ``ng`` → نغ), vowels and the semivowels w/y drop
out, doubled letters count once. A Latin word has several possible skeletons (``latin_keys``),
an Arabic word one (``arabic_key``, taken of each of its stems: ``reader.core.text.arabic``), a
Cyrillic word one (``cyrillic_key``, on the same classes): a name is spelled by an Arabic word
when one of its skeletons equals the word's. Between two Latin-script texts one skeleton per word
is enough (``latin_key``): the first of its skeletons in sort order, which the spellings of a
name share (Kanada and Canada, both ``KND``).

Calling a common word untranslated asks more (``transliterates``): the Arabic word must write the
Latin one out letter by letter, in order, with most of its vowels as long-vowel letters
(``برساما``: b-r-s-a-m-a, two of three vowels written), which a native Arabic word that happens to
share a skeleton seldom does (``التي`` shares the skeleton of *lewat*, not its letters).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

from reader.core.text.arabic import ARABIC_FUNCTION_WORDS, letters, stems

# Latin letters and digraphs → the Arabic consonant classes that may render them.
_DIGRAPHS: dict[str, tuple[str, ...]] = {
    "ng": ("NG", "NJ", "NK"),
    "ny": ("N",),
    "sy": ("S",),
    "sh": ("S",),
    "kh": ("H", "K"),
    "gh": ("G",),
    "ch": ("S", "TS", "K", "H"),  # Cholil is خليل: Indonesian spelling of Arabic kh
    "th": ("T", "S"),
    "dh": ("D", "Z"),
    "dz": ("Z", "DZ"),
    "ph": ("F",),
}
_LETTERS: dict[str, tuple[str, ...]] = {
    "b": ("B",),
    "p": ("B",),
    "f": ("F",),
    "v": ("F",),
    "t": ("T",),
    "d": ("D",),
    "s": ("S", "Z"),
    "z": ("Z", "S", "TS"),
    "c": ("S", "TS", "K"),
    "j": ("J",),
    "g": ("G", "J", "K"),
    "k": ("K",),
    "q": ("K",),
    "h": ("H", "G"),
    "l": ("L",),
    "m": ("M",),
    "n": ("N",),
    "r": ("R",),
    "x": ("KS",),
}
_LATIN_VOWELS = frozenset("aeiouy")
_MAX_KEYS = 64

# Arabic letters → consonant class; letters not listed (alef, waw, ya, hamza, ain, ta marbuta)
# are vowels or glides and leave the skeleton.
_ARABIC: dict[str, str] = {
    **dict.fromkeys("بپ", "B"),
    **dict.fromkeys("تط", "T"),
    **dict.fromkeys("ثسصش", "S"),
    **dict.fromkeys("جچ", "J"),
    **dict.fromkeys("حهخ", "H"),
    **dict.fromkeys("دض", "D"),
    **dict.fromkeys("ذزظ", "Z"),
    "ر": "R",
    "غ": "G",
    **dict.fromkeys("فڤ", "F"),
    **dict.fromkeys("قكگ", "K"),
    "ل": "L",
    "م": "M",
    "ن": "N",
}
# Latin letters inside an Arabic word (a transliteration left half done: "سامارينda") count
# with their usual Arabic rendering.
_ARABIC.update({letter: classes[0] for letter, classes in _LETTERS.items() if len(classes[0]) == 1})
# Cyrillic letters → the same classes; vowels, й and the signs ь ъ leave the skeleton.
_CYRILLIC: dict[str, str] = {
    **dict.fromkeys("бп", "B"),
    **dict.fromkeys("вф", "F"),
    "г": "G",
    "к": "K",
    "х": "H",
    **dict.fromkeys("чц", "TS"),
    "д": "D",
    "ж": "J",
    "з": "Z",
    "л": "L",
    "м": "M",
    "н": "N",
    "р": "R",
    **dict.fromkeys("сшщ", "S"),
    "т": "T",
}


def squeeze(key: str) -> str:
    """Doubled consonants count once (``Commons`` → كومنز)."""
    return re.sub(r"(.)\1+", r"\1", key)


@functools.lru_cache(maxsize=1 << 14)
def latin_keys(word: str) -> frozenset[str]:
    """The consonant skeletons an Arabic rendering of a Latin word may have."""
    word = unicodedata.normalize("NFKD", word.casefold())
    word = "".join(ch for ch in word if "a" <= ch <= "z")
    options: list[tuple[str, ...]] = []
    index = 0
    while index < len(word):
        pair = word[index : index + 2]
        if pair in _DIGRAPHS:
            options.append(_DIGRAPHS[pair])
            index += 2
            continue
        if word[index] == "h" and index == len(word) - 1 and index:
            options.append(("H", ""))  # Madinah, Arafah: a final -ah is often ة, no h
        elif word[index] in _LETTERS:
            options.append(_LETTERS[word[index]])
        index += 1
    keys: set[str] = set()
    for combination in itertools.islice(itertools.product(*options), _MAX_KEYS):
        keys.add(squeeze("".join(combination)))
    return frozenset(keys)


def latin_vowels(word: str) -> int:
    """How many vowels a Latin word has (what a transliteration would write out)."""
    return sum(ch in _LATIN_VOWELS for ch in word.casefold())


@functools.lru_cache(maxsize=1 << 15)
def arabic_key(word: str) -> str:
    """The consonant skeleton of an Arabic word (vowel marks and tatweel ignored)."""
    return squeeze("".join(_ARABIC.get(ch, "") for ch in letters(word)))


@functools.lru_cache(maxsize=1 << 14)
def latin_key(word: str) -> str:
    """One skeleton for a Latin word, for matching it against other Latin-script spellings: the
    first of its skeletons in sort order ("" for a word without consonants)."""
    return min(latin_keys(word), default="")


@functools.lru_cache(maxsize=1 << 14)
def cyrillic_key(word: str) -> str:
    """The consonant skeleton of a Cyrillic word: ``Путин`` → ``BTN``, as ``Putin`` and ``بوتين``."""
    return squeeze("".join(_CYRILLIC.get(ch, "") for ch in word.lower()))


# Letter by letter, for ``transliterates``: Latin vowels become the long-vowel letters a
# transliteration writes (a → ا, i/e → ي, o/u → و), each of which it may also leave out.
_LATIN_VOWEL_LETTERS: dict[str, tuple[str, ...]] = {
    "a": ("A",),
    "e": ("I",),
    "i": ("I",),
    "o": ("U",),
    "u": ("U",),
    "w": ("U",),
    "y": ("I",),
}
_ARABIC_VOWEL_CLASSES = {"ا": "A", "آ": "A", "ى": "A", "ة": "A", "و": "U", "ي": "I"}


def _latin_units(word: str) -> tuple[tuple[tuple[str, ...], bool], ...]:
    """A Latin word as units: (the classes an Arabic spelling may give it, optional?)."""
    word = unicodedata.normalize("NFKD", word.casefold())
    word = "".join(ch for ch in word if "a" <= ch <= "z")
    units: list[tuple[tuple[str, ...], bool]] = []
    index = 0
    while index < len(word):
        pair, letter = word[index : index + 2], word[index]
        if pair in _DIGRAPHS:
            units.append((_DIGRAPHS[pair], False))
            index += 2
            continue
        if letter in _LATIN_VOWEL_LETTERS:
            units.append((_LATIN_VOWEL_LETTERS[letter], True))
        elif letter == "h" and index == len(word) - 1 and index:
            units.append((("H",), True))  # a final -ah is often written ة
        elif letter in _LETTERS and not (units and units[-1][0] == _LETTERS[letter]):
            units.append((_LETTERS[letter], False))  # a doubled consonant is written once
        index += 1
    return tuple(units)


def _arabic_letters(word: str) -> str:
    """An Arabic word as consonant classes and vowel letters; hamza and ain left out."""
    return "".join(_ARABIC.get(ch) or _ARABIC_VOWEL_CLASSES.get(ch, "") for ch in letters(word))


@functools.lru_cache(maxsize=1 << 14)
def _written_vowels(latin: str, arabic: str) -> int:
    """How many of ``latin``'s vowels ``arabic`` writes out when it spells ``latin`` letter by
    letter in order (vowels may be left unwritten, consonants may not); -1 when it does not."""
    units = _latin_units(latin)
    letters = _arabic_letters(arabic)

    @functools.cache
    def best(i: int, j: int) -> int:
        if i == len(units):
            return 0 if j == len(letters) else -1
        options, optional = units[i]
        result = best(i + 1, j) if optional else -1
        for option in options:
            if option and letters.startswith(option, j):
                rest = best(i + 1, j + len(option))
                if rest >= 0:
                    result = max(result, rest + optional)
        return result

    return best(0, 0)


def _vowels_needed(latin: str) -> int:
    """How many vowels a transliteration of ``latin`` writes out at least: 60% of its full
    vowels (a, i, o, u; the schwa ``e`` is usually left unwritten), and two when it has two."""
    full = sum(ch in "aiou" for ch in latin.casefold())
    needed = max(1, -(-3 * full // 5))
    return max(2, needed) if full >= 2 else needed


@functools.lru_cache(maxsize=1 << 15)
def transliterates(latin: str, arabic: str) -> str | None:
    """The stem of ``arabic`` that writes ``latin`` out letter by letter, most vowels
    included, as a transliteration does (``برساما`` for *bersama*); None when it is not one.

    A word of one consonant (``itu``, ``ini``) must have every vowel written (``إيتو``)."""
    keys = latin_keys(latin)
    needed = _vowels_needed(latin)
    for stem in stems(arabic):
        if stem in ARABIC_FUNCTION_WORDS or len(stem) < 4:
            continue
        key = arabic_key(stem)
        if key not in keys:
            continue
        written = _written_vowels(latin, stem)
        if written >= needed and (len(key) >= 2 or written >= max(2, latin_vowels(latin))):
            return stem
    return None
