"""Refusals, remarks, command output, help and tool tips are each one translated message.

The pseudo-translation of ``test_present`` wraps every message in ⟦ ⟧: a sentence composed whole
comes out as one bracketed message, and text glued from fragments shows up outside the brackets
(``outside_messages``). Here it runs over every hostile input the loader refuses or remarks on,
over what the commands print, and over the reading view's tool tips; and the English counts take
their plural forms.
"""

from __future__ import annotations

import codecs
import gettext
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.cli import COMMANDS, main
from reader.core.align.aligner import Bead
from reader.core.checks.run import FindingKind, check_article
from reader.core.errors import ReaderError, display_path
from reader.core.i18n import use_translations
from reader.core.ingest.encodings import MAX_BYTES, decode, read_text_file
from reader.core.ingest.loading import load, load_folder
from reader.core.present.alignment import bead_description
from tests.hostile.corpus import SAMPLE, cases
from tests.test_present import Pseudo, outside_messages

CHECKS = Path(__file__).parent / "data" / "checks"


@pytest.fixture
def pseudo() -> Iterator[None]:
    use_translations(Pseudo())
    yield
    use_translations(gettext.NullTranslations())


def _languages(args: tuple[str, ...]) -> list[str]:
    return [args[i + 1] for i, arg in enumerate(args) if arg == "--lang"]


def _message(error: ReaderError) -> str:
    """The error's message without the file it names (a location, the same in every language)."""
    where = f"{display_path(error.path)}: " if error.path is not None else ""
    text = str(error)
    assert text.startswith(where)
    return text.removeprefix(where)


# -- the loader: the hostile corpus and the refusals it does not reach ---------------------------


def test_every_refusal_and_remark_of_the_hostile_corpus_is_one_message(
    pseudo: None, tmp_path: Path
) -> None:
    messages: list[tuple[str, str]] = []
    for case in cases(MAX_BYTES):
        folder = tmp_path / case.name
        folder.mkdir()
        paths = case.build(folder)
        try:
            article = load(paths, languages=_languages(case.args))
        except ReaderError as error:
            messages.append((case.name, _message(error)))
            continue
        remarks = [*article.remarks, *(r for v in article.versions for r in v.remarks)]
        messages += [(case.name, remark) for remark in remarks]

    assert [(name, message) for name, message in messages if outside_messages(message)] == []
    assert len(messages) > 60  # refusals and remarks of every input class


def test_refusals_the_corpus_does_not_reach_are_one_message(pseudo: None, tmp_path: Path) -> None:
    short = tmp_path / "short.txt"
    short.write_bytes("مرحبا".encode("cp1256"))
    attempts = [
        lambda: read_text_file(short, encoding="klingon-8"),
        lambda: read_text_file(short, encoding="utf-8"),
        lambda: read_text_file(short),  # too short to tell the code pages apart
        lambda: read_text_file(short, max_bytes=4),
        lambda: decode(("ロシアのプーチン大統領は関係を拡大すると述べた。" * 20).encode("sjis")),
        lambda: decode(codecs.BOM_UTF8 + b"caf\xe9"),
    ]
    for attempt in attempts:
        with pytest.raises(ReaderError) as raised:
            attempt()
        assert outside_messages(_message(raised.value)) == "", raised.value


def test_sizes_and_counts_take_their_plural_forms(tmp_path: Path) -> None:
    two = tmp_path / "two.txt"
    two.write_bytes(b"ab")
    with pytest.raises(ReaderError, match=r"two\.txt: is 2 bytes; .* up to 1 byte$"):
        read_text_file(two, max_bytes=1)
    cut = ("خبر " * 10).encode()
    assert decode(cut + "ب".encode()[:1]).remarks[0].endswith("its last 1 byte shows as \ufffd")
    assert decode(cut + "😀".encode()[:2]).remarks[0].endswith("its last 2 bytes show as \ufffd")
    assert decode("خبر \ufdd0 عاجل".encode()).remarks[0].startswith("1 noncharacter (such as")
    assert decode("خبر \ufdd0\ufdd1 عاجل".encode()).remarks[0].startswith("2 noncharacters")
    with pytest.raises(ReaderError, match=r"^2 languages given for 1 file$"):
        load([two], languages=["ar", "id"])
    one = tmp_path / "one.txt"
    one.write_text("عنوان\n\nراجع \u202easean.org\u202c اليوم.", encoding="utf-8")
    (remark,) = load([one], languages=["ar"]).versions[0].remarks
    assert remark == (
        "2 bidi control characters (RLO, PDF) in paragraph 1: they could reorder the text, so "
        "Reader shows them as markers instead of obeying them"
    )
    one.write_text("عنوان\n\nراجع \u2067asean.org اليوم.\n\n\u2067...", encoding="utf-8")
    (remark,) = load([one], languages=["ar"]).versions[0].remarks
    assert remark == (
        "2 bidi control characters (RLI) in paragraphs 1, 2: they could reorder the text, so "
        "Reader shows them as markers instead of obeying them"
    )


@pytest.mark.parametrize(
    ("bead", "expected"),
    [
        (Bead((3,), (), 0.41), "Alignment: no counterpart in the other version; confidence 0.41"),
        (
            Bead((), (4,), 0.5),
            "Alignment: added: no counterpart in the other version; confidence 0.50",
        ),
        (Bead((1,), (1,), 0.55), "Alignment: one paragraph against one; confidence 0.55"),
        (Bead((1,), (1, 2), 0.9), "Alignment: 1 paragraph against 2; confidence 0.90"),
        (Bead((3, 4), (5,), 0.8), "Alignment: 2 paragraphs against 1; confidence 0.80"),
    ],
)
def test_a_margin_mark_says_the_group_s_shape(bead: Bead, expected: str) -> None:
    assert bead_description(bead) == expected


# -- the commands --------------------------------------------------------------------------------


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str], str]:
    status = main(args)
    captured = capsys.readouterr()
    return status, captured.out.splitlines(), captured.err


def test_what_the_commands_print_is_one_message_a_line(
    pseudo: None, capsys: pytest.CaptureFixture[str]
) -> None:
    status, lines, _err = _run(["check", str(SAMPLE)], capsys)
    assert status == 1 and len(lines) > 5
    assert [line for line in lines if outside_messages(line)] == []

    _status, lines, _err = _run(["align", str(SAMPLE / "id.txt"), str(SAMPLE / "ar.txt")], capsys)
    header, blank, headings, *_rows, blank_again, summary = lines
    assert blank == blank_again == ""
    assert outside_messages(header) == outside_messages(summary) == ""
    assert outside_messages(headings).strip() == ""  # the columns' headings, and their padding

    show = ["show", str(SAMPLE), "--lang", "ar@1", "--width", "1000", "--color", "never"]
    _status, lines, _err = _run([*show, "--logical"], capsys)
    assert outside_messages(lines[0]) == "" and lines[0].startswith("⟦! ⟦Machine translation")
    assert outside_messages(lines[-1]) == "" and lines[-1].startswith("⟦Publisher's notice: ")

    revisions = [str(SAMPLE / "ar.txt"), str(SAMPLE / "ar-2.txt")]
    _status, lines, _err = _run(["diff", *revisions, "--color", "never"], capsys)
    assert outside_messages(lines[-1]) == ""


def test_every_finding_says_what_it_found_in_one_message(pseudo: None) -> None:
    """The checks' messages over the labelled set, where every kind of finding is met."""
    kinds = set()
    for folder in sorted(p for p in CHECKS.iterdir() if (p / "labels.toml").is_file()):
        for findings in check_article(load_folder(folder)).values():
            for finding in findings:
                kinds.add(finding.check)
                assert finding.message.startswith("⟦"), (folder.name, finding.message)
                assert outside_messages(finding.message) == "", (folder.name, finding.message)
    assert kinds == set(FindingKind)


_PARAGRAPH_ROW = re.compile(r"  +\d+ (title|caption|body) +(rtl|ltr)  .*")


def test_what_info_prints_is_one_message_a_line(
    pseudo: None, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Each line of ``reader info`` is a message (indented under its version), or a row of a
    paragraph's number, role, direction and text (data, as in --json); remarks included."""
    rlo = next(c for c in cases(MAX_BYTES) if c.name == "rlo-unbalanced")
    for paths in ([SAMPLE], [CHECKS / "04-goto"], rlo.build(tmp_path)):
        status, lines, _err = _run(["info", *map(str, paths)], capsys)
        assert status == 0
        words = [line for line in lines if line and not _PARAGRAPH_ROW.fullmatch(line)]
        assert len(words) >= 4
        assert [line for line in words if outside_messages(line).strip()] == []


@pytest.mark.parametrize(
    "args",
    [
        ["info", str(SAMPLE)],
        ["check", str(SAMPLE)],
        ["check", str(CHECKS / "06-ukraine-aid")],
        ["align", str(SAMPLE / "id.txt"), str(SAMPLE / "ar.txt")],
        ["diff", str(SAMPLE / "ar.txt"), str(SAMPLE / "ar-2.txt")],
        ["info", str(SAMPLE / "id.txt"), str(SAMPLE / "id.txt"), "--lang", "id", "--lang", "xx"],
    ],
)
def test_json_is_english_whatever_the_reader_s_language(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Scripts read --json: its document (and any error) is the same with a catalog installed."""
    english = _run([*args, "--json"], capsys)
    use_translations(Pseudo())
    try:
        translated = _run([*args, "--json"], capsys)
        without_json = _run(args, capsys)
    finally:
        use_translations(gettext.NullTranslations())
    assert translated == english
    assert "⟦" in without_json[2] + "".join(without_json[1])  # the catalog was in use


SAMPLE_ID = str(SAMPLE / "id.txt")


@pytest.mark.parametrize(
    ("args", "aside"),
    [
        (["check", "a.txt", "b.txt", "c.txt"], ""),
        (["check", str(SAMPLE), "--source-lang", "id"], ""),
        (["check", "missing.txt"], "missing.txt: "),  # one file alone is checked
        (["align", str(SAMPLE), SAMPLE_ID], f"{SAMPLE}: "),
        (["diff", SAMPLE_ID, SAMPLE_ID, "--lang", "xx"], ""),
        (["diff", SAMPLE_ID, SAMPLE_ID, "--width", "5"], ""),
        (["snapshot", "-o", "x.png", "--size", "huge"], ""),
        (["snapshot", "-o", "x.png", "--size", "100x100"], ""),
        (["snapshot", "-o", "x.png", "--left", "xx@2"], ""),
        (["snapshot", "-o", "nowhere/x.png"], "nowhere: "),
        (["show", str(SAMPLE), "--lang", "de"], ""),
        (["info", "missing.txt"], "missing.txt: "),
        (["info", SAMPLE_ID, "--encoding", "klingon-8"], f"{SAMPLE_ID}: "),
    ],
)
def test_every_refusal_of_the_commands_is_one_message(
    args: list[str],
    aside: str,
    pseudo: None,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What stands outside the message is the file it names (argparse's own frame, "argument
    --size: ...", is a message too: reader.cli translates argparse)."""
    monkeypatch.chdir(tmp_path)
    status, lines, err = _run(args, capsys)
    assert status == 2 and lines == []
    assert err.startswith("reader: error: ") and err.count("\n") == 1
    assert outside_messages(err.removeprefix("reader: error: ").rstrip("\n")) == aside


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_option_s_help_is_one_message(
    command: str, pseudo: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    help_text = capsys.readouterr().out
    # From the first section on (the description above it is cli.py's); argparse's own words
    # (headings, its --help) are in its own catalog.
    sections = help_text[re.search(r"^\S.*:$", help_text, re.M).start() :]  # type: ignore[union-attr]
    options = "\n".join(
        line
        for line in sections.splitlines()
        if not re.fullmatch(r"\S.*:|\s+-h, --help\s+show this help message and exit", line)
    )
    words = re.findall(r"[a-z]+ [a-z]+", outside_messages(options))
    assert words == [], help_text
    assert options.count("⟦") >= 2  # every command has at least two arguments


# -- the window: settings, the reading view ------------------------------------------------------


def test_settings_problems_are_one_message(pseudo: None, tmp_path: Path) -> None:
    from reader.ui import settings

    (tmp_path / "settings.ini").write_bytes(b"[reading]\nfont_size=20\n\x00\n")
    (tmp_path / "state.ini").write_text("[view]\ncompare=maybe\n", encoding="utf-8")
    store = settings.Store(tmp_path)
    store.get(settings.COMPARE)
    (tmp_path / "blocked").write_text("not a folder", encoding="utf-8")
    blocked = settings.Store(tmp_path / "blocked" / "reader")
    problems = [*store.problems, *blocked.problems]
    assert len(problems) == 3
    assert [p for p in problems if outside_messages(p)] == []


def test_the_reading_view_s_tips_are_one_message(pseudo: None, open_window, tmp_path: Path) -> None:
    from PySide6.QtGui import QTextCursor

    from reader.core.model import VersionKey

    window = open_window(left=VersionKey("ar", 1), right=VersionKey("ar", 2))
    banner, bar = window.left.banner, window.revisions  # ar@1: machine, with the notice
    tips = [
        banner.previous_finding.toolTip(),
        banner.next_finding.toolTip(),
        banner.toggle.toolTip(),
        banner.notice.text(),
        bar.previous.toolTip(),
        bar.next.toolTip(),
        bar.inline.text(),
        bar.inline.toolTip(),
        *{h.tip for pane in (window.left, window.right) for h in pane.view.highlights()},
    ]
    assert banner.notice.text().startswith("⟦Publisher's notice: ")
    assert len({h.kind for h in window.right.view.highlights()}) >= 2
    assert [tip for tip in tips if not tip or outside_messages(tip)] == []

    case = next(c for c in cases(MAX_BYTES) if c.name == "rlo-unbalanced")
    assert window.open_paths(case.build(tmp_path))
    view = window.right.view
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.toPlainText().index("⟨RLO⟩") + 2)
    tip = cursor.charFormat().toolTip()
    assert tip.startswith("⟦A bidi control character") and outside_messages(tip) == ""
