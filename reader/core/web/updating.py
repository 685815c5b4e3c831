"""See when a publisher changes a version: re-fetch each web version with a conditional request.

An unchanged page costs one 304 (If-None-Match, If-Modified-Since); a page whose extracted text
changed becomes a new revision beside the old one (new files, a manifest entry added, the
manifest replaced atomically); nothing is overwritten. Same calling convention as importing: plain
arguments, ``progress(done, total, what)``, ``cancelled()``, a picklable result.
"""

from __future__ import annotations

from pathlib import Path

from reader.core.errors import ReaderError
from reader.core.i18n import _
from reader.core.ingest.loading import MANIFEST, load_folder, read_manifest
from reader.core.ingest.parsing import split_blocks
from reader.core.model import Version
from reader.core.web.addresses import site_of
from reader.core.web.fetching import (
    CancelCheck,
    Fetcher,
    Limits,
    NotModified,
    Page,
    Progress,
    Validators,
)
from reader.core.web.folders import NewVersion, add_versions
from reader.core.web.importing import Processed, process_page
from reader.core.web.outcomes import Failed, FetchError, Revision, UpdateResult


def _quiet(done: int, total: int, what: str) -> None:
    return None


def _never() -> bool:
    return False


def web_versions(versions: tuple[Version, ...]) -> list[Version]:
    """Per language, the latest revision that came from the web (a post-edited revision made
    after it is the reader's own and is not fetched)."""
    latest: dict[str, Version] = {}
    for version in versions:
        if version.provenance and version.provenance.url:
            held = latest.get(version.language)
            if held is None or version.revision > held.revision:
                latest[version.language] = version
    return list(latest.values())


def update_article(
    folder: Path,
    limits: Limits | None = None,
    progress: Progress = _quiet,
    cancelled: CancelCheck = _never,
) -> UpdateResult:
    """Re-fetch every web version of the article folder ``folder``; add changed ones as new
    revisions and say which changed, which did not, and which could not be fetched."""
    article = load_folder(folder)
    targets = web_versions(article.versions)
    if not targets:
        raise ReaderError(
            _("has no versions taken from the web (no url in its manifest)"), folder / MANIFEST
        )
    changed: list[Revision] = []
    unchanged: list[Revision] = []
    failed: list[Failed] = []
    new: list[NewVersion] = []
    with Fetcher(limits or Limits(), cancelled) as fetcher:
        for done, version in enumerate(targets, start=1):
            provenance = version.provenance
            assert provenance is not None and provenance.url is not None  # web_versions
            url = provenance.url
            try:
                result = fetcher.get(
                    url,
                    site=site_of(url),
                    validators=Validators(provenance.etag, provenance.last_modified),
                )
                processed = None if isinstance(result, NotModified) else _processed(result)
            except FetchError as error:
                failed.append(Failed(url, error.reason))
                progress(done, len(targets), url)
                continue
            if processed is None or _same_text(processed.extracted.text, _stored_text(version)):
                unchanged.append(Revision(version.language, version.revision))
            else:
                revision = 1 + max(v.revision for v in article.revisions(version.language))
                new.append(
                    NewVersion(
                        language=version.language,
                        origin=version.origin.value,
                        text=processed.extracted.text,
                        raw=processed.raw,
                        raw_suffix=processed.raw_suffix,
                        provenance=processed.provenance,
                        revision=revision,
                    )
                )
                changed.append(Revision(version.language, revision))
            progress(done, len(targets), url)
    if new:
        add_versions(folder, read_manifest(folder), new)
    return UpdateResult(tuple(changed), tuple(unchanged), tuple(failed))


def _processed(page: Page) -> Processed:
    return process_page(page)


def _stored_text(version: Version) -> str:
    """The version's file as stored (its notice included, which the parsed text sets apart)."""
    if version.path is None:
        return version.text
    try:
        return version.path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return version.text


def _same_text(fetched: str, stored: str) -> bool:
    """Whether the publisher's text is what the folder holds (paragraph breaks and spacing aside)."""
    return [" ".join(b.split()) for b in split_blocks(fetched)] == [
        " ".join(b.split()) for b in split_blocks(stored)
    ]
