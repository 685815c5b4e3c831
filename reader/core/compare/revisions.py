"""Two revisions of one language compared for the window: rows, marks and stops, no Qt.

``reader.core.compare.paragraphs`` finds the word-level difference paragraph by paragraph; this
module turns it into what the two panes need: a paragraph alignment (so the panes stay level), the character ranges to mark in each
pane (whole words: the diff never cuts inside a word), the changes to step through, and the
single-pane "inline" text that shows both revisions in one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reader.core.align.aligner import Alignment, Bead
from reader.core.compare.ops import DiffOp, DiffSummary, Op
from reader.core.compare.paragraphs import ParagraphDiff, diff_paragraphs, summarize_rows
from reader.core.model import Paragraph, Version


@dataclass(frozen=True)
class Mark:
    """Characters ``start:end`` of ``paragraph`` on one side, deleted, inserted or minor."""

    paragraph: int
    start: int
    end: int
    op: DiffOp
    minor: bool = False


@dataclass(frozen=True)
class Stop:
    """One change to step to: where it lies in the old and the new revision (either may be
    missing: a paragraph added or removed whole)."""

    old: Mark | None
    new: Mark | None


@dataclass(frozen=True)
class Comparison:
    """Everything the window shows for ``old`` against ``new``."""

    old: Version
    new: Version
    rows: tuple[ParagraphDiff, ...]
    alignment: Alignment  # old paragraphs as the source side, new as the target side
    old_marks: tuple[Mark, ...]
    new_marks: tuple[Mark, ...]
    stops: tuple[Stop, ...]
    summary: DiffSummary


def _row_marks(row: ParagraphDiff) -> tuple[list[Mark], list[Mark], list[Stop]]:
    """Marks on each side and the stops of one row; consecutive changes form one stop."""
    old_marks: list[Mark] = []
    new_marks: list[Mark] = []
    stops: list[Stop] = []
    at_old = at_new = 0
    pending: list[Mark | None] = [None, None]
    for op in [*row.ops, Op(DiffOp.EQUAL, "")]:
        if op.op is DiffOp.DELETE and row.old_index is not None:
            mark = Mark(row.old_index, at_old, at_old + len(op.text), op.op, op.minor)
            old_marks.append(mark)
            pending[0] = pending[0] or mark
        elif op.op is DiffOp.INSERT and row.new_index is not None:
            mark = Mark(row.new_index, at_new, at_new + len(op.text), op.op, op.minor)
            new_marks.append(mark)
            pending[1] = pending[1] or mark
        elif op.op is DiffOp.EQUAL and (pending[0] or pending[1]):
            stops.append(Stop(pending[0], pending[1]))
            pending = [None, None]
        at_old += len(op.text) if op.op is not DiffOp.INSERT else 0
        at_new += len(op.text) if op.op is not DiffOp.DELETE else 0
    return old_marks, new_marks, stops


def compare_revisions(old: Version, new: Version) -> Comparison:
    """Compare revision ``old`` with revision ``new`` of one language, paragraph by paragraph."""
    rows = tuple(
        diff_paragraphs([p.text for p in old.paragraphs], [p.text for p in new.paragraphs])
    )
    beads = []
    old_marks: list[Mark] = []
    new_marks: list[Mark] = []
    stops: list[Stop] = []
    for row in rows:
        source = (row.old_index,) if row.old_index is not None else ()
        target = (row.new_index,) if row.new_index is not None else ()
        beads.append(Bead(source, target, 1.0 if source and target else 0.5))
        row_old, row_new, row_stops = _row_marks(row)
        old_marks += row_old
        new_marks += row_new
        stops += row_stops
    return Comparison(
        old=old,
        new=new,
        rows=rows,
        alignment=Alignment(tuple(beads)),
        old_marks=tuple(old_marks),
        new_marks=tuple(new_marks),
        stops=tuple(stops),
        summary=summarize_rows(rows),
    )


PARAGRAPH_BREAK = "\n\n"


def revision_ops(comparison: Comparison) -> list[Op]:
    """The comparison as one difference: the rows' words, paragraphs apart by a blank line, so
    that the equal and deleted texts give the old version's paragraphs joined by blank lines,
    and the equal and inserted texts the new one's (``reader diff``; the window shows the rows).
    A break is equal where both sides go on, deleted or inserted with a paragraph of one side."""
    ops: list[Op] = []
    old_seen = new_seen = False
    for row in comparison.rows:
        old_break = row.old_index is not None and old_seen
        new_break = row.new_index is not None and new_seen
        if old_break and new_break:
            ops.append(Op(DiffOp.EQUAL, PARAGRAPH_BREAK))
        elif old_break:
            ops.append(Op(DiffOp.DELETE, PARAGRAPH_BREAK))
        elif new_break:
            ops.append(Op(DiffOp.INSERT, PARAGRAPH_BREAK))
        ops += row.ops
        old_seen = old_seen or row.old_index is not None
        new_seen = new_seen or row.new_index is not None
    return _merged(ops)


def _merged(ops: list[Op]) -> list[Op]:
    """Neighbouring ops of one kind (and minor flag) as one, as ``diff_text`` gives them."""
    merged: list[Op] = []
    for op in ops:
        if not op.text:
            continue
        if merged and (merged[-1].op, merged[-1].minor) == (op.op, op.minor):
            merged[-1] = replace(merged[-1], text=merged[-1].text + op.text)
        else:
            merged.append(op)
    return merged


def inline_version(comparison: Comparison) -> tuple[Version, tuple[Mark, ...]]:
    """Both revisions in one text: each new paragraph with the deleted words kept in place
    before the inserted ones, and the marks that tell them apart."""
    paragraphs: list[Paragraph] = []
    marks: list[Mark] = []
    for index, row in enumerate(comparison.rows):
        template = (
            comparison.new.paragraphs[row.new_index]
            if row.new_index is not None
            else comparison.old.paragraphs[row.old_index or 0]
        )
        pieces: list[str] = []
        position = 0
        previous: Op | None = None
        for op in row.ops:
            if _needs_gap(previous, op):
                # "برساما" deleted right before "مع" inserted: shown glued, the two words' letters
                # would join into one; a space keeps them apart (display only).
                pieces.append(" ")
                position += 1
            if op.op is not DiffOp.EQUAL:
                marks.append(Mark(index, position, position + len(op.text), op.op, op.minor))
            pieces.append(op.text)
            position += len(op.text)
            previous = op
        paragraphs.append(replace(template, text="".join(pieces)))
    return replace(comparison.new, paragraphs=tuple(paragraphs)), tuple(marks)


def _needs_gap(previous: Op | None, op: Op) -> bool:
    """Whether a deletion and an insertion meet with no space between them."""
    return (
        previous is not None
        and {previous.op, op.op} == {DiffOp.DELETE, DiffOp.INSERT}
        and bool(previous.text and op.text)
        and not previous.text[-1].isspace()
        and not op.text[0].isspace()
    )
