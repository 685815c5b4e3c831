"""Importing fixture news sites from a local server: every version, the article text paragraph by
paragraph, the source language from evidence, origins, provenance, and the folder loading."""

from __future__ import annotations

import gzip
import hashlib
import json
import tomllib
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.export.json import article_json
from reader.core.ingest.loading import load_folder
from reader.core.ingest.parsing import split_blocks
from reader.core.model import Role
from reader.core.web.importing import import_article
from tests.web.server import FixtureServer, Reply
from tests.web.sites import TUNED, load_site

# (site, the page asked for, the source language, the evidence that decides it)
CASES = [
    ("kabarnusa", "ar", "id", "notice"),
    ("harbour", "fr", "en", "x-default"),
    ("littoral", "en", "fr", "notice"),
]


@pytest.mark.parametrize(("name", "start", "source", "evidence"), CASES)
def test_a_site_imports_with_every_version_and_its_known_text(
    server: FixtureServer, tmp_path: Path, name: str, start: str, source: str, evidence: str
) -> None:
    site = load_site(name)
    server.add_site(site)
    result = import_article(server.url(site.paths[start]), target=tmp_path / "article")

    assert result.source == source == site.source
    assert result.evidence[0].kind == evidence
    assert {v.language for v in result.versions} == set(site.languages)
    assert result.skipped == ()
    article = load_folder(tmp_path / "article")
    assert article.remarks == ()  # every manifest key is known
    for version in article.versions:
        stored = (tmp_path / "article" / f"{version.language}.txt").read_text("utf-8")
        # Paragraph by paragraph against the known text.
        assert split_blocks(stored) == split_blocks(site.expected_text(version.language))
        roles = [p.role for p in version.paragraphs]
        assert roles[:2] == [Role.TITLE, Role.CAPTION]
        assert set(roles[2:]) == {Role.BODY}
        assert (version.notice is not None) == (version.language != source)
        expected_origin = "original" if version.language == source else "machine"
        assert version.origin.value == expected_origin


def test_the_seed_like_notice_is_recognised_and_the_source_is_first(
    server: FixtureServer, tmp_path: Path
) -> None:
    site = load_site("kabarnusa")
    server.add_site(site)
    result = import_article(server.url(site.paths["zh"]), target=tmp_path / "a")
    assert result.versions[0].language == "id"
    article = load_folder(tmp_path / "a")
    assert article.notice and "refer to Indonesian as our main language" in article.notice
    arabic = article.revisions("ar")[-1]
    assert arabic.notice is not None
    assert arabic.notice.main_language == "id"
    assert set(arabic.notice.machine_languages) == {"en", "zh", "ja", "ar", "fr"}


def test_provenance_is_recorded_and_the_raw_page_kept(
    server: FixtureServer, tmp_path: Path
) -> None:
    site = load_site("harbour")
    server.add_site(site)
    server.routes["/old-address"] = Reply.redirect(site.paths["en"], 301)
    import_article(server.url("/old-address"), target=tmp_path / "a")
    manifest = tomllib.loads((tmp_path / "a" / "article.toml").read_text("utf-8"))
    english = next(v for v in manifest["versions"] if v["language"] == "en")
    assert english["url"] == server.url("/old-address")
    assert english["final_url"] == server.url(site.paths["en"])
    assert english["status"] == 200
    assert english["retrieved"].endswith("Z")
    assert english["extractor"].startswith("trafilatura ")
    assert english["author"] == site.author
    assert english["published"] == site.published
    raw = gzip.decompress((tmp_path / "a" / english["raw"]).read_bytes())
    assert hashlib.sha256(raw).hexdigest() == english["sha256"]
    assert raw == site.render("en", server.base).encode("utf-8")
    assert manifest["source_evidence"][0] == {
        "kind": "x-default",
        "language": "en",
        "detail": server.url(site.paths["en"]),
    }


def test_info_json_adds_provenance_and_evidence(server: FixtureServer, tmp_path: Path) -> None:
    site = load_site("littoral")
    server.add_site(site)
    import_article(server.url(site.paths["fr"]), target=tmp_path / "a")
    document = article_json(load_folder(tmp_path / "a"))
    kinds = [e["kind"] for e in document["article"]["source_evidence"]]
    assert kinds[0] == "notice" and "canonical" in kinds
    for version in document["versions"]:
        assert version["provenance"]["url"] == server.url(site.paths[version["language"]])
        assert version["provenance"]["status"] == 200
        assert version["parent"] is None


def test_the_switcher_home_link_is_not_taken_for_a_version(
    server: FixtureServer, tmp_path: Path
) -> None:
    """The footer's "English edition" link goes to /en/: not a version of the article."""
    site = load_site("littoral")
    server.add_site(site)
    result = import_article(server.url(site.paths["fr"]), target=tmp_path / "a")
    english = next(v for v in result.versions if v.language == "en")
    assert english.url == server.url(site.paths["en"])


def test_no_alternates_imports_only_the_page(server: FixtureServer, tmp_path: Path) -> None:
    site = load_site("kabarnusa")
    server.add_site(site)
    result = import_article(server.url(site.paths["ar"]), target=tmp_path / "a", alternates=False)
    assert [v.language for v in result.versions] == ["ar"]
    assert result.source == "id"  # the notice still names it
    assert [p for p, _ in server.requests] == [site.paths["ar"]]


def test_the_library_gets_a_named_folder(server: FixtureServer, tmp_path: Path) -> None:
    site = load_site("harbour")
    server.add_site(site)
    first = import_article(server.url(site.paths["en"]), library=tmp_path / "lib")
    second = import_article(server.url(site.paths["en"]), library=tmp_path / "lib")
    assert Path(first.folder).name == "harbour-library-restores-map-collection"
    assert Path(second.folder).name == "harbour-library-restores-map-collection-2"
    assert sorted(p.name for p in (tmp_path / "lib").iterdir()) == [
        "harbour-library-restores-map-collection",
        "harbour-library-restores-map-collection-2",
    ]


def test_the_command_prints_the_json_shape(
    server: FixtureServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = load_site("kabarnusa")
    server.add_site(site)
    status = main(["import", server.url(site.paths["id"]), "-o", str(tmp_path / "a"), "--json"])
    captured = capsys.readouterr()
    assert status == 0
    assert captured.err == ""  # not a terminal: no progress
    document = json.loads(captured.out)
    assert set(document) >= {"folder", "source", "versions", "skipped"}
    assert document["source"] == "id"
    assert [v["language"] for v in document["versions"]] == ["id", "en", "zh", "ja", "ar", "fr"]
    for version in document["versions"]:
        assert set(version) == {"language", "url", "origin", "file", "paragraphs"}
        assert version["paragraphs"] == 8  # headline, caption, six body paragraphs
    status = main(["info", str(tmp_path / "a"), "--json"])
    assert status == 0


def test_the_library_follows_reader_library(
    server: FixtureServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    site = load_site("littoral")
    server.add_site(site)
    monkeypatch.setenv("READER_LIBRARY", str(tmp_path / "elsewhere"))
    assert main(["import", server.url(site.paths["fr"]), "--json", "--no-alternates"]) == 0
    folder = Path(json.loads(capsys.readouterr().out)["folder"])
    assert folder.parent == tmp_path / "elsewhere"


@pytest.mark.parametrize("name", TUNED)
def test_every_fixture_page_extracts_exactly(name: str) -> None:
    from reader.core.web.extraction import extract

    site = load_site(name)
    base = "http://news.example"
    for language in site.languages:
        extracted = extract(site.render(language, base), site.url(language, base))
        assert split_blocks(extracted.text) == split_blocks(site.expected_text(language)), language
