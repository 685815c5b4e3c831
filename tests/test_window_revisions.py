"""Two revisions of one language side by side: marks on whole words, navigation, inline view."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from reader.core.ingest.loading import load
from reader.core.model import VersionKey
from reader.ui.app import build_window
from reader.ui.context import AppContext
from reader.ui.main_window import MainWindow


@pytest.fixture
def window(open_window) -> MainWindow:
    return open_window(size=(1300, 850), left=VersionKey("ar", 1), right=VersionKey("ar", 2))


def _is_letter(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LM" or ch == "\u0640"


def _whole_words(text: str, start: int, end: int) -> bool:
    inside = text[start:end]
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    starts_clean = not (_is_letter(before) and _is_letter(inside[:1]))
    ends_clean = not (_is_letter(after) and _is_letter(inside[-1:]))
    return starts_clean and ends_clean


def test_revisions_show_deletions_old_and_insertions_new(window: MainWindow) -> None:
    assert window.revisions.isVisible()
    assert "Revision 1 → 2" in window.revisions.summary.text()
    old = window.left.view.highlights()
    new = window.right.view.highlights()
    assert old and {h.kind for h in old} <= {"delete", "minor"}
    assert new and {h.kind for h in new} <= {"insert", "minor"}
    caption_old = window.left.version.paragraphs[1].text
    deleted = [caption_old[h.start : h.end] for h in old if h.paragraph == 1]
    assert deleted == ["برساما"]
    caption_new = window.right.version.paragraphs[1].text
    assert [caption_new[h.start : h.end] for h in new if h.paragraph == 1] == ["مع"]


def test_no_mark_cuts_inside_an_arabic_word(window: MainWindow) -> None:
    for pane in (window.left, window.right):
        for highlight in pane.view.highlights():
            text = pane.version.paragraphs[highlight.paragraph].text
            assert _whole_words(text, highlight.start, highlight.end), text[
                highlight.start : highlight.end
            ]


def test_marks_do_not_change_the_text_or_its_order(window: MainWindow) -> None:
    from tests import layout_checks as check

    view = window.left.view
    assert view.toPlainText() == "\n".join(p.text for p in window.left.version.paragraphs)
    for block in check.blocks(view):
        assert check.visual_order_matches_bidi(block, "R")


def test_vowel_mark_only_change_is_minor(window: MainWindow) -> None:
    minor = [h for h in window.right.view.highlights() if h.kind == "minor"]
    assert minor, "ar@2 adds a tatweel (بـ) where ar@1 has a bare ب"
    assert window.revisions.comparison.summary.minor_changes >= 1


def test_step_through_changes(window: MainWindow) -> None:
    total = len(window.revisions.comparison.stops)
    assert total >= 5
    window.next_change_action.trigger()
    assert window.revisions.position.text() == f"change 1 of {total}"
    current = [h for h in window.right.view.highlights() if h.kind == "change-current"]
    assert len(current) <= 1
    window.next_change_action.trigger()
    window.previous_change_action.trigger()
    assert window.revisions.position.text() == f"change 1 of {total}"


def test_inline_view_shows_both_revisions_in_one_pane(window: MainWindow, qtbot) -> None:
    window.revisions.inline.setChecked(True)
    assert not window.left.isVisible()
    text = window.right.view.toPlainText()
    assert "برساما مع" in text  # deleted and inserted words kept apart, each joined
    kinds = {h.kind for h in window.right.view.highlights()}
    assert {"delete", "insert"} <= kinds
    window.revisions.inline.setChecked(False)
    assert window.left.isVisible()
    assert window.right.view.toPlainText() == "\n".join(
        p.text for p in window.right.version.paragraphs
    )


def test_compare_with_previous_revision(qtbot, tmp_path: Path, sample: Path) -> None:
    window = build_window(AppContext(tmp_path / "c2"), load([sample]), right=VersionKey("ar", 2))
    qtbot.addWidget(window)
    window.set_compare(False)
    window.previous_revision_action.trigger()
    assert window.compare
    assert str(window.left.key) == "ar@1"
    assert window.revisions.comparison is not None


def test_other_languages_are_not_diffed(qtbot, tmp_path: Path, sample: Path) -> None:
    window = build_window(AppContext(tmp_path / "c3"), load([sample]))
    qtbot.addWidget(window)
    assert window.revisions.comparison is None
    assert not window.revisions.isVisibleTo(window)
