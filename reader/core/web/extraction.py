"""The article, not the page: trafilatura finds the text, and light pre- and post-processing puts
it into Reader's version format (headline, caption(s) with their credit, body paragraphs, then
the publisher's notice).

trafilatura decides what is article and what is furniture (menus, share widgets, related links,
comments, cookie banners, ads, footers); nothing here second-guesses it. Around it:
- the headline is the page's ``<h1>`` when it agrees with the metadata's title, else that title;
- captions come from the ``<figcaption>`` of the images trafilatura kept, and of the lead image
  the publisher names in ``og:image`` (extractors drop figure captions);
- the publisher's notice (``reader.core.ingest.notice``) goes last, found in the page when the
  extractor set it aside as furniture;
- author and dates come from the page's metadata.
README ("Articles from the web") says why trafilatura and not readability-lxml, with figures.
"""

from __future__ import annotations

import json
import re
from copy import deepcopy
from dataclasses import dataclass
from functools import cache
from urllib.parse import urljoin

from lxml import etree
from lxml import html as lxml_html

from reader.core.i18n import _
from reader.core.ingest.notice import MAX_NOTICE_CHARS, looks_like_notice
from reader.core.web.discovery import link_language, meta_content, parse_html

_CJK = "\u3000-\u303f\u3040-\u30ff\u4e00-\u9fff\uff00-\uffef"
_SPACE_BETWEEN_CJK = re.compile(f"(?<=[{_CJK}]) (?=[{_CJK}])")
_BLOCK_TAGS = frozenset(
    {"p", "div", "section", "aside", "footer", "blockquote", "li", "em", "i", "small"}
)
_TEXT_OF_SCRIPTS = frozenset({"script", "style", "noscript", "template"})


@cache
def extractor_name() -> str:
    """The extractor's name and version, as provenance records it."""
    import trafilatura

    return f"trafilatura {trafilatura.__version__}"


@dataclass(frozen=True)
class Extracted:
    """An article as extracted: the parts of Reader's version format, and the page's metadata."""

    title: str
    captions: tuple[str, ...]
    body: tuple[str, ...]
    notice: str | None
    author: str | None = None
    published: str | None = None
    modified: str | None = None

    @property
    def text(self) -> str:
        """The version as Reader stores it: paragraphs separated by blank lines, headline first."""
        notice = (self.notice,) if self.notice else ()
        parts = (self.title, *self.captions, *self.body, *notice)
        return "\n\n".join(p for p in parts if p) + "\n"


class NoArticleText(ValueError):
    """The page has no article text; the message says why in a few words."""


def collapse(text: str) -> str:
    """One line of text: whitespace runs as one space, none between CJK characters (a line break
    in the markup is not a space in Chinese or Japanese)."""
    return _SPACE_BETWEEN_CJK.sub("", " ".join(text.split()))


def extract(html: str, url: str | None) -> Extracted:
    """The article in a page's (decoded) markup; NoArticleText if it has none."""
    tree = parse_html(html)
    document = _trafilatura(_without_noscript(tree), url)
    if document is None:
        raise NoArticleText(_why_empty(tree))
    main = document.find("main")
    blocks, images = _blocks(main) if main is not None else ([], [])
    title = _headline(tree, document.get("title"))
    captions = _captions(tree, url, images)
    notice = next((b for b in blocks if looks_like_notice(b)), None) or _notice_in_page(tree)
    furniture = {title, notice, *captions, *_language_boxes(tree)}
    body = tuple(b for b in blocks if b not in furniture)
    if not body:
        raise NoArticleText(_why_empty(tree))
    published, modified = _dates(tree)
    return Extracted(
        title=title or body[0],
        captions=captions,
        body=body if title else body[1:],
        notice=notice,
        author=document.get("author") or None,
        published=published or document.get("date") or None,
        modified=modified,
    )


def _without_noscript(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """A copy of the page without ``<noscript>``: what it holds is addressed to browsers that
    run no scripts ("enable JavaScript to run this app", tracking pixels), never article text."""
    copy = deepcopy(tree)
    for element in list(copy.iter("noscript")):
        element.drop_tree()
    return copy


def _trafilatura(html: lxml_html.HtmlElement, url: str | None) -> etree._Element | None:
    import trafilatura

    def run(recall: bool) -> str | None:
        return trafilatura.extract(
            html,
            url=url,
            output_format="xml",
            include_comments=False,
            include_tables=False,
            include_images=True,  # to learn which images belong to the article (captions)
            with_metadata=True,
            favor_recall=recall,
        )

    # A short article can fall under trafilatura's minimum size: then it is asked for recall.
    result = run(recall=False) or run(recall=True)
    if not result:
        return None
    return etree.fromstring(result.encode("utf-8"), etree.XMLParser(resolve_entities=False))


def _blocks(main: etree._Element) -> tuple[list[str], list[str]]:
    """The text blocks of trafilatura's ``<main>`` in order, and the images it kept."""
    blocks: list[str] = []
    images: list[str] = []
    for element in main:
        if element.tag == "graphic":
            images.append(element.get("src") or "")
            continue
        for graphic in element.iter("graphic"):
            images.append(graphic.get("src") or "")
        items = list(element.iter("item")) if element.tag == "list" else [element]
        for item in items:
            text = collapse("".join(item.itertext()))
            if text:
                blocks.append(text)
    return blocks, images


def _headline(tree: lxml_html.HtmlElement, meta_title: str | None) -> str:
    """The page's ``<h1>`` that the metadata's title agrees with, else that title; with no
    metadata, the first ``<h1>``."""
    headings = [collapse(h.text_content()) for h in tree.iter("h1")]
    headings = [h for h in headings if h]
    title = collapse(meta_title or "")
    if title:
        for heading in headings:
            if heading == title or title.startswith(heading) or heading.startswith(title):
                return heading
        return title
    return headings[0] if headings else ""


def _captions(tree: lxml_html.HtmlElement, url: str | None, images: list[str]) -> tuple[str, ...]:
    """The figure captions of the article's images: those trafilatura kept, and the lead image."""
    wanted = {_absolute(url, src) for src in images if src}
    lead = meta_content(tree, "og:image")
    if lead:
        wanted.add(_absolute(url, lead))
    captions: list[str] = []
    for figure in tree.iter("figure"):
        sources = {_absolute(url, img.get("src") or "") for img in figure.iter("img")}
        sources |= {_absolute(url, s.split()[0]) for s in _srcsets(figure) if s}
        if not sources & wanted:
            continue
        for caption in figure.iter("figcaption"):
            text = collapse(caption.text_content())
            if text and text not in captions:
                captions.append(text)
    return tuple(captions)


def _srcsets(figure: lxml_html.HtmlElement) -> list[str]:
    found = []
    for element in figure.iter("img", "source"):
        for candidate in (element.get("srcset") or "").split(","):
            if candidate.strip():
                found.append(candidate.strip())
    return found


def _absolute(url: str | None, src: str) -> str:
    return urljoin(url or "", src.strip()).split("#")[0]


_MAX_LABEL = 60  # "This post is also available in:", "Read this in:"


def _language_boxes(tree: lxml_html.HtmlElement) -> set[str]:
    """The text of boxes that only link to other language versions ("This post is also
    available in: Français, العربية"): a language switcher, not article text."""
    boxes: set[str] = set()
    for element in tree.iter("p", "div", "li", "ul", "nav"):
        anchors = list(element.iter("a"))
        if not anchors or not all(link_language(a) for a in anchors):
            continue
        label = collapse(element.text_content())
        for anchor in anchors:
            label = label.replace(collapse(anchor.text_content()), "", 1)
        if len(label.strip(" ,:|/·")) <= _MAX_LABEL:
            boxes.add(collapse(element.text_content()))
    return boxes


def _notice_in_page(tree: lxml_html.HtmlElement) -> str | None:
    """The publisher's notice where the extractor left it out: the smallest element whose text
    reads as one."""
    best: str | None = None
    for element in tree.iter(*_BLOCK_TAGS):
        text = element.text_content()
        if len(text) > 4 * MAX_NOTICE_CHARS:
            continue
        text = collapse(text)
        if text and looks_like_notice(text) and (best is None or len(text) < len(best)):
            best = text
    return best


def _dates(tree: lxml_html.HtmlElement) -> tuple[str | None, str | None]:
    """Published and modified, as the page's metadata gives them (OpenGraph, then JSON-LD)."""
    published = meta_content(tree, "article:published_time")
    modified = meta_content(tree, "article:modified_time")
    if published and modified:
        return published, modified
    for item in _json_ld(tree):
        published = published or _string(item.get("datePublished"))
        modified = modified or _string(item.get("dateModified"))
    return published, modified


def _json_ld(tree: lxml_html.HtmlElement) -> list[dict[str, object]]:
    """The JSON-LD objects of the page (read as data; nothing is run)."""
    found: list[dict[str, object]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                stack.extend(v for k, v in item.items() if k == "@graph")
    return found


def _string(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _why_empty(tree: lxml_html.HtmlElement) -> str:
    scripts = sum(1 for _script in tree.iter("script"))
    visible = collapse(
        " ".join(
            text
            for element in tree.iter()
            if isinstance(element.tag, str) and element.tag not in _TEXT_OF_SCRIPTS
            for text in (element.text, element.tail)
            if text
        )
    )
    if scripts and len(visible) < 200:
        return _(
            "the page has no article text: it is only scripts (the text would be built in a "
            "browser, and Reader runs no scripts)"
        )
    return _("the page has no article text that Reader can find")
