"""How often Reader's terminal reordering agrees with Unicode's BidiCharacterTest.

Run: ``.venv/bin/python bench/terminal_bidi.py [BidiCharacterTest.txt[.gz]]``. Each case of the file is
one paragraph on one line; Reader resolves it through ``reader.core.export.terminal`` exactly as
``reader show`` does (``line_levels``, ``line_orders``) and is compared on

- the levels (characters removed by rule X9, marked ``x`` in the file, left out), and
- the display order (those characters left out too), where the file's order is taken with rule
  L3 applied as a terminal needs it: a combining mark after the letter it belongs to (the file
  leaves L3 out; Reader keeps it).

The paragraph direction is the file's (0 left-to-right, 1 right-to-left), or for its "auto"
cases python-bidi's ``get_base_level`` (rules P2-P3), the probe Reader's own paragraph-direction
decision rests on. Cases holding explicit embedding, override or isolate controls (LRE...PDI)
are counted apart: Reader never lets those act (they are shown as markers, ``neutralise``), so
they never reach the algorithm.

Without a file it measures the subset committed in ``tests/data/bidi/`` (what the tests use)
and says where the whole file comes from. ``--select OUT`` writes that subset from the whole
file: of the cases without explicit controls, every one with Arabic letters, numbers, marks,
spaces or separators (all but L, R and ON), and a sample of the permutations of L, R and ON
with paired brackets that make up the rest of the file.

Exits 0; it measures, it does not judge (tests/test_terminal_bidi.py asserts on the subset).
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bidi import get_base_level  # noqa: E402

from reader.core.export.terminal import line_levels, line_orders  # noqa: E402
from tests.bidi_cases import SOURCE, SUBSET, Case, cut_orders, cuts, read_cases  # noqa: E402

# Every 49th permutation (an odd stride, so that both paragraph directions are taken).
PERMUTATION_STRIDE = 49


def rtl_of(case: Case) -> bool:
    """The paragraph direction Reader would be given: the file's, or P2-P3 for "auto"."""
    if case.direction == 2:
        return bool(get_base_level(case.text))
    return case.direction == 1


def check(case: Case) -> tuple[bool, bool]:
    """Whether Reader's levels, and its display order, agree with the case."""
    rtl = rtl_of(case)
    whole = [(0, len(case.text))]
    levels = line_levels(case.text, rtl, whole)[0]
    kept = [i for i, level in enumerate(case.levels) if level is not None]
    levels_agree = [levels[i] for i in kept] == [case.levels[i] for i in kept]
    order = [i for i in line_orders(case.text, rtl, whole)[0] if i not in case.removed]
    return levels_agree, order == case.terminal_order()


def check_cuts(case: Case) -> tuple[int, int, int]:
    """Cut ``case`` into two lines everywhere ``cuts`` allows: how many cuts, how many show
    each line in the order the whole case shows it, and how many would if each line were
    resolved on its own (what the debug-dump reading did)."""
    rtl = rtl_of(case)
    count = agree = alone_agree = 0
    for cut in cuts(case):
        lines = [(0, cut), (cut, len(case.text))]
        want = cut_orders(case, cut)
        got = [
            [i for i in line if i not in case.removed]
            for line in line_orders(case.text, rtl, lines)
        ]
        alone = [
            [
                s + i
                for i in line_orders(case.text[s:e], rtl, [(0, e - s)])[0]
                if s + i not in case.removed
            ]
            for s, e in lines
        ]
        count += 1
        agree += got == want
        alone_agree += alone == want
    return count, agree, alone_agree


def measure(path: Path) -> None:
    tally: Counter[str] = Counter()
    failures: list[str] = []
    started = time.perf_counter()
    for case in read_cases(path):
        group = "with explicit controls" if case.explicit else "without explicit controls"
        levels_agree, order_agrees = check(case)
        tally[group] += 1
        tally[group, "levels"] += levels_agree
        tally[group, "order"] += order_agrees
        tally[group, "both"] += levels_agree and order_agrees
        tally[group, "logical"] += list(case.order) == sorted(case.order)
        if not case.explicit:
            for key, value in zip(
                ("cuts", "cuts agree", "cuts alone"), check_cuts(case), strict=True
            ):
                tally[key] += value
        if not (levels_agree and order_agrees) and len(failures) < 12:
            what = "levels" if order_agrees else "levels and order" if not levels_agree else "order"
            failures.append(f"{what} differ: {case.line[:120]}")
    seconds = time.perf_counter() - started
    total = sum(tally[g] for g in ("without explicit controls", "with explicit controls"))
    both = sum(tally[g, "both"] for g in ("without explicit controls", "with explicit controls"))
    print(f"{path.name}: {total:,} cases in {seconds:.1f} s")
    print(f"  all cases: levels and order agree on {both:,} ({100 * both / total:.3f} %)")
    for group in ("without explicit controls", "with explicit controls"):
        count = tally[group]
        if not count:
            continue
        print(
            f"  {group}: {count:,} cases; levels agree {tally[group, 'levels']:,}, "
            f"order agrees {tally[group, 'order']:,}, both {tally[group, 'both']:,} "
            f"({100 * tally[group, 'both'] / count:.3f} %)"
        )
    plain = tally["without explicit controls"]
    print(
        f"  lines cut from the cases without explicit controls (two lines each): {tally['cuts']:,}; "
        f"each line in the whole case's order: {tally['cuts agree']:,}; "
        f"with each line resolved on its own instead: {tally['cuts alone']:,}"
    )
    print(
        f"  without ICU (logical order printed): right where the display order is the logical "
        f"one, {tally['without explicit controls', 'logical']:,} of {plain:,} cases"
    )
    for line in failures:
        print(f"  {line}")


def select(path: Path, out: Path) -> None:
    """Write the cases of ``path`` that the tests use (see the module's docstring) to ``out``."""
    header = []
    with (gzip.open if path.suffix == ".gz" else open)(path, "rt", encoding="utf-8") as lines:
        for raw in lines:
            if not raw.startswith("#"):
                break
            header.append(raw)
    chosen: list[str] = []
    permutations = 0
    for case in read_cases(path):
        if case.explicit:
            continue
        classes = {unicodedata.bidirectional(ch) for ch in case.text}
        if classes - {"L", "R", "ON"}:
            chosen.append(case.line)
        elif {"L", "R"} <= classes:
            permutations += 1
            if permutations % PERMUTATION_STRIDE == 1:
                chosen.append(case.line)
    out.parent.mkdir(parents=True, exist_ok=True)
    note = (
        "#\n# Reader's selection (bench/terminal_bidi.py --select): of the cases above without\n"
        "# explicit embedding, override or isolate controls, every one holding anything but\n"
        "# left-to-right letters (L), right-to-left ones (R) and other neutrals (ON): Arabic\n"
        "# letters (AL), numbers (EN, AN) and their separators, combining marks, spaces, boundary\n"
        f"# neutrals; and every {PERMUTATION_STRIDE}th of the permutations of L, R and ON with paired\n"
        f"# brackets that hold both L and R. {len(chosen)} cases.\n\n"
    )
    out.write_text("".join(header) + note + "\n".join(chosen) + "\n", encoding="utf-8")
    print(f"{out}: {len(chosen):,} cases")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", type=Path, help="BidiCharacterTest.txt (or .gz)")
    parser.add_argument("--select", type=Path, metavar="OUT", help="write the mixed subset")
    args = parser.parse_args(argv)
    if args.select:
        if not args.file:
            parser.error("--select needs the whole BidiCharacterTest file")
        select(args.file, args.select)
        return 0
    if args.file is None or not args.file.exists():
        given = f" ({args.file} does not exist)" if args.file else ""
        print(f"skipped the whole file{given}: get it from {SOURCE}")
    else:
        measure(args.file)
    measure(SUBSET)
    return 0


if __name__ == "__main__":
    sys.exit(main())
