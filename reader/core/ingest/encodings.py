"""Bytes to text: the encodings articles arrive in, recognised from evidence, never guessed.

Articles come as UTF-8 (with or without a byte-order mark), UTF-16 and, from older Arabic and
Indonesian systems, windows-1256, ISO-8859-6 and windows-1252. A single-byte code page decodes
almost any bytes (windows-1256 decodes every byte), so "it decoded" proves nothing: the legacy
candidates are told apart by how plausible their text is, and Reader refuses, saying why, when
the evidence is too thin (RTL.md, "Encodings met in the wild").
"""

from __future__ import annotations

import codecs
import re
import stat
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reader.core.errors import EncodingUnclear, ReaderError
from reader.core.i18n import N_, _, ngettext

# Measured in the real window (offscreen, 2 cores): 8 MB of Arabic opens in 1.6 s with a peak of
# 142 MB, 16 MB in 3 to 5 s with 200 MB; QTextDocument grows with the text, and a 50 MB file
# would take over 10 s and half a gigabyte. A long news article is under 100 KB: 8 MB is room
# for anything that is an article, and a larger file is refused at once, before it is read.
MAX_BYTES = 8 * 1024 * 1024

# The human names of the stable labels, translated where shown.
_LABELS = {
    "utf-8": N_("UTF-8"),
    "utf-8-sig": N_("UTF-8 with BOM"),
    "utf-16-le": N_("UTF-16 LE"),
    "utf-16-be": N_("UTF-16 BE"),
    "utf-32-le": N_("UTF-32 LE"),
    "utf-32-be": N_("UTF-32 BE"),
    "windows-1256": N_("Windows-1256 (Arabic)"),
    "iso-8859-6": N_("ISO-8859-6 (Arabic)"),
    "windows-1252": N_("Windows-1252 (Western)"),
}
# Python's codec names for the stable labels above, and back.
_CODECS = {
    "utf-8": "utf-8",
    "utf-8-sig": "utf-8-sig",
    "utf-16-le": "utf-16-le",
    "utf-16-be": "utf-16-be",
    "utf-32-le": "utf-32-le",
    "utf-32-be": "utf-32-be",
    "windows-1256": "cp1256",
    "iso-8859-6": "iso8859-6",
    "windows-1252": "cp1252",
}
_STABLE = {codec: label for label, codec in _CODECS.items()}

# UTF-32 first: the UTF-32 LE mark FF FE 00 00 begins with the UTF-16 LE mark FF FE.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# What a file that is not text is, each refusal a whole sentence (translated where raised).
_MAGIC = (
    (b"\x89PNG", N_("is a PNG image, not a text file")),
    (b"PK\x03\x04", N_("is a ZIP archive (or a .docx, .odt or .epub document), not a text file")),
    (b"%PDF", N_("is a PDF document, not a text file")),
    (b"\x7fELF", N_("is an executable program (ELF), not a text file")),
    (b"GIF87a", N_("is a GIF image, not a text file")),
    (b"GIF89a", N_("is a GIF image, not a text file")),
    (b"\xff\xd8\xff", N_("is a JPEG image, not a text file")),
    (b"\x1f\x8b", N_("is a gzip-compressed file, not a text file")),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        N_("is a Microsoft Office document (.doc), not a text file"),
    ),
)


@dataclass(frozen=True)
class Decoded:
    """A file's text, the encoding it was read in (a stable label such as "windows-1256"), and
    what Reader wants the user to know about how it was read."""

    text: str
    encoding: str
    remarks: tuple[str, ...] = ()


def encoding_label(encoding: str) -> str:
    """The human name of an encoding label: "utf-8-sig" → "UTF-8 with BOM"."""
    label = _LABELS.get(encoding)
    return _(label) if label else encoding.upper()


def decode(data: bytes, path: Path | None = None, encoding: str | None = None) -> Decoded:
    """Decode a file's bytes: in ``encoding`` if given, else as its byte-order mark, byte
    pattern or content shows; raise ReaderError rather than guess between readings."""
    if not data:
        raise ReaderError(_("the file is empty"), path)
    if encoding is not None:
        _refuse_binary(data, path)
        text, label = _decode_forced(data, encoding, path)
        return _finish(text, label, [], path)
    text, label, remarks = _detect(data, path)
    return _finish(text, label, remarks, path)


def read_text_file(path: Path, encoding: str | None = None, max_bytes: int = MAX_BYTES) -> Decoded:
    """Read and decode a plain-text file, refusing folders, devices and files over
    ``max_bytes`` before reading them; every failure is a one-line ReaderError."""
    return decode(_read_bytes(Path(path), max_bytes), Path(path), encoding)


# -- reading -------------------------------------------------------------------------------------


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ReaderError(_("is a folder, not a text file"), path)
        if not stat.S_ISREG(info.st_mode):
            # A FIFO or a device would block or never end.
            raise ReaderError(_("is not a regular file (a device, pipe or socket?)"), path)
        _check_size(info.st_size, max_bytes, path)
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)  # +1: a file that grew since stat() is caught too
    except FileNotFoundError:
        raise ReaderError(_("no such file"), path) from None
    except IsADirectoryError:
        raise ReaderError(_("is a folder, not a text file"), path) from None
    except PermissionError:
        raise ReaderError(_("cannot be read: permission denied"), path) from None
    except OSError as error:
        reason = error.strerror or str(error)  # the system's words
        raise ReaderError(_("cannot be read: {reason}").format(reason=reason), path) from None
    except ValueError:  # a NUL character in the name: no file can have it
        raise ReaderError(_("is not a valid file name"), path) from None
    _check_size(len(data), max_bytes, path)
    return data


def _check_size(size: int, max_bytes: int, path: Path) -> None:
    if size > max_bytes:
        message = _("is {size}; Reader opens text files up to {limit}")
        limit = _size(max_bytes, exact=True)
        raise ReaderError(message.format(size=_size(size), limit=limit), path)


def _size(count: int, exact: bool = False) -> str:
    """A file size in words: "1 byte", "640 bytes", "2.5 KB", "8 MB" (``exact``: no decimals
    when the size is a whole number of the unit)."""
    for unit, scale in ((N_("{size} MB"), 1024 * 1024), (N_("{size} KB"), 1024)):
        if count >= scale:
            whole = exact and count % scale == 0
            return _(unit).format(size=count // scale if whole else f"{count / scale:.1f}")
    return ngettext("{count} byte", "{count} bytes", count).format(count=count)


# -- the decision --------------------------------------------------------------------------------


def _detect(data: bytes, path: Path | None) -> tuple[str, str, list[str]]:
    bom = _from_bom(data, path)
    if bom:
        return bom[0], bom[1], []
    _refuse_binary(data, path)
    if b"\x00" in data:
        return _utf16_without_bom(data, path)
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as error:
        damaged = _damaged_utf8(data, error, path)
        if damaged:
            return damaged
    return _legacy(data, path)


def _decode_forced(data: bytes, encoding: str, path: Path | None) -> tuple[str, str]:
    try:
        codec = codecs.lookup(encoding).name
        text = data.decode(codec)
    except LookupError:
        message = _("unknown encoding {encoding!r}").format(encoding=encoding)
        raise ReaderError(message, path) from None
    except UnicodeDecodeError as error:
        # error.reason is Python's own English ("invalid start byte"): quoted as it comes.
        message = _("is not valid {encoding} at byte {offset} ({reason})").format(
            encoding=encoding, offset=error.start, reason=error.reason
        )
        raise ReaderError(message, path) from None
    return text, _STABLE.get(codec, codec)


def _from_bom(data: bytes, path: Path | None) -> tuple[str, str] | None:
    for bom, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(_CODECS[label]), label
            except UnicodeDecodeError as error:
                message = _(
                    "starts with a {mark} mark but is not valid {encoding} at byte {offset} "
                    "({reason})"
                ).format(
                    mark=encoding_label(label),
                    encoding=label,
                    offset=error.start + len(bom),
                    reason=error.reason,
                )
                raise ReaderError(message, path) from None
    return None


def _refuse_binary(data: bytes, path: Path | None) -> None:
    for magic, refusal in _MAGIC:
        if data.startswith(magic):
            raise ReaderError(_(refusal), path)


def _finish(text: str, label: str, remarks: list[str], path: Path | None) -> Decoded:
    text = _normalise(text.removeprefix("\ufeff"), remarks)
    if stored_in_visual_order(text):
        remarks.append(_(VISUAL_ORDER_REMARK))
    if not text.strip():
        raise ReaderError(_("the file holds only whitespace"), path)
    return Decoded(text, label, tuple(remarks))


# -- line breaks, noncharacters ------------------------------------------------------------------

_BREAK_CHARS = ("\f", "\u2029", "\u2028")
_BREAKS = str.maketrans({"\f": "\n\n", "\u2029": "\n\n", "\u2028": "\n"})
# Noncharacters: never text. Qt's QTextDocument takes U+FDD0 and U+FDD1 for frame boundaries
# and splits the paragraph there (measured), so one in a file would shift every paragraph after
# it by a block.
_NONCHARACTERS = re.compile(
    "[\ufdd0-\ufdef"
    + "".join(f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}" for p in range(17))
    + "]"
)

# Everything from the first presentation form (U+FB50) on, where every noncharacter and every
# presentation form is: a simple class, searched ten times as fast as _NONCHARACTERS.
_FROM_PRESENTATION_FORMS = re.compile("[\ufb50-\U0010ffff]")


def _normalise(text: str, remarks: list[str]) -> str:
    """One line-break convention, no noncharacters, no presentation forms; saying so."""
    # Old Mac files end lines with a lone CR; a form feed separates pages: a paragraph break;
    # and so do Unicode's own separators (Qt would start a new block at U+2029 by itself).
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # translate() looks every character up (6 M instructions for the sample's seven files);
    # finding that there is nothing to translate is a fast scan for each of three characters.
    if any(ch in text for ch in _BREAK_CHARS):
        text = text.translate(_BREAKS)
    if not _FROM_PRESENTATION_FORMS.search(text):
        return text  # no noncharacter nor presentation form: spares the slow search below
    text, replaced = _NONCHARACTERS.subn("\ufffd", text)
    if replaced:
        remarks.append(
            ngettext(
                "{count} noncharacter (such as U+FDD0 or U+FFFE, which are not text) shown as "
                "\ufffd",
                "{count} noncharacters (such as U+FDD0 or U+FFFE, which are not text) shown as "
                "\ufffd",
                replaced,
            ).format(count=replaced)
        )
    text, unshaped = _unshape(text)
    if unshaped:
        remarks.append(
            _(
                "the text was stored in Arabic presentation forms (already shaped); "
                "Reader normalised it to ordinary letters"
            )
        )
    return text


# -- presentation forms --------------------------------------------------------------------------

_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")
# Word ligatures (ﷲ ﷺ ﷽, U+FDF0-FDFF) are typed on purpose in ordinary text, so they are no sign
# of shaping; and the honorifics among them stay as written: NFKC spells them out as phrases.
_WORD_LIGATURES = re.compile("[\ufdf0-\ufdff]")
_HONORIFICS = frozenset("\ufdfa\ufdfb\ufdfd")


def _unshape(text: str) -> tuple[str, bool]:
    """Undo shaping done by someone else: letters stored as presentation forms (ﻣﺮﺣﺒﺎ) become
    ordinary letters (مرحبا), which Qt shapes itself. Only those characters: NFKC on the whole
    text would also change digits, ligatures and compatibility characters of other scripts."""
    # Only characters that NFKC changes: U+FDD0-FDEF in the same block are noncharacters.
    found = {
        ch
        for ch in _PRESENTATION.findall(text)
        if ch not in _HONORIFICS and unicodedata.normalize("NFKC", ch) != ch
    }
    if not any(not _WORD_LIGATURES.match(ch) for ch in found):
        return text, False
    mapping = {ch: unicodedata.normalize("NFKC", ch) for ch in found}
    return _PRESENTATION.sub(lambda m: mapping.get(m[0], m[0]), text), True


# -- visual order ------------------------------------------------------------------------------

VISUAL_ORDER_REMARK = N_(
    "the Arabic text seems to be stored in visual order (reversed for a display that cannot "
    "lay out right-to-left text), so its words read backwards; the original order cannot be "
    "restored reliably, so Reader shows the text as stored: ask for the original file"
)
_ARABIC_WORD = re.compile("[\u0621-\u064a\u064b-\u065f\u0670-\u06d3\u06d5]{4,}")
_LOGICAL_START = re.compile("^[وفبك]?ال")  # the article, after a one-letter prefix
_VISUAL_END = re.compile("لا[وفبك]?$")  # the same, reversed
_FINAL_ONLY = "ةى"  # letters that only ever end a word
_VISUAL_SAMPLE = 100_000  # characters: plenty of words, and cheap on the largest file
_VISUAL_MIN_EVIDENCE = 8


def stored_in_visual_order(text: str) -> bool:
    """Whether Arabic ``text`` was saved reversed (someone ran a bidi ``get_display`` on it).

    In logical order about a quarter of Arabic news words start with the article "ال" and a
    tenth end in ة or ى, letters that only end words; reversed, those words *end* in "لا" and
    *start* with ة or ى, which logical Arabic never does. Only a clear majority of the
    reversed pattern counts: the adverbs that end in "لا" (مثلا), and Persian's بالا, are a few
    words in a hundred, where reversed Arabic has the pattern on most of them.
    """
    words = logical = visual = 0
    for match in _ARABIC_WORD.finditer(text, 0, _VISUAL_SAMPLE):
        word = match[0]
        words += 1
        logical += bool(_LOGICAL_START.match(word)) + (word[-1] in _FINAL_ONLY)
        visual += bool(_VISUAL_END.search(word)) + (word[0] in _FINAL_ONLY)
    enough = visual >= _VISUAL_MIN_EVIDENCE and visual * 5 >= words
    return enough and visual > 4 * logical


# -- UTF-16 without a byte-order mark, damaged UTF-8 ---------------------------------------------

_UTF16_SAMPLE = 64 * 1024
_TEXT_CONTROLS = frozenset("\t\n\r\f")


def _utf16_without_bom(data: bytes, path: Path | None) -> tuple[str, str, list[str]]:
    """UTF-16 saved without a mark shows as NUL bytes on one side of every code unit (the high
    byte of ASCII, digits and spaces); anything else with NUL bytes is not a plain-text file."""
    sample = data[:_UTF16_SAMPLE]  # an even length
    if len(data) % 2 == 0:
        units = len(sample) // 2
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        # The high byte is NUL for every space; the low byte almost never is (U+0600, U+4E00).
        for label, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
            if high * 10 >= units and low * 50 <= units:
                text = _textual(data, label)
                if text is not None:
                    remark = _("no byte-order mark: {encoding} recognised from its byte pattern")
                    return text, label, [remark.format(encoding=encoding_label(label))]
    raise ReaderError(_("contains NUL bytes: not a plain-text file"), path)


def _textual(data: bytes, codec: str) -> str | None:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    sample = text[: _UTF16_SAMPLE // 2]
    letters = sum(ch.isalpha() or ch.isspace() for ch in sample)
    controls = sum(unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") for ch in sample)
    controls -= sum(sample.count(ch) for ch in _TEXT_CONTROLS)
    return text if controls == 0 and letters * 10 >= len(sample) * 7 else None


def _damaged_utf8(
    data: bytes, error: UnicodeDecodeError, path: Path | None
) -> tuple[str, str, list[str]] | None:
    """UTF-8 that is cut short, or broken in the middle of otherwise good UTF-8. A legacy code
    page would read it without complaint, as mojibake; so decode the good part or refuse."""
    head = data[: error.start]
    if error.reason == "unexpected end of data" and error.end == len(data) and not head.isascii():
        cut = len(data) - error.start
        remark = ngettext(
            "the file ends in the middle of a UTF-8 character (cut short?): its last {count} "
            "byte shows as \ufffd",
            "the file ends in the middle of a UTF-8 character (cut short?): its last {count} "
            "bytes show as \ufffd",
            cut,
        ).format(count=cut)
        return head.decode("utf-8") + "\ufffd", "utf-8", [remark]
    replaced = data.decode("utf-8", "replace")
    bad = replaced.count("\ufffd")
    # Each ASCII byte reads as one ASCII character; every other character is non-ASCII.
    good = len(replaced) - (len(data) - _non_ascii_bytes(data)) - bad
    if good >= 8 and good >= 4 * bad:
        problem = _(
            "is UTF-8 but for invalid bytes at byte {offset} (damaged, or mixed encodings?)"
        )
        raise ReaderError(_advise(problem.format(offset=error.start)), path)
    return None


_ASCII_BYTES = bytes(range(0x80))


def _non_ascii_bytes(data: bytes) -> int:
    return len(data.translate(None, _ASCII_BYTES))  # at C speed: a megabyte in a millisecond


# -- legacy single-byte code pages ---------------------------------------------------------------

_LEGACY = ("windows-1256", "iso-8859-6", "windows-1252")
_PLAUSIBLE = 0.8  # a candidate scoring less reads as mojibake
_MARGIN = 0.2  # the best must beat the next reading by this much
_SHORT = 64  # fewer non-ASCII bytes than this are too little evidence to choose between readings
_SCORE_WORDS = 3000  # words with non-ASCII characters scored per candidate


def _legacy(data: bytes, path: Path | None) -> tuple[str, str, list[str]]:
    """Choose among the legacy code pages by the plausibility of what each reads, or refuse."""
    readings = _readings(data)
    scored = sorted(
        ((_plausibility(text), label, text) for label, text in readings.items()),
        key=lambda item: item[0],
        reverse=True,
    )
    plausible = [item for item in scored if item[0] >= _PLAUSIBLE]
    if not plausible:
        problem = _(
            "is neither UTF-8 nor readable as Windows-1256, ISO-8859-6 or Windows-1252 "
            "(it reads as mojibake in each)"
        )
        raise ReaderError(_advise(problem), path)
    best_score, best, text = scored[0]
    candidates = tuple(label for _score, label, _text in plausible)
    if len(scored) > 1:
        rival_score, rival, _rival_text = scored[1]
        short = _non_ascii_bytes(data) < _SHORT
        if (short and len(plausible) > 1) or best_score - rival_score < _MARGIN:
            problem = (
                _("could not tell {first} from {second}: the text is too short to decide")
                if short
                else _("could not tell {first} from {second}: both read plausibly")
            )
            raise EncodingUnclear(
                _advise(problem.format(first=encoding_label(best), second=encoding_label(rival))),
                path,
                candidates or (best, rival),
            )
    second = _second_opinion(data)
    if second is not None and second != best and second in readings:
        problem = _("could not tell {first} from {second}: the detectors disagree")
        raise EncodingUnclear(
            _advise(problem.format(first=encoding_label(best), second=encoding_label(second))),
            path,
            (best, second),
        )
    remark = _("encoding detected: {encoding}").format(encoding=encoding_label(best))
    return text, best, [remark]


def _advise(problem: str) -> str:
    """A refusal to read the bytes (``problem``, a whole clause) with what the user can do."""
    return _("{problem}; re-save the file as UTF-8 or choose the encoding (--encoding)").format(
        problem=problem
    )


_NORMALIZER_NAMES = {"cp1256": "windows-1256", "iso8859_6": "iso-8859-6", "cp1252": "windows-1252"}


def _second_opinion(data: bytes) -> str | None:
    """charset-normalizer's choice among the same code pages (RTL.md: right on a few kilobytes
    once its candidates are narrowed), as one of our labels; None if it has none."""
    import charset_normalizer  # imported here: only legacy files pay for it

    match = charset_normalizer.from_bytes(data[:65536], cp_isolation=list(_NORMALIZER_NAMES)).best()
    return _NORMALIZER_NAMES.get(match.encoding) if match is not None else None


def _readings(data: bytes) -> dict[str, str]:
    """Each legacy code page's strict reading, under one label per distinct text."""
    groups: dict[str, list[str]] = {}
    for label in _LEGACY:
        try:
            groups.setdefault(data.decode(_CODECS[label]), []).append(label)
        except UnicodeDecodeError:
            continue  # ISO-8859-6 and windows-1252 leave bytes undefined: ruled out
    return {_preferred(labels, text): text for text, labels in groups.items()}


def _preferred(labels: list[str], text: str) -> str:
    # Identical readings are no conflict (é, à, ç are the same bytes in windows-1252 and
    # windows-1256): name the code page that fits the script of the text.
    if "windows-1252" in labels and _mostly_latin(text):
        return "windows-1252"
    return labels[0]


def _mostly_latin(text: str) -> bool:
    sample = [ch for ch in text[:20_000] if not ch.isascii() and ch.isalpha()]
    return sum(_kind(ch) == _LATIN for ch in sample) * 2 > len(sample)


# Character kinds for plausibility scoring.
_ASCII_LETTER, _OTHER_ASCII, _LATIN, _ARABIC, _MARK, _SYMBOL, _HARMLESS = range(7)
# Punctuation that may open or close any word, and symbols that sit inside words legitimately.
_EDGES = "–—…«»“”‘’„‚‹›¿¡،؛؟"
# A word: what lies between spaces, ASCII digits and ASCII punctuation ("والإعلام/Kremlin.ru").
_WORD = re.compile(r"[^\s!-@\[-`{-~]+")
_HARMLESS_CHARS = frozenset("°²³¹½¼¾€£¥©®™§¶·•’‘\u200c\u200d\u200e\u200f\u0640")
_ENDS_ONLY = frozenset("ةى")  # Arabic letters that end a word: never followed by a letter
_WORD_FINAL_MARKS = frozenset("\u064c\u064d")  # dammatan, kasratan: tanween ends a word
_ARTICLE = re.compile("^[وفبكل]?ال|^لل")


@cache
def _kind(ch: str) -> int:
    if ch.isascii():
        return _ASCII_LETTER if ch.isalpha() else _OTHER_ASCII
    if ch in _HARMLESS_CHARS:
        return _HARMLESS
    code = ord(ch)
    arabic = 0x0600 <= code <= 0x06FF
    if unicodedata.category(ch).startswith("M"):
        return _MARK if arabic else _SYMBOL
    if ch.isalpha():
        return _ARABIC if arabic else _LATIN
    return _SYMBOL


def _plausibility(text: str) -> float:
    """How much of the text's non-ASCII reads as real words, from 0 (mojibake) to 1.

    Evidence: windows-1252 reads Arabic bytes as runs of accented capitals and symbols
    ("ÇáÚáÇÞÇÊ"); windows-1256 reads Western text with Arabic letters inside Latin words, and
    ISO-8859-6 text with Latin letters inside Arabic words; ISO-8859-6 reads windows-1256 Arabic
    as letters in impossible places (ة mid-word, tanween before a letter, no article "ال").
    """
    weight = bad = 0
    arabic_words = with_article = 0
    words = (match[0] for match in _WORD.finditer(text) if not match[0].isascii())
    for _index, word in zip(range(_SCORE_WORDS), words, strict=False):
        core = word.strip(_EDGES)
        kinds = [_kind(ch) for ch in core]
        count = sum(kind >= _LATIN and kind != _HARMLESS for kind in kinds)
        weight += count
        bad += min(count, _word_faults(core, kinds))
        if _ARABIC in kinds and _LATIN not in kinds and len(core) > 2:
            arabic_words += 1
            with_article += bool(_ARTICLE.match(core))
    if not weight:
        return 1.0
    score = 1.0 - bad / weight
    # Arabic news puts the article on about a quarter of its words; a reading without it is
    # letters shuffled by the wrong code page (ل read as ف).
    if arabic_words >= 30 and with_article * 20 < arabic_words:
        score -= 0.5
    return score


def _word_faults(core: str, kinds: list[int]) -> int:
    """How many of a word's characters cannot be right; the whole word when scripts mix."""
    letters = sum(kind in (_ASCII_LETTER, _LATIN, _ARABIC) for kind in kinds)
    arabic = _ARABIC in kinds or _MARK in kinds
    if arabic and (_LATIN in kinds or _ASCII_LETTER in kinds):
        return len(kinds)
    faults = kinds.count(_SYMBOL) if letters else 0
    if arabic:
        return faults + _arabic_faults(core, kinds)
    latin = kinds.count(_LATIN)
    if latin and letters >= 3 and latin * 2 > letters:
        return len(kinds)  # "ÇáÚáÇÞÇÊ": more accented letters than plain ones
    return faults + _case_faults(core, kinds)


def _case_faults(core: str, kinds: list[int]) -> int:
    """Capitals after small letters where an accented letter is involved ("áÚ"): mojibake."""
    faults = 0
    for i in range(1, len(core)):
        if core[i].isupper() and core[i - 1].islower() and _LATIN in (kinds[i], kinds[i - 1]):
            faults += 1
    return faults


def _arabic_faults(core: str, kinds: list[int]) -> int:
    """Letters and marks in places Arabic spelling does not put them."""
    faults = 1 if kinds and kinds[0] == _MARK else 0
    for i in range(1, len(core)):
        previous, current = core[i - 1], core[i]
        ends_word = previous in _ENDS_ONLY or previous in _WORD_FINAL_MARKS
        misplaced = kinds[i] == _ARABIC and ends_word
        doubled = kinds[i] == _MARK and previous == current
        faults += misplaced or doubled
    return faults
