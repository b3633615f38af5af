"""A built bank stays varied: true/false for some facts only, no template filling the bank."""

from factdeck.bank.model import ChoiceQuestion, Evidence, Topic
from factdeck.generate import variety
from factdeck.generate.bank_builder import build_bank


def _choice(i: int, kind: str) -> ChoiceQuestion:
    return ChoiceQuestion(id=f"{kind}-x-{i:08x}", topic=Topic.DATES, prompt=f"Q{i}?",
                          answer="a", distractors=("b",),
                          evidence=(Evidence(article="a", quote="q"),))


def test_true_false_goes_to_about_a_third_of_the_facts():
    share = sum(variety.true_false(str(i)) for i in range(3000)) / 3000
    assert 0.28 < share < 0.39
    assert variety.true_false("k") == variety.true_false("k")  # the same key, the same answer


def test_no_template_fills_more_than_its_share():
    qs = [_choice(i, "post") for i in range(100)] + [_choice(i, "said") for i in range(20)]
    kept = variety.capped(qs)
    counts = {t: sum(variety.template(q) == t for q in kept) for t in ("post", "said")}
    assert counts == {"post": int(len(qs) * variety.TEMPLATE_SHARE), "said": 20}
    assert kept == [q for q in qs if q in kept]  # the order is kept
    assert variety.capped(list(reversed(qs))) == list(reversed(kept))  # ids decide, not order


def test_templates_are_read_from_ids():
    assert variety.template(_choice(1, "date-choice")) == "date-choice"
    assert variety.template(_choice(1, "date")) == "date"
    assert variety.template(_choice(1, "post-tf")) == "post-tf"


def test_a_small_bank_is_not_cut(facts):
    bank = build_bank(facts)
    assert len(variety.capped(list(bank.questions))) == len(bank.questions)
