"""``bench/fetch_flores.py``: FLORES-200's devtest CSV (French, English, Arabic columns) as
documents of consecutive sentences, split once into tuning and held back; and
``bench/checks_real.py --show-held-back``, which lists the held-back part's findings. The CSV
here is a made-up slice in the file's shape, not the data."""

from __future__ import annotations

import csv
import hashlib
import io
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
HEADER = ("fra_Latn.devtest", "eng_Latn.devtest", "arb_Arab.devtest")


@pytest.fixture
def flores(monkeypatch: pytest.MonkeyPatch) -> object:
    monkeypatch.syspath_prepend(str(BENCH))
    import fetch_flores

    yield fetch_flores
    sys.modules.pop("fetch_flores", None)


def made_up_csv(count: int) -> str:
    """``count`` rows in the devtest CSV's shape, each sentence naming its row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for n in range(count):
        writer.writerow((f"Phrase {n}.", f"Sentence {n}.", f"الجملة {n}."))
    return out.getvalue()


def test_quoted_sentences_are_read_whole(flores: object) -> None:
    """The file quotes a sentence holding commas or quotation marks, doubling the marks."""
    text = (
        ",".join(HEADER) + "\n"
        '"« Nous avons 4 souris », a-t-il ajouté.","""We have 4 mice,""  he added.",'
        '"أضاف قائلاً، ""لدينا 4 فئران."\n'
    )
    assert flores.rows(text) == {  # type: ignore[attr-defined]
        "en": ['"We have 4 mice," he added.'],
        "fr": ["« Nous avons 4 souris », a-t-il ajouté."],
        "ar": ['أضاف قائلاً، "لدينا 4 فئران.'],
    }


def test_the_devtest_is_cut_into_even_runs_of_consecutive_sentences(flores: object) -> None:
    cut = flores.runs(1012)  # type: ignore[attr-defined]
    assert len(cut) == 51 and {len(run) for run in cut} == {19, 20}
    assert [n for run in cut for n in run] == list(range(1012))
    assert [len(run) for run in flores.runs(45)] == [15, 15, 15]  # type: ignore[attr-defined]


def test_documents_keep_every_sentence_once_and_split_them_in_half(
    flores: object, tmp_path: Path
) -> None:
    copy = tmp_path / "flores_devtest_fr_en_ar.csv"
    copy.write_text(made_up_csv(90), encoding="utf-8")
    docs = flores.documents(copy)  # type: ignore[attr-defined]
    # Five runs of 18, ordered by the SHA-256 of "reader-issue-12-flores:" + index, half tuning.
    order = sorted(
        "01234", key=lambda i: hashlib.sha256(f"reader-issue-12-flores:{i}".encode()).digest()
    )
    assert order == ["2", "3", "1", "0", "4"]  # each part then listed in the data's order
    assert [(d.id, d.part) for d in docs] == [
        ("2", "tuning"),
        ("3", "tuning"),
        ("0", "held-back"),
        ("1", "held-back"),
        ("4", "held-back"),
    ]
    by_id = sorted(docs, key=lambda d: d.id)
    assert [line for d in by_id for line in d.lines["en"]] == [f"Sentence {n}." for n in range(90)]
    assert by_id[1].lines["ar"][0] == "الجملة 18." and by_id[1].lines["fr"][-1] == "Phrase 35."
    assert by_id[1].text("en").startswith("Sentence 18.\n\nSentence 19.\n\n")


def test_the_held_back_findings_are_listed_only_when_asked(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.syspath_prepend(str(BENCH))
    import checks_real
    from fetch_ntrex import Document

    def doc(name: str, part: str, year: str) -> Document:
        return Document(name, part, {"en": (f"It opened in {year}.",), "ar": ("افتتح في 1990.",)})

    fake = SimpleNamespace(
        PAIRS=(("en", "ar"),),
        find_copy=lambda copy: None,
        documents=lambda copy: [doc("t", "tuning", "1991"), doc("h", "held-back", "1992")],
    )
    monkeypatch.setitem(checks_real.SETS, "fake", fake)
    checks_real.main(["--set", "fake", "--show"])
    listed = [line for line in capsys.readouterr().out.splitlines() if "number-mismatch:" in line]
    assert [line.split()[1] for line in listed] == ["t"]
    checks_real.main(["--set", "fake", "--show-held-back"])
    listed = [line for line in capsys.readouterr().out.splitlines() if "number-mismatch:" in line]
    assert [line.split()[1] for line in listed] == ["h"]
    assert "flores" in checks_real.SETS
