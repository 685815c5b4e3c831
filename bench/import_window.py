"""Importing a web page in the window: how long until the article is on screen, and how long the
window's thread is held on the way, against the import alone in the same run.

Run it headless from the project root (it sets QT_QPA_PLATFORM=offscreen itself if unset)::

    .venv/bin/python bench/import_window.py [--repeat 5]

The six-language fixture article (the seed-like site) is served from 127.0.0.1. Each repeat
measures, one after the other so that the machine's load weighs on all alike:

- ``core``: ``import_article`` in this process, nothing else (the floor: fetching, extraction,
  writing the folder);
- ``worker``: the same work as the window runs it, ``reader.core.web.tasks:import_page`` in a
  worker process (reader.ui.jobs.ProcessJobs) from start to result: the floor plus starting a
  Python that imports the web code;
- ``window``: File › Open Web Page's import in the real window, from ``import_web_page`` to the
  new article's text painted: the worker, then opening the folder and laying out two panes.

For the window it also prints the longest the window's thread went without handling events
(a 5 ms timer's gaps) while the worker fetched, and while the new article opened: the first
is what a reader scrolling the previous article would feel.

It is a benchmark, not a test: it always exits 0.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer  # noqa: E402

from reader.core.ingest.loading import load  # noqa: E402
from reader.core.web.importing import import_article  # noqa: E402
from reader.ui.app import application, build_window  # noqa: E402
from reader.ui.context import AppContext  # noqa: E402
from reader.ui.jobs import ProcessJobs  # noqa: E402
from reader.ui.web import IMPORT  # noqa: E402
from tests.web.server import serving  # noqa: E402
from tests.web.sites import load_site  # noqa: E402

TICK_MS = 5
LIMIT_MS = 60000


class Gaps:
    """The longest gap between ticks of a timer on the window's thread, per phase."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = 0
        self.phase = "fetching"
        self.longest = {"fetching": 0, "opening": 0}
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        now = self.clock.elapsed()
        self.longest[self.phase] = max(self.longest[self.phase], now - self.last - TICK_MS)
        self.last = now

    def start(self) -> None:
        self.last = self.clock.elapsed()
        self.timer.start()


def wait(loop: QEventLoop) -> None:
    QTimer.singleShot(LIMIT_MS, loop.quit)
    loop.exec()


def core(url: str) -> float:
    start = time.perf_counter()
    result = import_article(url, target=Path(tempfile.mkdtemp()) / "article")
    assert len(result.versions) == 6
    return time.perf_counter() - start


def worker(url: str) -> float:
    library = Path(tempfile.mkdtemp())
    staging = tempfile.mkdtemp(dir=library)
    loop = QEventLoop()
    outcome: list[object] = []
    start = time.perf_counter()
    job = ProcessJobs().start(IMPORT, (url, str(library), staging, True), progress=True)
    job.finished.connect(lambda result: (outcome.append(result), loop.quit()))
    job.failed.connect(lambda error: (outcome.append(error), loop.quit()))
    wait(loop)
    elapsed = time.perf_counter() - start
    assert outcome and not isinstance(outcome[0], Exception), outcome
    return elapsed


def window(url: str, sample: Path) -> tuple[float, Gaps]:
    context = AppContext(Path(tempfile.mkdtemp()), ProcessJobs(), Path(tempfile.mkdtemp()))
    shown = build_window(context, load([sample]), paths=[sample])
    shown.resize(1280, 820)
    settled = QEventLoop()  # the sample's own checks done: the import runs alone
    shown.checks_done.connect(lambda _findings: settled.quit())
    shown.show()
    wait(settled)
    gaps = Gaps()
    loop = QEventLoop()
    shown.article_loaded.connect(lambda _article: setattr(gaps, "phase", "opening"))
    shown.text_painted.connect(loop.quit)
    gaps.start()
    start = time.perf_counter()
    assert shown.import_web_page(url)
    wait(loop)
    elapsed = time.perf_counter() - start
    gaps.timer.stop()
    assert shown.article is not None and len(shown.article.versions) == 6
    wait(settled)  # the new article's checks, before the window goes
    shown.close()
    shown.deleteLater()
    return elapsed, gaps


def spread(values: list[float], unit: str = "s", scale: float = 1.0) -> str:
    values = [v * scale for v in values]
    median = statistics.median(values)
    return f"median {median:.3f} {unit} (min {min(values):.3f}, max {max(values):.3f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    application()
    site = load_site("kabarnusa")
    sample = ROOT / "resources" / "sample"
    with serving() as server:
        server.add_site(site)
        url = server.url(site.paths["ar"])
        core(url)  # the web code imported and warm in this process
        times: dict[str, list[float]] = {"core": [], "worker": [], "window": []}
        stalls: dict[str, list[float]] = {"fetching": [], "opening": []}
        for _ in range(args.repeat):
            times["core"].append(core(url))
            times["worker"].append(worker(url))
            elapsed, gaps = window(url, sample)
            times["window"].append(elapsed)
            for phase, longest in gaps.longest.items():
                stalls[phase].append(longest / 1000)
    print(f"importing a six-language article from 127.0.0.1 ({args.repeat} runs)")
    print(f"  core    {spread(times['core'])}  import_article in this process (the floor)")
    print(f"  worker  {spread(times['worker'])}  the same in a worker process, start to result")
    print(f"  window  {spread(times['window'])}  import_web_page to the new text painted")
    print("  the window's thread, longest time without handling events:")
    print(f"    while the worker fetched   {spread(stalls['fetching'], 'ms', 1000)}")
    print(f"    while the article opened   {spread(stalls['opening'], 'ms', 1000)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
