"""Names: ``added-name`` (a name the translation has and its source does not) and
``cross-version`` (a name of the source that the other versions keep and one version drops).

A machine translation invents attributions: the seed's Arabic opens with "جاكرتا (رويترز) -"
(Jakarta (Reuters)) where the Indonesian source names no agency. News agencies are looked up
by their names in every language (``reader.core.checks.lexicon.AGENCIES``); in a translation
written in another script than Latin, a Latin-script name the source never writes is added too;
the source may write it another way (behind an elision, d'EMIS; in the plural; a compound with
hyphens; an acronym's letters in its own order, OBI for IBO), and a name of several words of which
the source writes one as a cognate (Priorités, Priorities) is one the source translated.

Across versions, each word of a source name (a word the source capitalises mid-sentence and no
word list holds) is looked for in the aligned paragraphs of every version: verbatim, by similar
spelling in Latin-script versions (Luhansk, Louhansk), by transliteration or exonym in Arabic.
A version is flagged only where it plainly lacks the name, at least two other versions keep it,
one of them verbatim, and none plainly lacks it: so a name every version renders by a
translation (Amerika Serikat, United States) or a cognate (Investasi, Investment) is left alone.
Latin-script versions name places their own way (La Mecque, Djeddah), so only people's names
(two words or more) are held against them; Chinese and Japanese versions are not read.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from itertools import compress, repeat

from reader.core.align.aligner import Alignment, Side
from reader.core.checks.lexicon import (
    AGENCIES,
    ALWAYS_TRANSLATED,
    ARABIC_EXONYMS,
    ARABIC_LOANS,
    COMMON_WORDS,
    FUNCTION_WORDS,
    NAME_PART_WORDS,
    Entity,
)
from reader.core.checks.model import MAX_BEAD, Confidence, Finding, FindingKind, Pair
from reader.core.checks.reading import (
    labelled_digits,
    labels_at,
    language_script,
    language_subtag,
)
from reader.core.i18n import _, ngettext
from reader.core.model import Version
from reader.core.text.arabic import proclitic_forms
from reader.core.text.arabic import stems as arabic_stems
from reader.core.text.frequency import is_common
from reader.core.text.languages import UNSPACED_SCRIPTS, region_codes
from reader.core.text.transliterate import arabic_key, latin_keys
from reader.core.text.words import (
    LATIN_WORD,
    Word,
    covering,
    fold,
    is_latin_word,
    lower_words,
    paragraph_texts,
    paragraph_words,
    preview,
    sentence_starts,
    whole_words,
    word_span,
    words,
)

_ANY_LATIN = re.compile("[A-Za-z]")
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


@functools.cache
def _first_words() -> frozenset[str]:
    """The first words of every agency spelling as a text may write them: lower-cased, folded,
    and (Arabic) behind a clitic or the article (``لرويترز``, ``والأنباء``): the quick test."""
    firsts = {
        w.text
        for entity in AGENCIES
        for spelling in (*entity.latin, *entity.other)
        for w in words(spelling)[:1]
    }
    forms = {w.lower() for w in firsts} | {fold(w) for w in firsts}
    arabic = {w for w in forms if re.match(r"[\u0600-\u06ff]", w)}
    return frozenset(forms | {c + w for c in proclitic_forms() for w in arabic})


@functools.lru_cache(maxsize=1 << 16)
def _word_keys(word: str) -> tuple[str, ...]:
    """A word as agency spellings are looked up: as written, folded, and (Arabic) without its
    clitics and article (``ورويترز`` → ``رويترز``)."""
    keys = [word, fold(word), _unelided(fold(word))]  # l’Associated Press: associated
    keys.append(_bare(word))  # l’AFP, AP's: an acronym, as written
    if re.match(r"[\u0600-\u06ff]", word):
        keys += [fold(stem) for stem in arabic_stems(word)]
        keys += _behind_clitics(fold(word))
    return tuple(dict.fromkeys(keys))


def _behind_clitics(word: str) -> list[str]:
    """The first words of agency spellings that ``word`` writes behind proclitics, however
    short (``للبي`` → ``بي``, ``وسي`` → ``سي``): ``arabic_stems`` keeps a short word whole, but
    a letter name of a spelled acronym takes the clitics of the word it stands for."""
    by_first = _agency_index()[0]
    return [
        word[len(clitics) :]
        for clitics in proclitic_forms()
        if clitics and word.startswith(clitics) and word[len(clitics) :] in by_first
    ]


@functools.lru_cache(maxsize=1 << 16)
def _spellings_from(word: str) -> tuple[_Spelling, ...]:
    """The agency spellings whose first word ``word`` may be, in lookup order."""
    by_first = _agency_index()[0]
    return tuple(spelling for key in _word_keys(word) for spelling in by_first.get(key, ()))


def _spelled(text: str) -> list[tuple[str, int, int]]:
    """The agencies ``text`` names in words, each as (name, first word, last word): positions
    as in ``paragraph_texts``, no spans."""
    # Most paragraphs name no agency: a set intersection in C says so before any word loop.
    if _first_words().isdisjoint(lower_words(text)):
        return []
    texts = paragraph_texts(text)
    by_word = list(map(_spellings_from, texts))  # most words open no spelling: ()
    found = []
    consumed = -1  # the last word of the names read so far
    for i in compress(range(len(by_word)), by_word):
        # Read left to right: a word of one name does not start another ("بي بي سي إن إن" is
        # BBC then the conjunction, never BBC and a CNN borrowing BBC's last letter), while
        # spellings that start on the same word are all kept ("RIA Novosti" and "RIA").
        if i <= consumed:
            continue
        for spelling in by_word[i]:
            last = _spelling_last(texts, i, spelling)
            if last is not None:
                found.append((spelling.entity.name, i, last))
                consumed = max(consumed, last)
    return found


@functools.lru_cache(maxsize=512)
def agency_names(text: str) -> frozenset[str]:
    """The agencies ``text`` names (those ``agencies_in`` finds), without reading where: all
    a source paragraph is asked, and all a translation's is where the source has them too."""
    names = {name for name, _, _ in _spelled(text)}
    if _CJK.search(text):
        names.update(entity.name for entity, form in _agency_index()[1] if form in text)
        names.update(name for name, _ in _latin_in_cjk(text))
    return frozenset(names)


@functools.lru_cache(maxsize=512)
def agencies_in(text: str) -> dict[str, tuple[tuple[int, int], ...]]:
    """The agencies ``text`` names, each with the spans where it does."""
    unspaced = _agency_index()[1]
    found: dict[str, list[tuple[int, int]]] = {}
    # Words are looked up as strings; spans are built only for a spelling that matched.
    for name, first, last in _spelled(text):
        found.setdefault(name, []).append(word_span(text, first, last))
    for entity, form in unspaced if _CJK.search(text) else ():
        start = text.find(form)
        while start >= 0:
            found.setdefault(entity.name, []).append((start, start + len(form)))
            start = text.find(form, start + len(form))
    for name, span in _latin_in_cjk(text):
        found.setdefault(name, []).append(span)
    return {name: _outermost(spans) for name, spans in found.items()}


_LATIN_RUN = re.compile(r"[A-Za-z]+")


def _latin_in_cjk(text: str) -> Iterator[tuple[str, tuple[int, int]]]:
    """Agencies of one Latin word that a Chinese or Japanese text runs into its characters
    ("在BBC一个", "BBCの"), where the word scan sees one word with the characters around."""
    if not _CJK.search(text):
        return
    for match in _LATIN_RUN.finditer(text):
        for spelling in _spellings_from(match[0]):
            if len(spelling.words) == 1:
                yield spelling.entity.name, match.span()


def _outermost(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The spans not inside another ("路透" inside "路透社")."""
    unique = sorted(set(spans), key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int]] = []
    for start, end in unique:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return tuple(kept)


def _spelling_last(texts: Sequence[str], i: int, spelling: _Spelling) -> int | None:
    """The position of the last word of ``spelling`` when it starts at word ``i`` (its first
    word already matched)."""
    count = len(spelling.words)
    if i + count > len(texts):
        return None
    if spelling.exact and _bare(texts[i]) != spelling.words[0]:
        return None
    for offset, expected in enumerate(spelling.words[1:], 1):
        text = texts[i + offset]
        if (text if spelling.exact else fold(text)) != expected:
            return None
    return i + count - 1


def _bare(word: str) -> str:
    """A word as written without an elision or a possessive (l’AFP, AP's): an acronym."""
    return _ELIDED_RAW.sub("", word) if "'" in word or "’" in word else word


def latin_words(text: str) -> frozenset[str]:
    """The folded Latin-script words of a text (what the source says in Latin letters)."""
    return frozenset(map(fold, LATIN_WORD.findall(text)))


# An article, preposition or pronoun elided onto the next word (French l'ONU, d'EMIS,
# jusqu'à, lorsqu'il; Italian dell'ONU, nell'anno), and the English possessive (Russia's).
_ELISION = re.compile(r"^[a-z]{1,6}['’](?=[^\W\d_]{2})|['’]s$")


def _unelided(word: str) -> str:
    """A folded word without its elision (``l’inserm`` → ``inserm``); most words have none."""
    return _ELISION.sub("", word) if "'" in word or "’" in word else word


def _name_forms(text: str) -> frozenset[str]:
    """Latin words as a name is looked for among them: folded, without French elisions or the
    English possessive (``l'Ukraine`` → ``ukraine``, ``Russia's`` → ``russia``)."""
    return frozenset(map(_unelided, latin_words(text)))


# Latin words joined by hyphens: a compound other languages write as one word (edit-a-thon,
# editathon; e-mail, email).
_COMPOUND = re.compile(r"[A-Za-zÀ-ɏ]+(?:-[A-Za-zÀ-ɏ]+)+")


@dataclass(frozen=True)
class SourceSpellings:
    """How a source writes Latin-script words, as a Latin name of its translation is looked
    for among them (``source_spellings``)."""

    words: frozenset[str]  # folded, also without an elision, and compounds without hyphens
    acronyms: frozenset[str]  # the letters of each capital acronym, sorted
    names: frozenset[str] = frozenset()  # folded, the words it writes with a capital

    def writes(self, word: str) -> bool:
        """Whether the source writes ``word`` (a Latin word of the translation): as it is,
        without the English possessive (``Sainsbury's``, a translation keeping the English
        name's case, for ``Sainsbury``), in the singular or plural (``MWPs`` for ``MWP``,
        ``Editathon`` for ``editathons``),
        or, for an acronym, with its letters in another order: languages that put the
        adjective after the noun order an acronym's letters their way (OTAN, NATO; SIDA,
        AIDS; OBI, IBO), and a translation may keep the other language's."""
        key = _unelided(_one_apostrophe(fold(word)))  # Sainsbury's: the source's Sainsbury
        forms = (key, key[:-1], key + "s") if key.endswith("s") else (key, key + "s")
        if not self.words.isdisjoint(forms):
            return True
        return word.isupper() and "".join(sorted(key)) in self.acronyms

    def writes_apart(self, word: str) -> bool:
        """Whether the source writes each capitalised part of ``word`` (``NineNews``: Nine,
        News), a name of several words that a text in a script without spaces (Chinese,
        Japanese) runs together in Latin letters. In a script with spaces, that is two words
        run together, a defect of its own."""
        parts = _CAPITALISED_PART.findall(word)
        return len(parts) > 1 and "".join(parts) == word and self.words.issuperset(map(fold, parts))

    def respells(self, word: str) -> bool:
        """Whether the source writes a name spelled a letter or so otherwise (a letter for
        every ``COGNATE_LETTERS``, the first the same; c and k alike): the same name typed
        or spelled otherwise on one side (Gerrmaine, Germaine; SRS-CoV-2, SARS-CoV-2; Andi,
        Andy; Advokat, Advocate)."""
        key = fold(word).translate(_HARD_C)
        if len(key) < MIN_RESPELLED:
            return False
        most = max(1, len(key) // COGNATE_LETTERS)
        return any(
            abs(len(name) - len(key)) <= most and _distance(key, name) <= most
            for name in self._names_by_initial.get(key[0], ())
        )

    @functools.cached_property
    def _names_by_initial(self) -> dict[str, tuple[str, ...]]:
        by_initial: dict[str, list[str]] = {}
        for name in self.names:
            name = name.translate(_HARD_C)
            by_initial.setdefault(name[:1], []).append(name)
        return {initial: tuple(names) for initial, names in by_initial.items()}


# A capitalised part of a word: "Nine" and "News" of "NineNews".
_CAPITALISED_PART = re.compile(r"[A-Z][a-z]+")
MIN_RESPELLED = 4  # letters of a name before a near spelling is taken for the same name


def source_spellings(text: str) -> SourceSpellings:
    """The Latin-script words of a source, as ``SourceSpellings.writes`` asks about them."""
    written = set(LATIN_WORD.findall(text))  # each word once: a long source repeats most
    folded = {_one_apostrophe(fold(word)) for word in written}
    words = folded | set(map(_unelided, folded))
    tokens = text.split()  # a C-level pass
    hyphenated = {token for token in tokens if "-" in token}
    words |= {fold(m[0]).replace("-", "") for t in hyphenated for m in _COMPOUND.finditer(t)}
    # An acronym written with full stops (D.C., U.S.) is the one a translation writes without:
    # looked for in the tokens with a full stop (picked in C), not by a scan of the whole source.
    dotted = " ".join(compress(tokens, map(operator.contains, tokens, repeat("."))))
    words |= {fold(m[0].replace(".", "")) for m in _DOTTED_ACRONYM.finditer(dotted)}
    bare = map(_bare, written)
    acronyms = {"".join(sorted(fold(w))) for w in bare if len(w) >= 2 and w.isupper()}
    names = {fold(word) for word in written if word[0].isupper()}
    return SourceSpellings(frozenset(words), frozenset(acronyms), frozenset(names))


_DOTTED_ACRONYM = re.compile(r"(?<![A-Za-z.])(?:[A-Z]\.){2,}")


def _one_apostrophe(word: str) -> str:
    """``word`` with the typographic apostrophe written as the typewriter's: French sources
    write L’Oréal, a translation keeping the name in Latin letters often L'Oreal."""
    return word.replace("’", "'")


# An elision or a possessive on a word as written (l’OBI, dell’ONU, NATO's): what an acronym
# is read without.
_ELIDED_RAW = re.compile(r"^[^\W\d_]{1,6}['’](?=[^\W\d_]{2})|['’]s$")


def added_name_findings(pair: Pair, source_latin: Callable[[], SourceSpellings]) -> list[Finding]:
    """Names in the bead's translation paragraphs that its source paragraphs do not have.

    ``source_latin`` gives how the whole source version writes Latin words
    (``source_spellings``): a Latin name the source writes anywhere is not added, only
    misplaced at worst. It is asked only for a capitalised Latin word of a translation in
    another script (most articles have few), so that the whole source is read for them alone.
    """
    findings = []
    in_source: frozenset[str] | None = None  # read for a translation paragraph naming one
    for index, text in pair.target:
        named = agency_names(text)
        if named:
            in_source = agency_names(pair.source_text) if in_source is None else in_source
        # Where the agencies are only when one is added: most are the source's too.
        if in_source is not None and not named <= in_source:
            for name, spans in agencies_in(text).items():
                if name not in in_source:
                    findings.append(_added(pair, index, text, name, spans))
        if language_script(pair.target_language) != "Latn" and _ANY_LATIN.search(text):
            findings += _added_latin(pair, index, text, source_latin)
    return findings


def _added(
    pair: Pair,
    index: int,
    text: str,
    name: str,
    spans: Sequence[tuple[int, int]],
    confidence: Confidence = Confidence.HIGH,
) -> Finding:
    return Finding(
        FindingKind.ADDED_NAME,
        index,
        pair.first_source,
        _("names {name}, which the source does not mention here").format(name=name),
        preview(pair.source_text),
        tuple(sorted({whole_words(text, *span) for span in spans})),
        confidence,
    )


def _added_latin(
    pair: Pair,
    index: int,
    text: str,
    source_latin: Callable[[], SourceSpellings],
) -> list[Finding]:
    """Latin-script names inside a non-Latin translation that the source never writes.

    A source in a script of its own (Chinese, Japanese, Russian) writes a foreign name in it
    (ヘーゼルタイン for Hazeltine), where a translation may keep the Latin spelling: nothing in
    the core reads one as the other, so such a name is worth a look, not counted."""
    findings = []
    confidence = (
        Confidence.HIGH if language_script(pair.source_language) == "Latn" else Confidence.LOW
    )
    titles = [m.span(1) for m in _QUOTED_LATIN.finditer(text)]
    in_agency = covering(span for spans in agencies_in(text).values() for span in spans)
    # Read for the first word that needs them:
    in_kept: Callable[[int], bool] | None = None  # in a title or a translated name
    in_expansion: Callable[[int], bool] | None = None
    unspaced = language_script(pair.target_language) in UNSPACED_SCRIPTS
    for match in LATIN_WORD.finditer(text):
        word = match[0]
        if word.islower() or len(word) < 2 or source_latin().writes(word):
            continue
        if unspaced and source_latin().writes_apart(word):
            continue
        if in_agency(match.start()):
            continue  # an agency's name, which the check of agencies reports
        if in_expansion is None:
            in_expansion = covering(expansions(text))
        if in_expansion(match.start()):
            continue  # an acronym's words written out beside it: the acronym is checked
        if in_kept is None:
            in_kept = covering([*titles, *_translated_names(text, pair.source_text)])
        # A title kept in its own language, quoted ("Johnny English Strikes Again"), or a name
        # the source translated word by word (Priorities USA, Priorités des États-Unis): the
        # words are the name's as its own language writes it, not an added one; worth a look.
        # So is a name the source spells a little otherwise, the label of a number the
        # source gives with a label of its own (Fig. 5, Gbr. 5), and an acronym of Japanese.
        kept = (
            in_kept(match.start())
            or source_latin().respells(word)
            or _acronym_of_japanese(word, pair.target_language)
            or (
                not word.isupper()
                and _label_of_sources_number(match.span(), text, pair.source_text)
            )
        )
        sure = Confidence.LOW if kept else confidence
        findings.append(_added(pair, index, text, word, [match.span()], sure))
    return findings


def _acronym_of_japanese(word: str, language: str) -> bool:
    """Whether ``word`` is an acronym in capitals that Japanese uses as a word of its own, as
    common in its text as wordfreq's Japanese list has it (SNS, CEO, FW, GK, FAQ, VS):
    Japanese writes foreign names in katakana, and the Latin capitals it keeps are as often
    its own words for things, which the source writes in words (media sosial, penyerang).
    Which of the two an acronym is cannot be read (NATO is a name): worth a look. A region's
    code (EU, UK, US: CLDR's) names a place: still counted."""
    return (
        word.isupper()
        and language_script(language) == "Jpan"
        and is_common(word.lower(), language_subtag(language))
        and word not in region_codes()
    )


def _label_of_sources_number(span: tuple[int, int], text: str, source: str) -> bool:
    """Whether the word at ``span`` of ``text`` stands right before a numeral whose digits
    start with a number the ``source`` paragraph writes after a word of its own: the label
    of a figure, a table or a group, which the source translated (Fig. 5, Gbr. 5; Table 3,
    Tabel 3; Group 42, Grup 42), "Fig.55" where the number is written twice over. (A word in
    capitals before digits is a code's, a name: FW21, AH20.)"""
    label = labels_at(text).get(span)
    if label is None:
        return False
    digits = labelled_digits(source)
    return any(label.digits[:size] in digits for size in range(len(label.digits) + 1))


# A run of two or more capitalised Latin words, spaces between: a name of several words.
_CAPITALISED_RUN = re.compile(r"(?<![A-Za-z])[A-Z][\w'’&.-]*(?:[ \t]+[A-Z][\w'’&.-]*)+")
MIN_COGNATE = 5  # letters of a word before a near spelling is taken for a translation of it
COGNATE_LETTERS = 5  # a letter may differ for every this many


def _translated_names(text: str, source: str) -> list[tuple[int, int]]:
    """The spans of the names of several Latin words in ``text`` of which the ``source``
    paragraph writes one word spelled a little otherwise: the name translated into the
    source's language, word by word, where the translation keeps it in its own (Military
    Medical Research, Recherche médicale militaire; Priorities USA, Priorités des États-Unis).
    A word the source writes exactly says nothing of the sort (New York Post, New York Times)."""
    spans = [*_spelled_out(text, source), *_own_initials(text, source), *_glossed(text, source)]
    runs = list(_CAPITALISED_RUN.finditer(text))
    if not runs:
        return spans
    written = {fold(w) for w in LATIN_WORD.findall(source)}
    return spans + [
        run.span()
        for run in runs
        if any(_cognate(w, written) or _kept_part(w, written) for w in words(run[0]))
    ]


def _kept_part(word: Word, written: set[str]) -> bool:
    """Whether the source writes ``word``, a word of a name of several (not a function word):
    the source kept that part of the name and translated the rest, as a name of places or
    bodies is (Nottingham East, Nottingham Timur; Wikimedia Foundation, Yayasan Wikimedia),
    where a translation in another script keeps the whole name in its own language. Which
    of the two a name is cannot be read (New York Times for New York Post is another
    paper): worth a look."""
    key = _unelided(fold(word.text))
    return len(key) >= 3 and key in written


# -- acronyms written out ------------------------------------------------------------------------

# A token of two capitals or more, with letters, digits and hyphens: an acronym or a code made of
# one (HIV, CoV, ACE2, SARS-CoV-2).
_SHORT_FORM = re.compile(r"(?<![A-Za-z\d-])[A-Za-z][A-Za-z\d-]*[A-Za-z\d](?![A-Za-z\d-])")
# The Latin words written straight before a position, a separator between ("Human
# Immunodeficiency Virus (", "European Union, "), and those in brackets straight after one.
_WORDS_BEFORE = re.compile(
    r"([A-Za-z][A-Za-z\d'’-]*(?:[ \t]+[A-Za-z\d][A-Za-z\d'’-]*)*)[ \t]*[,(（/]?[ \t]*$"
)
_WORDS_AFTER = re.compile(
    r"[ \t]*[(（][ \t]*([A-Za-z][A-Za-z\d'’-]*(?:[ \t]+[A-Za-z\d][A-Za-z\d'’-]*)*)[ \t]*[)）]"
)
MAX_SHORT_FORM = 12  # characters of an acronym


def expansions(text: str) -> list[tuple[int, int]]:
    """The spans of the words in ``text`` that write out an acronym standing beside them, in
    any language ("严重急性呼吸综合征 (Severe Acute Respiratory Syndrome, SARS)", "AM (Assembly
    Member)"): the acronym's letters found in order in the words, its first at a word's start
    (Schwartz and Hearst's test for an abbreviation's long form), or the words' initials its
    letters. A translation in another script glosses an acronym the source keeps so: the words
    are the acronym's, which is a name the source writes or not on its own."""
    if "(" not in text and "（" not in text and "," not in text:
        return []
    spans = []
    for short in _SHORT_FORM.finditer(text):
        form = short[0]
        if len(form) > MAX_SHORT_FORM or sum(map(str.isupper, form)) < 2:
            continue
        before = _WORDS_BEFORE.search(text, max(0, short.start() - 200), short.start())
        if before is not None:
            start = _long_form_start(form, before[1])
            if start is not None:
                spans.append((before.start(1) + start, before.end(1)))
        after = _WORDS_AFTER.match(text, short.end())
        if after is not None and _long_form_start(form, after[1]) == 0:
            spans.append(after.span(1))
    return spans


def _long_form_start(short: str, long: str) -> int | None:
    """Where in ``long`` (words) the long form of the acronym ``short`` starts, if it ends
    ``long``: its words' initials are the acronym's letters, or the acronym's letters and digits
    are found in order, from the last back, the first at a word's start."""
    letters = [c.casefold() for c in short if c.isalnum()]
    parts = list(re.finditer(r"[^\W_]+", long))
    if len(parts) >= len(letters):
        tail = parts[len(parts) - len(letters) :]
        if [p[0][0].casefold() for p in tail] == letters:
            return tail[0].start()
    at = len(long) - 1
    for n in range(len(letters) - 1, -1, -1):
        while at >= 0 and (
            long[at].casefold() != letters[n] or (n == 0 and at > 0 and long[at - 1].isalnum())
        ):
            at -= 1
        if at < 0:
            return None
        at -= 1
    return at + 1


# An acronym in capitals, and the words whose initials an acronym may be (function words of
# one or two letters, de, la, of, di, are not part of one).
_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z]{2,6}(?![A-Za-z])")
_CONTENT_WORD = re.compile(r"[^\W\d_]{3,}")


def _spelled_out(text: str, source: str) -> list[tuple[int, int]]:
    """The spans of the acronyms in ``text`` whose name the ``source`` paragraph writes out in
    words: as many consecutive words as the acronym has letters, the first capitalised where a
    capital says something, their initials its letters in any order, since a language that
    writes the name out puts its words in its own order (NL, Ligue nationale; EU, Union
    européenne). The translation kept the acronym the source translated: not a name the
    source lacks."""
    acronyms = list(_ACRONYM.finditer(text))
    if not acronyms:
        return []
    found = list(_CONTENT_WORD.finditer(source))
    initials = [w[0][0].casefold() for w in found]
    starts = sentence_starts(source)
    # A name's words: the first one capitalised where a capital says something.
    named = [w[0][0].isupper() and w.start() not in starts for w in found]
    # The source's names are read once for each length of acronym, not once for each acronym:
    # a long paragraph has as many acronyms as words to read.
    wanted: dict[int, set[tuple[str, ...]]] = {}
    for acronym in acronyms:
        letters = tuple(sorted(acronym[0].casefold()))
        wanted.setdefault(len(letters), set()).add(letters)
    spelled: set[tuple[str, ...]] = set()
    for n, keys in wanted.items():
        firsts = set().union(*keys)  # a name's first initial is one of its acronym's letters
        spelled.update(
            key
            for i in range(len(initials) - n + 1)
            if named[i]
            and initials[i] in firsts
            and (key := tuple(sorted(initials[i : i + n]))) in keys
        )
    return [a.span() for a in acronyms if tuple(sorted(a[0].casefold())) in spelled]


# An acronym and the digits written after it, if any ("SS19": a season's collection).
_CODED_ACRONYM = re.compile(r"(?<![A-Za-z\d])([A-Z]{2,6})(\d*)(?![A-Za-z])")


def _own_initials(text: str, source: str) -> list[tuple[int, int]]:
    """The spans of the acronyms in ``text`` for which the ``source`` paragraph writes one of
    its own that ``text`` does not, of as many letters and with the same digits after it: the
    name's initials in the source's language (PE19, printemps-été, for SS19, spring-summer;
    DPL for POD). That both are one name is not read: worth a look, not counted."""
    # Each acronym is looked for in the other text once, not once for each time it is written.
    theirs = [(m[1], m[2]) for m in _CODED_ACRONYM.finditer(source)]
    absent = {letters for letters in {t[0] for t in theirs} if letters not in text}
    own = {(len(letters), digits) for letters, digits in theirs if letters in absent}
    if not own:
        return []
    found = list(_CODED_ACRONYM.finditer(text))
    kept = {letters for letters in {m[1] for m in found} if letters not in source}
    return [m.span(1) for m in found if m[1] in kept and (len(m[1]), m[2]) in own]


# A Latin acronym in brackets straight after a word of another script: the initials of the
# name the translation has just written in its own words ("تحالف طاقة المستهلك (CEA)").
_GLOSSED_ACRONYM = re.compile(r"[^\W\dA-Za-z_]\s*\(([A-Z]{2,6})\)")


def _glossed(text: str, source: str) -> list[tuple[int, int]]:
    """The spans of the acronyms ``text`` glosses a name with, in brackets, where the
    ``source`` paragraph writes a name of as many capitalised words as the acronym has letters:
    the name spelled out in the source's language (Aliansi Energi Konsumen, Consumer Energy
    Alliance: CEA), its initials another order or other letters."""
    glossed = list(_GLOSSED_ACRONYM.finditer(text))
    if not glossed:
        return []
    lengths = {len(words(run[0])) for run in _CAPITALISED_RUN.finditer(source)}
    return [m.span(1) for m in glossed if len(m[1]) in lengths]


def _cognate(word: Word, written: set[str]) -> bool:
    """Whether the source writes ``word`` with a letter or so changed, as a cognate is."""
    key = fold(word.text)
    if len(key) < MIN_COGNATE or key in written:
        return False
    most = max(1, len(key) // COGNATE_LETTERS)
    return any(
        w[:1] == key[:1] and abs(len(w) - len(key)) <= most and _distance(key, w) <= most
        for w in written
    )


# A quoted run of two or more Latin words inside a text of another script.
_QUOTED_LATIN = re.compile(r"[\"“«]\s*([A-Za-z][\w'’.,:&-]*(?:\s+[\w'’.,:&-]+)+)\s*[\"”»]")


# -- across versions -----------------------------------------------------------------------------


MIN_WITNESSES = 2
MIN_NEAR_SKELETON = 4  # consonants: shorter skeletons one letter apart are other words


class Presence(Enum):
    """How a version's paragraph renders a source name."""

    HAS = "has"  # the name itself, its transliteration or its exonym
    SIMILAR = "similar"  # a word spelled much like it (Louhansk for Luhansk, Japon for Jepang)
    LACKS = "lacks"  # nothing like it
    UNKNOWN = "unknown"  # cannot tell (Chinese, Japanese; acronyms in Arabic, spelled out)


def source_names(text: str, language: str) -> list[list[str]]:
    """The source's names: runs of words it capitalises mid-sentence that no word list holds
    (``[["Hendra", "Setiawan"], ["Mohammad", "Ahsan"]]``)."""
    language = language_subtag(language)
    listed = (
        FUNCTION_WORDS.get(language, frozenset())
        | COMMON_WORDS.get(language, frozenset())
        | ALWAYS_TRANSLATED.get(language, frozenset())
        | ARABIC_LOANS
        | NAME_PART_WORDS
    )
    starts = sentence_starts(text)
    runs: list[list[str]] = []
    previous_end = -2
    for word in paragraph_words(text):
        hyphenated = (
            text[word.start - 1 : word.start] == "-" or text[word.end : word.end + 1] == "-"
        )
        is_name = (
            not hyphenated  # a part of a compound (Indo-Pasifik), which translations recast
            and word.text.isalpha()
            and is_latin_word(word.text)
            and word.start not in starts
            and len(word.text) >= 3
            and word.text[0].isupper()
            and fold(word.text) not in listed
        )
        if is_name:
            if runs and text[previous_end : word.start].strip() == "":
                runs[-1].append(word.text)
            else:
                runs.append([word.text])
            previous_end = word.end
    return runs


def _distance(a: str, b: str) -> int:
    """Levenshtein distance, for the short words names are."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


_HARD_C = str.maketrans("c", "k")


def _similar(name: str, word: str) -> bool:
    """Spelled alike, as a name is across Latin-script languages (Luhansk, Louhansk, Japon),
    or sharing its first four letters, as an adjective does (Korea, coréen)."""
    name, word = name.translate(_HARD_C), word.translate(_HARD_C)
    if len(name) >= 4 and word[:4] == name[:4]:
        return True
    return name[:1] == word[:1] and _distance(name, word) <= max(2, len(name) // 2)


def presence(name: str, texts: Sequence[str], language: str) -> Presence:
    """How ``texts`` (a version's paragraphs) render the source name ``name``."""
    if not texts:
        return Presence.UNKNOWN  # no counterpart paragraph: that version says nothing here
    folded = fold(name)
    joined = "\n".join(texts)
    latin = _name_forms(joined)
    if folded in latin:
        return Presence.HAS
    script = language_script(language)
    if script == "Latn":
        return Presence.SIMILAR if any(_similar(folded, w) for w in latin) else Presence.LACKS
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
    tokens = [w.text for w in paragraph_words(text)]
    joined_pairs = [a + b for a, b in itertools.pairwise(tokens)]
    written = {
        arabic_key(stem) for token in (*tokens, *joined_pairs) for stem in arabic_stems(token)
    }
    if not keys.isdisjoint(written):
        return Presence.HAS
    # Arabic writes a name as it is said, not as it is spelled: Charlemagne is شارلمان, with
    # no g. A skeleton one consonant away from a long name's is taken for a rendering of it.
    if any(
        len(key) >= MIN_NEAR_SKELETON and abs(len(key) - len(w)) <= 1 and _distance(key, w) <= 1
        for key in keys
        for w in written
    ):
        return Presence.SIMILAR
    return Presence.LACKS


def _paragraphs_for(
    version: Version, alignment: Alignment, source_paragraphs: Sequence[int]
) -> list[str]:
    indexes: set[int] = set()
    for index in source_paragraphs:
        indexes.update(alignment.counterpart(Side.SOURCE, index).target)
    return [version.paragraphs[i].text for i in sorted(indexes)]


def cross_version_findings(
    source: Version,
    translation: Version,
    alignment: Alignment,
    others: Sequence[tuple[Version, Alignment]],
) -> list[Finding]:
    """Source names that the other versions keep and this translation drops: one finding per
    translation paragraph, naming them all."""
    others = [(v, a) for v, a in others if v.language != translation.language]
    if not others:
        return []
    findings = []
    for bead in alignment.beads:
        if not bead.source or not bead.target or max(len(bead.source), len(bead.target)) > MAX_BEAD:
            continue  # nothing to compare, or a bead the aligner could not resolve
        texts = [translation.paragraphs[i].text for i in bead.target]
        dropped: list[str] = []
        witnesses: set[str] = set()
        for i in bead.source:
            for run in source_names(source.paragraphs[i].text, source.language):
                if not _comparable(run, translation.language):
                    continue
                lost = [
                    n for n in run if presence(n, texts, translation.language) is Presence.LACKS
                ]
                kept = {name: _keeping(name, others, bead.source) for name in lost}
                names = [name for name in lost if kept[name]]
                if names:
                    dropped.append(" ".join(names))
                    witnesses.update(key for name in names for key in kept[name])
        if dropped:
            findings.append(
                Finding(
                    FindingKind.CROSS_VERSION,
                    bead.target[0],
                    bead.source[0],
                    _dropped_message(dropped, sorted(witnesses)),
                    "; ".join(dropped),
                )
            )
    return findings


def _dropped_message(dropped: Sequence[str], witnesses: Sequence[str]) -> str:
    """What a finding says of the source's names this version drops and others keep."""
    message = ngettext(
        "the source names {names}, which this version drops; the {versions} versions keep it",
        "the source names {names}, which this version drops; the {versions} versions keep them",
        len(dropped),
    )
    names = _(", ").join(_('"{name}"').format(name=name) for name in dropped)
    return message.format(names=names, versions=_(", ").join(witnesses))


def _comparable(run: Sequence[str], language: str) -> bool:
    """Whether a version in ``language`` can be held to keep the name ``run``. Arabic: any
    name (transliteration and exonyms are matched). Latin-script languages name places their
    own way (La Mecque, Djeddah, saoudien), so only people's names, runs of two words or more
    without a country's name in them, are compared there; other scripts are not read."""
    script = language_script(language)
    if script == "Arab":
        return True
    return (
        script == "Latn" and len(run) >= 2 and not any(fold(word) in ARABIC_EXONYMS for word in run)
    )


def _keeping(
    name: str,
    others: Sequence[tuple[Version, Alignment]],
    source_paragraphs: Sequence[int],
) -> list[str]:
    """The other versions that keep ``name``, when at least two do, one of them writes the
    name itself (not a cognate: Investment for Investasi is a translation), and none that can
    be read plainly drops it. One witness is not enough: a single other version cannot tell a
    dropped name from one that both translations render differently."""
    keeping = []
    exact = False
    for version, alignment in others:
        texts = _paragraphs_for(version, alignment, source_paragraphs)
        status = presence(name, texts, version.language)
        if status is Presence.LACKS:
            return []
        if status is not Presence.UNKNOWN:
            keeping.append(str(version.key))
            exact = exact or status is Presence.HAS
    return keeping if exact and len(keeping) >= MIN_WITNESSES else []
