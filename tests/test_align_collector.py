"""The aligner pauses Python's cyclic garbage collector while it searches, and gives it back."""

from __future__ import annotations

import gc

import pytest

from reader.core.align import aligner

SOURCE = ["Harga naik 5 persen pada 2024.", "Presiden berbicara di Jakarta.", "Selesai."]
TARGET = ["ارتفعت الأسعار 5 بالمئة في 2024.", "تحدث الرئيس في جاكرتا.", "انتهى."]


@pytest.fixture
def collector_state():
    running = gc.isenabled()
    yield
    if running:
        gc.enable()
    else:
        gc.disable()


def _spy(monkeypatch: pytest.MonkeyPatch, fail: bool = False) -> list[bool]:
    seen: list[bool] = []
    search = aligner.searched

    def searched(*args: object) -> object:
        seen.append(gc.isenabled())
        if fail:
            raise RuntimeError("search failed")
        return search(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(aligner, "searched", searched)
    return seen


def test_the_collector_is_paused_during_the_search_and_running_after(
    monkeypatch: pytest.MonkeyPatch, collector_state: None
) -> None:
    gc.enable()
    seen = _spy(monkeypatch)
    alignment = aligner.align(SOURCE, TARGET, "id", "ar")
    assert seen == [False]
    assert gc.isenabled()
    assert [(b.source, b.target) for b in alignment.beads] == [
        ((0,), (0,)),
        ((1,), (1,)),
        ((2,), (2,)),
    ]


def test_a_collector_paused_by_the_caller_stays_paused(
    monkeypatch: pytest.MonkeyPatch, collector_state: None
) -> None:
    gc.disable()
    seen = _spy(monkeypatch)
    aligner.align(SOURCE, TARGET, "id", "ar")
    assert seen == [False]
    assert not gc.isenabled()


def test_the_collector_runs_again_after_a_failed_search(
    monkeypatch: pytest.MonkeyPatch, collector_state: None
) -> None:
    gc.enable()
    _spy(monkeypatch, fail=True)
    with pytest.raises(RuntimeError):
        aligner.align(SOURCE, TARGET, "id", "ar")
    assert gc.isenabled()
