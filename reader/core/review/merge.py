"""Three-way merge of two reviews of one article that grew apart from a common base: two
windows, or two machines on a shared folder, each saving its own.

Each entry (a paragraph's status, a note, a dismissal, a revision's finish) merges on its own:
a side that did not change it takes the other's change; when both changed it differently, the
later change (by its time) is kept and the clash is reported, so that nothing is overwritten
without a word. Notes are a set: both sides' new notes are kept, a note deleted on one side
is gone.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from reader.core.review.model import Dismissal, Mark, Note, Review, VersionReview

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


@dataclass(frozen=True)
class Clash:
    """An entry both sides changed differently: the version, the paragraph (None for the
    revision's finish), and what (``status``, ``dismissal``, ``finished``)."""

    version: str
    paragraph: int | None
    what: str


@dataclass(frozen=True)
class Merged:
    review: Review
    clashes: tuple[Clash, ...]


def _merge_entries(
    base: Mapping[K, V],
    mine: Mapping[K, V],
    theirs: Mapping[K, V],
    later: Callable[[V | None, V | None], V | None],
    clashed: Callable[[K], None],
) -> dict[K, V]:
    merged: dict[K, V] = {}
    for key in dict.fromkeys([*base, *mine, *theirs]):
        b, m, t = base.get(key), mine.get(key), theirs.get(key)
        if m == t or t == b:
            value = m
        elif m == b:
            value = t
        else:
            value = later(m, t)
            clashed(key)
        if value is not None:
            merged[key] = value
    return merged


def _later_of(mine: V | None, theirs: V | None, at: Callable[[V], str]) -> V | None:
    """The later of two clashing changes; a change beats a removal (nothing is lost)."""
    if mine is None or theirs is None:
        return mine if theirs is None else theirs
    return theirs if at(theirs) > at(mine) else mine


def _flat_notes(notes: Mapping[int, tuple[Note, ...]]) -> dict[tuple[int, Note], Note]:
    return {(paragraph, note): note for paragraph, thread in notes.items() for note in thread}


def _version(
    name: str, base: VersionReview, mine: VersionReview, theirs: VersionReview, clashes: list[Clash]
) -> VersionReview:
    def mark_at(mark: Mark) -> str:
        return mark.at

    def dismissal_at(dismissal: Dismissal) -> str:
        return dismissal.at

    marks = _merge_entries(
        base.marks,
        mine.marks,
        theirs.marks,
        lambda m, t: _later_of(m, t, mark_at),
        lambda paragraph: clashes.append(Clash(name, paragraph, "status")),
    )
    dismissals = _merge_entries(
        base.dismissals,
        mine.dismissals,
        theirs.dismissals,
        lambda m, t: _later_of(m, t, dismissal_at),
        lambda key: clashes.append(Clash(name, key.paragraph, "dismissal")),
    )
    flat = _merge_entries(
        _flat_notes(base.notes),
        _flat_notes(mine.notes),
        _flat_notes(theirs.notes),
        lambda m, t: m or t,  # one note is never changed, only added or removed
        lambda key: None,
    )
    notes: dict[int, list[Note]] = {}
    for paragraph, note in flat:
        notes.setdefault(paragraph, []).append(note)
    finished = _merge_entries(
        {0: base.finished} if base.finished else {},
        {0: mine.finished} if mine.finished else {},
        {0: theirs.finished} if theirs.finished else {},
        lambda m, t: _later_of(m, t, lambda f: f.at),
        lambda key: clashes.append(Clash(name, None, "finished")),
    )
    return VersionReview(
        marks=marks,
        notes={p: tuple(sorted(thread)) for p, thread in sorted(notes.items())},
        dismissals=dismissals,
        finished=finished.get(0),
    )


def merge(base: Review, mine: Review, theirs: Review) -> Merged:
    """``mine`` and ``theirs``, both grown from ``base``, as one review."""
    clashes: list[Clash] = []
    versions = {
        name: _version(name, base.of(name), mine.of(name), theirs.of(name), clashes)
        for name in dict.fromkeys([*mine.versions, *theirs.versions])
    }
    return Merged(Review(versions), tuple(clashes))
