"""The article model's values: what crosses to a worker process comes back the same."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

from reader.cli import sample_path
from reader.core.ingest.loading import load
from reader.core.model import (
    Article,
    Direction,
    Notice,
    Origin,
    Paragraph,
    Provenance,
    Role,
    SourceEvidence,
    Version,
)


def _every_field() -> Version:
    """A version with every field away from its default."""
    return Version(
        language="ar",
        origin=Origin.POST_EDITED,
        paragraphs=(
            Paragraph(Role.TITLE, "بوتين وكيم", Direction.RTL),
            Paragraph(Role.CAPTION, "Foto: KCNA", Direction.LTR),
            Paragraph(Role.BODY, "", Direction.RTL),  # an empty text survives as one
            Paragraph(Role.BODY, "line\none \u2067⁩ \x00 \ud800", Direction.RTL),
        ),
        revision=3,
        encoding="windows-1256",
        notice=Notice("machine generated", "id", ("ar", "en")),
        path=Path("/tmp/ar.txt"),
        language_detected=True,
        dropped=("أنشرها:",),
        remarks=("normalised",),
        provenance=Provenance(url="https://example.org/a", status=200, sha256="ab" * 32),
        parent=2,
    )


def test_a_version_comes_back_from_a_pickle_exactly() -> None:
    version = _every_field()
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(version, protocol=protocol))
        assert back == version
        assert type(back) is Version
        assert all(type(p) is Paragraph for p in back.paragraphs)
        assert [p.role for p in back.paragraphs] == [p.role for p in version.paragraphs]
        assert all(type(p.role) is Role and type(p.direction) is Direction for p in back.paragraphs)
        assert back.key == version.key and back.text == version.text


def test_a_version_without_paragraphs_comes_back_too() -> None:
    empty = Version("id", Origin.UNKNOWN, ())
    assert pickle.loads(pickle.dumps(empty)) == empty


def test_the_sample_article_comes_back_from_a_pickle_exactly() -> None:
    article = load([sample_path()])
    article = Article(
        article.source_language,
        article.versions,
        article.title,
        article.notice,
        article.path,
        article.remarks,
        (SourceEvidence("notice", "id", "Indonesian is the main language"),),
    )
    back = pickle.loads(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == article
    assert [v.text for v in back.versions] == [v.text for v in article.versions]


def test_a_copied_version_is_equal_and_shares_nothing_it_should_not() -> None:
    version = _every_field()
    assert copy.copy(version) == version
    deep = copy.deepcopy(version)
    assert deep == version and deep.paragraphs is not version.paragraphs
