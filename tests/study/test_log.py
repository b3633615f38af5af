"""The study log the quiz app uses: recording, review order, daily new limit, resume,
import/export, and two processes answering at once."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from factdeck.bank.model import (
    Bank,
    ChoiceQuestion,
    DateQuestion,
    Evidence,
    ShortQuestion,
    Topic,
    TrueFalseQuestion,
)
from factdeck.errors import ProgressError
from factdeck.study import scheduling
from factdeck.study.log import StudyLog, day_start
from factdeck.study.progress import parse_utc

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
EV = (Evidence("a1", "quote"),)


def make_questions(n: int = 4) -> tuple:
    kinds = [
        lambda i: ChoiceQuestion(id=f"q{i}", topic=Topic.PEOPLE, prompt=f"Who {i}?",
                                 evidence=EV, answer="A", distractors=("B", "C")),
        lambda i: DateQuestion(id=f"q{i}", topic=Topic.DATES, prompt=f"When {i}?",
                               evidence=EV, answer="2016-10"),
        lambda i: TrueFalseQuestion(id=f"q{i}", topic=Topic.QUOTES, prompt=f"Said {i}.",
                                    evidence=EV, answer=True),
        lambda i: ShortQuestion(id=f"q{i}", topic=Topic.POSITIONS, prompt=f"Post {i}?",
                                evidence=EV, answer="minister"),
    ]
    return tuple(kinds[i % len(kinds)](i) for i in range(n))


def make_bank(n: int = 4, path: Path | None = None) -> Bank:
    return Bank(title="Test deck", questions=make_questions(n), path=path)


@pytest.fixture
def log(tmp_path):
    with StudyLog.open(tmp_path / "progress.sqlite3") as opened:
        opened.zone = UTC
        yield opened


def test_open_defaults_to_the_user_progress_file(factdeck_home):
    with StudyLog.open() as log:
        assert log.path == factdeck_home / "progress.sqlite3"
        assert log.path.exists()
        assert log.notice is None


def test_record_stores_event_and_schedule(log):
    bank = make_bank()
    q = bank.questions[1]
    log.record(bank, q, given="2016-11", correct=False, seconds=4.2, mode="practice", now=T0)
    (event,) = log.history(bank)
    assert (event.bank, event.question, event.mode, event.given) == (
        "test-deck", "q1", "practice", "2016-11")
    assert event.correct is False and event.seconds == 4.2 and event.rating == 1
    assert (event.topic, event.kind) == ("dates", "date")
    assert parse_utc(event.at) == T0
    assert log.due_at(bank, q) == T0 + timedelta(minutes=1)


def test_record_is_visible_to_another_connection_at_once(log):
    bank = make_bank()
    log.record(bank, bank.questions[0], given="A", correct=True, seconds=1, mode="quiz")
    with StudyLog.open(log.path) as other:
        assert len(other.history(bank)) == 1


def test_every_record_is_committed_before_it_returns(log):
    bank = make_bank()
    with StudyLog.open(log.path) as other:
        for i in range(6):  # the first loads the bank's schedule, the others use it
            log.record(bank, bank.questions[i % 2], given=str(i), correct=i % 3 > 0,
                       seconds=1, mode="quiz", now=T0 + timedelta(minutes=i))
            assert not log.store.conn.in_transaction
            assert [e.given for e in other.history(bank)] == [str(n) for n in range(i + 1)]
        for q in bank.questions[:2]:
            history = [(parse_utc(e.at), e.rating) for e in other.history(bank, q)]
            assert other.due_at(bank, q) == scheduling.replay("test-deck", q.id, history).due


def test_an_answer_timed_before_the_last_stored_one_is_still_recorded(log):
    bank = make_bank(2)
    first, second = bank.questions[:2]
    log.record(bank, first, given="A", correct=True, seconds=1, mode="quiz", now=T0)
    with StudyLog.open(log.path) as other:  # a window whose clock is ahead
        other.record(bank, first, given="A", correct=True, seconds=1, mode="quiz",
                     now=T0 + timedelta(hours=2))
    log.record(bank, second, given="A", correct=False, seconds=1, mode="quiz",
               now=T0 + timedelta(hours=1))
    log.record(bank, second, given="A", correct=True, seconds=1, mode="quiz",
               now=T0 + timedelta(hours=3))
    assert [e.question for e in log.history(bank)] == ["q0", "q1", "q0", "q1"]
    for q in (first, second):
        history = [(parse_utc(e.at), e.rating) for e in log.history(bank, q)]
        assert log.due_at(bank, q) == scheduling.replay("test-deck", q.id, history).due


def test_right_answer_is_due_later_than_wrong_one(log):
    bank = make_bank()
    right, wrong = bank.questions[0], bank.questions[2]
    log.record(bank, right, given="A", correct=True, seconds=2, mode="quiz", now=T0)
    log.record(bank, wrong, given="False", correct=False, seconds=2, mode="quiz", now=T0)
    assert log.due_at(bank, wrong) < log.due_at(bank, right)


def test_review_queue_due_first_most_overdue_first_then_new(log):
    bank = make_bank(6)
    q = bank.questions
    # q3 answered first (due earliest), then q0, then q4; all wrong -> due 1 minute later
    for minutes, question in ((0, q[3]), (5, q[0]), (10, q[4])):
        log.record(bank, question, given="x", correct=False, seconds=1, mode="review",
                   now=T0 + timedelta(minutes=minutes))
    # q5 answered right: due 10 minutes later, not yet due at T0+12min
    log.record(bank, q[5], given="x", correct=True, seconds=1, mode="review",
               now=T0 + timedelta(minutes=11))
    queue = log.review_queue(bank, q, now=T0 + timedelta(minutes=12))
    assert [x.id for x in queue] == ["q3", "q0", "q4", "q1", "q2"]
    assert log.due_count(bank, now=T0 + timedelta(minutes=12)) == 3
    assert log.due_count(bank, now=T0 + timedelta(minutes=30)) == 4
    assert log.new_count(bank) == 2


def test_daily_new_limit_counts_questions_started_today(log):
    bank = make_bank(10)
    q = bank.questions
    assert len(log.review_queue(bank, q, now=T0, new_limit=3)) == 3
    for question in q[:2]:  # two new ones started today, answered right: not due yet
        log.record(bank, question, given="A", correct=True, seconds=1, mode="review", now=T0)
    later = T0 + timedelta(minutes=1)
    assert [x.id for x in log.review_queue(bank, q, now=later, new_limit=3)] == ["q2"]
    assert log.review_queue(bank, q, now=later, new_limit=2) == []
    tomorrow = day_start(T0, UTC) + timedelta(days=1, hours=1)
    queue = log.review_queue(bank, q, now=tomorrow, new_limit=3)
    assert [x.id for x in queue] == ["q0", "q1", "q2", "q3", "q4"]  # 2 due + 3 new


def test_removed_questions_keep_history_but_are_not_shown(log, tmp_path):
    path = tmp_path / "deck" / "bank.yaml"
    bank = make_bank(3, path)
    log.record(bank, bank.questions[2], given="x", correct=False, seconds=1, mode="quiz",
               now=T0)
    edited = Bank(title="Test deck", questions=bank.questions[:2], path=path)
    later = T0 + timedelta(hours=1)
    assert [x.id for x in log.review_queue(edited, edited.questions, now=later)] == ["q0", "q1"]
    assert log.due_count(edited, now=later) == 0
    assert len(log.history(edited)) == 1  # the removed question's answer is kept
    assert log.due_count(bank, now=later) == 1  # and it comes back if the question does


def test_a_filtered_selection_only_queues_its_questions(log):
    bank = make_bank(4)
    for question in bank.questions:
        log.record(bank, question, given="x", correct=False, seconds=1, mode="quiz", now=T0)
    chosen = bank.select(topics=["dates"])
    queue = log.review_queue(bank, chosen, now=T0 + timedelta(hours=1))
    assert [x.id for x in queue] == ["q1"]


def test_banks_are_kept_apart(log, tmp_path):
    one = make_bank(2, tmp_path / "one" / "bank.yaml")
    two = make_bank(2, tmp_path / "two.yaml")
    log.record(one, one.questions[0], given="x", correct=False, seconds=1, mode="quiz", now=T0)
    later = T0 + timedelta(hours=1)
    assert log.due_count(one, now=later) == 1
    assert log.due_count(two, now=later) == 0
    assert [e.bank for e in log.store.events()] == ["one"]


def test_resume_round_trip(log):
    bank = make_bank()
    assert log.load_resume(bank) is None
    log.save_resume(bank, {"seed": 7, "position": 3, "answers": [{"q": "q0"}]})
    with StudyLog.open(log.path) as other:
        assert other.load_resume(bank) == {"seed": 7, "position": 3, "answers": [{"q": "q0"}]}
    log.clear_resume(bank)
    assert log.load_resume(bank) is None


def test_export_import_moves_history_without_duplicates(log, tmp_path):
    bank = make_bank(3)
    q = bank.questions
    log.record(bank, q[0], given="A", correct=True, seconds=1, mode="quiz", now=T0)
    log.record(bank, q[1], given="1999", correct=False, seconds=3, mode="quiz",
               now=T0 + timedelta(minutes=1))
    log.save_resume(bank, {"position": 2})
    exported = tmp_path / "out" / "progress.json"
    assert log.export_file(exported, now=T0) == 2
    data = json.loads(exported.read_text())
    assert data["factdeck_progress"] == 1 and len(data["events"]) == 2

    with StudyLog.open(tmp_path / "other.sqlite3") as other:
        # the other machine has its own answer to q1, later
        other.record(bank, q[1], given="2016-10", correct=True, seconds=2, mode="quiz",
                     now=T0 + timedelta(days=1))
        result = other.import_file(exported)
        assert (result.events_added, result.events_skipped) == (2, 0)
        again = other.import_file(exported)
        assert (again.events_added, again.events_skipped) == (0, 2)
        assert len(other.history(bank)) == 3
        assert other.load_resume(bank) == {"position": 2}
        # the schedule of q1 follows from both histories, in time order
        expected = scheduling.replay("test-deck", "q1", [
            (T0 + timedelta(minutes=1), 1), (T0 + timedelta(days=1), 3)])
        assert other.due_at(bank, q[1]) == expected.due
        assert other.due_at(bank, q[0]) == T0 + timedelta(minutes=10)


def test_open_errors_are_progress_errors(tmp_path):
    (tmp_path / "dir.sqlite3").mkdir()
    with pytest.raises(ProgressError):
        StudyLog.open(tmp_path / "dir.sqlite3")


def test_corrupt_store_gives_notice_and_fresh_store(tmp_path):
    path = tmp_path / "progress.sqlite3"
    path.write_bytes(b"\x00garbage" * 100)
    with StudyLog.open(path) as log:
        assert log.notice and "moved it to" in log.notice
        bank = make_bank()
        log.record(bank, bank.questions[0], given="A", correct=True, seconds=1, mode="quiz")
        assert len(log.history(bank)) == 1


WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from factdeck.bank.model import Bank, ChoiceQuestion, Evidence, Topic
    from factdeck.study.log import StudyLog

    path, tag, count, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    qs = tuple(ChoiceQuestion(id=f"q{i}", topic=Topic.PEOPLE, prompt="?",
                              evidence=(Evidence("a", "b"),), answer="A", distractors=("B",))
               for i in range(3))
    bank = Bank(title="Shared", questions=qs)
    log = StudyLog.open(Path(path))
    print("ready", flush=True)
    while not go.exists():
        pass
    for i in range(count):
        log.record(bank, qs[i % 3], given=f"{tag}-{i}", correct=i % 2 == 0, seconds=1.0,
                   mode="quiz")
    log.close()
""")


def test_two_processes_answering_at_once_lose_no_events(tmp_path):
    path = tmp_path / "progress.sqlite3"
    StudyLog.open(path).close()
    go = tmp_path / "go"
    count = 300
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), tag, str(count),
                               str(go)], stdout=subprocess.PIPE, text=True)
             for tag in ("left", "right")]
    for proc in procs:
        assert proc.stdout.readline().strip() == "ready"
    go.touch()
    for proc in procs:
        assert proc.wait(timeout=60) == 0
    bank = Bank(title="Shared", questions=make_questions(3))
    with StudyLog.open(path) as log:
        events = log.history(bank)
        given = {e.given for e in events}
        assert len(events) == 2 * count
        assert given == {f"{tag}-{i}" for tag in ("left", "right") for i in range(count)}
        # each question's schedule is the result of every answer to it, in order
        for question in bank.questions:
            history = [(parse_utc(e.at), e.rating) for e in events if e.question == question.id]
            expected = scheduling.replay("shared", question.id, history)
            assert log.due_at(bank, question) == expected.due


def test_a_question_edited_under_the_same_id_keeps_its_history(log, tmp_path):
    path = tmp_path / "deck" / "bank.yaml"
    bank = make_bank(2, path)
    log.record(bank, bank.questions[0], given="B", correct=False, seconds=1, mode="quiz",
               now=T0)
    reworded = ChoiceQuestion(id="q0", topic=Topic.PEOPLE, prompt="Who, in other words?",
                              evidence=EV, answer="A", distractors=("B", "D"))
    edited = Bank(title="Test deck", questions=(reworded, bank.questions[1]), path=path)
    assert [e.question for e in log.history(edited, reworded)] == ["q0"]
    later = T0 + timedelta(hours=1)
    assert log.review_queue(edited, edited.questions, now=later)[0] is reworded


def test_a_slow_right_answer_is_rated_hard_and_comes_back_sooner(log):
    bank = make_bank(8)
    quick, slow = bank.questions[0], bank.questions[4]  # both choice questions
    log.record(bank, quick, given="A", correct=True, seconds=5, mode="quiz", now=T0)
    log.record(bank, slow, given="A", correct=True, seconds=120, mode="quiz", now=T0)
    assert [e.rating for e in log.history(bank)] == [3, 2]
    assert log.due_at(bank, slow) < log.due_at(bank, quick)


def test_a_clock_that_goes_back_does_not_break_recording(log):
    bank = make_bank(1)
    q = bank.questions[0]
    log.record(bank, q, given="A", correct=True, seconds=1, mode="quiz",
               now=T0 + timedelta(days=3))
    log.record(bank, q, given="A", correct=True, seconds=1, mode="quiz", now=T0)
    assert len(log.history(bank)) == 2 and log.due_at(bank, q) > T0


def test_another_writer_is_seen_by_the_next_record(log):
    bank = make_bank(1)
    q = bank.questions[0]
    log.record(bank, q, given="A", correct=False, seconds=1, mode="quiz", now=T0)
    with StudyLog.open(log.path) as other:  # a second window answers the same question
        other.record(bank, q, given="A", correct=True, seconds=1, mode="quiz",
                     now=T0 + timedelta(minutes=2))
    log.record(bank, q, given="A", correct=True, seconds=1, mode="quiz",
               now=T0 + timedelta(minutes=20))
    history = [(parse_utc(e.at), e.rating) for e in log.history(bank)]
    assert len(history) == 3
    assert log.due_at(bank, q) == scheduling.replay("test-deck", "q0", history).due


def test_a_store_damaged_while_open_gives_a_progress_error(log):
    bank = make_bank(1)
    log.store.conn.execute("DROP TABLE cards")
    with pytest.raises(ProgressError, match="cannot save the answer"):
        log.record(bank, bank.questions[0], given="A", correct=True, seconds=1, mode="quiz")
    with pytest.raises(ProgressError, match="cannot read"):
        log.due_count(bank)
    assert not log.store.conn.in_transaction


def test_a_damaged_schedule_is_rebuilt_from_its_answers(log):
    bank = make_bank(1)
    q = bank.questions[0]
    for minutes, correct in ((0, False), (5, True)):
        log.record(bank, q, given="A", correct=correct, seconds=1, mode="quiz",
                   now=T0 + timedelta(minutes=minutes))
    with StudyLog.open(log.path) as other:
        other.store.conn.execute("UPDATE cards SET card = '{\"broken\": 1}'")
    log.record(bank, q, given="A", correct=True, seconds=1, mode="quiz",
               now=T0 + timedelta(minutes=30))
    history = [(parse_utc(e.at), e.rating) for e in log.history(bank)]
    assert log.due_at(bank, q) == scheduling.replay("test-deck", "q0", history).due


def test_a_card_another_window_created_meanwhile_keeps_its_history(log):
    bank = make_bank(2)
    first, second = bank.questions[:2]
    log.record(bank, first, given="A", correct=True, seconds=1, mode="quiz", now=T0)
    with StudyLog.open(log.path) as other:  # answers a question this window never saw
        other.record(bank, second, given="A", correct=False, seconds=1, mode="quiz",
                     now=T0 + timedelta(minutes=1))
    log.record(bank, second, given="A", correct=True, seconds=1, mode="quiz",
               now=T0 + timedelta(minutes=30))
    history = [(parse_utc(e.at), e.rating) for e in log.history(bank, second)]
    assert len(history) == 2
    assert log.due_at(bank, second) == scheduling.replay("test-deck", second.id, history).due
    seen = {c.question: c.first_seen for c in log.store.cards(bank.name)}
    assert seen[second.id] == "2026-03-02T09:01:00.000000Z"
