"""No question of a session comes after one that has shown its answer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from factdeck.bank.load import load_bank
from factdeck.bank.model import (
    ChoiceQuestion,
    DateQuestion,
    Evidence,
    ShortQuestion,
    Topic,
    TrueFalseQuestion,
)
from factdeck.study.giveaway import first_giveaway, gives_away, spoiler_free
from factdeck.study.session import Mode, QuizSession

from ..conftest import SHIPPED_DECK

TOLL = ShortQuestion(
    id="toll", topic=Topic.PEOPLE, prompt="How many people died when the Glenford dam broke?",
    evidence=(Evidence("a", "The Glenford dam broke, killing 31 people."),), answer="31")
SPEAKER = ChoiceQuestion(
    id="speaker", topic=Topic.QUOTES,
    prompt="Who said the Glenford dam had not been inspected since the flood?",
    evidence=(Evidence("a", "Engineer Mara Voss said the dam had not been inspected."),),
    answer="Mara Voss", distractors=("Ivo Brand", "Lena Ott"))
REPORT = TrueFalseQuestion(
    id="report", topic=Topic.POSITIONS, prompt="The dam's owner promised an inquiry.",
    evidence=(Evidence("a", "The owner promised an inquiry."),),
    explanation="After the Glenford dam broke, killing 31 people, engineer Mara Voss said the "
                "dam had not been inspected since the flood.", answer=True)
WHEN = DateQuestion(
    id="when", topic=Topic.DATES, prompt="When did the Glenford dam break?",
    evidence=(Evidence("a", "The dam broke on 4 March 2019."),), answer="2019-03-04")
ELSEWHERE = ShortQuestion(
    id="elsewhere", topic=Topic.PEOPLE, prompt="How many bridges did the town of Harlow close?",
    evidence=(Evidence("a", "Harlow closed 31 bridges."),), answer="31")


def test_a_feedback_that_states_a_later_answer_gives_it_away() -> None:
    assert gives_away(REPORT, TOLL, feedback=True)
    assert gives_away(REPORT, SPEAKER, feedback=True)
    # in a test only the prompt is shown; this one states neither answer
    assert not gives_away(REPORT, TOLL, feedback=False)
    # the same number about another fact gives nothing away
    assert not gives_away(REPORT, ELSEWHERE, feedback=True)
    assert not gives_away(TOLL, WHEN, feedback=True)


def test_a_prompt_that_answers_the_next_one_gives_it_away_in_a_test() -> None:
    statement = TrueFalseQuestion(
        id="statement", topic=Topic.DATES, prompt="The Glenford dam broke on 4 March 2019.",
        evidence=(Evidence("a", "The dam broke on 4 March 2019."),), answer=True)
    assert gives_away(statement, WHEN, feedback=False)


def test_the_order_puts_a_question_before_the_one_that_shows_its_answer() -> None:
    questions = [REPORT, TOLL, SPEAKER, WHEN]
    order = spoiler_free(questions, feedback=True)
    assert [questions[i].id for i in order] == ["toll", "speaker", "report", "when"]
    # no feedback: nothing to move
    assert spoiler_free(questions, feedback=False) == [0, 1, 2, 3]
    # a question already shown stays first; what it gave away is left out
    assert [questions[i].id for i in spoiler_free(questions, feedback=True, shown=1)] == \
        ["report", "when"]


def test_questions_that_show_each_others_answer_leave_the_later_out() -> None:
    a = ShortQuestion(id="a", topic=Topic.PEOPLE, prompt="Who chairs the Glenford water board?",
                      evidence=(Evidence("a", "Ana Reyes chairs the Glenford water board."),),
                      explanation="Ana Reyes chairs the Glenford water board, since 2011.",
                      answer="Ana Reyes")
    b = ShortQuestion(id="b", topic=Topic.DATES,
                      prompt="Since what year has Ana Reyes chaired the Glenford water board?",
                      evidence=(Evidence("a", "Ana Reyes has chaired it since 2011."),),
                      explanation="Ana Reyes has chaired the Glenford water board since 2011.",
                      answer="2011")
    assert gives_away(a, b, feedback=True) and gives_away(b, a, feedback=True)
    assert spoiler_free([a, b], feedback=True) == [0]
    assert spoiler_free([b, a], feedback=True) == [0]


def _assert_no_session_gives_away(bank_path: Path, keep: float) -> None:
    bank = load_bank(bank_path)
    for mode in Mode:
        for seed in range(8):
            for count in (None, 5):
                session = QuizSession.start(bank, seed=seed, mode=mode, count=count)
                session.settle_order()  # as the first question shows (or is answered)
                asked = list(session.questions)
                found = first_giveaway(asked, feedback=mode.shows_feedback)
                assert found is None, (mode, seed, [q.id for q in found])
        # a session loses only the questions that show each other's answers (a built deck
        # asks one fact in several kinds: a match of posts, then "what post did X hold?")
        whole = QuizSession.start(bank, seed=1, mode=mode)
        whole.settle_order()
        assert whole.total >= keep * len(bank.questions)


@pytest.mark.parametrize("deck", sorted(p.parent.name
                                        for p in SHIPPED_DECK.parent.glob("*/bank.yaml")))
def test_no_session_of_a_shipped_deck_asks_an_answer_already_shown(deck: str) -> None:
    _assert_no_session_gives_away(SHIPPED_DECK.parent / deck / "bank.yaml", keep=0.9)


@pytest.mark.slow
def test_no_session_of_a_deck_built_from_the_shared_articles_gives_away(
        shared_articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "built" / "bank.yaml"
    subprocess.run([sys.executable, "-m", "factdeck", "build", str(shared_articles), "-o",
                    str(out), "--no-nlp", "-q"], check=False, capture_output=True, timeout=600)
    assert out.is_file()
    _assert_no_session_gives_away(out, keep=0.7)


def test_a_session_settles_its_order_on_the_first_answer() -> None:
    from factdeck.bank.model import Article, Bank

    bank = Bank(title="Dam", questions=(REPORT, TOLL, SPEAKER, WHEN),
                articles=(Article(id="a", file="a.txt", outlet="Test"),))
    session = QuizSession.start(bank, seed=0, mode="practice")
    first = session.current
    session.answer("whatever")
    asked = [first.id, *(q.id for q in session.questions[1:])]
    assert [q.id for q in session.questions] == asked
    assert first_giveaway(list(session.questions), feedback=True) is None
    assert not session.settle_order()  # once only
