"""Three outlets (written for this test) tell one aircraft order in their own words: £1.2bn,
1.2 billion pounds and nearly £1.2 billion; Tuesday and 14 May (the same day); "about",
"roughly" and "around" 2,000 staff; the same remark quoted whole and in part; a middle
initial given or not. Nothing here is a difference, and nothing is reported."""

from __future__ import annotations

from pathlib import Path

from factdeck.extract.pipeline import extract_facts

DATA = Path(__file__).parent / "data" / "order"


def test_outlets_that_agree_in_other_words_report_nothing():
    facts = extract_facts(sorted(DATA.glob("*.md")), use_nlp=False)
    assert len(facts.articles) == 3
    assert facts.differences == ()
