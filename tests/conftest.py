"""Shared test set-up: every test gets its own FACTDECK_HOME, so nothing touches the real user's."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SHIPPED_DECK = ROOT / "src" / "factdeck" / "decks" / "france-russia-2015-2017"
SHIPPED_BANK = SHIPPED_DECK / "bank.yaml"


@pytest.fixture(autouse=True)
def factdeck_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
                  ) -> Path:
    """A private, empty user folder for each test."""
    home = tmp_path_factory.mktemp("factdeck-home")
    monkeypatch.setenv("FACTDECK_HOME", str(home))
    return home


@pytest.fixture
def shipped_bank_path() -> Path:
    return SHIPPED_BANK


@pytest.fixture
def shared_articles() -> Path:
    """The five real articles beside the project (shared/articles)."""
    path = SHARED / "articles"
    if not path.is_dir():
        pytest.skip("shared/articles is not beside the project")
    return path
