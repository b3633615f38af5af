"""People and posts: titled mentions, appositions, surnames joined within and across articles."""

from __future__ import annotations

import pytest
from helpers import facts_of

from factdeck.extract import nlp


def people(facts):
    return {p.name: p for p in facts.people}


def test_titled_mentions_normalise_the_country() -> None:
    f = facts_of("Spanish Foreign Minister Lucia Marquez met Greek Prime Minister Nikos Andreou "
                 "in Athens on Monday. Marquez said the talks had gone well.")
    got = people(f)
    assert got["Lucia Marquez"].position == "Foreign Minister of Spain"
    assert got["Nikos Andreou"].position == "Prime Minister of Greece"
    assert "Marquez" not in got  # the surname alone is joined to the full name
    assert got["Lucia Marquez"].evidence == "Spanish Foreign Minister Lucia Marquez"


def test_lowercase_titles_institutions_and_of_country() -> None:
    f = facts_of("White House spokeswoman Karen Olds declined to comment. Dutch premier Joost "
                 "Vermeer arrived later. King Harald V of Norway also attended the ceremony, and "
                 "veteran analyst Tom Brady Jr. was not there.")
    got = people(f)
    assert got["Karen Olds"].position == "White House spokeswoman"
    assert got["Joost Vermeer"].position == "Premier of the Netherlands"
    assert "Monday" not in " ".join(got)


def test_apposition_and_particles() -> None:
    f = facts_of("The plan was criticised by Amina el-Sayed, director of research at the Centre "
                 "for Water Policy in Cairo. US Secretary of State Mark Van der Berg disagreed.")
    got = people(f)
    assert got["Amina el-Sayed"].position == (
        "director of research at the Centre for Water Policy in Cairo")
    assert got["Mark Van der Berg"].position == "Secretary of State of the United States"


def test_surname_joined_across_articles_and_accents_merged() -> None:
    f = facts_of("Brazilian President Joao Ferreira opened the summit on Monday.",
                 "Ferreira later left for Lima, where President João Ferreira met reporters.",
                 "Ferreira said nothing more.")
    names = [p.name for p in f.people]
    assert names.count("Joao Ferreira") + names.count("João Ferreira") == 1
    person = next(p for p in f.people if p.name.endswith("Ferreira"))
    assert set(person.articles) == {"a0.txt", "a1.txt", "a2.txt"}
    assert person.position == "President of Brazil"


def test_places_and_bodies_are_not_people() -> None:
    f = facts_of("The European Commission and the Security Council met in New York. "
                 "Moscow said the Islamic State had lost ground, and Middle East diplomats "
                 "agreed. The Kremlin confirmed it on Monday.")
    assert f.people == ()


def test_untitled_full_name_mid_sentence() -> None:
    f = facts_of("The army of Idi Kasoma's successor took the town, and Kasoma's supporters fled.")
    assert "Idi Kasoma" in people(f)


def test_common_nouns_opening_a_sentence_are_not_people() -> None:
    f = facts_of("Officials said the road would reopen. Witnesses told reporters it was safe.")
    assert f.people == ()


@pytest.mark.nlp
@pytest.mark.skipif(not nlp.available(), reason="spaCy with an English pipeline is not installed")
def test_spacy_path_finds_names_used_alone() -> None:
    body = "Kagame met Tshisekedi in Luanda to discuss the border."
    assert facts_of(body).people == ()  # the rules need a title, an apposition or a verb
    names = {p.name for p in facts_of(body, nlp=True).people}
    assert {"Kagame", "Tshisekedi"} <= names


@pytest.mark.parametrize("body", [
    "The navy sent the aircraft carrier Anna Lindqvist to the gulf on Monday.",
    "Flights resumed at Tomas Brandt Airport after the storm, officials said.",
    "The frigate Olav Bergen docked in the harbour, and crews went ashore.",
    "Hurricane Ida Moreno struck the coast, the weather service said.",
    "She won the Karl Steiner Prize for her reporting on the war.",
])
def test_ships_airports_and_prizes_named_after_people_are_not_people(body) -> None:
    assert people(facts_of(body)) == {}


def test_a_person_next_to_a_thing_named_after_someone_is_still_a_person() -> None:
    f = facts_of("Navy spokeswoman Mia Holt said the carrier would sail on Monday. "
                 "Holt added that the frigate was ready.")
    assert "Mia Holt" in people(f)
