"""A built bank stays varied: true/false for some facts only; templates read from ids."""

from factdeck.bank.model import ChoiceQuestion, Evidence, Topic
from factdeck.generate import variety


def _choice(i: int, kind: str) -> ChoiceQuestion:
    return ChoiceQuestion(id=f"{kind}-x-{i:08x}", topic=Topic.DATES, prompt=f"Q{i}?",
                          answer="a", distractors=("b",),
                          evidence=(Evidence(article="a", quote="q"),))


def test_true_false_goes_to_about_a_third_of_the_facts():
    share = sum(variety.true_false(str(i)) for i in range(3000)) / 3000
    assert 0.28 < share < 0.39
    assert variety.true_false("k") == variety.true_false("k")  # the same key, the same answer


def test_templates_are_read_from_ids():
    assert variety.template(_choice(1, "date-choice")) == "date-choice"
    assert variety.template(_choice(1, "date")) == "date"
    assert variety.template(_choice(1, "post-tf")) == "post-tf"
