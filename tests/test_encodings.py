"""Bytes to text: every encoding Reader meets decodes to the same text, and nothing is guessed."""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.errors import ReaderError
from reader.core.ingest.encodings import Decoded, decode, encoding_label, read_text_file

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample" / "ar.txt"

INDONESIAN = (
    "Presiden Joko Widodo bertemu José Martínez dan Sébastien Hernández di São Paulo, Brasil. "
    "Pertemuan itu membahas kerja sama ekonomi dan pendidikan antara kedua negara. "
    "Menurut Martínez, «kerja sama ini naïve» kata para kritikus, tetapi pemerintah tetap optimis."
)


@pytest.fixture(scope="module")
def seed_bytes() -> bytes:
    return SAMPLE.read_bytes()


@pytest.fixture(scope="module")
def seed_text(seed_bytes: bytes) -> str:
    return seed_bytes.decode("utf-8").replace("\r\n", "\n")


def _utf16_le_no_bom(text: str) -> bytes:
    return text.encode("utf-16-le")


ENCODINGS: dict[str, tuple[Callable[[str], bytes], str]] = {
    "utf-8": (lambda t: t.encode("utf-8"), "UTF-8"),
    "utf-8-sig": (lambda t: t.encode("utf-8-sig"), "UTF-8 with BOM"),
    "utf-16-le": (lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), "UTF-16 LE"),
    "utf-16-be": (lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "UTF-16 BE"),
    "utf-32-le": (lambda t: codecs.BOM_UTF32_LE + t.encode("utf-32-le"), "UTF-32 LE"),
    "windows-1256": (lambda t: t.encode("cp1256"), "Windows-1256 (Arabic)"),
    "iso-8859-6": (lambda t: t.encode("iso-8859-6"), "ISO-8859-6 (Arabic)"),
}


# -- the seed in every encoding ------------------------------------------------------------------


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_seed_decodes_to_the_same_text(encoding: str, seed_text: str) -> None:
    encode, label = ENCODINGS[encoding]
    decoded = decode(encode(seed_text), SAMPLE)
    assert decoded.text == seed_text
    assert decoded.encoding == encoding
    assert encoding_label(decoded.encoding) == label


@pytest.mark.parametrize("encoding", ["windows-1256", "iso-8859-6"])
def test_legacy_arabic_is_detected_and_said_so(encoding: str, seed_text: str) -> None:
    decoded = decode(ENCODINGS[encoding][0](seed_text))
    assert decoded.remarks == (f"encoding detected: {encoding_label(encoding)}",)


def test_utf8_has_no_remarks(seed_bytes: bytes) -> None:
    assert decode(seed_bytes).remarks == ()


@pytest.mark.parametrize(("codec", "side"), [("utf-16-le", "LE"), ("utf-16-be", "BE")])
def test_utf16_without_bom_is_recognised(codec: str, side: str, seed_text: str) -> None:
    decoded = decode(seed_text.encode(codec))
    assert decoded.text == seed_text
    assert decoded.encoding == codec
    remark = f"no byte-order mark: UTF-16 {side} recognised from its byte pattern"
    assert decoded.remarks == (remark,)


def test_crlf_seed_decodes_to_the_same_text(seed_text: str) -> None:
    crlf = seed_text.replace("\n", "\r\n")
    assert decode(crlf.encode("cp1256")).text == seed_text
    assert decode(codecs.BOM_UTF16_LE + crlf.encode("utf-16-le")).text == seed_text


# -- Western legacy text -------------------------------------------------------------------------


def test_indonesian_in_windows_1252() -> None:
    decoded = decode(INDONESIAN.encode("cp1252"))
    remark = "encoding detected: Windows-1252 (Western)"
    assert decoded == Decoded(INDONESIAN, "windows-1252", (remark,))


def test_accents_shared_by_1252_and_1256_are_named_windows_1252() -> None:
    # é and ï are the same bytes in windows-1256: no conflict, and the text is Western.
    text = "Kafé itu menyajikan kopi naïve dan roti untuk para tamu setiap pagi."
    assert decode(text.encode("cp1252")).encoding == "windows-1252"


# -- refusing to guess ---------------------------------------------------------------------------


def test_short_legacy_arabic_is_refused_not_guessed() -> None:
    data = "مرحبا".encode("cp1256")
    assert len(data) == 5
    with pytest.raises(ReaderError, match=r"could not tell .*--encoding"):
        decode(data)
    assert decode(data, encoding="windows-1256") == Decoded("مرحبا", "windows-1256")
    assert decode(data, encoding="cp1256").encoding == "windows-1256"


def test_long_1256_arabic_that_is_also_valid_iso_8859_6_is_read_as_1256(seed_text: str) -> None:
    # Only words whose windows-1256 bytes are also defined in ISO-8859-6: both decode strictly,
    # so the choice rests on which reading looks like Arabic.
    def valid_iso(word: str) -> bool:
        try:
            word.encode("cp1256").decode("iso-8859-6")
        except UnicodeDecodeError:
            return False
        return True

    words = [w for w in seed_text.split() if not w.isascii() and valid_iso(w)]
    text = " ".join(words)
    assert len(words) > 100
    assert decode(text.encode("cp1256")) == Decoded(
        text, "windows-1256", ("encoding detected: Windows-1256 (Arabic)",)
    )
    with pytest.raises(ReaderError, match="could not tell"):
        decode(" ".join(words[:10]).encode("cp1256"))


def test_text_that_is_mojibake_in_every_code_page_is_refused() -> None:
    data = ("ロシアのプーチン大統領は関係を拡大すると述べた。" * 20).encode("shift_jis")
    with pytest.raises(ReaderError, match="neither UTF-8 nor readable"):
        decode(data)


def test_empty_file() -> None:
    with pytest.raises(ReaderError, match=r"^the file is empty$"):
        decode(b"")


@pytest.mark.parametrize("data", [b"  \n\t\r\n ", codecs.BOM_UTF8 + b"\n\n", "\u3000".encode()])
def test_whitespace_only(data: bytes) -> None:
    with pytest.raises(ReaderError, match="holds only whitespace"):
        decode(data, Path("blank.txt"))


@pytest.mark.parametrize(
    ("header", "what"),
    [
        (b"\x89PNG\r\n\x1a\n", "is a PNG image, not a text file"),
        (b"%PDF-1.7\n", "is a PDF document, not a text file"),
        (b"PK\x03\x04", "is a ZIP archive"),
        (b"\x7fELF\x02\x01\x01", "is an executable program"),
        (b"GIF89a", "is a GIF image"),
        (b"\xff\xd8\xff\xe0", "is a JPEG image"),
        (b"\x1f\x8b\x08", "is a gzip-compressed file"),
    ],
)
def test_binary_files_are_named(header: bytes, what: str) -> None:
    with pytest.raises(ReaderError, match=what) as caught:
        decode(header + b"\x00\x01rest of the file" * 10, Path("picture.txt"))
    assert str(caught.value).startswith("picture.txt: ")
    with pytest.raises(ReaderError, match=what):
        decode(header + b"text", encoding="cp1252")  # forcing an encoding does not make it text


def test_nul_in_the_middle_is_not_text() -> None:
    with pytest.raises(ReaderError, match="contains NUL bytes: not a plain-text file"):
        decode(b"A perfectly ordinary line of text\x00 with a NUL byte in it.\n")


# -- damaged UTF-8 -------------------------------------------------------------------------------


def test_utf8_cut_short_is_decoded_with_a_replacement_and_a_remark(seed_text: str) -> None:
    arabic = seed_text.split("\n\n\n")[0].rstrip(".")  # the article without its notice
    data = arabic.encode("utf-8")[:-1]  # cut in the middle of the last letter (Arabic: 2 bytes)
    assert "\u0621" <= arabic[-1] <= "\u064a"
    decoded = decode(data)
    assert decoded.text == arabic[:-1] + "\ufffd"
    assert decoded.encoding == "utf-8"
    [remark] = decoded.remarks
    assert "ends in the middle of a UTF-8 character" in remark


def test_invalid_utf8_inside_utf8_is_refused_with_its_offset(seed_bytes: bytes) -> None:
    middle = seed_bytes.index(b" ", len(seed_bytes) // 2)
    data = seed_bytes[:middle] + b"\xc7\xe1" + seed_bytes[middle:]  # "ال" in windows-1256
    with pytest.raises(ReaderError, match=f"invalid bytes at byte {middle} ") as caught:
        decode(data)
    assert "\n" not in str(caught.value)


def test_bom_with_invalid_body_names_encoding_and_offset() -> None:
    with pytest.raises(ReaderError, match="not valid utf-8-sig at byte 5"):
        decode(codecs.BOM_UTF8 + b"ab\xff")
    with pytest.raises(ReaderError, match="not valid utf-16-le at byte 4"):
        decode(codecs.BOM_UTF16_LE + b"a\x00b")  # odd length: a truncated code unit


def test_forced_encoding_errors() -> None:
    with pytest.raises(ReaderError, match="unknown encoding 'klingon-8'"):
        decode(b"text", encoding="klingon-8")
    with pytest.raises(ReaderError, match="unknown encoding 'base64'"):
        decode(b"dGV4dA==", encoding="base64")  # a codec, but not a text encoding
    with pytest.raises(ReaderError, match="not valid utf-8 at byte 2"):
        decode(b"ab\xc7\xe1", encoding="utf-8")


# -- normalisation -------------------------------------------------------------------------------


def test_line_endings_are_normalised() -> None:
    data = b"line one\r\nline two\rline three\x0cnext page\n"
    assert decode(data).text == "line one\nline two\nline three\n\nnext page\n"


def test_presentation_forms_are_normalised_with_a_remark() -> None:
    decoded = decode("ﻣﺮﺣﺒﺎ ﺑﺎﻟﻌﺎﻟﻢ ﻻ ﷲ ﷺ".encode())
    assert decoded.text == "مرحبا بالعالم لا الله ﷺ"
    assert decoded.remarks == (
        "the text was stored in Arabic presentation forms (already shaped); "
        "Reader normalised it to ordinary letters",
    )


def test_ordinary_text_is_not_normalised() -> None:
    # ﷲ and ﷺ are typed as one character on purpose; NFKC elsewhere would turn "①" into "1".
    text = "قال النبي ﷺ بسم ﷲ ① ﬁ"
    decoded = decode(text.encode())
    assert decoded.text == text
    assert decoded.remarks == ()


# -- files ---------------------------------------------------------------------------------------


def test_read_text_file(seed_text: str) -> None:
    decoded = read_text_file(SAMPLE)
    assert decoded.text == seed_text
    assert decoded.encoding == "utf-8"


def test_read_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ReaderError, match="is a folder, not a text file"):
        read_text_file(tmp_path)


def test_read_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReaderError, match=r"missing\.txt: no such file$"):
        read_text_file(tmp_path / "missing.txt")


def test_read_a_file_too_big(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 3000)
    with pytest.raises(ReaderError, match=r"is 2\.9 KB; Reader opens text files up to 1 KB$"):
        read_text_file(path, max_bytes=1024)
    assert read_text_file(path, max_bytes=3000).text == "x" * 3000


def test_read_an_unreadable_file(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads any file")
    path = tmp_path / "secret.txt"
    path.write_text("text", encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(ReaderError, match=r"cannot be read: permission denied$"):
            read_text_file(path)
    finally:
        path.chmod(0o600)


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_read_a_device() -> None:
    with pytest.raises(ReaderError, match="is not a regular file"):
        read_text_file(Path("/dev/null"))


def test_read_with_a_forced_encoding(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes("مرحبا".encode("iso-8859-6"))
    with pytest.raises(ReaderError, match=r"short\.txt: could not tell"):
        read_text_file(path)
    assert read_text_file(path, encoding="iso-8859-6").text == "مرحبا"


# -- anything at all -----------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=512))
def test_any_bytes_decode_or_raise_reader_error(data: bytes) -> None:
    try:
        decoded = decode(data)
    except ReaderError as error:
        assert "\n" not in str(error)
    else:
        assert isinstance(decoded.text, str) and decoded.text.strip()
        assert encoding_label(decoded.encoding)


def test_unclear_encoding_names_its_candidates() -> None:
    from reader.core.errors import EncodingUnclear

    with pytest.raises(EncodingUnclear) as caught:
        decode("مرحبا".encode("cp1256"))
    assert "windows-1256" in caught.value.candidates
    assert len(caught.value.candidates) >= 2
