"""Word-level difference of two revisions of one text, that never cuts inside a word.

What it guarantees (and the tests check):

- the ``equal`` and ``delete`` texts concatenated give the old text exactly, and the ``equal``
  and ``insert`` texts give the new text exactly;
- every boundary between operations falls on a token boundary of both texts
  (``reader.core.text.tokens``): an Arabic word is highlighted whole or not at all, so its letters stay
  joined; a change inside a word marks the whole word;
- the number of changed words is the least any difference can have: the words are matched
  first, as a longest common subsequence of the two texts' words, and only then the spaces and
  punctuation between them;
- a word whose only change is in Arabic vowel marks or tatweel (``reader.core.text.tokens.comparison_key``)
  is a *minor* change: a ``delete`` and an ``insert`` both flagged ``minor=True``, so that both
  texts still reproduce exactly and a view can show it quietly.

How: tokens are mapped to integers; the word sequences are compared with Myers' O(ND)
algorithm where that is cheap (exact and minimal), split first at words found once in each text
(patience anchors) when the texts are long, and, where neither helps (long repetitive texts),
resynchronised greedily at the nearest run of common words. The gaps between matched words are
then aligned token by token on comparison keys, which finds the minor changes, and tidied so
that a change neither starts nor ends with a bare space where that can be avoided.

No Qt here: the window and ``reader diff`` both use this module.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import compress

from reader.core.text.tokens import comparison_key, is_wordlike, kind_of, token_texts

EQUAL, INSERT, DELETE = "equal", "insert", "delete"

# Myers runs on the whole input when it is this small (in words) ...
_MYERS_WHOLE = 20_000
# ... and gives up (for the faster heuristics) after this many steps.
_MYERS_BUDGET = 1_000_000
# Resynchronising after a change needs this many words in a row in common.
_SYNC_RUN = 4
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


@dataclass(frozen=True)
class Op:
    """One operation of a difference: ``equal``, ``insert`` or ``delete`` of ``text``.

    ``minor`` marks a delete/insert pair whose words are equal by comparison key: they differ
    only in Arabic vowel marks, tatweel or Unicode normalisation.
    """

    op: str
    text: str
    minor: bool = False


@dataclass(frozen=True)
class DiffSummary:
    """What changed, counted in words (numbers and CJK characters count as words)."""

    words_inserted: int
    words_deleted: int
    paragraphs_changed: int
    minor_changes: int

    @property
    def changed(self) -> bool:
        return bool(
            self.words_inserted
            or self.words_deleted
            or self.paragraphs_changed
            or self.minor_changes
        )


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
        return any(op.op != EQUAL for op in self.ops)


@dataclass(frozen=True)
class Span:
    """Where an operation lies in one side's text (``[start, end)``), for highlighting."""

    start: int
    end: int
    op: str
    minor: bool = False


# -- the public API ------------------------------------------------------------------------------


def diff_text(old: str, new: str, language: str | None = None) -> list[Op]:
    """The word-level difference from ``old`` to ``new`` (see the module docstring)."""
    del language  # tokens follow each character's script (reader.core.text.tokens)
    if old == new:
        return [Op(EQUAL, old)] if old else []
    a, b = token_texts(old), token_texts(new)
    primitives = _align(a, b)
    return _tidy(primitives)


def old_text(ops: Iterable[Op]) -> str:
    """The old text a difference was made from: its equal and deleted texts."""
    return "".join(op.text for op in ops if op.op != INSERT)


def new_text(ops: Iterable[Op]) -> str:
    """The new text a difference was made from: its equal and inserted texts."""
    return "".join(op.text for op in ops if op.op != DELETE)


def spans(ops: Iterable[Op], side: str) -> list[Span]:
    """The operations seen from one side: ``"old"`` (equal and delete) or ``"new"`` (equal and
    insert), with their offsets in that side's text. For highlighting and change navigation."""
    if side not in ("old", "new"):
        raise ValueError(f"side must be 'old' or 'new', not {side!r}")
    skip = INSERT if side == "old" else DELETE
    result: list[Span] = []
    position = 0
    for op in ops:
        if op.op == skip:
            continue
        result.append(Span(position, position + len(op.text), op.op, op.minor))
        position += len(op.text)
    return result


def inline(ops: Iterable[Op]) -> tuple[str, list[Span]]:
    """Both texts in one: every operation's text in order, deletions before insertions, with
    the span of each, for a single-pane view of a difference."""
    text: list[str] = []
    result: list[Span] = []
    position = 0
    for op in ops:
        text.append(op.text)
        result.append(Span(position, position + len(op.text), op.op, op.minor))
        position += len(op.text)
    return "".join(text), result


def summarize(diff: Sequence[Op] | Sequence[ParagraphDiff]) -> DiffSummary:
    """Count the words inserted and deleted, the minor changes, and the paragraphs changed.

    Minor changes (vowel marks, tatweel) are counted apart, not as words inserted or deleted.
    For a flat list of operations, paragraphs are the blank-line-separated blocks of the texts.
    """
    if diff and isinstance(diff[0], ParagraphDiff):
        rows = [row for row in diff if isinstance(row, ParagraphDiff)]
        ops = [op for row in rows for op in row.ops]
        paragraphs = sum(row.changed for row in rows)
    else:
        ops = [op for op in diff if isinstance(op, Op)]
        paragraphs = _paragraphs_changed(ops)
    return DiffSummary(
        words_inserted=sum(_words(op.text) for op in ops if op.op == INSERT and not op.minor),
        words_deleted=sum(_words(op.text) for op in ops if op.op == DELETE and not op.minor),
        paragraphs_changed=paragraphs,
        minor_changes=sum(_words(op.text) or 1 for op in ops if op.op == DELETE and op.minor),
    )


def changed_word_count(old: str, new: str, ops: Iterable[Op]) -> int:
    """How many words a difference marks as changed, in the old text plus in the new: the
    measure of minimality, for any list of operations (another tool's too).

    A word is unchanged only when it lies whole inside an equal operation *and* is also a whole
    word on the other side: a diff that keeps "foo" of "foo" → "foobar" equal has still changed
    that word. Minor changes count as changed here: this is about the text, not the reading.
    """
    old_words = _word_spans(old)
    new_words = _word_spans(new)
    unchanged = 0
    at_old = at_new = 0
    for op in ops:
        if op.op == EQUAL:
            unchanged += _whole_words_in(old_words, new_words, at_old, at_new, len(op.text))
        if op.op != INSERT:
            at_old += len(op.text)
        if op.op != DELETE:
            at_new += len(op.text)
    return len(old_words) + len(new_words) - 2 * unchanged


def diff_paragraphs(
    old: Sequence[str], new: Sequence[str], language: str | None = None
) -> list[ParagraphDiff]:
    """Align two revisions paragraph by paragraph and diff each aligned pair.

    Identical paragraphs align first (as a longest common subsequence); between them, changed
    paragraphs pair up by how many words they share, in order; a paragraph that pairs with
    nothing is deleted or inserted whole. The rows come in reading order for both panes.
    """
    ids = _ids([list(old), list(new)])
    rows: list[ParagraphDiff] = []
    i = j = 0
    for match_i, match_j in [*_pairs(_match(ids[0], ids[1])), (len(old), len(new))]:
        rows += _pair_changed(old, new, range(i, match_i), range(j, match_j), language)
        if match_i < len(old):
            rows.append(ParagraphDiff(match_i, match_j, _equal_ops(old[match_i])))
        i, j = match_i + 1, match_j + 1
    return rows


# -- counting ------------------------------------------------------------------------------------


def _words(text: str) -> int:
    return sum(is_wordlike(kind_of(piece)) for piece in token_texts(text))


def _word_spans(text: str) -> dict[int, int]:
    """start → end of every word-like token of ``text``."""
    spans_: dict[int, int] = {}
    position = 0
    for piece in token_texts(text):
        if is_wordlike(kind_of(piece)):
            spans_[position] = position + len(piece)
        position += len(piece)
    return spans_


def _whole_words_in(
    old_words: dict[int, int], new_words: dict[int, int], at_old: int, at_new: int, length: int
) -> int:
    """Words of an equal stretch that are whole words on both sides."""
    count = 0
    shift = at_new - at_old
    for start in range(at_old, at_old + length):
        end = old_words.get(start)
        if (
            end is not None
            and end <= at_old + length
            and new_words.get(start + shift) == end + shift
        ):
            count += 1
    return count


def _paragraphs_changed(ops: Sequence[Op]) -> int:
    """Paragraphs touched by a change, walking both texts' blank-line breaks in step."""
    touched: set[tuple[int, int]] = set()
    old_paragraph = new_paragraph = 0
    for op in ops:
        breaks = len(_PARAGRAPH_BREAK.findall(op.text))
        if op.op != EQUAL:
            touched.add((old_paragraph, new_paragraph))
        if op.op != INSERT:
            old_paragraph += breaks
        if op.op != DELETE:
            new_paragraph += breaks
    return len(touched)


# -- aligning tokens -----------------------------------------------------------------------------

# A primitive operation: (op, text, minor), one token (or a few) at a time, before tidying.
_Primitive = tuple[str, str, bool]


def _align(a: list[str], b: list[str]) -> list[_Primitive]:
    """Token-level operations: words matched first (exactly), then the gaps between them."""
    wordlike = {text: is_wordlike(kind_of(text)) for text in {*a, *b}}
    words_a = list(compress(range(len(a)), map(wordlike.__getitem__, a)))
    words_b = list(compress(range(len(b)), map(wordlike.__getitem__, b)))
    ids = _ids([[a[i] for i in words_a], [b[j] for j in words_b]])
    out: list[_Primitive] = []
    state = [0, 0, 0]  # next token of a, next of b, start in a of the current equal stretch
    for p, q, length in _match(ids[0], ids[1]):
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
        out.append((EQUAL, "".join(a[state[2] :]), False))
    return out


def _align_anchor(
    a: list[str],
    b: list[str],
    anchor_i: int,
    anchor_j: int,
    state: list[int],
    out: list[_Primitive],
) -> None:
    """Add the gap before the matched words a[anchor_i] == b[anchor_j] to ``out``.

    A gap that is the same on both sides (most often one space) only extends the current equal
    stretch; a different one ends it (emitted whole) and is aligned token by token.
    """
    i, j, run_start = state
    if a[i:anchor_i] != b[j:anchor_j]:
        if run_start < i:
            out.append((EQUAL, "".join(a[run_start:i]), False))
        out += _align_gap(a[i:anchor_i], b[j:anchor_j])
        state[2] = anchor_i
    state[0], state[1] = anchor_i + 1, anchor_j + 1


def _ids(sequences: list[list[str]]) -> list[list[int]]:
    """The same integers for the same texts across ``sequences``: comparing ints is cheaper."""
    table = {item: index for index, item in enumerate({item for seq in sequences for item in seq})}
    return [list(map(table.__getitem__, seq)) for seq in sequences]


def _align_gap(a: list[str], b: list[str]) -> list[_Primitive]:
    """The tokens between two matched words: matched on comparison keys, exact matches equal,
    key-only matches minor pairs, the rest deleted and inserted."""
    if not a or not b:
        return [(DELETE, t, False) for t in a] + [(INSERT, t, False) for t in b]
    keys = _ids([[comparison_key(t) for t in a], [comparison_key(t) for t in b]])
    pairs = _myers(keys[0], keys[1], _MYERS_BUDGET) or []
    out: list[_Primitive] = []
    i = j = 0
    for match_i, match_j in [*pairs, (len(a), len(b))]:
        out += [(DELETE, t, False) for t in a[i:match_i]]
        out += [(INSERT, t, False) for t in b[j:match_j]]
        if match_i < len(a):
            if a[match_i] == b[match_j]:
                out.append((EQUAL, a[match_i], False))
            else:
                out += [(DELETE, a[match_i], True), (INSERT, b[match_j], True)]
        i, j = match_i + 1, match_j + 1
    return out


# -- matching sequences: a longest common subsequence, fast where it can be ---------------------


# A block of matched items: a[i + t] == b[j + t] for t < length.
_Block = tuple[int, int, int]


def _match(a: Sequence[int], b: Sequence[int]) -> list[_Block]:
    """Matched blocks (i, j, length), in order: a longest common subsequence of ``a`` and ``b``
    where the inputs allow (Myers), a near-longest one, fast, where they are long."""
    blocks: list[_Block] = []
    stack = [(0, len(a), 0, len(b))]
    while stack:
        a0, a1, b0, b1 = stack.pop()
        # Common prefix and suffix first: revisions share most of their text.
        head = _common_run(a, b, a0, b0, min(a1 - a0, b1 - b0))
        if head:
            blocks.append((a0, b0, head))
            a0, b0 = a0 + head, b0 + head
        tail = _common_tail(a, b, a1, b1, min(a1 - a0, b1 - b0))
        if tail:
            a1, b1 = a1 - tail, b1 - tail
            blocks.append((a1, b1, tail))
        if a0 < a1 and b0 < b1:
            stack += _split(a, b, a0, a1, b0, b1, blocks)
    blocks.sort()
    return blocks


def _pairs(blocks: list[_Block]) -> list[tuple[int, int]]:
    return [(i + t, j + t) for i, j, length in blocks for t in range(length)]


def _blocks(pairs: list[tuple[int, int]], di: int = 0, dj: int = 0) -> list[_Block]:
    """Matched pairs (shifted by di, dj) gathered into blocks of consecutive pairs."""
    blocks: list[_Block] = []
    for i, j in pairs:
        if blocks:
            bi, bj, length = blocks[-1]
            if bi + length == i + di and bj + length == j + dj:
                blocks[-1] = (bi, bj, length + 1)
                continue
        blocks.append((i + di, j + dj, 1))
    return blocks


def _common_run(a: Sequence[int], b: Sequence[int], i: int, j: int, limit: int) -> int:
    """How many items agree from (i, j) on, at most ``limit``: compared a chunk at a time
    (list slices compare at C speed), the chunk doubling while they agree."""
    length, chunk = 0, 8
    while length < limit:
        step = min(chunk, limit - length)
        if a[i + length : i + length + step] == b[j + length : j + length + step]:
            length += step
            chunk *= 2
        elif step == 1:
            break
        else:
            chunk = max(1, step // 2)
    return length


def _common_tail(a: Sequence[int], b: Sequence[int], i: int, j: int, limit: int) -> int:
    """How many items agree backwards from a[i - 1], b[j - 1], at most ``limit``."""
    length, chunk = 0, 8
    while length < limit:
        step = min(chunk, limit - length)
        if a[i - length - step : i - length] == b[j - length - step : j - length]:
            length += step
            chunk *= 2
        elif step == 1:
            break
        else:
            chunk = max(1, step // 2)
    return length


def _split(
    a: Sequence[int],
    b: Sequence[int],
    a0: int,
    a1: int,
    b0: int,
    b1: int,
    blocks: list[_Block],
) -> list[tuple[int, int, int, int]]:
    """Match one region: exactly if cheap, else at unique anchors (returning the sub-regions
    left to match), else by greedy resynchronisation."""
    sub_a, sub_b = a[a0:a1], b[b0:b1]
    if len(sub_a) + len(sub_b) <= _MYERS_WHOLE:
        found = _myers(sub_a, sub_b, _MYERS_BUDGET)
        if found is not None:
            blocks += _blocks(found, a0, b0)
            return []
    anchors = _unique_anchors(sub_a, sub_b)
    if anchors:
        regions = []
        prev_i, prev_j = a0, b0
        for i, j in anchors:
            blocks.append((a0 + i, b0 + j, 1))
            regions.append((prev_i, a0 + i, prev_j, b0 + j))
            prev_i, prev_j = a0 + i + 1, b0 + j + 1
        regions.append((prev_i, a1, prev_j, b1))
        return regions
    blocks += [(a0 + i, b0 + j, length) for i, j, length in _resync(sub_a, sub_b)]
    return []


def _myers(a: Sequence[int], b: Sequence[int], budget: int) -> list[tuple[int, int]] | None:
    """A longest common subsequence by Myers' O(ND) greedy algorithm, as matched pairs; None if
    it would take more than ``budget`` steps (D, the edit distance, is too large)."""
    n, m = len(a), len(b)
    if not n or not m:
        return []
    offset = n + m + 1
    v = [0] * (2 * offset + 1)
    trace: list[list[int]] = []
    work = 0
    for d in range(n + m + 1):
        for k in range(-d, d + 1, 2):
            if k == -d or (k != d and v[offset + k - 1] < v[offset + k + 1]):
                x = v[offset + k + 1]
            else:
                x = v[offset + k - 1] + 1
            y = x - k
            start = x
            while x < n and y < m and a[x] == b[y]:
                x += 1
                y += 1
            work += x - start + 1
            v[offset + k] = x
            if x >= n and y >= m:
                trace.append(v[offset - d : offset + d + 1])
                return _backtrack(trace, n, m)
        trace.append(v[offset - d : offset + d + 1])
        if work > budget:
            return None
    return None  # not reached: d = n + m always ends


def _backtrack(trace: list[list[int]], n: int, m: int) -> list[tuple[int, int]]:
    """The matched pairs along the path Myers found (``trace[d][k + d]`` = furthest x)."""
    pairs: list[tuple[int, int]] = []
    x, y = n, m
    for d in range(len(trace) - 1, 0, -1):
        previous = trace[d - 1]
        k = x - y
        down = k == -d or (k != d and previous[k - 1 + d - 1] < previous[k + 1 + d - 1])
        prev_k = k + 1 if down else k - 1
        prev_x = previous[prev_k + d - 1]
        snake_x = prev_x if down else prev_x + 1
        while x > snake_x:
            x, y = x - 1, y - 1
            pairs.append((x, y))
        x, y = prev_x, prev_x - prev_k
    while x > 0 and y > 0:
        x, y = x - 1, y - 1
        pairs.append((x, y))
    pairs.reverse()
    return pairs


def _unique_anchors(a: Sequence[int], b: Sequence[int]) -> list[tuple[int, int]]:
    """Patience anchors: items found exactly once in each sequence, in an order both agree on
    (the longest increasing subsequence of their positions)."""
    count_a, count_b = Counter(a), Counter(b)
    where_b = {item: j for j, item in enumerate(b) if count_b[item] == 1}
    candidates = [
        (i, where_b[item]) for i, item in enumerate(a) if count_a[item] == 1 and item in where_b
    ]
    return _increasing(candidates)


def _increasing(candidates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``candidates`` (sorted by i) whose j also increases (patience sort)."""
    tails: list[int] = []  # tails[n]: smallest j ending an increasing run of length n + 1
    tail_index: list[int] = []
    back: list[int] = []
    for index, (_, j) in enumerate(candidates):
        place = bisect.bisect_left(tails, j)
        back.append(tail_index[place - 1] if place else -1)
        if place == len(tails):
            tails.append(j)
            tail_index.append(index)
        else:
            tails[place] = j
            tail_index[place] = index
    run: list[tuple[int, int]] = []
    index = tail_index[-1] if tail_index else -1
    while index >= 0:
        run.append(candidates[index])
        index = back[index]
    run.reverse()
    return run


def _resync(a: Sequence[int], b: Sequence[int]) -> list[_Block]:
    """Greedy matching for long, repetitive inputs with no unique anchors: walk both in step;
    at each mismatch find, by Myers' algorithm from there, the fewest changes that lead to a
    long run of common items, and take them; failing that, jump to the nearest short run."""
    n, m = len(a), len(b)
    grams: dict[tuple[int, ...], list[int]] | None = None
    blocks: list[_Block] = []
    i = j = 0
    while i < n and j < m:
        run = _common_run(a, b, i, j, min(n - i, m - j))
        if run:
            blocks.append((i, j, run))
            i, j = i + run, j + run
            continue
        reached = _reach_run(a, b, i, j)
        if reached == []:
            break  # the end of one sequence, with nothing more in common
        if reached is not None:
            blocks += _blocks(reached)
            i, j = reached[-1][0] + 1, reached[-1][1] + 1
            continue
        if grams is None:
            grams = _gram_positions(a)
        target = _nearest_gram(a, b, i, j, grams)
        p, q = target if target else (n, m)
        blocks += _blocks(_myers(a[i:p], b[j:q], _MYERS_BUDGET) or [], i, j)
        i, j = p, q
    return blocks


# After a change, this many items in common mean the texts are back in step: a shorter run can
# be chance (the same four characters recur in Chinese), a longer one rarely is.
_RUN = 32
_RUN_CHANGES = (16, 400)


def _reach_run(a: Sequence[int], b: Sequence[int], i: int, j: int) -> list[tuple[int, int]] | None:
    """``_reach_run_within`` with few changes first (most edits are one or two words), then
    with many: the work array is sized by the changes allowed."""
    for max_changes in _RUN_CHANGES:
        found = _reach_run_within(a, b, i, j, max_changes)
        if found is not None:
            return found
    return None


def _reach_run_within(
    a: Sequence[int], b: Sequence[int], i: int, j: int, max_changes: int
) -> list[tuple[int, int]] | None:
    """Matched pairs from (i, j) along the fewest changes that reach ``_RUN`` items in common
    (or the end of either sequence: then perhaps none), ending with that run; None past
    ``max_changes``."""
    n, m = len(a), len(b)
    offset = max_changes + 1
    v = [0] * (2 * offset + 1)  # furthest x - i on each diagonal k = (x - i) - (y - j)
    trace: list[list[int]] = []
    for d in range(max_changes + 1):
        for k in range(-d, d + 1, 2):
            if k == -d or (k != d and v[offset + k - 1] < v[offset + k + 1]):
                x = v[offset + k + 1]
            else:
                x = v[offset + k - 1] + 1
            y = x - k
            run = 0
            while i + x < n and j + y < m and run < _RUN and a[i + x] == b[j + y]:
                x, y, run = x + 1, y + 1, run + 1
            v[offset + k] = x
            if run >= _RUN or i + x >= n or j + y >= m:
                trace.append(v[offset - d : offset + d + 1])
                return [(i + p, j + q) for p, q in _backtrack(trace, x, y)]
        trace.append(v[offset - d : offset + d + 1])
    return None


def _gram_positions(a: Sequence[int]) -> dict[tuple[int, ...], list[int]]:
    """Where each run of ``_SYNC_RUN`` items starts in ``a`` (positions increasing)."""
    positions: dict[tuple[int, ...], list[int]] = {}
    runs = zip(*(a[shift:] for shift in range(_SYNC_RUN)), strict=False)
    for index, gram in enumerate(runs):
        positions.setdefault(gram, []).append(index)
    return positions


def _nearest_gram(
    a: Sequence[int],
    b: Sequence[int],
    i: int,
    j: int,
    grams: dict[tuple[int, ...], list[int]],
) -> tuple[int, int] | None:
    """The (p, q), p ≥ i and q ≥ j, nearest to (i, j) where a and b share a run of items."""
    best: tuple[int, int] | None = None
    best_cost = len(a) + len(b)
    for q in range(j, len(b) - _SYNC_RUN + 1):
        if q - j >= best_cost:
            break
        positions = grams.get(tuple(b[q : q + _SYNC_RUN]))
        if not positions:
            continue
        at = bisect.bisect_left(positions, i)
        if at < len(positions) and positions[at] - i + q - j < best_cost:
            best, best_cost = (positions[at], q), positions[at] - i + q - j
    return best


# -- tidying -------------------------------------------------------------------------------------


def _tidy(primitives: list[_Primitive]) -> list[Op]:
    """Operations a reader can follow: changes merged, lone spaces between two changes taken
    into them, and spaces at the edges of a change moved outside it where the texts allow."""
    groups = _runs(primitives)
    groups = _absorb_spaces(groups)
    ops: list[Op] = []
    for group in groups:
        ops += _normalise(group)
    ops = _shift_spaces(ops)
    return _merge_equal(ops)


def _runs(primitives: list[_Primitive]) -> list[list[_Primitive]]:
    """Consecutive primitives grouped: each equal run is one group, each change run another."""
    groups: list[list[_Primitive]] = []
    for primitive in primitives:
        is_equal = primitive[0] == EQUAL
        if groups and (groups[-1][0][0] == EQUAL) == is_equal:
            groups[-1].append(primitive)
        else:
            groups.append([primitive])
    return groups


def _is_lone_space(group: list[_Primitive]) -> bool:
    text = "".join(p[1] for p in group)
    return group[0][0] == EQUAL and text.isspace() and "\n" not in text


def _absorb_spaces(groups: list[list[_Primitive]]) -> list[list[_Primitive]]:
    """A single space kept equal between two changes of the same kind (both minor or both not)
    reads as noise ("[-a-]{+b+} [-c-]{+d+}"): make it part of one change."""
    result: list[list[_Primitive]] = []
    index = 0
    while index < len(groups):
        group = groups[index]
        if (
            result
            and index + 1 < len(groups)
            and _is_lone_space(group)
            and result[-1][0][0] != EQUAL
            and _all_minor(result[-1]) == _all_minor(groups[index + 1])
        ):
            minor = _all_minor(result[-1])
            space = "".join(p[1] for p in group)
            result[-1] = [
                *result[-1],
                (DELETE, space, minor),
                (INSERT, space, minor),
                *groups[index + 1],
            ]
            index += 2
            continue
        result.append(group)
        index += 1
    return result


def _all_minor(group: list[_Primitive]) -> bool:
    return all(p[2] for p in group)


def _normalise(group: list[_Primitive]) -> list[Op]:
    """One group as operations: an equal run as one op; a change run as one delete and one
    insert, or, when it mixes minor and real changes, one such pair per stretch of each."""
    if group[0][0] == EQUAL:
        return [Op(EQUAL, "".join(p[1] for p in group))]
    ops: list[Op] = []
    stretch: list[_Primitive] = []
    for primitive in [*group, (EQUAL, "", not group[-1][2])]:  # sentinel flushes the last
        if stretch and primitive[2] != stretch[0][2]:
            minor = stretch[0][2]
            deleted = "".join(p[1] for p in stretch if p[0] == DELETE)
            inserted = "".join(p[1] for p in stretch if p[0] == INSERT)
            ops += [Op(DELETE, deleted, minor)] if deleted else []
            ops += [Op(INSERT, inserted, minor)] if inserted else []
            stretch = []
        stretch.append(primitive)
    return ops


def _shift_spaces(ops: list[Op]) -> list[Op]:
    """Move bare spaces out of the edges of changes where both texts allow it.

    A pure deletion or insertion " word" between "... x" and " y ..." becomes "word " between
    "... x " and "y ...": the same texts, and the change starts at its word. A replacement whose
    two sides start (or end) with the same space gives that space to the equal text beside it.
    """
    ops = list(ops)
    for index in range(1, len(ops) - 1):
        before, change, after = ops[index - 1], ops[index], ops[index + 1]
        if before.op == EQUAL and change.op != EQUAL and after.op == EQUAL:
            ops[index - 1 : index + 2] = _rotate(before, change, after)
    return _factor_replacements(ops)


def _rotate(before: Op, change: Op, after: Op) -> list[Op]:
    """``x| w word|w y`` → ``x w|word w|y`` for a leading space ``w`` that also opens ``after``."""
    lead = _leading_space(change.text)
    if lead and lead != change.text and _leading_space(after.text) == lead:
        return [
            Op(EQUAL, before.text + lead),
            Op(change.op, change.text[len(lead) :] + lead, change.minor),
            Op(EQUAL, after.text[len(lead) :]),
        ]
    return [before, change, after]


def _leading_space(text: str) -> str:
    """The first token of ``text`` if it is a space (a whole token, so that moving it never
    cuts a space from a mark that follows it), without line breaks; else ""."""
    if not text[:1].isspace():
        return ""
    head = token_texts(text[:_EDGE])
    return _space_token(head, 0) if len(head) > 1 or len(text) <= _EDGE else ""


def _trailing_space(text: str) -> str:
    """The last token of ``text`` if it is a space without line breaks; else ""."""
    if not text or not (text[-1].isspace() or unicodedata.category(text[-1])[0] == "M"):
        return ""  # a space token ends with a space, or with a mark put on a space
    tail = token_texts(text[-_EDGE:]) if len(text) > _EDGE else token_texts(text)
    # A cut tail may start inside a token: only its last token is trusted, and only if the
    # tail holds at least one other token before it.
    return _space_token(tail, -1) if len(tail) > 1 or len(text) <= _EDGE else ""


_EDGE = 64  # characters looked at to find an edge token: spaces are short


def _space_token(pieces: list[str], index: int) -> str:
    if not pieces:
        return ""
    piece = pieces[index]
    return piece if kind_of(piece) == "space" and "\n" not in piece else ""


def _factor_replacements(ops: list[Op]) -> list[Op]:
    """A delete and an insert that both start (or both end) with the same whole space: that
    space is unchanged, so it moves out into the equal text beside them."""
    result: list[Op] = []
    index = 0
    while index < len(ops):
        if index + 1 < len(ops) and ops[index].op == DELETE and ops[index + 1].op == INSERT:
            result += _factor(ops[index], ops[index + 1])
            index += 2
        else:
            result.append(ops[index])
            index += 1
    return result


def _factor(deleted: Op, inserted: Op) -> list[Op]:
    lead = _leading_space(deleted.text)
    if lead and _leading_space(inserted.text) != lead:
        lead = ""
    trail = _trailing_space(deleted.text)
    if trail and _trailing_space(inserted.text) != trail:
        trail = ""
    core_deleted = deleted.text[len(lead) : len(deleted.text) - len(trail)]
    core_inserted = inserted.text[len(lead) : len(inserted.text) - len(trail)]
    if not core_deleted or not core_inserted:
        return [deleted, inserted]  # all space: nothing to factor
    return [
        *([Op(EQUAL, lead)] if lead else []),
        Op(DELETE, core_deleted, deleted.minor),
        Op(INSERT, core_inserted, inserted.minor),
        *([Op(EQUAL, trail)] if trail else []),
    ]


def _merge_equal(ops: list[Op]) -> list[Op]:
    """Adjacent equal operations joined; empty operations dropped."""
    result: list[Op] = []
    for op in ops:
        if not op.text:
            continue
        if result and op.op == EQUAL and result[-1].op == EQUAL:
            result[-1] = Op(EQUAL, result[-1].text + op.text)
        else:
            result.append(op)
    return result


# -- paragraphs ----------------------------------------------------------------------------------


def _equal_ops(text: str) -> tuple[Op, ...]:
    return (Op(EQUAL, text),) if text else ()


def _pair_changed(
    old: Sequence[str],
    new: Sequence[str],
    old_range: range,
    new_range: range,
    language: str | None,
) -> list[ParagraphDiff]:
    """Changed paragraphs between two identical ones, paired by shared words (in order, the
    pairing with the most similarity); the unpaired are deleted or inserted whole."""
    olds, news = list(old_range), list(new_range)
    if not olds or not news:
        return [ParagraphDiff(i, None, (Op(DELETE, old[i]),)) for i in olds] + [
            ParagraphDiff(None, j, (Op(INSERT, new[j]),)) for j in news
        ]
    similarity = [[_similarity(old[i], new[j]) for j in news] for i in olds]
    rows: list[ParagraphDiff] = []
    for i, j in _best_pairing(similarity):
        if i is not None and j is not None:
            rows.append(
                ParagraphDiff(
                    olds[i], news[j], tuple(diff_text(old[olds[i]], new[news[j]], language))
                )
            )
        elif i is not None:
            rows.append(ParagraphDiff(olds[i], None, (Op(DELETE, old[olds[i]]),)))
        elif j is not None:
            rows.append(ParagraphDiff(None, news[j], (Op(INSERT, new[news[j]]),)))
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
