"""``reader diff OLD NEW [--json]``: the word-level difference of two versions of a text.

Exit status as diff(1): 0 when the texts are the same, 1 when they differ, 2 on bad input.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from typing import Any

from reader.commands import add_json_option, as_paths
from reader.core.i18n import _


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", metavar="OLD", help=_("the older version (a plain-text file)"))
    parser.add_argument("new", metavar="NEW", help=_("the newer version (a plain-text file)"))
    add_json_option(parser)
    parser.add_argument(
        "--lang",
        metavar="L",
        help=_(
            "the texts' language, which decides the direction of their lines (default: detected)"
        ),
    )
    parser.add_argument("--encoding", metavar="NAME", help=_("read both files in this encoding"))
    add_terminal_options(parser)


def add_terminal_options(parser: argparse.ArgumentParser) -> None:
    """``--width``, ``--logical`` and ``--color``, shared with ``reader show``."""
    parser.add_argument(
        "--width", type=_width, metavar="N", help=_("wrap to N columns (default: the terminal's)")
    )
    parser.add_argument(
        "--logical",
        action="store_true",
        help=_(
            "print right-to-left text in logical order, unshaped, for terminals that do bidi "
            "themselves (mlterm, Konsole, GNOME Terminal and other VTE terminals)"
        ),
    )
    parser.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help=_("colour the output (auto: on a terminal, unless NO_COLOR is set)"),
    )


def _width(text: str) -> int:
    if not text.isdigit() or not 10 <= int(text) <= 1000:
        message = _("width must be a number from 10 to 1000, not {width!r}")
        raise argparse.ArgumentTypeError(message.format(width=text))
    return int(text)


def terminal_width(args: argparse.Namespace) -> int:
    """``--width``, else the terminal's width, else 80."""
    return int(args.width or shutil.get_terminal_size((80, 24)).columns)


def run(args: argparse.Namespace) -> int:
    from reader.core.compare.ops import summarize
    from reader.core.compare.words import diff_text
    from reader.core.ingest.encodings import read_text_file

    old_path, new_path = as_paths([args.old, args.new])
    old = read_text_file(old_path, encoding=args.encoding).text
    new = read_text_file(new_path, encoding=args.encoding).text
    language = _language(args.lang, old, new)
    ops = diff_text(old, new)
    summary = summarize(ops)
    if args.json:
        from reader.core.export.json import diff_json

        json.dump(diff_json(ops, summary, language), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print(ops, summary, language, args)
    return 0 if old == new else 1


def _language(given: str | None, old: str, new: str) -> str | None:
    """``--lang``, else the language detected from the longer text; None when too short to tell
    (the language only decides the direction of lines, which a bidi probe then decides)."""
    from reader.core.ingest.loading import known_language
    from reader.core.text.languages import detect_language

    if given:
        return known_language(given)
    return detect_language(new if len(new) > len(old) else old).code


def _print(ops: list[Any], summary: Any, language: str | None, args: argparse.Namespace) -> None:
    from reader.core.export.terminal import (
        Rendering,
        diff_lines,
        tell_if_logical,
        use_color,
        write_lines,
    )
    from reader.core.present.revisions import diff_totals

    rendering = Rendering(
        width=terminal_width(args),
        visual=not args.logical,
        color=use_color(args.color, sys.stdout),
    )
    total = diff_totals(summary)
    tell_if_logical(rendering, sys.stderr)
    write_lines([*diff_lines(ops, language or "und", rendering), "", total], sys.stdout)
