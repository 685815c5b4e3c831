"""The one door to translated text: every sentence a user reads goes through ``_`` or ``ngettext``.

The English sentence is the message id, whole, with named fields filled in afterwards
(``_("Machine translation from {source}").format(source=...)``), so that a translator sees the
sentence as it reads and can move the fields. Counts go through ``ngettext`` (Arabic has six
plural forms; a hand-made ``'s' * (n != 1)`` cannot express them). The catalogs are
``reader/locale/<language>/LC_MESSAGES/reader.po`` (``.ci/i18n`` extracts and updates them and
compiles the ``.mo`` files read here). Numbers filled into a translated message take the
reader's digits (``Message.format``): an Arabic interface in Egypt counts in ٠١٢٣. Tables of
messages mark their entries with ``N_`` and ``Nn_`` (which translate nothing) so that the
catalog extractor finds them; the code that shows an entry translates it then.

What machines read is never translated: ``english()`` composes the JSON documents' few
sentences (a finding's message, a loader's remark) in English, whatever the reader's language.

Kept at the bottom of the core, beside ``model`` and ``errors``, so that every layer (an
encoding error in ``ingest`` as much as the banner in ``present``) can mark its messages. No Qt.
"""

from __future__ import annotations

import gettext as _gettext
import os
import struct
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from string import Formatter
from typing import Any

DOMAIN = "reader"
# The compiled catalogs, ``<language>/LC_MESSAGES/reader.mo``, and ``numerals.tsv``. A path
# beside this package rather than importlib.resources, which takes some 20 ms to import.
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
ENGLISH = "en"
# Digits in interface text: as CLDR says for the reader's locale, Western (0-9), or the
# language's native digits (Arabic-Indic for Arabic).
DIGITS = ("default", "latn", "native")
WESTERN = "0123456789.,"

_translations: _gettext.NullTranslations = _gettext.NullTranslations()
_language = ENGLISH
_numerals = WESTERN  # ten digits, the decimal mark, the grouping mark
_chosen = False  # whether a language was chosen (a test's pseudo-translation counts)


def system_languages(environ: Mapping[str, str] | None = None) -> list[str]:
    """The reader's languages as the system says, best first: ``LANGUAGE`` (a colon-separated
    list, GNU gettext's override), else the first of ``LC_ALL``, ``LC_MESSAGES``, ``LANG``;
    ``C`` and ``POSIX`` name no language."""
    environ = os.environ if environ is None else environ
    found: list[str] = []
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "")
        codes = [c for c in value.split(":") if c] if variable == "LANGUAGE" else [value]
        codes = [c.split(".")[0].split("@")[0] for c in codes if c]
        found += [c for c in codes if c not in ("C", "POSIX")]
        if variable != "LANGUAGE" and value:
            break  # the first locale variable set is the locale
    return found


def catalog_languages() -> list[str]:
    """The languages a catalog ships for (besides English, the message ids)."""
    try:
        return sorted(d.name for d in LOCALE_DIR.iterdir() if (d / "LC_MESSAGES").is_dir())
    except OSError:
        return []


def use_languages(languages: Sequence[str], digits: str = "default") -> str:
    """Show text in the first of ``languages`` (BCP 47 or POSIX codes: ``ar``, ``ar-EG``,
    ``id_ID``) that has a catalog, English (the message ids) when none has, or when English
    comes first; return the language chosen (``ar_EG``, ``en``). ``digits`` (one of
    ``DIGITS``) says which digits numbers in interface text take."""
    for code in languages:
        code = code.replace("-", "_")
        primary = code.split("_")[0].lower()
        if primary == ENGLISH:
            break
        try:
            translations = Catalog(
                (LOCALE_DIR / primary / "LC_MESSAGES" / f"{DOMAIN}.mo").read_bytes()
            )
        except (OSError, ValueError):
            continue
        _set(translations, code, _numerals_for(code, digits))
        return code
    _set(_gettext.NullTranslations(), ENGLISH, WESTERN)
    return ENGLISH


class Catalog(_gettext.NullTranslations):
    """A compiled catalog (GNU .mo, UTF-8, as Babel writes them) read in one pass.

    The standard library's ``GNUTranslations`` unpacks and decodes every entry on loading,
    two ``struct.unpack`` calls and two decodes an entry: some 15 ms for Reader's 700 messages
    on a busy machine, at every start. This reads the two offset tables at once and indexes the
    raw message ids; a translation is decoded when it is first asked for.
    """

    def __init__(self, data: bytes) -> None:
        super().__init__()
        (magic,) = struct.unpack("<I", data[:4])
        order = {0x950412DE: "<", 0xDE120495: ">"}.get(magic)
        if order is None:
            raise ValueError("not a compiled catalog (.mo)")
        count, ids_at, strings_at = struct.unpack(f"{order}3I", data[8:20])
        ids = struct.unpack(f"{order}{2 * count}I", data[ids_at : ids_at + 8 * count])
        strings = struct.unpack(f"{order}{2 * count}I", data[strings_at : strings_at + 8 * count])
        self._data = data
        self._index = {
            data[ids[i + 1] : ids[i + 1] + ids[i]]: (strings[i + 1], strings[i])
            for i in range(0, 2 * count, 2)
        }
        header = self._text(b"")
        self._plural_rule = next(
            (
                line.partition("plural=")[2].rstrip("; ")
                for line in header.splitlines()
                if line.lower().startswith("plural-forms:")
            ),
            "n != 1",
        )
        self._plural: Callable[[int], int] | None = None

    def _text(self, key: bytes) -> str:
        start, length = self._index[key]
        return self._data[start : start + length].decode("utf-8")

    def gettext(self, message: str) -> str:
        try:
            return self._text(message.encode("utf-8"))
        except KeyError:
            return message

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        try:
            forms = self._text(f"{msgid1}\0{msgid2}".encode()).split("\0")
        except KeyError:
            return msgid1 if n == 1 else msgid2
        if self._plural is None:  # compiled on first use: not every start counts something
            self._plural = _gettext.c2py(self._plural_rule)
        return forms[min(self._plural(n), len(forms) - 1)]


def _numerals_for(language: str, digits: str) -> str:
    """The digits and marks of ``language`` (``ar_EG``) as ``digits`` asks, from
    ``numerals.tsv`` (CLDR's, written by .ci/i18n): the region's own if it has them, else the
    language's."""
    primary = language.split("_")[0].lower()
    keys = {
        "latn": [f"{primary}@latn"],
        "native": [f"{primary}@native", f"{primary}@latn"],
    }.get(digits, [language, primary])
    try:
        text = (LOCALE_DIR / "numerals.tsv").read_text(encoding="utf-8")
    except OSError:
        return WESTERN
    table = dict(line.split("\t", 1) for line in text.splitlines() if "\t" in line)
    return next((table[k] for k in keys if k in table), WESTERN)


def interface_language() -> str:
    """The language text is shown in (``en`` for the message ids themselves)."""
    return _language


def numerals() -> str:
    """The ten digits, decimal mark and grouping mark numbers in interface text are shown in."""
    return _numerals


def use_translations(translations: _gettext.NullTranslations, language: str = "") -> None:
    """Show text through ``translations`` (a catalog, or a test's pseudo-translation)."""
    _set(translations, language or ENGLISH, WESTERN)


def _set(
    translations: _gettext.NullTranslations, language: str, digits: str, chosen: bool = True
) -> None:
    global _translations, _language, _numerals, _chosen
    _translations, _language, _numerals, _chosen = translations, language, digits, chosen


def language_chosen() -> bool:
    """Whether a language was chosen in this process (``use_languages``, ``use_translations``)."""
    return _chosen


@contextmanager
def kept() -> Iterator[None]:
    """The reader's language as it is now, back once the block ends, whatever the block chose:
    ``reader.cli.main`` runs in a test's process many times."""
    saved = _translations, _language, _numerals, _chosen
    try:
        yield
    finally:
        _set(*saved)


class _Numbers(Formatter):
    """Fills a message's fields, writing the numbers among them (not the text: a file name's
    digits are the file's) in the reader's digits and marks."""

    def format_field(self, value: Any, format_spec: str) -> str:
        text = str(super().format_field(value, format_spec))
        if isinstance(value, int | float) and not isinstance(value, bool):
            return text.translate(_DIGIT_TABLE[_numerals])
        return text


class _DigitTables(dict[str, dict[int, str]]):
    def __missing__(self, numerals: str) -> dict[int, str]:
        # One table maps digits and both marks at once: "1,234.5" is "1.234,5" in Indonesian
        # (the marks trade places, which two replacements in turn would undo).
        table = {ord(w): n for w, n in zip(WESTERN, numerals, strict=True)}
        self[numerals] = table
        return table


_DIGIT_TABLE = _DigitTables()
_FORMATTER = _Numbers()


class Message(str):
    """A translated message whose ``format`` writes numbers in the reader's digits."""

    __slots__ = ()

    def format(self, *args: Any, **kwargs: Any) -> str:
        return _FORMATTER.vformat(self, args, kwargs)


def _message(text: str) -> str:
    return text if _numerals == WESTERN else Message(text)


@contextmanager
def english() -> Iterator[None]:
    """English (the message ids themselves) while the block runs, then the reader's language
    again: for output that scripts read (``--json``), which must not change with it."""
    with kept():
        _set(_gettext.NullTranslations(), ENGLISH, WESTERN)
        yield


def _(message: str) -> str:
    """``message`` (a whole English sentence) in the reader's language."""
    return _message(_translations.gettext(message))


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a sentence that fits ``count``, in the reader's language."""
    return _message(_translations.ngettext(singular, plural, count))


def N_(message: str) -> str:
    """Mark ``message`` for the catalog where it is defined (a table), translated where used."""
    return message


def Nn_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a sentence's singular and plural for the catalog, for ``ngettext`` where used."""
    return singular, plural


def sentences(*parts: str) -> str:
    """Whole translated sentences one after the other (empty ones left out), joined by a
    separator that is a message of its own (some scripts do not put a space between them)."""
    return _(" ").join(part for part in parts if part)


def listing(items: Sequence[str]) -> str:
    """Translated phrases as a list: "a", "a and b", "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return _("{items} and {last}").format(items=_(", ").join(items[:-1]), last=items[-1])
