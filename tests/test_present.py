"""Every sentence a user reads is composed whole and goes through gettext (pure: no Qt).

A pseudo-translation wraps each message in ⟦ ⟧. A sentence composed whole comes out as one
bracketed message (its fields, filled in after translation, may hold other messages); text glued
from fragments outside any message shows up outside the brackets.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.checks.model import Finding, FindingKind
from reader.core.compare.ops import DiffSummary
from reader.core.i18n import use_translations
from reader.core.ingest.loading import load
from reader.core.model import Origin, VersionKey
from reader.core.present.banner import ChecksStatus, banner_for
from reader.core.present.findings import finding_count, finding_name, finding_step, finding_tip
from reader.core.present.notes import notes_label, settings_problems, version_notes
from reader.core.present.revisions import change_position, comparison_summary, diff_totals

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample"
SEED_FINDINGS = (("untranslated", 2), ("added-name", 1))


class Pseudo(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return f"⟦{message}⟧"

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return f"⟦{singular if n == 1 else plural}⟧"


@pytest.fixture
def pseudo() -> Iterator[None]:
    use_translations(Pseudo())
    yield
    use_translations(gettext.NullTranslations())


_INNERMOST = re.compile(r"⟦[^⟦⟧]*⟧")


def outside_messages(text: str) -> str:
    """What of ``text`` lies outside every translated message."""
    while _INNERMOST.search(text):
        text = _INNERMOST.sub("", text)
    return text


def test_the_checker_catches_glued_fragments() -> None:
    assert outside_messages("⟦Revision 1 → 2: ⟦3 words⟧⟧") == ""
    assert outside_messages("3 note" + "s" + " ⟦x⟧") == "3 notes "


def test_every_banner_sentence_is_one_translated_message(pseudo: None) -> None:
    article = load([SAMPLE])
    for version in article.versions:
        for status in ChecksStatus:
            banner = banner_for(article, version, SEED_FINDINGS, status)
            for text in (banner.headline, banner.detail, banner.checks):
                assert outside_messages(text) == "", (version.key, text)
            if banner.action is not None:
                assert outside_messages(banner.action.label) == ""
    assert {v.origin for v in article.versions} >= {Origin.ORIGINAL, Origin.MACHINE}


def test_every_label_and_summary_is_one_translated_message(pseudo: None) -> None:
    finding = Finding("untranslated", 3, 2, "برساما spells bersama", "bersama", ((0, 6),))
    summary = DiffSummary(words_inserted=1, words_deleted=2, paragraphs_changed=1, minor_changes=1)
    texts = [
        finding_count("repetition", 2),
        finding_step(0, 3, finding),
        finding_tip(finding),
        notes_label(2),
        settings_problems(1),
        comparison_summary(1, 2, summary),
        change_position(-1, 4),
        change_position(1, 4),
        diff_totals(summary),
        *version_notes(load([SAMPLE]).versions[1], ["\U0001f600"]),
    ]
    for text in texts:
        assert outside_messages(text) == "", text


def test_every_kind_of_finding_is_named_and_counted_in_words(pseudo: None) -> None:
    for kind in FindingKind:
        for text in (finding_name(kind), finding_count(kind, 1), finding_count(kind, 3)):
            assert text.startswith("⟦") and outside_messages(text) == "", (kind, text)


@pytest.mark.parametrize(
    ("count", "expected"), [(0, ""), (1, "1 note"), (2, "2 notes"), (11, "11 notes")]
)
def test_counts_take_their_plural_form(count: int, expected: str) -> None:
    assert notes_label(count) == expected


def test_a_one_word_change_is_singular() -> None:
    summary = DiffSummary(words_inserted=1, words_deleted=1, paragraphs_changed=1, minor_changes=0)
    assert comparison_summary(1, 2, summary) == (
        "Revision 1 → 2: 1 word deleted, 1 word inserted, 1 paragraph changed."
    )
    assert diff_totals(summary) == (
        "1 word inserted, 1 deleted, 0 minor (vowel marks, tatweel), 1 paragraph changed"
    )


def test_the_seed_banner_counts_in_english_by_default() -> None:
    article = load([SAMPLE])
    arabic = article.find(VersionKey("ar", 1))
    assert arabic is not None
    banner = banner_for(article, arabic, SEED_FINDINGS)
    assert banner.checks == (
        "Checks against the source found 3 possible problems: 2 untranslated words, "
        "1 name the source does not have."
    )
