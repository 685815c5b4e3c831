"""Regular expressions compiled when first used, not when their module is imported.

The text layer holds many expressions (cues, numerals, idioms, word shapes) that a given run
may never reach: ``reader`` opening its window reads numerals only, and ``reader diff`` none.
Compiling one costs about as much as importing a small module (Python's ``re`` parses and
optimises it in Python), so compiling them all at import was a large share of start-up.

``lazy(source, flags)`` stands where ``re.compile(source, flags)`` stood, under the same name:
the expression is compiled at the first use of any of its attributes, which then become the
compiled pattern's own (bound C methods, so later calls cost what a compiled pattern's do).
"""

from __future__ import annotations

import re
from typing import Any, cast

# What the first use copies from the compiled pattern onto the stand-in.
_ATTRIBUTES = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class _Lazy:
    """A pattern's stand-in until its first use (see the module docstring)."""

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Called only for attributes the instance does not have yet: the first use.
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(self._source, self._flags)
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._source!r}, {self._flags!r})"


def lazy(source: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, compiled at its first use."""
    return cast("re.Pattern[str]", _Lazy(source, int(flags)))
