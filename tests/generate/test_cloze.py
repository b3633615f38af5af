import re
from dataclasses import replace

from factdeck.bank.model import Topic
from factdeck.generate import cloze
from factdeck.generate.context import Context


def test_cloze_gaps_names_dates_and_numbers(facts):
    qs = cloze.questions(Context.of(facts))
    gaps = {q.gaps[0]: q for q in qs}
    # every gap a sentence allows: which one is worth asking is the ranker's choice
    assert {"Tomas Brandt", "April 2", "2021", "Lena Vogt", "Ana Kovac", "87"} <= set(gaps)
    assert gaps["April 2"].topic is Topic.DATES
    assert gaps["Tomas Brandt"].topic is Topic.PEOPLE


def test_one_cloze_per_sentence_and_kind_of_gap(facts):
    keys = [(q.evidence[0].quote, q.gaps[0]) for q in cloze.questions(Context.of(facts))]
    assert len(keys) == len(set(keys))


def test_a_label_is_not_a_figure():
    assert cloze._LABEL_BEFORE.search("the crash of Flight ")
    assert cloze._LABEL_AFTER.match(" IST on Thursday")
    assert not cloze._LABEL_BEFORE.search("The coalition won ")


def test_an_age_is_not_a_number_worth_asking():
    assert cloze._AGE.search('"We are tired," said Jane Doe, ')
    assert not cloze._AGE.search("The coalition won ")


def test_cloze_text_is_its_evidence_with_a_gap(facts):
    for q in cloze.questions(Context.of(facts)):
        assert len(q.gaps) == 1
        assert " ".join(q.filled().split()) == " ".join(q.evidence[0].quote.split())
        assert q.gaps[0] not in q.blanked()


def test_no_cloze_when_the_answer_shows_elsewhere():
    assert cloze._cloze("Vogt met Vogt.", 0, 4) is None
    assert cloze._cloze("Vogt met Ito.", 0, 4) == "{{Vogt}} met Ito."


def test_date_text_matches_only_the_right_date():
    from factdeck.bank.model import PartialDate

    m = cloze.DATE_TEXT.search("on October 6, 2016 they met")
    assert cloze._matches_date(m, PartialDate(2016, 10, 6))
    assert not cloze._matches_date(m, PartialDate(2016, 10, 7))
    numbers = [m.group(0) for m in cloze.NUMBER.finditer("Su-24 jets, 400,000 dead, 4.5 percent")]
    assert numbers == ["400,000", "4.5 percent"]
    assert not re.search(r"\{\{", "")


def test_a_key_place_of_the_lead_is_asked_once_another_outlet_names_it(facts):
    harbor = facts.articles[0].text.replace(
        "Prime Minister Ana Kovac said on Tuesday",
        "The ferry sank near Lisbon at dawn with forty people on board, officials said. "
        "Prime Minister Ana Kovac said on Tuesday")
    valley = facts.articles[1].text + "\nRescuers reached Lisbon by noon.\n"
    arts = (replace(facts.articles[0], text=harbor), replace(facts.articles[1], text=valley))
    qs = list(cloze.place_clozes(Context.of(replace(facts, articles=arts))))
    assert [q.text for q in qs] == [
        "The ferry sank near {{Lisbon}} at dawn with forty people on board, officials said."]
    assert qs[0].prompt.endswith("fill in the place.")


def test_half_a_name_written_another_way_is_no_gap(facts):
    from factdeck.bank.facts import Person

    text = facts.articles[0].text + "\nThe only witness was a local fisherman, Brandt Tomasson.\n"
    arts = (replace(facts.articles[0], text=text), facts.articles[1])
    person = Person("Tomas Brandt", "fisherman", (arts[0].file,),
                    "a local fisherman, Brandt Tomasson", arts[0].file)
    ctx = Context.of(replace(facts, articles=arts, people=(person,)))
    gaps = [q.text for q in cloze.name_clozes(ctx)]
    assert not any("{{Brandt}} Tomasson" in t for t in gaps)


def test_the_feedback_spells_a_name_as_the_outlet_does():
    assert cloze._written("Tomas  Brandt", "Tomas K. Brandt") == "Tomas Brandt"
    assert cloze._written("Brandt", "Tomas Brandt") == "Tomas Brandt"


def test_a_country_s_leader_is_no_name_gap(facts):
    from factdeck.bank.facts import Person

    person = Person("Ana Kovac", "Prime Minister of Norway", (facts.articles[0].file,),
                    "Prime Minister Ana Kovac", facts.articles[0].file)
    ctx = Context.of(replace(facts, people=(person,)))
    assert not list(cloze.name_clozes(ctx))
