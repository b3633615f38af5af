"""Study statistics: what the stats screen and ``factdeck stats`` show.

Computed from the progress store with a few aggregate queries, so they stay
quick with a long history. Days are the learner's local days (the study log's
time zone); topic and kind are those a question had when it was answered, so
answers to questions since removed from a bank still count.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from factdeck.bank.model import Bank, Kind, Topic
from factdeck.study import scheduling
from factdeck.study.log import StudyLog, day_start
from factdeck.study.progress import utc_text


@dataclass(frozen=True, slots=True)
class Tally:
    """Right answers out of all answers."""

    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        """The share of right answers (0 to 1), or None before any answer."""
        return self.correct / self.total if self.total else None

    def to_json(self) -> dict[str, Any]:
        return {"correct": self.correct, "answered": self.total, "accuracy": self.accuracy}


@dataclass(frozen=True, slots=True)
class Missed:
    """A question answered wrongly at least once."""

    bank: str
    question: str
    wrong: int
    total: int
    prompt: str | None = None  # known when the bank is given and still has the question

    def to_json(self) -> dict[str, Any]:
        return {"bank": self.bank, "question": self.question, "wrong": self.wrong,
                "answered": self.total, "prompt": self.prompt}


@dataclass(frozen=True, slots=True)
class Day:
    """One local day of activity."""

    day: date
    total: int = 0
    correct: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"day": self.day.isoformat(), "answered": self.total, "correct": self.correct}


@dataclass(frozen=True)
class Stats:
    """Everything the statistics views show, for one bank or for all."""

    bank: str | None
    overall: Tally
    by_topic: dict[str, Tally]
    by_kind: dict[str, Tally]
    due_now: int
    due_today: int
    due_week: int
    new: int | None  # never-answered questions; known only for a given bank
    most_missed: list[Missed]
    activity: list[Day]  # oldest first, one entry per day, empty days included
    banks: list[str] = field(default_factory=list)

    @property
    def answered(self) -> int:
        return self.overall.total

    def to_json(self) -> dict[str, Any]:
        """Plain data for ``factdeck stats --json``."""
        return {
            "bank": self.bank,
            "banks": self.banks,
            "answered": self.overall.total,
            "correct": self.overall.correct,
            "accuracy": self.overall.accuracy,
            "by_topic": {k: v.to_json() for k, v in self.by_topic.items()},
            "by_kind": {k: v.to_json() for k, v in self.by_kind.items()},
            "due": {"now": self.due_now, "today": self.due_today, "week": self.due_week},
            "new": self.new,
            "most_missed": [m.to_json() for m in self.most_missed],
            "activity": [d.to_json() for d in self.activity],
        }


def compute(log: StudyLog, bank: Bank | None = None, *, now: datetime | None = None,
            days: int = 30, missed: int = 5,
            find_bank: Callable[[str], Bank | None] | None = None) -> Stats:
    """Statistics of one bank (only its current questions count as due) or of all banks.

    ``find_bank`` finds a bank by name, so that the statistics of all banks can show
    the prompts of the most missed questions rather than their ids.
    """
    when = scheduling.utc(now)
    store = log.store
    name = bank.name if bank is not None else None
    where, params = ("WHERE bank = ?", [name]) if name is not None else ("", [])

    # one pass over the events: right/total per (bank, question, topic, kind)
    groups = store.query(
        "SELECT bank, question, topic, kind, sum(correct), count(*) FROM events "
        f"{where} GROUP BY bank, question, topic, kind", params)
    correct = sum(g[4] for g in groups)
    total = sum(g[5] for g in groups)
    by_topic = _tallies(groups, 2, [t.value for t in Topic])
    by_kind = _tallies(groups, 3, [k.value for k in Kind])

    today = day_start(when, log.zone)
    tomorrow = day_start(today + timedelta(hours=36), log.zone)
    week_end = day_start(today + timedelta(days=7, hours=12), log.zone)
    cards = store.query(f"SELECT bank, question, due FROM cards {where}", params)
    if bank is not None:
        ids = set(bank.question_ids)
        cards = [c for c in cards if c[1] in ids]
    now_text, today_end, week_text = utc_text(when), utc_text(tomorrow), utc_text(week_end)
    due_now = sum(1 for c in cards if c[2] <= now_text)
    due_today = sum(1 for c in cards if c[2] < today_end)
    due_week = sum(1 for c in cards if c[2] < week_text)
    new = None
    if bank is not None:
        seen = {c[1] for c in cards}
        new = sum(1 for qid in bank.question_ids if qid not in seen)

    per_question: dict[tuple[str, str], list[int]] = {}
    for b, qid, _topic, _kind, right, n in groups:
        tally = per_question.setdefault((b, qid), [0, 0])
        tally[0] += n - right
        tally[1] += n
    ranked = sorted(((wrong, n, b, qid) for (b, qid), (wrong, n) in per_question.items()
                     if wrong > 0), key=lambda r: (-r[0], r[1], r[2], r[3]))
    most_missed = []
    for wrong, n, b, qid in ranked[:missed]:
        source = bank if bank is not None else find_bank(b) if find_bank is not None else None
        question = source.question(qid) if source is not None else None
        most_missed.append(Missed(b, qid, wrong, n, question.prompt if question else None))

    return Stats(
        bank=name,
        overall=Tally(correct, total),
        by_topic=by_topic,
        by_kind=by_kind,
        due_now=due_now,
        due_today=due_today,
        due_week=due_week,
        new=new,
        most_missed=most_missed,
        activity=activity(log, name, now=when, days=days),
        banks=[name] if name is not None else sorted({g[0] for g in groups}
                                                      | {c[0] for c in cards}),
    )


def _tallies(groups: list[Any], column: int, order: list[str]) -> dict[str, Tally]:
    """Right/total summed by one column of the grouped rows, in the contract's order."""
    sums: dict[str, list[int]] = {}
    for row in groups:
        entry = sums.setdefault(row[column] or "unknown", [0, 0])
        entry[0] += row[4]
        entry[1] += row[5]
    rank = {value: i for i, value in enumerate(order)}
    return {name: Tally(c, n) for name, (c, n) in
            sorted(sums.items(), key=lambda item: (rank.get(item[0], len(rank)), item[0]))}


def activity(log: StudyLog, bank: str | None = None, *, now: datetime | None = None,
             days: int = 30) -> list[Day]:
    """Answers per local day over the last ``days`` days (today included), oldest first.

    Grouping happens in SQL with the zone's current UTC offset; around a DST change
    an answer given in the hour that moved may land on the neighbouring day.
    """
    when = scheduling.utc(now)
    local_now = when.astimezone(log.zone)
    first = local_now.date() - timedelta(days=days - 1)
    start = day_start(when - timedelta(days=days - 1), log.zone)
    offset = local_now.utcoffset() or timedelta(0)
    modifier = f"{int(offset.total_seconds() // 60):+d} minutes"
    sql = ("SELECT date(at, ?) AS day, count(*), sum(correct) FROM events WHERE at >= ?"
           + (" AND bank = ?" if bank is not None else "") + " GROUP BY day")
    params: list[Any] = [modifier, utc_text(start)] + ([bank] if bank is not None else [])
    counts = {row[0]: (row[1], row[2]) for row in log.store.query(sql, params)}
    out = []
    for i in range(days):
        day = first + timedelta(days=i)
        total, correct = counts.get(day.isoformat(), (0, 0))
        out.append(Day(day, total, correct))
    return out


BARS = " ▁▂▃▄▅▆▇█"


def sparkline(values: list[int]) -> str:
    """A one-line chart of counts with block characters (a blank for zero)."""
    top = max(values, default=0)
    if top <= 0:
        return " " * len(values)
    return "".join(BARS[0] if v <= 0 else BARS[max(1, round(v / top * (len(BARS) - 1)))]
                   for v in values)
