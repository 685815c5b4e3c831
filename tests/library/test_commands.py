"""``reader library`` and ``reader search``: what they print, their JSON, their exit status."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def test_library_json_lists_articles_and_broken_folders(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (library / "no-manifest").mkdir()
    status, out, err = run(["library", "--library", str(library), "--json"], capsys)
    assert (status, err) == (0, "")
    document = json.loads(out)
    assert set(document) == {"articles", "broken"}
    first = document["articles"][0]
    assert {"folder", "title", "source", "languages", "updated"} <= set(first)
    assert first["folder"] == str(library / "jakarta")
    assert first["source"] == "id" and first["languages"] == ["id", "ar"]
    assert first["titles"] == {"id": "Banjir di Jakarta", "ar": "فيضانات في جاكرتا"}
    assert [v["origin"] for v in first["versions"]] == ["original", "machine"]
    (broken,) = document["broken"]
    assert broken["folder"] == str(library / "no-manifest") and "article.toml" in broken["reason"]


def test_library_text_names_each_article_and_the_broken_folder(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (library / "no-manifest").mkdir()
    status, out, _err = run(["library", "--library", str(library)], capsys)
    assert status == 0
    assert "Banjir di Jakarta" in out and "Vladimir Putin dan Kim Jong Un" in out
    assert "ar@2 (post-edited)" in out
    assert f"Broken: {library / 'no-manifest'}" in out
    assert out.rstrip().endswith("2 articles. 1 folder does not load.")


def test_library_counts_findings_once_checked_and_the_review_progress(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["library", "--library", str(library), "--json"]
    before = json.loads(run(argv, capsys)[1])["articles"]
    jakarta = before[0]
    assert jakarta["findings"] is None  # not checked yet: not counted as clean
    assert jakarta["review"] == {"approved": 0, "needs_work": 0, "total": 2}
    assert jakarta["versions"][1]["findings"] is None
    assert jakarta["versions"][1]["review"] == {"approved": 0, "needs_work": 0, "total": 2}
    status, out, err = run([*argv, "--check"], capsys)
    assert (status, err) == (0, "")
    after = json.loads(out)["articles"]
    assert [a["findings"] for a in after] == [0, 0]  # the newest revisions: ar@2 is clean
    sample_ar1 = after[1]["versions"][1]
    assert (sample_ar1["language"], sample_ar1["revision"], sample_ar1["findings"]) == ("ar", 1, 3)
    # Checked once: a second listing does not check again, and the text says so.
    status, out, _err = run(["library", "--library", str(library)], capsys)
    assert "0 findings. 0 of 2 paragraphs reviewed." in out


def test_an_empty_library_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    assert run(["library", "--library", str(tmp_path / "empty")], capsys)[1] == (
        "The library holds no articles yet.\n"
    )


def test_the_library_defaults_to_reader_library(
    library: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("READER_LIBRARY", str(library))
    status, out, _err = run(["search", "meninjau", "--json"], capsys)
    assert status == 0 and json.loads(out)["total"] == 1


def test_search_json_holds_the_hit_beside_its_source(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["search", "الرئيس", "--library", str(library), "--lang", "ar", "--limit", "2", "--json"]
    status, out, err = run(argv, capsys)
    assert (status, err) == (0, "")
    document = json.loads(out)
    assert document["total"] >= 3 and len(document["hits"]) == 2
    hit = document["hits"][0]
    keys = {"folder", "title", "language", "revision", "paragraph", "text", "source_language"}
    assert keys | {"source_paragraphs", "source_text"} <= set(hit)
    assert hit["language"] == "ar" and hit["source_language"] == "id"
    assert all(hit["text"][a:b].endswith("الرئيس") for a, b in hit["marks"])
    assert hit["source_text"] and hit["source_paragraphs"]


def test_search_text_marks_the_words_and_shows_the_source(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _err = run(["search", "٢٠١٩", "--library", str(library)], capsys)
    assert status == 0
    assert "تفقد الرئيس الفيضانات في عام [٢٠١٩]." in out
    assert "Source id@1, paragraph 1:\n  Presiden meninjau banjir pada [2019]." in out


def test_search_text_names_each_hits_folder(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two articles may share a title: each hit names its folder, under its heading."""
    status, out, _err = run(["search", "--json", "٢٠١٩", "--library", str(library)], capsys)
    folders = {hit["folder"] for hit in json.loads(out)["hits"]}
    status, out, _err = run(["search", "٢٠١٩", "--library", str(library)], capsys)
    assert status == 0 and folders
    lines = out.splitlines()
    for folder in folders:
        at = lines.index("  " + folder)
        assert "@" in lines[at - 1] and not lines[at - 1].startswith(" ")  # the hit's heading


def test_nothing_found_is_not_an_error(library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["search", "zzyzx", "--library", str(library)], capsys) == (
        0,
        "Nothing found.\n",
        "",
    )
    status, out, _err = run(["search", "zzyzx", "--library", str(library), "--json"], capsys)
    assert (status, json.loads(out)) == (0, {"total": 0, "hits": []})


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["search", "*)(:"], "the query has no words to search for"),
        (["search", "kata " * 100], "the query has 100 words; at most 64 are searched"),
        (["search", "Putin", "--limit", "0"], "'0' is not a positive number"),
    ],
)
def test_bad_queries_exit_2_with_one_line(
    library: Path, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run([*argv, "--library", str(library)], capsys)
    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and err.startswith("reader: error: ") and message in err


def test_a_missing_library_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = run(["library", "--library", str(tmp_path / "nowhere")], capsys)
    assert status == 2
    assert err == f"reader: error: {tmp_path / 'nowhere'}: no such library folder\n"


def test_a_real_search_process(library: Path, tmp_path: Path) -> None:
    """The installed entry point, as a script would run it, hostile characters and all."""
    query = "\u202eبوتين\u202c NEAR("
    result = subprocess.run(
        [sys.executable, "-m", "reader", "search", query, "--library", str(library), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        env={"XDG_CACHE_HOME": str(tmp_path / "cache"), "HOME": str(tmp_path / "home")},
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert json.loads(result.stdout)["total"] == 0  # بوتين and "near" are in no one paragraph


def test_a_damaged_index_is_said_once_on_standard_error(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.core.library.index import default_index_path

    assert run(["library", "--library", str(library)], capsys)[0] == 0
    path = default_index_path(library)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.write_bytes(b"\0" * 8192)
    status, out, err = run(["search", "Putin", "--library", str(library), "--json"], capsys)
    assert status == 0 and json.loads(out)["total"] > 0
    assert err == (
        "reader: The search index was damaged; it has been rebuilt from the article folders.\n"
    )
    assert run(["search", "Putin", "--library", str(library), "--json"], capsys)[2] == ""
