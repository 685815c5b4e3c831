"""What the library holds: one entry per article folder, and the folders that failed to load.

An entry is what a list of articles shows without opening one: the titles in every language,
the versions with their origins, and the dates. The index stores entries (as JSON) so that a
listing reads no article folder that has not changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.core.model import Article, Origin, Version
from reader.core.text.languages import primary_subtag


@dataclass(frozen=True)
class VersionStatus:
    """The findings the banner counts on a version (None: not checked since its files last
    changed), those it lists as worth a look, and its review progress."""

    findings: int | None = None
    worth_a_look: int | None = None
    approved: int = 0
    needs_work: int = 0
    paragraphs: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "findings": self.findings,
            "worth_a_look": self.worth_a_look,
            "review": {
                "approved": self.approved,
                "needs_work": self.needs_work,
                "total": self.paragraphs,
            },
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> VersionStatus:
        review = data.get("review") or {}
        return cls(
            findings=data.get("findings"),
            worth_a_look=data.get("worth_a_look"),
            approved=int(review.get("approved", 0)),
            needs_work=int(review.get("needs_work", 0)),
            paragraphs=int(review.get("total", 0)),
        )


@dataclass(frozen=True)
class VersionEntry:
    """One version as a listing shows it: language, revision, origin, its title, when it was
    retrieved from the web (RFC 3339, UTC; None for a version not taken from the web), its
    findings and review progress (``status``)."""

    language: str
    revision: int
    origin: Origin
    title: str
    retrieved: str | None = None
    paragraphs: int = 0
    status: VersionStatus = field(default_factory=VersionStatus)

    def to_json(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "revision": self.revision,
            "origin": self.origin.value,
            "title": self.title,
            "retrieved": self.retrieved,
            "paragraphs": self.paragraphs,
            **self.status.to_json(),
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
            status=VersionStatus.from_json(data),
        )


@dataclass(frozen=True)
class ArticleEntry:
    """One article of the library: its folder, display title, source language, versions, and
    when it was last updated (the newest of its retrieval dates and file changes, RFC 3339 UTC);
    why its review file could not be read, if it could not."""

    folder: Path
    title: str
    source: str
    versions: tuple[VersionEntry, ...]
    updated: str
    retrieved: str | None = None
    review_error: str | None = None

    @property
    def languages(self) -> tuple[str, ...]:
        """The article's languages, the source first, each once."""
        found = dict.fromkeys([self.source, *(v.language for v in self.versions)])
        return tuple(found)

    @property
    def has_machine_versions(self) -> bool:
        return any(v.origin is Origin.MACHINE for v in self.versions)

    @property
    def translations(self) -> tuple[VersionEntry, ...]:
        """The newest revision of each language but the source's: what the findings count and
        the review progress are about (an older revision was replaced)."""
        newest: dict[str, VersionEntry] = {}
        for v in self.versions:
            best = newest.get(v.language)
            if v.language != self.source and (best is None or v.revision > best.revision):
                newest[v.language] = v
        return tuple(newest.values())

    @property
    def findings(self) -> int | None:
        """The findings the banner counts, over the translations; None while one of them has
        not been checked since its files changed."""
        counts = [v.status.findings for v in self.translations]
        return None if None in counts else sum(c or 0 for c in counts)

    @property
    def review(self) -> tuple[int, int, int]:
        """The translations' paragraphs approved, needing work, and in all."""
        shown = self.translations
        return (
            sum(v.status.approved for v in shown),
            sum(v.status.needs_work for v in shown),
            sum(v.status.paragraphs for v in shown),
        )

    @property
    def not_reviewed(self) -> bool:
        """Whether a paragraph of a translation is still to be reviewed."""
        approved, needs_work, total = self.review
        return approved + needs_work < total

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
            "findings": self.findings,
            "review": dict(zip(("approved", "needs_work", "total"), self.review, strict=True)),
            "review_error": self.review_error,
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
            review_error=data.get("review_error"),
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


def describe(
    article: Article,
    folder: Path,
    modified: float,
    statuses: Mapping[str, VersionStatus] | None = None,
    review_error: str | None = None,
) -> ArticleEntry:
    """The entry of a loaded article folder; ``modified`` is the newest modification time of its
    files (seconds since the epoch), which dates a version not taken from the web; ``statuses``
    the versions' findings and review progress, by ``ar@1`` (``status.statuses``)."""
    known = statuses or {}
    versions = tuple(
        _version_entry(v, known.get(str(v.key), VersionStatus())) for v in article.versions
    )
    retrieved = sorted(v.retrieved for v in versions if v.retrieved)
    changed = rfc3339(modified)
    return ArticleEntry(
        folder=folder,
        title=article.display_title,
        source=article.source_language,
        versions=versions,
        updated=max([changed, *retrieved]),
        retrieved=retrieved[0] if retrieved else None,
        review_error=review_error,
    )


def _version_entry(version: Version, status: VersionStatus) -> VersionEntry:
    provenance = version.provenance
    return VersionEntry(
        language=version.language,
        revision=version.revision,
        origin=version.origin,
        title=version.title,
        retrieved=provenance.retrieved if provenance else None,
        paragraphs=len(version.paragraphs),
        status=status,
    )


def rfc3339(timestamp: float) -> str:
    """Seconds since the epoch as RFC 3339 in UTC, to the second: ``2026-12-05T17:02:14Z``."""
    import datetime  # here: a search, which reads entries and writes none, does without it

    moment = datetime.datetime.fromtimestamp(int(timestamp), tz=datetime.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
