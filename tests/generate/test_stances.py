from factdeck.bank.model import ChoiceQuestion, Topic, TrueFalseQuestion
from factdeck.generate import stances
from factdeck.generate.context import Context


def test_who_took_a_stance(facts):
    qs = stances.questions(Context.of(facts))
    choices = [q for q in qs if isinstance(q, ChoiceQuestion)]
    assert {q.answer for q in choices} == {"Tomas Brandt", "Lena Vogt"}
    assert all(q.topic is Topic.POSITIONS for q in qs)
    for q in choices:
        assert q.answer.split()[-1] not in q.prompt


def test_false_stance_statements_name_someone_else(facts):
    for q in stances.questions(Context.of(facts)):
        if isinstance(q, TrueFalseQuestion):
            who = {"wants a smaller deficit": "Tomas Brandt",
                   "calls for early elections": "Lena Vogt",
                   "is ready to form a government": "Lena Vogt"}
            stance = next(s for s in who if s in q.prompt)
            assert (who[stance] in q.prompt) == q.answer


def test_evidence_is_widened_to_the_sentence(facts):
    qs = stances.questions(Context.of(facts))
    quotes = {e.quote for q in qs for e in q.evidence}
    assert "Vogt, the leader of the opposition, said she is ready to form a government." in quotes


def test_a_stance_is_a_predicate_of_a_person_named_in_its_sentence():
    assert stances.asks_well("wants a smaller deficit", "Tomas Brandt",
                             "Brandt wants a smaller deficit.")
    assert stances.asks_well("is ready to form a government", "Lena Vogt",
                             "Vogt said she is ready to form a government.")
    # a clause with a subject of its own, not a stance of the person
    assert not stances.asks_well("goal was to reinforce ties", "Lena Vogt",
                                 "Vogt said her goal was to reinforce ties.")
    assert not stances.asks_well("red lines exist on our side", "Lena Vogt",
                                 "\"Red lines exist on our side,\" Vogt said.")
    # reached through "the leader": when unsure, no question
    assert not stances.asks_well("condemning the strikes", "Lena Vogt",
                                 "The opposition leader spoke, condemning the strikes.")


def test_someone_named_in_the_stance_sentence_is_never_a_distractor(facts):
    from dataclasses import replace

    from factdeck.bank.facts import Stance

    text = facts.articles[1].text + "\nAalders said that he and Vogt intend to cut taxes.\n"
    arts = (facts.articles[0], replace(facts.articles[1], text=text))
    joint = Stance("Piet Aalders", "intend to cut taxes", "valley.txt",
                   "Aalders said that he and Vogt intend to cut taxes.")
    ctx = Context.of(replace(facts, articles=arts, positions=(joint,)))
    qs = [q for q in stances.questions(ctx) if isinstance(q, ChoiceQuestion)]
    assert qs and all("Lena Vogt" not in q.distractors for q in qs)
