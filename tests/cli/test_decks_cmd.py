"""`factdeck decks`: shipped decks and the user's own, with title and counts."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factdeck.cli import main

DATA = Path(__file__).resolve().parents[1] / "data"


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    out, err = capsys.readouterr()
    return int(exit_info.value.code or 0), out, err


def make_user_deck(home: Path, name: str = "harbour") -> Path:
    deck = home / "decks" / name
    (deck / "articles").mkdir(parents=True)
    shutil.copy(DATA / "valid_bank.yaml", deck / "bank.yaml")
    shutil.copy(DATA / "articles" / "harbour.txt", deck / "articles" / "harbour.txt")
    return deck


def test_lists_the_shipped_deck_and_a_user_deck(factdeck_home: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    make_user_deck(factdeck_home)
    rc, out, err = run_cli(["decks", "--json"], capsys)
    assert rc == 0, err
    rows = {row["name"]: row for row in json.loads(out)}
    assert rows["harbour"]["source"] == "user"
    assert rows["harbour"]["questions"] == 8
    assert rows["harbour"]["title"] == "Northport harbour"
    shipped = rows["france-russia-2015-2017"]
    assert shipped["source"] == "shipped" and shipped["questions"] >= 80


def test_plain_listing_and_a_broken_user_deck(factdeck_home: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    deck = make_user_deck(factdeck_home, "broken")
    (deck / "bank.yaml").write_text("factdeck: 1\ntitle: [unclosed\n", encoding="utf-8")
    rc, out, _ = run_cli(["decks"], capsys)
    assert rc == 0
    assert "france-russia-2015-2017" in out and "[shipped]" in out
    assert "broken" in out and "cannot be read" in out and "invalid YAML" in out


def test_a_deck_name_works_wherever_a_bank_is_expected(
        factdeck_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_user_deck(factdeck_home)
    rc, out, err = run_cli(["check", "harbour"], capsys)
    assert rc == 0, err
    assert "questions: 8" in out


def test_python_dash_m_works_the_same(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "factdeck", "check", "no-such-deck"],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 2
    assert "no-such-deck" in result.stderr and "Traceback" not in result.stderr
