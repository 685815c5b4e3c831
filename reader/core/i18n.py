"""The one door to translated text: every sentence a user reads goes through ``_`` or ``ngettext``.

The English sentence is the message id, whole, with named fields filled in afterwards
(``_("Machine translation from {source}").format(source=...)``), so that a translator sees the
sentence as it reads and can move the fields. Counts go through ``ngettext`` (Arabic has six
plural forms; a hand-made ``'s' * (n != 1)`` cannot express them). Until catalogs ship, the
English text is what is shown. Tables of messages mark their entries with ``N_`` and ``Nn_`` (which
translate nothing) so that the catalog extractor finds them; the code that shows an entry
translates it then.

What machines read is never translated: ``english()`` composes the JSON documents' few
sentences (a finding's message, a loader's remark) in English, whatever the reader's language.

Kept at the bottom of the core, beside ``model`` and ``errors``, so that every layer (an
encoding error in ``ingest`` as much as the banner in ``present``) can mark its messages. No Qt.
"""

from __future__ import annotations

import gettext as _gettext
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

DOMAIN = "reader"

_translations: _gettext.NullTranslations = _gettext.NullTranslations()


def use_languages(languages: Sequence[str]) -> None:
    """Show text in the first of ``languages`` (BCP 47 or POSIX codes) that has a catalog;
    English (the message ids themselves) when none has."""
    # Imported here: importlib.resources takes some 20 ms, which a worker process (it never
    # picks a language) would pay on every start.
    from importlib import resources

    try:
        localedir = str(resources.files("reader") / "locale")
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - an unusual install
        localedir = ""
    codes = [code.replace("-", "_") for code in languages]
    use_translations(_gettext.translation(DOMAIN, localedir or None, codes, fallback=True))


def use_translations(translations: _gettext.NullTranslations) -> None:
    """Show text through ``translations`` (a catalog, or a test's pseudo-translation)."""
    global _translations
    _translations = translations


@contextmanager
def english() -> Iterator[None]:
    """English (the message ids themselves) while the block runs, then the reader's language
    again: for output that scripts read (``--json``), which must not change with it."""
    global _translations
    saved = _translations
    _translations = _gettext.NullTranslations()
    try:
        yield
    finally:
        _translations = saved


def _(message: str) -> str:
    """``message`` (a whole English sentence) in the reader's language."""
    return _translations.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a sentence that fits ``count``, in the reader's language."""
    return _translations.ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Mark ``message`` for the catalog where it is defined (a table), translated where used."""
    return message


def Nn_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a sentence's singular and plural for the catalog, for ``ngettext`` where used."""
    return singular, plural


def sentences(*parts: str) -> str:
    """Whole translated sentences one after the other (empty ones left out), joined by a
    separator that is a message of its own (some scripts do not put a space between them)."""
    return _(" ").join(part for part in parts if part)


def listing(items: Sequence[str]) -> str:
    """Translated phrases as a list: "a", "a and b", "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return _("{items} and {last}").format(items=_(", ").join(items[:-1]), last=items[-1])
