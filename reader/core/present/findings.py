"""Findings in words: each kind named and counted, the banner's count line, the step line and
the tool tip of one finding."""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.checks.model import Finding, FindingKind
from reader.core.i18n import N_, Nn_, _, ngettext
from reader.core.text.bidi_controls import reveal


def finding_name(kind: FindingKind) -> str:
    """One finding of ``kind`` named in words: "untranslated word"."""
    return _(_FINDING_NAMES[kind])


def finding_count(kind: FindingKind, count: int) -> str:
    """``count`` findings of ``kind`` in words: "2 untranslated words"."""
    return ngettext(*_FINDING_COUNTS[kind], count).format(count=count)


# How the step line and the tool tips name one finding of each kind.
_FINDING_NAMES = {
    FindingKind.NUMBER_MISMATCH: N_("number that differs from the source"),
    FindingKind.UNTRANSLATED: N_("untranslated word"),
    FindingKind.MISSING_PARAGRAPH: N_("missing paragraph"),
    FindingKind.EXTRA_PARAGRAPH: N_("paragraph not in the source"),
    FindingKind.REPETITION: N_("repeated phrase"),
    FindingKind.LENGTH_RATIO: N_("paragraph of unusual length"),
    FindingKind.BIDI_CONTROL: N_("hidden bidi control"),
    FindingKind.CROSS_VERSION: N_("disagreement with the other versions"),
    FindingKind.ADDED_NAME: N_("name the source does not have"),
    FindingKind.RUN_TOGETHER: N_("words run together"),
    FindingKind.DATE_MISMATCH: N_("weekday that differs from the source"),
    FindingKind.NAME_REPLACED: N_("name that replaces the source's"),
    FindingKind.NAME_AS_MONTH: N_("name taken for a month"),
}
# How the banner counts each kind of finding: (one, many), each a whole phrase for ngettext.
_FINDING_COUNTS = {
    FindingKind.NUMBER_MISMATCH: Nn_(
        "{count} number that differs from the source",
        "{count} numbers that differ from the source",
    ),
    FindingKind.UNTRANSLATED: Nn_("{count} untranslated word", "{count} untranslated words"),
    FindingKind.MISSING_PARAGRAPH: Nn_("{count} missing paragraph", "{count} missing paragraphs"),
    FindingKind.EXTRA_PARAGRAPH: Nn_(
        "{count} paragraph not in the source",
        "{count} paragraphs not in the source",
    ),
    FindingKind.REPETITION: Nn_("{count} repeated phrase", "{count} repeated phrases"),
    FindingKind.LENGTH_RATIO: Nn_(
        "{count} paragraph of unusual length",
        "{count} paragraphs of unusual length",
    ),
    FindingKind.BIDI_CONTROL: Nn_("{count} hidden bidi control", "{count} hidden bidi controls"),
    FindingKind.CROSS_VERSION: Nn_(
        "{count} disagreement with the other versions",
        "{count} disagreements with the other versions",
    ),
    FindingKind.ADDED_NAME: Nn_(
        "{count} name the source does not have",
        "{count} names the source does not have",
    ),
    FindingKind.RUN_TOGETHER: Nn_(
        "{count} place where words run together",
        "{count} places where words run together",
    ),
    FindingKind.DATE_MISMATCH: Nn_(
        "{count} weekday that differs from the source",
        "{count} weekdays that differ from the source",
    ),
    FindingKind.NAME_REPLACED: Nn_(
        "{count} name that replaces the source's",
        "{count} names that replace the source's",
    ),
    FindingKind.NAME_AS_MONTH: Nn_(
        "{count} name taken for a month", "{count} names taken for a month"
    ),
}


def findings_summary(findings: Sequence[tuple[FindingKind, int]], doubtful: int = 0) -> str:
    """The banner's count line: "Checks against the source found 3 possible problems: ...",
    counting the confident findings; ``doubtful`` more are listed as worth a look."""
    total = sum(count for _kind, count in findings)
    if not total and not doubtful:
        return ""
    look = ngettext(
        "{count} more finding is worth a look.", "{count} more findings are worth a look.", doubtful
    ).format(count=doubtful)
    if not total:
        return ngettext(
            "Checks against the source found no clear problem; {count} finding is worth a look.",
            "Checks against the source found no clear problem; {count} findings are worth a look.",
            doubtful,
        ).format(count=doubtful)
    parts = _kinds(findings)
    found = ngettext(
        "Checks against the source found {total} possible problem: {kinds}.",
        "Checks against the source found {total} possible problems: {kinds}.",
        total,
    ).format(total=total, kinds=parts)
    return _("{found} {worth_a_look}").format(found=found, worth_a_look=look) if doubtful else found


def alone_summary(
    findings: Sequence[tuple[FindingKind, int]], doubtful: int, source: str | None
) -> str:
    """The banner's line for a translation checked without its source (a lone file): what the
    checks that need no source found, and that the rest need the ``source`` (a language name;
    None where the file names no source language, nor does the reader)."""
    total = sum(count for _kind, count in findings)
    if total:
        parts = _kinds(findings)
        found = ngettext(
            "Checks that need no source found {total} possible problem: {kinds}.",
            "Checks that need no source found {total} possible problems: {kinds}.",
            total,
        ).format(total=total, kinds=parts)
    else:
        found = _("Checks that need no source flagged nothing.")
    if source is None:
        rest = _("Numbers, names and missing or added text need the source.")
    else:
        rest = _("Numbers, names and missing or added text need the {source} source.").format(
            source=source
        )
    if not doubtful:
        return _("{found} {rest}").format(found=found, rest=rest)
    look = ngettext(
        "{count} more finding is worth a look.", "{count} more findings are worth a look.", doubtful
    ).format(count=doubtful)
    return _("{found} {worth_a_look} {rest}").format(found=found, worth_a_look=look, rest=rest)


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


def nothing_to_step(running: bool) -> str:
    """The status bar's answer to Next Finding where there is none to go to: the checks still
    ``running``, or nothing found in what is on screen."""
    if running:
        return _("The fidelity checks are still running: no findings to go to yet.")
    return _("No findings to go to in the versions on screen.")


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


def _kinds(findings: Sequence[tuple[FindingKind, int]]) -> str:
    """The counts by kind, as the summaries list them: "1 untranslated word, 2 names …"."""
    return _(", ").join(finding_count(kind, count) for kind, count in findings if count)
