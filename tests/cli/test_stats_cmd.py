"""``factdeck stats``, run as a user runs it (a subprocess of the real console entry)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from factdeck.bank.load import load_bank
from factdeck.study.log import StudyLog

ROOT = Path(__file__).resolve().parents[2]
BANK = ROOT / "tests" / "data" / "valid_bank.yaml"


def factdeck(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factdeck", *args], capture_output=True,
                          text=True, timeout=60)


def fill(path: Path) -> None:
    bank = load_bank(BANK)
    now = datetime.now(UTC)
    with StudyLog.open(path) as log:
        for i, question in enumerate(bank.questions[:4]):
            log.record(bank, question, given="x", correct=i != 1, seconds=2, mode="practice",
                       now=now - timedelta(days=i, minutes=1))
        log.record(bank, bank.questions[1], given="y", correct=False, seconds=2,
                   mode="review", now=now - timedelta(minutes=1))


def test_stats_text_for_a_bank(tmp_path):
    store = tmp_path / "p.sqlite3"
    fill(store)
    result = factdeck("stats", str(BANK), "--progress", str(store))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Answered   5 (3 right, 60%)" in out
    assert "Most missed" in out and "2/2 wrong" in out
    assert "Activity" in out and "5 in 14 days" in out
    assert "never answered" in out


def test_stats_json_for_all_banks_uses_the_default_store(factdeck_home):
    fill(factdeck_home / "progress.sqlite3")
    result = factdeck("stats", "--json", "--days", "7")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["bank"] is None and data["banks"] == ["valid_bank"]
    assert data["answered"] == 5 and data["correct"] == 3
    assert len(data["activity"]) == 7 and sum(d["answered"] for d in data["activity"]) == 5
    assert data["most_missed"][0]["wrong"] == 2


def test_stats_on_a_corrupt_store_moves_it_aside_with_a_message(tmp_path):
    store = tmp_path / "p.sqlite3"
    store.write_text("not a database")
    result = factdeck("stats", "--progress", str(store))
    assert result.returncode == 0
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("factdeck: ") and "moved it to p.sqlite3.bad-" in result.stderr
    assert "No answers recorded yet" in result.stdout
    assert len(list(tmp_path.glob("p.sqlite3.bad-*"))) == 1


def test_stats_errors_are_one_line(tmp_path):
    (tmp_path / "file").write_text("x")
    result = factdeck("stats", "--progress", str(tmp_path / "file" / "p.sqlite3"))
    assert result.returncode == 2
    assert result.stderr == f"factdeck: {tmp_path / 'file' / 'p.sqlite3'}: {tmp_path / 'file'} " \
        "is a file, not a folder\n"
    result = factdeck("stats", "no-such-deck")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_a_store_from_a_newer_factdeck_is_refused_and_kept(tmp_path):
    store = tmp_path / "p.sqlite3"
    with StudyLog.open(store) as log:
        log.store.conn.execute("PRAGMA user_version = 42")
    result = factdeck("stats", "--progress", str(store))
    assert result.returncode == 2
    assert result.stderr.startswith("factdeck: ") and "newer factdeck" in result.stderr
    assert store.exists() and not list(tmp_path.glob("p.sqlite3.bad-*"))


def test_stats_of_all_banks_show_the_prompts_of_the_most_missed(tmp_path):
    shipped = load_bank(ROOT / "src" / "factdeck" / "decks" / "france-russia-2015-2017"
                        / "bank.yaml")
    other = load_bank(BANK)  # not a deck: its questions show by id
    store = tmp_path / "p.sqlite3"
    now = datetime.now(UTC)
    with StudyLog.open(store) as log:
        for bank in (shipped, other):
            log.record(bank, bank.questions[0], given="x", correct=False, seconds=2,
                       mode="practice", now=now - timedelta(minutes=1))
    result = factdeck("stats", "--progress", str(store))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert f"  1/1 wrong  france-russia-2015-2017: {shipped.questions[0].prompt}" in lines
    assert f"  1/1 wrong  {other.name}: {other.questions[0].id}" in lines
    assert shipped.questions[0].id not in result.stdout
