"""Statistics from the progress store, with fixed times."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from factdeck.bank.model import Bank, ChoiceQuestion, DateQuestion, Evidence, Topic
from factdeck.study import stats
from factdeck.study.log import StudyLog

T0 = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
EV = (Evidence("a1", "quote"),)


def bank_of(n: int, title: str = "Deck") -> Bank:
    qs = []
    for i in range(n):
        if i % 2:
            qs.append(DateQuestion(id=f"q{i}", topic=Topic.DATES, prompt=f"When {i}?",
                                   evidence=EV, answer="2016"))
        else:
            qs.append(ChoiceQuestion(id=f"q{i}", topic=Topic.PEOPLE, prompt=f"Who {i}?",
                                     evidence=EV, answer="A", distractors=("B",)))
    return Bank(title=title, questions=tuple(qs))


@pytest.fixture
def log(tmp_path):
    with StudyLog.open(tmp_path / "p.sqlite3") as opened:
        opened.zone = UTC
        yield opened


def answer(log, bank, qid, correct, when):
    log.record(bank, bank.question(qid), given="x", correct=correct, seconds=2, mode="quiz",
               now=when)


def test_empty_store(log):
    s = stats.compute(log, now=T0)
    assert s.answered == 0 and s.overall.accuracy is None
    assert s.by_topic == {} and s.most_missed == []
    assert len(s.activity) == 30 and all(d.total == 0 for d in s.activity)
    assert s.new is None
    json.dumps(s.to_json())


def test_counts_accuracy_topics_kinds_and_missed(log):
    bank = bank_of(4)
    answer(log, bank, "q0", True, T0 - timedelta(days=2))
    answer(log, bank, "q1", False, T0 - timedelta(days=2))
    answer(log, bank, "q1", False, T0 - timedelta(days=1))
    answer(log, bank, "q1", True, T0 - timedelta(hours=1))
    answer(log, bank, "q2", False, T0 - timedelta(hours=1))
    s = stats.compute(log, bank, now=T0, days=3)
    assert (s.overall.correct, s.overall.total) == (2, 5)
    assert s.overall.accuracy == pytest.approx(0.4)
    assert list(s.by_topic) == ["dates", "people"]  # contract order
    assert s.by_topic["people"] == stats.Tally(1, 2)
    assert s.by_topic["dates"] == stats.Tally(1, 3)
    assert s.by_kind == {"choice": stats.Tally(1, 2), "date": stats.Tally(1, 3)}
    assert [(m.question, m.wrong, m.total) for m in s.most_missed] == [("q1", 2, 3),
                                                                          ("q2", 1, 1)]
    assert s.most_missed[0].prompt == "When 1?"
    assert [(d.day, d.total, d.correct) for d in s.activity] == [
        (date(2026, 3, 8), 2, 1), (date(2026, 3, 9), 1, 0), (date(2026, 3, 10), 2, 1)]
    assert s.new == 1  # q3 never answered


def test_due_now_today_and_this_week(log):
    bank = bank_of(3)
    answer(log, bank, "q0", False, T0 - timedelta(minutes=30))  # due 1 minute later: overdue
    answer(log, bank, "q1", True, T0)  # due at 9:10 today
    s = stats.compute(log, bank, now=T0)
    assert (s.due_now, s.due_today, s.due_week) == (1, 2, 2)
    # a card in review state is due days later: counted this week, not today
    card_q2 = T0 - timedelta(days=1)
    for minutes in (0, 10, 30):
        answer(log, bank, "q2", True, card_q2 + timedelta(minutes=minutes))
    due_q2 = log.due_at(bank, bank.question("q2"))
    assert T0 + timedelta(days=1) < due_q2 < T0 + timedelta(days=6)
    s = stats.compute(log, bank, now=T0)
    assert (s.due_now, s.due_today, s.due_week) == (1, 2, 3)


def test_removed_questions_count_in_history_not_in_due(log, tmp_path):
    bank = bank_of(2)
    answer(log, bank, "q1", False, T0 - timedelta(hours=1))
    edited = Bank(title="Deck", questions=bank.questions[:1])
    s = stats.compute(log, edited, now=T0)
    assert s.answered == 1 and s.due_now == 0
    assert s.most_missed[0].question == "q1" and s.most_missed[0].prompt is None


def test_all_banks_and_bank_filter(log):
    one, two = bank_of(2, "One"), bank_of(2, "Two")
    answer(log, one, "q0", True, T0)
    answer(log, two, "q0", False, T0)
    assert stats.compute(log, now=T0).answered == 2
    assert stats.compute(log, now=T0).banks == ["one", "two"]
    assert stats.compute(log, one, now=T0).answered == 1


def test_activity_uses_local_days(log):
    bank = bank_of(1)
    log.zone = timezone(timedelta(hours=-5))
    # 03:00 UTC on 10 March is 22:00 on 9 March at UTC-5
    answer(log, bank, "q0", True, datetime(2026, 3, 10, 3, 0, tzinfo=UTC))
    days = stats.activity(log, now=T0, days=2)
    assert [(d.day, d.total) for d in days] == [(date(2026, 3, 9), 1), (date(2026, 3, 10), 0)]


def test_sparkline():
    assert stats.sparkline([0, 1, 2, 4, 8]) == " ▁▂▄█"
    assert stats.sparkline([0, 0]) == "  "
    assert stats.sparkline([]) == ""
