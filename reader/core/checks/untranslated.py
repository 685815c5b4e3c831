"""``untranslated``: source-language words left in a translation.

Three ways a word stays untranslated, each told apart from the names and tokens that rightly
stay as they are:

- **In Latin letters** (``sementara itu`` inside Arabic or English text). A Latin word in the
  translation is untranslated when it is a function word or a title of the source language
  (whatever its case), or a lower-case common word of the source language, or (inside a
  non-Latin translation) a lower-case word of the source paragraph. Capitalised words the source
  capitalises mid-sentence are names (``Putin``); tokens joined by dots or slashes are addresses
  (``Kremlin.ru``), and words hyphenated to a code of letters and digits are its name's
  (``bat-SL-CoVZX45``); acronyms (``ASEAN``) are never flagged.
- **Transliterated into Arabic letters** (``برساما`` for *bersama*): an Arabic word whose
  consonant skeleton and written-out vowels match a common word of the source paragraph
  (``reader.core.text.transliterate``). Names the source capitalises are matched the same way and are
  fine; loans Indonesian took from Arabic (``dunia``, ``Senin``) are not checked.
- **Half transliterated**: Latin letters glued to a word of a non-Latin translation
  (``سامارينda``); Arabic clitics written onto a Latin name (``وTokopedia``) are correct Arabic,
  and a Greek letter joined to Latin ones is a symbol (``IFNβ``), not the translation's letters.
- **In the source's own script** when that script is not the translation's (Arabic letters in an
  English translation of an Arabic text).

Words spelled alike in both languages (English *per*, French *sang*) and loans Indonesian took
from Arabic are word lists in ``reader.core.checks.lexicon``.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from itertools import compress
from operator import not_

from reader.core.checks.fused import run_together
from reader.core.checks.lexicon import (
    ALWAYS_TRANSLATED,
    ARABIC_LOANS,
    COMMON_WORDS,
    FUNCTION_WORDS,
    TARGET_WORDS,
    UNITS,
)
from reader.core.checks.model import Confidence, Finding, FindingKind, Pair
from reader.core.checks.reading import (
    language_script,
    language_subtag,
    latin_folded,
    latin_tokens,
    long_keys,
    skeletons,
    word_skeletons,
)
from reader.core.i18n import N_, _
from reader.core.text.arabic import PROCLITICS
from reader.core.text.arabic import stems as arabic_stems
from reader.core.text.frequency import has_list, is_common, is_word_of, zipf
from reader.core.text.languages import language_name, script_of
from reader.core.text.transliterate import arabic_key, latin_keys, transliterates
from reader.core.text.words import (
    LATIN_LETTERS,
    LATIN_WORD,
    Word,
    covering,
    fold,
    has_latin_letter,
    is_latin_word,
    paragraph_texts,
    paragraph_words,
    word_bounds,
)

# Indonesian derivation: a prefix and a suffix, or the suffixes -kan / -nya. Such a word is
# Indonesian whatever the lexicon holds ("ditandatangani", "menggagalkan").
_ID_MORPHOLOGY = re.compile(
    r"^(?:(?:meng|meny|mem|men|me|ber|di|ter|per|peng|peny|pem|pen|pe|ke|se)[a-z]{3,}"
    r"(?:kan|an|i|nya|lah|kah)|[a-z]{3,}(?:kan|nya))$"
)
# A word of a non-Latin translation with Latin letters glued to its own ("سامارينda"): a
# transliteration left half done. Latin letters with their accents are Latin ("TÜV", "café").
# A Greek letter glued to Latin ones is a symbol of science in any language (IFNβ, TNFα,
# PPARγ): the translation's own letters only in a Greek translation.
_GREEK_LETTERS = "\u0370-\u03ff\u1f00-\u1fff"
_HALF_LATIN = re.compile(
    rf"[{LATIN_LETTERS}][^\W\d_{LATIN_LETTERS}{_GREEK_LETTERS}]"
    rf"|[^\W\d_{LATIN_LETTERS}{_GREEK_LETTERS}][{LATIN_LETTERS}]"
)
_HALF_LATIN_GREEK = re.compile(
    rf"[{LATIN_LETTERS}][^\W\d_{LATIN_LETTERS}]|[^\W\d_{LATIN_LETTERS}][{LATIN_LETTERS}]"
)
_LATIN_LETTERS = re.compile(rf"[{LATIN_LETTERS}]+")
# Arabic writes its clitics and article straight onto a Latin name: "وTokopedia", "بـGoPay",
# "والـASEAN". Those are not half-done transliterations.
_CLITICS = re.compile(rf"^{PROCLITICS}\u0640?(?=[A-Za-z])")
# Non-Latin scripts whose letters in a translation of another script are untranslated text.
_FOREIGN_SCRIPTS = frozenset({"Arab", "Hebr", "Cyrl", "Grek", "Hang", "Thai", "Deva"})


class How(Enum):
    """How a word is left untranslated."""

    LATIN = "latin"  # a source word, as written (a Latin-script source)
    SCRIPT = "script"  # a word in the source's own script (Cyrillic, Hangul...)
    MIXED = "mixed"  # Latin letters glued to the translation's own: a transliteration half done
    ARABIC = "arabic"  # a source word spelled in Arabic letters


# What a finding says, by how: the source's language, the word, and the text it lies in.
_MESSAGES = {
    How.LATIN: N_('{language} "{word}" is left untranslated'),
    How.SCRIPT: N_('{language} "{word}" is left untranslated'),
    How.MIXED: N_('Latin letters "{word}" are left inside the word {shown}'),
    How.ARABIC: N_('{language} "{word}" is written in Arabic letters ({shown}), not translated'),
}


@dataclass
class _SourceWords:
    """What the source side of a bead says about its words."""

    language: str
    lower: dict[str, str] = field(default_factory=dict)  # folded → as written, lower-case uses
    present: set[str] = field(default_factory=set)  # every folded Latin word of the source
    names: set[str] = field(default_factory=set)  # folded words capitalised mid-sentence
    spelled: frozenset[str] = frozenset()  # common words a transliteration could spell
    keys: frozenset[str] = frozenset()  # their skeletons of two consonants or more
    name_keys: set[str] = field(default_factory=set)  # skeletons of the names
    texts: tuple[str, ...] = ()  # the paragraphs as written
    # Whether the paragraphs write a phrase, looked for once a bead (a long paragraph names
    # the same few people on every line): ``writes``.
    _written: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)

    def writes(self, phrase: str) -> bool:
        """Whether a source paragraph writes ``phrase``, as it is written."""
        found = self._written.get(phrase)
        if found is None:
            found = self._written[phrase] = any(phrase in text for text in self.texts)
        return found

    def spelled_as(self, key: str) -> list[str]:
        """The common words with the skeleton ``key``, sorted. Looked up word by word rather
        than indexed: a bead has a few dozen such words and few translation words to check."""
        return sorted(w for w in self.spelled if key in long_keys(w))

    @property
    def lexicon(self) -> frozenset[str]:
        return _lexicon(self.language)

    def is_common(self, folded: str) -> bool:
        """A common source word: listed, or (for Indonesian) derived by its morphology."""
        if folded in self.lexicon:
            return True
        return (
            self.language in ("id", "ms")
            and folded in self.lower
            and bool(_ID_MORPHOLOGY.match(folded))
        )


@functools.cache
def _lexicon(language: str) -> frozenset[str]:
    """The function and common words of a source language."""
    return FUNCTION_WORDS.get(language, frozenset()) | COMMON_WORDS.get(language, frozenset())


# The source's words of a bead, read when first asked (``_source_words``).
_Reader = Callable[[], _SourceWords]


def _reader(pair: Pair) -> _Reader:
    """``_source_words(pair)``, read when first called and kept. (A closure: ``functools.cache``
    builds a wrapper, copying the function's attributes, that costs more than a bead's test.)"""
    read: list[_SourceWords] = []

    def source() -> _SourceWords:
        if not read:
            read.append(_source_words(pair))
        return read[0]

    return source


def _source_words(pair: Pair) -> _SourceWords:
    """Read the bead's source paragraphs: their lower-case words, their names, and (for a
    translation into Arabic) the skeletons of the common words a transliteration could spell.
    Every translation of an article reads the same source beads: they are read once."""
    arabic = language_script(pair.target_language) == "Arab"
    return _read_source(tuple(text for _, text in pair.source), pair.source_language, arabic)


@functools.lru_cache(maxsize=256)
def _read_source(texts: tuple[str, ...], language: str, arabic: bool) -> _SourceWords:
    found = _SourceWords(language_subtag(language), texts=texts)
    sentence_initial: dict[str, str] = {}
    for text in texts:
        _read_words(text, found)
        _read_capitalised(text, found, sentence_initial)
    # ``set - frozenset`` reads the few names; ``-=`` would walk the whole word list.
    found.names = found.names - _listed(found.language)
    # A capital opening a sentence says nothing: the word is taken for a common word when the
    # language's word list holds it ("Wisatawan asal Australia"), for a name otherwise
    # ("Pelosi menyatakan").
    listed = has_list(found.language)
    initial = {
        k: v
        for k, v in sentence_initial.items()
        if k not in found.names and (not listed or is_common(k, found.language))
    }
    found.lower = initial | found.lower
    if not arabic:
        return found  # the skeletons serve only to read Arabic letters
    found.name_keys = set().union(*map(latin_keys, found.names))
    listed_here = found.lexicon & found.present
    derived = set(filter(_derived, found.lower)) if found.language in ("id", "ms") else set()
    found.spelled = frozenset((listed_here | derived) - found.names - ARABIC_LOANS)
    found.keys = frozenset().union(*map(long_keys, found.spelled))
    return found


def _read_words(text: str, found: _SourceWords) -> None:
    """Every Latin word of ``text`` into ``found.present``, the lower-case ones into
    ``found.lower`` (the first spelling of each kept, as ``setdefault`` would: the distinct
    words are written from the last back, so that the first is written last, and a spelling
    of an earlier text wins over this text's), in C-level passes."""
    found.present.update(latin_folded(text))
    lower = list(filter(str.islower, dict.fromkeys(latin_tokens(text))))[::-1]
    found.lower = dict(zip(map(fold, lower), lower, strict=True)) | found.lower


def _read_capitalised(text: str, found: _SourceWords, sentence_initial: dict[str, str]) -> None:
    """The capitalised words of ``text``: a name in mid-sentence, else a sentence's first word
    (a lower-case word unless the text capitalises it elsewhere). What comes before a word
    tells which: the two patterns below read it, so no word is looked at in Python."""
    found.names.update(map(fold, _NAME.findall(text)))
    for word in _SENTENCE_FIRST.findall(text):
        if word[1:].islower():
            sentence_initial.setdefault(fold(word), word)


# A capitalised word: a capital letter and the rest of the word as ``LATIN_WORD`` reads it.
# The patterns below open with the capital, so that the regex engine skips straight to the
# capitals, and only then look behind it: ``.`` in a look-behind is the capital itself.
_CAPITALS = "".join(ch for ch in map(chr, range(0x250)) if ch.isupper() and LATIN_WORD.match(ch))
_CAPITALISED = rf"[{_CAPITALS}](?:{{}})[{LATIN_LETTERS}]*(?:['’][{LATIN_LETTERS}]+)*"
# In mid-sentence: after a word, a comma or a closing bracket and one space, or after a letter
# and a hyphen ("Rusia-Korea"). Anything else (the start, a full stop, an opening quote or
# bracket, a dateline's dash) opens a sentence or a quotation. A capital in mid-sentence is a
# name.
_NAME = re.compile(_CAPITALISED.format(rf"(?<=[\w,;)]\s.)|(?<=[{LATIN_LETTERS}]-.)"))
# Opening a sentence, where a capital says nothing ("Wisatawan asal Australia"): the text's
# first or second character (after a quote or bracket), after two whitespace characters, or
# after a full stop, "!" or "?" and one character that is no letter.
_SENTENCE_FIRST = re.compile(
    "(?s)"
    + _CAPITALISED.format(
        rf"(?<=^.)|(?<=^[^{LATIN_LETTERS}].)|(?<=\s\s.)|(?<=[.!?][^{LATIN_LETTERS}].)"
    )
)


def _spellable_keys(pair: Pair) -> frozenset[str]:
    """The skeletons of every source word a transliteration could spell, or more: a screen,
    read before the source's words are (``_read_source``). ``_SourceWords.spelled`` holds
    folded Latin words of the source that are listed or derived and no loan, less its names;
    this holds those of all its folded Latin words, names too. A translation paragraph none of
    whose skeletons is here has no transliterated word, whatever the full reading says."""
    texts = tuple(text for _, text in pair.source)
    return _spellable_keys_of(texts, language_subtag(pair.source_language))


@functools.lru_cache(maxsize=256)
def _spellable_keys_of(texts: tuple[str, ...], language: str) -> frozenset[str]:
    present = frozenset().union(*map(latin_folded, texts))
    # Set operations in C: the listed words, and (Indonesian, Malay) the derived ones.
    spellable = present & _listed_spellable(language)
    if language in ("id", "ms"):
        spellable |= set(filter(_derived, present - spellable)) - ARABIC_LOANS
    return frozenset().union(*map(long_keys, spellable))


@functools.cache
def _listed_spellable(language: str) -> frozenset[str]:
    """The listed words of a source language that ``_read_source`` may count among the words a
    transliteration spells: its lexicon less the loans."""
    return _lexicon(language) - ARABIC_LOANS


@functools.lru_cache(maxsize=1 << 16)
def _derived(word: str) -> bool:
    """An Indonesian word of three letters or more built by derivation ("menggagalkan")."""
    return len(word) >= 3 and bool(_ID_MORPHOLOGY.match(word))


@functools.cache
def _listed(language: str) -> frozenset[str]:
    """The words of a source language no name is made of: its lexicon and the words always
    translated. Built once per language, not once per paragraph."""
    return _lexicon(language) | ALWAYS_TRANSLATED.get(language, frozenset())


def _in_address(text: str, word: Word) -> bool:
    """Part of a domain, address or code: ``Kremlin.ru``, ``foo@bar``, ``a/b``, ``COVID19``,
    ``https://``; or a character reference left in the text (``&amp;``): markup, not words."""
    before = text[max(word.start - 2, 0) : word.start]
    after = text[word.end : word.end + 3]
    return bool(
        _JOINED_AFTER.match(after)
        or _JOINED_BEFORE.search(before)
        or _DIGIT.search(word.text)
        or (before.endswith("&") and after.startswith(";"))
        or _in_link(text, word)
        or _in_code_name(text, word)
    )


# A name made of parts joined by hyphens, one of them a code of letters and digits: a strain
# (``bat-SL-CoVZX45``), a model (``Boeing-737MAX``), a gene (``anti-IL6R``): every word in it is
# the name's, as a translation keeps it. A chain without such a part (``COVID-19-related``)
# is words.
_HYPHEN_CHAIN = re.compile(r"[\w-]+")
_CODE_PART = re.compile(r"(?:^|-)(?:[^\W\d_]+\d|\d+[^\W\d_])[\w]*(?:-|$)")


def _in_code_name(text: str, word: Word) -> bool:
    """Whether the word is joined by hyphens to a code of letters and digits."""
    if text[word.start - 1 : word.start] != "-" and text[word.end : word.end + 1] != "-":
        return False
    start = word.start
    while start and (text[start - 1].isalnum() or text[start - 1] == "-"):
        start -= 1
    chain = _HYPHEN_CHAIN.match(text, start)
    return chain is not None and _CODE_PART.search(chain[0]) is not None


def _in_link(text: str, word: Word) -> bool:
    """Inside a web address written whole, as a translation copies it
    (``https://www.cdc.gov/…/community-mitigation-strategy.pdf``): every word of it is the
    address's, not only those beside its dots and slashes."""
    return _links(text)(word.start)


@functools.lru_cache(maxsize=512)
def _links(text: str) -> Callable[[int], bool]:
    """Whether a position of ``text`` is inside a web address: a run of characters between
    spaces that holds ``://`` or ``www.``. Read once a paragraph, not once a word (a paragraph
    of a million characters, one line as some files come, cost its length squared)."""
    if "://" not in text and "www." not in text:
        return _nowhere  # most paragraphs hold no address
    return covering(m.span() for m in _UNSPACED.finditer(text) if "://" in m[0] or "www." in m[0])


def _nowhere(position: int) -> bool:
    return False


_UNSPACED = re.compile("[^ \n\t\u00a0]+")


_JOINED_AFTER = re.compile(r"[./@_]\w|://")
_JOINED_BEFORE = re.compile(r"\w[./@_]$")
_DIGIT = re.compile(r"\d")


def _latin_reason(word: Word, text: str, source: _SourceWords, target_language: str) -> str | None:
    """The source word a Latin word of the translation leaves untranslated, if it does."""
    if _in_address(text, word) or word.text.isupper() or len(word.text) == 1:
        return None  # an address, an acronym, a grade or a letter ("A")
    folded = fold(word.text)
    target_script = language_script(target_language)
    if folded in TARGET_WORDS.get(target_language, frozenset()):
        return None
    if target_script == "Latn" and _own_word(word.text.lower(), folded, source, target_language):
        return None
    if not word.text.islower() and (folded in source.names or _named_with_next(word, text, source)):
        return None
    if folded in FUNCTION_WORDS.get(source.language, frozenset()):
        return source.lower.get(folded, word.text)
    if folded in ALWAYS_TRANSLATED.get(source.language, frozenset()):
        return word.text
    if not word.text.islower():
        return None
    if folded in COMMON_WORDS.get(source.language, frozenset()):
        return source.lower.get(folded, word.text)
    if folded not in source.lower or folded in UNITS or len(folded) < 3:
        return None
    if len(folded) <= MAX_UNIT and _AFTER_NUMBER.search(text, max(0, word.start - 2), word.start):
        return None  # a unit's symbol after its number, as both sides write it (800 kph)
    if source.is_common(folded):
        return source.lower[folded]
    if target_script != "Latn" and (
        not has_list(source.language) or is_common(folded, source.language)
    ):
        # A word of the source paragraph that is no common word of its language ("twp",
        # "clicktivism") is a term the source itself quotes, which a translation keeps.
        return source.lower[folded]
    return None


def _own_word(lower: str, folded: str, source: _SourceWords, language: str) -> bool:
    """Whether a word of a version in Latin letters (``lower``: lower-cased, accents kept) is a
    word of the version's own language rather than one the source left: a common word of that
    language (wordfreq) that the source paragraph does not write (French *demi*-heure, English
    *sore* throat: Indonesian *demi*, *sore* are other words), or writes as no function word of
    its own (metropolitan, data: a word both languages share). A function word of the source
    that the version's language also spells is the source's where the source writes it, unless
    the version's language writes it, accents and all, nearly as often as the source's does
    (French *an*, a year, against English *an*; *thé*, tea, which English writes rarely, against
    *the*): Indonesian *dan*, *di* are rare in English."""
    if not is_common(folded, language):
        return False
    if folded not in source.present or folded not in FUNCTION_WORDS.get(
        source.language, frozenset()
    ):
        return True
    return zipf(lower, language) >= zipf(lower, source.language) - _AS_OFTEN


# On wordfreq's Zipf scale (a power of ten a unit): a word the version's language writes at
# least a thirtieth as often as the source's language does is the version's own word too.
_AS_OFTEN = 1.5


# A name's next word: one space, then a capitalised Latin word.
_NEXT_CAPITALISED = re.compile(rf"[ \t\u00a0]+[{_CAPITALS}][{LATIN_LETTERS}]*")
# A number just before a word: a unit's symbol follows it.
_AFTER_NUMBER = re.compile(r"\d[ \u00a0]?$")
MAX_UNIT = 4  # letters of a unit's symbol (mph, kph, kcal)


def _named_with_next(word: Word, text: str, source: _SourceWords) -> bool:
    """Whether the capitalised ``word`` and the capitalised word after it are written together
    by the source too: the two are a name's (Dan Baldwin, Paulo Di Canio), even where the
    first is spelled like a function word of the source's language (Indonesian *dan*, *di*)."""
    after = _NEXT_CAPITALISED.match(text, word.end)
    if after is None:
        return False
    name = word.text + after[0]
    return source.writes(name)


def _name_words(text: str, source: _SourceWords) -> set[int]:
    """Positions of the Arabic words of ``text`` that spell a source name, alone or with a
    neighbour (``بيونغ يانغ`` is Pyongyang; its ``يانغ`` alone would look like Indonesian
    *yang*)."""
    if not source.name_keys:
        return set()
    keys = word_skeletons(text)
    spelled = {i for i, own in enumerate(keys) if not source.name_keys.isdisjoint(own)}
    for i in range(len(keys) - 1):
        second = keys[i + 1][0] if keys[i + 1] else ""
        joined = {a + second[1:] if a[-1:] == second[:1] else a + second for a in keys[i]}
        if not source.name_keys.isdisjoint(joined):
            spelled |= {i, i + 1}
    return spelled


def _transliterated(word: str, source: _SourceWords) -> str | None:
    """The common source word an Arabic word of the translation spells out, if any (a word
    no common word of the translation's language: ``_arabic_flags`` tests that first)."""
    for stem in arabic_stems(word):
        for candidate in source.spelled_as(arabic_key(stem)):
            if transliterates(candidate, word):
                return source.lower.get(candidate, candidate)
    return None


def _flags(pair: Pair, text: str, read: _Reader) -> list[tuple[Word, str, How]]:
    """(word, source word, how) for each untranslated word of one translation paragraph,
    in text order. ``read`` reads the bead's source words when first called: only for a
    paragraph that may leave one untranslated."""
    target = language_subtag(pair.target_language)
    source_script = language_script(language_subtag(pair.source_language))
    flags: list[tuple[int, Word, str, How]] = []
    if source_script == "Latn":
        flags += _latin_flags(text, read, target)
        if language_script(target) != "Latn":
            flags += _half_latin_flags(text, target)
        flags += _arabic_flags(text, pair, read, target)
    elif source_script in _FOREIGN_SCRIPTS and language_script(target) != source_script:
        flags += [
            (position, word, word.text, How.SCRIPT)
            for position, word in enumerate(paragraph_words(text))
            if _script_of(word.text) == source_script
        ]
    return [(word, reason, how) for _, word, reason, how in sorted(flags, key=lambda f: f[0])]


def _latin_flags(text: str, read: _Reader, target: str) -> list[tuple[int, Word, str, How]]:
    """Latin words of the translation that leave a source word untranslated. The words are
    screened as strings; the source's words are read and spans built only for a paragraph
    that has Latin words."""
    if not has_latin_letter(text):
        return []  # one C-level search says so for most paragraphs of a non-Latin translation
    texts = paragraph_texts(text)
    if not any(map(is_latin_word, texts)):
        return []
    source = read()
    starts, ends = word_bounds(text)
    flags = []
    for position in compress(range(len(texts)), map(is_latin_word, texts)):
        word = Word(texts[position], starts[position], ends[position])
        reason = _latin_reason(word, text, source, target)
        if reason:
            flags.append((position, word, reason, How.LATIN))
    return flags


def _half_latin_flags(text: str, language: str) -> list[tuple[int, Word, str, How]]:
    """Words of a non-Latin translation with Latin letters glued to their own letters, found by
    one scan of the paragraph (most have none) rather than word by word."""
    half_latin = _HALF_LATIN_GREEK if language_script(language) == "Grek" else _HALF_LATIN
    # A Latin letter anywhere is found by a fast scan; most paragraphs have none.
    matches = list(half_latin.finditer(text)) if has_latin_letter(text) else []
    if not matches:
        return []
    texts = paragraph_texts(text)
    starts, ends = word_bounds(text)
    flags = []
    seen: set[int] = set()
    for match in matches:
        position = bisect.bisect_right(starts, match.start()) - 1
        if position < 0 or position in seen:
            continue
        word = Word(texts[position], starts[position], ends[position])
        if (
            word.end > match.start()
            and half_latin.search(_CLITICS.sub("", word.text))
            and run_together(word.text, language) is None  # words run together: not this check's
        ):
            seen.add(position)
            latin = "".join(_LATIN_LETTERS.findall(word.text))
            flags.append((position, word, latin, How.MIXED))
    return flags


def _arabic_flags(
    text: str, pair: Pair, read: _Reader, language: str
) -> list[tuple[int, Word, str, How]]:
    """Arabic words that transliterate a common source word (never a source name)."""
    if language_script(pair.target_language) != "Arab":
        return []  # the skeletons serve only to read Arabic letters
    # Screen the paragraph by its skeletons (one set test; read once for every check) against
    # every source word that may be spelled, then word by word: a candidate is an Arabic word
    # with such a skeleton that is no common word of the translation's language (the sample's
    # common words, الزعيم or التي, share a skeleton with common Indonesian words in most beads;
    # "عليه" is not Indonesian "oleh"). The source's words are read only for a paragraph with a
    # candidate: on the sample, one bead in ten rather than six.
    spellable = _spellable_keys(pair)
    if spellable.isdisjoint(skeletons(text)):
        return []
    texts = paragraph_texts(text)
    by_word = word_skeletons(text)
    candidates = [
        position
        for position in compress(range(len(by_word)), map(not_, map(spellable.isdisjoint, by_word)))
        if _script_of(texts[position]) == "Arab" and not is_word_of(texts[position], language)
    ]
    if not candidates:
        return []
    source = read()
    flags = []
    names: set[int] | None = None  # worked out only when a word is flagged
    for position in candidates:
        if source.keys.isdisjoint(by_word[position]):
            continue
        word = texts[position]
        reason = _transliterated(word, source)
        if reason:
            names = _name_words(text, source) if names is None else names
            if position not in names:
                starts, ends = word_bounds(text)
                flags.append(
                    (position, Word(word, starts[position], ends[position]), reason, How.ARABIC)
                )
    return flags


@functools.lru_cache(maxsize=1 << 16)
def _script_of(word: str) -> str | None:
    return script_of(word[0]) if word[:1].isalpha() else None


def _runs(text: str, flags: list[tuple[Word, str, How]]) -> list[list[tuple[Word, str, How]]]:
    """Flagged words that follow each other with only spaces between make one finding."""
    runs: list[list[tuple[Word, str, How]]] = []
    for flag in flags:
        if runs:
            last = runs[-1][-1]
            if last[2] == flag[2] and not text[last[0].end : flag[0].start].strip():
                runs[-1].append(flag)
                continue
        runs.append([flag])
    return runs


def untranslated_findings(pair: Pair) -> list[Finding]:
    """Untranslated words in the translation paragraphs of one bead."""
    if language_subtag(pair.source_language) == language_subtag(pair.target_language):
        return []
    read = _reader(pair)
    lexicon = _lexicon(language_subtag(pair.source_language))
    # The source language's name, looked up for the first finding: most beads have none.
    language = ""
    findings = []
    for index, text in pair.target:
        for run in _runs(text, _flags(pair, text, read)):
            start, end = run[0][0].start, run[-1][0].end
            kept = _kept_on_purpose(text, start, end, pair.source_text, lexicon)
            if kept is _Kept.TITLE:
                continue
            language = language or language_name(pair.source_language)
            evidence = " ".join(reason for _, reason, _ in run)
            shown = text[start:end]
            message = _(_MESSAGES[run[0][2]]).format(language=language, word=evidence, shown=shown)
            findings.append(
                Finding(
                    FindingKind.UNTRANSLATED,
                    index,
                    pair.first_source,
                    message,
                    evidence,
                    ((start, end),),
                    Confidence.LOW if kept is _Kept.QUOTED else Confidence.HIGH,
                )
            )
    return findings


class _Kept(Enum):
    """Latin text a translator kept on purpose."""

    NO = "no"
    TITLE = "title"  # "Still Game", "Chariots of Fire": a title copied from the source
    QUOTED = "quoted"  # "bittersweet" in quotation marks or brackets: a term quoted


SMALL_WORD = 3  # letters: a title's small words (of, und, de, la, y) need not be capitalised
# The Latin phrase around a flagged run: Latin words joined by spaces, hyphens, apostrophes.
_LATIN_PHRASE = re.compile(rf"[{LATIN_LETTERS}'’-]+(?: [{LATIN_LETTERS}'’-]+)*")


def _run_holding(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``text`` that holds ``start:end`` (a run of Latin
    words, ``_LATIN_PHRASE``; a title's, ``_TITLE_RUN``)."""
    runs, starts, ends = _matches(pattern, text)
    # The runs are in order and apart: those starting at ``start`` or before are the first
    # ``last + 1``, and the first of them ending at ``end`` or after is the one.
    last = bisect.bisect_right(starts, start) - 1
    first = bisect.bisect_left(ends, end)
    return runs[first] if first <= last else None


@functools.lru_cache(maxsize=512)
def _matches(
    pattern: re.Pattern[str], text: str
) -> tuple[list[re.Match[str]], list[int], list[int]]:
    """The matches of ``pattern`` in ``text``, where each starts, and where each ends: read
    once a paragraph, where reading up to a word at each call cost a long paragraph its length
    squared."""
    runs = list(pattern.finditer(text))
    return runs, [m.start() for m in runs], [m.end() for m in runs]


_OPENING = "\"“”«‹„(['‘"
_CLOSING = "\"“”»›)]'’"


def _title(words: list[str], lexicon: frozenset[str]) -> bool:
    """Words in title case: two or more, opening with a capital, every word but the small ones
    capitalised, and one of the capitalised ones no word of the source language's lexicon
    ("Still Game", "Bells of Coronado"; not "Sementara itu", not "pada Senin"). A small word
    is one of the lexicon's or of three letters at most, as a name in a third language has
    them ("TÜV Produkt und Umwelt", "Banco de la Nación")."""
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and all(w[:1].isupper() or len(w) <= SMALL_WORD or fold(w) in lexicon for w in words)
        and any(w[:1].isupper() and fold(w) not in lexicon for w in words)
    )


# A run of capitalised words and the small words that join them ("City of Stars", "University
# of Central Missouri", "Banco de la Nación"): a name or title inside a sentence of a version
# written in Latin letters, whose other words are the version's own.
_CAPITALISED_WORD = rf"[{_CAPITALS}][{LATIN_LETTERS}'’-]*"
_TITLE_RUN = re.compile(
    rf"{_CAPITALISED_WORD}(?:(?: [{LATIN_LETTERS}'’]{{1,{SMALL_WORD}}})* {_CAPITALISED_WORD})*"
)


def _in_copied_title(text: str, start: int, end: int, source: str, lexicon: frozenset[str]) -> bool:
    """Whether the words at ``start:end`` stand inside a run of capitalised words, their small
    joining words included, that the source writes verbatim and that reads as a title
    (``_title``): a name kept ("la University of Central Missouri"), its "of" no word left
    untranslated. The run is tried from each of its capitalised words before the flagged ones
    to each after them, longest first: a sentence's first word may open it ("Le University")."""
    run = _run_holding(_TITLE_RUN, text, start, end)
    if run is None:
        return False
    offset = run.start()
    words = [(m.start() + offset, m.end() + offset) for m in re.finditer(r"\S+", run[0])]
    firsts = [a for a, _ in words if a <= start and text[a].isupper()]
    lasts = [b for a, b in words if b >= end and text[a].isupper()]
    return any(
        _copied(text[a:b], source) and _title(text[a:b].split(), lexicon)
        for a in firsts
        for b in reversed(lasts)
    )


# The apostrophe as typed and as typeset (Unicode's right single quotation mark, which it
# recommends for the apostrophe, and the modifier letter): one title either way.
_APOSTROPHE = str.maketrans("’ʼ", "''")


def _copied(phrase: str, source: str) -> bool:
    """Whether ``source`` writes ``phrase`` verbatim, an apostrophe typed or typeset alike
    (Europe's, Europe’s)."""
    return phrase in source or phrase.translate(_APOSTROPHE) in source.translate(_APOSTROPHE)


def _kept_on_purpose(
    text: str, start: int, end: int, source: str, lexicon: frozenset[str]
) -> _Kept:
    """Whether the Latin text at ``start:end`` of a translation is a title the source has too
    (two words or more, one capitalised, copied verbatim), or a quoted term."""
    phrase = _run_holding(_LATIN_PHRASE, text, start, end)
    if phrase is None:
        return _Kept.NO
    if _copied(phrase[0], source) and _title(phrase[0].split(), lexicon):
        return _Kept.TITLE
    if _in_copied_title(text, start, end, source, lexicon):
        return _Kept.TITLE
    before = text[: phrase.start()].rstrip()[-1:]
    after = text[phrase.end() :].lstrip()[:1]
    if before and after and before in _OPENING and after in _CLOSING:
        return _Kept.QUOTED
    return _Kept.NO
