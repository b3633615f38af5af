"""How-many questions from counts written here."""

from dataclasses import replace

from factdeck.generate import figures
from factdeck.generate.context import Context


def _with(facts, sentence: str):
    text = facts.articles[1].text.replace(
        "Cabinet meets as deficit grows\n", f"Cabinet meets as deficit grows\n\n{sentence}\n")
    return Context.of(replace(facts, articles=(facts.articles[0],
                                               replace(facts.articles[1], text=text))))


def test_a_count_as_subject_becomes_how_many(facts):
    ctx = _with(facts, "At least 40 protesters were arrested in the capital. Police said "
                       "that 12 protesters were later released without charge.")
    qs = figures.questions(ctx)
    asked = [q for q in qs if "arrested" in q.prompt]
    assert len(asked) == 1
    q = asked[0]
    assert q.prompt.endswith("at least how many protesters were arrested in the capital?")
    assert q.answer == "40"
    assert "12" in q.distractors  # the story's own figure for the same noun comes first
    assert len(q.distractors) == 3 and "40" not in q.distractors


def test_no_how_many_for_a_span_of_time_or_a_year(facts):
    ctx = _with(facts, "Five years passed quietly. 2024 elections were called off by the court.")
    assert figures.questions(ctx) == []
    ctx = _with(facts, "12 years were added to the sentence by the appeal court.")
    assert figures.questions(ctx) == []


def test_wrong_figures_near_the_answer_are_rounded_like_it():
    near = figures._near(240, "k")
    assert 240 not in near and all(n % 10 == 0 for n in near)
    assert near == figures._near(240, "k")  # the same key gives the same options
