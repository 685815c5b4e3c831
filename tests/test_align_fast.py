"""The aligner's faster paths give what the plain ones give, to the last bit: the search's
specialised kernels the beads and path cost of the general engines, ties included
(``reader.core.align.search``); the anchors read for two texts at once the weights of each text's
keys weighed (``reader.core.align.anchors``); the stray test the identifier's answer alone; a
paragraph's length its length with its white space run together."""

from __future__ import annotations

import random
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.align import search
from reader.core.align.aligner import paragraph_length
from reader.core.align.anchors import Weights, Words, anchor_weights, paragraph_keys, weigh
from reader.core.text.languages import detect_language, dominant_script, language_of, script_counts
from tests.align_baseline import load_cases


def _problem(seed: int, n: int, m: int) -> search.Problem:
    """A pair of texts drawn at random: lengths from a few values (so that beads tie), a few
    anchors shared by nearby paragraphs, orphan numbers, stray paragraphs."""
    rng = random.Random(seed)
    lengths = [40, 80, 120, 120, 200]

    def profile(k: int) -> dict[str, float]:
        return {f"#{k // 3 + d}": 0.5 + 0.25 * d for d in range(rng.randrange(3))}

    anchors = Weights(
        [profile(i) for i in range(n)],
        [profile(j) for j in range(m)],
        [rng.choice([0.0, 0.0, 0.0, 0.7]) for _ in range(n)],
        [rng.choice([0.0, 0.0, 0.0, 0.7]) for _ in range(m)],
    )
    strays = (
        [rng.choice([0.0, 0.0, 0.0, 1.0]) for _ in range(n)],
        [rng.choice([0.0, 0.0, 0.0, 1.0]) for _ in range(m)],
    )
    return search.Problem(
        [rng.choice(lengths) for _ in range(n)],
        [rng.choice(lengths) for _ in range(m)],
        anchors,
        strays=strays,
    )


def _around_diagonal(n: int, m: int, widths: list[int]) -> search.Band:
    """A band of ``widths`` around the plain diagonal of ``n`` by ``m`` paragraphs."""
    diagonal = [i * m / n for i in range(n + 1)]
    return search._band(diagonal, diagonal, widths, m)


@pytest.mark.parametrize("seed", range(12))
def test_the_scout_kernels_choose_what_the_numpy_engine_chooses(seed: int) -> None:
    n, m = 150 + 7 * seed, 140 + 11 * seed
    problem = _problem(seed, n, m)
    band = _around_diagonal(n, m, [2 + seed % 5] * (n + 1))
    kinds = search._SCOUT_KINDS
    expected = search._kinds_arrays(problem, band, kinds)
    for costs in (problem.costs_to, search._BandCosts(problem, band, kinds)):
        assert search._scout_rows(problem, band, costs) == expected
    assert search._scout_arrays(problem, band) == expected
    assert any(i0 == i1 or j0 == j1 for i0, i1, j0, j1 in expected[0])  # 0–1 and 1–0 beads


@pytest.mark.parametrize("seed", range(6))
def test_the_scout_array_kernel_chooses_what_the_numpy_engine_chooses_on_wide_rows(
    seed: int,
) -> None:
    # Rows wider than WIDE_ROW, swept in prefix form, and rows cut by the grid's edges.
    n, m = 300 + 13 * seed, 280 + 17 * seed
    problem = _problem(100 + seed, n, m)
    band = _around_diagonal(n, m, [140 + 40 * seed] * (n + 1))
    assert max(b - a for a, b in zip(*band, strict=True)) > search.WIDE_ROW
    expected = search._kinds_arrays(problem, band, search._SCOUT_KINDS)
    assert search._scout_arrays(problem, band) == expected
    assert search._search_arrays(problem, band, search._SCOUT_KINDS) == expected


def test_the_length_costs_looked_up_are_those_computed_cell_by_cell() -> None:
    # A long search prices the length term of millions of cells from a table of the spans'
    # distinct lengths (search._LengthCosts): the very values that each cell would compute.
    n, m = 400, 380
    problem = _problem(7, n, m)
    rows = np.arange(4, n + 1)
    first = np.maximum(rows - 30, 4)
    last = np.minimum(rows + 30, m)
    for model in (problem.model, search.LengthModel(1.3, 9.0)):
        problem.model = model
        for di, dj in [(1, 1), (2, 1), (1, 3), (4, 1), (2, 2)]:
            cells = search.Cells.of(di, dj, rows, first, last)
            sums = problem._arrays().sums
            direct = search._tail_costs(
                search._deviations(
                    model, sums.source_lengths[di][cells.i0], sums.target_lengths[dj][cells.j0]
                )
            )
            for _ in range(2):  # once priced directly or building the table, then looked up
                assert (
                    problem.costs_over(di, dj, rows, first, last).tolist()
                    == (
                        problem.__class__(
                            [round(x) for x in np.diff(problem.source_at)],
                            [round(x) for x in np.diff(problem.target_at)],
                            _weights(problem),
                            model,
                            (problem.source_strays, problem.target_strays),
                        ).costs_over(di, dj, rows, first, last)
                    ).tolist()
                )
            lengths = problem._length_costs
            assert lengths is not None and (di, dj) in lengths.tables  # the table was used
            assert lengths.costs(model, cells).tolist() == direct.tolist()


def _weights(problem: search.Problem) -> Weights:
    return Weights(
        problem.source_profiles,
        problem.target_profiles,
        list(np.diff(problem.source_orphans)),
        list(np.diff(problem.target_orphans)),
    )


@pytest.mark.parametrize("seed", range(8))
def test_a_band_grows_where_marking_each_row_one_by_one_grows_it(seed: int) -> None:
    rng = random.Random(seed)
    count = rng.randrange(1, 3000)
    widths = [rng.choice([3, 8, 16, 64, 256, 512]) for _ in range(count)]
    lo = [max(0, k - rng.randrange(0, 1200)) for k in range(count)]
    hi = [k + rng.randrange(0, 1200) for k in range(count)]
    rows = {rng.randrange(count) for _ in range(rng.randrange(0, 40))}
    expected = list(widths)
    for row in rows:
        if hi[row] - lo[row] > 2 * search.MAX_BAND:
            continue
        grown = min(2 * widths[row], search.MAX_BAND)
        reach = max(grown, search.REACH)
        for k in range(max(row - reach, 0), min(row + reach, count - 1) + 1):
            expected[k] = max(expected[k], grown)
    assert search._grown(widths, rows, (lo, hi)) == expected


# Texts in every script the identifier tells, alone and mixed with another script's text.
_WRITTEN = [
    "The president said on Monday that the two countries would expand their relations.",
    "Presiden mengatakan bahwa kedua negara akan memperluas hubungan mereka.",
    "قال الرئيس إن البلدين سيوسعان علاقاتهما الثنائية.",
    "رئیس جمهور گفت که دو کشور روابط خود را گسترش خواهند داد.",
    "روس کے صدر نے کہا کہ دونوں ممالک اپنے تعلقات کو وسعت دیں گے۔",
    "Президент заявил, что две страны расширят свои отношения.",
    "Президент України заявив, що дві країни розширять співпрацю.",
    "俄罗斯总统普京表示，两国将扩大全面的双边关系。",
    "ロシアのプーチン大統領は、両国が関係を拡大すると述べた。",
    "러시아 대통령은 양국이 관계를 확대할 것이라고 말했다.",
    "נשיא רוסיה אמר כי שתי המדינות ירחיבו את היחסים.",
    "ประธานาธิบดีรัสเซียกล่าวว่าทั้งสองประเทศจะขยายความสัมพันธ์",
    "Ο πρόεδρος δήλωσε ότι οι δύο χώρες θα επεκτείνουν τις σχέσεις τους.",
    "राष्ट्रपति ने कहा कि दोनों देश अपने संबंधों का विस्तार करेंगे।",
]


@pytest.mark.parametrize("text", _WRITTEN)
@pytest.mark.parametrize("beside", _WRITTEN[:3])
def test_the_identifier_names_a_language_only_by_the_script_it_is_written_in(
    text: str, beside: str
) -> None:
    # ``stray._foreign_script`` asks the identifier alone, which counts the scripts first: a
    # paragraph it names the other text's language is mostly in that language's script.
    for mixed in (text, f"{text} {beside}", f"{beside} {text}", f"{text} {text} {beside}"):
        found = detect_language(mixed).code
        if found is not None:
            known = language_of(found)
            assert known is not None and known.script == dominant_script(mixed)


@pytest.mark.parametrize("together", [False, True])
def test_the_anchors_of_two_texts_read_together_weigh_as_each_texts_keys(together: bool) -> None:
    # Every case, in every language pair, one after another, and the two texts swapped: names
    # in two scripts or one, Latin tokens in a text of another script, numbers in words.
    cases = load_cases()
    source = [p for case in cases for p in case.source]
    target = [p for case in cases for p in case.target]
    pairs = [((source, target), ("id", "ar")), ((target, source), ("ar", "id"))]
    # Two texts in scripts other than Latin, each with English and French paragraphs.
    pairs.append(((target, target[::-1]), ("ar", "ar")))
    for texts, languages in pairs:
        if together:
            texts = (texts[0], [*texts[1], *texts[0][:40]])  # some paragraphs in both texts
        read = Words.read(texts[0]), Words.read(texts[1])
        expected = weigh(
            paragraph_keys(texts[0], languages[0], languages[1]),
            paragraph_keys(texts[1], languages[1], languages[0]),
        )
        found = anchor_weights(texts, languages, read)
        assert found == expected
        # In the same order: sums over a paragraph's keys follow it.
        assert [list(p) for p in found.source] == [list(p) for p in expected.source]
        assert [list(p) for p in found.target] == [list(p) for p in expected.target]


@pytest.mark.parametrize("seed", range(4))
def test_an_ascii_texts_letters_are_counted_as_latin_letters_one_by_one(seed: int) -> None:
    # ``script_counts`` counts an ASCII text's letters at once (the identifier's first step,
    # for every paragraph ``stray`` asks about): as many as the letters looked up one by one,
    # up to the sample's 20,000.
    rng = random.Random(seed)
    alphabet = "abcXYZ 0123.,;-_'\"\n\t"
    for size in (0, 1, 40, 2_000, 25_000 * seed):
        text = "".join(rng.choice(alphabet) for _ in range(size))
        letters = [ch for ch in text if ch.isalpha()][:20_000]
        assert script_counts(text) == ({"Latn": len(letters)} if letters else {})
        assert script_counts(text + "é") == {"Latn": min(len(letters) + 1, 20_000)}


@given(
    st.lists(st.floats(0, 300, allow_nan=False), min_size=1, max_size=40),
    st.lists(st.integers(0, 12), min_size=41, max_size=41),
    st.integers(0, 12),
    st.integers(1, 400),
)
def test_a_long_band_drawn_on_arrays_is_the_band_drawn_on_lists(
    centre: list[float], widths: list[int], spread: int, m: int
) -> None:
    # Around a path (each row's lowest and highest column, integers) or the length diagonal
    # (fractions), clipped to the grid: the same columns to the last row.
    lows = [min(at, m) for at in centre]
    highs = [min(at + spread, m) for at in lows]
    for low, high in ((lows, highs), ([float(round(at)) for at in lows], lows)):
        rows = widths[: len(low)]
        assert search._band_arrays(low, high, rows, m) == search._band(low, high, rows, m)


@pytest.mark.parametrize("seed", range(6))
def test_a_widened_band_searched_after_another_finds_what_it_finds_searched_alone(
    seed: int,
) -> None:
    # A widening search takes over the costs of the first rows its bands agree on
    # (search._Earlier): its path and cost are those of the wider band searched from scratch.
    n, m = 200 + 9 * seed, 190 + 13 * seed
    problem = _problem(200 + seed, n, m)
    kinds = [k for k in search._ALL_KINDS if k not in search._SPLITS_IN_FOUR]
    narrow = [1 + seed % 3] * (n + 1)
    wider = search._grown(narrow, {n // (seed + 2), n - 5}, _around_diagonal(n, m, narrow))
    earlier = search._Earlier()
    first = search._kinds_arrays(problem, _around_diagonal(n, m, narrow), kinds, earlier)
    band = _around_diagonal(n, m, wider)
    assert 0 < earlier.rows(band) < n
    again = search._kinds_arrays(problem, band, kinds, earlier)
    alone = search._Earlier()
    assert again == search._kinds_arrays(problem, band, kinds, alone)
    assert alone.costs is not None and alone.choices is not None
    assert earlier.costs is not None and earlier.choices is not None
    assert earlier.costs.tolist() == alone.costs.tolist()  # every cell, not only the path's
    assert earlier.choices.tolist() == alone.choices.tolist()
    assert first[1] >= again[1]


@pytest.mark.parametrize("seed", range(4))
def test_a_widening_search_prices_again_only_the_beads_of_rows_that_widened(seed: int) -> None:
    # Past the rows that widened, a band is the same again, and so are the beads into its
    # cells (search._Reused): taken over, they are those priced from scratch, to the last bit,
    # over three searches (the third taking over rows the second took over in turn).
    n, m = 220 + 7 * seed, 200 + 11 * seed
    problem = _problem(300 + seed, n, m)
    kinds = list(search._ALL_KINDS)
    priced = [0]
    costs_over = problem.costs_over

    def counted(di: int, dj: int, rows: Any, first: Any, last: Any) -> Any:
        priced[0] += int(np.maximum(last - first + 1, 0).sum())
        return costs_over(di, dj, rows, first, last)

    problem.costs_over = counted  # type: ignore[method-assign]
    widths = [2 + seed % 2] * (n + 1)
    earlier = search._Earlier()
    search._kinds_arrays(problem, _around_diagonal(n, m, widths), kinds, earlier)
    for strained in (n // 2, n // 5):
        widths = search._grown(widths, {strained}, _around_diagonal(n, m, widths))
        band = _around_diagonal(n, m, widths)
        held = earlier.rows(band)
        priced[0] = 0
        found = search._kinds_arrays(problem, band, kinds, earlier)
        again = priced[0]
        alone = search._Earlier()
        priced[0] = 0
        assert found == search._kinds_arrays(problem, band, kinds, alone)
        assert earlier.beads is not None and alone.beads is not None
        assert earlier.beads.tolist() == alone.beads.tolist()
        assert earlier.costs is not None and alone.costs is not None
        assert earlier.costs.tolist() == alone.costs.tolist()
        after_held = sum(hi - lo + 1 for lo, hi in list(zip(*band, strict=True))[held:])
        assert 0 < again < 0.5 * after_held * (len(kinds) - 2) < priced[0]


@pytest.mark.parametrize("seed", range(4))
def test_a_widening_search_stops_where_its_rows_are_those_searched_before(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Past the rows that widened, once four rows in a row have the very costs the search
    # before found, the rest is theirs (search._Settling): not searched again, and the same
    # costs, kinds and beads' costs to the last bit as the wider band searched from scratch.
    n, m = 240 + 7 * seed, 230 + 11 * seed
    problem = _problem(400 + seed, n, m)
    kinds = list(search._ALL_KINDS)
    widths = [8] * (n + 1)
    earlier = search._Earlier()
    search._kinds_arrays(problem, _around_diagonal(n, m, widths), kinds, earlier)
    widths = search._grown(widths, {n // 3}, _around_diagonal(n, m, widths))
    band = _around_diagonal(n, m, widths)
    held = earlier.rows(band)
    swept = [0]
    sweep_row = search._sweep_row

    def counted(*args: Any) -> None:
        swept[0] += 1
        sweep_row(*args)

    monkeypatch.setattr(search, "_sweep_row", counted)
    found = search._kinds_arrays(problem, band, kinds, earlier)
    assert swept[0] < (n + 1 - held) // 2  # the rows searched again: a few past the widened
    alone = search._Earlier()
    assert found == search._kinds_arrays(problem, band, kinds, alone)
    for mine, theirs in (
        (earlier.costs, alone.costs),
        (earlier.choices, alone.choices),
        (earlier.beads, alone.beads),
    ):
        assert mine is not None and theirs is not None
        assert mine.tobytes() == theirs.tobytes()


def test_a_search_lets_go_of_its_length_tables_when_it_ends() -> None:
    # The tables hold for one model; the aligner learns words after a search, at its peak of
    # memory (the Bible: 179 MB), which they would otherwise raise by some 3 MB.
    problem = _problem(11, 400, 420)
    built: list[search._LengthCosts] = []
    original = search.Problem.costs_over

    def spied(self: search.Problem, *args: Any) -> Any:
        found = original(self, *args)
        if self._length_costs is not None:
            built.append(self._length_costs)
        return found

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(search.Problem, "costs_over", spied)
        search.best_path(problem)
    assert built and any(lengths.tables for lengths in built)  # the searches used tables
    assert problem._length_costs is None


# Every kind of white space ``str.split`` cuts at (a tab, a line break, a no-break space, an
# ideographic space, a line separator, NEL), unprintable characters that are none (a
# right-to-left mark), letters.
SPACES = st.lists(
    st.sampled_from(
        ["a", "ب", " ", "  ", "\t", "\n", "\u00a0", "\u3000", "\u2028", "\x85", "\u200f"]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=2000, deadline=None)
@given(SPACES)
def test_a_paragraphs_length_counts_each_run_of_white_space_once(text: str) -> None:
    assert paragraph_length(text) == len(" ".join(text.split()))
