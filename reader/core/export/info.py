"""What ``reader info`` prints without ``--json``: the parsed article as text."""

from __future__ import annotations

from reader.core.errors import display_path
from reader.core.ingest.encodings import encoding_label
from reader.core.model import Article
from reader.core.text.bidi_controls import reveal
from reader.core.text.languages import language_name


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
