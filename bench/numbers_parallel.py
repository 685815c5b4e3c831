"""Where the number reader reads a sentence's numbers differently in two languages.

Run it from the project root::

    .venv/bin/python bench/numbers_parallel.py [--set ntrex|tico|pud] [--language fr] [--show 20]

NTREX-128, TICO-19 and PUD are sentence-parallel: line k of each language's file translates the
same English sentence. On their tuning documents only (the splits of ``bench/fetch_ntrex.py``,
``bench/fetch_tico.py`` and ``bench/fetch_pud.py``; the held-back part is never read here), each sentence's English is
checked against its French (Indonesian, Chinese, Japanese, Arabic) by the number check itself
(``reader.core.checks.numbers.number_findings`` on a bead of the two lines). English is the
language the reader reads best, so each disagreement is a reading failure on one side, a
translator's real change, or a paraphrase; the counts per language show where a language's way
of writing numbers is read worse than English.

Printed: per language, the sentences read and those whose numbers disagree (per 100), and with
``--show N`` the first N disagreements with both lines. It is a survey: it always exits 0.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

import fetch_ntrex
import fetch_pud
import fetch_tico

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.core.checks.model import Finding, Pair
from reader.core.checks.numbers import number_findings

SETS = {"ntrex": fetch_ntrex, "tico": fetch_tico, "pud": fetch_pud}
PIVOT = "en"


def sentences(data_set: str, language: str) -> Iterator[tuple[str, int, str, str]]:
    """(document, line, English, other) for every tuning line both languages have."""
    source = SETS[data_set]
    for doc in source.documents(source.find_copy()):
        if doc.part != "tuning" or language not in doc.lines or PIVOT not in doc.lines:
            continue
        for n, (english, other) in enumerate(
            zip(doc.lines[PIVOT], doc.lines[language], strict=True)
        ):
            if english.strip() and other.strip():
                yield doc.id, n, english, other


def disagreements(english: str, other: str, language: str) -> list[Finding]:
    """The number check's findings on one English line against its translation."""
    return number_findings(Pair(PIVOT, language, ((0, english),), ((0, other),)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), default="ntrex", dest="data_set")
    parser.add_argument("--language", action="append", help="a language (default: all)")
    parser.add_argument("--show", type=int, default=0, help="list N disagreements a language")
    args = parser.parse_args(argv)
    languages = args.language or [
        lang for lang in dict.fromkeys(s for s, _ in SETS[args.data_set].PAIRS) if lang != PIVOT
    ] + ["ar"]
    print(f"{'lang':<5} {'lines':>5} {'differ':>6} {'/100':>6}")
    shown: list[str] = []
    for language in languages:
        lines = differ = 0
        for doc, n, english, other in sentences(args.data_set, language):
            lines += 1
            found = disagreements(english, other, language)
            if not found:
                continue
            differ += 1
            if len(shown) < args.show * len(languages) and differ <= args.show:
                messages = "; ".join(f.message for f in found)
                shown.append(
                    f"{language} {doc}:{n} {messages}\n  en: {english}\n  {language}: {other}"
                )
        print(f"{language:<5} {lines:>5} {differ:>6} {100 * differ / max(lines, 1):>6.2f}")
    if shown:
        print()
        print("\n".join(shown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
