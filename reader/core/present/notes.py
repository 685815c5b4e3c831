"""What the loader and the window want the reader to know about a version, in words."""

from __future__ import annotations

from collections.abc import Iterable

from reader.core.i18n import _, ngettext
from reader.core.model import Version
from reader.core.text.bidi_controls import reveal
from reader.core.text.languages import language_name

MAX_LISTED_GLYPHS = 10


def version_notes(version: Version, no_glyph: Iterable[str] = ()) -> list[str]:
    """The notes of a version: its loader's remarks, the page debris set aside, characters no
    installed font can draw, the notice moved to the banner. File text is revealed, never
    obeyed (bidi controls shown as markers)."""
    notes = [reveal(remark) for remark in version.remarks]
    notes += [
        _("set aside as page debris: {text}").format(text=reveal(repr(text)))
        for text in version.dropped
    ]
    missing = sorted(set(no_glyph))
    if missing:
        notes.append(
            ngettext(
                "{count} character has no glyph in the installed fonts: {characters}",
                "{count} characters have no glyph in the installed fonts: {characters}",
                len(missing),
            ).format(count=len(missing), characters=_code_points(missing[:MAX_LISTED_GLYPHS]))
        )
    if version.notice:
        notes.append(_("publisher's notice moved to the banner"))
    return notes


def _code_points(characters: Iterable[str]) -> str:
    """Characters no font can draw, named by code point: drawn as themselves they would be the
    very boxes the note is about."""
    return " ".join(f"U+{ord(ch):04X}" for ch in characters)


def font_notice(language: str, missing: int, total: int, hint: str) -> str:
    """The notice above a text that no installed font covers: what is wrong, that the text is
    there all the same, and what to install (``hint``, already in the reader's language)."""
    return ngettext(
        "No installed font can show this {language} text: {missing} of {total} character has "
        "no glyph and shows as a box (the text is all there and copies as it is). Install "
        "{hint}, then restart Reader.",
        "No installed font can show this {language} text: {missing} of {total} characters have "
        "no glyph and show as boxes (the text is all there and copies as it is). Install "
        "{hint}, then restart Reader.",
        total,
    ).format(language=language_name(language), missing=missing, total=total, hint=hint)


def notes_label(count: int) -> str:
    """The pane's button that lists the notes: "2 notes"."""
    return ngettext("{count} note", "{count} notes", count).format(count=count) if count else ""


def settings_problems(count: int) -> str:
    """The status bar's word on a damaged settings file."""
    return ngettext(
        "Settings: {count} problem, defaults in use (hover for details)",
        "Settings: {count} problems, defaults in use (hover for details)",
        count,
    ).format(count=count)
