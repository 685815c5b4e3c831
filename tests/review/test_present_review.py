"""The banner's words about a review, composed whole."""

from __future__ import annotations

import gettext

from reader.core.i18n import use_translations
from reader.core.ingest.loading import load_folder
from reader.core.present.banner import BannerLevel, banner_for
from reader.core.present.review import progress_line, reviewed_banner
from reader.core.review.model import Progress, Status, VersionReview, set_status
from tests.conftest import SAMPLE
from tests.test_present import Pseudo, outside_messages


def test_progress_takes_each_count_s_plural() -> None:
    assert progress_line(Progress(12, 0, 20)) == "Reviewed 12 of 20 paragraphs."
    assert progress_line(Progress(10, 2, 20)) == "Reviewed 12 of 20 paragraphs. 2 need work."
    assert progress_line(Progress(0, 1, 1)) == "Reviewed 1 of 1 paragraph. 1 needs work."


def test_the_banner_follows_the_review() -> None:
    article = load_folder(SAMPLE)
    version = next(v for v in article.versions if v.language == "ar")
    banner = banner_for(article, version)
    assert reviewed_banner(banner, article, version, VersionReview(), 0) == banner
    texts = [p.text for p in version.paragraphs]
    review = set_status(
        VersionReview(), 0, texts[0], Status.NEEDS_WORK, "Sari", "2026-03-01T10:00:00Z"
    )
    shown = reviewed_banner(banner, article, version, review, 1)
    assert shown.level is BannerLevel.MACHINE and shown.headline == banner.headline
    assert shown.checks.endswith(
        f"Reviewed 1 of {len(texts)} paragraphs. 1 needs work. 1 finding dismissed."
    )
    for index, text in enumerate(texts):
        review = set_status(
            review, index, text, Status.APPROVED, "Sari", f"2026-03-02T10:{index:02d}:00Z"
        )
    shown = reviewed_banner(banner, article, version, review, 0)
    assert shown.level is BannerLevel.REVIEWED
    assert shown.headline == "Machine translation from Indonesian, approved throughout by a person"
    assert "approved by Sari, last on 2026-03-02 10:09 UTC" in shown.detail
    assert "has not been checked by a person" not in shown.detail
    use_translations(Pseudo())
    try:
        shown = reviewed_banner(banner_for(article, version), article, version, review, 1)
    finally:
        use_translations(gettext.NullTranslations())
    for text in (shown.headline, shown.detail, shown.checks):
        assert outside_messages(text).strip() == "", text
