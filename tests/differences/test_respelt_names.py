"""A name the join reads as one person but the outlets spell apart is still a difference:
the join keeps every spelling as an alias, and the names step compares them."""

from __future__ import annotations

from pathlib import Path

from factdeck.extract.pipeline import extract_facts

FIRST = ("---\ntitle: Ferry captain rescued after storm\noutlet: Harbour Gazette\n"
         "published: 2032-10-04\n---\n\nThe captain of the sunken ferry, Ravindra Kalshetty, "
         "was rescued off the coast of Dunmore on Sunday, the coast guard said.\n\n"
         "\u201cThe sea was like a wall,\u201d Ravindra Kalshetty told reporters.\n")
SECOND = ("---\ntitle: Captain of sunken ferry saved\noutlet: Coast Wire\n"
          "published: 2032-10-04\n---\n\nKalshety Ravindra, the captain of the sunken ferry, "
          "was rescued off the coast of Dunmore on Sunday, the coast guard said.\n\n"
          "\u201cThe sea was like a wall,\u201d the captain said.\n")


def test_a_name_spelt_and_ordered_apart_is_one_person_with_both_spellings(tmp_path: Path):
    paths = []
    for name, text in (("gazette.md", FIRST), ("wire.md", SECOND)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    facts = extract_facts(paths, use_nlp=False)
    person = next(p for p in facts.people if "Ravindra" in p.name)
    assert {person.name, *person.aliases} == {"Ravindra Kalshetty", "Kalshety Ravindra"}
    spelling = [d for d in facts.differences if d.kind == "name"]
    assert len(spelling) == 1
    assert {r.article: r.says for r in spelling[0].reports} == {
        "gazette.md": "Ravindra Kalshetty", "wire.md": "Kalshety Ravindra"}
    assert spelling[0].aspect == "spelling of the name of the captain"
