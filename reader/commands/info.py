"""``reader info PATH ... [--json]``: what was parsed."""

from __future__ import annotations

import argparse

from reader.commands import add_json_option, add_open_options, load_article, print_json
from reader.core.i18n import _


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help=_("article folder or text files"))
    add_json_option(parser)
    add_open_options(parser)


def run(args: argparse.Namespace) -> int:
    from reader.core.export.json import article_json
    from reader.core.present.article import article_text

    article, _paths = load_article(args)
    if args.json:
        print_json(article_json(article))
    else:
        print(article_text(article))
    return 0
