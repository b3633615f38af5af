"""HTML pages read by trafilatura: the article's text and its title, outlet, author and date."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import newspages
import pytest
from webserver import NewsServer

from factdeck.articles import read_article
from factdeck.articles.html import extract_html
from factdeck.articles.web import save_url
from factdeck.errors import ArticleError

FIELDS = ("title", "outlet", "author", "published")


@pytest.fixture(scope="module")
def saved(news: NewsServer, tmp_path_factory: pytest.TempPathFactory
          ) -> list[tuple[newspages.Page, Path]]:
    folder = tmp_path_factory.mktemp("saved")
    return [(page, save_url(news.url(page.path), folder)) for page in newspages.pages(news.base)]


def test_metadata_is_right_on_at_least_90_percent_of_fields(saved) -> None:
    right, wrong = 0, []
    for page, path in saved:
        article = read_article(path)
        for key in FIELDS:
            if getattr(article, key) == getattr(page, key):
                right += 1
            else:
                wrong.append(f"{page.path} {key}: {getattr(article, key)!r} "
                             f"(expected {getattr(page, key)!r})")
    total = len(saved) * len(FIELDS)
    print(f"\nmetadata fields right: {right}/{total} = {right / total:.0%}")
    assert right / total >= 0.9, "\n".join(wrong)


def test_no_boilerplate_line_reaches_the_saved_text(saved) -> None:
    for page, path in saved:
        text = path.read_text(encoding="utf-8")
        for junk in newspages.JUNK + page.extra_junk:
            assert junk not in text, f"{page.path}: {junk!r} kept"
        for sentence in page.sentences:
            assert sentence in text, f"{page.path}: lost {sentence[:40]!r}"


def test_every_article_paragraph_is_a_body_paragraph(saved) -> None:
    for page, path in saved:
        paragraphs = read_article(path).paragraphs()
        for sentence in page.sentences:
            assert sentence in paragraphs, f"{page.path}: {sentence[:40]!r} not a paragraph"
        assert not any(p.startswith(("By ", "#")) for p in paragraphs)


def test_an_html_file_reads_as_markdown_with_front_matter(tmp_path: Path) -> None:
    page = newspages.pages("http://127.0.0.1:9")[0]
    path = tmp_path / "quay.html"
    path.write_text(page.html, encoding="utf-8")
    article = read_article(path)
    assert (article.title, article.outlet, article.author, article.published) == (
        page.title, page.outlet, page.author, page.published)
    assert article.text.startswith("---\ntitle: Westerhaven council votes")
    assert "published: 2024-03-12\n" in article.text
    for start, end in article.body:
        assert article.text[start:end].strip() == article.text[start:end]
    assert read_article(path) == article  # the same page reads the same every time


def test_dates_come_from_markup_never_from_the_text() -> None:
    html = ("<html><head><title>Mayor opens the new bridge</title></head><body><article>"
            "<h1>Mayor opens the new bridge</h1><p>The bridge, planned since 12 May 1998, was "
            "opened by the mayor in front of a crowd of several hundred people.</p>"
            "<p>Work on it began on 3 March 2019 and ended two months late.</p></article>"
            "</body></html>")
    assert extract_html(html, "bridge.html").published is None


def test_several_authors_are_written_as_a_person_would() -> None:
    html = ('<html><head><script type="application/ld+json">{"@context": "https://schema.org",'
            ' "@type": "NewsArticle", "headline": "Port reopens", "author": ['
            '{"@type": "Person", "name": "Ada Berg"}, {"@type": "Person", "name": "Ole Vik"}, '
            '{"@type": "Person", "name": "Per Lie"}]}</script></head><body><article>'
            '<h1>Port reopens</h1><p>The port reopened on Monday after a week of repairs to its '
            'main crane, the port authority said in a statement.</p></article></body></html>')
    assert extract_html(html, "port.html").author == "Ada Berg, Ole Vik and Per Lie"


def test_a_page_without_an_article_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body><nav>Home</nav></body></html>",
                    encoding="utf-8")
    with pytest.raises(ArticleError, match="empty.html: no article text"):
        read_article(path)


def test_unmatched_end_tags_are_read_in_linear_time(tmp_path: Path) -> None:
    """The hand-written reader took 41 s on a 360 KB page of unmatched end tags."""
    para = ("<p>The committee met again on Monday to discuss the budget for the coming year, "
            "and members said the talks had been useful.</p>")
    page = ("<html><body><article><h1>Budget talks go on</h1>"
            + (para + "</span></em></b></font>" * 20) * 620 + "</article></body></html>")
    assert len(page) > 360_000
    path = tmp_path / "broken.html"
    path.write_text(page, encoding="utf-8")
    started = time.perf_counter()
    article = read_article(path)
    assert time.perf_counter() - started < 3.0
    assert article.title == "Budget talks go on" and len(article.paragraphs()) >= 1


def test_a_byline_and_date_line_in_the_text_reach_the_front_matter(saved) -> None:
    page, path = next((p, f) for p, f in saved if p.path == "/local/museum-ship")
    head = path.read_text(encoding="utf-8").split("\n---\n", 1)[0]
    assert "author: Nora Falk" in head and "published: 2024-04-05" in head
    assert "outlet: The Lantern" in head
    assert read_article(path).published == dt.date(2024, 4, 5)


def test_lists_quotes_and_line_breaks_keep_their_words() -> None:
    lede = "<p>" + "The minister said the plan would cost more and take longer. " * 3 + "</p>"
    html = ("<html><body><article><h1>Plan delayed again</h1>" + lede
            + "<ul><li><p>First finding of the audit, in a paragraph of its own.</p></li>"
            "<li>Second finding of the audit, written straight in the item.</li></ul>"
            "<p>Line one of the statement<br>line two of it</p>"
            "<blockquote><p>A quoted passage from the audit report.</p></blockquote>"
            + lede + "</article></body></html>")
    paragraphs = extract_html(html, "plan.html").paragraphs
    for expected in ("First finding of the audit, in a paragraph of its own.",
                     "Second finding of the audit, written straight in the item.",
                     "Line one of the statement line two of it",
                     "A quoted passage from the audit report."):
        assert expected in paragraphs
