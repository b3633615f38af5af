"""The statistics screen, driven through Textual's Pilot."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from textual.app import App
from textual.widgets import Sparkline, Static

from factdeck.bank.model import Bank, ChoiceQuestion, Evidence, Topic
from factdeck.study.log import StudyLog
from factdeck.tui.stats_screen import StatsScreen

EV = (Evidence("a1", "quote"),)


def make_bank() -> Bank:
    qs = (
        ChoiceQuestion(id="q0", topic=Topic.PEOPLE, prompt="Who signed [bold]it[/bold]?",
                       evidence=EV, answer="A", distractors=("B",)),
        ChoiceQuestion(id="q1", topic=Topic.DATES, prompt="Which year?", evidence=EV,
                       answer="2016", distractors=("2015",)),
    )
    return Bank(title="Screen deck", questions=qs)


class Host(App[None]):
    def __init__(self, bank: Bank | None, log: StudyLog) -> None:
        super().__init__()
        self.bank, self.study_log = bank, log

    def on_mount(self) -> None:
        self.push_screen(StatsScreen(self.bank, self.study_log))


def text_of(screen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


@pytest.fixture
def log(tmp_path):
    with StudyLog.open(tmp_path / "p.sqlite3") as opened:
        yield opened


def test_stats_screen_shows_figures_chart_and_closes_on_escape(log):
    asyncio.run(_figures_chart_and_escape(log))


async def _figures_chart_and_escape(log):
    bank = make_bank()
    now = datetime.now(UTC)
    log.record(bank, bank.questions[0], given="B", correct=False, seconds=3, mode="quiz",
               now=now - timedelta(days=2))
    log.record(bank, bank.questions[0], given="B", correct=False, seconds=3, mode="quiz",
               now=now - timedelta(minutes=5))
    log.record(bank, bank.questions[1], given="2016", correct=True, seconds=3, mode="quiz",
               now=now - timedelta(minutes=4))
    app = Host(bank, log)
    async with app.run_test(size=(100, 50)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StatsScreen)
        summary = text_of(screen, "#stats-summary")
        assert "Screen deck" in summary
        assert "Answered 3, 1 right (33%)" in summary
        assert "Due now 1" in summary
        topics = text_of(screen, "#stats-topics")
        assert "people" in topics and "0/2" in topics and "1/1" in topics
        # the prompt is shown as written, not read as markup
        assert "Who signed [bold]it[/bold]?" in text_of(screen, "#stats-missed")
        spark = screen.query_one("#activity", Sparkline)
        assert len(spark.data) == 30 and spark.data[-1] == 2 and spark.data[-3] == 1
        assert "3 answers" in text_of(screen, "#activity-caption")
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, StatsScreen)


def test_stats_screen_for_all_banks_with_no_answers(log):
    asyncio.run(_all_banks_empty(log))


async def _all_banks_empty(log):
    app = Host(None, log)
    async with app.run_test() as pilot:
        await pilot.pause()
        summary = text_of(app.screen, "#stats-summary")
        assert "all banks" in summary and "No answers recorded yet" in summary
        assert not app.screen.query("#stats-topics")
        assert "nothing missed yet" in text_of(app.screen, "#stats-missed")


def test_stats_screen_on_a_damaged_store_shows_the_error_instead_of_crashing(tmp_path):
    log = StudyLog.open(tmp_path / "p.sqlite3")
    log.store.conn.execute("DROP TABLE events")  # a store damaged behind our back
    asyncio.run(_damaged(log))
    log.close()


async def _damaged(log):
    app = Host(None, log)
    async with app.run_test() as pilot:
        await pilot.pause()
        assert "Statistics are not available" in text_of(app.screen, "#stats-summary")
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, StatsScreen)


def test_the_deck_picker_opens_the_stats_of_the_selected_deck(log):
    from pathlib import Path

    from factdeck.bank.decks import DeckRef
    from factdeck.bank.load import load_bank
    from factdeck.tui.app import QuizApp

    path = Path(__file__).resolve().parents[1] / "data" / "valid_bank.yaml"
    bank = load_bank(path)
    log.record(bank, bank.questions[0], given="x", correct=False, seconds=2, mode="practice")
    app = QuizApp(decks=[DeckRef("valid_bank", path, "user")], study_log=log)
    asyncio.run(_picker_stats(app))


async def _picker_stats(app):
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen)
        assert "Answered 1, 0 right" in text_of(app.screen, "#stats-summary")
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, StatsScreen)
