"""Post-edited revisions: a reviewer's text of a version, added to the article folder as the
next revision of its language, with origin ``post-edited`` and its parent revision in the
manifest. The text the publisher sent is never touched: a revision is new files and a manifest
replaced in one step (``reader.core.web.folders.add_versions``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from reader.core.errors import ReaderError
from reader.core.files import write_atomically
from reader.core.i18n import _
from reader.core.ingest.loading import read_manifest
from reader.core.ingest.parsing import parse_text, split_blocks
from reader.core.model import Article, Origin, Provenance, Version, VersionKey
from reader.core.review.model import Finished, VersionReview


def paragraph_texts(text: str) -> list[str]:
    """An edited paragraph's text as the paragraphs it holds: blank lines separate them, as in
    a version's file (one paragraph, unless the editor split it)."""
    return split_blocks(text.replace("\r\n", "\n").replace("\u2029", "\n\n"))


def revision_text(texts: Sequence[str], parent: Version) -> str:
    """The file text of a revision whose paragraphs are ``texts``: paragraphs separated by
    blank lines, the parent's notice kept at the end (the banner quotes it verbatim).

    Refused in one line when the file would not read back as these paragraphs (a paragraph
    holding a blank line, or one that reads as a share-widget leftover or a notice)."""
    blocks = [text.strip("\n") for text in texts]
    if parent.notice is not None:
        blocks.append(parent.notice.text)
    text = "\n\n".join(blocks) + "\n"
    read_back = [p.text for p in parse_text(text, parent.language).paragraphs]
    if read_back != list(texts):
        index = next(
            (i for i, (a, b) in enumerate(zip(read_back, texts, strict=False)) if a != b),
            min(len(read_back), len(texts)),
        )
        message = _("paragraph {number} of the edited text would not read back as it was written")
        raise ReaderError(message.format(number=index))
    return text


def add_post_edited(
    folder: Path, article: Article, parent: Version, texts: Sequence[str]
) -> VersionKey:
    """Add ``texts`` to ``folder`` as the next revision of ``parent``'s language (origin
    post-edited, parent recorded); the new revision's key."""
    # Imported here: the web's folder writing brings lxml, which the window (whose review
    # loads after the first paint) would otherwise load for every article it opens.
    from reader.core.web.folders import NewVersion, add_versions
    from reader.core.web.pasting import next_revision

    revision = next_revision(article, parent.language)
    text = revision_text(texts, parent)
    new = NewVersion(
        language=parent.language,
        origin=Origin.POST_EDITED.value,
        text=text,
        raw=None,
        raw_suffix="",
        provenance=Provenance(),
        revision=revision,
        parent=parent.revision,
    )
    add_versions(folder, read_manifest(folder), [new])
    return VersionKey(parent.language, revision)


def written_revision(
    folder: Path, key: VersionKey, parent: Version, texts: Sequence[str]
) -> Version:
    """The revision ``add_post_edited`` wrote, as loading would give it, without reading the
    whole folder again (its file named by the manifest)."""
    entry = next(
        e
        for e in read_manifest(folder).get("versions", [])
        if e.get("language") == key.language and e.get("revision") == key.revision
    )
    parsed = parse_text(revision_text(texts, parent), parent.language)
    return Version(
        language=key.language,
        origin=Origin.POST_EDITED,
        paragraphs=parsed.paragraphs,
        revision=key.revision,
        notice=parsed.notice,
        path=folder / str(entry["file"]),
        parent=parent.revision,
    )


def edits_in_place(version: Version, review: VersionReview) -> bool:
    """Whether an edit of ``version`` changes it (a post-edited revision not yet finished, kept
    in a file) rather than starting a new revision (every other version: the machine text as
    received, a human translation, a finished revision)."""
    return (
        version.origin is Origin.POST_EDITED
        and version.path is not None
        and review.finished is None
    )


def rewrite_post_edited(version: Version, texts: Sequence[str]) -> None:
    """Write ``texts`` as the text of the unfinished post-edited revision ``version``."""
    assert version.path is not None and version.origin is Origin.POST_EDITED
    write_atomically(version.path, revision_text(texts, version).encode("utf-8"))


def finish(review: VersionReview, by: str, at: str) -> VersionReview:
    """``review`` with its revision finished: the next edit starts another revision."""
    return replace(review, finished=Finished(by, at))
