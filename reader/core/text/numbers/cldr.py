"""Locale data from CLDR, through Babel, loaded on first use: no Babel module is imported until
a number needs it (the window's start-up never does)."""

from __future__ import annotations

import functools
import re
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


@functools.lru_cache(maxsize=128)
def month_before_day(language: str) -> bool:
    """Whether the language writes a date in digits month first (CLDR's short date: ``M/d/yy``
    in English, ``y/M/d`` in Chinese and Japanese; ``d/M/y`` in Indonesian, French, Arabic)."""
    locale = locale_for(language)
    if locale is None:
        return False
    pattern = str(locale.date_formats["short"].pattern)
    return 0 <= pattern.find("M") < pattern.find("d")


@functools.lru_cache(maxsize=64)
def at_time_words(language: str) -> str | None:
    """The words that put a clock time after a date in ``language`` (CLDR's "atTime" date-time
    pattern, ``{1} 'at' {0}``): English "at", French "à", Indonesian "pukul", German "um",
    Italian "alle ore"; None where CLDR writes none (the time follows a comma)."""
    locale = locale_for(language)
    if locale is None:
        return None
    data = locale._data
    relative = data.get("datetime_formats_relative", {})
    pattern = str(relative.get("long") or relative.get("full") or "")
    words = re.findall(r"'([^']+)'", pattern)
    return " ".join(words) if words else None
