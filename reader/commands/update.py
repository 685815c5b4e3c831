"""``reader update ARTICLE_DIR [--json]``: re-fetch each web version with a conditional request;
a version whose text changed becomes a new revision, nothing is overwritten."""

from __future__ import annotations

import argparse
import json
import sys

from reader.commands.progress import terminal_progress


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "folder", metavar="ARTICLE_DIR", help="an article folder imported from the web"
    )
    parser.add_argument("--json", action="store_true", help="print JSON (shape in PRODUCT.md)")


def run(args: argparse.Namespace) -> int:
    from reader.commands import as_paths
    from reader.core.errors import ReaderError
    from reader.core.web.updating import update_article

    folder = as_paths([args.folder])[0]
    if not folder.is_dir():
        raise ReaderError("is not an article folder", folder)
    with terminal_progress("checking") as progress:
        result = update_article(folder, progress=progress)
    if args.json:
        json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for revision in result.changed:
        print(f"changed: {revision.language}, now revision {revision.revision}")
    for revision in result.unchanged:
        print(f"unchanged: {revision.language}@{revision.revision}")
    for failure in result.failed:
        print(f"failed: {failure.url}: {failure.reason}")
    return 0
