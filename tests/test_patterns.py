"""reader.core.text.patterns: an expression compiled at its first use behaves as compiled."""

from __future__ import annotations

import re

import pytest

from reader.core.text.patterns import lazy


def test_a_lazy_pattern_is_compiled_at_its_first_use_and_matches_as_compiled() -> None:
    source, text = r"(?P<n>\d+)\s?persen", "naik 12 PERSEN dan 3 persen"
    pattern = lazy(source, re.IGNORECASE)
    assert "search" not in vars(pattern)  # nothing compiled at import
    compiled = re.compile(source, re.IGNORECASE)
    assert pattern.search(text)[0] == compiled.search(text)[0]  # type: ignore[index]
    assert "search" in vars(pattern)  # compiled once, its methods now the pattern's own
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert pattern.findall(text) == compiled.findall(text)
    assert pattern.sub("#", text) == compiled.sub("#", text)
    assert pattern.fullmatch("7 persen") is not None
    assert pattern.match("naik") is None
    assert pattern.pattern == source and pattern.flags == compiled.flags
    assert pattern.groupindex == {"n": 1}


def test_a_lazy_pattern_that_does_not_compile_fails_at_its_first_use() -> None:
    pattern = lazy(r"(unclosed")
    with pytest.raises(re.error):
        pattern.search("x")
