"""HTTP with limits: one page at a time, or several at once, each failure one clear sentence.

httpx with TLS verified and proxies from the environment. Redirects are followed here, not by
httpx, so that every hop is checked (http(s) only; for a language version, the same site) and a
loop is named as one. The body is read raw and decompressed here, ``max_length`` at a time, so
that the size limit counts decompressed bytes and a gzip bomb is refused with memory bounded
by the limit (httpx's own decoder inflates a whole network chunk at once).
"""

from __future__ import annotations

import email.utils
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar
from urllib.parse import urljoin

import httpx

from reader import __version__
from reader.core.errors import ReaderError
from reader.core.i18n import N_, _, ngettext
from reader.core.web.addresses import refusal
from reader.core.web.outcomes import Cancelled, FetchError

USER_AGENT = f"Reader/{__version__} (a desktop reader for multilingual news articles)"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
MEGABYTE = 1024 * 1024

# What a server may say it sends, in the words of the error message.
_KINDS = {
    "application/pdf": N_("a PDF document"),
    "application/zip": N_("a ZIP archive"),
    "application/json": N_("JSON data"),
    "application/xml": N_("an XML document"),
    "text/xml": N_("an XML document"),
    "text/plain": N_("plain text"),
    "text/css": N_("a style sheet"),
    "application/javascript": N_("a script"),
    "text/javascript": N_("a script"),
    "application/octet-stream": N_("binary data"),
}
_KIND_FAMILIES = {  # the type follows, in brackets
    "image": N_("an image ({type})"),
    "video": N_("a video ({type})"),
    "audio": N_("a sound file ({type})"),
    "font": N_("a font ({type})"),
}
# Bodies that are not HTML whatever the header says.
_MAGIC = (
    (b"%PDF", N_("a PDF document")),
    (b"\x89PNG", N_("an image (PNG)")),
    (b"\xff\xd8\xff", N_("an image (JPEG)")),
    (b"GIF8", N_("an image (GIF)")),
)

Progress = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class Limits:
    """What one import may cost (the issue's figures); tests pass smaller ones."""

    connect_seconds: float = 10.0
    page_seconds: float = 30.0
    max_redirects: int = 10
    max_bytes: int = 10 * MEGABYTE
    max_alternates: int = 20
    max_retry_after: float = 30.0
    concurrency: int = 6


@dataclass(frozen=True)
class Page:
    """One fetched page: where it was asked for and found, what the server said, its bytes
    (decompressed), and when (UTC, RFC 3339)."""

    url: str
    final_url: str
    status: int
    content_type: str
    charset: str | None
    etag: str | None
    last_modified: str | None
    body: bytes
    retrieved: str


@dataclass(frozen=True)
class NotModified:
    """A conditional request answered 304: the page is as it was."""

    url: str
    final_url: str


@dataclass(frozen=True)
class Validators:
    """What a conditional request sends back (If-None-Match, If-Modified-Since)."""

    etag: str | None = None
    last_modified: str | None = None


def now_rfc3339() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _never() -> bool:
    return False


@dataclass
class Fetcher:
    """Fetches pages under ``limits`` through one httpx client (safe to share between threads).

    ``transport`` is for tests that need one; by default httpx's own, with TLS verified and
    proxies taken from the environment.
    """

    limits: Limits = field(default_factory=Limits)
    cancelled: CancelCheck = _never
    verify: bool | ssl.SSLContext = True
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    @property
    def client(self) -> httpx.Client:
        with self._lock:  # the threads of get_many must share one client, not each make one
            return self._client or self._make_client()

    def _make_client(self) -> httpx.Client:
        client = httpx.Client(
            verify=self.verify,
            trust_env=True,
            follow_redirects=False,
            timeout=httpx.Timeout(self.limits.page_seconds, connect=self.limits.connect_seconds),
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
                "Accept-Encoding": "gzip, deflate",
            },
            limits=httpx.Limits(max_connections=2 * self.limits.concurrency),
        )
        self._client = client
        return client

    def get(
        self, url: str, site: str | None = None, validators: Validators | None = None
    ) -> Page | NotModified:
        """The page at ``url``, following redirects (each hop on ``site`` when given)."""
        reason = refusal(url, site)
        if reason:
            raise FetchError(url, reason)
        deadline = time.monotonic() + self.limits.page_seconds
        retried = False
        seen = [url]
        current = url
        while True:
            self._check_cancelled()
            result = self._one(url, current, validators, deadline)
            if isinstance(result, str):  # a redirect
                current = self._next_hop(url, current, result, seen, site)
                continue
            if isinstance(result, _RetryAfter):
                if (
                    retried
                    or result.seconds is None
                    or result.seconds > self.limits.max_retry_after
                ):
                    raise FetchError(url, result.message())
                retried = True
                self._sleep(result.seconds)
                deadline = time.monotonic() + self.limits.page_seconds
                continue
            return result

    def get_many(
        self,
        urls: Sequence[str],
        site: str | None,
        work: Callable[[Page | NotModified], T],
        progress: Progress | None = None,
        done_before: int = 0,
        total: int | None = None,
    ) -> list[T | FetchError]:
        """Fetch ``urls`` concurrently and run ``work`` on each page in the worker thread; each
        result in the order of ``urls``, a FetchError (or ReaderError) where it failed."""
        results: dict[int, T | FetchError] = {}
        total = len(urls) + done_before if total is None else total
        done = done_before

        def job(target: str) -> T:
            return work(self.get(target, site=site))

        with ThreadPoolExecutor(
            max_workers=max(1, min(self.limits.concurrency, len(urls)))
        ) as pool:
            futures: dict[Future[T], int] = {pool.submit(job, u): i for i, u in enumerate(urls)}
            pending = set(futures)
            try:
                while pending:
                    finished, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
                    self._check_cancelled()
                    for future in finished:
                        index = futures[future]
                        results[index] = _outcome(future, urls[index])
                        done += 1
                        if progress:
                            progress(done, total, urls[index])
            except BaseException:
                for future in pending:
                    future.cancel()
                raise
        return [results[i] for i in range(len(urls))]

    # -- one request -------------------------------------------------------------------------

    def _one(
        self, url: str, current: str, validators: Validators | None, deadline: float
    ) -> Page | NotModified | str | _RetryAfter:
        headers = {}
        if validators and validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators and validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        try:
            with self.client.stream("GET", current, headers=headers) as response:
                answer: Page | NotModified | str | _RetryAfter
                answer = self._response(url, current, response, deadline)
                return answer
        except httpx.HTTPError as error:
            raise FetchError(url, _network_reason(error, self.limits)) from None
        except httpx.InvalidURL as error:
            # httpx parses a redirect's Location even when it does not follow it, and a
            # ``javascript:alert(1)`` there is not a URL it can build: never followed either.
            raise FetchError(
                url,
                _("the server redirected to an address that cannot be followed ({detail})").format(
                    detail=error
                ),
            ) from None

    def _response(
        self, url: str, current: str, response: httpx.Response, deadline: float
    ) -> Page | NotModified | str | _RetryAfter:
        status = response.status_code
        if status in (301, 302, 303, 307, 308):
            location = response.headers.get("Location")
            if not location:
                raise FetchError(
                    url,
                    _("the server redirected ({status}) without saying where").format(
                        status=status
                    ),
                )
            return str(urljoin(current, str(location).strip()))
        if status == 304:
            return NotModified(url, current)
        if status == 429 or (status == 503 and "Retry-After" in response.headers):
            return _RetryAfter(status, _retry_seconds(response.headers.get("Retry-After")))
        if status >= 400:
            phrase = response.reason_phrase or httpx.codes.get_reason_phrase(status)
            raise FetchError(
                url,
                _("the server answered {status} {phrase}")
                .format(status=status, phrase=phrase)
                .rstrip(),
            )
        if status != 200:
            raise FetchError(
                url, _("the server answered {status}, not a page").format(status=status)
            )
        content_type, charset = _media_type(response.headers.get("Content-Type", ""))
        _check_type(url, content_type)
        body = self._read(url, response, deadline)
        _check_body(url, body, content_type)
        return Page(
            url=url,
            final_url=str(current),
            status=status,
            content_type=content_type or "text/html",
            charset=charset,
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
            body=body,
            retrieved=now_rfc3339(),
        )

    def _read(self, url: str, response: httpx.Response, deadline: float) -> bytes:
        """The body, decompressed as it arrives, refused as soon as it passes the limit."""
        limit = self.limits.max_bytes
        declared = response.headers.get("Content-Length", "")
        encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
        if declared.isdigit() and encoding in ("", "identity") and int(declared) > limit:
            raise FetchError(url, _too_large(limit, int(declared)))
        decoder = _Decoder(encoding, url)
        chunks: list[bytes] = []
        size = 0
        for raw in response.iter_raw():
            self._check_cancelled()
            if time.monotonic() > deadline:
                raise FetchError(url, _too_slow(self.limits))
            for piece in decoder.feed(raw, limit - size + 1):
                size += len(piece)
                if size > limit:
                    raise FetchError(url, _too_large(limit))
                chunks.append(piece)
        chunks.extend(decoder.flush())
        body = b"".join(chunks)
        if len(body) > limit:
            raise FetchError(url, _too_large(limit))
        return body

    def _next_hop(
        self, url: str, current: str, location: str, seen: list[str], site: str | None
    ) -> str:
        if location in seen:
            raise FetchError(
                url,
                _("redirect loop ({address} leads back to {location})").format(
                    address=current, location=location
                ),
            )
        if len(seen) > self.limits.max_redirects:
            count = self.limits.max_redirects
            raise FetchError(
                url,
                ngettext("more than {count} redirect", "more than {count} redirects", count).format(
                    count=count
                ),
            )
        reason = refusal(location, site)
        if reason:
            raise FetchError(
                url,
                _("redirected to {location}: {reason}").format(location=location, reason=reason),
            )
        seen.append(location)
        return location

    def _check_cancelled(self) -> None:
        if self.cancelled():
            raise Cancelled()

    def _sleep(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            self._check_cancelled()
            time.sleep(min(left, 0.1))


T = TypeVar("T")


def _outcome(future: Future[Any], url: str) -> Any:
    try:
        return future.result()
    except FetchError as error:
        return error
    except Cancelled:
        raise
    except ReaderError as error:
        return FetchError(url, str(error))


@dataclass(frozen=True)
class _RetryAfter:
    status: int
    seconds: float | None

    def message(self) -> str:
        busy = self.status == 429
        if self.seconds is None:
            sentence = (
                _("the server answered {status} (too many requests) and did not say when to retry")
                if busy
                else _(
                    "the server answered {status} (the server is unavailable) and did not say "
                    "when to retry"
                )
            )
            return sentence.format(status=self.status)
        sentence = (
            _("the server answered {status} (too many requests) and asks to wait {seconds:g} s")
            if busy
            else _(
                "the server answered {status} (the server is unavailable) and asks to wait "
                "{seconds:g} s"
            )
        )
        return sentence.format(status=self.status, seconds=self.seconds)


def _retry_seconds(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _media_type(header: str) -> tuple[str, str | None]:
    kind, _semicolon, rest = header.partition(";")
    charset = None
    for parameter in rest.split(";"):
        name, _equals, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return kind.strip().lower(), charset


def _what(content_type: str) -> str:
    if content_type in _KINDS:
        return _(_KINDS[content_type])
    family = content_type.partition("/")[0]
    if family in _KIND_FAMILIES:
        return _(_KIND_FAMILIES[family]).format(type=content_type)
    return content_type


def _check_type(url: str, content_type: str) -> None:
    """Refuse what is not a web page before reading it (a PDF may be large)."""
    if not content_type or content_type in HTML_TYPES:
        return
    raise FetchError(url, _("is {what}, not a web page").format(what=_what(content_type)))


def _check_body(url: str, body: bytes, content_type: str) -> None:
    for magic, what in _MAGIC:
        if body.startswith(magic):
            sent = content_type or _("no type")
            raise FetchError(
                url, _("is {what} (sent as {type}), not a web page").format(what=_(what), type=sent)
            )


def _too_large(limit: int, size: int | None = None) -> str:
    if size:
        return _(
            "the page is too large ({size:.1f} MB): Reader reads pages of up to {limit:g} MB"
        ).format(size=size / MEGABYTE, limit=limit / MEGABYTE)
    return _("the page is too large: Reader reads pages of up to {limit:g} MB").format(
        limit=limit / MEGABYTE
    )


def _too_slow(limits: Limits) -> str:
    return _("took longer than {seconds:g} s to arrive").format(seconds=limits.page_seconds)


class _Decoder:
    """Content-Encoding gzip or deflate undone ``max_length`` bytes at a time."""

    def __init__(self, encoding: str, url: str) -> None:
        self._url = url
        if encoding in ("", "identity"):
            self._inflater = None
        elif encoding in ("gzip", "x-gzip"):
            self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._inflater = zlib.decompressobj()
            self._raw_deflate = True
        else:
            raise FetchError(
                url,
                _("the server sent an encoding Reader did not ask for ({encoding})").format(
                    encoding=encoding
                ),
            )

    def feed(self, data: bytes, room: int) -> Iterator[bytes]:
        if self._inflater is None:
            yield data
            return
        pending = data
        while pending:
            try:
                piece = self._inflater.decompress(pending, max(room, 1))
            except zlib.error:
                if getattr(self, "_raw_deflate", False) and not self._inflater.unused_data:
                    # Some servers send raw deflate without the zlib header (RFC 9110 says zlib).
                    self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                    self._raw_deflate = False
                    continue
                raise FetchError(self._url, _("the compressed page is damaged")) from None
            self._raw_deflate = False
            pending = self._inflater.unconsumed_tail
            room -= len(piece)
            yield piece
            if room <= 0:
                return

    def flush(self) -> list[bytes]:
        return [self._inflater.flush()] if self._inflater is not None else []


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _network_reason(error: httpx.HTTPError, limits: Limits) -> str:
    """One sentence for what went wrong on the way to the server."""
    causes = list(_chain(error))
    text = " ".join(str(c) for c in causes)
    if (
        any(isinstance(c, ssl.SSLCertVerificationError) for c in causes)
        or "CERTIFICATE_VERIFY_FAILED" in text
    ):
        detail = next(
            (
                c.verify_message
                for c in causes
                if isinstance(c, ssl.SSLCertVerificationError) and c.verify_message
            ),
            "certificate verify failed",
        )
        return _("TLS error: the site's certificate is not trusted ({detail})").format(
            detail=detail
        )
    if any(isinstance(c, ssl.SSLError) for c in causes) or "SSL" in text:
        return _("TLS error: {detail}").format(detail=_first_line(text))
    if (
        any(isinstance(c, socket.gaierror) for c in causes)
        or "Name or service not known" in text
        or "getaddrinfo" in text
    ):
        return _("the host name could not be found (DNS lookup failed)")
    if isinstance(error, httpx.ConnectTimeout):
        return _("the host did not answer within {seconds:g} s").format(
            seconds=limits.connect_seconds
        )
    if isinstance(error, httpx.TimeoutException):
        return _too_slow(limits)
    if any(isinstance(c, ConnectionRefusedError) for c in causes) or "Connection refused" in text:
        return _("the host is unreachable (connection refused)")
    if isinstance(error, httpx.ConnectError):
        return _("the host is unreachable ({detail})").format(detail=_first_line(text))
    if isinstance(error, httpx.RemoteProtocolError):
        return _("the server broke off the answer ({detail})").format(detail=_first_line(text))
    return _first_line(text) or type(error).__name__


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""
