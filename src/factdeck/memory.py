"""Memory helpers for the few places that build millions of objects at once."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a big, acyclic structure is built.

    Parsing a bank or writing an export allocates millions of objects that all
    stay alive; the collector would re-scan them again and again for nothing
    (a third of the time, or more, for a big bank).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


BUILD_GC_THRESHOLD = 50_000  # allocations between young collections during a build (default 700)


@contextmanager
def gc_relaxed(threshold: int = BUILD_GC_THRESHOLD) -> Iterator[None]:
    """Collect young objects less often while a corpus is read and asked about.

    A build keeps hundreds of thousands of small objects alive (sentences, spans,
    facts, questions) and makes few cycles; with the default threshold the collector
    walks the young objects every 700 allocations, most of it for nothing. Unlike
    :func:`gc_paused` the collector still runs, so cycles are still freed.
    """
    old = gc.get_threshold()
    gc.set_threshold(threshold, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)
