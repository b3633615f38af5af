"""The quiz session: order, seeds, filters, score, time, resume."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from factdeck.bank import cache as bankcache
from factdeck.bank.load import load_bank
from factdeck.bank.model import Bank, LazyQuestions, Topic
from factdeck.study import session as session_module
from factdeck.study.giveaway import spoiler_free
from factdeck.study.session import Mode, QuizSession, SessionError

BANK = Path(__file__).parent.parent / "tui" / "data" / "all-kinds" / "bank.yaml"


def lazily_built(bank: Bank) -> Bank:
    """The same bank as the cache serves a big one: each question built on first use."""
    return bankcache.bank_from_blob(bankcache.cache_blob(bank), bank.path)


def built(bank: Bank) -> int:
    return sum(q is not None for q in bank.questions._source._built)  # type: ignore[attr-defined]


@pytest.fixture(params=["eager", "lazy"])
def bank(request: pytest.FixtureRequest) -> Bank:
    """Every session test runs on a bank built at once and on one built lazily."""
    eager = load_bank(BANK)
    return eager if request.param == "eager" else lazily_built(eager)


class FakeClock:
    """A clock the test moves by hand (time itself is not what is under test)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def right_response(session: QuizSession, question):  # noqa: ANN001, ANN201
    from factdeck.bank.model import (
        ChoiceQuestion,
        ClozeQuestion,
        DateQuestion,
        MatchQuestion,
        MultiQuestion,
        OrderQuestion,
        ShortQuestion,
        TrueFalseQuestion,
    )
    if isinstance(question, (ChoiceQuestion, ShortQuestion, DateQuestion, TrueFalseQuestion)):
        return question.answer
    if isinstance(question, MultiQuestion):
        return list(question.answers)
    if isinstance(question, ClozeQuestion):
        return list(question.gaps)
    if isinstance(question, MatchQuestion):
        return {p.left: p.right for p in question.pairs}
    if isinstance(question, OrderQuestion):
        return list(question.items)
    raise AssertionError(question)


def test_same_seed_same_order_and_options(bank: Bank) -> None:
    a = QuizSession.start(bank, seed=7)
    b = QuizSession.start(bank, seed=7)
    assert [q.id for q in a.questions] == [q.id for q in b.questions]
    for q in a.questions:
        assert a.options(q) == b.options(q)
    orders = {tuple(q.id for q in QuizSession.start(bank, seed=s).questions) for s in range(8)}
    assert len(orders) > 1


def test_options_hold_every_option_once(bank: Bank) -> None:
    session = QuizSession.start(bank, seed=3)
    q = bank.question("ruiz-post")
    assert sorted(session.options(q)) == sorted(q.options)
    assert session.options(bank.question("mayor-name")) == []


def test_match_and_order_never_start_solved(bank: Bank) -> None:
    match, order = bank.question("who-is-who"), bank.question("timeline")
    for seed in range(30):
        session = QuizSession(bank, [match], seed=seed)
        assert session.match_rights(match) != [p.right for p in match.pairs]
        assert sorted(session.order_items(order)) == sorted(order.items)
        assert session.order_items(order) != list(order.items)


def test_filters_and_count(bank: Bank) -> None:
    s = QuizSession.start(bank, topics=["dates"], seed=1)
    assert {q.topic for q in s.questions} == {Topic.DATES}
    s = QuizSession.start(bank, kinds=["choice", "short"], seed=1)
    assert {q.kind.value for q in s.questions} == {"choice", "short"}
    s = QuizSession.start(bank, tags=["bell"], seed=1)
    assert [q.id for q in s.questions] == ["bell-opposed"]
    assert QuizSession.start(bank, count=3, seed=1).total == 3


def test_nothing_matches_is_a_clear_error(bank: Bank) -> None:
    with pytest.raises(SessionError, match="no question of .* has tag nope"):
        QuizSession.start(bank, tags=["nope"])
    with pytest.raises(SessionError, match="at least 1"):
        QuizSession.start(bank, count=0)


def test_whole_session_score_by_topic_and_missed(bank: Bank) -> None:
    session = QuizSession.start(bank, seed=5, mode="test")
    wrong = set()
    while session.current is not None:
        q = session.current
        if q.topic == Topic.DATES:
            session.answer(None)
            wrong.add(q.id)
        else:
            _, verdict = session.answer(right_response(session, q))
            assert verdict.correct, q.id
    assert session.finished
    assert session.correct_count == session.total - len(wrong)
    assert {q.id for q in session.missed()} == wrong
    scores = {s.topic: (s.correct, s.total) for s in session.score_by_topic()}
    assert scores[Topic.DATES] == (0, 2)
    assert scores[Topic.PEOPLE] == (2, 2)
    retry = session.retry_missed()
    assert sorted(q.id for q in retry.questions) == sorted(wrong)
    assert retry.mode is Mode.TEST and retry.answers == []


def test_retry_without_misses_is_refused(bank: Bank) -> None:
    session = QuizSession(bank, [bank.question("ruiz-post")], seed=1)
    session.answer("Minister of Lakes")
    with pytest.raises(SessionError):
        session.retry_missed()


def test_answer_after_the_end_is_refused(bank: Bank) -> None:
    session = QuizSession(bank, [bank.question("ruiz-post")], seed=1)
    session.answer("x")
    with pytest.raises(SessionError):
        session.answer("x")


def test_time_limit_and_seconds_per_answer(bank: Bank) -> None:
    clock = FakeClock()
    session = QuizSession.start(bank, seed=1, mode="test", time_limit=60, clock=clock)
    clock.now += 12.5
    answer, _ = session.answer("whatever")
    assert answer.seconds == 12.5
    assert session.time_left() == pytest.approx(47.5)
    clock.now += 100
    assert session.time_left() == 0
    assert session.finished and session.current is None
    assert len(session.missed()) == session.total  # unanswered ones count as missed


def test_no_time_limit(bank: Bank) -> None:
    assert QuizSession.start(bank, seed=1).time_left() is None


def test_state_round_trip_through_json(bank: Bank) -> None:
    clock = FakeClock()
    session = QuizSession.start(bank, seed=11, mode="test", time_limit=600, clock=clock)
    for _ in range(3):
        clock.now += 5
        session.answer(right_response(session, session.current))
    state = json.loads(json.dumps(session.to_state()))
    current = session.current
    clock.now += 1000  # the time away from the quiz does not count
    again = QuizSession.from_state(bank, state, clock=clock)
    assert [q.id for q in again.questions] == [q.id for q in session.questions]
    assert again.index == 3 and again.correct_count == 3
    assert again.current.id == current.id
    assert again.options(again.current) == session.options(current)
    assert again.time_left() == pytest.approx(585)


def test_state_from_another_bank_or_damaged(bank: Bank) -> None:
    state = QuizSession.start(bank, seed=1).to_state()
    with pytest.raises(SessionError, match="belongs to bank"):
        QuizSession.from_state(bank, {**state, "bank": "other"})
    with pytest.raises(SessionError, match="no longer in the bank"):
        QuizSession.from_state(bank, {**state, "questions": ["gone"]})
    with pytest.raises(SessionError, match="damaged"):
        QuizSession.from_state(bank, {**state, "seed": "x"})
    with pytest.raises(SessionError, match="do not match"):
        QuizSession.from_state(bank, {**state, "answers": [
            {"id": "nope", "response": 1, "correct": True, "score": 1, "seconds": 1}]})
    with pytest.raises(SessionError, match="another factdeck version"):
        QuizSession.from_state(bank, {**state, "format": 99})


def test_every_shipped_question_is_gradable(shipped_bank_path: Path) -> None:
    shipped = load_bank(shipped_bank_path)
    session = QuizSession(shipped, shipped.questions, seed=1, mode="test")  # every question
    while session.current is not None:
        question = session.current
        _, verdict = session.answer(right_response(session, question))
        assert verdict.correct, question.id
    assert session.correct_count == len(shipped.questions)


@pytest.mark.parametrize("filters", [{}, {"count": 3}, {"count": 50}, {"topics": ["dates"]},
                                     {"kinds": ["choice", "order", "match"], "count": 2},
                                     {"tags": ["bell", "lakes"]}])
def test_the_order_for_a_seed_is_the_same_built_or_lazy_and_as_before(filters: dict) -> None:
    eager = load_bank(BANK)
    lazy = lazily_built(eager)
    for seed in range(6):
        a = QuizSession.start(eager, seed=seed, **filters)
        b = QuizSession.start(lazy, seed=seed, **filters)
        assert isinstance(b.questions, LazyQuestions)
        assert b.question_ids() == [q.id for q in a.questions] == a.question_ids()
        assert list(b.questions) == a.questions
        assert [b.options(q) for q in b.questions] == [a.options(q) for q in a.questions]
        # the order of the sessions before questions could be built lazily
        wanted = {key: filters[key] for key in ("topics", "kinds", "tags") if key in filters}
        selected = eager.select(**wanted) if wanted else eager.questions
        rng = random.Random(f"{seed}:questions")
        count = filters.get("count")
        if count is not None and count < len(selected):
            before = rng.sample(selected, count)
        else:
            before = list(selected)
            rng.shuffle(before)
        assert a.questions == before[:count]
        # once the first question shows, the rest go in an order where none gives a later
        # one away
        a.settle_order()
        b.settle_order()
        settled = [before[:count][i] for i in spoiler_free(before[:count], feedback=True,
                                                            shown=1)]
        assert a.questions == settled and list(b.questions) == settled


def test_a_lazy_session_builds_only_the_questions_it_shows(monkeypatch) -> None:  # noqa: ANN001
    # the no-giveaway order (made on the first answer) reads the next GIVEAWAY_POOL
    # questions; beyond them (here: all) a lazy bank builds only what it shows
    monkeypatch.setattr(session_module, "GIVEAWAY_POOL", 0)
    eager = load_bank(BANK)
    lazy = lazily_built(eager)
    clock = FakeClock()
    session = QuizSession.start(lazy, seed=4, mode="test", clock=clock)
    assert built(lazy) == 0 and session.total == len(eager.questions)
    first = session.current
    assert built(lazy) == 1
    session.answer(right_response(session, first))
    state = json.loads(json.dumps(session.to_state()))
    assert built(lazy) == 1
    again = QuizSession.from_state(lazy, state, clock=clock)
    assert again.question_ids() == session.question_ids() and built(lazy) == 1
    assert again.current == session.current and built(lazy) == 2
    assert QuizSession.start(lazy, seed=4, tags=["lakes"]).total == 1 and built(lazy) == 2
    # the end of a session reads every question it asked, with the same results as when built
    twin = QuizSession.start(eager, seed=4, mode="test", clock=clock)
    twin.answer(right_response(twin, twin.current))
    session.stop()
    twin.stop()
    assert session.score_by_topic() == twin.score_by_topic()
    assert session.missed() == twin.missed()
    assert session.retry_missed().question_ids() == twin.retry_missed().question_ids()
    before = twin.missed()  # the order of a retry before questions could be built lazily
    random.Random(f"{twin.seed + 1}:questions").shuffle(before)
    assert twin.retry_missed().questions == before
