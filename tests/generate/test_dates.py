from dataclasses import replace

from factdeck.bank.facts import DatedEvent
from factdeck.bank.model import (
    ChoiceQuestion,
    DateQuestion,
    OrderQuestion,
    PartialDate,
    TrueFalseQuestion,
)
from factdeck.generate import dates
from factdeck.generate.context import Context
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


def test_events_that_are_not_self_contained_are_not_asked():
    for fragment in ("It pressed for a wider intervention",  # whose "it"?
                     "He listed the conditions for a ceasefire",
                     "This was part of a wider plan",
                     "Most notably in Tarsk",
                     "emerged after rebels seized the port",
                     "Over a decade since the war in the north",
                     "part of his tour of the region",
                     "which the army could join",
                     "pointing to the need for talks",
                     "Foreign Minister Ana Lind told Radio Velgrad",  # who spoke, not what
                     "Their support for the rebels is a clear signal"):
        assert not dates.readable_event(fragment), fragment
    for event in ("The collapse of the Ostrian Union", "Ines Dolan announced new funds",
                  "Newly-elected President Ana Lind greeted the envoy",
                  "Rebels seized the port", "NATO's war in the north",
                  "Ana Lind said that the talks would resume"):
        assert dates.readable_event(event), event


def test_a_planned_event_is_asked_as_planned(facts):
    due = DatedEvent("2024-04-02", "The minister is due to visit Velgrad", "harbor.txt",
                     "present a new budget by April 2", "April 2")
    ctx = Context.of(replace(facts, dates=(due,)))
    asked = [q for q in dates.questions(ctx) if isinstance(q, (DateQuestion, ChoiceQuestion))]
    assert asked and "planned" in asked[0].prompt and "happen" not in asked[0].prompt


def test_speech_without_content_and_since_dates_are_not_asked():
    assert not dates.readable_event("Ana Lind said in a statement")
    assert not dates.readable_event("Ana Lind told BBC Radio 4's Today programme")
    assert not dates.readable_event("Exports reached their highest level since")


def test_planned_events():
    assert dates.planned("The summit was scheduled to take place")
    assert dates.planned("the bridge would reopen")
    assert not dates.planned("Ana Lind warned that prices would rise")  # the warning happened
    assert not dates.planned("Rebels seized the port")


def test_a_participle_phrase_is_not_an_event():
    from factdeck.generate.dates import readable_event

    assert not readable_event("Insinuating the takeover")
    assert not readable_event("The Harbor Times that Mayor Vogt and the city treasurer")
    assert readable_event("Reading voters backed the new mayor")


def test_an_event_extraction_marks_not_standalone_is_never_shown(facts):
    loose = tuple(replace(d, standalone=False) if d.event == "Brandt resigns" else d
                  for d in facts.dates)
    qs = dates.questions(Context.of(replace(facts, dates=loose)))
    shown = " ".join(q.prompt + " ".join(getattr(q, "items", ())) for q in qs)
    assert "Brandt resigns" not in shown
    assert "Deadline for the new budget" in shown  # the standalone ones still are


def test_an_event_cut_inside_a_bracket_is_not_readable():
    assert not dates.readable_event("The coalition ruled the country except under Mayor Lind (")


def test_an_event_cut_before_its_quoted_word_is_not_asked():
    sentence = 'Mayor Lena Vogt on Monday called the harbour deal "a disgrace" and left.'
    assert dates.cut_before_quote("Mayor Lena Vogt called the harbour deal", sentence)
    assert not dates.cut_before_quote("Mayor Lena Vogt called the harbour deal "
                                      '"a disgrace"', sentence)


def test_an_event_cut_before_its_date_phrase_is_not_readable():
    assert not dates.readable_event("Tomas Brandt made his cabinet debut back")
