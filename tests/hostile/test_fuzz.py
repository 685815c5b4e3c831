"""Property-based fuzzing of the parsers: whatever the bytes, Reader parses them or raises its
own error (ReaderError, which the command line and the window turn into one line); never a
Python exception of another type, which would be a traceback or a crashed slot."""

from __future__ import annotations

import codecs
import json
import math
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from reader.core.errors import ReaderError
from reader.core.ingest.encodings import decode
from reader.core.ingest.loading import load_folder
from reader.core.ingest.parsing import parse_text
from tests.hostile.corpus import arabic

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FOLDER_FUZZ = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

_SEED = arabic().encode("utf-8")

# Bytes that look like text often enough to reach the deeper paths: pieces of the seed, BOMs,
# binary magic, NUL, broken UTF-8, legacy Arabic, line ends and bidi controls.
_PIECES = st.sampled_from(
    [
        _SEED[:200],
        _SEED[1000:1400],
        "مرحبا بالعالم".encode("cp1256"),
        "مرحبا".encode("iso-8859-6"),
        "Kafé naïve".encode("cp1252"),
        codecs.BOM_UTF8,
        codecs.BOM_UTF16_LE,
        codecs.BOM_UTF16_BE,
        codecs.BOM_UTF32_LE,
        b"\x89PNG",
        b"PK\x03\x04",
        b"\x00",
        b"\xc3",
        b"\xed\xa0\x80",
        b"\xff\xfe",
        b"\r\n",
        b"\r",
        b"\n\n",
        b"\f",
        "\u202e\u2067\u202c\u2069".encode(),
        "ﻣﺮﺣﺒﺎ".encode(),
    ]
)
_TEXTISH = st.lists(st.one_of(_PIECES, st.binary(max_size=40)), max_size=12).map(b"".join)
ANY_BYTES = st.one_of(st.binary(max_size=2000), _TEXTISH)


def _decode_and_parse(data: bytes, encoding: str | None = None) -> None:
    try:
        decoded = decode(data, None, encoding)
    except ReaderError as error:
        event(str(error)[:25])
        return
    event(f"decoded as {decoded.encoding}")
    assert decoded.text.strip()
    for language in ("ar", "id"):
        parsed = parse_text(decoded.text, language)
        for paragraph in parsed.paragraphs:
            assert paragraph.text and paragraph.text in decoded.text


@FUZZ
@given(ANY_BYTES)
def test_any_bytes_decode_and_parse_or_raise_reader_error(data: bytes) -> None:
    _decode_and_parse(data)


@FUZZ
@given(
    ANY_BYTES, st.sampled_from(["utf-8", "utf-16", "windows-1256", "iso-8859-6", "latin-1", "nope"])
)
def test_any_bytes_in_a_forced_encoding(data: bytes, encoding: str) -> None:
    _decode_and_parse(data, encoding)


@FUZZ
@given(st.text(max_size=400))
def test_parse_text_keeps_every_character_of_what_it_keeps(text: str) -> None:
    """Paragraphs, the notice and the dropped debris are pieces of the text, never altered."""
    parsed = parse_text(text, "ar")
    for piece in [p.text for p in parsed.paragraphs] + list(parsed.dropped):
        assert piece in text
    if parsed.notice is not None:
        assert parsed.notice.text in text


@FUZZ
@given(st.text(st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1, max_size=300))
def test_utf8_text_comes_back_as_written(text: str) -> None:
    """Plain UTF-8 text (no line ends to normalise, no shaping to undo) decodes unchanged."""
    data = text.encode("utf-8")
    try:
        decoded = decode(data)
    except ReaderError as error:
        message = str(error)
        # A leading U+FEFF is the UTF-8 byte order mark, not text: "\ufeff" alone is empty.
        empty = not text.removeprefix("\ufeff").strip()
        assert empty or "not a text file" in message or "presentation" in message
        return
    plain = all(
        ch not in "\r\f\ufeff\u2028\u2029"
        and not 0xFB50 <= ord(ch) <= 0xFEFF  # presentation forms: normalised
        and not 0xFDD0 <= ord(ch) <= 0xFDEF  # noncharacters: replaced
        and ord(ch) & 0xFFFE != 0xFFFE
        for ch in text
    )
    if plain:
        assert decoded.text == text


# -- manifests -------------------------------------------------------------------------------------


def _toml_string(text: str) -> str:
    # JSON's string escapes are TOML's, except that TOML also wants DEL escaped.
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def toml_value(value: Any) -> str:
    """A value in TOML's inline syntax (strings, integers, floats, booleans, arrays, tables)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return "{" + ", ".join(f"{_toml_string(k)} = {toml_value(v)}" for k, v in value.items()) + "}"


def toml_document(table: dict[str, Any]) -> str:
    return "".join(f"{_toml_string(k)} = {toml_value(v)}\n" for k, v in table.items())


_FILES = st.sampled_from(
    ["id.txt", "ar.txt", "sub", "link.txt", "loop.txt", "empty.txt", "missing.txt",
     "../outside.txt", "../../etc/passwd", "/etc/passwd", "C:\\x.txt", "sub/../id.txt",
     "id\x00.txt", "", ".", "..", "a" * 300]
)  # fmt: skip
_LANGUAGES = st.one_of(
    st.sampled_from(["id", "ar", "en"]),
    st.sampled_from(["zh", "xx", "", "AR", "ar-EG", "ar\u202e"]),
)
_SCALARS = st.one_of(
    st.text(max_size=20),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False).filter(math.isfinite),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
_ORIGINS = st.sampled_from(["original", "machine", "human", "post-edited", "robot"])
# Mostly well-formed, so that the fuzzing reaches the version files; each field can go wrong.
_VERSION = st.fixed_dictionaries(
    {"language": _LANGUAGES, "file": _FILES},
    optional={
        "origin": _ORIGINS,
        "revision": st.integers(min_value=-2, max_value=3),
        "extra": _VALUES,
    },
)
_ODD_VERSION = st.fixed_dictionaries(
    {},
    optional={
        "language": st.one_of(_LANGUAGES, _VALUES),
        "file": st.one_of(_FILES, _VALUES),
        "origin": st.one_of(_ORIGINS, _VALUES),
        "revision": _VALUES,
    },
)
_OPTIONAL = {
    "title": st.one_of(st.text(max_size=30), _VALUES),
    "notice": st.one_of(st.text(max_size=30), _VALUES),
    "other": _VALUES,
}
MANIFESTS = st.one_of(
    st.fixed_dictionaries(
        {"source": _LANGUAGES, "versions": st.lists(_VERSION, min_size=1, max_size=4)},
        optional=_OPTIONAL,
    ),
    st.fixed_dictionaries(
        {},
        optional={
            "source": st.one_of(_LANGUAGES, _VALUES),
            "versions": st.one_of(st.lists(st.one_of(_VERSION, _ODD_VERSION), max_size=3), _VALUES),
        }
        | _OPTIONAL,
    ),
)


def _article_folder(root: Path, manifest: bytes) -> Path:
    """An article folder with good and bad version files, and ``manifest`` as its article.toml."""
    folder = root / "article"
    folder.mkdir()
    (folder / "article.toml").write_bytes(manifest)
    (folder / "id.txt").write_text("Judul berita\n\nIsi berita yang cukup panjang.\n", "utf-8")
    (folder / "ar.txt").write_bytes(_SEED)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "sub").mkdir()
    (root / "outside.txt").write_text("Rahasia\n\nJangan dibaca.\n", "utf-8")
    (folder / "link.txt").symlink_to(root / "outside.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    return folder


def _load_or_reader_error(manifest: bytes) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = _article_folder(Path(name), manifest)
        try:
            article = load_folder(folder)
        except ReaderError as error:
            assert "\n" not in str(error)
            event(str(error).split(": ", 2)[-1][:30])
            return
        event(f"opened, {len(article.versions)} versions")
        root = folder.resolve()
        for version in article.versions:
            assert version.path is not None
            assert root in version.path.resolve().parents  # nothing outside the folder is read


@FOLDER_FUZZ
@given(MANIFESTS)
def test_any_manifest_structure_loads_or_raises_reader_error(manifest: dict[str, Any]) -> None:
    _load_or_reader_error(toml_document(manifest).encode("utf-8"))


@FOLDER_FUZZ
@given(
    st.one_of(
        st.binary(max_size=500),
        MANIFESTS.map(lambda m: toml_document(m).encode()).flatmap(
            lambda doc: st.integers(0, max(len(doc) - 1, 0)).map(lambda cut: doc[:cut])
        ),
    )
)
def test_any_manifest_bytes_load_or_raise_reader_error(manifest: bytes) -> None:
    """Random bytes, and valid manifests cut short anywhere."""
    _load_or_reader_error(manifest)
