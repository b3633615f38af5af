"""RSS and Atom feeds: the newest article links an outlet lists.

A feed is read as data by lxml with entities and network access turned off
(a feed is untrusted input). Only links and dates are taken: every article is
then fetched and read from its own page, where the full text is.
"""

from __future__ import annotations

import datetime as _dt
import email.utils
import urllib.parse
from dataclasses import dataclass

from factdeck.errors import ArticleError

_ATOM = "{http://www.w3.org/2005/Atom}"


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed: where the article is, and when the feed says it was published."""

    url: str
    title: str | None = None
    published: _dt.datetime | None = None


def parse_feed(body: bytes, where: str, base_url: str | None = None) -> list[FeedItem]:
    """The entries of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, newest first when all are dated."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                             recover=False, remove_comments=True)
    try:
        root = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise ArticleError(f"{where}: not a readable feed ({exc.msg})") from None
    if root is None:
        raise ArticleError(f"{where}: the feed is empty")
    items: list[FeedItem] = []
    for entry in root.iter("item", "{*}item", f"{_ATOM}entry"):
        item = _atom_entry(entry, base_url) if entry.tag == f"{_ATOM}entry" \
            else _rss_item(entry, base_url)
        if item is not None and item.url not in {i.url for i in items}:
            items.append(item)
    if not items and _local(root.tag) not in ("rss", "feed", "RDF"):
        raise ArticleError(f"{where}: not an RSS or Atom feed (its root is <{_local(root.tag)}>)")
    if items and all(i.published is not None for i in items):
        items.sort(key=lambda i: i.published, reverse=True)  # type: ignore[arg-type,return-value]
    return items


def choose(items: list[FeedItem], *, limit: int | None = None,
           since: _dt.date | None = None) -> list[FeedItem]:
    """The entries to fetch: published on or after ``since`` (undated ones cannot be), at most
    ``limit`` of them, newest first."""
    if since is not None:
        items = [i for i in items if i.published is not None and i.published.date() >= since]
    return items[:limit] if limit is not None else items


def _rss_item(item: object, base_url: str | None) -> FeedItem | None:
    link = _text(item, "link") or _guid_link(item)
    if not link:
        return None
    published = _rfc822(_text(item, "pubDate")) or _iso(_text(item, "date"))
    return FeedItem(url=_absolute(link, base_url), title=_text(item, "title"),
                    published=published)


def _atom_entry(entry: object, base_url: str | None) -> FeedItem | None:
    link = None
    for el in entry.iterfind(f"{_ATOM}link"):  # type: ignore[attr-defined]
        if el.get("rel", "alternate") == "alternate" and el.get("href"):
            link = el.get("href").strip()
            break
    if not link:
        return None
    published = _iso(_text(entry, f"{_ATOM}published")) or _iso(_text(entry, f"{_ATOM}updated"))
    return FeedItem(url=_absolute(link, base_url), title=_text(entry, f"{_ATOM}title"),
                    published=published)


def _text(element: object, name: str) -> str | None:
    """The text of the first child called ``name`` (any namespace for a bare name)."""
    for child in element:  # type: ignore[attr-defined]
        if not isinstance(child.tag, str):
            continue
        if child.tag == name or (name[0] != "{" and _local(child.tag) == name):
            text = "".join(child.itertext()).strip()
            return text or None
    return None


def _guid_link(item: object) -> str | None:
    for child in item:  # type: ignore[attr-defined]
        if isinstance(child.tag, str) and _local(child.tag) == "guid" and \
                child.get("isPermaLink", "true") != "false":
            text = (child.text or "").strip()
            if text.startswith(("http://", "https://")):
                return text
    return None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _absolute(link: str, base_url: str | None) -> str:
    return urllib.parse.urljoin(base_url, link) if base_url else link


def _aware(value: _dt.datetime) -> _dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=_dt.UTC)


def _rfc822(value: str | None) -> _dt.datetime | None:
    """RSS's "Tue, 10 Jun 2025 04:00:00 GMT"."""
    if not value:
        return None
    try:
        return _aware(email.utils.parsedate_to_datetime(value))
    except (TypeError, ValueError, IndexError):
        return None


def _iso(value: str | None) -> _dt.datetime | None:
    """Atom's "2025-06-10T04:00:00Z" (or a bare date)."""
    if not value:
        return None
    try:
        return _aware(_dt.datetime.fromisoformat(value.strip()))
    except ValueError:
        return None
