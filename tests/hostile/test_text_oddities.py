"""Text that was mangled before it reached Reader: reversed (visual order), pre-shaped,
carrying separators and noncharacters. Pure: no Qt."""

from __future__ import annotations

import pytest

from reader.core.ingest.encodings import VISUAL_ORDER_REMARK, decode, stored_in_visual_order
from reader.core.ingest.loading import load
from reader.core.ingest.parsing import parse_text
from tests.hostile.corpus import SAMPLE, UNASSIGNED, arabic, presentation_forms, visual_order

# A Persian news paragraph: no article "ال", and words that end in "لا" (بالا, طلا).
PERSIAN = (
    "قیمت طلا در بازار تهران امروز بالا رفت و کارشناسان می‌گویند که این روند تا پایان هفته "
    "ادامه خواهد داشت. به گفته فعالان بازار، تقاضا برای سکه و طلا در روزهای اخیر بالا بوده "
    "است و فروشندگان انتظار دارند قیمت‌ها بالا بماند. بانک مرکزی هنوز درباره این افزایش "
    "توضیحی نداده است اما گزارش‌ها نشان می‌دهد که نرخ ارز نیز بالا رفته است."
)


@pytest.mark.parametrize(
    "text",
    [
        arabic(),
        (SAMPLE / "ar-2.txt").read_text(encoding="utf-8"),
        decode(presentation_forms().encode()).text,
        PERSIAN,
        "قال المتحدث أولا إن الوضع مستقر، وأضاف مثلا أن الحكومة تعمل فعلا على تحسين الاقتصاد "
        "قليلا قبل الانتخابات، لكن المعارضة لا ترى ذلك كاملا ولا شاملا.",  # adverbs in لا
    ],
    ids=["seed", "post-edited", "unshaped", "persian", "adverbs"],
)
def test_logical_text_is_not_taken_for_visual_order(text: str) -> None:
    assert not stored_in_visual_order(text)


@pytest.mark.parametrize("shaped", [False, True], ids=["reversed", "reversed-and-shaped"])
def test_reversed_arabic_is_recognised_and_said_so(shaped: bool) -> None:
    decoded = decode(visual_order(shaped).encode("utf-8"))
    assert stored_in_visual_order(decoded.text)
    assert VISUAL_ORDER_REMARK in decoded.remarks
    # Kept as stored: Reader does not pretend to restore the order.
    assert decoded.text.count("\n") == visual_order(shaped).count("\n")


def test_a_few_reversed_words_are_too_little_evidence() -> None:
    reversed_words = " ".join(word[::-1] for word in arabic().split()[:6])
    assert not stored_in_visual_order(reversed_words)


def test_noncharacters_are_not_taken_for_presentation_forms() -> None:
    decoded = decode(UNASSIGNED.encode("utf-8"))
    assert not any("presentation forms" in remark for remark in decoded.remarks)
    assert "\ufdd0" not in decoded.text and "\ufffe" not in decoded.text
    assert "\u0378" in decoded.text and "\U00050000" in decoded.text  # unassigned: kept


def test_unicode_separators_break_lines_and_paragraphs_like_newlines() -> None:
    """U+2029 would otherwise become a block boundary in Qt but not a paragraph in Reader,
    and every paragraph number after it would point one block off."""
    decoded = decode("Judul\u2029Paragraf satu\u2028baris dua\u2029Paragraf dua".encode())
    paragraphs = parse_text(decoded.text, "id").paragraphs
    assert [p.text for p in paragraphs] == ["Judul", "Paragraf satu\nbaris dua", "Paragraf dua"]


def test_bidi_control_note_names_what_and_where(tmp_path) -> None:
    path = tmp_path / "ar.txt"
    text = arabic().replace("2019", "\u202e2019", 1).replace("Kremlin.ru", "\u2067Kremlin.ru\u2069")
    path.write_text(text, encoding="utf-8")
    (version,) = load([path]).versions
    (note,) = [r for r in version.remarks if "bidi control" in r]
    where = [
        str(i) for i, p in enumerate(version.paragraphs) if "\u202e" in p.text or "\u2067" in p.text
    ]
    assert note.startswith("3 bidi control characters (")
    assert set(note[note.index("(") + 1 : note.index(")")].split(", ")) == {"RLO", "RLI", "PDI"}
    assert f"in paragraph{'s' * (len(where) > 1)} {', '.join(where)}:" in note
    assert "\u202e2019" in version.text  # the text itself is kept as stored
