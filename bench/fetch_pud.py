"""A third development set of real, professional translations for the fidelity checks: PUD.

The Parallel Universal Dependencies treebanks (CoNLL 2017 shared task; text under CC BY-SA 3.0,
each repository's ``LICENSE.txt``) are 1,000 sentences of news (ids starting ``n``) and Wikipedia
(``w``), the same sentences in the same order in every language. 750 were written in English, 250
in German, French, Italian or Spanish and translated into English; from English, DFKI had
professional translators put all of them into Arabic, French, Indonesian, Chinese (traditional
characters) and other languages. Each sentence's ``# text =`` line is the raw sentence; its
``# sent_id`` (``n01001011``) names its document (``n01001``: domain, original language,
document) and its place there. A document gives only a few sentences, chosen at random. The
pairs:

- ``en-ar``: the English against its Arabic translation (a direct translation);
- ``id-ar``, ``fr-ar``, ``zh-ar``: the Indonesian (French, Chinese) translation against the
  Arabic one, both made from the same English independently, as in TICO-19
  (``bench/fetch_tico.py``). The Japanese treebank's file is not in the fetched copy, so there is
  no ja→ar pair.

Each sentence is one paragraph. An article is consecutive whole documents of one part, in the
data's order, up to ``ARTICLE_LINES`` lines, so an article is about as long as a news article.
The split, made once on the 397 documents before any check was changed for this set (the eleventh
session, 2026-12-06): documents ordered by the SHA-256 of
``"reader-issue-12-pud:" + document``, the first half tuning, the other half held back. The
held-back part was scored before anything was changed (``bench/data/pud-first-run.txt``, which
also scores the tuning part then: the whole set was unseen data for the checks as they stood).
Only the tuning part may be read while changing the checks.

Read on 2026-12-06 (the same session), after the held-back part had been scored a second time,
after that session's changes, with the same findings as before them: each of its confident
findings was judged against the English, real or false (``bench/data/pud-heldback-read-11.toml``),
to measure false alarms on data the checks were never tuned on. Then, in the same session, the
five classes of its false findings were fixed (branch heldread): PUD's held-back figures since
(``bench/data/pud-ntrex-tico-after-heldread-11.txt``) are tuned ones, and its held-back part is
no longer unseen.

Nothing here is a defect a check should report; every finding counts as a false alarm unless read
by hand as a real defect (only on the tuning part).

The data is not copied into this repository; this module reads copies of the treebanks'
repositories (``git clone https://github.com/UniversalDependencies/UD_Arabic-PUD`` and likewise
``UD_English-PUD``, ``UD_French-PUD``, ``UD_Indonesian-PUD``, ``UD_Chinese-PUD``), side by side in
one folder passed as ``--pud`` or in ``PUD_DIR``: each as ``UD_<Language>-PUD`` (a checkout) or
``UniversalDependencies+UD_<Language>-PUD/repo`` (a bare git directory, as fetched).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fetch_ntrex import Document, locate, read_copy, split

DEFAULT_COPY = Path("/work/.mirror")
SPLIT_SEED = "reader-issue-12-pud:"
TUNING_SHARE = 0.5
ARTICLE_LINES = 20
TREEBANKS = {
    "en": ("English", "en_pud-ud-test.conllu"),
    "ar": ("Arabic", "ar_pud-ud-test.conllu"),
    "id": ("Indonesian", "id_pud-ud-test.conllu"),
    "fr": ("French", "fr_pud-ud-test.conllu"),
    "zh": ("Chinese", "zh_pud-ud-test.conllu"),
}
PAIRS = (("en", "ar"), ("id", "ar"), ("fr", "ar"), ("zh", "ar"))


def find_copy(given: str | None = None) -> Path:
    """The folder holding the treebanks' copies: the argument, ``PUD_DIR``, or the mirror."""
    return locate(given, "PUD_DIR", DEFAULT_COPY, "UniversalDependencies/UD_Arabic-PUD")


def _treebank(folder: Path, language: str) -> Path:
    """One treebank's copy in the folder: a checkout, or a fetched bare git directory."""
    name = f"UD_{language}-PUD"
    for copy in (folder / name, folder / f"UniversalDependencies+{name}" / "repo"):
        if copy.exists():
            return copy
    sys.exit(
        f"no copy of {name} in {folder}: git clone https://github.com/UniversalDependencies/{name}"
    )


def sentences(conllu: str) -> list[tuple[str, str]]:
    """A CoNLL-U file's (sentence id, raw text), in order."""
    found, sent_id = [], ""
    for line in conllu.splitlines():
        if line.startswith("# sent_id = "):
            sent_id = line.removeprefix("# sent_id = ").strip()
        elif line.startswith("# text = "):
            found.append((sent_id, " ".join(line.removeprefix("# text = ").split())))
    return found


def _articles(documents: list[list[int]]) -> list[list[int]]:
    """Consecutive whole documents (lists of line numbers) gathered into articles of at most
    ARTICLE_LINES lines; a longer document is an article alone."""
    articles: list[list[int]] = []
    for rows in documents:
        if articles and len(articles[-1]) + len(rows) <= ARTICLE_LINES:
            articles[-1].extend(rows)
        else:
            articles.append(list(rows))
    return articles


def documents(copy: Path | None = None) -> list[Document]:
    """Every PUD article, tuning ones first, each part in the data's order."""
    folder = copy or find_copy()
    columns: dict[str, list[tuple[str, str]]] = {}
    for language, (name, file) in TREEBANKS.items():
        read = read_copy(_treebank(folder, name), file)
        columns[language] = sentences(read(file).decode("utf-8"))
    ids = [sent_id for sent_id, _ in columns["en"]]
    for language, column in columns.items():
        if [sent_id for sent_id, _ in column] != ids:
            sys.exit(f"fetch_pud: the {language} treebank's sentences are not the English ones")
    by_document: dict[str, list[int]] = {}
    for n, sent_id in enumerate(ids):
        by_document.setdefault(sent_id[:6], []).append(n)
    parts = split(list(by_document), SPLIT_SEED, TUNING_SHARE)
    found = []
    for part in ("tuning", "held-back"):
        chosen = [rows for document, rows in by_document.items() if parts[document] == part]
        for rows in _articles(chosen):
            first, last = ids[rows[0]][:6], ids[rows[-1]][:6]
            name = first if first == last else f"{first}-{last}"
            lines = {
                language: tuple(column[n][1] for n in rows) for language, column in columns.items()
            }
            found.append(Document(name, part, lines))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pud", help="the folder of the PUD treebanks' copies (or PUD_DIR)")
    args = parser.parse_args(argv)
    docs = documents(find_copy(args.pud))
    for part in ("tuning", "held-back"):
        chosen = [d for d in docs if d.part == part]
        lines = sum(len(d.lines["ar"]) for d in chosen)
        print(f"{part}: {len(chosen)} articles, {lines} paragraphs a language")
    return 0


if __name__ == "__main__":
    sys.exit(main())
