"""Names: ``added-name`` (a name the translation has and its source does not) and
``cross-version`` (a name of the source that the other versions keep and one version drops).

A machine translation invents attributions: the seed's Arabic opens with "جاكرتا (رويترز) -"
(Jakarta (Reuters)) where the Indonesian source names no agency. News agencies are looked up
by their names in every language (``reader.checks_lexicon.AGENCIES``); in a translation
written in another script than Latin, a Latin-script name the source never writes is added too.

Across versions, a source name (a word the source capitalises mid-sentence and no word list
holds) is looked for in the aligned paragraphs of every version: verbatim, by similar spelling
in Latin-script versions (Luhansk, Louhansk), by transliteration or exonym in Arabic. A version
is flagged only where it plainly lacks the name and the other versions that can be read keep
it, so a name every version renders by a translation (Amerika Serikat, United States) is left
alone.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from reader.align import Alignment
from reader.checks_lexicon import (
    AGENCIES,
    ALWAYS_TRANSLATED,
    ARABIC_EXONYMS,
    ARABIC_LOANS,
    COMMON_WORDS,
    FUNCTION_WORDS,
    Entity,
)
from reader.checks_model import Finding, Pair
from reader.checks_text import (
    Word,
    fold,
    is_latin_word,
    paragraph_words,
    preview,
    sentence_starts,
    whole_words,
    words,
)
from reader.languages import language_of, primary_subtag
from reader.model import Version
from reader.transliterate import arabic_key, arabic_stems, latin_keys

_ANY_LATIN = re.compile("[A-Za-z]")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z\u00c0-\u024f]+)*")
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@dataclass(frozen=True)
class _Spelling:
    entity: Entity
    words: tuple[str, ...]  # folded words; for an acronym, the words exactly as written
    exact: bool  # an all-capital acronym: "AP", never "ap"


@functools.cache
def _agency_index() -> tuple[dict[str, list[_Spelling]], tuple[tuple[Entity, str], ...]]:
    """Agency spellings by their first word, and the Chinese and Japanese ones (no words)."""
    by_first: dict[str, list[_Spelling]] = {}
    unspaced = []
    for entity in AGENCIES:
        for spelling in (*entity.latin, *entity.other):
            if _CJK.search(spelling):
                unspaced.append((entity, spelling))
                continue
            exact = spelling.isupper()
            parts = tuple(w.text if exact else fold(w.text) for w in words(spelling))
            by_first.setdefault(parts[0], []).append(_Spelling(entity, parts, exact))
    return by_first, tuple(unspaced)


_PLAIN_WORD = re.compile(r"\w+")


@functools.cache
def _first_words() -> frozenset[str]:
    """The first words of every agency spelling, lower-cased and folded (the quick test)."""
    firsts = {
        w.text
        for entity in AGENCIES
        for spelling in (*entity.latin, *entity.other)
        for w in words(spelling)[:1]
    }
    return frozenset({w.lower() for w in firsts} | {fold(w) for w in firsts})


@functools.lru_cache(maxsize=1 << 16)
def _word_keys(word: str) -> tuple[str, ...]:
    """A word as agency spellings are looked up: as written, folded, and (Arabic) without its
    clitics and article (``ورويترز`` → ``رويترز``)."""
    keys = [word, fold(word)]
    if re.match(r"[\u0600-\u06ff]", word):
        keys += [fold(stem) for stem in arabic_stems(word)]
    return tuple(dict.fromkeys(keys))


@functools.lru_cache(maxsize=512)
def agencies_in(text: str) -> dict[str, tuple[tuple[int, int], ...]]:
    """The agencies ``text`` names, each with the spans where it does."""
    by_first, unspaced = _agency_index()
    found: dict[str, list[tuple[int, int]]] = {}
    # Most paragraphs name no agency: a set intersection in C says so before any word loop.
    quick = set(_PLAIN_WORD.findall(text.lower()))
    quick |= {w[1:] for w in quick if w[:1] in "وفبلك"} | {w[2:] for w in quick if w[:2] == "ال"}
    tokens = paragraph_words(text) if not quick.isdisjoint(_first_words()) else ()
    for i, token in enumerate(tokens):
        for key in _word_keys(token.text):
            for spelling in by_first.get(key, ()):
                end = _spelling_end(tokens, i, spelling)
                if end is not None:
                    found.setdefault(spelling.entity.name, []).append((token.start, end))
    for entity, spelling in unspaced:
        start = text.find(spelling)
        while start >= 0:
            found.setdefault(entity.name, []).append((start, start + len(spelling)))
            start = text.find(spelling, start + len(spelling))
    return {name: _outermost(spans) for name, spans in found.items()}


def _outermost(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The spans not inside another ("路透" inside "路透社")."""
    unique = sorted(set(spans), key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int]] = []
    for start, end in unique:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return tuple(kept)


def _spelling_end(tokens: Sequence[Word], i: int, spelling: _Spelling) -> int | None:
    """Where ``spelling`` ends when it starts at token ``i`` (its first word already matched)."""
    count = len(spelling.words)
    if i + count > len(tokens):
        return None
    if spelling.exact and tokens[i].text != spelling.words[0]:
        return None
    for offset, expected in enumerate(spelling.words[1:], 1):
        text = tokens[i + offset].text
        if (text if spelling.exact else fold(text)) != expected:
            return None
    return tokens[i + count - 1].end


def _script(language: str) -> str:
    found = language_of(language)
    return found.script if found else "Latn"


def latin_words(text: str) -> frozenset[str]:
    """The folded Latin-script words of a text (what the source says in Latin letters)."""
    return frozenset(fold(w) for w in _LATIN_WORD.findall(text))


def added_name_findings(pair: Pair, source_latin: frozenset[str]) -> list[Finding]:
    """Names in the bead's translation paragraphs that its source paragraphs do not have.

    ``source_latin`` holds every Latin word of the whole source version: a Latin name the
    source writes anywhere is not added, only misplaced at worst.
    """
    findings = []
    in_source = agencies_in(pair.source_text)
    for index, text in pair.target:
        covered: list[tuple[int, int]] = []
        for name, spans in agencies_in(text).items():
            covered += spans
            if name not in in_source:
                findings.append(_added(pair, index, text, name, spans))
        if _script(pair.target_language) != "Latn" and _ANY_LATIN.search(text):
            findings += _added_latin(pair, index, text, source_latin, covered)
    return findings


def _added(
    pair: Pair, index: int, text: str, name: str, spans: Sequence[tuple[int, int]]
) -> Finding:
    return Finding(
        "added-name",
        index,
        pair.first_source,
        f"names {name}, which the source does not mention here",
        preview(pair.source_text),
        tuple(sorted({whole_words(text, *span) for span in spans})),
    )


def _added_latin(
    pair: Pair,
    index: int,
    text: str,
    source_latin: frozenset[str],
    covered: list[tuple[int, int]],
) -> list[Finding]:
    """Latin-script names inside a non-Latin translation that the source never writes."""
    findings = []
    for word in paragraph_words(text):
        if not is_latin_word(word.text) or word.text.islower() or len(word.text) < 2:
            continue
        if any(s <= word.start < e for s, e in covered) or fold(word.text) in source_latin:
            continue
        findings.append(_added(pair, index, text, word.text, [(word.start, word.end)]))
    return findings


# -- across versions -----------------------------------------------------------------------------


class Presence(Enum):
    """Whether a version's paragraph renders a name: plainly, plainly not, or cannot tell."""

    HAS = "has"
    LACKS = "lacks"
    UNKNOWN = "unknown"


def source_names(text: str, language: str) -> list[str]:
    """Words the source capitalises mid-sentence that no word list holds: its names."""
    language = primary_subtag(language)
    listed = (
        FUNCTION_WORDS.get(language, frozenset())
        | COMMON_WORDS.get(language, frozenset())
        | ALWAYS_TRANSLATED.get(language, frozenset())
        | ARABIC_LOANS
    )
    starts = sentence_starts(text)
    names = []
    for word in paragraph_words(text):
        if not is_latin_word(word.text) or word.start in starts or len(word.text) < 3:
            continue
        if word.text[0].isupper() and fold(word.text) not in listed:
            names.append(word.text)
    return list(dict.fromkeys(names))


def _distance(a: str, b: str) -> int:
    """Levenshtein distance, for the short words names are."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _similar(name: str, word: str) -> bool:
    """Spelled alike, as a name is across Latin-script languages (Luhansk, Louhansk, Japon)."""
    first = str.maketrans("ck", "kk")
    if name[:1].translate(first) != word[:1].translate(first):
        return False
    return _distance(name, word) <= max(2, len(name) // 2)


def presence(name: str, texts: Sequence[str], language: str) -> Presence:
    """Whether ``texts`` (a version's paragraphs) render the source name ``name``."""
    folded = fold(name)
    joined = "\n".join(texts)
    latin = latin_words(joined)
    if folded in latin:
        return Presence.HAS
    script = _script(language)
    if script == "Latn":
        return Presence.UNKNOWN if any(_similar(folded, w) for w in latin) else Presence.LACKS
    if script != "Arab" or name.isupper():
        return Presence.UNKNOWN  # Chinese, Japanese; acronyms, which Arabic spells out
    return _arabic_presence(name, folded, joined)


def _arabic_presence(name: str, folded: str, text: str) -> Presence:
    folded_text = fold(text)
    if any(fold(exonym) in folded_text for exonym in ARABIC_EXONYMS.get(folded, ())):
        return Presence.HAS
    keys = {k for k in latin_keys(name) if len(k) >= 2}
    if not keys:
        return Presence.UNKNOWN
    tokens = [w.text for w in words(text)]
    joined_pairs = [a + b for a, b in itertools.pairwise(tokens)]
    for token in (*tokens, *joined_pairs):
        if any(arabic_key(stem) in keys for stem in arabic_stems(token)):
            return Presence.HAS
    return Presence.LACKS


def _paragraphs_for(
    version: Version, alignment: Alignment, source_paragraphs: Sequence[int]
) -> list[str]:
    indexes: list[int] = []
    for index in source_paragraphs:
        for target in alignment.counterpart("source", index).target:
            if target not in indexes:
                indexes.append(target)
    return [version.paragraphs[i].text for i in sorted(indexes)]


def cross_version_findings(
    source: Version,
    translation: Version,
    alignment: Alignment,
    others: Sequence[tuple[Version, Alignment]],
) -> list[Finding]:
    """Source names that the other versions keep and this translation drops."""
    others = [(v, a) for v, a in others if v.language != translation.language]
    if not others:
        return []
    findings = []
    for bead in alignment.beads:
        if not bead.source or not bead.target:
            continue
        texts = [translation.paragraphs[i].text for i in bead.target]
        for i in bead.source:
            for name in source_names(source.paragraphs[i].text, source.language):
                if presence(name, texts, translation.language) is not Presence.LACKS:
                    continue
                keeping = _keeping(name, others, bead.source)
                if keeping:
                    findings.append(
                        Finding(
                            "cross-version",
                            bead.target[0],
                            i,
                            f'the source name "{name}" is missing here; '
                            f"the {', '.join(keeping)} versions have it",
                            name,
                        )
                    )
    return findings


def _keeping(
    name: str, others: Sequence[tuple[Version, Alignment]], source_paragraphs: Sequence[int]
) -> list[str]:
    """The other versions that keep ``name``, when enough do and none plainly lacks it."""
    statuses = [
        (
            str(version.key),
            presence(name, _paragraphs_for(version, al, source_paragraphs), version.language),
        )
        for version, al in others
    ]
    keeping = [key for key, status in statuses if status is Presence.HAS]
    if any(status is Presence.LACKS for _, status in statuses):
        return []
    return keeping if keeping and len(keeping) >= min(2, len(statuses)) else []
