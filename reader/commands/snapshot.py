"""``reader snapshot``: the real main window rendered offscreen to a PNG."""

from __future__ import annotations

import argparse

from reader.commands import (
    add_open_options,
    load_article,
    output_file,
    require_version,
    version_key,
)
from reader.core.i18n import _
from reader.core.model import VersionKey


def _size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        message = _("size must be WIDTHxHEIGHT, e.g. 1280x800, not {size!r}")
        raise argparse.ArgumentTypeError(message.format(size=text))
    w, h = int(width), int(height)
    if not (200 <= w <= 8000 and 150 <= h <= 8000):
        message = _("size {size} is out of range (200x150 to 8000x8000)")
        raise argparse.ArgumentTypeError(message.format(size=text))
    return w, h


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH", help=_("(default: the sample article)"))
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT.png",
        help=_("the image to write, in the format its suffix names (.png, .jpg, .bmp...)"),
    )
    parser.add_argument("--size", type=_size, default=(1280, 800), metavar="WxH")
    parser.add_argument("--left", type=version_key, metavar="L[@REV]")
    parser.add_argument("--right", type=version_key, metavar="L[@REV]")
    parser.add_argument(
        "--single", action="store_true", help=_("one version at full width (--right, else --left)")
    )
    add_open_options(parser)


def run(args: argparse.Namespace) -> int:
    from reader.ui.snapshot import image_format, snapshot

    article, _paths = load_article(args, default_sample=True)
    for key, option in ((args.left, "--left"), (args.right, "--right")):
        if key is not None:
            require_version(article, key, option)
    out = output_file(args.output)
    kind = image_format(out)
    left, right = pane_choices(args.left, args.right, args.single)
    snapshot(article, out, args.size, left=left, right=right, single=args.single, kind=kind)
    return 0


def pane_choices(
    left: VersionKey | None, right: VersionKey | None, single: bool
) -> tuple[VersionKey | None, VersionKey | None]:
    """The versions for the window's left and right panes. One version at full width is the
    right pane's, so with ``--single`` a lone ``--left`` names it."""
    if single and right is None:
        return None, left
    return left, right
