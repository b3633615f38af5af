"""End to end: what find_differences reports on the invented stories and on the shared articles."""

from __future__ import annotations

import importlib.util

import pytest

from factdeck.differences import find_differences
from factdeck.differences.versions import versions

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


def test_every_report_quotes_its_article_exactly(articles, all_differences):
    assert all_differences
    for diff in all_differences:
        assert len({r.article for r in diff.reports}) >= 2
        for r in diff.reports:
            assert r.evidence in articles[r.article].text
            assert r.says.strip()


def test_differences_stay_within_one_story(all_differences):
    for diff in all_differences:
        files = {r.article for r in diff.reports}
        assert any(files <= set(story) for story in (FERRY, FIRE, REFORM, CRASH, SUMMIT, BRIDGE,
                                                   CONCERT))


@pytest.mark.parametrize("story", [FIRE, REFORM, BRIDGE, CONCERT],
                         ids=["fire", "reform", "bridge", "concert"])
def test_outlets_that_agree_give_no_difference(all_differences, story):
    # the same figures (in digits or words), actors (active or passive), quotes and
    # dates, told in other words
    assert not [d for d in all_differences if {r.article for r in d.reports} & set(story)]


def test_different_death_tolls_are_one_difference(all_differences):
    (deaths,) = [d for d in by_kind(ferry(all_differences), "number") if "killed" in d.aspect]
    got = says(deaths)
    assert "34" in got["ferry_herald.txt"] and "21" in got["ferry_wire.txt"]
    assert "34" in got["ferry_meridian.txt"]
    # herald and meridian agree; the wire stands alone
    groups = [sorted(r.article for r in g) for g in versions(deaths)]
    assert sorted(groups) == [["ferry_herald.txt", "ferry_meridian.txt"], ["ferry_wire.txt"]]


def crash(all_differences):
    return [d for d in all_differences if {r.article for r in d.reports} <= set(CRASH)]


def ferry(all_differences):
    return [d for d in all_differences if {r.article for r in d.reports} <= set(FERRY)]


def test_exact_counts_differ_even_when_close(all_differences):
    (deaths,) = by_kind(crash(all_differences), "number")
    assert [r.says for r in deaths.reports] == ["killing all 157 people", "killing 150 people"]


def test_a_claim_its_subject_denies(all_differences):
    (denied,) = by_kind(crash(all_differences), "claim")
    assert denied.aspect == "whether the rebels shot down the plane"
    assert "denied" in says(denied)["crash_second.txt"]


def test_who_or_what_was_blamed(all_differences):
    (blamed,) = by_kind(crash(all_differences), "description")
    assert blamed.aspect == "what was blamed for the crash"
    assert says(blamed)["crash_first.txt"] == "the pilots"


def test_injured_given_alike_are_no_difference(all_differences):
    assert not [d for d in all_differences if "injured" in d.aspect]


def test_same_action_told_with_another_actor(all_differences):
    (actor,) = by_kind(ferry(all_differences), "actor")
    assert actor.aspect == "who suspended the licence"
    got = says(actor)
    assert "Varga" in got["ferry_herald.txt"] and "Brandt" in got["ferry_wire.txt"]


def test_a_quote_worded_differently_but_not_the_one_quoted_alike(all_differences):
    (wording,) = by_kind(ferry(all_differences), "wording")
    assert "Varga" in wording.aspect
    assert "pay for it" in says(wording)["ferry_wire.txt"]
    # Brandt's words are quoted alike by two outlets: no difference
    assert not [d for d in all_differences if "Brandt" in d.aspect]


def test_a_claim_another_outlet_denies(all_differences):
    (claim,) = by_kind(ferry(all_differences), "claim")
    assert "Inland Shipping Authority" in claim.aspect
    assert "denied" in says(claim)["ferry_wire.txt"]


def test_without_a_parse_every_kind_still_comes(articles):
    diffs = find_differences([articles[f] for f in FERRY], parse=False)
    assert {d.kind for d in diffs} == {"number", "wording", "claim", "actor"}
    (actor,) = by_kind(diffs, "actor")  # read with rules (differences.shallow)
    assert actor.aspect == "who suspended the licence"
    got = says(actor)
    assert "Varga" in got["ferry_herald.txt"] and "Brandt" in got["ferry_wire.txt"]


def test_the_facts_speakers_are_used_when_given(articles):
    from factdeck.bank.facts import Facts, Quote

    story = [articles[f] for f in FERRY]
    # without names next to the quotes, only the facts tell who spoke
    bare = [a.__class__(**{**{k: getattr(a, k) for k in a.__slots__},
                           "text": a.text.replace("Governor Elena Varga told reporters",
                                                  "the official told reporters")
                           .replace("Varga said", "the official said")}) for a in story]
    facts = Facts(quotes=tuple(
        Quote(speaker="Elena Varga", quote="We will find", article=a.file) for a in bare))
    assert not by_kind(find_differences(bare, None, parse=False), "wording")
    assert by_kind(find_differences(bare, facts, parse=False), "wording")


def _score_module():
    spec = importlib.util.spec_from_file_location("score", SHARED_EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_recall_on_the_shared_articles(shared_articles):
    import yaml

    from factdeck.articles import read_article

    if not (SHARED_EVAL / "score.py").exists():
        pytest.skip("shared/eval is not beside the project")
    diffs = find_differences([read_article(p) for p in sorted(shared_articles.glob("*.txt"))])
    gold = yaml.safe_load((SHARED_EVAL / "seeds-gold.yaml").read_text(encoding="utf-8"))
    result = _score_module().score({"differences": [d.to_data() for d in diffs]}, gold)
    found = round(result["differences"]["recall"] * len(gold["differences"]))
    assert found >= 5, result["differences"]["missing"]
    # precision: no more reported than the gold has, give or take one
    assert len(diffs) <= len(gold["differences"]) + 1


def test_one_event_dated_differently(articles):
    from factdeck.bank.facts import DatedEvent, Facts

    herald, wire = articles["ferry_herald.txt"], articles["ferry_wire.txt"]
    h_ev = "Governor Elena Varga suspended the licence of the ferry operator, Norrow Lines, " \
           "on Monday evening."
    w_ev = "Transport Minister Tomas Brandt suspended the licence of Norrow Lines, the " \
           "operator of the ferry, on Monday."
    assert h_ev in herald.text and w_ev in wire.text

    def facts(wire_date):
        return Facts(dates=(
            DatedEvent("2031-04-13", "the licence of Norrow Lines was suspended",
                       herald.file, h_ev, "on Monday evening"),
            DatedEvent(wire_date, "suspended the licence of Norrow Lines, the ferry operator",
                       wire.file, w_ev, "on Monday")))

    dated = by_kind(find_differences([herald, wire], facts("2031-04-14"), parse=False), "date")
    assert len(dated) == 1 and dated[0].aspect.startswith("when ")
    assert [r.says.split()[0] for r in dated[0].reports] == ["2031-04-13", "2031-04-14"]
    # a date that contains the other (the month against the day) is no difference
    assert not by_kind(find_differences([herald, wire], facts("2031-04"), parse=False), "date")


@pytest.mark.parametrize(("first", "second", "differs"), [
    ("We will find out who is responsible, and they will answer for it",
     "We will find out who is responsible \u2026 they will answer for it", False),
    ("We will find out who is responsible, and they will answer for it",
     "We will find out who is responsible, [and] they will answer for it", False),
    ("We will find out who is responsible, and they will answer for it",
     "we will find out who is responsible", False),
    ("We will find out who is responsible, and they will answer for it",
     "We will find out who is really responsible, and they will answer for it", False),
    ("We will find out who is responsible, and they will answer for it",
     "We will find who is to blame, and they will pay for it", True),
])
def test_quotes_cut_or_edited_are_no_difference(first, second, differs):
    from factdeck.bank.facts import SourceArticle

    a = SourceArticle(file="a.txt", outlet="A", text=f'Rescuers searched Lake Morrow for the '
                      f'missing ferry passengers. "{first}," Varga said.')
    b = SourceArticle(file="b.txt", outlet="B", text=f'Rescuers searched Lake Morrow for the '
                      f'missing ferry passengers. "{second}," Varga said.')
    found = by_kind(find_differences([a, b], parse=False), "wording")
    assert bool(found) is differs
