"""Token-level operations tidied into operations a reader can follow.

The word-level difference (``reader.core.compare.words``) first matches tokens one by one; this
module merges them into changes, takes a lone space between two changes into them, and moves
bare spaces out of the edges of a change where both texts allow, so that a change starts and
ends at its words. Spaces are moved only as whole tokens (``reader.core.text.tokens``): a
change never starts or ends inside a word, so an Arabic word is marked whole and its letters
stay joined.
"""

from __future__ import annotations

import unicodedata

from reader.core.compare.ops import DiffOp, Op
from reader.core.text.tokens import TokenKind, kind_of, token_texts

# An operation on one token (or a few), before tidying: (op, text, minor).
Primitive = tuple[DiffOp, str, bool]


def tidy(primitives: list[Primitive]) -> list[Op]:
    """Operations a reader can follow: changes merged, lone spaces between two changes taken
    into them, and spaces at the edges of a change moved outside it where the texts allow."""
    groups = _runs(primitives)
    groups = _absorb_spaces(groups)
    ops: list[Op] = []
    for group in groups:
        ops += _normalise(group)
    ops = _shift_spaces(ops)
    return _merge_equal(ops)


def _runs(primitives: list[Primitive]) -> list[list[Primitive]]:
    """Consecutive primitives grouped: each equal run is one group, each change run another."""
    groups: list[list[Primitive]] = []
    for primitive in primitives:
        is_equal = primitive[0] is DiffOp.EQUAL
        if groups and (groups[-1][0][0] is DiffOp.EQUAL) == is_equal:
            groups[-1].append(primitive)
        else:
            groups.append([primitive])
    return groups


def _is_lone_space(group: list[Primitive]) -> bool:
    text = "".join(p[1] for p in group)
    return group[0][0] is DiffOp.EQUAL and text.isspace() and "\n" not in text


def _absorb_spaces(groups: list[list[Primitive]]) -> list[list[Primitive]]:
    """A single space kept equal between two changes of the same kind (both minor or both not)
    reads as noise ("[-a-]{+b+} [-c-]{+d+}"): make it part of one change."""
    result: list[list[Primitive]] = []
    index = 0
    while index < len(groups):
        group = groups[index]
        if (
            result
            and index + 1 < len(groups)
            and _is_lone_space(group)
            and result[-1][0][0] is not DiffOp.EQUAL
            and _all_minor(result[-1]) == _all_minor(groups[index + 1])
        ):
            minor = _all_minor(result[-1])
            space = "".join(p[1] for p in group)
            result[-1] = [
                *result[-1],
                (DiffOp.DELETE, space, minor),
                (DiffOp.INSERT, space, minor),
                *groups[index + 1],
            ]
            index += 2
            continue
        result.append(group)
        index += 1
    return result


def _all_minor(group: list[Primitive]) -> bool:
    return all(p[2] for p in group)


def _normalise(group: list[Primitive]) -> list[Op]:
    """One group as operations: an equal run as one op; a change run as one delete and one
    insert, or, when it mixes minor and real changes, one such pair per stretch of each."""
    if group[0][0] is DiffOp.EQUAL:
        return [Op(DiffOp.EQUAL, "".join(p[1] for p in group))]
    ops: list[Op] = []
    stretch: list[Primitive] = []
    for primitive in [*group, (DiffOp.EQUAL, "", not group[-1][2])]:  # sentinel flushes the last
        if stretch and primitive[2] != stretch[0][2]:
            minor = stretch[0][2]
            deleted = "".join(p[1] for p in stretch if p[0] is DiffOp.DELETE)
            inserted = "".join(p[1] for p in stretch if p[0] is DiffOp.INSERT)
            ops += [Op(DiffOp.DELETE, deleted, minor)] if deleted else []
            ops += [Op(DiffOp.INSERT, inserted, minor)] if inserted else []
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
        if before.op is DiffOp.EQUAL and change.op is not DiffOp.EQUAL and after.op is DiffOp.EQUAL:
            ops[index - 1 : index + 2] = _rotate(before, change, after)
    return _factor_replacements(ops)


def _rotate(before: Op, change: Op, after: Op) -> list[Op]:
    """``x| w word|w y`` → ``x w|word w|y`` for a leading space ``w`` that also opens ``after``."""
    lead = _leading_space(change.text)
    if lead and lead != change.text and _leading_space(after.text) == lead:
        return [
            Op(DiffOp.EQUAL, before.text + lead),
            Op(change.op, change.text[len(lead) :] + lead, change.minor),
            Op(DiffOp.EQUAL, after.text[len(lead) :]),
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
    return piece if kind_of(piece) is TokenKind.SPACE and "\n" not in piece else ""


def _factor_replacements(ops: list[Op]) -> list[Op]:
    """A delete and an insert that both start (or both end) with the same whole space: that
    space is unchanged, so it moves out into the equal text beside them."""
    result: list[Op] = []
    index = 0
    while index < len(ops):
        if (
            index + 1 < len(ops)
            and ops[index].op is DiffOp.DELETE
            and ops[index + 1].op is DiffOp.INSERT
        ):
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
        *([Op(DiffOp.EQUAL, lead)] if lead else []),
        Op(DiffOp.DELETE, core_deleted, deleted.minor),
        Op(DiffOp.INSERT, core_inserted, inserted.minor),
        *([Op(DiffOp.EQUAL, trail)] if trail else []),
    ]


def _merge_equal(ops: list[Op]) -> list[Op]:
    """Adjacent equal operations joined; empty operations dropped."""
    result: list[Op] = []
    for op in ops:
        if not op.text:
            continue
        if result and op.op is DiffOp.EQUAL and result[-1].op is DiffOp.EQUAL:
            result[-1] = Op(DiffOp.EQUAL, result[-1].text + op.text)
        else:
            result.append(op)
    return result
