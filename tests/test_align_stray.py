"""Paragraphs that are not a translation (issue 18, third round): the other text's language inside
a text, or the debris of a scan, become paragraphs without counterpart instead of being merged
into a neighbour's bead.

The texts are written for these tests: a German account of a climb, its French translation, and
a German advertisement printed inside the French, as scanned yearbooks have them.
"""

from __future__ import annotations

from reader.core.align.aligner import align
from reader.core.align.stray import strays

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
