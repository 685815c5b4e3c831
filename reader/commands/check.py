"""``reader check SOURCE TRANSLATION [--source-lang L] [--target-lang L] [--json]`` and
``reader check ARTICLE_DIR [--json]``: where a translation may be wrong.

Exit status 0 when nothing is found, 1 when something is, 2 on bad input (as every command).
The readable report is one line per finding, ``file:paragraph: check: message`` (paragraph
``-`` for a source paragraph the translation lacks), then one summary line per translation.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reader.commands import as_paths
from reader.core.errors import ReaderError, display_path
from reader.core.model import Version


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="SOURCE and TRANSLATION text files, or one ARTICLE_DIR",
    )
    parser.add_argument("--source-lang", metavar="L", help="language of the SOURCE file")
    parser.add_argument("--target-lang", metavar="L", help="language of the TRANSLATION file")
    parser.add_argument("--json", action="store_true", help="print JSON (shape in PRODUCT.md)")
    parser.add_argument("--encoding", metavar="NAME", help="read the files in this encoding")


def _load_one(path: Path, language: str | None, encoding: str | None) -> Version:
    from reader.core.ingest.loading import load_files

    article = load_files([path], languages=[language] if language else [], encoding=encoding)
    return article.versions[0]


def _pairs(args: argparse.Namespace) -> list[tuple[Version, Version, list[Any]]]:
    """(source, translation, findings) for each translation the arguments name."""
    from reader.core.checks.run import check_article, check_version
    from reader.core.ingest.loading import load_folder

    paths = as_paths(args.paths)
    if len(paths) == 1 and paths[0].is_dir():
        if args.source_lang or args.target_lang:
            raise ReaderError("--source-lang and --target-lang name the languages of two files")
        article = load_folder(paths[0], encoding=args.encoding)
        results = check_article(article)
        source = article.source
        assert source is not None  # check_article refuses an article without one
        return [(source, _version(article.versions, key), found) for key, found in results.items()]
    if len(paths) == 1:
        raise ReaderError(
            "is not a folder: check takes SOURCE and TRANSLATION files, or one ARTICLE_DIR",
            paths[0],
        )
    if len(paths) != 2:
        raise ReaderError(
            f"check takes SOURCE and TRANSLATION files, or one ARTICLE_DIR, not {len(paths)} paths"
        )
    source = _load_one(paths[0], args.source_lang, args.encoding)
    translation = _load_one(paths[1], args.target_lang, args.encoding)
    return [(source, translation, check_version(source, translation))]


def _version(versions: Sequence[Version], key: object) -> Version:
    return next(v for v in versions if v.key == key)


def _name(version: Version) -> str:
    return display_path(version.path) if version.path else str(version.key)


def report_lines(translation: Version, findings: Sequence[Any]) -> list[str]:
    """The readable report for one translation: a line per finding, then a summary."""
    from reader.core.checks.run import count_by_kind

    name = _name(translation)
    lines = [
        f"{name}:{'-' if f.paragraph is None else f.paragraph}: {f.check}: {f.message}"
        for f in findings
    ]
    counts = ", ".join(f"{kind} {count}" for kind, count in count_by_kind(findings))
    lines.append(f"{name}: {len(findings)} finding(s)" + (f": {counts}" if counts else ""))
    return lines


def run(args: argparse.Namespace) -> int:
    from reader.core.checks.run import check_json

    pairs = _pairs(args)
    if args.json:
        documents = [check_json(source, version, found) for source, version, found in pairs]
        single = len(as_paths(args.paths)) == 2
        json.dump(
            documents[0] if single else {"results": documents},
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")
    else:
        for _, version, found in pairs:
            print("\n".join(report_lines(version, found)))
    return 1 if any(found for _, _, found in pairs) else 0
