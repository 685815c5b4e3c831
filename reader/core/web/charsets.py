"""A page's text from its bytes: the bytes decide, a declared charset only breaks a tie.

Pages declare their charset in the Content-Type header or a ``<meta>`` tag, and the declaration
is often wrong (a template says UTF-8 around windows-1256 text, or the reverse). Reader's own
detection (``reader.core.ingest.encodings``: byte-order marks, strict UTF-8, the legacy Arabic and
Western code pages told apart by plausibility) reads the bytes; the declaration is used where
the bytes leave a choice, and for charsets that detection does not cover (Shift_JIS, GBK, ...)
when the bytes are valid in them.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from reader.core.errors import EncodingUnclear, ReaderError
from reader.core.i18n import _
from reader.core.ingest.encodings import decode, encoding_label
from reader.core.web.outcomes import FetchError

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
_SNIFF_BYTES = 4096  # the HTML standard's prescan window is 1024; pages put long heads first


@dataclass(frozen=True)
class PageText:
    """A page decoded: its text, the encoding read (a stable label), and what was noticed."""

    text: str
    encoding: str
    remarks: tuple[str, ...] = ()


def declared_charset(body: bytes, header: str | None) -> str | None:
    """The charset the page declares: the HTTP header's, else the first ``<meta>``'s."""
    if header:
        return header
    match = _META_CHARSET.search(body[:_SNIFF_BYTES])
    return match.group(1).decode("ascii") if match else None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def page_text(body: bytes, url: str, header_charset: str | None = None) -> PageText:
    """Decode ``body`` (fetched from ``url``): the bytes first, the declaration as tie-breaker."""
    declared = declared_charset(body, header_charset)
    declared_codec = _codec(declared)
    try:
        decoded = decode(body)
    except EncodingUnclear as unclear:
        chosen = next((c for c in unclear.candidates if _codec(c) == declared_codec), None)
        if chosen is None:
            raise FetchError(url, _reason(unclear)) from None
        decoded = decode(body, encoding=chosen)
    except ReaderError as error:
        # Detection covers UTF-8 and the legacy Arabic and Western code pages; a page in
        # another charset (Shift_JIS, GBK, KOI8-R) is read as declared if its bytes allow it.
        if declared_codec is None:
            raise FetchError(url, _reason(error)) from None
        try:
            decoded = decode(body, encoding=declared_codec)
        except ReaderError as forced:
            raise FetchError(
                url,
                _("{reason}; nor is it the declared {charset} ({detail})").format(
                    reason=_reason(error), charset=declared, detail=_reason(forced)
                ),
            ) from None
    remarks = list(decoded.remarks)
    if declared and declared_codec != _codec(decoded.encoding) and not body.isascii():
        remarks.append(
            _("the page declares {declared}, but its bytes are {found}: read as {found}").format(
                declared=declared, found=encoding_label(decoded.encoding)
            )
        )
    return PageText(decoded.text, decoded.encoding, tuple(remarks))


def _reason(error: ReaderError) -> str:
    text = str(error).replace("re-save the file as UTF-8 or choose the encoding (--encoding)", "")
    return _("the page's encoding cannot be read: {reason}").format(
        reason=text.strip().rstrip(";").strip()
    )
