"""Reader's message catalogs: extract, update, compile, check (run through ``.ci/i18n``).

    bash .ci/i18n            extract reader/locale/reader.pot from the source, merge it into
                             every reader/locale/<lang>/LC_MESSAGES/reader.po, compile the .mo
                             files and write numerals.tsv (CLDR's digits and marks)
    bash .ci/i18n --check    change nothing; list the messages a catalog is missing, has fuzzy
                             or has left over, and any .mo that is not the .po compiled (exit 1)

After an update, translate the entries with an empty ``msgstr`` (and those marked ``fuzzy``:
none are made, fuzzy matching is off, but an editor may mark some), then run it again to
compile. The messages are those of ``_``, ``ngettext``, ``N_`` and ``Nn_`` (reader.core.i18n)
in reader/, and argparse's own (usage, options, its errors), which argparse translates through
the same functions (reader.cli). The .mo files are committed: ``pip install .`` and the editable
install read them as they are, and tests/i18n/test_catalogs.py fails when one is stale.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Iterable
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir, extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "reader" / "locale"
TEMPLATE = LOCALE / "reader.pot"
LANGUAGES = ("ar", "id")
KEYWORDS = {"_": None, "ngettext": (1, 2), "N_": None, "Nn_": (1, 2)}
ARGPARSE_KEYWORDS = {"_": None, "ngettext": (1, 2)}
WIDTH = 100
TEAM = {language: "Reader's authors" for language in LANGUAGES}
HEADER = "# Reader's interface.\n# Copyright (C) Reader's authors. MIT licence."


def _add(
    catalog: Catalog,
    found: Iterable[tuple[str, int, str | tuple[str, ...], list[str], object]],
    where: str,
) -> None:
    for filename, lineno, message, comments, context in found:
        catalog.add(
            message,
            None,
            [(f"{where}{filename}", lineno)],
            auto_comments=comments,
            context=context if isinstance(context, str) else None,
        )


def extract() -> Catalog:
    """Every message of the source as it is now (the template), argparse's included."""
    catalog = Catalog(project="reader", version="0.1.0", header_comment=HEADER)
    options = {"comment_tags": ["Translators:"]}
    found = extract_from_dir(
        ROOT / "reader",
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=("Translators:",),
        strip_comment_tags=True,
    )
    _add(catalog, found, "reader/")
    found_argparse = (
        (Path(argparse.__file__).name, lineno, message, comments, context)
        for lineno, message, comments, context in extract_from_file(
            "python", argparse.__file__, keywords=ARGPARSE_KEYWORDS, options=options
        )
    )
    _add(catalog, found_argparse, "python:")
    return catalog


def catalog_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / "reader.po"


def read(language: str) -> Catalog:
    path = catalog_path(language)
    if not path.exists():
        return Catalog(locale=language, project="reader", version="0.1.0", header_comment=HEADER)
    with path.open("rb") as po:
        return read_po(po, locale=language)


def problems(language: str, template: Catalog) -> list[str]:
    """What the ``language`` catalog lacks against ``template``: one line a message."""
    catalog = read(language)
    lines: list[str] = []
    for message in template:
        if not message.id:
            continue
        entry = catalog.get(message.id, message.context)
        key = message.id if isinstance(message.id, str) else message.id[0]
        if entry is None:
            lines.append(f"{language}: missing: {key!r}")
        elif entry.fuzzy:
            lines.append(f"{language}: fuzzy: {key!r}")
        elif not all(entry.string) if isinstance(entry.string, tuple) else not entry.string:
            lines.append(f"{language}: untranslated: {key!r}")
    wanted = {(m.id if isinstance(m.id, str) else m.id[0]) for m in template if m.id}
    for entry in catalog:
        key = entry.id if isinstance(entry.id, str) else entry.id[0]
        if entry.id and key not in wanted:
            lines.append(f"{language}: no longer in the source: {key!r}")
    return lines


def compiled(language: str) -> bytes:
    """The .mo the ``language`` catalog compiles to."""
    out = io.BytesIO()
    write_mo(out, read(language), use_fuzzy=False)
    return out.getvalue()


def numerals_table() -> str:
    """numerals.tsv: for each catalog language, the digits, decimal mark and grouping mark
    numbers take by default (CLDR's default numbering system), in Western digits (``@latn``)
    and in the language's native ones (``@native``, where it has its own), and for each
    region of the language whose default differs (``ar_EG``). Read by reader.core.i18n, which
    must not load Babel at start-up (a quarter of a second on this machine)."""
    from babel import Locale
    from babel.localedata import locale_identifiers
    from babel.numbers import get_decimal_symbol, get_group_symbol

    def marks(locale: Locale, system: str) -> str:
        digits = _digits(system)
        decimal = get_decimal_symbol(locale, numbering_system=system)
        group = get_group_symbol(locale, numbering_system=system)
        # A right-to-left mark beside a sign belongs to the sign's context, not the number.
        return digits + decimal.strip("\u200f\u061c") + group.strip("\u200f\u061c")

    lines = []
    for language in LANGUAGES:
        base = Locale.parse(language)
        default = marks(base, base.default_numbering_system)
        lines.append(f"{language}\t{default}")
        lines.append(f"{language}@latn\t{marks(base, 'latn')}")
        native = base.other_numbering_systems.get("native")
        if native and native != "latn":
            lines.append(f"{language}@native\t{marks(base, native)}")
        for identifier in sorted(locale_identifiers()):
            parts = identifier.split("_")
            if parts[0] != language or len(parts) != 2:
                continue
            regional = Locale.parse(identifier)
            row = marks(regional, regional.default_numbering_system)
            if row != default:
                lines.append(f"{identifier}\t{row}")
    return "\n".join(lines) + "\n"


def _digits(system: str) -> str:
    """The ten digits of a CLDR numbering system (ICU has CLDR's table; Babel has none)."""
    import icu

    digits = str(icu.NumberingSystem.createInstanceByName(system).getDescription())
    assert len(digits) == 10, system
    return digits


def update() -> None:
    template = extract()
    if TEMPLATE.exists():  # the same messages: the same template, date and all (no churn)
        with TEMPLATE.open("rb") as pot:
            previous = read_po(pot)
        if [(m.id, m.context) for m in previous] == [(m.id, m.context) for m in template]:
            template.creation_date = previous.creation_date
    TEMPLATE.parent.mkdir(parents=True, exist_ok=True)
    with TEMPLATE.open("wb") as pot:
        write_po(pot, template, width=WIDTH, omit_header=False, sort_output=False)
    for language in LANGUAGES:
        catalog = read(language)
        catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
        catalog.obsolete.clear()  # what left the source leaves the catalog
        catalog.fuzzy = (
            False  # the header: a fuzzy one is left out of the .mo, plural forms and all
        )
        catalog.last_translator = TEAM[language]
        catalog.language_team = TEAM[language]
        path = catalog_path(language)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as po:
            write_po(po, catalog, width=WIDTH, include_previous=False)
        path.with_suffix(".mo").write_bytes(compiled(language))
    (LOCALE / "numerals.tsv").write_text(numerals_table(), encoding="utf-8")


def check() -> list[str]:
    template = extract()
    lines = [line for language in LANGUAGES for line in problems(language, template)]
    for language in LANGUAGES:
        mo = catalog_path(language).with_suffix(".mo")
        if not mo.exists() or mo.read_bytes() != compiled(language):
            lines.append(f"{language}: {mo.relative_to(ROOT)} is not the .po compiled")
    return lines


def main(argv: list[str]) -> int:
    if argv == ["--check"]:
        lines = check()
        print("\n".join(lines) or "the catalogs are complete and compiled")
        return 1 if lines else 0
    if argv:
        print(__doc__, file=sys.stderr)
        return 2
    update()
    lines = check()
    print("\n".join(lines) or "the catalogs are complete and compiled")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
