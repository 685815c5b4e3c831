"""``reader import SOURCE [-o DIR] [--json] [--no-alternates] [--library DIR]``: a web page (an
http(s) URL or a saved page) and its language versions, saved as an article folder."""

from __future__ import annotations

import argparse

from reader.commands import add_json_option, print_json
from reader.commands.progress import terminal_progress
from reader.core.i18n import _, ngettext


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "source", metavar="SOURCE", help=_("an http(s) URL, or a saved .html/.mhtml page")
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="DIR",
        help=_("the article folder to create (default: a new folder in the library)"),
    )
    add_json_option(parser)
    parser.add_argument(
        "--no-alternates",
        action="store_true",
        help=_("import only this page, not its other language versions"),
    )
    parser.add_argument(
        "--library",
        metavar="DIR",
        help=_("the library folder (default: READER_LIBRARY, else the user data folder)"),
    )


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from reader.core.library import library_folder
    from reader.core.text.languages import language_name
    from reader.core.web.importing import import_article

    target = Path(args.output) if args.output else None
    with terminal_progress(_("fetching")) as progress:
        result = import_article(
            args.source,
            target=target,
            library=None if target else library_folder(args.library),
            alternates=not args.no_alternates,
            progress=progress,
        )
    if args.json:
        print_json(result.to_json())
        return 0
    print(_("imported into {folder}").format(folder=result.folder))
    source = {"language": language_name(result.source), "code": result.source}
    if result.evidence:
        print(
            _("source language: {language} ({code}), from the page's {evidence}").format(
                evidence=result.evidence[0].kind, **source
            )
        )
    else:
        print(_("source language: {language} ({code})").format(**source))
    for version in result.versions:
        count = ngettext("{count} paragraph", "{count} paragraphs", version.paragraphs).format(
            count=version.paragraphs
        )
        print(f"  {version.language:<5} {version.origin:<11} {count:>14}  {version.url}")
    for skipped in result.skipped:
        print(_("  skipped {url}: {reason}").format(url=skipped.url, reason=skipped.reason))
    return 0
