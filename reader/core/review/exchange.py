"""The exchange with CAT tools: a source and its translation written as XLIFF 2.0, XLIFF 1.2 or
TMX 1.4, and an XLIFF read back, all through translate-toolkit's storage classes (the library
under Weblate and Pootle).

One unit per bead of the paragraph alignment, almost always one source paragraph and its
translation. A unit's id names its paragraphs, ``s3.t3`` (``s4-5.t4``: two source paragraphs
rendered by one; ``s7.t``: a source paragraph the translation lacks), so that a file edited
elsewhere comes back to the paragraphs it was made from; the paragraphs of a unit are separated
by a blank line. A paragraph's review status becomes the unit's state (translate-toolkit's own
reading of each format's states: approved, needs review, translated), its notes become notes
with their author and time. The file element carries, in Reader's own namespace, the versions
the file was made from and a hash of the source text, so that a file for another article is
told apart.

XLIFF 2.0 puts ``<notes>`` in the ``<unit>``, before its segments (the specification's place;
translate-toolkit 3.20 writes them in the ``<segment>``, where other tools do not look), and
reads them from either place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from lxml import etree
from translate.storage import tmx, xliff, xliff2

from reader.core.align.aligner import Alignment
from reader.core.errors import ReaderError
from reader.core.i18n import _
from reader.core.model import Version, VersionKey
from reader.core.review.model import Note, Status, VersionReview, now, text_hash

NAMESPACE = "urn:x-reader:review:1"
_R = f"{{{NAMESPACE}}}"
etree.register_namespace("reader", NAMESPACE)

_FILE_ID = "article"
_XLIFF12 = f"""<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="{_FILE_ID}" source-language="en" datatype="plaintext">
<body>
</body>
</file>
</xliff>"""

_STATES_12 = {
    Status.APPROVED: "signed-off",
    Status.NEEDS_WORK: "needs-translation",
    Status.UNREVIEWED: "needs-review-translation",
}
_NEEDS_WORK_12 = {"new", "needs-translation", "needs-adaptation", "needs-l10n"}
_APPROVED_12 = {"signed-off", "final"}
_UNIT_ID = re.compile(r"^s((?:\d+(?:-\d+)?)?)\.t((?:\d+(?:-\d+)?)?)$")
_SPACES = re.compile(r"\s+")
PARAGRAPH_BREAK = "\n\n"


class Format(StrEnum):
    """An exchange format ``reader export`` writes; the value is its ``--format`` name."""

    XLIFF2 = "xliff2"
    XLIFF12 = "xliff12"
    TMX = "tmx"


@dataclass(frozen=True)
class Unit:
    """One unit of an exchange file: its id, its paragraphs' texts, its status and notes."""

    id: str
    source: str
    target: str
    status: Status = Status.UNREVIEWED
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class Header:
    """What an exchange file says of itself: its languages, and (when Reader wrote it) the
    versions it was made from and the hash of the source version's text."""

    source_language: str
    target_language: str
    source: str | None = None
    target: str | None = None
    source_hash: str | None = None


@dataclass(frozen=True)
class Exchange:
    header: Header
    units: tuple[Unit, ...]


def _span(indexes: Sequence[int]) -> str:
    if not indexes:
        return ""
    return str(indexes[0]) if len(indexes) == 1 else f"{indexes[0]}-{indexes[-1]}"


def unit_id(source: Sequence[int], target: Sequence[int]) -> str:
    return f"s{_span(source)}.t{_span(target)}"


def parse_unit_id(text: str) -> tuple[tuple[int, ...], tuple[int, ...]] | None:
    """The source and translation paragraphs a unit id names; None for an id Reader did not write."""
    match = _UNIT_ID.match(text)
    if match is None:
        return None

    def indexes(span: str) -> tuple[int, ...]:
        if not span:
            return ()
        first, _dash, last = span.partition("-")
        return tuple(range(int(first), int(last or first) + 1))

    source, target = indexes(match.group(1)), indexes(match.group(2))
    return (source, target) if source or target else None


def _status(statuses: Sequence[Status]) -> Status:
    """A unit's status from its translation paragraphs': needs work if one does, approved if all are."""
    if Status.NEEDS_WORK in statuses:
        return Status.NEEDS_WORK
    if statuses and all(s is Status.APPROVED for s in statuses):
        return Status.APPROVED
    return Status.UNREVIEWED


def units_of(
    source: Version, target: Version, alignment: Alignment, review: VersionReview
) -> list[Unit]:
    """The units of ``target`` against ``source``, one per bead of ``alignment``."""
    sources = [p.text for p in source.paragraphs]
    targets = [p.text for p in target.paragraphs]
    found = []
    for bead in alignment.beads:
        found.append(
            Unit(
                id=unit_id(bead.source, bead.target),
                source=PARAGRAPH_BREAK.join(sources[i] for i in bead.source),
                target=PARAGRAPH_BREAK.join(targets[j] for j in bead.target),
                status=_status([review.status(j, targets[j]) for j in bead.target]),
                notes=tuple(note for j in bead.target for note in review.notes.get(j, ())),
            )
        )
    return found


def header_of(source: Version, target: Version) -> Header:
    return Header(
        source.language, target.language, str(source.key), str(target.key), text_hash(source.text)
    )


# -- writing --------------------------------------------------------------------------------------


def _mark(file_element: Any, header: Header) -> None:
    for name, value in (
        ("source", header.source),
        ("target", header.target),
        ("source-hash", header.source_hash),
    ):
        if value is not None:
            file_element.set(f"{_R}{name}", value)


def _note_element(parent: Any, tag: str, note: Note, author_attribute: str | None) -> None:
    element = etree.SubElement(parent, tag)
    element.text = note.text
    if author_attribute is not None and note.author:
        element.set(author_attribute, note.author)
    element.set(f"{_R}author", note.author)
    element.set(f"{_R}at", note.at)


def _xliff2(header: Header, units: Iterable[Unit]) -> bytes:
    store = xliff2.Xliff2File(
        sourcelanguage=header.source_language, targetlanguage=header.target_language
    )
    store.body.set("id", _FILE_ID)
    _mark(store.body, header)
    for unit in units:
        made = store.addsourceunit(unit.source)
        made.target = unit.target
        made.setid(unit.id)
        if unit.status is Status.APPROVED:
            made.xmlelement.set("state", "final")
        elif unit.status is Status.NEEDS_WORK:
            made.markfuzzy()
        else:
            made.marktranslated()
        if unit.notes:
            element = made.getunitelement()
            notes = etree.Element(made.namespaced("notes"))
            element.insert(0, notes)
            for note in unit.notes:
                _note_element(notes, made.namespaced("note"), note, None)
    return bytes(store)


def _xliff12(header: Header, units: Iterable[Unit]) -> bytes:
    store = xliff.xlifffile.parsestring(_XLIFF12.encode("utf-8"))
    store.setsourcelanguage(header.source_language)
    store.settargetlanguage(header.target_language)
    _mark(store.body.getparent(), header)
    for unit in units:
        made = store.addsourceunit(unit.source, filename=_FILE_ID)
        made.settarget(unit.target, header.target_language)
        made.setid(unit.id)
        # XLIFF 1.2's states by their meaning (translate-toolkit reads "translated" as approved):
        # approved is signed off; needs work asks for a translation; unreviewed, for a review.
        made.set_state_n(made.statemap[_STATES_12[unit.status]])
        for note in unit.notes:
            _note_element(made.xmlelement, made.namespaced("note"), note, "from")
    # translate-toolkit declares its XLIFF 1.1 namespace on each unit, unused: dropped.
    etree.cleanup_namespaces(store.document.getroot())
    return bytes(store)


def _tmx(header: Header, units: Iterable[Unit]) -> bytes:
    store = tmx.tmxfile(
        sourcelanguage=header.source_language, targetlanguage=header.target_language
    )
    for unit in units:
        if not unit.source or not unit.target:
            continue  # a memory holds pairs
        made = store.addsourceunit(unit.source, header.source_language)
        made.settarget(unit.target, header.target_language, append=True)
        made.xmlelement.set("tuid", unit.id)
        prop = etree.Element("prop", type="x-reader-status")
        prop.text = unit.status.value
        made.xmlelement.insert(0, prop)
        for number, note in enumerate(unit.notes):
            element = etree.Element("note")
            element.text = note.text
            element.set(f"{_R}author", note.author)
            element.set(f"{_R}at", note.at)
            made.xmlelement.insert(number, element)
    return bytes(store)


WRITERS = {Format.XLIFF2: _xliff2, Format.XLIFF12: _xliff12, Format.TMX: _tmx}


def write(fmt: Format, header: Header, units: Sequence[Unit], out: Path) -> None:
    """Write ``units`` to ``out`` in ``fmt``."""
    data = WRITERS[fmt](header, units)
    try:
        out.write_bytes(data)
    except OSError as error:
        reason = error.strerror or error
        raise ReaderError(_("cannot be written: {reason}").format(reason=reason), out) from None


# -- reading --------------------------------------------------------------------------------------


def _notes_in(elements: Iterable[Any], author_attribute: str | None) -> tuple[Note, ...]:
    found = []
    for element in elements:
        text = element.text or ""
        if not text:
            continue
        author = element.get(f"{_R}author")
        if author is None and author_attribute is not None:
            author = element.get(author_attribute, "")
        found.append(Note(element.get(f"{_R}at") or now(), author or "", text))
    return tuple(found)


def _xliff2_units(store: Any) -> list[Unit]:
    """Units by their ``<unit>`` id: the segments of one unit (a tool that splits sentences
    makes several) joined with a space, its notes from the unit and its segments."""
    grouped: dict[str, list[Any]] = {}
    for made in store.units:
        grouped.setdefault(made.getunitelement().get("id", ""), []).append(made)
    units = []
    for identifier, segments in grouped.items():
        element = segments[0].getunitelement()
        note_tag = segments[0].namespaced("note")
        statuses = [_status_2(s) for s in segments if str(s.target or "")]
        units.append(
            Unit(
                id=identifier,
                source=" ".join(str(s.source or "") for s in segments),
                target=" ".join(str(s.target or "") for s in segments if str(s.target or "")),
                status=_status(statuses) if statuses else Status.UNREVIEWED,
                notes=_notes_in(element.iter(note_tag), None),
            )
        )
    return units


def _status_2(made: Any) -> Status:
    """An XLIFF 2.0 segment's status: reviewed or final is approved, a target still in its
    initial state needs work (translate-toolkit's fuzzy), a translated one is unreviewed."""
    if made.isapproved():
        return Status.APPROVED
    if made.isfuzzy():
        return Status.NEEDS_WORK
    return Status.UNREVIEWED


def _status_12(made: Any) -> Status:
    """An XLIFF 1.x unit's status: approved="yes" or a signed-off state is approved; a state
    asking for a translation needs work; anything else (translated, needing review) is
    unreviewed."""
    target = made.xmlelement.find(made.namespaced("target"))
    state = target.get("state", "") if target is not None else ""
    if made.xmlelement.get("approved") == "yes" or state in _APPROVED_12:
        return Status.APPROVED
    if state in _NEEDS_WORK_12:
        return Status.NEEDS_WORK
    return Status.UNREVIEWED


def _xliff12_units(store: Any) -> list[Unit]:
    return [
        Unit(
            id=made.xmlelement.get("id", ""),  # getid() puts the file's name before it
            source=str(made.source or ""),
            target=str(made.target or ""),
            status=_status_12(made) if str(made.target or "") else Status.UNREVIEWED,
            notes=_notes_in(made.xmlelement.iterchildren(made.namespaced("note")), "from"),
        )
        for made in store.units
    ]


def _header(file_element: Any, source_language: str | None, target_language: str | None) -> Header:
    return Header(
        source_language or "",
        target_language or "",
        file_element.get(f"{_R}source"),
        file_element.get(f"{_R}target"),
        file_element.get(f"{_R}source-hash"),
    )


def read(path: Path) -> Exchange:
    """An XLIFF file (2.0 or 1.x) as Reader's units; refused in one line when it is none."""
    try:
        data = path.read_bytes()
    except OSError as error:
        reason = error.strerror or error
        raise ReaderError(_("cannot be read: {reason}").format(reason=reason), path) from None
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as error:
        raise ReaderError(_("is not XML: {reason}").format(reason=error), path) from None
    if etree.QName(root).localname != "xliff":
        raise ReaderError(_("is not an XLIFF file"), path)
    try:
        if root.get("version", "").startswith("2."):
            store = xliff2.Xliff2File.parsestring(data)
            header = _header(store.body, store.getsourcelanguage(), store.gettargetlanguage())
            return Exchange(header, tuple(_xliff2_units(store)))
        store = xliff.xlifffile.parsestring(data)
        header = _header(
            store.body.getparent(), store.getsourcelanguage(), store.gettargetlanguage()
        )
        return Exchange(header, tuple(_xliff12_units(store)))
    except (ValueError, etree.LxmlError) as error:
        raise ReaderError(
            _("is not a valid XLIFF file: {reason}").format(reason=error), path
        ) from None


def same_text(first: str, second: str) -> bool:
    """Whether two texts are the same but for their spacing (a tool's segmentation changes it)."""
    return _SPACES.sub(" ", first).strip() == _SPACES.sub(" ", second).strip()


def version_named(text: str | None) -> VersionKey | None:
    if not text:
        return None
    try:
        return VersionKey.parse(text)
    except ValueError:
        return None
