"""A second development set of real, professional translations for the fidelity checks: TICO-19.

TICO-19 (the Translation Initiative for COVID-19, https://tico-19.github.io; data released under
CC0 1.0, the repository's ``LICENSE.md``) is 3,071 English sentences about COVID-19 from 31
documents (PubMed articles, Wikipedia, Wikinews, Wikivoyage, Wikisource and CMU's medical phrases),
translated by professional translators into 35 languages. Its translation memories
(``data/TM/all.<pair>.tmx.zip``) keep each sentence's document in the unit's ``tuid``,
``Document_n:line`` (``PubMed_7:186``), in the documents' order, so the data rebuilds documents:
each line one paragraph, as in NTREX (``bench/fetch_ntrex.py``). The pairs:

- ``en-ar``: the English original against its Arabic translation (a direct translation);
- ``id-ar``, ``fr-ar``, ``zh-ar``: the Indonesian (French, Chinese) translation against the Arabic
  one, both translated from the same English independently (there is no Japanese in TICO-19).

The 31 documents run from 4 to 450 sentences; a long one is cut into consecutive parts of at most
20 lines (sizes as even as the count allows), each part one article, so that a pair has as many
articles as the issue asks (at least 40) and an article is as long as a news article. The split
is made on the whole documents, never on their parts, so no held-back article shares a document
with a tuning one: documents ordered by the SHA-256 of ``"reader-issue-12-tico:" + document``,
the first 60 % tuning (19 documents), the other 40 % held back (12). Made once, before any check
was changed for this set; only the tuning part may be read while changing the checks.

The French memory does not translate the English line for line in three documents of the tuning
part (read by hand): from the sixth line of ``Wikinews_1`` on, all of ``Wikinews_3`` and most of
``PubMed_8``, its lines are other documents' (``Wikinews_3``'s French is ``PubMed_8``'s opening,
``PubMed_8``'s is partly CMU's medical phrases). Those documents have no fr→ar pair here.

Every finding counts as a false alarm unless read by hand as a real defect (the tuning part's
in ``bench/data/tico-defects.toml``). Read on 2026-12-06 (the twelfth session), still unseen:
every confident finding of the held-back part judged against the English, real or false
(``bench/data/tico-heldback-read-12.toml``), before anything was changed for them; then its
false classes were fixed in the same session, so its held-back figures since are tuned ones.

The data is not copied into this repository (1.5 MB a pair); this module reads a copy of the
repository: ``git clone https://github.com/tico-19/tico-19.github.io`` and pass its folder as
``--tico`` or in ``TICO_DIR``; a bare git directory works as well (its ``HEAD`` is read).
"""

from __future__ import annotations

import argparse
import io
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from fetch_ntrex import Document, locate, read_copy, split

DEFAULT_COPY = Path("/work/.mirror/tico-19+tico-19.github.io/repo")
SPLIT_SEED = "reader-issue-12-tico:"
PART_LINES = 20
# One translation memory per language other than Arabic; each holds the Arabic too.
MEMORIES = {
    "en": "data/TM/all.en-ar.tmx.zip",
    "id": "data/TM/all.ar-id.tmx.zip",
    "fr": "data/TM/all.ar-fr.tmx.zip",
    "zh": "data/TM/all.ar-zh.tmx.zip",
}
PAIRS = (("en", "ar"), ("id", "ar"), ("fr", "ar"), ("zh", "ar"))
# Documents whose French lines are other lines' translations (read by hand; see above).
FRENCH_MISALIGNED = frozenset({"PubMed_8", "Wikinews_1", "Wikinews_3"})
_MISALIGNED = {(document, "fr") for document in FRENCH_MISALIGNED}
_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def find_copy(given: str | None = None) -> Path:
    """Where the TICO-19 copy is: the argument, ``TICO_DIR``, or the fetched mirror."""
    return locate(given, "TICO_DIR", DEFAULT_COPY, "tico-19/tico-19.github.io")


def _memory(data: bytes) -> dict[str, dict[str, str]]:
    """A zipped TMX file's units: tuid to {language: segment text}."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        (name,) = archive.namelist()
        root = ElementTree.fromstring(archive.read(name))
    units: dict[str, dict[str, str]] = {}
    for unit in root.iter("tu"):
        texts = {}
        for variant in unit.iter("tuv"):
            segment = variant.find("seg")
            texts[variant.get(_LANG, "")] = (
                "".join(segment.itertext()) if segment is not None else ""
            )
        units[unit.get("tuid", "")] = texts
    return units


def _cut(rows: list[str]) -> list[list[str]]:
    """Consecutive parts of at most PART_LINES rows, their sizes as even as possible."""
    count = -(-len(rows) // PART_LINES)
    size, extra = divmod(len(rows), count)
    parts, start = [], 0
    for n in range(count):
        end = start + size + (n < extra)
        parts.append(rows[start:end])
        start = end
    return parts


def documents(copy: Path | None = None) -> list[Document]:
    """Every TICO-19 article (a document or a part of one), in the data's order; an article
    has no French where the French memory is misaligned."""
    read = read_copy(copy or find_copy(), "data")
    units: dict[str, dict[str, str]] = {}
    for language, name in MEMORIES.items():
        for tuid, texts in _memory(read(name)).items():
            merged = units.setdefault(tuid, {})
            merged.setdefault("ar", texts["ar"])
            merged[language] = texts[language]
    by_document: dict[str, list[str]] = {}
    for tuid in units:
        by_document.setdefault(tuid.rsplit(":", 1)[0], []).append(tuid)
    parts = split(list(by_document), SPLIT_SEED)
    found = []
    for document, tuids in by_document.items():
        languages = [lang for lang in (*MEMORIES, "ar") if (document, lang) not in _MISALIGNED]
        pieces = _cut(tuids)
        for n, piece in enumerate(pieces, 1):
            lines = {
                language: tuple(" ".join(units[t][language].split()) for t in piece)
                for language in languages
            }
            name = document if len(pieces) == 1 else f"{document}.{n}"
            found.append(Document(name, parts[document], lines))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tico", help="a clone of tico-19/tico-19.github.io (or TICO_DIR)")
    args = parser.parse_args(argv)
    docs = documents(find_copy(args.tico))
    for part in ("tuning", "held-back"):
        chosen = [d for d in docs if d.part == part]
        sources = len({d.id.split(".")[0] for d in chosen})
        lines = sum(len(d.lines["ar"]) for d in chosen)
        print(
            f"{part}: {len(chosen)} articles from {sources} documents, {lines} paragraphs a language"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
