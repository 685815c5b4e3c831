"""Anchors for paragraph alignment: what a translation carries over unchanged, or nearly.

A translator rewrites every word but leaves some things recognisable: numbers (whatever the
digit system: ``2019``, ``٢٠١٩``, ``۲۰۱۹``, ``二〇一九``), Latin-script tokens (acronyms, web
addresses, product names), proper names (``Putin``, ``Poutine`` and ``بوتين`` share a consonant
skeleton) and punctuation such as quotation marks. Each paragraph is reduced to a multiset of
such *keys*; a key counts only when it occurs in both texts, and it weighs less the more
paragraphs it occurs in, so that the name of an article's protagonist, present everywhere,
tells the aligner little while a year mentioned once tells it a lot.

Keys are strings with a one-character kind prefix: ``#`` a number written in numerals, ``~`` a
number written in words (``twenty``, ``二十``: the same value as ``#20``, matched with it), ``L`` a
Latin-script token kept verbatim, ``N`` a name's consonant skeleton, ``P`` a punctuation mark.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import string
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

from reader.core.text.arabic import stems
from reader.core.text.fold import unmarked
from reader.core.text.languages import language_of, script_of
from reader.core.text.numbers import NumberKind, extract_numbers
from reader.core.text.numbers.spelled import may_spell, spelled_forms, spelled_numbers
from reader.core.text.pinyin import HanNames, han_keys, latin_name_key
from reader.core.text.transliterate import arabic_key, cyrillic_key, latin_key, latin_keys

# What each kind of key is worth before the rarity factor. A number of two digits or more is the
# best evidence a news translation offers; a single digit is often spelled out ("dua", "two");
# skeletons of names sometimes collide with ordinary words; punctuation is only a hint.
KIND_WEIGHTS = {"#": 1.0, "L": 1.0, "N": 0.7, "P": 0.3}
SINGLE_DIGIT_WEIGHT = 0.5
MIN_SKELETON = 3  # consonants: shorter skeletons ("km" for Kim) match ordinary words too often


# -- numbers ------------------------------------------------------------------------------------


def number_keys(text: str, language: str) -> list[str]:
    """The numbers of ``text`` as anchor keys, read as the fidelity checks read them
    (``reader.core.text.numbers``), whatever the digits, separators and scale word: ``2.300``,
    ``2,300``, ``٢٬٣٠٠`` and ``2 300`` are all ``#2300``; ``7,2 miliar`` and ``US$7.2 billion``
    both ``#7200000000``, and so is a French ``7,2 milliards`` (a French ``billion`` is 10¹²);
    a clock time is ``#13:21``. Only numerals are read, no month names or numbers in words."""
    return [
        "#" + (m.describe() if m.kind is NumberKind.TIME else _canonical(m.value))
        for m in extract_numbers(text, language, words=False)
    ]


def spelled_keys(text: str, language: str) -> list[str]:
    """The numbers of ``text`` written in words, as ``~`` keys: ``twenty-two`` is ``~22``, as
    ``dua puluh dua`` would be (``reader.core.text.numbers.spelled``). A spelled number
    confirms the same number on the other side, in words or numerals, but its absence there
    says nothing (translations spell small numbers as freely as they write them)."""
    return ["~" + str(value) for _, _, value, _ in spelled_numbers(text, language)]


@functools.lru_cache(maxsize=1 << 14)
def _canonical(value: Decimal) -> str:
    # Cached by value: equal Decimals (2.300, 2.3) normalise alike, and a text repeats numbers.
    return format(value.normalize(), "f")


_ASCII_RUN = re.compile(r"[A-Za-z]+")


def _may_spell_english(word: str) -> bool:
    """``may_spell`` for English, which it never rules out (the reader reads English by its
    grammar, at every word): whether a run of ASCII letters in ``word`` is one of its number
    words (``spelled_forms``). The English reader reads only such runs (articles and ``and``
    only beside those), so that a text none of whose words holds one is read to no number.
    The Bible's English verses: 1,134 of 5,000 hold one, and the rest are no longer read."""
    forms = spelled_forms("en")
    if word.isascii():  # a run of letters: one run of ASCII letters
        return word.lower() in forms
    return any(run.lower() in forms for run in _ASCII_RUN.findall(word))


# -- names and Latin-script tokens ----------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+")
# An ASCII text's letters kept and each other character made a space: its words are then what
# ``str.split`` cuts, in C, with no match object made per word.
_ASCII_LETTERS_ONLY = bytes(c if chr(c).isalpha() and c < 128 else 0x20 for c in range(256))


def letter_runs(text: str) -> list[str]:
    """The words of ``text``, runs of letters (``_WORD.findall``): an ASCII text's cut at its
    other characters (``_ASCII_LETTERS_ONLY``); another's cut at white space, where a piece of
    letters alone is one word (nearly all: a letter is a word character, neither a digit nor
    an underscore, and white space is none), and only the other pieces searched. On the
    bench's mixed pair, ``Words.read`` took 0.59 G instructions of the aligner's 8.55 G with
    the pattern alone, word by word; 0.35 G this way."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_LETTERS_ONLY).decode("ascii").split()
    runs: list[str] = []
    for piece in text.split():
        if piece.isalpha():
            runs.append(piece)
        else:
            runs += _WORD.findall(piece)
    return runs


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
# A letter or digit, a dot, two small letters: written dot first, a literal that the search
# skips to at C speed, rather than a class of characters tried at each of a paragraph's
# letters (20 times slower).
_DOTTED = re.compile(r"\.(?<=[A-Za-z0-9]\.)[a-z]{2}")
# Latin-script tokens: a word, or letters and digits joined by a hyphen (COVID-19, F-16).
_TOKEN = re.compile(r"\b[A-Za-z]+-\d+\b|\b[A-Za-z0-9]+\b")
# In a Latin-script text, only the tokens worth keeping: capitals after the first letter
# (KCNA, iPhone, DigitalSiber), or letters with digits (G20, COVID-19).
_SPECIAL_TOKEN = re.compile(
    r"\b[A-Za-z]+-\d+\b"
    r"|\b(?=[A-Za-z0-9]*(?:[A-Za-z0-9][A-Z]|\d[A-Za-z]|[A-Za-z]\d))[A-Za-z0-9]+\b"
)

# What each of these needs somewhere in the text: two characters of the look-ahead's, or a
# letter before a hyphen and a digit, that is a capital after a letter inside a word
# (``_inner_capital``) or a digit beside a letter (one scan that stops at digits only); in
# another script, a Latin letter (a token of digits alone is left out).
_DIGIT_BY_LETTER = re.compile(r"\d(?:(?<=[A-Za-z]\d)|(?<=[A-Za-z]-\d)|(?=[A-Za-z]))")
# An ASCII text's shape for that scan: each letter an "a", each digit a "0", the rest as it is.
_SHAPES = bytes.maketrans(
    (string.ascii_letters + string.digits).encode("ascii"), b"a" * 52 + b"0" * 10
)
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_ASCII_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz") | _ASCII_CAPITALS


def _digit_by_letter(text: str) -> bool:
    """Whether a digit stands beside an ASCII letter in ``text``, or after a letter and a
    hyphen (``_DIGIT_BY_LETTER``): in an ASCII text, three looks for a pair in its shape
    (``_SHAPES``, C's substring search), not a pattern tried at each of its many digits."""
    if text.isascii():
        shape = text.encode("ascii").translate(_SHAPES)
        return b"a0" in shape or b"0a" in shape or b"a-0" in shape
    return _DIGIT_BY_LETTER.search(text) is not None


def _inner_capital(word: str) -> bool:
    """Whether an ASCII capital follows an ASCII letter in ``word`` (KCNA, iPhone): looked
    for pair by pair only in a word with an ASCII capital past its first letter (few: no
    word of another script, such as the Chinese text's runs of characters between marks)."""
    return not _ASCII_CAPITALS.isdisjoint(word[1:]) and any(
        ch in _ASCII_CAPITALS and before in _ASCII_LETTERS
        for before, ch in itertools.pairwise(word)
    )


def name_keys(word: str, script: str, cross_script: bool) -> set[str]:
    """The consonant skeletons a word of ``script`` is matched by (``reader.core.text.
    transliterate``): an Arabic word's, of each of its stems (``لبوتين`` → ``بوتين`` → ``BTN``);
    a Cyrillic word's; a Latin word's every possible Arabic rendering when the other text is in
    another script, else its one skeleton for Latin spellings (``Putin``, ``Poutine`` → ``BTN``)."""
    if script == "Arab":
        return {arabic_key(stem) for stem in stems(word)}
    if script == "Cyrl":
        return {cyrillic_key(word)}
    if script == "Latn":
        return set(latin_keys(word)) if cross_script else {latin_key(word)}
    return set()


def _web_addresses(text: str) -> tuple[list[str], str]:
    """The addresses in ``text``, and the text without them."""
    url, handle = "://" in text or "www." in text, "@" in text or "#" in text
    domain = _DOTTED.search(text) is not None
    found: list[str] = []
    if not (url or handle or domain):  # nearly every paragraph
        return found, text
    for pattern, present in ((_URL, url), (_EMAIL, handle), (_DOMAIN, domain)):
        if present:
            found += pattern.findall(text)
            text = pattern.sub(" ", text)
    return found, text


def _latin_token_keys(
    text: str, words: list[str], vocabulary: _Vocabulary, latin_document: bool
) -> list[str]:
    """Tokens kept verbatim: web addresses, acronyms (KCNA), letters mixed with digits (G20),
    mixed case (iPhone); in a non-Latin text, every Latin-script word. ``words``: the text's
    words (``_WORD``), ``vocabulary`` what they are."""
    addresses, text = _web_addresses(text)
    keys = ["L" + address.lower() for address in addresses]
    # Each findall only where a token can be: most paragraphs of a Latin-script text have no
    # capital after a letter and no letter beside a digit, most of another script's no Latin
    # letter at all (one look at the paragraph's words, not a scan of its text).
    if latin_document:
        capital = not vocabulary.capitals.isdisjoint(words)
        if capital and _tokens_are_words(text, addresses):
            keys += [vocabulary.acronyms[w] for w in words if w in vocabulary.acronyms]
        elif capital or _digit_by_letter(text):
            keys += ["L" + token.lower() for token in _SPECIAL_TOKEN.findall(text)]
    elif not vocabulary.latin.isdisjoint(words):
        if _tokens_are_words(text, addresses):  # its tokens are its words of ASCII letters
            keys += filter(None, map(vocabulary.tokens.get, words))
        else:
            found = ["L" + token.lower() for token in _TOKEN.findall(text) if not token.isdigit()]
            keys += vocabulary.kept_tokens(found)
    return keys


def _tokens_are_words(text: str, addresses: list[str]) -> bool:
    """Whether ``_SPECIAL_TOKEN`` finds in ``text`` exactly its words (``_WORD``) of ASCII
    letters with a capital after a letter, in order (``_Vocabulary.acronyms``): where no
    letter is beside a digit, a token is a run of letters, and a word that is such a run is
    a token unless an underscore, the one character of a word that is neither a letter nor
    a digit, stands beside it. (The text without its addresses is another text.)"""
    return not addresses and "_" not in text and not _digit_by_letter(text)


def _word_keys(
    word: str,
    common: frozenset[str],
    cross_script: bool,
    pinyin: bool = False,
    han: HanNames | None = None,
) -> list[str]:
    """The name keys of one word that may be a name: a capitalised word never seen in lower
    case, in Latin or Cyrillic script, or any word in Arabic script, which has no capitals.
    Between Chinese and a Latin-script language (``pinyin``), a name is matched by its pinyin
    (``reader.core.text.pinyin``): a run of Chinese characters gives the pinyin of each two and
    three of them (only those ``han`` wants, if given), a capitalised Latin word its letters."""
    script = script_of(word[0]) or ""
    if pinyin and script == "Hani":
        return ["N" + k for k in sorted(han.keys(word) if han else han_keys(word))]
    if script != "Arab" and (not word[0].isupper() or word.isupper() or word.lower() in common):
        return []
    if pinyin:
        key = latin_name_key(word) if script == "Latn" else None
        return ["N" + key] if key else []
    return [
        "N" + k for k in sorted(name_keys(word, script, cross_script)) if len(k) >= MIN_SKELETON
    ]


_MARKS = '“«„「『"(（?؟？!！'
_PUNCTUATION = re.compile(f"[{_MARKS}]")
# An ASCII text's marks, each looked for by C's search for one character: quicker than a
# scan of every character by a class, and most paragraphs have none.
_ASCII_MARKS = tuple(filter(str.isascii, _MARKS))
# Each mark as its kind: a quotation mark that opens (q), a straight one ("), a parenthesis
# ((), a question mark (?), an exclamation mark (!).
_MARK_KINDS = str.maketrans(
    {**dict.fromkeys("“«„「『", "q"), "（": "(", "؟": "?", "？": "?", "！": "!"}
)


def _punctuation_keys(text: str) -> list[str]:
    if text.isascii() and not any(map(text.__contains__, _ASCII_MARKS)):
        return []
    marks = "".join(_PUNCTUATION.findall(text))  # one scan; most paragraphs have none or a few
    if not marks:
        return []
    kinds = marks.translate(_MARK_KINDS)
    return (
        ["Pquote"] * (kinds.count("q") + kinds.count('"') // 2)
        + ["Pparen"] * kinds.count("(")
        + ["P?"] * kinds.count("?")
        + ["P!"] * kinds.count("!")
    )


def _script(language: str) -> str:
    known = language_of(language)
    return known.script if known else "Latn"


@dataclass(frozen=True)
class Words:
    """Each paragraph of a text without Arabic vowel marks and in NFC (``plain``), and its
    words, runs of letters (``words``): read once for each pass of the aligner that reads
    them (the anchors, the strays)."""

    plain: list[str]
    words: list[list[str]]

    @classmethod
    def read(cls, paragraphs: Sequence[str]) -> Words:
        plain = [unmarked(p) for p in paragraphs]
        return cls(plain, [letter_runs(p) for p in plain])

    def as_written(self, paragraphs: Sequence[str]) -> list[list[str] | None]:
        """Each paragraph's words where it is written as read (no mark taken out, in NFC
        already: nearly every paragraph), else None."""
        return [
            found if text == paragraph else None
            for paragraph, text, found in zip(paragraphs, self.plain, self.words, strict=True)
        ]


def paragraph_keys(
    paragraphs: Sequence[str],
    language: str,
    other_language: str | None = None,
    read: Words | None = None,
) -> list[Counter[str]]:
    """The anchor keys of each paragraph of one text, as multisets. ``other_language`` is the
    language of the text it will be aligned with (the same one when not given): names are
    keyed for matching across scripts when the two are written in different ones. ``read``:
    the paragraphs' words, if read already."""
    read = read or Words.read(paragraphs)
    vocabulary = _Vocabulary.of(read, language, other_language or language)
    return [Counter(keys) for keys in _key_lists(paragraphs, language, read, vocabulary)]


def anchor_weights(
    texts: tuple[Sequence[str], Sequence[str]],
    languages: tuple[str, str],
    read: tuple[Words, Words],
) -> Weights:
    """Two texts' anchors, weighed: ``weigh`` of each text's ``paragraph_keys``, without
    gathering the keys that ``weigh`` drops. A key that only one text holds counts for
    nothing unless it is hard (``_is_hard``: an orphan) or a number in words (``~``, matched
    with a numeral): most of a text's name skeletons are no name of the other's (``Putin``
    gives every Arabic spelling it could have, an Arabic word the skeletons of its stems), and
    a text in another script keeps every Latin word as a token. Each text's names are kept to
    the skeletons the other's words give too, each word's once, and its other keys to those
    the other text has; the weights are the same, each paragraph's in the same order."""
    # A Latin-script text's vocabulary first where the other is Chinese, whose names are then
    # read only as far as the first's can match them.
    latin = 1 if _script(languages[1]) == "Latn" else 0
    read_first = _Vocabulary.of(read[latin], languages[latin], languages[1 - latin])
    read_then = _Vocabulary.of(read[1 - latin], languages[1 - latin], languages[latin], read_first)
    vocabularies = (read_first, read_then) if latin == 0 else (read_then, read_first)
    named = [set(itertools.chain.from_iterable(v.names.values())) for v in vocabularies]
    for vocabulary in vocabularies:
        vocabulary.keep_names(named[0] & named[1])
    keys: list[list[list[str]]] = [[], []]
    held: list[set[str]] = [set(), set()]
    # A Latin-script text first, whose tokens are few: the other's, each of its Latin words,
    # are then kept to those the first holds (``_Vocabulary.keep_tokens``).
    first = 1 if _script(languages[0]) != "Latn" and _script(languages[1]) == "Latn" else 0
    for side in (first, 1 - first):
        if side != first:
            vocabularies[side].keep_tokens(held[first])
        keys[side] = list(_key_lists(texts[side], languages[side], read[side], vocabularies[side]))
        held[side] = set(itertools.chain.from_iterable(keys[side]))
    return weigh(*(_counted(keys[side], held[side] - held[1 - side]) for side in (0, 1)))


def _counted(keys: list[list[str]], alone: set[str]) -> list[Counter[str]]:
    """Each paragraph's keys as a multiset, without those of ``alone`` (found in this text
    only) that ``weigh`` would drop."""
    dropped = {key for key in alone if not _is_hard(key) and key[0] != "~"}
    return [
        Counter(found if dropped.isdisjoint(found) else [k for k in found if k not in dropped])
        for found in keys
    ]


def _key_lists(
    paragraphs: Sequence[str], language: str, read: Words, vocabulary: _Vocabulary
) -> Iterator[list[str]]:
    """Each paragraph's anchor keys, in the order of the kinds (numbers first)."""
    latin_document = _script(language) == "Latn"
    for paragraph, text, found in zip(paragraphs, read.plain, read.words, strict=True):
        found_keys = number_keys(paragraph, language)
        if not vocabulary.spelling.isdisjoint(found):  # most paragraphs have no such word
            found_keys += spelled_keys(text, language)
        # Each word's name keys, in the order of the words: looked up in C, not word by word.
        names = map(vocabulary.names.get, found, itertools.repeat(()))
        found_keys.extend(itertools.chain.from_iterable(names))
        found_keys += _latin_token_keys(text, found, vocabulary, latin_document)
        found_keys += _punctuation_keys(text)
        yield found_keys


class _Vocabulary:
    """What each distinct word of a text says, worked out once per word, not per occurrence:
    its name keys (``names``, only the words that have some), the words that may be numbers
    spelled out (``spelling``), the words with a capital after a letter (``capitals``), those
    of them in ASCII letters with their token's key (``acronyms``: KCNA, iPhone), the words
    with an ASCII letter (``latin``), those of ASCII letters alone with their token's key, a
    text in another script keeping every such word (``tokens``)."""

    def __init__(
        self,
        words: set[str],
        language: str,
        cross_script: bool,
        pinyin: bool = False,
        han: HanNames | None = None,
    ) -> None:
        # A word that the text also writes in lower case is an ordinary word capitalised at the
        # start of a sentence ("Dalam", "The"), not a name.
        common = frozenset(filter(str.islower, words))
        english = language == "en"  # told once: the test per word is another language's own
        self.names: dict[str, list[str]] = {}
        self.spelling: set[str] = set()
        self.capitals: set[str] = set()
        self.acronyms: dict[str, str] = {}
        self.latin = set(filter(_LATIN_LETTER.search, words))
        self.tokens = {word: "L" + word.lower() for word in self.latin if word.isascii()}
        self._other_keys: set[str] | None = None
        for word in words:
            names = _word_keys(word, common, cross_script, pinyin, han)
            if names:
                self.names[word] = names
            if _may_spell_english(word) if english else may_spell(word, language):
                self.spelling.add(word)
            if _inner_capital(word):
                self.capitals.add(word)
                if word.isascii():
                    self.acronyms[word] = "L" + word.lower()

    @classmethod
    def of(
        cls,
        read: Words,
        language: str,
        other_language: str,
        other: _Vocabulary | None = None,
    ) -> _Vocabulary:
        """The vocabulary of a text read to ``read``, aligned with one in ``other_language``;
        a Chinese text's names are keyed only as far as ``other``, the Latin-script text's
        vocabulary, has names to match them, if given."""
        words = set(itertools.chain.from_iterable(read.words))
        scripts = {_script(language), _script(other_language)}
        pinyin = scripts == {"Hani", "Latn"}
        han = None
        if pinyin and other is not None and _script(language) == "Hani":
            wanted = frozenset(k[1:] for k in itertools.chain.from_iterable(other.names.values()))
            han = HanNames(wanted, words)
        return cls(words, language, len(scripts) == 2, pinyin, han)

    def keep_names(self, keys: set[str]) -> None:
        """Keep only these name keys, each word's in its order."""
        kept = {word: [k for k in found if k in keys] for word, found in self.names.items()}
        self.names = {word: found for word, found in kept.items() if found}

    def keep_tokens(self, other_keys: set[str]) -> None:
        """Keep only the Latin tokens that ``weigh`` can count, given the other text's keys:
        those it holds too, and those with a digit (``_is_hard``). A text in another script
        keeps every Latin word as a token (an English paragraph in an Arabic text: each of its
        words), nearly all of them in no paragraph of the other text."""
        self.tokens = {word: key for word, key in self.tokens.items() if key in other_keys}
        self._other_keys = other_keys

    def kept_tokens(self, keys: list[str]) -> list[str]:
        """The Latin token keys of ``keys`` that ``keep_tokens`` keeps (all, until called)."""
        other = self._other_keys
        if other is None:
            return keys
        return [key for key in keys if key in other or _is_hard(key)]


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


def _as_numbers(counts: Counter[str]) -> Counter[str]:
    """Spelled numbers keyed as numbers: ``~20`` counts as ``#20``."""
    merged: Counter[str] = Counter()
    get = merged.get  # not ``+=``, which calls Counter.__missing__ for each new key
    for key, n in counts.items():
        if key[0] == "~":
            key = "#" + key[1:]
        merged[key] = get(key, 0) + n
    return merged


def _is_hard(key: str) -> bool:
    """Whether a key is written alike in any translation, so that the other text lacking it
    altogether says its paragraph was left out: a number in numerals, or a Latin-script token
    with digits in it (``G20``, ``3M``), which no language translates."""
    return key[0] == "#" or (key[0] == "L" and any(ch.isdigit() for ch in key))


def weigh(source: Sequence[Counter[str]], target: Sequence[Counter[str]]) -> Weights:
    """Each paragraph's keys, weighted: a key's kind weight times an inverse-document-frequency
    factor that is 1 for a key found in one paragraph on each side and falls towards 0 for a key
    found everywhere.

    A number found on one side only is an orphan, and so is a token of Latin letters and
    digits (``3M``, ``G20``): a bead that holds it is less likely than the paragraph having been
    left untranslated (or added). Other one-sided keys are dropped, since names are translated
    as often as not ("Jawa Tengah", "جاوة الوسطى").
    """
    # Only a number written in numerals on its side, and missing from the other, is an
    # orphan: one written in words may have been written in a way the other side's reader
    # cannot read ("zwanzig"), so an anchor counts only where both sides can show it.
    # Each key looked at once, not at each of its occurrences.
    on_source, on_target = set().union(*source), set().union(*target)
    hard_source, hard_target = set(filter(_is_hard, on_source)), set(filter(_is_hard, on_target))
    spelled = {key for key in on_source | on_target if key[0] == "~"}
    if spelled:
        source = [c if spelled.isdisjoint(c) else _as_numbers(c) for c in source]
        target = [c if spelled.isdisjoint(c) else _as_numbers(c) for c in target]
        on_source, on_target = set().union(*source), set().union(*target)
    frequency: Counter[str] = Counter(itertools.chain.from_iterable((*source, *target)))
    shared = on_source & on_target
    orphans = (hard_source - on_target) | (hard_target - on_source)
    total = len(source) + len(target)
    scale = math.log(1 + total / 2)
    weights = {
        key: key_weight(key) * math.log(1 + total / frequency[key]) / scale
        for key in shared | orphans
    }

    def weighted(counts: Counter[str]) -> dict[str, float]:
        return {k: weights[k] * n for k, n in counts.items() if k in shared}

    def orphaned(counts: Counter[str]) -> float:
        if orphans.isdisjoint(counts):  # as nearly every paragraph
            return 0.0
        return sum(weights[k] * n for k, n in counts.items() if k in orphans)

    return Weights(
        [weighted(c) for c in source],
        [weighted(c) for c in target],
        [orphaned(c) for c in source],
        [orphaned(c) for c in target],
    )
