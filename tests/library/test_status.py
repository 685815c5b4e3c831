"""What the library knows of each article beyond its versions: the findings the checks made
(counted as the banner counts them, kept for the files they were made on) and the review's
progress from ``review.json``; and how the index keeps up cheaply (quick refresh, hits looked at)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.core.checks.run import check_article
from reader.core.ingest.loading import load_folder
from reader.core.library import status
from reader.core.library.catalog import ArticleEntry
from reader.core.library.index import LibraryIndex
from reader.core.model import VersionKey
from reader.core.review.model import Review, Status, dismiss, set_status
from reader.core.review.store import ReviewFile
from tests.library.conftest import write_article


def opened(library: Path) -> LibraryIndex:
    index = LibraryIndex(library)
    index.refresh()
    return index


def entry(index: LibraryIndex, name: str) -> ArticleEntry:
    (found,) = [a for a in index.catalog().articles if a.folder.name == name]
    return found


def banner_count(folder: Path) -> int:
    """The confident findings of the article's newest translations, as the window counts them."""
    article = load_folder(folder)
    found = check_article(article)
    newest = {v.language: v.key for v in article.versions}  # later revisions come later
    return sum(
        f.confident
        for key, findings in found.items()
        if newest[key.language] == key
        for f in findings
    )


def with_a_wrong_number(library: Path) -> Path:
    """An article whose Arabic version gives another year than its source."""
    return write_article(
        library / "numbers",
        "id",
        {
            "id": "Banjir di Bogor\n\nHujan turun pada tahun 2019 selama 3 hari.",
            "ar": "فيضانات في بوغور\n\nهطلت الأمطار في عام ٢٠١٨ لمدة ٣ أيام.",
        },
    )


def save_review(folder: Path, review: Review) -> None:
    file = ReviewFile(folder)
    file.load()
    file.save(review)


def test_findings_are_unknown_until_checked_then_counted_as_the_banner_counts(
    library: Path,
) -> None:
    folder = with_a_wrong_number(library)
    with opened(library) as index:
        assert entry(index, "numbers").findings is None
        assert set(index.unchecked()) == {library / "jakarta", folder, library / "putin-kim"}
        assert index.check(folder)
        assert entry(index, "numbers").findings == banner_count(folder) == 1
        assert index.check(library / "putin-kim")
        sample = entry(index, "putin-kim")
        # The newest revision counts: ar@2 (post-edited, clean) replaced ar@1 (three findings).
        assert [(v.language, v.revision) for v in sample.translations][:2] == [("ar", 2), ("en", 1)]
        assert sample.findings == banner_count(library / "putin-kim") == 0
        assert [v.status.findings for v in sample.versions][:3] == [None, 3, 0]
        assert index.unchecked() == [library / "jakarta"]
    with opened(library) as index:  # kept in the index
        assert entry(index, "numbers").findings == 1


def test_a_changed_version_makes_its_findings_unknown_a_review_does_not(library: Path) -> None:
    folder = library / "putin-kim"
    with opened(library) as index:
        index.check(folder)
        counted = entry(index, "putin-kim").findings
        save_review(folder, Review())  # a review saved: the findings still stand
        index.refresh()
        assert entry(index, "putin-kim").findings == counted
        text = folder / "en.txt"
        text.write_text(text.read_text(encoding="utf-8") + "\nOne more paragraph.\n", "utf-8")
        index.refresh()
        assert entry(index, "putin-kim").findings is None
        assert folder in index.unchecked()


def test_findings_of_other_checks_are_made_again(
    library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = with_a_wrong_number(library)
    with opened(library) as index:
        assert index.check(folder)
        assert folder not in index.unchecked()
        monkeypatch.setattr(status, "checks_version", lambda: "checks of a later Reader")
        assert folder in index.unchecked()  # counted again by the Library view's counting
        index.refresh_folder(folder)  # read again: what older checks found is not counted
        assert entry(index, "numbers").findings is None
        assert index.check(folder)
        assert folder not in index.unchecked()
        assert entry(index, "numbers").findings == banner_count(folder) == 1


def test_a_dismissed_finding_no_longer_counts(library: Path) -> None:
    folder = with_a_wrong_number(library)
    article = load_folder(folder)
    version = article.versions[1]
    (finding,) = check_article(article)[version.key]
    targets = [p.text for p in version.paragraphs]
    sources = [p.text for p in article.versions[0].paragraphs]
    with opened(library) as index:
        index.check(folder)
        assert entry(index, "numbers").findings == 1
        of = dismiss(Review().of("ar@1"), finding, targets, sources, "a typo", "me", "t")
        save_review(folder, Review().with_version("ar@1", of))
        index.refresh()
        assert entry(index, "numbers").findings == 0


def test_review_progress_is_read_from_review_json_and_kept_up_to_date(library: Path) -> None:
    folder = library / "jakarta"
    with opened(library) as index:
        jakarta = entry(index, "jakarta")
        assert jakarta.review == (0, 0, 2) and jakarta.not_reviewed
        paragraphs = load_folder(folder).find(VersionKey("ar", 1))
        assert paragraphs is not None
        texts = [p.text for p in paragraphs.paragraphs]
        review = Review().of("ar@1")
        review = set_status(review, 0, texts[0], Status.APPROVED, "me", "t")
        save_review(folder, Review().with_version("ar@1", review))
        index.refresh(quick=True)  # saved by a rename: the folder's time changed
        assert entry(index, "jakarta").review == (1, 0, 2)
        review = set_status(review, 1, texts[1], Status.NEEDS_WORK, "me", "t")
        save_review(folder, Review().with_version("ar@1", review))
        index.refresh()
        jakarta = entry(index, "jakarta")
        assert jakarta.review == (1, 1, 2) and not jakarta.not_reviewed
        assert jakarta.to_json()["review"] == {"approved": 1, "needs_work": 1, "total": 2}


def test_a_damaged_review_file_is_said_and_left_where_it_is(library: Path) -> None:
    damaged = library / "jakarta" / "review.json"
    damaged.write_text("{not json", encoding="utf-8")
    with opened(library) as index:
        jakarta = entry(index, "jakarta")
    assert jakarta.review_error and jakarta.review == (0, 0, 2)
    assert damaged.read_text(encoding="utf-8") == "{not json"  # the library never writes


def test_a_quick_refresh_sees_new_and_replaced_files_by_the_folders_times(
    library: Path, make_article: object
) -> None:
    with opened(library) as index:
        new = library / "flood"
        new.mkdir()
        (new / "id.txt").write_text("Banjir besar\n\nAir naik.\n", encoding="utf-8")
        (new / "article.toml").write_text(
            'source = "id"\n[[versions]]\nlanguage = "id"\nfile = "id.txt"\n', encoding="utf-8"
        )
        assert index.refresh(quick=True).read == 1
        replaced = library / "jakarta" / "ar.txt.new"
        replaced.write_text("فيضانات\n\nزرافة في المدينة.\n", encoding="utf-8")
        os.replace(replaced, library / "jakarta" / "ar.txt")  # how careful programs save
        assert index.refresh(quick=True).read == 1
        assert index.search("زرافة").total == 1
        assert index.refresh(quick=True).read == 0  # nothing changed since


def test_a_file_written_over_in_place_is_read_again_when_a_search_shows_it(
    library: Path,
) -> None:
    text = library / "jakarta" / "ar.txt"
    with opened(library) as index:
        assert {h.folder.name for h in index.search("الفيضانات").hits} == {"jakarta"}
        folder_time = os.stat(text.parent).st_mtime_ns
        with text.open("r+", encoding="utf-8") as stream:  # in place: the folder's time stays
            stream.truncate(0)
            stream.write("حريق في جاكرتا\n\nاحترق المبنى.\n")
        os.utime(text.parent, ns=(folder_time, folder_time))
        assert index.refresh(quick=True).read == 0  # not seen by the folders' times
        assert index.search("الفيضانات").total == 0  # but the hit's folder was looked at
        assert index.search("المبنى").total == 1
