"""Two transcriptions of one remark: what is only a transcription detail, and what is a
different wording a learner should see."""

from __future__ import annotations

import pytest

from factdeck.differences.transcription import transcription_only, words


def test_contractions_are_written_out():
    assert words("It\u2019s over, we won't stop and they're here") == \
        "it is over we will not stop and they are here".split()
    assert words("The mayor's car") == "the mayor s car".split()  # a possessive stays


@pytest.mark.parametrize(("a", "b"), [
    ("It's a fine day for the harbour.", "it is a fine day for the harbour"),
    ("We were not ready, that is all I can say.", "We weren't ready, that's all I can say"),
    ("It was never a plan we would drop even if the vote failed.",
     "It's never a plan that we would drop if the vote failed."),  # little words only
    ("We wanted to reach that final.", "We wanted to make that final."),  # one ordinary word
])
def test_transcription_details_are_no_difference(a, b):
    assert transcription_only(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("The gate is open", "the gate is opened"),  # a word in another form
    ("We will not close the school.", "We will close the school."),  # a negation
    ("We lost 3 matches.", "We lost 4 matches."),  # a number
    ("I spoke to Halvorsen today.", "I spoke to Lindqvist today."),  # a name
    ("There's no stopping us now.", "There is no holding us now."),  # several words rephrased
    ("The tram reached the depot", "The tram reached the old northern depot at noon."),
])
def test_real_rewordings_stay(a, b):
    assert not transcription_only(a, b)


def test_a_clause_quoted_just_outside_the_other_quote_is_only_another_cut():
    a = "It was a hard winter, we will not forget it."
    b = "We will not forget it."
    around_b = 'It was a hard winter. "We will not forget it," the captain said.'
    assert transcription_only(a, b, around_b=around_b)
    # the same extra clause, nowhere in the other article: a longer quote that says more
    assert not transcription_only(a, b)
