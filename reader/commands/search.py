"""``reader search QUERY [--library DIR] [--lang L] [--limit N] [--json]``: paragraphs of the
library's articles that match, each beside the aligned paragraph of its source. Exit 0 whether
anything was found or not."""

from __future__ import annotations

import argparse

from reader.commands import add_json_option, print_json
from reader.commands.library import add_library_option, open_index
from reader.core.i18n import _


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 1:
        raise argparse.ArgumentTypeError(_("{value!r} is not a positive number").format(value=text))
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "query",
        metavar="QUERY",
        help=_('words to find (all of them); "quoted words" as a phrase'),
    )
    add_library_option(parser)
    parser.add_argument("--lang", metavar="L", help=_("search the versions in this language only"))
    parser.add_argument(
        "--limit", type=_limit, default=20, metavar="N", help=_("show at most N hits (default 20)")
    )
    add_json_option(parser)


def run(args: argparse.Namespace) -> int:
    from reader.core.library import library_folder
    from reader.core.library.folders import ScanAhead

    # The folders' times are looked at meanwhile, on another processor, while the query is
    # read (compiling the tokenizer's pattern) and the index is opened.
    with ScanAhead(library_folder(args.library)) as ahead:
        from reader.core.library.query import parse

        parse(args.query)  # a query with nothing to search for is told before the index is read
        with open_index(args, quick=True, ahead=ahead) as index:
            results = index.search(args.query, language=args.lang, limit=args.limit)
    if args.json:
        print_json(results.to_json())
    else:
        from reader.core.present.library import results_text

        print(results_text(results))
    return 0
