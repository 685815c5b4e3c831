"""``reader --install-desktop-entry`` and ``--uninstall-desktop-entry``: Reader in the menus.

The desktop entry, the AppStream metadata and the icon go into the user's XDG data folder
(``$XDG_DATA_HOME``, by default ``~/.local/share``): ``applications/``, ``metainfo/`` and the
hicolor icon theme's size folders, each named after ``reader.APP_ID``. The entry's ``Exec`` names
the program that installed it by its full path (a pipx or venv install is rarely on the PATH a
desktop session starts programs with). The caches that desktops read are refreshed when their
tools are installed; without them the files are still found, only later.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

from reader import APP_ID
from reader.core.errors import ReaderError
from reader.core.i18n import Nn_, _, ngettext
from reader.ui.icons import scalable_icon, sized_icons

# What was done, by action (reader --install-desktop-entry / --uninstall-desktop-entry).
_DONE = {
    "install": Nn_(
        "Installed Reader's desktop entry, metadata and icons ({count} file) under {folder}.",
        "Installed Reader's desktop entry, metadata and icons ({count} files) under {folder}.",
    ),
    "uninstall": Nn_(
        "Removed {count} file of Reader's desktop entry under {folder}.",
        "Removed {count} files of Reader's desktop entry under {folder}.",
    ),
}
# The desktop entry specification's characters that oblige an Exec argument to be quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def data_home() -> Path:
    """The user's XDG data folder (``$XDG_DATA_HOME``, else ``~/.local/share``)."""
    import platformdirs

    return platformdirs.user_data_path()


def launcher() -> list[str]:
    """The command that opens Reader's window, as the running installation knows it.

    Frozen, the bundle's own executable; else the ``reader-gui`` script beside this Python (a
    venv's or pipx's ``bin/``), or on the PATH; else this Python running the package.
    """
    if getattr(sys, "frozen", False):
        return [sys.executable]
    beside = Path(sys.executable).parent / "reader-gui"
    if os.access(beside, os.X_OK):
        return [str(beside)]
    found = shutil.which("reader-gui")
    if found:
        return [found]
    return [sys.executable, "-m", "reader"]


def exec_argument(argument: str) -> str:
    """``argument`` as the desktop entry specification's Exec key wants it, string-escaped.

    An argument with a reserved character is double-quoted, with ``"``, `````, ``$`` and ``\\``
    backslash-escaped inside the quotes; ``%`` is doubled (field codes start with it); then the
    key's value is escaped as every string value is (a backslash doubled once more).
    """
    if "\n" in argument or "\r" in argument:
        raise ReaderError(_("a line break in the path cannot be written into a desktop entry"))
    if any(c in _RESERVED for c in argument):
        quoted = "".join("\\" + c if c in '"`$\\' else c for c in argument)
        argument = f'"{quoted}"'
    return argument.replace("%", "%%").replace("\\", "\\\\")


def desktop_entry(template: str, command: Sequence[str]) -> str:
    """The desktop entry ``template`` with ``Exec`` and ``TryExec`` naming ``command``."""
    lines = []
    for line in template.splitlines():
        key, _sep, value = line.partition("=")
        if key == "Exec":
            field_codes = value.split(" ")[1:]  # the template's program, then its field codes
            line = "Exec=" + " ".join([*(exec_argument(a) for a in command), *field_codes])
        elif key == "TryExec":
            line = "TryExec=" + command[0].replace("\\", "\\\\")
        lines.append(line)
    return "\n".join(lines) + "\n"


def _source(name: str) -> Path:
    from reader import resources_folder

    return resources_folder() / "desktop" / name


def planned_files(home: Path) -> list[tuple[Path, Path]]:
    """Each file to install, from the package, and where it goes under ``home``."""
    hicolor = home / "icons" / "hicolor"
    files = [
        (_source(f"{APP_ID}.desktop"), home / "applications" / f"{APP_ID}.desktop"),
        (_source(f"{APP_ID}.metainfo.xml"), home / "metainfo" / f"{APP_ID}.metainfo.xml"),
        (scalable_icon(), hicolor / "scalable" / "apps" / f"{APP_ID}.svg"),
    ]
    for size, path in sized_icons().items():
        files.append((path, hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
    return files


def _write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all (a desktop may read it at any moment)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.part")
    partial.write_bytes(data)
    os.replace(partial, path)


def install(home: Path) -> list[Path]:
    """Install the entry, the metadata and the icons under ``home``; the files written."""
    command = launcher()
    written = []
    for source, target in planned_files(home):
        data = source.read_bytes()
        if target.suffix == ".desktop":
            try:
                data = desktop_entry(data.decode("utf-8"), command).encode("utf-8")
            except UnicodeEncodeError:  # a path whose name is not valid UTF-8
                raise ReaderError(
                    _("a desktop entry is UTF-8 text, and this path is not"), command[0]
                ) from None
        _write(target, data)
        written.append(target)
    refresh_caches(home)
    return written


def uninstall(home: Path) -> list[Path]:
    """Remove what ``install`` put under ``home``; the files removed."""
    removed = []
    for _source_path, target in planned_files(home):
        if target.exists():
            target.unlink()
            removed.append(target)
    refresh_caches(home)
    return removed


def refresh_caches(home: Path) -> None:
    """Refresh the desktops' caches of ``home`` where their tools exist; never fail over them.

    ``update-desktop-database`` rebuilds the MIME type to application cache. The icon theme's
    cache is only refreshed where there is one: GTK reads the folders directly when there is
    none, but would trust a stale one.
    """
    import subprocess

    commands = [["update-desktop-database", "-q", str(home / "applications")]]
    hicolor = home / "icons" / "hicolor"
    if (hicolor / "icon-theme.cache").exists():
        commands.append(["gtk-update-icon-cache", "-q", "-f", "-t", str(hicolor)])
    for command in commands:
        tool = shutil.which(command[0])
        if tool is None:
            continue
        try:
            subprocess.run(
                [tool, *command[1:]],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=60,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired):
            continue


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The two flags, on the window's parser (``reader --install-desktop-entry``)."""
    group = parser.add_mutually_exclusive_group()
    flags = {
        "install": _("add Reader to the desktop's menus, with its icon and file types, and exit"),
        "uninstall": _("remove what --install-desktop-entry added, and exit"),
    }
    for action, meaning in flags.items():
        group.add_argument(
            f"--{action}-desktop-entry",
            dest="desktop_entry",
            action="store_const",
            const=action,
            help=meaning,
        )


def run(args: argparse.Namespace) -> int:
    if args.paths:
        raise ReaderError(_("--install-desktop-entry and --uninstall-desktop-entry take no paths"))
    if sys.platform in ("win32", "darwin"):
        raise ReaderError(
            _(
                "desktop entries are how Linux and BSD desktops list applications; on Windows and "
                "macOS an installer registers Reader instead (README.md, Windows and macOS)"
            )
        )
    home = data_home()
    files = install(home) if args.desktop_entry == "install" else uninstall(home)
    print(ngettext(*_DONE[args.desktop_entry], len(files)).format(count=len(files), folder=home))
    if args.desktop_entry == "install":
        print(_("It starts: {command}").format(command=" ".join(launcher())))
    return 0
