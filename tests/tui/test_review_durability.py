"""A review killed with SIGKILL in a real terminal keeps every decision made before the kill:
the journal holds them (fsynced as made) and the next load folds them into the bank."""

from __future__ import annotations

import os
import re
import signal
import sys
from pathlib import Path

import pytest

from factdeck.bank import journal
from factdeck.bank.load import load_bank
from factdeck.bank.model import Status

from .review_helpers import built_deck

pexpect = pytest.importorskip("pexpect")


def settle(child) -> None:  # noqa: ANN001
    """Let the screen finish drawing so a key sent next is not lost."""
    child.expect(pexpect.TIMEOUT, timeout=0.5)


@pytest.mark.slow
def test_decisions_made_before_sigkill_survive(tmp_path: Path) -> None:
    path = built_deck(tmp_path / "deck")
    queue = [q.id for q in load_bank(path, use_cache=False).questions]
    queue = [queue[-1], *queue[:-1]]  # the flagged one first
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30"}
    child = pexpect.spawn(sys.executable, ["-m", "factdeck", "review", str(path)], env=env,
                          dimensions=(30, 100), timeout=30, encoding="utf-8",
                          codec_errors="replace")
    total = len(queue)
    keys = ["a", "r", "a", "r"][:total - 1]  # one question is left a draft
    assert len(keys) >= 3
    try:
        child.expect(re.compile(rf"0\s+of\s+{total}\s+reviewed"))
        for n, key in enumerate(keys):
            settle(child)
            child.send(key)
            # the progress line moves only once the decision is in the journal
            child.expect(re.compile(rf"{n + 1}\s+of\s+{total}\s+reviewed"))
        child.kill(signal.SIGKILL)
        child.wait()
    finally:
        if child.isalive():
            child.kill(signal.SIGKILL)
    assert child.signalstatus == signal.SIGKILL
    assert journal.journal_path(path).exists()
    bank = load_bank(path)  # the next load folds the journal
    assert not journal.journal_path(path).exists()
    want = {"a": Status.ACCEPTED, "r": Status.REJECTED}
    for qid, key in zip(queue, keys, strict=False):
        assert bank.question(qid).status is want[key], qid
    assert [q.status for q in bank.questions if q.id not in queue[:len(keys)]] == \
        [Status.DRAFT] * (len(queue) - len(keys))
