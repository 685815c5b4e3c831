"""The checks' findings recorded once, to hold a change of how the checks run (not of what they
decide) to exactly the same results: ``tests/test_checks_same.py`` reads the record.

Three inputs: the sample article (every translation against its source, and without it, as a
lone file), the labelled articles of ``tests/data/checks/``, and the ~1 MB pair that
``bench/checks.py`` times (the sample's Indonesian source and Arabic translation, paragraphs
repeated, each copy made distinct). Each alignment is recorded with the findings and given back
to the checks, so that a change of the aligner does not show here as a change of the checks.
The 1 MB pair's findings are kept as a digest and a count by kind, the rest in full.

The checks are imported where they are used: ``bench/checks.py`` takes ``big_pair`` from here,
also to time an older copy of the checks, which may lack today's entry points.

Record again only after a deliberate change of what the checks find::

    .venv/bin/python -m tests.checks_golden
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import astuple, dataclass, replace
from pathlib import Path

from reader.core.align.aligner import Alignment, Bead
from reader.core.checks.model import Finding
from reader.core.ingest.loading import load_folder
from reader.core.model import Version, VersionKey

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample"
LABELLED = ROOT / "tests" / "data" / "checks"
RECORD = ROOT / "tests" / "data" / "checks_golden.json"
BIG_BYTES = 1_000_000  # UTF-8 bytes of the pair, both sides together


def big_pair(target_bytes: int = BIG_BYTES) -> tuple[Version, Version]:
    """The sample's Indonesian source and Arabic translation with their paragraphs repeated to
    ``target_bytes`` of UTF-8 for the pair, each copy made distinct (``(2)`` appended), so that
    no cache keyed on a paragraph's text helps."""
    article = load_folder(SAMPLE)
    source = article.source
    translation = article.find(VersionKey("ar", 1))
    assert source is not None and translation is not None
    size = len(source.text.encode()) + len(translation.text.encode())
    copies = target_bytes // size + 1

    def repeated(version: Version) -> Version:
        paragraphs = tuple(
            replace(p, text=f"{p.text} ({copy + 1})")
            for copy in range(copies)
            for p in version.paragraphs
        )
        return replace(version, paragraphs=paragraphs)

    return repeated(source), repeated(translation)


@dataclass(frozen=True)
class Case:
    """One translation to check against its source, with the versions that witness for the
    cross-version check (the other languages' latest versions, as ``check_article`` takes)."""

    name: str
    source: Version
    translation: Version
    witnesses: tuple[Version, ...] = ()

    def findings(self, alignments: Mapping[str, Alignment]) -> list[Finding]:
        """The findings given the alignment of each version (by its key) with the source."""
        from reader.core.checks.run import check_aligned

        witnesses = [(v, alignments[str(v.key)]) for v in self.witnesses]
        return check_aligned(
            self.source, self.translation, alignments[str(self.translation.key)], witnesses
        )

    def aligned(self) -> dict[str, Alignment]:
        """The alignments the aligner makes now, of the translation and of each witness."""
        from reader.core.checks.run import align_versions

        return {
            str(v.key): align_versions(self.source, v) for v in (self.translation, *self.witnesses)
        }


def article_cases(name: str, folder: Path) -> Iterator[Case]:
    """What ``check_article`` checks: each translation, the others' latest as witnesses."""
    article = load_folder(folder)
    source = article.source
    assert source is not None
    translations = [v for v in article.versions if v.language != article.source_language]
    latest = [
        v for v in translations if v is max(article.revisions(v.language), key=lambda r: r.revision)
    ]
    for v in translations:
        witnesses = tuple(w for w in latest if w.language != v.language)
        yield Case(f"{name}/{v.key}", source, v, witnesses)


def cases() -> Iterator[Case]:
    """The sample, then every labelled article (the ~1 MB pair apart: ``big_case``)."""
    yield from article_cases("sample", SAMPLE)
    for folder in sorted(p for p in LABELLED.iterdir() if (p / "labels.toml").is_file()):
        yield from article_cases(folder.name, folder)


def big_case() -> Case:
    source, translation = big_pair()
    return Case("1MB", source, translation)


def as_record(findings: Sequence[Finding]) -> list[list[object]]:
    """Findings as JSON values, every field kept."""
    return [
        [
            str(f.check),
            f.paragraph,
            f.source_paragraph,
            f.message,
            f.evidence,
            [list(span) for span in f.spans],
            str(f.confidence),
        ]
        for f in findings
    ]


def digest(findings: Sequence[Finding]) -> dict[str, object]:
    """A large list of findings kept short: its SHA-256 and its count by kind."""
    text = json.dumps(as_record(findings), ensure_ascii=False, sort_keys=True)
    return {
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
        "kinds": dict(sorted(Counter(str(f.check) for f in findings).items())),
    }


def beads(alignment: Alignment) -> list[list[list[int]]]:
    return [[list(b.source), list(b.target)] for b in alignment.beads]


def alignment_of(recorded: list[list[list[int]]]) -> Alignment:
    """An alignment read back from ``beads`` (the checks do not read a bead's score)."""
    return Alignment(tuple(Bead(tuple(s), tuple(t), 1.0) for s, t in recorded))


def _case_record(case: Case) -> dict[str, object]:
    alignments = case.aligned()
    findings = case.findings(alignments)
    return {
        "alignments": {key: beads(alignment) for key, alignment in alignments.items()},
        "findings": digest(findings) if case.name == "1MB" else as_record(findings),
    }


def alone_record() -> dict[str, list[list[object]]]:
    """The sample's translations checked without their source (a lone file, like the seed)."""
    from reader.core.checks.run import check_without_source

    found = check_without_source(load_folder(SAMPLE))
    return {str(key): as_record(findings) for key, findings in found.items()}


def paragraphs() -> Iterator[tuple[str, str]]:
    """(text, language) of every paragraph of every version the checks read here, once each."""
    seen: set[tuple[str, str]] = set()
    for case in (*cases(), big_case()):
        for version in (case.source, case.translation, *case.witnesses):
            for paragraph in version.paragraphs:
                key = (paragraph.text, version.language)
                if key not in seen:
                    seen.add(key)
                    yield key


def mentions_digest() -> dict[str, str]:
    """What the number reader reads in every paragraph (value, kind, span, text, month,
    spelled, alternatives of each mention), with the words and with numerals alone: a digest
    for each, so that a change of how numbers are found is held to the same numbers even where
    no finding shows it."""
    from reader.core.text.numbers import extract_numbers

    found = {}
    for words in (True, False):
        lines = [
            repr([astuple(m) for m in extract_numbers(text, language, words=words)])
            for text, language in paragraphs()
        ]
        found["words" if words else "numerals"] = hashlib.sha256(
            "\n".join(lines).encode()
        ).hexdigest()
    return found


def main() -> int:
    from reader.core.i18n import use_languages

    use_languages(["en"])
    record = {
        "cases": {case.name: _case_record(case) for case in (*cases(), big_case())},
        "alone": alone_record(),
        "mentions": mentions_digest(),
    }
    RECORD.write_text(json.dumps(record, ensure_ascii=False, indent=None) + "\n", encoding="utf-8")
    print(f"{RECORD.relative_to(ROOT)}: {len(record['cases'])} cases")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
