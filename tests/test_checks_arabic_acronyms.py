"""Arabic spells an acronym out by its letters' names (بي بي سي, BBC; سي إن إن, CNN), each a
word of its own that takes the clitics of the word it stands for (للبي بي سي, to the BBC). The
names are read left to right: a letter used by one acronym does not start another, so "بي بي
سي أن أن" (the BBC that, the conjunction doubled) is the BBC alone, not a CNN borrowing the
BBC's last letter (issue 12)."""

from __future__ import annotations

import pytest

from reader.core.checks.names import agencies_in, agency_names


@pytest.mark.parametrize(
    "text",
    [
        "قالت للبي بي سي أن أن المسؤولية تقع على الحكومة",
        "أكد لبي بي سي إن إن الوضع خطير",
        "وذكرت بي بي سي أن أن الاجتماع تأجل",
        "صرح وزير الخارجية لبي بي سي ان ان بلاده مستعدة",
    ],
)
def test_a_letter_of_one_acronym_does_not_start_another(text: str) -> None:
    assert agency_names(text) == {"BBC"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("قالت شبكة سي إن إن إن الرئيس سيزور المنطقة", {"CNN"}),
        ("ذكرت سي ان ان في تقرير لها", {"CNN"}),
        ("بحسب ما نقلت بي بي سي وسي إن إن عن مصادر", {"BBC", "CNN"}),
        ("قال للبي بي سي", {"BBC"}),
        ("في مقابلة مع سي إن إن وبي بي سي", {"BBC", "CNN"}),
    ],
)
def test_spelled_acronyms_are_still_read_behind_their_clitics(text: str, names: set[str]) -> None:
    assert agency_names(text) == names


def test_the_span_of_an_acronym_behind_a_clitic_is_its_words() -> None:
    text = "قال لبي بي سي وسي إن إن"
    spans = agencies_in(text)
    assert {name: [text[a:b] for a, b in found] for name, found in spans.items()} == {
        "BBC": ["لبي بي سي"],
        "CNN": ["وسي إن إن"],
    }


def test_an_arabic_word_ending_like_a_letter_name_alone_names_nothing() -> None:
    assert agency_names("لبي الدعوة وسي الحال أن أن") == frozenset()
