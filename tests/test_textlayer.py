"""The one text layer (reader.core.text): what the aligner, the checks and the diff share, and
the disagreements between them that it settled: how numbers are read, how text is cut into
words, how Arabic is folded and stemmed, what locale data comes from CLDR and when it loads."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from babel import Locale
from babel.localedata import locale_identifiers
from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.cli import main
from reader.core.align.anchors import number_keys
from reader.core.text.arabic import stems
from reader.core.text.fold import fold, unmarked
from reader.core.text.numbers import NumberKind, extract_numbers
from reader.core.text.numbers.scales import scale_words
from reader.core.text.tokens import comparison_key, is_wordlike, token_texts, tokenize
from reader.core.text.words import paragraph_words, whole_words, words

# -- numbers: one reading for the aligner and the checks -----------------------------------------


def _findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str, language: str
) -> list[str]:
    """The checks ``reader check --json`` reports on an Indonesian source and ``target``."""
    source = (
        "Bantuan banjir\n\nPemerintah menyiapkan 2 triliun rupiah untuk korban banjir tahun ini."
    )
    (tmp_path / "source.txt").write_text(source, encoding="utf-8")
    (tmp_path / "target.txt").write_text(target, encoding="utf-8")
    argv = ["check", str(tmp_path / "source.txt"), str(tmp_path / "target.txt")]
    argv += ["--source-lang", "id", "--target-lang", language, "--json"]
    assert main(argv) in (0, 1)
    data = json.loads(capsys.readouterr().out)
    return [f["check"] for f in data["findings"]]


def test_two_triliun_is_two_french_billions_and_two_thousand_milliards(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A French billion is 10^12, an Indonesian triliun: the translation is right.
    right = "Aide aux inondations\n\nLe gouvernement prépare 2 billions de roupies pour les victimes cette année."
    assert "number-mismatch" not in _findings(tmp_path, capsys, right, "fr")
    # 2 milliards would be 10^9: a thousand times less, and reported.
    wrong = "Aide aux inondations\n\nLe gouvernement prépare 2 milliards de roupies pour les victimes cette année."
    assert "number-mismatch" in _findings(tmp_path, capsys, wrong, "fr")
    # In English the same word is 10^9: "2 billion" is the mistranslation there.
    english = (
        "Flood aid\n\nThe government is setting aside 2 billion rupiah for the victims this year."
    )
    assert "number-mismatch" in _findings(tmp_path, capsys, english, "en")
    trillion = (
        "Flood aid\n\nThe government is setting aside 2 trillion rupiah for the victims this year."
    )
    assert "number-mismatch" not in _findings(tmp_path, capsys, trillion, "en")


# Languages, the words around a number in each, and whether the scale word follows the digits
# without a space.
_CONTEXTS = {
    "id": ("jumlahnya", "orang"),
    "en": ("a total of", "people"),
    "fr": ("au total", "personnes"),
    "de": ("insgesamt", "Menschen"),
    "es": ("en total", "personas"),
    "pt": ("no total", "pessoas"),
    "ru": ("всего", "человек"),
    "ar": ("المجموع", "شخص"),
    "zh": ("共有", "人"),
}


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(sorted(_CONTEXTS)),
    st.one_of(
        st.integers(min_value=0, max_value=10**9).map(Decimal),
        st.tuples(st.integers(0, 99_999), st.integers(1, 99)).map(
            lambda p: Decimal(f"{p[0]}.{p[1]:02d}").normalize()
        ),
    ),
    st.booleans(),
    st.integers(min_value=0, max_value=20),
    st.booleans(),
)
def test_the_aligner_and_the_checks_read_the_same_value(
    language: str, value: Decimal, scaled: bool, scale_index: int, native: bool
) -> None:
    """Any number CLDR writes in a language (its marks, its digits, a scale word of its own)
    is read to one value, and the aligner's anchors and the checks both read that value."""
    system = "arab" if language == "ar" and native else "latn"
    numeral = format_decimal(value, locale=language, numbering_system=system)
    words = sorted(scale_words(language).items()) if scaled else []
    own = [(w, f) for w, f in words if w in _own_words(language)]
    word, factor = own[scale_index % len(own)] if own else ("", 1)
    before, after = _CONTEXTS[language]
    if language == "zh":
        text = f"{before}{numeral}{word}{after}"
    else:
        text = f"{before} {numeral}{' ' + word if word else ''} {after}"
    expected = value * factor
    checks = [m.value for m in extract_numbers(text, language)]
    assert checks == [expected], text
    assert number_keys(text, language) == [f"#{format(expected.normalize(), 'f')}"], text


def _own_words(language: str) -> set[str]:
    from reader.core.text.numbers.scales import _WORDS

    return {fold(w) for w in _WORDS[language]}


_SCALE_LANGUAGES = [
    "id",
    "ms",
    "en",
    "fr",
    "de",
    "es",
    "pt",
    "pt-PT",
    "it",
    "nl",
    "tr",
    "ru",
    "ar",
    "zh",
    "ja",
    "ko",
]


@pytest.mark.parametrize("language", _SCALE_LANGUAGES)
def test_scale_words_agree_with_cldr(language: str) -> None:
    """Every scale word CLDR's long compact formats give a language (``0 milliard``,
    ``0 billion``, ``0万``) means the same power of ten in the table the reader uses: long and
    short scale as CLDR has them."""
    locale = Locale.parse(language.replace("-", "_"))
    table = scale_words(language)
    formats = locale.compact_decimal_formats["long"]
    checked = 0
    for plural in formats:
        for magnitude, pattern in formats[plural].items():
            text = pattern.pattern if hasattr(pattern, "pattern") else str(pattern)
            zeros = text.count("0")
            word = text.replace("0", "").strip()
            if not zeros or not word or len(magnitude) > 13:
                continue  # the table goes up to the trillions (10^12), as news amounts do
            power = len(magnitude) - zeros
            assert table.get(fold(word)) == 10**power, (word, magnitude)
            checked += 1
    assert checked


@pytest.mark.parametrize(
    "language", ["id", "ms", "en", "fr", "de", "es", "pt", "it", "nl", "tr", "ru", "ar", "fa"]
)
def test_every_month_cldr_names_is_read_as_a_date(language: str) -> None:
    """The wide month names of the language and of each of its regional locales in CLDR
    (Arabic: Egyptian, Levantine, Iraqi, Maghrebi, Moroccan names) make a date with a day."""
    script = Locale.parse(language).script
    regions = [
        code
        for code in locale_identifiers()
        if code == language
        or (code.startswith(language + "_") and Locale.parse(code).script == script)
    ]
    for code in regions:
        for number, name in Locale.parse(code).months["format"]["wide"].items():
            text = f"pada 15 {name} 2020" if language == "id" else f"15 {name} 2020"
            dates = [m for m in extract_numbers(text, language) if m.kind is NumberKind.DATE]
            assert [(m.value, m.month) for m in dates] == [(15, number)], (code, name)


def test_a_pasted_run_of_forty_digits_is_read_not_crashed_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    digits = "1" * 40
    target = f"Flood aid\n\nReference {digits} of the aid programme."
    source = f"Bantuan banjir\n\nReferensi {digits} program bantuan."
    (tmp_path / "s.txt").write_text(source, encoding="utf-8")
    (tmp_path / "t.txt").write_text(target, encoding="utf-8")
    assert main(["check", str(tmp_path / "s.txt"), str(tmp_path / "t.txt"), "--json"]) in (0, 1)
    assert "number-mismatch" not in capsys.readouterr().out


# -- one cut into words --------------------------------------------------------------------------


def test_a_hangul_word_is_one_word_for_the_diff_and_for_the_checks() -> None:
    text = "한국어 뉴스"  # Korean writes spaces between words
    assert [t for t in token_texts(text) if not t.isspace()] == ["한국어", "뉴스"]
    assert [w.text for w in words(text)] == ["한국어", "뉴스"]


def test_a_thai_tone_mark_stays_on_its_consonant_for_everyone() -> None:
    text = "ไม่ได้"  # mai (with the tone mark ่) dai (with the vowel sign ้)
    diff_tokens = token_texts(text)
    check_words = [w.text for w in words(text)]
    assert diff_tokens == check_words == ["ไ", "ม่", "ไ", "ด้"]
    assert whole_words(text, 2, 3) == (1, 3)  # a span ending on the tone mark takes the letter


_SCRIPTS = st.text(
    alphabet=st.sampled_from(
        list("ab Zé1.,'’-٣٫٬")
        + list("مَدْرسة")
        + ["\u0640", "\u200c", "\u200d"]
        + list("金正ウクライナで한국어ไม่ได้")
        + ["\u0301", "\n", "\u202e", "👍", "🏻"]
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(_SCRIPTS)
def test_the_checks_words_are_the_diffs_word_tokens(text: str) -> None:
    expected = [(t.text, t.start, t.end) for t in tokenize(text) if is_wordlike(t.kind)]
    assert [tuple(w) for w in words(text)] == expected
    for start in range(len(text) + 1):
        for end in range(start, min(len(text), start + 6) + 1):
            s, e = whole_words(text, start, end)
            assert s <= start and e >= end
            inside = [
                w for w in paragraph_words(text) if w.start < s < w.end or w.start < e < w.end
            ]
            assert not inside, (text, start, end, s, e)


# -- Arabic: one fold, one stemmer ---------------------------------------------------------------


def test_one_fold_at_two_levels() -> None:
    # The diff's level: vowel marks and tatweel only.
    assert comparison_key("كَتَبَ") == unmarked("كتـــب") == "كتب"
    assert comparison_key("أحمد") != comparison_key("احمد")  # a hamza seat is a real change
    # The lookups' level: hamza seats, alef maqsura, ta marbuta, case and accents too.
    assert fold("أَلْفًا") == fold("الفا") and fold("مدرسة") == fold("مدرسه")
    assert fold("Août") == "aout"


def test_the_stemmer_takes_every_proclitic_off_in_order() -> None:
    assert stems("وبالكرملين") == ("وبالكرملين", "بالكرملين", "الكرملين", "كرملين")
    assert stems("للكرملين")[-1] == "كرملين"  # li + al, written with one alef less
    assert stems("بوتين") == ("بوتين", "وتين")  # a reading offered, not a choice made
    assert stems("كيم") == ("كيم",)  # too short to lose a letter


# -- CLDR, loaded only when needed ---------------------------------------------------------------

_WINDOW_PROBE = """
import sys, tempfile
from pathlib import Path
from reader.cli import sample_path
from reader.core.ingest.loading import load
from reader.ui.app import application, open_window
from reader.ui.context import AppContext

app = application()
window = open_window(AppContext(Path(tempfile.mkdtemp())), load([sample_path()]))
window.text_painted.connect(app.quit)
app.exec()
print(window.compare, sorted(m for m in sys.modules if m.split(".")[0] == "babel"))
"""


def test_the_window_starts_without_loading_babel() -> None:
    """The window aligns the sample's two versions before its first paint, reading their
    numbers; none needs a locale's conventions, so no Babel module is imported."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _WINDOW_PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=True,
    )
    assert done.stdout.split() == ["True", "[]"]


def test_babel_loads_when_a_numeral_needs_a_convention() -> None:
    code = (
        "import sys; from reader.core.align.aligner import align;"
        "align(['Harga 2019 naik 15 persen'], ['Prices rose 15 percent in 2019'], 'id', 'en');"
        "print('babel' in sys.modules);"
        "align(['Harga 1.000'], ['Price 1,000'], 'id', 'en');"
        "print('babel' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["False", "True"]


def test_word_frequencies_tell_an_arabic_word_from_a_transliteration() -> None:
    from reader.core.text.frequency import is_common, zipf

    # Ordinary Arabic words that share their consonants with Indonesian function words ...
    assert all(is_common(w, "ar") for w in ("عليه", "إليه", "صباح", "إدارة", "رسمي"))
    assert zipf("عليه", "ar") > 6
    # ... and transliterations of Indonesian words, which Arabic does not write.
    assert not any(is_common(w, "ar") for w in ("برساما", "سيباغاي", "سيمنتارا", "دالام"))
    assert zipf("عليه", "xx-unknown") == 0.0


@pytest.mark.parametrize("language", ["en", "fr", "id", "tr", "ar"])
def test_a_languages_commonest_words_are_the_head_of_its_list(language: str) -> None:
    from reader.core.text.frequency import commonest, zipf

    # Read from the head of the file alone, they are the words of the whole list that make up
    # 40 % of the language's text, commonest first, and no fewer.
    words = commonest(language, 0.4)
    frequencies = sorted((zipf(w, language) for w in words), reverse=True)
    share = sum(10 ** (f - 9) for f in frequencies)
    assert share >= 0.4 > share - sum(10 ** (f - 9) for f in frequencies if f == frequencies[-1])
    assert all(f > 5 for f in frequencies)
    assert commonest(language, 0.2) < words


def test_commonest_words_of_english_and_of_a_language_without_a_list() -> None:
    from reader.core.text.frequency import commonest

    assert {"the", "of", "and", "is"} <= commonest("en", 0.4)
    assert not {"yang", "government", "le"} & commonest("en", 0.4)
    assert {"yang", "dan", "di"} <= commonest("id", 0.4)
    # Javanese has no list: nothing, and wordfreq's tables are not loaded to say so.
    code = (
        "import sys; from reader.core.text.frequency import commonest;"
        "print(len(commonest('jv', 0.4)), 'wordfreq' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split() == ["0", "False"]
