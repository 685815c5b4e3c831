"""The ``reader`` command: the window, and the same work without a screen.

``main(argv) -> int``: parse the arguments, then run one command or open the window. Each
command lives in ``reader.commands.<name>`` and is imported only when it runs. Bad input exits 2
with one line ``reader: error: ...`` on standard error, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, NoReturn

from reader import __version__
from reader.commands import (
    add_language_option,
    add_open_options,
    is_web_address,
    load_article,
    sample_path,
)

__all__ = ["COMMANDS", "entry", "main", "sample_path"]
from reader.core.errors import ReaderError
from reader.core.i18n import (
    ENGLISH,
    N_,
    _,
    catalog_languages,
    english,
    kept,
    language_chosen,
    ngettext,
    system_languages,
    use_languages,
)

if TYPE_CHECKING:
    from reader.core.model import Article

# name -> one-line summary; the module reader.commands.<name> does the work.
# Marked for the catalog here, translated where shown (the parsers' descriptions).
COMMANDS = {
    "info": N_("what was parsed: versions, languages, paragraphs, notice"),
    "snapshot": N_("the real main window rendered offscreen to a PNG"),
    "check": N_("fidelity findings of a translation against its source (exit 0 none, 1 some)"),
    "align": N_("paragraph alignment of a translation with its source"),
    "diff": N_("word-level difference of two versions"),
    "show": N_("an article printed in the terminal, Arabic right-aligned"),
    "import": N_("a web page (URL or saved page) and its language versions, as an article folder"),
    "update": N_("re-fetch an imported article; a changed version becomes a new revision"),
    "export": N_("an article as printed (PDF, HTML), or for CAT tools (XLIFF 2.0 or 1.2, TMX)"),
    "library": N_("the articles in the library folder, and the folders that do not load"),
    "search": N_("full-text search of the library, each hit beside its source paragraph"),
    "review": N_("the review of a version: paragraph statuses, notes, dismissed findings"),
    "apply": N_("an edited XLIFF back into the article as a new post-edited revision"),
}
# A command whose name is a Python keyword lives in a module named with a trailing underscore.
_MODULES = {"import": "import_"}


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in the project's one-line form (exit 2)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise ReaderError(message)


def _window_parser() -> argparse.ArgumentParser:
    commands = "\n".join(f"  reader {name:<9} {_(summary)}" for name, summary in COMMANDS.items())
    parser = _Parser(
        prog="reader",
        description=_("Read multilingual news articles side by side."),
        epilog=f"{_('commands (reader COMMAND --help):')}\n{commands}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help=_("article folder or text files; or a web page to import (URL, .html, .mhtml)"),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"reader {__version__}",
        help=_("show Reader's version and exit"),
    )
    add_open_options(parser)
    add_language_option(parser)
    from reader.commands import desktop

    desktop.add_arguments(parser)
    return parser


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _window(args: argparse.Namespace) -> int:
    if args.desktop_entry:
        from reader.commands import desktop

        return desktop.run(args)
    if not _has_display():
        raise ReaderError(
            _(
                "no display available (DISPLAY and WAYLAND_DISPLAY are not set): run reader in "
                "a desktop session, under xvfb-run, or use 'reader snapshot -o OUT.png' or "
                "'reader info'"
            )
        )
    source = _web_source(args.paths)
    if source is not None:
        from reader.ui.context import AppContext
        from reader.ui.web import run_import

        return run_import(AppContext.default(), source)
    if args.paths:
        article: Article | Callable[[], Article]
        article, paths = load_article(args)
        _import_window_core(aligning=len(article.versions) > 1)
    else:
        # No article named: the last one, where it was left, and the sample only if that no
        # longer opens (read then, not before). The loader is imported here all the same.
        from reader.core.ingest.loading import load

        paths = [sample_path()]
        article = partial(load, paths, languages=args.lang, encoding=args.encoding)
        _import_window_core(aligning=True)  # the sample's versions, or the last article's
    # The settings folder first: once PySide6 is loaded it reads the source of every module
    # imported after it (for its __feature__ switches), platformdirs' included.
    from reader.ui.context import AppContext

    context = AppContext.default()
    from reader.ui.app import run

    return run(context, article, paths, reopen=not args.paths, ui_lang=args.ui_lang)


# ``reader URL`` and ``reader page.html`` are told apart by the names alone, so that the web code
# loads only when there is a page to import (reader.core.web.saved.SUFFIXES; a test holds them).
_SAVED_PAGES = (".html", ".htm", ".xhtml", ".mhtml", ".mht")


def _import_window_core(aligning: bool) -> None:
    """Import the core modules the window will run, before PySide6 is imported: from then on
    PySide6's import hook reads the source of every new module (looking for its __feature__
    switches), which cost the first paint 15 million instructions for these (callgrind). The
    aligner only when two versions are to be shown side by side."""
    import reader.core.present.alignment
    import reader.core.present.article
    import reader.core.present.banner
    import reader.core.present.desktop
    import reader.core.present.findings
    import reader.core.present.notes
    import reader.core.present.revisions

    if aligning:
        import reader.core.align.aligner  # noqa: F401


def _web_source(paths: Sequence[str]) -> str | None:
    """The web page (an http(s) address or a saved page) the window is to import, if any."""
    web = [
        p
        for p in paths
        if is_web_address(p) or (p.lower().endswith(_SAVED_PAGES) and os.path.isfile(p))
    ]
    if web and len(paths) > 1:
        raise ReaderError(_("a web page opens on its own, not with other files"), web[0])
    return web[0] if web else None


def _ui_lang(argv: Sequence[str]) -> str | None:
    """The value of ``--ui-lang`` among ``argv`` (before a ``--``), read before any parser is
    built so that ``--help`` and argparse's own errors are in that language; an interface
    Reader has no catalog for is an error."""
    value = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--ui-lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--ui-lang="):
            value = arg.partition("=")[2]
    if value is None:
        return None
    primary = value.replace("_", "-").split("-")[0].lower()
    known = sorted([ENGLISH, *catalog_languages()])
    if primary not in known:
        raise ReaderError(
            _("no interface in {language!r}; Reader speaks {languages}").format(
                language=value, languages=", ".join(known)
            )
        )
    return value


def _translate_argparse() -> None:
    """argparse's own words ("usage:", "options", its errors) through Reader's catalogs.

    argparse translates them with gettext's global domain, looking its ``_`` and ``ngettext``
    up at call time; .ci/i18n extracts argparse's messages into Reader's catalogs.
    """
    vars(argparse).update(_=_, ngettext=ngettext)


# The commands that only read their input and print. Once one has printed, nothing of its run is
# left to finish, and the process ends there (``entry``), not through the interpreter's teardown,
# which frees every object it made one by one: about 0.08 s of the 1 MB pair's check, which takes
# 1.0 s in all (bench/checks.py --speed-only). The other commands may still have a database, a
# window or temporary files to close.
ENDS_AT_ONCE = frozenset({"align", "check", "diff", "info", "show"})


def entry() -> NoReturn:
    """The process's entry point (the ``reader`` scripts, ``python -m reader``): ``main()`` on
    the process arguments, then the exit with its status; at once after a command of
    ``ENDS_AT_ONCE``, its output flushed."""
    argv = sys.argv[1:]
    status = main(argv)
    if argv[:1] and argv[0] in ENDS_AT_ONCE:
        # main has flushed and met a closed pipe already; anything later has no one to read it.
        with contextlib.suppress(OSError, ValueError):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(status)
    sys.exit(status)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``reader`` with ``argv`` (default: the process arguments); return the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--worker"]:  # a frozen build's worker process (reader.ui.jobs.worker_command)
        from reader.worker import main as work

        work()  # never returns
    with kept():
        return _main(argv)


def _main(argv: list[str]) -> int:
    try:
        ui_lang = _ui_lang(argv)
        if ui_lang or not language_chosen():
            use_languages([ui_lang] if ui_lang else system_languages())
        _translate_argparse()
        if argv and argv[0] in COMMANDS:
            name = argv[0]
            command = importlib.import_module(f"reader.commands.{_MODULES.get(name, name)}")
            parser = _Parser(prog=f"reader {name}", description=_(COMMANDS[name]))
            command.add_arguments(parser)
            add_language_option(parser)
            args = parser.parse_args(argv[1:])
            # A --json run is read by scripts: its document and any error in English, whatever
            # the reader's language.
            with english() if getattr(args, "json", False) else contextlib.nullcontext():
                status = int(command.run(args))
            # Flush here, not at interpreter exit, so that a closed pipe is met below.
            sys.stdout.flush()
            return status
        # Start-up makes many long-lived objects and little garbage: the collector waits for
        # the first paint (reader.ui.app.resume_collector).
        gc.disable()
        try:
            return _window(_window_parser().parse_args(argv))
        finally:
            gc.enable()  # already on once the window has painted; this covers an early error
    except ReaderError as error:
        print(f"reader: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`reader info ... | head`): it has all it wanted,
        # so stop quietly and successfully, as `cat` under a shell ignoring SIGPIPE would. What is
        # still buffered goes to the null device, so that the exit's own flush cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    entry()
