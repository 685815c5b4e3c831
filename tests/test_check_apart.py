"""``reader check`` aligning in a second process while it reads every paragraph's numbers
(``reader.commands.check._aligned_apart``): the same report, the same document and the same exit
status as with one processor, where it works alone."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reader.commands.forked import processors
from reader.core.checks.alignments import align_translations
from reader.core.checks.run import NumberReadings, check_article, load_checks
from reader.core.ingest.loading import load_folder

ROOT = Path(__file__).resolve().parents[1]
# A labelled article whose translations have findings of every sort the second process's work
# touches: numbers (read ahead), a paragraph's place (the alignment), a cross-version one.
ARTICLE = ROOT / "tests" / "data" / "checks" / "05-badminton"


# ``reader check`` with a second process whatever the texts' length: the labelled article's pairs
# are shorter than it takes for one to pay.
_ANY_LENGTH = """
import sys
import reader.commands.check
from reader.cli import main

reader.commands.check.MIN_CHARACTERS_APART = 0
sys.exit(main(["check", *sys.argv[1:]]))
"""


def _check(*args: str, alone: bool) -> tuple[int, str, str]:
    """``reader check ARGS`` in a fresh process; ``alone``: on one processor, so that it
    does not fork."""
    one = min(os.sched_getaffinity(0)) if alone else None
    done = subprocess.run(
        [sys.executable, "-c", _ANY_LENGTH, *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        check=False,
        preexec_fn=(lambda: os.sched_setaffinity(0, {one})) if one is not None else None,
    )
    return done.returncode, done.stdout, done.stderr


@pytest.mark.skipif(
    not hasattr(os, "sched_setaffinity") or processors() < 2,
    reason="needs two processors, and one to be chosen",
)
@pytest.mark.parametrize(
    "args",
    [
        (str(ARTICLE),),
        (str(ARTICLE / "id.txt"), str(ARTICLE / "en.txt"), "--source-lang", "id", "--json"),
    ],
    ids=["folder", "two files json"],
)
def test_the_same_output_with_a_second_process_or_alone(args: tuple[str, ...]) -> None:
    together = _check(*args, alone=False)
    assert together[0] == 1 and "number-mismatch" in together[1]
    assert together == _check(*args, alone=True)


def test_numbers_read_ahead_and_alignments_given_find_the_same() -> None:
    article = load_folder(ARTICLE)
    ahead = check_article(
        article, align_translations(article), NumberReadings.read_ahead(article.versions)
    )
    assert ahead == check_article(article)
    assert any(f.check == "number-mismatch" for found in ahead.values() for f in found)


def test_numbers_read_ahead_are_those_of_every_paragraph() -> None:
    article = load_folder(ARTICLE)
    readings = NumberReadings.read_ahead(article.versions)
    source = article.source
    assert source is not None
    for paragraph in source.paragraphs:
        # Taken as read, not read again: the very same list.
        assert readings(paragraph.text, source.language) is readings(
            paragraph.text, source.language
        )


class _Deferred:
    """A ``Beside``'s work, done here when its result is asked for."""

    def __init__(self, work: Callable[[], Any]) -> None:
        self.work = work
        self.closed = False

    def result(self) -> Any:
        return self.work()

    def close(self) -> None:
        self.closed = True


def test_half_the_beads_checked_beside_find_the_same() -> None:
    article = load_folder(ARTICLE)
    started: list[_Deferred] = []

    def beside(work: Callable[[], Any]) -> _Deferred:
        started.append(_Deferred(work))
        return started[-1]

    assert check_article(article, beside=beside) == check_article(article)
    translations = [v for v in article.versions if v.language != article.source_language]
    assert len(started) == len(translations)  # one each, then closed
    assert all(work.closed for work in started)


def test_loading_the_checks_ahead_changes_no_finding() -> None:
    article = load_folder(ARTICLE)
    before = check_article(article)
    numbers = NumberReadings.read_ahead(article.versions)
    source = article.source
    assert source is not None
    for translation in article.versions:
        if translation.language != source.language:
            load_checks(source, translation, numbers)
    assert check_article(article, numbers=numbers) == before


def test_loading_the_checks_reads_the_source_s_latin_words_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The source's Latin spellings are read once a pair, not once for every Latin word of the
    translation: a one-paragraph file of 200 KB took 13.4 s to check, 5 MB did not end."""
    import reader.core.checks.run as run
    from reader.core.model import Direction, Origin, Paragraph, Role, Version

    calls = []
    read = run.source_spellings

    def counted(text: str) -> run.SourceSpellings:
        calls.append(text)
        return read(text)

    monkeypatch.setattr(run, "source_spellings", counted)
    names = " ".join(f"Nama{n} dan" for n in range(40))
    arabic = " ".join(f"قال Name{n} إن" for n in range(40))
    source = Version("id", Origin.ORIGINAL, (Paragraph(Role.BODY, names, Direction.LTR),))
    translation = Version("ar", Origin.MACHINE, (Paragraph(Role.BODY, arabic, Direction.RTL),))
    run.load_checks(source, translation, run.NumberReadings())
    assert calls == [names]
