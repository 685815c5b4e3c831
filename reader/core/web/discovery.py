"""What a page says about itself and its other language versions.

``<link rel="alternate" hreflang>`` first (and ``hreflang="x-default"``, the version a site
shows when it cannot tell the reader's language); where there are none, the page's language
switcher: a group of links whose text (or ``hreflang``/``lang`` attribute) names languages.
Also the canonical link, ``<html lang>`` and OpenGraph's locale, which are evidence of the page's
own language and of the authoritative one.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import urldefrag, urljoin, urlsplit

from lxml import html as lxml_html

from reader.core.text.languages import LANGUAGES, code_for_name, primary_subtag

X_DEFAULT = "x-default"


@dataclass(frozen=True)
class Alternate:
    """A link to another language version: its language as the page gives it, and its address."""

    language: str
    url: str
    how: str  # "hreflang" or "switcher"


@dataclass(frozen=True)
class PageFacts:
    """What the page's markup declares."""

    url: str
    html_lang: str | None
    og_locale: str | None
    canonical: str | None
    alternates: tuple[Alternate, ...]
    x_default: str | None

    @property
    def declared_language(self) -> str | None:
        """The page's own language as its markup declares it (a known primary subtag)."""
        for value in (self.html_lang, self.og_locale):
            code = known_language(value)
            if code:
                return code
        return None

    def language_of(self, url: str) -> str | None:
        """The language an alternate link gives ``url``, if one does."""
        for alternate in self.alternates:
            if same_page(alternate.url, url):
                return known_language(alternate.language)
        return None


def known_language(value: str | None) -> str | None:
    """A language tag (``ar``, ``zh-Hans``, ``fr_FR``) as a code Reader knows, else None."""
    if not value:
        return None
    code = primary_subtag(value)
    return code if code in LANGUAGES else None


def same_page(a: str, b: str) -> bool:
    """Whether two addresses name one page (fragments, default ports and a trailing slash aside)."""
    return _page_key(a) == _page_key(b)


def _page_key(url: str) -> tuple[str, str, str, str]:
    url = urldefrag(url)[0]
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return (url, "", "", "")
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    host = (parts.hostname or "").lower()
    netloc = host if port in (None, default) else f"{host}:{port}"
    return (parts.scheme.lower(), netloc, parts.path.rstrip("/") or "/", parts.query)


def parse_html(text: str) -> lxml_html.HtmlElement:
    """A page's markup as a tree (no scripts run, nothing loaded: lxml only parses)."""
    # lxml refuses str input that carries an XML encoding declaration; the text is decoded.
    if text.lstrip().startswith("<?xml"):
        text = text.split("?>", 1)[1] if "?>" in text else text
    return lxml_html.document_fromstring(text or "<html></html>")


def page_facts(tree: lxml_html.HtmlElement, url: str) -> PageFacts:
    base = _base_url(tree, url)
    html_lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    og_locale = meta_content(tree, "og:locale")
    canonical = None
    hreflang: list[Alternate] = []
    x_default = None
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if not href:
            continue
        if "canonical" in rel and canonical is None:
            canonical = urljoin(base, href)
        elif "alternate" in rel and link.get("hreflang"):
            language = link.get("hreflang", "").strip()
            if language.lower() == X_DEFAULT:
                x_default = urljoin(base, href)
            else:
                hreflang.append(Alternate(language, urljoin(base, href), "hreflang"))
    alternates = tuple(hreflang) or tuple(_switcher(tree, base))
    return PageFacts(url, html_lang, og_locale, canonical, alternates, x_default)


def _base_url(tree: lxml_html.HtmlElement, url: str) -> str:
    for base in tree.iter("base"):
        href = (base.get("href") or "").strip()
        if href:
            return str(urljoin(url, str(href)))
    return url


def meta_content(tree: lxml_html.HtmlElement, name: str) -> str | None:
    """The content of the page's first non-empty ``<meta>`` with this property or name."""
    for meta in tree.iter("meta"):
        if name in ((meta.get("property") or "").lower(), (meta.get("name") or "").lower()):
            content = (meta.get("content") or "").strip()
            if content:
                return content
    return None


# -- language switchers ---------------------------------------------------------------------------

_NATIVE_NAMES = {lang.native_name.casefold(): code for code, lang in LANGUAGES.items()}


def link_language(anchor: lxml_html.HtmlElement) -> str | None:
    """The language a switcher link names: its ``hreflang``/``lang`` attribute, or its text
    when that is a language's name, native name or code ("English", "العربية", "FR")."""
    for attribute in ("hreflang", "lang"):
        code = known_language(anchor.get(attribute))
        if code:
            return code
    for element in anchor.iter():
        code = known_language(element.get("lang")) if element is not anchor else None
        if code:
            return code
    text = " ".join(anchor.text_content().split())
    if not text or len(text) > 30:
        return None
    folded = text.casefold()
    if folded in _NATIVE_NAMES:
        return _NATIVE_NAMES[folded]
    if folded in LANGUAGES and len(folded) == 2:
        return folded
    return code_for_name(text)


def _switcher(tree: lxml_html.HtmlElement, base: str) -> list[Alternate]:
    """The links of the page's language switcher: the largest group of sibling-ish links (one
    container) that name at least two different languages."""
    groups: dict[lxml_html.HtmlElement, list[tuple[str, str]]] = defaultdict(list)
    for anchor in tree.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith("#"):
            continue
        code = link_language(anchor)
        if code is None:
            continue
        container = _container(anchor)
        groups[container].append((code, urljoin(base, href)))
    best: list[tuple[str, str]] = []
    for links in groups.values():
        if len({code for code, _ in links}) >= 2 and len(links) > len(best):
            best = links
    seen: set[str] = set()
    found = []
    for code, url in best:
        if code not in seen:
            seen.add(code)
            found.append(Alternate(code, url, "switcher"))
    return found


def _container(anchor: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """The element that holds a switcher's links: the nearest list, nav or div above the link
    (above its list item, if it is in one)."""
    node = anchor.getparent()
    while node is not None and node.tag in ("li", "span", "strong", "em", "b"):
        node = node.getparent()
    return node if node is not None else anchor


def is_language_home(url: str, language: str) -> bool:
    """Whether ``url`` is only a language's home page (``/en/``, ``/en``, ``/?lang=en``): a
    switcher that links there does not lead to a version of the article."""
    parts = urlsplit(url)
    path = parts.path.strip("/").lower()
    return path in ("", language) or path.split("/") == [language]
