"""Importing from the web: speed, memory and extraction quality on the fixture sites.

Run it from the project root::

    .venv/bin/python bench/import.py [--repeat 5]

It prints:

1. the wall time and peak memory (tracemalloc, Python allocations) of importing a six-language
   article (the seed-like fixture site) from a local HTTP server on 127.0.0.1, the alternates
   fetched concurrently, as the median of ``--repeat`` runs with their spread, against a floor
   in the same run: the same six pages fetched one after another with nothing else done;
2. extraction paragraph F1 against the known text of every fixture page, trafilatura (as Reader
   uses it) beside readability-lxml (with the same headline, caption and notice handling left
   out: what each extractor gives on its own), for the tuned sites and the held-back one apart.

It is a benchmark, not a test: it always exits 0 (a target it misses is marked UNDER or OVER).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.ingest.parsing import split_blocks  # noqa: E402
from reader.core.web.extraction import collapse, extract  # noqa: E402
from reader.core.web.fetching import Fetcher  # noqa: E402
from reader.core.web.importing import import_article  # noqa: E402
from tests.web.server import serving  # noqa: E402
from tests.web.sites import all_sites, load_site  # noqa: E402

TARGET_SECONDS = 1.5
TARGET_F1 = 0.98


def f1(predicted: list[str], gold: list[str]) -> tuple[int, int, int]:
    """Matched paragraphs (exact, whitespace collapsed), predicted count, gold count."""
    left = Counter(collapse(p) for p in predicted)
    right = Counter(collapse(g) for g in gold)
    return sum((left & right).values()), sum(left.values()), sum(right.values())


def score(counts: list[tuple[int, int, int]]) -> float:
    matched = sum(c[0] for c in counts)
    predicted = sum(c[1] for c in counts)
    gold = sum(c[2] for c in counts)
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def readability_paragraphs(html: str) -> list[str]:
    from lxml import html as lxml_html
    from readability import Document

    document = Document(html)
    tree = lxml_html.fromstring(document.summary(html_partial=True))
    blocks = [collapse(e.text_content()) for e in tree.iter("p", "h1", "h2", "li", "figcaption")]
    return [document.short_title(), *[b for b in blocks if b]]


def quality() -> None:
    base = "http://news.example"
    print("extraction paragraph F1 against the known text (exact paragraphs)")
    for held_back in (False, True):
        ours: list[tuple[int, int, int]] = []
        theirs: list[tuple[int, int, int]] = []
        names = []
        for site in all_sites():
            if site.held_back != held_back:
                continue
            names.append(site.name)
            for language in site.languages:
                html = site.render(language, base)
                gold = split_blocks(site.expected_text(language))
                ours.append(f1(split_blocks(extract(html, site.url(language, base)).text), gold))
                theirs.append(f1(readability_paragraphs(html), gold))
        label = "held back" if held_back else "tuned"
        mark = "" if score(ours) >= TARGET_F1 else "  UNDER"
        print(f"  {label:<9} ({', '.join(names)}; {len(ours)} pages)")
        print(f"    trafilatura (Reader)  F1 {score(ours):.3f}  (target >= {TARGET_F1}){mark}")
        print(f"    readability-lxml      F1 {score(theirs):.3f}")


def speed(repeat: int) -> None:
    site = load_site("kabarnusa")
    with serving() as server:
        server.add_site(site)
        url = server.url(site.paths["ar"])
        urls = [server.url(site.paths[language]) for language in site.languages]
        import_article(url, target=Path(tempfile.mkdtemp()) / "warm")  # imports, first parse
        floor, times, peaks = [], [], []
        for _ in range(repeat):
            start = time.perf_counter()
            with Fetcher() as fetcher:
                for each in urls:
                    fetcher.get(each)
            floor.append(time.perf_counter() - start)
            target = Path(tempfile.mkdtemp()) / "article"
            tracemalloc.start()
            start = time.perf_counter()
            result = import_article(url, target=target)
            times.append(time.perf_counter() - start)
            peaks.append(tracemalloc.get_traced_memory()[1])
            tracemalloc.stop()
            assert len(result.versions) == 6
    median = statistics.median(times)
    mark = "" if median < TARGET_SECONDS else "  OVER"
    print(f"importing a six-language article from 127.0.0.1 ({repeat} runs)")
    print(
        f"  wall time  median {median:.3f} s  (min {min(times):.3f}, max {max(times):.3f}); "
        f"target < {TARGET_SECONDS} s{mark}"
    )
    print(
        f"  floor      median {statistics.median(floor):.3f} s  (the six pages fetched in turn, nothing else)"
    )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"  peak memory: Python allocations (tracemalloc) median {statistics.median(peaks) / 2**20:.1f} MB;"
    )
    print(
        f"               the whole process's peak RSS {rss:.0f} MB (interpreter, lxml, trafilatura)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    speed(args.repeat)
    quality()
    return 0


if __name__ == "__main__":
    sys.exit(main())
