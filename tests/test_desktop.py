"""Reader as a desktop application: its icon, desktop entry, AppStream metadata, and
``reader --install-desktop-entry`` / ``--uninstall-desktop-entry`` into a private XDG folder.

The freedesktop validators (Debian's desktop-file-utils and appstream) judge the files where
they are installed; the tests that need them skip elsewhere.
"""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reader import APP_ID
from reader.commands.desktop import desktop_entry, exec_argument

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "resources" / "desktop" / f"{APP_ID}.desktop"
METAINFO = ROOT / "resources" / "desktop" / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: desktop-file-utils, appstream)")
    return path


def _validate_desktop(path: Path) -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(path)], capture_output=True, text=True, check=False
    )
    # It prints hints too; any error or warning fails (and sets the status on an error).
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _localized(component: ET.Element, tag: str, language: str) -> str | None:
    """The text of ``component``'s ``tag`` in ``language`` (its xml:lang attribute)."""
    for element in component.iter(tag):
        if element.get("{http://www.w3.org/XML/1998/namespace}lang") == language:
            return element.text
    return None


def test_the_desktop_entry_is_valid() -> None:
    _validate_desktop(DESKTOP)


def test_the_metainfo_is_valid() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "W:" not in result.stdout and "E:" not in result.stdout, result.stdout


def test_one_name_ties_the_entry_the_metadata_the_icon_and_the_window() -> None:
    entry = _entry(DESKTOP)
    assert entry["Icon"] == APP_ID
    # X11 gives the window the class QCoreApplication.applicationName (reader.ui.app).
    assert entry["StartupWMClass"] == "Reader"
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert set(entry["Categories"].rstrip(";").split(";")) >= {
        c.text for c in component.iter("category")
    }
    # Both say the same in the three languages the entry speaks.
    assert component.findtext("name") == entry["Name"]
    assert _localized(component, "name", "ar") == entry["Name[ar]"]
    assert component.findtext("summary") == entry["Comment"]
    for language in ("ar", "id"):
        assert _localized(component, "summary", language) == entry[f"Comment[{language}]"]


def test_the_entry_offers_reader_for_the_files_it_opens() -> None:
    types = set(_entry(DESKTOP)["MimeType"].rstrip(";").split(";"))
    # Plain text, saved web pages (.html, .xhtml) and web archives (.mhtml, .mht: shared-mime-
    # info's application/x-mimearchive, a subclass of multipart/related).
    assert {"text/plain", "text/html", "application/x-mimearchive"} <= types
    # Not every folder of the machine: an article folder is not a MIME type of its own.
    assert "inode/directory" not in types
    assert _entry(DESKTOP)["Exec"].endswith(" %F")


def test_the_metainfo_screenshots_are_the_ones_in_the_repository() -> None:
    component = ET.parse(METAINFO).getroot()
    images = [image.text or "" for image in component.iter("image")]
    assert images
    for url in images:
        local = ROOT / "resources" / url.rpartition("/resources/")[2]
        assert local.is_file(), url
        image = next(i for i in component.iter("image") if i.text == url)
        assert _png_size(local) == (int(image.get("width", 0)), int(image.get("height", 0)))


def test_the_pngs_are_renders_of_the_svg(qapp) -> None:
    """The committed sizes are what .ci/render_icons.py makes of the SVG today (a few levels of
    antialiasing difference allowed, as Qt versions round differently)."""
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    sys.path.insert(0, str(ROOT / ".ci"))
    try:
        import render_icons
    finally:
        sys.path.remove(str(ROOT / ".ci"))
    renderer = QSvgRenderer(str(ICONS / "reader.svg"))
    assert renderer.isValid()
    assert render_icons.SIZES == SIZES
    for size in SIZES:
        committed = QImage(str(ICONS / f"reader-{size}.png"))
        assert (committed.width(), committed.height()) == (size, size)
        fresh = render_icons.render(renderer, size)
        committed = committed.convertToFormat(fresh.format())
        worst = max(
            abs(a - b)
            for y in range(0, size, max(1, size // 64))
            for x in range(0, size, max(1, size // 64))
            for a, b in zip(
                fresh.pixelColor(x, y).getRgb(), committed.pixelColor(x, y).getRgb(), strict=True
            )
        )
        assert worst <= 8, (size, worst)


def test_the_icon_reads_on_light_and_dark_at_16_px(qapp) -> None:
    """At 16 px the tile stands out from a white and from a near-black panel: its outer ring
    differs clearly from both, and the pages are lighter than the tile."""
    from PySide6.QtGui import QColor, QImage

    image = QImage(str(ICONS / "reader-16.png"))

    def luminance(color: QColor) -> float:
        return 0.2126 * color.redF() + 0.7152 * color.greenF() + 0.0722 * color.blueF()

    edge = image.pixelColor(8, 1)  # the tile's top edge, between the corners
    assert edge.alpha() == 255
    assert 0.1 < luminance(edge) < 0.6
    page = image.pixelColor(4, 4)
    assert luminance(page) > luminance(edge) + 0.3


def test_exec_arguments_are_quoted_as_the_specification_says() -> None:
    assert exec_argument("/usr/bin/reader-gui") == "/usr/bin/reader-gui"
    assert exec_argument("/home/a b/reader-gui") == '"/home/a b/reader-gui"'
    # Inside quotes a backslash, $, ` and " take a backslash; then the string value doubles
    # every backslash once more.
    assert exec_argument('/x/$HOME"q') == '"/x/\\\\$HOME\\\\"q"'
    assert exec_argument("/x/100%/r") == "/x/100%%/r"


def test_an_entry_for_an_awkward_path_is_still_valid(tmp_path: Path) -> None:
    command = ["/home/Anna Müller/100% $work/bin/reader-gui"]
    entry = tmp_path / f"{APP_ID}.desktop"
    entry.write_text(desktop_entry(DESKTOP.read_text(encoding="utf-8"), command), "utf-8")
    _validate_desktop(entry)
    assert _entry(entry)["TryExec"] == command[0]


def _reader(*args: str, data_home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_install_and_uninstall_the_desktop_entry(tmp_path: Path) -> None:
    home = tmp_path / "data"
    installed = _reader("--install-desktop-entry", data_home=home)
    assert installed.returncode == 0, installed.stderr
    assert installed.stderr == ""
    assert str(home) in installed.stdout

    entry_path = home / "applications" / f"{APP_ID}.desktop"
    entry = _entry(entry_path)
    program = entry["TryExec"]
    assert os.access(program, os.X_OK)
    assert entry["Exec"].startswith(program)  # the launcher of this installation, by full path
    assert entry["GenericName[ar]"] == _entry(DESKTOP)["GenericName[ar]"]
    if shutil.which("desktop-file-validate"):
        _validate_desktop(entry_path)

    metainfo = home / "metainfo" / f"{APP_ID}.metainfo.xml"
    assert metainfo.read_bytes() == METAINFO.read_bytes()
    hicolor = home / "icons" / "hicolor"
    for size in SIZES:
        assert _png_size(hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)
    svg = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_bytes() == (ICONS / "reader.svg").read_bytes()

    cache = home / "applications" / "mimeinfo.cache"
    if shutil.which("update-desktop-database"):
        assert f"text/plain={APP_ID}.desktop" in cache.read_text(encoding="utf-8")

    again = _reader("--install-desktop-entry", data_home=home)  # over itself: the same files
    assert again.returncode == 0, again.stderr

    removed = _reader("--uninstall-desktop-entry", data_home=home)
    assert removed.returncode == 0, removed.stderr
    assert "12 files" in removed.stdout
    left = sorted(p.relative_to(home) for p in home.rglob("*") if p.is_file())
    assert left == ([Path("applications/mimeinfo.cache")] if cache.exists() else [])
    if cache.exists():
        assert APP_ID not in cache.read_text(encoding="utf-8")

    nothing = _reader("--uninstall-desktop-entry", data_home=home)
    assert nothing.returncode == 0 and "0 files" in nothing.stdout


def test_install_takes_no_paths(tmp_path: Path) -> None:
    result = _reader("--install-desktop-entry", "article", data_home=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("reader: error: ") and result.stderr.count("\n") == 1
    assert not (tmp_path / "applications").exists()


def test_the_window_carries_the_icon_and_the_desktop_file_name() -> None:
    """A fresh process, as ``reader`` starts (the test's own QApplication is pytest-qt's)."""
    probe = (
        "from reader.ui.app import application; app = application();"
        "print(app.desktopFileName());"
        "print(sorted(s.width() for s in app.windowIcon().availableSizes()))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    name, sizes = result.stdout.split("\n")[:2]
    assert name == APP_ID
    assert sizes == "[16, 22, 24, 32, 48, 64, 128, 256]"
