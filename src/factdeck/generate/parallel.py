"""The question generators side by side under ``--jobs``, the bank the same as with one.

Each generator reads the whole context (every person, date and quote can be
a distractor), so the work is not split by article but by generator: each
runs whole in a worker process forked with the context already built, and
its questions come back in the generators' fixed order. Where processes
cannot be forked, they run one after the other.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor

from factdeck.generate.context import Context
from factdeck.model import Question

Generator = Callable[[Context], list[Question]]

# what forked workers inherit: set only while a pool runs
_CONTEXT: Context | None = None
_GENERATORS: tuple[Generator, ...] = ()


def run_generators(generators: Sequence[Generator], ctx: Context, jobs: int = 1
                   ) -> list[list[Question]]:
    """Each generator's questions, in the order of ``generators``, over ``jobs`` processes."""
    global _CONTEXT, _GENERATORS
    jobs = min(jobs, len(generators))
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return [generate(ctx) for generate in generators]
    _CONTEXT, _GENERATORS = ctx, tuple(generators)
    try:
        with ProcessPoolExecutor(max_workers=jobs,
                                 mp_context=multiprocessing.get_context("fork")) as pool:
            return list(pool.map(_run_one, range(len(generators))))
    finally:
        _CONTEXT, _GENERATORS = None, ()


def _run_one(index: int) -> list[Question]:
    assert _CONTEXT is not None
    return _GENERATORS[index](_CONTEXT)
