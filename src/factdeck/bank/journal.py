"""The review journal: every decision durable the moment it is made, at any bank size.

Rewriting a 10,000-question bank for each accept or reject would take far too
long, so ``factdeck review`` appends each decision (the question's whole new
state: status, and its fields when edited) as one JSON line to
``bank.review.jsonl`` beside the bank, and fsyncs it. The journal is folded into
``bank.yaml`` (atomically) when the review ends, and by the next load or build
if the review was killed: a killed terminal loses at most the question on
screen. A torn last line (killed mid-write) is ignored; later lines win.

Standard library only: the loader folds the journal (``load.fold_journal``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

JOURNAL_SUFFIX = ".review.jsonl"


def journal_path(bank_path: Path) -> Path:
    """``bank.yaml`` -> ``bank.review.jsonl``."""
    return bank_path.with_name(bank_path.stem + JOURNAL_SUFFIX)


def record(bank_path: Path, question: dict[str, Any]) -> None:
    """Append a question's new state (its YAML mapping, ``load.question_to_data``) to the
    journal and make it durable (fsync) before returning. The file is opened per decision,
    so a fold elsewhere never strands a write."""
    line = json.dumps(question, ensure_ascii=False, default=str) + "\n"
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
