"""False alarms of the fidelity checks on real, professional translations (NTREX-128).

Run it from the project root::

    .venv/bin/python bench/checks_real.py [--part tuning|held-back|both] [--show]

Every document of the development set (``bench/fetch_ntrex.py``) is checked, each pair apart
(en→ar, id→ar, fr→ar, zh→ar, ja→ar), with ``reader.core.checks.run.check_version`` exactly as
``reader check`` runs it. None of these translations has a seeded defect, so every finding is a
false alarm (several of one check on one paragraph count once, as in the labelled set's
scorer). Printed per part and pair: false alarms per 100 translation paragraphs, all findings
and the confident ones apart (the banner counts only the confident), and how many documents
would show the banner's count. ``--show`` lists the findings of the tuning part (never the
held-back part's: it is scored, not read).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass

from fetch_ntrex import PAIRS, Document, documents, find_copy


@dataclass
class PairScore:
    """What the checks found on one pair of one part of the set."""

    documents: int = 0
    paragraphs: int = 0
    alarms: int = 0
    confident: int = 0
    flagged_documents: int = 0  # documents whose banner shows a count (a confident finding)
    any_documents: int = 0  # documents with at least one finding of any confidence

    def per_100(self, count: int) -> float:
        return 100 * count / self.paragraphs if self.paragraphs else 0.0


def _version(language: str, text: str, origin: str) -> object:
    from reader.core.ingest.parsing import parse_text
    from reader.core.model import Origin, Version

    parsed = parse_text(text, language)
    return Version(language=language, origin=Origin(origin), paragraphs=parsed.paragraphs)


def check_document(doc: Document, source: str, target: str) -> tuple[int, list[object]]:
    """The translation's paragraph count and the findings, one per (check, paragraph)."""
    from reader.core.checks.run import check_version

    src = _version(source, doc.text(source), "original")
    tgt = _version(target, doc.text(target), "human")
    seen: dict[tuple[str, object], object] = {}
    for finding in check_version(src, tgt):  # type: ignore[arg-type]
        where = finding.paragraph if finding.paragraph is not None else finding.source_paragraph
        seen.setdefault((finding.check, where), finding)
    return len(tgt.paragraphs), list(seen.values())  # type: ignore[attr-defined]


def score(docs: Iterable[Document], show: bool = False) -> dict[tuple[str, str], PairScore]:
    """Per (part, pair), the false alarms the checks raise."""
    scores: dict[tuple[str, str], PairScore] = {}
    for doc in docs:
        for source, target in PAIRS:
            pair = f"{source}-{target}"
            tally = scores.setdefault((doc.part, pair), PairScore())
            paragraphs, findings = check_document(doc, source, target)
            confident = [f for f in findings if getattr(f, "confident", True)]
            tally.documents += 1
            tally.paragraphs += paragraphs
            tally.alarms += len(findings)
            tally.confident += len(confident)
            tally.flagged_documents += bool(confident)
            tally.any_documents += bool(findings)
            if show and doc.part == "tuning":
                for f in findings:
                    mark = "" if getattr(f, "confident", True) else " (worth a look)"
                    print(
                        f"{pair} {doc.id} ¶{f.paragraph}/{f.source_paragraph} {f.check}{mark}: {f.message}"
                    )  # type: ignore[attr-defined]
    return scores


def table(scores: dict[tuple[str, str], PairScore]) -> str:
    lines = [
        f"{'part':<10} {'pair':<6} {'docs':>5} {'paras':>6} {'alarms':>7} {'/100':>6} "
        f"{'confident':>9} {'/100':>6} {'banner shows a count':>21}"
    ]
    for (part, pair), s in sorted(scores.items()):
        lines.append(
            f"{part:<10} {pair:<6} {s.documents:>5} {s.paragraphs:>6} {s.alarms:>7} "
            f"{s.per_100(s.alarms):>6.2f} {s.confident:>9} {s.per_100(s.confident):>6.2f} "
            f"{s.flagged_documents:>12} of {s.documents:<5}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ntrex", help="a clone of MicrosoftTranslator/NTREX (or NTREX_DIR)")
    parser.add_argument("--part", choices=("tuning", "held-back", "both"), default="both")
    parser.add_argument("--show", action="store_true", help="list the tuning part's findings")
    args = parser.parse_args(argv)
    docs = [d for d in documents(find_copy(args.ntrex)) if args.part in ("both", d.part)]
    print(table(score(docs, show=args.show)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
