"""Snapshots of the review screen at 80x24 and 120x40 (update with --snapshot-update, then
look at the SVGs before committing them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdeck.bank.load import load_bank
from factdeck.tui.review_app import ReviewApp
from factdeck.tui.review_session import ReviewSession

from .review_helpers import built_deck


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_review_screen(snap_compare, tmp_path: Path, size: tuple[int, int]) -> None:  # noqa: ANN001
    session = ReviewSession(load_bank(built_deck(tmp_path), use_cache=False))
    assert snap_compare(ReviewApp(session), terminal_size=size)


def test_review_screen_after_a_decision_and_a_filter(snap_compare, tmp_path: Path) -> None:  # noqa: ANN001
    session = ReviewSession(load_bank(built_deck(tmp_path), use_cache=False))
    assert snap_compare(ReviewApp(session), terminal_size=(120, 40), press=["a", "k"])
