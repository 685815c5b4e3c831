"""Names spelled otherwise on one side (issue 12, the fourteenth session): a Latin name of a
Chinese or Japanese version that the source writes a letter or so otherwise, a typo of the
source's (Gerrmaine, SRS-CoV-2) or a respelling (Andi, Andy), is the same name: worth a look,
not counted. A name of several words that Chinese runs together in Latin letters (NineNews)
is the source's. A name the source does not write at all, and an outlet replaced by another
(issue 12's New York Post as Washington Post), are still found; in Arabic, two words run
together are still a defect. Sentences written for the test, of the kind PUD and TICO-19 show."""

from __future__ import annotations

import pytest

from tests.test_checks_cross import check, confident


def added(source: str, target: str, language: str) -> list[tuple[str, bool]]:
    """The names an added-name finding gives ("names X, which ..."), each with its confidence."""
    found = [f for f in check(source, target, language) if str(f.check) == "added-name"]
    return [(f.message.split()[1].rstrip(","), f.confident) for f in found]


@pytest.mark.parametrize(
    ("source", "target", "name"),
    [
        ("Salah satu teman Gerrmaine berkata begitu.", "Germaine 的一位朋友这样说。", "Germaine"),
        ("Virus SRS-CoV-2 menyebar dengan cepat.", "SARS-CoV-2 病毒传播得很快。", "SARS"),
        (
            "Itulah yang dialami Andi di Monte Carlo.",
            "那就是安迪（Andy）在蒙特卡洛的经历。",
            "Andy",
        ),
        (
            "Kontraknya ditetapkan, sang Advokat melaporkan.",
            "据《倡导者》（Advocate）报道。",
            "Advocate",
        ),
    ],
)
def test_a_name_the_source_spells_a_letter_otherwise_is_worth_a_look(
    source: str, target: str, name: str
) -> None:
    assert added(source, target, "zh") == [(name, False)]


def test_a_name_the_source_does_not_write_at_all_is_still_counted() -> None:
    assert added("Menurut surat kabar New York Post.", "据 Washington 报道。", "zh") == [
        ("Washington", True)
    ]
    # A name a letter from the source's is worth a look; beside it, one the source lacks counts.
    assert added("Dia bertemu Ana di sana.", "他在那里见到了Anna和Mark。", "zh") == [
        ("Anna", False),
        ("Mark", True),
    ]


def test_an_outlet_replaced_by_another_is_still_found() -> None:
    found = added(
        "Menurut surat kabar New York Post, pada hari Jumat.",
        "据《Washington Post》周五报道。",
        "zh",
    )
    assert ("Washington", False) in found
    assert added("Virus SRS-CoV-2 menyebar.", "SARS-CoV-2 病毒传播。", "zh") == [("SARS", False)]


def test_a_name_chinese_runs_together_is_the_sources_but_not_in_arabic() -> None:
    source = "Seperti dilaporkan Nine News di Brisbane."
    assert added(source, "据布里斯班的NineNews报道。", "zh") == []
    assert confident(check(source, "كما ذكرت NineNews في بريزبان.", "ar")) == ["added-name"]
