"""A text's numbers written in words, read left to right by a language's grammar (``english``,
``french``, ``indonesian``): from each word that may begin one, the longest number the grammar
reads, then on after it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

Token = tuple[int, int, str]  # a word: its start and end in the text, and the word
# What a grammar reads from ``tokens[index]`` on: the index of the word after the number, its
# value, and whether it is an ordinal; None where no number starts there.
NumberAt = Callable[[list[Token], int], tuple[int, int, bool] | None]

# Characters after a number's first word split into words at first: most numbers in words
# are a word or two; a longer one widens it.
_WINDOW = 32
# Words a grammar may look at past a number's end to see that it ends ("vingt et" before a
# word that is no "un"): a number read closer than that to the window's cut is read again in a
# wider one.
_LOOK_AHEAD = 2


def numbers_in_words(
    text: str,
    word: re.Pattern[str],
    number_at: NumberAt,
    starts: Iterable[int] | None = None,
    follows: frozenset[str] = frozenset(),
    window: int = _WINDOW,
) -> Iterator[tuple[int, int, int, bool]]:
    """(start, end, value, ordinal) of each number ``number_at`` reads in ``text``, whose words
    ``word`` finds: tried at every word, or only at ``starts`` (in text order), where the words
    that may begin a number stand, found by a lookup of the text's words. Only the words after
    each start are split then, ``window`` characters at first: most of a text has none. A
    first word that none of ``follows`` (lower-cased: every word that may continue a number)
    follows is read alone, as most are ("kedua negara")."""
    if starts is None:
        tokens = [(m.start(), m.end(), m[0]) for m in word.finditer(text)]
        index = 0
        while index < len(tokens):
            parsed = number_at(tokens, index)
            if parsed is None:
                index += 1
                continue
            stop, value, ordinal = parsed
            yield tokens[index][0], tokens[stop - 1][1], value, ordinal
            index = stop
        return
    done = 0  # where the last number ended
    for start in starts:
        if start >= done:
            found = _alone(text, word, number_at, start, follows) if follows else None
            found = found or _number_from(text, word, number_at, start, window)
            if found is not None:
                done = found[1]
                yield found


def _alone(
    text: str, word: re.Pattern[str], number_at: NumberAt, start: int, follows: frozenset[str]
) -> tuple[int, int, int, bool] | None:
    """The number read from the word at ``start`` alone, where the word after it cannot
    continue a number (None where it may: ``_number_from`` reads it)."""
    first = word.match(text, start)
    if first is None:
        return None
    after = word.search(text, first.end())
    if after is not None and after[0].lower() in follows:
        return None
    parsed = number_at([(start, first.end(), first[0])], 0)
    return None if parsed is None else (start, first.end(), parsed[1], parsed[2])


def _number_from(
    text: str, word: re.Pattern[str], number_at: NumberAt, start: int, window: int
) -> tuple[int, int, int, bool] | None:
    """The number read from the word at ``start``: the words after it split in a window of the
    text, widened while the number runs to within ``_LOOK_AHEAD`` words of the window's end."""
    while True:
        end = min(len(text), start + window)
        tokens = [(m.start(), m.end(), m[0]) for m in word.finditer(text, start, end)]
        cut = end < len(text)
        if cut and tokens and tokens[-1][1] == end:
            tokens.pop()  # a word the window may have cut
        parsed = number_at(tokens, 0) if tokens else None
        if parsed is not None and (parsed[0] + _LOOK_AHEAD <= len(tokens) or not cut):
            stop, value, ordinal = parsed
            return start, tokens[stop - 1][1], value, ordinal
        if not cut or (parsed is None and len(tokens) >= _LOOK_AHEAD):
            return None  # no number, and not for want of words
        window *= 4
