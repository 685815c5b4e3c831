"""Text for a terminal: display width, wrapping, right-to-left lines, colour.

Most terminals neither shape Arabic nor reorder right-to-left text: they put each character in
the next cell, left to right, so logical Arabic shows reversed and unjoined. For them Reader
prints *visual* text: each paragraph is wrapped in logical order (by display width), then each
line is shaped into presentation forms (arabic-reshaper, vowel marks kept) and reordered for
display (the Unicode bidi algorithm's levels, from python-bidi), brackets mirrored, and a
right-to-left line padded so that it ends at the right edge.

Terminals that run the bidi algorithm themselves want *logical* text instead (``--logical``):
mlterm, Konsole and PuTTY's pterm (each reorders every line with its own paragraph-direction
guess; mlterm and Konsole also shape Arabic), and GNOME Terminal and the other VTE terminals
since VTE 0.57.3 / GNOME Terminal 3.34 (2019), which reorder by default with a left-to-right
paragraph direction unless an application asks otherwise. Printing visual text to those would
reorder it a second time.

Styled text is a list of runs ``(text, style)``; a style names what the text is ("delete",
"insert", "title"...) and is drawn in colour, or, without colour, with wdiff's markers
(``[-deleted-]``, ``{+inserted+}``). Runs are cut only at token boundaries (reader.core.compare.diff), so
shaping each run on its own never breaks a join inside a word.

No Qt here.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import IO

from reader.core.compare.diff import Op
from reader.core.model import Direction
from reader.core.text.bidi_controls import reveal
from reader.core.text.direction import paragraph_direction
from reader.core.text.tokens import tokenize

Run = tuple[str, str | None]

# ANSI SGR codes for each style, and the markers used instead when colour is off.
_COLOURS = {
    "delete": "31;9",  # red, struck through
    "insert": "32",  # green
    "minor-delete": "33;9",  # yellow, struck through: vowel marks or tatweel only
    "minor-insert": "33",
    "title": "1",  # bold
    "caption": "2",  # faint
    "banner": "1;7",  # bold, reversed
    "note": "2",
}
_MARKERS = {
    "delete": ("[-", "-]"),
    "insert": ("{+", "+}"),
    "minor-delete": ("[~", "~]"),
    "minor-insert": ("{~", "~}"),
}
_RESET = "\x1b[0m"

# Mirrored glyphs for characters at a right-to-left level (UAX #9 rule L4): python-bidi 0.6's
# get_display does not mirror. Its own table when present, else the common pairs.
_COMMON_MIRRORS = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))


@dataclass(frozen=True)
class Rendering:
    """How to print: visual order (for terminals without bidi) or logical, colour or markers."""

    width: int = 80
    visual: bool = True
    color: bool = False


def write_lines(lines: Iterable[str], stream: IO[str]) -> None:
    """Print ``lines``; a reader that stops early (``| head``) ends the output quietly."""
    try:
        for line in lines:
            stream.write(line + "\n")
        stream.flush()
    except BrokenPipeError:
        # Python would complain again when it flushes at exit: point stdout at nothing.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())


# -- width ---------------------------------------------------------------------------------------


def char_width(ch: str) -> int:
    """Cells one character takes: 2 for wide East Asian characters, 0 for combining marks and
    format characters (ZWJ, ZWNJ, marks of direction), 1 otherwise."""
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(text: str) -> int:
    """Cells ``text`` takes in a terminal."""
    if text.isascii():
        return len(text)
    return sum(map(char_width, text))


# -- colour --------------------------------------------------------------------------------------


def use_color(choice: str, stream: IO[str]) -> bool:
    """Whether to colour output: ``always``, ``never``, or ``auto`` (a terminal, and NO_COLOR not
    set: https://no-color.org)."""
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _styled(text: str, style: str | None, color: bool) -> str:
    if not style or not text:
        return text
    if color:
        code = _COLOURS.get(style)
        return f"\x1b[{code}m{text}{_RESET}" if code else text
    return text


def with_markers(runs: Iterable[Run]) -> list[Run]:
    """Runs with wdiff's markers around changes, for output without colour."""
    result: list[Run] = []
    for text, style in runs:
        if style in _MARKERS and text:
            opening, closing = _MARKERS[style]
            result += [(opening, style), (text, style), (closing, style)]
        else:
            result.append((text, style))
    return result


# -- paragraphs ----------------------------------------------------------------------------------


def neutralise(text: str) -> str:
    """Bidi controls shown as visible markers (``⟨RLO⟩``) and escape sequences as ``\\x1b``:
    a file must not rearrange or take over what the terminal shows (RTL.md, "Untrusted text")."""
    return reveal(text)


def render_paragraph(runs: Sequence[Run], rtl: bool, rendering: Rendering) -> list[str]:
    """One paragraph as terminal lines: wrapped to the width; in visual mode shaped, reordered
    and (right-to-left) aligned to the right edge."""
    runs = [(neutralise(text), style) for text, style in runs if text]
    if not rendering.color:
        runs = with_markers(runs)
    if rendering.visual:
        runs = [(shape(text), style) for text, style in runs]
    text = "".join(t for t, _ in runs)
    styles = [style for t, style in runs for _ in t]
    lines: list[str] = []
    for start, end in wrap(text, rendering.width):
        lines.append(_line(text[start:end], styles[start:end], rtl, rendering))
    return lines


def _line(text: str, styles: list[str | None], rtl: bool, rendering: Rendering) -> str:
    if rendering.visual:
        levels = _levels(text, rtl)
        order = _order(text, levels)
        chars = [_mirror(text[i]) if levels[i] % 2 else text[i] for i in order]
        styles = [styles[i] for i in order]
        text = "".join(chars)
    out = "".join(_styled(ch, style, rendering.color) for ch, style in _merge(text, styles))
    if rendering.visual and rtl:
        out = " " * max(0, rendering.width - display_width(text)) + out
    return out


def _merge(text: str, styles: list[str | None]) -> list[tuple[str, str | None]]:
    """Consecutive characters of one style gathered, so each run gets one colour code."""
    merged: list[tuple[str, str | None]] = []
    for ch, style in zip(text, styles, strict=True):
        if merged and merged[-1][1] == style:
            merged[-1] = (merged[-1][0] + ch, style)
        else:
            merged.append((ch, style))
    return merged


def diff_lines(ops: Iterable[Op], language: str, rendering: Rendering) -> list[str]:
    """A difference as terminal lines: both texts in one (deletions before insertions), each
    line of the text a paragraph with its own direction (from the language and a bidi probe)."""
    lines: list[str] = []
    for runs in _split_lines(ops):
        plain = "".join(text for text, _ in runs)
        if not plain.strip():
            lines.append("")
            continue
        rtl = paragraph_direction(plain, language) is Direction.RTL
        lines += render_paragraph(runs, rtl, rendering)
    return lines


def _split_lines(ops: Iterable[Op]) -> list[list[Run]]:
    """Runs of each line of the inline text (a change spanning lines is cut at each break)."""
    lines: list[list[Run]] = [[]]
    for op in ops:
        style = None if op.op == "equal" else ("minor-" if op.minor else "") + op.op
        first, *rest = op.text.split("\n")
        lines[-1].append((first, style))
        for piece in rest:
            lines.append([(piece, style)])
    return [[run for run in line if run[0]] for line in lines]


# -- wrapping ------------------------------------------------------------------------------------


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Lines of ``text`` as ``(start, end)`` offsets, each at most ``width`` cells wide.

    Lines break at spaces (which are dropped at the break), between characters of scripts
    written without spaces, and at line breaks in the text; a word wider than the line is cut
    between characters (never between a letter and its marks).
    """
    lines: list[tuple[int, int]] = []
    for start, end in _hard_lines(text):
        lines += _wrap_line(text, start, end, max(1, width))
    return lines


def _hard_lines(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in re.finditer(r"\r\n|[\n\r\u2028\u2029]", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _wrap_line(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    lines: list[tuple[int, int]] = []
    line_start, line_end, used = start, start, 0
    for chunk_start, chunk_end, is_space in _chunks(text, start, end):
        chunk_width = display_width(text[chunk_start:chunk_end])
        if is_space:
            if used + chunk_width > width:
                lines.append((line_start, line_end))  # the space is dropped at the break
                line_start = line_end = chunk_end
                used = 0
            elif line_end > line_start:
                used += chunk_width
                line_end = chunk_end
            else:
                line_start = line_end = chunk_end  # no space at the start of a wrapped line
            continue
        if used + chunk_width > width and line_end > line_start:
            lines.append((line_start, _trim(text, line_start, line_end)))
            line_start = line_end = chunk_start
            used = 0
        while chunk_width > width:  # a word longer than the line: cut it
            cut = _cut(text, chunk_start, chunk_end, width - used)
            lines.append((line_start, cut))
            line_start = line_end = chunk_start = cut
            used = 0
            chunk_width = display_width(text[chunk_start:chunk_end])
        line_end = chunk_end
        used += chunk_width
    lines.append((line_start, _trim(text, line_start, line_end)))
    return lines


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] == " ":
        end -= 1
    return end


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Unbreakable pieces: a word with the punctuation around it, one CJK character (with the
    punctuation after it), or a run of spaces."""
    chunks: list[tuple[int, int, bool]] = []
    for token in tokenize(text[start:end]):
        s, e = start + token.start, start + token.end
        is_space = token.kind == "space"
        joins = (
            chunks
            and not is_space
            and not chunks[-1][2]
            and token.kind != "cjk"
            and not (token.kind in ("word", "number") and _ends_cjk(text, chunks[-1]))
        )
        if joins:
            chunks[-1] = (chunks[-1][0], e, False)
        else:
            chunks.append((s, e, is_space))
    return chunks


def _ends_cjk(text: str, chunk: tuple[int, int, bool]) -> bool:
    return display_width(text[chunk[1] - 1]) == 2


def _cut(text: str, start: int, end: int, room: int) -> int:
    """The furthest cluster boundary in ``text[start:end]`` within ``room`` cells (at least
    one cluster, so that a line always advances)."""
    used = 0
    position = start
    for cluster_start, cluster_end in _clusters(text, start, end):
        cluster_width = display_width(text[cluster_start:cluster_end])
        if used + cluster_width > room and position > start:
            break
        used += cluster_width
        position = cluster_end
    return position


def _clusters(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Base characters with the marks and joiners after them."""
    clusters: list[tuple[int, int]] = []
    for index in range(start, end):
        if clusters and _attaches(text[index]):
            clusters[-1] = (clusters[-1][0], index + 1)
        else:
            clusters.append((index, index + 1))
    return clusters


def _attaches(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Mc", "Me") or ch in "\u200c\u200d"


# -- shaping and reordering ----------------------------------------------------------------------


@cache
def _reshaper() -> object:
    from arabic_reshaper import ArabicReshaper

    # Vowel marks kept (the default deletes them); the Allah word ligature off, since terminal
    # fonts seldom have its glyph; the lam-alef ligatures, which Arabic requires, stay on.
    return ArabicReshaper(configuration={"delete_harakat": False, "ARABIC LIGATURE ALLAH": False})


def shape(text: str) -> str:
    """Arabic letters in the presentation forms that show them joined, for a terminal that does
    not shape; other text unchanged. Still logical order."""
    if not any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" for ch in text):
        return text
    return str(_reshaper().reshape(text))  # type: ignore[attr-defined]


def visual_order(text: str, rtl: bool) -> list[int]:
    """The logical indices of ``text`` (one line) in display order, left to right.

    The Unicode bidi algorithm's resolved levels, rules L1 and L2, with the paragraph direction
    given (``rtl``); a combining mark stays after its base character (rule L3), so that the
    terminal puts it on the right letter. For text without marks this is exactly the order of
    python-bidi's ``get_display``.
    """
    return _order(text, _levels(text, rtl))


def _order(text: str, levels: list[int]) -> list[int]:
    """Display order from resolved levels: rule L2 on clusters (base and marks together)."""
    clusters = _clusters(text, 0, len(text))
    cluster_levels = [levels[start] for start, _ in clusters]
    order = list(range(len(clusters)))
    highest = max(cluster_levels, default=0)
    lowest_odd = min((level for level in cluster_levels if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        order = _reverse_runs(order, cluster_levels, level)
    return [i for c in order for i in range(*clusters[c])]


def _reverse_runs(order: list[int], levels: list[int], level: int) -> list[int]:
    """Rule L2: reverse every run of clusters at ``level`` or above (in current order)."""
    result: list[int] = []
    run: list[int] = []
    for cluster in order:
        if levels[cluster] >= level:
            run.append(cluster)
        else:
            result += run[::-1]
            run = []
            result.append(cluster)
    return result + run[::-1]


def _levels(text: str, rtl: bool) -> list[int]:
    """Resolved bidi levels of one line, with rule L1 (trailing spaces at paragraph level)."""
    levels = _resolved_levels(text, rtl)
    base = 1 if rtl else 0
    index = len(text)
    while index > 0 and unicodedata.bidirectional(text[index - 1]) in ("WS", "BN", "S"):
        index -= 1
        levels[index] = base
    for position, ch in enumerate(text):
        if unicodedata.bidirectional(ch) == "S":  # tabs, and the spaces before them
            levels[position] = base
    return levels


@cache
def _level_pattern() -> re.Pattern[str]:
    return re.compile(r"Level\(\s*(\d+),?\s*\)")


def _resolved_levels(text: str, rtl: bool) -> list[int]:
    """Per-character levels from python-bidi (its Rust implementation reports them, per UTF-8
    byte, in its debug output); from its pure-Python implementation should that change."""
    from bidi import get_display

    if not text:
        return []
    report = str(get_display(text, base_dir="R" if rtl else "L", debug=True))
    section = report[report.find("levels:") : report.find("paragraphs:")]
    per_byte = [int(level) for level in _level_pattern().findall(section)]
    encoded = [len(ch.encode("utf-8")) for ch in text]
    if len(per_byte) != sum(encoded):
        return _python_levels(text, rtl)
    levels: list[int] = []
    offset = 0
    for size in encoded:
        levels.append(per_byte[offset])
        offset += size
    return levels


def _python_levels(text: str, rtl: bool) -> list[int]:
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    algorithm.get_embedding_levels(text, storage)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    return [int(ch["level"]) for ch in storage["chars"]]


@cache
def _mirrors() -> dict[str, str]:
    try:
        from bidi.mirror import MIRRORED

        return dict(MIRRORED)
    except ImportError:  # pragma: no cover - python-bidi moved its table
        return dict(_COMMON_MIRRORS)


def _mirror(ch: str) -> str:
    return _mirrors().get(ch, ch)


def visual(text: str, rtl: bool) -> str:
    """One line in display order, shaped and mirrored: what a terminal without bidi needs."""
    shaped = shape(neutralise(text))
    levels = _levels(shaped, rtl)
    return "".join(
        _mirror(shaped[i]) if levels[i] % 2 else shaped[i] for i in _order(shaped, levels)
    )
