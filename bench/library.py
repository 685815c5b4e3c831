"""The library's index at scale: 10,000 articles of 6 versions each.

Run it from the project root::

    .venv/bin/python bench/library.py [--articles 10000] [--repeat 15] [--keep DIR]

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
   checked by their times, the search, the JSON printed), median of ``--repeat``, against
   ``python -c pass`` in the same run as the floor, and its peak memory (the child's maximum
   resident set size). The children's modules are compiled once into a bytecode cache of the
   run's own, as an installed Reader's are.

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


def child(argv: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Wall time (s), processor time (s) and peak resident memory (MB) of one child process."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(
            f"{argv} failed: {process.stderr.read().decode() if process.stderr else ''}"
        )
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def bench_process(library: Path, cache: Path, repeat: int) -> None:
    # The modules' bytecode cached, as in an installed Reader (PYTHONDONTWRITEBYTECODE would
    # have every child compile them again); in a folder of the run's own (bench/startup.py).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(
        XDG_CACHE_HOME=str(cache),
        READER_LIBRARY=str(library),
        PYTHONPYCACHEPREFIX=str(cache / "pyc"),
    )
    search = [sys.executable, "-m", "reader", "search", "الرئيس", "--json"]
    floor = [sys.executable, "-c", "pass"]
    runs = {"floor": [], "search": []}  # type: dict[str, list[tuple[float, float, float]]]
    child(search, env)  # warm the file cache
    for _ in range(repeat):  # interleaved, so that both meet the same load
        runs["floor"].append(child(floor, env))
        runs["search"].append(child(search, env))
    times = [t for t, _, _ in runs["search"]]
    cpus = [c for _, c, _ in runs["search"]]
    memory = max(m for _, _, m in runs["search"])
    floor = runs["floor"]
    print(
        f"python -c pass (floor):                 {milliseconds([t for t, _, _ in floor])}",
        end="  ",
    )
    print(f"processor median {spread([c for _, c, _ in floor]).median * 1000:.1f} ms")
    print(f"reader search (a whole process):        {milliseconds(times)}", end="  ")
    print(f"processor median {spread(cpus).median * 1000:.1f} ms", end="  ")
    print(verdict(spread(cpus).median, TARGETS["process"]))
    print(f"peak memory of reader search:           {memory:.0f} MB", end="  ")
    print(verdict(memory, TARGETS["memory"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--keep", metavar="DIR", help="build in DIR and keep it (reused if there)")
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
        bench_process(library, cache, args.repeat)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
