"""References to figures and tables (issue 12, the fourteenth session): a version translated from
PubMed's English keeps the link's text, its Latin label run into the number and the number
written twice over ("(Fig. (Fig.55)", "(Table (Table33)"), where the Indonesian source gives
its own label ("Gbr. 5", "Tabel 3"). The label is no added name and the run's number no
changed one; a label before another number, or a name the source lacks, is still found.
Sentences written for the test, of the kind TICO-19 shows."""

from __future__ import annotations

import re

import pytest

from reader.core.checks.reading import Labelled, labelled_numerals
from tests.test_checks_cross import check, confident


def test_the_numerals_written_after_a_label() -> None:
    assert labelled_numerals("（图 (Fig.55）") == (Labelled((4, 7), 8, "55", True),)
    assert labelled_numerals("(Tabel 3)") == (Labelled((1, 6), 7, "3", False),)
    # A Latin word run into Chinese characters is its own label.
    assert labelled_numerals("那架Boeing 737") == (Labelled((2, 8), 9, "737", False),)


@pytest.mark.parametrize(
    ("source", "target", "language"),
    [
        (
            "Perbandingan epidemi COVID-19 dengan SARS diberikan di bawah ini (Gbr. 5).",
            "下面提供了 COVID-19 疫情与 SARS 的比较（图 (Fig.55）。",
            "zh",
        ),
        (
            "Karakteristik pasien disajikan dalam tabel (Tabel 3).",
            "患者特征见表格（表 (Table33）。",
            "zh",
        ),
        (
            "Karakteristik pasien disajikan dalam tabel (Tabel 3).",
            "Les caractéristiques des patients figurent dans le tableau (Tableau (Tableau33).",
            "fr",
        ),
        (
            "Perbandingan epidemi disajikan di bawah ini (Gbr. 3).",
            "A comparison of the epidemics is provided below (Fig. (Fig.33).",
            "en",
        ),
    ],
)
def test_a_reference_kept_with_its_links_text_is_no_finding(
    source: str, target: str, language: str
) -> None:
    assert confident(check(source, target, language)) == []
    # The source's reference to another figure or table: the number is still another.
    other = re.sub(r"\d(?=\)\.$)", "8", source)
    assert "number-mismatch" in confident(check(other, target, language))


def test_a_label_of_the_sources_number_is_worth_a_look_and_another_name_still_added() -> None:
    found = check("Dia berasal dari Grup 42.", "他来自Group 42。", "zh")
    assert [(str(f.check), f.confident) for f in found] == [("added-name", False)]
    assert confident(check("Dia berasal dari Grup 42.", "他来自Group 43。", "zh")) != []
    # A code in capitals before the digits is a name, not a label (FW21 for the source's AH21).
    found = check("Merek itu menampilkan koleksi AH21.", "该品牌展示了FWS21系列。", "zh")
    assert confident(found) == ["added-name"]
