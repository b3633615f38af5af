"""Reading articles: exact text, body paragraphs without furniture, and metadata from the text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factdeck.articles import article_paths, parse_article, read_article
from factdeck.errors import ArticleError

DATA = Path(__file__).parent / "data" / "articles_extract"

MESSY = """https://www.reuters.com/world/some-story-2019/
45
7
Skip to main content

Port workers end week-long strike after pay deal

Harbour workers in the northern port returned to work on Friday after union leaders
accepted a pay offer from the port operator.

Read more

The strike had halted most container traffic and left dozens of ships waiting offshore,
according to the operator.

Daily newsletterReceive the morning briefing in your inbox

Page not found

The content you requested does not exist or is not available anymore.
"""

WSWS_STYLE = """

# Regional elections test the governing coalition

Jane Q Writer\x20\x20
4 May 2022

Voters in three regions go to the polls on Sunday in what analysts describe as a test of the
governing coalition, which has lost support since the budget crisis of the winter and

faces a revived opposition.

Second paragraph of the article, with enough words to be a real paragraph of text here.

To contact the WSWS and the\x20\x20
Socialist Equality Party visit:

**[wsws.org/contact](http://wsws.org/contact)**"""


def test_messy_text_drops_furniture_and_finds_url_outlet_and_title() -> None:
    a = parse_article(MESSY, "strike.txt")
    paragraphs = a.paragraphs()
    assert a.url == "https://www.reuters.com/world/some-story-2019/"
    assert a.outlet == "Reuters"
    assert a.title == "Port workers end week-long strike after pay deal"
    assert a.published is None  # never guessed, even though the URL holds a year
    assert a.author is None
    assert len(paragraphs) == 2
    joined = "\n".join(paragraphs)
    for furniture in ("Read more", "newsletter", "Page not found", "Skip to", "45"):
        assert furniture not in joined
    for start, end in a.body:
        assert a.text[start:end] == a.text[start:end].strip()


def test_heading_byline_date_footer_and_broken_paragraph() -> None:
    a = parse_article(WSWS_STYLE, "elections.txt")
    assert a.title == "Regional elections test the governing coalition"
    assert a.author == "Jane Q Writer"
    assert a.published == dt.date(2022, 5, 4)
    assert a.outlet == "WSWS"
    paragraphs = a.paragraphs()
    assert len(paragraphs) == 2
    # the paragraph broken after "and" is one paragraph, its span still exact text
    assert paragraphs[0].startswith("Voters") and paragraphs[0].endswith("revived opposition.")
    assert "\n\nfaces" in paragraphs[0]
    assert "contact" not in " ".join(paragraphs)


def test_agency_credit_names_the_outlet() -> None:
    text = ("Skip to main content\n\nFloods close schools\n\n"
            "Heavy rain closed schools across the province on Monday, officials said, "
            "as rivers rose to record levels in several towns.\n\n(EURONEWS with Reuters)\n")
    a = parse_article(text, "floods.txt")
    assert a.outlet == "EURONEWS"
    assert a.title == "Floods close schools"
    assert all("EURONEWS" not in p for p in a.paragraphs())


def test_lede_is_not_mistaken_for_a_title() -> None:
    text = ("The central bank raised its main interest rate by half a point on Wednesday, "
            "its third increase this year.\n\nAnalysts had expected a smaller move.\n")
    a = parse_article(text, "rates.txt")
    assert a.title is None
    assert len(a.paragraphs()) == 2


def test_front_matter_markdown() -> None:
    a = read_article(DATA / "front_matter.md")
    assert (a.title, a.outlet, a.author, a.published, a.url) == (
        "Harbour authority approves new ferry line", "Coastal Herald", "Mara Lindqvist",
        dt.date(2021, 3, 4), "https://example.org/ferry")
    assert a.paragraphs()[0].startswith("The harbour authority")
    assert "---" not in "".join(a.paragraphs())
    assert a.path and a.path.endswith("front_matter.md")


def test_html_main_text_without_scripts_or_navigation() -> None:
    a = read_article(DATA / "page.html")
    assert a.title == "Council backs offshore wind farm"
    assert a.outlet == "Daily Example"
    assert a.author == "Ines Duarte"
    assert a.published == dt.date(2019, 6, 21)
    assert a.url == "https://daily.example/wind-farm"
    body = "\n".join(a.paragraphs())
    assert "offshore wind farm & a new port" in body
    assert "council leader Petra Novak told reporters" in body
    for junk in ("Secret script", "Home", "Menu of the site", "Read more", "Contact us"):
        assert junk not in a.text
    for start, end in a.body:  # spans point into the extracted text
        assert a.text[start:end].strip()
    # the page's article is kept as Markdown with front matter, so its copy in a deck
    # still says where it came from
    assert a.text.startswith("---\ntitle: Council backs offshore wind farm\n")
    assert "\n# Council backs offshore wind farm\n" in a.text
    assert len(a.paragraphs()) == 2


@pytest.mark.parametrize("name, message", [
    ("broken_front_matter.md", "front matter"),
    ("bad_date_front_matter.md", "not a date"),
    ("latin1.txt", "not UTF-8"),
])
def test_bad_articles_give_clear_errors(name: str, message: str) -> None:
    with pytest.raises(ArticleError, match=message) as info:
        read_article(DATA / name)
    assert name in str(info.value)


def test_missing_file_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="no such file"):
        article_paths([tmp_path / "nope.txt"])
    with pytest.raises(ArticleError, match="no articles"):
        article_paths([tmp_path])
    (tmp_path / "b.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a.md").write_text("y", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("z", encoding="utf-8")
    assert [p.name for p in article_paths([tmp_path])] == ["a.md", "b.txt"]


def test_shared_articles_metadata(shared_articles: Path) -> None:
    got = {p.name: read_article(p) for p in sorted(shared_articles.glob("*.txt"))}
    assert len(got) == 5
    outlets = sorted({a.outlet for a in got.values()})
    assert None not in outlets
    for a in got.values():
        for start, end in a.body:
            assert 0 <= start < end <= len(a.text)
        assert not any(p.strip() in ("Read more", "Page not found") for p in a.paragraphs())


def test_html_schema_org_metadata_and_cookie_banner() -> None:
    a = read_article(DATA / "schema_page.html")
    assert (a.title, a.outlet, a.author, a.published) == (
        "Parliament approves pension reform", "Nordic Ledger", "Lena Brandt and Ole Sand",
        dt.date(2022, 11, 30))
    assert a.paragraphs() == ["Parliament approved the pension reform on Wednesday by 101 votes "
                              "to 74."]


@pytest.mark.parametrize("line, date", [
    ("Published: Wednesday, March 8, 2023", dt.date(2023, 3, 8)),
    ("Mon 6 Mar 2023 14.20 GMT", dt.date(2023, 3, 6)),
    ("14:20 GMT, 5 March 2023", dt.date(2023, 3, 5)),
    ("Updated 2021-07-01", dt.date(2021, 7, 1)),
])
def test_date_lines(line: str, date: dt.date) -> None:
    text = (f"# A title for the story\n\nBy JANE ROE\n{line}\n\n"
            "The story starts here, with enough words to be a paragraph.\n")
    a = parse_article(text, "x.txt")
    assert a.published == date
    assert a.author == "Jane Roe"


def test_a_fifo_given_as_an_article_is_refused_at_once(tmp_path: Path) -> None:
    """Nothing ever writes to this pipe: reading it would hang extract and build for ever."""
    import os

    from factdeck.errors import ArticleError

    fifo = tmp_path / "story.txt"
    os.mkfifo(fifo)
    with pytest.raises(ArticleError, match="not a regular file"):
        read_article(fifo)


def test_build_shows_control_characters_of_an_input_name(tmp_path: Path) -> None:
    """A file name that would set the terminal's title (OSC 0) is printed with its ESC shown."""
    import subprocess
    import sys

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "news.txt").write_text(
        "Mayor Ida Berg said on Thursday, June 1, 2023, that the harbour ferry would run "
        "again in September. \"We will run it before the first snow,\" Berg told reporters.\n",
        encoding="utf-8")
    (folder / "notes\x1b]0;owned\x07.txt").write_text(
        "A list of things to buy and to do this week, written by hand.\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "factdeck", "build", str(folder), "-o",
                          str(tmp_path / "deck"), "--no-nlp"],
                         capture_output=True, text=True, timeout=120)
    said = run.stdout + run.stderr
    assert "skipped" in said and "notes" in said, said
    assert "\x1b" not in said and "\x07" not in said
