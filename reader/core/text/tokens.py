"""Text cut into tokens that fit each script: the units a word-level difference is made of.

A token is a word, a number, a run of spaces, one punctuation mark, or one character of a
script written without spaces (Chinese, Japanese kana and kanji, Thai...). Tokens concatenate to
the text exactly, and a token never ends inside a user-perceived character: combining marks
(Arabic harakat, Latin accents), tatweel, ZERO WIDTH JOINER and NON-JOINER stay with the
character before them. That is what lets a difference highlight whole Arabic words only, so
that a highlighted word keeps its letters joined (diff tools that cut inside a word break the
joins: WinMerge and VS Code both do).

No Qt here: the window and the command line both use this module.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from reader.core.text.languages import script_of

KINDS = frozenset({"word", "number", "space", "punct", "cjk"})

# Scripts written without spaces between words: one token per character (with its marks),
# except katakana, whose runs are loanwords ("ウクライナ") and read as one word.
_UNSPACED = frozenset({"Hani", "Hira", "Thai", "Laoo", "Khmr", "Mymr"})
_KATAKANA = "Kana"

# What comparison_key removes: Arabic harakat (fathatan .. wavy hamza below), the superscript
# alef, and tatweel (kashida), which only stretches a word. Two words that differ only in these
# are the same word, written with more or fewer vowel marks.
_ARABIC_MARKS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670"
_TATWEEL = "\u0640"
_IGNORED = str.maketrans("", "", _ARABIC_MARKS + _TATWEEL)

# Code points scanned to build the character classes: planes 0 and 1 hold every letter, digit,
# mark and symbol outside the Han extensions of planes 2 and 3 (added as one range); plane 14
# holds tags and variation selectors (added by hand); planes 4-13 are unassigned.
_SCANNED = range(0x0000, 0x20000)
_HAN_EXTENSIONS = range(0x20000, 0x323B0)
_TAGS = (*range(0xE0020, 0xE0080), *range(0xE0100, 0xE01F0))  # emoji tags, variation selectors
_JOINERS = "\u200c\u200d"  # ZWNJ, ZWJ: format characters that belong inside a word
_EMOJI_MODIFIERS = range(0x1F3FB, 0x1F400)  # skin tones (category Sk) extend the emoji before


class Token(NamedTuple):
    """One token: its text, its span ``[start, end)`` in the text, and its kind.

    A NamedTuple rather than a dataclass: a 100,000-word text makes 200,000 of them, and a
    tuple is built several times faster.
    """

    text: str
    start: int
    end: int
    kind: str


def tokenize(text: str, language: str | None = None) -> list[Token]:
    """Cut ``text`` into tokens that concatenate back to it exactly.

    ``language`` is accepted for callers that know it; the cut is decided by each character's
    script, so a Chinese quotation inside an Arabic text is cut into characters all the same.
    """
    del language  # the script of each character decides; kept so that callers can pass it
    tokens: list[Token] = []
    start = 0
    for piece in token_texts(text):
        end = start + len(piece)
        tokens.append(Token(piece, start, end, kind_of(piece)))
        start = end
    return tokens


def token_texts(text: str) -> list[str]:
    """The texts of ``text``'s tokens, without building Token objects: the diff's fast path."""
    return _splitter().findall(text) if text else []


def kind_of(token_text: str) -> str:
    """The kind of a token, from its text: what ``tokenize`` says of it.

    The pattern picks a token's kind by its first character alone, so this looks at that one.
    """
    kind = _KINDS_SEEN.get(token_text)
    if kind is None:
        kind = _kind_of_first(token_text[0]) if token_text else "punct"
        if len(_KINDS_SEEN) < _KINDS_SEEN_MAX:
            _KINDS_SEEN[token_text] = kind
    return kind


_KINDS_SEEN: dict[str, str] = {}
_KINDS_SEEN_MAX = 1 << 17
_KIND_OF_CLASS = {"letter": "word", "digit": "number", "kana": "cjk", "unspaced": "cjk"}


def _kind_of_first(ch: str) -> str:
    if ch.isspace():
        return "space"
    if ord(ch) in _HAN_EXTENSIONS:
        return "cjk"
    return _KIND_OF_CLASS.get(_class_of(ch) or "", "punct")


def comparison_key(token: Token | str) -> str:
    """The key two tokens are equal by: NFC, without Arabic harakat, superscript alef, tatweel.

    ``كَتَبَ`` and ``كتب`` share a key, so a change in vowel marks alone is a minor change, not a
    rewrite. A token made only of such marks has the empty key.
    """
    text = token if isinstance(token, str) else token.text
    if text.isascii():
        return text
    return _key(text)


@lru_cache(maxsize=1 << 16)
def _key_cached(text: str) -> str:
    return unicodedata.normalize("NFC", text.translate(_IGNORED))


def _key(text: str) -> str:
    # Short tokens repeat a lot (words of a language): cache them; long ones are rare.
    return _key_cached(text) if len(text) <= 64 else _key_cached.__wrapped__(text)


def is_wordlike(kind: str) -> bool:
    """Whether a token of this kind counts as a word (in summaries and minimality counts)."""
    return kind in ("word", "number", "cjk")


# -- the pattern --------------------------------------------------------------------------------


@cache
def _splitter() -> re.Pattern[str]:
    """The tokenizer, for ``findall``: one alternative per kind, tried in this order."""
    return re.compile(_source(), re.DOTALL)


@cache
def _source() -> str:
    """The tokenizer's pattern, built on first use from the Unicode database (0.2 s, once).

    Each token is "a first character, then a run": runs are written as one class of the Basic
    Multilingual Plane repeated (which ``re`` matches at C speed) with anything rarer (characters
    above U+FFFF, inner apostrophes) as an exception between repetitions.
    """
    c = _classes()
    ext, letter, digit = _cls(c["ext"]), _cls(c["letter"]), _cls(c["digit"])
    word_run = _run([c["letter"], c["digit"], c["ext"]], rf"['\u2019]{letter}")
    number_run = _run([c["digit"], c["ext"]], rf"[.,:/\u066b\u066c'\u2019]{digit}")
    kana_run = _run([c["kana"], c["ext"]])
    ext_run = _run([c["ext"]])
    pattern = (
        # A word starts with a letter and keeps its marks, joiners, digits and inner apostrophes.
        rf"(?:{letter}{word_run})"
        # Line breaks apart from spaces, so that paragraph breaks align on their own.
        rf"|(?:[^\S\r\n]+{ext_run}|[\r\n]+)"
        # Kana runs are words; other unspaced scripts are cut into characters with their marks.
        rf"|(?:{_cls(c['kana'])}{kana_run}|{_cls(c['unspaced'])}{ext_run})"
        # 1.000,5  ١٬٠٠٠٫٥  15:30  2019/2020: one number, separators inside it.
        rf"|(?:{digit}{number_run})"
        # Anything else is one mark of punctuation or a symbol; an emoji keeps its ZWJ sequence.
        rf"|(?:.(?:\u200d{_cls(c['symbol'])}|{ext})*)"
    )
    return pattern


def _run(groups: list[list[int]], exception: str = "") -> str:
    """Zero or more characters of ``groups`` (and of the ``exception`` pattern), fast."""
    bmp, astral = _split(groups)
    others = ([_ranges(astral, astral=True)] if astral else []) + ([exception] if exception else [])
    if not others:
        return f"{_ranges(bmp)}*"
    return f"{_ranges(bmp)}*(?:(?:{'|'.join(others)}){_ranges(bmp)}*)*"


def _classes() -> dict[str, list[int]]:
    """Code points by class, from each code point's category and script."""
    members: dict[str, list[int]] = {
        name: [] for name in ("ext", "letter", "digit", "unspaced", "kana", "symbol")
    }
    for code in _SCANNED:
        name = _class_of(chr(code))
        if name:
            members[name].append(code)
    members["ext"] += [ord(c) for c in _JOINERS] + list(_EMOJI_MODIFIERS) + list(_TAGS)
    members["unspaced"] += list(_HAN_EXTENSIONS)  # planes 2 and 3 hold only Han ideographs
    return members


def _cls(*groups: list[int]) -> str:
    """One character of the union of ``groups``."""
    bmp, astral = _split(groups)
    if not astral:
        return _ranges(bmp)
    return f"(?:{_ranges(bmp)}|{_ranges(astral, astral=True)})"


def _split(groups: Sequence[list[int]]) -> tuple[list[int], list[int]]:
    """The union of ``groups``, as code points of the BMP and code points above it.

    They go in separate classes: ``re`` tests a class that holds any code point above U+FFFF
    range by range (a class of every letter is then several times slower), a BMP class with
    one bitmap lookup.
    """
    codes = sorted({code for group in groups for code in group})
    return [c for c in codes if c <= 0xFFFF], [c for c in codes if c > 0xFFFF]


def _class_of(ch: str) -> str | None:
    category = unicodedata.category(ch)
    if category in ("Mn", "Mc", "Me"):
        return "ext"
    if category == "Nd":
        return "digit"
    if category == "So":
        return "symbol"
    if category[0] != "L":
        return None
    script = script_of(ch)
    if script == _KATAKANA:
        return "kana"
    return "unspaced" if script in _UNSPACED else "letter"


def _ranges(codes: list[int], astral: bool = False) -> str:
    """``[a-zà-ö...]`` for sorted code points, written as ranges.

    An ``astral`` class (code points above U+FFFF) starts with a cheap look-ahead, so that the
    slow range-by-range test never runs for the common characters of the BMP.
    """
    parts: list[str] = []
    index = 0
    while index < len(codes):
        first = last = codes[index]
        while index + 1 < len(codes) and codes[index + 1] == last + 1:
            index += 1
            last = codes[index]
        parts.append(_escape(first) if first == last else f"{_escape(first)}-{_escape(last)}")
        index += 1
    return ("(?=[^\\x00-\\uffff])" if astral else "") + "[" + "".join(parts) + "]"


def _escape(code: int) -> str:
    return f"\\U{code:08x}"
