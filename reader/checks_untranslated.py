"""``untranslated``: source-language words left in a translation.

Three ways a word stays untranslated, each told apart from the names and tokens that rightly
stay as they are:

- **In Latin letters** (``sementara itu`` inside Arabic or English text). A Latin word in the
  translation is untranslated when it is a function word or a title of the source language
  (whatever its case), or a lower-case common word of the source language, or (inside a
  non-Latin translation) a lower-case word of the source paragraph. Capitalised words the source
  capitalises mid-sentence are names (``Putin``); tokens joined by dots or slashes are addresses
  (``Kremlin.ru``); acronyms (``ASEAN``) are never flagged.
- **Transliterated into Arabic letters** (``برساما`` for *bersama*): an Arabic word whose
  consonant skeleton and written-out vowels match a common word of the source paragraph
  (``reader.transliterate``). Names the source capitalises are matched the same way and are
  fine; loans Indonesian took from Arabic (``dunia``, ``Senin``) are not checked.
- **Half transliterated**: Latin letters glued to a word of a non-Latin translation
  (``سامارينda``); Arabic clitics written onto a Latin name (``وTokopedia``) are correct Arabic.
- **In the source's own script** when that script is not the translation's (Arabic letters in an
  English translation of an Arabic text).

Words spelled alike in both languages (English *per*, French *sang*) and loans Indonesian took
from Arabic are word lists in ``reader.checks_lexicon``.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from reader.checks_lexicon import (
    ALWAYS_TRANSLATED,
    ARABIC_LOANS,
    COMMON_WORDS,
    FUNCTION_WORDS,
    TARGET_WORDS,
    UNITS,
)
from reader.checks_model import Finding, Pair
from reader.checks_text import Word, fold, is_latin_word, paragraph_words
from reader.languages import language_name, language_of, primary_subtag, script_of
from reader.transliterate import arabic_key, arabic_stems, latin_keys, transliterates

# Indonesian derivation: a prefix and a suffix, or the suffixes -kan / -nya. Such a word is
# Indonesian whatever the lexicon holds ("ditandatangani", "menggagalkan").
_ID_MORPHOLOGY = re.compile(
    r"^(?:(?:meng|meny|mem|men|me|ber|di|ter|per|peng|peny|pem|pen|pe|ke|se)[a-z]{3,}"
    r"(?:kan|an|i|nya|lah|kah)|[a-z]{3,}(?:kan|nya))$"
)
# A word of a non-Latin translation with Latin letters glued to its own ("سامارينda"): a
# transliteration left half done.
_HALF_LATIN = re.compile(r"[A-Za-z][^\W\dA-Za-z_]|[^\W\dA-Za-z_][A-Za-z]")
_LATIN_LETTERS = re.compile(r"[A-Za-z]+")
# Arabic writes its clitics and article straight onto a Latin name: "وTokopedia", "بـGoPay",
# "والـASEAN". Those are not half-done transliterations.
_CLITICS = re.compile(r"^(?:[وف]?[بلك]?(?:ال)?|لل)\u0640?(?=[A-Za-z])")
# Non-Latin scripts whose letters in a translation of another script are untranslated text.
_FOREIGN_SCRIPTS = frozenset({"Arab", "Hebr", "Cyrl", "Grek", "Hang", "Thai", "Deva"})


@dataclass
class _SourceWords:
    """What the source side of a bead says about its words."""

    language: str
    lower: dict[str, str] = field(default_factory=dict)  # folded → as written, lower-case uses
    present: set[str] = field(default_factory=set)  # every folded Latin word of the source
    names: set[str] = field(default_factory=set)  # folded words capitalised mid-sentence
    by_key: dict[str, set[str]] = field(default_factory=dict)  # skeleton → common words
    name_keys: set[str] = field(default_factory=set)  # skeletons of the names

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


_LATIN = "A-Za-z\u00c0-\u024f"
_LATIN_WORD = re.compile(rf"[{_LATIN}]+(?:['’][{_LATIN}]+)*")
# A capital after a word, a comma or a closing bracket and one space (or inside a hyphenated
# compound: "Rusia-Korea"), i.e. not opening a sentence, a quotation or a dateline.
# What comes right before a capitalised word in mid-sentence: a word, a comma or a closing
# bracket and one space, or a letter and a hyphen ("Rusia-Korea"). Anything else (the start, a
# full stop, an opening quote or bracket, a dateline's dash) opens a sentence or a quotation.
_MID_SENTENCE = re.compile(rf"[\w,;)]\s|[{_LATIN}]-")


def _source_words(pair: Pair) -> _SourceWords:
    """Read the bead's source paragraphs: their lower-case words, their names, and (for a
    translation into Arabic) the skeletons of the common words a transliteration could spell.
    Every translation of an article reads the same source beads: they are read once."""
    arabic = _script(pair.target_language) == "Arab"
    return _read_source(tuple(text for _, text in pair.source), pair.source_language, arabic)


@functools.lru_cache(maxsize=256)
def _read_source(texts: tuple[str, ...], language: str, arabic: bool) -> _SourceWords:
    found = _SourceWords(primary_subtag(language))
    listed = found.lexicon | ALWAYS_TRANSLATED.get(found.language, frozenset())
    sentence_initial: dict[str, str] = {}
    for text in texts:
        for match in _LATIN_WORD.finditer(text):
            word = match[0]
            folded = fold(word)
            found.present.add(folded)
            if word.islower():
                found.lower.setdefault(folded, word)
            elif word[0].isupper():
                before = text[max(match.start() - 2, 0) : match.start()]
                if _MID_SENTENCE.fullmatch(before):
                    found.names.add(folded)
                elif word[1:].islower() and (not before.strip() or before[-2:-1] in ".!?"):
                    # A sentence's first word is capitalised whatever it is ("Wisatawan asal
                    # Australia"): a lower-case word unless the text capitalises it elsewhere.
                    sentence_initial.setdefault(folded, word)
    found.names -= listed
    found.lower = {k: v for k, v in sentence_initial.items() if k not in found.names} | found.lower
    if not arabic:
        return found  # the skeletons serve only to read Arabic letters
    for name in found.names:
        found.name_keys |= latin_keys(name)
    listed_here = found.lexicon & found.present
    derived = {
        w
        for w in found.lower
        if found.language in ("id", "ms") and len(w) >= 3 and _ID_MORPHOLOGY.match(w)
    }
    for folded in (listed_here | derived) - found.names - ARABIC_LOANS:
        for key in latin_keys(folded):
            if len(key) >= 2:
                found.by_key.setdefault(key, set()).add(folded)
    return found


def _in_address(text: str, word: Word) -> bool:
    """Part of a domain, address or code: ``Kremlin.ru``, ``foo@bar``, ``a/b``, ``COVID19``."""
    before = text[max(word.start - 2, 0) : word.start]
    after = text[word.end : word.end + 2]
    return bool(
        _JOINED_AFTER.match(after) or _JOINED_BEFORE.search(before) or _DIGIT.search(word.text)
    )


_JOINED_AFTER = re.compile(r"[./@_]\w")
_JOINED_BEFORE = re.compile(r"\w[./@_]$")
_DIGIT = re.compile(r"\d")


def _latin_reason(word: Word, text: str, source: _SourceWords, target_language: str) -> str | None:
    """The source word a Latin word of the translation leaves untranslated, if it does."""
    if _in_address(text, word) or (word.text.isupper() and len(word.text) > 1):
        return None
    folded = fold(word.text)
    target_script = _script(target_language)
    if folded in TARGET_WORDS.get(target_language, frozenset()):
        return None
    if not word.text.islower() and folded in source.names:
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
    if target_script != "Latn" or source.is_common(folded):
        return source.lower[folded]
    return None


def _name_words(tokens: tuple[Word, ...], source: _SourceWords) -> set[int]:
    """Positions of the Arabic words that spell a source name, alone or with a neighbour
    (``بيونغ يانغ`` is Pyongyang; its ``يانغ`` alone would look like Indonesian *yang*)."""
    if not source.name_keys:
        return set()
    keys = [_stem_keys(token.text) for token in tokens]
    spelled = {i for i, own in enumerate(keys) if not source.name_keys.isdisjoint(own)}
    for i in range(len(tokens) - 1):
        second = keys[i + 1][0] if keys[i + 1] else ""
        joined = {a + second[1:] if a[-1:] == second[:1] else a + second for a in keys[i]}
        if not source.name_keys.isdisjoint(joined):
            spelled |= {i, i + 1}
    return spelled


@functools.lru_cache(maxsize=1 << 16)
def _stem_keys(word: str) -> tuple[str, ...]:
    """The consonant skeletons of an Arabic word and of its stems, the word's own first."""
    return tuple(dict.fromkeys(arabic_key(stem) for stem in arabic_stems(word)))


def _transliterated(word: Word, source: _SourceWords) -> str | None:
    """The common source word an Arabic word of the translation spells out, if any."""
    for stem in arabic_stems(word.text):
        for candidate in sorted(source.by_key.get(arabic_key(stem), ())):
            if transliterates(candidate, word.text):
                return source.lower.get(candidate, candidate)
    return None


def _flags(pair: Pair, text: str, source: _SourceWords) -> list[tuple[Word, str, str]]:
    """(word, source word, how) for each untranslated word of one translation paragraph,
    in text order."""
    target = primary_subtag(pair.target_language)
    source_script = _script(source.language)
    tokens = paragraph_words(text)
    flags: list[tuple[int, Word, str, str]] = []
    if source_script == "Latn":
        for position, word in enumerate(tokens):
            if is_latin_word(word.text):
                reason = _latin_reason(word, text, source, target)
                if reason:
                    flags.append((position, word, reason, "latin"))
        if _script(target) != "Latn":
            flags += _half_latin_flags(text, tokens)
        flags += _arabic_flags(tokens, source)
    elif source_script in _FOREIGN_SCRIPTS and _script(target) != source_script:
        flags += [
            (position, word, word.text, "script")
            for position, word in enumerate(tokens)
            if _script_of(word.text) == source_script
        ]
    return [(word, reason, how) for _, word, reason, how in sorted(flags, key=lambda f: f[0])]


def _half_latin_flags(text: str, tokens: tuple[Word, ...]) -> list[tuple[int, Word, str, str]]:
    """Words of a non-Latin translation with Latin letters glued to their own letters, found by
    one scan of the paragraph (most have none) rather than word by word."""
    starts = [word.start for word in tokens]
    flags = []
    seen: set[int] = set()
    for match in _HALF_LATIN.finditer(text):
        position = bisect.bisect_right(starts, match.start()) - 1
        if position < 0 or position in seen:
            continue
        word = tokens[position]
        if word.end > match.start() and _HALF_LATIN.search(_CLITICS.sub("", word.text)):
            seen.add(position)
            latin = "".join(_LATIN_LETTERS.findall(word.text))
            flags.append((position, word, latin, "mixed"))
    return flags


def _arabic_flags(
    tokens: tuple[Word, ...], source: _SourceWords
) -> list[tuple[int, Word, str, str]]:
    """Arabic words that transliterate a common source word (never a source name)."""
    if not source.by_key:
        return []
    keys = source.by_key.keys()
    flags = []
    names: set[int] | None = None  # worked out only when a word is flagged
    for position, word in enumerate(tokens):
        if keys.isdisjoint(_stem_keys(word.text)) or _script_of(word.text) != "Arab":
            continue
        reason = _transliterated(word, source)
        if reason:
            names = _name_words(tokens, source) if names is None else names
            if position not in names:
                flags.append((position, word, reason, "arabic"))
    return flags


def _script(language: str) -> str:
    found = language_of(language)
    return found.script if found else "Latn"


@functools.lru_cache(maxsize=1 << 16)
def _script_of(word: str) -> str | None:
    return script_of(word[0]) if word[:1].isalpha() else None


def _runs(text: str, flags: list[tuple[Word, str, str]]) -> list[list[tuple[Word, str, str]]]:
    """Flagged words that follow each other with only spaces between make one finding."""
    runs: list[list[tuple[Word, str, str]]] = []
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
    if primary_subtag(pair.source_language) == primary_subtag(pair.target_language):
        return []
    source = _source_words(pair)
    language = language_name(pair.source_language)
    findings = []
    for index, text in pair.target:
        for run in _runs(text, _flags(pair, text, source)):
            start, end = run[0][0].start, run[-1][0].end
            evidence = " ".join(reason for _, reason, _ in run)
            shown = text[start:end]
            if run[0][2] == "arabic":
                message = f'{language} "{evidence}" is written in Arabic letters ({shown}), not translated'
            elif run[0][2] == "mixed":
                message = f'Latin letters "{evidence}" are left inside the word {shown}'
            else:
                message = f'{language} "{evidence}" is left untranslated'
            findings.append(
                Finding(
                    "untranslated", index, pair.first_source, message, evidence, ((start, end),)
                )
            )
    return findings
