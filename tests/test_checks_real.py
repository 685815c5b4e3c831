"""The checks on what professional translations do (issue 12): no false alarm on a faithful
rendering, and the real defect classes found. Each case is a sentence pair of the kind NTREX-128
shows (``bench/fetch_ntrex.py``), written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.align.aligner import Alignment, Bead
from reader.core.checks.run import Finding, check_version
from reader.core.model import Direction, Origin, Paragraph, Role, Version


def version(language: str, *texts: str) -> Version:
    direction = Direction.RTL if language == "ar" else Direction.LTR
    paragraphs = tuple(Paragraph(Role.BODY, text, direction) for text in texts)
    return Version(language=language, origin=Origin.HUMAN, paragraphs=paragraphs)


def check_pair(source: str, target: str, source_language: str = "id") -> list[Finding]:
    """The findings on a one-paragraph translation into Arabic."""
    alignment = Alignment((Bead((0,), (0,), 1.0),))
    return check_version(version(source_language, source), version("ar", target), alignment)


def kinds(found: list[Finding]) -> list[str]:
    return [str(f.check) for f in found]


def test_a_common_arabic_word_is_no_transliteration() -> None:
    """oleh↔عليه, sebuah↔صباح, hanya↔للإهانة were reported as transliterations."""
    source = "Ia dihukum oleh pengadilan, hanya sebuah denda, bersama istrinya."
    faithful = "حكمت عليه المحكمة بغرامة فقط صباح الأحد، ولم يتعرض للإهانة مع زوجته."
    transliterated = "حكمت عليه المحكمة بغرامة فقط، برساما زوجته."
    assert kinds(check_pair(source, faithful)) == []
    (finding,) = check_pair(source, transliterated)
    assert (finding.check, finding.evidence) == ("untranslated", "bersama")


def test_numbers_written_another_way_are_the_same_numbers() -> None:
    pairs = [
        ("Hubungi 116 123 (Inggris).", "اتصل بالرقم 116123 (بريطانيا).", "id"),
        ("Tim U-23 Indonesia menang.", "فاز منتخب إندونيسيا تحت 23 عاما.", "id"),
        ("Ia bertugas pada 1950-53.", "خدم من 1950 إلى 1953.", "id"),
        ("He was 13 when he fell ill.", "كان في سن الثالثة عشر عندما مرض.", "en"),
        (
            "In the 1980s he worked at Microsoft.",
            "عمل في ثمانينيات القرن العشرين في مايكروسوفت.",
            "en",
        ),
        ("She raised $2 million.", "جمعت مليوني دولار.", "en"),
        ("Turnout must be 50 percent.", "يجب أن تكون المشاركة أكثر من النصف.", "en"),
        ("It has been a decade since then.", "مرت أكثر من 10 سنوات منذ ذلك الحين.", "en"),
        ("Found at 7.55am.", "عثر عليها في الساعة 7.55 صباحًا.", "en"),
        ("Harganya 3.26 juta dolar.", "سعرها 3.26 مليون دولار.", "id"),
        ("My colleague Joan Ryan spoke.", "تحدثت زميلتي جوان ريان.", "en"),
    ]
    for source, target, language in pairs:
        assert kinds(check_pair(source, target, language)) == [], (source, target)


def test_a_changed_number_is_still_found() -> None:
    found = check_pair("He was 13 when he fell ill.", "كان في سن الرابعة عشر عندما مرض.", "en")
    assert kinds(found) == ["number-mismatch"]
    assert kinds(check_pair("Tim U-23 menang 3-0.", "فاز منتخب تحت 23 عاما 4-0.", "id")) == [
        "number-mismatch"
    ]


def test_words_run_together() -> None:
    """Latin glued to an Arabic word, ة or ى inside a token, two common words fused; not an
    Arabic clitic on a Latin name, a half-done transliteration, a name or a suffixed word."""
    from reader.core.checks.fused import run_together
    from reader.core.checks.model import Confidence

    assert run_together("منصةSolidمفتوحة", "ar") == (("منصة", "Solid", "مفتوحة"), Confidence.HIGH)
    assert run_together("إلىNottingham", "ar") == (("إلى", "Nottingham"), Confidence.HIGH)
    assert run_together("المساهمةبالتزامات", "ar") == (("المساهمة", "بالتزامات"), Confidence.HIGH)
    assert run_together("أمامالقانون", "ar") == (("أمام", "القانون"), Confidence.LOW)
    # Three long words, two of them nominative plurals the list holds in the oblique case only.
    assert run_together("المدعونالاتحاديونبنيويورك", "ar") == (
        ("المدعون", "الاتحاديون", "بنيويورك"),
        Confidence.HIGH,
    )
    # ى carrying a final hamza ends a word, not a first word: "الهادىء" is "الهادئ".
    for word in ("الهادىء", "ومبادىء", "الميكروبيولوجي"):
        assert run_together(word, "ar") is None, word
    for word in ("وTokopedia", "بالـASEAN", "سامارينda", "جولدسميث", "بيونغيانغ", "تصريحاتهم"):
        assert run_together(word, "ar") is None, word
    found = check_pair("Ia pergi ke Nottingham.", "ذهب إلىNottingham.")
    assert [(f.check, f.evidence) for f in found] == [("run-together", "إلىNottingham")]


def test_the_banner_counts_the_confident_findings_and_lists_the_rest() -> None:
    from reader.core.checks.model import Confidence, FindingKind, count_by_kind, worth_a_look
    from reader.core.export.json import finding_json
    from reader.core.present.findings import findings_summary

    sure = Finding(FindingKind.RUN_TOGETHER, 3, 3, "m", "e", ((0, 4),))
    doubtful = Finding(FindingKind.RUN_TOGETHER, 5, 5, "m", "e", ((0, 4),), Confidence.LOW)
    found = [sure, doubtful, doubtful]
    counts = count_by_kind(found, confident_only=True)
    assert counts == ((FindingKind.RUN_TOGETHER, 1),) and worth_a_look(found) == 2
    assert findings_summary(counts, worth_a_look(found)) == (
        "Checks against the source found 1 possible problem: 1 place where words run "
        "together. 2 more findings are worth a look."
    )
    assert findings_summary((), 1) == (
        "Checks against the source found no clear problem; 1 finding is worth a look."
    )
    assert finding_json(doubtful)["confidence"] == "low"
    assert finding_json(sure)["confidence"] == "high"


def test_latin_text_kept_on_purpose() -> None:
    """A title copied from the source, a grade letter, a term the source itself quotes: no
    finding; a quoted word of the source language: worth a look."""
    assert (
        kinds(
            check_pair("Still Game star opens a restaurant.", 'نجم "Still Game" يفتتح مطعما.', "en")
        )
        == []
    )
    assert kinds(check_pair("She got an A in maths.", "حصلت على درجة A في الرياضيات.", "en")) == []
    assert (
        kinds(check_pair("In Welsh twp means daft.", "تعني twp في الويلزية السخافة.", "en")) == []
    )
    (quoted,) = check_pair('It was "bittersweet", she said.', 'قالت إنه كان "bittersweet".', "en")
    assert (quoted.check, quoted.confident) == ("untranslated", False)
    (left,) = check_pair("Sementara itu, harga naik.", "Sementara itu، ارتفعت الأسعار.")
    assert (left.check, left.confident) == ("untranslated", True)


def test_a_weekday_that_changed() -> None:
    (found,) = check_pair("Ia tiba pada Kamis (25/4).", "وصل يوم الثلاثاء (25/4).")
    assert (found.check, found.message) == (
        "date-mismatch",
        "the source has Thursday where this has Tuesday",
    )
    assert kinds(check_pair("Ia tiba pada Kamis (25/4).", "وصل يوم الخميس (25/4).")) == []


def test_a_name_taken_for_a_month() -> None:
    (found,) = check_pair("Kata Juni Rahmawati kepada wartawan.", "قالت يونيو رحماواتي للصحفيين.")
    assert (found.check, found.confident) == ("name-as-month", True)
    # Her name as Arabic writes it, and a month that is a month, are fine.
    assert (
        kinds(check_pair("Kata Juni Rahmawati kepada wartawan.", "قالت جوني رحماواتي للصحفيين."))
        == []
    )
    assert kinds(check_pair("He thanked Mrs May.", "شكر السيدة ماي.", "en")) == []


def test_a_lone_file_gets_the_checks_that_need_no_source(seed: Path) -> None:
    """The seed alone: its stutter is found; the banner says what needs the source."""
    from reader.core.checks.model import count_by_kind
    from reader.core.checks.run import check_alone
    from reader.core.ingest.loading import load_files
    from reader.core.present.banner import banner_for

    article = load_files([seed])
    (alone,) = article.versions
    found = check_alone(alone, article.source_language)
    assert [(f.check, f.paragraph) for f in found] == [("repetition", 3)]
    banner = banner_for(article, alone, count_by_kind(found), alone=True)
    assert banner.checks == (
        "Checks that need no source found 1 possible problem: 1 repeated phrase. "
        "Numbers, names and missing or added text need the Indonesian source."
    )
    # Without the source, Latin words of the source's language are still found.
    latin = check_alone(version("ar", "وقال الرئيس sementara itu إن الاجتماع انتهى."), "id")
    assert [(f.check, f.evidence) for f in latin] == [("untranslated", "sementara itu")]


def test_chinese_and_japanese_say_times_counts_and_shares_their_own_way() -> None:
    """午後2時 is 2 pm, 下午5：30 is 5:30 pm, 2台 (two cars) an Arabic dual, 20世纪80年代 the
    1980s, 五分之一 a fifth: no false alarm; a changed time or count is still found."""
    faithful = [
        ("午後2時、パトカーが2台あった。", "بحلول الساعة 2 مساءً، وجدت سيارتا شرطة.", "ja"),
        ("最佳时间是周六下午5：30", "الوقت المثالي هو 5:30 مساءً يوم السبت", "zh"),
        ("他们于20世纪80年代在耶鲁学习", "خلال فترة دراستهم في جامعة ييل في الثمانينيات", "zh"),
        ("五分之一的学生表示", "وقال 20 بالمائة من التلاميذ", "zh"),
    ]
    for source, target, language in faithful:
        assert kinds(check_pair(source, target, language)) == [], source
    changed = check_pair(
        "午後2時、パトカーが2台あった。", "بحلول الساعة 3 مساءً، وجدت 4 سيارات.", "ja"
    )
    assert kinds(changed) == ["number-mismatch", "number-mismatch"]


def test_a_latin_name_kept_where_the_source_writes_its_own_script_is_worth_a_look() -> None:
    """ヘーゼルタイン is Hazeltine: a Japanese source spells the name in katakana, which no
    check reads as Latin; from a Latin-script source the same name is an added name."""
    (doubtful,) = check_pair("ヘーゼルタインで試合があった。", "أقيمت المباراة في Hazeltine.", "ja")
    assert (doubtful.check, doubtful.confident) == ("added-name", False)
    (sure,) = check_pair("Pertandingan digelar di sana.", "أقيمت المباراة في Hazeltine.", "id")
    assert (sure.check, sure.confident) == ("added-name", True)


def test_reader_check_on_a_lone_file(
    seed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The seed alone: the checks that need no source run; the report says the rest need the
    Indonesian source; the JSON is its own shape, with no source object."""
    import json

    from reader.cli import main

    assert main(["check", str(seed)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith('repetition: "وكالة الأنباء المركزية الكورية" is repeated')
    assert out[-1] == (
        "Checks that need no source found 1 possible problem: 1 repeated phrase. Numbers, "
        "names and missing or added text need the Indonesian source."
    )
    assert main(["check", str(seed), "--json"]) == 1
    document = json.loads(capsys.readouterr().out)
    assert "source" not in document and document["alone"] is True
    assert document["source_language"] == "id" and document["translation"]["language"] == "ar"
    assert [f["check"] for f in document["findings"]] == ["repetition"]
    assert "number-mismatch" in document["needs_source"]
    assert "run-together" in document["checks_run"]
    clean = tmp_path / "clean.txt"
    clean.write_text("قال الرئيس إن الاجتماع انتهى.\n", encoding="utf-8")
    assert main(["check", str(clean), "--source-lang", "en"]) == 0
