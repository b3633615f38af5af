import re

from factdeck.bank.model import Topic
from factdeck.generate import cloze
from factdeck.generate.context import Context


def test_cloze_gaps_names_dates_and_numbers(facts):
    qs = cloze.questions(Context.of(facts))
    gaps = {q.gaps[0]: q for q in qs}
    # one gap per sentence: a date before a name before a number
    assert {"Tomas Brandt", "April 2", "2021", "Lena Vogt"} <= set(gaps)
    assert gaps["April 2"].topic is Topic.DATES
    assert gaps["Tomas Brandt"].topic is Topic.PEOPLE
    assert "Ana Kovac" not in gaps and "87" not in gaps  # their sentences already have a gap


def test_one_cloze_per_sentence(facts):
    sentences = [q.evidence[0].quote for q in cloze.questions(Context.of(facts))]
    assert len(sentences) == len(set(sentences))


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
