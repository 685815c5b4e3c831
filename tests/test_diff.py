"""The word-level difference: tokens, the reproduction contract, whole Arabic words, minor
changes, minimality against diff-match-patch, and ``reader diff`` on the command line."""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from pathlib import Path

import pytest
from diff_match_patch import diff_match_patch
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.cli import main
from reader.core.compare import lcs
from reader.core.compare.ops import DiffOp, Op, changed_word_count, new_text, old_text, summarize
from reader.core.compare.paragraphs import diff_paragraphs, summarize_rows
from reader.core.compare.words import diff_text
from reader.core.ingest.loading import load
from reader.core.model import VersionKey
from reader.core.text.tokens import comparison_key, is_wordlike, kind_of, token_texts, tokenize

PAIRS = Path(__file__).parent / "data" / "diff"

# -- strategies: text made of the pieces that break naive diffs -------------------------------

ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى"
HARAKAT = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670"]
PIECES = st.one_of(
    st.text(ARABIC_LETTERS, min_size=1, max_size=6),
    st.sampled_from([*HARAKAT, "\u0640", "\u200d", "\u200c"]),
    st.text("abcdeKLMéü", min_size=1, max_size=6),
    st.sampled_from(["e\u0301", "\u0301", "ウクライナ", "金", "正", "恩", "ですね", "。", "，"]),
    st.sampled_from([" ", " ", " ", "  ", "\n", "\n\n", "\t", "\u00a0"]),
    st.sampled_from([".", "،", "؟", "(", ")", '"', "-", "/", ":", "'", "’", "👨\u200d👩"]),
    st.text("0123456789٠١٢٣", min_size=1, max_size=4),
)
TEXTS = st.lists(PIECES, max_size=30).map("".join)


def _edited(draw: st.DrawFn) -> tuple[str, str]:
    """A text and a revision of it: pieces replaced, dropped, added, vowel marks changed."""
    pieces = draw(st.lists(PIECES, min_size=1, max_size=30))
    revised = list(pieces)
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(revised)))
        action = draw(st.sampled_from(["replace", "drop", "add", "mark"]))
        if action == "add" or not revised:
            revised.insert(at, draw(PIECES))
        elif action == "drop":
            del revised[min(at, len(revised) - 1)]
        elif action == "replace":
            revised[min(at, len(revised) - 1)] = draw(PIECES)
        else:
            revised.insert(at, draw(st.sampled_from(HARAKAT)))
    return "".join(pieces), "".join(revised)


EDITED = st.composite(_edited)()


def boundaries(text: str) -> set[int]:
    return {token.start for token in tokenize(text)} | {len(text)}


def op_boundaries(ops: list[Op]) -> tuple[list[int], list[int]]:
    """Where each operation ends, in the old text and in the new."""
    old_ends, new_ends = [], []
    at_old = at_new = 0
    for op in ops:
        if op.op != DiffOp.INSERT:
            at_old += len(op.text)
            old_ends.append(at_old)
        if op.op != DiffOp.DELETE:
            at_new += len(op.text)
            new_ends.append(at_new)
    return old_ends, new_ends


def arabic_words(text: str) -> list[tuple[int, int]]:
    return [
        (t.start, t.end)
        for t in tokenize(text)
        if t.kind == "word" and any("\u0600" <= ch <= "\u06ff" for ch in t.text)
    ]


# -- tokens --------------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_tokens_rebuild_the_text_and_never_start_with_a_mark(text: str) -> None:
    tokens = tokenize(text)
    assert "".join(t.text for t in tokens) == text
    assert all(t.text == text[t.start : t.end] for t in tokens)
    for token in tokens:
        assert token.kind == kind_of(token.text)
        first = token.text[0]
        if token.start and text[token.start - 1] not in "\r\n":
            # A mark or joiner belongs to the character before it, never starts a token.
            assert unicodedata.category(first) not in ("Mn", "Mc", "Me"), (text, token)
            assert first not in "\u200c\u200d", (text, token)


def test_arabic_words_keep_their_marks_tatweel_and_joiners() -> None:
    tokens = tokenize('مَدْرَسَةٌ بـ"الجمهوريتين می\u200cخواهم، 2019.')
    assert [(t.text, t.kind) for t in tokens] == [
        ("مَدْرَسَةٌ", "word"),
        (" ", "space"),
        ("بـ", "word"),
        ('"', "punct"),
        ("الجمهوريتين", "word"),
        (" ", "space"),
        ("می\u200cخواهم", "word"),
        ("،", "punct"),
        (" ", "space"),
        ("2019", "number"),
        (".", "punct"),
    ]


def test_scripts_without_spaces_are_cut_into_characters_and_numbers_stay_whole() -> None:
    assert token_texts("金正恩ウクライナです。") == [
        "金",
        "正",
        "恩",
        "ウクライナ",
        "で",
        "す",
        "。",
    ]
    assert token_texts("١٬٠٠٠٫٥ 1.000,5 15:30") == ["١٬٠٠٠٫٥", " ", "1.000,5", " ", "15:30"]
    assert token_texts("Kremlin.ru aujourd'hui") == ["Kremlin", ".", "ru", " ", "aujourd'hui"]


def test_comparison_key_ignores_vowel_marks_and_tatweel_only() -> None:
    assert comparison_key("كَتَبَ") == comparison_key("كتب") == "كتب"
    assert comparison_key("بـ") == comparison_key("ب")
    assert comparison_key("e\u0301") == comparison_key("é")  # NFC
    assert comparison_key("كتب") != comparison_key("كتاب")
    assert comparison_key("Cat") != comparison_key("cat")


# -- the contract --------------------------------------------------------------------------------


def check_contract(old: str, new: str, ops: list[Op]) -> None:
    assert old_text(ops) == old
    assert new_text(ops) == new
    assert all(op.text and isinstance(op.op, DiffOp) for op in ops)
    old_ends, new_ends = op_boundaries(ops)
    assert set(old_ends) <= boundaries(old), "a change boundary cuts a token of the old text"
    assert set(new_ends) <= boundaries(new), "a change boundary cuts a token of the new text"
    for text, ends in ((old, old_ends), (new, new_ends)):
        for start, end in arabic_words(text):
            assert not any(start < cut < end for cut in ends), f"cut inside {text[start:end]!r}"


@settings(max_examples=300, deadline=None)
@given(TEXTS, TEXTS)
def test_any_two_texts_are_reproduced_exactly(old: str, new: str) -> None:
    check_contract(old, new, diff_text(old, new))


@settings(max_examples=300, deadline=None)
@given(EDITED)
def test_revisions_are_reproduced_and_cut_only_between_words(pair: tuple[str, str]) -> None:
    old, new = pair
    ops = diff_text(old, new)
    check_contract(old, new, ops)
    # Adjacent operations never have the same kind and flag: they were merged.
    assert all((a.op, a.minor) != (b.op, b.minor) for a, b in itertools.pairwise(ops)), ops


@settings(max_examples=200, deadline=None)
@given(EDITED)
def test_changed_words_are_the_fewest_possible(pair: tuple[str, str]) -> None:
    old, new = pair
    assert changed_word_count(old, new, diff_text(old, new)) == least_changed_words(old, new)


def least_changed_words(old: str, new: str) -> int:
    """An independent lower bound: both texts' words minus twice their longest common
    subsequence (plain dynamic programming)."""
    a = [t for t in token_texts(old) if is_wordlike(kind_of(t))]
    b = [t for t in token_texts(new) if is_wordlike(kind_of(t))]
    row = [0] * (len(b) + 1)
    for x in a:
        previous_diagonal = 0
        for j, y in enumerate(b, 1):
            previous_diagonal, row[j] = (
                row[j],
                previous_diagonal + 1 if x == y else max(row[j], row[j - 1]),
            )
    return len(a) + len(b) - 2 * row[-1]


def test_a_change_inside_an_arabic_word_marks_the_whole_word() -> None:
    ops = diff_text("يلتقي الزعيمان", "التقى الزعيمان")
    assert ops == [
        Op(DiffOp.DELETE, "يلتقي"),
        Op(DiffOp.INSERT, "التقى"),
        Op(DiffOp.EQUAL, " الزعيمان"),
    ]


def test_vowel_marks_or_tatweel_alone_are_a_minor_change() -> None:
    ops = diff_text("كَتَبَ الولد الدرس", "كتب الولد الدَّرس")
    assert ops == [
        Op(DiffOp.DELETE, "كَتَبَ", minor=True),
        Op(DiffOp.INSERT, "كتب", minor=True),
        Op(DiffOp.EQUAL, " الولد "),
        Op(DiffOp.DELETE, "الدرس", minor=True),
        Op(DiffOp.INSERT, "الدَّرس", minor=True),
    ]
    summary = summarize(ops)
    assert (summary.words_inserted, summary.words_deleted, summary.minor_changes) == (0, 0, 2)


def test_spaces_stay_outside_changes_where_they_can() -> None:
    assert diff_text("x A y", "x y") == [
        Op(DiffOp.EQUAL, "x "),
        Op(DiffOp.DELETE, "A "),
        Op(DiffOp.EQUAL, "y"),
    ]
    assert diff_text("the cat sat", "the dog sat") == [
        Op(DiffOp.EQUAL, "the "),
        Op(DiffOp.DELETE, "cat"),
        Op(DiffOp.INSERT, "dog"),
        Op(DiffOp.EQUAL, " sat"),
    ]
    # Two neighbouring replaced words read as one change, not as "[-a-]{+b+} [-c-]{+d+}".
    assert diff_text("x a c y", "x b d y") == [
        Op(DiffOp.EQUAL, "x "),
        Op(DiffOp.DELETE, "a c"),
        Op(DiffOp.INSERT, "b d"),
        Op(DiffOp.EQUAL, " y"),
    ]


def test_punctuation_stays_with_its_word() -> None:
    ops = diff_text("قالت الوكالة، يوم الاثنين.", "قالت الوكالة يوم الثلاثاء.")
    assert Op(DiffOp.DELETE, "،") in ops
    assert Op(DiffOp.DELETE, "الاثنين") in ops and Op(DiffOp.INSERT, "الثلاثاء") in ops
    assert ops[-1] == Op(DiffOp.EQUAL, ".")


def test_the_sample_revisions_show_the_post_editors_fixes(sample: Path) -> None:
    old = (sample / "ar.txt").read_text(encoding="utf-8")
    new = (sample / "ar-2.txt").read_text(encoding="utf-8")
    ops = diff_text(old, new)
    check_contract(old, new, ops)
    deleted = [op.text for op in ops if op.op == DiffOp.DELETE and not op.minor]
    inserted = [op.text for op in ops if op.op == DiffOp.INSERT and not op.minor]
    assert "برساما" in deleted and "مع" in inserted  # bersama, transliterated
    assert any("رويترز" in text for text in deleted)  # the invented Reuters byline
    assert any("أنشرها" in text for text in deleted)  # the share-widget leftover
    assert "عن وكالة الأنباء المركزية الكورية " in deleted  # "KCNA quoted from KCNA"
    assert "يلتقي" in deleted and "التقى" in inserted  # tense
    assert any("DigitalSiber.id" in text for text in deleted)  # the notice
    assert [op.text for op in ops if op.minor] == ["ب", "بـ"]  # the joined preposition
    summary = summarize(ops)
    assert summary.minor_changes == 1
    assert summary.words_deleted > summary.words_inserted > 0


def test_paragraphs_align_for_the_two_panes(sample: Path) -> None:
    article = load([sample])
    first, second = article.find(VersionKey("ar", 1)), article.find(VersionKey("ar", 2))
    assert first is not None and second is not None
    old_paragraphs = [p.text for p in first.paragraphs]
    new_paragraphs = [p.text for p in second.paragraphs]
    rows = diff_paragraphs(old_paragraphs, new_paragraphs)
    assert [(r.old_index, r.new_index) for r in rows] == [(i, i) for i in range(10)]
    changed = [r.old_index for r in rows if r.changed]
    assert changed == [0, 1, 2, 3, 5, 6, 7, 8, 9]  # "من ناحية أخرى..." was left as it was
    for row in rows:
        assert old_text(row.ops) == old_paragraphs[row.old_index]
        assert new_text(row.ops) == new_paragraphs[row.new_index]
    assert summarize_rows(rows).paragraphs_changed == 9


def test_unmatched_paragraphs_are_deleted_or_inserted_whole() -> None:
    old = ["Title", "A paragraph about the budget deficit.", "Notice."]
    new = ["Title", "A paragraph about the state budget deficit.", "Something new entirely."]
    rows = diff_paragraphs(old, new)
    assert [(r.old_index, r.new_index) for r in rows] == [(0, 0), (1, 1), (2, None), (None, 2)]
    assert rows[2].ops == (Op(DiffOp.DELETE, "Notice."),)
    assert summarize_rows(rows).paragraphs_changed == 3


# -- minimality against diff-match-patch ---------------------------------------------------------


def dmp_ops(old: str, new: str, words: bool, semantic: bool) -> list[Op]:
    """diff-match-patch, in word mode (each token one character) or character by character."""
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0  # no time-out: its best answer
    if words:
        table: dict[str, str] = {}

        def encode(text: str) -> str:
            return "".join(table.setdefault(t, chr(0x4E00 + len(table))) for t in token_texts(text))

        diffs = dmp.diff_main(encode(old), encode(new), False)
        back = {c: t for t, c in table.items()}
        diffs = [(kind, "".join(back[c] for c in chars)) for kind, chars in diffs]
    else:
        diffs = dmp.diff_main(old, new)
    if semantic:
        diffs_list = [list(d) for d in diffs]
        dmp.diff_cleanupSemantic(diffs_list)
        diffs = [tuple(d) for d in diffs_list]
    names = {-1: DiffOp.DELETE, 0: DiffOp.EQUAL, 1: DiffOp.INSERT}
    return [Op(names[kind], text) for kind, text in diffs]


def pairs() -> list[tuple[str, str, str]]:
    found = []
    for old_path in sorted(PAIRS.glob("*.old.txt")):
        new_path = old_path.with_name(old_path.name.replace(".old.", ".new."))
        found.append(
            (
                old_path.name.removesuffix(".old.txt"),
                old_path.read_text(encoding="utf-8"),
                new_path.read_text(encoding="utf-8"),
            )
        )
    return found


def test_there_are_hand_written_pairs_in_each_language() -> None:
    names = [name for name, _, _ in pairs()]
    assert {name.split("-")[0] for name in names} >= {"ar", "en", "id", "zh"}


@pytest.mark.parametrize(("name", "old", "new"), pairs(), ids=[p[0] for p in pairs()])
def test_no_more_changed_words_than_diff_match_patch(name: str, old: str, new: str) -> None:
    ours = diff_text(old, new)
    check_contract(old, new, ours)
    mine = changed_word_count(old, new, ours)
    assert mine == least_changed_words(old, new)
    for words, semantic in ((True, False), (True, True), (False, True)):
        theirs = changed_word_count(old, new, dmp_ops(old, new, words, semantic))
        assert mine <= theirs, (name, words, semantic, mine, theirs)


def test_diff_match_patch_semantic_cleanup_cuts_words_where_reader_does_not() -> None:
    old, new = "الرئيس يلتقي بالزعيم", "الرئيس التقى بالزعيم"
    theirs = dmp_ops(old, new, words=False, semantic=True)
    cut = op_boundaries(theirs)[0]
    assert any(start < c < end for start, end in arabic_words(old) for c in cut)
    assert changed_word_count(old, new, theirs) >= changed_word_count(old, new, diff_text(old, new))


def test_changed_word_count_sees_a_word_kept_equal_only_in_part() -> None:
    # "foo" kept equal while "bar" is appended: the word "foo" became "foobar", both changed.
    assert (
        changed_word_count(
            "foo x",
            "foobar x",
            [Op(DiffOp.EQUAL, "foo"), Op(DiffOp.INSERT, "bar"), Op(DiffOp.EQUAL, " x")],
        )
        == 2
    )
    assert changed_word_count("a b", "a b", [Op(DiffOp.EQUAL, "a b")]) == 0


# -- the long-input paths ------------------------------------------------------------------------


def test_long_repetitive_revisions_take_the_fast_path_and_stay_minimal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(lcs, "_MYERS_WHOLE", 200)
    calls: list[int] = []
    resync = lcs._resync

    def spy(a: list[int], b: list[int]) -> list[tuple[int, int, int]]:
        calls.append(len(a))
        return resync(a, b)

    monkeypatch.setattr(lcs, "_resync", spy)
    base = "وقال الزعيم كيم في الرسالة إن التعاون بين البلدين وصل إلى مستوى جديد . " * 40
    words = base.split(" ")
    for at in range(7, len(words), 53):
        words[at] = "تعديل"
    for at in range(30, len(words), 97):
        words[at] = words[at] + "َ"
    old, new = base, " ".join(words)
    ops = diff_text(old, new)
    check_contract(old, new, ops)
    assert calls, "the greedy resynchronisation was not exercised"
    assert changed_word_count(old, new, ops) == least_changed_words(old, new)


def test_unique_words_split_long_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lcs, "_MYERS_WHOLE", 20)
    anchors: list[int] = []
    unique = lcs._unique_anchors

    def spy(a: list[int], b: list[int]) -> list[tuple[int, int]]:
        found = unique(a, b)
        anchors.append(len(found))
        return found

    monkeypatch.setattr(lcs, "_unique_anchors", spy)
    for _, old, new in pairs():
        ops = diff_text(old, new)
        check_contract(old, new, ops)
        assert changed_word_count(old, new, ops) <= least_changed_words(old, new) + 4
    assert sum(anchors) > 0, "no text was split at unique words"


# -- the command line ----------------------------------------------------------------------------


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _both_sides(ops: list[dict]) -> tuple[str, str]:
    old = "".join(op["text"] for op in ops if op["op"] in ("equal", "delete"))
    new = "".join(op["text"] for op in ops if op["op"] in ("equal", "insert"))
    return old, new


def test_reader_diff_text_json_reproduces_both_files(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--text: the files' whole text as stored, notice and page debris included."""
    old_path, new_path = sample / "ar.txt", sample / "ar-2.txt"
    assert main(["diff", str(old_path), str(new_path), "--json", "--text"]) == 1
    ops = json.loads(capsys.readouterr().out)["ops"]
    assert _both_sides(ops) == (
        old_path.read_text(encoding="utf-8"),
        new_path.read_text(encoding="utf-8"),
    )


def test_reader_diff_text_of_an_article_folder_reproduces_both_files(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--text with --old and --new in a folder: the two versions' files as stored, as for two
    files named (it was refused, saying --old and --new were missing when both were given)."""
    args = [str(sample), "--old", "ar@1", "--new", "ar@2", "--text", "--json"]
    assert main(["diff", *args]) == 1
    data = json.loads(capsys.readouterr().out)
    assert _both_sides(data["ops"]) == (
        (sample / "ar.txt").read_text(encoding="utf-8"),
        (sample / "ar-2.txt").read_text(encoding="utf-8"),
    )
    assert data["language"] == "ar"


def test_reader_diff_json_reproduces_both_versions_paragraphs(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """By default the paragraphs the window compares: the notice and `أنشرها:` are set aside,
    not deleted; each side reads back as its paragraphs joined by blank lines."""
    old_path, new_path = sample / "ar.txt", sample / "ar-2.txt"
    assert main(["diff", str(old_path), str(new_path), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    ops = data["ops"]
    assert all(set(op) >= {"op", "text"} for op in ops)
    article = load([sample])
    old_version, new_version = article.find(VersionKey("ar", 1)), article.find(VersionKey("ar", 2))
    assert _both_sides(ops) == (
        "\n\n".join(p.text for p in old_version.paragraphs),
        "\n\n".join(p.text for p in new_version.paragraphs),
    )
    assert not any("أنشرها" in op["text"] or "DigitalSiber" in op["text"] for op in ops)
    assert data["language"] == "ar"
    assert data["summary"]["minor_changes"] == 1
    assert [op["text"] for op in ops if op.get("minor")] == ["ب", "بـ"]


def test_reader_diff_counts_what_the_window_counts(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One comparison for both: the window's "23 words deleted, 17 inserted, 9 paragraphs
    changed" is what `reader diff` prints, for two files or an article folder's versions."""
    from reader.core.compare.revisions import compare_revisions
    from reader.core.present.revisions import diff_totals

    article = load([sample])
    window = compare_revisions(article.find(VersionKey("ar", 1)), article.find(VersionKey("ar", 2)))
    assert (window.summary.words_deleted, window.summary.words_inserted) == (23, 17)
    assert window.summary.paragraphs_changed == 9
    files = [str(sample / "ar.txt"), str(sample / "ar-2.txt")]
    folder = [str(sample), "--old", "ar@1", "--new", "ar@2"]
    for args in (files, folder):
        assert main(["diff", *args, "--color", "never"]) == 1
        assert capsys.readouterr().out.splitlines()[-1] == diff_totals(window.summary)
        assert main(["diff", *args, "--json"]) == 1
        summary = json.loads(capsys.readouterr().out)["summary"]
        assert (summary["words_deleted"], summary["words_inserted"]) == (23, 17)
        assert summary["paragraphs_changed"] == 9


def test_reader_diff_of_an_article_folder_names_its_versions(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", str(sample), "--old", "ar@1", "--new", "ar@9"]) == 2
    assert "--new ar@9: no such version" in capsys.readouterr().err
    assert main(["diff", str(sample), "--old", "ar@1"]) == 2
    assert "--old L@REV and --new L@REV" in capsys.readouterr().err
    assert main(["diff", str(sample), "--old", "id", "--new", "id", "--json"]) == 0
    capsys.readouterr()


@pytest.mark.parametrize("width", [80, 60, 40, 30])
def test_diff_markers_never_wrap_away_from_their_words(
    sample: Path, capsys: pytest.CaptureFixture[str], width: int
) -> None:
    """At any width a `-]` or `[-` (and the other markers) stays glued to a changed word."""
    alone = re.compile(r"(^|\s)(-\]|\+\}|~\]|~\}|\[-|\{\+|\[~|\{~)(\s|$)")
    for mode in ([], ["--logical"]):
        args = [str(sample), "--old", "ar@1", "--new", "ar@2", "--width", str(width), *mode]
        assert main(["diff", *args, "--color", "never"]) == 1
        lines = capsys.readouterr().out.splitlines()
        assert [line for line in lines if alone.search(line)] == [], width


def test_reader_diff_reads_legacy_encodings_and_normalises_line_endings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "old.txt"
    old.write_bytes(
        "Kim bertemu Putin di Moskow pada hari Senin.\r\nBagian kedua.".encode("cp1252")
    )
    new = write(tmp_path, "new.txt", "Kim bertemu Putin di Moskwa pada hari Senin.\nBagian kedua.")
    assert main(["diff", str(old), new, "--json", "--lang", "id"]) == 1
    ops = json.loads(capsys.readouterr().out)["ops"]
    assert "".join(op["text"] for op in ops if op["op"] != "insert") == (
        "Kim bertemu Putin di Moskow pada hari Senin.\nBagian kedua."
    )
    assert [op["text"] for op in ops if op["op"] != "equal"] == ["Moskow", "Moskwa"]


def test_reader_diff_exit_status_is_zero_for_identical_texts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Vladimir Putin dan Kim Jong Un saling berkirim surat."
    a, b = write(tmp_path, "a.txt", text), write(tmp_path, "b.txt", text)
    assert main(["diff", a, b, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ops"] == [{"op": "equal", "text": text}]


def test_reader_diff_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = write(tmp_path, "a.txt", "Some English text that is long enough.")
    assert main(["diff", a, str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("reader: error: ") and "missing.txt" in err and err.count("\n") == 1
    assert main(["diff", a, a, "--lang", "xx"]) == 2
    assert "unknown language" in capsys.readouterr().err
    folder = [str(sample), "--old", "ar@1", "--new", "ar@2"]
    assert main(["diff", *folder, "--lang", "xx", "--json"]) == 2  # was "language": "xx", exit 1
    assert "unknown language" in capsys.readouterr().err
    assert main(["diff", a, a, "--width", "3"]) == 2
    capsys.readouterr()


def test_reader_diff_of_short_texts_needs_no_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = write(tmp_path, "a.txt", "يلتقي"), write(tmp_path, "b.txt", "التقى")
    assert main(["diff", a, b, "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["language"] is None
    assert [(op["op"], op["text"]) for op in data["ops"]] == [
        ("delete", "يلتقي"),
        ("insert", "التقى"),
    ]
    assert main(["diff", a, b, "--width", "20"]) == 1
    first = capsys.readouterr().out.splitlines()[0]
    assert len(first) == 20  # right-to-left all the same: the bidi probe decides


def test_reader_diff_text_marks_changes_without_colour_when_not_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    a = write(tmp_path, "a.txt", "The minister said the deficit is still within the safe limit.")
    b = write(tmp_path, "b.txt", "The minister said the deficit remains within the safe limit.")
    assert main(["diff", a, b, "--width", "100"]) == 1
    out = capsys.readouterr().out
    assert "\x1b[" not in out
    assert "[-is still-]{+remains+}" in out
    assert "1 word inserted, 2 deleted" in out
    assert main(["diff", a, b, "--width", "100", "--color", "always"]) == 1
    coloured = capsys.readouterr().out
    assert "\x1b[31;9mis still\x1b[0m" in coloured and "\x1b[32mremains\x1b[0m" in coloured
    monkeypatch.setenv("NO_COLOR", "1")
    assert main(["diff", a, b, "--color", "auto"]) == 1
    assert "\x1b[" not in capsys.readouterr().out


def test_reader_diff_prints_arabic_in_visual_order_unless_logical(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = write(tmp_path, "a.txt", "عندما يلتقي الزعيمان في عام 2019")
    b = write(tmp_path, "b.txt", "عندما التقى الزعيمان في عام 2019")
    assert main(["diff", a, b, "--width", "60", "--logical"]) == 1
    logical = capsys.readouterr().out.splitlines()[0]
    assert logical == "عندما [-يلتقي-]{+التقى+} الزعيمان في عام 2019"
    assert main(["diff", a, b, "--width", "60"]) == 1
    visual_line = capsys.readouterr().out.splitlines()[0]
    assert len(visual_line) == 60 and visual_line.endswith(
        "ﺎﻣﺪﻨﻋ"
    )  # flush right, read from the right
    assert "2019" in visual_line and re.search(r"\[-\S+-\]", visual_line)


@given(
    st.lists(st.sampled_from(["Kim bertemu Putin.", "Surat itu tiba.", "Baru", "كيم"]), max_size=5),
    st.lists(st.sampled_from(["Kim bertemu Putin.", "Surat tiba.", "Lain", "كيم"]), max_size=5),
)
@settings(max_examples=80, deadline=None)
def test_revision_ops_give_back_both_versions_paragraphs(old: list[str], new: list[str]) -> None:
    """Whatever is added, removed or changed, the flat difference reads back as each side's
    paragraphs joined by blank lines (the `reader diff --json` contract for paragraphs)."""
    from reader.core.compare.revisions import compare_revisions, revision_ops
    from reader.core.model import Direction, Origin, Paragraph, Role, Version

    def version(texts: list[str]) -> Version:
        paragraphs = tuple(Paragraph(Role.BODY, t, Direction.LTR) for t in texts)
        return Version("id", Origin.UNKNOWN, paragraphs)

    ops = revision_ops(compare_revisions(version(old), version(new)))
    assert old_text(ops) == "\n\n".join(old)
    assert new_text(ops) == "\n\n".join(new)
