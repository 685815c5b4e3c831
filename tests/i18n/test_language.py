"""Which language Reader speaks, in which digits, and what it never translates."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from reader.cli import main
from reader.core import i18n
from reader.core.i18n import _, english, ngettext, system_languages, use_languages
from tests.conftest import SAMPLE
from tests.i18n.conftest import ROOT


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    with i18n.kept():
        yield


def test_language_comes_from_language_then_the_locale() -> None:
    assert system_languages({"LANG": "ar_EG.UTF-8"}) == ["ar_EG"]
    assert system_languages({"LANGUAGE": "id:en", "LANG": "ar_EG.UTF-8"}) == ["id", "en", "ar_EG"]
    assert system_languages({"LC_ALL": "id_ID.UTF-8", "LANG": "ar_SA.UTF-8"}) == ["id_ID"]
    assert system_languages({"LC_MESSAGES": "ar_MA@euro", "LANG": "C"}) == ["ar_MA"]
    assert system_languages({"LANG": "C.UTF-8"}) == []
    assert system_languages({}) == []


def test_the_first_language_with_a_catalog_is_spoken_and_english_ends_the_search() -> None:
    assert use_languages(["fr_FR", "id_ID", "ar"]) == "id_ID"
    assert _("Cancel") == "Batal"
    assert use_languages(["ar-EG"]) == "ar_EG"
    assert _("Cancel") == "إلغاء"
    assert use_languages(["en_GB", "ar"]) == "en"
    assert _("Cancel") == "Cancel"
    assert use_languages(["xx"]) == "en"


def test_digits_follow_cldr_for_the_region_unless_chosen() -> None:
    """CLDR writes Arabic in Western digits by default and Arabic-Indic ones in Egypt, Saudi
    Arabia and the Levant; Morocco writes a decimal comma; Indonesian groups with a dot."""
    fraction = "Alignment: one paragraph against one; confidence {score}"
    use_languages(["ar"])
    assert ngettext("{count} note", "{count} notes", 12).format(count=12) == "12 ملاحظة"
    use_languages(["ar_EG"])
    assert ngettext("{count} note", "{count} notes", 12).format(count=12) == "١٢ ملاحظة"
    assert _(fraction).format(score=f"{0.41:.2f}") == "المواءمة: فقرة مقابل فقرة؛ الثقة 0.41"
    assert _("{percent} %").format(percent=110) == "١١٠٪"
    use_languages(["ar_EG"], digits="latn")
    assert _("{percent} %").format(percent=110) == "110٪"
    use_languages(["ar"], digits="native")
    assert _("{percent} %").format(percent=110) == "١١٠٪"
    use_languages(["ar_MA"], digits="default")
    assert i18n.numerals() == "0123456789,."
    use_languages(["id"], digits="native")  # Indonesian has no digits of its own
    assert i18n.numerals() == "0123456789,."


def test_only_numbers_take_the_reader_s_digits() -> None:
    """A file name's digits are the file's: only the numbers filled into a message change."""
    use_languages(["ar_SA"])
    message = _("{file} could not be saved").format(file="state-2.ini")
    assert message == "تعذّر حفظ state-2.ini"
    with english():
        assert _("{file} could not be saved").format(file="state-2.ini") == (
            "state-2.ini could not be saved"
        )
        assert i18n.numerals() == i18n.WESTERN
    assert i18n.interface_language() == "ar_SA"


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err


def test_ui_lang_translates_a_command_s_output_and_its_help(capsys) -> None:
    status, out, _err = _run(["check", str(SAMPLE), "--ui-lang", "ar"], capsys)
    assert status == 1
    summary = f"{SAMPLE / 'ar.txt'}: 3 ملاحظات: untranslated 1، added-name 1، repetition 1"
    assert summary in out.splitlines()
    assert f"{SAMPLE / 'ar-2.txt'}: لا ملاحظات" in out.splitlines()
    with pytest.raises(SystemExit):
        main(["info", "--ui-lang=id", "--help"])
    out, _err = capsys.readouterr()
    assert out.startswith("penggunaan: reader info ")
    assert "\nopsi:\n" in out and "tampilkan pesan bantuan ini lalu keluar" in out
    assert "cetak JSON (bentuknya di PRODUCT.md)" in out


def test_the_error_prefix_and_json_stay_english(capsys, tmp_path) -> None:
    status, out, err = _run(["info", str(tmp_path / "missing.txt"), "--ui-lang", "ar"], capsys)
    assert status == 2 and out == ""
    assert err == f"reader: error: {tmp_path / 'missing.txt'}: لا يوجد ملف بهذا الاسم\n"
    status, out, err = _run(["diff", "a", "b", "--width", "3", "--ui-lang", "id"], capsys)
    assert err == (
        "reader: error: argumen --width: lebar harus berupa angka 10 sampai 1000, bukan '3'\n"
    )
    status, out, _err = _run(["check", str(SAMPLE), "--json", "--ui-lang", "ar"], capsys)
    document = json.loads(out)
    messages = [f["message"] for r in document["results"] for f in r["findings"]]
    assert messages and all(m.isascii() or '"' in m for m in messages)
    assert any("is left untranslated" in m or "written in Arabic letters" in m for m in messages)


def test_an_interface_reader_lacks_is_refused(capsys) -> None:
    status, out, err = _run(["info", "--ui-lang", "fr", str(SAMPLE)], capsys)
    assert (status, out) == (2, "")
    assert err == "reader: error: no interface in 'fr'; Reader speaks ar, en, id\n"


def test_a_command_restores_the_language_it_found(capsys) -> None:
    use_languages(["id"])
    _run(["info", "--ui-lang", "ar", str(SAMPLE)], capsys)
    assert i18n.interface_language() == "id"


def test_language_chooses_the_interface_of_a_real_start() -> None:
    """``reader --help`` in a fresh process, its language from the environment alone."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    runs = {}
    for name, extra in {
        "LANGUAGE": {"LANGUAGE": "ar", "LANG": "id_ID.UTF-8"},
        "LANG": {"LANG": "id_ID.UTF-8"},
        "C": {"LANG": "C.UTF-8"},
    }.items():
        result = subprocess.run(
            [sys.executable, "-m", "reader.cli", "--help"],
            env={**env, **extra},
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
        )
        runs[name] = result.stdout.splitlines()[0]
    assert runs["LANGUAGE"].startswith("الاستخدام: reader ")
    assert runs["LANG"].startswith("penggunaan: reader ")
    assert runs["C"].startswith("usage: reader ")
