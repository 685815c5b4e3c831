"""Text in a terminal: widths, wrapping, right-to-left lines in visual order, ``reader show``, and
the real thing: the command run in tmux and the pane read back."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from bidi import get_display
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.cli import main
from reader.core.export.terminal import (
    Rendering,
    display_width,
    neutralise,
    render_paragraph,
    shape,
    use_color,
    visual,
    visual_order,
    wrap,
)
from reader.core.ingest.loading import load
from reader.core.model import VersionKey

ROOT = Path(__file__).resolve().parents[1]
MIRROR = dict(zip("()[]{}<>«»", ")(][}{><»«", strict=True))


def is_arabic_form(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff"


def expected_visual(logical_line: str) -> str:
    """What a terminal without bidi must show for a paragraph on one line: python-bidi's
    display order of the shaped text, brackets at right-to-left levels mirrored (python-bidi
    0.6 does not). Built independently of reader.core.export.terminal's reordering (ICU)."""
    shaped = shape(logical_line)
    shown = get_display(shaped, base_dir="R")
    # In display order, a bracket between right-to-left letters is at an odd level: mirror it.
    return "".join(
        MIRROR.get(ch, ch) if _in_rtl_run(shown, i) else ch for i, ch in enumerate(shown)
    )


def _in_rtl_run(text: str, index: int) -> bool:
    """A neutral in a right-to-left line is left-to-right only between two left-to-right
    strong characters (rules N1, N2); the line's ends count as right-to-left."""
    left = next((s for c in reversed(text[:index]) if (s := _strong(c))), "R")
    right = next((s for c in text[index + 1 :] if (s := _strong(c))), "R")
    return not (left == "L" and right == "L")


def _strong(ch: str) -> str | None:
    kind = unicodedata.bidirectional(ch)
    return "R" if kind in ("R", "AL") else "L" if kind == "L" else None


# -- widths and wrapping ---------------------------------------------------------------------------


def test_display_width_counts_cells() -> None:
    assert display_width("Kremlin.ru") == 10
    assert display_width("مَدْرَسَةٌ") == 5  # five letters, the marks take no cell
    assert display_width("金正恩") == 6
    assert display_width("می\u200cخواهم") == 7
    assert display_width("ﻻ") == 1  # lam-alef, once shaped, is one cell


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["كيم", "جونغ", "أون", "Kremlin.ru", "2019،", "金正恩", "ウクライナ", ""]),
        max_size=40,
    ).map(" ".join),
    st.integers(min_value=10, max_value=60),
)
def test_wrapped_lines_fit_and_keep_words_whole(text: str, width: int) -> None:
    lines = wrap(text, width)
    assert all(display_width(text[s:e]) <= width for s, e in lines)
    kept = "".join(text[s:e] for s, e in lines).replace(" ", "")
    assert kept == text.replace(" ", "")  # only spaces are dropped, nothing else lost
    cuts = {s for s, _ in lines[1:]}
    for word in ("كيم", "جونغ", "Kremlin.ru"):
        start = text.find(word)
        while start >= 0:
            assert not any(start < c < start + len(word) for c in cuts), (text, word)
            start = text.find(word, start + 1)


def test_a_word_longer_than_the_line_is_cut_between_letters_not_marks() -> None:
    word = "مَدْرَسَةٌ" * 4
    lines = wrap(word, 10)
    assert len(lines) == 2
    for start, end in lines:
        assert unicodedata.category(word[start]) != "Mn"
        assert display_width(word[start:end]) <= 10


# -- visual order --------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["كيم", "جونغ", "أون", "Kremlin", ".ru", "2019", "15", "،", " ", "(", ")"]),
        max_size=20,
    ).map("".join)
)
def test_visual_order_is_python_bidis_display_order(line: str) -> None:
    order = visual_order(line, rtl=True)
    assert sorted(order) == list(range(len(line)))
    assert "".join(line[i] for i in order) == get_display(line, base_dir="R")


def test_visual_text_mirrors_brackets_keeps_marks_and_reads_numbers_left_to_right() -> None:
    shown = visual("كيم جونغ أون (Kremlin.ru) في عام 2019", rtl=True)
    assert "(Kremlin.ru)" in shown and "2019" in shown
    assert visual("(مرحبا) عالم", rtl=True).endswith("(ﺎﺒﺣﺮﻣ)")  # opening bracket on the right
    marked = visual("مَدْرَسَةٌ", rtl=True)
    assert sum(unicodedata.category(c) == "Mn" for c in marked) == 5  # no mark was dropped
    assert unicodedata.category(marked[0]) != "Mn"  # each mark follows the letter it is on
    assert marked.replace("\u064e", "").replace("\u0652", "").replace("\u064c", "") == "ﺔﺳﺭﺪﻣ"


def test_bidi_controls_in_the_text_cannot_reverse_what_is_shown() -> None:
    assert neutralise("a\u202eb") == "a⟨RLO⟩b"
    shown = visual("قال \u202e2019 Kremlin.ru", rtl=True)
    assert "2019" in shown and "Kremlin.ru" in shown and "\u202e" not in shown


def test_right_to_left_paragraphs_end_at_the_right_edge() -> None:
    text = (ROOT / "resources" / "sample" / "ar.txt").read_text(encoding="utf-8").split("\n\n")[3]
    lines = render_paragraph([(text, None)], True, Rendering(width=60))
    assert len(lines) > 2
    assert all(display_width(line) == 60 for line in lines)
    logical = render_paragraph([(text, None)], True, Rendering(width=60, visual=False))
    assert "".join(logical).replace(" ", "") == text.replace(" ", "")


def test_colour_follows_no_color_and_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    class Tty:
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_color("auto", Tty()) is True  # type: ignore[arg-type]
    assert use_color("auto", sys.stdout) is False or sys.stdout.isatty()
    assert use_color("never", Tty()) is False  # type: ignore[arg-type]
    monkeypatch.setenv("NO_COLOR", "1")
    assert use_color("auto", Tty()) is False  # type: ignore[arg-type]
    assert use_color("always", Tty()) is True  # type: ignore[arg-type]


# -- reader show ---------------------------------------------------------------------------------


def test_show_prints_the_source_by_default(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", str(sample), "--width", "70"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Vladimir Putin dan Kim Jong Un")
    assert all(display_width(line) <= 70 for line in lines)
    assert not any(line.startswith("!") for line in lines)  # the source has no warning banner


def test_show_machine_translation_has_banner_and_notice(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", str(sample), "--lang", "ar@1", "--width", "80"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "! Machine translation from Indonesian: it may be inaccurate"
    assert any("DigitalSiber.id" in line for line in lines[-3:])
    arabic = [line for line in lines if any(is_arabic_form(c) for c in line)]
    assert arabic and all(display_width(line) == 80 for line in arabic)
    assert not any("أنشرها" in line or "ﺎﻫﺮﺸﻧﺃ" in line for line in lines)  # boilerplate dropped


def test_show_a_post_edited_revision_says_what_it_is(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--lang ar` is the latest Arabic revision, post-edited: its banner line is printed too,
    as information (no "!"), and the source still prints none."""
    assert main(["show", str(sample), "--lang", "ar", "--width", "80"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "i Post-edited translation from Indonesian"
    assert main(["show", str(sample), "--lang", "id", "--width", "80"]) == 0
    assert capsys.readouterr().out.startswith("Vladimir Putin")


def test_show_logical_prints_the_text_as_stored(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", str(sample), "--lang", "ar", "--width", "1000", "--logical"]) == 0
    out = capsys.readouterr().out
    article = load([sample])
    version = article.find(VersionKey("ar", 2))
    assert version is not None
    for paragraph in version.paragraphs:
        assert paragraph.text in out


def test_show_a_loose_file_and_bad_choices(
    seed: Path, sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["show", str(seed), "--width", "50"]) == 0
    assert capsys.readouterr().out.startswith("! Machine translation from Indonesian")
    assert main(["show", str(sample), "--lang", "de"]) == 2
    err = capsys.readouterr().err
    assert (
        err.startswith("reader: error: --lang de@latest: no such version") and err.count("\n") == 1
    )
    assert main(["show", str(sample), "--width", "5"]) == 2


# -- in a real terminal --------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_show_in_tmux_reads_right_to_left(sample: Path) -> None:
    """Run ``reader show --lang ar --width 60`` in an 80x40 tmux pane and read the pane."""
    socket = f"reader-test-{os.getpid()}"
    tmux = ["tmux", "-L", socket, "-f", "/dev/null", "-u"]
    command = (
        f"{shlex.quote(sys.executable)} -m reader show {shlex.quote(str(sample))} "
        "--lang ar --width 60 --color never; echo __END__; sleep 30"
    )
    env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    subprocess.run(
        [*tmux, "new-session", "-d", "-x", "80", "-y", "40", "-s", "show", command],
        check=True,
        cwd=ROOT,
        env=env,
    )
    try:
        pane = ""
        for _ in range(100):
            pane = subprocess.run(
                [*tmux, "capture-pane", "-p", "-S", "-200", "-t", "show"],
                capture_output=True,
                text=True,
                check=True,
                env=env,
            ).stdout
            if "__END__" in pane:
                break
            time.sleep(0.2)
    finally:
        subprocess.run([*tmux, "kill-server"], check=False, env=env)
    assert "__END__" in pane, pane
    lines = [line.rstrip() for line in pane.split("__END__")[0].splitlines()]
    shown = [line for line in lines if line.strip() and not line.startswith("$")]

    article = load([sample])
    version = article.find(VersionKey("ar", 2))
    assert version is not None
    # Each wrapped line shows its words in the order the whole paragraph shows them (levels
    # resolved on the paragraph, then each line reordered), as many as it holds.
    expected: list[tuple[list[str], int]] = []
    for paragraph in version.paragraphs:
        shaped = shape(paragraph.text)
        whole = expected_visual(shaped).split()
        expected += [(whole, len(shaped[s:e].split())) for s, e in wrap(shaped, 60)]

    arabic = [line for line in shown if any(is_arabic_form(c) for c in line)]
    assert len(arabic) == len(expected)
    for line, (whole, count) in zip(arabic, expected, strict=True):
        assert display_width(line) == 60, f"not flush with column 60: {line!r}"
        words = iter(whole)
        assert all(word in words for word in line.split()), "words out of visual order"
        assert len(line.split()) == count
    joined = "\n".join(shown)
    assert "2019" in joined and "Kremlin.ru" in joined  # ASCII reads left to right
    assert "9102" not in joined and "ur.nilmerK" not in joined
