"""The review journal: every decision durable the moment it is made, at any bank size.

Rewriting a 10,000-question bank for each accept or reject would take far too
long, so ``factdeck review`` appends each decision (the question's whole new
state: status, and its fields when edited) as one JSON line to
``bank.review.jsonl`` beside the bank, and fsyncs it. The journal is folded into
``bank.yaml`` (atomically) when the review ends, and by the next load or build
if the review was killed: a killed terminal loses at most the question on
screen. A torn last line (killed mid-write) is ignored; later lines win.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from factdeck.bank.load import bank_to_data, convert, question_to_data, save_bank
from factdeck.bank.model import Bank, Question
from factdeck.errors import BankError

JOURNAL_SUFFIX = ".review.jsonl"


def journal_path(bank_path: Path) -> Path:
    """``bank.yaml`` -> ``bank.review.jsonl``."""
    return bank_path.with_name(bank_path.stem + JOURNAL_SUFFIX)


def record(bank_path: Path, question: Question) -> None:
    """Append a question's new state to the journal and make it durable (fsync) before
    returning. The file is opened per decision, so a fold elsewhere never strands a write."""
    line = json.dumps(question_to_data(question), ensure_ascii=False, default=str) + "\n"
    fd = os.open(journal_path(bank_path), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def read_entries(bank_path: Path) -> list[dict[str, Any]]:
    """The journal's decisions in order; a line that does not parse (a torn write) is skipped."""
    try:
        raw = journal_path(bank_path).read_bytes()
    except FileNotFoundError:
        return []
    out = []
    for line in raw.splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict) and isinstance(entry.get("id"), str):
            out.append(entry)
    return out


def apply(bank: Bank, entries: list[dict[str, Any]]) -> Bank:
    """The bank with each journalled question state put in place of the question of its id,
    validated by the loader's rules (an entry that would make the bank invalid raises)."""
    if not entries:
        return bank
    data = bank_to_data(bank)
    where = {q["id"]: i for i, q in enumerate(data["questions"])}
    for entry in entries:
        i = where.get(entry["id"])
        if i is not None:
            data["questions"][i] = entry
    name = str(bank.path) if bank.path else "<bank>"
    try:
        folded, problems = convert(data, name, bank.path)
    except (TypeError, ValueError) as exc:  # a hand-damaged journal line
        raise BankError(f"the review journal does not fit the bank: {exc}", file=name) from None
    if problems or folded is None:
        first = problems[0] if problems else None
        raise BankError(f"the review journal does not fit the bank: "
                        f"{first.message if first else 'invalid'}", file=name,
                        key=first.key if first else None)
    return folded


def fold_journal(bank_path: Path) -> int:
    """Fold a pending journal into the bank (atomically), then remove it; the number of
    decisions folded (0 when there is no journal)."""
    journal = journal_path(bank_path)
    if not journal.exists():
        return 0
    from factdeck.bank.load import load_bank_uncached

    entries = read_entries(bank_path)
    if entries:
        bank = load_bank_uncached(bank_path)
        save_bank(apply(bank, entries), bank_path)
    journal.unlink(missing_ok=True)
    return len(entries)
