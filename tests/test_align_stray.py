"""Paragraphs that are not a translation (issue 18, third round): the other text's language inside
a text, or the debris of a scan, become paragraphs without counterpart instead of being merged
into a neighbour's bead.

The texts are written for these tests: a German account of a climb, its French translation, and
a German advertisement printed inside the French, as scanned yearbooks have them.
"""

from __future__ import annotations

import numpy as np
import pytest

from reader.core.align import stray
from reader.core.align.aligner import _unweighed, align
from reader.core.align.anchors import Weights
from reader.core.align.lexicon import WordEvidence
from reader.core.align.search import STRAY_BONUS, Problem, prior_cost
from reader.core.align.stray import strays
from reader.core.text.languages import Detection, detect_language, script_of
from tests.align_baseline import load_cases

GERMAN = [
    "Am frühen Morgen verließen wir die Hütte bei klarem Himmel.",
    "Der Weg zum Gletscher war steil und mit Geröll bedeckt.",
    "Nach zwei Stunden erreichten wir den Einstieg der Nordwand.",
    "Das Eis war hart, und wir kamen nur langsam voran.",
    "Gegen Mittag zog Nebel auf, und der Wind wurde stärker.",
    "Trotzdem standen wir am Nachmittag glücklich auf dem Gipfel.",
    "Der Abstieg über den Westgrat dauerte länger als erwartet.",
    "Erst in der Nacht kehrten wir müde, aber zufrieden zur Hütte zurück.",
]
FRENCH = [
    "Tôt le matin, nous avons quitté la cabane sous un ciel clair.",
    "Le chemin vers le glacier était raide et couvert d'éboulis.",
    "Après deux heures, nous avons atteint le pied de la face nord.",
    "La glace était dure et nous n'avancions que lentement.",
    "Vers midi, le brouillard s'est levé et le vent a forci.",
    "Pourtant, l'après-midi, nous étions heureux au sommet.",
    "La descente par l'arête ouest a duré plus longtemps que prévu.",
    "Ce n'est que dans la nuit que nous sommes rentrés à la cabane, fatigués mais contents.",
]
ADVERTISEMENT = [
    "Für jedes Wetter die richtige Jacke von Bergsport.",
    "Fragen Sie Ihren Fachhändler nach dem neuen Katalog.",
    "Bergsport GmbH, Hauptstrasse 12, Zürich",
]
DEBRIS = ["JfV", ",r", "■ iv V V .", "* , *^"]


def test_a_paragraph_in_the_other_texts_language_or_in_no_language_is_stray() -> None:
    found = strays([*FRENCH[:2], *ADVERTISEMENT, *DEBRIS, *FRENCH[2:]], "fr", "de")
    assert found == [0.0] * 2 + [1.0] * (len(ADVERTISEMENT) + len(DEBRIS)) + [0.0] * 6


def test_a_caption_is_stray_only_beside_stray_text() -> None:
    # A name and a height are no word of either language: beside the German sentences the line
    # is part of the advertisement, among French ones it is a caption.
    caption = "Kangchenjunga (8586 m)"
    assert strays([FRENCH[0], caption, FRENCH[1]], "fr", "de") == [0.0, 0.0, 0.0]
    assert strays([*ADVERTISEMENT[:2], caption, FRENCH[1]], "fr", "de") == [1.0, 1.0, 1.0, 0.0]
    assert strays([FRENCH[0], caption, *ADVERTISEMENT[:2]], "fr", "de") == [0.0, 1.0, 1.0, 1.0]


def test_short_sentences_and_untranslated_words_are_not_stray() -> None:
    text = ["Oh, non !", "Le Weisshorn, vu du Zinalrothorn.", "Il a dit : « Danke ».", "Ah !"]
    assert strays(text, "fr", "de") == [0.0] * 4


def test_by_script_and_language_where_the_languages_are_written_in_two() -> None:
    english_line = "In which the boy meets an old man who sells books by the river."
    chinese = ["他走进了房间。", english_line, "“你是谁？”"] * 20  # a book: the identifier is asked
    english = [
        "He came into the room.",
        "第一回，少年在河边遇见了卖书的老人。",
        "'Who are you?'",
    ] * 20
    assert strays(chinese, "zh", "en") == [0.0, 1.0, 0.0] * 20
    assert strays(english, "en", "zh") == [0.0, 1.0, 0.0] * 20
    # In an article, the identifier's model is not loaded for one paragraph: the script alone
    # does not tell the other text's language from a third.
    assert strays(chinese[:3], "zh", "en") == [0.0, 0.0, 0.0]
    # English inside an Arabic text aligned with Indonesian is in neither text's language
    # (a publisher's notice, or a version of a third language): the script alone says nothing.
    arabic = ["وصل الرئيس إلى جاكرتا صباح الاثنين.", english_line]
    assert strays(arabic, "ar", "id") == [0.0, 0.0]


def test_an_advertisement_inside_the_translation_is_left_without_counterpart() -> None:
    french = [*FRENCH[:5], *ADVERTISEMENT, *DEBRIS[:2], *FRENCH[5:]]
    beads = [(b.source, b.target) for b in align(GERMAN, french, "de", "fr").beads]
    inserted = len(ADVERTISEMENT) + 2
    expected = [((i,), (i,)) for i in range(5)]
    expected += [((), (j,)) for j in range(5, 5 + inserted)]
    expected += [((i,), (i + inserted,)) for i in range(5, 8)]
    assert beads == expected


def test_the_bead_of_a_stray_paragraph_is_scored_as_likely_without_counterpart() -> None:
    french = [*FRENCH[:5], "* , *^ -", *FRENCH[5:]]
    alignment = align(GERMAN, french, "de", "fr")
    alone = [b for b in alignment.beads if not b.source]
    assert [b.target for b in alone] == [(5,)]
    assert alone[0].score > 0.5


def test_where_learnt_words_weigh_a_line_they_and_not_the_stray_test_price_its_beads() -> None:
    # Text+Berg's German has names and references on lines of their own ("- Heinrich Roiss :"
    # before the article it cites), which the stray test takes for no language; the French
    # renders them inside a sentence. Where learnt pairs or cognates weigh such a line (it
    # holds a word that can link across a bead), the line is no longer stray; debris, which
    # holds no such word, is.
    source = [{"roiss", "heinr"}, {"berge"}, set()]  # a name, a sentence, debris
    target = [{"roiss"}, {"monta"}]
    evidence = WordEvidence(source, target, {"roiss": {"roiss"}, "berge": {"monta"}})
    assert _unweighed(([1.0, 0.0, 0.75], [0.5, 0.0]), evidence) == ([0.0, 0.0, 0.75], [0.0, 0.0])


def test_stray_weights_taken_after_a_search_price_beads_in_every_engine() -> None:
    # The engines keep span sums of the stray weights from their first search: weights taken
    # afterwards (``use_strays``) must reach them, as they reach ``Problem.cost``.
    lengths = [40, 12, 55, 30, 61, 25], [38, 70, 33, 58, 27]
    nothing = Weights([{}] * 6, [{}] * 5, [0.0] * 6, [0.0] * 5)
    before = [0.0, 1.0, 0.0, 0.0, 0.5, 0.0], [0.0, 0.0, 0.75, 0.0, 0.0]
    after = [0.0, 0.0, 0.0, 1.0, 0.5, 0.0], [0.25, 0.0, 0.0, 0.0, 0.0]
    problem = Problem(*lengths, nothing, strays=before)
    rows, first, last = np.arange(2, 7), np.full(5, 1), np.full(5, 5)
    problem.costs_over(2, 1, rows, first, last)  # the engines' sums built with ``before``
    problem.costs_to(0, 2, 1, 1, 5)
    problem.use_strays(after)
    fresh = Problem(*lengths, nothing, strays=after)
    assert problem.costs_over(2, 1, rows, first, last).tolist() == pytest.approx(
        fresh.costs_over(2, 1, rows, first, last).tolist()
    )
    for i in range(2, 7):
        row = problem.costs_to(i - 2, i, 1, 1, 5)
        assert row == pytest.approx(fresh.costs_to(i - 2, i, 1, 1, 5))
        assert row == pytest.approx(
            [fresh.cost(i - 2, i, j - 1, j) - prior_cost(2, 1) for j in range(1, 6)]
        )
    assert problem.cost(3, 4, 0, 0) == fresh.cost(3, 4, 0, 0) == prior_cost(1, 0) - STRAY_BONUS


# -- the identifier asked less: a third language told by its commonest words ---------------------


def _third_language_text() -> tuple[list[str], list[str]]:
    """An Arabic text of a book's length (the identifier is asked) beside an Indonesian one,
    holding the English and French translations of the evaluation set's Indonesian articles
    (a "translation" in three languages, as the bench's mixed pair), and the Indonesian
    paragraphs that the Arabic ones render."""
    cases = load_cases()
    arabic = [p for c in cases if c.target_language == "ar" for p in c.target]
    foreign = [p for c in cases if c.target_language in ("en", "fr") for p in c.target]
    indonesian = [p for c in cases if c.target_language == "ar" for p in c.source]
    return [*arabic, *foreign], indonesian


def test_a_paragraph_in_a_third_language_is_told_by_its_commonest_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # English and French inside an Arabic text beside an Indonesian one: "the", "of", "and",
    # "de", "la", "les" are not Indonesian's commonest words. The identifier is asked only
    # about the headlines and captions that hold too few of them to tell, and about an
    # untranslated Indonesian paragraph, which stays stray.
    text, indonesian = _third_language_text()
    untranslated = indonesian[4]
    text = [*text, untranslated]
    asked: list[str] = []

    def identify(paragraph: str) -> Detection:
        asked.append(paragraph)
        return detect_language(paragraph)

    monkeypatch.setattr(stray, "detect_language", identify)
    found = strays(text, "ar", "id")
    assert found == [0.0] * (len(text) - 1) + [1.0]
    latin = [p for p in text if script_of(p[0]) == "Latn"]
    assert untranslated in asked
    assert len(asked) < len(latin) / 3
    assert all(len(p.split()) < 20 for p in asked if p != untranslated)


def test_the_commonest_words_decide_as_the_identifier_would() -> None:
    # Asked about every paragraph, the identifier gives every stray weight the shortcut gives,
    # untranslated Indonesian paragraphs among English and French ones included.
    text, indonesian = _third_language_text()
    text = [p for pair in zip(text, indonesian * 3, strict=False) for p in pair]
    shortcut = strays(text, "ar", "id")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(stray, "_spoken_for_elsewhere", lambda words, language: False)
        assert strays(text, "ar", "id") == shortcut
    assert 10 < shortcut.count(1.0) < len(indonesian)


def test_no_real_paragraph_is_ruled_out_of_its_own_language() -> None:
    # Every paragraph of the evaluation set, in Indonesian, Arabic, English and French, and
    # the German and French above: none is said to be in another language, whatever names and
    # numbers it holds; the German advertisement inside the French text is.
    by_language = {"de": GERMAN, "fr": [*FRENCH]}
    for case in load_cases():
        by_language.setdefault(case.source_language, []).extend(case.source)
        by_language.setdefault(case.target_language, []).extend(case.target)
    for language, paragraphs in by_language.items():
        for paragraph in paragraphs:
            assert not stray._spoken_for_elsewhere(stray._WORD.findall(paragraph), language)
    assert stray._spoken_for_elsewhere(stray._WORD.findall(ADVERTISEMENT[0]), "fr")
    # A word of one letter is an initial, a unit or an elision: it speaks for no language.
    assert not stray._spoken_for_elsewhere(["A", "B", "C", "D", "E", "F", "K", "L", "M", "N"], "de")
    # A language without wordfreq's list, or alone in its script, is always asked about.
    assert not stray._spoken_for_elsewhere(["the", "of", "and", "to", "in", "is"], "jv")
    assert not stray._spoken_for_elsewhere(["שלום", "של", "את", "על"], "he")
