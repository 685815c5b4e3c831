"""``reader info PATH ... [--json]``: what was parsed."""

from __future__ import annotations

import argparse
import json
import sys

from reader.commands import add_json_option, add_open_options, load_article
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
        json.dump(article_json(article), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(article_text(article))
    return 0
