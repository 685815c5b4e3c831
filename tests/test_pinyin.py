"""Chinese names matched by their pinyin in a Latin-script translation (``reader.core.text.pinyin``),
as the aligner's anchors use them (issue 18: anchors on both sides)."""

from __future__ import annotations

from reader.core.align.aligner import align
from reader.core.align.anchors import Words, anchor_weights
from reader.core.text.pinyin import HanNames, han_keys, latin_name_key


def shared_names(source: list[str], target: list[str], languages: tuple[str, str]) -> set[str]:
    """The name keys that the two texts' anchors share."""
    weights = anchor_weights((source, target), languages, (Words.read(source), Words.read(target)))
    keys = set().union(*weights.source) & set().union(*weights.target)
    return {key for key in keys if key.startswith("N")}


def test_two_and_three_characters_are_keyed_by_their_pinyin_run_together() -> None:
    keys = han_keys("我叫陈清扬，在云南插队。")
    assert {"qingyang", "chenqingyang", "yunnan", "chadui"} <= keys
    assert "chen" not in keys and "yang" not in keys  # one syllable says too little
    assert "yangzai" not in keys  # no window across the comma


def test_a_latin_word_is_keyed_by_its_letters_if_it_can_be_two_syllables() -> None:
    assert latin_name_key("Qingyang") == "qingyang"
    assert latin_name_key("Xi'an") == "xian"
    assert latin_name_key("Lü") is None and latin_name_key("Wei") is None


def test_only_the_spans_whose_pinyin_the_other_text_holds_are_kept_homophones_included() -> None:
    names = HanNames(frozenset({"qingyang", "daiyu"}), ["陈清扬来了", "青杨树下", "她在云南"])
    assert names.held == {"清扬": "qingyang", "青杨": "qingyang"}
    assert names.keys("陈清扬在青杨树下") == {"qingyang"}
    assert names.keys("她在云南") == set()


def test_a_chinese_name_and_its_pinyin_are_one_anchor() -> None:
    source = ["王琦瑶来了，坐在窗边。", "天已经黑了。"]
    target = ["Wang Qiyao came and sat by the window.", "It was already dark."]
    assert shared_names(source, target, ("zh", "en")) == {"Nqiyao"}
    assert shared_names(target, source, ("en", "zh")) == {"Nqiyao"}
    assert shared_names(source, ["Wang Qiyao vint s'asseoir.", "Il faisait nuit."], ("zh", "fr"))


def test_no_pinyin_is_read_for_japanese_nor_for_an_ordinary_word_capitalised() -> None:
    japanese = ["王琦瑶が来て、窓辺に座った。", "もう暗かった。"]
    assert not shared_names(japanese, ["Wang Qiyao came.", "It was dark."], ("ja", "en"))
    # 里克 is "like": a word the English also writes in lower case is no name.
    chinese = ["里克说。", "天黑了。"]
    english = ["Like he said.", "It was dark like ink."]
    assert not shared_names(chinese, english, ("zh", "en"))


def test_a_bead_whose_two_sides_share_a_name_is_surer_than_one_whose_names_differ() -> None:
    source = ["那天晚上弄堂里的灯一盏一盏亮起来。", "王琦瑶来了。", "她坐在窗边。"]
    same = ["That evening the lamps came on one by one in the lane.", "Wang Qiyao came."]
    other = [same[0], "Jiang Lili came."]
    sure = align(source, [*same, "She sat by the window."], "zh", "en").beads[1]
    unsure = align(source, [*other, "She sat by the window."], "zh", "en").beads[1]
    assert (sure.source, sure.target) == (unsure.source, unsure.target) == ((1,), (1,))
    assert sure.score > unsure.score
