"""Which addresses Reader follows: http(s) only, and for a page's language versions only those
on the same site, that is the same registrable domain (``en.example.co.uk`` and
``www.example.co.uk`` are one site; ``example.com`` and ``example.net`` are two).

The registrable domain comes from the Public Suffix List snapshot bundled with
publicsuffixlist: nothing is downloaded.
"""

from __future__ import annotations

import ipaddress
from functools import cache
from urllib.parse import urlsplit

from publicsuffixlist import PublicSuffixList

from reader.core.i18n import _

WEB_SCHEMES = frozenset({"http", "https"})


@cache
def _suffixes() -> PublicSuffixList:
    return PublicSuffixList()  # reads the bundled list; never fetches one


def host_of(url: str) -> str:
    """The host of ``url``, lower-cased, without brackets, port or trailing dot."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.rstrip(".").lower()


def site_of(url: str) -> str:
    """The registrable domain of ``url``'s host; an IP address or a single-label name such as
    ``localhost`` is its own site."""
    host = host_of(url)
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return host
    try:
        registrable = _suffixes().privatesuffix(host)
    except Exception:  # an odd label (IDN that does not encode): the host alone is the site
        registrable = None
    return str(registrable) if registrable else host


def scheme_refusal(url: str) -> str | None:
    """Why ``url`` is never followed (``file:``, ``javascript:``, ``data:``, ...), or None."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return _("not a valid address")
    scheme = parts.scheme.lower()
    if scheme not in WEB_SCHEMES:
        if not scheme:
            return _("not an absolute address; only http and https pages are fetched")
        return _("a {scheme}: address; only http and https pages are fetched").format(scheme=scheme)
    if not parts.hostname:
        return _("an address without a host")
    return None


def refusal(url: str, site: str | None) -> str | None:
    """Why ``url`` is not followed from a page of ``site`` (None: any site), or None."""
    reason = scheme_refusal(url)
    if reason:
        return reason
    if site is not None and site_of(url) != site:
        return _("on another site ({host}, not {site}); only the same site is followed").format(
            host=host_of(url), site=site
        )
    return None
