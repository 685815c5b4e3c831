"""Fidelity checks: precision and recall on the labelled set, and the time to check ~1 MB.

Run it from the project root::

    .venv/bin/python bench/checks.py [--repeat 3]

1. Quality: every article of ``tests/data/checks/`` is checked (``reader.core.checks.run.check_article``)
   and its findings compared with the defects its ``labels.toml`` seeds; the table gives per
   check kind the defects seeded, found and the false alarms, with precision and recall. A set
   the checks were tuned on flatters them: articles whose labels say ``held_out = true`` were
   written and scored once before they could influence the checks, and their labels keep that
   first score (``first_run``), printed here beside what the checks do on them now.
2. Words run together on rare Arabic words, which are none: wordfreq's large list less the
   small one (the common words the check reads); each flagged one is printed.
3. False alarms on real, professional translations (``bench/checks_real.py`` on NTREX-128,
   TICO-19, PUD and FLORES-200, built by ``bench/fetch_ntrex.py`` and its siblings from copies
   of the data): per 100 paragraphs, per pair (en, id, fr, zh, ja → ar), the tuning and the
   held-back parts apart. ``--no-real`` skips it (it needs the copies, and takes minutes).
4. Speed: the sample's Indonesian source and Arabic machine translation, their paragraphs
   repeated (each copy made distinct, so no cache of a paragraph's text helps) to about 1 MB of
   UTF-8 for the pair. Times: the alignment (``reader.core.align.aligner``, another module's work, shown
   for context), the checks given that alignment, and as a baseline of this machine's speed one
   regular-expression pass over both texts' words; as the checks' floor, each paragraph
   tokenised and its numbers read once, which any check of every paragraph needs at least.
   Medians of ``--repeat`` runs, process time; the checks' lowest and highest run beside, and
   the checks less the floor: what the checks' own passes cost.
   Then what a user waits for: ``reader check`` on the pair written out as an article folder
   (``id.txt``, ``ar.txt``, ``article.toml``), fresh processes, wall and processor time, as it
   runs (a second process aligning, then checking half the beads) and on one processor (one
   process), beside ``python -c pass``. ``--speed-only`` runs this part alone; ``--profile N`` adds where one
   run's time goes.

It is a benchmark, not a test: it always exits 0, and marks a missed target OVER.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import time
import tomllib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from timing import median_seconds, spread, timings  # bench/timing.py, beside this script

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "checks"
TARGET_BYTES = 1_000_000
CHECKS_TARGET = 1.0  # seconds of process time for the checks of the ~1 MB pair
END_TO_END_TARGET = 1.0  # seconds of wall time for `reader check` on the pair's folder


def _score_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("checks_score", DATA / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["checks_score"] = module
    spec.loader.exec_module(module)
    return module


def _labels(folder: Path) -> dict[str, object]:
    return tomllib.loads((folder / "labels.toml").read_text(encoding="utf-8"))


def _first_run(folders: list[Path]) -> str:
    """The held-out articles' score as first measured, before any change they prompted."""
    runs = [_labels(f)["first_run"] for f in folders]
    seeded = sum(r["seeded"] for r in runs)  # type: ignore[index]
    found = sum(r["found"] for r in runs)  # type: ignore[index]
    false = sum(r["false_alarms"] for r in runs)  # type: ignore[index]
    return (
        f"first run: seeded {seeded}, found {found}, false alarms {false}: "
        f"precision {found / (found + false):.2f}, recall {found / seeded:.2f}"
    )


def quality() -> None:
    score = _score_module()
    folders = score.cases()
    print(f"labelled set: {len(folders)} articles in {DATA.relative_to(ROOT)}")
    print(score.table(score.score(folders)))
    held = [f for f in folders if _labels(f).get("held_out")]
    if held:
        print(f"\nheld out ({', '.join(f.name for f in held)}):")
        print(f"  {_first_run(held)}")
        print("  now (after the changes they prompted; labels corrected where they were wrong):")
        print(score.table(score.score(held)))
    tallies = score.score(folders)["overall"]
    for kind, keys in (("false alarm", tallies.false_alarms), ("miss", tallies.misses)):
        for key in keys:
            print(f"  {kind}: {key}")


def real() -> None:
    """False alarms per 100 paragraphs on NTREX-128, TICO-19, PUD and FLORES-200, tuning and
    held-back apart."""
    import checks_real  # bench/checks_real.py, beside this script

    sets = (("ntrex", "NTREX-128"), ("tico", "TICO-19"), ("pud", "PUD"), ("flores", "FLORES-200"))
    for name, title in sets:
        source = checks_real.SETS[name]
        docs = source.documents(source.find_copy())
        known = checks_real.known_defects(name)
        read = frozenset(checks_real.read_real(name))  # the held-back part's reading by hand
        print(f"\nreal professional translations ({title}; bench/checks_real.py --set {name}):")
        print(checks_real.table(checks_real.score(docs, source.PAIRS, known, read=read)))


RARE_MIN_LETTERS = 7  # run-together reads no shorter token
RARE_MIN_ZIPF = 1.5  # seen at least about once in 30 million words


def rare_words() -> None:
    """Words run together, on words that are no such thing: wordfreq's rare Arabic words
    (its large list less its small one, the list of common words the check reads). Each is a
    real token of Arabic text, mostly a rare word or a name: the population a split into
    common words wrongly flags. A few are real fusions of the web's text (``كرةالقدم``)."""
    import gzip
    import importlib.util as util

    import msgpack

    from reader.core.checks.fused import run_together
    from reader.core.text.frequency import zipf

    spec = util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        print("\nrare Arabic words: wordfreq is not installed")
        return
    folder = Path(next(iter(spec.submodule_search_locations))) / "data"
    with gzip.open(folder / "large_ar.msgpack.gz", "rb") as stream:
        buckets = msgpack.load(stream, raw=False)[1:]
    rare = [
        word
        for index, bucket in enumerate(buckets)
        if 9 - index / 100 >= RARE_MIN_ZIPF
        for word in bucket
        if len(word) >= RARE_MIN_LETTERS and not zipf(word, "ar")
    ]
    flagged: dict[str, list[str]] = {"high": [], "low": []}
    for word in rare:
        found = run_together(word, "ar")
        if found is not None:
            flagged[found[1].value].append("|".join(found[0]))
    print(
        f"\nrun-together on {len(rare)} rare Arabic words (wordfreq's large list less its "
        f"small one, {RARE_MIN_LETTERS}+ letters, Zipf >= {RARE_MIN_ZIPF}): "
        f"{len(flagged['high'])} confident, {len(flagged['low'])} worth a look"
    )
    for level, words in flagged.items():
        print(f"  {level}: {' '.join(words[:12])}{' ...' if len(words) > 12 else ''}")


def _golden_module() -> ModuleType:
    """``tests/checks_golden.py``: the ~1 MB pair is built there, for the test that holds the
    checks to the same findings on it."""
    spec = importlib.util.spec_from_file_location(
        "checks_golden", ROOT / "tests" / "checks_golden.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["checks_golden"] = module
    spec.loader.exec_module(module)
    return module


def _read_once(*versions: object, tokens: bool = True, numbers: bool = True) -> None:
    """What any check of every paragraph costs at least: the one text layer's tokens and
    numbers of each paragraph, read once (``reader.core.text.words``, ``.numbers``); or
    either alone, to tell the floor's two parts apart."""
    from reader.core.text.numbers import extract_numbers
    from reader.core.text.words import words

    for version in versions:
        for paragraph in version.paragraphs:  # type: ignore[attr-defined]
            if tokens:
                words(paragraph.text)
            if numbers:
                extract_numbers(paragraph.text, version.language)  # type: ignore[attr-defined]


def _profile(run: Callable[[], object], top: int) -> None:
    """Where one run's time goes: the ``top`` functions by their own time (cProfile's
    ``tottime``; the profiler's overhead inflates Python-level calls against C-level ones)."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.runcall(run)
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats(pstats.SortKey.TIME).print_stats(top)


def speed(repeat: int, profile: int = 0) -> None:
    from reader.core.checks.run import align_versions, check_version

    source, translation = _golden_module().big_pair(TARGET_BYTES)
    size = len(source.text.encode()) + len(translation.text.encode())  # type: ignore[attr-defined]
    count = len(source.paragraphs)  # type: ignore[attr-defined]
    print(f"\n~1 MB pair: {size / 1e6:.2f} MB of UTF-8, {count} paragraphs a side")
    word = re.compile(r"\w+")
    baseline = median_seconds(
        lambda: (word.findall(source.text), word.findall(translation.text)),  # type: ignore[attr-defined]
        repeat,
        time.process_time,
    )
    alignment = align_versions(source, translation)  # type: ignore[arg-type]
    aligning = median_seconds(
        lambda: align_versions(source, translation),  # type: ignore[arg-type]
        repeat,
        time.process_time,
    )
    floor = median_seconds(lambda: _read_once(source, translation), repeat, time.process_time)
    tokenising = median_seconds(
        lambda: _read_once(source, translation, numbers=False), repeat, time.process_time
    )
    found: list[object] = []
    times = timings(
        lambda: found.append(len(check_version(source, translation, alignment))),  # type: ignore[arg-type]
        repeat,
        time.process_time,
    )
    checking, low, _, _, high = spread(times)
    verdict = "ok" if checking <= CHECKS_TARGET else "OVER"
    print(f"  baseline, one regex pass over both texts' words: {baseline:.3f} s")
    print(f"  alignment (reader.core.align.aligner, for context):           {aligning:.3f} s")
    print(f"  floor, each paragraph tokenised and its numbers read once:    {floor:.3f} s")
    print(f"    of which tokenising (reader.core.text.words.words):         {tokenising:.3f} s")
    print(
        f"  checks, alignment given:                         {checking:.3f} s "
        f"({checking / baseline:.0f}x the baseline; target {CHECKS_TARGET:.1f} s: {verdict}; "
        f"{found[-1]} findings)"
    )
    print(f"  checks, {repeat} runs: lowest {low:.3f} s, highest {high:.3f} s")
    print(
        f"  checks - floor, the checks' own work beyond reading each paragraph once: "
        f"{checking - floor:.3f} s (median against median)"
    )
    print(f"\n`reader check` on the pair written out as an article folder, {repeat} runs:")
    end_to_end(source, translation, repeat)
    if profile:
        print(f"\nprofile of one run of the checks, the {profile} functions with most own time:")
        _profile(lambda: check_version(source, translation, alignment), profile)  # type: ignore[arg-type]


# The folder ``end_to_end`` writes the pair into: what a user checks.
_MANIFEST = """title = "big"
source = "{source}"

[[versions]]
language = "{source}"
file = "{source}.txt"
origin = "original"

[[versions]]
language = "{target}"
file = "{target}.txt"
origin = "machine"
"""


def write_folder(folder: Path, *versions: object) -> Path:
    """The versions as an article folder (``LANG.txt`` each, paragraphs between blank lines,
    and its ``article.toml``), the first the source."""
    source, target = (v.language for v in versions)  # type: ignore[attr-defined]
    for version in versions:
        text = "\n\n".join(p.text for p in version.paragraphs) + "\n"  # type: ignore[attr-defined]
        (folder / f"{version.language}.txt").write_text(text, encoding="utf-8")  # type: ignore[attr-defined]
    (folder / "article.toml").write_text(
        _MANIFEST.format(source=source, target=target), encoding="utf-8"
    )
    return folder


def _process_seconds(command: list[str], one_processor: bool = False) -> tuple[float, float]:
    """Wall time and processor time (user and system) of one run of ``command``; with
    ``one_processor``, the process may run on one processor only (``reader check`` then works
    in one process: ``reader.commands.forked``)."""
    import os
    import resource
    import subprocess

    one = {min(os.sched_getaffinity(0))} if one_processor else None
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        command,
        stdout=subprocess.DEVNULL,
        check=False,
        preexec_fn=(lambda: os.sched_setaffinity(0, one)) if one else None,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def end_to_end(source: object, translation: object, repeat: int) -> None:
    """What a user waits for: ``reader check FOLDER`` on the pair written out, a fresh process
    each time (start-up, imports, loading, alignment, checks, the report), as it runs (aligning
    and checking half the beads in a second process where there are two processors or more)
    and on one processor (all in one process), against a bare ``python -c pass``; the three
    run alternately, so that a change of the machine's load touches all. Wall and processor
    time (the processes' together), medians with the lowest and highest; the load average."""
    import os
    import tempfile

    from reader.commands.forked import processors

    with tempfile.TemporaryDirectory() as folder:
        write_folder(Path(folder), source, translation)
        check = [sys.executable, "-m", "reader", "check", folder]
        bare = [sys.executable, "-c", "pass"]
        runs = [
            (_process_seconds(check), _process_seconds(check, True), _process_seconds(bare))
            for _ in range(repeat)
        ]
    print(f"  {processors()} processors; load average {os.getloadavg()[0]:.2f}")
    names = (f"reader check FOLDER ({processors()} processors)", "reader check, 1 processor")
    for name, index in ((names[0], 0), (names[1], 1), ("python -c pass", 2)):
        wall = spread([run[index][0] for run in runs])
        cpu = spread([run[index][1] for run in runs])
        print(
            f"  {name:<37} wall {wall.median:.3f} s ({wall.low:.3f}-{wall.high:.3f}), "
            f"processor {cpu.median:.3f} s ({cpu.low:.3f}-{cpu.high:.3f})"
        )
    verdict = "ok" if spread([r[0][0] for r in runs]).median <= END_TO_END_TARGET else "OVER"
    print(
        f"  end to end, target {END_TO_END_TARGET:.1f} s of wall time on an idle machine: {verdict}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing (median)")
    parser.add_argument("--no-real", action="store_true", help="skip the NTREX-128 false alarms")
    parser.add_argument("--speed-only", action="store_true", help="only time the ~1 MB pair")
    parser.add_argument(
        "--profile", type=int, default=0, metavar="N", help="profile one run of the checks: top N"
    )
    args = parser.parse_args(argv)
    if not args.speed_only:
        quality()
        rare_words()
    if not (args.no_real or args.speed_only):
        real()
    speed(max(1, args.repeat), max(0, args.profile))
    return 0


if __name__ == "__main__":
    sys.exit(main())
