"""Locale data from CLDR, through Babel, loaded on first use: no Babel module is imported until
a number needs it (the window's start-up never does)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale


@functools.lru_cache(maxsize=128)
def locale_for(language: str) -> Locale | None:
    """Babel's locale for a BCP 47 tag (``pt-PT``, else its language ``pt``), or None for a
    language CLDR does not know."""
    from babel import Locale, UnknownLocaleError

    tag = language.replace("-", "_")
    for candidate in dict.fromkeys((tag, tag.split("_")[0])):
        if not candidate:
            continue
        try:
            return Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
    return None
