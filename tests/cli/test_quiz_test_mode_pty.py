"""A test in a real terminal: nothing on screen tells right from wrong before the summary."""

from __future__ import annotations

import os
import re
import signal
import sys
from pathlib import Path

import pytest

from factdeck.bank.load import save_bank
from factdeck.bank.model import Article, Bank, Evidence, Topic, TrueFalseQuestion

pexpect = pytest.importorskip("pexpect")

QUESTIONS = 5
ANSI = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])")
TELLS = ("Score", "Right", "Not quite", "\u2714", "\u2718", "correct", "wrong")


def write_bank(folder: Path) -> Path:
    (folder / "articles").mkdir(parents=True)
    (folder / "articles" / "a.txt").write_text("The ferry left at dawn. The pier was closed.\n")
    questions = tuple(
        TrueFalseQuestion(id=f"tf-{i}", topic=Topic.DATES, prompt=f"Ferry statement {i}.",
                          evidence=(Evidence("a", "The ferry left at dawn."),),
                          explanation=f"Explanation of statement {i}.", answer=i % 2 == 0)
        for i in range(QUESTIONS))
    bank = Bank(title="Pty test", questions=questions,
                articles=(Article(id="a", file="articles/a.txt", outlet="Test"),))
    path = folder / "bank.yaml"
    save_bank(bank, path)
    return path


def visible(raw: str) -> str:
    return ANSI.sub("", raw)


@pytest.mark.slow
def test_a_test_mode_screen_never_shows_right_or_wrong_before_the_summary(tmp_path):
    bank_path = write_bank(tmp_path / "pty-deck")
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "80", "LINES": "24"}
    child = pexpect.spawn(sys.executable, ["-m", "factdeck", "quiz", str(bank_path),
                                           "--no-progress", "--mode", "test", "--seed", "3"],
                          env=env, dimensions=(24, 80), timeout=30, encoding="utf-8",
                          codec_errors="replace")
    seen = []
    try:
        child.expect(re.compile(r"answered\s+0\s+of\s+5"))
        seen.append(child.before + child.after)
        for n in range(QUESTIONS):
            child.expect(pexpect.TIMEOUT, timeout=0.5)  # let the answer widget take the keys
            seen.append(child.before)
            child.send("t")  # right for some questions, wrong for others
            if n + 1 < QUESTIONS:
                child.expect(re.compile(rf"answered\s+{n + 1}\s+of\s+5"))
                seen.append(child.before + child.after)
        child.expect("Test finished")
        seen.append(child.before)
        child.expect("Score")  # the summary is where the score appears
        child.send("\r")
        child.expect(pexpect.EOF)
    finally:
        if child.isalive():
            child.kill(signal.SIGKILL)
    before_summary = visible("".join(seen))
    assert "Question" in before_summary
    for tell in TELLS:
        assert tell not in before_summary, tell


@pytest.mark.slow
def test_leaving_a_practice_quiz_prints_its_summary(tmp_path):
    bank_path = write_bank(tmp_path / "pty-deck")
    env = {**os.environ, "TERM": "xterm-256color"}
    child = pexpect.spawn(sys.executable, ["-m", "factdeck", "quiz", str(bank_path),
                                           "--no-progress", "--seed", "3"],
                          env=env, dimensions=(24, 80), timeout=30, encoding="utf-8",
                          codec_errors="replace")
    try:
        child.expect(re.compile(r"Question\s+1\s+of\s+5"))
        child.expect(pexpect.TIMEOUT, timeout=0.5)
        child.send("t")
        child.expect("Press Enter")
        child.expect(pexpect.TIMEOUT, timeout=0.3)
        child.send("\x1b")
        child.expect("Leave this quiz")
        child.expect(pexpect.TIMEOUT, timeout=0.3)
        child.send("y")
        child.expect(pexpect.EOF)
    finally:
        if child.isalive():
            child.kill(signal.SIGKILL)
    out = visible(child.before)
    assert "Pty test: answered 1 of 5, " in out
    assert "By topic: dates " in out
    assert ("Review next:" in out) or ("Nothing to review: every answer was right." in out)
