"""What the web work hands back: the results of an import and of an update, and its errors.

They cross a worker process's pipe pickled, and the window unpickles them, which imports the
module that defines them. So they live here, in a module that imports nothing heavy (no httpx,
no lxml, no trafilatura): the window never loads the fetching and extraction code it does not
run (``reader.ui.jobs``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reader.core.errors import ReaderError
from reader.core.model import SourceEvidence


class FetchError(ReaderError):
    """A page that could not be had: ``url`` and ``reason`` apart, for lists of skipped pages;
    the message names both in one line."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        self.reason = reason
        super().__init__(f"{url}: {reason}")
        self._arguments = (url, reason)  # rebuilt whole on the other side of a worker's pipe


class Cancelled(Exception):
    """The user cancelled; raised between fetches and between chunks of a body."""


@dataclass(frozen=True)
class Skipped:
    """An address found on the page and not imported, and why."""

    url: str
    reason: str


@dataclass(frozen=True)
class ImportedVersion:
    language: str
    url: str
    origin: str
    file: str
    paragraphs: int


@dataclass(frozen=True)
class ImportResult:
    """What ``reader import --json`` prints (PRODUCT.md), plus the source-language evidence and
    the language of the page asked for (``page_language``; the window shows it beside the
    source)."""

    folder: str
    source: str
    versions: tuple[ImportedVersion, ...]
    skipped: tuple[Skipped, ...]
    evidence: tuple[SourceEvidence, ...] = ()
    page_language: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "folder": self.folder,
            "source": self.source,
            "versions": [vars(v) for v in self.versions],
            "skipped": [vars(s) for s in self.skipped],
            "source_evidence": [vars(e) for e in self.evidence],
        }


@dataclass(frozen=True)
class Revision:
    language: str
    revision: int


@dataclass(frozen=True)
class Failed:
    url: str
    reason: str


@dataclass(frozen=True)
class UpdateResult:
    """What ``reader update --json`` prints (PRODUCT.md)."""

    changed: tuple[Revision, ...]
    unchanged: tuple[Revision, ...]
    failed: tuple[Failed, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "changed": [vars(r) for r in self.changed],
            "unchanged": [vars(r) for r in self.unchanged],
            "failed": [vars(f) for f in self.failed],
        }
