from dataclasses import replace

from factdeck.facts import DatedEvent
from factdeck.generate import dates
from factdeck.generate.context import Context
from factdeck.model import (
    ChoiceQuestion,
    DateQuestion,
    OrderQuestion,
    PartialDate,
    TrueFalseQuestion,
)
from factdeck.textnorm import normalize_evidence


def test_every_event_gets_a_date_question_of_its_precision(facts):
    qs = dates.questions(Context.of(facts))
    asked = [q for q in qs if isinstance(q, (DateQuestion, ChoiceQuestion))]
    assert len(asked) == len(facts.dates)
    for q in asked:
        if isinstance(q, DateQuestion):
            assert PartialDate.parse(q.answer).precision != "year"
        else:
            assert len({len(o.split()) for o in q.options}) == 1  # same precision: same shape
            assert q.answer not in q.distractors


def test_date_prompts_do_not_carry_the_date(facts):
    for q in dates.questions(Context.of(facts)):
        if isinstance(q, DateQuestion):
            assert "14" not in q.prompt and "March" not in q.prompt.split("?")[-1]


def test_timelines_are_in_date_order(facts):
    orders = [q for q in dates.questions(Context.of(facts)) if isinstance(q, OrderQuestion)]
    assert len(orders) == 2  # one for the article with four events, one across articles
    for q in orders:
        assert list(q.dates) == sorted(q.dates)
        assert len(set(q.items)) == len(q.items)


def test_true_false_dates(facts):
    qs = [q for q in dates.questions(Context.of(facts)) if isinstance(q, TrueFalseQuestion)]
    by_event = {d.event: PartialDate.parse(d.date) for d in facts.dates}
    for q in qs:
        event = next(e for e in by_event if e in q.prompt)
        assert (by_event[event].human() in q.prompt) == q.answer


def test_an_event_the_articles_date_differently_is_not_asked(facts):
    clash = DatedEvent("2024-03-11", "The cabinet meets", "valley.txt",
                       "the cabinet met on Thursday")
    ctx = Context.of(replace(facts, dates=(*facts.dates, clash)))
    prompts = [q.prompt for q in dates.questions(ctx) if not isinstance(q, OrderQuestion)]
    assert not any("The cabinet meets" in p for p in prompts)


def test_events_with_other_names_are_not_the_same_event():
    assert not dates._same_event("Chemical attack in Alta", "Chemical attack in Borva")
    assert dates._same_event("The cabinet meets", "The cabinet meets in Velgrad")


def test_evidence_is_the_sentence_and_exact(facts):
    ctx = Context.of(facts)
    texts = {ctx.ids[a.file]: a.text for a in facts.articles}
    for q in dates.questions(ctx):
        for ev in q.evidence:
            assert ev.quote in texts[ev.article]
            assert normalize_evidence(ev.quote).endswith(".")


def test_a_month_is_asked_even_when_the_article_is_dated_that_year(facts):
    due = DatedEvent("2024-04", "The new budget falls due", "harbor.txt",
                     "present a new budget by April 2")
    ctx = Context.of(replace(facts, dates=(due,)))
    asked = [q for q in dates.questions(ctx) if isinstance(q, (DateQuestion, ChoiceQuestion))]
    assert len(asked) == 1 and "2024" not in asked[0].prompt


def test_readable_events_only():
    assert dates.readable_event("Brandt resigns")
    assert dates.readable_event("the cabinet met in Velgrad")
    assert not dates.readable_event("German Chancellor Ina Holm")  # a name, not an event
    assert not dates.readable_event("The meeting was slated for")  # the date was cut out
    assert not dates.readable_event("Aalders said on that the budget is ready")
    assert not dates.readable_event("'s conference confirmed it")
