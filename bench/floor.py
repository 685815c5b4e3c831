"""The two baselines of bench/startup.py's start-up measure, as programs of their own.

    python bench/floor.py          the floor: the sample's two texts in plain QTextEdits
    python bench/floor.py --bare   a bare window: a QWidget of the main window's size

The floor is the least a PySide6 program does to show what Reader's first frame shows of the
article: a QMainWindow with two QTextEdits side by side holding the sample's Indonesian and
Arabic files as they are (no parsing, no banner, no toolbar or menus), in their reading faces
at the reading size, the Arabic right-to-left. It imports nothing of Reader. Whatever Reader
adds to it is Reader's own; what it adds to the bare window is what any PySide6 program pays to
show these texts (the Qt namespace, the text classes, two font files, shaping and laying out).

Both run like any program (build, show, run the event loop until closed); bench/startup.py
runs them under bench/first_paint.py exactly as it runs ``python -m reader``.
"""

from __future__ import annotations

import os
import sys
from importlib.util import find_spec

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


if __name__ == "__main__":
    sys.exit(bare() if sys.argv[1:] == ["--bare"] else floor())
