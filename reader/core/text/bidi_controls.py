"""Bidi embedding, override and isolate controls: found, named, and kept from acting.

Qt honours these characters (U+202A–U+202E, U+2066–U+2069): an unbalanced RIGHT-TO-LEFT
OVERRIDE showed "2019" as "9102" and "Kremlin.ru" as "ur.nilmerK". A file must not rearrange
what the reader sees, so the view shows each one as a visible marker instead of obeying it.
LRM, RLM and ALM are ordinary marks that only nudge neutral characters; they stay.
"""

from __future__ import annotations

import re

from reader.core.text.words import preview

CONTROL_NAMES: dict[str, str] = {
    "\u202a": "LRE",
    "\u202b": "RLE",
    "\u202c": "PDF",
    "\u202d": "LRO",
    "\u202e": "RLO",
    "\u2066": "LRI",
    "\u2067": "RLI",
    "\u2068": "FSI",
    "\u2069": "PDI",
}


_CONTROL = re.compile(f"[{''.join(CONTROL_NAMES)}]")
# What ``reveal`` replaces: bidi controls, and C0/C1 controls but for line feed and tab.
_UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{''.join(CONTROL_NAMES)}]")


def has_controls(text: str) -> bool:
    """True when ``text`` holds any embedding, override or isolate control."""
    return _CONTROL.search(text) is not None


def split_controls(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into runs: (plain text, False) and (one control character, True)."""
    if not has_controls(text):  # the usual case, at C speed
        return [(text, False)] if text else []
    runs: list[tuple[str, bool]] = []
    start = 0
    for index, ch in enumerate(text):
        if ch in CONTROL_NAMES:
            if index > start:
                runs.append((text[start:index], False))
            runs.append((ch, True))
            start = index + 1
    if start < len(text):
        runs.append((text[start:], False))
    return runs


def marker(control: str) -> str:
    """The visible stand-in for a control character, e.g. "⟨RLO⟩"."""
    return f"\u27e8{CONTROL_NAMES[control]}\u27e9"


def _is_terminal_control(ch: str) -> bool:
    # C0 and C1 controls (ESC starts terminal escape sequences: screen clears, title changes),
    # except the line breaks and tabs that plain text is made of.
    code = ord(ch)
    return (code < 0x20 or 0x7F <= code < 0xA0) and ch not in "\n\t"


def reveal(text: str) -> str:
    """``text`` safe to show where nothing else guards it (a window title, a label, a
    terminal): bidi controls as markers, other control characters as ``\\xNN``."""
    if _UNSAFE.search(text) is None:
        return text
    return "".join(
        marker(ch)
        if ch in CONTROL_NAMES
        else f"\\x{ord(ch):02x}"
        if _is_terminal_control(ch)
        else ch
        for ch in text
    )


def revealed_line(text: str, width: int) -> str:
    """``text`` (untrusted) as one line of at most ``width`` characters to show as it is: runs
    of white space, line breaks among them, as one space; controls revealed (``reveal``); the
    rest elided (``preview``)."""
    return preview(reveal(" ".join(text.split())), width)
