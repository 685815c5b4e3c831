"""XLIFF 2.0, XLIFF 1.2 and TMX out, read back by translate-toolkit; an edited XLIFF back in as
a post-edited revision; ``reader review``; the errors, one line each."""

from __future__ import annotations

import gettext
import json
import tomllib
from pathlib import Path

import pytest
from translate.storage import tmx, xliff, xliff2

from reader.cli import main
from reader.core.review.model import Note, Review, Status, add_note, set_status
from reader.core.review.store import ReviewFile
from tests.review.article import ARABIC, SOURCE, make_article

NOTE = Note("2026-03-01T10:02:00Z", "Sari", "اسم العلم يبقى \u2068KCNA\u2069")


@pytest.fixture
def article(tmp_path: Path) -> Path:
    folder = make_article(tmp_path / "putin-kim")
    version = Review().of("ar@1")
    version = set_status(version, 0, ARABIC[0], Status.APPROVED, "Sari", "2026-03-01T10:00:00Z")
    version = set_status(version, 2, ARABIC[2], Status.NEEDS_WORK, "Sari", "2026-03-01T10:01:00Z")
    version = add_note(version, 2, NOTE)
    ReviewFile(folder).save(Review().with_version("ar@1", version))
    return folder


def _export(folder: Path, fmt: str, out: Path) -> Path:
    assert main(["export", str(folder), "--format", fmt, "-o", str(out)]) == 0
    return out


def test_xliff2_reads_back_identically(article: Path, tmp_path: Path) -> None:
    store = xliff2.Xliff2File.parsefile(str(_export(article, "xliff2", tmp_path / "a.xlf")))
    assert (store.getsourcelanguage(), store.gettargetlanguage()) == ("id", "ar")
    assert [u.getid() for u in store.units] == ["s0.t0", "s1.t1", "s2.t2", "s3.t3"]
    assert [str(u.source) for u in store.units] == SOURCE
    assert [str(u.target) for u in store.units] == ARABIC  # bidi controls and all
    assert [u.isapproved() for u in store.units] == [True, False, False, False]
    assert [u.isfuzzy() for u in store.units] == [False, False, True, False]
    notes = store.units[2].getunitelement().find(f"{{{store.namespace}}}notes")
    assert [n.text for n in notes] == [NOTE.text]  # in <unit>, where XLIFF 2.0 puts them


def test_xliff12_reads_back_identically(article: Path, tmp_path: Path) -> None:
    out = _export(article, "xliff12", tmp_path / "a.xlf")
    assert b'version="1.2"' in out.read_bytes()
    assert b"document:1.1" not in out.read_bytes()  # no stray namespace on each unit
    store = xliff.xlifffile.parsefile(str(out))
    assert [str(u.source) for u in store.units] == SOURCE
    assert [str(u.target) for u in store.units] == ARABIC
    assert [u.isapproved() for u in store.units] == [True, False, False, False]
    states = [u.getlanguageNode(index=1).get("state") for u in store.units]
    assert states == [
        "signed-off",
        "needs-review-translation",
        "needs-translation",
        "needs-review-translation",
    ]
    assert store.units[2].getnotes() == NOTE.text
    assert store.units[2].getnotes(origin="Sari") == NOTE.text  # the author


def test_tmx_reads_back_identically(article: Path, tmp_path: Path) -> None:
    store = tmx.tmxfile.parsefile(str(_export(article, "tmx", tmp_path / "a.tmx")))
    assert [str(u.source) for u in store.units] == SOURCE
    assert [str(u.target) for u in store.units] == ARABIC
    assert store.units[2].getnotes() == NOTE.text


def _edited(path: Path, unit: str, target: str) -> None:
    """What a CAT tool does: a new target, the unit approved, a note of its own."""
    store = xliff2.Xliff2File.parsefile(str(path))
    (found,) = [u for u in store.units if u.getid() == unit]
    found.target = target
    found.xmlelement.set("state", "final")
    path.write_bytes(bytes(store))


def test_an_edited_xliff_comes_back_as_a_post_edited_revision(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    received = (article / "ar.txt").read_bytes()
    path = _export(article, "xliff2", tmp_path / "a.xlf")
    fixed = "أرسل الرئيس الروسي \u2068Vladimir Putin\u2069 رسالة إلى كيم جونغ أون يوم الاثنين الماضي.\u200f"
    _edited(path, "s1.t1", fixed)
    capsys.readouterr()
    assert main(["apply", str(path), str(article), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "language": "ar",
        "revision": 2,
        "changed_paragraphs": [1],
    }
    assert (article / "ar.txt").read_bytes() == received  # the machine text never modified
    manifest = tomllib.loads((article / "article.toml").read_text(encoding="utf-8"))
    entry = manifest["versions"][-1]
    assert (entry["origin"], entry["revision"], entry["parent"]) == ("post-edited", 2, 1)
    assert (article / entry["file"]).read_text(encoding="utf-8").split("\n\n")[1] == fixed
    assert main(["review", str(article), "--version", "ar@2", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [p["status"] for p in document["paragraphs"]] == [
        "approved",
        "approved",
        "needs-work",
        "unreviewed",
    ]
    assert document["paragraphs"][2]["notes"] == [
        {"text": NOTE.text, "author": "Sari", "at": NOTE.at}
    ]
    assert document["progress"] == {"approved": 2, "needs_work": 1, "total": 4}


def test_an_xliff_that_changes_nothing_makes_no_revision(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Applied twice, the second time brings nothing new: no copy of the first revision, and
    a line that says so. The unedited file of the first revision alone brings nothing either."""
    path = _export(article, "xliff2", tmp_path / "a.xlf")
    assert main(["apply", str(path), str(article)]) == 0
    assert capsys.readouterr().out == (
        "Nothing to apply: ar@1 already has the file's text, statuses and notes; "
        "no revision made.\n"
    )
    _edited(path, "s1.t1", "أرسل الرئيس الروسي رسالة إلى كيم جونغ أون.")
    assert main(["apply", str(path), str(article)]) == 0
    assert capsys.readouterr().out == "Made ar@2, post-edited; paragraph 1 changed.\n"
    manifest = (article / "article.toml").read_bytes()
    assert main(["apply", str(path), str(article), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "language": "ar",
        "revision": 2,
        "changed_paragraphs": [],
    }
    assert (article / "article.toml").read_bytes() == manifest
    revisions = tomllib.loads(manifest.decode("utf-8"))["versions"]
    assert [(v["language"], v.get("revision", 1)) for v in revisions][-2:] == [("ar", 1), ("ar", 2)]


OMEGAT = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="id" trgLang="ar"
 xmlns:its="http://www.w3.org/2005/11/its" its:version="2.0">
<file id="f1" original="putin-kim.xlf">
<unit id="s0.t0">
<segment id="1" state="translated"><source>{s0}</source><target>{t0}</target></segment>
</unit>
<unit id="s1.t1">
<notes><note category="comment">checked against KCNA</note></notes>
<segment id="1" state="final"><source>{s1}</source><target>{t1}</target></segment>
</unit>
<unit id="s2.t2">
<segment id="1" state="translated"><source>{s2a}</source><target>{t2a}</target></segment>
<ignorable><source> </source></ignorable>
<segment id="2" state="translated"><source>{s2b}</source><target>{t2b}</target></segment>
</unit>
<unit id="s3.t3">
<segment id="1" state="initial"><source>{s3}</source><target></target></segment>
</unit>
</file>
</xliff>
"""


def test_an_xliff2_in_the_shape_omegat_writes_is_imported(
    article: Path, tmp_path: Path, capsys
) -> None:
    """OmegaT keeps the unit ids, drops Reader's attributes, splits a paragraph into sentence
    segments with ignorable space between, and leaves an untranslated target empty."""
    first, second = SOURCE[2].split(", ")
    path = tmp_path / "omegat.xlf"
    path.write_text(
        OMEGAT.format(
            s0=SOURCE[0],
            t0=ARABIC[0],
            s1=SOURCE[1],
            t1=ARABIC[1],
            s2a=first + ",",
            t2a="قالت وكالة \u2066KCNA\u2069",
            s2b=second,
            t2b="إن البلدين سيوسعان العلاقات.",
            s3=SOURCE[3],
        ),
        encoding="utf-8",
    )
    assert main(["apply", str(path), str(article), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["changed_paragraphs"] == [2]
    assert main(["review", str(article), "--version", "ar@2", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [p["status"] for p in document["paragraphs"]] == [
        "unreviewed",
        "approved",
        "unreviewed",
        "unreviewed",
    ]
    assert [n["text"] for n in document["paragraphs"][1]["notes"]] == ["checked against KCNA"]
    text = (article / "ar-2.txt").read_text(encoding="utf-8").rstrip("\n").split("\n\n")
    assert text[2] == "قالت وكالة \u2066KCNA\u2069 إن البلدين سيوسعان العلاقات."
    assert text[3] == ARABIC[3]  # left empty by the tool: kept


def _error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("reader: error: ")
    return err


def test_an_xliff_for_another_article_is_refused(article: Path, tmp_path: Path, capsys) -> None:
    path = _export(article, "xliff2", tmp_path / "a.xlf")
    other = make_article(tmp_path / "other")
    (other / "id.txt").write_text("Berita lain sama sekali\n\nParagraf kedua.\n", encoding="utf-8")
    err = _error(capsys, "apply", str(path), str(other))
    assert "a.xlf: is for another article" in err and "id@1" in err
    assert not (other / "ar-2.txt").exists()


def test_units_that_do_not_match_are_named(article: Path, tmp_path: Path, capsys) -> None:
    path = _export(article, "xliff12", tmp_path / "a.xlf")
    store = xliff.xlifffile.parsefile(str(path))
    store.units[2].source = "Paragraf yang lain."
    store.units[3].setid("s9.t9")
    path.write_bytes(bytes(store))
    err = _error(capsys, "apply", str(path), str(article))
    assert "units s9.t9 name no paragraphs of ar@1" in err
    store.units[3].setid("s3.t3")
    path.write_bytes(bytes(store))
    err = _error(capsys, "apply", str(path), str(article))
    assert "the source text of units s2.t2 does not match id@1" in err
    manifest = tomllib.loads((article / "article.toml").read_text(encoding="utf-8"))
    assert len(manifest["versions"]) == 2  # nothing was written


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"not xml", "is not XML"), (b"<html/>", "is not an XLIFF file")],
)
def test_a_file_that_is_no_xliff_is_refused(
    article: Path, tmp_path: Path, capsys, content, message
) -> None:
    path = tmp_path / "bad.xlf"
    path.write_bytes(content)
    assert message in _error(capsys, "apply", str(path), str(article))


def test_review_of_a_loose_file_is_refused(tmp_path: Path, capsys) -> None:
    loose = tmp_path / "ar.txt"
    loose.write_text("\n\n".join(ARABIC), encoding="utf-8")
    assert "is not an article folder" in _error(capsys, "review", str(loose))


def test_review_prints_progress_statuses_and_notes(article: Path, capsys) -> None:
    assert main(["review", str(article)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == ["Arabic version (ar@1)", "Reviewed 2 of 4 paragraphs. 1 needs work."]
    assert "Paragraph 2: needs work" in out
    assert f"    Sari, 2026-03-01 10:02 UTC: {NOTE.text}" in out


def test_what_review_and_apply_print_is_one_message_a_line(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.core.checks.model import Finding, FindingKind
    from reader.core.i18n import use_translations
    from reader.core.review.model import dismiss
    from tests.test_present import Pseudo, outside_messages

    store = ReviewFile(article)
    review = store.load().review
    finding = Finding(FindingKind.ADDED_NAME, 1, 1, "added", "Vladimir Putin")
    version = dismiss(review.of("ar@1"), finding, ARABIC, SOURCE, "kept", "Sari", NOTE.at)
    store.save(review.with_version("ar@1", version))
    path = _export(article, "xliff2", tmp_path / "a.xlf")
    use_translations(Pseudo())
    try:
        assert main(["review", str(article)]) == 0
        assert main(["apply", str(path), str(article)]) == 0
    finally:
        use_translations(gettext.NullTranslations())
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 9 and any("kept" in line for line in lines)
    assert [line for line in lines if outside_messages(line).strip()] == []


OMEGAT_DATA = Path(__file__).parent / "data" / "omegat"


@pytest.mark.parametrize("name", ["putin-kim.xliff12.xlf", "putin-kim.xliff2.xlf"])
def test_files_omegat_wrote_are_applied(tmp_path: Path, capsys, name: str) -> None:
    """Reader's XLIFF post-edited in OmegaT 3.6 and written by it (data/omegat/README.md): one
    sentence of a paragraph of two sentences edited in each of two paragraphs, the paragraphs
    written back whole; the states and the note the file carries come back too."""
    import shutil

    folder = Path(shutil.copytree(OMEGAT_DATA / "article", tmp_path / "article"))
    received = (folder / "ar.txt").read_bytes()
    written_by = (OMEGAT_DATA / "omegat-target" / name).read_bytes()
    assert written_by != (OMEGAT_DATA / "reader-export" / name).read_bytes()
    assert main(["apply", str(OMEGAT_DATA / "omegat-target" / name), str(folder), "--json"]) == 0
    applied = json.loads(capsys.readouterr().out)
    assert (applied["revision"], applied["changed_paragraphs"]) == (2, [1, 2])
    before = received.decode("utf-8").rstrip("\n").split("\n\n")
    after = (folder / "ar-2.txt").read_text(encoding="utf-8").rstrip("\n").split("\n\n")
    assert after[0] == before[0]
    first = before[1].split(". ")[0]  # the sentence the translator left as it was
    assert after[1] == f"{first}. وقد أُرسلت الرسالة في 12 يونيو، في يوم روسيا."
    assert after[2] == "سيوسّع البلدان علاقاتهما الثنائية. ذكرت ذلك وكالة \u2066KCNA\u2069."
    assert (folder / "ar.txt").read_bytes() == received  # the machine text is never modified
    assert main(["review", str(folder), "--version", "ar@2", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [p["status"] for p in document["paragraphs"]] == ["approved", "unreviewed", "needs-work"]
    assert [n["text"] for n in document["paragraphs"][2]["notes"]] == [
        "اسم العلم يبقى \u2068KCNA\u2069"
    ]
