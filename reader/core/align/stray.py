"""Paragraphs that are not a translation of anything: the other text's language, or no language.

A scanned book and a scraped page carry text that no translator rendered: an advertisement
printed in German inside the French yearbook, a caption left in the original, the debris that
optical character recognition makes of a photograph's edge (``JfV``, ``,r``, ``■ iv V V .``).
Such a paragraph belongs to no bead of the other text; left to lengths alone, the search hides
it in a neighbour's bead, as one more paragraph of a split, which costs less than a paragraph
without counterpart.

Each paragraph gets a *stray* weight in [0, 1], 0 for ordinary text, where the evidence that it
is not a translation is strong:

- written in the other text's language: in the other text's script, and identified as that
  language (an English sentence in a Chinese text beside an English one, not beside a French
  one; a paragraph in which another language of the script speaks by its commonest words is
  not asked about, below), or, when both are written in one script, in words that the other
  language uses far more often than its own (wordfreq's lists, ``reader.core.text.frequency``),
  enough of them to tell, or words of neither that the language identifier takes for the other language;
- not language at all: not one word of three letters or more, nor a common shorter one, that
  either language uses; only letters in ones and twos, digits and punctuation.

The identifier reads every byte of a paragraph, a tenth of a millisecond for a news paragraph:
where a translation holds paragraphs of a third language, it took a quarter of the aligner's
time. Before it is asked whether a paragraph is in a language, the paragraph's words are looked
up among the *commonest* words of each language of the table written in that language's
script, the few dozen that make up ``COMMONEST`` of a language's text (wordfreq's lists,
``reader.core.text.frequency.commonest``). Where ``MIN_FOREIGN_WORDS`` of its words at least are
among another language's commonest, and ``OUTNUMBER`` times as many as are among the asked
language's, the paragraph is not in the asked language, and the identifier is not asked: an
English paragraph holds *the*, *of*, *and*, which Indonesian writes too but far less often than
*yang*, *dan*, *di*. A letter alone speaks for no language (an initial, a unit, an elision).
A headline or a caption holds too few such words to tell: the identifier is asked.

The aligner makes a bead without counterpart cheaper for such a paragraph and a merge that holds
it dearer (``reader.core.align.search``); a one-to-one bead is left alone, since an untranslated
paragraph still renders the source paragraph it copies.

Pure Python, no Qt.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from enum import StrEnum
from itertools import chain

from reader.core.text.frequency import commonest, has_list, zipf
from reader.core.text.languages import (
    LANGUAGES,
    UNSPACED_SCRIPTS,
    detect_language,
    language_of,
    script_of,
)

# Zipf frequencies (log10 of occurrences per billion words; 3 is once in a million).
COMMON = 3.0  # a word of three letters or more that a language uses at least this often
COMMON_SHORT = 4.5  # a word of one or two letters: the lists hold every letter and digraph
CLEARER = 1.5  # how much more often one language uses a word than the other, to count for it
MIN_FOREIGN_WORDS = 3  # words that must speak for the other language
FOREIGN_SHARE = 0.6  # ... and the share of the paragraph's words they must be
# The identifier is asked only about a text this long (a book, a yearbook): loading its model
# costs more than aligning an article (0.5 s, ``reader.core.text.languages``).
IDENTIFY_FROM = 60
IDENTIFIED = 0.9  # the language identifier's confidence that a paragraph is the other's
COMMONEST = 0.4  # a language's commonest words: those that make up this share of its text
OUTNUMBER = 2  # how many times another language's commonest words outnumber the asked one's
DEBRIS_LETTERS = 0.5  # debris: below this share of its visible characters are letters

_WORD = re.compile(r"[^\W\d_]+")


class _Kind(StrEnum):
    """What a paragraph reads as: not a translation, no word of its own language, or its own."""

    STRAY = "stray"
    UNCLAIMED = "unclaimed"
    OWN = "own"


def _script(language: str) -> str | None:
    known = language_of(language)
    return known.script if known else None


def _known(word: str, language: str) -> bool:
    frequency = zipf(word, language)
    return frequency >= (COMMON if len(word) >= 3 else COMMON_SHORT)


def _foreign_script(
    text: str,
    words: list[str],
    own: str | None,
    other: str | None,
    other_language: str,
    identify: bool,
) -> bool:
    """Whether the paragraph is written in the other text's script, not its own, and the
    language identifier is sure that it is in the other text's language (an English paragraph
    in an Arabic text beside an Indonesian one is neither text's); not asked where another
    language's commonest words already say that it is not."""
    if not identify or own is None or other is None or own == other:
        return False
    # Most paragraphs tell by their first letter: no need to count.
    if not words or script_of(words[0][0]) != other:
        return False
    # The identifier names a language only by the script most of the text's letters are in,
    # the one that language is written in (``detect_language``): that the text is mostly in
    # the other's script is the identifier's first test, not counted here a second time.
    return not _spoken_for_elsewhere(words, other_language) and _identified_as(text, other_language)


@functools.cache
def _commonest(language: str) -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """``language``'s commonest words, and for each commonest word of another language of the
    table written in its script that is not one of ``language``'s, the languages it is among
    the commonest of; words of two letters or more (a letter alone speaks for no language)."""

    def spoken(code: str) -> frozenset[str]:
        return frozenset(w for w in commonest(code, COMMONEST) if len(w) > 1)

    own = spoken(language)
    known = language_of(language)
    others: dict[str, tuple[str, ...]] = {}
    for code, other in LANGUAGES.items():
        if known and code != known.code and other.script == known.script:
            for word in spoken(code) - own:
                others[word] = (*others.get(word, ()), code)
    return own, others


def _spoken_for_elsewhere(words: Sequence[str], language: str) -> bool:
    """Whether another language of ``language``'s script speaks for the paragraph: at least
    ``MIN_FOREIGN_WORDS`` of its words are among that language's commonest, and ``OUTNUMBER``
    times as many as are among ``language``'s (see the module's docstring). ``words``: the
    paragraph's runs of letters."""
    own, others = _commonest(language)
    if not own:
        return False
    lowered = list(map(str.lower, words))
    found = [others[w] for w in lowered if w in others]
    if len(found) < MIN_FOREIGN_WORDS:
        return False  # a headline, a caption: too few to tell, as for most of a text's own
    most = max(Counter(chain.from_iterable(found)).values())
    return most >= MIN_FOREIGN_WORDS and most >= OUTNUMBER * sum(map(own.__contains__, lowered))


def _votes(words: Sequence[str], language: str, other: str) -> tuple[int, int]:
    """How many words a language uses far more often than the other: its own, the other's."""
    ours = theirs = 0
    for word in words:
        own, foreign = zipf(word, language), zipf(word, other)
        if foreign > own + CLEARER:
            theirs += 1
        elif own > foreign + CLEARER:
            ours += 1
    return ours, theirs


def _identified_as(text: str, language: str) -> bool:
    """Whether the language identifier (py3langid, ``reader.core.text.languages``) is sure
    that ``text`` is in ``language``."""
    found = detect_language(text)
    return found.code == language and found.confidence >= IDENTIFIED


def _no_language(text: str, words: Sequence[str], language: str, other: str) -> bool:
    """Whether the paragraph is mostly not letters, or letters in ones and twos, and not one
    of its words is a common word of either language (a word of one letter never is)."""
    letters = sum(map(len, words))
    # Letters that make half of all characters make half of the visible ones too: the white
    # space is taken out only where they do not (hardly ever).
    if any(len(w) >= 3 for w in words) and (
        letters >= DEBRIS_LETTERS * len(text)
        or letters >= DEBRIS_LETTERS * len("".join(text.split()))
    ):
        return False  # decided without the word lists, as for nearly every paragraph
    if all(len(w) < 2 for w in words):
        return True  # letters in ones: no language's words, whatever its lists hold
    if not (has_list(language) and has_list(other)):
        return False
    return not any(
        len(w) > 1 and (_known(w.lower(), language) or _known(w.lower(), other)) for w in words
    )


def _kind(
    paragraph: str,
    words: list[str],
    language: str,
    other_language: str,
    same_script: bool,
    identify: bool,
) -> _Kind:
    """Stray (the other language, or no language), unclaimed (no word that speaks for its
    own language), or its own language's. ``words``: the paragraph's runs of letters."""
    if _no_language(paragraph, words, language, other_language):
        return _Kind.STRAY
    if not same_script or language == other_language:
        return _Kind.OWN
    if not (has_list(language) and has_list(other_language)):
        return _Kind.OWN
    words = [w.lower() for w in words]
    ours, theirs = _votes(words, language, other_language)
    if theirs >= MIN_FOREIGN_WORDS and theirs - ours >= FOREIGN_SHARE * len(words):
        return _Kind.STRAY
    if ours:
        return _Kind.OWN
    # No word speaks for its own language: compounds, names, a word or two. The identifier
    # decides where it is sure (it reads letters as well as words: ``Außenjacke``).
    if theirs and identify and _identified_as(paragraph, other_language):
        return _Kind.STRAY
    return _Kind.UNCLAIMED


def strays(
    paragraphs: Sequence[str],
    language: str,
    other_language: str,
    words: Sequence[list[str] | None] | None = None,
) -> list[float]:
    """Per paragraph of a text in ``language`` aligned with one in ``other_language``, how
    strongly it shows that it is not a translation (see the module's docstring): 0 or 1.

    Only the evidence that holds in any language pair is used: where a language has no word
    list (wordfreq's), or is written without spaces (Chinese: a character alone says little),
    only the script is looked at; the language identifier only in a text of ``IDENTIFY_FROM``
    paragraphs or more. A paragraph with no word of its own language beside a stray
    one is stray too: an advertisement's address line after its German sentences.

    ``words``: each paragraph's runs of letters where they are read already (the anchors'
    ``Words.as_written``), else None.
    """
    own, other = _script(language), _script(other_language)
    by_words = own not in UNSPACED_SCRIPTS  # a Chinese character alone says little
    identify = len(paragraphs) >= IDENTIFY_FROM
    kinds: list[_Kind] = []
    for paragraph, found in zip(paragraphs, words or [None] * len(paragraphs), strict=True):
        if found is None:  # read here only if looked at
            found = _WORD.findall(paragraph) if by_words or identify else []
        if _foreign_script(paragraph, found, own, other, other_language, identify):
            kinds.append(_Kind.STRAY)
        elif by_words:
            kinds.append(_kind(paragraph, found, language, other_language, own == other, identify))
        else:
            kinds.append(_Kind.OWN)
    # A paragraph unclaimed is stray beside a stray one (none where the scripts differ).
    for order in (range(len(kinds)), range(len(kinds) - 1, -1, -1)):
        if _Kind.UNCLAIMED not in kinds:
            break
        previous = _Kind.OWN
        for k in order:
            if kinds[k] is _Kind.UNCLAIMED and previous is _Kind.STRAY:
                kinds[k] = _Kind.STRAY
            previous = kinds[k]
    return [1.0 if kind is _Kind.STRAY else 0.0 for kind in kinds]
