"""Open articles: an article folder with its manifest, or loose plain-text files.

Every failure is a ReaderError naming the file and the problem in one line.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import stat
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reader.core.errors import LanguageUnclear, ReaderError
from reader.core.ingest.encodings import Decoded, read_text_file
from reader.core.ingest.parsing import ParsedText, parse_text
from reader.core.model import (
    Article,
    Notice,
    Origin,
    Paragraph,
    Provenance,
    SourceEvidence,
    Version,
)
from reader.core.text.bidi_controls import CONTROL_NAMES
from reader.core.text.languages import (
    LANGUAGES,
    detect_language,
    language_from_filename,
    language_name,
)

MANIFEST = "article.toml"
MAX_MANIFEST_BYTES = 1024 * 1024
# An article has a handful of versions; a manifest listing thousands (each read in full) would
# keep Reader busy for minutes.
MAX_VERSIONS = 100
_ARTICLE_KEYS = {"title", "source", "notice", "versions", "source_evidence"}
# Provenance of a version taken from the web (PRODUCT.md); "retrieved" may also be a TOML date.
_PROVENANCE_TEXT = (
    "url",
    "final_url",
    "etag",
    "last_modified",
    "sha256",
    "raw",
    "extractor",
    "author",
    "published",
    "modified",
)
_VERSION_KEYS = {"language", "file", "origin", "revision", "parent", "status", "retrieved"}
_VERSION_KEYS.update(_PROVENANCE_TEXT)


def load(
    paths: Sequence[Path], languages: Sequence[str | None] = (), encoding: str | None = None
) -> Article:
    """Open what the user named: one article folder, or one or more plain-text files.

    ``languages`` overrides the detected language of the loose files, in the order given
    (None: detect that one).
    """
    if not paths:
        raise ReaderError("nothing to open")
    folders = [p for p in paths if p.is_dir()]
    if folders and len(paths) > 1:
        raise ReaderError("is a folder: open an article folder on its own", folders[0])
    if folders:
        return load_folder(folders[0], encoding=encoding)
    return load_files(paths, languages=languages, encoding=encoding)


def _decoded_version(
    decoded: Decoded,
    language: str,
    origin: Origin,
    revision: int,
    path: Path,
    detected: bool,
    parsed: ParsedText | None = None,
) -> Version:
    """A version from its decoded text (and its parse, when the caller already has it)."""
    if parsed is None:
        parsed = parse_text(decoded.text, language)
    if not parsed.paragraphs:
        raise ReaderError("has no text once its boilerplate is set aside", path)
    remarks = list(decoded.remarks)
    if detected:
        remarks.append(f"language detected from the text: {language_name(language)}")
    remarks += _bidi_control_remarks(decoded.text, parsed.paragraphs)
    return Version(
        language=language,
        origin=origin,
        paragraphs=parsed.paragraphs,
        revision=revision,
        encoding=decoded.encoding,
        notice=parsed.notice,
        path=path,
        language_detected=detected,
        dropped=parsed.dropped,
        remarks=tuple(remarks),
    )


def _bidi_control_remarks(text: str, paragraphs: Sequence[Paragraph]) -> list[str]:
    """Say so when the text holds bidi embedding, override or isolate controls: they could
    reorder what is shown (RTL.md, "Untrusted text"), so the window shows markers instead."""
    # In the order they first appear: the note reads like the text.
    found = {ch: text.count(ch) for ch in sorted(CONTROL_NAMES, key=lambda c: text.find(c))}
    found = {ch: count for ch, count in found.items() if count}
    if not found:
        return []
    count = sum(found.values())
    names = ", ".join(CONTROL_NAMES[ch] for ch in found)
    where = [str(i) for i, p in enumerate(paragraphs) if any(ch in p.text for ch in found)]
    at = f" in paragraph{'s' * (len(where) > 1)} {', '.join(where[:10])}" if where else ""
    more = " and more" if len(where) > 10 else ""
    they, them, markers = ("they", "them", "markers") if count > 1 else ("it", "it", "a marker")
    return [
        f"{count} bidi control character{'s' * (count > 1)} ({names}){at}{more}: {they} could "
        f"reorder the text, so Reader shows {them} as {markers} instead of obeying {them}"
    ]


# -- loose files -------------------------------------------------------------------------------


def _guess_language(decoded: Decoded, path: Path, index: int) -> str:
    detection = detect_language(decoded.text)
    by_name = language_from_filename(path)
    if detection.code is None:
        if by_name:
            return by_name
        raise LanguageUnclear(
            "cannot tell the language of this text; name it with --lang", path, index
        )
    # The file name breaks a tie only where the text itself is not decisive (id vs ms).
    if by_name and by_name != detection.code and detection.confidence < 0.9:
        return by_name
    return detection.code


def _loose_origin(language: str, source: str, notice: Notice | None) -> Origin:
    """Only a file's own notice says it is machine output; a file that says nothing is unknown."""
    if language == source:
        return Origin.ORIGINAL
    if notice is not None and language in notice.machine_languages:
        return Origin.MACHINE
    return Origin.UNKNOWN


def load_files(
    paths: Sequence[Path], languages: Sequence[str | None] = (), encoding: str | None = None
) -> Article:
    """Loose plain-text files as the versions of one article.

    Languages are detected (script first, then a language identifier) unless given; the
    authoritative language is the one a publisher's notice names, else the first file's.
    Files in the same language become successive revisions, in the order given.
    """
    if len(languages) > len(paths):
        raise ReaderError(f"{len(languages)} languages given for {len(paths)} files")
    decoded = [(path, read_text_file(path, encoding=encoding)) for path in paths]
    chosen: list[tuple[Path, Decoded, str, bool]] = []
    for index, (path, text) in enumerate(decoded):
        given = languages[index] if index < len(languages) else None
        if given is not None:
            chosen.append((path, text, _check_language(given), False))
        else:
            chosen.append((path, text, _guess_language(text, path, index), True))

    parsed = [parse_text(text.text, language) for _, text, language, _ in chosen]
    notices = [p.notice for p in parsed if p.notice]
    source = next((n.main_language for n in notices if n.main_language), chosen[0][2])

    versions: list[Version] = []
    for (path, text, language, detected), found in zip(chosen, parsed, strict=True):
        revision = 1 + sum(v.language == language for v in versions)
        origin = _loose_origin(language, source, found.notice)
        versions.append(
            _decoded_version(text, language, origin, revision, path, detected, parsed=found)
        )
    return Article(
        source_language=source,
        versions=tuple(versions),
        notice=notices[0].text if notices else None,
        path=paths[0] if len(paths) == 1 else None,
    )


def _check_language(code: str) -> str:
    primary = code.strip().split("-")[0].lower()
    if primary not in LANGUAGES:
        known = ", ".join(sorted(LANGUAGES))
        raise ReaderError(f"unknown language code {code!r} (known: {known})")
    return code.strip()


# -- article folders ----------------------------------------------------------------------------


def read_manifest(folder: Path) -> dict[str, Any]:
    """The article folder's manifest as a table, as stored (every failure a ReaderError)."""
    return _read_manifest(folder)


def _read_manifest(folder: Path) -> dict[str, Any]:
    manifest = folder / MANIFEST
    try:
        info = manifest.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ReaderError("is a folder, not a file", manifest)
        if not stat.S_ISREG(info.st_mode):
            raise ReaderError("is not a regular file (a device, pipe or socket?)", manifest)
        if info.st_size > MAX_MANIFEST_BYTES:
            raise ReaderError("is too large for a manifest", manifest)
        with manifest.open("rb") as stream:
            data = stream.read(MAX_MANIFEST_BYTES + 1)
    except FileNotFoundError:
        raise ReaderError(
            f"no {MANIFEST} in this folder (see README: article folders)", folder
        ) from None
    except OSError as error:
        raise ReaderError(f"cannot be read: {error.strerror or error}", manifest) from None
    if len(data) > MAX_MANIFEST_BYTES:  # it grew since stat()
        raise ReaderError("is too large for a manifest", manifest)
    return _parse_manifest(data, manifest)


def _parse_manifest(data: bytes, manifest: Path) -> dict[str, Any]:
    """The manifest's TOML as a table; every failure a ReaderError."""
    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise ReaderError(f"is not UTF-8 (byte {error.start})", manifest) from None
    except tomllib.TOMLDecodeError as error:
        raise ReaderError(f"is not valid TOML: {error}", manifest) from None
    except RecursionError:  # tomllib recurses once per nested array or inline table
        raise ReaderError("is not valid TOML: nested too deeply", manifest) from None


def _field(table: dict[str, Any], key: str, kind: type, where: Path, default: Any = None) -> Any:
    value = table.get(key, default)
    if value is None and default is None and key in {"language", "file", "source"}:
        raise ReaderError(f"{key!r} is missing", where)
    if value is not None and (
        not isinstance(value, kind) or isinstance(value, bool) != (kind is bool)
    ):
        raise ReaderError(f"{key!r} must be a {kind.__name__}, not {type(value).__name__}", where)
    return value


def _inside(folder: Path, name: str, manifest: Path) -> Path:
    """The version file ``name`` resolved inside ``folder``; anything that leaves it is refused."""
    if not name or Path(name).is_absolute() or name.startswith(("/", "\\")) or ":" in name[:2]:
        raise ReaderError(
            f"version file {name!r} must be a path inside the article folder", manifest
        )
    if "\0" in name:  # TOML can spell one ("\u0000"); no file name holds it
        raise ReaderError(f"version file {name!r} is not a valid file name", manifest)
    try:
        root = folder.resolve()
        target = (folder / name).resolve()
    except RuntimeError:  # Python 3.11's resolve() reports a symlink loop so
        raise ReaderError(f"version file {name!r} is a symbolic link loop", manifest) from None
    except OSError as error:
        raise ReaderError(
            f"version file {name!r} cannot be read: {error.strerror or error}", manifest
        ) from None
    if target != root and root not in target.parents:
        raise ReaderError(f"version file {name!r} points outside the article folder", manifest)
    return folder / name


def _origin(value: str, where: Path) -> Origin:
    try:
        return Origin(value)
    except ValueError:
        allowed = ", ".join(o.value for o in Origin if o is not Origin.UNKNOWN)
        raise ReaderError(f"origin {value!r} is not one of {allowed}", where) from None


def load_folder(folder: Path, encoding: str | None = None) -> Article:
    """An article folder: ``article.toml`` and one plain-text file per version."""
    manifest_path = folder / MANIFEST
    manifest = _read_manifest(folder)
    source = _check_language(_field(manifest, "source", str, manifest_path))
    entries = _field(manifest, "versions", list, manifest_path, default=[])
    if not entries:
        raise ReaderError("lists no [[versions]]", manifest_path)
    if len(entries) > MAX_VERSIONS:
        raise ReaderError(
            f"lists {len(entries)} versions; Reader opens articles of up to {MAX_VERSIONS}",
            manifest_path,
        )
    remarks = [
        f"unknown key {k!r} in {MANIFEST} ignored" for k in sorted(set(manifest) - _ARTICLE_KEYS)
    ]

    versions: list[Version] = []
    seen: set[tuple[str, int]] = set()
    for entry in entries:
        if not isinstance(entry, dict):
            raise ReaderError("each [[versions]] entry must be a table", manifest_path)
        remarks += [
            f"unknown key {k!r} in a version ignored" for k in sorted(set(entry) - _VERSION_KEYS)
        ]
        language = _check_language(_field(entry, "language", str, manifest_path))
        revision = _field(entry, "revision", int, manifest_path, default=1)
        if revision < 1:
            raise ReaderError(
                f"revision {revision} of {language!r} must be 1 or more", manifest_path
            )
        if (language, revision) in seen:
            raise ReaderError(f"{language}@{revision} is listed twice", manifest_path)
        seen.add((language, revision))
        origin = _origin(
            _field(entry, "origin", str, manifest_path, default="machine"), manifest_path
        )
        path = _inside(folder, _field(entry, "file", str, manifest_path), manifest_path)
        decoded = read_text_file(path, encoding=encoding)
        version = _decoded_version(decoded, language, origin, revision, path, False)
        parent = _field(entry, "parent", int, manifest_path)
        provenance = _provenance(entry, folder, manifest_path)
        versions.append(dataclasses.replace(version, provenance=provenance, parent=parent))

    notice = _field(manifest, "notice", str, manifest_path)
    if notice is None:
        notice = next((v.notice.text for v in versions if v.notice), None)
    title = _field(manifest, "title", str, manifest_path, default="")
    return Article(
        source_language=source,
        versions=tuple(versions),
        title=title,
        notice=notice,
        path=folder,
        remarks=tuple(remarks),
        source_evidence=_source_evidence(manifest, manifest_path),
    )


def _provenance(entry: dict[str, Any], folder: Path, manifest: Path) -> Provenance | None:
    """A version's provenance keys, checked for type; None when it has none."""
    values: dict[str, Any] = {key: _field(entry, key, str, manifest) for key in _PROVENANCE_TEXT}
    values["status"] = _field(entry, "status", int, manifest)
    retrieved = entry.get("retrieved")
    if isinstance(retrieved, dt.datetime | dt.date):
        retrieved = retrieved.isoformat()
    values["retrieved"] = _field({"retrieved": retrieved}, "retrieved", str, manifest)
    if values["raw"] is not None:
        _inside(folder, values["raw"], manifest)  # named only; never read here
    if all(value is None for value in values.values()):
        return None
    return Provenance(**values)


def _source_evidence(manifest: dict[str, Any], where: Path) -> tuple[SourceEvidence, ...]:
    entries = _field(manifest, "source_evidence", list, where, default=[])
    found = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise ReaderError("each [[source_evidence]] entry must be a table", where)
        kind = _field(entry, "kind", str, where, default="")
        language = _field(entry, "language", str, where, default="")
        detail = _field(entry, "detail", str, where, default="")
        found.append(SourceEvidence(kind, language, detail))
    return tuple(found)


def version_label(version: Version, article: Article) -> str:
    """A one-line name for a version: "Arabic · revision 2 · post-edited"."""
    parts = [language_name(version.language)]
    if len(article.revisions(version.language)) > 1:
        parts.append(f"revision {version.revision}")
    parts.append(version.origin.value)
    return " · ".join(parts)
