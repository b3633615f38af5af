"""Figures read with their units, and when two figures agree (hedges, rounding)."""

from __future__ import annotations

import pytest

from factdeck.differences.measures import agree, figures


def one(text: str):
    (figure,) = figures(text)
    return figure


def test_units_percent_money_and_counted_nouns():
    assert one("The mayor won 38.2 percent of the vote.").unit == "pct:vote"
    assert one("It cost Rs 80 crore to build.").unit == "money:rupee"
    assert one("It cost Rs 80 crore to build.").value == 80e7
    assert one("The deal was worth $2 billion.").unit == "money:usd"
    assert one("He played 40 matches for the club.").unit == "count:match"
    assert one("He made 40 appearances for the club.").unit == "count:match"
    assert one("The blast killed at least 12 people.").unit == "count:people:deaths"


def test_years_dates_times_and_ordinals_are_no_figures():
    assert figures("In 2019 the plant opened on March 3 at 4pm, its 5th site.") == []


def test_what_could_be_is_no_figure():
    assert figures("The hall can normally seat 310 guests.") == []


def test_passengers_and_crew_is_another_quantity_than_passengers():
    assert one("The ferry carried 180 passengers and crew.").unit != \
        one("The ferry carried 171 passengers.").unit


def test_people_on_board_are_not_the_dead():
    dead, aboard = figures("More than 80 people were killed when the bus with 64 people on "
                           "board fell.")
    assert dead.unit == "count:people:deaths" and aboard.unit == "count:people on board"


def test_the_chief_and_two_others_are_three():
    assert one("The board fired its chairman and two other officials.").value == 3


@pytest.mark.parametrize(("a", "b"), [
    ("some 38% of the vote", "37.82 percent"),
    ("61% of the vote", "61.04 percent"),
    ("just over 61% of the vote", "61.04 percent"),
    ("nearly half a million people died", "about 480,000 people died"),
    ("at least 4 senior officials", "four senior officials"),
])
def test_hedges_and_rounding_agree(a, b):
    assert agree(figures(a)[0], figures(b)[0])


@pytest.mark.parametrize(("a", "b"), [
    ("37% of the vote", "37.82 percent"),       # 37.82 rounds to 38
    ("37.6% of the vote", "37.82 percent"),
    ("at least 120 people died", "more than 140 people died"),
    ("at least 100 people died", "more than 109 people died"),
    ("Rs 600 crore", "Rs 615 crore"),           # a round figure is not a hedge
    ("over 3,000 goals", "3790 goals"),
])
def test_other_figures_disagree(a, b):
    assert not agree(figures(a)[0], figures(b)[0])


def test_a_share_of_a_total_is_the_share():
    text = "Nearly half of the town's 3,000 residents fled, and a third of the 90 nurses left."
    found = [(f.value, text[f.start:f.end]) for f in figures(text)]
    assert found[0] == (1_500, "Nearly half of the town's 3,000 residents")
    assert found[1][0] == 30
