"""``reader align SOURCE TRANSLATION [--json]``: which paragraphs of a translation render which.

Without ``--json``, a table: one row per bead, with the paragraph numbers of both sides (as in
``reader info --json``), the bead's kind and score, and the start of each side's text.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reader.commands import as_paths
from reader.core.align.aligner import Alignment, align, alignment_json
from reader.core.errors import ReaderError
from reader.core.ingest.loading import load_files
from reader.core.model import Version

PREVIEW = 38  # characters of each side's text per row


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar="SOURCE", help="the source text (a plain-text file)")
    parser.add_argument("translation", metavar="TRANSLATION", help="its translation (a file)")
    parser.add_argument(
        "--source-lang", metavar="L", help="the source's language (default: detected)"
    )
    parser.add_argument(
        "--target-lang", metavar="L", help="the translation's language (default: detected)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON (shape in PRODUCT.md)")
    parser.add_argument("--encoding", metavar="NAME", help="read both files in this encoding")


def _version(path: Path, language: str | None, encoding: str | None) -> Version:
    """The one version a plain-text file holds; a folder is refused with what to do instead."""
    if path.is_dir():
        raise ReaderError(
            "is a folder: reader align takes two text files; for an article folder, name two "
            f"of its version files (reader info {path} lists them)",
            path,
        )
    article = load_files([path], languages=[language] if language else [], encoding=encoding)
    return article.versions[0]


def run(args: argparse.Namespace) -> int:
    source_path, target_path = as_paths([args.source, args.translation])
    source = _version(source_path, args.source_lang, args.encoding)
    target = _version(target_path, args.target_lang, args.encoding)
    alignment = align(
        [p.text for p in source.paragraphs],
        [p.text for p in target.paragraphs],
        source.language,
        target.language,
    )
    if args.json:
        document = alignment_json(source, target, alignment)
        json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(alignment_table(source, target, alignment))
    return 0


def _numbers(indexes: tuple[int, ...]) -> str:
    if not indexes:
        return "-"
    if len(indexes) == 1:
        return str(indexes[0])
    return f"{indexes[0]}–{indexes[-1]}"


def _preview(version: Version, indexes: tuple[int, ...], width: int = PREVIEW) -> str:
    """The start of the bead's text on one side, on one line; paragraphs joined by ¶."""
    text = " ¶ ".join(" ".join(version.paragraphs[i].text.split()) for i in indexes)
    return text if len(text) <= width else text[: width - 1] + "…"


def alignment_table(source: Version, target: Version, alignment: Alignment) -> str:
    """The readable table ``reader align`` prints: one row per bead, then a count per kind."""
    lines = [
        f"source: {source.language}, {len(source.paragraphs)} paragraphs · "
        f"translation: {target.language}, {len(target.paragraphs)} paragraphs",
        "",
        f"{'source':>7}  {'transl.':>7}  {'kind':<5} {'score':>5}  "
        f"{'source text':<{PREVIEW}}  translation text",
    ]
    kinds: dict[str, int] = {}
    for bead in alignment.beads:
        kinds[bead.kind] = kinds.get(bead.kind, 0) + 1
        lines.append(
            f"{_numbers(bead.source):>7}  {_numbers(bead.target):>7}  {bead.kind:<5} "
            f"{bead.score:>5.2f}  {_preview(source, bead.source):<{PREVIEW}}  "
            f"{_preview(target, bead.target)}"
        )
    summary = ", ".join(f"{count} × {kind}" for kind, count in sorted(kinds.items()))
    lines += ["", f"{len(alignment.beads)} beads: {summary}"]
    return "\n".join(lines)
