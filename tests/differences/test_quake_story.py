"""An earthquake told by three outlets (written for this test): a magnitude is never a death
toll, and one set of figures read two ways is one difference, not two."""

from __future__ import annotations

from pathlib import Path

from factdeck.differences.quantities import counts
from factdeck.extract.pipeline import extract_facts

DATA = Path(__file__).parent / "data" / "quake"


def test_a_magnitude_beside_a_verb_of_killing_is_no_count():
    text = "More than 100 people were killed when a 6.9-magnitude earthquake hit the region."
    assert [text[c.amount.start:c.amount.end] for c in counts(text)] == ["More than 100"]


def test_each_difference_of_the_story_is_reported_once():
    facts = extract_facts(sorted(DATA.glob("*.md")), use_nlp=False)
    aspects = [d.aspect for d in facts.differences]
    assert len(aspects) == len(set(aspects)), aspects
    injured = next(d for d in facts.differences if d.aspect == "number of people injured")
    assert {r.article: r.says for r in injured.reports}["maghreb.md"] == "352 people injured"
    killed = next(d for d in facts.differences if d.aspect == "number of people killed")
    assert not any("6.9" in r.says for r in killed.reports)
