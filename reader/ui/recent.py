"""Recent articles: File › Open Recent, and where each article was left (its versions, compare
on or off, the paragraph at the top of the reading pane), so that a plain ``reader`` reopens the
last one as it was.

Kept in the window state (``settings.RECENT_ARTICLES``, JSON in ``state.ini``), the latest
first, at most ``LIMIT``. An article whose files are gone stays listed, disabled, until the
list is cleared; starting with it falls back to the sample.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from reader.core.i18n import _
from reader.ui import settings
from reader.ui.plain import literal
from reader.ui.settings import Store

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

LIMIT = 10
TITLE_CHARS = 60  # of an article's title in the menu


# A NamedTuple, not a dataclass: this module loads at start-up (reader.cli), where each
# dataclass costs about 0.8 ms.
class Place(NamedTuple):
    """An article as it was last seen: what it was opened from, its title, the versions in the
    panes (``L@REV``), compare on or off, and the paragraph at the top of the right pane."""

    paths: tuple[str, ...]
    title: str = ""
    left: str = ""
    right: str = ""
    compare: bool = True
    paragraph: int = 0

    @property
    def exists(self) -> bool:
        return bool(self.paths) and all(Path(p).exists() for p in self.paths)

    def as_json(self) -> dict[str, object]:
        return {**self._asdict(), "paths": list(self.paths)}


def _place(item: object) -> Place | None:
    """A stored entry as a Place; None for one that does not read (a hand-edited file)."""
    if not isinstance(item, dict):
        return None
    paths = item.get("paths")
    if not isinstance(paths, list) or not paths or not all(isinstance(p, str) for p in paths):
        return None
    fields = {
        name: item[name]
        for name, kind in (("title", str), ("left", str), ("right", str), ("compare", bool))
        if isinstance(item.get(name), kind)
    }
    paragraph = item.get("paragraph")
    if isinstance(paragraph, int) and not isinstance(paragraph, bool) and paragraph >= 0:
        fields["paragraph"] = paragraph
    return Place(tuple(paths), **fields)


class RecentArticles:
    """The recent articles kept in ``store``."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def places(self) -> list[Place]:
        """The recent articles, the latest first."""
        text = self.store.get(settings.RECENT_ARTICLES)
        items = json.loads(text) if text else []
        places = [p for p in map(_place, items) if p is not None]
        return places[:LIMIT]

    def last(self) -> Place | None:
        """The article to reopen at start: the latest, if its files are still there."""
        places = self.places()
        return places[0] if places and places[0].exists else None

    def remember(self, place: Place) -> None:
        """Put ``place`` first (replacing the entry of the same article)."""
        key = _key(place.paths)
        others = [p for p in self.places() if _key(p.paths) != key]
        self._save([place, *others][:LIMIT])

    def clear(self) -> None:
        self._save([])

    def _save(self, places: list[Place]) -> None:
        text = json.dumps([p.as_json() for p in places], ensure_ascii=False) if places else ""
        self.store.set(settings.RECENT_ARTICLES, text)


def _key(paths: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(paths))


def absolute(paths: list[Path]) -> tuple[str, ...]:
    """``paths`` as the recent list keeps them: absolute, so that they open from anywhere."""
    return tuple(str(p.absolute()) for p in paths)


def fill_menu(menu: QMenu, recent: RecentArticles, open_place: Callable[[Place], object]) -> None:
    """File › Open Recent: the recent articles, numbered, the latest first (one whose files are
    gone disabled, saying so), then Clear Menu."""
    from reader.core.present.desktop import recent_entry, recent_files, recent_missing
    from reader.core.text.bidi_controls import reveal

    menu.clear()
    places = recent.places()
    for number, place in enumerate(places, start=1):
        paths = [Path(p) for p in place.paths]
        where = str(paths[0]) if len(paths) == 1 else recent_files(len(paths))
        name = _shortened(reveal(place.title)) or paths[0].name
        text = recent_entry(number, _mnemonic_free(name), _mnemonic_free(where))
        action = menu.addAction(text)
        action.setToolTip(literal("\n".join(place.paths)))
        if place.exists:
            action.triggered.connect(lambda _=False, place=place: open_place(place))
        else:
            action.setEnabled(False)
            action.setToolTip(literal(recent_missing(where)))
    menu.addSeparator()
    clear = menu.addAction(_("&Clear Menu"))
    clear.setEnabled(bool(places))
    clear.triggered.connect(recent.clear)
    menu.setToolTipsVisible(True)


def _shortened(title: str) -> str:
    """A title cut to ``TITLE_CHARS`` at a word, with an ellipsis: a headline makes a long menu.
    Cut in logical order, which for a right-to-left title is its visual left end, its end."""
    if len(title) <= TITLE_CHARS:
        return title
    cut = title[: TITLE_CHARS - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "\u2026"


def _mnemonic_free(text: str) -> str:
    """File text in a menu item: "&" doubled, or Qt would read it as a mnemonic mark."""
    return text.replace("&", "&&")
