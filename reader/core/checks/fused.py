"""``run-together``: words written without the space between them.

Professional translations lose spaces too (``المدعونالاتحاديونبنيويورك``, ``منصةSolidمفتوحة``,
``إلىNottingham``), and a reader's eye, a search and a screen reader all stumble on them. Two
tests, neither a word list:

- **Latin letters glued to Arabic words**: a token that changes script where both sides are
  words, the Arabic ones common words of the language (``wordfreq``'s list, through
  ``reader.core.text.frequency``). Arabic writes its clitics straight onto a Latin name
  (``وTokopedia``, ``بـGoPay``), or onto a code of Latin letters and digits (``وCD8``,
  ``وORF1b``): those are correct. Where the Arabic part is no word
  (``سامارينda``), the transliteration was left half done, which ``untranslated`` reports.
- **Arabic words fused**: ``ة`` and ``ى`` end a word and never stand inside one, so a token
  with one of them before another letter is two words run together (confident). A long token
  that is no word of the language but splits into two common ones (``حسابخاص``) probably is
  too: reported as worth a look, since a rare name may split so.

Needs no source: it runs on a lone file too.
"""

from __future__ import annotations

import functools
import re
from itertools import repeat

from reader.core.checks.model import Confidence, Finding, FindingKind
from reader.core.i18n import _
from reader.core.text.arabic import CONJUNCTIONS, PREPOSITIONS, PROCLITICS
from reader.core.text.fold import unmarked
from reader.core.text.frequency import is_word_of, zipf
from reader.core.text.words import Word, paragraph_texts, word_span

_ARABIC = "\u0621-\u064a\u0671-\u06d3"
_RUN = re.compile(rf"[A-Za-z]+|[{_ARABIC}\u064b-\u0652\u0670\u0640]+|\d+")
# ة or ى before a letter that can open a word: never before ء, which opens no word and which
# ى carries in a common spelling of a final hamza (``الهادىء`` for ``الهادئ``, ``مبادىء``).
_FINAL_ONLY = re.compile(rf"(?<=[ةى])(?=[{_ARABIC}])(?!ء)")
_CLITIC_ONLY = re.compile(rf"^{PROCLITICS}$")
# An Arabic token this long that is no word may be two run together ...
MIN_FUSED_LETTERS = 7
# ... when it splits into common words of three letters or more (in the list of common words),
# or, first, a word of two among the very commonest ("في", "ما", "لا": Zipf 6.5, three times in
# a thousand words). A part of two letters elsewhere is an attached pronoun far more often.
SHORT_PART = 3
SHORT_PART_ZIPF = 6.5
MAX_AFFIX = 3
# A split whose later parts do not open with the article counts only when every part is at
# least this common (thirty times in a million words).
SURE_ZIPF = 4.5
COMMON_ZIPF = 3.0
# Three words or more of five letters or more each make a token no name or rare word is:
# confident. (Of wordfreq's 113,951 rare Arabic words of seven letters or more, those outside
# its list of common words, none but strings of laughter and hashtags splits so; with parts
# of four letters, "الميك|روبي|ولوجي" does. ``bench/checks.py`` measures it.)
LONG_SPLIT_PARTS = 3
LONG_PART_LETTERS = 5
MIN_PART = 2
MAX_PARTS = 4
MAX_PART_LETTERS = 16


@functools.lru_cache(maxsize=1 << 16)
def run_together(token: str, language: str) -> tuple[tuple[str, ...], Confidence] | None:
    """The words ``token`` is made of when it is several words run together, with how sure
    that is; None for a word."""
    runs = _RUN.findall(token)
    if len(runs) >= 2 and any(r.isascii() and r.isalpha() for r in runs):
        return _mixed(runs, language)
    if len(runs) != 1 or runs[0].isascii():
        return None
    word = unmarked(runs[0])
    if _FINAL_ONLY.search(word):
        return tuple(_FINAL_ONLY.split(word)), Confidence.HIGH
    if len(word) < MIN_FUSED_LETTERS or is_word_of(word, language) or _affixed(word, language):
        return None
    split = _best_split(word, language)
    if split is None:
        return None
    if len(split) >= LONG_SPLIT_PARTS and min(map(len, split)) >= LONG_PART_LETTERS:
        return split, Confidence.HIGH  # "المدعون|الاتحاديون|بنيويورك"
    if not all(map(_definite, split[1:])) and _lowest(split, language) < SURE_ZIPF:
        return None  # "جولدسميث", "بيونغيانغ": a name splits into rarer words
    return split, Confidence.LOW


def _definite(part: str) -> bool:
    """A part opening with the article (after a clitic): "هزيمته|الثانية", "أمام|القانون"."""
    return bool(_DEFINITE.match(part))


_DEFINITE = re.compile(rf"^[{CONJUNCTIONS}]?[{PREPOSITIONS}]?ال|^[{CONJUNCTIONS}]?لل")


def _lowest(parts: tuple[str, ...], language: str) -> float:
    return min(zipf(part, language) for part in parts)


def _mixed(runs: list[str], language: str) -> tuple[tuple[str, ...], Confidence] | None:
    """Latin and Arabic runs in one token: run together when every Arabic run is a word and
    not merely the clitics Arabic writes onto a Latin name."""
    arabic = [r for r in runs if not r.isascii()]
    if not arabic:
        return None
    if len(arabic) == 1 and runs[0] is arabic[0] and _CLITIC_ONLY.match(unmarked(arabic[0])):
        # Clitics on a Latin name or a code of letters and digits, however many runs it
        # makes: "وTokopedia", "بالـASEAN", "وCD8", "وORF1b", "وS487T", "و1b".
        return None
    for part in arabic:
        bare = unmarked(part)
        if _CLITIC_ONLY.match(bare) and part is not runs[0]:
            continue  # "BellengliseوLehaucourt": the و between two Latin names
        if not is_word_of(bare, language):
            return None  # "سامارينda": a transliteration half done, not two words
    return tuple(runs), Confidence.HIGH


def _best_split(word: str, language: str) -> tuple[str, ...] | None:
    """The fewest words, each common, that make ``word`` (up to ``MAX_PARTS``), the most
    common such split; None if there is none."""
    # For each prefix of the word, its best split so far, ranked by (fewer parts, then a
    # higher lowest frequency): ranking by frequency first would keep "المد|عون" over
    # "المدعون" and run out of parts further on.
    best: dict[int, tuple[tuple[int, float], tuple[str, ...]]] = {0: ((0, 99.0), ())}
    for end in range(MIN_PART, len(word) + 1):
        for start in range(max(0, end - MAX_PART_LETTERS), end - MIN_PART + 1):
            if start not in best:
                continue
            part = word[start:end]
            score = _part_score(part, language, start == 0)
            if not score:
                continue
            (count, lowest), parts = best[start]
            candidate = ((count - 1, min(lowest, score)), (*parts, part))
            if -candidate[0][0] <= MAX_PARTS and (end not in best or candidate[0] > best[end][0]):
                best[end] = candidate
    found = best.get(len(word))
    return found[1] if found and len(found[1]) >= 2 else None


def _affixed(word: str, language: str) -> bool:
    """A word with letters attached that the list of common words does not hold together: a
    pronoun after it (``تصريحاتهم``, ``سلوكيهما``), a clitic or a tense prefix before it
    (``سيلعب``). Telling those from a second word needs no list of affixes: if the word less
    one to three letters at either end is a word, those letters are an affix."""
    return any(
        is_word_of(word[:-cut], language) or is_word_of(word[cut:], language)
        for cut in range(1, MAX_AFFIX + 1)
        if len(word) - cut >= MIN_FUSED_LETTERS - MAX_AFFIX
    )


def _part_score(part: str, language: str, first: bool) -> float:
    """How common a part of a split is (its Zipf frequency), 0 when it is not common enough to
    count: a short part must be one of the language's commonest words (``لا``, ``أن``), a
    longer one a word of the list of common words, perhaps with a clitic and the article
    ("بنيويورك" is "نيويورك" with a preposition)."""
    score = zipf(part, language)
    if len(part) < SHORT_PART:
        return score if first and score >= SHORT_PART_ZIPF else 0.0
    if score >= COMMON_ZIPF:
        return score
    return COMMON_ZIPF if any(is_word_of(form, language) for form in _cases(part)) else 0.0


# The case endings of the sound masculine plural and the dual: the nominative "ون" and "ان"
# are the same word as the oblique "ين" (``المدعون``, ``المدعين``), which a list of common words
# may hold alone.
_NOMINATIVE = ("ون", "ان")
_OBLIQUE = "ين"


def _cases(word: str) -> tuple[str, ...]:
    """The word, and for a nominative plural or dual its oblique form."""
    if word.endswith(_NOMINATIVE) and len(word) > len(_OBLIQUE) + 2:
        return word, word[: -len(_OBLIQUE)] + _OBLIQUE
    return (word,)


# Where a paragraph may hold a token run together: a change of script inside a word, ة or ى
# before a letter, or a run of Arabic letters long enough to be two words. One scan of the text.
_CANDIDATE = re.compile(
    rf"[A-Za-z][{_ARABIC}]|[{_ARABIC}][A-Za-z]|[ةى](?=[{_ARABIC}])|[{_ARABIC}]{{{MIN_FUSED_LETTERS},}}"
)
# The languages written in Arabic letters, the only ones these tests read.
_ARABIC_SCRIPT = frozenset({"ar", "fa", "ur", "ps", "ckb", "sd", "ug"})


def run_together_findings(
    index: int, text: str, language: str, source_paragraph: int | None
) -> list[Finding]:
    """One finding per token of the paragraph that runs words together."""
    if language.split("-")[0] not in _ARABIC_SCRIPT or not _CANDIDATE.search(text):
        return []
    texts = paragraph_texts(text)  # screened as strings; a span built only for a finding
    # Each token read in one C-level pass (the answers are kept per token): most are words.
    read = list(map(run_together, texts, repeat(language)))
    if read.count(None) == len(read):
        return []
    findings = []
    for position, found in enumerate(read):
        if found is None:
            continue
        token = texts[position]
        word = Word(token, *word_span(text, position, position))
        parts, confidence = found
        findings.append(
            Finding(
                FindingKind.RUN_TOGETHER,
                index,
                source_paragraph,
                _('"{word}" runs words together: {parts}').format(
                    word=word.text, parts=" ".join(parts)
                ),
                word.text,
                ((word.start, word.end),),
                confidence,
            )
        )
    return findings
