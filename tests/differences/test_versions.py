from __future__ import annotations

import pytest

from factdeck.bank.facts import Difference, Report
from factdeck.differences.versions import same_version, versions


def r(article, says):
    return Report(article, says, says)


@pytest.mark.parametrize(("kind", "a", "b", "same"), [
    ("number", "nearly half a million dead", "about 480,000 killed", True),
    ("number", "nearly half a million dead", "approximately 400,000 killed", False),
    ("wording", "We will rebuild the town", "we will rebuild the town.", True),
    ("wording", "We will rebuild the town, all of it", "We will rebuild the town", True),
    ("wording", "We will rebuild the town", "We shall build the town again", False),
    ("actor", "Governor Elena Varga suspended the licence", "Varga suspended the licence", True),
    ("actor", "Elena Varga suspended the licence", "Tomas Brandt suspended the licence", False),
    ("actor", "Varga suspended the licence", "Varga may suspend the licence", False),
    ("description", "demanding a no-fly zone over the city",
     "sought to impose a no-fly zone over the city", True),
    ("description", "a new cultural centre", "a new church by the river", False),
    ("claim", "the court can try the case", "the court can try the case here", False),
    # a round figure for a finer one is the same figure: a question on it would ask rounding
    ("number", "a budget of Rs 900 crore", "a budget of Rs 915 crore", True),
    ("number", "won 61% of the vote", "won 61.87 percent of the vote", True),
    ("number", "won 61.3% of the vote", "won 61.87 percent of the vote", True),
    ("number", "a grant of $48 million", "a grant of $46 million", False),
    ("number", "300 people died", "262 people died", False),
    ("number", "won 58% of the vote", "won 61.87 percent of the vote", False),
])
def test_same_version(kind, a, b, same):
    assert same_version(kind, r("a", a), r("b", b)) is same


def test_versions_group_agreeing_reports_in_order():
    diff = Difference("number of people killed", (
        r("a", "at least 34 killed"), r("b", "killed 21 people"), r("c", "34 people died")),
        kind="number")
    assert [[x.article for x in g] for g in versions(diff)] == [["a", "c"], ["b"]]


def test_a_report_that_agrees_with_any_of_a_version_joins_it():
    # "some 62%" rounds 61.87 but not the 61% that opened the group; all three are one result
    diff = Difference("share of the vote", (
        r("a", "61% of the vote"), r("b", "61.87 percent"), r("c", "some 62%"),
        r("d", "58% of the vote")), kind="number")
    assert [[x.article for x in g] for g in versions(diff)] == [["a", "b", "c"], ["d"]]


@pytest.mark.parametrize(("a", "b", "same"), [
    ("a loan of $1.2 billion", "a loan of $1.23 billion", True),  # the scale is in the value
    ("a loan of $1.2 billion", "a loan of $1.3 billion", False),
    ("some 200 people were evacuated", "204 people were evacuated", True),
    ("4120 people were evacuated", "over 3,500 people were evacuated", False),
])
def test_a_round_figure_is_read_at_its_own_precision(a, b, same):
    assert same_version("number", r("a", a), r("b", b)) is same
