"""The project's one error type: bad input the user can act on."""

from __future__ import annotations

from pathlib import Path


class ReaderError(Exception):
    """Bad input, described in one line that names the file and what is wrong.

    The command line prints it as ``reader: error: <message>`` and exits 2; the window shows it
    in a dialog and keeps the previous article open.

    ``message`` comes translated (``reader.core.i18n``), a whole sentence where it is raised;
    the file's name goes before it as a location, ``<file>: <message>``, as compilers and
    grep name theirs, the same in every language.
    """

    def __init__(self, message: str, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self._arguments: tuple[object, ...] = (message, path)
        super().__init__(f"{display_path(self.path)}: {message}" if self.path else message)

    def __reduce__(self) -> tuple[type[ReaderError], tuple[object, ...]]:
        # Raised in the checks' worker process and read back in the window: rebuilt from the
        # arguments it was made with (Exception's default pickles only the formatted text).
        return type(self), self._arguments


def display_path(path: Path | str) -> str:
    """A path as text that is safe to print on one line, whatever bytes the name holds."""
    text = str(path)
    # Non-UTF-8 names arrive as lone surrogates (surrogateescape): show them as \\xNN.
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in text)


class EncodingUnclear(ReaderError):
    """The bytes read plausibly in more than one encoding; ``candidates`` lists them, best first.

    Reader never picks silently between them: the user chooses (``--encoding`` on the command
    line, a choice offered in the window).
    """

    def __init__(self, message: str, path: Path | str | None, candidates: tuple[str, ...]) -> None:
        super().__init__(message, path)
        self.candidates = candidates
        self._arguments = (message, path, candidates)


class LanguageUnclear(ReaderError):
    """Neither the text of a loose file nor its name tells its language (a headline alone, a
    line of numbers); ``index`` is the file's place among the files opened.

    The user names it: ``--lang`` on the command line, a choice offered in the window.
    """

    def __init__(self, message: str, path: Path | str | None, index: int) -> None:
        super().__init__(message, path)
        self.index = index
        self._arguments = (message, path, index)
