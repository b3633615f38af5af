"""Stances: wants, calls for, opposes, proposes, supports, warns, is ready to — with their holder."""  # noqa: E501

from __future__ import annotations

import pytest
from helpers import facts_of


@pytest.mark.parametrize("sentence, who, cue", [
    ("Polish Prime Minister Ewa Nowak wants to cut the voting age to sixteen.", "Ewa Nowak",
     "wants to"),
    ("Senator Carl Dune called for an inquiry into the contracts.", "Carl Dune", "called for"),
    ("Carl Dune, who chairs the committee, stressed his opposition to the new pipeline.",
     "Carl Dune", "his opposition to"),
    ("Irish Health Minister Sean Kerr proposed a ban on disposable vapes.", "Sean Kerr",
     "proposed"),
    ("Mayor Lin Chow supports the tram extension.", "Lin Chow", "supports"),
    ("Economist Rosa Vidal warned that prices could rise again.", "Rosa Vidal", "warned"),
    ("Commenting on the talks, Chilean President Mateo Ruiz said on Monday he was ready to "
     "meet the strikers.", "Mateo Ruiz", "was ready to"),
    ("Without any objection from Sean Kerr, Rosa Vidal issued a call for lower rates.",
     "Rosa Vidal", "issued a call for"),
])
def test_cue_and_holder(sentence: str, who: str, cue: str) -> None:
    f = facts_of(sentence)
    assert [s.who for s in f.positions] == [who]
    stance = f.positions[0]
    assert stance.stance.lower().startswith(cue)
    assert stance.evidence == sentence


def test_stance_inside_a_quote_belongs_to_the_speaker() -> None:
    f = facts_of("\"There are two red lines we will not cross,\" Danish Defence Minister "
                 "Jens Holm said.")
    assert [(s.who, s.evidence.startswith("\"There are two red lines")) for s in f.positions] == [
        ("Jens Holm", True)]


def test_passive_and_no_person_give_no_stance() -> None:
    f = facts_of("The plan was opposed by many voters. The government wants to cut taxes.")
    assert f.positions == ()
