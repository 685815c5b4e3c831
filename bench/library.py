"""The library's index at scale: 10,000 articles of 6 versions each.

Run it from the project root::

    .venv/bin/python bench/library.py [--articles 10000] [--repeat 15] [--keep DIR]
        [--processes-only] [--against CHECKOUT]

It writes a library into a temporary folder (or DIR), built from the sample article's six
language versions (Indonesian source, Arabic, English, French, Chinese, Japanese machine
versions), each article varied so that no two are alike: its digits shifted (in whatever digit
system the version writes them, the same shift in every version, so that the numbers still
agree across versions), its body paragraphs rotated, a made-up name of its own in every title.
Then it prints:

1. the first build of the index (``LibraryIndex.refresh`` on an empty index), and its size;
2. updating one article: ``refresh_folder`` (what an import does) and a whole ``refresh``
   (every folder's fingerprint checked, one article read again), as medians of ``--repeat``;
   refreshing the unchanged library, whole and quick (the folders' times alone, what
   ``reader search`` does), against the ``stat`` calls of a whole one alone;
3. searching in the process (``LibraryIndex.search``, limit 20) for words common and rare in
   Arabic, Latin, Chinese script and digits: the first search of a query (which aligns the
   versions its hits are in, then keeps the alignments) and the median of the repeats;
4. a whole ``reader search`` process (Python's start, the imports, the folders' fingerprints
   checked by their times, the search, the JSON printed) for a query of each kind (an Arabic
   word, a year, a Latin name, a phrase), medians of ``--repeat``, interleaved round by round
   with its floors: ``python -c pass``, ``import sqlite3``, and each query's FTS5 queries alone
   (sqlite3 imported, the index opened, the count and the newest matches ranked); and its
   peak memory (the child's maximum resident set size). The children's modules are compiled
   once into a bytecode cache of the run's own, as an installed Reader's are. ``--against
   CHECKOUT`` runs the same searches from another checkout too (``git worktree add`` of main,
   say; the index's schema must be the same), with the ratios round by round, which hold on a
   busy machine; ``--processes-only`` measures only these (with ``--keep``, on a library
   built before).

Times are wall times and processor times (``time.process_time``, a child's ``rusage``): on a
machine shared with other work, the wall time also counts the waits for a processor, so the
targets are judged on the processor time. ``--keep DIR`` builds once and measures again later.

Targets (issue 14): one-article update < 100 ms, in-process search median < 50 ms, a whole
``reader search`` < 0.5 s, memory while searching < 200 MB. It is a benchmark, not a test: it
always exits 0, and a target missed is marked MISSED.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timing import spread  # noqa: E402  (bench/timing.py, beside this script)

from reader.core.library.index import LibraryIndex  # noqa: E402

SAMPLE = ROOT / "resources" / "sample"
VERSIONS = (  # language, file in the sample, origin
    ("id", "id.txt", "original"),
    ("ar", "ar.txt", "machine"),
    ("en", "en.txt", "machine"),
    ("fr", "fr.txt", "machine"),
    ("zh", "zh.txt", "machine"),
    ("ja", "ja.txt", "machine"),
)
SYLLABLES = ("ba", "ka", "ri", "mo", "su", "te", "la", "no", "wi", "da", "ge", "pu")
QUERIES = (
    ("Arabic, common", "الرئيس"),
    ("Arabic, prefixed", "والرئيس"),
    ("Latin, common", "Putin"),
    ("Latin phrase", '"Kim Jong Un"'),
    ("Chinese", "金正恩"),
    ("Arabic-Indic digits", "٢٠١٩"),
    ("a rare name", "{name}"),
)
TARGETS = {"update": 0.100, "search": 0.050, "process": 0.5, "memory": 200.0}


def name_of(number: int) -> str:
    """A made-up name, different for every article: its number in syllables."""
    syllables = []
    while True:
        number, digit = divmod(number, len(SYLLABLES))
        syllables.append(SYLLABLES[digit])
        if not number:
            break
    return "".join(syllables).capitalize() + "wara"


def shifted_digits(text: str, shift: int) -> str:
    """Every decimal digit moved by ``shift`` in its own digit system."""

    def move(match: re.Match[str]) -> str:
        ch = match.group()
        value = unicodedata.decimal(ch)
        return chr(ord(ch) - value + (value + shift) % 10)

    return re.sub(r"\d", move, text)


def varied(text: str, number: int) -> str:
    paragraphs = text.strip().split("\n\n")
    title, body = paragraphs[0], paragraphs[1:]
    turn = number % max(1, len(body))
    body = body[turn:] + body[:turn]
    title = f"{title} ({name_of(number)})"
    return shifted_digits("\n\n".join([title, *body]), number % 10) + "\n"


def write_library(folder: Path, count: int) -> None:
    texts = {
        language: (SAMPLE / file).read_text(encoding="utf-8") for language, file, _ in VERSIONS
    }
    for number in range(count):
        article = folder / f"{number:05d}-{name_of(number).lower()}"
        article.mkdir(parents=True)
        manifest = ['source = "id"']
        for language, _file, origin in VERSIONS:
            (article / f"{language}.txt").write_text(
                varied(texts[language], number), encoding="utf-8"
            )
            manifest += [
                "[[versions]]",
                f'language = "{language}"',
                f'file = "{language}.txt"',
                f'origin = "{origin}"',
            ]
        (article / "article.toml").write_text("\n".join(manifest) + "\n", encoding="utf-8")


def milliseconds(values: list[float]) -> str:
    s = spread(values)
    return (
        f"median {s.median * 1000:7.1f} ms  (low {s.low * 1000:.1f}, "
        f"quartiles {s.p25 * 1000:.1f}-{s.p75 * 1000:.1f}, high {s.high * 1000:.1f})"
    )


def verdict(value: float, target: float) -> str:
    return "met" if value < target else "MISSED"


CPU: list[float] = []  # the processor time of each ``timed`` run, in order


def timed(work: object) -> float:
    """Wall time of ``work()``; its processor time (this process's, all threads) goes to ``CPU``:
    on a machine shared with other work, the wall time also counts the waits for a processor."""
    cpu = time.process_time()
    start = time.perf_counter()
    work()  # type: ignore[operator]
    elapsed = time.perf_counter() - start
    CPU.append(time.process_time() - cpu)
    return elapsed


def cpu_of(count: int) -> str:
    """The median processor time of the last ``count`` timed runs."""
    return f"processor median {spread(CPU[-count:]).median * 1000:.1f} ms"


def bench_update(index: LibraryIndex, library: Path, repeat: int) -> None:
    folder = sorted(library.iterdir())[len(list(library.iterdir())) // 2]
    text = folder / "id.txt"
    original = text.read_text(encoding="utf-8")
    alone, whole, alone_cpu, whole_cpu = [], [], [], []
    for round_ in range(repeat):
        text.write_text(original + f"\nParagraf tambahan {round_}.\n", encoding="utf-8")
        alone.append(timed(lambda: index.refresh_folder(folder)))
        alone_cpu.append(CPU[-1])
        text.write_text(original + f"\nParagraf lain {round_}.\n", encoding="utf-8")
        whole.append(timed(index.refresh))
        whole_cpu.append(CPU[-1])
    text.write_text(original, encoding="utf-8")
    index.refresh()
    for label, walls, cpus in (
        ("refresh_folder", alone, alone_cpu),
        ("whole refresh ", whole, whole_cpu),
    ):
        print(f"update one article, {label}:     {milliseconds(walls)}", end="  ")
        print(f"processor median {spread(cpus).median * 1000:.1f} ms", end="  ")
        print(verdict(spread(cpus).median, TARGETS["update"]))


def bench_refresh(index: LibraryIndex, library: Path, repeat: int) -> None:
    """Refreshing the unchanged library: fully (every file's size and time) and quickly (the
    folders' times), against the floor of the full one: its ``stat`` calls alone, in C-level
    loops as far as Python allows."""
    files = ["article.toml", *(file for _language, file, _origin in VERSIONS), "review.json"]
    names = sorted(os.listdir(library))

    def stats_alone() -> None:
        for name in names:
            for file in files:
                with contextlib.suppress(FileNotFoundError):
                    os.stat(os.path.join(library, name, file))

    rows = (
        ("whole refresh, unchanged", lambda: index.refresh()),
        ("quick refresh, unchanged", lambda: index.refresh(quick=True)),
        ("floor: the stat calls of a whole one", stats_alone),
    )
    for label, work in rows:
        walls = [timed(work) for _ in range(repeat)]
        print(f"{label + ':':<40}{milliseconds(walls)}  {cpu_of(repeat)}")


def bench_search(index: LibraryIndex, count: int, repeat: int) -> None:
    medians = []
    for label, query in QUERIES:
        query = query.format(name=name_of(count // 3))
        first = timed(lambda query=query: index.search(query, limit=20))
        times = [timed(lambda query=query: index.search(query, limit=20)) for _ in range(repeat)]
        medians.append(spread(CPU[-repeat:]).median)
        total = index.search(query, limit=20).total
        print(
            f"  {label:<20} {total:>7} hits; first {first * 1000:7.1f} ms; {milliseconds(times)}; "
            f"{cpu_of(repeat)}"
        )
    overall = sorted(medians)[len(medians) // 2]
    print(
        f"search in process, median of the queries' processor medians: {overall * 1000:.1f} ms",
        end="  ",
    )
    print(verdict(overall, TARGETS["search"]))


def child(
    argv: list[str], env: dict[str, str], folder: Path | None = None
) -> tuple[float, float, float]:
    """Wall time (s), processor time (s, with what it waited for) and peak resident memory
    (MB) of one child process, run in ``folder`` if given."""
    start = time.perf_counter()
    process = subprocess.Popen(
        argv, env=env, cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(
            f"{argv} failed: {process.stderr.read().decode() if process.stderr else ''}"
        )
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


# The whole process's queries: one of each kind, as the search phase differs by kind.
PROCESS_QUERIES = (
    ("Arabic word", "الرئيس"),
    ("a year", "2019"),
    ("a Latin name", "Putin"),  # also through the transliteration to other scripts
    ("a phrase", '"Kim Jong Un"'),
)
# The floor of a search process: Python, sqlite3, the index opened and the search's two FTS5
# queries (the count, the newest matches ranked), with the query's FTS5 text made beforehand.
FTS_FLOOR = """import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
count = "SELECT count(*) FROM passage_terms WHERE passage_terms MATCH ?"
db.execute(count, (sys.argv[2],)).fetchone()
ranked = ("SELECT rowid, bm25(passage_terms) FROM passage_terms WHERE passage_terms MATCH ? "
          "ORDER BY rowid DESC LIMIT ?")
db.execute(ranked, (sys.argv[2], int(sys.argv[3]))).fetchall()
"""


def bench_process(library: Path, cache: Path, repeat: int, against: Path | None = None) -> None:
    """Whole ``reader search Q --json`` processes, one query of each kind, interleaved round
    by round with the floors (``python -c pass``, ``import sqlite3``, each query's FTS5
    queries alone) and, with ``against``, the same searches run by the code of another
    checkout (main's, say) on the same library and index (its schema must be this one's)."""
    from reader.core.library.index import RANKED, default_index_path
    from reader.core.library.query import parse

    # The modules' bytecode cached, as in an installed Reader (PYTHONDONTWRITEBYTECODE would
    # have every child compile them again); in a folder of the run's own (bench/startup.py),
    # one a checkout.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(XDG_CACHE_HOME=str(cache), READER_LIBRARY=str(library))
    index = str(default_index_path(library))
    python = sys.executable
    runs: dict[str, tuple[list[str], Path, dict[str, str]]] = {
        "python -c pass (floor)": ([python, "-c", "pass"], ROOT, env),
        "python -c 'import sqlite3'": ([python, "-c", "import sqlite3"], ROOT, env),
    }
    checkouts = {"this": ROOT} | ({"against": against.resolve()} if against else {})
    for kind, query in PROCESS_QUERIES:
        fts = [python, "-c", FTS_FLOOR, index, parse(query).fts(), str(RANKED)]
        runs[f"{kind}: FTS5 queries alone"] = (fts, ROOT, env)
        for name, checkout in checkouts.items():
            own = env | {"PYTHONPYCACHEPREFIX": str(cache / f"pyc-{name}")}
            search = [python, "-m", "reader", "search", query, "--json"]
            runs[f"{kind}: reader search ({name})"] = (search, checkout, own)
    for argv, folder, extra in runs.values():
        child(argv, extra, folder)  # warm the file cache, compile the bytecode
    rows: dict[str, list[tuple[float, float, float]]] = {name: [] for name in runs}
    loads = [os.getloadavg()[0]]
    for _ in range(repeat):  # interleaved, so that all meet the same load
        for name, (argv, folder, extra) in runs.items():
            rows[name].append(child(argv, extra, folder))
        loads.append(os.getloadavg()[0])
    print(f"whole processes, {repeat} rounds, load average {min(loads):.1f} to {max(loads):.1f}:")
    for name, measured in rows.items():
        cpus = spread([c for _, c, _ in measured])
        print(f"  {name:<40} {milliseconds([t for t, _, _ in measured])}", end="  ")
        print(
            f"processor median {cpus.median * 1000:.0f} ms "
            f"(quartiles {cpus.p25 * 1000:.0f}-{cpus.p75 * 1000:.0f})",
            end="",
        )
        if "reader search (this)" in name:
            print(f"  {verdict(cpus.median, TARGETS['process'])}", end="")
        print()
    if against:
        for kind, _query in PROCESS_QUERIES:
            this, other = (
                rows[f"{kind}: reader search (this)"],
                rows[f"{kind}: reader search (against)"],
            )
            for what, at in (("wall", 0), ("processor", 1)):
                ratio = spread([a[at] / b[at] for a, b in zip(this, other, strict=True)])
                print(
                    f"  {kind}, this / against, {what}: median {ratio.median:.2f} "
                    f"(quartiles {ratio.p25:.2f}-{ratio.p75:.2f}), round by round"
                )
    memory = max(m for name, measured in rows.items() if "(this)" in name for _, _, m in measured)
    print(f"peak memory of reader search:           {memory:.0f} MB", end="  ")
    print(verdict(memory, TARGETS["memory"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--keep", metavar="DIR", help="build in DIR and keep it (reused if there)")
    parser.add_argument(
        "--processes-only",
        action="store_true",
        help="measure only the whole reader search processes (on a library kept with --keep)",
    )
    parser.add_argument(
        "--against",
        metavar="CHECKOUT",
        type=Path,
        help="also run reader search from this other checkout (main's, say), interleaved",
    )
    args = parser.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="reader-library-"))
    library, cache = work / "library", work / "cache"
    try:
        if not library.is_dir():
            start = time.perf_counter()
            write_library(library, args.articles)
            print(
                f"wrote {args.articles} articles of {len(VERSIONS)} versions in {time.perf_counter() - start:.1f} s"
            )
        os.environ["XDG_CACHE_HOME"] = str(cache)
        if args.processes_only:
            bench_process(library, cache, args.repeat, args.against)
            return
        with LibraryIndex(library) as index:
            start = time.perf_counter()
            refresh = index.refresh()
            build = time.perf_counter() - start
            size = sum(p.stat().st_size for p in index.path.parent.iterdir()) / 2**20
            if refresh.read:
                each = build / refresh.read * 1000
                print(
                    f"first build: {refresh.read} folders read in {build:.1f} s ({each:.1f} ms a folder)"
                )
            print(f"index: {size:.0f} MB")
            bench_update(index, library, args.repeat)
            bench_refresh(index, library, args.repeat)
            bench_search(index, args.articles, args.repeat)
        bench_process(library, cache, args.repeat, args.against)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
