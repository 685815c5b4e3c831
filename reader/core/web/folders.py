"""Article folders written from the web: each version's text, its raw page compressed beside it
(``raw/ar.html.gz``, the evidence of what the publisher showed), and ``article.toml`` with each
version's provenance.

A new folder is built in a hidden temporary folder beside the target and renamed into place, so
it appears complete or not at all. An update adds files under new names only and replaces the
manifest atomically (a temporary file, then ``os.replace``): nothing is overwritten.
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w

from reader.core.errors import ReaderError
from reader.core.ingest.loading import MANIFEST
from reader.core.model import Provenance, SourceEvidence

RAW_FOLDER = "raw"


@dataclass(frozen=True)
class NewVersion:
    """A version to write: its text in Reader's format, the raw page it came from, and its
    provenance (``sha256`` and ``raw`` are filled in when it is written)."""

    language: str
    origin: str
    text: str
    raw: bytes
    raw_suffix: str
    provenance: Provenance
    revision: int = 1


def version_file(language: str, revision: int) -> str:
    return f"{language}.txt" if revision == 1 else f"{language}-{revision}.txt"


def _write_version(folder: Path, version: NewVersion) -> dict[str, Any]:
    """Write a version's text and raw page into ``folder``; its manifest entry."""
    name = version_file(version.language, version.revision)
    raw_name = f"{RAW_FOLDER}/{Path(name).stem}.{version.raw_suffix}.gz"
    for relative in (name, raw_name):
        if (folder / relative).exists():
            raise ReaderError(f"{relative} already exists; nothing was overwritten", folder)
    (folder / RAW_FOLDER).mkdir(exist_ok=True)
    _atomic_write(folder / name, version.text.encode("utf-8"))
    _atomic_write(folder / raw_name, gzip.compress(version.raw, mtime=0))
    provenance = dataclasses.replace(
        version.provenance, sha256=hashlib.sha256(version.raw).hexdigest(), raw=raw_name
    )
    entry: dict[str, Any] = {
        "language": version.language,
        "file": name,
        "origin": version.origin,
        "revision": version.revision,
    }
    entry.update({k: v for k, v in dataclasses.asdict(provenance).items() if v is not None})
    return entry


def manifest_head(
    title: str, source: str, notice: str | None, evidence: Sequence[SourceEvidence]
) -> dict[str, Any]:
    head: dict[str, Any] = {"title": title, "source": source}
    if notice:
        head["notice"] = notice
    if evidence:
        head["source_evidence"] = [dataclasses.asdict(e) for e in evidence]
    return head


def write_article(target: Path, head: dict[str, Any], versions: Sequence[NewVersion]) -> Path:
    """Create the article folder ``target`` (which must not exist, or be empty) in one step."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ReaderError("already exists; choose another folder (-o)", target)
    target.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent))
    try:
        entries = [_write_version(building, v) for v in versions]
        _atomic_write(building / MANIFEST, tomli_w.dumps({**head, "versions": entries}).encode())
        if target.exists():
            target.rmdir()  # empty, checked above
        os.rename(building, target)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return target


def add_versions(folder: Path, manifest: dict[str, Any], versions: Sequence[NewVersion]) -> None:
    """Add new revisions to an existing folder: new files only, then the manifest replaced."""
    written: list[Path] = []
    try:
        entries = []
        for version in versions:
            entry = _write_version(folder, version)
            written += [folder / entry["file"], folder / entry["raw"]]
            entries.append(entry)
        updated = {**manifest, "versions": [*manifest.get("versions", []), *entries]}
        _atomic_write(folder / MANIFEST, tomli_w.dumps(updated).encode())
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise


def _atomic_write(path: Path, data: bytes) -> None:
    """Write ``path`` through a temporary file in the same folder and a rename."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
