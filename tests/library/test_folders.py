"""The library's folders looked at ahead, in another process (``ScanAhead``: what a ``reader
search`` process starts before it compiles its query): the same folders and times as a scan
made in the process, whatever the folders' names, links and hidden ones; the same scan where
``find`` cannot do it; and a quick refresh from it that re-reads what changed."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from reader.core.library.folders import FolderScan, ScanAhead, _found, scan
from reader.core.library.index import LibraryIndex, Refresh
from tests.library.conftest import write_article

linux_only = pytest.mark.skipif(sys.platform != "linux", reason="find is used on Linux only")


def same(ahead: FolderScan, here: FolderScan) -> bool:
    return sorted(ahead.names) == here.names and ahead.times == here.times


@pytest.fixture
def odd_library(library: Path, tmp_path: Path) -> Path:
    """The library, with what a scan must tell apart: a hidden folder, a file, a folder
    reached by a link, a dangling link, a name that is not UTF-8, a folder with a time before
    the start of the second's nanoseconds (exactly a whole second), and a dotted name."""
    (library / ".git").mkdir()
    (library / "notes.txt").write_text("not an article", encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (library / "linked").symlink_to(elsewhere, target_is_directory=True)
    (library / "dangling").symlink_to(tmp_path / "nowhere")
    (library / os.fsdecode(b"caf\xe9-latin1")).mkdir()
    whole = library / "v1.2 draft"
    whole.mkdir()
    os.utime(whole, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    return library


@linux_only
def test_the_scan_ahead_finds_what_a_scan_in_the_process_finds(odd_library: Path) -> None:
    with ScanAhead(odd_library) as ahead:
        found = ahead.result()
        assert ahead.result() is found  # taken once
    here = scan(odd_library)
    assert same(found, here)
    assert ".git" not in found.times and "notes.txt" not in found.times
    assert "dangling" not in found.times and "linked" in found.times
    assert found.times["v1.2 draft"] == 1_700_000_000_000_000_000
    assert found.times["jakarta"] == os.stat(odd_library / "jakarta").st_mtime_ns


def test_without_find_the_scan_is_made_in_the_process(
    odd_library: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "no-programs"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    with ScanAhead(odd_library) as ahead:
        assert same(ahead.result(), scan(odd_library))


@linux_only
def test_a_library_that_is_not_there_holds_nothing(tmp_path: Path) -> None:
    with ScanAhead(tmp_path / "missing") as ahead:
        assert ahead.result() == FolderScan([], {})


@linux_only
def test_an_abandoned_scan_leaves_no_process_behind(library: Path) -> None:
    ahead = ScanAhead(library)
    assert ahead._child is not None
    pid, _pipe = ahead._child
    ahead.close()
    ahead.close()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # waited for: no zombie left


def test_find_output_read_otherwise_is_not_taken() -> None:
    assert _found(b"a\x001796499785.3650550840\x00") == FolderScan(
        ["a"], {"a": 1796499785365055084}
    )
    assert _found(b"") == FolderScan([], {})
    for output in (
        b"a\x001796499785.365055084\x00",  # nine digits
        b"a\x001796499785.3650550841\x00",  # a tenth digit that is not a zero
        b"a\x001796499785\x00",  # no fraction
        b"a\x001796499785.3650550840",  # cut short
        b"a\x00b\x001796499785.3650550840\x00",  # a field missing
    ):
        assert _found(output) is None, output


def test_a_quick_refresh_from_a_scan_ahead_reads_again_what_changed_before_it(
    library: Path,
) -> None:
    with LibraryIndex(library) as index:
        index.refresh()
        write_article(library / "flood", "id", {"id": "Banjir besar\n\nAir naik."})
        shutil.rmtree(library / "jakarta")
        replaced = library / "putin-kim" / "ar.txt.new"
        replaced.write_text("زرافة في المدينة.\n", encoding="utf-8")
        with ScanAhead(library) as ahead:
            done = index.refresh(quick=True, ahead=ahead)
        assert (done.read, done.dropped) == (1, 1)  # the new one read, the gone one dropped
        assert index.search("Banjir").total == 1
        assert not any(a.folder.name == "jakarta" for a in index.catalog().articles)
        with ScanAhead(library) as ahead:
            assert index.refresh(quick=True, ahead=ahead) == Refresh(read=0, dropped=0)
