"""Dates: found by rules, resolved against the publication date, each with tight evidence."""

from __future__ import annotations

from helpers import facts_of


def dated(facts) -> dict[str, str]:
    return {d.evidence: d.date for d in facts.dates}


def test_absolute_and_year_dates() -> None:
    f = facts_of("The treaty was signed on 2 February 1998 in Oslo. The dam, finished in 2011, "
                 "burst on April 3, 2019, and the 2015 floods were worse.")
    got = dated(f)
    assert got["The treaty was signed on 2 February 1998 in Oslo"] == "1998-02-02"
    assert "2011" in got.values() and "2019-04-03" in got.values() and "2015" in got.values()


def test_relative_weekdays_and_days() -> None:
    # published Thursday 14 March 2019
    f = facts_of("On Monday, the mayor resigned. The council met Tuesday night to pick a "
                 "successor. Yesterday the vote was postponed. Last week the budget passed.")
    got = dated(f)
    assert got["On Monday, the mayor resigned"] == "2019-03-11"
    assert got["The council met Tuesday night to pick a successor"] == "2019-03-12"
    assert got["Yesterday the vote was postponed"] == "2019-03-13"
    assert got["Last week the budget passed"] == "2019-03"


def test_future_weekday_and_month_day_nearest_year() -> None:
    f = facts_of("The minister will travel to Rome on Saturday. Talks are due to resume on "
                 "January 6. The strike began on December 28.", published="2020-01-02")
    got = dated(f)
    assert got["The minister will travel to Rome on Saturday"] == "2020-01-04"
    assert got["Talks are due to resume on January 6"] == "2020-01-06"
    # across New Year: the nearest December 28 is in the previous year
    assert got["The strike began on December 28"] == "2019-12-28"


def test_two_dates_in_one_sentence_get_separate_evidence() -> None:
    f = facts_of("She visited Kenya in 2004 and Ghana in 2009, then met envoy Paul Otieno on "
                 "Monday, his deputy Wednesday, and the press Friday.", published="2019-03-16")
    got = dated(f)
    assert got["She visited Kenya in 2004"] == "2004"
    assert got["Ghana in 2009"] == "2009"
    assert got["his deputy Wednesday"] == "2019-03-13"
    assert got["the press Friday"] == "2019-03-15"
    evidences = [d.evidence for d in f.dates]
    assert len(evidences) == len(set(evidences))


def test_no_publication_date_drops_relative_dates_but_keeps_absolute() -> None:
    f = facts_of("The bridge reopened on Monday. It had been closed since March 2018.",
                 published=None)
    assert [(d.date, d.expression) for d in f.dates] == [("2018-03", "March 2018")]


def test_latest_stated_date_places_weekdays_when_publication_is_unknown() -> None:
    f = facts_of("Photo taken on October 3, 2018. On Saturday, rebels seized the airport.",
                 published=None)
    got = dated(f)
    assert got["On Saturday, rebels seized the airport"] == "2018-10-06"


def test_words_that_look_like_dates_are_not() -> None:
    f = facts_of("We may see more protests. The group has 2000 members and 1,999 supporters. "
                 "Relative quotes: “I spoke to him this morning,” she said.")
    assert f.dates == ()


def test_evidence_is_an_exact_span() -> None:
    body = "The summit, held on\u00a0Friday, ended with a joint statement on trade."
    f = facts_of(body)
    for d in f.dates:
        assert d.evidence in body
        assert d.expression in d.evidence
