"""HTML reading speed: linear in page size, against an lxml parse of the same bytes.

    .venv/bin/python bench/read_html.py [--repeat N]

Builds pages of 125 KB to 2 MB in three layouts and reads each as
``read_article`` does (trafilatura, then the Markdown reader):

- news site: an article of about 1,200 words in what makes real pages big:
  inline scripts and JSON state, an SVG sprite, menus, teaser cards, comments;
- long text: the page is mostly text, an article and comments growing with it
  (the worst case per byte: every byte is a node to judge);
- unmatched tags: long text in 200 unclosed tags and thousands of unmatched end
  tags, what made the old hand-written html.parser reader quadratic (41 s on a
  360 KB page).

Prints the time per page, per MB, and the ratio to ``lxml.html`` parsing the
same bytes in the same run (the floor: any reader must at least parse).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable

import lxml.html

from factdeck.articles import parse_article

SENTENCES = (
    "The council said on Tuesday that the new bus lanes would open in the spring.",
    "Residents who spoke at the meeting were divided over the plan and its cost.",
    "\u201cWe have listened to every objection,\u201d the transport officer told the committee.",
    "The budget for the scheme is 4.2 million euros, a third of it from the region.",
    "Shop owners on the high street warned that deliveries would become harder.",
    "A final vote is expected next month, after a second round of consultation.",
)


def news_page(size: int, broken: bool = False) -> str:
    """A page of about ``size`` bytes in the layout of a news site."""
    head = ("<!doctype html><html><head><meta charset='utf-8'><title>Bus lanes approved | "
            "Town Gazette</title><meta property='og:site_name' content='Town Gazette'>"
            "<meta property='article:published_time' content='2024-03-05T08:00:00Z'>"
            "<meta name='author' content='Jo Park'></head><body>"
            "<div class='cookie-banner'>We use cookies. <button>Accept</button></div>"
            "<nav><ul>" + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(30))
            + "</ul></nav>")
    article = ["<article><h1>Council approves new bus lanes</h1>"]
    comments = ["<section class='comments'><h3>Comments</h3>"]
    # unclosed <span>s (200 deep, under libxml2's limit of 256) and unmatched end tags after
    # every paragraph: the old reader searched the stack of open tags on each of them
    junk = "</i></em></b></font>" * 5 if broken else ""
    i = 0
    body_size = 0
    while body_size < size * 0.6:
        para = f"<p>{SENTENCES[i % 6]} {SENTENCES[(i + 1) % 6]} {SENTENCES[(i + 3) % 6]}</p>"
        opened = "<span>" if broken and i < 200 else ""
        article.append(opened + para + junk)
        body_size += len(opened) + len(para) + len(junk)
        comment = (f"<div class='comment'><p class='who'>reader{i}</p><p>I disagree with "
                   f"point {i}, the council never listens.</p></div>")
        comments.append(comment + junk)
        body_size += len(comment) + len(junk)
        i += 1
    article.append("<aside class='related'><ul>" + "".join(
        f"<li><a href='/r{j}'>Related story number {j}</a></li>" for j in range(20))
        + "</ul></aside></article>")
    comments.append("</section>")
    page = head + "".join(article) + "".join(comments)
    filler = "<footer>" + "<p>Footer link</p>" * 10 + "</footer>"
    while len(page) + len(filler) < size:
        page += "<div class='promo'><p>Advertisement</p></div>"
    return page + filler + "</body></html>"


def site_page(size: int) -> str:
    """A page of about ``size`` bytes as big news sites make them: mostly not the article."""
    paras = "".join(f"<p>{SENTENCES[i % 6]} {SENTENCES[(i + 2) % 6]}</p>" for i in range(45))
    top = ("<!doctype html><html><head><meta charset='utf-8'><title>Bus lanes approved | "
           "Town Gazette</title><meta property='og:site_name' content='Town Gazette'>"
           "<meta property='article:published_time' content='2024-03-05T08:00:00Z'>"
           "<meta name='author' content='Jo Park'></head><body>"
           "<div class='cookie-banner'>We use cookies. <button>Accept</button></div>"
           "<header><nav class='mega-menu'><ul>"
           + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(60))
           + "</ul></nav></header><main><article><h1>Council approves new bus lanes</h1>"
           + paras + "</article>")
    parts = [top]
    size_now = len(top)
    i = 0
    while size_now < size - 200:
        if i % 4 == 0:  # a script with the page's state, as frameworks embed it
            chunk = ("<script>window.__STATE__=" + f'{{"k{i}": "{"x" * 6000}"}}'
                     + ";</script>")
        elif i % 4 == 1:  # an icon sprite
            chunk = "<svg style='display:none'>" + "".join(
                f"<symbol id='i{i}-{j}'><path d='M0 0L10 10Z'/></symbol>" for j in range(40)) \
                + "</svg>"
        elif i % 4 == 2:  # teaser cards of other stories
            chunk = "<section class='more-stories'>" + "".join(
                f"<div class='card'><a href='/t{i}-{j}'><img src='/i.jpg' alt=''>"
                f"<h3>Other story {j}</h3></a></div>" for j in range(12)) + "</section>"
        else:  # a comments thread
            chunk = "<section class='comments'>" + "".join(
                f"<div class='comment'><p class='who'>reader{i}{j}</p><p>I agree with the "
                f"council on this one.</p></div>" for j in range(8)) + "</section>"
        parts.append(chunk)
        size_now += len(chunk)
        i += 1
    return "".join(parts) + "</main><footer>Contact us</footer></body></html>"


def best(func: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    parse_article(news_page(20_000), "warm.html", kind="html")  # imports, lexicons
    print(f"{'page':>16} {'size':>8} {'read':>9} {'lxml':>9} {'ratio':>6} {'read/MB':>9}")
    layouts: dict[str, Callable[[int], str]] = {
        "news site": site_page,
        "long text": news_page,
        "unmatched tags": lambda size: news_page(size, broken=True),
    }
    per_mb: dict[str, list[float]] = {}
    one_mb: dict[str, float] = {}
    for kind, make in layouts.items():
        per_mb[kind] = []
        for size in (125_000, 250_000, 500_000, 1_000_000, 2_000_000):
            page = make(size)
            data = page.encode("utf-8")
            article = parse_article(page, "p.html", kind="html")
            assert article.title == "Council approves new bus lanes", article.title
            assert "reader1" not in article.text  # the comments are not the article
            lede = "said on Tuesday that the new bus lanes"  # in article paragraphs only
            assert article.text.count(lede) == page.count(lede), kind  # all the article
            read = best(lambda p=page: parse_article(p, "p.html", kind="html"), args.repeat)
            base = best(lambda d=data: lxml.html.document_fromstring(d), args.repeat)
            mb = len(data) / 1_000_000
            per_mb[kind].append(read / mb)
            if size == 1_000_000:
                one_mb[kind] = read
            print(f"{kind:>16} {len(data) / 1000:>6.0f}kB {read * 1000:>7.0f}ms "
                  f"{base * 1000:>7.1f}ms {read / base:>6.1f} {read / mb * 1000:>7.0f}ms")
    for kind, rates in per_mb.items():
        print(f"{kind}: time per MB at 2 MB / at 125 kB = {rates[-1] / rates[0]:.2f} "
              f"(1.0 is linear); 1 MB page read in {one_mb[kind] * 1000:.0f} ms")
    linear = all(r[-1] / r[0] < 2.0 for r in per_mb.values())
    return 0 if linear and one_mb["news site"] < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
