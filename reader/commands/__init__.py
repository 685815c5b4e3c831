"""The ``reader`` subcommands, one module each: ``add_arguments(parser)`` and ``run(args) -> int``.

What several commands share (opening files, naming versions) lives here.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from reader.core.errors import ReaderError
from reader.core.model import Article, VersionKey


def sample_path() -> Path:
    """The bundled sample article folder."""
    return Path(str(resources.files("reader.resources") / "sample"))


def as_paths(values: Sequence[str]) -> list[Path]:
    """Command-line names as paths (names that are not valid UTF-8 survive: surrogateescape)."""
    return [Path(os.fsdecode(os.fsencode(v))) for v in values]


def add_open_options(parser: argparse.ArgumentParser) -> None:
    """``--lang`` and ``--encoding``, for every command that opens files."""
    parser.add_argument(
        "--lang",
        action="append",
        default=[],
        metavar="L",
        help="language of a plain-text file, in the order the files are given (repeatable)",
    )
    parser.add_argument("--encoding", metavar="NAME", help="read the files in this encoding")


def load_article(
    args: argparse.Namespace, default_sample: bool = False
) -> tuple[Article, list[Path]]:
    """Open ``args.paths`` (or the sample article) with the ``--lang``/``--encoding`` options."""
    from reader.core.ingest.loading import load

    paths = as_paths(args.paths)
    if not paths and default_sample:
        paths = [sample_path()]
    return load(paths, languages=args.lang, encoding=args.encoding), paths


def version_key(text: str) -> VersionKey:
    """argparse type for ``L`` or ``L@REV``."""
    try:
        return VersionKey.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def require_version(article: Article, key: VersionKey | None, flag: str) -> None:
    """Refuse a ``--left``/``--right``-style choice that names no version of ``article``."""
    if key is not None and article.find(key) is None:
        have = ", ".join(str(v.key) for v in article.versions)
        raise ReaderError(
            f"{flag} {key.language}@{key.revision or 'latest'}: no such version (have {have})"
        )
