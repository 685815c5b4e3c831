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


def assert_faithful(cases: list[tuple[str, str, str]]) -> None:
    """Each (source, Arabic, source language) pair is checked without a finding."""
    for source, target, language in cases:
        assert kinds(check_pair(source, target, language)) == [], source


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


def test_arabic_monday_is_also_the_numeral_two() -> None:
    """الاثنين is Monday and "the two" (أو الاثنين معًا: or both together). Beside the source's
    weekday kept, it is no weekday changed; without it, it is one only where something dates
    it (يوم الاثنين, الاثنين الماضي), and worth a look elsewhere. Monday put for Sunday is
    still counted."""
    source = "The talks ended on Sunday, with a deal on trade, on visas or on both."
    both = "انتهت المحادثات يوم الأحد باتفاق على التجارة أو التأشيرات أو الاثنين معًا."
    assert kinds(check_pair(source, both, "en")) == []
    dropped = "انتهت المحادثات باتفاق على التجارة أو التأشيرات أو الاثنين معًا."
    (numeral,) = check_pair(source, dropped, "en")
    assert (numeral.check, numeral.confident) == ("date-mismatch", False)
    for changed in (
        "انتهت المحادثات يوم الاثنين باتفاق على التجارة أو التأشيرات أو كليهما.",
        "انتهت المحادثات الاثنين الماضي باتفاق على التجارة أو التأشيرات أو كليهما.",
    ):
        (found,) = check_pair(source, changed, "en")
        assert (found.check, found.message, found.confident) == (
            "date-mismatch",
            "the source has Sunday where this has Monday",
            True,
        ), changed
    (dated,) = check_pair("Ia tiba pada Minggu (25/4).", "وصل الاثنين (25/4).")
    assert (dated.check, dated.confident) == ("date-mismatch", True)
    # Another weekday than a numeral's stays counted without a word of time around it.
    (saturday,) = check_pair(source, "انتهت المحادثات السبت باتفاق.", "en")
    assert (saturday.check, saturday.confident) == ("date-mismatch", True)


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
    # No notice and no --source-lang: the source's language is unknown, and no "Arabic source"
    # is asked of an Arabic file.
    assert main(["check", str(clean)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "Checks that need no source flagged nothing. Numbers, names and missing or added text "
        "need the source."
    )


def test_arabic_says_numbers_by_its_grammar() -> None:
    """Definite cardinals (القادة التسعة), the dual of a unit CLDR names (يومين; العقدين, twenty
    years), an hour said by its ordinal (السادسة صباحًا) and a fraction of an hour (ربع ساعة)
    state the number the source writes in digits; a changed one is still found."""
    faithful = [
        ("Junqueras, salah satu dari 9 pemimpin Katalan.", "جونكيراس، أحد القادة التسعة.", "id"),
        ("Selama 4 hari terakhir, ia diam.", "على مدار الأيام الأربعة الأخيرة، صمت.", "id"),
        ("Ia terjebak selama 2 hari.", "احتجزت تحت الأنقاض لمدة يومين.", "id"),
        ("A 2-year-old girl died.", "توفيت طفلة تبلغ من العمر عامين.", "en"),
        (
            "111 orang tewas dalam 20 tahun terakhir.",
            "لقي 111 شخصًا مصرعهم خلال العقدين الماضيين.",
            "id",
        ),
        ("Siaran dihentikan pukul 6 pagi.", "توقف البث في الساعة السادسة صباحًا.", "id"),
        ("The show starts at 8pm.", "يبدأ العرض في الثامنة مساءً.", "en"),
        ("He scored after 15 minutes.", "سجل بعد ربع ساعة.", "en"),
    ]
    assert_faithful(faithful)
    changed = [
        ("Junqueras, salah satu dari 9 pemimpin Katalan.", "جونكيراس، أحد القادة الثمانية.", "id"),
        ("Ia terjebak selama 3 hari.", "احتجزت تحت الأنقاض لمدة يومين.", "id"),
        ("Siaran dihentikan pukul 6 pagi.", "توقف البث في الساعة السابعة صباحًا.", "id"),
        ("The show starts at 8pm.", "يبدأ العرض في الثامنة صباحًا.", "en"),
    ]
    for source, target, language in changed:
        found = check_pair(source, target, language)
        assert [(f.check, f.confident) for f in found] == [("number-mismatch", True)], source
    # The article leaves an ordinal an ordinal, and Monday no two.
    from reader.core.text.numbers import extract_numbers

    assert [(m.kind, m.value) for m in extract_numbers("الفصل الثالث يوم الاثنين", "ar")] == [
        ("ordinal", 3)
    ]


def test_a_month_named_alone_is_worth_a_look() -> None:
    """A month word with no day, year or word announcing a month beside it may be a name
    (Mrs May, مايو; Joan, جوان): the finding is worth a look, not counted; after a title
    (السيدة مايو) it is a name, and no finding at all. A month named as a month and changed is
    counted."""
    (doubtful,) = check_pair("Ia mendesak Ny May untuk mundur.", "وحث مايو على التنحي.")
    assert (doubtful.check, doubtful.confident) == ("number-mismatch", False)
    assert check_pair("Ia mendesak Ny May untuk mundur.", "وحث السيدة مايو على التنحي.") == []
    (sure,) = check_pair("Ia mundur pada bulan Mei.", "تنحى في شهر يونيو.")
    assert (sure.check, sure.confident) == ("number-mismatch", True)
    (sure,) = check_pair("Ia mundur Mei 2019.", "تنحى يونيو 2019.")
    assert (sure.check, sure.confident) == ("number-mismatch", True)


def test_a_latin_name_run_into_han_characters_is_a_name() -> None:
    """Chinese runs a Latin name into its characters ("42 岁的Joan Puig"): جوان is Joan there."""
    assert (
        kinds(
            check_pair(
                "42 岁的Joan Puig 是一名机械师", "جوان بويج، عامل ميكانيكي يبلغ 42 عامًا", "zh"
            )
        )
        == []
    )


def test_chinese_and_japanese_myriads_read_whole() -> None:
    """550多万 is more than 5.5 million, 1億2千万 is 120 million, 22億5000万 2.25 billion; a
    changed one is still found."""
    faithful = [
        ("已有550多万叙利亚人逃离该国", "فر أكثر من 5.5 ملايين سوري من البلاد", "zh"),
        ("1年あたり1億2千万ポンドの収益", "تجمع 120 مليون جنيه إسترليني سنويًا", "ja"),
        ("22億5000万人以上の生活", "حياة أكثر من 2.25 مليار شخص", "ja"),
    ]
    assert_faithful(faithful)
    (changed,) = check_pair(
        "1年あたり1億2千万ポンドの収益", "تجمع 130 مليون جنيه إسترليني سنويًا", "ja"
    )
    assert changed.check == "number-mismatch" and changed.evidence == "1億2千万"


def test_units_after_a_myriad_are_no_second_number() -> None:
    """1万2000人 is 12,000 people, whole: no year 2000 the translation lacks; a changed total is
    still found."""
    assert_faithful(
        [
            ("抗议活动吸引了约1万2000人", "جذبت الاحتجاجات نحو 12 ألف شخص", "zh"),
            ("37万5,000ドルの賠償金", "تعويض قدره 375 ألف دولار", "ja"),
        ]
    )
    (changed,) = check_pair("抗议活动吸引了约1万2000人", "جذبت الاحتجاجات نحو 10 آلاف شخص", "zh")
    assert changed.check == "number-mismatch" and changed.evidence == "1万2000"


def test_a_japanese_era_year_is_the_translation_s_western_year() -> None:
    """昭和20年 is 1945 in the translation: no number 20 missing, no year added; a wrong
    year is still found."""
    assert_faithful([("昭和20年に終戦を迎えた", "انتهت الحرب عام 1945", "ja")])
    (changed,) = check_pair("昭和20年に終戦を迎えた", "انتهت الحرب عام 1946", "ja")
    assert changed.check == "number-mismatch" and changed.evidence == "昭和20年"


def test_latin_kept_where_the_source_translated_it() -> None:
    """An acronym's plural (MWPs for the source's MWP) is no added name; a quoted title kept in
    English where the source translated it is worth a look; a name the source lacks, unquoted,
    is counted."""
    source = "Ils deviendraient des MWP (Membres du Parlement gallois)."
    assert kinds(check_pair(source, "سيصبحون MWPs (أعضاء في برلمان ويلز).", "fr")) == []
    title = check_pair(
        "Johnny English a encore frappé : la critique",
        'مراجعة فيلم "Johnny English Strikes Again"',
        "fr",
    )
    assert [(f.check, f.confident) for f in title] == [("added-name", False)] * 2
    assert [f.message for f in title] == [
        "names Strikes, which the source does not mention here",
        "names Again, which the source does not mention here",
    ]
    (sure,) = check_pair("Ils deviendraient des députés.", "سيصبحون MWPs.", "fr")
    assert (sure.check, sure.confident) == ("added-name", True)


def test_chinese_and_japanese_counts_and_names_run_into_characters() -> None:
    """六名 (six people), 六か月 (six months), 十年 (ten years) are counts; an agency in Latin
    letters run into Han or kana ("在BBC一个", "BBCの") is named; 過去100年 is the past
    century. A count that changed is still found."""
    faithful = [
        ("仍有六名乘客在医院接受治疗", "ظل 6 ركاب بالمشفى", "zh"),
        ("一日350ドル、六か月分の賠償", "تعويض بقيمة 350 دولارًا يوميًا لمدة 6 أشهر", "ja"),
        ("距上次诉讼已有十年之久", "مرت أكثر من 10 سنوات منذ آخر قضية", "zh"),
        ("他曾是BBC的一名摄影师", "كان يعمل مصورًا في إذاعة BBC", "zh"),
        ("人気のBBC番組で演じている", "يؤدي دورًا في برنامج بي بي سي الشهير", "ja"),
        ("コウモリの数は過去100年で減少した", "انخفضت أعداد الخفافيش خلال القرن الماضي", "ja"),
    ]
    assert_faithful(faithful)
    (changed,) = check_pair("仍有六名乘客在医院接受治疗", "ظل 7 ركاب بالمشفى", "zh")
    assert changed.check == "number-mismatch"
    (added,) = check_pair("他曾是一名摄影师", "كان يعمل مصورًا في إذاعة BBC", "zh")
    assert added.check == "added-name"


def test_english_news_numbers_said_otherwise_in_arabic() -> None:
    """ "in his 40s" is في الأربعينيات من عمره, "21st century" القرن الحادي والعشرون, noon and
    midnight clock times, "£1.5m" a million and a half (after a currency sign only: "5m" is
    five metres), مئة ألف a hundred thousand, مليون ونصف المليون 1.5 million, مئتي two hundred, القضاة الأحد عشر the eleven
    judges. A changed one is still found."""
    faithful = [
        ("A man in his 40s was arrested.", "ألقي القبض على رجل في الأربعينيات من عمره."),
        ("The 21st century began.", "بدأ القرن الحادي والعشرون."),
        ("The meeting is at noon.", "الاجتماع في الساعة 12 ظهرًا."),
        ("It happened at midnight.", "حدث ذلك عند الساعة 00:00."),
        ("It cost £1.5m.", "تكلف 1.5 مليون جنيه إسترليني."),
        ("A 5m wall.", "جدار بارتفاع 5 أمتار."),
        ("More than 100,000 people.", "أكثر من مئة ألف شخص."),
        ("About 200 people.", "حوالي مئتي شخص."),
        ("Five of the 11 judges.", "خمسة من القضاة الأحد عشر."),
        ("Some 1.5 million people.", "نحو مليون ونصف المليون شخص."),
    ]
    assert_faithful([(source, target, "en") for source, target in faithful])
    changed = [
        ("It cost £15m.", "تكلف 16 مليون جنيه إسترليني."),
        ("A 5m wall.", "جدار بارتفاع 5 ملايين."),
        ("The meeting is at noon.", "الاجتماع في الساعة 1 ظهرًا."),
        ("About 300 people.", "حوالي مئتي شخص."),
        ("Some 2.5 million people.", "نحو مليون ونصف المليون شخص."),
    ]
    for source, target in changed:
        assert kinds(check_pair(source, target, "en")) == ["number-mismatch"], source
    # أحد alone is "one of" or Sunday, no number; الألف has no article: a thousand, no ordinal.
    from reader.core.text.numbers import extract_numbers

    assert extract_numbers("يوم الأحد، غادر أحدهم.", "ar") == []
    assert [(m.kind, m.value) for m in extract_numbers("مئة ألف", "ar")] == [("integer", 100_000)]


def test_a_repetition_the_source_makes_is_no_stutter() -> None:
    """A list joined by و written onto the next word, and a word the source repeats itself
    (one word rendered by several), are faithful; a stutter whose source says the name once
    still counts, and ``وزارة`` (ministry) is not taken for و + a word."""
    listed = check_pair(
        "HCoV-HKU1 was found worldwide, like HCoV-NL63, HCoV-229E and HCoV-OC43.",
        "وُجد فيروس كورونا البشري-HKU1 عالميًا، مثل فيروس كورونا البشري-NL63 وفيروس كورونا "
        "البشري-229E وفيروس كورونا البشري-OC43.",
        "en",
    )
    assert kinds(listed) == []
    (echo,) = check_pair(
        "The RNA-dependent RNA polymerase copies the genome.",
        "ينسخ بوليميراز الحمض النووي الريبوزي المعتمد على الحمض النووي الريبوزي الجينوم.",
        "en",
    )
    assert (echo.check, echo.confident) == ("repetition", False)
    (elided,) = check_pair(
        "La protéine est l’ARN polymérase ARN dépendante.",
        "البروتين هو بوليميراز الحمض النووي الريبوزي المعتمد على الحمض النووي الريبوزي.",
        "fr",
    )
    assert (elided.check, elided.confident) == ("repetition", False)
    (stutter,) = check_pair(
        "Paket itu mencakup 30 tank, kata Kementerian Pertahanan Jerman.",
        "تشمل الحزمة 30 دبابة، بحسب وزارة الدفاع الألمانية وزارة الدفاع الألمانية.",
    )
    assert (stutter.check, stutter.confident) == ("repetition", True)


def test_two_things_of_one_name_told_apart_by_their_labels_are_no_stutter() -> None:
    """Acronyms spelled out: the source names two receptors, TLR4 and TLR (its family), and
    the translation writes the long name twice, a number after the first and the code after
    the second. The same name written twice with nothing between to tell them apart still
    counts, in Arabic as in English."""
    labelled = check_pair(
        "TLR4 activates the related toll-like receptor (TLR) pathway in the cell.",
        "ينشط المستقبل الشبيه بالتول 4 مسار المستقبل الشبيه بالتول (TLR) في الخلية.",
        "en",
    )
    assert kinds(labelled) == []
    (stutter,) = check_pair(
        "TLR4 activates a pathway in the cell.",
        "ينشط المستقبل الشبيه بالتول في الخلية المستقبل الشبيه بالتول مسارًا.",
        "en",
    )
    assert (stutter.check, stutter.confident) == ("repetition", True)
    english = version("en", "The ministry said the ministry of defence the ministry of defence.")
    (same,) = check_version(
        version("id", "Kata kementerian pertahanan."), english, Alignment((Bead((0,), (0,), 1),))
    )
    assert (same.check, same.confident) == ("repetition", True)


def test_addresses_markup_and_accented_latin_are_not_untranslated_words() -> None:
    """A web address kept whole (``https://``), a character reference left in the text
    (``&amp;``) and a Latin name with an accent (``TÜV``) are no untranslated words; an English
    word left in the Arabic still is."""
    assert_faithful(
        [
            (
                "We use ABSEIR (https://tinyurl.com/vqu35cj) and the guidelines (http://www.nhc.gov.cn/).",
                "نستخدم ABSEIR (https://tinyurl.com/vqu35cj) والإرشادات (/http://www.nhc.gov.cn).",
                "en",
            ),
            ("The AS &amp; A Level exams.", "امتحانات مستويات AS &amp; A.", "en"),
            (
                "Read the guidance (https://example.org/docs/school-reopening-guidance.pdf).",
                "اقرأ الإرشادات (https://example.org/docs/school-reopening-guidance.pdf).",
                "en",
            ),
            (
                "In 2005, in a study conducted by TÜV Produkt und Umwelt, different hand drying "
                "methods were evaluated.",
                "وفي 2005، قيَّمت دراسة أجرتها TÜV Produkt und Umwelt طرق تجفيف اليدين المختلفة.",
                "en",
            ),
        ]
    )
    (finding,) = check_pair("The results were tested.", "تم اختبار results.", "en")
    assert (finding.check, finding.evidence) == ("untranslated", "results")
    # The words of an address, outside it, are words again.
    (outside,) = check_pair(
        "Read the guidance on reopening (https://example.org/reopening.pdf).",
        "اقرأ guidance بشأن إعادة الفتح (https://example.org/reopening.pdf).",
        "en",
    )
    assert (outside.check, outside.evidence) == ("untranslated", "guidance")
    (half,) = check_pair("Di Samarinda.", "في سامارينda.")
    assert half.check == "untranslated"


def test_unpaired_paragraphs_facing_each_other_are_worth_a_look() -> None:
    """A source paragraph the aligner left unpaired beside a translation paragraph it left
    unpaired, in the same place: the translation has something there (a faithful rendering
    with no number or name to anchor it), so neither is counted. A paragraph dropped, with
    nothing facing it, still is."""
    source = version(
        "en",
        "Hand washing with soap is the first defence against the virus.",
        "Alcohol rub sanitizers kill bacteria and most viruses on the hands.",
        "Paper towels showed no significant spread of micro-organisms.",
    )
    target = version(
        "ar",
        "غسل اليدين بالصابون هو خط الدفاع الأول ضد الفيروس.",
        "تقضي المعقمات الكحولية عبر الفرك على البكتيريا ومعظم الفيروسات على اليدين.",
        "لم تُظهر المناشف الورقية أي انتشار كبير للكائنات الدقيقة.",
    )
    facing = Alignment(
        (
            Bead((0,), (0,), 1.0),
            Bead((), (1,), 0.4),
            Bead((1,), (), 0.4),
            Bead((2,), (2,), 1.0),
        )
    )
    found = check_version(source, target, facing)
    assert sorted((str(f.check), f.confident) for f in found) == [
        ("extra-paragraph", False),
        ("missing-paragraph", False),
    ]
    dropped = version("ar", target.paragraphs[0].text, target.paragraphs[2].text)
    alone = Alignment((Bead((0,), (0,), 1.0), Bead((1,), (), 0.4), Bead((2,), (1,), 1.0)))
    (missing,) = check_version(source, dropped, alone)
    assert (missing.check, missing.confident) == ("missing-paragraph", True)


def test_an_unpaired_paragraph_a_split_bead_balances_a_few_beads_away_is_worth_a_look() -> None:
    """The aligner pairs a paragraph with two of the translation's and lets the next pairs slip
    by one, leaving a short source paragraph unpaired three beads on: the stretch holds as many
    paragraphs on each side, so nothing is sure to be missing. The same paragraph dropped (the
    translation one short, no bead with a paragraph to spare) still counts."""
    source = version(
        "zh",
        "卫生部周一发布了新的指导意见。",
        "学校将在下个月重新开放。",
        "家长应当为孩子准备口罩。",
        "老师每天都会测量体温。",
        "请勤洗手。",
        "感谢大家的配合。",
    )
    target = version(
        "ar",
        "أصدرت وزارة الصحة يوم الاثنين إرشادات جديدة.",
        "ستعيد المدارس فتح أبوابها الشهر المقبل.",
        "ينبغي على الآباء تجهيز الكمامات لأطفالهم.",
        "سيقيس المعلمون درجة الحرارة كل يوم.",
        "اغسلوا أيديكم باستمرار!",
        "شكرًا لتعاونكم.",
    )
    slipped = Alignment(
        (
            Bead((0,), (0, 1), 0.9),
            Bead((1,), (2,), 0.9),
            Bead((2,), (3,), 0.9),
            Bead((3,), (4,), 0.6),
            Bead((4,), (), 0.5),
            Bead((5,), (5,), 1.0),
        )
    )
    (loose,) = check_version(source, target, slipped)
    assert (loose.check, loose.source_paragraph, loose.confident) == ("missing-paragraph", 4, False)
    dropped = version("ar", *(p.text for p in target.paragraphs[:4]), target.paragraphs[5].text)
    alone = Alignment(
        (
            *(Bead((i,), (i,), 0.9) for i in range(4)),
            Bead((4,), (), 0.5),
            Bead((5,), (4,), 1.0),
        )
    )
    (missing,) = check_version(source, dropped, alone)
    assert (missing.check, missing.source_paragraph, missing.confident) == (
        "missing-paragraph",
        4,
        True,
    )
    # An extra paragraph of the translation, balanced by a bead of two source paragraphs.
    merged = Alignment(
        (
            Bead((0, 1), (0,), 0.9),
            Bead((2,), (1,), 0.9),
            Bead((), (2,), 0.5),
            *(Bead((i,), (i,), 0.9) for i in range(3, 6)),
        )
    )
    (extra,) = check_version(source, target, merged)
    assert (extra.check, extra.paragraph, extra.confident) == ("extra-paragraph", 2, False)


def test_numbers_of_medical_and_reference_text_said_otherwise() -> None:
    """A scale word in the accusative (16.5 مليونًا), a Roman numeral the translation writes in
    digits (type I, angiotensin II), a decade named by its tens (les années 30, the '60s), a
    French count of hours (jusqu'à 24 heures, 24 h/24), an Indonesian hour before the part of
    the day (pukul 3 sore dan 6 pagi): the same numbers. A changed one is still found."""
    faithful = [
        (
            "Japan had 16.5 million learners affected.",
            "تلتها اليابان بعدد 16.5 مليونًا من الطلاب.",
            "en",
        ),
        (
            "ACE cleaves angiotensin I into angiotensin II, a type I membrane protein.",
            "يحوّل الإنزيم أنجيوتنسين 1 إلى أنجيوتنسين 2، وهو بروتين غشائي من النوع 1.",
            "en",
        ),
        (
            "Les coronavirus ont été découverts dans les années 30.",
            "اكتُشفت فيروسات كورونا في 1930 من القرن العشرين.",
            "fr",
        ),
        ("Songs of the ’60s were played.", "عُزفت أغاني الستينيات.", "en"),
        (
            "Le virus peut survivre jusqu’à 24 heures sur du carton.",
            "قد يظل الفيروس على الورق المقوى لمدة تصل إلى 24 ساعة.",
            "fr",
        ),
        (
            "Ne laissez pas les chaînes d’information 24 h/24 allumées.",
            "لا تتابع الأخبار على مدار 24 ساعة.",
            "fr",
        ),
        (
            "Jam malam hanya berlaku antara pukul 3 sore dan 6 pagi.",
            "كان حظر التجول من الساعة 3 مساءً إلى الساعة 6 صباحًا فقط.",
            "id",
        ),
    ]
    assert_faithful(faithful)
    changed = [
        ("Japan had 16.5 million learners.", "اليابان بعدد 17.5 مليونًا من الطلاب.", "en"),
        ("Les coronavirus ont été découverts dans les années 30.", "اكتُشفت في 1940.", "fr"),
        (
            "Le virus peut survivre jusqu’à 24 heures.",
            "قد يظل الفيروس لمدة تصل إلى 48 ساعة.",
            "fr",
        ),
        (
            "Jam malam berlaku antara pukul 3 sore dan 6 pagi.",
            "كان حظر التجول من الساعة 3 مساءً إلى الساعة 7 صباحًا.",
            "id",
        ),
        ("It is a type I protein.", "إنه بروتين من النوع 2.", "en"),
    ]
    for source, target, language in changed:  # a time against a count: one finding each
        assert set(kinds(check_pair(source, target, language))) == {"number-mismatch"}, source


def test_a_range_whose_scale_is_written_once() -> None:
    """``2.6 到 3.2 万`` is 26,000 to 32,000, ``between 2 and 3 million`` two million to three;
    a translation writing both ends whole says the same. A changed end is still found."""
    assert_faithful(
        [
            (
                "冠状病毒的基因组大小约在 2.6 到 3.2 万个碱基之间。",
                "يتراوح حجم جينوم فيروسات كورونا من 26 إلى 32 ألف قاعدة.",
                "zh",
            ),
            (
                "Between 2 and 3 million people were affected.",
                "تأثر ما بين مليونين و3 ملايين شخص.",
                "en",
            ),
            ("Sebanyak 2-3 juta orang terdampak.", "تأثر ما بين 2 و3 ملايين شخص.", "id"),
        ]
    )
    changed = check_pair(
        "冠状病毒的基因组大小约在 2.6 到 3.2 万个碱基之间。",
        "يتراوح حجم جينوم فيروسات كورونا من 28 إلى 32 ألف قاعدة.",
        "zh",
    )
    assert kinds(changed) == ["number-mismatch"]


def test_a_latin_gloss_in_a_chinese_source_is_not_translated_twice() -> None:
    """Chinese writes a foreign name in its characters with the name in Latin letters after it,
    in parentheses: the Arabic renders it once, and the paragraph is no shorter than it should
    be. A paragraph with half of it dropped still is."""
    chinese = [
        "卫生部门周一宣布了一项新的疫苗接种计划，覆盖全国所有省份的老年人。",
        "官员表示，第一批疫苗将在下个月运抵各地的社区医疗中心。",
        "许多老年人对这项计划表示欢迎，并希望尽快完成接种。",
        "专家认为这一步骤是正确的，但呼吁加强对疫苗储存条件的监督，并要求各地卫生部门每周公布"
        "接种人数和不良反应的统计数据，以便公众了解计划的进展。",
        "世界卫生组织（World Health Organization, WHO）和疾病预防控制中心（Centers for Disease "
        "Control and Prevention）均表示支持。",
    ]
    arabic = [
        "أعلنت السلطات الصحية يوم الاثنين خطة تطعيم جديدة تشمل كبار السن في جميع المحافظات.",
        "وقال المسؤولون إن الدفعة الأولى من اللقاحات ستصل إلى المراكز الصحية المجتمعية الشهر "
        "المقبل.",
        "ورحب كثير من كبار السن بالخطة وأعربوا عن أملهم في إتمام التطعيم قريبًا.",
        "ويرى الخبراء أن هذه الخطوة صحيحة، لكنهم دعوا إلى تشديد الرقابة على ظروف تخزين اللقاحات، "
        "وطالبوا السلطات الصحية في كل منطقة بنشر أعداد المطعمين وإحصاءات الآثار الجانبية كل "
        "أسبوع، حتى يتابع الجمهور تقدم الخطة.",
        "وأعلنت منظمة الصحة العالمية ومراكز مكافحة الأمراض والوقاية منها تأييدهما للخطة.",
    ]
    source = version("zh", *chinese)
    one_to_one = Alignment(tuple(Bead((i,), (i,), 1.0) for i in range(5)))
    assert kinds(check_version(source, version("ar", *arabic), one_to_one)) == []
    dropped = [*arabic[:3], "ويرى الخبراء أن هذه الخطوة صحيحة.", arabic[4]]
    found = check_version(source, version("ar", *dropped), one_to_one)
    assert [(f.check, f.paragraph, f.confident) for f in found] == [("length-ratio", 3, True)]


def test_a_repeat_a_chinese_source_makes_earlier_in_its_paragraph_is_an_echo() -> None:
    """Chinese puts the relative clause before its noun (RNA 依赖性 RNA 聚合酶所缺少的校对功能),
    Arabic after: the source's repeated word stands further from where the translation's
    repetition does than between two European languages, and is still its echo. Against a
    source that repeats nothing, the repetition counts."""
    arabic = (
        "بحسب الدراسة الجديدة، يوفر هذا الإنزيم استكمالًا لوظيفة التدقيق التي يفتقر إليها "
        "بوليميراز الحمض النووي الريبوزي المعتمد على الحمض النووي الريبوزي، مما يجعل النسخ أدق."
    )
    echoed = "该酶为 RNA 依赖性 RNA 聚合酶所缺少的校对功能提供了补充，使病毒基因组的复制更加准确。"
    (echo,) = check_pair(echoed, arabic, "zh")
    assert (echo.check, echo.confident) == ("repetition", False)
    plain = "该酶为聚合酶所缺少的校对功能提供了补充，使病毒基因组的复制更加准确。"
    (stutter,) = check_pair(plain, arabic, "zh")
    assert (stutter.check, stutter.confident) == ("repetition", True)
