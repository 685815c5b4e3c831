"""What a search finds: paragraphs, with the words that matched, beside the aligned paragraphs
of the article's source."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Hit:
    """One paragraph that matched: the article (``folder``, ``title``), the version
    (``language``, ``revision``), the 0-based ``paragraph`` and its ``text`` with the ``marks``
    (character spans, whole words) where the query matched; and the source paragraphs the
    alignment gives it (``source_paragraphs``, ``source_text``: the paragraph itself for a hit
    in the source), with the spans where the query matched there too."""

    folder: Path
    title: str
    language: str
    revision: int
    paragraph: int
    text: str
    marks: tuple[tuple[int, int], ...]
    source_language: str
    source_revision: int
    source_paragraphs: tuple[int, ...]
    source_text: str
    source_marks: tuple[tuple[int, int], ...]
    score: float

    def to_json(self) -> dict[str, Any]:
        return {
            "folder": str(self.folder),
            "title": self.title,
            "language": self.language,
            "revision": self.revision,
            "paragraph": self.paragraph,
            "text": self.text,
            "marks": [list(span) for span in self.marks],
            "source_language": self.source_language,
            "source_revision": self.source_revision,
            "source_paragraphs": list(self.source_paragraphs),
            "source_text": self.source_text,
            "source_marks": [list(span) for span in self.source_marks],
            "score": round(self.score, 4),
        }


@dataclass(frozen=True)
class Results:
    """The hits shown (best first), how many paragraphs matched in all, and what the index
    has to say once (that it was rebuilt, say)."""

    total: int
    hits: tuple[Hit, ...]
    notes: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The ``reader search --json`` document (PRODUCT.md, "search")."""
        return {"total": self.total, "hits": [hit.to_json() for hit in self.hits]}
