"""The aligner's anchors and the number reader's mentions recorded once, to hold a change of how
they are read (not of what is read) to exactly the same results: ``tests/test_anchors_same.py``
reads the record.

Four inputs, each read in both directions with the other text's language
(``paragraph_keys(text, language, other_language)``), and every paragraph's numbers with the
words and with numerals alone (``extract_numbers``):

- the sample article, its source against each translation;
- the evaluation cases of ``tests/data/align/`` (``tests/align_baseline.load_cases``), and the
  cases concatenated to 600 paragraphs as ``bench/align.py`` builds its speed test (every number
  prefixed by a pass's own, so number-heavy);
- the first lines of the public sentence-alignment sets in ``/work/shared/data/align-public``
  (Text+Berg de–fr, MAC-Dev zh–en, the Bible en–zh; research data, read where it lies and never
  copied into the project), kept apart in the record since a machine without them skips them.

Each is kept as a SHA-256 digest of the keys (sorted, with their counts) and of the mentions (every
field), per input and direction. Record again only after a deliberate change of what is read::

    .venv/bin/python -m tests.anchors_golden
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import astuple, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample"
PUBLIC = Path("/work/shared/data/align-public")
RECORD = ROOT / "tests" / "data" / "anchors_golden.json"
PUBLIC_LINES = 300  # sentences of each public text: a small slice
BIG_SIZE = 600  # source paragraphs of the concatenated cases


@dataclass(frozen=True)
class Pair:
    """Two texts to align, each a sequence of paragraphs in its language."""

    name: str
    source: tuple[str, ...]
    source_language: str
    target: tuple[str, ...]
    target_language: str


def _sample_pairs() -> Iterator[Pair]:
    from reader.core.ingest.loading import load_folder

    article = load_folder(SAMPLE)
    source = article.source
    assert source is not None
    for version in article.versions:
        if version is not source:
            yield Pair(
                f"sample {version.key}",
                tuple(p.text for p in source.paragraphs),
                source.language,
                tuple(p.text for p in version.paragraphs),
                version.language,
            )


def _case_pairs() -> Iterator[Pair]:
    sys.path.insert(0, str(ROOT))
    from bench.align import big_case
    from tests.align_baseline import load_cases

    cases = load_cases()
    for case in (*cases, big_case(cases, BIG_SIZE)):
        yield Pair(
            f"case {case.id}",
            case.source,
            case.source_language,
            case.target,
            case.target_language,
        )


def _lines(path: Path) -> tuple[str, ...]:
    with path.open(encoding="utf-8") as lines:
        return tuple(line.rstrip("\n") for _, line in zip(range(PUBLIC_LINES), lines, strict=False))


def public_pairs() -> Iterator[Pair]:
    """The first lines of a few of the public sets' texts (none when they are not here)."""
    for name, first, first_language, second, second_language in (
        ("tb test0", "tb/test0.de", "de", "tb/test0.fr", "fr"),
        ("tb test3", "tb/test3.de", "de", "tb/test3.fr", "fr"),
        ("macdev 001", "macdev/001.zh", "zh", "macdev/001.en", "en"),
        ("bible", "bible/en", "en", "bible/zh", "zh"),
    ):
        if (PUBLIC / first).exists() and (PUBLIC / second).exists():
            yield Pair(
                f"public {name}",
                _lines(PUBLIC / first),
                first_language,
                _lines(PUBLIC / second),
                second_language,
            )


def pairs() -> Iterator[Pair]:
    """Every pair of the record but the public sets'."""
    yield from _sample_pairs()
    yield from _case_pairs()


def _sha(lines: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def pair_record(pair: Pair) -> dict[str, str]:
    """The digests of one pair: the anchor keys of each side (read against the other's
    language), and each side's mentions with the words and with numerals alone."""
    from reader.core.align.anchors import paragraph_keys
    from reader.core.text.numbers import extract_numbers

    record = {}
    sides = (
        ("source", pair.source, pair.source_language, pair.target_language),
        ("target", pair.target, pair.target_language, pair.source_language),
    )
    for side, paragraphs, language, other in sides:
        keys = paragraph_keys(paragraphs, language, other)
        record[f"{side} keys"] = _sha([repr(sorted(counts.items())) for counts in keys])
        for words in (True, False):
            mentions = [
                repr([astuple(m) for m in extract_numbers(text, language, words=words)])
                for text in paragraphs
            ]
            record[f"{side} {'words' if words else 'numerals'}"] = _sha(mentions)
    return record


def main() -> int:
    from reader.core.i18n import use_languages

    use_languages(["en"])
    record = {
        "pairs": {pair.name: pair_record(pair) for pair in pairs()},
        "public": {pair.name: pair_record(pair) for pair in public_pairs()},
    }
    RECORD.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(
        f"{RECORD.relative_to(ROOT)}: {len(record['pairs'])} pairs, {len(record['public'])} public"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
