"""``reader apply FILE.xlf ARTICLE_DIR [--json]``: an XLIFF edited in a CAT tool back into the
article as a new post-edited revision, with its statuses and notes (reader.core.review.applying).
"""

from __future__ import annotations

import argparse

from reader.commands import add_json_option, as_paths, print_json
from reader.core.i18n import _


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("exchange", metavar="FILE.xlf", help=_("an XLIFF file (1.2 or 2.0)"))
    parser.add_argument("folder", metavar="ARTICLE_DIR", help=_("article folder"))
    parser.add_argument(
        "--author", default="", metavar="NAME", help=_("who the statuses are set by")
    )
    add_json_option(parser)


def run(args: argparse.Namespace) -> int:
    from reader.commands.review import open_folder
    from reader.core.export.json import apply_json
    from reader.core.present.review import applied_line
    from reader.core.review.applying import apply

    article = open_folder(args.folder)
    assert article.path is not None
    exchange = as_paths([args.exchange])[0]
    applied = apply(exchange, article.path, args.author)
    if args.json:
        document = apply_json(applied.language, applied.revision, applied.changed_paragraphs)
        print_json(document)
    else:
        version = f"{applied.language}@{applied.revision}"
        print(applied_line(version, applied.changed_paragraphs, made=applied.made))
    return 0
