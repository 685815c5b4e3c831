"""What the window says about its web work, in words: an address typed in, an import under way,
done or failed, a check for updates, a version pasted from the clipboard.

Addresses, reasons and notices come from pages and servers: they are revealed (bidi controls
shown as markers, never obeyed) before they go into a sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from reader.core.i18n import _, ngettext, sentences
from reader.core.text.bidi_controls import reveal
from reader.core.text.languages import language_name
from reader.core.web.saved import SUFFIXES

if TYPE_CHECKING:  # the results arrive from a worker; their modules load with them
    from reader.core.web.outcomes import ImportResult, UpdateResult
    from reader.core.web.pasting import OriginReason

_WEB_SCHEMES = ("http", "https")

# -- the address typed into File › Open Web Page ------------------------------------------------


@dataclass(frozen=True)
class Address:
    """What an address typed or pasted by the user names: ``source`` to import (an http(s)
    URL, or a saved page's path), else the ``problem`` with it, in one sentence."""

    source: str | None
    problem: str = ""


def read_address(text: str) -> Address:
    """The page ``text`` names, if it names one Reader can import. A bare ``example.com/news``
    is taken as https, as browsers take it; a ``file:`` address or a path is a saved page."""
    text = text.strip()
    if not text:
        return Address(None, _("Paste the address of a web page: it starts with https://."))
    shown = reveal(text)
    local = Path(text).expanduser()
    if local.suffix.lower() in SUFFIXES and local.is_file():
        return Address(str(local))
    if any(ch.isspace() for ch in text):
        return Address(None, _("A web address has no spaces: {address}").format(address=shown))
    if "://" not in text and not _has_scheme(text):
        host = text.partition("/")[0].partition(":")[0]
        if "." not in host.strip(".") and host.lower() != "localhost":
            return Address(
                None,
                _("{address} is not a web address: it should start with https://.").format(
                    address=shown
                ),
            )
        text = f"https://{text}"
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme == "file":
        path = Path(unquote(parts.path))
        if path.suffix.lower() in SUFFIXES:
            return Address(str(path))
        return Address(
            None,
            _(
                "{address} is a file on this computer, not a saved web page (.html, .htm, "
                ".mhtml or .mht): open text files with File › Open Files."
            ).format(address=shown),
        )
    if scheme not in _WEB_SCHEMES:
        return Address(
            None,
            _("Reader opens web pages only (http and https), not {scheme}: addresses.").format(
                scheme=reveal(scheme)
            ),
        )
    if not parts.hostname:
        return Address(
            None, _("{address} names no web site (it has no host name).").format(address=shown)
        )
    return Address(parts.geturl())


def _has_scheme(text: str) -> bool:
    """``mailto:x``, ``javascript:y``: a scheme but no ``//``; ``example.com:8080`` is a host."""
    scheme, colon, rest = text.partition(":")
    return bool(colon) and scheme.isalpha() and not rest[:1].isdigit()


# -- an import or an update under way, and how it ends ------------------------------------------


def import_started(source: str) -> str:
    return _("Fetching {address}\u2026").format(address=reveal(source))


def import_progress(done: int, total: int, address: str) -> str:
    return ngettext(
        "Fetched {done} of {total} page: {address}",
        "Fetched {done} of {total} pages: {address}",
        total,
    ).format(done=done, total=total, address=reveal(address))


def nothing_open() -> str:
    """What an empty window says (the import it was started with failed)."""
    return _(
        "No article is open. Open a web page (Ctrl+L), text files (Ctrl+O) or an article "
        "folder (Ctrl+Shift+O), or drop one on this window."
    )


def update_started() -> str:
    return _("Checking the article's pages for changes\u2026")


def update_progress(done: int, total: int, address: str) -> str:
    return ngettext(
        "Checked {done} of {total} page: {address}",
        "Checked {done} of {total} pages: {address}",
        total,
    ).format(done=done, total=total, address=reveal(address))


def import_failed(source: str, reason: str) -> str:
    """The error dialog's sentence: the address and what is wrong, in one sentence."""
    return _("Reader could not import {address}: {reason}.").format(
        address=reveal(source), reason=_clause(reason)
    )


def update_failed(reason: str) -> str:
    return _("Reader could not check this article for updates: {reason}.").format(
        reason=_clause(reason)
    )


def work_stopped(reason: str) -> str:
    """The reason given when the worker process itself failed (it crashed, it could not start)."""
    return _("the background process stopped ({reason})").format(reason=_clause(reason))


def internal_error(kind: str) -> str:
    """The reason given for a bug: its kind; the traceback goes to standard error, not to a dialog."""
    return _(
        "an internal error in Reader ({kind}); its details were printed on standard error"
    ).format(kind=kind)


def import_done(result: ImportResult) -> str:
    """The status bar's word once an import has opened."""
    done = ngettext(
        "Imported {count} version into {folder}.",
        "Imported {count} versions into {folder}.",
        len(result.versions),
    ).format(count=len(result.versions), folder=reveal(result.folder))
    if not result.skipped:
        return done
    skipped = ngettext(
        "{count} address on the page was not imported; the notes say why.",
        "{count} addresses on the page were not imported; the notes say why.",
        len(result.skipped),
    ).format(count=len(result.skipped))
    return sentences(done, skipped)


def update_title(result: UpdateResult) -> str:
    if result.changed:
        return ngettext(
            "{count} version changed", "{count} versions changed", len(result.changed)
        ).format(count=len(result.changed))
    if result.failed and not result.unchanged:
        return _("The pages could not be checked")
    return _("No version changed")


def update_summary(result: UpdateResult) -> str:
    """What a check for updates found, one sentence a line."""
    lines = [
        _("{language}: the page changed; its new text is revision {revision}.").format(
            language=language_name(r.language), revision=r.revision
        )
        for r in result.changed
    ]
    if result.unchanged:
        lines.append(
            ngettext(
                "{count} version is as it was.",
                "{count} versions are as they were.",
                len(result.unchanged),
            ).format(count=len(result.unchanged))
        )
    lines += [
        _("{address} could not be checked: {reason}.").format(
            address=reveal(f.url), reason=_clause(f.reason)
        )
        for f in result.failed
    ]
    return "\n".join(lines)


def compare_offer(language: str) -> str:
    """The button that puts a changed version beside its previous revision."""
    return _("Compare the {language} Revisions").format(language=language_name(language))


# -- a version pasted from the clipboard ---------------------------------------------------------


class Kept(StrEnum):
    """Where a pasted version went."""

    SAVED = "saved"  # into the article folder
    NOT_A_FOLDER = "not-a-folder"  # loose files: held in memory
    SAMPLE = "sample"  # the bundled sample is never changed: held in memory
    UNWRITABLE = "unwritable"  # the folder cannot be written: held in memory


def paste_language_question() -> str:
    return _("Reader cannot tell the language of the pasted text.\n\nLanguage of this text:")


def pasted_summary(
    version: str, reason: OriginReason, language: str, kept: Kept, detail: str = ""
) -> str:
    """What happened to a paste: which version it became, its origin and why, and where it is
    (``detail``: the file it was saved as, or why the folder could not be written)."""
    from reader.core.web.pasting import OriginReason

    what = _("Pasted as the {version}.").format(version=version)
    if reason is OriginReason.AUTHORITATIVE:
        origin = _(
            "It is marked original: it is in the article's authoritative language, {language}."
        ).format(language=language_name(language))
    else:
        origin = _(
            "Its origin is unknown, since nothing says who translated it: the banner warns "
            "that it may be machine-generated."
        )
    return sentences(what, origin, kept_sentence(kept, detail))


def kept_sentence(kept: Kept, detail: str = "") -> str:
    """Where a pasted version is kept, in one sentence (``detail``: the file, or the reason)."""
    if kept is Kept.SAVED:
        return _("It is saved in the article folder as {file}.").format(file=reveal(detail))
    if kept is Kept.SAMPLE:
        return _(
            "It is kept in memory only, because the bundled sample article is never changed: "
            "it is gone once another article is opened."
        )
    if kept is Kept.UNWRITABLE:
        return _(
            "It is kept in memory only, because the article folder cannot be written "
            "({reason}): it is gone once another article is opened."
        ).format(reason=reveal(detail))
    return _(
        "It is kept in memory only, because the article is not a folder: it is gone once "
        "another article is opened."
    )


# -- composing -----------------------------------------------------------------------------------


def _clause(reason: str) -> str:
    """A reason as the end of a sentence: revealed, without its own full stop."""
    return reveal(reason.strip().rstrip("."))
