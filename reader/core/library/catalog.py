"""What the library holds: one entry per article folder, and the folders that failed to load.

An entry is what a list of articles shows without opening one: the titles in every language,
the versions with their origins, and the dates. The index stores entries (as JSON) so that a
listing reads no article folder that has not changed.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.core.model import Article, Origin, Version
from reader.core.text.languages import primary_subtag


@dataclass(frozen=True)
class VersionEntry:
    """One version as a listing shows it: language, revision, origin, its title, when it was
    retrieved from the web (RFC 3339, UTC; None for a version not taken from the web)."""

    language: str
    revision: int
    origin: Origin
    title: str
    retrieved: str | None = None
    paragraphs: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "revision": self.revision,
            "origin": self.origin.value,
            "title": self.title,
            "retrieved": self.retrieved,
            "paragraphs": self.paragraphs,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> VersionEntry:
        return cls(
            language=data["language"],
            revision=int(data["revision"]),
            origin=Origin(data["origin"]),
            title=data["title"],
            retrieved=data.get("retrieved"),
            paragraphs=int(data.get("paragraphs", 0)),
        )


@dataclass(frozen=True)
class ArticleEntry:
    """One article of the library: its folder, display title, source language, versions, and
    when it was last updated (the newest of its retrieval dates and file changes, RFC 3339 UTC)."""

    folder: Path
    title: str
    source: str
    versions: tuple[VersionEntry, ...]
    updated: str
    retrieved: str | None = None

    @property
    def languages(self) -> tuple[str, ...]:
        """The article's languages, the source first, each once."""
        found = dict.fromkeys([self.source, *(v.language for v in self.versions)])
        return tuple(found)

    @property
    def has_machine_versions(self) -> bool:
        return any(v.origin is Origin.MACHINE for v in self.versions)

    def title_in(self, language: str) -> str:
        """The title of the newest revision in ``language`` (by its primary subtag: ``ar``
        finds ``ar-EG``), or the empty string if the article has no such version."""
        wanted = primary_subtag(language)
        matching = [v for v in self.versions if primary_subtag(v.language) == wanted and v.title]
        return max(matching, key=lambda v: v.revision).title if matching else ""

    def has_language(self, language: str) -> bool:
        wanted = primary_subtag(language)
        return any(primary_subtag(code) == wanted for code in self.languages)

    def to_json(self) -> dict[str, Any]:
        """The entry as ``reader library --json`` prints it (PRODUCT.md, "library")."""
        return {
            "folder": str(self.folder),
            "title": self.title,
            "source": self.source,
            "languages": list(self.languages),
            "updated": self.updated,
            "retrieved": self.retrieved,
            "titles": {code: self.title_in(code) for code in self.languages},
            "versions": [v.to_json() for v in self.versions],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ArticleEntry:
        return cls(
            folder=Path(data["folder"]),
            title=data["title"],
            source=data["source"],
            versions=tuple(VersionEntry.from_json(v) for v in data["versions"]),
            updated=data["updated"],
            retrieved=data.get("retrieved"),
        )


@dataclass(frozen=True)
class BrokenFolder:
    """A folder of the library that does not load, and why (the loader's own words)."""

    folder: Path
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"folder": str(self.folder), "reason": self.reason}


@dataclass(frozen=True)
class Catalog:
    """Every article of the library and every broken folder, by folder name; ``notes`` are what
    the index has to say once (that it was rebuilt, say)."""

    articles: tuple[ArticleEntry, ...]
    broken: tuple[BrokenFolder, ...] = ()
    notes: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        """The ``reader library --json`` document."""
        return {
            "articles": [a.to_json() for a in self.articles],
            "broken": [b.to_json() for b in self.broken],
        }


def describe(article: Article, folder: Path, modified: float) -> ArticleEntry:
    """The entry of a loaded article folder; ``modified`` is the newest modification time of its
    files (seconds since the epoch), which dates a version not taken from the web."""
    versions = tuple(_version_entry(v) for v in article.versions)
    retrieved = sorted(v.retrieved for v in versions if v.retrieved)
    changed = rfc3339(modified)
    return ArticleEntry(
        folder=folder,
        title=article.display_title,
        source=article.source_language,
        versions=versions,
        updated=max([changed, *retrieved]),
        retrieved=retrieved[0] if retrieved else None,
    )


def _version_entry(version: Version) -> VersionEntry:
    provenance = version.provenance
    return VersionEntry(
        language=version.language,
        revision=version.revision,
        origin=version.origin,
        title=version.title,
        retrieved=provenance.retrieved if provenance else None,
        paragraphs=len(version.paragraphs),
    )


def rfc3339(timestamp: float) -> str:
    """Seconds since the epoch as RFC 3339 in UTC, to the second: ``2026-12-05T17:02:14Z``."""
    moment = datetime.datetime.fromtimestamp(int(timestamp), tz=datetime.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
