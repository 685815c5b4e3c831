"""``reader check SOURCE TRANSLATION [--source-lang L] [--target-lang L] [--json]``,
``reader check ARTICLE_DIR [--json]`` and ``reader check FILE [--source-lang L] [--json]``:
where a translation may be wrong. A lone FILE (a translation without its source, like the
seed) gets the checks that need no source (``check_alone``); its source language is the one
``--source-lang`` names, else the one the publisher's notice names, else its own.

Exit status 0 when nothing is found, 1 when something is, 2 on bad input (as every command).
The readable report is one line per finding in the GNU form ``file:LINE:COLUMN: check: message``
(1-based line and column in the file, where the flagged words start, so that an editor's
jump-to-error lands there; ``file: check: message`` for a source paragraph the translation lacks),
then one summary line per translation. The JSON keeps the 0-based paragraph index.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from reader.commands import add_json_option, as_paths, print_json
from reader.core.errors import ReaderError, display_path
from reader.core.i18n import _, ngettext
from reader.core.model import Version

if TYPE_CHECKING:
    from reader.core.checks.run import Beside, NumberReadings
    from reader.core.ingest.positions import Locator, Position

T = TypeVar("T")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help=_("SOURCE and TRANSLATION text files, or one ARTICLE_DIR"),
    )
    parser.add_argument("--source-lang", metavar="L", help=_("language of the SOURCE file"))
    parser.add_argument("--target-lang", metavar="L", help=_("language of the TRANSLATION file"))
    add_json_option(parser)
    parser.add_argument("--encoding", metavar="NAME", help=_("read the files in this encoding"))


def _load_one(path: Path, language: str | None, encoding: str | None) -> Version:
    from reader.core.ingest.loading import load_files

    article = load_files([path], languages=[language] if language else [], encoding=encoding)
    return article.versions[0]


def _pairs(args: argparse.Namespace) -> list[tuple[Version, Version, list[Any]]]:
    """(source, translation, findings) for each translation the arguments name."""
    from reader.core.checks.alignments import (
        align_translations,
        align_versions,
        checked_source,
        translations,
    )
    from reader.core.ingest.loading import load_folder

    paths = as_paths(args.paths)
    if len(paths) == 1 and paths[0].is_dir():
        if args.source_lang or args.target_lang:
            raise ReaderError(_("--source-lang and --target-lang name the languages of two files"))
        article = load_folder(paths[0], encoding=args.encoding)
        source = checked_source(article)
        alignments, numbers, beside = _aligned_apart(
            functools.partial(align_translations, article), [source, *translations(article)]
        )
        from reader.core.checks.run import check_article

        results = check_article(article, alignments, numbers, beside)
        return [(source, _version(article.versions, key), found) for key, found in results.items()]
    if len(paths) != 2:
        raise ReaderError(
            ngettext(
                "check takes SOURCE and TRANSLATION files, one ARTICLE_DIR or one FILE, "
                "not {count} path",
                "check takes SOURCE and TRANSLATION files, one ARTICLE_DIR or one FILE, "
                "not {count} paths",
                len(paths),
            ).format(count=len(paths))
        )
    source = _load_one(paths[0], args.source_lang, args.encoding)
    translation = _load_one(paths[1], args.target_lang, args.encoding)
    alignment, numbers, beside = _aligned_apart(
        functools.partial(align_versions, source, translation), [source, translation]
    )
    from reader.core.checks.run import check_version

    found = check_version(source, translation, alignment, numbers=numbers, beside=beside)
    return [(source, translation, found)]


# The characters of paragraphs (every version's together) from which aligning in a second
# process, while this one reads every paragraph's numbers, pays for the process (1 to 5 ms of
# wall time to fork, pickle and reap). Callgrind, parent process against a run alone: 1,828
# characters (a 5-paragraph pair) save 19 million instructions, about what the fork costs;
# the sample's 11,016 (six pairs) 280 million (39 ms); the 1 MB pair 1.5 billion.
MIN_CHARACTERS_APART = 4_000


def _aligned_apart(
    align: Callable[[], T], versions: Sequence[Version]
) -> tuple[T, NumberReadings | None, Beside | None]:
    """``align()``, worked out in a second process while this one reads the numbers of every
    paragraph of ``versions`` (the source first) for the checks, where the texts are long
    enough for that to pay (``reader.commands.forked``); else here, and nothing read ahead.
    The checks' modules and data are loaded meanwhile too: the second process, which only
    aligns, has no need of them. Then what checks half the beads in a second process, where
    the first one could be had."""
    from reader.commands.forked import Forked

    size = sum(len(p.text) for version in versions for p in version.paragraphs)
    worth = len(versions) > 1 and size >= MIN_CHARACTERS_APART  # a translation to align
    with Forked(align, fork=worth) as aligning:
        from reader.core.checks.run import NumberReadings, load_checks

        if not aligning.forked:
            return aligning.result(), None, None
        # While the second process aligns; the checks' data loaded once, before the fork.
        numbers = NumberReadings.read_ahead(versions)
        for translation in versions[1:]:
            load_checks(versions[0], translation, numbers)
        return aligning.result(), numbers, Forked


def _version(versions: Sequence[Version], key: object) -> Version:
    return next(v for v in versions if v.key == key)


def _name(version: Version) -> str:
    return display_path(version.path) if version.path else str(version.key)


def _locator(version: Version) -> Locator | None:
    """Finds the version's paragraphs in its file, read again as it was read to load it."""
    from reader.core.ingest.encodings import read_text_file
    from reader.core.ingest.positions import Locator

    if version.path is None:
        return None
    try:
        text = read_text_file(version.path, encoding=version.encoding).text
    except ReaderError:  # changed since it was loaded: the report names the file alone
        return None
    return Locator(text, version.paragraphs)


def _where(finding: Any, locator: Locator | None) -> Position | None:
    if finding.paragraph is None or locator is None:
        return None
    at = finding.spans[0][0] if finding.spans else 0
    return locator.locate(finding.paragraph, at)


def report_lines(translation: Version, findings: Sequence[Any]) -> list[str]:
    """The readable report for one translation: a line per finding, then a summary."""
    from reader.core.checks.run import count_by_kind

    name = _name(translation)
    locator = _locator(translation) if findings else None
    lines = []
    for finding in findings:
        # A check is named by its stable id (``untranslated``, as in --json), which scripts and
        # grep look for: only the message is in the reader's language.
        where = _where(finding, locator)
        if where is None:
            line = _("{file}: {check}: {message}")
        else:
            line = _("{file}:{line}:{column}: {check}: {message}")
        lines.append(
            line.format(
                file=name,
                line=where.line if where else 0,
                column=where.column if where else 0,
                check=finding.check,
                message=finding.message,
            )
        )
    total = len(findings)
    kinds = _(", ").join(
        _("{check} {count}").format(check=kind, count=count)
        for kind, count in count_by_kind(findings)
    )
    if kinds:
        summary = ngettext(
            "{file}: {count} finding: {kinds}", "{file}: {count} findings: {kinds}", total
        )
    else:
        summary = ngettext("{file}: {count} finding", "{file}: {count} findings", total)
    lines.append(summary.format(file=name, count=total, kinds=kinds))
    return lines


def _alone(args: argparse.Namespace, path: Path) -> tuple[Version, str, list[Any]]:
    """(translation, source language, findings) for a lone file checked without its source."""
    from reader.core.checks.run import check_alone
    from reader.core.ingest.loading import load_files

    languages = [args.target_lang] if args.target_lang else []
    article = load_files([path], languages=languages, encoding=args.encoding)
    translation = article.versions[0]
    source_language = args.source_lang or article.source_language
    return translation, source_language, check_alone(translation, source_language)


def _run_alone(args: argparse.Namespace, path: Path) -> int:
    from reader.core.checks.model import worth_a_look
    from reader.core.checks.run import count_by_kind
    from reader.core.export.json import check_alone_json
    from reader.core.present.findings import alone_summary
    from reader.core.text.languages import language_name

    translation, source_language, found = _alone(args, path)
    if args.json:
        print_json(check_alone_json(translation, source_language, found))
    else:
        print("\n".join(report_lines(translation, found)))
        counts = count_by_kind(found, confident_only=True)
        # A file in its own source language (no notice names another, nor --source-lang): its
        # source's language is unknown, not its own.
        known = source_language != translation.language
        source = language_name(source_language) if known else None
        print(alone_summary(counts, worth_a_look(found), source))
    return 1 if found else 0


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the run, on again after (or on an error).

    A check run makes long-lived readings (each paragraph's numbers, words and skeletons, kept
    for the run's beads) and next to no cyclic garbage: on the 1 MB pair the collector ran 217
    times, walking the growing heap for 5-6 % of the run's time, and freed 506 objects.
    Reference counting frees everything else as before.

    What the run leaves alive would all count as young once the collector is on again, and the
    first allocation after would walk it (0.07-0.09 s at load 8 for the 1 MB pair): it is
    moved to the oldest generation at once instead (frozen and unfrozen, which resets the
    young generation's count), where it would have aged to."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def run(args: argparse.Namespace) -> int:
    with _collector_paused():
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    paths = as_paths(args.paths)
    if len(paths) == 1 and not paths[0].is_dir():
        return _run_alone(args, paths[0])
    pairs = _pairs(args)
    if args.json:
        from reader.core.export.json import check_json

        documents = [check_json(source, version, found) for source, version, found in pairs]
        single = len(as_paths(args.paths)) == 2
        print_json(documents[0] if single else {"results": documents})
    else:
        for _source, version, found in pairs:
            print("\n".join(report_lines(version, found)))
        if not pairs:  # a folder with its source alone (its JSON: an empty list of results)
            print(
                _("{folder}: no translation to check: the article has only its source").format(
                    folder=display_path(paths[0])
                )
            )
    return 1 if any(found for _source, _version, found in pairs) else 0
