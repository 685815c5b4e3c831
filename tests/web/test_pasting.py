"""Text from the clipboard as a version (pure: no Qt): HTML reduced to text without running or
loading anything, plain text into paragraphs, the language detected or left to ask, the origin
defaulted, and a version added to an article folder without overwriting anything."""

from __future__ import annotations

import gzip
import hashlib
import pickle
import shutil
import tomllib
from pathlib import Path

import pytest

from reader.core.errors import ReaderError
from reader.core.ingest.loading import load_folder
from reader.core.ingest.parsing import split_blocks
from reader.core.model import Origin, Role, VersionKey
from reader.core.web.outcomes import FetchError
from reader.core.web.pasting import (
    Clipping,
    OriginReason,
    clipping,
    html_to_text,
    pasted_language,
    pasted_origin,
    pasted_version,
    plain_to_text,
    save_pasted,
)

FRENCH = (
    "Le port de Semarang construit une digue de 3,6 kilomètres pour protéger les quartiers du "
    "nord contre les inondations marines qui reviennent chaque mois."
)


@pytest.fixture
def folder(sample: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "article"
    shutil.copytree(sample, copy)
    return copy


def test_html_becomes_paragraphs_and_nothing_in_it_is_run_or_kept() -> None:
    markup = """<html><head><title>Page title</title><style>p {color: red}</style>
    <script>document.write('never')</script></head><body><!--StartFragment-->
    <h1>Judul   berita</h1>
    <figure><img src="file:///etc/passwd" alt="alt text"><figcaption>Foto: warga (Antara)</figcaption></figure>
    <p>Satu <b>dua</b>
       tiga<br>empat&nbsp;lima</p>
    <iframe src="https://ads.example/"></iframe><noscript>enable scripts</noscript>
    <div>atas<br><br>bawah</div>
    <ul><li>pertama</li><li>kedua</li></ul>
    <table><tr><td>sel</td><td>kedua</td></tr></table>
    <pre>baris 1
baris 2</pre><!--EndFragment--></body></html>"""
    assert split_blocks(html_to_text(markup)) == [
        "Judul berita",
        "Foto: warga (Antara)",
        "Satu dua tiga\nempat lima",
        "atas",
        "bawah",
        "pertama",
        "kedua",
        "sel kedua",
        "baris 1\nbaris 2",
    ]
    text = html_to_text(markup)
    for never in ("never", "red", "passwd", "alt text", "enable scripts", "Page title", "ads"):
        assert never not in text


def test_chinese_lines_of_markup_are_not_spaced() -> None:
    assert html_to_text("<p>三宝垄开始\n建设海堤</p>") == "三宝垄开始建设海堤"


@pytest.mark.parametrize("markup", ["", "   ", "<!-- nothing -->", "<script>x()</script>"])
def test_markup_without_text_gives_nothing(markup: str) -> None:
    assert html_to_text(markup) == ""


def test_plain_text_keeps_its_blank_lines_or_takes_each_line_as_a_paragraph() -> None:
    assert (
        plain_to_text("Judul\nFoto: x (Antara)\n\nBadan.\r\n")
        == "Judul\nFoto: x (Antara)\n\nBadan."
    )
    assert plain_to_text("one\r\ntwo\rthree\n") == "one\n\ntwo\n\nthree"


def test_the_clipboard_s_html_is_preferred_and_an_empty_clipboard_refused() -> None:
    assert clipping("<p>a</p><p>b</p>", "a b") == Clipping("a\n\nb", "<p>a</p><p>b</p>")
    assert clipping("<img src=x.png>", "plain") == Clipping("plain")
    with pytest.raises(ReaderError, match="The clipboard holds no text to paste"):
        clipping(None, " \n ")


def test_the_language_is_detected_or_left_to_ask() -> None:
    assert pasted_language(FRENCH) == ("fr", True)
    assert pasted_language("بدأت حكومة مدينة سيمارانغ بناء جدار بحري") == ("ar", True)
    assert pasted_language("Jakarta, 2019") == (None, False)  # too short to tell
    # Indonesian is close to Malay: the detector is not sure of a short sentence, unless the
    # article already has an Indonesian version.
    sentence = "Presiden Rusia Vladimir Putin mengirim surat kepada pemimpin Korea Utara."
    code, clear = pasted_language(sentence)
    assert code == "id" and not clear
    assert pasted_language(sentence, {"id", "ar"}) == ("id", True)


def test_the_origin_is_original_in_the_source_language_and_unknown_otherwise(
    folder: Path,
) -> None:
    article = load_folder(folder)
    assert pasted_origin(article, "id") == (Origin.ORIGINAL, OriginReason.AUTHORITATIVE)
    assert pasted_origin(article, "ar") == (Origin.UNKNOWN, OriginReason.UNRECORDED)
    version = pasted_version(article, FRENCH, "fr", Origin.UNKNOWN, remarks=("kept",))
    assert version.key == VersionKey("fr", 2) and version.path is None
    assert version.remarks == ("kept",) and version.paragraphs[0].role is Role.TITLE


def test_a_pasted_version_is_added_to_the_folder_with_its_html(folder: Path) -> None:
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    html = f"<p>{FRENCH}</p><p>Deuxième paragraphe.</p>"
    key = save_pasted(folder, clipping(html, None), "fr", Origin.UNKNOWN)
    assert key == VersionKey("fr", 2)
    assert (folder / "fr-2.txt").read_text("utf-8") == f"{FRENCH}\n\nDeuxième paragraphe.\n"
    raw = (folder / "raw" / "fr-2.html.gz").read_bytes()
    assert gzip.decompress(raw) == html.encode()
    entry = tomllib.loads((folder / "article.toml").read_text("utf-8"))["versions"][-1]
    assert entry["file"] == "fr-2.txt" and entry["origin"] == "unknown"
    assert entry["sha256"] == hashlib.sha256(html.encode()).hexdigest()
    assert entry["retrieved"].endswith("Z") and "url" not in entry
    for name, data in before.items():
        if name != "article.toml":
            assert (folder / name).read_bytes() == data  # nothing else touched
    assert [v.revision for v in load_folder(folder).revisions("fr")] == [1, 2]


def test_a_stray_file_of_that_name_is_never_overwritten(folder: Path) -> None:
    (folder / "en-2.txt").write_text("somebody's notes", "utf-8")
    key = save_pasted(
        folder, clipping(None, "English text pasted here.\n\nTwo."), "en", Origin.HUMAN
    )
    assert key == VersionKey("en", 2)
    assert (folder / "en-2.txt").read_text("utf-8") == "somebody's notes"
    assert (folder / "en-2_2.txt").read_text("utf-8") == "English text pasted here.\n\nTwo.\n"
    assert not (folder / "raw").exists()  # plain text: no raw copy
    assert load_folder(folder).find(key).path.name == "en-2_2.txt"


def test_a_fetch_error_crosses_a_pipe_whole() -> None:
    error = pickle.loads(pickle.dumps(FetchError("https://x.example/a", "the server answered 404")))
    assert (error.url, error.reason) == ("https://x.example/a", "the server answered 404")
    assert str(error) == "https://x.example/a: the server answered 404"
