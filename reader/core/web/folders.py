"""Article folders written from the web: each version's text, its raw page compressed beside it
(``raw/ar.html.gz``, the evidence of what the publisher showed), and ``article.toml`` with each
version's provenance.

A new folder is built in a hidden temporary folder beside the target and renamed into place, so
it appears complete or not at all. An update adds files under new names only and replaces the
manifest atomically (a temporary file, then ``os.replace``): nothing is overwritten.
"""

from __future__ import annotations

import dataclasses
import errno
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
from reader.core.files import write_atomically
from reader.core.i18n import _
from reader.core.ingest.loading import MANIFEST
from reader.core.model import Provenance, SourceEvidence

RAW_FOLDER = "raw"


@dataclass(frozen=True)
class NewVersion:
    """A version to write: its text in Reader's format, the raw page it came from (None: text
    that came without one, plain text pasted), and its provenance (``sha256`` and ``raw`` are
    filled in when it is written)."""

    language: str
    origin: str
    text: str
    raw: bytes | None
    raw_suffix: str
    provenance: Provenance
    revision: int = 1
    parent: int | None = None  # the revision a post-edited revision was made from


def version_file(language: str, revision: int) -> str:
    return f"{language}.txt" if revision == 1 else f"{language}-{revision}.txt"


def _raw_name(name: str, suffix: str) -> str:
    return f"{RAW_FOLDER}/{Path(name).stem}.{suffix}.gz"


def _free_name(folder: Path, version: NewVersion) -> str:
    """The version's file name (``ar-2.txt``), or, where a file of that name is already there
    (left by an update that was stopped before its manifest was written), ``ar-2_2.txt``...:
    nothing is overwritten, and nothing stops the next update."""
    stem = Path(version_file(version.language, version.revision)).stem
    name, number = f"{stem}.txt", 1
    while (folder / name).exists() or (
        version.raw is not None and (folder / _raw_name(name, version.raw_suffix)).exists()
    ):
        number += 1
        name = f"{stem}_{number}.txt"
    return name


def _write_version(folder: Path, version: NewVersion) -> dict[str, Any]:
    """Write a version's text and raw page into ``folder``; its manifest entry."""
    name = _free_name(folder, version)
    raw_name = _raw_name(name, version.raw_suffix)
    written = (name,) if version.raw is None else (name, raw_name)
    for relative in written:
        if (folder / relative).exists():
            raise ReaderError(
                _("{file} already exists; nothing was overwritten").format(file=relative), folder
            )
    write_atomically(folder / name, version.text.encode("utf-8"))
    provenance = version.provenance
    if version.raw is not None:
        (folder / RAW_FOLDER).mkdir(exist_ok=True)
        write_atomically(folder / raw_name, gzip.compress(version.raw, mtime=0))
        provenance = dataclasses.replace(
            provenance, sha256=hashlib.sha256(version.raw).hexdigest(), raw=raw_name
        )
    entry: dict[str, Any] = {
        "language": version.language,
        "file": name,
        "origin": version.origin,
        "revision": version.revision,
    }
    if version.parent is not None:
        entry["parent"] = version.parent
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
        raise ReaderError(_("already exists; choose another folder (-o)"), target)
    target.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent))
    try:
        entries = [_write_version(building, v) for v in versions]
        write_atomically(building / MANIFEST, tomli_w.dumps({**head, "versions": entries}).encode())
        if target.exists():
            target.rmdir()  # empty, checked above
        os.rename(building, target)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return target


def free_folder(parent: Path, name: str) -> Path:
    """``parent / name``, or the first of ``name-2``, ``name-3``... that does not exist yet."""
    candidate = parent / name
    number = 2
    while candidate.exists():
        candidate = parent / f"{name}-{number}"
        number += 1
    return candidate


def move_article(folder: Path, parent: Path) -> Path:
    """Move the finished article folder ``folder`` into ``parent`` (on the same file system)
    under its own name, or the first free ``name-2``...: one rename, so it appears there
    complete. Its new place."""
    parent.mkdir(parents=True, exist_ok=True)
    while True:
        target = free_folder(parent, folder.name)
        try:
            os.rename(folder, target)
        except OSError as error:
            # Taken meanwhile: Windows refuses any existing target, POSIX one that is not empty
            # (an empty folder made there in between is replaced, which loses nothing).
            if error.errno in (errno.EEXIST, errno.ENOTEMPTY):
                continue
            raise
        return target


def add_versions(folder: Path, manifest: dict[str, Any], versions: Sequence[NewVersion]) -> None:
    """Add new revisions to an existing folder: new files only, then the manifest replaced."""
    written: list[Path] = []
    try:
        entries = []
        for version in versions:
            entry = _write_version(folder, version)
            written += [folder / entry[key] for key in ("file", "raw") if key in entry]
            entries.append(entry)
        updated = {**manifest, "versions": [*manifest.get("versions", []), *entries]}
        write_atomically(folder / MANIFEST, tomli_w.dumps(updated).encode())
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
