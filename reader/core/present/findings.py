"""Findings in words: each kind named and counted, the banner's count line, the step line and
the tool tip of one finding."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.core.i18n import N_, Nn_, _, ngettext
from reader.core.text.bidi_controls import reveal

if TYPE_CHECKING:
    from reader.core.checks.model import Finding


def finding_name(kind: str) -> str:
    """One finding of ``kind`` named in words: "untranslated word"."""
    name = _FINDING_NAMES.get(kind)
    return _(name) if name else kind.replace("-", " ")


def finding_count(kind: str, count: int) -> str:
    """``count`` findings of ``kind`` in words: "2 untranslated words"."""
    forms = _FINDING_COUNTS.get(kind)
    if forms is None:
        return f"{count} {kind.replace('-', ' ')}"
    return ngettext(*forms, count).format(count=count)


# How the step line and the tool tips name one finding of each kind.
_FINDING_NAMES = {
    "number-mismatch": N_("number that differs from the source"),
    "untranslated": N_("untranslated word"),
    "missing-paragraph": N_("missing paragraph"),
    "extra-paragraph": N_("paragraph not in the source"),
    "repetition": N_("repeated phrase"),
    "length-ratio": N_("paragraph of unusual length"),
    "bidi-control": N_("hidden bidi control"),
    "cross-version": N_("disagreement with the other versions"),
    "added-name": N_("name the source does not have"),
}
# How the banner counts each kind of finding: (one, many), each a whole phrase for ngettext.
_FINDING_COUNTS = {
    "number-mismatch": Nn_(
        "{count} number that differs from the source",
        "{count} numbers that differ from the source",
    ),
    "untranslated": Nn_("{count} untranslated word", "{count} untranslated words"),
    "missing-paragraph": Nn_("{count} missing paragraph", "{count} missing paragraphs"),
    "extra-paragraph": Nn_(
        "{count} paragraph not in the source",
        "{count} paragraphs not in the source",
    ),
    "repetition": Nn_("{count} repeated phrase", "{count} repeated phrases"),
    "length-ratio": Nn_(
        "{count} paragraph of unusual length",
        "{count} paragraphs of unusual length",
    ),
    "bidi-control": Nn_("{count} hidden bidi control", "{count} hidden bidi controls"),
    "cross-version": Nn_(
        "{count} disagreement with the other versions",
        "{count} disagreements with the other versions",
    ),
    "added-name": Nn_(
        "{count} name the source does not have",
        "{count} names the source does not have",
    ),
}


def findings_summary(findings: Sequence[tuple[str, int]]) -> str:
    """The banner's count line: "Checks against the source found 3 possible problems: ..."."""
    total = sum(count for _kind, count in findings)
    if not total:
        return ""
    parts = _(", ").join(finding_count(kind, count) for kind, count in findings if count)
    return ngettext(
        "Checks against the source found {total} possible problem: {kinds}.",
        "Checks against the source found {total} possible problems: {kinds}.",
        total,
    ).format(total=total, kinds=parts)


def finding_step(index: int, total: int, finding: Finding) -> str:
    """The banner's line for the finding a reader has stepped to: "1 of 3: untranslated word:
    ..."; the message is the file's text, so its bidi controls are shown, never obeyed."""
    return reveal(
        _("{position} of {total}: {kind}: {message}").format(
            position=index + 1,
            total=total,
            kind=finding_name(finding.check),
            message=finding.message,
        )
    )


def finding_tip(finding: Finding) -> str:
    """The tool tip over a marked word: what was found, and the source text that shows it."""
    if finding.source_paragraph is None:
        text = _("{kind}: {message}\nSource: {evidence}")
    else:
        text = _("{kind}: {message}\nSource (source paragraph {paragraph}): {evidence}")
    return reveal(
        text.format(
            kind=finding_name(finding.check),
            message=finding.message,
            paragraph=finding.source_paragraph,
            evidence=finding.evidence,
        )
    )
