"""Article folders and loose files (pure: no Qt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.errors import LanguageUnclear, ReaderError
from reader.core.ingest.loading import known_language, load
from reader.core.ingest.parsing import parse_text
from reader.core.model import Direction, Origin, VersionKey
from reader.core.present.banner import SHOW_SOURCE, BannerLevel, ChecksStatus, banner_for


def _folder(tmp_path: Path, manifest: str, files: dict[str, str] | None = None) -> Path:
    folder = tmp_path / "article"
    folder.mkdir()
    (folder / "article.toml").write_text(manifest, encoding="utf-8")
    for name, text in (files or {"id.txt": "Judul\n\nIsi berita.\n"}).items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_sample_folder_has_every_version(sample: Path) -> None:
    article = load([sample])
    assert article.source_language == "id"
    assert article.source is not None and article.source.origin is Origin.ORIGINAL
    assert [str(v.key) for v in article.revisions("ar")] == ["ar@1", "ar@2"]
    assert article.find(VersionKey("ar", 0)) is article.find(VersionKey("ar", 2))
    assert article.notice is not None and article.notice.startswith("The English, Chinese")
    assert len({len(v.paragraphs) for v in article.versions}) == 1  # every version: same paragraphs


def test_seed_in_legacy_encodings_parses_to_the_same_paragraphs(seed: Path, tmp_path: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    expected = parse_text(text, "ar").paragraphs
    for codec, label in (("utf-16", "utf-16-le"), ("cp1256", "windows-1256")):
        other = tmp_path / f"seed-{codec}.txt"
        other.write_bytes(text.encode(codec))
        (version,) = load([other]).versions
        assert version.paragraphs == expected
        assert version.encoding == label


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        (
            'source = "id"\n[[versions]]\nlanguage = "id"\nfile = "../../etc/passwd"\norigin = "original"\n',
            "points outside the article folder",
        ),
        (
            'source = "id"\n[[versions]]\nlanguage = "id"\nfile = "/etc/passwd"\norigin = "original"\n',
            "must be a path inside the article folder",
        ),
        (
            'source = "id"\n[[versions]]\nlanguage = "id"\nfile = "id.txt"\norigin = "robot"\n',
            "origin 'robot' is not one of",
        ),
        (
            'source = "id"\n[[versions]]\nlanguage = "id"\nfile = "id.txt"\n[[versions]]\nlanguage = "id"\n'
            'file = "id.txt"\n',
            "id@1 is listed twice",
        ),
        ('source = "id"\n[[versions]]\nlanguage = "id"\nfile = "missing.txt"\n', "no such file"),
        ('source = "id"\nversions = [\n', "is not valid TOML"),
        ('source = "id"\n', "lists no [[versions]]"),
    ],
)
def test_bad_manifests_are_refused_with_a_reason(
    tmp_path: Path, manifest: str, message: str
) -> None:
    folder = _folder(tmp_path, manifest)
    with pytest.raises(ReaderError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load([folder])


def test_symlink_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Rahasia\n\nJangan dibaca.\n", encoding="utf-8")
    folder = _folder(tmp_path, 'source = "id"\n[[versions]]\nlanguage = "id"\nfile = "link.txt"\n')
    (folder / "link.txt").symlink_to(secret)
    with pytest.raises(ReaderError, match="points outside the article folder"):
        load([folder])


def test_folder_without_manifest(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    with pytest.raises(ReaderError, match=r"no article\.toml"):
        load([tmp_path / "x"])


def test_several_files_become_versions_of_one_article(sample: Path) -> None:
    article = load([sample / "id.txt", sample / "ar.txt", sample / "ar-2.txt"])
    assert [str(v.key) for v in article.versions] == ["id@1", "ar@1", "ar@2"]
    assert article.source_language == "id"
    assert [v.origin for v in article.versions] == [Origin.ORIGINAL, Origin.MACHINE, Origin.UNKNOWN]
    assert all(v.language_detected for v in article.versions)


def test_language_can_be_overridden(sample: Path) -> None:
    article = load([sample / "en.txt"], languages=["fr"])
    assert article.versions[0].language == "fr"
    assert not article.versions[0].language_detected
    with pytest.raises(ReaderError, match="unknown language code"):
        load([sample / "en.txt"], languages=["klingon"])


@pytest.mark.parametrize(
    ("tag", "name", "native", "direction"),
    [
        ("cs", "Czech", "čeština", Direction.LTR),
        ("pl", "Polish", "polski", Direction.LTR),
        ("bn", "Bangla", "বাংলা", Direction.LTR),
        ("ckb", "Central Kurdish", "کوردیی ناوەندی", Direction.RTL),
        ("dv", "Divehi", "ދިވެހިބަސް", Direction.RTL),
        ("pa-Arab", "Punjabi", "پنجابی", Direction.RTL),  # the script subtag decides
        ("pa", "Punjabi", "ਪੰਜਾਬੀ", Direction.LTR),
    ],
)
def test_any_bcp47_language_opens_named_by_cldr_directed_by_its_script(
    tmp_path: Path, tag: str, name: str, native: str, direction: Direction
) -> None:
    """Issue 19: cs, pl and bn were refused as unknown codes. Any tag CLDR knows opens, named
    from CLDR, its direction the script's (likely subtags when the tag names none)."""
    from reader.core.text.languages import language_name, native_name

    path = tmp_path / "text.txt"
    path.write_text("Headline\n\nA first paragraph of the article.\n", encoding="utf-8")
    article = load([path], languages=[tag])
    assert article.versions[0].language == tag
    assert (language_name(tag), native_name(tag)) == (name, native)
    from reader.core.text.languages import direction_of

    assert direction_of(tag) is direction


def test_a_tag_that_names_no_language_is_refused() -> None:
    for tag in ("xx", "und", "tlh", "12", ""):
        with pytest.raises(ReaderError, match="unknown language code"):
            known_language(tag)


def test_the_table_agrees_with_cldr_on_every_direction() -> None:
    """Reader's own table is a fast path, never a second opinion: each entry's direction is the
    one CLDR gives its script."""
    from reader.core.text.languages import LANGUAGES, _cldr_language

    for code, language in LANGUAGES.items():
        cldr = _cldr_language(code)
        assert cldr is not None and cldr.direction is language.direction, code


def test_a_file_too_short_to_tell_names_its_place_and_none_means_detect(
    sample: Path, tmp_path: Path
) -> None:
    headline = tmp_path / "headline.txt"
    headline.write_text("Bonjour\n", encoding="utf-8")
    with pytest.raises(LanguageUnclear, match="cannot tell the language") as raised:
        load([sample / "id.txt", headline])
    assert raised.value.index == 1 and raised.value.path == headline
    article = load([sample / "id.txt", headline], languages=[None, "fr"])
    assert [str(v.key) for v in article.versions] == ["id@1", "fr@1"]
    assert [v.language_detected for v in article.versions] == [True, False]


def test_banner_values(sample: Path) -> None:
    article = load([sample])
    machine = banner_for(article, article.find(VersionKey("ar", 1)))
    assert machine.level is BannerLevel.MACHINE and machine.level.is_warning
    assert machine.notice == article.notice
    assert machine.action is not None and machine.action.id == SHOW_SOURCE
    assert "Indonesian" in machine.headline
    source = banner_for(article, article.source)
    assert source.level is BannerLevel.SOURCE and source.action is None and source.notice is None
    reviewed = banner_for(article, article.find(VersionKey("ar", 2)))
    assert reviewed.level is BannerLevel.REVIEWED and not reviewed.level.is_warning
    assert "revision 2" in reviewed.detail


def test_banner_says_where_the_checks_stand_for_translations_only(sample: Path) -> None:
    article = load([sample])
    machine = article.find(VersionKey("ar", 1))
    lines = {
        status: banner_for(article, machine, [("untranslated", 2)], status).checks
        for status in ChecksStatus
    }
    assert lines == {
        ChecksStatus.RUNNING: "Checking this version against the Indonesian source\u2026",
        ChecksStatus.DONE: "Checks against the source found 2 possible problems: "
        "2 untranslated words.",
        ChecksStatus.FAILED: "The checks against the Indonesian source could not run.",
    }
    clean = banner_for(article, article.find(VersionKey("ar", 2)), ())
    assert clean.checks == "Checks against the source flagged nothing."
    for status in ChecksStatus:  # the source itself is not checked
        assert banner_for(article, article.source, (), status).checks == ""


def test_banner_without_the_source_in_the_article(seed: Path) -> None:
    article = load([seed])
    banner = banner_for(article, article.versions[0])
    assert banner.checks == ""  # nothing to check against
    assert banner.action is None
    assert "not in this article" in banner.detail
    assert banner.notice == article.versions[0].notice.text
