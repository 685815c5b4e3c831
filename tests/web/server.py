"""A real HTTP server on 127.0.0.1 for the web tests and the benchmark: fixture sites and every
kind of bad answer, from routes set per test (no network, no mocks)."""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.web.sites import Site


@dataclass
class Reply:
    """What the server answers on one path."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(
        default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"}
    )
    delay_per_chunk: float = 0.0  # seconds between 64 KB chunks (a slow server)
    chunk: int = 65536

    @classmethod
    def html(cls, text: str, **headers: str) -> Reply:
        return cls(
            text.encode("utf-8"), headers={"Content-Type": "text/html; charset=utf-8", **headers}
        )

    @classmethod
    def redirect(cls, location: str, status: int = 302) -> Reply:
        return cls(b"", status, {"Location": location, "Content-Length": "0"})

    @classmethod
    def gzipped(cls, body: bytes, content_type: str = "text/html; charset=utf-8") -> Reply:
        return cls(
            gzip.compress(body), headers={"Content-Type": content_type, "Content-Encoding": "gzip"}
        )


Route = Reply | Callable[["Handler"], Reply]


class Handler(BaseHTTPRequestHandler):
    server: FixtureServer  # type: ignore[assignment]
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self.server.requests.append((self.path, dict(self.headers)))
        route = self.server.routes.get(self.path.split("?")[0])
        reply = Reply(b"not found", 404, {"Content-Type": "text/plain"}) if route is None else route
        if callable(reply):
            reply = reply(self)
        self.send_response(reply.status)
        headers = dict(reply.headers)
        headers.setdefault("Content-Length", str(len(reply.body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        try:
            for start in range(0, len(reply.body), reply.chunk):
                if reply.delay_per_chunk:
                    time.sleep(reply.delay_per_chunk)
                self.wfile.write(reply.body[start : start + reply.chunk])
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a limit was passed): that is the point

    def log_message(self, format: str, *args: object) -> None:
        return None


class FixtureServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gives up mid-answer (a limit passed, a refused certificate) is expected."""
        return None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def add_site(self, site: Site, base: str | None = None) -> None:
        """Serve every language page of ``site`` (rendered for this server's address)."""
        for language in site.languages:
            self.routes[site.paths[language]] = Reply.html(site.render(language, base or self.base))


@contextmanager
def serving() -> Iterator[FixtureServer]:
    server = FixtureServer()
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
