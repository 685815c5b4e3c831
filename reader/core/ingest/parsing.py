"""Plain text to paragraphs: headline, caption, body; boilerplate and the notice taken out.

Articles arrive as plain text copied from a news page: the headline on the first line, often
the image caption on the line right below it, then body paragraphs separated by blank lines.
Pages leave debris behind (a share widget's "أنشرها:", "Bagikan:") and end with the
publisher's accuracy notice. This module tells those apart; it never changes a character of
the paragraphs it keeps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.ingest.notice import find_notice
from reader.core.model import Notice, Paragraph, Role
from reader.core.text.direction import paragraph_direction

_BLANK_LINES = re.compile(r"\n[ \t\u00a0\u3000]*\n\s*")

# Share and follow widgets leave their label behind when a page is copied as text.
SHARE_LABELS = frozenset(
    {
        "أنشرها",
        "انشرها",
        "شارك",
        "شاركها",
        "شارك الخبر",
        "مشاركة",
        "شارك هذا",
        "share",
        "share this",
        "share it",
        "share this article",
        "share on",
        "bagikan",
        "bagikan artikel ini",
        "sebarkan",
        "share artikel",
        "partager",
        "partagez",
        "partager cet article",
        "分享",
        "分享到",
        "シェア",
        "シェアする",
        "共有",
        "teilen",
        "compartir",
        "compartilhar",
    }
)
_MAX_SHARE_LABEL = 40

# A caption ends with a photo credit in parentheses, usually "Agency/Photographer" or a
# credit word; or it starts with a photo label.
_CREDIT = re.compile(r"[(（]([^()（）]{2,200})[)）]\s*$")  # CJK text uses full-width brackets
_CREDIT_WORDS = re.compile(
    r"foto|photo|dok\.?|ilustrasi|illustration|antara|reuters|afp|\bap\b|getty|wikimedia"
    r"|istimewa|صورة|تصوير|أرشيف|ويكيميديا|رويترز|图|圖|写真|提供",
    re.IGNORECASE,
)
_PHOTO_LABEL = re.compile(r"^(?:foto|photo|ilustrasi|illustration|صورة|图为|写真)\s*[:：]", re.I)
_MAX_CAPTION = 400


@dataclass(frozen=True)
class ParsedText:
    """What parsing one version's text found."""

    paragraphs: tuple[Paragraph, ...]
    notice: Notice | None
    dropped: tuple[str, ...]


def split_blocks(text: str) -> list[str]:
    """Blocks separated by blank lines (lines holding only spaces count as blank)."""
    return [block.strip("\n") for block in _BLANK_LINES.split(text) if block.strip()]


def is_share_label(block: str) -> bool:
    """A share-widget leftover such as "أنشرها:" or "Bagikan:"."""
    label = block.strip().rstrip(":：").strip().casefold()
    return len(label) <= _MAX_SHARE_LABEL and label in SHARE_LABELS


def is_caption(text: str) -> bool:
    """An image caption: short, one line, ending with a photo credit or starting with a label."""
    text = text.strip()
    if not text or len(text) > _MAX_CAPTION or "\n" in text:
        return False
    if _PHOTO_LABEL.match(text):
        return True
    credit = _CREDIT.search(text)
    return bool(
        credit
        and (
            "/" in credit.group(1)
            or "／" in credit.group(1)
            or _CREDIT_WORDS.search(credit.group(1))
        )
    )


def _roles(blocks: list[str]) -> list[tuple[Role, str]]:
    """Assign title and caption roles to the leading blocks; the rest is body."""
    if not blocks:
        return []
    first, *rest = blocks
    head, _, below = first.partition("\n")
    if below and is_caption(below):
        roles = [(Role.TITLE, head.rstrip()), (Role.CAPTION, below.strip())]
    else:
        roles = [(Role.TITLE, first)]
    if rest and len(roles) == 1 and is_caption(rest[0]):
        roles.append((Role.CAPTION, rest.pop(0)))
    return roles + [(Role.BODY, block) for block in rest]


def parse_text(text: str, language: str) -> ParsedText:
    """Split a version's text into paragraphs with roles and directions.

    Share-widget leftovers are dropped (and reported); the publisher's notice, if one of the
    last paragraphs is a notice, is taken out of the body and returned on its own.
    """
    kept: list[str] = []
    dropped: list[str] = []
    for block in split_blocks(text):
        (dropped if is_share_label(block) else kept).append(block)

    notice = None
    for index in range(len(kept) - 1, max(len(kept) - 3, 0), -1):
        notice = find_notice(kept[index])
        if notice:
            del kept[index]
            break

    paragraphs = tuple(
        Paragraph(role, block, paragraph_direction(block, language)) for role, block in _roles(kept)
    )
    return ParsedText(paragraphs, notice, tuple(dropped))
