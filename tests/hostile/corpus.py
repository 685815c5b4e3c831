"""Hostile and broken inputs, built on demand in a temporary folder (nothing large is committed).

Each ``Case`` writes its input under a folder it is given and returns the paths a user would
open. ``refused`` cases must be answered with one line naming the file and the problem;
the others must open, and ``says`` is what Reader must tell about them (a note, an encoding,
a paragraph count) in ``reader info``. The command-line tests and the window tests read the
same list, so every input class is exercised both ways.
"""

from __future__ import annotations

import codecs
import os
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

import arabic_reshaper
from bidi import get_display

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample"

MB = 1024 * 1024


@dataclass(frozen=True)
class Case:
    """One hostile input.

    ``build(folder)`` writes the input and returns the paths to open, in order. ``refused``
    says whether Reader must refuse it; ``says`` is a phrase that must appear in the one-line
    error (refused) or in ``reader info``'s output (opened). ``bidi`` marks text holding bidi
    controls, which ``reader check`` must report. ``args`` are extra command-line options.
    """

    name: str
    group: str
    build: Callable[[Path], list[Path]]
    refused: bool
    says: str
    bidi: bool = False
    args: tuple[str, ...] = ()


def arabic() -> str:
    """The real Arabic machine translation of the sample article (the seed)."""
    return (SAMPLE / "ar.txt").read_text(encoding="utf-8")


def indonesian() -> str:
    """The Indonesian source of the sample article."""
    return (SAMPLE / "id.txt").read_text(encoding="utf-8")


def _file(name: str, data: bytes | Callable[[], bytes]) -> Callable[[Path], list[Path]]:
    def build(folder: Path) -> list[Path]:
        path = folder / name
        path.write_bytes(data() if callable(data) else data)
        return [path]

    return build


def _text(name: str, text: Callable[[], str], codec: str = "utf-8") -> Callable[[Path], list[Path]]:
    return _file(name, lambda: text().encode(codec))


def _middle(data: bytes, insert: bytes) -> bytes:
    half = len(data) // 2
    while half < len(data) and 0x80 <= data[half] < 0xC0:  # not inside a UTF-8 character
        half += 1
    return data[:half] + insert + data[half:]


# -- binary formats ------------------------------------------------------------------------------


def png() -> bytes:
    """A real 1x1 PNG."""
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def zip_archive() -> bytes:
    """A ZIP holding a text file (as a .docx or .epub would)."""
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("ar.txt", arabic())
    return buffer.getvalue()


def pdf() -> bytes:
    return b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def elf() -> bytes:
    """A minimal x86-64 ELF header, padded."""
    return b"\x7fELF\x02\x01\x01" + bytes(9) + struct.pack("<HHI", 2, 62, 1) + bytes(200)


# -- text in every shape ---------------------------------------------------------------------------


def mixed_line_endings() -> str:
    """The seed with each paragraph in one of the three line-end conventions, in turn (a CR
    line end is never followed by an LF one: together they would make one CRLF)."""
    ends = ("\r\n", "\r", "\n")
    paragraphs = arabic().rstrip("\n").split("\n\n")
    return "".join(p.replace("\n", ends[i % 3]) + ends[i % 3] * 2 for i, p in enumerate(paragraphs))


def form_feeds() -> str:
    return "Judul berita\fParagraf pertama.\fParagraf kedua.\n"


def big_text(size: int) -> bytes:
    """Body paragraphs of the seed repeated to ``size`` bytes of UTF-8."""
    body = "\n\n".join(arabic().split("\n\n")[3:-1]).encode("utf-8") + b"\n\n"
    head = arabic().split("\n\n")[0].encode("utf-8") + b"\n\n"
    return (head + body * (size // len(body) + 1))[:size].rsplit(b"\n\n", 1)[0] + b"\n"


def long_line() -> str:
    """One 200,000-character line without a space (a paragraph a layout cannot break at words)."""
    return "الكرملين" * 25_000


def long_line_with_address() -> str:
    """A 200,000-character line without a space that ends in an e-mail address (a pasted blob)."""
    return "خبر عاجل من موسكو\n\n" + "Kremlin" * 28_570 + "@kremlin.ru"


def tiny_paragraphs(count: int = 100_000) -> str:
    """``count`` one-word paragraphs."""
    return "\n\n".join(f"p{i}" for i in range(count)) + "\n"


def presentation_forms() -> str:
    """The seed as arabic_reshaper leaves it: logical order, letters in presentation forms."""
    return arabic_reshaper.reshape(arabic())


def visual_order(shaped: bool) -> str:
    """The seed as a left-to-right-only renderer needs it: get_display (after reshaping)."""
    text = arabic_reshaper.reshape(arabic()) if shaped else arabic()
    return "\n".join(get_display(line) for line in text.split("\n"))


RLO, LRO, RLI, LRI, PDF_, PDI = "\u202e", "\u202d", "\u2067", "\u2066", "\u202c", "\u2069"


def with_controls(*inserts: tuple[str, str]) -> str:
    """The seed with each ``old`` replaced by ``new`` once (controls inside names and numbers)."""
    text = arabic()
    for old, new in inserts:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


ZW_TEXT = (
    "عنوان الخبر\n\n"
    "می\u200cخواهم کتاب\u200cها را بخوانم و ل\u200dا و \u200d\u200c\u200d\u200c\u200d\n\n"
    "👨\u200d👩\u200d👧\u200d👦 عائلة و ب\u200dب\u200dب.\n"
)
DEEP_MARKS = (
    "عنوان الخبر\n\n"
    + "ب"
    + "\u064e" * 50
    + " a"
    + "\u0301" * 50
    + " Z"
    + "\u0336\u0337\u0338" * 17
    + " تم.\n\nالفقرة الثانية من الخبر.\n"
)
EMOJI = "عنوان الخبر 😀\n\nقال الرئيس 🇮🇩 🇷🇺 👍🏽 إن العلاقات 🤝 جيدة.\n"
# Unassigned (U+0378, planes 5 and 14), private use (U+E000, U+10FFFD) and noncharacters
# (U+FDD0, U+FFFE, U+1FFFE).
UNASSIGNED = (
    "عنوان الخبر\n\nنص \u0378\u0379 و\U000e0080 و\U00050000 و\U0010fffd و\ue000\uf8ff "
    "و\ufdd0\ufffe و\U0001fffe انتهى.\n"
)


# C0 and C1 controls a terminal obeys: set the window title, clear the screen, colour (CSI).
TERMINAL_ESCAPES = (
    "Judul \u202e berita\x1b]0;pwned\x07\n\n"
    "Isi \x1b[2J\x1b[31mmerah\x9b31m berita ini cukup panjang untuk dibaca semua orang.\n"
)


# -- article folders ------------------------------------------------------------------------------

_ID = '[[versions]]\nlanguage = "id"\nfile = "{file}"\norigin = "original"\n'


def _folder(
    manifest: str | bytes | None, files: dict[str, str] | None = None, name: str = "article"
) -> Callable[[Path], list[Path]]:
    def build(folder: Path) -> list[Path]:
        article = folder / name
        article.mkdir()
        if manifest is not None:
            data = manifest if isinstance(manifest, bytes) else manifest.encode("utf-8")
            (article / "article.toml").write_bytes(data)
        for file, text in (files if files is not None else {"id.txt": indonesian()}).items():
            (article / file).write_text(text, encoding="utf-8")
        return [article]

    return build


def _manifest(file: str = "id.txt", extra: str = "") -> str:
    return f'source = "id"\n{extra}' + _ID.format(file=file)


def _symlink_out(folder: Path) -> list[Path]:
    (folder / "secret.txt").write_text("Rahasia\n\nJangan dibaca.\n", encoding="utf-8")
    [article] = _folder(_manifest("link.txt"))(folder)
    (article / "link.txt").symlink_to(folder / "secret.txt")
    return [article]


def _directory_as_version(folder: Path) -> list[Path]:
    [article] = _folder(_manifest("sub"))(folder)
    (article / "sub").mkdir()
    return [article]


def _manifest_is_a_folder(folder: Path) -> list[Path]:
    [article] = _folder(None)(folder)
    (article / "article.toml").mkdir()
    return [article]


def _version_loop(folder: Path) -> list[Path]:
    [article] = _folder(_manifest("loop.txt"))(folder)
    (article / "loop.txt").symlink_to(article / "loop.txt")
    return [article]


def _unreadable(folder: Path) -> list[Path]:
    [article] = _folder(_manifest())(folder)
    (article / "id.txt").chmod(0)
    return [article]


# -- paths ------------------------------------------------------------------------------------------


def _non_utf8_name(folder: Path, data: bytes) -> list[Path]:
    name = os.fsdecode(b"berita-caf\xe9-\xff.txt")  # Latin-1 bytes: lone surrogates in Python
    path = folder / name
    path.write_bytes(data)
    return [path]


def _arabic_name(folder: Path) -> list[Path]:
    path = folder / "خبر عاجل من موسكو 2024.txt"
    path.write_text(arabic(), encoding="utf-8")
    return [path]


def _folder_and_file(folder: Path) -> list[Path]:
    (folder / "dir").mkdir()
    (folder / "ar.txt").write_text(arabic(), encoding="utf-8")
    return [folder / "ar.txt", folder / "dir"]


def _empty_folder(folder: Path) -> list[Path]:
    (folder / "dir").mkdir()
    return [folder / "dir"]


def _fifo(folder: Path) -> list[Path]:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return [path]


def _dangling(folder: Path) -> list[Path]:
    path = folder / "gone.txt"
    path.symlink_to(folder / "nowhere.txt")
    return [path]


def _loop(folder: Path) -> list[Path]:
    path = folder / "loop.txt"
    path.symlink_to(path)
    return [path]


def _versions(*texts: tuple[str, str]) -> Callable[[Path], list[Path]]:
    def build(folder: Path) -> list[Path]:
        paths = []
        for name, text in texts:
            path = folder / name
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        return paths

    return build


# -- the corpus -------------------------------------------------------------------------------------


def cases(max_bytes: int) -> list[Case]:
    """Every input class of the issue; ``max_bytes`` is the size limit Reader opens up to."""
    seed = lambda: arabic().encode("utf-8")  # noqa: E731
    limit = f"Reader opens text files up to {max_bytes // MB} MB"
    return [
        # files that are not text
        Case("empty", "file", _file("empty.txt", b""), True, "the file is empty"),
        Case(
            "whitespace",
            "file",
            _file("blank.txt", " \n\t\r\n \f\u3000 \n".encode()),
            True,
            "only whitespace",
        ),
        Case("png", "file", _file("photo.txt", png), True, "is a PNG image, not a text file"),
        Case("zip", "file", _file("article.docx", zip_archive), True, "ZIP archive"),
        Case("pdf", "file", _file("article.pdf", pdf), True, "is a PDF document"),
        Case("elf", "file", _file("reader.txt", elf), True, "executable program (ELF)"),
        Case("nul", "file", _file("nul.txt", lambda: _middle(seed(), b"\x00")), True, "NUL bytes"),
        Case(
            "invalid-utf8",
            "file",
            _file("broken.txt", lambda: _middle(seed(), b"\xc3\x28\xff")),
            True,
            "is UTF-8 but for invalid bytes at byte",
        ),
        Case(
            "utf8-surrogate",
            "file",
            _file("surrogate.txt", lambda: _middle(seed(), b"\xed\xa0\x80")),
            True,
            "invalid bytes",
        ),
        Case(
            "truncated",
            "file",
            _file("cut.txt", lambda: seed().rstrip() + "مرحبا".encode()[:-1]),
            False,
            "ends in the middle of a UTF-8 character",
        ),
        # encodings
        Case(
            "utf8-bom",
            "encoding",
            _file("bom.txt", lambda: codecs.BOM_UTF8 + seed()),
            False,
            "UTF-8 with BOM",
        ),
        Case("utf16-le-bom", "encoding", _text("le.txt", arabic, "utf-16"), False, "UTF-16 LE"),
        Case(
            "utf16-be-bom",
            "encoding",
            _file("be.txt", lambda: codecs.BOM_UTF16_BE + arabic().encode("utf-16-be")),
            False,
            "UTF-16 BE",
        ),
        Case(
            "utf16-le",
            "encoding",
            _text("le.txt", arabic, "utf-16-le"),
            False,
            "no byte-order mark: UTF-16 LE",
        ),
        Case(
            "utf16-be",
            "encoding",
            _text("be.txt", arabic, "utf-16-be"),
            False,
            "no byte-order mark: UTF-16 BE",
        ),
        Case(
            "utf16-lone-surrogate",
            "encoding",
            _file(
                "lone.txt",
                lambda: (
                    codecs.BOM_UTF16_LE + "خبر \ud800 عاجل".encode("utf-16-le", "surrogatepass")
                ),
            ),
            True,
            "not valid utf-16-le",
        ),
        Case(
            "windows-1256",
            "encoding",
            _text("ar.txt", arabic, "cp1256"),
            False,
            "Windows-1256 (Arabic)",
        ),
        Case(
            "iso-8859-6",
            "encoding",
            _text("ar.txt", arabic, "iso-8859-6"),
            False,
            "ISO-8859-6 (Arabic)",
        ),
        Case(
            "windows-1252",
            "encoding",
            _text("id.txt", lambda: indonesian() + "\nJosé Martínez, «naïve» café.\n", "cp1252"),
            False,
            "Windows-1252 (Western)",
        ),
        Case(
            "line-endings",
            "encoding",
            _text("crlf.txt", mixed_line_endings),
            False,
            "10 paragraphs",
        ),
        Case(
            "form-feeds",
            "encoding",
            _text("ff.txt", form_feeds),
            False,
            "3 paragraphs",
            args=("--lang", "id"),
        ),
        # size
        Case("50mb", "size", _file("huge.txt", lambda: big_text(50 * MB)), True, limit),
        Case(
            "long-line",
            "size",
            _text("line.txt", lambda: "خبر عاجل من موسكو\n\n" + long_line()),
            False,
            "2 paragraphs",
        ),
        Case(
            "long-line-email",
            "size",
            _text("blob.txt", long_line_with_address),
            False,
            "2 paragraphs",
            args=("--lang", "id"),
        ),
        Case(
            "long-line-alone",
            "size",
            _text("line.txt", long_line),
            False,
            "1 paragraph\n",  # and not "1 paragraphs"
            args=("--lang", "ar"),
        ),
        Case(
            "tiny-paragraphs",
            "size",
            _text("many.txt", tiny_paragraphs),
            False,
            "100000 paragraphs",
            args=("--lang", "id"),
        ),
        # shaping and order
        Case(
            "presentation-forms",
            "shaping",
            _text("shaped.txt", presentation_forms),
            False,
            "presentation forms",
        ),
        Case(
            "visual-order",
            "shaping",
            _text("visual.txt", lambda: visual_order(False)),
            False,
            "visual order",
        ),
        Case(
            "visual-shaped",
            "shaping",
            _text("visual.txt", lambda: visual_order(True)),
            False,
            "visual order",
        ),
        # bidi controls
        Case(
            "rlo-unbalanced",
            "bidi",
            _text("rlo.txt", lambda: with_controls(("2019", RLO + "2019"))),
            False,
            "bidi control",
            bidi=True,
        ),
        Case(
            "lro-unbalanced",
            "bidi",
            _text("lro.txt", lambda: with_controls(("بوتين", LRO + "بوتين"))),
            False,
            "bidi control",
            bidi=True,
        ),
        Case(
            "rli-unbalanced",
            "bidi",
            _text("rli.txt", lambda: with_controls(("Kremlin.ru", RLI + "Kremlin.ru"))),
            False,
            "bidi control",
            bidi=True,
        ),
        Case(
            "nested-overrides",
            "bidi",
            _text(
                "nested.txt",
                lambda: with_controls(
                    ("2019", RLO + LRO + RLO + "20" + PDF_ + "19" + PDF_ + PDF_ + PDF_ + PDF_)
                ),
            ),
            False,
            "bidi control",
            bidi=True,
        ),
        Case(
            "controls-in-names",
            "bidi",
            _text(
                "names.txt",
                lambda: with_controls(
                    ("Kremlin.ru", "Krem" + RLO + "lin.ru" + PDF_),
                    ("2019", "20" + RLI + "19" + PDI),
                    ("15", "1" + LRI + RLO + "5"),
                ),
            ),
            False,
            "bidi control",
            bidi=True,
        ),
        # Unicode oddities
        Case(
            "zero-width",
            "unicode",
            _text("zw.txt", lambda: ZW_TEXT),
            False,
            "3 paragraphs",
            args=("--lang", "ar"),
        ),
        Case(
            "deep-marks", "unicode", _text("marks.txt", lambda: DEEP_MARKS), False, "3 paragraphs"
        ),
        Case("emoji", "unicode", _text("emoji.txt", lambda: EMOJI), False, "2 paragraphs"),
        Case(
            "unassigned",
            "unicode",
            _text("unassigned.txt", lambda: UNASSIGNED),
            False,
            "3 noncharacters (such as U+FDD0 or U+FFFE, which are not text) shown as \ufffd",
        ),
        Case(
            "terminal-escapes",
            "unicode",
            _text("esc.txt", lambda: TERMINAL_ESCAPES),
            False,
            "1 bidi control character (RLO)",
            bidi=True,
            args=("--lang", "id"),
        ),
        # article folders
        Case("no-manifest", "folder", _folder(None), True, "no article.toml in this folder"),
        Case(
            "manifest-is-folder",
            "folder",
            _manifest_is_a_folder,
            True,
            "article.toml: is a folder, not a file",
        ),
        Case(
            "malformed-toml",
            "folder",
            _folder('source = "id"\n[[versions]\nlanguage = '),
            True,
            "is not valid TOML",
        ),
        Case(
            "manifest-not-utf8",
            "folder",
            _folder(_manifest().encode() + b'title = "caf\xe9"\n'),
            True,
            "is not UTF-8",
        ),
        Case("manifest-binary", "folder", _folder(png()), True, "article.toml"),
        Case(
            "unknown-keys",
            "folder",
            _folder(
                _manifest(extra='colour = "red"\n').replace(
                    'origin = "original"', 'origin = "original"\nmood = "calm"'
                )
            ),
            False,
            "unknown key 'colour'",
        ),
        Case(
            "wrong-types",
            "folder",
            _folder('source = "id"\nversions = "id.txt"\n'),
            True,
            "'versions' must be a list",
        ),
        Case(
            "missing-version-file",
            "folder",
            _folder(_manifest("hilang.txt")),
            True,
            "hilang.txt: no such file",
        ),
        Case(
            "escape-dotdot",
            "folder",
            _folder(_manifest("../../etc/passwd")),
            True,
            "points outside the article folder",
        ),
        Case(
            "escape-absolute",
            "folder",
            _folder(_manifest("/etc/passwd")),
            True,
            "must be a path inside the article folder",
        ),
        Case("escape-symlink", "folder", _symlink_out, True, "points outside the article folder"),
        Case(
            "nul-in-file-name",
            "folder",
            _folder(_manifest("id\\u0000.txt")),
            True,
            "is not a valid file name",
        ),
        Case(
            "file-name-too-long", "folder", _folder(_manifest("a" * 5000)), True, "cannot be read"
        ),
        Case(
            "version-symlink-loop",
            "folder",
            _version_loop,
            True,
            "'loop.txt' is a symbolic link loop",
        ),
        Case(
            "deep-toml",
            "folder",
            _folder("a = " + "[" * 100_000 + "]" * 100_000 + "\n" + _manifest()),
            True,
            "nested too deeply",
        ),
        Case(
            "too-many-versions",
            "folder",
            _folder(
                'source = "id"\n'
                + "".join(
                    _ID.format(file="id.txt").replace('"id"', f'"id"\nrevision = {i + 1}')
                    for i in range(1000)
                )
            ),
            True,
            "lists 1000 versions",
        ),
        Case(
            "duplicate-version",
            "folder",
            _folder(_manifest() + _ID.format(file="id.txt")),
            True,
            "id@1 is listed twice",
        ),
        Case(
            "directory-as-version",
            "folder",
            _directory_as_version,
            True,
            "is a folder, not a text file",
        ),
        Case("unreadable", "folder", _unreadable, True, "permission denied"),
        # paths
        Case(
            "non-utf8-name",
            "path",
            lambda f: _non_utf8_name(f, arabic().encode()),
            False,
            "berita-caf\\xe9-\\xff.txt",
        ),
        Case(
            "non-utf8-name-empty",
            "path",
            lambda f: _non_utf8_name(f, b""),
            True,
            "berita-caf\\xe9-\\xff.txt: the file is empty",
        ),
        Case("arabic-name", "path", _arabic_name, False, "خبر عاجل من موسكو 2024.txt"),
        Case(
            "folder-with-file",
            "path",
            _folder_and_file,
            True,
            "is a folder: open an article folder on its own",
        ),
        Case("folder-not-article", "path", _empty_folder, True, "no article.toml in this folder"),
        Case("fifo", "path", _fifo, True, "is not a regular file"),
        Case("dangling-symlink", "path", _dangling, True, "gone.txt: no such file"),
        Case("symlink-loop", "path", _loop, True, "loop.txt: cannot be read"),
        Case(
            "several-versions",
            "path",
            _versions(("id.txt", indonesian()), ("ar.txt", arabic())),
            False,
            "ar@1",
        ),
    ]


def by_name(max_bytes: int) -> dict[str, Case]:
    return {case.name: case for case in cases(max_bytes)}


def vanish_after_stat(monkeypatch: Any, path: Path) -> None:
    """Make ``path`` disappear right after its first ``stat``: removed between Reader's size
    check and its read."""
    real_stat = Path.stat

    def stat_then_vanish(self: Path, *args: Any, **kwargs: Any) -> Any:
        result = real_stat(self, *args, **kwargs)
        if self == path and os.path.lexists(path):
            os.unlink(path)
        return result

    monkeypatch.setattr(Path, "stat", stat_then_vanish)
