"""Saved pages: a browser's "Save Page As" (``.html``/``.htm``, HTML only or complete with its
``_files`` folder, which is never read) and single-file saves (``.mhtml``/``.mht``, a MIME
message that the standard library's ``email`` parses).

Where the page came from is taken from what the browser wrote: MHTML's ``Snapshot-Content-Location``
or the HTML part's ``Content-Location``, and the "saved from url" comment that browsers put at
the top of an HTML save; then the page's canonical link or ``og:url``.
"""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reader.core.errors import ReaderError
from reader.core.i18n import _

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
MHTML_SUFFIXES = frozenset({".mhtml", ".mht"})
SUFFIXES = HTML_SUFFIXES | MHTML_SUFFIXES  # reader.cli knows them too, by name alone
MEGABYTE = 1024 * 1024
MAX_SAVED_BYTES = 50 * MEGABYTE  # an MHTML save carries the page's images too
_SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->", re.IGNORECASE)


@dataclass(frozen=True)
class SavedPage:
    """A saved page's markup (bytes, charset as declared by its container), where it says it
    came from, when it was saved, and the file itself (kept as the raw evidence)."""

    html: bytes
    charset: str | None
    url: str | None
    saved: str
    raw: bytes
    raw_suffix: str  # "html" or "mhtml"


def is_saved_page(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def read_saved_page(path: Path) -> SavedPage:
    data = _read(path)
    mtime = datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(microsecond=0)
    saved = mtime.isoformat().replace("+00:00", "Z")
    if path.suffix.lower() in MHTML_SUFFIXES:
        return _mhtml(data, path, saved)
    match = _SAVED_FROM.search(data[:4096])
    url = match.group(1).decode("ascii", "replace") if match else None
    return SavedPage(data, None, url, saved, data, "html")


def _read(path: Path) -> bytes:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ReaderError(_("is not a regular file"), path)
        if info.st_size > MAX_SAVED_BYTES:
            raise ReaderError(
                _("is too large for a saved page (over {limit} MB)").format(
                    limit=MAX_SAVED_BYTES // MEGABYTE
                ),
                path,
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise ReaderError(_("no such file"), path) from None
    except OSError as error:
        raise ReaderError(
            _("cannot be read: {reason}").format(reason=error.strerror or error), path
        ) from None


def _mhtml(data: bytes, path: Path, saved: str) -> SavedPage:
    import email  # here: a window that only asks whether a name is a saved page never needs it
    import email.policy
    from email.message import EmailMessage

    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not message.is_multipart():
        raise ReaderError(_("is not an MHTML archive (no MIME parts)"), path)
    location = str(message.get("Snapshot-Content-Location", "") or "").strip() or None
    parts = [
        p for p in message.walk() if p.get_content_type() in ("text/html", "application/xhtml+xml")
    ]
    if not parts:
        raise ReaderError(_("holds no HTML page"), path)
    # The page itself is the part at the snapshot's location, else the first HTML part.
    page = next((p for p in parts if location and p.get("Content-Location") == location), parts[0])
    body = page.get_payload(decode=True)
    if not isinstance(body, bytes) or not body:
        raise ReaderError(_("its HTML part is empty"), path)
    url = location or (str(page.get("Content-Location", "")).strip() or None)
    date = message.get("Date")
    if date is not None and getattr(date, "datetime", None) is not None:
        saved = (
            date.datetime.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
        )
    return SavedPage(body, page.get_content_charset(), url, saved, data, "mhtml")
