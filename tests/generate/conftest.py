"""An invented story told by two invented outlets, with its facts written by hand.

Generators are tested on this small story (not on the seed articles), so the
tests show the generation works for news in general.
"""

from __future__ import annotations

import datetime as _dt

import pytest

from factdeck.bank.facts import DatedEvent, Facts, Person, Quote, SourceArticle, Stance

HARBOR = """# Norland budget talks collapse

By Mara Quist
15 March 2024

Prime Minister Ana Kovac said on Tuesday that the coalition would present a new budget by April 2. \
"We will not let the country drift," Kovac told reporters in Velgrad.

Finance Minister Tomas Brandt, who had proposed cutting fuel subsidies, resigned on Wednesday. \
Brandt wants a smaller deficit and calls for a tax on windfall profits.

Opposition leader Lena Vogt called for early elections. \u201cThis government has lost its \
majority,\u201d Vogt said. The coalition won 87 seats in the election of 2021.
"""

VALLEY = """Cabinet meets as deficit grows

Government spokesman Piet Aalders said the cabinet met on Thursday. \u201cThe budget will be \
ready in time,\u201d Aalders said. The deficit has reached 4.5 percent of output.

Vogt, the leader of the opposition, said she is ready to form a government.
"""

H, V = "harbor.txt", "valley.txt"


def _span(text: str, piece: str) -> str:
    assert piece in text, piece
    return piece


def story() -> Facts:
    """The facts of the invented story, every evidence an exact span."""
    articles = (
        SourceArticle(file=H, text=HARBOR, title="Norland budget talks collapse",
                      outlet="Harbor Times", author="Mara Quist",
                      published=_dt.date(2024, 3, 15)),
        SourceArticle(file=V, text=VALLEY, title="Cabinet meets as deficit grows",
                      outlet="Valley Post", published=_dt.date(2024, 3, 16)),
    )
    people = (
        Person("Ana Kovac", "Prime Minister of Norland", (H,),
               _span(HARBOR, "Prime Minister Ana Kovac"), H),
        Person("Tomas Brandt", "Finance Minister of Norland", (H,),
               _span(HARBOR, "Finance Minister Tomas Brandt"), H),
        Person("Lena Vogt", "opposition leader", (H, V),
               _span(HARBOR, "Opposition leader Lena Vogt"), H),
        Person("Piet Aalders", "government spokesman", (V,),
               _span(VALLEY, "Government spokesman Piet Aalders"), V),
    )
    dates = (
        DatedEvent("2024-03-12", "Kovac promises a new budget", H,
                   _span(HARBOR, "Prime Minister Ana Kovac said on Tuesday"), "on Tuesday"),
        DatedEvent("2024-04-02", "Deadline for the new budget", H,
                   _span(HARBOR, "present a new budget by April 2"), "April 2"),
        DatedEvent("2024-03-13", "Brandt resigns", H,
                   _span(HARBOR, "resigned on Wednesday"), "on Wednesday"),
        DatedEvent("2021", "The coalition wins its seats", H,
                   _span(HARBOR, "the election of 2021"), "2021"),
        DatedEvent("2024-03-14", "The cabinet meets", V,
                   _span(VALLEY, "the cabinet met on Thursday"), "on Thursday"),
    )
    quotes = (
        Quote("Ana Kovac", "We will not let the country drift,", H,
              _span(HARBOR, '"We will not let the country drift," Kovac told reporters')),
        Quote("Lena Vogt", "This government has lost its majority,", H),
        Quote("Piet Aalders", "The budget will be ready in time,", V),
    )
    stances = (
        Stance("Tomas Brandt", "wants a smaller deficit", H,
               _span(HARBOR, "Brandt wants a smaller deficit")),
        Stance("Lena Vogt", "calls for early elections", H,
               _span(HARBOR, "Opposition leader Lena Vogt called for early elections.")),
        Stance("Vogt", "is ready to form a government", V,
               _span(VALLEY, "she is ready to form a government")),
    )
    return Facts(articles=articles, people=people, dates=dates, quotes=quotes,
                 positions=stances)


@pytest.fixture
def facts() -> Facts:
    return story()
