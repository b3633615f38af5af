"""Articles of our own writing, in other outlets' styles and on other events."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdeck.extract.pipeline import extract_facts

DATA = Path(__file__).resolve().parents[1] / "data" / "articles_extract"


@pytest.fixture(scope="module")
def facts():
    return extract_facts([DATA / "wire_story.txt", DATA / "strike_page.html"], use_nlp=False,
                         differences=False)


def test_metadata_from_byline_dateline_and_meta_tags(facts) -> None:
    wire, page = facts.articles
    assert (wire.outlet, wire.author, str(wire.published)) == (
        "AP", "Maria Santos and Peter Hall", "2023-03-08")
    assert (page.outlet, str(page.published)) == ("BBC News", "2024-01-05")


def test_people_and_posts(facts) -> None:
    posts = {p.name: p.position for p in facts.people}
    assert posts["Luiz Inácio Lula da Silva"] == "President of Brazil"
    assert "Lula" not in posts  # the short name is joined to the full one
    assert posts["Odd Hansen"] == "Ambassador of Norway"  # "Norway's ambassador, Odd Hansen,"
    assert posts["Victoria Atkins"] == "Health Secretary"
    assert posts["Rob Laurenson"] == "co-chair of the BMA junior doctors committee"
    # a title and an apposition give both posts
    assert posts["Flávio Mendes"] == "Senator; leader of the opposition in the Senate"
    assert "Jair Bolsonaro" in posts
    assert "Peter Hall" not in posts  # a byline is not a person in the story


def test_dates_months_and_programme_names(facts) -> None:
    got = {d.evidence: d.date for d in facts.dates}
    assert got["He added that Brazil would present a plan at the climate summit in November"] == \
        "2023-11"
    assert got["who left for Florida in late December"] == "2022-12"
    assert got["Last year, deforestation reached its highest level"] == "2022"
    assert got["deforestation reached its highest level since 2006"] == "2006"
    assert got["he told BBC Radio 4's Today programme on Thursday"] == "2024-01-04"
    assert "2024-01-05" not in got.values()  # "Today" here is a programme, not a date


def test_quotes_and_stances(facts) -> None:
    quotes = {q.quote: q.speaker for q in facts.quotes}
    assert quotes["We have been left with no option but to strike,"] == "Rob Laurenson"
    assert quotes["We are only at the beginning,"] == "Marina Silva"
    stances = {(s.who, s.stance.split()[0]) for s in facts.positions}
    assert ("Flávio Mendes", "called") in stances
    assert ("Victoria Atkins", "urged") in stances
    assert ("Odd Hansen", "welcomed") in stances


def test_agency_story() -> None:
    f = extract_facts([DATA / "agency_story.txt"], use_nlp=False, differences=False)
    article = f.articles[0]
    assert (article.outlet, article.author, str(article.published)) == (
        "Reuters", "Philip Blenkinsop and Julia Payne", "2023-10-04")
    assert "Editing by" not in "".join(article.paragraphs())
    posts = {p.name: p.position for p in f.people}
    assert posts == {
        "Ursula von der Leyen": "European Commission President",
        "Valdis Dombrovskis": "EU trade chief",
        "Shu Jueting": "spokesperson",
        "Oliver Blume": "Volkswagen chief executive",
        "Bernd Lange": "chair of the European Parliament's trade committee",
        "Emmanuel Macron": "President of France",
    }
    quotes = {q.quote: q.speaker for q in f.quotes}
    assert quotes["Our door remains open to dialogue."] == "Valdis Dombrovskis"
    assert quotes["flooded with cheaper Chinese electric cars"] == "Ursula von der Leyen"
    dates = {d.evidence: d.date for d in f.dates}
    assert dates["European Commission President Ursula von der Leyen announced the anti-subsidy "
                 "investigation in her State of the Union speech on Sept. 13"] == "2023-09-13"
    assert dates["A provisional decision is due by July 2024"] == "2024-07"
    stances = {(s.who, s.stance) for s in f.positions}
    assert ("Bernd Lange", "wants the probe widened to batteries") in stances
    assert ("Emmanuel Macron", "backs the investigation") in stances
