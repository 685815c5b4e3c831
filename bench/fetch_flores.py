"""A fourth set of real, professional translations for the fidelity checks: FLORES-200's devtest.

FLORES-200 (Meta, NLLB; CC BY-SA 4.0) is 3,001 English sentences from Wikinews, Wikivoyage and
Wikibooks articles (3 to 5 consecutive sentences an article), translated by professionals from
the English into 200 languages; its devtest part is 1,012 of them. The copy read here is a CSV
of the devtest in French, English and Modern Standard Arabic (columns ``fra_Latn.devtest``,
``eng_Latn.devtest``, ``arb_Arab.devtest``), one sentence a row in FLORES's order, in the
history of https://github.com/common-parallel-corpora/friallel: ``data/csv/
flores_devtest_fr_en_ar.csv`` at commit 113b2fe (later commits change it). The pairs:

- ``en-ar``: the English original against its Arabic translation (a direct translation);
- ``fr-ar``: the French translation against the Arabic one, both made from the same English
  independently, as TICO-19's and PUD's X→ar pairs (``bench/fetch_tico.py``,
  ``bench/fetch_pud.py``).

``--pairs en-fr`` (``bench/checks_real.py``) reads the French as a version of the English source.

The file has no article ids, so the article boundaries are unknown: a document here is
``ARTICLE_LINES`` consecutive sentences or so (the 1,012 cut into 51 runs of 19 or 20, sizes as
even as the count allows), about as long as a news article, each sentence a paragraph. A
document may begin or end inside a FLORES article and holds several of them; its first
paragraph is no headline. Documents are named by their index, ``00`` to ``50``, in the data's
order.

The split, made once before any scoring (the fourteenth session, 2026-12-06): documents ordered
by the SHA-256 of ``"reader-issue-12-flores:" + index``, the first half tuning, the other half
held back. The checks were never tuned on any of it; the first run of both parts is
``bench/data/flores-first-run-14.txt``.

The data is not copied into this repository (CC BY-SA asks for share-alike terms); this module
reads the CSV from a copy of the repository: the bare git directory as fetched (read at the
commit above; the default), a checkout of that commit, or the CSV file itself, passed as
``--flores`` or in ``FLORES_DIR``.
"""

from __future__ import annotations

import argparse
import csv
import io
import subprocess
import sys
from pathlib import Path

from fetch_ntrex import Document, locate, split

DEFAULT_COPY = Path("/work/.mirror/common-parallel-corpora+friallel/repo")
COMMIT = "113b2feedfddcf1e0eb12c729a3f262369eb2c57"
FILE = "data/csv/flores_devtest_fr_en_ar.csv"
COLUMNS = {"en": "eng_Latn.devtest", "fr": "fra_Latn.devtest", "ar": "arb_Arab.devtest"}
SPLIT_SEED = "reader-issue-12-flores:"
TUNING_SHARE = 0.5
ARTICLE_LINES = 20  # as bench/fetch_pud.py's articles
PAIRS = (("en", "ar"), ("fr", "ar"))


def find_copy(given: str | None = None) -> Path:
    """Where the FLORES copy is: the argument, ``FLORES_DIR``, or the fetched mirror."""
    return locate(given, "FLORES_DIR", DEFAULT_COPY, "common-parallel-corpora/friallel")


def read_csv(copy: Path) -> str:
    """The CSV's text: the file itself, a checkout's, or a bare git directory's at COMMIT."""
    if copy.is_file():
        return copy.read_text(encoding="utf-8")
    if (copy / FILE).is_file():
        return (copy / FILE).read_text(encoding="utf-8")
    shown = subprocess.run(
        ["git", "--git-dir", str(copy), "show", f"{COMMIT}:{FILE}"],
        check=True,
        capture_output=True,
    )
    return shown.stdout.decode("utf-8")


def rows(text: str) -> dict[str, list[str]]:
    """The CSV's sentences by language, in order, their white space made single spaces."""
    table = list(csv.DictReader(io.StringIO(text)))
    return {
        language: [" ".join(row[column].split()) for row in table]
        for language, column in COLUMNS.items()
    }


def runs(count: int) -> list[range]:
    """``count`` lines cut into consecutive runs of at most ARTICLE_LINES, as even as can be."""
    pieces = -(-count // ARTICLE_LINES)
    return [range(n * count // pieces, (n + 1) * count // pieces) for n in range(pieces)]


def documents(copy: Path | None = None) -> list[Document]:
    """Every FLORES document (a run of consecutive sentences), tuning ones first, each part in
    the data's order."""
    columns = rows(read_csv(copy or find_copy()))
    cut = runs(len(columns["en"]))
    names = [f"{n:0{len(str(len(cut) - 1))}d}" for n in range(len(cut))]
    parts = split(names, SPLIT_SEED, TUNING_SHARE)
    found = [
        Document(
            name, parts[name], {lang: tuple(col[n] for n in run) for lang, col in columns.items()}
        )
        for name, run in zip(names, cut, strict=True)
    ]
    return sorted(found, key=lambda doc: doc.part != "tuning")  # stable: the data's order kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flores", help="the friallel copy or the CSV itself (or FLORES_DIR)")
    args = parser.parse_args(argv)
    by_part: dict[str, list[Document]] = {}
    for doc in documents(find_copy(args.flores)):
        by_part.setdefault(doc.part, []).append(doc)
    for part, chosen in by_part.items():
        paragraphs = sum(len(d.lines["en"]) for d in chosen)
        names = " ".join(d.id for d in chosen)
        print(f"{part}: {len(chosen)} documents ({names}), {paragraphs} paragraphs a language")
    return 0


if __name__ == "__main__":
    sys.exit(main())
