"""``reader align SOURCE TRANSLATION [--json]``: which paragraphs of a translation render which.

Without ``--json``, a table: one row per bead, with the paragraph numbers of both sides (as in
``reader info --json``), the bead's kind and score, and the start of each side's text.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from reader.commands import add_json_option, as_paths, print_json
from reader.core.align.aligner import Alignment, align
from reader.core.errors import ReaderError
from reader.core.export.json import alignment_json
from reader.core.i18n import _, ngettext
from reader.core.ingest.loading import load_files
from reader.core.model import Version
from reader.core.text.bidi_controls import revealed_line

PREVIEW = 38  # characters of each side's text per row


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar="SOURCE", help=_("the source text (a plain-text file)"))
    parser.add_argument("translation", metavar="TRANSLATION", help=_("its translation (a file)"))
    parser.add_argument(
        "--source-lang", metavar="L", help=_("the source's language (default: detected)")
    )
    parser.add_argument(
        "--target-lang", metavar="L", help=_("the translation's language (default: detected)")
    )
    add_json_option(parser)
    parser.add_argument("--encoding", metavar="NAME", help=_("read both files in this encoding"))


def _version(path: Path, language: str | None, encoding: str | None) -> Version:
    """The one version a plain-text file holds; a folder is refused with what to do instead."""
    if path.is_dir():
        message = _(
            "is a folder: reader align takes two text files; for an article folder, name two "
            "of its version files (reader info {folder} lists them)"
        )
        raise ReaderError(message.format(folder=path), path)
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
        print_json(document)
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
    # Controls revealed: a bidi override in a paragraph would turn the terminal's line around.
    return revealed_line(" ¶ ".join(version.paragraphs[i].text for i in indexes), width)


def alignment_table(source: Version, target: Version, alignment: Alignment) -> str:
    """The readable table ``reader align`` prints: one row per bead, then a count per kind."""
    lines = [
        _(
            "source: {source}, {source_paragraphs} · translation: {target}, {target_paragraphs}"
        ).format(
            source=source.language,
            source_paragraphs=_paragraphs(len(source.paragraphs)),
            target=target.language,
            target_paragraphs=_paragraphs(len(target.paragraphs)),
        ),
        "",
        # The columns' headings; the rows under them are numbers and the texts' own words.
        f"{_('source'):>7}  {_('transl.'):>7}  {_('kind'):<5} {_('score'):>5}  "
        f"{_('source text'):<{PREVIEW}}  {_('translation text')}",
    ]
    kinds: dict[str, int] = {}
    for bead in alignment.beads:
        kinds[bead.kind] = kinds.get(bead.kind, 0) + 1
        lines.append(
            f"{_numbers(bead.source):>7}  {_numbers(bead.target):>7}  {bead.kind:<5} "
            f"{bead.score:>5.2f}  {_preview(source, bead.source):<{PREVIEW}}  "
            f"{_preview(target, bead.target)}"
        )
    counts = _(", ").join(
        _("{count} × {kind}").format(count=count, kind=kind)
        for kind, count in sorted(kinds.items())
    )
    total = len(alignment.beads)
    summary = ngettext("{count} bead: {kinds}", "{count} beads: {kinds}", total)
    lines += ["", summary.format(count=total, kinds=counts)]
    return "\n".join(lines)


def _paragraphs(count: int) -> str:
    return ngettext("{count} paragraph", "{count} paragraphs", count).format(count=count)
