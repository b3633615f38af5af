"""A plain `pip install .` carries the shipped deck, so it is found from any folder."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_wheel_carries_the_shipped_deck_and_its_articles(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
         "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("factdeck-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    deck = "factdeck/decks/france-russia-2015-2017/"
    assert deck + "bank.yaml" in names
    assert len([n for n in names if n.startswith(deck + "articles/")]) == 5
    assert any(n.endswith("entry_points.txt") for n in names)
