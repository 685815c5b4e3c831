"""``reader info PATH ... [--json]``: what was parsed."""

from __future__ import annotations

import argparse
import json
import sys

from reader.commands import add_open_options, load_article


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article folder or text files")
    parser.add_argument("--json", action="store_true", help="print JSON (shape in PRODUCT.md)")
    add_open_options(parser)


def run(args: argparse.Namespace) -> int:
    from reader.core.export.info import article_json, article_text

    article, _ = load_article(args)
    if args.json:
        json.dump(article_json(article), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(article_text(article))
    return 0
