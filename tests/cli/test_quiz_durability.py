"""Durability end to end: the real quiz in a terminal, killed with SIGKILL mid-session.

Every answer the quiz acknowledged (the next question appeared) must be in the
progress store afterwards, and so must the resume point.
"""

from __future__ import annotations

import os
import re
import signal
import sys
from pathlib import Path

import pytest

from factdeck.bank.load import save_bank
from factdeck.bank.model import Article, Bank, Evidence, Topic, TrueFalseQuestion
from factdeck.study.log import StudyLog

pexpect = pytest.importorskip("pexpect")

QUESTIONS = 8
ANSWERED = 5


def settle(child) -> None:  # noqa: ANN001
    """Let the screen finish drawing (the question appears a moment before its answer
    widget takes the keyboard), so a key sent next is not lost."""
    child.expect(pexpect.TIMEOUT, timeout=0.5)


def write_bank(folder: Path) -> Path:
    (folder / "articles").mkdir(parents=True)
    (folder / "articles" / "a.txt").write_text("The gate opened at noon. It rained.\n")
    questions = tuple(
        TrueFalseQuestion(id=f"tf-{i}", topic=Topic.DATES, prompt=f"Statement number {i}.",
                          evidence=(Evidence("a", "The gate opened at noon."),),
                          answer=i % 2 == 0)
        for i in range(QUESTIONS))
    bank = Bank(title="Kill test", questions=questions,
                articles=(Article(id="a", file="articles/a.txt", outlet="Test"),))
    path = folder / "bank.yaml"
    save_bank(bank, path)
    return path


@pytest.mark.slow
def test_answers_given_before_sigkill_are_all_in_the_store(tmp_path):
    bank_path = write_bank(tmp_path / "kill-deck")
    store = tmp_path / "progress.sqlite3"
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30"}
    child = pexpect.spawn(sys.executable, ["-m", "factdeck", "quiz", str(bank_path),
                                           "--progress", str(store), "--mode", "test",
                                           "--seed", "7"],
                          env=env, dimensions=(30, 100), timeout=30, encoding="utf-8",
                          codec_errors="replace")
    try:
        child.expect(re.compile(r"Question\s+1\s+of\s+8"))
        keys = []
        for n in range(ANSWERED):
            key = "t" if n % 2 == 0 else "f"
            settle(child)
            child.send(key)
            keys.append(key)
            # the next question appears only after the answer was committed
            child.expect(re.compile(rf"Question\s+{n + 2}\s+of\s+8"))
        child.kill(signal.SIGKILL)
        child.wait()
    finally:
        if child.isalive():
            child.kill(signal.SIGKILL)
    assert child.signalstatus == signal.SIGKILL

    from factdeck.bank.load import load_bank

    bank = load_bank(bank_path)
    with StudyLog.open(store) as log:
        assert log.notice is None
        events = log.history(bank)
        assert [e.given for e in events] == [
            "True" if k == "t" else "False" for k in keys]
        assert all(e.mode == "test" for e in events)
        assert len({e.question for e in events}) == ANSWERED
        for event in events:
            assert log.due_at(bank, bank.question(event.question)) is not None
        resume = log.load_resume(bank)
        assert resume is not None and len(resume["answers"]) == ANSWERED

    # started again, the quiz offers to continue where the killed one stopped
    again = pexpect.spawn(sys.executable, ["-m", "factdeck", "quiz", str(bank_path),
                                           "--progress", str(store), "--mode", "test",
                                           "--seed", "7"],
                          env=env, dimensions=(30, 100), timeout=30, encoding="utf-8",
                          codec_errors="replace")
    try:
        again.expect(re.compile(rf"after\s+{ANSWERED}\s+of\s+{QUESTIONS}"))
        again.expect("Continue where you stopped")
        settle(again)
        again.send("y")
        again.expect(re.compile(rf"Question\s+{ANSWERED + 1}\s+of\s+{QUESTIONS}"))
    finally:
        again.kill(signal.SIGKILL)
        again.wait()


@pytest.mark.slow
def test_quiz_on_a_corrupt_store_says_so_moves_it_aside_and_records(tmp_path):
    bank_path = write_bank(tmp_path / "kill-deck")
    store = tmp_path / "progress.sqlite3"
    store.write_bytes(b"these are not the bytes of a database\n" * 50)
    env = {**os.environ, "TERM": "xterm-256color"}
    child = pexpect.spawn(sys.executable, ["-m", "factdeck", "quiz", str(bank_path),
                                           "--progress", str(store), "--mode", "test"],
                          env=env, dimensions=(30, 120), timeout=30, encoding="utf-8",
                          codec_errors="replace")
    try:
        child.expect(re.compile(r"Question\s+1\s+of\s+8"))
        child.expect("moved")  # the notice names where the bad file went
        settle(child)
        child.send("t")
        child.expect(re.compile(r"Question\s+2\s+of\s+8"))
        child.kill(signal.SIGKILL)
        child.wait()
    finally:
        if child.isalive():
            child.kill(signal.SIGKILL)
    assert "Traceback" not in (child.before or "")
    (aside,) = tmp_path.glob("progress.sqlite3.bad-*")
    assert aside.read_bytes().startswith(b"these are not the bytes")
    from factdeck.bank.load import load_bank

    with StudyLog.open(store) as log:
        assert [e.given for e in log.history(load_bank(bank_path))] == ["True"]


@pytest.mark.slow
def test_two_quiz_windows_on_one_store_lose_no_answer(tmp_path):
    bank_path = write_bank(tmp_path / "kill-deck")
    store = tmp_path / "progress.sqlite3"
    env = {**os.environ, "TERM": "xterm-256color"}
    windows = [pexpect.spawn(sys.executable, ["-m", "factdeck", "quiz", str(bank_path),
                                              "--progress", str(store), "--mode", "test",
                                              "--seed", str(seed)],
                             env=env, dimensions=(30, 100), timeout=30, encoding="utf-8",
                             codec_errors="replace")
               for seed in (1, 2)]
    rounds = 4
    try:
        for child in windows:
            child.expect(re.compile(r"Question\s+1\s+of\s+8"))
        for n in range(rounds):
            for child in windows:
                settle(child)
            for child in windows:  # both answer before either is checked
                child.send("t")
            for child in windows:  # the next question shows once the answer is stored
                child.expect(re.compile(rf"Question\s+{n + 2}\s+of\s+8"))
    finally:
        for child in windows:
            child.kill(signal.SIGKILL)
            child.wait()
    from factdeck.bank.load import load_bank

    with StudyLog.open(store) as log:
        events = log.history(load_bank(bank_path))
        assert len(events) == 2 * rounds
        assert all(e.given == "True" and e.mode == "test" for e in events)


@pytest.mark.slow
def test_review_mode_asks_the_most_overdue_first_then_new_ones(tmp_path):
    from datetime import UTC, datetime, timedelta

    from factdeck.bank.load import load_bank

    bank_path = write_bank(tmp_path / "kill-deck")
    bank = load_bank(bank_path)
    store = tmp_path / "progress.sqlite3"
    now = datetime.now(UTC)
    with StudyLog.open(store) as log:
        for qid, correct, ago in (("tf-5", False, timedelta(days=1)),
                                  ("tf-3", False, timedelta(days=2)),
                                  ("tf-1", True, timedelta(0))):
            log.record(bank, bank.question(qid), given="x", correct=correct, seconds=2,
                       mode="review", now=now - ago)
    env = {**os.environ, "TERM": "xterm-256color"}
    child = pexpect.spawn(sys.executable, ["-m", "factdeck", "quiz", str(bank_path),
                                           "--progress", str(store), "--mode", "review"],
                          env=env, dimensions=(30, 100), timeout=30, encoding="utf-8",
                          codec_errors="replace")
    try:
        # tf-3 and tf-5 are due (most overdue first); tf-1 is not; five are new
        child.expect(re.compile(r"Question\s+1\s+of\s+7"))
        child.expect(r"Statement number (\d)\.")
        assert child.match.group(1) == "3"
        settle(child)
        child.send("t")
        child.expect(re.compile(r"Score\s+\d/1"))
        settle(child)
        child.send("\r")
        child.expect(r"Statement number ([0-24-9])\.")  # the next question, whichever
        assert child.match.group(1) == "5"
    finally:
        child.kill(signal.SIGKILL)
        child.wait()
    with StudyLog.open(store) as log:
        assert [e.question for e in log.history(bank)][-1] == "tf-3"
        assert log.due_count(bank) == 1  # tf-5 is still due
