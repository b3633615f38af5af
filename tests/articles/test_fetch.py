"""Downloading a page within limits: every way it goes wrong is one clear line."""

from __future__ import annotations

import socket
import time

import pytest
from webserver import NewsServer, Route

from factdeck.articles.fetch import FEED_TYPES, FetchError, Limits, Page, _reason, fetch, is_url


def test_a_page_is_downloaded_with_its_type_charset_and_time(news: NewsServer) -> None:
    page = fetch(news.url("/news/quay"))
    assert page.content_type == "text/html" and page.charset == "utf-8"
    assert page.final_url == news.url("/news/quay")
    assert "Westerhaven" in page.text()
    assert page.fetched.tzinfo is not None


def test_a_redirect_is_followed_and_the_final_address_kept(news: NewsServer) -> None:
    page = fetch(news.url("/moved"))
    assert page.final_url == news.url("/news/quay")


@pytest.mark.parametrize("path, limits, message", [
    ("/missing", None, "HTTP 404 Not Found"),
    ("/loop/a", None, "too many redirects"),
    ("/report.pdf", None, "not a web page (application/pdf)"),
    ("/image.png", None, "not a web page (image/png)"),
    ("/huge", Limits(max_bytes=1_000_000), "too large (3.8 MB; the limit is 1.0 MB)"),
    ("/huge-streamed", Limits(max_bytes=1_000_000), "too large (over 1.0 MB"),
    ("/slow", Limits(timeout=0.5), "timed out after 0.5 s"),
    ("/stall", Limits(timeout=0.5), "timed out after 0.5 s"),
])
def test_failures_are_one_line_naming_the_url(news: NewsServer, path: str, limits: Limits | None,
                                              message: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError) as info:
        fetch(news.url(path), limits=limits)
    assert str(info.value).startswith(news.url(path) + ": ")
    assert message in str(info.value)
    assert "\n" not in str(info.value)
    assert time.monotonic() - started < 2.5  # a slow server cannot hold the download


def test_the_redirect_limit_is_the_one_given(news: NewsServer) -> None:
    news.routes["/hop/1"] = Route(status=302, location="/hop/2")
    news.routes["/hop/2"] = Route(status=302, location="/news/quay")
    assert fetch(news.url("/hop/1"), limits=Limits(max_redirects=2)).final_url.endswith("/quay")
    with pytest.raises(FetchError, match="too many redirects"):
        fetch(news.url("/hop/1"), limits=Limits(max_redirects=1))


def test_a_feed_is_accepted_only_when_asked_for(news: NewsServer) -> None:
    with pytest.raises(FetchError, match="a feed .application/rss.xml., not an article: give "
                       "it with --feed"):
        fetch(news.url("/feeds/rss.xml"))
    assert fetch(news.url("/feeds/rss.xml"), accept=FEED_TYPES).content_type == \
        "application/rss+xml"


def test_a_closed_port_is_refused() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchError, match="connection refused"):
        fetch(f"http://127.0.0.1:{port}/x", limits=Limits(timeout=2))


def test_network_reasons_read_as_a_person_would_say_them() -> None:
    limits = Limits(timeout=3)
    assert "cannot find this host" in _reason(socket.gaierror(-2, "Name or service not known"),
                                              limits)
    assert _reason(TimeoutError(), limits) == "timed out after 3 s"


def test_only_web_addresses_are_urls() -> None:
    assert is_url("https://example.org/a") and is_url("HTTP://example.org")
    assert not is_url("articles/a.html") and not is_url("ftp://example.org/x")
    with pytest.raises(FetchError, match="not an http"):
        fetch("file:///etc/passwd")


def test_page_text_follows_the_declared_charset_then_the_meta_tag() -> None:
    import datetime as dt

    now = dt.datetime.now(dt.UTC)
    body = '<meta charset="iso-8859-1"><p>Café</p>'.encode("latin-1")
    assert "Café" in Page("u", "u", "text/html", None, body, now).text()
    assert "Café" in Page("u", "u", "text/html", "latin-1", body, now).text()


def test_a_redirect_off_the_web_is_refused(news: NewsServer) -> None:
    news.routes["/to-ftp"] = Route(status=302,
                                                         location="ftp://127.0.0.1/file")
    with pytest.raises(FetchError, match="redirected to 'ftp://127.0.0.1/file'"):
        fetch(news.url("/to-ftp"))
