"""A story written for this test, in the shape of a parliament vote: three outlets, five
real differences, and the traps of such a story (a chamber's size beside a party's seats,
"voted against it" the government beside "voted against" the motion, a quoted word of
denial next to a party's name) reported as nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdeck.extract.pipeline import extract_facts

DATA = Path(__file__).parent / "data" / "vote"


@pytest.fixture(scope="module")
def found():
    facts = extract_facts(sorted(DATA.glob("*.md")), use_nlp=False)
    return {d.aspect: {r.article: r.says for r in d.reports} for d in facts.differences}


def test_the_real_differences_are_found(found):
    assert found["number of seats"] == {"ledger.md": "38 seats", "wire.md": "41 seats"}
    assert found["number who abstained"] == {"ledger.md": "12 abstained",
                                             "wire.md": "16 abstained"}
    names = next(d for a, d in found.items() if a.startswith("spelling of the name"))
    assert names["wire.md"] == "Maria Oskarsdottir"
    assert names["ledger.md"] == "Marta Oskarsdottir"
    assert any(a.startswith("wording of Oskarsdottir") for a in found)
    day = next(d for a, d in found.items() if a.startswith("when a no-confidence motion"))
    assert "Tuesday" in day["ledger.md"] and "Wednesday" in day["courier.md"]


def test_the_traps_are_not_reported(found):
    assert len(found) == 5, sorted(found)
    assert not any("votes" in a for a in found)  # against the government / against the motion
    assert not any(a.startswith("what is claimed") for a in found)  # "never" inside a quote
