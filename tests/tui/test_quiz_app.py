"""The quiz app driven by Textual's Pilot: every kind answered right and wrong, whole sessions."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from factdeck.bank.load import load_bank
from factdeck.bank.model import Bank
from factdeck.study.giveaway import spoiler_free
from factdeck.study.session import Answer, QuizSession
from factdeck.tui.app import QuizApp, QuizOptions
from factdeck.tui.quiz_screen import QuizScreen
from factdeck.tui.summary import SummaryScreen

from .helpers import answer_keys

DATA = Path(__file__).parent / "data"
ALL_KINDS = DATA / "all-kinds" / "bank.yaml"
SIZE = (80, 24)


@pytest.fixture
def bank() -> Bank:
    return load_bank(ALL_KINDS)


def screen_text(app: QuizApp, selector: str) -> str:
    return str(app.screen.query_one(selector).render())


QUESTION_IDS = ["ruiz-post", "bridge-facts", "bell-opposed", "mayor-name", "ruiz-date",
                "ruiz-quote", "who-is-who", "timeline"]


@pytest.mark.parametrize("right", [True, False], ids=["right", "wrong"])
@pytest.mark.parametrize("question_id", QUESTION_IDS)
async def test_answer_each_kind(bank: Bank, question_id: str, right: bool) -> None:
    question = bank.question(question_id)
    session = QuizSession(bank, [question], seed=3)
    app = QuizApp(session=session)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert question.prompt in screen_text(app, "#prompt")
        await pilot.press(*answer_keys(session, question, right))
        await pilot.pause()
        assert len(session.answers) == 1
        assert session.answers[0].correct is right
        verdict = screen_text(app, "#verdict")
        assert ("Right!" in verdict) is right
        assert f"Question 1 of 1 \u00b7 Score {int(right)}/1" in screen_text(app, "#progress")
        assert question.correct_text() in verdict.replace("\n", " ")
        feedback = " ".join(str(w.render()) for w in app.screen.query(".evidence"))
        for item in question.evidence:
            assert item.quote in feedback.replace("\n", " ")
            assert bank.article(item.article).outlet in feedback
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)


async def test_sources_question_shows_one_panel_per_outlet_side_by_side(bank: Bank) -> None:
    question = bank.question("bridge-facts")
    session = QuizSession(bank, [question], seed=1)
    app = QuizApp(session=session)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*answer_keys(session, question, True))
        await pilot.pause()
        panels = list(app.screen.query(".side-by-side .evidence"))
        assert [p.border_title for p in panels] == ["Lake Gazette", "River Herald"]
        assert panels[0].region.y == panels[1].region.y
        assert panels[0].region.right <= panels[1].region.x


async def test_short_answer_typo_is_forgiven_with_a_note(bank: Bank) -> None:
    session = QuizSession(bank, [bank.question("mayor-name")], seed=1)
    app = QuizApp(session=session)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"tom", "space", *"bel", "l", "e", "enter")
        await pilot.pause()
        assert session.answers[0].correct
        assert "typo" in screen_text(app, "#verdict")


async def test_empty_typed_answer_is_not_submitted(bank: Bank) -> None:
    session = QuizSession(bank, [bank.question("ruiz-date")], seed=1)
    app = QuizApp(session=session)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert session.answers == []
        await pilot.press(*"8/10/2016", "enter")
        await pilot.pause()
        assert session.answers[0].correct


async def test_choice_with_arrows_and_enter(bank: Bank) -> None:
    question = bank.question("ruiz-post")
    session = QuizSession(bank, [question], seed=3)
    app = QuizApp(session=session)
    async with app.run_test(size=SIZE) as pilot:
        target = session.options(question).index(question.answer)
        await pilot.press(*["down"] * target, "enter")
        await pilot.pause()
        assert session.answers[0].correct


async def test_multi_with_space_and_nothing_chosen(bank: Bank) -> None:
    question = bank.question("bridge-facts")
    session = QuizSession(bank, [question, question], seed=3)
    app = QuizApp(session=session)
    async with app.run_test(size=SIZE) as pilot:
        options = session.options(question)
        for answer in question.answers:
            await pilot.press(*["down"] * options.index(answer), "space")
            await pilot.press(*["up"] * options.index(answer))
        await pilot.press("enter")
        await pilot.pause()
        assert session.answers[0].correct
        await pilot.press("enter", "enter")  # next question; submit with nothing ticked
        await pilot.pause()
        assert session.answers[1].response == [] and not session.answers[1].correct


async def test_match_with_left_right_and_unpaired_rows(bank: Bank) -> None:
    question = bank.question("who-is-who")
    session = QuizSession(bank, [question], seed=3)
    app = QuizApp(session=session)
    async with app.run_test(size=SIZE) as pilot:
        widget = app.screen.query_one("#answer")
        await pilot.press("enter")  # nothing paired yet: refused
        await pilot.pause()
        assert session.answers == []
        rights = session.match_rights(question)
        for row, pair in enumerate(question.pairs):
            assert widget.cursor == row
            await pilot.press(*["right"] * (rights.index(pair.right) + 1), "down")
        await pilot.press("enter")
        await pilot.pause()
        assert session.answers[0].correct


async def test_order_with_space_grab(bank: Bank) -> None:
    question = bank.question("timeline")
    session = QuizSession(bank, [question], seed=2)
    app = QuizApp(session=session)
    async with app.run_test(size=SIZE) as pilot:
        widget = app.screen.query_one("#answer")
        start = list(widget.rows)
        await pilot.press("space", "down", "space")
        assert widget.rows == [start[1], start[0], start[2]]
        assert widget.cursor == 1


async def test_whole_test_session_to_summary_and_retry(bank: Bank) -> None:
    session = QuizSession.start(bank, seed=4, mode="test")
    app = QuizApp(session=session)
    async with app.run_test(size=SIZE) as pilot:
        wrong = set()
        for i in range(session.total):
            question = session.current
            assert isinstance(app.screen, QuizScreen)
            assert f"Question {i + 1} of {session.total}" in screen_text(app, "#progress")
            right = i % 3 != 0
            if not right:
                wrong.add(question.id)
            await pilot.press(*answer_keys(session, question, right))
            await pilot.pause()
            assert not app.screen.query("#verdict")  # no feedback in test mode
        assert isinstance(app.screen, SummaryScreen)
        score = screen_text(app, "#score")
        assert f"Score: {session.total - len(wrong)} of {session.total}" in score
        for topic in bank.topics:
            assert topic.value in score
        missed = app.screen.query(".missed")
        assert len(missed) == len(wrong)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        retry = app.screen.session
        assert {q.id for q in retry.questions} == wrong
        for _ in range(retry.total):
            await pilot.press(*answer_keys(retry, retry.current, True))
            await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert "No question missed" in screen_text(app, "#missed-title")
        await pilot.press("enter")
        await pilot.pause()
    assert app.return_code == 0


async def test_time_limit_ends_a_test(bank: Bank) -> None:
    session = QuizSession.start(bank, seed=4, mode="test", time_limit=1)
    app = QuizApp(session=session)
    async with app.run_test(size=SIZE) as pilot:
        assert "00:01 left" in screen_text(app, "#progress")
        session.time_limit = 0.01  # let it run out without making the test slow
        await pilot.pause(1.2)
        assert isinstance(app.screen, SummaryScreen)
        assert "not answered" in screen_text(app, "#score")


async def test_time_running_out_behind_a_dialog_waits_for_it(bank: Bank) -> None:
    session = QuizSession.start(bank, seed=4, mode="test", time_limit=60)
    app = QuizApp(session=session)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        session.time_limit = 0.01
        await pilot.pause(1.2)
        assert "factdeck quiz: keys" in screen_text(app, "#help-text")
        await pilot.press("escape")
        await pilot.pause(1.2)
        assert isinstance(app.screen, SummaryScreen)


async def test_help_and_confirm_before_quitting(bank: Bank) -> None:
    session = QuizSession.start(bank, seed=4)
    app = QuizApp(session=session)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert "factdeck quiz: keys" in screen_text(app, "#help-text")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert "Leave this quiz?" in screen_text(app, "#confirm-question")
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert "Quit factdeck" in screen_text(app, "#confirm-question")
        await pilot.press("y")
        await pilot.pause()
    assert app.return_code == 0


async def test_theme_toggle(bank: Bank) -> None:
    app = QuizApp(session=QuizSession.start(bank, seed=4))
    async with app.run_test(size=SIZE) as pilot:
        before = app.theme
        await pilot.press("ctrl+t")
        assert app.theme != before
        await pilot.press("ctrl+t")
        assert app.theme == before


def _deck_refs(*paths: Path):  # noqa: ANN202
    from factdeck.bank.decks import DeckRef

    return [DeckRef(p.parent.name, p, "user") for p in paths]


async def test_picker_lists_decks_and_starts_a_test(bank: Bank, tmp_path: Path) -> None:
    broken = tmp_path / "broken" / "bank.yaml"
    broken.parent.mkdir()
    broken.write_text("factdeck: 1\ntitle: [unclosed\n", encoding="utf-8")
    app = QuizApp(decks=_deck_refs(broken, ALL_KINDS), options=QuizOptions(seed=1, count=2))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        decks = app.screen.query_one("#decks")
        labels = [str(decks.get_option_at_index(i).prompt) for i in range(decks.option_count)]
        assert "cannot be read" in labels[0]
        assert "All kinds (test bank)" in labels[1] and "8 questions" in labels[1]
        assert decks.highlighted == 1
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        assert app.screen.session.mode.value == "test"
        assert app.screen.session.total == 2
        await pilot.press("escape", "y")
        await pilot.pause()
        assert app.screen is app.picker
        await pilot.press("q")
    assert app.return_code == 0


async def test_picker_filter_that_matches_nothing_shows_a_message(tmp_path: Path) -> None:
    app = QuizApp(decks=_deck_refs(ALL_KINDS), options=QuizOptions(tags=["nothing-has-this"]))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert "nothing-has-this" in screen_text(app, "#message")


pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def test_answers_are_recorded_and_a_stopped_session_resumes(bank: Bank,
                                                                  tmp_path: Path) -> None:
    from factdeck.study.log import StudyLog

    store = tmp_path / "progress.sqlite3"
    log = StudyLog.open(store)
    try:
        session = QuizSession.start(bank, seed=9, mode="test")
        app = QuizApp(session=session, study_log=log)
        async with app.run_test(size=SIZE) as pilot:
            first, second = session.questions[:2]
            await pilot.press(*answer_keys(session, first, True))
            await pilot.pause()
            assert len(log.history(bank, first)) == 1  # recorded before the next question
            await pilot.press(*answer_keys(session, second, False))
            await pilot.pause()
            assert log.load_resume(bank)["answers"][1]["id"] == second.id
            await pilot.press("escape", "y")
            await pilot.pause()
        again = QuizSession.start(bank, seed=99, mode="test")
        app = QuizApp(session=again, open_study_log=lambda: log)  # opened after first paint
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert "Continue where you stopped?" in screen_text(app, "#confirm-question")
            await pilot.press("y")
            await pilot.pause()
            resumed = app.screen.session
            assert resumed.index == 2 and resumed.correct_count == 1
            assert "Question 3 of" in screen_text(app, "#progress")
            while resumed.current is not None:
                await pilot.press(*answer_keys(resumed, resumed.current, True))
                await pilot.pause()
            assert isinstance(app.screen, SummaryScreen)
        assert log.load_resume(bank) is None
        # every question of the session (one that another gives away is left out)
        assert len(log.history(bank)) == resumed.total
    finally:
        log.close()


async def test_review_mode_uses_the_review_queue_and_picker_shows_due(bank: Bank,
                                                                     tmp_path: Path) -> None:
    from factdeck.study.log import StudyLog

    log = StudyLog.open(tmp_path / "progress.sqlite3")
    try:
        app = QuizApp(decks=_deck_refs(ALL_KINDS), options=QuizOptions(seed=1),
                      study_log=log)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            label = str(app.screen.query_one("#decks").get_option_at_index(0).prompt)
            assert "0 due" in label
            await pilot.press("r")
            await pilot.pause()
            session = app.screen.session
            assert session.mode.value == "review"
            expected = log.review_queue(bank, bank.questions)
            expected = [expected[i] for i in spoiler_free(expected, feedback=True, shown=1)]
            assert [q.id for q in session.questions] == [q.id for q in expected]
            await pilot.press(*answer_keys(session, session.current, True))
            await pilot.pause()
            assert "Right!" in screen_text(app, "#verdict")  # review shows feedback
            await pilot.press("escape", "y")
            await pilot.pause()
            assert app.screen is app.picker
            await pilot.press("s")
            await pilot.pause()
            assert type(app.screen).__name__ == "StatsScreen"
    finally:
        log.close()


async def test_a_progress_store_that_fails_to_open_is_reported(bank: Bank) -> None:
    from factdeck.errors import ProgressError

    def broken() -> None:
        raise ProgressError("disk on fire")

    session = QuizSession.start(bank, seed=1)
    app = QuizApp(session=session, open_study_log=broken)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "will not be saved: disk on fire" in screen_text(app, "#message")
        await pilot.press("enter")
        await pilot.press(*answer_keys(session, session.current, True))
        await pilot.pause()
        assert session.answers[0].correct


async def test_keys_typed_ahead_during_a_question_change_are_not_lost(bank: Bank) -> None:
    """A fast learner presses Enter and the next answer at once: both count."""
    questions = [bank.question("bell-opposed"), bank.question("ruiz-post")]
    session = QuizSession(bank, questions, seed=5)
    app = QuizApp(session=session)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press(*answer_keys(session, questions[0], True))
        await pilot.pause()
        second = answer_keys(session, questions[1], True)
        # posted back to back, without waiting for the screen to change in between
        for key in ["enter", *second]:
            app.simulate_key(key)
        for _ in range(20):
            await pilot.pause(0.05)
            if len(session.answers) == 2:
                break
        assert [a.correct for a in session.answers] == [True, True]


class FakeClock:
    """A clock that moves only when told: the time limit's seconds without waiting."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_test_mode_header_counts_answers_and_never_the_score(bank: Bank) -> None:
    session = QuizSession.start(bank, seed=4, mode="test")
    app = QuizApp(session=session)
    async with app.run_test(size=SIZE) as pilot:
        for i in range(session.total):
            progress = screen_text(app, "#progress")
            assert f"answered {i} of {session.total}" in progress
            assert "Score" not in progress
            await pilot.press(*answer_keys(session, session.current, right=False))
            await pilot.pause()
            if session.current is not None:
                assert "Score" not in screen_text(app, "#progress")
        assert isinstance(app.screen, SummaryScreen)  # the score shows here, and only here


async def test_practice_header_still_shows_the_score(bank: Bank) -> None:
    session = QuizSession.start(bank, seed=4, mode="practice")
    app = QuizApp(session=session)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*answer_keys(session, session.current, right=True))
        await pilot.pause()
        assert "Score 1/1" in screen_text(app, "#progress")


def _stopped_test(bank: Bank, log, **filters) -> None:  # noqa: ANN001
    """Leave a saved, unfinished test of ``bank`` in ``log``."""
    old = QuizSession.start(bank, seed=9, mode="test", **filters)
    old.answers.append(Answer(old.current.id, None, False, 0.0, 1.0))
    log.save_resume(bank, old.to_state())


async def test_the_time_limit_waits_while_the_resume_dialog_is_open(bank: Bank,
                                                                   tmp_path: Path) -> None:
    from factdeck.study.log import StudyLog

    log = StudyLog.open(tmp_path / "progress.sqlite3")
    try:
        _stopped_test(bank, log)
        clock = FakeClock()
        session = QuizSession.start(bank, seed=99, mode="test", time_limit=120, clock=clock)
        app = QuizApp(session=session, open_study_log=lambda: log)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert "Continue where you stopped?" in screen_text(app, "#confirm-question")
            clock.now += 300  # five minutes of thinking about the dialog
            await pilot.pause(1.2)
            assert session.time_left() == 120 and not session.finished
            await pilot.press("n")
            await pilot.pause()
            assert isinstance(app.screen, QuizScreen) and app.screen.session is session
            assert "02:00 left" in screen_text(app, "#progress")
            clock.now += 30  # the clock runs again once the dialog is gone
            assert session.time_left() == 90
    finally:
        log.close()


@pytest.mark.parametrize("asked", [{"count": 3}, {"topics": ["positions"]},
                                   {"kinds": ["date", "choice"]}, {"tags": ["bell", "lakes"]}])
async def test_resume_is_offered_only_for_the_same_filters(bank: Bank, tmp_path: Path,
                                                           asked: dict) -> None:
    from factdeck.study.log import StudyLog

    log = StudyLog.open(tmp_path / "progress.sqlite3")
    try:
        _stopped_test(bank, log)  # the whole bank, no filters
        session = QuizSession.start(bank, seed=99, mode="test", **asked)
        app = QuizApp(session=session, open_study_log=lambda: log)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, QuizScreen) and app.screen.session is session
        # the same request is offered the saved session
        session = QuizSession.start(bank, seed=99, mode="test")
        app = QuizApp(session=session, open_study_log=lambda: log)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert "Continue where you stopped?" in screen_text(app, "#confirm-question")
        # and a saved session with these filters is offered to them again
        log.clear_resume(bank)
        _stopped_test(bank, log, **asked)
        session = QuizSession.start(bank, seed=5, mode="test", **asked)
        app = QuizApp(session=session, open_study_log=lambda: log)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert "Continue where you stopped?" in screen_text(app, "#confirm-question")
    finally:
        log.close()


async def test_two_swapped_letters_are_one_small_typo(bank: Bank) -> None:
    session = QuizSession(bank, [bank.question("mayor-name")], seed=1)
    app = QuizApp(session=session)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"tom", "space", *"blel", "enter")  # "Bell" with l and e swapped
        await pilot.pause()
        assert session.answers[0].correct
        assert "typo" in screen_text(app, "#verdict")


@pytest.mark.parametrize("question_id", QUESTION_IDS)
async def test_the_key_to_go_on_stays_in_sight_under_long_feedback(bank: Bank,
                                                                  question_id: str) -> None:
    question = bank.question(question_id)
    long = dataclasses.replace(question, explanation=" ".join(["A long explanation."] * 60))
    session = QuizSession(bank, [long, bank.question("bell-opposed")], seed=1)
    app = QuizApp(session=session)
    async with app.run_test(size=SIZE) as pilot:
        hint = app.screen.query_one("#next-hint")
        assert not hint.display
        await pilot.press(*answer_keys(session, long, right=False))
        await pilot.pause()
        assert hint.display and "Press Enter" in str(hint.render())
        assert 0 <= hint.region.y < SIZE[1] - 1 and hint.region.height == 1  # above the footer
        body = app.screen.query_one("#body")
        assert body.max_scroll_y > 0  # the feedback is longer than the screen: it scrolls
        await pilot.press("enter")
        await pilot.pause()
        assert not hint.display and session.current.id == "bell-opposed"


async def test_leaving_a_practice_quiz_keeps_its_summary_for_the_command_line(bank: Bank) -> None:
    session = QuizSession(bank, [bank.question(i) for i in ("ruiz-post", "mayor-name",
                                                            "bell-opposed")], seed=1)
    app = QuizApp(session=session)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*answer_keys(session, session.current, right=True), "enter")
        await pilot.pause()
        await pilot.press(*answer_keys(session, session.current, right=False))
        await pilot.pause()
        await pilot.press("escape", "y")
        await pilot.pause()
    assert app.return_code == 0
    assert app.last_session is session
    assert session.summary_lines() == [
        "All kinds (test bank): answered 2 of 3, 1 right (50%)",
        "By topic: people 0/1, positions 1/1",
        "Review next:",
        "  - Who was the mayor of Portville?",
    ]


async def test_a_match_row_that_wraps_keeps_every_option_in_sight(bank: Bank) -> None:
    from factdeck.bank.model import Pair

    question = dataclasses.replace(bank.question("who-is-who"), pairs=(
        Pair("Ana Ruiz, the minister who spoke first at the opening", "Minister of Lakes, "
             "Rivers and Inland Waterways of the Northern Province and its islands"),
        Pair("Tom Bell", "Mayor of Portville"),
        Pair("Harbour master", "Keeper of the harbour's last lighthouse")))
    session = QuizSession(bank, [question], seed=1)
    app = QuizApp(session=session)
    async with app.run_test(size=SIZE) as pilot:
        widget = app.screen.query_one("#answer")
        rights = session.match_rights(question)
        long = rights.index(question.pairs[0].right)
        short = rights.index(question.pairs[1].right)
        await pilot.press("abc"[short], "abc"[short])  # two rows, short choices
        await pilot.pause()
        before = widget.region.height
        await pilot.press("abc"[long])  # the last row's choice now wraps to a second line
        await pilot.pause()
        assert widget.region.height > before
        lines = widget.render().wrap(app.console, widget.content_region.width)
        assert widget.content_region.height >= len(lines)
        assert rights[-1].split()[-1] in lines[-1].plain  # the last option's last word shows


@pytest.mark.parametrize(("question_id", "mark"), [("timeline", "you: "),
                                                   ("ruiz-date", "your answer: ")])
async def test_order_and_date_feedback_draw_a_timeline(bank: Bank, question_id: str,
                                                       mark: str) -> None:
    session = QuizSession(bank, [bank.question(question_id), bank.question("mayor-name")],
                          seed=1)
    app = QuizApp(session=session)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press(*answer_keys(session, session.current, right=False))
        await pilot.pause()
        timeline = screen_text(app, "#timeline")
        assert timeline.startswith("Timeline") and mark in timeline
        assert "8 Oct 2016 \u25cf" in timeline
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*answer_keys(session, session.current, right=False))
        await pilot.pause()
        assert not app.screen.query("#timeline")  # a short answer has no timeline
