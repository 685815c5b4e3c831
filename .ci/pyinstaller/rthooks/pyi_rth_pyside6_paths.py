"""Run-time hook for PySide6 in Reader's bundle, in place of PyInstaller's own (reader.spec).

PyInstaller's hook also imports PySide6.QtCore at start-up, to give Qt an embedded qt.conf
when the bindings have none. PySide6's wheels embed one themselves, so that import only costs
time, and every start pays it: the commands and the checks' worker (``reader --worker``), which
never load Qt otherwise. This hook keeps the rest: one Qt bindings package, and Qt's plugins
found inside the bundle.
"""


def _pyi_rthook() -> None:
    import os
    import sys

    from _pyi_rth_utils import qt as qt_rth_utils

    qt_rth_utils.ensure_single_qt_bindings_package("PySide6")
    qt = os.path.join(sys._MEIPASS, "PySide6", "Qt")  # type: ignore[attr-defined]
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt, "qml")


_pyi_rthook()
del _pyi_rthook
