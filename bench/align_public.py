"""Sentence alignment on the public gold sets: Text+Berg, the Bible en–zh, MAC-Dev.

Run it from the project root::

    .venv/bin/python bench/align_public.py [--data DIR] [--sets tb,bible,mac] [--no-baseline]
        [--tuning] [--costs]

The sets live outside the project (``/work/shared/data/align-public``, or ``--data``; their
README says where each comes from). Each sentence is one paragraph, so paragraph i is sentence i,
and Reader's core aligner (``reader.core.align.aligner.align``, what ``reader align`` runs) aligns
them as it aligns an article. Beside it, in the same run, a plain Gale–Church (1993) written here:
character lengths only, their priors and variance, the texts' total length ratio, searched in a
wide band around the diagonal that cumulative lengths predict (a full search of the Bible's
5,000 × 6,301 grid takes minutes in pure Python and finds the same path).

Scoring is Langlais et al.'s strict and lax precision, recall and F1, as the published aligners
report it: precision over every test bead (a bead without counterpart included), recall over the
gold beads with both sides non-empty, counts pooled over a set's documents; strict = the same
bead, lax = a test bead that shares a sentence on both sides with one gold bead. For the Bible,
whose gold beads are whole verses, consecutive test beads that lie within one verse (a side may
be empty) are merged before scoring.

Each set is split in two once, before any change to the aligner, into the part it may be tuned
on and the part held back: Text+Berg dev and test0–3 / test4–6; MAC-Dev chapters 001–003 /
004–006; the Bible's first half / second half (by gold bead; the whole book is aligned at once,
and each test bead is scored in the half its first sentence lies in). The table shows both parts
and the published test figure (Text+Berg test is test0–6 together).

``--tuning`` aligns and scores the tuning parts alone, as a change is tuned (the held-back parts
are scored before a round of changes and once after it). ``--costs`` prices, per document, the
path Reader found and the gold path under the cost model Reader found its path with: where the
gold path costs more, a better search could not find it.

It also times each set (median of ``--repeat`` runs) and measures its peak of Python memory
(``tracemalloc``, one more run). A benchmark, not a test: it always exits 0.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import statistics
import sys
import time
import tracemalloc
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.align.aligner import align, searched  # noqa: E402
from tests.align_baseline import _PRIORS as GC_PRIORS  # noqa: E402  (Gale and Church's own)
from tests.align_baseline import _VARIANCE as GC_VARIANCE  # noqa: E402
from tests.align_baseline import _tail_cost  # noqa: E402

DATA = Path("/work/shared/data/align-public")

Bead = tuple[tuple[int, ...], tuple[int, ...]]
Aligner = Callable[["Document"], list[Bead]]

# Strict F1 the papers and READMEs report on each set's test part (the data's README).
PUBLISHED: dict[str, str] = {
    "tb": "Gale–Church 0.68, Vecalign 0.902, Bertalign 0.936",
    "bible": "Gale–Church 0.821, hunalign 0.895, Vecalign 0.978, Bertalign 0.979",
    "mac": "Gale–Church 0.485, hunalign 0.610, Vecalign 0.863, Bertalign 0.911",
}
TARGETS = {"tb": 0.92, "bible": 0.90, "mac": 0.65}


@dataclass(frozen=True)
class Document:
    """One parallel text with its gold beads; ``verses`` only for the Bible."""

    name: str
    source_language: str
    target_language: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    gold: tuple[Bead, ...]
    verses: tuple[tuple[str, ...], tuple[str, ...]] | None = None


@dataclass(frozen=True)
class Part:
    """Documents scored together, with the beads of each that belong to the part."""

    set: str
    name: str
    held_back: bool
    documents: tuple[Document, ...]
    select: Callable[[Document, Bead], bool] = lambda _d, _b: True


# -- reading the sets ---------------------------------------------------------------------------


def _lines(path: Path) -> tuple[str, ...]:
    return tuple(line.rstrip("\n") for line in path.read_text(encoding="utf-8").splitlines())


def _gold(path: Path) -> tuple[Bead, ...]:
    beads = []
    for line in _lines(path):
        if line.strip():
            left, right = line.split(":")
            beads.append((tuple(json.loads(left)), tuple(json.loads(right))))
    return tuple(beads)


def text_berg(folder: Path) -> list[Document]:
    names = ["dev", *(f"test{k}" for k in range(7))]
    return [
        Document(
            name,
            "de",
            "fr",
            _lines(folder / f"{name}.de"),
            _lines(folder / f"{name}.fr"),
            _gold(folder / f"{name}.defr"),
        )
        for name in names
    ]


def bible(folder: Path) -> Document:
    return Document(
        "bible",
        "en",
        "zh",
        _lines(folder / "en"),
        _lines(folder / "zh"),
        _gold(folder / "gold.align"),
        (_lines(folder / "en.verse"), _lines(folder / "zh.verse")),
    )


def mac_dev(folder: Path) -> list[Document]:
    return [
        Document(
            name,
            "zh",
            "en",
            _lines(folder / f"{name}.zh"),
            _lines(folder / f"{name}.en"),
            _gold(folder / f"{name}.gold"),
        )
        for name in sorted(p.stem for p in folder.glob("*.gold"))
    ]


def parts(data: Path, wanted: set[str]) -> list[Part]:
    """Each set split once into its tuning part and its held-back part."""
    found: list[Part] = []
    if "tb" in wanted:
        tb = {d.name: d for d in text_berg(data / "tb")}
        tune = ("dev", "test0", "test1", "test2", "test3")
        held = ("test4", "test5", "test6")
        found += [
            Part("tb", "dev+test0-3 (tune)", False, tuple(tb[n] for n in tune)),
            Part("tb", "test4-6 (held back)", True, tuple(tb[n] for n in held)),
            Part("tb", "test0-6 (published)", False, tuple(tb[n] for n in (*tune[1:], *held))),
        ]
    if "bible" in wanted:
        book = bible(data / "bible")
        middle = book.gold[len(book.gold) // 2]
        cut = middle[0][0] if middle[0] else middle[1][0]

        def first_half(_d: Document, bead: Bead) -> bool:
            return _first_source(bead, book) < cut

        found += [
            Part("bible", "first half (tune)", False, (book,), first_half),
            Part(
                "bible", "second half (held back)", True, (book,), lambda d, b: not first_half(d, b)
            ),
            Part("bible", "whole (published)", False, (book,)),
        ]
    if "mac" in wanted:
        mac = mac_dev(data / "macdev")
        found += [
            Part("mac", "001-003 (tune)", False, tuple(mac[:3])),
            Part("mac", "004-006 (held back)", True, tuple(mac[3:])),
            Part("mac", "001-006 (published)", False, tuple(mac)),
        ]
    return found


def _first_source(bead: Bead, document: Document) -> int:
    """Where a bead lies, as a source sentence index: a target-only bead is placed by the
    source sentence its verse starts at (the Bible) or proportionally."""
    if bead[0]:
        return bead[0][0]
    return round(bead[1][0] * len(document.source) / max(len(document.target), 1))


# -- scoring ------------------------------------------------------------------------------------


@dataclass
class Counts:
    """Strict and lax hits over precision's and recall's denominators, poolable."""

    strict_p: int = 0
    lax_p: int = 0
    tested: int = 0
    strict_r: int = 0
    lax_r: int = 0
    wanted: int = 0

    def add(self, other: Counts) -> None:
        for field in vars(self):
            setattr(self, field, getattr(self, field) + getattr(other, field))

    def f1(self, lax: bool = False) -> float:
        p = (self.lax_p if lax else self.strict_p) / self.tested if self.tested else 0.0
        r = (self.lax_r if lax else self.strict_r) / self.wanted if self.wanted else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def precision(self) -> float:
        return self.strict_p / self.tested if self.tested else 0.0

    def recall(self) -> float:
        return self.strict_r / self.wanted if self.wanted else 0.0


def _hits(found: Iterable[Bead], reference: Iterable[Bead]) -> tuple[int, int, int]:
    """Of the beads ``found``: how many equal a bead of ``reference`` (strict), how many share
    a sentence on both sides with one (lax, strict included), and how many there are."""
    reference = {bead for bead in reference if bead[0] or bead[1]}
    linked: dict[int, set[int]] = defaultdict(set)
    for sources, targets in reference:
        for i in sources:
            linked[i].update(targets)
    strict = lax = total = 0
    for bead in {bead for bead in found if bead[0] or bead[1]}:
        total += 1
        if bead in reference:
            strict += 1
            lax += 1
        elif any(j in linked[i] for i in bead[0] for j in bead[1]):
            lax += 1
    return strict, lax, total


def score(test: Sequence[Bead], gold: Sequence[Bead]) -> Counts:
    """Langlais et al.'s counts: precision over every test bead, recall over the gold beads
    with both sides non-empty (against the test beads with both sides non-empty)."""
    strict_p, lax_p, tested = _hits(test, gold)
    both = [bead for bead in test if bead[0] and bead[1]]
    strict_r, lax_r, wanted = _hits([b for b in gold if b[0] and b[1]], both)
    return Counts(strict_p, lax_p, tested, strict_r, lax_r, wanted)


def merge_verses(beads: Sequence[Bead], verses: tuple[Sequence[str], Sequence[str]]) -> list[Bead]:
    """Consecutive beads that lie within one verse, merged into one (an empty side belongs to
    any verse): the Bible's gold beads are verses, which translators split into sentences
    differently."""

    def verse(bead: Bead) -> str | None:
        found = {verses[0][i] for i in bead[0]} | {verses[1][j] for j in bead[1]}
        return found.pop() if len(found) == 1 else None

    merged: list[Bead] = []
    last: str | None = None
    for bead in beads:
        kind = verse(bead)
        if merged and kind is not None and kind == last:
            sources, targets = merged[-1]
            merged[-1] = ((*sources, *bead[0]), (*targets, *bead[1]))
        else:
            merged.append(bead)
        last = kind
    return merged


# -- the aligners -------------------------------------------------------------------------------


def reader(document: Document) -> list[Bead]:
    alignment = align(
        document.source, document.target, document.source_language, document.target_language
    )
    return [(bead.source, bead.target) for bead in alignment.beads]


GC_BAND = 120  # sentences either side of the length diagonal


def gale_church(document: Document) -> list[Bead]:
    """Gale and Church (1993): lengths in characters, their priors and variance (those of
    ``tests/align_baseline.py``), the ratio of the texts' totals, searched within ``GC_BAND``
    sentences of the length diagonal (that file's search is of the whole grid, or of a band
    around the straight diagonal, which the Bible's drift leaves)."""
    ls = [len(" ".join(p.split())) for p in document.source]
    lt = [len(" ".join(p.split())) for p in document.target]
    n, m = len(ls), len(lt)
    ratio = sum(lt) / sum(ls) if sum(ls) and sum(lt) else 1.0
    at_s, at_t = [0], [0]
    for x in ls:
        at_s.append(at_s[-1] + x)
    for x in lt:
        at_t.append(at_t[-1] + x)
    lows, highs = [], []
    j = 0
    for i in range(n + 1):
        goal = at_s[i] / max(at_s[-1], 1) * at_t[-1]
        while j < m and at_t[j + 1] <= goal:
            j += 1
        lows.append(max(0, j - GC_BAND))
        highs.append(min(m, j + GC_BAND))
    lows[-1], highs[0] = min(lows[-1], m), max(highs[0], 0)
    cost: list[dict[int, float]] = []
    back: list[dict[int, tuple[int, int]]] = []
    kinds = [(di, dj, -math.log(p)) for (di, dj), p in GC_PRIORS.items()]
    for i in range(n + 1):
        row: dict[int, float] = {}
        choice: dict[int, tuple[int, int]] = {}
        for j in range(lows[i], highs[i] + 1):
            best, pick = (0.0, (0, 0)) if i == j == 0 else (math.inf, (0, 0))
            for di, dj, prior in kinds:
                if di > i or dj > j:
                    continue
                previous = (cost[i - di] if di else row).get(j - dj)
                if previous is None:
                    continue
                s = at_s[i] - at_s[i - di]
                t = at_t[j] - at_t[j - dj]
                if di and dj:
                    mean = max((s + t / ratio) / 2, 1.0)
                    delta = (t - ratio * s) / math.sqrt(GC_VARIANCE * ratio * mean)
                    total = previous + prior + _tail_cost(delta)
                else:
                    total = previous + prior
                if total < best:
                    best, pick = total, (di, dj)
            if best < math.inf:
                row[j], choice[j] = best, pick
        cost.append(row)
        back.append(choice)
    beads: list[Bead] = []
    i, j = n, m
    while i or j:
        di, dj = back[i][j]
        beads.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    return beads[::-1]


# -- running ------------------------------------------------------------------------------------


@dataclass
class Run:
    beads: list[Bead]
    seconds: list[float]
    peak: int  # bytes of Python memory at the peak, one run under tracemalloc


def run(aligner: Aligner, document: Document, repeat: int, measure: bool) -> Run:
    times = []
    beads: list[Bead] = []
    for _ in range(repeat):
        start = time.perf_counter()
        beads = aligner(document)
        times.append(time.perf_counter() - start)
    peak = 0
    if measure:
        tracemalloc.start()
        aligner(document)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    if document.verses is not None:
        beads = merge_verses(beads, document.verses)
    return Run(beads, times, peak)


Step = tuple[int, int, int, int]


def gold_path(document: Document, n: int, m: int) -> tuple[list[Step], set[Step]]:
    """The gold beads as a path of steps (sentences no gold bead holds as beads without
    counterpart), and the steps of it that are no gold bead: where a gold bead is out of order
    or not consecutive (a sentence in two beads), it is joined with the steps before it that
    it overlaps into one step, which cannot be priced."""
    steps: list[Step] = []
    joined: set[Step] = set()
    i = j = 0
    for sources, targets in document.gold:
        i0 = sources[0] if sources else i
        j0 = targets[0] if targets else j
        i1, j1 = i0 + len(sources), j0 + len(targets)
        if (
            i0 >= i
            and j0 >= j
            and sources == tuple(range(i0, i1))
            and targets == tuple(range(j0, j1))
        ):
            steps += [(k, k + 1, j, j) for k in range(i, i0)]
            steps += [(i0, i0, k, k + 1) for k in range(j, j0)]
            steps.append((i0, i1, j0, j1))
            i, j = i1, j1
            continue
        low_i, low_j = min(sources, default=i), min(targets, default=j)
        while steps and (steps[-1][1] > low_i or steps[-1][3] > low_j):
            popped = steps.pop()
            low_i, low_j = min(low_i, popped[0]), min(low_j, popped[2])
        i0, j0 = (steps[-1][1], steps[-1][3]) if steps else (0, 0)
        i, j = max(i, max(sources, default=-1) + 1), max(j, max(targets, default=-1) + 1)
        steps.append((i0, i, j0, j))
        joined.add(steps[-1])
    steps += [(k, k + 1, m, m) for k in range(i, n)] + [(n, n, k, k + 1) for k in range(j, m)]
    return steps, joined


def path_costs(document: Document) -> tuple[float, float | None]:
    """The cost of the path Reader found and of the gold path, under the cost model Reader
    found its path with (``reader.core.align.aligner.searched``): where the gold path costs
    more, the model, not the search, stands in the way. Sentences no gold bead holds are
    beads without counterpart; ``None`` for a gold alignment that is no path (a bead of
    sentences that are not consecutive, beads out of order)."""
    problem, steps = searched(
        document.source, document.target, document.source_language, document.target_language
    )
    found = sum(problem.cost(*step) for step in steps)
    gold, joined = gold_path(document, problem.n, problem.m)
    return found, None if joined else sum(problem.cost(*step) for step in gold)


def _kind(step: Step) -> str:
    return f"{step[1] - step[0]}-{step[3] - step[2]}"


def differences(found: Sequence[Step], gold: Sequence[Step]) -> list[tuple[list[Step], ...]]:
    """Where two paths part: per stretch between two points both pass through, the gold
    steps and the found ones, where they differ."""
    ends = [(found[-1][1], found[-1][3])] if found else []
    points = sorted(
        ({(s[0], s[2]) for s in found} | set(ends)) & {(s[0], s[2]) for s in gold} | set(ends)
    )
    parted = []
    for (i0, j0), (i1, j1) in itertools.pairwise(points):
        box = (i0, i1, j0, j1)
        mine = [step for step in found if _within(step, box)]
        theirs = [step for step in gold if _within(step, box)]
        if mine != theirs:
            parted.append((theirs, mine))
    return parted


def _within(step: Step, box: Step) -> bool:
    return box[0] <= step[0] and step[1] <= box[1] and box[2] <= step[2] and step[3] <= box[3]


def error_class(gold: Sequence[Step], found: Sequence[Step]) -> str:
    """What Reader did where it parted from the gold: left sentences out that the gold
    aligns, aligned sentences that the gold leaves out, cut finer or coarser, or moved a
    boundary between as many beads."""
    null = [s for s in found if _is_null(s)]
    gold_null = [s for s in gold if _is_null(s)]
    if len(null) > len(gold_null):
        return "Reader leaves out (1-0/0-1) what the gold aligns"
    if len(null) < len(gold_null):
        return "Reader aligns what the gold leaves out"
    if len(found) > len(gold):
        return "Reader cuts finer (the gold groups: 2-2, 2-1 as 1-1 + 1-1, 1-1 + 1-0)"
    if len(found) < len(gold):
        return "Reader groups more (a merge too many)"
    return "Reader moves a boundary (as many beads)"


def _is_null(step: Step) -> bool:
    return step[0] == step[1] or step[2] == step[3]


def error_table(documents: Iterable[Document]) -> None:
    """Reader's wrong stretches by class (with the gold beads with both sides they hold), and
    whether Reader's own cost prefers its beads there (the model) or the gold's (the search
    missed them)."""
    rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    shapes: Counter[tuple[str, str]] = Counter()
    for document in documents:
        problem, found = searched(
            document.source, document.target, document.source_language, document.target_language
        )
        gold, joined = gold_path(document, problem.n, problem.m)
        for theirs, mine in differences(found, gold):
            if any(step in joined for step in theirs):
                label, cause = "the gold is no path here (a sentence in two beads)", 4
            else:
                label = error_class(theirs, mine)
                gold_cost = sum(problem.cost(*step) for step in theirs)
                found_cost = sum(problem.cost(*step) for step in mine)
                cause = 3 if gold_cost < found_cost else 2
                shapes[" + ".join(map(_kind, theirs)), " + ".join(map(_kind, mine))] += 1
            row = rows[label]
            row[0] += 1
            row[1] += sum(not _is_null(step) for step in theirs)
            row[cause] += 1
    print("\nwhere Reader parts from the gold: stretches between points both paths pass through")
    print(
        "| class | stretches | gold beads in them | Reader's cost prefers Reader's beads (model)"
        " | prefers the gold's (search) | gold not a path |"
    )
    print("|---|---|---|---|---|---|")
    for label, (count, beads, model, search, unpriced) in sorted(
        rows.items(), key=lambda kv: -kv[1][0]
    ):
        print(f"| {label} | {count} | {beads} | {model} | {search} | {unpriced} |")
    print("\nthe most frequent shapes, gold → Reader:")
    for (theirs_shape, mine_shape), count in shapes.most_common(15):
        print(f"  {count:3d}  {theirs_shape} → {mine_shape}")


def part_counts(part: Part, runs: dict[str, Run]) -> Counts:
    total = Counts()
    for document in part.documents:
        test = [b for b in runs[document.name].beads if part.select(document, b)]
        gold = [b for b in document.gold if part.select(document, b)]
        total.add(score(test, gold))
    return total


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the public sets' folder")
    parser.add_argument("--sets", default="tb,bible,mac", help="any of tb, bible, mac")
    parser.add_argument("--repeat", type=int, default=1, help="timed runs of Reader (median)")
    parser.add_argument("--no-baseline", action="store_true", help="skip Gale–Church")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc run")
    parser.add_argument(
        "--tuning", action="store_true", help="only the parts to tune on (no held-back part)"
    )
    parser.add_argument(
        "--costs", action="store_true", help="the found and the gold path's cost per document"
    )
    parser.add_argument(
        "--errors", action="store_true", help="where Reader parts from the gold, by class"
    )
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no public sets at {args.data}: pass --data")
        return 0
    wanted = set(args.sets.split(","))
    all_parts = parts(args.data, wanted)
    if args.tuning:
        all_parts = [p for p in all_parts if "tune" in p.name]
    documents = {d.name: d for p in all_parts for d in p.documents}
    ours = {
        name: run(reader, d, max(args.repeat, 1), not args.no_memory)
        for name, d in documents.items()
    }
    theirs = (
        {}
        if args.no_baseline
        else {name: run(gale_church, d, 1, False) for name, d in documents.items()}
    )
    print("strict F1 (lax F1; strict precision / recall): Reader = reader.core.align.aligner,")
    print(f"Gale–Church = lengths only, written in this bench, band ±{GC_BAND} (same run)\n")
    print("| set | part | Reader | Gale–Church, same run | published |")
    print("|---|---|---|---|---|")
    for part in all_parts:
        counts = part_counts(part, ours)
        mine = (
            f"**{counts.f1():.3f}** ({counts.f1(lax=True):.3f}; "
            f"{counts.precision():.3f} / {counts.recall():.3f})"
        )
        baseline = f"{part_counts(part, theirs).f1():.3f}" if theirs else "–"
        published = PUBLISHED[part.set] if "published" in part.name else ""
        target = TARGETS[part.set]
        flag = "" if counts.f1() >= target else f" (target {target:.2f})"
        print(f"| {part.set} | {part.name} | {mine}{flag} | {baseline} | {published} |")
    print("\ntime and memory of Reader per document (median of runs; peak Python memory)")
    print(f"  {'document':<8} {'size':>12} {'seconds':>8} {'peak MB':>8}")
    for name, result in ours.items():
        d = documents[name]
        size = f"{len(d.source)}x{len(d.target)}"
        peak = f"{result.peak / 1e6:8.1f}" if result.peak else "       –"
        print(f"  {name:<8} {size:>12} {statistics.median(result.seconds):8.2f} {peak}")
    if args.costs:
        print("\nthe path's cost under Reader's model (-log): found, gold")
        for name, d in documents.items():
            found, gold = path_costs(d)
            priced = "no path" if gold is None else f"{gold:.0f}"
            print(f"  {name:<8} {found:10.0f} {priced:>10}")
    if args.errors:
        error_table(documents.values())
    return 0


if __name__ == "__main__":
    sys.exit(main())
