"""Score the fidelity checks against the labelled articles of this folder.

Each sub-folder is an article folder (``article.toml``, an Indonesian source and translations)
with a ``labels.toml`` listing the defects seeded into the translations; every other paragraph
is meant to be a faithful translation, so any other finding is a false alarm. A finding matches
a label by article, version, check and paragraph (the source paragraph for a missing one);
several findings of one check on one paragraph count once.

Used by ``tests/test_checks.py`` and ``bench/checks.py``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.checks.run import Finding, FindingKind, check_article
from reader.core.ingest.loading import load_folder
from reader.core.model import VersionKey

HERE = Path(__file__).resolve().parent

Key = tuple[str, str, str, object]  # article, version, check, paragraph (or ("source", n))


def _key(case: str, version: str, check: str, paragraph: int | None, source: int | None) -> Key:
    return case, version, check, paragraph if paragraph is not None else ("source", source)


def cases(root: Path = HERE) -> list[Path]:
    """The labelled article folders, in name order."""
    return sorted(p for p in root.iterdir() if (p / "labels.toml").is_file())


def labels(folder: Path) -> set[Key]:
    """The defects seeded into one article's translations."""
    data = tomllib.loads((folder / "labels.toml").read_text(encoding="utf-8"))
    found = set()
    for defect in data.get("defect", []):
        version = str(VersionKey(defect["version"], defect.get("revision", 1)))
        found.add(
            _key(
                folder.name,
                version,
                defect["check"],
                defect.get("paragraph"),
                defect.get("source_paragraph"),
            )
        )
    return found


def findings(folder: Path) -> dict[Key, Finding]:
    """What the checks report on one article, one entry per (version, check, paragraph)."""
    found: dict[Key, Finding] = {}
    for version, results in check_article(load_folder(folder)).items():
        for finding in results:
            key = _key(
                folder.name,
                str(version),
                finding.check,
                finding.paragraph,
                finding.source_paragraph,
            )
            found.setdefault(key, finding)
    return found


@dataclass
class Tally:
    """True positives, false alarms and misses of one check kind."""

    true: int = 0
    false_alarms: list[Key] = field(default_factory=list)
    misses: list[Key] = field(default_factory=list)

    @property
    def precision(self) -> float:
        reported = self.true + len(self.false_alarms)
        return self.true / reported if reported else 1.0

    @property
    def recall(self) -> float:
        seeded = self.true + len(self.misses)
        return self.true / seeded if seeded else 1.0


def score(folders: Iterable[Path] | None = None) -> dict[str, Tally]:
    """Per check kind (and "overall"), how the findings compare with the labels."""
    tallies = {str(kind): Tally() for kind in (*FindingKind, "overall")}
    for folder in cases() if folders is None else folders:
        expected = labels(folder)
        reported = findings(folder)
        for key in expected | set(reported):
            tally = tallies.setdefault(key[2], Tally())
            for target in (tally, tallies["overall"]):
                if key in expected and key in reported:
                    target.true += 1
                elif key in reported:
                    target.false_alarms.append(key)
                else:
                    target.misses.append(key)
    return tallies


def table(tallies: dict[str, Tally]) -> str:
    """The tallies as a plain-text table: kind, seeded, found, false alarms, P, R."""
    lines = [
        f"{'check':<18} {'seeded':>6} {'found':>6} {'false':>6} {'precision':>9} {'recall':>7}"
    ]
    for kind, tally in tallies.items():
        seeded = tally.true + len(tally.misses)
        if not seeded and not tally.false_alarms and kind != "overall":
            continue
        lines.append(
            f"{kind:<18} {seeded:>6} {tally.true:>6} {len(tally.false_alarms):>6} "
            f"{tally.precision:>9.2f} {tally.recall:>7.2f}"
        )
    return "\n".join(lines)
