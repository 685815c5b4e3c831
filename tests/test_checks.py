"""Fidelity checks (reader.core.checks.run): the seed's real defects, the labelled set's precision and
recall, each check on its own, whole-word spans, the JSON contract and the exit codes."""

from __future__ import annotations

import gc
import importlib.util
import json
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from reader.cli import main
from reader.core.align.aligner import Alignment, Bead
from reader.core.checks.run import (
    Finding,
    FindingKind,
    check_aligned,
    check_article,
    check_version,
    count_by_kind,
)
from reader.core.export.json import check_json
from reader.core.ingest.loading import load_files, load_folder
from reader.core.model import Article, Direction, Origin, Paragraph, Role, Version, VersionKey
from reader.core.text.numbers import NumberMention, extract_numbers

DATA = Path(__file__).resolve().parent / "data" / "checks"


def _score_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("checks_score", DATA / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["checks_score"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


score = _score_module()


def version(language: str, *texts: str, origin: Origin = Origin.MACHINE) -> Version:
    """A version from paragraph texts: the first a title, the rest body."""
    direction = Direction.RTL if language == "ar" else Direction.LTR
    paragraphs = tuple(
        Paragraph(Role.TITLE if i == 0 else Role.BODY, text, direction)
        for i, text in enumerate(texts)
    )
    return Version(language=language, origin=origin, paragraphs=paragraphs)


def one_to_one(count: int) -> Alignment:
    return Alignment(tuple(Bead((i,), (i,), 1.0) for i in range(count)))


def findings_of(check: str, found: list[Finding]) -> list[Finding]:
    return [f for f in found if f.check == check]


def span_texts(text: str, finding: Finding) -> list[str]:
    return [text[start:end] for start, end in finding.spans]


# -- the seed ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_results() -> dict[VersionKey, list[Finding]]:
    return check_article(load_folder(Path(__file__).resolve().parents[1] / "resources/sample"))


def test_the_seed_defects_a_careful_reader_flags_are_found(sample: Path) -> None:
    article = load_files([sample / "id.txt", sample / "ar.txt"])
    source, seed = article.versions
    found = check_version(source, seed)
    texts = {f.check: span_texts(seed.paragraphs[f.paragraph].text, f) for f in found}
    assert [(f.check, f.paragraph, f.source_paragraph) for f in found] == [
        ("untranslated", 1, 1),  # the caption's برساما: Indonesian "bersama" transliterated
        ("added-name", 2, 2),  # the dateline's (رويترز): Reuters, not in the source
        ("repetition", 3, 3),  # KCNA quoted "from KCNA"
    ]
    assert texts["untranslated"] == ["برساما"]
    assert found[0].evidence == "bersama"
    assert texts["added-name"] == ["رويترز"]
    assert texts["repetition"] == ["وكالة الأنباء المركزية الكورية"]
    # The highlight is the second, redundant occurrence, after "عن".
    repeated = seed.paragraphs[3].text
    assert repeated[found[2].spans[0][0] - 3 : found[2].spans[0][0]] == "عن "


def test_no_finding_on_the_post_edited_revision_nor_the_other_versions(
    sample_results: dict[VersionKey, list[Finding]],
) -> None:
    assert {str(key): len(found) for key, found in sample_results.items()} == {
        "ar@1": 3,
        "ar@2": 0,
        "en@1": 0,
        "fr@1": 0,
        "zh@1": 0,
        "ja@1": 0,
    }


def test_names_and_latin_tokens_of_the_seed_are_never_highlighted(
    sample: Path, sample_results: dict[VersionKey, list[Finding]]
) -> None:
    article = load_folder(sample)
    highlighted = {
        word
        for key, found in sample_results.items()
        for f in found
        for text in span_texts(article.find(key).paragraphs[f.paragraph].text, f)  # type: ignore[union-attr]
        for word in text.split()
    }
    names = (
        "Putin",
        "بوتين",
        "جاكرتا",
        "Kremlin.ru",
        "KCNA",
        "بيونغ",
        "يانغ",
        "دونيتسك",
        "لوغانسك",
    )
    assert highlighted and not highlighted & set(names)


# -- the labelled set ---------------------------------------------------------------------------


def test_labelled_set_precision_and_recall() -> None:
    tallies = score.score()
    report = score.table(tallies)
    overall = tallies["overall"]
    assert overall.precision >= 0.95, report + f"\nfalse alarms: {overall.false_alarms}"
    assert overall.recall >= 0.95, report + f"\nmisses: {overall.misses}"
    seeded = {kind for kind, t in tallies.items() if t.true + len(t.misses)}
    assert seeded >= set(FindingKind), "every check kind has seeded defects to find"


def test_spans_are_whole_words_everywhere_in_the_labelled_set() -> None:
    letter = re.compile(r"[^\W_]")
    for folder in score.cases():
        article = load_folder(folder)
        for key, found in check_article(article).items():
            translation = article.find(key)
            assert translation is not None
            for f in found:
                for start, end in f.spans:
                    text = translation.paragraphs[f.paragraph].text  # type: ignore[index]
                    assert 0 <= start < end <= len(text)
                    inside_before = (
                        start > 0 and letter.match(text[start - 1]) and letter.match(text[start])
                    )
                    inside_after = (
                        end < len(text) and letter.match(text[end - 1]) and letter.match(text[end])
                    )
                    assert not inside_before and not inside_after, (folder.name, f, text[start:end])


# -- each check on its own ----------------------------------------------------------------------


def test_numbers_agree_across_digit_systems_and_a_changed_one_is_marked() -> None:
    source = version("id", "Judul", "Inflasi 3,5 persen pada 15 Agustus 2019, Rp 1.000 triliun.")
    same = version("ar", "عنوان", "التضخم ٣٫٥٪ في ١٥ آب ٢٠١٩، و١٬٠٠٠ تريليون روبية.")
    assert check_version(source, same, one_to_one(2)) == []
    changed = version("ar", "عنوان", "التضخم ٣٫٧٪ في ١٥ آب ٢٠١٩، و١٬٠٠٠ تريليون روبية.")
    (finding,) = check_version(source, changed, one_to_one(2))
    assert finding.check == "number-mismatch"
    assert finding.message == "the source has 3.5% where this has 3.7%"
    assert finding.evidence == "3,5 persen"
    assert span_texts(changed.paragraphs[1].text, finding) == ["٣٫٧"]


def test_a_dropped_number_is_reported_without_a_span() -> None:
    source = version("id", "Judul", "Sebanyak 268 orang meninggal dan 151 hilang.")
    dropped = version("en", "Title", "A total of 268 people died and many are missing.")
    (finding,) = check_version(source, dropped, one_to_one(2))
    assert (finding.check, finding.message, finding.spans) == (
        "number-mismatch",
        "number 151 in the source is missing here",
        (),
    )


def test_untranslated_latin_words_are_found_and_names_are_not() -> None:
    source = version(
        "id",
        "Judul",
        "Sementara itu, Presiden Vladimir Putin membuka situs Kremlin.ru bersama ASEAN.",
    )
    translation = version(
        "ar", "عنوان", "Sementara itu، افتتح الرئيس فلاديمير بوتين موقع Kremlin.ru مع ASEAN."
    )
    (finding,) = check_version(source, translation, one_to_one(2))
    assert finding.check == "untranslated"
    assert span_texts(translation.paragraphs[1].text, finding) == ["Sementara itu"]
    assert finding.evidence == "Sementara itu"


def test_transliterated_common_words_are_found_and_transliterated_names_are_not() -> None:
    source = version("id", "Judul", "Kim Jong Un bersama Vladimir Putin di Pyongyang.")
    transliterated = version("ar", "عنوان", "كيم جونغ أون برساما فلاديمير بوتين في بيونغ يانغ.")
    (finding,) = check_version(source, transliterated, one_to_one(2))
    assert (finding.check, finding.evidence) == ("untranslated", "bersama")
    translated = version("ar", "عنوان", "كيم جونغ أون مع فلاديمير بوتين في بيونغ يانغ.")
    assert check_version(source, translated, one_to_one(2)) == []


def test_indonesian_left_in_an_english_translation() -> None:
    source = version("id", "Judul", "Dia meminta persatuan di tengah persaingan kekuatan besar.")
    english = version("en", "Title", "He called for unity di tengah great-power rivalry.")
    (finding,) = check_version(source, english, one_to_one(2))
    assert (finding.check, finding.evidence) == ("untranslated", "di tengah")
    assert span_texts(english.paragraphs[1].text, finding) == ["di tengah"]


def test_an_invented_agency_is_an_added_name_and_a_credited_one_is_not() -> None:
    source = version("id", "Judul", "Jakarta - Presiden berbicara pada Senin.", "Foto (REUTERS/A)")
    translation = version(
        "ar", "عنوان", "جاكرتا (رويترز) - تحدث الرئيس يوم الاثنين.", "صورة (رويترز/A)"
    )
    (finding,) = check_version(source, translation, one_to_one(3))
    assert (finding.check, finding.paragraph) == ("added-name", 1)
    assert span_texts(translation.paragraphs[1].text, finding) == ["رويترز"]


def test_repetition_back_to_back_is_found_and_parallel_phrases_are_not() -> None:
    source = version("id", "Judul", "Mereka menandatangani deklarasi bersama tentang ekonomi.")
    stutter = version(
        "en", "T", "They signed a joint declaration a joint declaration on the economy."
    )
    (finding,) = check_version(source, stutter, one_to_one(2))
    assert finding.check == "repetition"
    assert span_texts(stutter.paragraphs[1].text, finding) == ["a joint declaration"]
    source = version("id", "Judul", "Republik Rakyat Donetsk dan Republik Rakyat Luhansk.")
    parallel = version(
        "fr", "T", "la République populaire de Donetsk et la République populaire de Louhansk."
    )
    assert check_version(source, parallel, one_to_one(2)) == []


def test_bidi_controls_are_found_with_the_words_they_touch() -> None:
    source = version("id", "Judul", "Lihat situs asean.org hari ini.")
    translation = version("ar", "عنوان", "راجع الموقع \u202easean.org\u202c اليوم.")
    (finding,) = check_version(source, translation, one_to_one(2))
    assert finding.check == "bidi-control"
    assert finding.message == "2 bidi control characters (RLO, PDF) can reorder what is shown here"
    assert span_texts(translation.paragraphs[1].text, finding) == ["\u202easean", "org\u202c"]
    lone = version("ar", "عنوان", "راجع الموقع \u2067asean.org اليوم.")
    (finding,) = check_version(source, lone, one_to_one(2))
    assert finding.message == "1 bidi control character (RLI) can reorder what is shown here"


def test_bidi_controls_side_by_side_are_one_span() -> None:
    """Each control widens to the words it touches: controls side by side gave overlapping
    spans ([[5, 9], [6, 10], [10, 11]]), one highlight over another. They are merged."""
    source = version("id", "Judul", "Lihat dua hari ini.")
    text = "راجع \u202eدوا\u202c\u2069 اليوم."
    translation = version("ar", "عنوان", text)
    (finding,) = check_version(source, translation, one_to_one(2))
    assert finding.check == "bidi-control"
    assert finding.spans == ((5, 11),)
    assert text[5:11] == "\u202eدوا\u202c\u2069"


def test_missing_and_extra_paragraphs_come_from_the_alignment() -> None:
    source = version("id", "Judul", "Paragraf pertama.", "Paragraf kedua.")
    translation = version("en", "Title", "First paragraph.", "A note the source lacks.")
    alignment = Alignment(
        (Bead((0,), (0,), 1.0), Bead((1,), (1,), 1.0), Bead((2,), (), 0.5), Bead((), (2,), 0.5))
    )
    found = check_version(source, translation, alignment)
    assert [(f.check, f.paragraph, f.source_paragraph) for f in found] == [
        ("missing-paragraph", None, 2),
        ("extra-paragraph", 2, None),
    ]
    assert found[0].evidence == "Paragraf kedua."
    assert found[1].spans == ((0, len("A note the source lacks.")),)


def test_length_ratio_uses_the_articles_own_ratio() -> None:
    body = [
        "Pemerintah mengumumkan paket bantuan baru untuk para petani di seluruh negeri.",
        "Menteri mengatakan bantuan itu akan disalurkan mulai bulan depan di semua provinsi.",
        "Para petani menyambut baik kebijakan tersebut dan berharap harga pupuk turun.",
        "Pengamat menilai langkah itu tepat tetapi meminta pengawasan yang lebih ketat.",
    ]
    body.append(
        "Pengamat menilai langkah itu tepat, tetapi meminta pengawasan yang jauh lebih ketat "
        "agar bantuan benar-benar sampai kepada petani kecil dan tidak diselewengkan di daerah."
    )
    english = [
        "The government announced a new aid package for farmers across the country.",
        "The minister said the aid would be distributed from next month in all provinces.",
        "Farmers welcomed the policy and hoped fertilizer prices would fall.",
        "Observers said the step was right but called for much stricter supervision.",
        "Observers said the step was right.",  # the rest of the sentence dropped
    ]
    found = check_version(
        version("id", "Judul", *body), version("en", "Title", *english), one_to_one(6)
    )
    assert [(f.check, f.paragraph) for f in found] == [("length-ratio", 5)]
    assert re.fullmatch(
        r"\d\.\d times shorter than the source paragraph leads to expect "
        r"\(\d+ characters for \d+; this article runs \d\.\d\d to 1\)",
        found[0].message,
    )
    # The same paragraph in an article too short to measure its ratio on says nothing.
    short = check_version(
        version("id", "Judul", body[-1]), version("en", "Title", english[-1]), one_to_one(2)
    )
    assert short == []


def test_cross_version_needs_two_other_versions_that_keep_the_name() -> None:
    source = version(
        "id", "Judul", "Pertempuran sengit terjadi di sekitar kota Bakhmut di Donetsk."
    )
    arabic = version("ar", "عنوان", "وقعت معارك عنيفة حول المدينة في دونيتسك.")
    english = version(
        "en", "Title", "Fierce fighting took place around the city of Bakhmut in Donetsk."
    )
    french = version(
        "fr", "Titre", "De violents combats ont eu lieu autour de Bakhmout, à Donetsk."
    )
    assert findings_of("cross-version", check_version(source, arabic, others=[english])) == []
    (finding,) = findings_of(
        "cross-version", check_version(source, arabic, others=[english, french])
    )
    assert (finding.paragraph, finding.evidence) == (1, "Bakhmut")
    assert finding.message == (
        'the source names "Bakhmut", which this version drops; the en@1, fr@1 versions keep it'
    )


@pytest.mark.parametrize(
    ("case", "ending"),
    [
        (
            "07-hajj",
            'names "Yaqut Cholil Qoumas", which this version drops; the ar@1, en@1 versions keep it',
        ),
        ("05-badminton", "versions keep them"),
    ],
)
def test_a_dropped_name_of_several_words_is_one_name(case: str, ending: str) -> None:
    results = check_article(load_folder(DATA / case))
    messages = [
        f.message for found in results.values() for f in found if f.check == "cross-version"
    ]
    assert any(message.endswith(ending) for message in messages), messages


def test_count_by_kind_follows_the_banner_order() -> None:
    found = [
        Finding(FindingKind.REPETITION, 1, 1, "", ""),
        Finding(FindingKind.UNTRANSLATED, 2, 2, "", ""),
        Finding(FindingKind.REPETITION, 3, 3, "", ""),
        Finding(FindingKind.MISSING_PARAGRAPH, None, 3, "", ""),
    ]
    assert count_by_kind(found) == (
        (FindingKind.MISSING_PARAGRAPH, 1),
        (FindingKind.UNTRANSLATED, 1),
        (FindingKind.REPETITION, 2),
    )
    assert [str(kind) for kind, _count in count_by_kind(found)] == [
        "missing-paragraph",
        "untranslated",
        "repetition",
    ]


# -- the command line ----------------------------------------------------------------------------


def test_check_json_matches_the_contract(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(sample / "id.txt"), str(sample / "ar.txt"), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"source", "translation", "findings"}
    assert data["source"]["language"] == "id"
    assert data["translation"]["language"] == "ar"
    for side in ("source", "translation"):
        assert all(set(p) >= {"role", "text", "direction"} for p in data[side]["paragraphs"])
    assert data["translation"]["paragraphs"][0]["direction"] == "rtl"
    checks = [(f["check"], f["paragraph"], f["source_paragraph"]) for f in data["findings"]]
    assert checks == [("untranslated", 1, 1), ("added-name", 2, 2), ("repetition", 3, 3)]
    for f in data["findings"]:
        assert set(f) >= {"check", "paragraph", "source_paragraph", "message", "evidence"}
        text = data["translation"]["paragraphs"][f["paragraph"]]["text"]
        assert all(text[start:end].strip() for start, end in f["spans"])


def test_check_json_for_an_article_folder(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(sample), "--json"]) == 1
    results = json.loads(capsys.readouterr().out)["results"]
    assert [(r["translation"]["language"], len(r["findings"])) for r in results] == [
        ("ar", 3),
        ("ar", 0),
        ("en", 0),
        ("fr", 0),
        ("zh", 0),
        ("ja", 0),
    ]
    # Paragraphs are listed alike in every document: as ``reader info --json`` lists them.
    assert main(["info", str(sample), "--json"]) == 0
    info = {
        (v["language"], v["revision"]): v["paragraphs"]
        for v in json.loads(capsys.readouterr().out)["versions"]
    }
    for result in results:
        for side in ("source", "translation"):
            key = (result[side]["language"], result[side]["revision"])
            assert result[side]["paragraphs"] == info[key]


def test_check_json_function_lists_a_missing_paragraph_with_a_null_paragraph() -> None:
    source = version("id", "Judul", "Satu.", "Dua.")
    translation = version("en", "Title", "One.")
    alignment = Alignment((Bead((0,), (0,), 1.0), Bead((1,), (1,), 1.0), Bead((2,), (), 0.5)))
    data = check_json(source, translation, check_version(source, translation, alignment))
    assert data["findings"][0]["check"] == "missing-paragraph"
    assert data["findings"][0]["paragraph"] is None
    assert data["findings"][0]["source_paragraph"] == 2


def test_readable_report_lines(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(sample / "id.txt"), str(sample / "ar.txt")]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert re.fullmatch(r".*ar\.txt:2:14: untranslated: .*برساما.*", lines[0])
    assert re.fullmatch(r".*ar\.txt:6:9: added-name: .*Reuters.*", lines[1])
    assert re.fullmatch(r".*ar\.txt:8:239: repetition: .*", lines[2])
    assert lines[3].endswith("ar.txt: 3 findings: untranslated 1, added-name 1, repetition 1")


def test_report_lines_point_at_the_flagged_words_in_the_file(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """GNU `file:LINE:COLUMN:`, 1-based in the file as an editor counts: the flagged words start
    there (the paragraph index stays in the JSON)."""
    assert main(["check", str(sample / "id.txt"), str(sample / "ar.txt")]) == 1
    lines = capsys.readouterr().out.splitlines()[:3]
    file_lines = (sample / "ar.txt").read_text(encoding="utf-8").splitlines()
    expected = ["برساما", "رويترز", "وكالة الأنباء المركزية الكورية"]
    for report, words in zip(lines, expected, strict=True):
        line, column = map(int, re.match(r".*ar\.txt:(\d+):(\d+): ", report).groups())
        assert file_lines[line - 1][column - 1 :].startswith(words), report
    assert main(["check", str(sample / "id.txt"), str(sample / "ar.txt"), "--json"]) == 1
    paragraphs = [f["paragraph"] for f in json.loads(capsys.readouterr().out)["findings"]]
    assert paragraphs == [1, 2, 3]


def test_the_check_command_runs_without_the_cycle_collector_and_turns_it_back_on(
    sample: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A check run makes long-lived readings and next to no cyclic garbage: the collector,
    which would walk the growing heap over and over, waits for the run's end; and what the run
    leaves alive is not then counted as young, for one collection to walk it all at once."""
    import reader.core.checks.run as checks_run

    collecting = []
    kept: list[list[object]] = []  # what a long run leaves alive: objects the collector tracks
    collections: list[int] = []
    check_article = checks_run.check_article

    def collected(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    def watched(article: Article, *given: Any) -> dict[VersionKey, list[Finding]]:
        collecting.append(gc.isenabled())
        kept.extend([] for _ in range(10 * gc.get_threshold()[0]))
        return check_article(article, *given)

    monkeypatch.setattr(checks_run, "check_article", watched)
    assert gc.isenabled()
    gc.callbacks.append(collected)
    try:
        assert main(["check", str(sample)]) == 1
    finally:
        gc.callbacks.remove(collected)
    assert collecting == [False]
    assert collections == []
    assert gc.isenabled()
    with pytest.raises(ZeroDivisionError):  # on again after an error too
        monkeypatch.setattr(checks_run, "check_article", lambda article, *given: 1 / 0)
        main(["check", str(sample)])
    assert gc.isenabled()
    capsys.readouterr()


def test_positions_survive_windows_line_ends_and_a_legacy_encoding(
    tmp_path: Path, sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (sample / "ar.txt").read_text(encoding="utf-8")
    (tmp_path / "ar.txt").write_bytes(text.replace("\n", "\r\n").encode("cp1256", "replace"))
    status = main(
        ["check", str(sample / "id.txt"), str(tmp_path / "ar.txt"), "--encoding", "cp1256"]
    )
    assert status == 1
    out = capsys.readouterr().out
    assert "ar.txt:2:14: untranslated:" in out


def test_a_missing_paragraph_is_reported_with_the_file_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "id.txt").write_text(
        "Ekonomi Indonesia 2023\n\nEkonomi Indonesia tumbuh 5,17 persen pada 2023, "
        "didorong oleh konsumsi rumah tangga yang kuat.\n\n"
        "Inflasi turun ke 2,61 persen pada Desember, terendah dalam dua tahun terakhir.\n\n"
        "Bank Indonesia mempertahankan suku bunga acuan di level 6,00 persen sejak Oktober.\n",
        encoding="utf-8",
    )
    (tmp_path / "en.txt").write_text(
        "Indonesia's Economy in 2023\n\nIndonesia's economy grew 5.17 percent in 2023, "
        "driven by strong household consumption.\n\n"
        "Bank Indonesia has kept its benchmark rate at 6.00 percent since October.\n",
        encoding="utf-8",
    )
    status = main(
        [
            "check",
            str(tmp_path / "id.txt"),
            str(tmp_path / "en.txt"),
            "--source-lang",
            "id",
            "--target-lang",
            "en",
        ]
    )
    out = capsys.readouterr().out
    assert status == 1
    assert re.search(r"en\.txt: missing-paragraph: source paragraph 2 .*: Inflasi turun", out), out


def test_exit_codes(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(sample / "id.txt"), str(sample / "ar-2.txt")]) == 0
    assert main(["check", str(sample / "id.txt"), str(sample / "ar.txt")]) == 1
    capsys.readouterr()
    for bad in (
        [str(sample / "no-such.txt")],  # one file, missing (one file alone: test_checks_real)
        [str(sample / "id.txt"), str(sample / "ar.txt"), str(sample / "en.txt")],
        [str(sample / "id.txt"), str(sample / "no-such.txt")],
        [str(sample), "--source-lang", "id"],
        [str(sample / "id.txt"), str(sample / "ar.txt"), "--target-lang", "xx"],
    ):
        assert main(["check", *bad]) == 2, bad
        err = capsys.readouterr().err
        assert err.startswith("reader: error: ") and err.count("\n") == 1, err


def test_two_texts_in_one_language_are_checked_for_what_still_applies(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The machine translation against its own post-edit: numbers, names, repetition still apply.
    assert main(["check", str(sample / "ar-2.txt"), str(sample / "ar.txt"), "--json"]) == 1
    found = {(f["check"], f["paragraph"]) for f in json.loads(capsys.readouterr().out)["findings"]}
    assert ("added-name", 2) in found and ("repetition", 3) in found
    assert not any(check == "untranslated" for check, _ in found)


def test_an_article_without_its_source_is_bad_input(
    tmp_path: Path, sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = (
        (sample / "article.toml")
        .read_text(encoding="utf-8")
        .replace('source = "id"', 'source = "ms"')
    )
    (tmp_path / "article.toml").write_text(manifest, encoding="utf-8")
    for name in ("id.txt", "ar.txt", "ar-2.txt", "en.txt", "fr.txt", "zh.txt", "ja.txt"):
        (tmp_path / name).write_bytes((sample / name).read_bytes())
    assert main(["check", str(tmp_path)]) == 2
    assert "no Malay (ms) version" in capsys.readouterr().err


def test_an_article_with_its_source_alone_says_there_is_nothing_to_check(
    tmp_path: Path, sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not silence: a line on standard output, exit 0; the JSON's results stay an empty list."""
    manifest = '[[versions]]\nlanguage = "id"\nfile = "id.txt"\norigin = "original"\n'
    (tmp_path / "article.toml").write_text(f'source = "id"\n{manifest}', encoding="utf-8")
    (tmp_path / "id.txt").write_bytes((sample / "id.txt").read_bytes())
    assert main(["check", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert captured.out == (
        f"{tmp_path}: no translation to check: the article has only its source\n"
    )
    assert captured.err == ""
    assert main(["check", str(tmp_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"results": []}


def test_the_checks_never_import_qt() -> None:
    code = (
        "import sys, reader.core.checks.run, reader.core.text.numbers, reader.commands.check;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'reader.ui'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_an_unaligned_translation_gets_no_pair_checks() -> None:
    # A version with nothing in common: every paragraph missing or extra, nothing else said.
    source = version("id", "Judul", "Satu 15 Agustus.")
    translation = replace(version("en", "Title"), paragraphs=())
    found = check_version(
        source, translation, Alignment((Bead((0,), (), 0.5), Bead((1,), (), 0.5)))
    )
    assert {f.check for f in found} == {"missing-paragraph"}


def test_a_lone_paragraphs_numbers_are_read_once_in_a_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """A missing paragraph beside an extra one that shares its number is read as one changed
    paragraph: its numbers, read to pair the two, are not read again by the number check."""
    import reader.core.checks.run as run

    read: list[tuple[str, str]] = []

    def counted(text: str, language: str) -> list[NumberMention]:
        read.append((text, language))
        return extract_numbers(text, language)

    monkeypatch.setattr(run, "extract_numbers", counted)
    source = version(
        "id",
        "Harga beras naik 25 persen pada 2023.",
        "Ekonomi kota itu tumbuh 5 persen tahun lalu, dan banyak pabrik baru dibuka di sana.",
    )
    translation = version(
        "ar", "ارتفع سعر الأرز 25 بالمئة في 2023.", "نما اقتصاد المدينة 5 بالمئة وافتتح 3 مصانع."
    )
    alignment = Alignment((Bead((0,), (0,), 1.0), Bead((1,), (), 0.4), Bead((), (1,), 0.4)))
    found = check_aligned(source, translation, alignment)
    assert sorted(read) == sorted(set(read))  # no paragraph read twice
    assert len(read) == 4
    changed = findings_of("number-mismatch", found)
    assert [(f.paragraph, f.source_paragraph) for f in changed] == [(1, 1)]
    assert not findings_of("missing-paragraph", found) and not findings_of("extra-paragraph", found)
