"""The review journal: appended and fsynced per decision, folded into the bank by the next load."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from factdeck.bank import journal
from factdeck.bank.load import fold_journal, load_bank, question_to_data
from factdeck.bank.model import Status
from factdeck.errors import BankError

DATA = Path(__file__).resolve().parents[1] / "data"


def _deck(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    shutil.copy(DATA / "articles" / "harbour.txt", tmp_path / "articles" / "harbour.txt")
    shutil.copy(DATA / "valid_bank.yaml", tmp_path / "bank.yaml")
    return tmp_path / "bank.yaml"


def test_decisions_are_folded_by_the_next_load_later_lines_winning(tmp_path: Path) -> None:
    path = _deck(tmp_path)
    bank = load_bank(path, use_cache=False)
    first, second = bank.questions[0], bank.questions[1]
    journal.record(path, question_to_data(replace(first, status=Status.REJECTED)))
    journal.record(path, question_to_data(
        replace(second, status=Status.REJECTED, prompt="A better prompt?")))
    journal.record(path, question_to_data(replace(first, status=Status.ACCEPTED)))  # undone
    with journal.journal_path(path).open("a", encoding="utf-8") as torn:
        torn.write('{"id": "' + second.id + '", "kind": "cho')  # killed mid-write
    folded = load_bank(path, use_cache=False)
    assert not journal.journal_path(path).exists()
    assert folded.question(first.id) == first
    assert folded.question(second.id).status is Status.REJECTED
    assert folded.question(second.id).prompt == "A better prompt?"
    assert "status: rejected" in path.read_text(encoding="utf-8")


def test_an_entry_that_breaks_the_bank_is_refused(tmp_path: Path) -> None:
    path = _deck(tmp_path)
    bank = load_bank(path, use_cache=False)
    qid = bank.questions[0].id
    line = '{"id": "' + qid + '", "kind": "choice", "topic": "people", "prompt": "Who?"}\n'
    journal.journal_path(path).write_text(line, encoding="utf-8")
    with pytest.raises(BankError, match="journal does not fit"):
        fold_journal(path)
    assert journal.journal_path(path).exists()  # nothing lost
