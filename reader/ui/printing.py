"""Print and export what is on screen, for the window (File › Print…, Export as PDF…, Export as
HTML…) and for ``reader export``: one rendering path.

``reader.core.present.printout`` decides what the page says and writes it as HTML; the HTML
export is that document, and the PDF and the printer get it laid out by Qt from a
QTextDocument built for print (``SafeDocument``: it loads nothing), its fonts embedded in the
PDF by Qt (subsets of the TrueType faces). Arabic is shaped and laid out right-to-left by Qt,
per paragraph, from the ``dir`` each paragraph carries.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter

from reader.core.errors import ReaderError
from reader.core.i18n import N_, _
from reader.core.present.banner import ChecksStatus
from reader.core.present.printout import Printout, printout, printout_html
from reader.core.text.languages import dominant_script
from reader.ui.fonts import reading_families, reading_font
from reader.ui.plain import warn
from reader.ui.safe_document import SafeDocument

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from reader.core.align.aligner import Alignment
    from reader.core.checks.model import Finding
    from reader.core.model import Article, Version, VersionKey
    from reader.core.review.model import VersionReview

FONT_POINTS = 11.0
MARGIN_MM = 15.0
PDF_DPI = 300


@dataclass(frozen=True)
class View:
    """What is to be printed: one version, or two (the source side first) with their
    alignment, and the fidelity findings of the article's versions."""

    article: Article
    versions: tuple[Version, ...]
    alignment: Alignment | None
    findings: Mapping[VersionKey, Sequence[Finding]]
    status: ChecksStatus
    review: VersionReview | None = None  # the translation's: the page is its review report


def page_of(view: View, today: date | None = None) -> Printout:
    if view.review is not None:
        from reader.core.present.review_report import review_report

        return review_report(
            view.article,
            view.versions,
            view.alignment,
            view.findings,
            view.review,
            view.status,
            today or date.today(),
        )
    return printout(
        view.article,
        view.versions,
        view.alignment,
        view.findings,
        view.status,
        today or date.today(),
    )


def fonts_for(versions: Sequence[Version]) -> dict[str, tuple[str, ...]]:
    """The reading font families of each version's language, as the window reads it."""
    return {v.language: reading_families(dominant_script(v.text)) for v in versions}


def html_of(view: View, today: date | None = None) -> str:
    """The view as a complete HTML document."""
    return printout_html(page_of(view, today), fonts_for(view.versions))


def document_of(view: View, today: date | None = None) -> SafeDocument:
    """The view laid out for print: a QTextDocument of the printout's HTML, in the reading font."""
    document = SafeDocument()
    document.setUndoRedoEnabled(False)
    latin = reading_font("Latn", FONT_POINTS)
    document.setDefaultFont(latin)
    document.setHtml(html_of(view, today))
    return document


def _landscape(view: View) -> bool:
    return len(view.versions) > 1  # two columns read better across the page


def print_to(view: View, device: QPagedPaintDevice, today: date | None = None) -> None:
    """Lay the view out on ``device`` (a printer or a PDF writer), A4 unless the device says
    otherwise, landscape for two versions side by side, and paint every page."""
    document = document_of(view, today)
    document.print_(device)


def page_layout(view: View) -> QPageLayout:
    orientation = (
        QPageLayout.Orientation.Landscape if _landscape(view) else QPageLayout.Orientation.Portrait
    )
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), orientation, margins, QPageLayout.Unit.Millimeter
    )


def write_pdf(view: View, out: Path, today: date | None = None) -> None:
    """The view as a PDF file at ``out``, its fonts embedded."""
    # Qt says only "QPainter::begin(): Returned false" on standard error when it cannot write
    # the file: opened here first, for the reason in words.
    try:
        out.open("wb").close()
    except OSError as error:
        raise ReaderError(
            _("cannot write the PDF here: {reason}").format(reason=error.strerror or error), out
        ) from None
    writer = QPdfWriter(str(out))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout(view))
    writer.setTitle(view.article.display_title)
    writer.setCreator("Reader")
    print_to(view, writer, today)
    del writer  # the file is complete once the writer is gone
    if not out.is_file() or out.stat().st_size == 0:
        raise ReaderError(_("the PDF could not be written"), out)


def write_html(view: View, out: Path, today: date | None = None) -> None:
    """The view as one self-contained HTML file at ``out`` (UTF-8)."""
    try:
        out.write_text(html_of(view, today), encoding="utf-8")
    except OSError as error:
        raise ReaderError(
            _("cannot write the HTML here: {reason}").format(reason=error.strerror or error), out
        ) from None


# The formats ``reader export`` and the window's Export write with this module; the
# command's dispatch (reader.commands.export) names them.
WRITERS: dict[str, Callable[[View, Path], None]] = {"pdf": write_pdf, "html": write_html}


# -- the window's File menu ---------------------------------------------------------------------


def print_with_dialog(parent: QWidget, view: View) -> bool:
    """File › Print…: Qt's print dialog, then the view on the printer chosen."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(view))
    printer.setDocName(view.article.display_title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_("Print"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_to(view, printer)
    return True


FILTERS = {"pdf": N_("PDF documents (*.pdf)"), "html": N_("Web pages (*.html *.htm)")}


def export_with_dialog(parent: QWidget, view: View, fmt: str) -> Path | None:
    """File › Export as PDF… / HTML…: ask where, then write; say so in a dialog if it fails."""
    from PySide6.QtWidgets import QFileDialog

    name = _suggested_name(view, fmt)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, _("Export"), str(Path.home() / name), _(FILTERS[fmt])
    )
    if not chosen:
        return None
    out = Path(chosen)
    if not out.suffix:
        out = out.with_suffix(f".{fmt}")
    try:
        WRITERS[fmt](view, out)
    except ReaderError as error:
        warn(parent, _("Cannot export"), str(error))
        return None
    return out


def _suggested_name(view: View, fmt: str) -> str:
    """A file name for the export: the article folder's (or first file's) name and the
    versions, e.g. "putin-kim id@1 ar@1.pdf"."""
    article = view.article
    stem = article.path.stem if article.path is not None else "article"
    keys = " ".join(str(v.key) for v in view.versions)
    return f"{stem} {keys}.{fmt}"
