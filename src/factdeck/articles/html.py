"""HTML pages: the article's main text and metadata, read by trafilatura (lxml underneath).

Finding the article inside a news page (past menus, cookie banners, related
links, comments) and its title, author, date and site is a solved problem;
trafilatura solves it in linear time on C-backed lxml, where a hand-written
parser was quadratic on broken markup. What comes out is written as a
Markdown article with front matter, so an HTML page, a fetched URL and a
teacher's own ``.md`` file are read the same way afterwards.

Dates come only from the page's markup (meta tags, JSON-LD, <time>), never from
guessing at dates in the text: a wrong publication date is worse than none.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Any

from factdeck.articles.furniture import is_boilerplate
from factdeck.articles.outlets import outlet_of_url
from factdeck.errors import ArticleError

# schema.org's own flag for an article behind a paywall
_NOT_FREE = re.compile(r"""(?i)["']?isAccessibleForFree["']?\s*:\s*["']?false""")
# "daily.example", "www.example.org:8080": a host name standing in for a site's name
_HOSTNAME = re.compile(r"(?i)^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?$")
# the page's <title>, which often ends with the site's name
_TITLE_TAG = re.compile(r"(?is)<title\b[^>]*>(?P<title>[^<]{1,400})</title>")
# "Headline | Site", "Headline - Site", "Headline – Site": the part after the headline
_SITE_SUFFIX = re.compile(r"""(?x)^\s*
    [|\-\u2013\u2014:\u00b7\u2022]\s*                 # the separator sites put there
    (?P<site>[^|\u2013\u2014]{2,40}?)\s*$            # the site's name, short
    """)
# fewer words than this from the fast extractor: try again with trafilatura's fallbacks
RETRY_WORDS = 100
# the body elements trafilatura returns that hold running text
_BLOCKS = frozenset({"p", "head", "quote", "item", "code"})


@dataclass
class WebArticle:
    """What a page holds: the article's paragraphs and the metadata its markup gives."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: _dt.date | None = None
    url: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    paywalled: bool = False  # the page itself says the article is not free to read

    def words(self) -> int:
        """Words of article text, the measure of whether there is an article at all."""
        return sum(len(p.split()) for p in self.paragraphs)

    def markdown(self, fetched: _dt.datetime | None = None) -> str:
        """The article as Markdown with front matter (title, outlet, author, published, url)."""
        import yaml  # only pages pay for it, like front matter when it is read

        front: dict[str, Any] = {}
        for key in ("title", "outlet", "author", "published", "url"):
            value = getattr(self, key)
            if value is not None:
                front[key] = value
        if fetched is not None:
            front["fetched"] = fetched.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        head = yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=10_000,
                              default_flow_style=False) if front else ""
        parts = [f"# {self.title}"] if self.title else []
        parts += self.paragraphs
        return f"---\n{head}---\n\n" + "\n\n".join(parts) + "\n"


def extract_html(source: str | bytes, where: str, url: str | None = None) -> WebArticle:
    """The main text and metadata of an HTML page; ``where`` names it in errors."""
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - trafilatura is a core dependency
        raise ArticleError(f"{where}: reading HTML needs trafilatura "
                           "(pip install trafilatura)") from None
    if isinstance(source, bytes):
        source = source.decode("utf-8", errors="replace")
    if not source.strip():
        raise ArticleError(f"{where}: the HTML page is empty")
    doc = _extract(trafilatura, source, url, fast=True)
    if doc is None or doc.body is None or _words(doc.body) < RETRY_WORDS:
        # the main extractor found little: let trafilatura compare it with its fallbacks
        # (readability, jusText), which doubles the time but finds text in odd layouts
        doc = _extract(trafilatura, source, url, fast=False) or doc
    if doc is None or doc.body is None:
        raise ArticleError(f"{where}: no article text found in the page")
    article = WebArticle(paywalled=bool(_NOT_FREE.search(source)))
    article.url = url or _clean(doc.url)
    article.title = _clean(doc.title)
    article.author = _authors(doc.author)
    article.published = _date(doc.date)
    article.outlet = _outlet(doc.sitename, article.url, _title_site(source, article.title))
    article.paragraphs = _paragraphs(doc.body, article.title)
    if not article.paragraphs:
        raise ArticleError(f"{where}: no article text found in the page")
    return article


def _extract(trafilatura: Any, source: str, url: str | None, *, fast: bool) -> Any:
    return trafilatura.bare_extraction(
        source, url=url, fast=fast, with_metadata=True, include_comments=False,
        include_tables=False, include_images=False, include_links=False,
        include_formatting=False, favor_precision=True, deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True,
                                "outputformat": "%Y-%m-%d"})


def _words(body: Any) -> int:
    return len(" ".join(body.itertext()).split())


def _paragraphs(body: Any, title: str | None) -> list[str]:
    """One paragraph per text block, furniture lines dropped, the title not repeated."""
    out: list[str] = []
    for element in body.iter(*_BLOCKS):
        if element.tag in ("quote", "item") and element.find(".//p") is not None:
            continue  # its own paragraphs come next in the walk
        for br in element.iter("lb"):  # a line break separates words
            br.tail = " " + (br.tail or "")
        text = " ".join("".join(element.itertext()).split())
        if not text or is_boilerplate(text):
            continue
        if element.tag == "head" and not out and title and text == title:
            continue
        if out and out[-1] == text:
            continue
        out.append(text)
    return out


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None


def _authors(value: str | None) -> str | None:
    """trafilatura's "A; B; C" as a person writes it: "A, B and C"."""
    value = _clean(value)
    if not value:
        return None
    names = [n.strip() for n in value.split(";") if n.strip()]
    names = [re.sub(r"(?i)^by\s+", "", n) for n in names]
    names = list(dict.fromkeys(names))
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _date(value: str | None) -> _dt.date | None:
    if not value:
        return None
    try:
        return _dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _outlet(sitename: str | None, url: str | None, title_site: str | None) -> str | None:
    """The site's own name; a bare host name only when no better one is known."""
    sitename = _clean(sitename)
    known = outlet_of_url(url) if url else None
    if sitename and not _HOSTNAME.match(sitename):
        return sitename
    return known or title_site or sitename


def _title_site(source: str, title: str | None) -> str | None:
    """"Headline | Site" in the <title>, when the headline is the article's title."""
    if not title:
        return None
    m = _TITLE_TAG.search(source, 0, 300_000)
    if not m:
        return None
    import html

    raw = " ".join(html.unescape(m.group("title")).split())
    if not raw.startswith(title):
        return None
    suffix = _SITE_SUFFIX.match(raw[len(title):])
    if not suffix or len(suffix.group("site").split()) > 5:
        return None
    return suffix.group("site")
