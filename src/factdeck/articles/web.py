"""Articles from the web: a URL becomes a Markdown article file saved in a folder.

The page is fetched once, its article extracted, and the result written as
``.md`` with front matter (title, outlet, author, published, url, fetched).
From then on the saved file is the article: a deck built from URLs keeps its
articles beside the bank and is checked offline forever after.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
import unicodedata
import urllib.parse
from pathlib import Path

from factdeck import atomic
from factdeck.articles.feeds import FeedItem, choose, parse_feed
from factdeck.articles.fetch import FEED_TYPES, FetchError, Limits, fetch, is_url
from factdeck.articles.html import WebArticle, extract_html
from factdeck.errors import ArticleError

__all__ = ["is_url", "save_url", "feed_items", "file_name", "MIN_WORDS", "Limits"]

MIN_WORDS = 80  # less than this is a teaser, a paywall's first lines or not an article
PAYWALL_WORDS = 300  # a page marked not free that shows less than this is the teaser only


def save_url(url: str, folder: str | Path, *, limits: Limits | None = None,
             min_words: int = MIN_WORDS) -> Path:
    """Fetch one article page and save it as ``folder/NAME.md``; return the file written.

    Raises :class:`ArticleError` (one line, naming the URL) when the page cannot be
    fetched or holds no usable article.
    """
    page = fetch(url, limits=limits)
    article = extract_html(page.text(), url, url=page.final_url)
    words = article.words()
    if article.paywalled and words < PAYWALL_WORDS:
        raise FetchError(url, f"behind a paywall: only {words} words are free to read")
    if words < min_words:
        raise FetchError(url, f"only {words} words of article text (a teaser, a paywall or "
                         f"not an article page; at least {min_words} are needed)")
    _fill_from_text(article, url)
    folder = Path(folder)
    path = folder / file_name(article, url)
    try:
        atomic.write_text(path, article.markdown(fetched=page.fetched))
    except OSError as exc:
        raise ArticleError(f"{path}: cannot write it ({exc.strerror or exc})") from None
    return path


def feed_items(url: str, *, limit: int | None = None, since: _dt.date | None = None,
               limits: Limits | None = None) -> list[FeedItem]:
    """The entries of the feed at ``url`` to fetch, newest first."""
    page = fetch(url, accept=FEED_TYPES + ("text/html",), limits=limits)
    if page.content_type == "text/html":
        raise FetchError(url, "a web page, not a feed (give it without --feed to read it as "
                         "an article)")
    items = parse_feed(page.body, url, base_url=page.final_url)
    if not items:
        raise FetchError(url, "the feed lists no articles")
    return choose(items, limit=limit, since=since)


def file_name(article: WebArticle, url: str) -> str:
    """``title-words-1a2b3c4d.md``: readable, and the same for the same URL every time."""
    base = article.title or urllib.parse.urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
    ascii_text = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > 60:
            break
        slug = f"{slug}-{word}" if slug else word
    digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:8]
    return f"{slug or 'article'}-{digest}.md"


def _fill_from_text(article: WebArticle, url: str) -> None:
    """Put in the front matter what only the text says ("By ...", "Published ..."), so the
    saved file states all it knows at the top."""
    from factdeck.articles import parse_article

    read = parse_article(article.markdown(), url, kind="md")
    for key in ("title", "outlet", "author", "published"):
        if getattr(article, key) is None and getattr(read, key) is not None:
            setattr(article, key, getattr(read, key))
