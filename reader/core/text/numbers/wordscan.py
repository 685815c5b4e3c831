"""A text's numbers written in words, read left to right by a language's grammar (``english``,
``french``, ``indonesian``): at each word, the longest number the grammar reads from it, or none,
then on after it."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

# What a grammar reads from a word on: the index of the word after the number, its value, and
# whether it is an ordinal; None where no number starts.
NumberAt = Callable[[int], tuple[int, int, bool] | None]


def numbers_in_words(
    tokens: Sequence[tuple[int, int] | tuple[int, int, str]], number_at: NumberAt
) -> Iterator[tuple[int, int, int, bool]]:
    """(start, end, value, ordinal) of each number ``number_at`` reads in the words ``tokens``
    (each its start and end in the text, and maybe the word)."""
    index = 0
    while index < len(tokens):
        parsed = number_at(index)
        if parsed is None:
            index += 1
            continue
        stop, value, ordinal = parsed
        yield tokens[index][0], tokens[stop - 1][1], value, ordinal
        index = stop
