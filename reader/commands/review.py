"""``reader review ARTICLE_DIR [--version L@REV] [--json]``: the review state of a version.

Each paragraph's status and notes, the findings dismissed on the text they are still about,
and the progress, read from the article folder's review file (reader.core.review.store).
"""

from __future__ import annotations

import argparse
import sys

from reader.commands import add_json_option, as_paths, print_json, require_version, version_key
from reader.core.errors import ReaderError
from reader.core.i18n import _
from reader.core.model import Article, Version


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", metavar="ARTICLE_DIR", help=_("article folder"))
    parser.add_argument(
        "--version",
        type=version_key,
        metavar="L@REV",
        help=_("the version reviewed (default: the first translation, as reader export takes)"),
    )
    add_json_option(parser)


def reviewed_version(article: Article, chosen: object) -> Version:
    """The version ``--version`` names, or the first translation (``reader export``'s default)."""
    from reader.core.model import VersionKey

    if isinstance(chosen, VersionKey):
        return require_version(article, chosen, "--version")
    others = [v for v in article.versions if v.language != article.source_language]
    return (others or list(article.versions))[0]


def open_folder(text: str) -> Article:
    """The article folder named on the command line; refused in one line when it is not one
    (a review lives in the article folder, beside the versions)."""
    from reader.core.ingest.loading import MANIFEST, load_folder

    folder = as_paths([text])[0]
    if not (folder / MANIFEST).is_file():
        message = _("is not an article folder (no {manifest}); reviews are kept in article folders")
        raise ReaderError(message.format(manifest=MANIFEST), folder)
    return load_folder(folder)


def run(args: argparse.Namespace) -> int:
    from reader.core.export.json import review_json
    from reader.core.present.banner import version_name
    from reader.core.present.review import (
        approval_line,
        dismissed_line,
        heading_line,
        note_line,
        paragraph_line,
        progress_line,
        set_aside_line,
    )
    from reader.core.review.model import approval, progress, standing_dismissals
    from reader.core.review.store import ReviewFile

    article = open_folder(args.folder)
    version = reviewed_version(article, args.version)
    assert article.path is not None
    loaded = ReviewFile(article.path).load()
    if loaded.set_aside is not None:
        print(f"reader: {set_aside_line(loaded.set_aside)}", file=sys.stderr)
    review = loaded.review.of(str(version.key))
    texts = [p.text for p in version.paragraphs]
    source = article.source
    sources = [p.text for p in source.paragraphs] if source is not None else []
    dismissed = standing_dismissals(review, texts, sources)
    done = progress(review, texts)
    if args.json:
        print_json(review_json(version, review, dismissed, done))
        return 0
    print(heading_line(version_name(version, article), str(version.key)))
    print(progress_line(done))
    approved = approval(review, texts)
    if approved is not None:
        print(approval_line(approved))
    for index, text in enumerate(texts):
        print(paragraph_line(index, review.status(index, text)))
        for note in review.notes.get(index, ()):
            print(f"    {note_line(note)}")
    for dismissal in dismissed:
        print(dismissed_line(dismissal))
    return 0
