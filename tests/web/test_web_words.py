"""What the window says about its web work (pure: no Qt): addresses read and refused, progress,
failures, the evidence for the source language, updates and pastes; every sentence composed
whole through gettext (the pseudo-translation of tests/test_present.py)."""

from __future__ import annotations

import dataclasses
import gettext
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.i18n import use_translations
from reader.core.ingest.loading import load_folder
from reader.core.model import SourceEvidence
from reader.core.present.banner import banner_for
from reader.core.present.provenance import evidence_notes, evidence_sentence, skipped_notes
from reader.core.present.web import (
    Address,
    Kept,
    compare_offer,
    import_done,
    import_failed,
    import_progress,
    import_started,
    internal_error,
    kept_sentence,
    nothing_open,
    paste_language_question,
    pasted_summary,
    read_address,
    update_failed,
    update_progress,
    update_started,
    update_summary,
    update_title,
    work_stopped,
)
from reader.core.web.outcomes import (
    Failed,
    ImportedVersion,
    ImportResult,
    Revision,
    Skipped,
    UpdateResult,
)
from reader.core.web.pasting import OriginReason
from tests.test_present import Pseudo, outside_messages

NOTICE = SourceEvidence(
    "notice", "id", "Please always refer to Indonesian as our main language. (LinguaNusa)"
)
X_DEFAULT = SourceEvidence("x-default", "id", "https://kabarnusa.example/id/berita/1")
CANONICAL = SourceEvidence(
    "canonical", "en", "https://h.example/fr/a names https://h.example/en/a as canonical"
)
PAGE = SourceEvidence("page", "fr", "https://littoral.example/fr/bac")
RESULT = ImportResult(
    "/library/semarang",
    "id",
    (
        ImportedVersion("id", "https://k.example/id/1", "original", "id.txt", 9),
        ImportedVersion("ar", "https://k.example/ar/1", "machine", "ar.txt", 10),
    ),
    (Skipped("https://other.example/de/1", "on another site"),),
    (NOTICE,),
    "ar",
)
UPDATE = UpdateResult(
    (Revision("fr", 2),),
    (Revision("id", 1), Revision("en", 1)),
    (Failed("https://h.example/ar/a", "the server answered 410 Gone"),),
)


@pytest.fixture
def pseudo() -> Iterator[None]:
    use_translations(Pseudo())
    yield
    use_translations(gettext.NullTranslations())


@pytest.fixture
def article(sample: Path):
    return dataclasses.replace(load_folder(sample), source_evidence=(NOTICE, X_DEFAULT))


@pytest.mark.parametrize(
    ("typed", "source"),
    [
        ("https://kabarnusa.example/ar/berita/1", "https://kabarnusa.example/ar/berita/1"),
        ("  kabarnusa.example/ar/berita/1 ", "https://kabarnusa.example/ar/berita/1"),
        ("http://127.0.0.1:8000/a", "http://127.0.0.1:8000/a"),
        ("file:///home/me/Saved%20page.html", "/home/me/Saved page.html"),
    ],
)
def test_an_address_names_a_page_to_import(typed: str, source: str) -> None:
    assert read_address(typed).source == source


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", "Paste the address of a web page: it starts with https://."),
        (
            "ftp://files.example/a",
            "Reader opens web pages only (http and https), not ftp: addresses.",
        ),
        (
            "javascript:alert(1)",
            "Reader opens web pages only (http and https), not javascript: addresses.",
        ),
        (
            "mailto:desk@example.org",
            "Reader opens web pages only (http and https), not mailto: addresses.",
        ),
        ("https://x.example/a b", "A web address has no spaces: https://x.example/a b"),
        ("http:///path", "http:///path names no web site (it has no host name)."),
        ("berita/1", "berita/1 is not a web address: it should start with https://."),
    ],
)
def test_an_address_reader_cannot_import_is_refused_in_one_sentence(
    typed: str, problem: str
) -> None:
    assert read_address(typed) == Address(None, problem)


def test_a_saved_page_is_named_by_its_path_or_file_address(tmp_path: Path) -> None:
    saved = tmp_path / "page.mhtml"
    saved.write_bytes(b"MIME-Version: 1.0\n")
    assert read_address(str(saved)).source == str(saved)
    text = tmp_path / "notes.txt"
    problem = read_address(text.as_uri()).problem
    assert problem.startswith(f"{text.as_uri()} is a file on this computer, not a saved web page")


def test_the_source_banner_says_why_the_source_is_the_source(article) -> None:
    detail = banner_for(article, article.source).detail
    assert detail == (
        "The other versions are translations of this text. Indonesian is the source according "
        "to the publisher's notice and the site's x-default language link."
    )
    contrary = dataclasses.replace(article, source_evidence=(NOTICE, CANONICAL))
    assert evidence_sentence(contrary).endswith(
        "according to the publisher's notice. But a translation's canonical link names English."
    )
    guessed = dataclasses.replace(article, source_language="fr", source_evidence=(PAGE,))
    assert evidence_sentence(guessed) == (
        "Nothing on the pages names the authoritative language: Reader took that of the page "
        "asked for, French."
    )
    assert evidence_sentence(dataclasses.replace(article, source_evidence=())) == ""


def test_the_notes_give_each_piece_of_evidence_and_each_address_left_out() -> None:
    long_notice = dataclasses.replace(NOTICE, detail="Please always refer. " * 20)
    notes = evidence_notes([long_notice, X_DEFAULT, CANONICAL, PAGE])
    assert notes[0].startswith("Source language Indonesian, from the publisher's notice: “Please")
    assert notes[0].endswith("…”") and len(notes[0]) < 170
    assert notes[1] == (
        "Source language Indonesian, from the site's x-default link to "
        "https://kabarnusa.example/id/berita/1"
    )
    assert notes[2].startswith("Source language English, from a canonical link: https://h.")
    assert notes[3].startswith("Source language French, that of the page asked for (https://")
    assert skipped_notes([Skipped("https://o.example/\u202ede", "on another site")]) == [
        "Not imported: https://o.example/⟨RLO⟩de (on another site)"
    ]


def test_what_the_window_says_in_english() -> None:
    assert import_started("https://k.example/a") == "Fetching https://k.example/a…"
    assert (
        import_progress(2, 6, "https://k.example/a") == "Fetched 2 of 6 pages: https://k.example/a"
    )
    assert import_progress(1, 1, "u") == "Fetched 1 of 1 page: u"
    assert import_failed("https://k.example/a", "the server answered 404 Not Found") == (
        "Reader could not import https://k.example/a: the server answered 404 Not Found."
    )
    assert import_done(RESULT) == (
        "Imported 2 versions into /library/semarang. 1 address on the page was not imported; "
        "the notes say why."
    )
    assert update_title(UPDATE) == "1 version changed"
    assert update_summary(UPDATE).splitlines() == [
        "French: the page changed; its new text is revision 2.",
        "2 versions are as they were.",
        "https://h.example/ar/a could not be checked: the server answered 410 Gone.",
    ]
    assert update_title(UpdateResult((), (Revision("id", 1),), ())) == "No version changed"
    assert compare_offer("fr") == "Compare the French Revisions"
    summary = pasted_summary(
        "French version (revision 2)", OriginReason.UNRECORDED, "fr", Kept.SAVED, "fr-2.txt"
    )
    assert summary == (
        "Pasted as the French version (revision 2). Its origin is unknown, since nothing says who "
        "translated it: the banner warns that it may be machine-generated. It is saved in the "
        "article folder as fr-2.txt."
    )


def test_every_sentence_is_one_translated_message(pseudo: None, article) -> None:
    texts = [
        banner_for(article, article.source).detail,
        evidence_sentence(dataclasses.replace(article, source_evidence=(NOTICE, CANONICAL))),
        evidence_sentence(
            dataclasses.replace(article, source_evidence=(PAGE,), source_language="fr")
        ),
        *evidence_notes([NOTICE, X_DEFAULT, CANONICAL, PAGE]),
        *skipped_notes(RESULT.skipped),
        import_started("u"),
        import_progress(2, 6, "u"),
        update_started(),
        update_progress(1, 4, "u"),
        import_failed("u", work_stopped("crashed")),
        import_failed("u", internal_error("KeyError")),
        update_failed("the folder is gone"),
        import_done(RESULT),
        nothing_open(),
        update_title(UPDATE),
        *update_summary(UPDATE).splitlines(),
        compare_offer("fr"),
        paste_language_question(),
        *(kept_sentence(kept, "x") for kept in Kept),
        *(pasted_summary("v", reason, "fr", kept, "x") for reason in OriginReason for kept in Kept),
        *(read_address(t).problem for t in ("", "ftp://a", "a b", "http:///p", "berita")),
    ]
    assert all(texts)
    assert [t for t in texts if outside_messages(t)] == []


def test_every_refusal_of_a_page_is_one_translated_message(
    pseudo: None, server, tmp_path: Path, sample: Path
) -> None:
    """What the import dialog and the update summary say about a page comes from the core:
    each reason is one message (its fields, a status or an address, may be anything)."""
    import socket

    from reader.core.errors import ReaderError
    from reader.core.web.fetching import Fetcher, Limits
    from reader.core.web.importing import import_article
    from reader.core.web.outcomes import FetchError
    from reader.core.web.updating import update_article
    from tests.web.server import Reply
    from tests.web.sites import load_site
    from tests.web.test_bad_pages import SCRIPT_ONLY

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    server.routes.update(
        {
            "/pdf": Reply(b"%PDF-1.7\n", headers={"Content-Type": "application/pdf"}),
            "/png": Reply(b"\x89PNG\r\n\x1a\n..", headers={"Content-Type": "image/png"}),
            "/fake": Reply(b"%PDF-1.4\n...", headers={"Content-Type": "text/html"}),
            "/loop": Reply.redirect("/loop"),
            "/hop": Reply.redirect("/loop"),
            "/away": Reply.redirect("javascript:alert(1)"),
            "/big": Reply.html("<p>x</p>" * 4000),
            "/busy": Reply(b"", 429, {"Retry-After": "3600", "Content-Length": "0"}),
            "/app": Reply.html(SCRIPT_ONLY),
        }
    )
    reasons = []
    fetches = [
        ("/missing", Limits()),
        ("/pdf", Limits()),
        ("/png", Limits()),
        ("/fake", Limits()),
        ("/loop", Limits()),
        ("/hop", Limits(max_redirects=0)),
        ("/away", Limits()),
        ("/big", Limits(max_bytes=1000)),
        ("/busy", Limits()),
    ]
    for path, limits in fetches:
        with Fetcher(limits) as fetcher, pytest.raises(FetchError) as caught:
            fetcher.get(server.url(path))
        reasons.append(caught.value.reason)
    with Fetcher() as fetcher, pytest.raises(FetchError) as caught:
        fetcher.get(f"http://127.0.0.1:{closed}/news")
    reasons.append(caught.value.reason)
    with pytest.raises(FetchError) as caught:
        import_article(server.url("/app"), target=tmp_path / "app")
    reasons.append(caught.value.reason)

    site = load_site("kabarnusa")
    server.add_site(site)
    page = site.render("ar", server.base).replace(
        "</head>",
        '<link rel="alternate" hreflang="de" href="https://elsewhere.example/de/a">'
        '<link rel="alternate" hreflang="es" href="data:text/html,x">'
        '<link rel="alternate" hreflang="tlh" href="/tlh/a"></head>',
        1,
    )
    server.routes[site.paths["ar"]] = Reply.html(page)
    server.routes[site.paths["fr"]] = Reply(b"gone", 410, {"Content-Type": "text/plain"})
    result = import_article(server.url(site.paths["ar"]), target=tmp_path / "a")
    assert len(result.skipped) == 4
    reasons += [s.reason for s in result.skipped]

    refusals = []
    for source in (str(tmp_path / "missing.html"), str(tmp_path / "a" / "ar.txt")):
        with pytest.raises(ReaderError) as raised:
            import_article(source, target=tmp_path / "b")
        refusals.append(str(raised.value).partition(": ")[2])
    with pytest.raises(ReaderError) as raised:
        update_article(sample)  # no version of the sample came from the web
    refusals.append(str(raised.value).partition(": ")[2])

    assert [r for r in [*reasons, *refusals] if outside_messages(r) or not r] == []
    assert len(reasons) == 15
