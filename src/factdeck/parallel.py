"""Independent pieces of work (stories) spread over processes, results in their order.

Comparing outlets and writing questions both run story by story; a story
needs nothing from another, so ``--jobs`` can run them side by side, and the
result must be the same whatever ``jobs`` is: :func:`ordered_map` keeps the
order of the tasks.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

PER_MESSAGE = 8  # tasks sent to a process at once, at most: a message costs a pickle


def ordered_map(work: Callable[[T], R], tasks: Sequence[T], jobs: int = 1) -> list[R]:
    """``work`` of every task, in the tasks' order, in up to ``jobs`` processes (one process
    when there is one job, one task or one core: no pool to start for nothing)."""
    jobs = max(1, min(jobs, len(tasks), os.cpu_count() or 1))
    if jobs == 1:
        return [work(task) for task in tasks]
    # a few small tasks per message; many messages per process, so one large story
    # does not leave the other process idle at the end
    chunk = max(1, min(PER_MESSAGE, len(tasks) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(work, tasks, chunksize=chunk))
