"""False alarms of the fidelity checks on real, professional translations (NTREX-128, TICO-19, PUD,
FLORES-200).

Run it from the project root::

    .venv/bin/python bench/checks_real.py [--set ntrex|tico|pud|flores]
        [--part tuning|held-back|both] [--pairs id-en,id-zh,id-ja,id-fr] [--show] [--show-held-back]

Every document of a development set (``bench/fetch_ntrex.py``: news, en/id/fr/zh/ja → ar;
``bench/fetch_tico.py``: COVID-19 texts, en/id/fr/zh → ar; ``bench/fetch_pud.py``: news and
Wikipedia sentences, en/id/fr/zh → ar; ``bench/fetch_flores.py``: FLORES-200's devtest, Wikinews,
Wikivoyage and Wikibooks sentences, en/fr → ar) is checked, each pair apart, with
``reader.core.checks.run.check_version`` exactly as ``reader check`` runs it. None of these translations has a seeded defect, so every confident finding is a
false alarm unless the set's defects file (``bench/data/<set>-defects.toml``) lists it as a
real defect read by hand; words run together are no exception (several of one check on one
paragraph count once, as in the labelled set's scorer). Printed per part and pair: false alarms per 100 translation paragraphs, all findings
and the confident ones apart (the banner counts only the confident), how many documents show a
count on the banner and how many of them count a false alarm; then the false alarms by check. ``--show`` lists the findings of the tuning part (never the
held-back part's: it is scored, not read). ``--show-held-back`` lists the held-back part's, for
reading them by hand ONCE, after the first run of an unseen set and before anything is changed
for it (as FLORES's were, ``bench/data/flores-heldback-read-14.toml``); never to decide a change.

``--pairs`` checks other pairs of the set's languages than its own (``PAIRS``, the default), such
as the Indonesian against the English, Chinese, Japanese or French version (issue 12's versions
that are not Arabic). The defects files and the held-back readings list what was read on X→Arabic
pairs: an entry counts only on a pair whose version is the one it names (its ``target``, the
Arabic unless it says otherwise), so that an Arabic defect never makes a finding of an English or
Chinese version known because it shares the paragraph and the check.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import fetch_flores
import fetch_ntrex
import fetch_pud
import fetch_tico
from fetch_ntrex import Document

DATA = Path(__file__).resolve().parent / "data"
SETS = {"ntrex": fetch_ntrex, "tico": fetch_tico, "pud": fetch_pud, "flores": fetch_flores}


@dataclass
class PairScore:
    """What the checks found on one pair of one part of the set."""

    documents: int = 0
    paragraphs: int = 0
    alarms: int = 0  # every finding, of any confidence
    confident: int = 0  # what the banner counts
    known: int = 0  # confident findings on a defect read by hand (defects file, held-back reading)
    flagged_documents: int = 0  # documents whose banner would count a false alarm
    banner_documents: int = 0  # documents whose banner count is not zero (any confident finding)
    by_check: dict[str, int] = field(default_factory=dict)  # false alarms by check

    @property
    def false_alarms(self) -> int:
        """Confident findings that are no defect read by hand."""
        return self.confident - self.known

    def per_100(self, count: int) -> float:
        return 100 * count / self.paragraphs if self.paragraphs else 0.0


ARABIC = "ar"  # the version every defects file and held-back reading was first written for


def parse_pairs(text: str) -> tuple[tuple[str, str], ...]:
    """``"id-en,id-zh"`` as ((source, target), ...)."""
    pairs = []
    for item in text.split(","):
        source, dash, target = item.strip().partition("-")
        if not (source and dash and target):
            raise argparse.ArgumentTypeError(f"not a pair SOURCE-TARGET: {item!r}")
        pairs.append((source, target))
    return tuple(pairs)


def known_defects(name: str) -> set[tuple[str, int, str, str, str]]:
    """(document, paragraph, check, source language, version's language) of the defects read by
    hand on a set's tuning part. The source is empty where the defect is the version's own, and so
    shows on every pair with that version; the version is the Arabic unless the entry names
    another (``target``, one language or a list of them)."""
    import tomllib

    defects = DATA / f"{name}-defects.toml"
    if not defects.is_file():
        return set()
    data = tomllib.loads(defects.read_text(encoding="utf-8"))
    known = set()
    for d in data.get("defect", []):
        targets = d.get("target", ARABIC)
        for target in [targets] if isinstance(targets, str) else targets:
            known.add((d["document"], d["paragraph"], d["check"], d.get("source", ""), target))
    return known


def is_known(finding: object, document: str, source: str, target: str, known: set[tuple]) -> bool:
    """Whether a defects file lists the finding: for this pair's version, and for its source or
    for every source."""
    check = str(finding.check)  # type: ignore[attr-defined]
    where = finding.paragraph  # type: ignore[attr-defined]
    return any((document, where, check, side, target) in known for side in ("", source))


def read_real(name: str) -> set[tuple[str, str, int, str]]:
    """The confident findings that a reading of the set's held-back part by hand judged real
    (``bench/data/NAME-heldback-read-*.toml``), as (pair, document, paragraph, check): the
    paragraph is the translation's, or the source's where the finding has none. Words run
    together that the reading listed by paragraph (``[[fused]]``, the Arabic's, so on every
    pair) count on every pair. A finding the reading did not see counts as false."""
    import tomllib

    found: set[tuple[str, str, int, str]] = set()
    for record in sorted(DATA.glob(f"{name}-heldback-read-*.toml")):
        data = tomllib.loads(record.read_text(encoding="utf-8"))
        for f in data.get("finding", []):
            if f["verdict"] == "real":
                found.add((f["pair"], f["document"], f["paragraph"], f["check"]))
        for f in data.get("fused", []):
            if f["verdict"] == "real":
                found.add(("*", f["document"], f["paragraph"], "run-together"))
    return found


def _read_real(finding: object, pair: str, document: str, read: frozenset[tuple]) -> bool:
    """Whether the held-back reading judged the finding real: on its own pair, or, for the
    Arabic's words run together (``"*"``), on any pair whose version is the Arabic."""
    where = finding.paragraph if finding.paragraph is not None else finding.source_paragraph  # type: ignore[attr-defined]
    check = str(finding.check)  # type: ignore[attr-defined]
    if (pair, document, where, check) in read:
        return True
    return pair.endswith(f"-{ARABIC}") and ("*", document, where, check) in read


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


def score(
    docs: Iterable[Document],
    pairs: Iterable[tuple[str, str]],
    known: set[tuple[str, int, str, str, str]],
    show: Collection[str] = (),
    read: frozenset[tuple[str, str, int, str]] = frozenset(),
) -> dict[tuple[str, str], PairScore]:
    """Per (part, pair), the false alarms the checks raise; on the held-back part, the
    findings that its reading by hand judged real (``read``) count as known. The findings of
    the parts named in ``show`` are printed as they are found."""
    scores: dict[tuple[str, str], PairScore] = {}
    pairs = tuple(pairs)
    for doc in docs:
        for source, target in pairs:
            if source not in doc.lines or target not in doc.lines:
                continue  # a language the data cannot give for this document
            pair = f"{source}-{target}"
            tally = scores.setdefault((doc.part, pair), PairScore())
            paragraphs, findings = check_document(doc, source, target)
            confident = [f for f in findings if f.confident]  # type: ignore[attr-defined]
            listed = [
                f
                for f in confident
                if is_known(f, doc.id, source, target, known)
                or (doc.part == "held-back" and _read_real(f, pair, doc.id, read))
            ]
            tally.documents += 1
            tally.paragraphs += paragraphs
            tally.alarms += len(findings)
            tally.confident += len(confident)
            tally.known += len(listed)
            tally.flagged_documents += len(confident) > len(listed)
            tally.banner_documents += bool(confident)
            for f in confident:
                if f not in listed:
                    check = str(f.check)  # type: ignore[attr-defined]
                    tally.by_check[check] = tally.by_check.get(check, 0) + 1
            if doc.part in show:
                for f in findings:
                    mark = (
                        " (worth a look)"
                        if not f.confident  # type: ignore[attr-defined]
                        else " (known)"
                        if f in listed
                        else ""
                    )
                    print(
                        f"{pair} {doc.id} ¶{f.paragraph}/{f.source_paragraph} {f.check}{mark}: {f.message}"
                    )  # type: ignore[attr-defined]
    return scores


def table(scores: dict[tuple[str, str], PairScore]) -> str:
    """Per part and pair: paragraphs; every finding; the confident ones (the banner's count);
    of those, the defects read by hand; what is left, the false alarms,
    per 100 paragraphs; the documents whose banner count is not zero; and those whose banner
    would count a false alarm."""
    lines = [
        f"{'part':<10} {'pair':<6} {'docs':>4} {'paras':>5} {'all':>5} {'conf.':>5} "
        f"{'known':>5} {'false':>5} {'/100':>6} {'banner≠0':>8}  banner counts a false alarm"
    ]
    for (part, pair), s in sorted(scores.items()):
        lines.append(
            f"{part:<10} {pair:<6} {s.documents:>4} {s.paragraphs:>5} {s.alarms:>5} "
            f"{s.confident:>5} {s.known:>5} {s.false_alarms:>5} "
            f"{s.per_100(s.false_alarms):>6.2f} {s.banner_documents:>8}  "
            f"{s.flagged_documents} of {s.documents}"
        )
    return "\n".join(lines)


def by_check(scores: dict[tuple[str, str], PairScore]) -> str:
    """Per part and pair, the false alarms by check (the class of each), per 100 paragraphs."""
    lines = []
    for (part, pair), s in sorted(scores.items()):
        classes = ", ".join(
            f"{check} {count} ({s.per_100(count):.2f})"
            for check, count in sorted(s.by_check.items(), key=lambda item: -item[1])
        )
        lines.append(f"{part:<10} {pair:<6} {classes or '-'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), default="ntrex", dest="data_set")
    parser.add_argument(
        "--copy",
        help="the set's copy (else NTREX_DIR / TICO_DIR / PUD_DIR / FLORES_DIR or the mirror)",
    )
    parser.add_argument("--part", choices=("tuning", "held-back", "both"), default="both")
    parser.add_argument("--show", action="store_true", help="list the tuning part's findings")
    parser.add_argument(
        "--show-held-back",
        action="store_true",
        help="list the held-back part's findings, to read them once after a set's first run",
    )
    parser.add_argument(
        "--pairs",
        type=parse_pairs,
        help="SOURCE-TARGET pairs, comma-separated (default: the set's own, X-ar)",
    )
    args = parser.parse_args(argv)
    source = SETS[args.data_set]
    docs = [
        d for d in source.documents(source.find_copy(args.copy)) if args.part in ("both", d.part)
    ]
    read = frozenset(read_real(args.data_set))
    pairs = args.pairs or source.PAIRS
    show = {"tuning"} if args.show else set()
    if args.show_held_back:
        show.add("held-back")
    scores = score(docs, pairs, known_defects(args.data_set), show=show, read=read)
    print(table(scores))
    print(
        "all: every finding; conf.: the confident ones, which the banner counts; known: of "
        "those, real defects read by hand (words run together included): on the tuning part "
        f"those listed in bench/data/{args.data_set}-defects.toml, on the held-back part those "
        f"its reading judged real (bench/data/{args.data_set}-heldback-read-*.toml; a finding "
        "it did not see counts as false); false: the rest"
    )
    print("\nfalse alarms by check: count (per 100 paragraphs)")
    print(by_check(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
