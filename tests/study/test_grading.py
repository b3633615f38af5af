"""Grading: forgiving about slips, strict about facts."""

from __future__ import annotations

import datetime as _dt
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factdeck.bank.model import (
    ChoiceQuestion,
    ClozeQuestion,
    DateQuestion,
    Evidence,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    Pair,
    PartialDate,
    ShortQuestion,
    Topic,
    TrueFalseQuestion,
)
from factdeck.study.grading import describe, grade, grade_date, match_text, parse_date_answer

EV = (Evidence(article="a", quote="q"),)
COMMON = dict(topic=Topic.PEOPLE, prompt="?", evidence=EV)


@pytest.mark.parametrize("typed", [
    "8 Oct 2016", "8 October 2016", "2016-10-08", "October 8, 2016", "Oct. 8 2016",
    "8th of October, 2016", "the 8th of October 2016", "2016/10/08", "08/10/2016",
    "08.10.2016", " 8  oct  2016 ", "OCTOBER 8 2016", "Saturday, 8 October 2016",
])
def test_day_answers_in_common_forms(typed: str) -> None:
    assert grade_date(typed, PartialDate(2016, 10, 8)).correct, typed


@pytest.mark.parametrize("typed", ["10/2016", "2016-10", "October 2016", "Oct 2016",
                                   "8 Oct 2016"])
def test_month_answers_accept_month_or_finer(typed: str) -> None:
    assert grade_date(typed, PartialDate(2016, 10)).correct


@pytest.mark.parametrize("typed,answer", [
    ("2016", PartialDate(2016)), ("March 2016", PartialDate(2016)),
    ("10/12/2016", PartialDate(2016, 12, 10)),  # day first
    ("12/10/2016", PartialDate(2016, 12, 10)),  # month first (US)
])
def test_year_and_ambiguous_numeric_dates(typed: str, answer: PartialDate) -> None:
    assert grade_date(typed, answer).correct


@pytest.mark.parametrize("typed,note", [
    ("2016", "give the day too"),
    ("October 2016", "give the day too"),
    ("9 Oct 2016", "right month, wrong day"),
    ("8 Nov 2016", "right year, wrong month"),
    ("8 Oct 2015", ""),
    ("sometime in autumn", "not a date"),
    ("8 October", "not a date"),  # no year: never guessed
])
def test_wrong_or_too_vague_dates(typed: str, note: str) -> None:
    verdict = grade_date(typed, PartialDate(2016, 10, 8))
    assert not verdict.correct
    assert note in verdict.note


def test_impossible_dates_are_not_read() -> None:
    assert parse_date_answer("31/02/2016") == []
    assert parse_date_answer("2016-13") == []


def test_ambiguous_numeric_date_gives_both_readings() -> None:
    assert parse_date_answer("03/04/2016") == [PartialDate(2016, 4, 3), PartialDate(2016, 3, 4)]


@pytest.mark.parametrize("typed", [
    "Jean-Marc Ayrault", "jean marc ayrault", "JEAN-MARC AYRAULT.", "Jean Marc Ayraul",
    "  jean-marc   ayrault ",
])
def test_short_answers_forgive_case_punctuation_and_typos(typed: str) -> None:
    assert match_text(typed, ["Jean-Marc Ayrault"])[0]


def test_accents_and_leading_article() -> None:
    assert match_text("Francois Hollande", ["François Hollande"]) == (True, "")
    assert match_text("Kremlin", ["the Kremlin"])[0]
    assert match_text("Élysée", ["Elysee"])[0]


def test_a_transposition_is_one_typo() -> None:
    assert match_text("harnies", ["Harneis"]) == (True, "accepted despite a typo")
    assert match_text("Hlolande", ["Hollande"]) == (True, "accepted despite a typo")
    # two swaps in a short name are two typos: too many
    assert match_text("ahrnise", ["Harneis"]) == (False, "")


def test_typo_note_and_limits() -> None:
    assert match_text("Hollnde", ["Hollande"]) == (True, "accepted despite a typo")
    assert match_text("Putn", ["Putin"])[0]
    assert not match_text("Bel", ["Bell"])[0]  # words of four letters or less must be exact
    assert not match_text("Macron", ["Hollande"])[0]
    assert not match_text("", ["Hollande"])[0]
    assert not match_text("2015 summit", ["2016 summit"])[0]  # numbers are facts


def test_short_question_accepts_alternatives() -> None:
    q = ShortQuestion(id="s", answer="Vladimir Putin", accept=("Putin",), **COMMON)
    assert grade(q, "putin").correct
    assert grade(q, "Vladimir Putin").correct
    assert not grade(q, "Medvedev").correct
    assert not grade(q, None).correct


def test_choice_truefalse_and_date_questions() -> None:
    c = ChoiceQuestion(id="c", answer="A", distractors=("B",), **COMMON)
    assert grade(c, "A").correct and not grade(c, "B").correct
    t = TrueFalseQuestion(id="t", answer=False, **COMMON)
    assert grade(t, False).correct and not grade(t, True).correct
    assert not grade(t, "False").correct  # a string is not a boolean
    d = DateQuestion(id="d", answer="2016-10", **COMMON)
    assert grade(d, "October 2016").correct and not grade(d, "2016").correct


def test_multi_needs_exactly_the_right_set() -> None:
    q = MultiQuestion(id="m", answers=("A", "B"), distractors=("C",), **COMMON)
    assert grade(q, ["B", "A"]).correct
    half = grade(q, ["A"])
    assert not half.correct and half.score == 0.5
    assert not grade(q, ["A", "B", "C"]).correct
    assert grade(q, []).score == 0


def test_cloze_grades_each_gap() -> None:
    q = ClozeQuestion(id="z", text="{{Hollande}} met {{Putin}} in {{2015}}.", **COMMON)
    assert grade(q, ["hollande", "Putin", "2015"]).correct
    partial = grade(q, ["Hollande", "Merkel", "2015"])
    assert not partial.correct and partial.note == "2 of 3 gaps right"
    assert not grade(q, ["Hollande"]).correct  # missing gaps are wrong


def test_match_and_order() -> None:
    m = MatchQuestion(id="m", pairs=(Pair("a", "1"), Pair("b", "2")), **COMMON)
    assert grade(m, {"a": "1", "b": "2"}).correct
    assert grade(m, {"a": "2", "b": "1"}).score == 0
    o = OrderQuestion(id="o", items=("x", "y", "z"), **COMMON)
    assert grade(o, ["x", "y", "z"]).correct
    assert not grade(o, ["y", "x", "z"]).correct


def test_describe_responses() -> None:
    m = MatchQuestion(id="m", pairs=(Pair("a", "1"), Pair("b", "2")), **COMMON)
    assert describe(m, {"a": "2"}) == "a \u2192 2; b \u2192 ?"
    t = TrueFalseQuestion(id="t", answer=False, **COMMON)
    assert describe(t, True) == "True"
    assert describe(t, None) == "(no answer)"
    o = OrderQuestion(id="o", items=("x", "y"), **COMMON)
    assert describe(o, ["y", "x"]) == "y; x"


def test_grading_does_not_import_textual() -> None:
    code = ("import sys, factdeck.study.grading, factdeck.study.session; "
            "bad = [m for m in ('textual', 'genanki', 'jinja2', 'dateparser') if m in sys.modules];"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=_dt.date(1900, 1, 1), max_value=_dt.date(2099, 12, 31)))
def test_any_day_round_trips_through_common_forms(day: _dt.date) -> None:
    answer = PartialDate(day.year, day.month, day.day)
    for form in ("%d %b %Y", "%Y-%m-%d", "%B %d, %Y", "%d/%m/%Y", "%m/%d/%Y", "%d %B %Y"):
        assert grade_date(day.strftime(form), answer).correct, day.strftime(form)
    assert grade_date(day.strftime("%m/%Y"), PartialDate(day.year, day.month)).correct
    other = day + _dt.timedelta(days=1)
    assert not grade_date(other.strftime("%d %B %Y"), answer).correct
