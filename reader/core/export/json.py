"""The JSON documents the commands print, each in one place; shapes fixed in PRODUCT.md.

Fields are added, never renamed: scripts read these. Every string a document holds is data
(the file's text) or a stable name (``"number-mismatch"``, ``"insert"``); the few sentences in
it (a finding's message, a loader's remark) are English whatever the reader's language, since
the commands compose them with ``reader.core.i18n.english`` in effect.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from reader.core.checks.model import Finding, count_by_kind
from reader.core.errors import display_path
from reader.core.model import Article, Notice, Version
from reader.core.review.model import Dismissal, Progress, VersionReview, approval
from reader.core.review.store import dismissal_json, note_json

if TYPE_CHECKING:  # the values only, not the work that makes them
    from reader.core.align.aligner import Alignment
    from reader.core.compare.ops import DiffSummary, Op


def paragraphs_json(version: Version) -> list[dict[str, Any]]:
    """A version's paragraphs, as every document lists them: role, text, direction."""
    return [
        {"role": p.role.value, "text": p.text, "direction": p.direction.value}
        for p in version.paragraphs
    ]


# -- reader info ---------------------------------------------------------------------------------


def article_json(article: Article) -> dict[str, Any]:
    """The ``reader info --json`` document."""
    return {
        "article": {
            "title": article.display_title,
            "source_language": article.source_language,
            "notice": article.notice,
            "remarks": list(article.remarks),
            "source_evidence": [dataclasses.asdict(e) for e in article.source_evidence],
        },
        "versions": [_version_json(v) for v in article.versions],
    }


def _version_json(version: Version) -> dict[str, Any]:
    return {
        "language": version.language,
        "revision": version.revision,
        "origin": version.origin.value,
        "encoding": version.encoding,
        "direction": version.paragraphs[0].direction.value if version.paragraphs else None,
        "notice": _notice_json(version.notice),
        "paragraphs": paragraphs_json(version),
        "file": display_path(version.path) if version.path else None,
        "language_detected": version.language_detected,
        "dropped": list(version.dropped),
        "remarks": list(version.remarks),
        "provenance": dataclasses.asdict(version.provenance) if version.provenance else None,
        "parent": version.parent,
    }


def _notice_json(notice: Notice | None) -> dict[str, Any] | None:
    if notice is None:
        return None
    return {
        "text": notice.text,
        "main_language": notice.main_language,
        "machine_languages": list(notice.machine_languages),
    }


# -- reader check --------------------------------------------------------------------------------


def check_json(
    source: Version, translation: Version, findings: Iterable[Finding]
) -> dict[str, Any]:
    """The ``reader check --json`` document for one translation."""
    findings = list(findings)
    return {
        "source": {
            "language": source.language,
            "revision": source.revision,
            "paragraphs": paragraphs_json(source),
        },
        **_translation_findings_json(translation, findings),
    }


def _translation_findings_json(translation: Version, findings: list[Finding]) -> dict[str, Any]:
    """The ``translation``, ``findings`` and ``counts`` of a ``reader check`` document."""
    return {
        "translation": {
            "language": translation.language,
            "revision": translation.revision,
            "origin": translation.origin.value,
            "paragraphs": paragraphs_json(translation),
        },
        "findings": [finding_json(f) for f in findings],
        "counts": {str(kind): count for kind, count in count_by_kind(findings)},
    }


def check_alone_json(
    translation: Version, source_language: str, findings: Iterable[Finding]
) -> dict[str, Any]:
    """The ``reader check FILE --json`` document: a translation checked without its source.
    It has no ``source`` object (there is none to describe), the source language it was
    checked for, and the checks that need the source and did not run."""
    from reader.core.checks.model import FindingKind
    from reader.core.checks.run import ALONE_KINDS

    findings = list(findings)
    return {
        "alone": True,
        "source_language": source_language,
        **_translation_findings_json(translation, findings),
        "checks_run": [str(kind) for kind in ALONE_KINDS],
        "needs_source": [str(kind) for kind in FindingKind if kind not in ALONE_KINDS],
    }


def finding_json(finding: Finding) -> dict[str, Any]:
    """One finding as the ``reader check --json`` document holds it."""
    return {
        "check": str(finding.check),
        "paragraph": finding.paragraph,
        "source_paragraph": finding.source_paragraph,
        "message": finding.message,
        "evidence": finding.evidence,
        "spans": [list(span) for span in finding.spans],
        "confidence": str(finding.confidence),
    }


# -- reader align --------------------------------------------------------------------------------


def alignment_json(source: Version, target: Version, alignment: Alignment) -> dict[str, Any]:
    """The ``reader align --json`` document."""
    return {
        "source": {"language": source.language, "paragraphs": paragraphs_json(source)},
        "translation": {"language": target.language, "paragraphs": paragraphs_json(target)},
        "beads": [
            {
                "source": list(bead.source),
                "translation": list(bead.target),
                "score": round(bead.score, 4),
                "kind": bead.kind,
            }
            for bead in alignment.beads
        ],
    }


# -- reader diff ---------------------------------------------------------------------------------


def diff_json(ops: Sequence[Op], summary: DiffSummary, language: str | None) -> dict[str, Any]:
    """The ``reader diff --json`` document."""
    return {
        "language": language,
        "ops": [
            {"op": str(op.op), "text": op.text, **({"minor": True} if op.minor else {})}
            for op in ops
        ],
        "summary": {
            "words_inserted": summary.words_inserted,
            "words_deleted": summary.words_deleted,
            "paragraphs_changed": summary.paragraphs_changed,
            "minor_changes": summary.minor_changes,
        },
    }


# -- reader review, reader apply -----------------------------------------------------------------


def review_json(
    version: Version,
    review: VersionReview,
    dismissed: Sequence[Dismissal],
    progress: Progress,
) -> dict[str, Any]:
    """The ``reader review --json`` document: each paragraph's status and notes, the dismissed
    findings, the progress; ``approved`` (who and when) once every paragraph is approved."""
    texts = [p.text for p in version.paragraphs]
    done = approval(review, texts)
    return {
        "version": str(version.key),
        "paragraphs": [
            {
                "paragraph": index,
                "status": review.status(index, text).value,
                "notes": [note_json(n) for n in review.notes.get(index, ())],
            }
            for index, text in enumerate(texts)
        ],
        "dismissed": [dismissal_json(d) for d in dismissed],
        "progress": {
            "approved": progress.approved,
            "needs_work": progress.needs_work,
            "total": progress.total,
        },
        "approved": None if done is None else {"by": list(done.by), "at": done.at},
        "finished": None
        if review.finished is None
        else {"by": review.finished.by, "at": review.finished.at},
    }


def apply_json(language: str, revision: int, changed: Sequence[int]) -> dict[str, Any]:
    """The ``reader apply --json`` document."""
    return {"language": language, "revision": revision, "changed_paragraphs": list(changed)}
