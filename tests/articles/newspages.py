"""News pages written for the tests, in the layouts news sites use, with what each should give.

Every name, sentence and figure here is made up for these tests.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

NAV = """<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>"""
COOKIES = """<div id="cookie-consent" class="cookie-banner" role="dialog"><p>We use cookies to
improve your experience and to show you personalised advertising. By clicking accept you agree
to our cookie policy.</p><button>Accept all cookies</button><button>Manage settings</button>
</div>"""
RELATED = """<aside class="related-stories"><h3>Related stories</h3><ul>
<li><a href="/a">Ferry operator cuts winter timetable</a></li>
<li><a href="/b">Harbour dredging contract goes to tender</a></li>
<li><a href="/c">Opinion: what the coast needs next</a></li></ul></aside>"""
COMMENTS = """<section id="comments" class="comments-area"><h3>42 comments</h3>
<div class="comment"><p class="comment-author">seaview_77</p><p>This is the worst decision the
council has made in years and nobody asked the people who actually live here.</p></div>
<div class="comment"><p class="comment-author">Old Skipper</p><p>Finally some good news for the
town, I have waited a decade for somebody to do something about the quay.</p></div>
<form class="comment-form"><textarea></textarea><button>Post comment</button></form></section>"""
FOOTER = """<footer class="site-footer"><p>Contact us</p><p>© 2024 {site}. All rights
reserved.</p><ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of
use</a></li></ul></footer>"""
NEWSLETTER = """<div class="newsletter-signup"><p>Sign up for our morning newsletter and get the
day's top stories in your inbox.</p><input type="email"><button>Subscribe</button></div>"""
SHARE = """<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a>
<a href="#">Email</a></div>"""

# lines of page furniture that must never reach a saved article
JUNK = ("We use cookies", "Accept all cookies", "Manage settings", "Ferry operator cuts winter",
        "Harbour dredging contract", "what the coast needs next", "worst decision the council",
        "waited a decade", "42 comments", "Post comment", "Privacy policy", "All rights",
        "morning newsletter", "Share on Facebook", "Tweet", "Home", "Business", "Sport",
        "Subscribe", "seaview_77", "Old Skipper")


@dataclass
class Page:
    """A page to serve, and the fields a reader should find in it."""

    path: str
    html: str
    title: str | None
    outlet: str | None
    author: str | None
    published: dt.date | None
    sentences: tuple[str, ...] = ()  # article sentences that must be kept
    extra_junk: tuple[str, ...] = field(default=())


def _paras(*texts: str) -> str:
    return "\n".join(f"<p>{t}</p>" for t in texts)


HARBOUR = (
    "The town council of Westerhaven voted on Tuesday to rebuild the old fishing quay, ending "
    "a dispute that had divided the harbour community for more than three years.",
    "Councillors approved the plan by 19 votes to 12 after a debate that lasted almost five "
    "hours, with dozens of residents following the session from the public gallery.",
    "\u201cThis quay has served the town for a century, and now it will serve it for another "
    "one,\u201d said the council leader, Annika Voss, after the vote.",
    "The work is expected to cost 14 million euros and to start in the spring, according to "
    "the harbour authority, which will pay for a third of it from its own reserves.",
    "Opponents said the money would be better spent on the town's schools and warned that the "
    "works would close the harbour road for at least eight months.",
)
RAIL = (
    "Train drivers in the northern region will strike for two days next week after talks on "
    "pay and working hours broke down on Friday, their union said.",
    "The union said 86 percent of its members who voted had backed the walkout, which is set "
    "to halt most regional services on Wednesday and Thursday.",
    "\u201cWe did not want it to come to this, but the company has left us no choice,\u201d "
    "the union's general secretary, Bruno Keller, told reporters outside the depot.",
    "The rail operator said it was disappointed and urged the union to return to the table, "
    "adding that it would run a reduced timetable on the main lines if the strike went ahead.",
    "Passenger groups warned that thousands of commuters would be stranded and called on the "
    "regional government to step in before the end of the weekend.",
)
LIBRARY = (
    "The national library reopened its main reading room on Monday after a renovation that "
    "took four years and cost more than 60 million pounds.",
    "Visitors queued from early morning to see the restored glass dome, which had been closed "
    "to the public since a leak damaged part of the ceiling.",
    "\u201cWe wanted to give the room back its light,\u201d said the chief architect, Helena "
    "Marsh, who led a team of 40 craftspeople on the project.",
    "The library said it expected half a million visitors in the first year and would keep "
    "the room open until nine in the evening on weekdays.",
    "Some readers complained that the number of desks had fallen from 300 to 240, but the "
    "library said the new desks were larger and all had power sockets.",
)
FLOOD = (
    "Heavy rain flooded dozens of homes in the river valley overnight, and emergency services "
    "evacuated about 200 people from two villages before dawn on Sunday.",
    "The river rose by almost three metres in twelve hours, the environment agency said, the "
    "fastest rise it had recorded at the gauge since it was installed.",
    "\u201cThe water came into the kitchen in minutes, we only had time to take the children "
    "and the dog,\u201d said Marta Lind, who spent the night in a school hall.",
    "The regional governor, Pieter Aalst, visited the villages in the afternoon and promised "
    "emergency grants for families whose homes could not be lived in.",
    "Forecasters said more rain was expected on Tuesday and warned people living near the river "
    "to keep sandbags at their doors until the end of the week.",
)
TRADE = (
    "Exports from the country's ports fell by 7 percent in the third quarter, the statistics "
    "office said on Thursday, the steepest fall since the pandemic.",
    "Shipments of machinery and chemicals fell most, while food exports rose slightly thanks to "
    "a strong harvest and higher prices for grain on world markets.",
    "\u201cThe slowdown in our main markets is now clearly visible in the figures,\u201d said "
    "the economy minister, Lukas Brenner, who called the numbers disappointing.",
    "Economists had expected a smaller fall, and several banks cut their growth forecasts for "
    "the year after the figures were published.",
    "The government said it would present measures to support exporters next month, including "
    "cheaper credit guarantees for small firms.",
)
SCHOOL = (
    "Secondary schools in the capital will start classes an hour later from September, the "
    "city's education department announced on Wednesday.",
    "The change follows a two-year trial in 12 schools, where attendance rose and pupils "
    "reported sleeping longer, according to a study by the city university.",
    "\u201cTeenagers are not lazy, their body clocks are simply different,\u201d said the "
    "researcher who led the study, Dr Sofia Reyes, at a news conference.",
    "Some parents said the later start would make it harder to get to work on time, and bus "
    "companies warned that timetables would have to change across the city.",
    "The department said schools could apply for an exemption if most families asked for the "
    "old hours, but that it expected few to do so.",
)
WIRE = (
    "KESTREL BAY, Norland (AP) \u2014 Fishermen blocked the main port of Kestrel Bay with "
    "dozens of boats on Saturday to protest against new catch limits set by the government.",
    "The protest stopped two ferries from leaving and forced a cargo ship to wait offshore, "
    "port officials said, but there were no reports of violence.",
    "\u201cThey are taking away our living with one signature,\u201d said Jonas Petersen, who "
    "has fished from the port for 30 years.",
    "The fisheries ministry said the limits were needed to let cod stocks recover after years "
    "of decline, and that compensation would be paid to the owners of small boats.",
    "The fishermen's association said it would keep the port closed until the minister agreed "
    "to meet its leaders, which the ministry said could happen next week.",
)
MUSEUM = (
    "The harbour museum will close for two months this summer so that its oldest ship can be "
    "moved into a new hall built to protect it from damp, the museum said on Friday.",
    "The ship, a cargo sailer launched in 1871, has stood in the open dock since the museum "
    "opened, and conservators say its hull has suffered from decades of rain and frost.",
    "\u201cEvery winter costs her a little more of her timber,\u201d said the museum's "
    "director, Tobias Renn, who has campaigned for the new hall for ten years.",
    "Moving the ship will take a week and require two cranes, and the quay around the dock "
    "will be closed to the public while the work goes on.",
)
PAYWALL = (
    "The central bank is preparing to raise interest rates for the fourth time this year, "
    "three people familiar with the discussions said.",
)


def _page(body: str, head: str = "", site: str = "The Site") -> str:
    return (f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">{head}"
            f"<script>window.dataLayer = [{{'event': 'tracking pageview'}}];</script>"
            f"<style>.x {{ color: red }}</style></head><body>{COOKIES}{NAV}{body}"
            f"{FOOTER.format(site=site)}</body></html>")


def _ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def pages(base: str) -> list[Page]:
    """Every article page, with links on the test server at ``base``."""
    out: list[Page] = []

    # 1. JSON-LD NewsArticle, the layout of most large outlets
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": "Westerhaven council votes to rebuild the old fishing quay",
          "datePublished": "2024-03-12T09:30:00+01:00", "dateModified": "2024-03-13T10:00:00Z",
          "author": [{"@type": "Person", "name": "Greta Holm"}],
          "publisher": {"@type": "Organization", "name": "Coastal Courier"}}
    out.append(Page(
        "/news/quay", _page(
            f"<main><article><h1>Westerhaven council votes to rebuild the old fishing quay</h1>"
            f"{SHARE}<div class=\"article-body\">{_paras(*HARBOUR)}</div>{RELATED}</article>"
            f"{COMMENTS}</main>",
            head=f"<title>Quay vote | Coastal Courier</title>{_ld(ld)}", site="Coastal Courier"),
        "Westerhaven council votes to rebuild the old fishing quay", "Coastal Courier",
        "Greta Holm", dt.date(2024, 3, 12), HARBOUR[1:3]))

    # 2. OpenGraph and article: meta tags
    og = ("<meta property=\"og:title\" content=\"Rail drivers to strike for two days\">"
          "<meta property=\"og:site_name\" content=\"Northern Post\">"
          "<meta property=\"og:type\" content=\"article\">"
          f"<meta property=\"og:url\" content=\"{base}/2024/05/rail-strike\">"
          "<meta property=\"article:published_time\" content=\"2024-05-03T17:45:00Z\">"
          "<meta name=\"author\" content=\"Oskar Lund\">")
    out.append(Page(
        "/2024/05/rail-strike", _page(
            f"<div class=\"page\"><article class=\"story\"><h1>Rail drivers to strike for two "
            f"days</h1>{NEWSLETTER}{_paras(*RAIL)}{SHARE}</article>{RELATED}</div>",
            head=f"<title>Rail drivers to strike for two days - Northern Post</title>{og}",
            site="Northern Post"),
        "Rail drivers to strike for two days", "Northern Post", "Oskar Lund",
        dt.date(2024, 5, 3), RAIL[2:4]))

    # 3. a byline in the text and a <time> element, no metadata tags at all
    out.append(Page(
        "/culture/library", _page(
            "<div id=\"content\"><article><header><h1>National library reopens its reading room"
            "</h1><p class=\"byline\">By <span class=\"author\">Ruth Alder</span></p>"
            "<time datetime=\"2023-10-02T08:00:00+00:00\">2 October 2023</time></header>"
            f"<div class=\"entry-content\">{_paras(*LIBRARY)}</div></article>{COMMENTS}</div>",
            head="<title>National library reopens its reading room</title>"
                 "<meta property=\"og:site_name\" content=\"The Evening Lamp\">",
            site="The Evening Lamp"),
        "National library reopens its reading room", "The Evening Lamp", "Ruth Alder",
        dt.date(2023, 10, 2), LIBRARY[2:4]))

    # 4. related-link lists inside the article body, "Read more" lines between paragraphs
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": "Floods force hundreds from their homes in the river valley",
          "datePublished": "2024-01-14", "author": {"@type": "Person", "name": "Emil Strand"},
          "publisher": {"@type": "Organization", "name": "Valley News"}}
    body = (f"{_paras(*FLOOD[:2])}<p><strong>Read more:</strong> <a href=\"/x\">How the valley "
            f"prepared for the last flood</a></p><ul class=\"related-links\"><li><a href=\"/y\">"
            f"River levels: live map</a></li><li><a href=\"/z\">Photos: the valley under water"
            f"</a></li></ul>{_paras(*FLOOD[2:])}")
    out.append(Page(
        "/news/floods", _page(
            f"<article><h1>Floods force hundreds from their homes in the river valley</h1>"
            f"{body}</article>{RELATED}",
            head=f"<title>Floods | Valley News</title>{_ld(ld)}", site="Valley News"),
        "Floods force hundreds from their homes in the river valley", "Valley News",
        "Emil Strand", dt.date(2024, 1, 14), FLOOD[2:4],
        extra_junk=("How the valley prepared", "River levels: live map", "Photos: the valley")))

    # 5. microdata (itemprop) and a long comments section
    out.append(Page(
        "/economy/exports", _page(
            "<div itemscope itemtype=\"https://schema.org/NewsArticle\"><h1 itemprop=\"headline\">"
            "Exports fall at fastest pace since the pandemic</h1><div class=\"meta\">"
            "<span itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\">"
            "<span itemprop=\"name\">Clara Wendt</span></span> <meta itemprop=\"datePublished\" "
            "content=\"2023-11-09\"><span>9 November 2023</span></div>"
            f"<div itemprop=\"articleBody\">{_paras(*TRADE)}</div></div>{COMMENTS}",
            head="<title>Exports fall at fastest pace since the pandemic | Market Herald</title>"
                 "<meta property=\"og:site_name\" content=\"Market Herald\">",
            site="Market Herald"),
        "Exports fall at fastest pace since the pandemic", "Market Herald", "Clara Wendt",
        dt.date(2023, 11, 9), TRADE[2:4]))

    # 6. a WordPress-style blog layout: entry-title, vcard author, published time
    out.append(Page(
        "/2024/02/07/school-start", _page(
            "<div class=\"site-content\"><article class=\"post type-post\"><header "
            "class=\"entry-header\"><h1 class=\"entry-title\">Schools in the capital to start an "
            "hour later</h1><div class=\"entry-meta\"><span class=\"byline\"> by <span "
            "class=\"author vcard\"><a class=\"url fn n\" href=\"/author/pk\">Paul Kerr</a>"
            "</span></span> <time class=\"entry-date published\" datetime=\"2024-02-07T06:00:00"
            "+00:00\">February 7, 2024</time></div></header><div class=\"entry-content\">"
            f"{_paras(*SCHOOL)}</div></article><aside class=\"widget-area sidebar\">"
            f"{NEWSLETTER}</aside></div>",
            head="<title>Schools in the capital to start an hour later &#8211; City Desk</title>"
                 "<meta property=\"og:site_name\" content=\"City Desk\">"
                 "<meta property=\"article:published_time\" content=\"2024-02-07T06:00:00+00:00\">",
            site="City Desk"),
        "Schools in the capital to start an hour later", "City Desk", "Paul Kerr",
        dt.date(2024, 2, 7), SCHOOL[2:4]))

    # 7. a wire story: agency dateline, author in a meta tag, site name only in og
    out.append(Page(
        "/world/fishermen", _page(
            "<main role=\"main\"><div class=\"story-body\"><h1>Fishermen blockade port over "
            f"catch limits</h1>{SHARE}{_paras(*WIRE)}</div></main>",
            head="<title>Fishermen blockade port over catch limits</title>"
                 "<meta name=\"author\" content=\"Ines Moreau\">"
                 "<meta property=\"og:site_name\" content=\"Harbour Wire\">"
                 "<meta name=\"date\" content=\"2024-06-22\">",
            site="Harbour Wire"),
        "Fishermen blockade port over catch limits", "Harbour Wire", "Ines Moreau",
        dt.date(2024, 6, 22), WIRE[1:3]))

    # 8. a small site: byline and date written in the text only, site name in the <title>
    out.append(Page(
        "/local/museum-ship", _page(
            "<div class=\"wrapper\"><div class=\"content\"><h2>Harbour museum to move its "
            "oldest ship indoors</h2><p>By Nora Falk</p><p>Published 5 April 2024</p>"
            f"{_paras(*MUSEUM)}</div><div class=\"sidebar\">{NEWSLETTER}{RELATED}</div></div>",
            head="<title>Harbour museum to move its oldest ship indoors | The Lantern</title>",
            site="The Lantern"),
        "Harbour museum to move its oldest ship indoors", "The Lantern", "Nora Falk",
        dt.date(2024, 4, 5), MUSEUM[1:3]))
    return out


def paywall_page() -> str:
    """A paywall teaser: the page says the article is not free and shows one paragraph."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": "Central bank set to raise rates again",
          "datePublished": "2024-04-01T06:00:00Z", "isAccessibleForFree": False,
          "author": {"@type": "Person", "name": "Hugo Brandt"},
          "publisher": {"@type": "Organization", "name": "Money Daily"},
          "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False,
                      "cssSelector": ".paywalled"}}
    return _page(
        f"<article><h1>Central bank set to raise rates again</h1>{_paras(*PAYWALL)}"
        "<div class=\"paywall\"><p>Subscribe to continue reading.</p><p>Already a subscriber? "
        "Log in</p></div></article>",
        head=f"<title>Rates | Money Daily</title>{_ld(ld)}", site="Money Daily")


def rss_feed(base: str, paths: list[tuple[str, str, str]]) -> str:
    """RSS 2.0 listing (path, title, RFC 822 date) entries."""
    items = "".join(f"<item><title>{t}</title><link>{base}{p}</link><guid>{base}{p}</guid>"
                    f"<pubDate>{d}</pubDate></item>" for p, t, d in paths)
    return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
            f"<title>Test news</title><link>{base}/</link>{items}</channel></rss>")


def atom_feed(base: str, paths: list[tuple[str, str, str]]) -> str:
    """Atom listing (path, title, ISO date) entries, with relative links."""
    entries = "".join(f"<entry><title>{t}</title><link rel=\"alternate\" href=\"{p}\"/>"
                      f"<id>tag:test,{p}</id><updated>{d}</updated><published>{d}</published>"
                      "</entry>" for p, t, d in paths)
    return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
            f"<title>Test news</title><link href=\"{base}/\"/><id>tag:test</id>"
            f"<updated>2024-06-22T00:00:00Z</updated>{entries}</feed>")
