"""Text for a terminal: display width, wrapping, right-to-left lines, colour.

Most terminals neither shape Arabic nor reorder right-to-left text: they put each character in
the next cell, left to right, so logical Arabic shows reversed and unjoined. For them Reader
prints *visual* text: each paragraph is wrapped in logical order (by display width), then each
line is shaped into presentation forms (arabic-reshaper, vowel marks kept) and reordered for
display, brackets mirrored, and a right-to-left line padded so that it ends at the right edge.

Reordering follows the Unicode bidi algorithm (UAX #9) as it is meant for wrapped text: the
embedding levels are resolved once on the whole paragraph, then each line is reordered from
its own share of them (rule L1: whitespace at the line's end and before a tab back at the
paragraph's level; L2: runs reversed from the highest level down; L3: a combining mark kept
after its base, where the terminal draws it; L4: mirrored brackets). Resolving each line on its
own gets mixed runs wrong where a line starts: "2019-2020" after Arabic reads "2020-2019"
(the numbers are Arabic numbers, rule W2) but flips back when a line starts with it.

The levels come from ICU's bidi algorithm through PyICU's ``icu.Bidi``, ICU's documented
``ubidi`` interface: ``setPara`` resolves the paragraph and ``getLevels`` reads its levels;
rules L1 to L4 are applied here, line by line. (ICU's ``setLine`` would apply L1 too, but it
reports a line whose levels all have the same parity as that parity's paragraph level, which
shows the same but hides the levels.) The wheels come from pyicu-wheels, which bundles ICU
(PyICU itself builds from source against a system ICU): Linux x86-64 and ARM64, Windows,
macOS 13+ on Intel and 14+ on Apple silicon, Python 3.10 to 3.14. Measured against Unicode's
BidiCharacterTest 17.0.0 (``bench/terminal_bidi.py``), the display order agrees on 91,601 of
the 91,605 cases without explicit embedding, override or isolate controls, the levels on
91,595: ICU gives a combining mark right after a paired bracket a level apart from the
bracket's (shown the same, the mark going with its bracket, except where a joiner stands
between them: 3 cases) and pairs 64 nested brackets where the algorithm stops at 63 (1 case).
With explicit controls 81 of 102 cases agree; Reader never lets those controls act: they are
shown as visible markers (``neutralise``) and never reach the algorithm.

python-bidi, the other candidate (its Rust core agrees with every case), documents only
``get_display``: the whole text reordered as one line, returned as a string. That gives no
levels, so no reordering of a wrapped line from its paragraph, and no map from the display
back to the text, which the colours of styled runs, the marks (L3) and the mirroring need;
its levels appear only in a debug dump, which is no interface. It stays Reader's probe of a
paragraph's direction (``reader.core.text.direction``).

Where ICU is not installed (a platform without a pyicu-wheels wheel: macOS before 13, or
before 14 on Apple silicon) nothing here guesses: lines are printed in logical order, unshaped,
as with ``--logical``, and ``missing_reordering`` says so for the commands to tell the user.

Terminals that run the bidi algorithm themselves want *logical* text instead (``--logical``):
mlterm, Konsole and PuTTY's pterm (each reorders every line with its own paragraph-direction
guess; mlterm and Konsole also shape Arabic), and GNOME Terminal and the other VTE terminals
since VTE 0.57.3 / GNOME Terminal 3.34 (2019), which reorder by default with a left-to-right
paragraph direction unless an application asks otherwise. Printing visual text to those would
reorder it a second time.

Styled text is a list of runs ``(text, style)``; a ``Style`` names what the text is (deleted,
inserted, a title...) and is drawn in colour, or, without colour, with wdiff's markers
(``[-deleted-]``, ``{+inserted+}``). Runs are cut only at token boundaries
(``reader.core.compare.words``), so shaping each run on its own never breaks a join inside a
word.

No Qt here.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache
from types import ModuleType
from typing import IO, cast

from reader.core.compare.ops import DiffOp, Op
from reader.core.errors import ReaderError
from reader.core.i18n import N_, _
from reader.core.model import Direction
from reader.core.text.bidi_controls import reveal
from reader.core.text.direction import paragraph_direction
from reader.core.text.tokens import TokenKind, tokenize


class Style(Enum):
    """What a run of text is, which decides how it is drawn."""

    DELETE = "delete"
    INSERT = "insert"
    MINOR_DELETE = "minor-delete"  # vowel marks or tatweel only
    MINOR_INSERT = "minor-insert"
    TITLE = "title"
    CAPTION = "caption"
    BANNER = "banner"
    NOTE = "note"


Run = tuple[str, Style | None]

# ANSI SGR codes for each style, and the markers used instead when colour is off.
_COLOURS = {
    Style.DELETE: "31;9",  # red, struck through
    Style.INSERT: "32",  # green
    Style.MINOR_DELETE: "33;9",  # yellow, struck through
    Style.MINOR_INSERT: "33",
    Style.TITLE: "1",  # bold
    Style.CAPTION: "2",  # faint
    Style.BANNER: "1;7",  # bold, reversed
    Style.NOTE: "2",
}
_MARKERS = {
    Style.DELETE: ("[-", "-]"),
    Style.INSERT: ("{+", "+}"),
    Style.MINOR_DELETE: ("[~", "~]"),
    Style.MINOR_INSERT: ("{~", "~}"),
}
# How each operation of a difference is drawn, by (operation, minor).
_OP_STYLES: dict[tuple[DiffOp, bool], Style | None] = {
    (DiffOp.EQUAL, False): None,
    (DiffOp.DELETE, False): Style.DELETE,
    (DiffOp.INSERT, False): Style.INSERT,
    (DiffOp.DELETE, True): Style.MINOR_DELETE,
    (DiffOp.INSERT, True): Style.MINOR_INSERT,
}
_RESET = "\x1b[0m"


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


def _styled(text: str, style: Style | None, color: bool) -> str:
    if style is None or not text or not color:
        return text
    return f"\x1b[{_COLOURS[style]}m{text}{_RESET}"


def with_markers(runs: Iterable[Run]) -> list[Run]:
    """Runs with wdiff's markers around changes, for output without colour. The markers hug the
    changed words: spaces at either end of a change stay outside them, so that wrapping (which
    breaks at spaces) never leaves a ``-]`` or ``[-`` alone at the start or end of a line."""
    result: list[Run] = []
    for text, style in runs:
        words = text.strip()
        if style in _MARKERS and words:
            opening, closing = _MARKERS[style]
            start = text.index(words)
            lead, trail = text[:start], text[start + len(words) :]
            result += [(lead, style), (opening, style), (words, style), (closing, style)]
            result.append((trail, style))
        elif style in _MARKERS and text:
            # A change of spacing alone: each space shown as "␣" (U+2423), visible and not a
            # place to break the line.
            opening, closing = _MARKERS[style]
            result += [(opening, style), ("\u2423" * len(text), style), (closing, style)]
        else:
            result.append((text, style))
    return [run for run in result if run[0]]


# -- paragraphs ----------------------------------------------------------------------------------


def neutralise(text: str) -> str:
    """Bidi controls shown as visible markers (``⟨RLO⟩``) and escape sequences as ``\\x1b``:
    a file must not rearrange or take over what the terminal shows (RTL.md, "Untrusted text")."""
    return reveal(text)


def render_paragraph(runs: Sequence[Run], rtl: bool, rendering: Rendering) -> list[str]:
    """One paragraph as terminal lines: wrapped to the width; in visual mode shaped, reordered
    (levels resolved on the whole paragraph, each line reordered from them) and, right-to-left,
    aligned to the right edge. Without ICU, visual mode prints logical order
    (``missing_reordering``)."""
    reorder = rendering.visual and missing_reordering() is None
    runs = [(neutralise(text), style) for text, style in runs if text]
    if not rendering.color:
        runs = with_markers(runs)
    if reorder:
        runs = [(shape(text), style) for text, style in runs]
    text = "".join(t for t, _ in runs)
    styles = [style for t, style in runs for _ in t]
    spans = wrap(text, rendering.width)
    if not reorder:
        return [_styled_line(text[s:e], styles[s:e], rendering.color) for s, e in spans]
    lines: list[str] = []
    for (start, end), levels in zip(spans, line_levels(text, rtl, spans), strict=True):
        order, shown = _displayed(text[start:end], levels)
        out = _styled_line(shown, [styles[start + i] for i in order], rendering.color)
        lines.append(" " * max(0, rendering.width - display_width(shown)) + out if rtl else out)
    return lines


def _styled_line(text: str, styles: list[Style | None], color: bool) -> str:
    return "".join(_styled(ch, style, color) for ch, style in _merge(text, styles))


def _merge(text: str, styles: list[Style | None]) -> list[Run]:
    """Consecutive characters of one style gathered, so each run gets one colour code."""
    merged: list[Run] = []
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
        style = _OP_STYLES[op.op, op.minor]
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
        is_space = token.kind is TokenKind.SPACE
        joins = (
            chunks
            and not is_space
            and not chunks[-1][2]
            and token.kind is not TokenKind.CJK
            and not (
                token.kind in (TokenKind.WORD, TokenKind.NUMBER) and _ends_cjk(text, chunks[-1])
            )
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


def _clusters(text: str, start: int, end: int, joiners: bool = True) -> list[tuple[int, int]]:
    """Base characters with the marks after them (and the joiners, unless told not to)."""
    clusters: list[tuple[int, int]] = []
    for index in range(start, end):
        ch = text[index]
        if clusters and (_is_mark(ch) or (joiners and ch in "\u200c\u200d")):
            clusters[-1] = (clusters[-1][0], index + 1)
        else:
            clusters.append((index, index + 1))
    return clusters


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Mc", "Me")


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
    """The logical indices of ``text``, one line that is a whole paragraph, in display order
    (left to right), as ``line_orders`` gives them. A line break in ``text`` ends a line: each
    line is reordered on its own and its break follows it."""
    order: list[int] = []
    for (start, end), after in _broken_lines(text):
        order += line_orders(text, rtl, [(start, end)])[0] + list(range(end, after))
    return order


def _broken_lines(text: str) -> list[tuple[tuple[int, int], int]]:
    """The lines of ``text`` between its line breaks, each with where its break ends."""
    spans = _hard_lines(text)
    return list(zip(spans, [start for start, _ in spans[1:]] + [len(text)], strict=True))


def line_orders(text: str, rtl: bool, lines: Sequence[tuple[int, int]]) -> list[list[int]]:
    """For each line ``(start, end)`` of the paragraph ``text``, the indices of its characters
    in ``text``, in display order (left to right): the levels of ``line_levels``, then rule L2
    (each run at a level or above reversed, from the highest level down to the lowest odd
    one), a combining mark kept after the letter it belongs to (rule L3), so that the terminal
    draws it on that letter."""
    return [
        [start + i for i in _order(text[start:end], levels)]
        for (start, end), levels in zip(lines, line_levels(text, rtl, lines), strict=True)
    ]


def line_levels(text: str, rtl: bool, lines: Sequence[tuple[int, int]]) -> list[list[int]]:
    """The embedding level of each character of each line ``(start, end)`` of the paragraph
    ``text`` (left-to-right at level 0, or right-to-left at 1 when ``rtl``): resolved once on
    the whole paragraph (ICU's ``setPara``), then rule L1 on each line."""
    icu = _icu()
    if icu is None:
        raise ReaderError(_NO_ICU)
    base = 1 if rtl else 0
    if not text:
        return [[] for _ in lines]
    stored = icu.UnicodeString(text)  # ICU reads the text where it is: keep it alive
    paragraph = icu.Bidi()
    paragraph.setPara(stored, base)
    per_unit = paragraph.getLevels()  # one level per UTF-16 code unit
    levels: list[int] = []
    unit = 0
    for ch in text:
        levels.append(int(per_unit[unit]))
        unit += 2 if ord(ch) > 0xFFFF else 1
    return [_reset_whitespace(text[start:end], levels[start:end], base) for start, end in lines]


# Rule L1: what goes back to the paragraph's level. Separators (a tab, a paragraph break), and
# the whitespace before one or at the line's end; whitespace counts the isolate controls and,
# as the characters rule X9 sets aside, the embedding controls and boundary neutrals (ZWJ...).
_SEPARATORS = frozenset({"S", "B"})
_WHITESPACE = frozenset({"WS", "BN", "LRI", "RLI", "FSI", "PDI", "LRE", "RLE", "LRO", "RLO", "PDF"})


def _reset_whitespace(line: str, levels: list[int], base: int) -> list[int]:
    """Rule L1 on one line's levels (changed in place, and returned)."""
    before_break = True  # walking back: in whitespace that a separator or the line's end follows
    for index in range(len(line) - 1, -1, -1):
        kind = unicodedata.bidirectional(line[index])
        if kind in _SEPARATORS:
            levels[index] = base
            before_break = True
        elif before_break and kind in _WHITESPACE:
            levels[index] = base
        else:
            before_break = False
    return levels


def _displayed(line: str, levels: list[int]) -> tuple[list[int], str]:
    """A line's display order and its characters in that order, mirrored at odd levels."""
    order = _order(line, levels)
    return order, "".join(_mirror(line[i]) if levels[i] % 2 else line[i] for i in order)


def _order(text: str, levels: list[int]) -> list[int]:
    """Display order from resolved levels: rule L2 on clusters (a base and its marks together;
    a joiner, zero-width and a format character, goes where its own level puts it)."""
    clusters = _clusters(text, 0, len(text), joiners=False)
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


@cache
def _icu() -> ModuleType | None:
    try:
        import icu
    except ImportError:
        return None
    return cast(ModuleType, icu)


_NO_ICU = N_(
    "right-to-left text is printed in logical order: ICU's bidi algorithm is not installed "
    "(pyicu-wheels has no wheel for this platform; PyICU built on a system ICU also serves)"
)


def missing_reordering() -> str | None:
    """Why right-to-left lines cannot be printed in visual order here (ICU is not installed),
    or None when they can."""
    return None if _icu() is not None else _(_NO_ICU)


def tell_if_logical(rendering: Rendering, stream: IO[str]) -> None:
    """Say on ``stream`` (standard error) when visual order was asked for and cannot be had."""
    missing = missing_reordering() if rendering.visual else None
    if missing:
        stream.write(f"reader: note: {missing}\n")


@cache
def _mirror(ch: str) -> str:
    """The mirrored glyph of a character at a right-to-left level (rule L4), from ICU's
    Bidi_Mirroring_Glyph: ``(`` for ``)``, ``»`` for ``«``; the character itself if none."""
    icu = _icu()
    return str(icu.Char.charMirror(ch)) if icu is not None else ch


def visual(text: str, rtl: bool) -> str:
    """One line in display order, shaped and mirrored: what a terminal without bidi needs."""
    shaped = shape(neutralise(text))
    shown = []
    for (start, end), after in _broken_lines(shaped):
        levels = line_levels(shaped, rtl, [(start, end)])[0]
        shown.append(_displayed(shaped[start:end], levels)[1] + shaped[end:after])
    return "".join(shown)
