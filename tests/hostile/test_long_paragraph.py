"""A file of one huge paragraph, no line breaks, as real files come: checking it must grow
with its length, not with its length squared (3 MB against 5 MB did not end in 300 s). Pure:
no Qt."""

from __future__ import annotations

import cProfile
import pstats

from reader.core.checks.run import check_version
from reader.core.model import Direction, Origin, Paragraph, Role, Version
from tests.hostile.corpus import SAMPLE


def _one_paragraph(language: str, size: int, direction: Direction) -> Version:
    """The sample's version in ``language`` run into one line and repeated to ``size``
    characters."""
    line = " ".join((SAMPLE / f"{language}.txt").read_text(encoding="utf-8").split())
    text = " ".join([line] * (size // len(line) + 1))
    origin = Origin.ORIGINAL if language == "id" else Origin.MACHINE
    return Version(language, origin, (Paragraph(Role.BODY, text, direction),))


def _calls(size: int) -> int:
    """Python calls the checks of an Indonesian paragraph of ``size`` characters against its
    Arabic make: counted, so the bound does not depend on the machine's load."""
    source = _one_paragraph("id", size, Direction.LTR)
    translation = _one_paragraph("ar", size, Direction.RTL)
    profiler = cProfile.Profile()
    profiler.runcall(check_version, source, translation)
    return int(pstats.Stats(profiler).total_calls)  # type: ignore[attr-defined]


def test_a_paragraph_twice_as_long_costs_about_twice_as_much() -> None:
    _calls(20_000)  # the lexicons and tables every check loads once a process
    shorter, longer = _calls(150_000), _calls(300_000)
    # Linear work doubles; each finding reading the paragraph again (the acronyms' names, the
    # agencies, the months beside each day) made it 3.5 times as much.
    assert longer < 2.5 * shorter
