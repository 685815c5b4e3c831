"""Fixture news sites: the known text of each language version, rendered into a CMS template.

Each folder here is one site: ``site.toml`` (its template, source language, paths, author and
dates) and one plain-text file per language in Reader's version format (headline, caption,
body paragraphs, then the publisher's notice on the translations). Those files are the known
text that extraction is scored against, paragraph by paragraph; the templates wrap them in what
real news CMSs emit around an article (menus, share widgets, related links, comments, cookie
banners, ads, footers, scripts, JSON-LD and OpenGraph metadata).

``heldback_*`` sites were written before extraction was tuned and are scored apart.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
_CREDIT = re.compile(r"\s*([(（][^()（）]+[)）])\s*$")


@dataclass(frozen=True)
class Story:
    """One language version of a fixture article, as the page shows it."""

    language: str
    title: str
    caption: str
    credit: str
    body: tuple[str, ...]
    notice: str | None

    @property
    def paragraphs(self) -> list[str]:
        """The known paragraphs in Reader's order: headline, caption with credit, body, notice."""
        notice = [self.notice] if self.notice else []
        return [self.title, f"{self.caption} {self.credit}", *self.body, *notice]


@dataclass(frozen=True)
class Site:
    name: str
    template: str
    source: str
    paths: dict[str, str]
    author: str
    published: str
    modified: str
    held_back: bool

    @property
    def languages(self) -> list[str]:
        return list(self.paths)

    def story(self, language: str) -> Story:
        return parse_story((HERE / self.name / f"{language}.txt").read_text("utf-8"), language)

    def expected_text(self, language: str) -> str:
        return (HERE / self.name / f"{language}.txt").read_text("utf-8")

    def render(self, language: str, base: str) -> str:
        """The page of ``language`` as the site serves it at ``base`` (scheme://host:port)."""
        if self.held_back:
            from tests.web.sites import heldback as templates
        else:
            from tests.web.sites import templates  # type: ignore[no-redef]
        render = getattr(templates, self.template)
        return str(render(self, language, base))

    def url(self, language: str, base: str) -> str:
        return base + self.paths[language]


def parse_story(text: str, language: str) -> Story:
    blocks = [block.strip() for block in text.strip().split("\n\n")]
    title, caption_line, *rest = blocks
    credit = _CREDIT.search(caption_line)
    assert credit, f"the fixture's caption has no credit: {caption_line!r}"
    notice = None
    if rest and _is_notice(rest[-1]):
        notice = rest.pop()
    return Story(
        language=language,
        title=title,
        caption=caption_line[: credit.start()],
        credit=credit.group(1),
        body=tuple(rest),
        notice=notice,
    )


def _is_notice(block: str) -> bool:
    from reader.core.ingest.notice import looks_like_notice

    return looks_like_notice(block)


def load_site(name: str) -> Site:
    data = tomllib.loads((HERE / name / "site.toml").read_text("utf-8"))
    return Site(
        name=name,
        template=data["template"],
        source=data["source"],
        paths=dict(data["paths"]),
        author=data["author"],
        published=data["published"],
        modified=data["modified"],
        held_back=bool(data.get("held_back", False)),
    )


def all_sites() -> list[Site]:
    return [load_site(p.parent.name) for p in sorted(HERE.glob("*/site.toml"))]


TUNED = [site.name for site in all_sites() if not site.held_back]
HELD_BACK = [site.name for site in all_sites() if site.held_back]
