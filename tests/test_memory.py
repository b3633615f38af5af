"""The collector settings a build runs under are put back afterwards."""

from __future__ import annotations

import gc

from factdeck.memory import gc_relaxed


def test_a_relaxed_collector_is_restored_afterwards():
    before = gc.get_threshold()
    with gc_relaxed(12_345):
        assert gc.get_threshold()[0] == 12_345
    assert gc.get_threshold() == before
