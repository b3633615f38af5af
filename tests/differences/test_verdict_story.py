"""A court verdict told by three outlets (written for this test): where they differ (the
town of the court, the day, an age, a count, a quote) is found; where they agree in other
words (about / nearly / exactly 2.4 million euros, six years, eight years asked) is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdeck.extract.pipeline import extract_facts

DATA = Path(__file__).parent / "data" / "verdict"


@pytest.fixture(scope="module")
def found():
    facts = extract_facts(sorted(DATA.glob("*.md")), use_nlp=False)
    return {d.aspect: {r.article: r.says for r in d.reports} for d in facts.differences}


def test_the_court_placed_in_two_towns_is_a_difference(found):
    court = next(d for a, d in found.items() if a.startswith("where the court sat"))
    assert court == {"danube.md": "court in Novi Brod", "adriatic.md": "court in Varaz",
                     "balkan.md": "court in Novi Brod"}


def test_every_difference_is_real_and_agreement_is_not_reported(found):
    aspects = sorted(found)
    assert len(aspects) == 5, aspects
    assert found["number of apartments"] == {"danube.md": "three apartments",
                                             "adriatic.md": "four apartments"}
    assert found["age of Prakovic"] == {"danube.md": "61", "adriatic.md": "63"}
    assert any(a.startswith("wording of Sarkis") for a in aspects)
    assert any(a.startswith("when Anselm Prakovic was sentenced") for a in aspects)
    assert not any("euro" in a or "years" in a for a in aspects if not a.startswith("when"))
