"""A URL saved as a Markdown article: once, complete, and refused when there is no article."""

from __future__ import annotations

from pathlib import Path

import pytest
from webserver import NewsServer

from factdeck.articles import parse_article, read_article
from factdeck.articles.html import WebArticle
from factdeck.articles.web import file_name, save_url
from factdeck.errors import ArticleError


def test_a_saved_article_has_front_matter_and_its_text(news: NewsServer, tmp_path: Path) -> None:
    news.hits.clear()
    path = save_url(news.url("/2024/05/rail-strike"), tmp_path)
    assert news.hits == {"/2024/05/rail-strike": 1}  # downloaded once
    assert path.parent == tmp_path and path.suffix == ".md"
    assert path.name.startswith("rail-drivers-to-strike-for-two-days-")
    text = path.read_text(encoding="utf-8")
    head = text.split("\n---\n", 1)[0]
    for line in ("title: Rail drivers to strike for two days", "outlet: Northern Post",
                 "author: Oskar Lund", "published: 2024-05-03",
                 f"url: {news.url('/2024/05/rail-strike')}", "fetched: '"):
        assert line in head
    article = read_article(path)
    assert article.paragraphs()[0].startswith("Train drivers in the northern region")


def test_the_same_url_gets_the_same_name(tmp_path: Path) -> None:
    article = WebArticle(title="Café owners protest: new rules!")
    assert file_name(article, "https://a.example/x") == file_name(article, "https://a.example/x")
    assert file_name(article, "https://a.example/x").startswith("cafe-owners-protest-new-rules-")
    assert file_name(article, "https://a.example/x") != file_name(article, "https://a.example/y")
    untitled = file_name(WebArticle(), "https://a.example/news/port-reopens/")
    assert untitled.startswith("port-reopens-") and untitled.endswith(".md")


@pytest.mark.parametrize("path, message", [
    ("/money/rates", "behind a paywall: only 22 words are free to read"),
    ("/empty", "no article text found"),
    ("/missing", "HTTP 404"),
    ("/report.pdf", "not a web page"),
])
def test_no_article_no_file(news: NewsServer, tmp_path: Path, path: str, message: str) -> None:
    with pytest.raises(ArticleError, match=message):
        save_url(news.url(path), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_teaser_too_short_to_use_is_refused(news: NewsServer, tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match=r"only \d+ words of article text"):
        save_url(news.url("/news/quay"), tmp_path, min_words=1000)


def test_a_saved_article_reads_the_same_as_its_markdown(news: NewsServer, tmp_path: Path) -> None:
    path = save_url(news.url("/news/floods"), tmp_path)
    text = path.read_text(encoding="utf-8")
    assert read_article(path).body == parse_article(text, path.name, kind="md").body
