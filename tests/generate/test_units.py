"""A term's folder is asked about story by story; a small folder stays one whole."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factdeck.bank.load import dump_bank
from factdeck.extract.pipeline import extract_facts
from factdeck.generate.bank_builder import build_bank
from factdeck.generate.units import WHOLE_FOLDER, generation_units

from .conftest import story

_SYLLABLES = ("ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "vu", "ze")
_OUTLETS = ("Harbor Times", "Valley Post")


def _invented(i: int, length: int = 3) -> str:
    """A made-up word of its own for each number: no other story shares it."""
    out = ""
    for _ in range(length):
        out += _SYLLABLES[i % 10]
        i //= 10
    return out.capitalize()


def _article(n: int, outlet: int) -> str:
    """Outlet ``outlet``'s report of invented story ``n`` (the outlets differ on a figure)."""
    town, mayor, first, river = (_invented(n * 4 + k, 4) for k in range(4))
    day = dt.date(2031, 1, 1) + dt.timedelta(days=40 * n)
    dead = 12 + n + outlet * 3
    return (f"---\ntitle: Floods in {town} as the {river} river bursts its banks\n"
            f"outlet: {_OUTLETS[outlet]}\npublished: {day.isoformat()}\n---\n\n"
            f"Floods killed {dead} people in {town} on Monday after the {river} river burst "
            f"its banks, officials said.\n\n"
            f"Mayor {first} {mayor} ordered an inquiry into the state of the {river} dams. "
            f"\u201cWe will rebuild every house in {town},\u201d {mayor} told reporters on "
            f"Tuesday.\n\nResidents of {town} said the water rose within an hour and that the "
            f"{river} agency had warned of the danger in March.\n")


@pytest.fixture(scope="module")
def term(tmp_path_factory: pytest.TempPathFactory):
    """The facts of a folder of 15 invented stories told by two outlets each."""
    folder: Path = tmp_path_factory.mktemp("term")
    paths = []
    for n in range(15):
        for outlet in range(2):
            path = folder / f"{n:02d}-{outlet}.md"
            path.write_text(_article(n, outlet), encoding="utf-8")
            paths.append(path)
    return extract_facts(paths, use_nlp=False)


def test_a_small_folder_is_one_unit_with_every_article():
    facts = story()
    assert generation_units(facts) == [facts]


def test_a_large_folder_is_cut_into_its_stories(term):
    assert len(term.articles) > WHOLE_FOLDER
    units = generation_units(term)
    assert [sorted(a.file[:2] for a in u.articles) for u in units] == \
        [[f"{n:02d}"] * 2 for n in range(15)]
    for unit in units:  # each unit carries its own facts only
        files = {a.file for a in unit.articles}
        assert all(q.article in files for q in unit.quotes)
        assert all(r.article in files for d in unit.differences for r in d.reports)
    assert sum(len(u.differences) for u in units) == len(term.differences) > 0


def test_every_question_of_a_large_folder_keeps_to_one_story(term):
    bank = build_bank(term)
    assert bank.story is None  # no one headline fits a term's news
    file_of = {a.id: a.file for a in bank.articles}
    stories_asked = set()
    for q in bank.questions:
        stories = {Path(file_of[e.article]).name[:2] for e in q.evidence}
        assert len(stories) == 1, q.prompt
        stories_asked |= stories
    assert len(stories_asked) == 15  # every story has its share of the bank


def test_a_large_folder_gives_the_same_bank_in_two_processes(term):
    one = dump_bank(build_bank(term))
    two = dump_bank(build_bank(term, jobs=2))
    assert one == two
