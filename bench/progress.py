"""Benchmark: recording one answer and choosing the next question, with 100k events stored.

Compares against a bare SQLite insert+commit (same WAL/NORMAL settings, same
disk, same run, interleaved round by round so that a busy machine slows all
alike): the figures are ratios that do not depend on the machine.
Targets (issue #4): recording < 3x the bare commit; next question < 20 ms.

    .venv/bin/python bench/progress.py [--events 100000] [--rounds 3000]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from factdeck.bank.model import Bank, ChoiceQuestion, Evidence, Topic
from factdeck.study import scheduling
from factdeck.study.log import StudyLog
from factdeck.study.progress import (
    INSERT_EVENT,
    RECORD_ANSWER,
    UPSERT_CARD,
    ProgressStore,
    utc_text,
)

QUESTIONS = 500


def make_bank(name: str) -> Bank:
    qs = tuple(ChoiceQuestion(id=f"q{i:04d}", topic=Topic.PEOPLE, prompt=f"Question {i}?",
                              evidence=(Evidence("a", "quote"),), answer="A",
                              distractors=("B", "C")) for i in range(QUESTIONS))
    return Bank(title=name, questions=qs, path=Path("decks") / name / "bank.yaml")


def fill(path: Path, banks: list[Bank], events: int) -> None:
    """Store ``events`` answers spread over the banks, with matching cards."""
    start = datetime.now(UTC) - timedelta(days=90)
    store = ProgressStore.open(path)
    with store.write() as conn:
        rows, cards = [], {}
        for n in range(events):
            bank = banks[n % len(banks)]
            question = bank.questions[(n * 7) % QUESTIONS]
            when = start + timedelta(seconds=n * 60)
            correct = n % 3 != 0
            rows.append((ProgressStore.new_uid(), bank.name, question.id, utc_text(when),
                         "review", "A", int(correct), 3.0, 3 if correct else 1, "people",
                         "choice"))
            cards[(bank.name, question.id)] = when
        conn.executemany(INSERT_EVENT, rows)
        for (bank_name, qid), when in cards.items():
            card = scheduling.review(scheduling.new_card(bank_name, qid, when), 3, when)
            conn.execute(UPSERT_CARD, (bank_name, qid, scheduling.dump_card(card),
                                       utc_text(card.due), utc_text(when), utc_text(when)))
    store.close()


class Bare:
    """The baseline: one small row inserted and committed, same settings as the store."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT, c INTEGER,"
                          " d REAL)")

    def __call__(self, i: int) -> None:
        self.conn.execute("BEGIN")
        self.conn.execute("INSERT INTO t (a, b, c, d) VALUES (?,?,?,?)", ("bank", f"q{i}", 1, 2.5))
        self.conn.execute("COMMIT")


def store_writes(log: StudyLog, bank: Bank) -> Callable[[int], None]:
    """record()'s statement alone (RECORD_ANSWER, precomputed cards): the storage part
    of recording, without the FSRS computation."""
    card = scheduling.review(scheduling.new_card(bank.name, "q", datetime.now(UTC)), 3)
    base, due = scheduling.dump_card(card), utc_text(card.due)
    stored = {qid: text for qid, text in log.store.query(
        "SELECT question, card FROM cards WHERE bank = ?", (bank.name,))}

    def write(i: int) -> None:
        at = utc_text(datetime.now(UTC))
        qid = bank.questions[i % QUESTIONS].id
        text = f"{base} {i}"  # a new card text each time, as a real answer makes
        log.store.cursor.execute(RECORD_ANSWER, (
            ProgressStore.new_uid(), bank.name, qid, at, "review", "A", 1, 4.0, 3, "people",
            "choice", text, due, at, stored.get(qid)))
        stored[qid] = text
    return write


def interleaved(rounds: int, ops: dict[str, Callable[[int], object]]) -> dict[str, list[float]]:
    """Run the operations in turn, round after round."""
    times: dict[str, list[float]] = {name: [] for name in ops}
    for i in range(rounds):
        for name, op in ops.items():
            t = time.perf_counter()
            op(i)
            times[name].append(time.perf_counter() - t)
    return times


def describe(label: str, times: list[float]) -> float:
    median = statistics.median(times)
    p95 = sorted(times)[int(len(times) * 0.95)]
    print(f"{label:<36} median {median * 1e6:9.1f} us   p95 {p95 * 1e6:9.1f} us")
    return median


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3000)
    args = parser.parse_args()
    banks = [make_bank(f"bench-deck-{i}") for i in range(4)]
    with tempfile.TemporaryDirectory(prefix="factdeck-bench-") as tmp:
        folder = Path(tmp)
        t = time.perf_counter()
        fill(folder / "progress.sqlite3", banks, args.events)
        print(f"stored {args.events} events and {len(banks) * QUESTIONS} cards "
              f"in {time.perf_counter() - t:.1f} s")
        with StudyLog.open(folder / "progress.sqlite3") as log:
            assert log.store.event_count() == args.events
            bank = banks[0]
            first = time.perf_counter()
            log.record(bank, bank.questions[0], given="A", correct=True, seconds=4.0,
                       mode="review")
            first = time.perf_counter() - first
            times = interleaved(args.rounds, {
                "bare": Bare(folder / "bare.sqlite3"),
                "record": lambda i: log.record(bank, bank.questions[i % QUESTIONS], given="A",
                                               correct=i % 4 != 0, seconds=4.0,
                                               mode="review"),
                "writes": store_writes(log, banks[1]),  # another bank: no conflicts with record
            })
            bare = describe("bare insert+commit", times["bare"])
            record = describe("StudyLog.record (FSRS + commit)", times["record"])
            writes = describe("  its transaction alone", times["writes"])
            print(f"{'first record of a bank (loads it)':<36} {first * 1e6:9.1f} us")
            queue_times = interleaved(max(50, args.rounds // 20), {
                "queue": lambda i: log.review_queue(bank, bank.questions)[:1]})
            queue = describe(f"review_queue ({QUESTIONS} questions)", queue_times["queue"])
    print(f"record / bare commit:      {record / bare:.2f}x (target < 3x)")
    print(f"transaction / bare commit: {writes / bare:.2f}x")
    print(f"next question:             {queue * 1000:.2f} ms (target < 20 ms)")
    ok = record / bare < 3 and queue < 0.020
    print("OK" if ok else "OVER TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
