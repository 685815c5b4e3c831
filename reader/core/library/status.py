"""How far an article of the library is: the fidelity findings of each version, counted as the
accuracy banner counts them, and the progress of its review.

Both are read from what the index already holds, never computed when a listing is asked for:

- **Findings** come from a cache (``Findings``), filled whenever the checks run on an article
  of the library (the window checks every article it opens; ``reader library --check`` and the
  Library view check the others) and tied to the fingerprint of the files the checks read, so
  that a changed version makes them unknown again (None), not wrong; and to the checks that
  made them (``checks_version``), so that after an upgrade they are made again. Checking costs a sixth of a
  second to half a second an article: ten thousand articles are half an hour to an hour of a
  processor, which a listing must not spend unasked.
- **Review progress** is read from the folder's ``review.json`` (``reader.core.review``; never
  written here) when the folder is indexed: the review file is one of the files its fingerprint
  covers, so a review saved elsewhere is read again at the next refresh.

A finding the reviewer dismissed on the text it is still about does not count, as in the banner.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from reader.core.checks.model import Confidence, Finding, FindingKind
from reader.core.errors import ReaderError
from reader.core.library.catalog import VersionStatus
from reader.core.model import Article, VersionKey
from reader.core.review.model import Review, progress, split_findings
from reader.core.review.store import FILE_NAME, MAX_BYTES, Unreadable, from_json

# Reader's code the checks run, and the layers under them (what an article is, how it is read,
# aligned, tokenised), below reader/core: whatever changes there may change what they find.
_CHECKS_CODE = ("checks", "align", "ingest", "text", "model.py")
# The distributions whose data the checks read (CLDR's number words, word frequencies,
# language identification, encodings, bidi classes).
_CHECKS_DATA = ("babel", "wordfreq", "py3langid", "charset-normalizer", "python-bidi")

# One finding as the cache keeps it: what a dismissal is matched on, and whether it counts.
StoredFinding = tuple[str, int | None, int | None, str, bool]
# The findings of each version of an article, by version (``ar@1``).
Findings = Mapping[str, Sequence[StoredFinding]]


@cache
def checks_version() -> str:
    """What the findings kept for an article were made by: Reader's version, a digest of the
    source of the checks and of the layers under them (``_CHECKS_CODE``), the versions of the
    distributions whose data they read and of the Unicode database. Findings kept with another
    are not taken: the article is among those to check again (``LibraryIndex.unchecked``: the
    Library view's counting, ``reader library --check``), and its count is unknown once its
    folder is read again. Computed once a process, when findings are first read or kept (half a megabyte of
    source read: a few milliseconds); where the source is not there to read (a frozen build),
    Reader's version stands for it."""
    from importlib import metadata

    import reader
    from reader import __version__

    digest = hashlib.sha256(f"{__version__}\n{sys.version_info[:2]}\n".encode())
    root = Path(reader.__file__).parent / "core"
    for part in _CHECKS_CODE:
        files = sorted((root / part).rglob("*.py")) if (root / part).is_dir() else [root / part]
        for file in files:
            try:
                digest.update(f"{file.relative_to(root).as_posix()}\n".encode())
                digest.update(file.read_bytes())
            except OSError:
                digest.update(b"-\n")
    import unicodedata

    versions = [f"unicode {unicodedata.unidata_version}"]
    for name in _CHECKS_DATA:
        try:
            versions.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name} -")
    digest.update("\n".join(versions).encode())
    return digest.hexdigest()[:16]


def check_folder(folder: Path) -> tuple[Article, dict[VersionKey, list[Finding]]] | None:
    """The article in ``folder`` and what the fidelity checks find in it (as the window's
    checks find it); None if it does not load. The one way an article of the library is
    checked, in this process (``LibraryIndex.check``) or in a worker (``check_folders``)."""
    try:
        article = _load(folder)
    except _DOES_NOT_LOAD:
        return None
    return article, _run_checks(article)


# What ``load_folder`` raises for a folder that does not load.
_DOES_NOT_LOAD = (ReaderError, OSError, ValueError)


def _load(folder: Path) -> Article:
    from reader.core.ingest.loading import load_folder

    return load_folder(folder)


def _run_checks(article: Article) -> dict[VersionKey, list[Finding]]:
    from reader.core.checks.run import check_article, check_without_source

    checks = check_article if article.source is not None else check_without_source
    return checks(article)


@dataclass(frozen=True)
class Checked:
    """What ``check_folders`` says of one folder: its article and findings (``check_folder``),
    or None if it does not load or the checks failed on it (``error`` then says how: the
    loading error's own line, or ``TypeName: message`` of what the checks raised)."""

    folder: Path
    found: tuple[Article, dict[VersionKey, list[Finding]]] | None
    error: str = ""


def check_folders(folders: Sequence[Path], progress: Callable[[object], None]) -> int:
    """Check each article folder in turn, saying ``Checked`` of each through ``progress`` as it
    is done; how many were checked. The work the Library view hands its worker process
    (``reader.worker``): counting there leaves the window's interpreter lock alone."""
    for folder in folders:
        try:
            article = _load(folder)
        except _DOES_NOT_LOAD as error:  # changed since it was indexed, or unreadable now
            progress(Checked(folder, None, str(error) or type(error).__name__))
            continue
        try:
            checked = Checked(folder, (article, _run_checks(article)))
        except Exception as error:  # one article the checks fail on must not stop the others
            checked = Checked(folder, None, f"{type(error).__name__}: {error}")
        progress(checked)
    return len(folders)


def stored_findings(found: Mapping[Any, Sequence[Finding]]) -> dict[str, list[StoredFinding]]:
    """What the cache keeps of the checks' findings (``check_article``'s result)."""
    return {
        str(key): [
            (f.check.value, f.paragraph, f.source_paragraph, f.evidence, f.confident)
            for f in findings
        ]
        for key, findings in found.items()
    }


def read_review(folder: Path) -> tuple[Review, str | None]:
    """The review in the folder's ``review.json`` (empty if there is none), and why it could
    not be read if it could not. Read only: a damaged file is left for the window to set aside."""
    try:
        with (folder / FILE_NAME).open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return Review(), None
    except OSError as error:
        return Review(), error.strerror or str(error)
    if len(data) > MAX_BYTES:
        return Review(), f"larger than {MAX_BYTES} bytes"
    try:
        return from_json(data), None
    except Unreadable as error:
        return Review(), error.detail


def statuses(
    article: Article, review: Review, findings: Findings | None
) -> dict[str, VersionStatus]:
    """Each version's status (by ``ar@1``): its review progress, and its standing findings if
    ``findings`` (the cache's, for the article's present files) are known."""
    source = article.source
    sources = [p.text for p in source.paragraphs] if source is not None else []
    found: dict[str, VersionStatus] = {}
    for version in article.versions:
        key = str(version.key)
        texts = [p.text for p in version.paragraphs]
        of = review.of(key)
        done = progress(of, texts)
        counted = worth = None
        if findings is not None and version.language != article.source_language:
            restored = _findings(findings.get(key, ()))
            if restored is not None:
                standing, _dismissed = split_findings(of, restored, texts, sources)
                counted = sum(f.confident for f in standing)
                worth = len(standing) - counted
        found[key] = VersionStatus(counted, worth, done.approved, done.needs_work, done.total)
    return found


def _findings(stored: Sequence[StoredFinding]) -> list[Finding] | None:
    """The stored findings as the review matches dismissals against them; None if one is of a
    kind this Reader no longer has (the cache is then as good as missing)."""
    try:
        return [
            Finding(
                FindingKind(check),
                paragraph,
                source_paragraph,
                "",
                evidence,
                confidence=Confidence.HIGH if confident else Confidence.LOW,
            )
            for check, paragraph, source_paragraph, evidence, confident in stored
        ]
    except (ValueError, TypeError):
        return None
