"""``reader update ARTICLE_DIR [--json]``: re-fetch each web version with a conditional request;
a version whose text changed becomes a new revision, nothing is overwritten."""

from __future__ import annotations

import argparse

from reader.commands import add_json_option, print_json
from reader.commands.progress import terminal_progress
from reader.core.i18n import _


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "folder", metavar="ARTICLE_DIR", help=_("an article folder imported from the web")
    )
    add_json_option(parser)


def run(args: argparse.Namespace) -> int:
    from reader.commands import as_paths
    from reader.core.errors import ReaderError
    from reader.core.web.updating import update_article

    folder = as_paths([args.folder])[0]
    if not folder.is_dir():
        raise ReaderError(_("is not an article folder"), folder)
    with terminal_progress(_("checking")) as progress:
        result = update_article(folder, progress=progress)
    if args.json:
        print_json(result.to_json())
        return 0
    for revision in result.changed:
        print(
            _("changed: {language}, now revision {revision}").format(
                language=revision.language, revision=revision.revision
            )
        )
    for revision in result.unchanged:
        print(_("unchanged: {version}").format(version=f"{revision.language}@{revision.revision}"))
    for failure in result.failed:
        print(_("failed: {url}: {reason}").format(url=failure.url, reason=failure.reason))
    return 0
