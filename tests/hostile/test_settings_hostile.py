"""Settings that fail to load fall back to defaults with a notice; nothing saved is lost; writes
are atomic."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from PySide6.QtCore import QSettings

from reader.ui import settings
from reader.ui.settings import Store


def _write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def _backups(folder: Path, name: str) -> list[Path]:
    return sorted(folder.glob(f"{name}.corrupt-*"))


def test_a_clean_store_has_no_problems(tmp_path: Path) -> None:
    """What QSettings itself wrote (bytes, lists, quotes, '=' and ';' in values) reads clean."""
    store = Store(tmp_path)
    store.set(settings.FONT_SIZE, 19.5)
    store.set(settings.GEOMETRY, bytes(range(256)) + b"=;#[\n\\")
    store.set(settings.LEFT, 'ar@2 ; "quoted" = [x]\nsecond line')
    assert store.sync()
    again = Store(tmp_path)
    assert again.problems == []
    assert again.get(settings.FONT_SIZE) == 19.5
    assert again.get(settings.GEOMETRY) == bytes(range(256)) + b"=;#[\n\\"
    assert again.get(settings.LEFT) == 'ar@2 ; "quoted" = [x]\nsecond line'
    assert again.problems == [] and list(tmp_path.glob("*.corrupt-*")) == []


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (os.urandom(64) + b"\xff\x00" + os.urandom(64), "NUL bytes"),
        (b"[reading]\nfont_size=20\n\xff\xfe\xfa\n", "not UTF-8"),
        (b"[reading]\nfont_size=20\nthis line is no setting\n", "neither a section nor"),
        (b"[reading\nfont_size=20\n", "not a valid settings file"),
    ],
)
def test_a_damaged_file_is_kept_before_anything_is_written(
    tmp_path: Path, data: bytes, why: str
) -> None:
    path = _write(tmp_path, "settings.ini", data)
    store = Store(tmp_path)
    (backup,) = _backups(tmp_path, "settings.ini")
    assert backup.read_bytes() == data
    (problem,) = store.problems
    assert problem.startswith("settings.ini ") and why in problem and backup.name in problem
    store.get(settings.FONT_SIZE)  # whatever Qt salvaged, or the default
    store.set(settings.FONT_SIZE, 17.0)
    assert store.sync()
    assert Store(tmp_path).get(settings.FONT_SIZE) == 17.0  # the next start reads clean
    assert backup.read_bytes() == data and path.read_bytes() != data


def test_random_bytes_fall_back_to_every_default(tmp_path: Path) -> None:
    # Qt reads nothing from random bytes and reports no error: the check is Reader's own.
    _write(tmp_path, "state.ini", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    store = Store(tmp_path)
    assert [p.split(" ")[0] for p in store.problems] == ["state.ini"]
    assert store.get(settings.COMPARE) is True
    assert store.get(settings.LEFT) == "" and store.get(settings.GEOMETRY) == b""


@pytest.mark.parametrize(
    "value", ["abc", "nan", "inf", "-3", "1e308", "0", "1, 2", "@Variant(\\0\\0\\0\\x87\\xff\\xff)"]
)
def test_an_invalid_font_size_falls_back_with_a_notice(tmp_path: Path, value: str) -> None:
    _write(tmp_path, "settings.ini", f"[reading]\nfont_size={value}\n".encode())
    store = Store(tmp_path)
    assert store.problems == []  # the file itself is fine
    assert store.get(settings.FONT_SIZE) == settings.FONT_SIZE.default
    assert store.get(settings.FONT_SIZE) == settings.FONT_SIZE.default
    (problem,) = store.problems  # said once, however often the value is read
    assert problem.startswith("settings.ini: the saved value of reading/font_size")
    assert "15.0" in problem


def test_an_invalid_choice_falls_back_with_a_notice(tmp_path: Path) -> None:
    _write(tmp_path, "state.ini", b"[view]\ncompare=maybe\nleft=a, b\n[window]\ngeometry=12\n")
    store = Store(tmp_path)
    assert store.get(settings.COMPARE) is True
    assert store.get(settings.LEFT) == ""
    assert store.get(settings.GEOMETRY) == b""
    assert len(store.problems) == 3
    assert all(p.startswith("state.ini: the saved value of ") for p in store.problems)


def test_false_is_read_as_false(tmp_path: Path) -> None:
    _write(tmp_path, "state.ini", b"[view]\ncompare=false\n")
    store = Store(tmp_path)
    assert store.get(settings.COMPARE) is False and store.problems == []


def test_an_unreadable_file_is_never_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Permission denied (simulated: root reads anything): Reader keeps its hands off it."""
    path = _write(tmp_path, "settings.ini", b"[reading]\nfont_size=20\n")
    real_read_bytes = Path.read_bytes

    def denied(self: Path) -> bytes:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    store = Store(tmp_path)
    (problem,) = store.problems
    assert "settings.ini cannot be read (Permission denied)" in problem
    assert "will not write to it" in problem
    store.set(settings.COMPARE, False)  # state.ini is fine: it is written
    assert store.sync()
    store.set(settings.FONT_SIZE, 30.0)
    assert not store.sync()  # this one cannot be saved
    assert real_read_bytes(path) == b"[reading]\nfont_size=20\n"
    assert b"compare=false" in (tmp_path / "state.ini").read_bytes()


def test_a_settings_file_that_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "settings.ini").mkdir(parents=True)
    store = Store(tmp_path)
    assert store.problems and "settings.ini cannot be read: it is a folder" in store.problems[0]
    assert store.get(settings.FONT_SIZE) == 15.0
    assert store.sync()  # the other file is still saved
    assert (tmp_path / "settings.ini").is_dir()


def test_a_settings_folder_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("not a folder")
    store = Store(blocker / "reader")
    assert "cannot be created" in store.problems[0]
    assert store.get(settings.FONT_SIZE) == 15.0
    store.set(settings.FONT_SIZE, 20.0)
    assert not store.sync()
    assert len(store.problems) == 1
    assert blocker.read_text() == "not a folder"


# -- atomic writes --------------------------------------------------------------------------------


def test_writes_replace_the_file_whole(tmp_path: Path) -> None:
    """QSettings saves to a new file renamed over the old (a new inode each time): a crash
    mid-write cannot leave half a file. Reader asks for that explicitly."""
    store = Store(tmp_path)
    assert all(s.isAtomicSyncRequired() for s in store._stores)
    store.set(settings.FONT_SIZE, 16.0)
    store.sync()
    before = os.stat(tmp_path / "settings.ini").st_ino
    store.set(settings.FONT_SIZE, 17.0)
    store.sync()
    assert os.stat(tmp_path / "settings.ini").st_ino != before


def test_a_reader_never_sees_a_partial_file(tmp_path: Path) -> None:
    """Read the file over and over while it is rewritten: every read is a whole file."""
    store = Store(tmp_path)
    path = tmp_path / "state.ini"
    store.set(settings.GEOMETRY, b"zz")
    store.sync()
    written = {path.read_bytes()}
    seen: list[bytes] = []
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            seen.append(path.read_bytes())

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        for i in range(150):
            store.set(settings.GEOMETRY, bytes([i % 256]) * (20_000 + 97 * i))
            store.sync()
            written.add(path.read_bytes())
    finally:
        done.set()
        watcher.join()
    assert len(seen) > 10 and len(written) == 151
    assert all(data in written for data in seen)


def test_corrupt_settings_do_not_stop_the_window(qtbot, tmp_path: Path) -> None:
    pytest.importorskip("reader.ui.main_window")
    from reader.core.ingest.loading import load
    from reader.ui.app import build_window
    from reader.ui.context import AppContext
    from tests.hostile.corpus import SAMPLE

    config = tmp_path / "config"
    _write(config, "settings.ini", b"[reading]\nfont_size=nan\n")
    _write(config, "state.ini", os.urandom(200) + b"\x00[window]\ngeometry=@ByteArray(xx)\n")
    window = build_window(AppContext(config), load([SAMPLE]))
    qtbot.addWidget(window)
    assert window.font_size == 15.0
    assert len(window.store.problems) == 2
    window.close()
    assert _backups(config, "state.ini")
    assert QSettings(str(config / "state.ini"), QSettings.Format.IniFormat).contains(
        "window/geometry"
    )


def test_an_articles_settings_keep_their_name_across_versions(tmp_path: Path) -> None:
    """An article's own settings are kept under the first 20 hex digits of the SHA-256 of its
    folder (as bytes in hex), as every version of Reader has written them; another name would
    lose what a reader set for that article."""
    import hashlib

    folder = tmp_path / "مقالة one"
    folder.mkdir()
    expected = hashlib.sha256(os.fsencode(folder.resolve()).hex().encode("ascii")).hexdigest()
    assert settings.article_scope(folder, []) == expected[:20]
    assert settings.article_scope(None, []) is None
