from factdeck.generate import stances
from factdeck.generate.context import Context
from factdeck.model import ChoiceQuestion, Topic, TrueFalseQuestion


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
