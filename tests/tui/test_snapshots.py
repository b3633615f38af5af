"""Snapshots of the main screens at 80x24 (update with: pytest tests/tui/test_snapshots.py
--snapshot-update, then look at the SVGs before committing them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdeck.bank.decks import DeckRef
from factdeck.bank.load import load_bank
from factdeck.study.session import QuizSession
from factdeck.tui.app import QuizApp, QuizOptions

from .helpers import answer_keys

ALL_KINDS = Path(__file__).parent / "data" / "all-kinds" / "bank.yaml"
SIZE = (80, 24)


def frozen_clock() -> float:
    return 100.0  # elapsed time shows on the summary; keep it fixed


def session(*ids: str, mode: str = "practice") -> QuizSession:
    bank = load_bank(ALL_KINDS)
    return QuizSession(bank, [bank.question(i) for i in ids], seed=1, mode=mode,
                       clock=frozen_clock)


def test_picker(snap_compare) -> None:  # noqa: ANN001
    app = QuizApp(decks=[DeckRef("all-kinds", ALL_KINDS, "user")], options=QuizOptions(seed=1))
    assert snap_compare(app, terminal_size=SIZE)


def test_choice_question(snap_compare) -> None:  # noqa: ANN001
    assert snap_compare(QuizApp(session=session("ruiz-post")), terminal_size=SIZE)


def test_feedback_with_sources_side_by_side(snap_compare) -> None:  # noqa: ANN001
    quiz = session("bridge-facts")
    keys = answer_keys(quiz, quiz.questions[0], right=False)
    assert snap_compare(QuizApp(session=quiz), terminal_size=SIZE, press=keys)


def test_test_summary(snap_compare) -> None:  # noqa: ANN001
    quiz = session("ruiz-post", "bell-opposed", "ruiz-date", mode="test")
    keys = (answer_keys(quiz, quiz.questions[0], right=True)
            + answer_keys(quiz, quiz.questions[1], right=False)
            + answer_keys(quiz, quiz.questions[2], right=False))
    assert snap_compare(QuizApp(session=quiz), terminal_size=SIZE, press=keys)


def test_help_screen(snap_compare) -> None:  # noqa: ANN001
    assert snap_compare(QuizApp(session=session("ruiz-post")), terminal_size=SIZE,
                        press=["question_mark"])


def test_feedback_light_theme(snap_compare) -> None:  # noqa: ANN001
    quiz = session("ruiz-date")
    keys = answer_keys(quiz, quiz.questions[0], right=True)
    assert snap_compare(QuizApp(session=quiz, theme="textual-light"), terminal_size=SIZE,
                        press=keys)


KINDS = ["ruiz-post", "bridge-facts", "bell-opposed", "mayor-name", "ruiz-date", "ruiz-quote",
         "who-is-who", "timeline"]


@pytest.mark.parametrize("size", [(80, 24), (100, 32)], ids=["80x24", "100x32"])
@pytest.mark.parametrize("question_id", KINDS)
def test_feedback_of_every_kind(snap_compare, question_id: str, size: tuple) -> None:  # noqa: ANN001
    quiz = session(question_id)
    keys = answer_keys(quiz, quiz.questions[0], right=False)
    assert snap_compare(QuizApp(session=quiz), terminal_size=size, press=keys)


SHIPPED = Path(__file__).parents[2] / "src" / "factdeck" / "decks" / "france-russia-2015-2017" \
    / "bank.yaml"


@pytest.mark.parametrize("size", [(80, 24), (100, 32)], ids=["80x24", "100x32"])
@pytest.mark.parametrize("question_id", ["long-timeline-order", "syria-truce-month"])
def test_timeline(snap_compare, question_id: str, size: tuple) -> None:  # noqa: ANN001
    bank = load_bank(SHIPPED)
    quiz = QuizSession(bank, [bank.question(question_id)], seed=1, clock=frozen_clock)
    keys = answer_keys(quiz, quiz.questions[0], right=False)
    assert snap_compare(QuizApp(session=quiz), terminal_size=size, press=keys)
