"""The one cut of text into tokens: the words of the word-level difference, of the fidelity
checks and of the aligner's names are all cut here, so that they never disagree.

A token is a word, a run of spaces (line breaks apart), one punctuation mark or symbol, or one
character of a script written without spaces. Tokens concatenate to the text exactly, and a
token never ends inside a user-perceived character: combining marks (Arabic harakat, Latin
accents, Thai vowel signs and tone marks), ZERO WIDTH JOINER and NON-JOINER stay with the
character before them. That is what lets a difference or a finding highlight whole Arabic words
only, so that a highlighted word keeps its letters joined (diff tools that cut inside a word
break the joins: WinMerge and VS Code both do).

The cut, script by script, after Unicode's word boundaries (UAX #29) where they fit news text:

- a word is a run of letters and digits with the marks, tatweel and joiners inside it: Latin,
  Arabic (``مَدْرَسَةٌ``, ``بـ``, ``می‌خواهم``), Cyrillic, and Hangul, which Korean writes with
  spaces between words (``한국어`` is one word);
- letters and digits join (``G20``, ``3rd``, ``5G``); an apostrophe joins a word to the letters
  after it (``People's``, ``l'agence``, ``Jum'at``); a mark between digits joins them into one
  number (``1.000,5``, ``١٬٠٠٠٫٥``, ``15:30``, ``2019/2020``); a full stop between letters does
  not (``Kremlin.ru`` is three tokens: scraped news often loses the space after a full stop);
- Chinese characters, hiragana, Thai, Lao, Khmer and Myanmar letters, written without spaces,
  are one token each with their marks (a Thai tone mark stays on its consonant); a run of
  katakana is one word (loanwords: ``ウクライナ``).

No Qt here: the window, the command line and the checks' worker all use this module.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from enum import StrEnum
from functools import cache, lru_cache
from typing import NamedTuple

from reader.core.text.fold import unmarked
from reader.core.text.languages import script_ranges

# Scripts written without spaces between words: one token per character (with its marks),
# except katakana, whose runs are loanwords ("ウクライナ") and read as one word.
_UNSPACED_SCRIPTS = ("Hani", "Hira", "Thai", "Laoo", "Khmr", "Mymr")
_KATAKANA = "Kana"
_JOINERS = "\u200c\u200d"  # ZWNJ, ZWJ: format characters that belong inside a word
_EMOJI_MODIFIERS = range(0x1F3FB, 0x1F400)  # skin tones (category Sk) extend the emoji before
_TAGS = range(0xE0020, 0xE0080)  # emoji tag sequences (flags of regions)
# Marks are found in these planes (the basic and supplementary multilingual ones, and plane 14
# for variation selectors); planes 2-3 hold only Han ideographs, 4-13 nothing.
_MARK_PLANES = (range(0x0000, 0x20000), range(0xE0000, 0xE1000))
# Between two digits, these keep one number together (Latin and Arabic decimal and grouping
# marks, the Swiss apostrophe, the colon of a time, the slash of a span of years).
_NUMBER_JOINERS = ".,:/\u066b\u066c'\u2019"
# Any character above the basic plane, for the look-aheads that keep the rare ones' slow tests
# away from the common ones. (``[^\x00-\uffff]``, the same set, had ``re`` fill a map of 65,536
# entries at each of its seven uses when compiling: a fifth of the compile.)
_ASTRAL = r"[\U00010000-\U0010ffff]"


class TokenKind(StrEnum):
    """What a token is: a word, a number, one character of a script written without spaces,
    a run of spaces, or a punctuation mark or symbol."""

    WORD = "word"
    NUMBER = "number"
    CJK = "cjk"
    SPACE = "space"
    PUNCT = "punct"


class Token(NamedTuple):
    """One token: its text, its span ``[start, end)`` in the text, and its kind.

    A NamedTuple rather than a dataclass: a 100,000-word text makes 200,000 of them, and a
    tuple is built several times faster.
    """

    text: str
    start: int
    end: int
    kind: TokenKind


def tokenize(text: str) -> list[Token]:
    """Cut ``text`` into tokens that concatenate back to it exactly.

    The cut is decided by each character's script, not by the text's language: a Chinese
    quotation inside an Arabic text is cut into characters all the same.
    """
    tokens: list[Token] = []
    start = 0
    for piece in token_texts(text):
        end = start + len(piece)
        tokens.append(Token(piece, start, end, kind_of(piece)))
        start = end
    return tokens


def token_texts(text: str) -> list[str]:
    """The texts of ``text``'s tokens, without building Token objects: the diff's fast path."""
    return _pattern(words_only=False).findall(text) if text else []


def word_pattern() -> re.Pattern[str]:
    """The word-like tokens alone (words, numbers, characters of unspaced scripts), as ``re``
    finds them: the same tokens ``tokenize`` cuts, without the spaces and punctuation between.
    (Every other kind of token starts with a character no word starts with, so a search for
    words alone cannot start inside one.)"""
    return _pattern(words_only=True)


def kind_of(token_text: str) -> TokenKind:
    """The kind of a token, from its text: what ``tokenize`` says of it.

    The pattern picks a token's kind by its first character alone, so this looks at that one.
    """
    kind = _KINDS_SEEN.get(token_text)
    if kind is None:
        kind = _kind_of_first(token_text[0]) if token_text else TokenKind.PUNCT
        if len(_KINDS_SEEN) < _KINDS_SEEN_MAX:
            _KINDS_SEEN[token_text] = kind
    return kind


_KINDS_SEEN: dict[str, TokenKind] = {}
_KINDS_SEEN_MAX = 1 << 17


def _kind_of_first(ch: str) -> TokenKind:
    if ch.isspace():
        return TokenKind.SPACE
    if ch.isdecimal():
        return TokenKind.NUMBER
    if ch.isalnum():
        return TokenKind.CJK if _in_unspaced(ord(ch)) else TokenKind.WORD
    return TokenKind.PUNCT


def _in_unspaced(code: int) -> bool:
    return any(start <= code <= end for start, end in _tables().unspaced_and_kana)


def comparison_key(token: Token | str) -> str:
    """The key two tokens are equal by: NFC, without Arabic harakat, superscript alef, tatweel
    (``reader.core.text.fold.unmarked``).

    ``كَتَبَ`` and ``كتب`` share a key, so a change in vowel marks alone is a minor change, not a
    rewrite. A token made only of such marks has the empty key.
    """
    text = token if isinstance(token, str) else token.text
    if text.isascii():
        return text
    return _key(text)


@lru_cache(maxsize=1 << 16)
def _key_cached(text: str) -> str:
    return unmarked(text)


def _key(text: str) -> str:
    # Short tokens repeat a lot (words of a language): cache them; long ones are rare.
    return _key_cached(text) if len(text) <= 64 else unmarked(text)


def is_wordlike(kind: TokenKind) -> bool:
    """Whether a token of this kind counts as a word (in summaries and minimality counts)."""
    return kind in _WORDLIKE


_WORDLIKE = frozenset({TokenKind.WORD, TokenKind.NUMBER, TokenKind.CJK})


# -- the pattern --------------------------------------------------------------------------------

Runs = tuple[tuple[int, int], ...]


class Tables(NamedTuple):
    """The runs of code points (first, last) the pattern is built from: functions of the
    Unicode database and of the scripts Reader writes without spaces (``_sources``) alone."""

    unspaced: Runs  # the unspaced scripts' blocks less their digits, katakana apart
    unspaced_and_kana: Runs  # the same with katakana
    marks: Runs  # what extends the character before it (``_marks``), in every plane
    inside: Runs  # a word's letters, digits and marks of the basic plane, outside those blocks


@cache
def _pattern(words_only: bool) -> re.Pattern[str]:
    """The tokenizer, or the same alternatives for word-like tokens only, for ``findall``.

    The classes ``re`` compiles slowly are those with many code points in their ranges (it sets
    a map's entries one by one in Python: a class of the Han blocks costs two milliseconds at
    each use), while a category (``\\w``, ``\\d``) costs nothing. So every class the pattern
    can write as a category less a few characters is written so, and the rest appear once:
    a word's letters, digits and marks of the basic plane (``inside``: tested in one bitmap
    lookup a character, as Python's ``\\w`` has no marks), the blocks of the unspaced scripts,
    the marks. Characters above U+FFFF come behind a cheap look-ahead. The classes' runs are
    read from ``unicode_tables`` (precomputed: finding them in the Unicode database took twice
    as long as compiling the pattern, at every start of a process), or computed when that was
    made for another Unicode database.
    """
    return _compiled(_tables(), words_only)


def _compiled(tables: Tables, words_only: bool) -> re.Pattern[str]:
    """The pattern (see ``_pattern``) built from ``tables``.

    A word starts with a letter or digit (``\\w`` less ``_``) and goes on over ``inside`` and
    what joins inside a word. It cannot start with a character of the unspaced scripts: no
    character of those blocks is in ``inside`` or joins, so there the word fails at once, and
    the alternatives after it take the character (``[^\\W_]`` last: every letter or digit no
    word and no katakana run took is one of the unspaced scripts'). Each step of a word takes
    one character, decided by the text at that place alone, so that the greedy loop takes the
    longest word, as ``alnum inside* (joint inside*)*`` did with each class written out.
    """
    kana = _ranges(_kana_ranges())
    mark = _marks(tables.marks)
    inside = f"[{_ranges(tables.inside)}]"
    # A letter or digit of a spaced script above the basic plane (Han ideographs excepted):
    # behind the look-ahead, only the unspaced blocks above the basic plane need leaving out.
    above = _ranges(_astral_parts((*tables.unspaced, *_kana_ranges())))
    astral = rf"(?={_ASTRAL})[^\W_{above}]"
    # A letter (no digit) of a spaced script, in any plane: the apostrophe's right side.
    letter = rf"[^\W\d_{_ranges(tables.unspaced_and_kana)}]"
    joiner = re.escape(_NUMBER_JOINERS)
    joint = rf"{astral}|{mark}|['\u2019](?={letter})|(?<=\d)[{joiner}](?=\d)"
    # Possessive: nothing after a word can make it give characters back. (Measured on the
    # ~1 MB pair: words alone matched 2 % slower than with ``inside*`` written out three times
    # as loops of their own, the whole tokenizer 13 % slower, for half the compile.)
    word = rf"(?=[^\W_])(?:{inside}++|{joint})++"
    kana_run = rf"(?:(?=\w)[{kana}]{mark}*)+"
    unspaced_char = rf"[^\W_]{mark}*"
    space = rf"[^\S\r\n]+{mark}*|[\r\n]+"
    # Anything else is one mark of punctuation or a symbol; an emoji keeps its ZWJ sequence.
    other = rf".(?:\u200d[^\w\s]|{mark})*"
    if words_only:
        # A character of the unspaced blocks of the basic plane first, by one bitmap lookup:
        # it starts neither a word nor a katakana run, which a Chinese text's every character
        # would otherwise try and fail first (its words read 40 % faster; the Bible's 6,301
        # Chinese verses). Every alternative starts with a letter or digit, which the search
        # looks for first (an English text's words 15 % faster).
        basic = [(start, min(end, 0xFFFF)) for start, end in tables.unspaced if start <= 0xFFFF]
        unspaced_basic = rf"[{_ranges(basic)}]{mark}*"
        return re.compile(f"(?=[^\\W_])(?:{unspaced_basic}|{word}|{kana_run}|{unspaced_char})")
    return re.compile(f"{space}|{word}|{kana_run}|{unspaced_char}|{other}", re.DOTALL)


@cache
def _tables() -> Tables:
    """The precomputed tables if they were made from this Unicode database and these scripts'
    blocks; otherwise computed (a tenth of a second)."""
    from reader.core.text import unicode_tables as stored

    if unicodedata.unidata_version == stored.UNICODE_VERSION and _sources() == stored.SOURCES:
        return Tables(*stored.TABLES)
    return computed_tables()


def _sources() -> tuple[object, ...]:
    """What the tables are computed from besides the Unicode database."""
    return (
        tuple((script, script_ranges(script)) for script in (*_UNSPACED_SCRIPTS, _KATAKANA)),
        _JOINERS,
        (_EMOJI_MODIFIERS.start, _EMOJI_MODIFIERS.stop),
        (_TAGS.start, _TAGS.stop),
        tuple((plane.start, plane.stop) for plane in _MARK_PLANES),
    )


def computed_tables() -> Tables:
    """The tables found in the Unicode database (``\\w`` by one C-level search of the basic
    plane, the marks' categories looked up for what is neither a word character nor a space)."""
    unspaced_and_kana = _without_digits(_script_blocks(with_kana=True))
    marks = _mark_codes()
    inside = sorted({*basic_alnum(unspaced_and_kana), *(code for code in marks if code <= 0xFFFF)})
    return Tables(
        unspaced=_without_digits(_script_blocks(with_kana=False)),
        unspaced_and_kana=unspaced_and_kana,
        marks=tuple(_runs(marks)),
        inside=tuple(_runs(inside)),
    )


def basic_alnum(excluded_runs: Runs) -> list[int]:
    """The basic plane's letters and digits (``\\w`` less ``_``) outside ``excluded_runs``."""
    plane = "".join(map(chr, range(0x10000)))
    excluded = {
        code for first, last in excluded_runs for code in range(first, min(last, 0xFFFF) + 1)
    }
    return [code for code in map(ord, re.findall(r"[^\W_]", plane)) if code not in excluded]


def tables_module(tables: Tables) -> str:
    """The source of ``unicode_tables.py`` holding ``tables`` (how it is made: its docstring)."""
    lines = [
        '"""The runs of code points the tokenizer\'s pattern is built from (``tokens.Tables``),',
        "precomputed: finding them in the Unicode database costs every process a tenth of a second.",
        "",
        "Generated; used only where ``UNICODE_VERSION`` and ``SOURCES`` are the running Python's and",
        "``tokens._sources()``' (otherwise the tables are computed). Made again with::",
        "",
        "    python -c 'from reader.core.text import tokens as t; "
        'print(t.tables_module(t.computed_tables()), end="")\' > reader/core/text/unicode_tables.py',
        '"""',
        "",
        "# fmt: off",
        f"UNICODE_VERSION = {unicodedata.unidata_version!r}",
        f"SOURCES = {_sources()!r}",
        "TABLES = (",
    ]
    for name, runs in zip(Tables._fields, tables, strict=True):
        lines.append(f"    # {name}")
        lines.append("    (")
        cells = [f"({first:#x}, {last:#x})," for first, last in runs]
        lines += ["        " + " ".join(cells[i : i + 6]) for i in range(0, len(cells), 6)]
        lines.append("    ),")
    lines += [")", ""]
    return "\n".join(lines)


def _script_blocks(with_kana: bool) -> list[tuple[int, int]]:
    scripts = (*_UNSPACED_SCRIPTS, _KATAKANA) if with_kana else _UNSPACED_SCRIPTS
    return [r for script in scripts for r in script_ranges(script)]


def _kana_ranges() -> list[tuple[int, int]]:
    return list(script_ranges(_KATAKANA))


def _without_digits(blocks: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    kept: list[tuple[int, int]] = []
    for first, last in blocks:
        start = first
        for code in range(first, min(last, 0xFFFF) + 1):
            if chr(code).isdecimal():
                if start < code:
                    kept.append((start, code - 1))
                start = code + 1
        if start <= last:
            kept.append((start, last))
    return tuple(kept)


def _marks(runs: Runs) -> str:
    """One character that extends the one before it: a combining mark, a joiner, an emoji
    modifier or tag. Characters of the basic plane are tested in one bitmap lookup; the rarer
    ones above it behind a cheap look-ahead, so that the slow range-by-range test of a class
    holding code points above U+FFFF never runs for the common characters."""
    bmp = [(first, min(last, 0xFFFF)) for first, last in runs if first <= 0xFFFF]
    return rf"(?:[{_ranges(bmp)}]|(?={_ASTRAL})[{_ranges(_astral_parts(runs))}])"


def _astral_parts(runs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``runs`` above the basic plane."""
    return [(max(first, 0x10000), last) for first, last in runs if last > 0xFFFF]


def _mark_codes() -> list[int]:
    """The combining marks (categories Mn, Mc, Me) of the planes that have any, found in one
    pass: a C-level search for what is neither a word character nor a space narrows the
    Unicode database's categories down to a third of the code points."""
    found: list[int] = []
    for plane in _MARK_PLANES:
        chars = "".join(map(chr, plane))
        candidates = re.findall(r"[^\w\s]", chars)
        categories = map(unicodedata.category, candidates)
        found += [ord(ch) for ch, cat in zip(candidates, categories, strict=True) if cat[0] == "M"]
    found += [ord(c) for c in _JOINERS] + list(_EMOJI_MODIFIERS) + list(_TAGS)
    return sorted(set(found))


def _runs(codes: list[int]) -> list[tuple[int, int]]:
    """Sorted code points as consecutive runs (first, last)."""
    runs: list[tuple[int, int]] = []
    for code in codes:
        if runs and runs[-1][1] == code - 1:
            runs[-1] = (runs[-1][0], code)
        else:
            runs.append((code, code))
    return runs


def _ranges(runs: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> str:
    """The inside of a character class for these runs: ``a-zà-ö...``."""
    return "".join(
        _escape(first) if first == last else f"{_escape(first)}-{_escape(last)}"
        for first, last in runs
    )


def _escape(code: int) -> str:
    """A code point as it may stand in a character class: itself, unless it is one of the few
    characters a class gives a meaning to (parsing ``\\U0001f3fb`` escapes costs ten times as
    much as a character, and a class of every mark has thousands)."""
    ch = chr(code)
    return "\\" + ch if ch in "\\]-[^" or code < 0x20 else ch
