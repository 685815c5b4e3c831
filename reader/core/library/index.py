"""The library's search index: SQLite with FTS5 (the standard library's ``sqlite3``), derived
from the article folders, which stay the truth.

Where it lives: in the user cache folder (platformdirs' ``user_cache_dir``, ``index/``), one
file per library folder, not inside the library. The index is derived and can be rebuilt at any
time, so it is cache by definition; a library is often synced or shared (a network drive,
Dropbox), where SQLite's locking is unsafe and a binary file of hundreds of megabytes would be
copied around at every change; and a library on a read-only disk can still be searched.

What it holds: an entry per folder (``catalog``) with a fingerprint of the files it was read
from (``folders``); each version's paragraphs with their text; and an FTS5 table of their
search terms (``reader.core.text.terms``: the analysis is done here in Python and the terms
handed to FTS5 separated by spaces, so that FTS5's own tokenizer only splits at the spaces).
A version's alignment with the source is computed when a hit first needs it and kept.

``refresh`` brings it up to date: a folder whose fingerprint changed is read again, one that
went away is dropped. A damaged index file is deleted and rebuilt from the folders, and that
is said once (``notes``); a schema from another version of Reader is rebuilt silently, unless it
is an older one a migration brings up to date in place (``_MIGRATIONS``).

The findings the checks made on each article are kept (``findings``) for the files they were
made on, and so is that the checks could not check an article, and why (``keep_failure``):
it is not checked again in vain until its files or the checks change.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from reader.core.errors import ReaderError
from reader.core.i18n import _
from reader.core.library.catalog import ArticleEntry, BrokenFolder, Catalog, describe
from reader.core.library.folders import (
    ScanAhead,
    article_folders,
    fingerprint,
    folder_times,
    scan,
)
from reader.core.library.hits import Hit, Results
from reader.core.library.query import Query, parse
from reader.core.model import Article, Version, VersionKey
from reader.core.text.languages import primary_subtag
from reader.core.text.terms import names, terms

if TYPE_CHECKING:
    from reader.core.checks.model import Finding
    from reader.core.library.status import StoredFinding

# Bumped whenever the tables or the analysis (reader.core.text.terms) change: an index of
# another schema is rebuilt, but for those ``_MIGRATIONS`` bring up to date in place.
SCHEMA = 5
# How an index of an older schema is brought to the next one without reading the library
# again (a rebuild is minutes for a large one): by the schema it has.
_MIGRATIONS = {
    # 5: the articles the checks could not check, and why (``findings.reason``).
    4: "ALTER TABLE findings ADD COLUMN reason TEXT",
}
# FTS5's tokenizer, told that every character but spaces and controls belongs to a term: the
# terms come analysed, and only the spaces between them are to split.
_TOKENIZER = "unicode61 remove_diacritics 0 categories 'L* N* M* Co P* S*'"
# SQLite's primary result codes (https://sqlite.org/rescode.html).
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = (
    3,
    5,
    6,
    8,
    10,
    11,
    13,
    14,
    26,
)
# How many of the newest matches are ranked by relevance (BM25) for the hits shown.
RANKED = 1000
# A passage with what a hit shows of its version and article.
_PASSAGE = (
    "SELECT p.paragraph, p.text, v.id, v.language, v.revision, a.entry, a.source "
    "FROM passages p JOIN versions v ON v.id = p.version JOIN articles a ON a.id = v.article "
    "WHERE p.id = ?"
)
# What the disk or another process is the cause of: said, never repaired by a rebuild.
_OF_THE_DISK = frozenset({_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _FULL, _CANTOPEN})
# Folders read between two commits of a refresh: a build that is stopped keeps what it did.
_BATCH = 100

_T = TypeVar("_T")
Progress = Callable[[int, int], None]


def default_index_path(library: Path) -> Path:
    """Where the index of ``library`` lives: the user cache folder, one file per library."""
    import platformdirs

    digest = hashlib.sha256(os.fsencode(library.expanduser().absolute())).hexdigest()[:16]
    cache = Path(platformdirs.user_cache_dir("reader", appauthor=False))
    return cache / "index" / f"library-{digest}.sqlite3"


def fts5_available() -> bool:
    """Whether this Python's SQLite was built with FTS5 (it is in every CPython build we know
    of, but a distribution may build it without)."""
    with contextlib.closing(sqlite3.connect(":memory:")) as db:
        try:
            db.execute("CREATE VIRTUAL TABLE probe USING fts5(x)")
        except sqlite3.OperationalError:
            return False
    return True


@dataclass(frozen=True)
class Refresh:
    """What a refresh did: folders read again (new or changed), and folders dropped."""

    read: int
    dropped: int


class LibraryIndex:
    """The search index of one library folder (see the module docstring).

    One instance holds one SQLite connection; use it from one thread at a time (the window
    gives its searching thread an instance of its own).
    """

    def __init__(self, library: Path, path: Path | None = None) -> None:
        self.library = library
        self.path = path if path is not None else default_index_path(library)
        self._notes: list[str] = []
        if not fts5_available():
            raise ReaderError(_("this Python's SQLite has no full-text search (FTS5)"))
        self._db = self._open_repairing()

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> LibraryIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def take_notes(self) -> tuple[str, ...]:
        """What the index has to say (that it was damaged and rebuilt), said once."""
        notes, self._notes = tuple(self._notes), []
        return notes

    # -- up to date ------------------------------------------------------------------------------

    def refresh(
        self, progress: Progress | None = None, quick: bool = False, ahead: ScanAhead | None = None
    ) -> Refresh:
        """Read again every folder that changed since it was indexed, drop those that went
        away. ``progress(done, total)`` is called as folders are read.

        Every file an article is read from is looked at (its size and modification time), or,
        ``quick``, only the folders themselves: a folder's time changes when a file in it is
        made, deleted or replaced (how Reader, git and most editors save), not when a file is
        written over in place; a folder whose time changed has its files looked at. A quick
        refresh is one ``stat`` a folder where the other is nine: what a ``reader search``
        process can afford at every start in a library of ten thousand articles. ``search``
        makes up for it where it matters: the folders of the hits it shows are looked at
        fully, and read again if they changed.

        ``ahead``: the library's folders and their times as a scan started earlier found them
        (``reader search`` starts one before it compiles its query)."""
        return self._guarded(lambda: self._refresh(progress, quick, ahead))

    def refresh_folder(self, folder: Path) -> None:
        """Index one article folder of the library now (after an import or an edit)."""
        name = folder.name
        self._guarded(lambda: self._write(partial(self._index_folder, name)))

    def _refresh(self, progress: Progress | None, quick: bool, ahead: ScanAhead | None) -> Refresh:
        stored = dict(self._db.execute("SELECT name, folder_mtime FROM articles").fetchall())
        if ahead is not None:
            present, times = ahead.result()
        elif quick:
            present, times = scan(self.library)
        else:  # the folders' files are looked at instead of their times
            present, times = article_folders(self.library), {}
        # Every fingerprint in one read for a whole refresh; a quick one reads the few it needs.
        prints = (
            {}
            if quick
            else {
                name: (print_, files)
                for name, print_, files in self._db.execute(
                    "SELECT name, fingerprint, files FROM articles"
                )
            }
        )
        changed, touched = [], []
        for name in present:
            if name not in stored:
                changed.append(name)
            elif quick and times[name] == stored[name]:
                continue
            elif self._changed(name, *prints[name]) if prints else self._stale(name):
                changed.append(name)
            elif quick:
                touched.append(name)
        changed.sort()  # read in the folders' order, whatever the scan's
        gone = sorted(set(stored) - set(present))
        if gone or touched:
            self._write(partial(self._forget, gone, {name: times[name] for name in touched}))
        for first in range(0, len(changed), _BATCH):
            batch = changed[first : first + _BATCH]
            self._write(partial(_each, self._index_folder, batch))
            if progress is not None:
                progress(first + len(batch), len(changed))
        return Refresh(read=len(changed), dropped=len(gone))

    def _changed(self, name: str, stored: str, files: str | None) -> bool:
        """Whether the folder's files differ from those it was indexed from."""
        return fingerprint(self.library / name, _files(files)).text != stored

    def _forget(self, gone: Sequence[str], times: dict[str, int | None]) -> None:
        """Drop the folders that went away (and their findings); keep the new time of folders
        whose files are unchanged (a file made and deleted again, say)."""
        for name in gone:
            self._drop(name)
            self._db.execute("DELETE FROM findings WHERE name = ?", (name,))
        self._db.executemany(
            "UPDATE articles SET folder_mtime = ? WHERE name = ?",
            [(when, name) for name, when in times.items()],
        )

    def _index_folder(self, name: str) -> None:
        from reader.core.ingest.loading import MANIFEST, load_folder
        from reader.core.library.status import read_review, statuses
        from reader.core.review.store import FILE_NAME as REVIEW_FILE

        folder = self.library / name
        # The folder's time before it is read: a change made while it is read is seen next time.
        when = folder_times(self.library, [name]).get(name)
        self._drop(name)
        try:
            article = load_folder(folder)
        except (ReaderError, OSError, ValueError) as error:
            self._db.execute(
                "INSERT INTO articles(name, fingerprint, files, entry, broken, folder_mtime) "
                "VALUES (?,?,?,?,?,?)",
                (name, fingerprint(folder, None).text, None, None, str(error), when),
            )
            return
        files = [MANIFEST, *(_relative(version, folder) for version in article.versions)]
        # The review file last: its line apart, the fingerprint is that of the versions, which
        # the findings are kept for.
        print_ = fingerprint(folder, [*files, REVIEW_FILE])
        review, review_error = read_review(folder)
        found = self._findings(name, _versions_part(print_.text))
        entry = describe(
            article, folder, print_.modified, statuses(article, review, found), review_error
        )
        cursor = self._db.execute(
            "INSERT INTO articles(name, fingerprint, versions, files, entry, broken, folder_mtime) "
            "VALUES (?,?,?,?,?,NULL,?)",
            (
                name,
                print_.text,
                _versions_part(print_.text),
                json.dumps([*files, REVIEW_FILE]),
                json.dumps(entry.to_json(), ensure_ascii=False),
                when,
            ),
        )
        self._add_versions(_int(cursor.lastrowid), article)

    # -- findings ------------------------------------------------------------------------------

    def unchecked(self) -> list[Path]:
        """The articles whose findings are not known for their present files, the most
        recently updated first (as indexed: call ``refresh`` first)."""

        def read() -> list[Path]:
            rows = self._db.execute(
                "SELECT name FROM articles a WHERE broken IS NULL AND NOT EXISTS "
                "(SELECT 1 FROM findings f WHERE f.name = a.name AND f.fingerprint = a.versions || ?) "
                "ORDER BY json_extract(entry, '$.updated') DESC, name",
                (_by_these_checks(""),),
            )
            return [self.library / name for (name,) in rows]

        return self._guarded(read)

    def check(self, folder: Path) -> bool:
        """Run the fidelity checks on the article in ``folder`` (of the library) and keep what
        they find for its present files; False if its files changed while it was checked (or it
        no longer loads): the next refresh reads it again."""
        from reader.core.library.status import check_folder

        before = self.files_print(folder)  # taken first: a change while reading shows
        checked = check_folder(folder)
        return checked is not None and self.keep_checked(*checked, before)

    def files_print(self, folder: Path) -> str | None:
        """The fingerprint of the files the index read ``folder`` from, as they are now; None
        if it is not an article of the index. Taken before checking it (``keep_checked``)."""
        return self._fingerprint_of(folder)

    def keep_checked(
        self, article: Article, found: Mapping[VersionKey, Sequence[Finding]], before: str | None
    ) -> bool:
        """Keep the findings the checks made on ``article`` (loaded from its folder after
        ``files_print`` gave ``before``); False, and nothing kept, if its files have changed
        since (the next refresh reads it again)."""
        if article.path is None or before is None or self._fingerprint_of(article.path) != before:
            return False
        self.record_findings(article, found, before)
        return True

    def keep_failure(self, folder: Path, reason: str, before: str | None) -> bool:
        """Keep that the checks could not check the article in ``folder`` (``reason``: why, one
        line), for its files as ``files_print`` gave them (``before``) and these checks: it is
        not among the ``unchecked`` until its files or the checks change, and findings kept
        for it later replace it. False, and nothing kept, if its files have changed since."""
        if before is None or self._fingerprint_of(folder) != before:
            return False

        def write() -> None:
            self._db.execute(
                "INSERT OR REPLACE INTO findings(name, fingerprint, found, reason) "
                "VALUES (?,?,'{}',?)",
                (folder.name, _by_these_checks(_versions_part(before)), reason),
            )

        self._guarded(lambda: self._write(write))
        return True

    def failures(self) -> dict[Path, str]:
        """The articles the checks could not check (``keep_failure``) as their files are
        indexed now, with why: by folder."""

        def read() -> dict[Path, str]:
            rows = self._db.execute(
                "SELECT a.name, f.reason FROM articles a JOIN findings f ON f.name = a.name "
                "WHERE a.broken IS NULL AND f.reason IS NOT NULL "
                "AND f.fingerprint = a.versions || ? ORDER BY a.name",
                (_by_these_checks(""),),
            )
            return {self.library / name: reason for name, reason in rows}

        return self._guarded(read)

    def record_findings(
        self,
        article: Article,
        found: Mapping[VersionKey, Sequence[Finding]],
        print_: str | None = None,
    ) -> None:
        """Keep the findings the checks made on ``article`` (one of the library's, loaded from
        its folder) for the files it was read from (``print_``, the index's fingerprint of them;
        by default, the files' present one), and count them in its entry."""
        from reader.core.library.status import read_review, statuses, stored_findings

        folder = article.path
        if folder is None:
            return
        name = folder.name
        print_ = print_ if print_ is not None else self._fingerprint_of(folder)
        if print_ is None:
            return
        kept = stored_findings(found)
        review, review_error = read_review(folder)

        def write() -> None:
            versions = _versions_part(print_)
            self._db.execute(
                "INSERT OR REPLACE INTO findings(name, fingerprint, found) VALUES (?,?,?)",
                (name, _by_these_checks(versions), json.dumps(kept, ensure_ascii=False)),
            )
            row = self._db.execute(
                "SELECT entry FROM articles WHERE name = ? AND versions = ?", (name, versions)
            ).fetchone()
            if row is None:
                return  # indexed from other files: counted when they are read again
            now = statuses(article, review, kept)
            entry = ArticleEntry.from_json(json.loads(row[0]))
            entry = replace(
                entry,
                versions=tuple(
                    replace(v, status=now.get(f"{v.language}@{v.revision}", v.status))
                    for v in entry.versions
                ),
                review_error=review_error,
            )
            self._db.execute(
                "UPDATE articles SET entry = ? WHERE name = ?",
                (json.dumps(entry.to_json(), ensure_ascii=False), name),
            )

        self._guarded(lambda: self._write(write))

    def entry(self, folder: Path) -> ArticleEntry | None:
        """The entry of the article in ``folder`` as indexed; None if it is not one."""

        def read() -> ArticleEntry | None:
            row = self._db.execute(
                "SELECT entry FROM articles WHERE name = ? AND broken IS NULL", (folder.name,)
            ).fetchone()
            return None if row is None else ArticleEntry.from_json(json.loads(row[0]))

        return self._guarded(read)

    def _fingerprint_of(self, folder: Path) -> str | None:
        """The fingerprint of the files the index read ``folder`` from, as they are now."""
        row = self._db.execute(
            "SELECT files FROM articles WHERE name = ? AND broken IS NULL", (folder.name,)
        ).fetchone()
        return None if row is None else fingerprint(folder, _files(row[0])).text

    def _findings(self, name: str, versions_print: str) -> dict[str, list[StoredFinding]] | None:
        row = self._db.execute(
            "SELECT found FROM findings WHERE name = ? AND fingerprint = ? AND reason IS NULL",
            (name, _by_these_checks(versions_print)),
        ).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def _add_versions(self, article_id: int, article: Article) -> None:
        source = _source_version(article)
        source_id = None
        for version in article.versions:
            cursor = self._db.execute(
                "INSERT INTO versions(article, language, revision, origin) VALUES (?,?,?,?)",
                (article_id, version.language, version.revision, version.origin.value),
            )
            version_id = _int(cursor.lastrowid)
            tag = primary_subtag(version.language)
            if version is source:
                source_id = version_id
            for number, paragraph in enumerate(version.paragraphs):
                cursor = self._db.execute(
                    "INSERT INTO passages(version, paragraph, text) VALUES (?,?,?)",
                    (version_id, number, paragraph.text),
                )
                self._db.execute(
                    "INSERT INTO passage_terms(rowid, terms, names, language) VALUES (?,?,?,?)",
                    (
                        cursor.lastrowid,
                        " ".join(term.key for term in terms(paragraph.text)),
                        " ".join(names(paragraph.text)),
                        tag,
                    ),
                )
        self._db.execute("UPDATE articles SET source = ? WHERE id = ?", (source_id, article_id))

    def _drop(self, name: str) -> None:
        row = self._db.execute("SELECT id FROM articles WHERE name = ?", (name,)).fetchone()
        if row is None:
            return
        versions = "SELECT id FROM versions WHERE article = ?"
        passages = f"SELECT id FROM passages WHERE version IN ({versions})"
        self._db.execute(f"DELETE FROM passage_terms WHERE rowid IN ({passages})", row)
        self._db.execute(f"DELETE FROM passages WHERE version IN ({versions})", row)
        self._db.execute("DELETE FROM versions WHERE article = ?", row)
        self._db.execute("DELETE FROM articles WHERE id = ?", row)

    # -- what it holds ---------------------------------------------------------------------------

    def catalog(self) -> Catalog:
        """Every article of the library (by folder name) and every broken folder, as indexed:
        call ``refresh`` first to see changes made since."""

        def read() -> Catalog:
            rows = self._db.execute("SELECT name, entry, broken FROM articles ORDER BY name")
            articles: list[ArticleEntry] = []
            broken: list[BrokenFolder] = []
            for name, entry, reason in rows:
                if reason is not None:
                    broken.append(BrokenFolder(self.library / name, reason))
                else:
                    articles.append(ArticleEntry.from_json(json.loads(entry)))
            return Catalog(tuple(articles), tuple(broken), self.take_notes())

        return self._guarded(read)

    def search(
        self, text: str, language: str | None = None, limit: int = 20, prefix: bool = False
    ) -> Results:
        """The paragraphs that match ``text`` (``reader.core.library.query``), best first, at
        most ``limit``; in versions of ``language`` only (by primary subtag) if given. With
        ``prefix``, the word being typed at the end matches the words it begins."""
        query = parse(text, prefix=prefix)
        return self._guarded(lambda: self._search_current(query, language, max(0, limit)))

    def _search_current(self, query: Query, language: str | None, limit: int) -> Results:
        """The search, its hits' folders looked at fully first: one that changed since it was
        indexed (written over in place, which a quick refresh does not see) is read again, or
        dropped if it went away, and the search made again."""
        results = self._search(query, language, limit)
        stale = sorted({hit.folder.name for hit in results.hits if self._stale(hit.folder.name)})
        if not stale:
            return results
        gone = [name for name in stale if not (self.library / name).is_dir()]
        present = [name for name in stale if name not in gone]
        self._write(partial(self._forget, gone, {}))
        self._write(partial(_each, self._index_folder, present))
        return self._search(query, language, limit)

    def _stale(self, name: str) -> bool:
        row = self._db.execute(
            "SELECT fingerprint, files FROM articles WHERE name = ?", (name,)
        ).fetchone()
        return row is None or self._changed(name, row[0], row[1])

    def _search(self, query: Query, language: str | None, limit: int) -> Results:
        match = query.fts()
        if language:
            match += f" AND language : {_quoted(primary_subtag(language))}"
        try:
            (total,) = self._db.execute(
                "SELECT count(*) FROM passage_terms WHERE passage_terms MATCH ?", (match,)
            ).fetchone()
            # BM25 over every match is 10 ms a thousand matches: a word in every article would
            # take a second. So the newest matches (the highest rowids) are ranked.
            candidates = self._db.execute(
                "SELECT rowid, bm25(passage_terms) FROM passage_terms WHERE passage_terms MATCH ? "
                "ORDER BY rowid DESC LIMIT ?",
                (match, RANKED),
            ).fetchall()
        except sqlite3.OperationalError as error:
            if "fts5" not in str(error):
                raise
            raise ReaderError(_("the query could not be searched")) from None
        best = sorted(candidates, key=lambda row: (row[1], -row[0]))[:limit]
        rows = [(*self._db.execute(_PASSAGE, (rowid,)).fetchone(), rank) for rowid, rank in best]
        hits = tuple(self._hit(query, *row) for row in rows)
        return Results(total=total, hits=hits, notes=self.take_notes())

    def _hit(
        self,
        query: Query,
        paragraph: int,
        text: str,
        version_id: int,
        language: str,
        revision: int,
        entry_json: str,
        source_id: int | None,
        rank: float,
    ) -> Hit:
        entry = ArticleEntry.from_json(json.loads(entry_json))
        counterpart: tuple[int, ...] = ()
        source_language, source_revision = entry.source, 0
        if source_id is not None:
            source_language, source_revision = self._db.execute(
                "SELECT language, revision FROM versions WHERE id = ?", (source_id,)
            ).fetchone()
            counterpart = self._counterpart(version_id, source_id, paragraph)
        source_text = "\n\n".join(self._paragraph(source_id, j) for j in counterpart)
        marks = tuple(query.marks(text))
        # A hit in the source is its own counterpart: its words are not analysed twice.
        source_marks = marks if source_text == text else tuple(query.marks(source_text))
        return Hit(
            folder=entry.folder,
            title=entry.title,
            language=language,
            revision=revision,
            paragraph=paragraph,
            text=text,
            marks=marks,
            source_language=source_language,
            source_revision=source_revision,
            source_paragraphs=counterpart,
            source_text=source_text,
            source_marks=source_marks,
            score=-rank,
        )

    def _paragraph(self, version_id: int | None, number: int) -> str:
        row = self._db.execute(
            "SELECT text FROM passages WHERE version = ? AND paragraph = ?", (version_id, number)
        ).fetchone()
        return str(row[0]) if row else ""

    def _counterpart(self, version_id: int, source_id: int, paragraph: int) -> tuple[int, ...]:
        """The source paragraphs the alignment gives paragraph ``paragraph`` of the version;
        the alignment is computed on first need and kept (when the index can be written)."""
        if version_id == source_id:
            return (paragraph,)
        (stored,) = self._db.execute(
            "SELECT alignment FROM versions WHERE id = ?", (version_id,)
        ).fetchone()
        if stored is None:
            stored = json.dumps(self._alignment(version_id, source_id))
            with contextlib.suppress(sqlite3.OperationalError):  # a read-only index: not kept
                self._db.execute(
                    "UPDATE versions SET alignment = ? WHERE id = ?", (stored, version_id)
                )
        mapping: list[list[int]] = json.loads(stored)
        return tuple(mapping[paragraph]) if paragraph < len(mapping) else ()

    def _alignment(self, version_id: int, source_id: int) -> list[list[int]]:
        """For each paragraph of the version, the source paragraphs aligned with it."""
        from reader.core.align.aligner import align

        texts, languages = [], []
        for wanted in (source_id, version_id):
            (language,) = self._db.execute(
                "SELECT language FROM versions WHERE id = ?", (wanted,)
            ).fetchone()
            rows = self._db.execute(
                "SELECT text FROM passages WHERE version = ? ORDER BY paragraph", (wanted,)
            )
            texts.append([text for (text,) in rows])
            languages.append(language)
        mapping: list[list[int]] = [[] for _ in texts[1]]
        for bead in align(texts[0], texts[1], languages[0], languages[1]).beads:
            for j in bead.target:
                mapping[j] = list(bead.source)
        return mapping

    # -- the file --------------------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            message = _("the search index cannot be created here: {reason}")
            raise ReaderError(
                message.format(reason=error.strerror or error), error.filename
            ) from None
        db = sqlite3.connect(self.path, timeout=10, isolation_level=None, check_same_thread=False)
        try:
            (schema,) = db.execute("PRAGMA user_version").fetchone()
            schema = _migrated(db, schema)
            if schema != SCHEMA:
                db.close()
                self._delete_file()
                db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
                _create(db)
            db.execute("PRAGMA synchronous = NORMAL")
        except BaseException:
            db.close()
            raise
        return db

    def _delete_file(self) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                os.remove(f"{self.path}{suffix}")

    def _open_repairing(self) -> sqlite3.Connection:
        """The index file opened, or made anew if it is damaged (said once)."""
        try:
            return self._open()
        except sqlite3.DatabaseError as error:
            if _code(error) not in (_CORRUPT, _NOTADB):
                raise self._storage_error(error) from None
        self._delete_file()
        self._said_rebuilt()
        try:
            return self._open()
        except sqlite3.DatabaseError as error:
            raise self._storage_error(error) from None

    def _rebuild(self) -> None:
        """Start again from an empty index (the file was damaged), and say so once."""
        with contextlib.suppress(sqlite3.Error):
            self._db.close()
        self._delete_file()
        self._db = self._open()
        self._said_rebuilt()

    def _said_rebuilt(self) -> None:
        self._notes.append(
            _("The search index was damaged; it has been rebuilt from the article folders.")
        )

    def _write(self, work: Callable[[], object]) -> None:
        """``work`` in one transaction: all of it is kept, or none."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            work()
        except BaseException:
            if self._db.in_transaction:  # SQLite may have rolled back itself (a full disk)
                self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _guarded(self, work: Callable[[], _T]) -> _T:
        """``work``, with SQLite's errors told as sentences: a damaged index is rebuilt (once)
        and the work done again; a full or read-only disk is named."""
        try:
            return work()
        except sqlite3.DatabaseError as error:
            if _code(error) in _OF_THE_DISK:
                raise self._storage_error(error) from None
        # Anything else means the file is not the index it should be (damaged pages, a table
        # gone): it is derived data, so it is made again.
        try:
            self._rebuild()
            self._refresh(None, quick=False, ahead=None)
            return work()
        except sqlite3.DatabaseError as error:
            raise self._storage_error(error) from None

    def _storage_error(self, error: sqlite3.DatabaseError) -> ReaderError:
        code = _code(error)
        if code == _FULL:
            message = _(
                "the disk is full: the search index could not be written (the articles are unchanged)"
            )
        elif code in (_READONLY, _PERM, _CANTOPEN):
            message = _("the search index cannot be written: the disk or folder is read-only")
        elif code in (_BUSY, _LOCKED):
            message = _("the search index is busy: another Reader is updating it; try again")
        elif code == _IOERR:
            message = _("the search index could not be read or written: the disk reported an error")
        else:
            message = _("the search index could not be used: {reason}").format(reason=error)
        return ReaderError(message, self.path)


def _create(db: sqlite3.Connection) -> None:
    db.execute("PRAGMA journal_mode = WAL")
    db.executescript(
        f"""
        BEGIN;
        CREATE TABLE articles(
            id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, fingerprint TEXT NOT NULL,
            versions TEXT, files TEXT, entry TEXT, broken TEXT, source INTEGER,
            folder_mtime INTEGER);
        -- A quick refresh reads every folder's time: from this index alone, not from rows whose
        -- entries run over several pages each (reading them took half a second at 10,000).
        CREATE INDEX articles_times ON articles(name, folder_mtime);
        -- ``reason``: why the checks could not check the article (``found`` is then empty).
        CREATE TABLE findings(
            name TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, found TEXT NOT NULL, reason TEXT);
        CREATE TABLE versions(
            id INTEGER PRIMARY KEY, article INTEGER NOT NULL, language TEXT NOT NULL,
            revision INTEGER NOT NULL, origin TEXT NOT NULL, alignment TEXT);
        CREATE INDEX versions_by_article ON versions(article);
        CREATE TABLE passages(
            id INTEGER PRIMARY KEY, version INTEGER NOT NULL, paragraph INTEGER NOT NULL,
            text TEXT NOT NULL);
        CREATE INDEX passages_by_version ON passages(version, paragraph);
        CREATE VIRTUAL TABLE passage_terms USING fts5(terms, names, language, tokenize="{_TOKENIZER}");
        PRAGMA user_version = {SCHEMA};
        COMMIT;
        """
    )


def _migrated(db: sqlite3.Connection, schema: int) -> int:
    """The index brought from ``schema`` as far as ``_MIGRATIONS`` go (each step in one
    transaction, kept whole or not at all); the schema it has then."""
    while schema in _MIGRATIONS and schema < SCHEMA:
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute(_MIGRATIONS[schema])
            db.execute(f"PRAGMA user_version = {schema + 1}")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        schema += 1
    return schema


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _each(work: Callable[[str], None], names: Sequence[str]) -> None:
    for name in names:
        work(name)


def _code(error: sqlite3.DatabaseError) -> int:
    return int(getattr(error, "sqlite_errorcode", 0)) & 0xFF


def _int(value: int | None) -> int:
    assert value is not None
    return value


def _versions_part(text: str) -> str:
    """A folder's fingerprint without its review file's line (the last): that of the files the
    findings are computed from."""
    from reader.core.review.store import FILE_NAME

    head, _, last = text.rpartition("\n")
    return head if last.startswith(f"{FILE_NAME}\t") else text


def _by_these_checks(versions_print: str) -> str:
    """What findings are kept under: the fingerprint of the files they were made on, and the
    checks that made them (``checks_version``: findings of older checks are made again). An
    index kept before this held the fingerprint alone: its findings are made again too."""
    from reader.core.library.status import checks_version

    return f"{versions_print}\nchecks\t{checks_version()}"


def _files(stored: str | None) -> list[str] | None:
    return None if stored is None else list(json.loads(stored))


def _relative(version: Version, folder: Path) -> str:
    assert version.path is not None
    return os.path.relpath(version.path, folder)


def _source_version(article: Article) -> Version | None:
    """The version hits are shown beside: the newest revision in the source language."""
    candidates = [v for v in article.versions if v.language == article.source_language]
    return max(candidates, key=lambda v: v.revision) if candidates else None
