"""The library and its search results as a terminal shows them (``reader library``, ``reader
search``): every sentence whole, through gettext."""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.errors import display_path
from reader.core.i18n import _, ngettext, sentences
from reader.core.library.catalog import ArticleEntry, Catalog
from reader.core.library.hits import Hit, Results
from reader.core.text.languages import language_name


def catalog_text(catalog: Catalog, reading_language: str | None = None) -> str:
    """One block per article (title, and in the reading language if it has one; folder,
    versions, date), then the broken folders with their reasons."""
    if not catalog.articles and not catalog.broken:
        return _("The library holds no articles yet.")
    blocks = [_article_text(entry, reading_language) for entry in catalog.articles]
    blocks += [
        _("Broken: {folder}: {reason}").format(folder=b.folder, reason=b.reason)
        for b in catalog.broken
    ]
    count = len(catalog.articles)
    summary = [ngettext("{count} article.", "{count} articles.", count).format(count=count)]
    if catalog.broken:
        broken = len(catalog.broken)
        summary.append(
            ngettext(
                "{count} folder does not load.", "{count} folders do not load.", broken
            ).format(count=broken)
        )
    return "\n\n".join([*blocks, sentences(*summary)])


def _article_text(entry: ArticleEntry, reading_language: str | None) -> str:
    lines = [entry.title]
    translated = entry.title_in(reading_language) if reading_language else ""
    if translated and translated != entry.title:
        lines.append("  " + translated)
    lines.append("  " + str(entry.folder))
    versions = _(", ").join(
        _("{language}@{revision} ({origin})").format(
            language=v.language, revision=v.revision, origin=v.origin.value
        )
        for v in entry.versions
    )
    lines.append(
        "  "
        + _("Source: {source}. Versions: {versions}. Updated {updated}.").format(
            source=language_name(entry.source), versions=versions, updated=entry.updated
        )
    )
    lines.append("  " + status_text(entry))
    return "\n".join(lines)


def status_text(entry: ArticleEntry) -> str:
    """The article's findings (as the banner counts them) and review progress, in sentences."""
    count = entry.findings
    if count is None:
        found = _("Not checked yet.")
    else:
        found = ngettext("{count} finding.", "{count} findings.", count).format(count=count)
    approved, needs_work, total = entry.review
    reviewed = ngettext(
        "{reviewed} of {total} paragraph reviewed.",
        "{reviewed} of {total} paragraphs reviewed.",
        total,
    ).format(reviewed=approved + needs_work, total=total)
    parts = [found, reviewed]
    if entry.review_error:
        parts.append(
            _("Its review file cannot be read: {reason}.").format(reason=entry.review_error)
        )
    return sentences(*parts)


def results_text(results: Results, marker: tuple[str, str] = ("[", "]")) -> str:
    """The hits, each with its paragraph (the matched words between ``marker``) and the
    aligned source paragraph beneath it; then how many were shown of how many."""
    if not results.total:
        return _("Nothing found.")
    blocks = [_hit_text(hit, marker) for hit in results.hits]
    shown = len(results.hits)
    blocks.append(
        ngettext(
            "{shown} of {total} matching paragraph shown.",
            "{shown} of {total} matching paragraphs shown.",
            results.total,
        ).format(shown=shown, total=results.total)
    )
    return "\n\n".join(blocks)


def _hit_text(hit: Hit, marker: tuple[str, str]) -> str:
    heading = _("{title} — {language}@{revision}, paragraph {paragraph}").format(
        title=hit.title, language=hit.language, revision=hit.revision, paragraph=hit.paragraph
    )
    # The article's folder under its title: two articles may share a title, and the folder is
    # what `reader FOLDER` opens.
    lines = [heading, "  " + display_path(hit.folder), "  " + marked(hit.text, hit.marks, marker)]
    if hit.source_paragraphs and (hit.source_language, hit.source_revision) != (
        hit.language,
        hit.revision,
    ):
        paragraphs = _(", ").join(str(j) for j in hit.source_paragraphs)
        source = _("Source {language}@{revision}, paragraph {paragraphs}:").format(
            language=hit.source_language, revision=hit.source_revision, paragraphs=paragraphs
        )
        lines += ["  " + source, "  " + marked(hit.source_text, hit.source_marks, marker)]
    return "\n".join(lines)


def marked(text: str, marks: Sequence[tuple[int, int]], marker: tuple[str, str]) -> str:
    """``text`` with each span of ``marks`` between the two ``marker`` strings (for a terminal:
    the window marks with character formats, never by inserting characters)."""
    pieces, last = [], 0
    for start, end in marks:
        pieces += [text[last:start], marker[0], text[start:end], marker[1]]
        last = end
    pieces.append(text[last:])
    return "".join(pieces)
