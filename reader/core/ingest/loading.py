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
from reader.core.i18n import _, ngettext
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
    detect_language,
    language_from_filename,
    language_name,
    language_of,
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
        raise ReaderError(_("nothing to open"))
    folders = [p for p in paths if p.is_dir()]
    if folders and len(paths) > 1:
        raise ReaderError(_("is a folder: open an article folder on its own"), folders[0])
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
        raise ReaderError(_("has no text once its boilerplate is set aside"), path)
    remarks = list(decoded.remarks)
    if detected:
        remarks.append(
            _("language detected from the text: {language}").format(
                language=language_name(language)
            )
        )
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
    names = _(", ").join(CONTROL_NAMES[ch] for ch in found)
    where = [i for i, p in enumerate(paragraphs) if any(ch in p.text for ch in found)]
    if not where:  # only in what was set aside (a caption's credit, page debris)
        message = ngettext(
            "{count} bidi control character ({names}): it could reorder the text, so Reader "
            "shows it as a marker instead of obeying it",
            "{count} bidi control characters ({names}): they could reorder the text, so Reader "
            "shows them as markers instead of obeying them",
            count,
        )
    else:
        message = ngettext(
            "{count} bidi control character ({names}) in {paragraphs}: it could reorder the "
            "text, so Reader shows it as a marker instead of obeying it",
            "{count} bidi control characters ({names}) in {paragraphs}: they could reorder the "
            "text, so Reader shows them as markers instead of obeying them",
            count,
        )
    return [message.format(count=count, names=names, paragraphs=_paragraph_list(where))]


MAX_LISTED_PARAGRAPHS = 10


def _paragraph_list(indexes: Sequence[int]) -> str:
    """Paragraphs named by number: "paragraph 3", "paragraphs 3, 4", "paragraphs 0, ..., 9 and
    more"."""
    numbers = _(", ").join(str(i) for i in indexes[:MAX_LISTED_PARAGRAPHS])
    if len(indexes) > MAX_LISTED_PARAGRAPHS:
        return _("paragraphs {numbers} and more").format(numbers=numbers)
    return ngettext("paragraph {numbers}", "paragraphs {numbers}", len(indexes)).format(
        numbers=numbers
    )


# -- loose files -------------------------------------------------------------------------------


def _guess_language(decoded: Decoded, path: Path, index: int) -> str:
    detection = detect_language(decoded.text)
    by_name = language_from_filename(path)
    if detection.code is None:
        if by_name:
            return by_name
        raise LanguageUnclear(
            _("cannot tell the language of this text; name it with --lang"), path, index
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
        named = ngettext("{count} language", "{count} languages", len(languages))
        files = ngettext("{count} file", "{count} files", len(paths))
        raise ReaderError(
            _("{languages} given for {files}").format(
                languages=named.format(count=len(languages)), files=files.format(count=len(paths))
            )
        )
    decoded = [(path, read_text_file(path, encoding=encoding)) for path in paths]
    chosen: list[tuple[Path, Decoded, str, bool]] = []
    for index, (path, text) in enumerate(decoded):
        given = languages[index] if index < len(languages) else None
        if given is not None:
            chosen.append((path, text, known_language(given), False))
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


def known_language(code: str) -> str:
    """A language code the user gave (``--lang``, a manifest), stripped: any BCP 47 tag whose
    language CLDR knows (``cs``, ``bn``, ``zh-Hant``); refused in one line otherwise."""
    if language_of(code) is None:
        message = _(
            "unknown language code {code!r} (a BCP 47 language tag is expected, such as ar, "
            "id, cs or zh-Hant)"
        )
        raise ReaderError(message.format(code=code))
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
            raise ReaderError(_("is a folder, not a file"), manifest)
        if not stat.S_ISREG(info.st_mode):
            raise ReaderError(_("is not a regular file (a device, pipe or socket?)"), manifest)
        if info.st_size > MAX_MANIFEST_BYTES:
            raise ReaderError(_("is too large for a manifest"), manifest)
        with manifest.open("rb") as stream:
            data = stream.read(MAX_MANIFEST_BYTES + 1)
    except FileNotFoundError:
        message = _("no {manifest} in this folder (see README: article folders)")
        raise ReaderError(message.format(manifest=MANIFEST), folder) from None
    except OSError as error:
        reason = error.strerror or error
        raise ReaderError(_("cannot be read: {reason}").format(reason=reason), manifest) from None
    if len(data) > MAX_MANIFEST_BYTES:  # it grew since stat()
        raise ReaderError(_("is too large for a manifest"), manifest)
    return _parse_manifest(data, manifest)


def _parse_manifest(data: bytes, manifest: Path) -> dict[str, Any]:
    """The manifest's TOML as a table; every failure a ReaderError."""
    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        message = _("is not UTF-8 (byte {position})").format(position=error.start)
        raise ReaderError(message, manifest) from None
    except tomllib.TOMLDecodeError as error:
        message = _("is not valid TOML: {reason}").format(reason=error)
        raise ReaderError(message, manifest) from None
    except RecursionError:  # tomllib recurses once per nested array or inline table
        raise ReaderError(_("is not valid TOML: nested too deeply"), manifest) from None


def _field(table: dict[str, Any], key: str, kind: type, where: Path, default: Any = None) -> Any:
    value = table.get(key, default)
    if value is None and default is None and key in {"language", "file", "source"}:
        raise ReaderError(_("{key!r} is missing").format(key=key), where)
    if value is not None and (
        not isinstance(value, kind) or isinstance(value, bool) != (kind is bool)
    ):
        # The types are TOML's values as Python names them (str, int, list): not words.
        message = _("{key!r} must be a {expected}, not {actual}")
        raise ReaderError(
            message.format(key=key, expected=kind.__name__, actual=type(value).__name__), where
        )
    return value


def _inside(folder: Path, name: str, manifest: Path) -> Path:
    """The version file ``name`` resolved inside ``folder``; anything that leaves it is refused."""
    if not name or Path(name).is_absolute() or name.startswith(("/", "\\")) or ":" in name[:2]:
        message = _("version file {name!r} must be a path inside the article folder")
        raise ReaderError(message.format(name=name), manifest)
    if "\0" in name:  # TOML can spell one ("\u0000"); no file name holds it
        message = _("version file {name!r} is not a valid file name")
        raise ReaderError(message.format(name=name), manifest)
    try:
        root = folder.resolve()
        target = (folder / name).resolve()
    except RuntimeError:  # Python 3.11's resolve() reports a symlink loop so
        message = _("version file {name!r} is a symbolic link loop")
        raise ReaderError(message.format(name=name), manifest) from None
    except OSError as error:
        message = _("version file {name!r} cannot be read: {reason}")
        reason = error.strerror or error
        raise ReaderError(message.format(name=name, reason=reason), manifest) from None
    if target != root and root not in target.parents:
        message = _("version file {name!r} points outside the article folder")
        raise ReaderError(message.format(name=name), manifest)
    return folder / name


def _origin(value: str, where: Path) -> Origin:
    try:
        return Origin(value)
    except ValueError:
        allowed = _(", ").join(o.value for o in Origin if o is not Origin.UNKNOWN)
        message = _("origin {value!r} is not one of {allowed}")
        raise ReaderError(message.format(value=value, allowed=allowed), where) from None


def load_folder(folder: Path, encoding: str | None = None) -> Article:
    """An article folder: ``article.toml`` and one plain-text file per version."""
    manifest_path = folder / MANIFEST
    manifest = _read_manifest(folder)
    source = known_language(_field(manifest, "source", str, manifest_path))
    entries = _field(manifest, "versions", list, manifest_path, default=[])
    if not entries:
        raise ReaderError(_("lists no [[versions]]"), manifest_path)
    if len(entries) > MAX_VERSIONS:
        message = ngettext(
            "lists {count} version; Reader opens articles of up to {limit}",
            "lists {count} versions; Reader opens articles of up to {limit}",
            len(entries),
        )
        raise ReaderError(message.format(count=len(entries), limit=MAX_VERSIONS), manifest_path)
    remarks = [
        _("unknown key {key!r} in {manifest} ignored").format(key=key, manifest=MANIFEST)
        for key in sorted(set(manifest) - _ARTICLE_KEYS)
    ]

    versions: list[Version] = []
    seen: set[tuple[str, int]] = set()
    for entry in entries:
        if not isinstance(entry, dict):
            raise ReaderError(_("each [[versions]] entry must be a table"), manifest_path)
        remarks += [
            _("unknown key {key!r} in a version ignored").format(key=key)
            for key in sorted(set(entry) - _VERSION_KEYS)
        ]
        language = known_language(_field(entry, "language", str, manifest_path))
        revision = _field(entry, "revision", int, manifest_path, default=1)
        if revision < 1:
            message = _("revision {revision} of {language!r} must be 1 or more")
            raise ReaderError(message.format(revision=revision, language=language), manifest_path)
        if (language, revision) in seen:
            message = _("{version} is listed twice").format(version=f"{language}@{revision}")
            raise ReaderError(message, manifest_path)
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
            raise ReaderError(_("each [[source_evidence]] entry must be a table"), where)
        kind = _field(entry, "kind", str, where, default="")
        language = _field(entry, "language", str, where, default="")
        detail = _field(entry, "detail", str, where, default="")
        found.append(SourceEvidence(kind, language, detail))
    return tuple(found)
