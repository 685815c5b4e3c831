"""Right-to-left lines for terminals without bidi: levels resolved on the whole paragraph (ICU),
each wrapped line reordered from them (rules L1-L4), checked against Unicode's conformance cases
and against the failures of the debug-dump reading that this replaced."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import pytest
from bidi import get_display

from reader.cli import main
from reader.core.export.terminal import (
    Rendering,
    line_levels,
    line_orders,
    render_paragraph,
    shape,
    visual,
    visual_order,
)
from tests.bidi_cases import Case, cut_orders, cuts, read_cases

ROOT = Path(__file__).resolve().parents[1]
CASES = list(read_cases())

PUTIN = "قال Vladimir Putin (Kremlin) إن الرسالة وصلت paragraphs: 3"
INFLATION = (
    "ارتفع التضخم في الفترة 2019-2020 بنسبة 12.5% حسب البنك المركزي في تقريره السنوي "
    "الذي نشر يوم الاثنين"
)


def is_subsequence(part: Sequence[str], whole: Sequence[str]) -> bool:
    rest = iter(whole)
    return all(item in rest for item in part)


Capture = pytest.CaptureFixture[str]


def show(
    capsys: Capture, folder: Path, text: str, *options: str, lang: str = "ar"
) -> tuple[int, list[str]]:
    """``reader show`` on a file holding ``text``: the exit status and the lines printed."""
    path = folder / "article.txt"
    path.write_text(text + "\n", encoding="utf-8")
    status = main(["show", str(path), "--lang", lang, "--color", "never", *options])
    return status, capsys.readouterr().out.splitlines()


def diff(capsys: Capture, folder: Path, old: str, new: str, *options: str) -> tuple[int, list[str]]:
    """``reader diff`` of two files holding ``old`` and ``new``: status and lines printed."""
    (folder / "old.txt").write_text(old + "\n", encoding="utf-8")
    (folder / "new.txt").write_text(new + "\n", encoding="utf-8")
    paths = [str(folder / "old.txt"), str(folder / "new.txt")]
    status = main(["diff", *paths, "--lang", "ar", "--color", "never", *options])
    return status, capsys.readouterr().out.splitlines()


# -- the failures of the debug-dump reading ------------------------------------------------------


def test_a_line_holding_the_word_paragraphs_keeps_its_brackets(
    capsys: Capture, tmp_path: Path
) -> None:
    # python-bidi's debug dump has a "paragraphs:" section; the text's own "paragraphs:" cut
    # the levels short, and the fallback without bracket pairing printed "(Vladimir Putin (Kremlin".
    expected = "paragraphs: 3 ﺖﻠﺻﻭ ﺔﻟﺎﺳﺮﻟﺍ ﻥﺇ Vladimir Putin (Kremlin) ﻝﺎﻗ"
    assert visual(PUTIN, rtl=True) == expected
    assert expected == get_display(shape(PUTIN), base_dir="R")  # the Rust engine agrees
    status, lines = show(capsys, tmp_path, PUTIN, "--width", "80")
    assert status == 0 and lines == [" " * (80 - len(expected)) + expected]
    status, lines = diff(capsys, tmp_path, PUTIN, PUTIN.replace("3", "4"), "--width", "80")
    assert status == 1 and "Vladimir Putin (Kremlin)" in lines[0]
    assert lines[0].lstrip().startswith("paragraphs: [-3-]{+4+} ﺖﻠﺻﻭ")


@pytest.mark.parametrize("joiner", ["\u200c", "\u200d", "\u00ad"], ids=["ZWNJ", "ZWJ", "SHY"])
def test_joiners_and_soft_hyphens_are_reordered_not_a_crash(
    joiner: str, capsys: Capture, tmp_path: Path
) -> None:
    # Their levels (boundary neutrals) were one short in the debug dump's count: IndexError.
    persian = f"می{joiner}خواهم paragraphs: 3"
    shown = visual(persian, rtl=True)
    rust = get_display(shape(persian), base_dir="R")
    # The zero-width character may sit on either side of its neighbour: both show alike.
    assert shown.replace(joiner, "") == rust.replace(joiner, "")
    assert shown.startswith("paragraphs: 3 ")
    latin = f"Kim{joiner}Jong paragraphs: 3"  # no Arabic: not reshaped, so a ZWJ stays too
    assert visual(latin, rtl=False) == latin
    status, lines = show(capsys, tmp_path, persian, "--width", "40")
    assert status == 0 and lines[0].strip() == shown
    status, lines = show(capsys, tmp_path, latin, "--width", "40", lang="en")
    assert status == 0 and lines == [latin]
    status, lines = diff(capsys, tmp_path, persian, persian + "0", "--width", "40")
    assert status == 1 and lines[0].strip().startswith("paragraphs: [-3-]{+30+}")


def test_numbers_read_the_same_at_every_width(capsys: Capture, tmp_path: Path) -> None:
    """A wrapped line takes its levels from the paragraph: "2019-2020" after Arabic reads
    "2020-2019" (the years are Arabic numbers, rule W2) wherever the line breaks."""
    whole = get_display(shape(INFLATION), base_dir="R").split()
    assert "2020-2019" in whole and "%12.5" in whole
    for width in range(10, 90):
        lines = render_paragraph([(INFLATION, None)], True, Rendering(width=width))
        for line in lines:
            assert is_subsequence(line.split(), whole), (width, line)
        assert sum(len(line.split()) for line in lines) == len(whole)
    for width in (12, 20, 27, 33):
        status, lines = show(capsys, tmp_path, INFLATION, "--width", str(width))
        assert status == 0
        assert all(is_subsequence(line.split(), whole) for line in lines), (width, lines)
        assert "2020-2019" in " ".join(lines) and "%12.5" in " ".join(lines)


def test_whitespace_before_a_tab_goes_back_to_the_paragraphs_level(
    capsys: Capture, tmp_path: Path
) -> None:
    # Rule L1: the space between two right-to-left letters would be right-to-left (N1), but
    # before a tab it is at the paragraph's level, like the tab.
    assert line_levels("ب \tت", False, [(0, 4)]) == [[1, 0, 0, 1]]
    assert visual_order("ب \tت", rtl=False) == [0, 1, 2, 3]
    assert line_levels("a \tb", True, [(0, 4)]) == [[2, 1, 1, 2]]
    assert visual_order("a \tb", rtl=True) == [3, 2, 1, 0]
    assert visual_order("a \tb ", rtl=True) == [4, 3, 2, 1, 0]  # and at the line's end
    text = "نشر Kremlin \tru البيان"
    expected = "ﻥﺎﻴﺒﻟﺍ ru\t Kremlin ﺮﺸﻧ"
    assert visual(text, rtl=True) == expected
    status, lines = show(capsys, tmp_path, text, "--width", "40")
    assert status == 0 and lines[0].endswith(expected)
    status, lines = diff(capsys, tmp_path, text, text.replace("نشر", "قال"), "--width", "60")
    assert status == 1 and "ru\t Kremlin" in lines[0]


# -- Unicode's conformance cases -----------------------------------------------------------------


def _mark_after_bracket(case: Case) -> bool:
    """A combining mark on a paired bracket (boundary neutrals between them allowed): ICU
    resolves its level apart from the bracket's (UAX #9 BD16 wants them equal)."""
    for index, ch in enumerate(case.text):
        if unicodedata.category(ch) != "Mn":
            continue
        before = index - 1
        while before >= 0 and unicodedata.bidirectional(case.text[before]) == "BN":
            before -= 1
        if before >= 0 and unicodedata.category(case.text[before]) in ("Ps", "Pe"):
            return True
    return False


def _agreement(case: Case) -> tuple[bool, bool]:
    rtl = case.paragraph_level == 1
    whole = [(0, len(case.text))]
    levels = line_levels(case.text, rtl, whole)[0]
    kept = [i for i in range(len(case.text)) if i not in case.removed]
    order = [i for i in line_orders(case.text, rtl, whole)[0] if i not in case.removed]
    return [levels[i] for i in kept] == [case.levels[i] for i in kept], (
        order == case.terminal_order()
    )


def test_whole_lines_match_unicodes_levels_and_order() -> None:
    """Levels and display order (marks after their letter, rule L3) of each selected case.
    ICU differs from Unicode only on a combining mark right after a bracket: its level (the
    display is the same, the mark going with its letter) and, with a joiner between them,
    its place."""
    assert len(CASES) == 1290
    levels_differ = {case.line for case in CASES if not _agreement(case)[0]}
    order_differs = {case.line for case in CASES if not _agreement(case)[1]}
    assert len(levels_differ) == 9
    assert all(_mark_after_bracket(case) for case in CASES if case.line in levels_differ)
    assert order_differs <= levels_differ and len(order_differs) == 3
    assert all(" 200D " in line for line in order_differs)  # a joiner between mark and bracket


def test_lines_cut_from_a_case_are_reordered_from_the_paragraphs_levels() -> None:
    """Cut each case into two lines: each line shows its characters in the order the whole
    case shows them (rule L2 on the paragraph's levels, line by line). Resolving each line on
    its own, as the debug-dump reading did, fails this."""
    checked = alone_differs = 0
    for case in CASES:
        if _mark_after_bracket(case):
            continue
        text, rtl, removed = case.text, case.paragraph_level == 1, case.removed
        for cut in cuts(case):
            lines = [(0, cut), (cut, len(text))]
            want = cut_orders(case, cut)
            got = [[i for i in line if i not in removed] for line in line_orders(text, rtl, lines)]
            assert got == want, (case.line, cut)
            alone = [
                [
                    s + i
                    for i in line_orders(text[s:e], rtl, [(0, e - s)])[0]
                    if s + i not in removed
                ]
                for s, e in lines
            ]
            alone_differs += alone != want
            checked += 1
    assert checked > 8_000
    assert alone_differs > 100


# -- where ICU is missing ------------------------------------------------------------------------


def test_without_icu_show_and_diff_print_logical_order_and_say_so(
    capsys: Capture, tmp_path: Path
) -> None:
    """On a platform without a pyicu-wheels wheel nothing guesses: the text comes out as
    ``--logical`` prints it, and standard error says why."""
    block_icu = (
        "import sys; sys.modules['icu'] = None; from reader.cli import main; "
        "sys.exit(main(sys.argv[1:]))"
    )
    (tmp_path / "old.txt").write_text(INFLATION + "\n", encoding="utf-8")
    (tmp_path / "new.txt").write_text(INFLATION.replace("12.5", "13") + "\n", encoding="utf-8")
    for command, status in (
        (["show", str(tmp_path / "old.txt")], 0),
        (["diff", str(tmp_path / "old.txt"), str(tmp_path / "new.txt")], 1),
    ):
        options = [*command, "--lang", "ar", "--width", "50", "--color", "never"]
        run = subprocess.run(
            [sys.executable, "-c", block_icu, *options], capture_output=True, text=True, cwd=ROOT
        )
        assert run.returncode == status, run.stderr
        assert run.stderr == (
            "reader: note: right-to-left text is printed in logical order: ICU's bidi algorithm "
            "is not installed (pyicu-wheels has no wheel for this platform; PyICU built on a "
            "system ICU also serves)\n"
        )
        assert main([*options, "--logical"]) == status
        assert run.stdout.splitlines() == capsys.readouterr().out.splitlines()
        assert "2019-2020" in run.stdout  # as stored
