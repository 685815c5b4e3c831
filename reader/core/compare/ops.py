"""What a difference is: operations on text, and what can be read off a list of them.

A difference from an old text to a new one is a list of operations, each an ``equal``,
``insert`` or ``delete`` of some text: the equal and deleted texts concatenated give the old
text exactly, the equal and inserted texts the new one (``old_text``, ``new_text``).
``reader.core.compare.words`` makes them; the window, ``reader diff`` and the benchmark read
them through this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from reader.core.text.tokens import is_wordlike, kind_of, token_texts


class DiffOp(StrEnum):
    """What an operation does; its value is what ``reader diff --json`` writes."""

    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


@dataclass(frozen=True)
class Op:
    """One operation of a difference: ``equal``, ``insert`` or ``delete`` of ``text``.

    ``minor`` marks a delete/insert pair whose words are equal by comparison key: they differ
    only in Arabic vowel marks, tatweel or Unicode normalisation.
    """

    op: DiffOp
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


_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


def old_text(ops: Iterable[Op]) -> str:
    """The old text a difference was made from: its equal and deleted texts."""
    return "".join(op.text for op in ops if op.op is not DiffOp.INSERT)


def new_text(ops: Iterable[Op]) -> str:
    """The new text a difference was made from: its equal and inserted texts."""
    return "".join(op.text for op in ops if op.op is not DiffOp.DELETE)


def summarize(ops: Sequence[Op], paragraphs_changed: int | None = None) -> DiffSummary:
    """Count the words inserted and deleted, the minor changes, and the paragraphs changed.

    Minor changes (vowel marks, tatweel) are counted apart, not as words inserted or deleted.
    ``paragraphs_changed`` is given by a caller that compared paragraph by paragraph
    (``reader.core.compare.paragraphs``); else the paragraphs are the blank-line-separated
    blocks of the texts, walked in step.
    """
    if paragraphs_changed is None:
        paragraphs_changed = _paragraphs_changed(ops)
    inserted = deleted = minor = 0
    for op in ops:
        if op.op is DiffOp.INSERT and not op.minor:
            inserted += _words(op.text)
        elif op.op is DiffOp.DELETE:
            if op.minor:
                minor += _words(op.text) or 1
            else:
                deleted += _words(op.text)
    return DiffSummary(
        words_inserted=inserted,
        words_deleted=deleted,
        paragraphs_changed=paragraphs_changed,
        minor_changes=minor,
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
        if op.op is DiffOp.EQUAL:
            unchanged += _whole_words_in(old_words, new_words, at_old, at_new, len(op.text))
        if op.op is not DiffOp.INSERT:
            at_old += len(op.text)
        if op.op is not DiffOp.DELETE:
            at_new += len(op.text)
    return len(old_words) + len(new_words) - 2 * unchanged


# -- counting ------------------------------------------------------------------------------------


def _words(text: str) -> int:
    return sum(is_wordlike(kind_of(piece)) for piece in token_texts(text))


def _word_spans(text: str) -> dict[int, int]:
    """start → end of every word-like token of ``text``."""
    spans: dict[int, int] = {}
    position = 0
    for piece in token_texts(text):
        if is_wordlike(kind_of(piece)):
            spans[position] = position + len(piece)
        position += len(piece)
    return spans


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
        if op.op is not DiffOp.EQUAL:
            touched.add((old_paragraph, new_paragraph))
        if op.op is not DiffOp.INSERT:
            old_paragraph += breaks
        if op.op is not DiffOp.DELETE:
            new_paragraph += breaks
    return len(touched)
