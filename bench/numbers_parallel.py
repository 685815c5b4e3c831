"""Where the number reader reads a sentence's numbers differently in two languages.

Run it from the project root::

    .venv/bin/python bench/numbers_parallel.py [--set ntrex|tico|pud] [--pivot en]
        [--language fr] [--all-pairs] [--show 20]

NTREX-128, TICO-19 and PUD are sentence-parallel: line k of each language's file translates the
same English sentence. On their tuning documents only (the splits of ``bench/fetch_ntrex.py``,
``bench/fetch_tico.py`` and ``bench/fetch_pud.py``; the held-back part is never read here), each
sentence's pivot (English unless ``--pivot`` says otherwise) is checked against its French
(Indonesian, Chinese, Japanese, Arabic) by the number check itself
(``reader.core.checks.numbers.number_findings`` on a bead of the two lines). Each disagreement is
a reading failure on one side, a translator's real change, or a paraphrase; the counts per
language show where a language's way of writing numbers is read worse than the pivot's.

``--all-pairs`` surveys every pair of the set's languages (fr-id, en-fr, id-zh, ...): the same
sentences read against many other writings of the same fact, so a reading failure one pair shows
is one the checks against Arabic would raise on unseen data.

Printed: per pair, the sentences read and those whose numbers disagree (per 100), and with
``--show N`` the first N disagreements of each pair with both lines. It is a survey: it always
exits 0.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path

import fetch_ntrex
import fetch_pud
import fetch_tico

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.core.checks.model import Finding, Pair
from reader.core.checks.numbers import number_findings

SETS = {"ntrex": fetch_ntrex, "tico": fetch_tico, "pud": fetch_pud}


def set_languages(data_set: str) -> list[str]:
    """Every language the set has, in the order of its pairs, Arabic last."""
    pairs = SETS[data_set].PAIRS
    return list(dict.fromkeys([s for s, _ in pairs] + [t for _, t in pairs]))


def sentences(data_set: str, source: str, target: str) -> Iterator[tuple[str, int, str, str]]:
    """(document, line, source line, target line) for every tuning line both languages have."""
    module = SETS[data_set]
    for doc in module.documents(module.find_copy()):
        if doc.part != "tuning" or source not in doc.lines or target not in doc.lines:
            continue
        for n, (left, right) in enumerate(zip(doc.lines[source], doc.lines[target], strict=True)):
            if left.strip() and right.strip():
                yield doc.id, n, left, right


def disagreements(left: str, right: str, source: str, target: str) -> list[Finding]:
    """The number check's findings on one line against its translation."""
    return number_findings(Pair(source, target, ((0, left),), ((0, right),)))


def survey(data_set: str, source: str, target: str, show: int) -> tuple[int, int, list[str]]:
    """Lines read, lines whose numbers disagree, and the first ``show`` disagreements."""
    lines = differ = 0
    shown: list[str] = []
    for doc, n, left, right in sentences(data_set, source, target):
        lines += 1
        found = disagreements(left, right, source, target)
        if not found:
            continue
        differ += 1
        if len(shown) < show:
            messages = "; ".join(f.message for f in found)
            shown.append(
                f"{source}-{target} {doc}:{n} {messages}\n  {source}: {left}\n  {target}: {right}"
            )
    return lines, differ, shown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), default="ntrex", dest="data_set")
    parser.add_argument("--pivot", default="en", help="the language read against (default: en)")
    parser.add_argument("--language", action="append", help="a language (default: all)")
    parser.add_argument(
        "--all-pairs", action="store_true", help="every pair of the set's languages"
    )
    parser.add_argument("--show", type=int, default=0, help="list N disagreements a pair")
    args = parser.parse_args(argv)
    languages = set_languages(args.data_set)
    if args.all_pairs:
        pairs = list(combinations(args.language or languages, 2))
    else:
        others = args.language or [lang for lang in languages if lang != args.pivot]
        pairs = [(args.pivot, lang) for lang in others]
    print(f"{'pair':<6} {'lines':>5} {'differ':>6} {'/100':>6}")
    shown: list[str] = []
    for source, target in pairs:
        lines, differ, found = survey(args.data_set, source, target, args.show)
        shown += found
        print(f"{source}-{target:<3} {lines:>5} {differ:>6} {100 * differ / max(lines, 1):>6.2f}")
    if shown:
        print()
        print("\n".join(shown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
