"""An article and its versions in words: a version's one-line label (the window's version
picker) and the summary ``reader info`` prints."""

from __future__ import annotations

from reader.core.errors import display_path
from reader.core.i18n import N_, _, ngettext
from reader.core.ingest.encodings import encoding_label
from reader.core.model import Article, Origin, Version
from reader.core.text.bidi_controls import reveal, revealed_line
from reader.core.text.languages import language_name, native_name

# Who produced a version, in a word.
_ORIGINS = {
    Origin.ORIGINAL: N_("original"),
    Origin.MACHINE: N_("machine"),
    Origin.HUMAN: N_("human"),
    Origin.POST_EDITED: N_("post-edited"),
    Origin.UNKNOWN: N_("unknown"),
}
PREVIEW = 60  # characters of each paragraph ``reader info`` shows


def origin_name(origin: Origin) -> str:
    """Who produced a version, in a word: "machine", "post-edited"."""
    return _(_ORIGINS[origin])


def version_label(version: Version, article: Article) -> str:
    """A one-line name for a version: "Arabic (العربية) · revision 2 · post-edited" (the native
    name where it differs, the revision only where the article holds several of that
    language)."""
    language = language_name(version.language)
    native = native_name(version.language)
    if native.casefold() != language.casefold():
        # Each language in its own name too (CLDR's): a reader finds "العربية" or "中文" at once.
        language = _("{language} ({native})").format(language=language, native=native)
    origin = origin_name(version.origin)
    if len(article.revisions(version.language)) > 1:
        return _("{language} · revision {revision} · {origin}").format(
            language=language, revision=version.revision, origin=origin
        )
    return _("{language} · {origin}").format(language=language, origin=origin)


def article_text(article: Article) -> str:
    """What ``reader info`` prints: the article, then one block per version (its details, then
    a row per paragraph: number, role, direction and the start of its text)."""
    lines = [
        _("title: {title}").format(title=reveal(article.display_title)),
        _("source language: {language} ({code})").format(
            language=language_name(article.source_language), code=article.source_language
        ),
    ]
    if article.notice:
        lines.append(_("notice: {notice}").format(notice=reveal(article.notice)))
    lines += [_("note: {note}").format(note=reveal(remark)) for remark in article.remarks]
    for version in article.versions:
        lines += ["", _version_line(version)]
        lines += [f"  {detail}" for detail in _version_details(version)]
        for index, paragraph in enumerate(version.paragraphs):
            lines.append(
                f"  {index:>3} {paragraph.role.value:<7} {paragraph.direction.value}  "
                f"{revealed_line(paragraph.text, PREVIEW)}"
            )
    return "\n".join(lines)


def _version_line(version: Version) -> str:
    count = len(version.paragraphs)
    return ngettext(
        "{version}  {language}, {origin}, {encoding}, {count} paragraph",
        "{version}  {language}, {origin}, {encoding}, {count} paragraphs",
        count,
    ).format(
        version=version.key,
        language=language_name(version.language),
        origin=origin_name(version.origin),
        encoding=encoding_label(version.encoding),
        count=count,
    )


def _version_details(version: Version) -> list[str]:
    details = []
    if version.path:
        details.append(_("file: {path}").format(path=display_path(version.path)))
    if version.notice:
        machine = _(", ").join(version.notice.machine_languages) or "-"
        details.append(
            _("notice: main language {main}, machine: {machine}").format(
                main=version.notice.main_language, machine=machine
            )
        )
    details += [_("dropped: {text}").format(text=reveal(repr(text))) for text in version.dropped]
    details += [_("note: {note}").format(note=reveal(remark)) for remark in version.remarks]
    return details
