"""An XLIFF edited in a CAT tool (OmegaT, Trados, memoQ) back into the article: a new
post-edited revision of the translation, with the file's statuses and notes as its review.

Before anything is written the file is matched against the article: its languages, the source
text it was made from (when Reader wrote it), and each unit's source against the paragraphs
its id names. A file for another article, or units that do not match, are refused in one line
that says which; nothing is written then.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reader.core.errors import ReaderError
from reader.core.i18n import _, listing, ngettext
from reader.core.ingest.loading import load_folder
from reader.core.model import Article, Version, VersionKey
from reader.core.review.exchange import (
    PARAGRAPH_BREAK,
    Exchange,
    Unit,
    parse_unit_id,
    read,
    same_text,
    version_named,
)
from reader.core.review.model import (
    Review,
    Status,
    VersionReview,
    add_note,
    now,
    set_status,
    text_hash,
)
from reader.core.review.revisions import add_post_edited, paragraph_texts
from reader.core.review.store import ReviewFile

MAX_NAMED = 5  # units named in an error, the rest counted


@dataclass(frozen=True)
class Applied:
    """What ``apply`` made: the new revision and the paragraphs whose text changed (indexes in
    the new revision); or, when the file changes nothing, the latest revision it matches."""

    language: str
    revision: int
    changed_paragraphs: tuple[int, ...]
    made: bool = True  # False: the file changed nothing, and ``revision`` is the one it matches


def _primary(language: str) -> str:
    return language.replace("_", "-").split("-")[0].casefold()


def _named(ids: list[str]) -> str:
    shown = ids[:MAX_NAMED]
    if len(ids) > MAX_NAMED:
        more = len(ids) - MAX_NAMED
        shown.append(ngettext("{count} more", "{count} more", more).format(count=more))
    return listing(shown)


def _versions(article: Article, exchange: Exchange, path: Path) -> tuple[Version, Version]:
    """The source and the translation the file was made from."""
    header = exchange.header
    source_key = version_named(header.source) or VersionKey(article.source_language, 0)
    target_key = version_named(header.target) or VersionKey(header.target_language, 0)
    source, target = article.find(source_key), article.find(target_key)
    if (
        source is None
        or target is None
        or _primary(header.source_language) != _primary(source.language)
        or _primary(header.target_language) != _primary(target.language)
    ):
        message = _(
            "is for another article: it translates {source} into {target}, and this article has "
            "no such versions (it has {versions})"
        )
        raise ReaderError(
            message.format(
                source=header.source or header.source_language,
                target=header.target or header.target_language,
                versions=_(", ").join(str(v.key) for v in article.versions),
            ),
            path,
        )
    if header.source_hash is not None and header.source_hash != text_hash(source.text):
        message = _("is for another article: its source text is not this article's {version}")
        raise ReaderError(message.format(version=source.key), path)
    return source, target


def _check_units(
    units: tuple[Unit, ...], source: Version, target: Version, path: Path
) -> list[tuple[Unit, tuple[int, ...]]]:
    """Each unit with the translation paragraphs it replaces; refused when units do not match."""
    sources = [p.text for p in source.paragraphs]
    unknown: list[str] = []
    differing: list[str] = []
    matched: list[tuple[Unit, tuple[int, ...]]] = []
    covered: set[int] = set()
    for unit in units:
        named = parse_unit_id(unit.id)
        if (
            named is None
            or any(i >= len(sources) for i in named[0])
            or any(j >= len(target.paragraphs) for j in named[1])
        ):
            unknown.append(unit.id)
            continue
        if not same_text(unit.source, PARAGRAPH_BREAK.join(sources[i] for i in named[0])):
            differing.append(unit.id)
            continue
        matched.append((unit, named[1]))
        covered.update(named[1])
    if not matched:
        message = ngettext(
            "is for another article: its {count} unit matches no paragraph of {version}",
            "is for another article: none of its {count} units matches a paragraph of {version}",
            len(units),
        )
        raise ReaderError(message.format(count=len(units), version=source.key), path)
    if unknown:
        message = _("units {units} name no paragraphs of {version}")
        raise ReaderError(message.format(units=_named(unknown), version=target.key), path)
    if differing:
        message = _("the source text of units {units} does not match {version}")
        raise ReaderError(message.format(units=_named(differing), version=source.key), path)
    missing = sorted(set(range(len(target.paragraphs))) - covered)
    if missing:
        message = ngettext(
            "paragraph {paragraphs} of {version} has no unit in the file",
            "paragraphs {paragraphs} of {version} have no unit in the file",
            len(missing),
        )
        numbers = listing([str(i) for i in missing])
        raise ReaderError(message.format(paragraphs=numbers, version=target.key), path)
    return matched


def _new_texts(
    matched: list[tuple[Unit, tuple[int, ...]]], target: Version
) -> tuple[list[str], list[tuple[Unit, range]]]:
    """The new revision's paragraphs, and the paragraphs (indexes in it) each unit became."""
    texts: list[str] = []
    placed: list[tuple[Unit, range]] = []
    for unit, indexes in matched:
        received = paragraph_texts(unit.target)
        if not received:  # left empty by the tool: the paragraphs stay as they were
            received = [target.paragraphs[j].text for j in indexes]
        placed.append((unit, range(len(texts), len(texts) + len(received))))
        texts.extend(received)
    return texts, placed


def _review_of(placed: list[tuple[Unit, range]], texts: list[str], by: str) -> VersionReview:
    review = VersionReview()
    at = now()
    for unit, indexes in placed:
        for index in indexes:
            if unit.status is not Status.UNREVIEWED:
                review = set_status(review, index, texts[index], unit.status, by, at)
        for note in unit.notes:
            review = add_note(review, indexes.start if indexes else 0, note)
    return review


def _holds(
    latest: Version, review: VersionReview, texts: list[str], received: VersionReview
) -> bool:
    """Whether ``latest`` (the language's latest revision, with its ``review``) already holds
    what the file brings: the same paragraphs, the same statuses on them, and its notes. A new
    revision would then be a copy, as an editor does not save an unchanged file again."""

    def statuses(marks: VersionReview) -> dict[int, tuple[Status, str]]:
        return {i: (mark.status, mark.text_hash) for i, mark in marks.marks.items()}

    return (
        [p.text for p in latest.paragraphs] == texts
        and statuses(review) == statuses(received)
        and all(set(notes) <= set(review.notes.get(i, ())) for i, notes in received.notes.items())
    )


def apply(exchange_path: Path, folder: Path, by: str = "") -> Applied:
    """Read the XLIFF ``exchange_path`` and add it to the article folder ``folder`` as a new
    post-edited revision, its statuses and notes saved in the review file."""
    exchange = read(exchange_path)
    article = load_folder(folder)
    source, target = _versions(article, exchange, exchange_path)
    matched = _check_units(exchange.units, source, target, exchange_path)
    texts, placed = _new_texts(matched, target)
    store = ReviewFile(folder)
    review = store.load().review
    received = _review_of(placed, texts, by)
    latest = article.find(VersionKey(target.language, 0))
    if latest is not None and _holds(latest, review.of(str(latest.key)), texts, received):
        return Applied(latest.language, latest.revision, (), made=False)
    key = add_post_edited(folder, article, target, texts)
    store.save(Review({**review.versions, str(key): received}))
    old = [p.text for p in target.paragraphs]
    changed = tuple(i for i, text in enumerate(texts) if i >= len(old) or old[i] != text)
    return Applied(key.language, key.revision, changed)
