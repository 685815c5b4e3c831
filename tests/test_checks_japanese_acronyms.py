"""Acronyms Japanese uses as its own words (issue 12, the fourteenth session): a Japanese version
writes SNS, CEO, FW (a forward), GK (a goalkeeper) or FAQ in Latin capitals where the
Indonesian source says it in words; wordfreq's Japanese list holds them as common words of
Japanese. Such an acronym is worth a look, not an added name; an acronym Japanese does not
use, a region's code (EU for the source's Inggris), and the same acronym in a Chinese version,
still count. Sentences written for the test, of
the kind NTREX-128 shows."""

from __future__ import annotations

import pytest

from tests.test_checks_respelled_names import added


@pytest.mark.parametrize(
    ("source", "target", "acronym"),
    [
        (
            "Gambar di media sosial menunjukkan abu di kaca mobil.",
            "SNSの画像では車のガラスに灰が見える。",
            "SNS",
        ),
        ("Kepala eksekutif perusahaan itu berkata demikian.", "その会社のCEOはそう述べた。", "CEO"),
        ("Penyerang Inggris itu mengoper bola.", "イングランド代表FWはボールを返した。", "FW"),
    ],
)
def test_an_acronym_japanese_uses_as_a_word_is_worth_a_look(
    source: str, target: str, acronym: str
) -> None:
    assert added(source, target, "ja") == [(acronym, False)]
    assert added(source, target.replace(acronym, "XQZ"), "ja") == [("XQZ", True)]


def test_the_same_acronym_in_chinese_still_counts() -> None:
    source = "Gambar di media sosial menunjukkan abu di kaca mobil."
    assert added(source, "SNS上的图片显示车窗上有灰。", "zh") == [("SNS", True)]
    assert added(source, "SNSの画像では車のガラスに灰が見える。", "ja") == [("SNS", False)]


def test_a_regions_code_in_japanese_still_counts() -> None:
    source = "Aturan itu berlaku bagi penduduk di luar Inggris."
    assert added(source, "この規則はEU外居住者に適用される。", "ja") == [("EU", True)]
    assert added(source, "この規則はSNS外居住者に適用される。", "ja") == [("SNS", False)]
