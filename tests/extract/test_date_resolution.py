"""Dates that are right: tense and year, weekdays, undated articles, decades, spans, clauses.

Every sentence here is made up for the test; the publication dates are chosen so that the
wrong reading gives another date.
"""

from __future__ import annotations

import datetime as _dt

from helpers import facts_of

from factdeck.articles import parse_article
from factdeck.bank.facts import DatedEvent, Facts
from factdeck.extract import dates
from factdeck.extract.pipeline import extract_articles


def dated(facts: Facts) -> dict[str, str]:
    return {d.evidence: d.date for d in facts.dates}


def article(body: str, published: str | None, name: str) -> object:
    header = "# A headline for the test article\n\nSam Reporter\n"
    header += f"{published}\n\n" if published else "\n"
    return parse_article(header + body, name)


# ---------------------------------------------------------------- tense decides the year

def test_a_past_month_day_is_before_the_publication_date_even_when_far() -> None:
    # published in October: "invaded on February 24" is this year's February, not next year's
    f = facts_of("The army invaded the northern province on February 24. The talks collapsed "
                 "on December 2.", published="2022-10-05")
    got = dated(f)
    assert got["The army invaded the northern province on February 24"] == "2022-02-24"
    assert got["The talks collapsed on December 2"] == "2021-12-02"  # past: not two months ahead


def test_a_future_month_day_is_after_the_publication_date() -> None:
    f = facts_of("The new bridge will open on March 1. Voters are due to go to the polls on "
                 "September 3.", published="2022-10-05")
    got = dated(f)
    assert got["The new bridge will open on March 1"] == "2023-03-01"
    assert got["Voters are due to go to the polls on September 3"] == "2023-09-03"


def test_across_new_year_both_ways() -> None:
    f = facts_of("The strike began on December 29. The union will meet again on January 8.",
                 published="2024-01-03")
    got = dated(f)
    assert got["The strike began on December 29"] == "2023-12-29"
    f = facts_of("The festival ended on January 2. The vote is scheduled for January 9.",
                 published="2023-12-20")
    got = dated(f)
    assert got["The festival ended on January 2"] == "2023-01-02"
    assert got["The vote is scheduled for January 9"] == "2024-01-09"


def test_a_plan_told_in_the_past_takes_the_nearest_year() -> None:
    # "was scheduled for" and "would" look ahead from the past: neither clearly before nor after
    f = facts_of("The hearing was scheduled for November 20. The mayor said the market would "
                 "reopen on November 2.", published="2021-11-10")
    got = dated(f)
    assert got["The hearing was scheduled for November 20"] == "2021-11-20"
    assert "2021-11-02" in got.values()


def test_tense_of_a_clause() -> None:
    assert dates.tense("the court will rule on") == "future"
    assert dates.tense("talks are due to resume on") == "future"
    assert dates.tense("the rebels seized the town on") == "past"
    assert dates.tense("prices have risen since") == "past"
    assert dates.tense("the meeting was slated for") == "plan"
    assert dates.tense("they agreed to meet on") == "plan"
    assert dates.tense("the summit opens on") == "scheduled"
    assert dates.tense("the final is on") == "present"
    assert dates.tense("the minister on") is None
    # the marker nearest the date decides: the saying, not the plan it reports
    context = "Lund said on Monday that the firm planned to sell"
    at = (context.index("Monday"), context.index("Monday") + 6)
    assert dates.tense(context, at) == "past"
    # "to be held" is passive: its "to be" looks forward, "held" is not a past tense
    context = "polls that have to be held before early November"
    at = (context.index("early"), len(context))
    assert dates.tense(context, at) == "future"


def test_plans_told_in_the_past_leave_weekdays_out_and_is_to_looks_forward() -> None:
    # published Wednesday 15 November 2023
    f = facts_of("The two sides agreed to meet on Sunday. The minister is to visit the port on "
                 "Thursday. The raid on Tuesday is a warning. The final is on Sunday.",
                 published="2023-11-15")
    got = dated(f)
    assert "The two sides agreed to meet on Sunday" not in got
    assert got["The minister is to visit the port on Thursday"] == "2023-11-16"
    assert got["The raid on Tuesday is a warning"] == "2023-11-14"  # "is" is not the date's verb
    assert got["The final is on Sunday"] == "2023-11-19"


# ---------------------------------------------------------------- weekdays

def test_weekdays_in_past_and_future_sentences() -> None:
    # published Wednesday 12 June 2024
    f = facts_of("The governor resigned on Monday. The assembly will vote on Monday. "
                 "Police arrested two men on Wednesday.", published="2024-06-12")
    got = dated(f)
    assert got["The governor resigned on Monday"] == "2024-06-10"
    assert got["The assembly will vote on Monday"] == "2024-06-17"
    assert got["Police arrested two men on Wednesday"] == "2024-06-12"  # the same day


def test_later_on_friday_in_a_past_sentence_is_the_friday_before() -> None:
    # published Tuesday 8 October 2024: "later on Friday" was last week's Friday, not next
    f = facts_of("The council met in the morning. Later on Friday, the chairman stepped down.",
                 published="2024-10-08")
    got = dated(f)
    assert got["Later on Friday, the chairman stepped down"] == "2024-10-04"


# ---------------------------------------------------------------- not years

def test_decades_are_not_years() -> None:
    f = facts_of("Unemployment has not been so high since the 1930s. In the 1990’s the port "
                 "grew fast. The band formed in the mid-1980s.", published="2020-10-02")
    assert f.dates == ()


# ---------------------------------------------------------------- articles without a date

def test_an_undated_article_takes_its_anchor_from_the_other_articles_of_the_story() -> None:
    dated_one = article("The ferry sank on Sunday off the coast.", "2021-05-11", "a.txt")
    undated = article("Rescuers found the wreck on Sunday. The ferry left port on May 7.",
                      None, "b.txt")
    f = extract_articles([dated_one, undated])  # type: ignore[list-item]
    got = {(d.article, d.evidence): d.date for d in f.dates}
    assert got[("a.txt", "The ferry sank on Sunday off the coast")] == "2021-05-09"
    assert got[("b.txt", "Rescuers found the wreck on Sunday")] == "2021-05-09"
    assert got[("b.txt", "The ferry left port on May 7")] == "2021-05-07"


def test_an_undated_article_keeps_only_what_every_possible_day_agrees_on() -> None:
    # the story was published on Monday 10 and Tuesday 11 May: "yesterday" could be either
    # Sunday or Monday, so it is left out; "on Saturday" is 8 May whichever day it was
    one = article("The storm hit the coast on Saturday.", "2021-05-10", "a.txt")
    two = article("The storm caused floods on Saturday.", "2021-05-11", "b.txt")
    undated = article("Yesterday the army was sent in. The storm began on Saturday.", None,
                      "c.txt")
    f = extract_articles([one, two, undated])  # type: ignore[list-item]
    got = {d.evidence: d.date for d in f.dates if d.article == "c.txt"}
    assert got == {"The storm began on Saturday": "2021-05-08"}


def test_a_story_spread_over_weeks_anchors_nothing() -> None:
    one = article("The plant closed on Monday.", "2021-03-01", "a.txt")
    two = article("The plant reopened on Monday.", "2021-04-12", "b.txt")
    undated = article("Workers protested on Friday.", None, "c.txt")
    f = extract_articles([one, two, undated])  # type: ignore[list-item]
    assert [d for d in f.dates if d.article == "c.txt"] == []


def test_story_anchors() -> None:
    d = _dt.date
    assert dates.story_anchors([d(2021, 5, 10), d(2021, 5, 11)], None) == (
        d(2021, 5, 10), d(2021, 5, 11), d(2021, 5, 12))
    # the article itself states a later date: it was written after the story's first days
    assert dates.story_anchors([d(2021, 5, 10), d(2021, 5, 11)], d(2021, 5, 11)) == (
        d(2021, 5, 11), d(2021, 5, 12))
    assert dates.story_anchors([d(2021, 5, 10)], d(2021, 6, 1)) == ()
    assert dates.story_anchors([], None) == ()


def test_an_undated_story_leaves_relative_dates_out() -> None:
    f = facts_of("The mine flooded on Tuesday. Rescue teams arrived last week.", published=None)
    assert f.dates == ()


# ---------------------------------------------------------------- spans, seasons, end of year

def test_a_span_of_years_dates_its_start_and_its_end() -> None:
    f = facts_of("The port grew under the old governor's rule (2009-14). She served as mayor "
                 "from 2001 to 2007.", published="2019-03-14")
    got = sorted((d.date, d.standalone) for d in f.dates)
    assert got == [("2001", False), ("2007", False), ("2009", False), ("2014", False)]
    # two separate years are not a span
    f = facts_of("The club won the league in 2015 and 2017.", published="2019-03-14")
    assert sorted(d.date for d in f.dates) == ["2015", "2017"]


def test_seasons_and_the_end_of_the_year() -> None:
    f = facts_of("The company launched the phone this spring. The election must be held "
                 "before the end of the year.", published="2022-10-28")
    got = dated(f)
    assert "2022" in got.values()
    assert sorted(got.values()) == ["2022", "2022"]


# ---------------------------------------------------------------- the clause a date modifies

def test_an_aside_does_not_cut_the_clause_and_the_next_verb_is_another_event() -> None:
    f = facts_of("The ferry left at 9.15am (7.15am GMT) on Friday and was expected to dock by "
                 "noon.", published="2024-06-15")
    got = dated(f)
    assert got["The ferry left at 9.15am (7.15am GMT) on Friday"] == "2024-06-14"


def test_a_heading_line_does_not_take_the_date_of_the_sentence_after_it() -> None:
    f = facts_of("A Failed Landing Attempt\nOn Sunday, the probe lost contact with the ground.",
                 published="2024-06-12")
    got = dated(f)
    assert got["On Sunday, the probe lost contact with the ground"] == "2024-06-09"


# ---------------------------------------------------------------- self-contained events

def test_an_event_stands_alone_only_with_its_actor_named() -> None:
    f = facts_of("Judge Mara Voss met lawyer Tom Hale in the morning. He resigned on Monday. "
                 "Governor Ada Brink signed the decree on Tuesday.", published="2019-03-14")
    by_date = {d.date: d for d in f.dates}
    assert not by_date["2019-03-11"].standalone  # "he": the judge or the lawyer?
    assert by_date["2019-03-12"].standalone
    assert by_date["2019-03-12"].event == "Governor Ada Brink signed the decree"


def test_a_saying_without_what_was_said_does_not_stand_alone() -> None:
    f = facts_of("Minister Lea Ortiz told reporters on Monday. Minister Lea Ortiz said on "
                 "Tuesday that the border would reopen.", published="2019-03-14")
    by_date = {d.date: d for d in f.dates}
    assert not by_date["2019-03-11"].standalone
    assert by_date["2019-03-12"].standalone


def test_standalone() -> None:
    assert dates.standalone("Governor Ada Brink signed the decree")
    assert dates.standalone("The conference in Lisbon", noun_phrase=True)
    for event in ("He signed the decree", "this module detached from the rocket",
                  "were killed when the roof fell", "which the council approved",
                  "Just after 8pm", "the party had until to appeal", "The army moved to",
                  "Lea Ortiz told Radio Norte", "deadline to complete the sale",
                  "• Ortiz was elected mayor", "Ortiz (@ortiz) posted",
                  "Police said that the man", "The strike began on the"):
        assert not dates.standalone(event), event


def test_the_standalone_flag_is_kept_in_the_facts_format_and_left_out_when_true() -> None:
    kept = DatedEvent("2019-03-11", "he resigned", "a.txt", "He resigned on Monday", "on Monday",
                      standalone=False)
    data = Facts(dates=(kept, DatedEvent("2019", "X won", "a.txt", "X won in 2019"))).to_data()
    assert data["dates"][0]["standalone"] is False
    assert "standalone" not in data["dates"][1]
    back = Facts.from_data(data)
    assert [d.standalone for d in back.dates] == [False, True]


def test_a_month_with_last_or_this_year() -> None:
    # published in December: "in November last year" is not the November just gone
    f = facts_of("Lea Ortiz was appointed chief executive in November last year. Sales rose "
                 "in March this year.", published="2022-12-10")
    got = dated(f)
    assert got["Lea Ortiz was appointed chief executive in November last year"] == "2021-11"
    assert got["Sales rose in March this year"] == "2022-03"


def test_a_timetable_in_the_present_looks_forward() -> None:
    # published Wednesday 12 June 2024
    f = facts_of("The summit opens on Friday. The final takes place on Wednesday. The festival "
                 "begins on March 2. The semi-final was played on Friday.", published="2024-06-12")
    got = dated(f)
    assert got["The summit opens on Friday"] == "2024-06-14"
    assert got["The final takes place on Wednesday"] == "2024-06-12"
    assert got["The festival begins on March 2"] == "2025-03-02"
    assert got["The semi-final was played on Friday"] == "2024-06-07"


def test_a_dateline_dates_an_undated_article() -> None:
    f = facts_of("OSLO, 3 March 2021 (Reuters) - The central bank raised rates on Tuesday.",
                 published=None)
    assert dated(f)["The central bank raised rates on Tuesday"] == "2021-03-02"
    # without a year, the story's other articles give it
    one = article("The bank cut rates on Monday.", "2021-03-02", "a.txt")
    undated = article("OSLO, March 2 (Reuters) - Shares fell yesterday.", None, "b.txt")
    f = extract_articles([one, undated])  # type: ignore[list-item]
    got = {d.evidence: d.date for d in f.dates if d.article == "b.txt"}
    assert "2021-03-01" in got.values()


def test_a_weekday_before_its_date_is_one_date_and_picks_the_year() -> None:
    # published Saturday 12 November 2022: the weekday is not resolved on its own
    f = facts_of("On Friday, October 28, the court ruled. Protesters gathered on Monday, "
                 "2 March 2020.", published="2022-11-12")
    got = {d.expression: d.date for d in f.dates}
    assert got == {"Friday, October 28": "2022-10-28", "Monday, 2 March 2020": "2020-03-02"}
    # December 30 fell on a Friday in 2022, not in 2023: the weekday decides the year
    f = facts_of("The ferry sank on Friday, December 30.", published="2023-06-02")
    assert [d.date for d in f.dates] == ["2022-12-30"]
    # no year near the publication date fits: left out rather than guessed
    f = facts_of("The ferry sank on Monday, December 30.", published="2023-01-10")
    assert f.dates == ()


def test_named_days_are_not_days_of_this_week() -> None:
    f = facts_of("The Sunday Times reported the deal. Bloody Sunday is remembered every year. "
                 "Shoppers queued on Black Friday.", published="2022-11-12")
    assert f.dates == ()


def test_would_looks_forward_from_the_saying_and_this_friday_is_this_week() -> None:
    # published Wednesday 15 November 2023
    f = facts_of("The firm said in October it would sell its stake. The company said it would "
                 "cut 2,000 jobs by March. The minister said on Tuesday he would resign on "
                 "Friday. This Friday the board meets again. Last Friday, the bank raised rates.",
                 published="2023-11-15")
    got = dated(f)
    assert got["The firm said in October it would sell its stake"] == "2023-10"
    assert got["The company said it would cut 2,000 jobs by March"] == "2024-03"
    assert got["he would resign on Friday"] == "2023-11-17"
    assert got["This Friday the board meets again"] == "2023-11-17"
    assert got["Last Friday, the bank raised rates"] == "2023-11-10"
    events = {d.evidence: d.event for d in facts_of(
        "Earlier this month, prices rose sharply.", published="2023-11-15").dates}
    assert events == {"Earlier this month, prices rose sharply": "prices rose sharply"}


def test_he_is_the_one_person_named_in_the_nearest_sentence_that_names_anyone() -> None:
    f = facts_of("Mayor Ines Dolan has not said how. He has said he wants cuts. He also said on "
                 "Monday he would not run again but the party disagreed.", published="2019-03-14")
    by_date = {d.date: d for d in f.dates}
    assert by_date["2019-03-11"].event == "Ines Dolan also said he would not run again"
    assert by_date["2019-03-11"].standalone


def test_an_aside_inside_the_clause_keeps_the_object_after_it() -> None:
    f = facts_of("Judge Omar Lind on Saturday sentenced the Unity Party (UP) leader Ana Berg to "
                 "two years in prison.", published="2019-03-17")
    (d,) = f.dates
    assert d.date == "2019-03-16"
    assert d.event == ("Judge Omar Lind sentenced the Unity Party (UP) leader Ana Berg to two "
                       "years in prison")


def test_a_second_verb_shares_the_subject_that_opens_the_sentence() -> None:
    f = facts_of("The storm hit the coast on December 30 and will return on January 4. Last "
                 "December, prices soared.", published="2025-01-02")
    by_date = {d.date: d for d in f.dates}
    assert by_date["2024-12-30"].event == "The storm hit the coast"
    assert by_date["2025-01-04"].event == "The storm will return"
    assert by_date["2025-01-04"].standalone
    assert by_date["2024-12"].event == "prices soared" and by_date["2024-12"].standalone


def test_the_subject_before_an_aside_is_the_actor() -> None:
    f = facts_of("At least 40 people, including six children, were killed on Monday when the "
                 "roof fell. The survey, with a budget of $5 million, began with a test flight "
                 "on March 3. The club has not won a title since winning the cup in 2011.",
                 published="2019-03-14")
    by_date = {d.date: d for d in f.dates}
    assert by_date["2019-03-11"].event == "At least 40 people were killed"
    assert by_date["2019-03-11"].standalone
    assert by_date["2019-03-03"].event == "The survey began with a test flight"
    assert not by_date["2011"].standalone  # the date is the cup's, not the title drought's


def test_until_a_day_is_left_out_and_is_expected_to_looks_forward() -> None:
    # published Monday 3 June 2024
    f = facts_of("The court adjourned the hearing until Thursday. The ban was extended until "
                 "March. The parliament is expected to vote on the bill on Wednesday. Talks will "
                 "continue on Tuesday and Thursday.", published="2024-06-03")
    got = dated(f)
    assert not any("until" in evidence for evidence in got)
    assert got["The parliament is expected to vote on the bill on Wednesday"] == "2024-06-05"
    thursday = next(d for d in f.dates if d.date == "2024-06-06")
    assert not thursday.standalone  # its event names Tuesday, another date


def test_a_day_without_a_year_next_to_another_stated_year_is_left_out() -> None:
    f = facts_of("In 2019 the firm collapsed. On March 3, its founder was arrested. The 2011 war "
                 "ended in October. The 2024 season opened on March 9. He won in 2020 and on "
                 "Monday he won again.", published="2024-06-03")
    got = {d.expression: d.date for d in f.dates}
    assert "March 3" not in got and "in October" not in got  # 2019's and 2011's, not 2024's
    assert got["March 9"] == "2024-03-09"
    assert got["Monday"] == "2024-06-03"  # a weekday is always the publication's week
