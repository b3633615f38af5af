"""Whole sessions on the shipped deck, driven by Pilot to the summary screen."""

from __future__ import annotations

import pytest

from factdeck.bank.load import load_bank
from factdeck.study.session import QuizSession
from factdeck.tui.app import QuizApp
from factdeck.tui.quiz_screen import QuizScreen
from factdeck.tui.summary import SummaryScreen

from .helpers import answer_keys

pytestmark = [pytest.mark.anyio, pytest.mark.slow]
SIZE = (80, 24)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def shipped(shipped_bank_path):  # noqa: ANN001, ANN201
    assert shipped_bank_path.is_file(), "the shipped deck's bank.yaml is missing"
    return load_bank(shipped_bank_path)


async def test_whole_test_session_on_the_shipped_deck(shipped) -> None:  # noqa: ANN001
    session = QuizSession.start(shipped, seed=2024, mode="test", count=24)
    app = QuizApp(session=session)
    async with app.run_test(size=SIZE) as pilot:
        wrong = set()
        for i in range(session.total):
            question = session.current
            right = i % 4 != 1
            if not right:
                wrong.add(question.id)
            await pilot.press(*answer_keys(session, question, right))
            assert session.answers[-1].correct is right, question.id
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        score = str(app.screen.query_one("#score").render())
        assert f"Score: {session.total - len(wrong)} of {session.total}" in score
        assert len(app.screen.query(".missed")) == len(wrong)


async def test_whole_practice_session_on_the_shipped_deck(shipped) -> None:  # noqa: ANN001
    """One question of every kind and of every topic, with feedback after each."""
    picked, kinds, topics = [], set(), set()
    for q in shipped.questions:
        if q.kind not in kinds or q.topic not in topics:
            kinds.add(q.kind)
            topics.add(q.topic)
            picked.append(q)
    session = QuizSession(shipped, picked, seed=7, mode="practice")
    app = QuizApp(session=session)
    async with app.run_test(size=SIZE) as pilot:
        for i in range(session.total):
            question = session.current
            right = i % 2 == 0
            await pilot.press(*answer_keys(session, question, right))
            await pilot.pause()
            verdict = str(app.screen.query_one("#verdict").render())
            assert ("Right!" in verdict) is right, question.id
            evidence = " ".join(str(w.render()) for w in app.screen.query(".evidence"))
            for article_id in question.article_ids:
                assert shipped.article(article_id).outlet in evidence
            await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert not isinstance(app.screen, QuizScreen)
