"""The baselines of bench/startup.py's start-up measure, as programs of their own.

    python bench/floor.py              the floor: the sample's two texts in plain QTextEdits
    python bench/floor.py --bare       a bare window: a QWidget of the main window's size
    python bench/floor.py --plus SPEC  the floor plus the rest of Reader's first frame

The floor is the least a PySide6 program does to show what Reader's first frame shows of the
article: a QMainWindow with two QTextEdits side by side holding the sample's Indonesian and
Arabic files as they are (no parsing, no banner, no toolbar or menus), in their reading faces
at the reading size, the Arabic right-to-left. It imports nothing of Reader. Whatever Reader
adds to it is Reader's own; what it adds to the bare window is what any PySide6 program pays to
show these texts (the Qt namespace, the text classes, two font files, shaping and laying out).

The floor plus (``--plus``) shows everything Reader's first frame shows, each piece built the
cheapest way a PySide6 program can: the menus and tool bar (actions with their text, no
shortcuts), the two version switchers, the encodings and notes, the two accuracy banners
(word-wrapped labels on a coloured frame, an icon, a button), the two texts paragraph by
paragraph with the direction, size, weight, line height and spacing of each, and the two texts
levelled group by group (the padding computed from the laid-out heights, as Reader must). Its
words, formats and paragraph groups are read off Reader's own window beforehand and given in
SPEC (``bench/startup.py --spec``, written with ``marshal``, which needs no import); it reads
the article's manifest with ``tomllib``, as any reader of article folders must. What it leaves
out is what Reader could do without, or do after its first frame: its own modules, reading
and parsing the texts, the search for notices and languages, finding the paragraph groups (the
aligner), the fidelity checks' wiring, the settings, the interface fonts, the shortcuts and
tool tips, the Python event handlers of the reading view.

All run like any program (build, show, run the event loop until closed); bench/startup.py runs
them under bench/first_paint.py exactly as it runs ``python -m reader``.
"""

from __future__ import annotations

import os
import sys
from importlib.util import find_spec
from typing import Any

WINDOW_SIZE = (1280, 820)  # the main window's default size
READING_POINT_SIZE = 15.0  # the default zoom (reader.ui.settings.FONT_SIZE)
SAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "sample")
TEXTS = ("id.txt", "ar.txt")  # left, right; the right one is Arabic
FONTS = (  # (package, file, family): the two reading faces, as fontpkg ships them
    ("fontpkg_noto_serif", "NotoSerif[wdth,wght].ttf", "Noto Serif"),
    ("fontpkg_amiri", "Amiri-Regular.ttf", "Amiri"),
)


def font_file(package: str, name: str) -> str:
    """The path of font file ``name`` in the fontpkg package ``package``."""
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"floor.py: the font package {package} is not installed")
    return os.path.join(spec.submodule_search_locations[0], "files", name)


def bare() -> int:
    """A QApplication and one QWidget of the main window's size, shown."""
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(*WINDOW_SIZE)
    window.show()
    return app.exec()


def floor() -> int:
    """The sample's two texts in two plain QTextEdits, side by side, in their reading faces."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QFontDatabase, QTextOption
    from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextEdit

    texts = []
    for name in TEXTS:
        with open(os.path.join(SAMPLE, name), encoding="utf-8") as file:
            texts.append(file.read())
    app = QApplication(sys.argv[:1])
    for package, name, _ in FONTS:
        QFontDatabase.addApplicationFont(font_file(package, name))
    window = QMainWindow()
    window.resize(*WINDOW_SIZE)
    splitter = QSplitter()
    for text, (_, _, family), rtl in zip(texts, FONTS, (False, True), strict=True):
        view = QTextEdit()
        view.setReadOnly(True)
        view.setFont(QFont(family, READING_POINT_SIZE))
        if rtl:
            option = QTextOption(Qt.AlignmentFlag.AlignRight)
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            view.document().setDefaultTextOption(option)
        view.setPlainText(text)
        splitter.addWidget(view)
    window.setCentralWidget(splitter)
    window.show()
    return app.exec()


def plus(spec_path: str) -> int:
    """The floor plus the rest of Reader's first frame, from the SPEC read off Reader's window
    (see the module's docstring)."""
    import marshal
    import tomllib

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QColor, QFontDatabase, QPalette, QPixmap
    from PySide6.QtWidgets import (
        QApplication,
        QComboBox,
        QFrame,
        QHBoxLayout,
        QLabel,
        QMainWindow,
        QPushButton,
        QSplitter,
        QTextEdit,
        QToolButton,
        QVBoxLayout,
        QWidget,
    )

    with open(spec_path, "rb") as file:
        spec = marshal.load(file)
    with open(os.path.join(spec["folder"], "article.toml"), "rb") as file:
        manifest = tomllib.load(file)
    app = QApplication(sys.argv[:1])
    for path in spec["font_files"]:
        QFontDatabase.addApplicationFont(path)
    window = QMainWindow()
    window.resize(*WINDOW_SIZE)
    window.setWindowTitle(f"{manifest.get('title', '')} — Reader")
    for title, texts in spec["menus"]:
        menu = window.menuBar().addMenu(title)
        for text in texts:
            menu.addSeparator() if text is None else menu.addAction(QAction(text, window))
    toolbar = window.addToolBar("Main")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for text in spec["toolbar"]:
        toolbar.addSeparator() if text is None else toolbar.addAction(QAction(text, window))

    splitter = QSplitter()
    views, banners = [], []
    for pane_spec in spec["panes"]:
        pane = QWidget()
        column = QVBoxLayout(pane)
        header = QHBoxLayout()
        picker = QComboBox()
        picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        picker.addItems(pane_spec["versions"])
        picker.setCurrentIndex(pane_spec["current"])
        header.addWidget(picker)
        header.addWidget(QLabel(pane_spec["encoding"]))
        header.addStretch(1)
        if pane_spec["notes"]:
            notes = QToolButton()
            notes.setText(pane_spec["notes"])
            header.addWidget(notes)
        column.addLayout(header)

        banner = QFrame()
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        palette = banner.palette()
        background, foreground = pane_spec["colours"]
        palette.setColor(QPalette.ColorRole.Window, QColor(background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(foreground))
        banner.setPalette(palette)
        banner.setAutoFillBackground(True)
        lines = QVBoxLayout(banner)
        top = QHBoxLayout()
        icon = QLabel()
        pixmap = QPixmap(16, 16)
        pixmap.fill(QColor(foreground))
        icon.setPixmap(pixmap)
        top.addWidget(icon)
        for index, text in enumerate(pane_spec["banner"]):
            label = QLabel(text)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if index == 0:
                font = label.font()
                font.setBold(True)
                label.setFont(font)
                top.addWidget(label, 1)
            else:
                lines.addWidget(label)
        if pane_spec["action"]:
            top.addWidget(QPushButton(pane_spec["action"]))
        lines.insertLayout(0, top)
        column.addWidget(banner)
        banners.append(banner)

        view = QTextEdit()
        view.setReadOnly(True)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        column.addWidget(view, 1)
        splitter.addWidget(pane)
        views.append(view)
    window.setCentralWidget(splitter)
    # Shown first, filled second: each text is laid out once, at its view's final width.
    window.show()
    height = max(b.heightForWidth(b.width()) for b in banners)
    for banner, view, pane_spec in zip(banners, views, spec["panes"], strict=True):
        banner.setMinimumHeight(height)
        banner.parentWidget().layout().activate()
        view.setDocument(_document(view, pane_spec, spec))
    _level(views, spec["groups"])
    return app.exec()


def _document(view: Any, pane_spec: dict[str, Any], spec: dict[str, Any]) -> Any:
    """One text, paragraph by paragraph, in the formats Reader gives it (no page size yet: the
    view lays it out once, at its width)."""
    from PySide6.QtCore import QSizeF, Qt
    from PySide6.QtGui import (
        QColor,
        QFont,
        QTextBlockFormat,
        QTextCharFormat,
        QTextCursor,
        QTextDocument,
    )

    document = QTextDocument(view)
    font = QFont()
    font.setFamilies(pane_spec["families"])
    font.setPointSizeF(spec["point_size"])
    document.setDefaultFont(font)
    document.setDocumentMargin(spec["document_margin"])
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    for index, (text, rtl, line_height, spacing, size, bold, colour) in enumerate(
        pane_spec["paragraphs"]
    ):
        block = QTextBlockFormat()
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        block.setLayoutDirection(direction)
        block.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(spacing)
        char = QTextCharFormat()
        char.setFontPointSize(size)
        if bold:
            char.setFontWeight(QFont.Weight.Bold)
        if colour:
            char.setForeground(QColor(colour))
        if index:
            cursor.insertBlock(block, char)
        else:
            cursor.setBlockFormat(block)
            cursor.setBlockCharFormat(char)
        cursor.insertText(text, char)
    cursor.endEditBlock()
    document.setPageSize(QSizeF(0, 0))
    return document


def _level(views: list[Any], groups: list[tuple[tuple[int, ...], tuple[int, ...]]]) -> None:
    """Pad the shorter side of each group of paragraphs so that every group starts level in
    both texts: Reader's levelling at its cheapest, one pass over the laid-out tops and one
    edit of each text."""
    from PySide6.QtGui import QTextCursor

    tops = []
    for view in views:
        layout = view.document().documentLayout()
        block, top = view.document().firstBlock(), []
        while block.isValid():
            top.append(layout.blockBoundingRect(block).top())
            block = block.next()
        tops.append(top)
    paddings: list[dict[int, float]] = [{}, {}]
    shift = [0.0, 0.0]
    for group in groups:
        if not (group[0] and group[1]):
            continue
        starts = [tops[side][group[side][0]] + shift[side] for side in (0, 1)]
        for side in (0, 1):
            if starts[side] < max(starts) - 0.5:
                paddings[side][group[side][0]] = max(starts) - starts[side]
                shift[side] += max(starts) - starts[side]
    for view, padding in zip(views, paddings, strict=True):
        cursor = QTextCursor(view.document())
        cursor.beginEditBlock()
        for index, extra in padding.items():
            block = view.document().findBlockByNumber(index)
            cursor.setPosition(block.position())
            block_format = block.blockFormat()
            block_format.setTopMargin(block_format.topMargin() + extra)
            cursor.setBlockFormat(block_format)
        cursor.endEditBlock()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--plus"]:
        sys.exit(plus(sys.argv[2]))
    sys.exit(bare() if sys.argv[1:] == ["--bare"] else floor())
