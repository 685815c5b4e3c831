"""The ``reader`` subcommands, one module each: ``add_arguments(parser)`` and ``run(args) -> int``.

What several commands share (opening files, naming versions) lives here.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from reader.core.errors import ReaderError, display_path
from reader.core.i18n import _
from reader.core.model import Article, Version, VersionKey


def print_json(document: object) -> None:
    """Print ``document`` as indented JSON, not ASCII-escaped, in writes of 8,192 tokens.

    ``json.dump`` writes each token on its own: for a 100,000-paragraph article that was 1.6
    million writes (19 s, now 10.8 s); ``json.dumps`` would hold the whole text in memory. The
    tokens are taken and joined in C (``islice``, ``join``): 25 -> 21 ms of processor time for
    the 1.4 MB document of ``reader check`` on the 1 MB pair, against a loop adding up sizes.
    """
    tokens = json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(document)
    while chunk := "".join(itertools.islice(tokens, 8192)):
        sys.stdout.write(chunk)
    sys.stdout.write("\n")


def sample_path() -> Path:
    """The bundled sample article folder."""
    from reader import resources_folder

    return resources_folder() / "sample"


def is_web_address(name: str) -> bool:
    """Whether a command-line name is a web page's address (http or https) rather than a
    file's: told by the name alone, so that no web code loads to decide it."""
    return name.lower().startswith(("http://", "https://"))


def as_paths(values: Sequence[str]) -> list[Path]:
    """Command-line names of files to read as paths (names that are not valid UTF-8 survive:
    surrogateescape). A web address is refused in one line, as typed (a path would fold its
    ``//``): pages are imported first."""
    for value in values:
        if is_web_address(value):
            raise ReaderError(
                _(
                    "{address} is a web address, not a file: web pages are imported with "
                    "'reader import URL'"
                ).format(address=display_path(value))
            )
    return [_as_path(v) for v in values]


def _as_path(value: str) -> Path:
    return Path(os.fsdecode(os.fsencode(value)))


def output_file(value: str) -> Path:
    """``-o OUT`` as a path to write: refused in one line when its folder does not exist or
    when it names a folder itself."""
    out = _as_path(value)
    if not out.parent.is_dir():
        raise ReaderError(_("no such folder for the output"), out.parent)
    if out.is_dir():
        raise ReaderError(_("the output is a folder; name a file"), out)
    return out


def add_open_options(parser: argparse.ArgumentParser) -> None:
    """``--lang`` and ``--encoding``, for every command that opens files."""
    parser.add_argument(
        "--lang",
        action="append",
        default=[],
        metavar="L",
        help=_("language of a plain-text file, in the order the files are given (repeatable)"),
    )
    parser.add_argument("--encoding", metavar="NAME", help=_("read the files in this encoding"))


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """``--ui-lang``, for every command and the window: the interface's language. reader.cli
    reads it before any parser is built, so that ``--help`` is in that language too."""
    parser.add_argument(
        "--ui-lang",
        metavar="LANG",
        help=_(
            "the language Reader speaks in (ar, id, en; a region may follow: ar-EG); default: "
            "the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)"
        ),
    )


def add_json_option(parser: argparse.ArgumentParser) -> None:
    """``--json``, for every command that can print its result as a JSON document."""
    parser.add_argument("--json", action="store_true", help=_("print JSON (shape in PRODUCT.md)"))


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


def require_version(article: Article, key: VersionKey, flag: str) -> Version:
    """The version of ``article`` that a ``--left``/``--lang``-style choice names; refused
    in one line, with the versions there are, when there is none."""
    version = article.find(key)
    if version is None:
        # L@latest is how the command line reads a bare language: a notation, not a word.
        asked = f"{key.language}@{key.revision or 'latest'}"
        raise ReaderError(
            _("{option} {version}: no such version (have {versions})").format(
                option=flag,
                version=asked,
                versions=_(", ").join(str(v.key) for v in article.versions),
            )
        )
    return version
