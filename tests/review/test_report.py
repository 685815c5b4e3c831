"""The review report, in HTML and PDF, through the print and export path."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.checks.model import Finding, FindingKind
from reader.core.review.model import Note, Review, Status, add_note, dismiss, set_status
from reader.core.review.store import ReviewFile
from tests.review.article import ARABIC, SOURCE, make_article


@pytest.fixture
def article(tmp_path: Path) -> Path:
    folder = make_article(tmp_path / "putin-kim")
    version = Review().of("ar@1")
    version = set_status(version, 0, ARABIC[0], Status.APPROVED, "Sari", "2026-03-01T10:00:00Z")
    version = set_status(version, 3, ARABIC[3], Status.NEEDS_WORK, "Sari", "2026-03-01T10:01:00Z")
    version = add_note(version, 3, Note("2026-03-01T10:02:00Z", "Sari", "the date is wrong"))
    finding = Finding(FindingKind.ADDED_NAME, 1, 1, "added", "Vladimir Putin")
    version = dismiss(
        version, finding, ARABIC, SOURCE, "name kept on purpose", "Sari", "2026-03-01T10:03:00Z"
    )
    ReviewFile(folder).save(Review().with_version("ar@1", version))
    return folder


def test_the_html_report_holds_statuses_notes_findings_and_the_banner(
    article: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.html"
    assert main(["export", str(article), "--format", "html", "--review", "-o", str(out)]) == 0
    page = html.unescape(out.read_text(encoding="utf-8"))
    assert "Review of ar@1: Reviewed 2 of 4 paragraphs. 1 needs work." in page
    assert page.count("Status: approved") == 1 and page.count("Status: needs work") == 1
    assert page.count("Status: unreviewed") == 2
    assert "Sari, 2026-03-01 10:02 UTC: the date is wrong" in page
    assert "Reviewed 2 of 4 paragraphs. 1 needs work." in page  # the banner's line
    # Source and translation side by side, the translation's paragraphs right to left.
    assert SOURCE[1] in page and 'dir="rtl" lang="ar"' in page
    # The status follows its paragraph, in the same cell.
    assert page.index("Status: needs work") > page.index("12 يونيو")
    plain = tmp_path / "plain.html"
    assert main(["export", str(article), "--format", "html", "-o", str(plain)]) == 0
    assert "Status:" not in plain.read_text(encoding="utf-8")


def test_the_pdf_report_is_written(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    assert main(["export", str(article), "--format", "pdf", "--review", "-o", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 10000


def test_a_review_report_of_loose_files_is_refused(tmp_path: Path, capsys) -> None:
    loose = tmp_path / "ar.txt"
    loose.write_text("\n\n".join(ARABIC), encoding="utf-8")
    source = tmp_path / "id.txt"
    source.write_text("\n\n".join(SOURCE), encoding="utf-8")
    argv = [
        "export",
        str(source),
        str(loose),
        "--format",
        "html",
        "--review",
        "-o",
        str(tmp_path / "x.html"),
    ]
    assert main(argv) == 2
    assert "--review needs an article folder" in capsys.readouterr().err
