"""``reader export``: an article's versions written out in another format.

``--format`` picks a writer from ``FORMATS``: the page formats (``pdf``, ``html``: the view the
window prints, one version or two side by side with the source on the left, with the banners
and the findings) and the exchange formats for translators (``xliff2``, ``xliff12``, ``tmx``:
one unit per aligned pair of paragraphs, with the review's statuses and notes;
reader.core.review.exchange). Each writer is named by "module:function" and imported only when
its format is asked for, so that an exchange format never loads Qt.
"""

from __future__ import annotations

import argparse
import importlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from reader.commands import (
    add_open_options,
    load_article,
    output_file,
    require_version,
    version_key,
)
from reader.core.errors import ReaderError
from reader.core.i18n import _
from reader.core.model import Article, Version, VersionKey

if TYPE_CHECKING:
    from reader.core.review.model import VersionReview


class Format(NamedTuple):
    """A format ``reader export`` writes: its writer, "module:function", called with the
    format's name, the article, the versions (source side first) and the output path."""

    writer: str


FORMATS = {
    "pdf": Format("reader.commands.export:write_page"),  # the view as printed, fonts embedded
    "html": Format("reader.commands.export:write_page"),  # the same page as one HTML file
    "xliff2": Format("reader.commands.export:write_exchange"),  # XLIFF 2.0, for CAT tools
    "xliff12": Format("reader.commands.export:write_exchange"),  # XLIFF 1.2
    "tmx": Format("reader.commands.export:write_exchange"),  # TMX 1.4, for translation memories
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="ARTICLE_DIR", help=_("article folder or text files")
    )
    parser.add_argument(
        "--format",
        required=True,
        choices=sorted(FORMATS),
        help=_("the format to write"),
    )
    parser.add_argument(
        "--source",
        type=version_key,
        metavar="L[@REV]",
        help=_("the version on the left (default: the article's source)"),
    )
    parser.add_argument(
        "--target",
        type=version_key,
        metavar="L[@REV]",
        help=_("the version on the right (default: the first translation)"),
    )
    parser.add_argument(
        "--single", action="store_true", help=_("the target version alone, at full width")
    )
    parser.add_argument(
        "--review",
        action="store_true",
        help=_(
            "with pdf or html: the review report of the target (statuses, notes, open and "
            "dismissed findings)"
        ),
    )
    parser.add_argument("-o", "--output", required=True, metavar="OUT")
    add_open_options(parser)


def chosen_versions(
    article: Article, source: VersionKey | None, target: VersionKey | None, single: bool
) -> tuple[Version, ...]:
    """The versions to write, the source side first: ``--source``/``--target`` or the
    window's defaults (the source; the first version in another language)."""
    left = (
        require_version(article, source, "--source")
        if source is not None
        else article.source or article.versions[0]
    )
    if target is not None:
        right = require_version(article, target, "--target")
    else:
        others = [v for v in article.versions if v.language != left.language]
        right = others[0] if others else article.versions[-1]
    if single or right is left:
        return (right,)
    return (left, right)


def write_page(
    fmt: str, article: Article, versions: tuple[Version, ...], out: Path, review: bool = False
) -> None:
    """A page format (PDF, HTML): the window's printout, laid out by Qt, without a screen;
    with ``review``, the review report of the target version."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from reader.core.checks.run import check_article
    from reader.core.present.banner import ChecksStatus
    from reader.ui.app import application
    from reader.ui.printing import WRITERS, View

    application()
    alignment = None
    if len(versions) == 2:
        from reader.core.align.aligner import align

        left, right = versions
        alignment = align(
            [p.text for p in left.paragraphs],
            [p.text for p in right.paragraphs],
            left.language,
            right.language,
        )
    findings = check_article(article) if article.source is not None else {}
    reviewed = _review_of(article, versions[-1]) if review else None
    view = View(article, versions, alignment, findings, ChecksStatus.DONE, reviewed)
    WRITERS[fmt](view, out)


def _review_of(article: Article, version: Version) -> VersionReview:
    """The review of ``version``, read from its article folder (none for loose files)."""
    from reader.core.ingest.loading import MANIFEST
    from reader.core.review.store import ReviewFile

    if article.path is None or not (article.path / MANIFEST).is_file():
        raise ReaderError(_("--review needs an article folder: reviews are kept there"))
    return ReviewFile(article.path).load().review.of(str(version.key))


def write_exchange(
    fmt: str, article: Article, versions: tuple[Version, ...], out: Path, review: bool = False
) -> None:
    """An exchange format (XLIFF 2.0, XLIFF 1.2, TMX): the source and its translation, one
    unit per aligned pair, with the translation's review statuses and notes."""
    from reader.core.align.aligner import align
    from reader.core.ingest.loading import MANIFEST
    from reader.core.review.exchange import Format, header_of, units_of, write
    from reader.core.review.model import VersionReview

    if len(versions) != 2:
        raise ReaderError(
            _("--format {format} writes a source and its translation: leave out --single").format(
                format=fmt
            )
        )
    source, target = versions
    reviewed = VersionReview()
    if article.path is not None and (article.path / MANIFEST).is_file():
        reviewed = _review_of(article, target)
    alignment = align(
        [p.text for p in source.paragraphs],
        [p.text for p in target.paragraphs],
        source.language,
        target.language,
    )
    write(
        Format(fmt), header_of(source, target), units_of(source, target, alignment, reviewed), out
    )


def run(args: argparse.Namespace) -> int:
    article, _paths = load_article(args)
    versions = chosen_versions(article, args.source, args.target, args.single)
    out = output_file(args.output)
    module, _sep, function = FORMATS[args.format].writer.partition(":")
    writer = getattr(importlib.import_module(module), function)
    writer(args.format, article, versions, out, review=args.review)
    return 0
