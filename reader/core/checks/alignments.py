"""What a check run aligns: each translation of an article with its source. No Qt.

Apart from ``reader.core.checks.run`` so that a process that only aligns (``reader check``
aligns in a second process while the first reads every paragraph: ``reader.commands.check``)
imports the aligner alone, not the checks.
"""

from __future__ import annotations

from reader.core.align.aligner import Alignment, align
from reader.core.errors import ReaderError
from reader.core.i18n import _
from reader.core.model import Article, Version, VersionKey
from reader.core.text.languages import language_name

__all__ = ["align_translations", "align_versions", "checked_source", "translations"]


def align_versions(source: Version, translation: Version) -> Alignment:
    """The paragraph alignment of a translation with its source."""
    return align(
        [p.text for p in source.paragraphs],
        [p.text for p in translation.paragraphs],
        source.language,
        translation.language,
    )


def checked_source(article: Article) -> Version:
    """The version the article's translations are checked against (the source's latest
    revision); an article without one is an error."""
    source = article.source
    if source is None:
        message = _("the article has no {language} ({code}) version to check against")
        raise ReaderError(
            message.format(
                language=language_name(article.source_language), code=article.source_language
            )
        )
    return source


def translations(article: Article) -> list[Version]:
    """Every version of the article in another language than its source's."""
    return [v for v in article.versions if v.language != article.source_language]


def align_translations(article: Article) -> dict[VersionKey, Alignment]:
    """The alignment of each translation of the article with its source."""
    source = checked_source(article)
    return {v.key: align_versions(source, v) for v in translations(article)}
