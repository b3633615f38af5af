"""An election told by three outlets (written for this test), with the traps the issue names:
the size of a parliament beside one party's seats, one party's share of the vote beside
another's, the day results came out beside the day of the vote. Only the real differences
(each party's seats) are reported, each under the party that holds them."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdeck.extract.pipeline import extract_facts

DATA = Path(__file__).parent / "data" / "election"


@pytest.fixture(scope="module")
def found():
    facts = extract_facts(sorted(DATA.glob("*.md")), use_nlp=False)
    return {d.aspect: {r.article: r.says for r in d.reports} for d in facts.differences}


def test_each_party_keeps_its_own_seats(found):
    assert found["Alliance\u2019s number of seats"] == {
        "fjord.md": "64 of the 120 seats", "nordic.md": "66 seats", "baltic.md": "64 seats"}
    assert found["Democrats\u2019 number of seats"] == {
        "fjord.md": "38 seats", "nordic.md": "38 seats", "baltic.md": "36 seats"}


def test_the_traps_are_not_differences(found):
    assert not any("share" in a for a in found)  # 41.2% of one party, 33.9% of the other
    assert not any(a.startswith("day") for a in found)  # results on Monday, vote on Sunday
    assert not any("120" in says for d in found.values() for says in d.values()
                   if says.startswith("120"))  # the parliament's size is no party's seats
    assert len(found) == 3, sorted(found)  # the two seat counts and the victory remark
