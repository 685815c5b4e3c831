"""``reader show PATH [--lang L[@REV]] [--width N] [--logical]``: an article in the terminal.

Title, caption and body wrapped to the width; right-to-left paragraphs shaped, in visual
order and flush right (or in logical order with ``--logical``, for terminals that do bidi);
a banner line first for every version but the original (``!`` for machine output), and the publisher's notice last.
"""

from __future__ import annotations

import argparse
import sys

from reader.commands import as_paths, require_version, version_key
from reader.commands.diff import add_terminal_options, terminal_width
from reader.core.export.terminal import Rendering
from reader.core.i18n import _
from reader.core.model import Article, Direction, Role, Version, VersionKey


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help=_("article folder or text files"))
    parser.add_argument(
        "--lang",
        type=version_key,
        metavar="L[@REV]",
        help=_(
            "the version to print: a language (its latest revision) or L@REV, e.g. ar@1 "
            "(default: the source language; for one plain-text file, its language)"
        ),
    )
    parser.add_argument("--encoding", metavar="NAME", help=_("read the files in this encoding"))
    add_terminal_options(parser)


def run(args: argparse.Namespace) -> int:
    from reader.core.export.terminal import tell_if_logical, use_color, write_lines
    from reader.core.ingest.loading import load

    paths = as_paths(args.paths)
    # For loose files --lang also names their language (it cannot be detected in short files).
    loose = not any(p.is_dir() for p in paths)
    languages = [args.lang.language] * len(paths) if loose and args.lang else []
    article = load(paths, languages=languages, encoding=args.encoding)
    version = _choose(article, args.lang)
    rendering = Rendering(
        width=terminal_width(args), visual=not args.logical, color=use_color(args.color, sys.stdout)
    )
    tell_if_logical(rendering, sys.stderr)
    write_lines(article_lines(article, version, rendering), sys.stdout)
    return 0


def _choose(article: Article, key: VersionKey | None) -> Version:
    if key is None:
        return article.source or article.versions[0]
    return require_version(article, key, "--lang")


def article_lines(article: Article, version: Version, rendering: Rendering) -> list[str]:
    """Every line ``reader show`` prints for ``version`` of ``article``."""
    from reader.core.export.terminal import Style, render_paragraph
    from reader.core.present.banner import BannerLevel, banner_for

    lines: list[str] = []
    banner = banner_for(article, version)
    # Every version but the original says what it is, as the window's banner does: a post-edited
    # or human translation too (information, so no "!"), not only machine output.
    if banner.level is not BannerLevel.SOURCE:
        headline = (_("! {headline}") if banner.level.is_warning else _("i {headline}")).format(
            headline=banner.headline
        )
        lines += render_paragraph([(headline, Style.BANNER)], False, rendering)
        lines.append("")
    styles = {Role.TITLE: Style.TITLE, Role.CAPTION: Style.CAPTION, Role.BODY: None}
    for paragraph in version.paragraphs:
        rtl = paragraph.direction is Direction.RTL
        lines += render_paragraph([(paragraph.text, styles[paragraph.role])], rtl, rendering)
        lines.append("")
    notice = version.notice.text if version.notice else article.notice
    if notice and banner.level.is_warning:
        line = _("Publisher's notice: {notice}").format(notice=notice)
        lines += render_paragraph([(line, Style.NOTE)], False, rendering)
    while lines and not lines[-1]:
        lines.pop()
    return lines
