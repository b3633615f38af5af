"""Align first, then compare: each kind of difference on invented stories, and stories where
outlets agree in other words (hedges, rounding, another quantity in a like sentence, two
different remarks of one speaker), which must report nothing."""

from __future__ import annotations

from factdeck.bank.facts import SourceArticle
from factdeck.differences.align import align_agreements, align_story
from factdeck.differences.days import day_differences
from factdeck.differences.names import age_differences, name_differences
from factdeck.differences.numbers import figure_differences
from factdeck.differences.places import place_differences
from factdeck.differences.remarks import remark_differences, worded_differently
from factdeck.differences.text import body_spans, sentences


def story(*texts: str) -> list[SourceArticle]:
    outlets = ("North Post", "South Wire", "East Times", "West Echo")
    return [SourceArticle(file=f"{k}.txt", text=t, outlet=outlets[k])
            for k, t in enumerate(texts)]


def parsed(articles):
    return [sentences(a, parse=False) for a in articles]


def files(diff) -> set[str]:
    return {r.article for r in diff.reports}


# figures --------------------------------------------------------------------------------

def test_one_quantity_given_two_ways():
    arts = story("The mayor Lena Ortiz won 38.4 percent of the vote in Harbor City on Sunday, "
                 "official results showed.",
                 "Lena Ortiz won 41% of the vote in Harbor City, according to official results.")
    (diff,) = figure_differences(parsed(arts))
    assert diff.aspect.endswith("share of the vote") and files(diff) == {"0.txt", "1.txt"}
    assert {r.says for r in diff.reports} == {"38.4 percent", "41%"}


def test_agreeing_hedges_and_rounding_report_nothing():
    arts = story("Ortiz won 38.42 percent of the vote to Brandt's 61.04 percent, official "
                 "results showed.",
                 "Ortiz took some 38% of the vote against just over 61% for Brandt, according "
                 "to official results.",
                 "Ortiz won 38.4% of the vote to 61% for Brandt in official results.")
    articles = parsed(arts)
    assert figure_differences(articles) == []
    assert align_story(arts, parse=False) == []


def test_two_quantities_in_like_sentences_are_not_compared():
    # the size of the council against one party's seats; votes against and abstentions
    arts = story("The Green Party won 12 seats on the 45-seat council, officials said.",
                 "The Green Party now holds 40 seats in the council chamber, officials said.",
                 "In the council vote 21 members voted against the budget and 9 abstained.")
    assert figure_differences(parsed(arts)) == []


def test_another_count_of_the_same_event_is_found_and_agreeing_outlets_join_it():
    arts = story("A bus fell into the Varna gorge on Monday, killing at least 31 people, "
                 "police said.",
                 "At least 31 people were killed when a bus fell into the Varna gorge, police "
                 "said.",
                 "More than 40 people were killed when a bus fell into the Varna gorge.")
    (diff,) = figure_differences(parsed(arts))
    assert files(diff) == {"0.txt", "1.txt", "2.txt"}
    assert diff.aspect == "number of people killed"


# remarks --------------------------------------------------------------------------------

def test_one_remark_worded_two_ways():
    arts = story('"We will rebuild every school before winter," Ortiz told reporters.',
                 "'We will rebuild all the schools before the winter,' Ortiz said on Tuesday.")
    (diff,) = remark_differences(arts, [body_spans(a) for a in arts])
    assert diff.kind == "wording" and "Ortiz" in diff.aspect


def test_one_remark_quoted_alike_is_an_agreement_not_a_difference():
    arts = story('"We will rebuild every school before winter," Ortiz said.',
                 "\u201cWe will rebuild every school before winter,\u201d Ortiz told reporters.")
    assert remark_differences(arts, [body_spans(a) for a in arts]) == []
    (alike,) = align_agreements(arts, parse=False)
    assert alike.kind == "agreement"


def test_two_different_remarks_of_one_speaker_are_not_paired():
    arts = story('"The budget will be balanced by next spring," Ortiz said.',
                 '"Nobody in this city will lose a home to the flood," Ortiz said.')
    assert remark_differences(arts, [body_spans(a) for a in arts]) == []


def test_a_quote_left_open_runs_on_to_the_end_of_its_paragraph():
    arts = story('Ortiz said: "We lost everything in one night. The river came too fast.\n\n'
                 'Later she added more.',
                 '"We lost everything in a single night," Ortiz said.')
    (diff,) = remark_differences(arts, [body_spans(a) for a in arts])
    assert "one night" in diff.reports[0].says


def test_worded_differently():
    assert worded_differently("The gate is open", "The gate is opened")
    assert not worded_differently("We will win.", "we will win")
    assert not worded_differently("We will win this", "We will win this, and more")  # excerpt
    assert worded_differently("We will win this", "We will surely and clearly win this")


# names, ages ----------------------------------------------------------------------------

def test_one_name_spelled_two_ways():
    arts = story("The only survivor, Tomasz Wierzbicki, was taken to hospital.",
                 "The only survivor, Tomasz Wierzbiecki, spoke to reporters.")
    (diff,) = name_differences(parsed(arts))
    assert diff.kind == "name" and diff.aspect == "spelling of the name of the survivor"


def test_a_wrong_first_name_for_one_candidate():
    arts = story("Interior Minister Paul Brandt, the candidate of the ruling party, conceded.",
                 "Peter Brandt, the other candidate in the race, conceded on Sunday.")
    (diff,) = name_differences(parsed(arts))
    assert diff.aspect.startswith("first name of Brandt")


def test_two_people_of_one_family_are_no_difference():
    arts = story("Coach Maria Lopez praised the team after the final.",
                 "His wife, the singer Ana Lopez, watched from the stands.")
    assert name_differences(parsed(arts)) == []


def test_one_person_given_two_ages():
    arts = story("Maria Lopez scored twice. The 31-year-old then left the pitch.",
                 "Maria Lopez, 29, scored twice in the final.")
    (diff,) = age_differences(parsed(arts))
    assert {r.says for r in diff.reports} == {"31", "29"}


# days, places ---------------------------------------------------------------------------

def test_one_event_on_two_weekdays():
    arts = story("A cargo ship sank off Cape Mora on Tuesday, the coast guard said.",
                 "The cargo ship sank off Cape Mora on Wednesday after a storm.")
    (diff,) = day_differences(parsed(arts))
    assert {r.says for r in diff.reports} == {"Tuesday", "Wednesday"}
    assert "sank off Cape Mora" in diff.aspect


def test_a_deadline_and_another_event_are_not_the_event_s_day():
    arts = story("The council approved the budget on Monday, ahead of a Friday deadline.",
                 "The council approved the budget on Monday. The mayor resigned on Thursday.")
    assert day_differences(parsed(arts)) == []


def test_one_prisoner_sent_to_two_jails():
    arts = story("Former minister Paul Brandt was taken to Northgate Jail after the verdict.",
                 "Former minister Paul Brandt is being moved to Riverside Jail, his party said.")
    (diff,) = place_differences(parsed(arts))
    assert diff.aspect == "which jail for Paul Brandt"


def test_a_region_and_a_city_in_it_are_no_difference():
    arts = story("Staff left the company's Ohio headquarters on Friday.",
                 "Staff left the company's Columbus headquarters on Friday.")
    assert place_differences(parsed(arts)) == []
