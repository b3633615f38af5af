"""The rules path of the differences (no spaCy): who did what to what, and what a motion asks.

Every case runs with ``parse=False``, the path of the core install; one test
runs the shared articles in a fresh interpreter where spaCy cannot be imported.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from factdeck.bank.facts import SourceArticle
from factdeck.differences import find_differences
from factdeck.differences.shallow import rule_actions
from factdeck.differences.text import sentences

from .conftest import (
    BRIDGE,
    CONCERT,
    CRASH,
    FERRY,
    FIRE,
    REFORM,
    SHARED_EVAL,
    SUMMIT,
    by_kind,
    says,
)


def read(text: str):
    (action,) = [a for a in rule_actions(sentences(SourceArticle(file="a.txt", text=text),
                                                   parse=False))]
    return action


@pytest.mark.parametrize(("text", "agent", "modality", "head"), [
    ("Premier Ansel Dorn's decision to cancel the summit surprised diplomats.",
     "Premier Ansel Dorn", "did", "summit"),
    ("President Ruth Okafor has cancelled her trip to Kalvik.",
     "President Ruth Okafor", "did", "trip"),
    ("Premier Ansel Dorn may cancel the summit, his office said.",
     "Premier Ansel Dorn", "may", "summit"),
    ("Ruth Okafor did not cancel the trip.", "Ruth Okafor", "not", "trip"),
    ("On Monday Okafor refused to cancel the trip.", "Okafor", "not", "trip"),
    ("Ruth Okafor is expected to postpone the vote.", "Ruth Okafor", "planned", "vote"),
    ("Officers arrested two men near the stage.", None, "did", "men"),
    ("On Monday, Premier Ansel Dorn called off the summit.", "Premier Ansel Dorn", "did",
     "summit"),
    ("Ansel Dorn, the premier of Velmara, cancelled the summit.", "Ansel Dorn", "did",
     "summit"),
    ("Velmara, Norland and Kalvik vetoed the resolution.", None, "did", "resolution"),
    ("The summit was cancelled by President Ruth Okafor on Monday.",
     "President Ruth Okafor", "did", None),
    ("Kalvik was blocked by the army on Monday.", None, "did", None),
    ("Mayor Petra Solberg closed the Old Harbour bridge on Tuesday.",
     "Mayor Petra Solberg", "did", "bridge"),
    ("The talks were postponed indefinitely.", None, "did", None),
])
def test_the_doer_the_hedge_and_the_thing_acted_on(text, agent, modality, head):
    action = read(text)
    assert (action.agent, action.modality, action.obj_head) == (agent, modality, head)


def test_a_noun_names_the_action_and_its_object_follows_of():
    action = read("Okafor went to the opening in Kalvik of a maritime museum on the waterfront.")
    assert action.action == "open" and action.nominal
    assert action.obj == "a maritime museum"


def test_a_pronoun_that_denies_stands_for_the_noun_before():
    action = read("The rebels denied that they had shot down the plane.")
    assert (action.subject_key, action.modality, action.obj_head) == ("rebels", "not", "plane")


@pytest.mark.parametrize("text", [
    "The Open Society fund gave money to the clinic.",  # a name, not the verb
    '"We will cancel nothing," Okafor said.',  # a speaker's words, not the outlet's
])
def test_what_is_no_action_of_the_outlet(text):
    assert rule_actions(sentences(SourceArticle(file="a.txt", text=text), parse=False)) == []


@pytest.fixture(scope="module")
def rules_differences(articles):
    return find_differences(list(articles.values()), parse=False)


def _of(diffs, story):
    return [d for d in diffs if {r.article for r in d.reports} <= set(story)]


def test_who_cancelled_told_three_ways(rules_differences):
    (actor,) = by_kind(_of(rules_differences, SUMMIT), "actor")
    assert actor.aspect == "who cancelled the summit"
    got = says(actor)
    assert "Dorn" in got["summit_gazette.txt"] and "Okafor" in got["summit_times.txt"]
    assert "may cancel" in got["summit_wire.txt"]


def test_what_was_to_be_opened(rules_differences):
    (opened,) = [d for d in _of(rules_differences, SUMMIT) if d.aspect == "what was opened"]
    assert says(opened) == {"summit_gazette.txt": "a new maritime research centre",
                            "summit_times.txt": "a maritime museum"}


def test_what_the_motion_asked_for(rules_differences):
    (motion,) = [d for d in _of(rules_differences, SUMMIT) if "motion" in d.aspect]
    got = says(motion)
    assert got["summit_gazette.txt"].startswith("demanding a freeze")
    assert got["summit_times.txt"].startswith("sought to ban")


def test_the_crash_blame_and_denial_without_a_parse(rules_differences):
    crash = _of(rules_differences, CRASH)
    assert {d.aspect for d in crash} >= {"what was blamed for the crash",
                                         "whether the rebels shot down the plane"}
    assert says(next(d for d in crash if "blamed" in d.aspect))["crash_first.txt"] == "the pilots"


@pytest.mark.parametrize("story", [FIRE, REFORM, BRIDGE, CONCERT],
                         ids=["fire", "reform", "bridge", "concert"])
def test_outlets_that_agree_give_no_difference_without_a_parse(rules_differences, story):
    # the same actor active and passive, the same motion in other words
    assert not [d for d in rules_differences if {r.article for r in d.reports} & set(story)]


@pytest.mark.nlp
def test_rules_and_spacy_find_the_same_matters(articles, rules_differences):
    from factdeck.extract import nlp

    if not nlp.available():
        pytest.skip("spaCy with an English pipeline is not installed")
    parsed = find_differences(list(articles.values()), parse=True)
    for story in (FERRY, CRASH, SUMMIT):
        assert ({(d.kind, d.aspect) for d in _of(rules_differences, story)}
                == {(d.kind, d.aspect) for d in _of(parsed, story)})


_WITHOUT_SPACY = textwrap.dedent("""
    import json, sys
    sys.modules["spacy"] = None  # as if the nlp extra were not installed
    from pathlib import Path
    from factdeck.extract import nlp
    from factdeck.extract.pipeline import extract_facts
    assert not nlp.available()
    facts = extract_facts(sorted(Path(sys.argv[1]).glob("*.txt")))  # spaCy "when installed"
    assert "spacy" not in [m.split(".")[0] for m in sys.modules if sys.modules[m]]
    print(json.dumps(facts.to_data(), default=str))
""")


def test_shared_articles_without_spacy_installed(shared_articles: Path):
    import yaml

    if not (SHARED_EVAL / "score.py").exists():
        pytest.skip("shared/eval is not beside the project")
    done = subprocess.run([sys.executable, "-c", _WITHOUT_SPACY, str(shared_articles)],
                          capture_output=True, text=True, check=True)
    found = json.loads(done.stdout)
    gold = yaml.safe_load((SHARED_EVAL / "seeds-gold.yaml").read_text(encoding="utf-8"))
    from .test_find_differences import _score_module

    result = _score_module().score(found, gold)
    differences = result["differences"]
    assert round(differences["recall"] * len(gold["differences"])) >= 6, differences["missing"]
    assert len(found["differences"]) <= len(gold["differences"]) + 1
    assert result["score"] >= 0.9, result


def test_a_deed_shared_by_two_doers_is_no_dispute():
    a = SourceArticle(file="a.txt", outlet="A", text=(
        "The council met in Kalvik. Velmara and Norland vetoed the harbour resolution."))
    b = SourceArticle(file="b.txt", outlet="B", text=(
        "The council met in Kalvik. Norland vetoed the harbour resolution in Kalvik."))
    assert find_differences([a, b], parse=False) == ()


def test_not_yet_done_then_done_is_no_denial():
    a = SourceArticle(file="a.txt", outlet="A", text=(
        "The harbour bill is stuck. Premier Ansel Dorn has not yet signed the harbour bill."))
    b = SourceArticle(file="b.txt", outlet="B", text=(
        "The harbour bill is law. Premier Ansel Dorn signed the harbour bill on Friday."))
    assert find_differences([a, b], parse=False) == ()
