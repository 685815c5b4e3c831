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
- **In the source's own script** when that script is not the translation's (Arabic letters in an
  English translation of an Arabic text).
"""

from __future__ import annotations

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
        if folded in ARABIC_LOANS:
            return False
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
_MID_SENTENCE_CAPITAL = re.compile(
    rf"(?<=[\w,;)]\s|[{_LATIN}]-)[A-Z\u00c0-\u00de][{_LATIN}]*(?:['’][{_LATIN}]+)*"
)


def _source_words(pair: Pair) -> _SourceWords:
    """Read the bead's source paragraphs: their lower-case words, their names, and the
    skeletons of the common words an Arabic transliteration could spell."""
    found = _SourceWords(primary_subtag(pair.source_language))
    listed = found.lexicon | ALWAYS_TRANSLATED.get(found.language, frozenset())
    for _, text in pair.source:
        latin = _LATIN_WORD.findall(text)
        found.present |= {fold(w) for w in latin}
        for word in latin:
            if word.islower():
                found.lower.setdefault(fold(word), word)
        found.names |= {fold(w) for w in _MID_SENTENCE_CAPITAL.findall(text)} - listed
    for name in found.names:
        found.name_keys |= latin_keys(name)
    candidates = {w for w in found.lower if len(w) >= 3} | (found.lexicon & found.present)
    for folded in candidates - found.names:
        if found.is_common(folded):
            for key in latin_keys(folded):
                if len(key) >= 2:
                    found.by_key.setdefault(key, set()).add(folded)
    return found


def _in_address(text: str, word: Word) -> bool:
    """Part of a domain, address or code: ``Kremlin.ru``, ``foo@bar``, ``a/b``, ``COVID19``."""
    before = text[max(word.start - 2, 0) : word.start]
    after = text[word.end : word.end + 2]
    joined = re.compile(r"[./@_]\w")
    return bool(
        joined.match(after) or re.match(r"\w[./@_]$", before) or re.search(r"\d", word.text)
    )


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
    """(word, source word, how) for each untranslated word of one translation paragraph."""
    target = primary_subtag(pair.target_language)
    target_script = _script(target)
    source_script = _script(source.language)
    flags = []
    tokens = paragraph_words(text)
    names: set[int] | None = None  # Arabic words spelling a name, worked out when needed
    for position, word in enumerate(tokens):
        reason: str | None = None
        how = "latin"
        if source_script == "Latn" and is_latin_word(word.text):
            reason = _latin_reason(word, text, source, target)
        elif source_script == "Latn" and source.by_key and _script_of(word.text) == "Arab":
            reason, how = _transliterated(word, source), "arabic"
            if reason:
                names = _name_words(tokens, source) if names is None else names
                reason = None if position in names else reason
        elif source_script in _FOREIGN_SCRIPTS and _script_of(word.text) == source_script:
            reason, how = (word.text, "script") if target_script != source_script else (None, how)
        if reason:
            flags.append((word, reason, how))
    return flags


def _script(language: str) -> str:
    found = language_of(language)
    return found.script if found else "Latn"


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
            else:
                message = f'{language} "{evidence}" is left untranslated'
            findings.append(
                Finding(
                    "untranslated", index, pair.first_source, message, evidence, ((start, end),)
                )
            )
    return findings
