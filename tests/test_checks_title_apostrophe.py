"""``untranslated`` on a title in a third language that both versions copy: the same title
whether its apostrophe is typed (') or typeset (’, Unicode's recommended apostrophe). Issue 12;
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_checks_real import check_pair, kinds

ARABIC = 'نشر الكاتب كتاب "The Queen\'s Garden and the Last Summer" العام الماضي.'


@pytest.mark.parametrize(
    "source",
    [
        "L’auteur a publié « The Queen’s Garden and the Last Summer » l’an dernier.",  # typeset
        "L’auteur a publié « The Queen's Garden and the Last Summer » l’an dernier.",  # typed
    ],
)
def test_a_title_copied_with_either_apostrophe_is_no_untranslated_word(source: str) -> None:
    assert kinds(check_pair(source, ARABIC, "fr")) == []


def test_a_title_the_source_copies_only_in_part_is_still_read() -> None:
    source = "Il dirige Friends and Family et a publié « The Queen’s Garden » l’an dernier."
    assert "untranslated" in kinds(check_pair(source, ARABIC, "fr"))
