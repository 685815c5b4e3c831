"""Import a news page (a URL or a saved page) and its language versions as an article folder.

``import_article`` takes plain arguments, reports progress through ``progress(done, total,
what)``, checks ``cancelled()`` between fetches and returns a plain, picklable ImportResult:
it runs as it is in a worker process.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from reader.core.errors import ReaderError
from reader.core.i18n import _, ngettext
from reader.core.ingest.notice import find_notice
from reader.core.ingest.parsing import parse_text
from reader.core.model import Origin, Provenance, SourceEvidence
from reader.core.text.languages import detect_language, language_name
from reader.core.web.addresses import refusal, scheme_refusal, site_of
from reader.core.web.charsets import page_text
from reader.core.web.discovery import (
    PageFacts,
    is_language_home,
    known_language,
    page_facts,
    parse_html,
    same_page,
)
from reader.core.web.extraction import Extracted, NoArticleText, extract, extractor_name
from reader.core.web.fetching import (
    CancelCheck,
    Fetcher,
    Limits,
    NotModified,
    Page,
    Progress,
)
from reader.core.web.folders import (
    NewVersion,
    free_folder,
    manifest_head,
    version_file,
    write_article,
)
from reader.core.web.outcomes import FetchError, ImportedVersion, ImportResult, Skipped
from reader.core.web.saved import SavedPage, is_saved_page, read_saved_page


@dataclass(frozen=True)
class Processed:
    """One page, fetched (or read from a save) and extracted."""

    url: str
    language: str
    extracted: Extracted
    facts: PageFacts
    raw: bytes
    raw_suffix: str
    provenance: Provenance
    remarks: tuple[str, ...] = field(default=())


def _quiet(done: int, total: int, what: str) -> None:
    return None


def _never() -> bool:
    return False


def import_article(
    source: str,
    target: Path | None = None,
    library: Path | None = None,
    alternates: bool = True,
    limits: Limits | None = None,
    progress: Progress = _quiet,
    cancelled: CancelCheck = _never,
) -> ImportResult:
    """Fetch ``source`` (an http(s) URL or a saved page) and, unless ``alternates`` is false,
    its language versions; write them as an article folder at ``target`` (else a new folder in
    ``library``) and say what was done."""
    with Fetcher(limits or Limits(), cancelled) as fetcher:
        main = _main_page(source, fetcher)
        candidates, skipped = _candidates(main, fetcher.limits) if alternates else ([], [])
        total = 1 + len(candidates)
        progress(1, total, main.url)
        site = site_of(main.url)
        results = fetcher.get_many(
            [url for _language, url in candidates],
            site,
            _processing_for(site),
            progress=progress,
            done_before=1,
            total=total,
        )
    versions = [main]
    for (_language, url), result in zip(candidates, results, strict=True):
        if isinstance(result, ReaderError):
            skipped.append(Skipped(url, getattr(result, "reason", str(result))))
            continue
        if result.language in {v.language for v in versions}:
            skipped.append(
                Skipped(
                    url,
                    _("another {language} version was already taken").format(
                        language=language_name(result.language)
                    ),
                )
            )
            continue
        versions.append(result)
    return _write(versions, skipped, target, library)


# -- the first page -----------------------------------------------------------------------------


def _main_page(source: str, fetcher: Fetcher) -> Processed:
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", source) and not Path(source).exists():
        reason = scheme_refusal(source)
        if reason:
            raise ReaderError(f"{source}: {reason}")
        return _process(_fetched(fetcher.get(source)), site=None, hint=None)
    path = Path(source)
    if not path.exists():
        raise ReaderError(_("no such file, and not an http(s) address"), path)
    if not is_saved_page(path):
        raise ReaderError(_("is not a saved web page (.html, .htm, .mhtml or .mht)"), path)
    return _process_saved(read_saved_page(path), path)


def _fetched(result: Page | NotModified) -> Page:
    if isinstance(result, NotModified):  # never asked for here: no validators were sent
        raise FetchError(
            result.url, _("the server answered 304 to a request that was not conditional")
        )
    return result


def _processing_for(site: str) -> Any:
    def work(result: Page | NotModified) -> Processed:
        return _process(_fetched(result), site=site, hint=None)

    return work


def process_page(page: Page) -> Processed:
    """A fetched page decoded and extracted (also used by updates)."""
    return _process(page, site=None, hint=None)


def _process(page: Page, site: str | None, hint: str | None) -> Processed:
    decoded = page_text(page.body, page.final_url, page.charset)
    tree = parse_html(decoded.text)
    facts = page_facts(tree, page.final_url)
    try:
        extracted = extract(decoded.text, page.final_url)
    except NoArticleText as error:
        raise FetchError(page.url, str(error)) from None
    provenance = Provenance(
        url=page.url,
        final_url=page.final_url,
        retrieved=page.retrieved,
        status=page.status,
        etag=page.etag,
        last_modified=page.last_modified,
        extractor=extractor_name(),
        author=extracted.author,
        published=extracted.published,
        modified=extracted.modified,
    )
    language = _page_language(facts, page.url, extracted, hint)
    if language is None:
        raise FetchError(page.url, _("the language of the page cannot be told"))
    return Processed(
        page.url, language, extracted, facts, page.body, "html", provenance, decoded.remarks
    )


def _process_saved(saved: SavedPage, path: Path) -> Processed:
    decoded = page_text(saved.html, str(path), saved.charset)
    tree = parse_html(decoded.text)
    url = saved.url or _canonical_of(tree, str(path))
    facts = page_facts(tree, url or "")
    try:
        extracted = extract(decoded.text, url)
    except NoArticleText as error:
        raise ReaderError(str(error), path) from None
    provenance = Provenance(
        url=url,
        retrieved=saved.saved,
        extractor=extractor_name(),
        author=extracted.author,
        published=extracted.published,
        modified=extracted.modified,
    )
    language = _page_language(facts, url or "", extracted, None)
    if language is None:
        raise ReaderError(_("the language of the page cannot be told"), path)
    return Processed(
        url or "",
        language,
        extracted,
        facts,
        saved.raw,
        saved.raw_suffix,
        provenance,
        decoded.remarks,
    )


def _canonical_of(tree: Any, fallback: str) -> str | None:
    facts = page_facts(tree, "")
    if facts.canonical and not scheme_refusal(facts.canonical):
        return facts.canonical
    for meta in tree.iter("meta"):
        if (meta.get("property") or "").lower() == "og:url" and not scheme_refusal(
            meta.get("content") or ""
        ):
            return str(meta.get("content"))
    return None


def _page_language(
    facts: PageFacts, url: str, extracted: Extracted, hint: str | None
) -> str | None:
    """The page's language: what its own markup declares, else what the links to it say, else
    what its text is."""
    declared = facts.declared_language or facts.language_of(url) or facts.language_of(facts.url)
    if declared:
        return declared
    if hint:
        return hint
    return detect_language("\n\n".join((extracted.title, *extracted.body))).code


# -- the other versions -------------------------------------------------------------------------


def _candidates(main: Processed, limits: Limits) -> tuple[list[tuple[str, str]], list[Skipped]]:
    """The alternates worth fetching, and those that are not, with the reason."""
    wanted: list[tuple[str, str]] = []
    skipped: list[Skipped] = []
    if not main.url:
        return [], [
            Skipped(
                a.url, _("the saved page does not say where it came from, so its site is unknown")
            )
            for a in main.facts.alternates
        ]
    site = site_of(main.url)
    languages = {main.language}
    for alternate in main.facts.alternates:
        url = alternate.url
        if same_page(url, main.url) or same_page(url, main.provenance.final_url or main.url):
            continue
        reason = refusal(url, site)
        language = known_language(alternate.language)
        if reason is None and language is None:
            reason = _("the language {code!r} is not one Reader knows").format(
                code=alternate.language
            )
        if reason is None and language in languages:
            if language == main.language:
                continue  # another address of the page in hand (a regional variant, a tracking copy)
            reason = _("another {language} version is listed already").format(
                language=language_name(language or "")
            )
        if reason is None and alternate.how == "switcher" and is_language_home(url, language or ""):
            reason = _("the language switcher leads to the site's home page, not to this article")
        if reason is None and len(wanted) >= limits.max_alternates:
            reason = ngettext(
                "more than {count} language version; the rest are not fetched",
                "more than {count} language versions; the rest are not fetched",
                limits.max_alternates,
            ).format(count=limits.max_alternates)
        if reason:
            skipped.append(Skipped(url, reason))
            continue
        languages.add(language or "")
        wanted.append((language or "", url))
    return wanted, skipped


# -- the source language, origins, and the folder ------------------------------------------------

_STRENGTH = ("notice", "x-default", "canonical", "page")


def source_evidence(versions: Sequence[Processed]) -> list[SourceEvidence]:
    """Every piece of evidence for the authoritative language, strongest kind first."""
    found: list[SourceEvidence] = []

    def language_at(url: str) -> str | None:
        for v in versions:
            if same_page(url, v.url) or same_page(url, v.provenance.final_url or v.url):
                return v.language
        return next(
            (
                known_language(v.facts.language_of(url))
                for v in versions
                if v.facts.language_of(url)
            ),
            None,
        )

    for version in versions:
        notice = find_notice(version.extracted.notice) if version.extracted.notice else None
        if notice and notice.main_language:
            item = SourceEvidence("notice", notice.main_language, notice.text)
            if item not in found:
                found.append(item)
    for version in versions:
        target = version.facts.x_default
        language = language_at(target) if target else None
        if target and language:
            item = SourceEvidence("x-default", language, target)
            if item not in found:
                found.append(item)
    for version in versions:
        canonical = version.facts.canonical
        if canonical and not same_page(canonical, version.url):
            language = language_at(canonical)
            if language and language != version.language:
                item = SourceEvidence(
                    "canonical", language, f"{version.url} names {canonical} as canonical"
                )
                if item not in found:
                    found.append(item)
    if not found and versions:
        first = versions[0]
        found.append(
            SourceEvidence(
                "page", first.language, f"the page asked for ({first.url or 'a saved page'})"
            )
        )
    return sorted(found, key=lambda e: _STRENGTH.index(e.kind))


def _origin(version: Processed, source: str, versions: Sequence[Processed]) -> Origin:
    """Original for the source language; machine where a notice declares it (a notice that
    lists the machine languages, or the page's own notice of automatic translation); unknown
    where nothing says."""
    if version.language == source:
        return Origin.ORIGINAL
    for other in versions:
        notice = find_notice(other.extracted.notice) if other.extracted.notice else None
        if notice and version.language in notice.machine_languages:
            return Origin.MACHINE
    own = find_notice(version.extracted.notice) if version.extracted.notice else None
    if own is not None and not own.machine_languages:
        return Origin.MACHINE
    return Origin.UNKNOWN


def _slug(url: str, title: str) -> str:
    """A folder name for the article: the address's last meaningful segment, else the title."""
    segments = [unquote(s) for s in urlsplit(url).path.split("/") if s] if url else []
    for segment in reversed(segments):
        slug = re.sub(r"[^a-z0-9]+", "-", segment.lower()).strip("-")
        if len(slug) >= 8 and not slug.isdigit():
            return slug[:80].strip("-")
    slug = re.sub(r"[^\w]+", "-", title.lower()).strip("-")
    return slug[:80].strip("-") or "article"


def _write(
    versions: list[Processed], skipped: list[Skipped], target: Path | None, library: Path | None
) -> ImportResult:
    evidence = source_evidence(versions)
    source = evidence[0].language
    origins = {v.language: _origin(v, source, versions) for v in versions}
    ordered = sorted(versions, key=lambda v: (v.language != source, versions.index(v)))
    head_version = ordered[0]
    notices = [v.extracted.notice for v in ordered if v.extracted.notice]
    notice = next((n for n in notices if (p := find_notice(n)) and p.main_language), None) or (
        notices[0] if notices else None
    )
    title = head_version.extracted.title
    if target is None:
        if library is None:
            raise ReaderError(_("no folder to import into (give -o DIR, or a library)"))
        target = free_folder(library, _slug(head_version.url, title))
    new = [
        NewVersion(
            language=v.language,
            origin=origins[v.language].value,
            text=v.extracted.text,
            raw=v.raw,
            raw_suffix=v.raw_suffix,
            provenance=v.provenance,
        )
        for v in ordered
    ]
    folder = write_article(target, manifest_head(title, source, notice, evidence), new)
    imported = tuple(
        ImportedVersion(
            language=v.language,
            url=v.url,
            origin=origins[v.language].value,
            file=version_file(v.language, 1),
            paragraphs=len(parse_text(v.extracted.text, v.language).paragraphs),
        )
        for v in ordered
    )
    return ImportResult(
        str(folder), source, imported, tuple(skipped), tuple(evidence), versions[0].language
    )
