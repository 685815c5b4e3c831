"""``reader import SOURCE [-o DIR] [--json] [--no-alternates] [--library DIR]``: a web page (an
http(s) URL or a saved page) and its language versions, saved as an article folder."""

from __future__ import annotations

import argparse
import json
import sys

from reader.commands.progress import terminal_progress


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "source", metavar="SOURCE", help="an http(s) URL, or a saved .html/.mhtml page"
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="DIR",
        help="the article folder to create (default: a new folder in the library)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON (shape in PRODUCT.md)")
    parser.add_argument(
        "--no-alternates",
        action="store_true",
        help="import only this page, not its other language versions",
    )
    parser.add_argument(
        "--library",
        metavar="DIR",
        help="the library folder (default: READER_LIBRARY, else the user data folder)",
    )


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from reader.core.library import library_folder
    from reader.core.text.languages import language_name
    from reader.core.web.importing import import_article

    target = Path(args.output) if args.output else None
    with terminal_progress("fetching") as progress:
        result = import_article(
            args.source,
            target=target,
            library=None if target else library_folder(args.library),
            alternates=not args.no_alternates,
            progress=progress,
        )
    if args.json:
        json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"imported into {result.folder}")
    evidence = result.evidence[0] if result.evidence else None
    why = f" (evidence: {evidence.kind})" if evidence else ""
    print(f"source language: {language_name(result.source)} ({result.source}){why}")
    for version in result.versions:
        print(
            f"  {version.language:<5} {version.origin:<9} {version.paragraphs:>3} paragraphs  {version.url}"
        )
    for skipped in result.skipped:
        print(f"  skipped {skipped.url}: {skipped.reason}")
    return 0
