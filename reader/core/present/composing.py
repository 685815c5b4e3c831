"""Putting translated sentences and phrases together, the way a translator can follow: each part
a whole message, joined by a separator that is a message of its own."""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.i18n import _


def sentences(*parts: str) -> str:
    """Whole sentences one after the other (empty ones left out)."""
    return _(" ").join(part for part in parts if part)


def listing(items: Sequence[str]) -> str:
    """Phrases as a list: "a", "a and b", "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return _("{items} and {last}").format(items=_(", ").join(items[:-1]), last=items[-1])
