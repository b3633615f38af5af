"""RSS and Atom feeds: the newest article links, read as data."""

from __future__ import annotations

import datetime as dt

import pytest
from webserver import NewsServer

from factdeck.articles.feeds import FeedItem, choose, parse_feed
from factdeck.articles.web import feed_items
from factdeck.errors import ArticleError

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>Older</title><link>https://news.example/older</link>
<pubDate>Mon, 01 Jan 2024 10:00:00 +0000</pubDate></item>
<item><title>Newest</title><link>https://news.example/newest</link>
<pubDate>Wed, 03 Jan 2024 10:00:00 GMT</pubDate></item>
<item><title>Middle</title><guid>https://news.example/middle</guid>
<pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate></item>
<item><title>No link at all</title></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>T</title><id>x</id><updated>2024-01-03T00:00:00Z</updated>
<entry><title>One</title><link rel="alternate" href="/one"/><link rel="edit" href="/e1"/>
<id>1</id><updated>2024-02-01T00:00:00Z</updated></entry>
<entry><title>Two</title><link href="https://news.example/two"/><id>2</id>
<published>2024-02-05T12:00:00+01:00</published><updated>2024-02-06T00:00:00Z</updated></entry>
</feed>"""

RDF = b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="x"><title>T</title></channel>
<item rdf:about="https://news.example/r1"><title>R1</title><link>https://news.example/r1</link>
<dc:date>2024-03-01T00:00:00Z</dc:date></item></rdf:RDF>"""


def test_rss_items_newest_first_with_guid_links() -> None:
    items = parse_feed(RSS, "feed.xml")
    assert [i.url for i in items] == ["https://news.example/newest",
                                      "https://news.example/middle",
                                      "https://news.example/older"]
    assert items[0].title == "Newest"
    assert items[0].published == dt.datetime(2024, 1, 3, 10, tzinfo=dt.UTC)


def test_atom_entries_with_relative_links_and_published_dates() -> None:
    items = parse_feed(ATOM, "atom.xml", base_url="https://news.example/feeds/atom.xml")
    assert [i.url for i in items] == ["https://news.example/two", "https://news.example/one"]
    assert items[0].published == dt.datetime(2024, 2, 5, 11, tzinfo=dt.UTC)


def test_rss_1_rdf_feeds() -> None:
    assert [i.url for i in parse_feed(RDF, "rdf.xml")] == ["https://news.example/r1"]


def test_limit_and_since_choose_the_newest() -> None:
    items = parse_feed(RSS, "feed.xml")
    assert [i.title for i in choose(items, limit=2)] == ["Newest", "Middle"]
    assert [i.title for i in choose(items, since=dt.date(2024, 1, 2))] == ["Newest", "Middle"]
    undated = [FeedItem("https://news.example/u")]
    assert choose(undated, since=dt.date(2024, 1, 1)) == []  # its date cannot be checked
    assert choose(undated) == undated


@pytest.mark.parametrize("body, message", [
    (b"<html><body>not xml", "not a readable feed"),
    (b"<?xml version='1.0'?><catalog><book/></catalog>", "not an RSS or Atom feed"),
])
def test_what_is_not_a_feed_says_so(body: bytes, message: str) -> None:
    with pytest.raises(ArticleError, match=message):
        parse_feed(body, "x.xml")


def test_entities_are_not_expanded() -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><item><title>&b;</title>'
            b"<link>https://news.example/x</link></item></channel></rss>")
    items = parse_feed(bomb, "bomb.xml")
    assert items[0].url == "https://news.example/x"
    assert "aaaaaaaaaa" not in (items[0].title or "")


def test_served_feeds_give_the_server_pages(news: NewsServer) -> None:
    rss = feed_items(news.url("/feeds/rss.xml"), limit=3)
    assert [i.url for i in rss] == [news.url("/world/fishermen"),  # 22 June 2024, the newest
                                    news.url("/2024/05/rail-strike"),
                                    news.url("/local/museum-ship")]
    atom = feed_items(news.url("/feeds/atom.xml"), since=dt.date(2024, 5, 1))
    assert [i.url for i in atom] == [news.url("/world/fishermen"),
                                     news.url("/2024/05/rail-strike")]


def test_a_web_page_given_as_a_feed_is_refused(news: NewsServer) -> None:
    with pytest.raises(ArticleError, match="a web page, not a feed"):
        feed_items(news.url("/news/quay"))
