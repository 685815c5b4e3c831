"""The library's index (reader.core.library.index): listing, searching beside the source,
keeping up with the folders, and surviving damage and full disks."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from reader.core.errors import ReaderError
from reader.core.library.index import LibraryIndex, default_index_path
from tests.library.conftest import write_article


def opened(library: Path) -> LibraryIndex:
    index = LibraryIndex(library)
    index.refresh()
    return index


def test_the_index_lives_in_the_user_cache_one_file_per_library(
    library: Path, tmp_path: Path
) -> None:
    path = default_index_path(library)
    assert path.is_relative_to(tmp_path / "cache")
    assert default_index_path(tmp_path / "other") != path
    with opened(library):
        assert path.is_file()
    assert not list(library.rglob("*.sqlite3"))  # nothing written into the library


def test_every_article_is_listed_with_titles_versions_and_dates(library: Path) -> None:
    with opened(library) as index:
        catalog = index.catalog()
    assert [a.folder.name for a in catalog.articles] == ["jakarta", "putin-kim"]
    sample = catalog.articles[1]
    assert sample.title.startswith("Vladimir Putin dan Kim Jong Un")
    assert sample.source == "id"
    assert sample.languages == ("id", "ar", "en", "fr", "zh", "ja")
    assert sample.title_in("ar") == sample.versions[2].title  # ar@2, the newest revision
    assert sample.title_in("ar").startswith("فلاديمير بوتين")
    assert sample.title_in("ko") == ""
    assert sample.has_machine_versions
    assert [(v.language, v.revision, v.origin.value) for v in sample.versions][:3] == [
        ("id", 1, "original"),
        ("ar", 1, "machine"),
        ("ar", 2, "post-edited"),
    ]
    assert sample.updated.endswith("Z")
    assert catalog.broken == ()


def test_a_folder_that_does_not_load_is_listed_broken_and_the_rest_works(library: Path) -> None:
    (library / "empty").mkdir()
    bad = library / "bad-toml"
    bad.mkdir()
    (bad / "article.toml").write_text("source = \n", encoding="utf-8")
    with opened(library) as index:
        catalog = index.catalog()
        results = index.search("Putin")
    reasons = {b.folder.name: b.reason for b in catalog.broken}
    assert set(reasons) == {"bad-toml", "empty"}
    assert "not valid TOML" in reasons["bad-toml"]
    assert "article.toml" in reasons["empty"]
    assert len(catalog.articles) == 2
    assert results.total > 0


def test_a_broken_folder_is_read_again_once_mended(library: Path) -> None:
    (library / "later").mkdir()
    with opened(library) as index:
        assert [b.folder.name for b in index.catalog().broken] == ["later"]
        shutil.rmtree(library / "later")
        write_article(library / "later", "id", {"id": "Gempa di Palu\n\nGempa kuat."})
        assert index.refresh().read == 1
        assert index.catalog().broken == ()
        assert index.search("gempa").total == 2


def test_arabic_hits_come_beside_the_aligned_source_paragraph(library: Path) -> None:
    with opened(library) as index:
        results = index.search("والرئيس", language="ar", limit=50)
    assert results.total >= 3
    for hit in results.hits:
        assert hit.language == "ar"
        words = [hit.text[a:b] for a, b in hit.marks]
        assert words and all(w in ("الرئيس", "والرئيس", "للرئيس", "رئيس", "الرئيسة") for w in words)
        assert hit.source_language == "id"
        assert hit.source_paragraphs
    jakarta = next(h for h in results.hits if h.folder.name == "jakarta")
    assert jakarta.source_text == "Presiden meninjau banjir pada 2019."
    sample = [h for h in results.hits if h.folder.name == "putin-kim" and h.paragraph == 2]
    assert sample and "Presiden Rusia Vladimir Putin" in sample[0].source_text


def test_a_hit_in_the_source_is_its_own_counterpart(library: Path) -> None:
    with opened(library) as index:
        (hit,) = index.search("meninjau").hits
    assert (hit.language, hit.paragraph, hit.source_paragraphs) == ("id", 1, (1,))
    assert hit.source_text == hit.text
    assert hit.source_marks == hit.marks == ((9, 17),)  # "meninjau", marked on both sides


def test_digits_latin_cjk_and_phrases_are_found(library: Path) -> None:
    with opened(library) as index:
        arabic_digits = {(h.folder.name, h.language) for h in index.search("٢٠١٩", limit=99).hits}
        assert ("jakarta", "id") in arabic_digits  # ٢٠١٩ finds 2019
        assert ("jakarta", "ar") in arabic_digits
        assert index.search("KIM jong", language="en").total > 0
        assert index.search("金正恩", language="zh").total > 0
        assert index.search('"Jong Kim"').total == 0
        assert index.search('"Kim Jong Un"').total > 0


def test_an_edited_article_is_read_again_and_a_removed_one_dropped(library: Path) -> None:
    with opened(library) as index:
        assert index.refresh().read == 0  # nothing changed
        text = library / "jakarta" / "id.txt"
        text.write_text("Banjir di Jakarta\n\nGubernur meninjau banjir.", encoding="utf-8")
        os.utime(text, ns=(1, 1))  # the size and the time both count
        assert index.refresh().read == 1
        assert index.search("meninjau").hits[0].text == "Gubernur meninjau banjir."
        shutil.rmtree(library / "jakarta")
        refresh = index.refresh()
        assert (refresh.read, refresh.dropped) == (0, 1)
        assert index.search("meninjau").total == 0
        assert [a.folder.name for a in index.catalog().articles] == ["putin-kim"]


def test_the_index_is_shared_by_two_processes_worth_of_connections(library: Path) -> None:
    with opened(library) as first, LibraryIndex(library) as second:
        write_article(library / "palu", "id", {"id": "Gempa di Palu"})
        first.refresh()
        assert second.search("palu").total == 1


def test_a_damaged_index_is_rebuilt_and_that_is_said_once(library: Path) -> None:
    path = default_index_path(library)
    opened(library).close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the first page's b-tree
    path.write_bytes(bytes(data))
    with LibraryIndex(library) as index:
        index.refresh()
        results = index.search("Putin")
        assert results.total > 0
        assert results.notes == (
            "The search index was damaged; it has been rebuilt from the article folders.",
        )
        assert index.search("Putin").notes == ()
        assert index.catalog().notes == ()


def test_a_file_that_is_not_an_index_is_replaced(library: Path) -> None:
    path = default_index_path(library)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database at all" * 100)
    with LibraryIndex(library) as index:
        index.refresh()
        assert index.catalog().notes
        assert len(index.catalog().articles) == 2


def test_an_index_that_cannot_be_created_is_told(library: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(ReaderError, match="cannot be created here"):
        LibraryIndex(library, blocker / "index.sqlite3")


def test_a_full_disk_is_told_and_nothing_is_lost(library: Path) -> None:
    with opened(library) as index:
        before = index.search("Putin").total
        pages = index._db.execute("PRAGMA page_count").fetchone()[0]
        # SQLite says "database or disk is full" past max_page_count, as on a full disk.
        index._db.execute(f"PRAGMA max_page_count = {pages}")
        write_article(library / "big", "id", {"id": "\n\n".join(["Putin berbicara."] * 3000)})
        with pytest.raises(ReaderError, match="the disk is full") as raised:
            index.refresh()
        assert raised.value.path == default_index_path(library)
        assert "SQLITE" not in str(raised.value).upper().replace(".SQLITE3", "")
        assert index.search("Putin").total == before  # the transaction was rolled back
    assert (library / "big" / "id.txt").is_file()


def test_hostile_queries_give_results_or_a_sentence(library: Path) -> None:
    hostile = [
        '"',
        '"Putin',
        "Putin*",
        "NEAR(Putin Kim, 2)",
        "text:Putin",
        "^Putin",
        "Putin AND OR NOT",
        "\u202ePutin\u202c",
        "Putin\x00Kim",
        "P" * 10_000,
        "Putin " * 2_000,
        "'); DROP TABLE articles; --",
    ]
    with opened(library) as index:
        for query in hostile:
            try:
                results = index.search(query)
            except ReaderError as error:
                assert "sqlite" not in str(error).lower() and "fts5" not in str(error).lower()
            else:
                assert results.total >= 0
        assert index.search("Putin").total > 0  # the tables are all still there


def test_an_index_missing_a_table_is_rebuilt(library: Path) -> None:
    with opened(library) as index:
        index._db.execute("DROP TABLE passage_terms")  # as a damaged or meddled-with file
        results = index.search("Putin")
    assert results.total > 0 and results.notes


def test_a_capitalised_latin_name_finds_its_arabic_spelling(library: Path) -> None:
    with opened(library) as index:
        arabic = index.search("Putin", language="ar", limit=50)
        assert arabic.total > 0
        for hit in arabic.hits:
            assert [hit.text[a:b] for a, b in hit.marks] and all(
                hit.text[a:b].endswith("بوتين") for a, b in hit.marks
            )
        assert index.search("putin", language="ar").total == 0  # a common word: no skeletons
        both = index.search("Putin Kim", language="ar")
        assert both.total > 0 and all(len(hit.marks) >= 2 for hit in both.hits)
