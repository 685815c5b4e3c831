"""The ``reader`` command: the window, and the same work without a screen.

``main(argv) -> int``: parse arguments, load, then either run a command or open the window.
Bad input exits 2 with one line ``reader: error: ...`` on standard error, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from reader import __version__
from reader.errors import ReaderError
from reader.model import Article, VersionKey

COMMANDS = ("info", "snapshot")


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in the project's one-line form (exit 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise ReaderError(message)


def sample_path() -> Path:
    """The bundled sample article folder."""
    return Path(str(resources.files("reader.resources") / "sample"))


def _paths(values: Sequence[str]) -> list[Path]:
    # os.fsencode/fsdecode round-trips names that are not valid UTF-8 (surrogateescape).
    return [Path(os.fsdecode(os.fsencode(v))) for v in values]


def _version_key(text: str) -> VersionKey:
    try:
        return VersionKey.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise argparse.ArgumentTypeError(f"size must be WIDTHxHEIGHT, e.g. 1280x800, not {text!r}")
    w, h = int(width), int(height)
    if not (200 <= w <= 8000 and 150 <= h <= 8000):
        raise argparse.ArgumentTypeError(f"size {text} is out of range (200x150 to 8000x8000)")
    return w, h


def _add_open_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        action="append",
        default=[],
        metavar="L",
        help="language of a plain-text file, in the order the files are given (repeatable)",
    )
    parser.add_argument("--encoding", metavar="NAME", help="read the files in this encoding")


def build_parser() -> dict[str, argparse.ArgumentParser]:
    """One parser for the window and one per command."""
    window = _Parser(
        prog="reader",
        description="Read multilingual news articles side by side. Commands: "
        + ", ".join(COMMANDS)
        + " (reader COMMAND --help).",
    )
    window.add_argument("paths", nargs="*", metavar="PATH", help="article folder or text files")
    window.add_argument("--version", action="version", version=f"reader {__version__}")
    _add_open_options(window)

    info = _Parser(prog="reader info", description="Show what Reader parsed from an article.")
    info.add_argument("paths", nargs="+", metavar="PATH")
    info.add_argument("--json", action="store_true", help="print JSON (shape in PRODUCT.md)")
    _add_open_options(info)

    snap = _Parser(prog="reader snapshot", description="Render the main window offscreen to a PNG.")
    snap.add_argument("paths", nargs="*", metavar="PATH", help="(default: the sample article)")
    snap.add_argument("-o", "--output", required=True, metavar="OUT.png")
    snap.add_argument("--size", type=_size, default=(1280, 800), metavar="WxH")
    snap.add_argument("--left", type=_version_key, metavar="L[@REV]")
    snap.add_argument("--right", type=_version_key, metavar="L[@REV]")
    snap.add_argument("--single", action="store_true", help="one version at full width")
    _add_open_options(snap)
    return {"": window, "info": info, "snapshot": snap}


def _load(args: argparse.Namespace) -> tuple[Article, list[Path]]:
    from reader.loading import load

    paths = _paths(args.paths) or [sample_path()]
    return load(paths, languages=args.lang, encoding=args.encoding), paths


def _info(args: argparse.Namespace) -> int:
    from reader.info import article_json, article_text

    article, _ = _load(args)
    if args.json:
        json.dump(article_json(article), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(article_text(article))
    return 0


def _check_version(article: Article, key: VersionKey | None, flag: str) -> None:
    if key is not None and article.find(key) is None:
        have = ", ".join(str(v.key) for v in article.versions)
        raise ReaderError(
            f"{flag} {key.language}@{key.revision or 'latest'}: no such version (have {have})"
        )


def _snapshot(args: argparse.Namespace) -> int:
    from reader.ui.snapshot import snapshot

    article, _ = _load(args)
    _check_version(article, args.left, "--left")
    _check_version(article, args.right, "--right")
    out = _paths([args.output])[0]
    if not out.parent.is_dir():
        raise ReaderError("no such folder for the output", out.parent)
    snapshot(article, out, args.size, left=args.left, right=args.right, single=args.single)
    return 0


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _window(args: argparse.Namespace) -> int:
    if not _has_display():
        raise ReaderError(
            "no display available (DISPLAY and WAYLAND_DISPLAY are not set): run reader in a "
            "desktop session, under xvfb-run, or use 'reader snapshot -o OUT.png' or 'reader info'"
        )
    article, paths = _load(args)
    from reader.ui.app import run
    from reader.ui.context import AppContext

    return run(AppContext.default(), article, paths)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``reader`` with ``argv`` (default: the process arguments); return the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parsers = build_parser()
    command = argv[0] if argv and argv[0] in COMMANDS else ""
    try:
        args = parsers[command].parse_args(argv[1:] if command else argv)
        run = {"": _window, "info": _info, "snapshot": _snapshot}[command]
        return run(args)
    except ReaderError as error:
        print(f"reader: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
