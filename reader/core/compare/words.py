"""The word-level difference of two texts, that never cuts inside a word.

What it guarantees (and the tests check):

- the ``equal`` and ``delete`` texts concatenated give the old text exactly, and the ``equal``
  and ``insert`` texts give the new text exactly;
- every boundary between operations falls on a token boundary of both texts
  (``reader.core.text.tokens``): an Arabic word is highlighted whole or not at all, so its
  letters stay joined; a change inside a word marks the whole word;
- the number of changed words is the least any difference can have: the words are matched
  first, as a longest common subsequence of the two texts' words, and only then the spaces and
  punctuation between them;
- a word whose only change is in Arabic vowel marks or tatweel
  (``reader.core.text.tokens.comparison_key``) is a *minor* change: a ``delete`` and an
  ``insert`` both flagged ``minor=True``, so that both texts still reproduce exactly and a view
  can show it quietly.

How: tokens are mapped to integers and the word sequences matched by the generic engine of
``reader.core.compare.lcs``; the gaps between matched words are then aligned token by token on
comparison keys, which finds the minor changes, and tidied (``reader.core.compare.tidy``).

The text's language plays no part: tokens are cut by each character's script, and the
comparison key folds Arabic marks wherever they appear, so a Chinese quotation inside an
Arabic text is compared as Chinese all the same.

No Qt here: the window and ``reader diff`` both use this module.
"""

from __future__ import annotations

from itertools import compress

from reader.core.compare.lcs import MYERS_BUDGET, ids, match, myers
from reader.core.compare.ops import DiffOp, Op
from reader.core.compare.tidy import Primitive, tidy
from reader.core.text.tokens import comparison_key, is_wordlike, kind_of, token_texts


def diff_text(old: str, new: str) -> list[Op]:
    """The word-level difference from ``old`` to ``new`` (see the module docstring)."""
    if old == new:
        return [Op(DiffOp.EQUAL, old)] if old else []
    a, b = token_texts(old), token_texts(new)
    return tidy(_align(a, b))


# -- aligning tokens -----------------------------------------------------------------------------


def _align(a: list[str], b: list[str]) -> list[Primitive]:
    """Token-level operations: words matched first (exactly), then the gaps between them."""
    wordlike = {text: is_wordlike(kind_of(text)) for text in {*a, *b}}
    words_a = list(compress(range(len(a)), map(wordlike.__getitem__, a)))
    words_b = list(compress(range(len(b)), map(wordlike.__getitem__, b)))
    numbered = ids([[a[i] for i in words_a], [b[j] for j in words_b]])
    out: list[Primitive] = []
    state = [0, 0, 0]  # next token of a, next of b, start in a of the current equal stretch
    for p, q, length in match(numbered[0], numbered[1]):
        first_a, last_a = words_a[p], words_a[p + length - 1]
        first_b, last_b = words_b[q], words_b[q + length - 1]
        if a[first_a : last_a + 1] == b[first_b : last_b + 1]:
            # The whole block reads the same, spaces and punctuation included (the usual case).
            _align_anchor(a, b, first_a, first_b, state, out)
            state[0], state[1] = last_a + 1, last_b + 1
            continue
        for t in range(length):
            _align_anchor(a, b, words_a[p + t], words_b[q + t], state, out)
    _align_anchor(a, b, len(a), len(b), state, out)
    if state[2] < len(a):
        out.append((DiffOp.EQUAL, "".join(a[state[2] :]), False))
    return out


def _align_anchor(
    a: list[str],
    b: list[str],
    anchor_i: int,
    anchor_j: int,
    state: list[int],
    out: list[Primitive],
) -> None:
    """Add the gap before the matched words a[anchor_i] == b[anchor_j] to ``out``.

    A gap that is the same on both sides (most often one space) only extends the current equal
    stretch; a different one ends it (emitted whole) and is aligned token by token.
    """
    i, j, run_start = state
    if a[i:anchor_i] != b[j:anchor_j]:
        if run_start < i:
            out.append((DiffOp.EQUAL, "".join(a[run_start:i]), False))
        out += _align_gap(a[i:anchor_i], b[j:anchor_j])
        state[2] = anchor_i
    state[0], state[1] = anchor_i + 1, anchor_j + 1


def _align_gap(a: list[str], b: list[str]) -> list[Primitive]:
    """The tokens between two matched words: matched on comparison keys, exact matches equal,
    key-only matches minor pairs, the rest deleted and inserted."""
    if not a or not b:
        return [(DiffOp.DELETE, t, False) for t in a] + [(DiffOp.INSERT, t, False) for t in b]
    keys = ids([[comparison_key(t) for t in a], [comparison_key(t) for t in b]])
    pairs = myers(keys[0], keys[1], MYERS_BUDGET) or []
    out: list[Primitive] = []
    i = j = 0
    for match_i, match_j in [*pairs, (len(a), len(b))]:
        out += [(DiffOp.DELETE, t, False) for t in a[i:match_i]]
        out += [(DiffOp.INSERT, t, False) for t in b[j:match_j]]
        if match_i < len(a):
            if a[match_i] == b[match_j]:
                out.append((DiffOp.EQUAL, a[match_i], False))
            else:
                out += [(DiffOp.DELETE, a[match_i], True), (DiffOp.INSERT, b[match_j], True)]
        i, j = match_i + 1, match_j + 1
    return out
