"""Every bad answer gets one clear sentence, the command line exits 2 with one line, and nothing is
left half-written."""

from __future__ import annotations

import gzip
import socket
import ssl
import threading
import tracemalloc
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.web.fetching import Fetcher, Limits
from reader.core.web.importing import import_article
from reader.core.web.outcomes import Cancelled, FetchError
from tests.web.server import FixtureServer, Handler, Reply
from tests.web.sites import load_site

SCRIPT_ONLY = """<!doctype html><html lang="en"><head><title>Loading…</title>
<script src="/static/app.3f9a.js"></script></head><body><div id="root"></div>
<noscript>You need to enable JavaScript to run this app.</noscript>
<script>window.__INITIAL_STATE__ = {"article": {"id": 4821}};</script></body></html>"""


def _error(source: str, tmp_path: Path, **options: object) -> str:
    with pytest.raises(FetchError) as caught:
        import_article(source, target=tmp_path / "a", **options)  # type: ignore[arg-type]
    assert not (tmp_path / "a").exists()
    assert [p.name for p in tmp_path.iterdir()] == []  # no temporary folder left either
    return str(caught.value)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_an_unreachable_host(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{_closed_port()}/news"
    assert _error(url, tmp_path) == f"{url}: the host is unreachable (connection refused)"


def test_a_dns_failure(tmp_path: Path) -> None:
    # .invalid never resolves (RFC 2606); the lookup fails at once without a network.
    message = _error("http://news.example.invalid/story", tmp_path)
    assert message.endswith("the host name could not be found (DNS lookup failed)")


@pytest.fixture
def tls_server() -> Iterator[str]:
    trustme = pytest.importorskip("trustme")
    authority = trustme.CA()  # an authority nobody trusts: the certificate must be refused
    certificate = authority.issue_cert("127.0.0.1")
    httpd = FixtureServer()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    certificate.configure_cert(context)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    httpd.routes["/"] = Reply.html("<html><body><p>secret</p></body></html>")
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    yield f"https://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


def test_a_tls_error(tls_server: str, tmp_path: Path) -> None:
    message = _error(tls_server, tmp_path)
    assert "TLS error: the site's certificate is not trusted" in message


@pytest.mark.parametrize(
    ("status", "words"),
    [(404, "404 Not Found"), (500, "500 Internal Server Error"), (403, "403 Forbidden")],
)
def test_error_statuses(server: FixtureServer, tmp_path: Path, status: int, words: str) -> None:
    server.routes["/page"] = Reply(b"<html>no</html>", status)
    assert _error(server.url("/page"), tmp_path).endswith(f"the server answered {words}")


def test_a_redirect_loop(server: FixtureServer, tmp_path: Path) -> None:
    server.routes["/a"] = Reply.redirect("/b")
    server.routes["/b"] = Reply.redirect("/a")
    assert "redirect loop" in _error(server.url("/a"), tmp_path)


def test_too_many_redirects(server: FixtureServer, tmp_path: Path) -> None:
    for hop in range(12):
        server.routes[f"/r{hop}"] = Reply.redirect(f"/r{hop + 1}")
    assert _error(server.url("/r0"), tmp_path).endswith("more than 10 redirects")


def test_a_redirect_to_another_scheme_is_not_followed(
    server: FixtureServer, tmp_path: Path
) -> None:
    server.routes["/go"] = Reply.redirect("file:///etc/passwd")
    message = _error(server.url("/go"), tmp_path)
    assert "redirected to file:///etc/passwd" in message and "only http and https" in message
    server.routes["/script"] = Reply.redirect("javascript:alert(1)")
    assert _error(server.url("/script"), tmp_path).startswith(
        f"{server.url('/script')}: the server redirected to an address that cannot be followed ("
    )


def test_a_page_too_large_is_refused_while_it_streams(
    server: FixtureServer, tmp_path: Path
) -> None:
    body = b"<html><body>" + b"<p>word</p>" * 1_000_000 + b"</body></html>"  # 11 MB
    # No Content-Length to trust: the limit is counted as the bytes arrive.
    server.routes["/big"] = Reply(
        body, headers={"Content-Type": "text/html", "Content-Length": str(len(body))}
    )
    assert "the page is too large" in _error(server.url("/big"), tmp_path)


def test_a_gzip_bomb_is_refused_with_memory_bounded(server: FixtureServer, tmp_path: Path) -> None:
    bomb = gzip.compress(b"<html><body>" + b"\0" * (300 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < 400_000  # 300 MB once inflated
    server.routes["/bomb"] = Reply(
        bomb, headers={"Content-Type": "text/html", "Content-Encoding": "gzip"}
    )
    tracemalloc.start()
    try:
        with Fetcher() as fetcher, pytest.raises(FetchError) as caught:
            fetcher.get(server.url("/bomb"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "the page is too large" in str(caught.value)
    assert peak < 40 * 1024 * 1024  # the 10 MB limit, its join, and room: not 300 MB


@pytest.mark.parametrize(
    ("content_type", "body", "what"),
    [
        ("application/pdf", b"%PDF-1.7\n...", "is a PDF document, not a web page"),
        ("image/png", b"\x89PNG\r\n\x1a\n....", "is an image (image/png), not a web page"),
        ("text/html", b"%PDF-1.4\n...", "is a PDF document (sent as text/html), not a web page"),
    ],
)
def test_the_wrong_content_type_is_named(
    server: FixtureServer, tmp_path: Path, content_type: str, body: bytes, what: str
) -> None:
    server.routes["/file"] = Reply(body, headers={"Content-Type": content_type})
    assert _error(server.url("/file"), tmp_path).endswith(what)


def test_a_script_only_page_says_so(server: FixtureServer, tmp_path: Path) -> None:
    server.routes["/app"] = Reply.html(SCRIPT_ONLY)
    message = _error(server.url("/app"), tmp_path)
    assert message.endswith(
        "it is only scripts (the text would be built in a browser, and Reader runs no scripts)"
    )


def test_a_wrong_declared_charset_is_overruled_by_the_bytes(
    server: FixtureServer, tmp_path: Path
) -> None:
    site = load_site("kabarnusa")
    page = site.render("ar", server.base)
    # Windows-1256 bytes under a header (and a meta tag) that say UTF-8.
    server.routes["/ar"] = Reply(
        page.encode("cp1256", "xmlcharrefreplace"),
        headers={"Content-Type": "text/html; charset=utf-8"},
    )
    # UTF-8 bytes declared as ISO-8859-1.
    server.routes["/fr"] = Reply(
        site.render("fr", server.base).encode(),
        headers={"Content-Type": "text/html; charset=iso-8859-1"},
    )
    for path, language in (("/ar", "ar"), ("/fr", "fr")):
        target = tmp_path / language
        import_article(server.url(path), target=target, alternates=False)
        text = (target / f"{language}.txt").read_text("utf-8")
        assert text.split("\n\n")[0] == site.story(language).title


def test_a_429_with_a_short_retry_after_is_retried_once(
    server: FixtureServer, tmp_path: Path
) -> None:
    site = load_site("littoral")
    answers = [Reply(b"slow down", 429, {"Retry-After": "1", "Content-Type": "text/plain"})]
    page = Reply.html(site.render("fr", server.base))
    server.routes["/fr"] = lambda _: answers.pop() if answers else page
    result = import_article(server.url("/fr"), target=tmp_path / "a", alternates=False)
    assert [v.language for v in result.versions] == ["fr"]
    assert [p for p, _ in server.requests] == ["/fr", "/fr"]


def test_a_429_asking_too_long_a_wait_fails(server: FixtureServer, tmp_path: Path) -> None:
    server.routes["/fr"] = Reply(b"", 429, {"Retry-After": "120"})
    assert _error(server.url("/fr"), tmp_path).endswith(
        "(too many requests) and asks to wait 120 s"
    )


def test_a_page_slower_than_the_limit(server: FixtureServer, tmp_path: Path) -> None:
    body = b"<html><body>" + b"<p>slow words</p>" * 20000 + b"</body></html>"
    server.routes["/slow"] = Reply(
        body, headers={"Content-Type": "text/html"}, delay_per_chunk=0.2, chunk=4096
    )
    message = _error(server.url("/slow"), tmp_path, limits=Limits(page_seconds=0.5))
    assert message.endswith("took longer than 0.5 s to arrive")


def test_failed_and_forbidden_alternates_are_skipped_with_reasons(
    server: FixtureServer, tmp_path: Path
) -> None:
    site = load_site("kabarnusa")
    server.add_site(site)
    page = site.render("id", server.base)
    other_site = server.base.replace("127.0.0.1", "localhost")
    extra = "\n".join(
        [
            f'<link rel="alternate" hreflang="de" href="{server.base}/de/missing" />',
            f'<link rel="alternate" hreflang="es" href="{other_site}/es/story" />',
            '<link rel="alternate" hreflang="ru" href="javascript:alert(1)" />',
            '<link rel="alternate" hreflang="ko" href="data:text/html,<p>hi</p>" />',
            '<link rel="alternate" hreflang="it" href="file:///etc/passwd" />',
        ]
    )
    server.routes[site.paths["id"]] = Reply.html(page.replace("</head>", extra + "\n</head>"))
    result = import_article(server.url(site.paths["id"]), target=tmp_path / "a")
    reasons = {s.url: s.reason for s in result.skipped}
    assert reasons[f"{server.base}/de/missing"] == "the server answered 404 Not Found"
    assert reasons[f"{other_site}/es/story"].startswith(
        "on another site (localhost, not 127.0.0.1)"
    )
    assert "a javascript: address" in reasons["javascript:alert(1)"]
    assert "a data: address" in reasons["data:text/html,<p>hi</p>"]
    assert "a file: address" in reasons["file:///etc/passwd"]
    assert len(result.versions) == 6
    requested = [p for p, _ in server.requests]
    assert "/es/story" not in requested  # never followed


def test_alternates_beyond_the_limit_are_skipped(server: FixtureServer, tmp_path: Path) -> None:
    site = load_site("kabarnusa")
    server.add_site(site)
    result = import_article(
        server.url(site.paths["id"]), target=tmp_path / "a", limits=Limits(max_alternates=2)
    )
    assert len(result.versions) == 3
    assert len(result.skipped) == 3
    assert all("more than 2 language versions" in s.reason for s in result.skipped)


def test_cancelling_leaves_nothing(server: FixtureServer, tmp_path: Path) -> None:
    site = load_site("kabarnusa")
    server.add_site(site)
    seen: list[int] = []

    def progress(done: int, total: int, what: str) -> None:
        seen.append(done)

    with pytest.raises(Cancelled):
        import_article(
            server.url(site.paths["id"]),
            target=tmp_path / "a",
            progress=progress,
            cancelled=lambda: bool(seen),
        )
    assert list(tmp_path.iterdir()) == []


def test_an_existing_folder_is_never_overwritten(server: FixtureServer, tmp_path: Path) -> None:
    site = load_site("littoral")
    server.add_site(site)
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "notes.txt").write_text("mine")
    with pytest.raises(Exception, match="already exists"):
        import_article(server.url(site.paths["fr"]), target=tmp_path / "a")
    assert [p.name for p in (tmp_path / "a").iterdir()] == ["notes.txt"]


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (
            "javascript:alert(1)",
            "reader: error: javascript:alert(1): a javascript: address; only http and https pages are fetched",
        ),
        ("missing.html", "reader: error: missing.html: no such file, and not an http(s) address"),
    ],
)
def test_the_command_line_says_it_in_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    source: str,
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["import", source, "-o", str(tmp_path / "a")]) == 2
    captured = capsys.readouterr()
    assert captured.err == message + "\n"
    assert captured.out == ""


def test_the_command_line_names_the_url_and_the_status(
    server: FixtureServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server.url("/gone")
    assert main(["import", url, "-o", str(tmp_path / "a")]) == 2
    assert capsys.readouterr().err == f"reader: error: {url}: the server answered 404 Not Found\n"


def test_handler_is_the_servers(server: FixtureServer) -> None:
    """The fixture server is a real http.server on the loopback address."""
    assert isinstance(server, ThreadingHTTPServer) and server.RequestHandlerClass is Handler
    assert server.server_address[0] == "127.0.0.1"
