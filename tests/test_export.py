"""``reader export``: the printed view as PDF or HTML from the command line, and its refusals."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from reader.cli import main
from reader.commands.export import FORMATS
from tests.conftest import SAMPLE


def _cells(page: str) -> list[tuple[str, str]]:
    return re.findall(r'<td dir="(\w+)" lang="([\w-]+)"', page)


def test_html_puts_the_source_left_and_the_translation_right(tmp_path: Path, capsys) -> None:
    out = tmp_path / "page.html"
    assert main(["export", str(SAMPLE), "--format", "html", "-o", str(out)]) == 0
    assert capsys.readouterr() == ("", "")
    page = out.read_text(encoding="utf-8")
    cells = _cells(page)
    assert cells and set(cells[0::2]) == {("ltr", "id")} and set(cells[1::2]) == {("rtl", "ar")}
    assert "Machine translation from Indonesian: it may be inaccurate" in page
    assert "name the source does not have" in page  # the findings are listed


def test_single_and_revisions(tmp_path: Path) -> None:
    single = tmp_path / "single.html"
    args = ["export", str(SAMPLE), "--format", "html", "--target", "ar@2", "--single"]
    assert main([*args, "-o", str(single)]) == 0
    page = single.read_text(encoding="utf-8")
    assert set(_cells(page)) == {("rtl", "ar")}
    assert "Post-edited translation from Indonesian" in page

    pair = tmp_path / "pair.html"
    args = ["export", str(SAMPLE), "--format", "html", "--source", "ar@1", "--target", "ar@2"]
    assert main([*args, "-o", str(pair)]) == 0
    assert "(ar@1)" in pair.read_text(encoding="utf-8")


def test_pdf_embeds_its_fonts(tmp_path: Path) -> None:
    out = tmp_path / "page.pdf"
    assert main(["export", str(SAMPLE), "--format", "pdf", "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/FontFile2" in data and b"Amiri" in data and b"NotoSerif" in data
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler's pdftotext is not installed: the text itself is not checked")
    text = subprocess.run(
        ["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Presiden Rusia Vladimir Putin mengatakan" in text
    assert "Machine translation from Indonesian" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "html", "--target", "xx"], "--target xx@latest: no such version"),
        (["--format", "docx"], "argument --format: invalid choice: 'docx'"),
        (["--format", "pdf", "-o", "/no/such/folder/out.pdf"], "no such folder for the output"),
        (["--format", "pdf", "-o", "/proc/out.pdf"], "/proc/out.pdf: cannot write the PDF here"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, capsys, args, message) -> None:
    if "-o" not in args:
        args = [*args, "-o", str(tmp_path / "out")]
    assert main(["export", str(SAMPLE), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("reader: error: ") and message in err and err.count("\n") == 1


def test_every_format_names_a_writer_that_exists() -> None:
    import importlib

    for name, fmt in FORMATS.items():
        module, _, function = fmt.writer.partition(":")
        assert callable(getattr(importlib.import_module(module), function)), name
