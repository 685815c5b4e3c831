"""``name-replaced``: a source name the translation renders as another name.

"New York Post" became "واشنطن بوست": the translation keeps part of the name (Post, بوست) and
puts another name where the rest was. Read into an Arabic translation: a name of two words or
more of the source (capitalised words in a row) of which some words are rendered
in the aligned paragraph (verbatim, transliterated, or by an exonym) and the others are not at
all; the Arabic word that stands before the rendered part, where the lost words stood, spells none of the source's words: another name took their place.

What else stands beside a kept part of a name is often no other name (a title translated, a
nickname, a word order changed), and nothing in the text tells a name from a word: these
findings are worth a look, never counted by the banner (on the NTREX development set, most
were such). A name lost without a trace (a one-word name, or every word of it) is left to the cross-version
check: with nothing of it kept, nothing says where in the translation it was.
"""

from __future__ import annotations

import functools
import re
from itertools import chain, compress, repeat
from operator import itemgetter, not_

from reader.core.checks.model import Confidence, Finding, FindingKind, Pair
from reader.core.checks.names import Presence, presence, source_names
from reader.core.checks.reading import (
    language_subtag,
    latin_tokens,
    long_keys,
    skeletons,
    word_skeletons,
)
from reader.core.i18n import _
from reader.core.text.arabic import stems as arabic_stems
from reader.core.text.fold import unmarked
from reader.core.text.frequency import zipf
from reader.core.text.numbers.extract import read_months
from reader.core.text.transliterate import arabic_key, latin_keys
from reader.core.text.words import (
    Word,
    paragraph_texts,
    whole_words,
    word_span,
)


def replaced_name_findings(pair: Pair) -> list[Finding]:
    """Source names a translation into Arabic replaces, in part, by another name."""
    if language_subtag(pair.target_language) != "ar":
        return []
    if _title_case(pair.source_text):
        return []  # a headline capitalises every word: its runs of capitals are no names
    runs = [m[0].split() for m in _NAME_RUN.finditer(pair.source_text)]
    if not runs:
        return []
    findings = []
    for index, text in pair.target:
        for run in runs:
            found = _replacement(run, text, pair)
            # Words the lexicons hold (titles, "Sungai", "Menteri") are translated, not
            # transliterated: a run counts only where what it lost holds a word that is only
            # a name (read last: few runs get this far).
            if found is None or _name_words(pair.source_text, pair.source_language).isdisjoint(
                found[1].split()
            ):
                continue
            word, lost = found
            findings.append(
                Finding(
                    FindingKind.NAME_REPLACED,
                    index,
                    pair.first_source,
                    _('the source names "{name}" where this has {other}').format(
                        name=" ".join(run), other=word.text
                    ),
                    lost,
                    (whole_words(text, word.start, word.end),),
                    Confidence.LOW,
                )
            )
    return findings


def _replacement(run: list[str], text: str, pair: Pair) -> tuple[Word, str] | None:
    """The Arabic word that stands for the lost words of ``run``, and those words. Screened by
    skeletons first (most names are rendered from their first word on, which ends the search);
    only a candidate is confirmed with ``names.presence``, which reads exonyms and near
    spellings and costs far more."""
    keys = skeletons(text)
    first_kept = next((i for i, name in enumerate(run) if _rendered(name, keys)), None)
    if not first_kept:  # None: nothing kept; 0: the name's first word is there
        return None
    texts = paragraph_texts(text)
    anchor = _rendering(run[first_kept], text)
    if anchor is None or anchor == 0:
        return None
    token = texts[anchor - 1]
    if not token.isalpha() or token.isascii():
        return None
    bare = unmarked(token)
    # The tests in the order of their cost, the cheapest first: each may end the search.
    if not _name_like(bare, pair.source_text):
        return None
    lost_words = run[:first_kept]
    if any(_sounds_like(name, bare) for name in lost_words):
        return None  # the lost word itself, spelled as said ("Johnny", جوني; "Ant", أنتوني)
    if not all(presence(w, [text], pair.target_language) is Presence.LACKS for w in lost_words):
        return None
    # Its span only now: most candidates get no further than the tests above.
    return Word(token, *word_span(text, anchor - 1, anchor - 1)), " ".join(lost_words)


def _name_like(bare: str, source: str) -> bool:
    """Whether an Arabic word could be another name: it spells no word of the source, is no
    month, no noun with the article or the feminine ending, and no word of every sentence.
    The cheapest test first: the source's skeletons are read only for a word that passes it."""
    # A noun that translates a title ("الوزراء", "حكومة"), or a word like "في".
    if _NOT_A_NAME.search(bare) or len(bare) < MIN_LETTERS or zipf(bare, "ar") >= FUNCTION_ZIPF:
        return False
    if read_months(bare, "ar"):
        return False  # a name taken for a month: ``name-as-month`` reports it
    keys = _source_keys(source)
    return not any(arabic_key(stem) in keys for stem in arabic_stems(bare))  # a source word


@functools.lru_cache(maxsize=64)
def _name_words(text: str, language: str) -> frozenset[str]:
    return frozenset(w for run in source_names(text, language) for w in run)


def _rendered(name: str, keys: frozenset[str]) -> bool:
    return not keys.isdisjoint(long_keys(name))


def _sounds_like(name: str, arabic: str) -> bool:
    """The Arabic word (or its stem) opens with the name's first consonant: a rendering of the
    name as it is said (John, جون; Johnny, جوني) rather than another name. Lenient on purpose:
    a replacement that happens to share the first consonant is missed, not invented."""
    firsts = {key[:1] for key in latin_keys(name) if key}
    return any(arabic_key(stem)[:1] in firsts for stem in arabic_stems(arabic))


MIN_LETTERS = 3
FUNCTION_ZIPF = 4.5  # "في", "قام", "تحرير": words a translation of the name uses; a name this
# common in Arabic text (واشنطن, 4.9) is missed

# Arabic writes a foreign name bare: a word with the article, or ending in ة (a feminine noun),
# translates a title or a common noun of the name ("Prime Minister", "Rumah Sakit").
_NOT_A_NAME = re.compile(r"^(?:[وفبكل]?ال|لل)|ة$")


def _rendering(name: str, text: str) -> int | None:
    """The position of the word of ``text`` (as in ``paragraph_texts``) that renders the source
    word ``name``: the first with a skeleton of the name's, or the name itself."""
    texts = paragraph_texts(text)
    if len(texts) <= _SCANNED:
        word_keys = word_skeletons(text)
        keys = frozenset(long_keys(name))
        # The first word with a skeleton of the name's, and the first that is the name
        # itself, each found in one C-level pass.
        spelled = next(
            compress(range(len(word_keys)), map(not_, map(keys.isdisjoint, word_keys))), None
        )
        same = texts.index(name) if name in texts else None
        places = [p for p in (spelled, same) if p is not None]
        return min(places) if places else None
    first_word, first_key = _first_places(text)
    found = [first_key[key] for key in long_keys(name) if key in first_key]
    if name in first_word:
        found.append(first_word[name])
    return min(found) if found else None


# Words of a paragraph up to which each name is looked for in a pass of its own (most
# paragraphs); a longer one is indexed once (``_first_places``).
_SCANNED = 1000


@functools.lru_cache(maxsize=64)
def _first_places(text: str) -> tuple[dict[str, int], dict[str, int]]:
    """Where each word of ``text`` is first, and each skeleton of its words (``word_skeletons``),
    in C-level passes once a paragraph: a pass for each name a long source paragraph has cost a
    paragraph of a million characters, one line as some files come, its length squared."""
    texts = paragraph_texts(text)
    word_keys = word_skeletons(text)
    # Built from the last word back, so that the first place of each is the one kept.
    places = range(len(texts) - 1, -1, -1)
    first_word = dict(zip(reversed(texts), places, strict=True))
    keys_places = chain.from_iterable(map(repeat, places, map(len, reversed(word_keys))))
    first_key = dict(zip(chain.from_iterable(reversed(word_keys)), keys_places, strict=True))
    return first_word, first_key


# Two capitalised words or more in a row, not opening a sentence: "Jakarta Post", "New York
# Post". (``names.source_names`` leaves out the words its lexicons hold, such as "Post".)
# The pattern opens with the capital, so that the regex engine skips straight to the capitals,
# and only then looks behind it (the capital is the look-behind's last character).
_NAME_RUN = re.compile(r"[A-Z](?<=[\w,;)]\s[A-Z])[A-Za-z'’-]+(?:\s[A-Z][A-Za-z'’-]+)+")


def _title_case(text: str) -> bool:
    words = latin_tokens(text)
    capitals = sum(map(str.isupper, map(itemgetter(0), words)))
    return len(words) >= TITLE_MIN_WORDS and capitals > TITLE_SHARE * len(words)


TITLE_MIN_WORDS = 3
TITLE_SHARE = 0.6


@functools.lru_cache(maxsize=256)
def _source_keys(text: str) -> frozenset[str]:
    """The consonant skeletons of every Latin word of the source."""
    return frozenset().union(*map(long_keys, set(latin_tokens(text))))
