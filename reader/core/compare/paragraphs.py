"""Two revisions compared paragraph by paragraph: paragraphs paired, each pair diffed.

Identical paragraphs pair first (as a longest common subsequence, ``reader.core.compare.lcs``);
between them, changed paragraphs pair up by how many words they share, in order; a paragraph
that pairs with nothing is deleted or inserted whole.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.compare.lcs import ids, match, pairs
from reader.core.compare.ops import DiffOp, DiffSummary, Op, summarize
from reader.core.compare.words import diff_text
from reader.core.text.tokens import comparison_key, is_wordlike, kind_of, token_texts


@dataclass(frozen=True)
class ParagraphDiff:
    """One row of a paragraph-aligned comparison: an old paragraph, a new one, or both.

    ``old_index``/``new_index`` are positions in the sequences given to ``diff_paragraphs``
    (None when the paragraph has no counterpart: deleted or inserted whole).
    """

    old_index: int | None
    new_index: int | None
    ops: tuple[Op, ...]

    @property
    def changed(self) -> bool:
        return any(op.op is not DiffOp.EQUAL for op in self.ops)


def diff_paragraphs(old: Sequence[str], new: Sequence[str]) -> list[ParagraphDiff]:
    """Pair two revisions' paragraphs and diff each pair (see the module docstring). The rows
    come in reading order for both panes."""
    numbered = ids([list(old), list(new)])
    rows: list[ParagraphDiff] = []
    i = j = 0
    for match_i, match_j in [*pairs(match(numbered[0], numbered[1])), (len(old), len(new))]:
        rows += _pair_changed(old, new, range(i, match_i), range(j, match_j))
        if match_i < len(old):
            rows.append(ParagraphDiff(match_i, match_j, _equal_ops(old[match_i])))
        i, j = match_i + 1, match_j + 1
    return rows


def summarize_rows(rows: Sequence[ParagraphDiff]) -> DiffSummary:
    """What changed across the rows: words counted as ``summarize`` counts them, paragraphs as
    the rows that changed."""
    ops = [op for row in rows for op in row.ops]
    return summarize(ops, paragraphs_changed=sum(row.changed for row in rows))


# -- pairing changed paragraphs ------------------------------------------------------------------


def _equal_ops(text: str) -> tuple[Op, ...]:
    return (Op(DiffOp.EQUAL, text),) if text else ()


def _pair_changed(
    old: Sequence[str],
    new: Sequence[str],
    old_range: range,
    new_range: range,
) -> list[ParagraphDiff]:
    """Changed paragraphs between two identical ones, paired by shared words (in order, the
    pairing with the most similarity); the unpaired are deleted or inserted whole."""
    olds, news = list(old_range), list(new_range)
    if not olds or not news:
        return [ParagraphDiff(i, None, (Op(DiffOp.DELETE, old[i]),)) for i in olds] + [
            ParagraphDiff(None, j, (Op(DiffOp.INSERT, new[j]),)) for j in news
        ]
    similarity = [[_similarity(old[i], new[j]) for j in news] for i in olds]
    rows: list[ParagraphDiff] = []
    for i, j in _best_pairing(similarity):
        if i is not None and j is not None:
            rows.append(
                ParagraphDiff(olds[i], news[j], tuple(diff_text(old[olds[i]], new[news[j]])))
            )
        elif i is not None:
            rows.append(ParagraphDiff(olds[i], None, (Op(DiffOp.DELETE, old[olds[i]]),)))
        elif j is not None:
            rows.append(ParagraphDiff(None, news[j], (Op(DiffOp.INSERT, new[news[j]]),)))
    return rows


_MIN_SIMILARITY = 0.2


def _similarity(old: str, new: str) -> float:
    """Dice coefficient of the two paragraphs' words (by comparison key)."""
    old_words = Counter(comparison_key(t) for t in token_texts(old) if is_wordlike(kind_of(t)))
    new_words = Counter(comparison_key(t) for t in token_texts(new) if is_wordlike(kind_of(t)))
    total = sum(old_words.values()) + sum(new_words.values())
    if not total:
        return 1.0 if old.strip() == new.strip() else 0.0
    return 2 * sum((old_words & new_words).values()) / total


def _best_pairing(similarity: list[list[float]]) -> list[tuple[int | None, int | None]]:
    """Rows (i, j), (i, None), (None, j) in order, pairing i with j where that maximises the
    total similarity (pairs below ``_MIN_SIMILARITY`` are not worth making)."""
    n, m = len(similarity), len(similarity[0])
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            pair = similarity[i][j] if similarity[i][j] >= _MIN_SIMILARITY else -1.0
            score[i][j] = max(score[i + 1][j], score[i][j + 1], score[i + 1][j + 1] + pair)
    rows: list[tuple[int | None, int | None]] = []
    i = j = 0
    while i < n and j < m:
        pair = similarity[i][j] if similarity[i][j] >= _MIN_SIMILARITY else -1.0
        if score[i][j] == score[i + 1][j + 1] + pair and pair > 0:
            rows.append((i, j))
            i, j = i + 1, j + 1
        elif score[i][j] == score[i + 1][j]:
            rows.append((i, None))
            i += 1
        else:
            rows.append((None, j))
            j += 1
    rows += [(k, None) for k in range(i, n)] + [(None, k) for k in range(j, m)]
    return rows
