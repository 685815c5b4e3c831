"""``reader update``: conditional requests, a changed version as a new revision, failures listed;
and saved pages (.html with its _files folder, .mhtml)."""

from __future__ import annotations

import json
import tomllib
from email.message import EmailMessage
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.ingest.loading import load_folder
from reader.core.web.importing import import_article
from reader.core.web.updating import update_article
from tests.web.server import FixtureServer, Handler, Reply
from tests.web.sites import load_site


def _conditional(page: str, etag: str):
    def route(handler: Handler) -> Reply:
        if handler.headers.get("If-None-Match") == etag:
            return Reply(b"", 304, {"ETag": etag})
        return Reply.html(page, ETag=etag)

    return route


def _serve(server: FixtureServer, site_name: str, changed: dict[str, str] | None = None) -> None:
    site = load_site(site_name)
    for language in site.languages:
        page = (changed or {}).get(language) or site.render(language, server.base)
        server.routes[site.paths[language]] = _conditional(
            page, f'"{language}-{hash(page) & 0xFFFF}"'
        )


def test_unchanged_pages_cost_one_304_each(server: FixtureServer, tmp_path: Path) -> None:
    _serve(server, "harbour")
    import_article(server.url(load_site("harbour").paths["en"]), target=tmp_path / "a")
    before = (tmp_path / "a" / "article.toml").read_bytes()
    server.requests.clear()
    result = update_article(tmp_path / "a")
    assert result.changed == () and result.failed == ()
    assert sorted(r.language for r in result.unchanged) == ["ar", "en", "fr", "id"]
    assert all("If-None-Match" in headers for _, headers in server.requests)
    assert len(server.requests) == 4
    assert (tmp_path / "a" / "article.toml").read_bytes() == before


def test_a_changed_translation_becomes_a_new_revision(
    server: FixtureServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = load_site("harbour")
    _serve(server, "harbour")
    import_article(server.url(site.paths["en"]), target=tmp_path / "a")
    old_french = (tmp_path / "a" / "fr.txt").read_bytes()
    page = site.render("fr", server.base).replace(
        "a coûté 480 000 dollars", "a coûté 490 000 dollars"
    )
    _serve(server, "harbour", changed={"fr": page})
    server.routes[site.paths["id"]] = Reply(b"gone", 410, {"Content-Type": "text/plain"})

    assert main(["update", str(tmp_path / "a"), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["changed"] == [{"language": "fr", "revision": 2}]
    assert sorted(r["language"] for r in document["unchanged"]) == ["ar", "en"]
    assert document["failed"] == [
        {"url": server.url(site.paths["id"]), "reason": "the server answered 410 Gone"}
    ]

    assert (tmp_path / "a" / "fr.txt").read_bytes() == old_french  # nothing overwritten
    assert "490 000" in (tmp_path / "a" / "fr-2.txt").read_text("utf-8")
    article = load_folder(tmp_path / "a")
    assert [v.revision for v in article.revisions("fr")] == [1, 2]
    assert article.revisions("fr")[-1].origin.value == "machine"
    manifest = tomllib.loads((tmp_path / "a" / "article.toml").read_text("utf-8"))
    assert [p.name for p in tmp_path.joinpath("a").iterdir() if p.name.endswith(".part")] == []
    assert (
        next(v for v in manifest["versions"] if v.get("revision") == 2)["raw"] == "raw/fr-2.html.gz"
    )


def test_update_refuses_a_folder_not_from_the_web(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["update", str(sample)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("reader: error: ") and "has no versions taken from the web" in err
    assert err.count("\n") == 1


def test_a_saved_html_page_with_its_files_folder(server: FixtureServer, tmp_path: Path) -> None:
    site = load_site("kabarnusa")
    server.add_site(site)
    page = site.render("ar", server.base)
    url = server.url(site.paths["ar"])
    saved = tmp_path / "Semarang.html"
    saved.write_text(f"<!-- saved from url=({len(url):04d}){url} -->\n" + page, "utf-8")
    (tmp_path / "Semarang_files").mkdir()
    (tmp_path / "Semarang_files" / "app.js").write_text("alert('never run')")
    result = import_article(str(saved), target=tmp_path / "a")
    assert result.source == "id"
    assert len(result.versions) == 6  # the alternates fetched from the page's own site
    manifest = tomllib.loads((tmp_path / "a" / "article.toml").read_text("utf-8"))
    arabic = next(v for v in manifest["versions"] if v["language"] == "ar")
    assert arabic["url"] == url and arabic["raw"] == "raw/ar.html.gz"
    assert (tmp_path / "a" / "ar.txt").read_text("utf-8") == site.expected_text("ar")


def test_a_saved_mhtml_page(tmp_path: Path) -> None:
    site = load_site("littoral")
    base = "https://www.courrier-littoral.example"
    message = EmailMessage()
    message["Subject"] = "Le bac"
    message["Date"] = "Mon, 04 Mar 2024 09:00:00 +0100"
    message["Snapshot-Content-Location"] = site.url("en", base)
    message.set_content("multipart")
    message.make_mixed()
    page = EmailMessage()
    page.set_content(site.render("en", base), subtype="html", cte="quoted-printable")
    page["Content-Location"] = site.url("en", base)
    message.attach(page)
    saved = tmp_path / "ferry.mhtml"
    saved.write_bytes(bytes(message))
    result = import_article(str(saved), target=tmp_path / "a", alternates=False)
    assert [v.language for v in result.versions] == ["en"]
    assert result.source == "fr"  # the notice names French
    article = load_folder(tmp_path / "a")
    version = article.versions[0]
    assert version.provenance is not None
    assert version.provenance.url == site.url("en", base)
    assert version.provenance.retrieved == "2024-03-04T08:00:00Z"
    assert version.provenance.raw == "raw/en.mhtml.gz"
    assert (tmp_path / "a" / "en.txt").read_text("utf-8") == site.expected_text("en")
