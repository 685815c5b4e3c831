"""What ``reader info`` prints: the parsed article as JSON (shape fixed in PRODUCT.md) or text."""

from __future__ import annotations

import dataclasses
from typing import Any

from reader.core.errors import display_path
from reader.core.ingest.encodings import encoding_label
from reader.core.model import Article, Notice, Version
from reader.core.text.bidi_controls import reveal
from reader.core.text.languages import language_name


def _notice(notice: Notice | None) -> dict[str, Any] | None:
    if notice is None:
        return None
    return {
        "text": notice.text,
        "main_language": notice.main_language,
        "machine_languages": list(notice.machine_languages),
    }


def _version(version: Version) -> dict[str, Any]:
    return {
        "language": version.language,
        "revision": version.revision,
        "origin": version.origin.value,
        "encoding": version.encoding,
        "direction": version.paragraphs[0].direction.value if version.paragraphs else None,
        "notice": _notice(version.notice),
        "paragraphs": [
            {"role": p.role.value, "text": p.text, "direction": p.direction.value}
            for p in version.paragraphs
        ],
        "file": display_path(version.path) if version.path else None,
        "language_detected": version.language_detected,
        "dropped": list(version.dropped),
        "remarks": list(version.remarks),
        "provenance": dataclasses.asdict(version.provenance) if version.provenance else None,
        "parent": version.parent,
    }


def article_json(article: Article) -> dict[str, Any]:
    """The ``reader info --json`` document."""
    return {
        "article": {
            "title": article.display_title,
            "source_language": article.source_language,
            "notice": article.notice,
            "remarks": list(article.remarks),
            "source_evidence": [dataclasses.asdict(e) for e in article.source_evidence],
        },
        "versions": [_version(v) for v in article.versions],
    }


def _preview(text: str, width: int = 60) -> str:
    line = reveal(" ".join(text.split()))
    return line if len(line) <= width else line[: width - 1] + "…"


def article_text(article: Article) -> str:
    """A short human-readable summary of the article, one version per block."""
    lines = [
        f"title: {reveal(article.display_title)}",
        f"source language: {language_name(article.source_language)} ({article.source_language})",
    ]
    if article.notice:
        lines.append(f"notice: {reveal(article.notice)}")
    lines += [f"note: {reveal(remark)}" for remark in article.remarks]
    for version in article.versions:
        lines.append("")
        lines.append(
            f"{version.language}@{version.revision}  {language_name(version.language)}, "
            f"{version.origin.value}, {encoding_label(version.encoding)}, "
            f"{len(version.paragraphs)} paragraphs"
        )
        if version.path:
            lines.append(f"  file: {display_path(version.path)}")
        if version.notice:
            machine = ", ".join(version.notice.machine_languages) or "-"
            lines.append(
                f"  notice: main language {version.notice.main_language}, machine: {machine}"
            )
        lines += [f"  dropped: {reveal(repr(text))}" for text in version.dropped]
        lines += [f"  note: {reveal(remark)}" for remark in version.remarks]
        for index, paragraph in enumerate(version.paragraphs):
            lines.append(
                f"  {index:>3} {paragraph.role.value:<7} {paragraph.direction.value}  "
                f"{_preview(paragraph.text)}"
            )
    return "\n".join(lines)
