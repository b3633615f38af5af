"""``factdeck progress export|import``, run as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from factdeck.bank.load import load_bank
from factdeck.study.log import StudyLog

ROOT = Path(__file__).resolve().parents[2]
BANK = ROOT / "tests" / "data" / "valid_bank.yaml"
DATA = ROOT / "tests" / "data" / "progress"


def factdeck(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factdeck", *args], capture_output=True,
                          text=True, timeout=60)


def test_export_then_import_elsewhere_twice_without_duplicates(tmp_path, factdeck_home):
    bank = load_bank(BANK)
    with StudyLog.open() as log:  # the default store, in FACTDECK_HOME
        for question in bank.questions[:3]:
            log.record(bank, question, given="x", correct=True, seconds=1, mode="practice")
    target = tmp_path / "moved" / "progress.json"
    result = factdeck("progress", "export", str(target))
    assert result.returncode == 0, result.stderr
    assert "Exported 3 answers" in result.stdout
    assert len(json.loads(target.read_text())["events"]) == 3
    assert not list(target.parent.glob(".*.tmp"))  # the atomic write left no temporary

    other = tmp_path / "other.sqlite3"
    first = factdeck("progress", "import", str(target), "--progress", str(other))
    second = factdeck("progress", "import", str(target), "--progress", str(other))
    assert "Imported 3 new answers" in first.stdout
    assert "Imported 0 new answers" in second.stdout and "(3 already present)" in second.stdout
    with StudyLog.open(other) as log:
        assert len(log.history(bank)) == 3
        assert log.due_at(bank, bank.questions[0]) is not None


def test_import_of_a_broken_file_is_one_clear_line(tmp_path):
    result = factdeck("progress", "import", str(DATA / "export_bad_correct.json"),
                      "--progress", str(tmp_path / "p.sqlite3"))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"factdeck: {DATA / 'export_bad_correct.json'}: events[0].correct: wrong type str")


def test_export_to_an_unwritable_place_is_one_clear_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = factdeck("progress", "export", str(blocker / "out.json"),
                      "--progress", str(tmp_path / "p.sqlite3"))
    assert result.returncode == 2
    assert result.stderr.startswith("factdeck: ") and "cannot write" in result.stderr
