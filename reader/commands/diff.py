"""``reader diff OLD NEW [--json]`` and ``reader diff ARTICLE_DIR --old L@REV --new L@REV``:
the word-level difference of two versions.

The paragraphs are compared as the window compares two revisions (``reader.core.compare.
revisions``): what loading sets aside (the publisher's notice, a share-widget leftover) is not
text of the version, so it is not counted as deleted or inserted, and both report the same
counts. ``--text`` compares the files' whole text as stored instead.

Exit status as diff(1): 0 when the texts are the same, 1 when they differ, 2 on bad input.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from reader.commands import add_json_option, as_paths, print_json, require_version, version_key
from reader.core.errors import ReaderError
from reader.core.i18n import _

if TYPE_CHECKING:
    from reader.core.compare.ops import DiffSummary, Op
    from reader.core.model import Version


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help=_("OLD and NEW plain-text files, or one ARTICLE_DIR with --old and --new"),
    )
    parser.add_argument(
        "--old", type=version_key, metavar="L@REV", help=_("in an ARTICLE_DIR: the older version")
    )
    parser.add_argument(
        "--new", type=version_key, metavar="L@REV", help=_("in an ARTICLE_DIR: the newer version")
    )
    parser.add_argument(
        "--text",
        action="store_true",
        help=_(
            "compare the files' whole text as stored (notice and page debris included) rather "
            "than their paragraphs"
        ),
    )
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
    paths = as_paths(args.paths)
    if len(paths) == 1 and paths[0].is_dir():
        ops, summary, language, same = _folder_difference(paths[0], args)
    elif len(paths) == 2:
        if args.old or args.new:
            raise ReaderError(_("--old and --new name two versions in an ARTICLE_DIR"))
        ops, summary, language, same = _files_difference(paths[0], paths[1], args)
    else:
        raise ReaderError(
            _("diff takes OLD and NEW files, or one ARTICLE_DIR with --old and --new")
        )
    if args.json:
        from reader.core.export.json import diff_json

        print_json(diff_json(ops, summary, language))
    else:
        _print(ops, summary, language, args)
    return 0 if same else 1


Difference = tuple[list["Op"], "DiffSummary", str | None, bool]


def _folder_difference(folder: Path, args: argparse.Namespace) -> Difference:
    """Two versions of an article folder, ``--old`` against ``--new``."""
    from reader.core.ingest.loading import known_language, load_folder

    if args.old is None or args.new is None:
        raise ReaderError(_("an ARTICLE_DIR is compared with --old L@REV and --new L@REV"), folder)
    article = load_folder(folder, encoding=args.encoding)
    old = require_version(article, args.old, "--old")
    new = require_version(article, args.new, "--new")
    language = known_language(args.lang) if args.lang else new.language
    if args.text and old.path is not None and new.path is not None:
        return _files_difference(old.path, new.path, args, language)
    return _paragraphs_difference(old, new, language)


def _files_difference(
    old_path: Path, new_path: Path, args: argparse.Namespace, language: str | None = None
) -> Difference:
    """Two files: their paragraphs, or with ``--text`` their whole text as stored; ``language``
    (a folder's version's) else ``--lang`` else detected."""
    from reader.core.ingest.encodings import read_text_file

    old = read_text_file(old_path, encoding=args.encoding).text
    new = read_text_file(new_path, encoding=args.encoding).text
    language = language or _language(args.lang, old, new)
    if args.text:
        from reader.core.compare.ops import summarize
        from reader.core.compare.words import diff_text

        ops = diff_text(old, new)
        return ops, summarize(ops), language, old == new
    return _paragraphs_difference(
        _as_version(old, language, old_path), _as_version(new, language, new_path), language
    )


def _as_version(text: str, language: str | None, path: Path) -> Version:
    """A file's text read as one version: its paragraphs, without what parsing sets aside."""
    from reader.core.ingest.parsing import parse_text
    from reader.core.model import Origin, Version

    parsed = parse_text(text, language or "und")
    return Version(language or "und", Origin.UNKNOWN, parsed.paragraphs, path=path)


def _paragraphs_difference(old: Version, new: Version, language: str | None) -> Difference:
    from reader.core.compare.revisions import compare_revisions, revision_ops

    comparison = compare_revisions(old, new)
    same = [p.text for p in old.paragraphs] == [p.text for p in new.paragraphs]
    return revision_ops(comparison), comparison.summary, language, same


def _language(given: str | None, old: str, new: str) -> str | None:
    """``--lang``, else the language detected from the longer text; None when too short to tell
    (the language only decides the direction of lines, which a bidi probe then decides)."""
    from reader.core.ingest.loading import known_language
    from reader.core.text.languages import detect_language

    if given:
        return known_language(given)
    return detect_language(new if len(new) > len(old) else old).code


def _print(
    ops: list[Op], summary: DiffSummary, language: str | None, args: argparse.Namespace
) -> None:
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
