"""``reader library [--library DIR] [--json]``: the articles in the library folder, and the
folders that do not load, with the reason."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from reader.commands import add_json_option, print_json
from reader.core.i18n import _

if TYPE_CHECKING:
    from reader.core.library.folders import ScanAhead
    from reader.core.library.index import LibraryIndex


def add_library_option(parser: argparse.ArgumentParser) -> None:
    """``--library DIR``, for the commands that read the library."""
    parser.add_argument(
        "--library",
        metavar="DIR",
        help=_("the library folder (default: READER_LIBRARY, else the user data folder)"),
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_library_option(parser)
    parser.add_argument(
        "--check",
        action="store_true",
        help=_(
            "run the fidelity checks on the articles not checked since they changed, so that "
            "their findings are counted (a fraction of a second an article)"
        ),
    )
    add_json_option(parser)


def open_index(
    args: argparse.Namespace, quick: bool = False, ahead: ScanAhead | None = None
) -> LibraryIndex:
    """The library's index, brought up to date with its folders (``quick``: by the folders'
    times, ``LibraryIndex.refresh``; ``ahead``: a scan of them started earlier); what the index
    has to say (that it was rebuilt) is printed once on standard error."""
    from pathlib import Path

    from reader.commands.progress import terminal_progress
    from reader.core.errors import ReaderError
    from reader.core.library import library_folder
    from reader.core.library.index import LibraryIndex

    folder = library_folder(args.library)
    if args.library and not Path(folder).is_dir():
        raise ReaderError(_("no such library folder"), folder)
    index = LibraryIndex(folder)
    with terminal_progress(_("indexing")) as progress:
        index.refresh(
            lambda done, total: progress(done, total, str(folder)), quick=quick, ahead=ahead
        )
    for note in index.take_notes():
        print(f"reader: {note}", file=sys.stderr)
    return index


def run(args: argparse.Namespace) -> int:
    import os

    from reader.core.present.library import catalog_text

    with open_index(args) as index:
        if args.check:
            _check(index)
        catalog = index.catalog()
    if args.json:
        print_json(catalog.to_json())
    else:
        reading = (os.environ.get("LANGUAGE") or os.environ.get("LANG") or "").split(":")[0]
        print(catalog_text(catalog, reading.split("_")[0].split(".")[0] or None))
    return 0


def _check(index: LibraryIndex) -> None:
    """The checks on every article whose findings are not known, with progress on a terminal."""
    from reader.commands.progress import terminal_progress

    folders = index.unchecked()
    with terminal_progress(_("checking")) as progress:
        for done, folder in enumerate(folders, 1):
            index.check(folder)
            progress(done, len(folders), folder.name)
