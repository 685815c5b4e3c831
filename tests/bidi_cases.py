"""Unicode's bidi conformance cases (BidiCharacterTest) as Reader's terminal output is judged on.

Shared by ``tests/test_terminal_bidi.py`` and ``bench/terminal_bidi.py``; not part of the product.
The committed selection and where it comes from: ``tests/data/bidi/README.md``.
"""

from __future__ import annotations

import gzip
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUBSET = Path(__file__).resolve().parent / "data" / "bidi" / "BidiCharacterTest-17.0.0-subset.txt"
SOURCE = "https://www.unicode.org/Public/17.0.0/ucd/BidiCharacterTest.txt"
# Explicit embedding, override and isolate controls: Reader shows them as markers instead.
EXPLICIT = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@dataclass(frozen=True)
class Case:
    """One line of BidiCharacterTest.txt: a paragraph, which is also one line."""

    line: str
    text: str
    direction: int  # asked for: 0 left-to-right, 1 right-to-left, 2 auto (rules P2-P3)
    paragraph_level: int  # resolved
    levels: tuple[int | None, ...]  # None: removed by rule X9
    order: tuple[int, ...]  # display order, left to right, removed characters left out

    @property
    def explicit(self) -> bool:
        return any(ch in EXPLICIT for ch in self.text)

    @property
    def removed(self) -> frozenset[int]:
        return frozenset(i for i, level in enumerate(self.levels) if level is None)

    def terminal_order(self) -> list[int]:
        """The display order with rule L3 as a terminal needs it, which the file leaves out:
        a combining mark after the character it follows (at right-to-left levels the file's
        order puts it before)."""
        return marks_after_base(list(self.order), self.text)


def read_cases(path: Path = SUBSET) -> Iterator[Case]:
    """The cases of a BidiCharacterTest file (plain or gzipped), comments skipped."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for raw in lines:
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            points, direction, paragraph, levels, order = line.split(";")
            yield Case(
                line=line,
                text="".join(chr(int(point, 16)) for point in points.split()),
                direction=int(direction),
                paragraph_level=int(paragraph),
                levels=tuple(None if level == "x" else int(level) for level in levels.split()),
                order=tuple(int(index) for index in order.split()),
            )


def marks_after_base(order: list[int], text: str) -> list[int]:
    """``order`` with each combining mark and the character before it shown together, that
    character first."""
    base: list[int] = []
    for index, ch in enumerate(text):
        mark = index > 0 and unicodedata.category(ch) in ("Mn", "Mc", "Me")
        base.append(base[-1] if mark else index)
    result: list[int] = []
    start = 0
    while start < len(order):
        end = start + 1
        while end < len(order) and base[order[end]] == base[order[start]]:
            end += 1
        result += sorted(order[start:end])
        start = end
    return result


def cuts(case: Case) -> Iterator[int]:
    """Where the case may be cut into two lines without rule L1 setting anything of the first
    apart from the paragraph (no whitespace or separator at its end) and without cutting a
    mark from its letter: then each line shows its characters in the order the whole case
    shows them."""
    whitespace = {"WS", "BN", "S", "B", "LRI", "RLI", "FSI", "PDI"}
    for cut in range(1, len(case.text)):
        if (
            unicodedata.bidirectional(case.text[cut - 1]) not in whitespace
            and unicodedata.category(case.text[cut]) != "Mn"
        ):
            yield cut


def cut_orders(case: Case, cut: int) -> list[list[int]]:
    """The display order of the two lines of ``case`` cut at ``cut`` (see ``cuts``)."""
    order = case.terminal_order()
    return [[i for i in order if i < cut], [i for i in order if i >= cut]]
