"""Paragraph alignment: the aligner's edge cases, its anchors, the evaluation set against the
Gale–Church baseline, the seed article, and ``reader align`` (text table and JSON contract)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reader.core.align.search as search
from reader.cli import main
from reader.core.align.aligner import Alignment, Bead, align
from reader.core.align.anchors import name_keys, number_keys, paragraph_keys, weigh
from reader.core.ingest.loading import load_files
from tests.align_baseline import Case, gale_church, load_cases, pooled_f1, strict_f1

CASES = load_cases()
TARGET_F1 = 0.97


def spans(alignment: Alignment) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(bead.source, bead.target) for bead in alignment.beads]


def assert_covers(alignment: Alignment, n: int, m: int) -> None:
    """Every paragraph of both sides exactly once, in order, in consecutive runs."""
    assert [i for bead in alignment.beads for i in bead.source] == list(range(n))
    assert [j for bead in alignment.beads for j in bead.target] == list(range(m))
    for bead in alignment.beads:
        assert bead.source or bead.target
        for side in (bead.source, bead.target):
            assert list(side) == list(range(side[0], side[0] + len(side))) if side else True
        assert 0.0 <= bead.score <= 1.0


def paragraphs(path: Path, language: str) -> list[str]:
    version = load_files([path], languages=[language]).versions[0]
    return [p.text for p in version.paragraphs]


# -- edge cases -------------------------------------------------------------------------------

FLOOD = next(case for case in CASES if case.id == "flood-id-en")


def test_an_empty_side_leaves_every_other_paragraph_without_counterpart() -> None:
    assert spans(align([], ["a", "b"], "id", "ar")) == [((), (0,)), ((), (1,))]
    assert spans(align(["a", "b", "c"], [], "id", "ar")) == [((0,), ()), ((1,), ()), ((2,), ())]
    assert align([], [], "id", "ar").beads == ()


def test_one_paragraph_each_is_one_bead() -> None:
    alignment = align([FLOOD.source[2]], [FLOOD.target[2]], "id", "en")
    assert spans(alignment) == [((0,), (0,))]
    assert alignment.beads[0].score > 0.9


def test_identical_texts_align_one_to_one_with_scores_near_one() -> None:
    for text, language in ((FLOOD.source, "id"), (FLOOD.target, "en")):
        alignment = align(text, text, language, language)
        assert spans(alignment) == [((i,), (i,)) for i in range(len(text))]
        assert min(bead.score for bead in alignment.beads) > 0.95
        # Nearly identical (one word changed): the search itself, not the shortcut, decides.
        edited = [*text[:4], text[4].replace(" ", "  ", 1) + " (revisi)", *text[5:]]
        alignment = align(text, edited, language, language)
        assert spans(alignment) == [((i,), (i,)) for i in range(len(text))]
        assert min(bead.score for bead in alignment.beads) > 0.9


def test_paragraphs_merged_in_pairs_align_two_to_one() -> None:
    source = list(FLOOD.source[2:10])
    merged = [f"{source[i]} {source[i + 1]}" for i in range(0, 8, 2)]
    assert spans(align(source, merged, "id", "id")) == [
        ((0, 1), (0,)),
        ((2, 3), (1,)),
        ((4, 5), (2,)),
        ((6, 7), (3,)),
    ]


def test_everything_merged_into_one_paragraph_is_one_bead() -> None:
    # More paragraphs than the search's bead kinds hold: found by regrouping afterwards.
    source = list(FLOOD.source)
    assert spans(align(source, [" ".join(source)], "id", "id")) == [
        (tuple(range(len(source))), (0,))
    ]
    target = list(FLOOD.target)
    assert spans(align([" ".join(FLOOD.source)], target, "id", "en")) == [
        ((0,), tuple(range(len(target))))
    ]


def test_numbers_only_paragraphs_align_by_their_values() -> None:
    # Lengths cannot tell which of "7" or "12" was dropped; the numbers can, in any digits.
    alignment = align(["12", "7", "2024"], ["١٢", "٢٠٢٤"], "id", "ar")
    assert spans(alignment) == [((0,), (0,)), ((1,), ()), ((2,), (1,))]
    alignment = align(["1.500", "7", "2.300"], ["1,500", "2,300"], "id", "en")
    assert spans(alignment) == [((0,), (0,)), ((1,), ()), ((2,), (1,))]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.text(alphabet="ab 12سلام.", min_size=1, max_size=40), max_size=12),
    st.lists(st.text(alphabet="xy 21كتب.", min_size=1, max_size=40), max_size=12),
)
def test_any_texts_are_covered_once_in_order(source: list[str], target: list[str]) -> None:
    assert_covers(align(source, target, "id", "ar"), len(source), len(target))


# -- the API ------------------------------------------------------------------------------------


def test_counterpart_names_the_bead_holding_a_paragraph() -> None:
    case = next(c for c in CASES if c.id == "rates-id-ar")
    alignment = align(case.source, case.target, case.source_language, case.target_language)
    split = alignment.counterpart("source", 8)
    assert (split.source, split.target, split.kind) == ((8,), (8, 9), "1-2")
    assert alignment.counterpart("target", 9) is split
    assert alignment.counterpart("source", 12).kind == "1-0"
    with pytest.raises(ValueError, match="Side"):
        alignment.counterpart("left", 0)
    with pytest.raises(IndexError):
        alignment.counterpart("target", len(case.target))


def test_bead_kind_counts_each_side() -> None:
    assert Bead((3, 4), (2,), 0.9).kind == "2-1"
    assert Bead((), (7,), 0.5).kind == "0-1"


def test_the_band_costs_equal_the_bead_cost() -> None:
    # The search uses Problem.costs_over, scoring and regrouping use Problem.cost: one model.
    case = next(c for c in CASES if c.id == "rail-id-ar")
    problem = search.Problem(
        [len(" ".join(p.split())) for p in case.source],
        [len(" ".join(p.split())) for p in case.target],
        weigh(paragraph_keys(case.source, "id"), paragraph_keys(case.target, "ar")),
    )
    for di, dj in [(1, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3), (4, 1), (1, 4)]:
        rows = np.arange(di, problem.n + 1)
        first = np.full(len(rows), dj)
        last = np.maximum(np.minimum(problem.m, rows + 2), dj - 1)
        fast = iter(problem.costs_over(di, dj, rows, first, last).tolist())
        for i, j_last in zip(rows.tolist(), last.tolist(), strict=True):
            for j in range(dj, j_last + 1):
                slow = problem.cost(i - di, i, j - dj, j) - search.prior_cost(di, dj)
                assert next(fast) == pytest.approx(slow, abs=1e-9)
        assert next(fast, None) is None
    assert problem.anchors(0, 1, 0, 1)[0] > 0  # anchors matched: the test weighs them


def test_the_band_widens_when_the_path_leaves_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # Twenty added notes up front push the path far off the length diagonal.
    notes = [f"Catatan {k}: koreksi kecil pada artikel sebelumnya." for k in range(20)]
    target = notes + list(FLOOD.target)
    expected = [((), (k,)) for k in range(20)] + [
        (s, tuple(j + 20 for j in t)) for s, t in FLOOD.gold
    ]
    monkeypatch.setattr(search, "INITIAL_BAND", 2)
    monkeypatch.setattr(search, "REFINE_BAND", 1)
    assert spans(align(FLOOD.source, target, "id", "en")) == expected


# -- scores -------------------------------------------------------------------------------------


def test_scores_rank_agreeing_anchors_above_disagreeing_ones() -> None:
    source = ["Banjir di Semarang, 2.300 warga mengungsi pada 2024.", "Hujan turun lagi."]
    agree = ["Floods in Semarang, 2,300 residents flee in 2024.", "More rain fell."]
    disagree = ["Floods in Semarang, 5,100 residents flee in 2021.", "More rain fell."]
    good = align(source, agree, "id", "en").beads[0]
    bad = align(source, disagree, "id", "en").beads[0]
    assert good.kind == bad.kind == "1-1"
    assert good.score > 0.95 and bad.score < good.score - 0.3


def test_scores_on_the_evaluation_set_tell_confident_beads_from_guesses() -> None:
    one_to_one, without_counterpart = [], []
    for case in CASES:
        for bead in align(case.source, case.target, "id", case.target_language).beads:
            if bead.kind == "1-1":
                one_to_one.append(bead.score)
            elif not bead.source or not bead.target:
                without_counterpart.append(bead.score)
    assert min(one_to_one) > 0.8 and sorted(one_to_one)[len(one_to_one) // 2] > 0.98
    assert without_counterpart and max(without_counterpart) <= 0.75


# -- anchors ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "language", "value"),
    [
        ("2019", "id", "2019"),
        ("٢٠١٩", "ar", "2019"),
        ("۲۰۱۹", "fa", "2019"),
        ("2.300", "id", "2300"),
        ("2,300", "en", "2300"),
        ("٢٬٣٠٠", "ar", "2300"),
        ("2 300", "fr", "2300"),
        ("1,5", "id", "1.5"),
        ("١٫٥", "ar", "1.5"),
        ("1.000,50", "de", "1000.5"),
        ("1,000.5", "en", "1000.5"),
        ("18 ribu", "id", "18000"),
        ("18 ألف", "ar", "18000"),
        ("24 ألفًا", "ar", "24000"),
        ("7,2 miliar", "id", "7200000000"),
        ("US$7.2 billion", "en", "7200000000"),
        ("7,2 milliards", "fr", "7200000000"),
        ("1 billion", "fr", "1000000000000"),
        ("5万", "zh", "50000"),
    ],
)
def test_numbers_are_read_alike_in_every_digit_system(
    written: str, language: str, value: str
) -> None:
    assert number_keys(written, language) == [f"#{value}"]


def test_simple_chinese_numerals_are_read() -> None:
    assert number_keys("二〇一九年有十五人", "zh") == ["#2019", "#15"]
    assert number_keys("三千五百万", "zh") == ["#35000000"]
    assert number_keys("0012", "id") == ["#12"]


def test_names_share_a_skeleton_across_scripts() -> None:
    # Between Latin-script texts, one skeleton a word; across scripts, a Latin word offers
    # every skeleton an Arabic or Cyrillic rendering of it may have.
    assert name_keys("Putin", "Latn", cross_script=False) == {"BTN"}
    assert name_keys("Poutine", "Latn", cross_script=False) == {"BTN"}
    assert name_keys("Kanada", "Latn", False) == name_keys("Canada", "Latn", False) == {"KND"}
    assert "BTN" in name_keys("لبوتين", "Arab", cross_script=True)
    assert name_keys("Путин", "Cyrl", cross_script=True) == {"BTN"}
    assert name_keys("جاكرتا", "Arab", True) <= name_keys("Jakarta", "Latn", True)


def test_anchor_keys_of_a_paragraph() -> None:
    (indonesian,) = paragraph_keys(
        ['Dalam surat, Putin mengutip "KCNA" dan Kremlin.ru pada 2019. dalam'], "id"
    )
    assert indonesian["#2019"] == 1 and indonesian["Lkcna"] == 1 and indonesian["Lkremlin.ru"] == 1
    assert indonesian["NBTN"] == 1 and indonesian["Pquote"] == 1
    assert "NDLM" not in indonesian  # "Dalam" is also written "dalam": a word, not a name
    (arabic,) = paragraph_keys(["وقال لبوتين إن Kremlin.ru نشر الرسالة عام ٢٠١٩."], "ar", "id")
    assert arabic["#2019"] == 1 and arabic["Lkremlin.ru"] == 1 and arabic["NBTN"] >= 1


# -- the evaluation set -------------------------------------------------------------------------


def test_the_evaluation_set_is_what_it_claims() -> None:
    assert len(CASES) >= 6
    pairs = Counter((c.source_language, c.target_language) for c in CASES)
    assert all(pairs[("id", t)] >= 2 for t in ("ar", "en", "fr"))
    kinds: Counter[str] = Counter()
    for case in CASES:
        assert 8 <= len(case.source) <= 15 and 8 <= len(case.target) <= 15, case.id
        lengths = [len(p) for p in case.source]
        assert max(lengths) > 5 * min(lengths), case.id
        gold = Alignment(tuple(Bead(s, t, 1.0) for s, t in case.gold))
        assert_covers(gold, len(case.source), len(case.target))
        kinds.update(bead.kind for bead in gold.beads)
    assert {"2-1", "1-2", "1-0", "0-1"} <= set(kinds)


def _ours(case: Case) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return spans(align(case.source, case.target, case.source_language, case.target_language))


def test_strict_f1_over_the_evaluation_set_reaches_the_target() -> None:
    assert pooled_f1([(_ours(case), case.gold) for case in CASES]) >= TARGET_F1


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_no_case_is_worse_than_length_only_gale_church(case: Case) -> None:
    ours = strict_f1(_ours(case), case.gold)
    assert ours >= strict_f1(gale_church(case.source, case.target), case.gold)


def test_the_baseline_is_a_real_yardstick() -> None:
    # Were the baseline as good as the aligner, the comparison above would prove nothing.
    baseline = pooled_f1([(gale_church(c.source, c.target), c.gold) for c in CASES])
    assert 0.5 < baseline < 0.9


def test_strict_f1_counts_a_bead_only_when_both_sides_match() -> None:
    gold = [((0,), (0,)), ((1, 2), (1,))]
    assert strict_f1(gold, gold) == 1.0
    assert strict_f1([((0,), (0,)), ((1,), (1,)), ((2,), ())], gold) == pytest.approx(0.4)


# -- the seed article ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["ar", "en", "fr"])
def test_the_sample_translations_align_one_to_one(sample: Path, language: str) -> None:
    source = paragraphs(sample / "id.txt", "id")
    target = paragraphs(sample / f"{language}.txt", language)
    alignment = align(source, target, "id", language)
    assert spans(alignment) == [((i,), (i,)) for i in range(len(source))]
    assert min(bead.score for bead in alignment.beads) > 0.9


# -- reader align -------------------------------------------------------------------------------


def test_align_json_matches_the_contract(
    sample: Path, seed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["align", str(sample / "id.txt"), str(seed), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"source", "translation", "beads"}
    assert data["source"]["language"] == "id" and data["translation"]["language"] == "ar"
    assert main(["info", str(seed), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert data["translation"]["paragraphs"] == [
        {k: p[k] for k in ("role", "text", "direction")} for p in info["versions"][0]["paragraphs"]
    ]
    beads = data["beads"]
    assert all(set(bead) >= {"source", "translation", "score"} for bead in beads)
    assert all(isinstance(bead["score"], float) and 0 <= bead["score"] <= 1 for bead in beads)
    assert [i for bead in beads for i in bead["source"]] == list(
        range(len(data["source"]["paragraphs"]))
    )
    assert [j for bead in beads for j in bead["translation"]] == list(
        range(len(data["translation"]["paragraphs"]))
    )
    assert {bead["kind"] for bead in beads} == {"1-1"}


def test_align_json_carries_restructurings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = next(c for c in CASES if c.id == "rates-id-fr")
    source, target = tmp_path / "source.txt", tmp_path / "target.txt"
    source.write_text("\n\n".join(case.source), encoding="utf-8")
    target.write_text("\n\n".join(case.target), encoding="utf-8")
    argv = ["align", str(source), str(target), "--source-lang", "id", "--target-lang", "fr"]
    assert main([*argv, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["translation"]["language"] == "fr"
    assert [(tuple(b["source"]), tuple(b["translation"])) for b in data["beads"]] == list(case.gold)


def test_align_prints_a_readable_table(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["align", str(sample / "id.txt"), str(sample / "en.txt")]) == 0
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if " 1-1 " in line]
    assert len(rows) == 10
    assert rows[0].split()[:3] == ["0", "0", "1-1"]
    assert "Vladimir Putin dan Kim" in rows[0] and "Vladimir Putin and Kim" in rows[0]
    assert all(len(line) < 110 for line in rows)  # previews are ellipsised
    assert out.rstrip().endswith("10 beads: 10 × 1-1")


def test_the_table_shows_a_bidi_override_and_does_not_obey_it(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A RIGHT-TO-LEFT OVERRIDE in a paragraph would turn the rest of the terminal's line
    around (the English preview printed backwards): the table shows it as a marker."""
    english = (sample / "en.txt").read_text(encoding="utf-8").split("\n\n")
    english[0] = "\u202e" + english[0]
    target = tmp_path / "en.txt"
    target.write_text("\n\n".join(english), encoding="utf-8")
    assert main(["align", str(sample / "id.txt"), str(target)]) == 0
    out = capsys.readouterr().out
    assert "\u202e" not in out
    (first,) = [line for line in out.splitlines() if line.split()[:3] == ["0", "0", "1-1"]]
    assert "\u27e8RLO\u27e9Vladimir Putin and Kim" in first


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["align", "{sample}", "{sample}/ar.txt"], "is a folder: reader align takes two text"),
        (["align", "missing.txt", "{sample}/ar.txt"], "missing.txt: no such file"),
        (["align", "{sample}/id.txt"], "required"),
        (["align", "{sample}/id.txt", "{sample}/ar.txt", "--target-lang", "xx"], "unknown"),
    ],
)
def test_align_bad_input_exits_2_with_one_line(
    args: list[str],
    expected: str,
    sample: Path,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main([a.format(sample=sample) for a in args]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("reader: error: ") and expected in lines[0]


def test_the_aligner_never_imports_qt() -> None:
    code = (
        "import sys, reader.core.align.aligner, reader.commands.align;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'reader.ui'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
