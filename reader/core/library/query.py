"""A search query: what the user typed, read by the same analysis as the text it searches
(``reader.core.text.terms``), and where it matches in a paragraph.

A query is a list of clauses that must all match. Each clause is a phrase: the terms of one
word (a number's digit groups, the bigrams of a run of Chinese characters), or everything
between quotation marks. The query given to SQLite's FTS5 is built from the terms alone, each
quoted, so that nothing a user types is read as FTS5 syntax (``AND``, ``*``, ``:``, ``^``,
parentheses and quotes are text like any other).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.errors import ReaderError
from reader.core.i18n import _, ngettext
from reader.core.text.terms import Term, name_skeletons, terms, word_skeletons
from reader.core.text.tokens import TokenKind, kind_of
from reader.core.text.words import merged_spans

# The most terms a query searches for: a pasted page is not a query (and FTS5 would take
# seconds over a phrase of thousands of terms).
MAX_TERMS = 64
# Quotation marks that open or close a phrase: ASCII, typographic, guillemets, corner brackets.
_QUOTES = re.compile(r"[\"“”„«»「」『』]")


@dataclass(frozen=True)
class Clause:
    """A phrase of term keys that must follow each other; with ``prefix``, the last one also
    matches the terms it begins: a word still being typed, or a Chinese character alone (the
    index holds pairs of characters, ``東`` begins ``東京``). A name typed in Latin letters
    also matches its spellings in other scripts: a word whose skeleton is one of ``names``."""

    keys: tuple[str, ...]
    prefix: bool = False
    names: tuple[str, ...] = ()

    def fts(self) -> str:
        """The clause in FTS5's syntax, on the index's ``terms`` (and ``names``) columns: each
        term quoted (``"`` doubled inside), the terms of a phrase joined by ``+``."""
        quoted = [_quoted(key) for key in self.keys]
        if self.prefix:
            quoted[-1] += "*"
        phrase = f"terms : ({' + '.join(quoted)})"
        if not self.names:
            return phrase
        return f"({phrase} OR names : ({' OR '.join(map(_quoted, self.names))}))"

    def spells(self, word: str) -> bool:
        """Whether ``word`` (of another script) spells the clause's name."""
        return bool(self.names) and not set(self.names).isdisjoint(word_skeletons(word))

    def matches(self, keys: Sequence[str], start: int) -> bool:
        """Whether the clause matches the terms ``keys`` from ``start`` on."""
        *whole, tail = self.keys
        if start + len(self.keys) > len(keys):
            return False
        if any(keys[start + offset] != key for offset, key in enumerate(whole)):
            return False
        found = keys[start + len(whole)]
        return found.startswith(tail) if self.prefix else found == tail


@dataclass(frozen=True)
class Query:
    """What was typed, and its clauses, all of which must match."""

    text: str
    clauses: tuple[Clause, ...]

    def fts(self) -> str:
        """The FTS5 query: the clauses joined by ``AND``."""
        return " AND ".join(clause.fts() for clause in self.clauses)

    def marks(self, text: str) -> list[tuple[int, int]]:
        """The spans of ``text`` where a clause matches, whole tokens, in order, merged where
        they touch or overlap."""
        found = terms(text)
        keys = [term.key for term in found]
        spans = [
            (found[start].start, found[start + len(clause.keys) - 1].end)
            for clause in self.clauses
            for start in range(len(keys))
            if clause.matches(keys, start)
        ]
        spans += [
            (term.start, term.end)
            for clause in self.clauses
            if clause.names
            for term in found
            if clause.spells(text[term.start : term.end])
        ]
        return merged_spans(spans)

    def paragraph_marks(self, texts: Sequence[str]) -> dict[int, list[tuple[int, int]]]:
        """The marks in each of ``texts`` (a version's paragraphs) that has any, by index."""
        found = {}
        for number, text in enumerate(texts):
            marks = self.marks(text)
            if marks:
                found[number] = marks
        return found


def parse(text: str, prefix: bool = False) -> Query:
    """``text`` as a query: quoted parts are phrases; elsewhere each word is a clause.

    Raises ``ReaderError`` with a sentence a user can act on when there is nothing to search
    for, or too much.
    """
    phrases: list[tuple[str, ...]] = []
    for number, part in enumerate(_QUOTES.split(text)):
        found = terms(part)
        if number % 2:  # inside quotation marks (an unclosed one runs to the end)
            if found:
                phrases.append(tuple(term.key for term in found))
        else:
            phrases.extend(_by_group(found))
    count = sum(len(phrase) for phrase in phrases)
    if not count:
        raise ReaderError(_("the query has no words to search for"))
    if count > MAX_TERMS:
        message = ngettext(
            "the query has {count} word; at most {limit} are searched",
            "the query has {count} words; at most {limit} are searched",
            count,
        )
        raise ReaderError(message.format(count=count, limit=MAX_TERMS))
    # A prefix only where the query ends inside a word: "Put" as typed, not "Putin ".
    typing = prefix and not text[-1:].isspace() and not _QUOTES.match(text[-1:])
    last = len(phrases) - 1
    clauses = (
        Clause(
            phrase,
            prefix=(typing and number == last) or _lone_character(phrase),
            names=_names(phrase, text),
        )
        for number, phrase in enumerate(phrases)
    )
    return Query(text, tuple(dict.fromkeys(clauses)))


def _names(phrase: tuple[str, ...], text: str) -> tuple[str, ...]:
    """The skeletons of a one-word clause that was typed as a name, capitalised (``Putin``,
    not ``putin``: a common word's skeleton is also that of many words of other scripts)."""
    if len(phrase) != 1 or len(phrase[0]) < 3:
        return ()
    capitalised = re.search(rf"\b{re.escape(phrase[0])}\b", text, re.IGNORECASE)
    if capitalised is None or not capitalised.group()[0].isupper():
        return ()
    return name_skeletons(phrase[0])


def _lone_character(phrase: tuple[str, ...]) -> bool:
    """Whether the phrase is one character of a script written without spaces."""
    return len(phrase) == 1 and len(phrase[0]) == 1 and kind_of(phrase[0]) is TokenKind.CJK


def _quoted(key: str) -> str:
    return '"' + key.replace('"', '""') + '"'


def _by_group(found: Sequence[Term]) -> list[tuple[str, ...]]:
    groups: dict[int, list[str]] = {}
    for term in found:
        groups.setdefault(term.group, []).append(term.key)
    return [tuple(keys) for keys in groups.values()]
