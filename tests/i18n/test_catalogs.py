"""The catalogs are complete, compiled, and say what the source says.

The messages are extracted from the source as it is at test time, so that a sentence added
without its translations fails here, naming it and the command that updates the catalogs.
"""

from __future__ import annotations

import gettext
import re
from types import ModuleType

import pytest

from reader.core import i18n
from tests.i18n.conftest import ROOT

UPDATE = (
    "update the catalogs with `bash .ci/i18n`, translate the entries with an empty msgstr in "
    "reader/locale/{ar,id}/LC_MESSAGES/reader.po, then run `bash .ci/i18n` again to compile"
)
# Arabic's six forms (zero, one, two, few, many, other) as the issue gives them.
ARABIC_PLURAL = "n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5"


@pytest.fixture(scope="module")
def template(tool: ModuleType):
    return tool.extract()


def test_every_message_of_the_source_is_translated_in_arabic_and_indonesian(
    tool: ModuleType, template
) -> None:
    problems = [line for language in tool.LANGUAGES for line in tool.problems(language, template)]
    assert not problems, f"{len(problems)} catalog entries to fix ({UPDATE}):\n" + "\n".join(
        problems
    )


def test_the_compiled_catalogs_are_the_po_files_compiled(tool: ModuleType) -> None:
    for language in tool.LANGUAGES:
        mo = tool.catalog_path(language).with_suffix(".mo")
        assert mo.read_bytes() == tool.compiled(language), f"{mo} is stale: {UPDATE}"


def test_the_digits_table_is_cldr_s(tool: ModuleType) -> None:
    assert (i18n.LOCALE_DIR / "numerals.tsv").read_text(encoding="utf-8") == tool.numerals_table()


def test_the_problems_are_found_and_named(tool: ModuleType, template, monkeypatch) -> None:
    """The check itself fails where it should: a message added to the source is missing from
    both catalogs, by name."""
    template.add("A sentence nobody has translated yet")
    lines = [line for language in tool.LANGUAGES for line in tool.problems(language, template)]
    assert lines == [
        "ar: missing: 'A sentence nobody has translated yet'",
        "id: missing: 'A sentence nobody has translated yet'",
    ]


def _catalog(language: str) -> gettext.GNUTranslations:
    path = i18n.LOCALE_DIR / language / "LC_MESSAGES" / f"{i18n.DOMAIN}.mo"
    with path.open("rb") as mo:
        return gettext.GNUTranslations(mo)


def test_arabic_has_six_plural_forms_and_indonesian_one() -> None:
    arabic = _catalog("ar")
    expected = gettext.c2py(ARABIC_PLURAL)
    assert arabic.plural is not None
    assert [arabic.plural(n) for n in range(2000)] == [expected(n) for n in range(2000)]
    assert sorted({arabic.plural(n) for n in range(2000)}) == [0, 1, 2, 3, 4, 5]
    forms = [arabic.ngettext("{count} note", "{count} notes", n) for n in (0, 1, 2, 5, 11, 100)]
    assert forms == [
        "لا ملاحظات",
        "ملاحظة واحدة",
        "ملاحظتان",
        "{count} ملاحظات",
        "{count} ملاحظة",
        "{count} ملاحظة",
    ]
    indonesian = _catalog("id")
    assert {indonesian.plural(n) for n in range(200)} == {0}


_FIELD = re.compile(r"\{[^{}]*\}|%\([a-z_]+\)[sdr]|%[sdr]")


@pytest.mark.parametrize("language", ["ar", "id"])
def test_a_translation_fills_only_the_fields_its_message_has(tool: ModuleType, language) -> None:
    """A translation that names a field its message lacks would fail when shown; one that
    drops a field loses what it says (Arabic's one and two forms may drop the count: the word
    says it, ملاحظتان)."""
    wrong = []
    for message in tool.read(language):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        allowed = {f for text in ids for f in _FIELD.findall(text)}
        for form, text in enumerate(strings):
            fields = set(_FIELD.findall(text))
            if fields - allowed:
                wrong.append((ids[0], text))
            # The singular's fields, less the count that a one or two form may spell out.
            needed = set(_FIELD.findall(ids[0])) - {"{count}", "{total}", "{left}", "{missing}"}
            if (len(ids) == 1 and fields != allowed) or (needed - fields and form not in (0, 1, 2)):
                wrong.append((ids[0], text))
    assert wrong == []


@pytest.mark.parametrize("language", ["ar", "id"])
def test_menu_items_keep_one_mnemonic(tool: ModuleType, language) -> None:
    wrong = []
    for message in tool.read(language):
        if isinstance(message.id, str) and message.id:
            marks = message.id.replace("&&", "").count("&")
            if message.string.replace("&&", "").count("&") != marks:
                wrong.append((message.id, message.string))
    assert wrong == []


def test_the_catalogs_ship_with_the_package() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"locale/*/LC_MESSAGES/*.mo"' in pyproject and '"locale/numerals.tsv"' in pyproject
    assert i18n.catalog_languages() == ["ar", "id"]


@pytest.mark.parametrize("language", ["ar", "id"])
def test_reader_s_catalog_reader_reads_what_gettext_reads(tool: ModuleType, language) -> None:
    """reader.core.i18n.Catalog, the quick reader of the start path, against the standard
    library's on every message and count."""
    ours = i18n.Catalog(tool.catalog_path(language).with_suffix(".mo").read_bytes())
    theirs = _catalog(language)
    for message in tool.read(language):
        if isinstance(message.id, tuple):
            for n in range(0, 120):
                assert ours.ngettext(*message.id, n) == theirs.ngettext(*message.id, n)
        elif message.id:
            assert ours.gettext(message.id) == theirs.gettext(message.id)
    assert ours.gettext("not a message") == "not a message"
    assert ours.ngettext("one thing", "{count} things", 3) == "{count} things"
    with pytest.raises(ValueError, match="not a compiled catalog"):
        i18n.Catalog(b"\0" * 32)
