"""Work spread over processes comes back in the order it was given."""

from __future__ import annotations

import os

from factdeck.parallel import ordered_map


def _square_and_pid(n: int) -> tuple[int, int]:
    return n * n, os.getpid()


def test_two_processes_keep_the_order_of_the_tasks():
    tasks = list(range(200, 0, -1))
    found = ordered_map(_square_and_pid, tasks, jobs=2)
    assert [square for square, _ in found] == [n * n for n in tasks]
    if (os.cpu_count() or 1) > 1:
        assert os.getpid() not in {pid for _, pid in found}  # the work left this process


def test_one_job_runs_here_without_a_pool():
    found = ordered_map(_square_and_pid, [3, 1, 2], jobs=1)
    assert found == [(9, os.getpid()), (1, os.getpid()), (4, os.getpid())]
    assert ordered_map(_square_and_pid, [], jobs=4) == []

