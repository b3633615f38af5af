from __future__ import annotations

import pytest

from factdeck.differences.quantities import Amount, amounts, counts


@pytest.mark.parametrize(("text", "value"), [
    ("nearly half a million people", 500_000),
    ("a half million people", 500_000),
    ("approximately 400,000 killed", 400_000),
    ("over 10 million", 10_000_000),
    ("2.5 million voters", 2_500_000),
    ("twelve people", 12),
    ("1,200 protesters", 1_200),
])
def test_amounts_read_figures_in_words_and_digits(text, value):
    assert [a.value for a in amounts(text)] == [value]


@pytest.mark.parametrize("text", [
    "in 2016 the war", "on October 19", "the five-year war", "hundreds of people",
    "dozens of children", "the 3rd time", "10 percent of voters", "one of the ministers",
])
def test_amounts_leave_out_years_dates_ordinals_and_vague_amounts(text):
    assert amounts(text) == []


def test_counts_tie_each_figure_to_the_nearest_cue():
    text = "Half of the country's 22 million people have been uprooted and about 400,000 killed."
    found = [(c.amount.value, c.category) for c in counts(text)]
    # "half of" the total is the figure: its value and its words
    assert found == [(11_000_000, "displaced"), (400_000, "deaths")]
    start, end = counts(text)[0].span
    assert text[start:end] == "Half of the country's 22 million people have been uprooted"


def test_a_death_toll_may_stand_further_from_its_figure():
    text = "The death toll from Tuesday's earthquake in the mountain province rose to 310."
    assert [(c.amount.value, c.category) for c in counts(text)] == [(310, "deaths")]


def test_counts_need_a_cue_close_by():
    assert counts("The 250,000 inhabitants of the east live under siege.") == []
    assert counts("Some 300 rescuers searched the lake, where the bodies lay.") == []


def test_count_span_covers_cue_number_and_counted_word():
    text = "The storm killed 21 people on Sunday."
    (count,) = counts(text)
    assert text[count.span[0]:count.span[1]] == "killed 21 people"


def test_same_as_allows_rounding_only():
    assert Amount(500_000, 0, 0, "nearly").same_as(Amount(480_000, 0, 0, None))
    assert not Amount(500_000, 0, 0, None).same_as(Amount(400_000, 0, 0, None))


def test_a_vote_count_keeps_its_side_and_a_vote_on_an_unnamed_it_counts_nothing():
    from factdeck.differences.quantities import counts

    def found(text: str) -> list[tuple[str, str]]:
        return [(c.category, text[c.amount.start:c.amount.end]) for c in counts(text)]

    assert found("The bill passed with 120 votes in favour and 80 against.") == \
        [("votes for", "120"), ("votes against", "80")]
    assert found("After 71 lawmakers voted against it, the cabinet stayed.") == []
    assert found("She won 12,400 votes in the first round.") == [("votes", "12,400")]


def test_a_number_that_did_something_is_counted_by_that_verb_not_a_nearby_cue():
    from factdeck.differences.quantities import counts

    text = "Sixty lawmakers voted for the plan and 12 abstained."
    assert [text[c.amount.start:c.amount.end] for c in counts(text)] == ["Sixty"]
