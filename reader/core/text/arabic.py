"""Facts of written Arabic that several parts of the text layer read: the letters of a word,
the clitics written onto it, and the function words a transliteration check must not take
for Indonesian spelled in Arabic letters."""

from __future__ import annotations

import functools
import re

# Proclitics, outermost first: a conjunction (wa-, fa-), a preposition (bi-, li-, ka-), the
# article (al-). "وبالكرملين" is wa + bi + al + Kremlin; li + al is written لل ("للكرملين").
CONJUNCTIONS = "وف"
PREPOSITIONS = "بلك"
CLITICS = CONJUNCTIONS + PREPOSITIONS
ARTICLE = "ال"
# The proclitics a word may carry, as a pattern: a conjunction, a preposition, the article, in
# that order and each optional ("وبال", "فال", "ب"); or li + al written "لل".
PROCLITICS = rf"(?:[{CONJUNCTIONS}]?[{PREPOSITIONS}]?(?:{ARTICLE})?|[{CONJUNCTIONS}]?لل)"

# Arabic letters (with the Persian and Urdu ones), and Latin letters left inside an Arabic word
# by a transliteration half done ("سامارينda").
_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3a-z]")


def letters(word: str) -> str:
    """The word's Arabic letters (and any Latin ones, lower-cased), without vowel marks, tatweel
    or joiners: what skeletons and stems are made of."""
    return "".join(ch for ch in word.lower() if _LETTER.match(ch))


@functools.lru_cache(maxsize=1 << 16)
def stems(word: str) -> tuple[str, ...]:
    """The word's letters and what is left as each proclitic comes off, outermost first:
    ``وبالكرملين`` → ``وبالكرملين``, ``بالكرملين``, ``الكرملين``, ``كرملين``.

    A clitic comes off only a word long enough to stay a word (three letters after it; four
    after the article), so that ``بوتين`` keeps its ``ب`` as a stem of its own too: the
    stemmer offers readings, it does not choose one.
    """
    rest = letters(word)
    found = [rest]
    if rest[:1] in CONJUNCTIONS and len(rest) > 3:
        rest = rest[1:]
        found.append(rest)
    if rest.startswith("لل") and len(rest) > 4:  # li + al, the alef of the article dropped
        found.append(rest[2:])
        return tuple(dict.fromkeys(found))
    if rest[:1] in PREPOSITIONS and len(rest) > 3:
        rest = rest[1:]
        found.append(rest)
    if rest.startswith(ARTICLE) and len(rest) > 4:
        found.append(rest[2:])
    return tuple(dict.fromkeys(found))


def proclitic_forms() -> frozenset[str]:
    """Every string of proclitics ``PROCLITICS`` matches, the empty one included."""
    forms = {
        c + p + a for c in ("", *CONJUNCTIONS) for p in ("", *PREPOSITIONS) for a in ("", ARTICLE)
    }
    return frozenset(forms | {c + "لل" for c in ("", *CONJUNCTIONS)})


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Arabic function words that a short Indonesian word could otherwise seem to spell in Arabic
# letters (``lewat`` and ``التي`` share a skeleton).
ARABIC_FUNCTION_WORDS = _words(
    """
    التي الذي الذين اللذين اللتين هذا هذه ذلك تلك هناك هنا الى إلى على علي عن في من مع ما
    ماذا لا لم لن قد كان كانت يكون تكون أن إن أو ثم بين حتى عند بعد قبل حول خلال ضد دون
    منذ كل بعض غير أي هو هي هم هما نحن أنا أنت لكن لكنه لكنها لدى لدي ليس ليست أيضا إنه أنه
    أنها إنها وهو وهي وهذا وهذه وذلك والتي والذي كما مثل بينما عندما حيث إذا اذا لقد فقد
    """
)


# Light stemming for search, after Lucene's ArabicStemmer (Larkey, Ballesteros and Connell's
# "light10"): one prefix off, then the common suffixes, each only if two letters stay. It runs on
# folded words (``reader.core.text.fold``: ة is already ه, so ية is يه), and it chooses one
# reading, unlike ``stems``: an index keeps one term a word. The one-letter prefix و comes off
# only a word of four letters or more (``وزير`` loses it, ``ورد`` keeps it), as in Lucene.
LIGHT_PREFIXES = ("ال", "وال", "بال", "كال", "فال", "لل", "و")
LIGHT_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")


@functools.lru_cache(maxsize=1 << 16)
def light_stem(folded: str) -> str:
    """A folded Arabic word without its prefix and common suffixes: ``الرييس``, ``والرييس``,
    ``للرييس`` and ``رييس`` all give ``رييس``; ``مدرستها`` gives ``مدرست``."""
    word = folded
    for prefix in LIGHT_PREFIXES:
        if len(prefix) == 1 and len(word) < 4:
            continue
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            word = word[len(prefix) :]
            break
    for suffix in LIGHT_SUFFIXES:
        if word.endswith(suffix) and len(word) >= len(suffix) + 2:
            word = word[: -len(suffix)]
    return word
