"""Extraction: articles -> facts (people and posts, dates, quotes, stances).

Rules over generic news language do the work; :mod:`.nlp` adds spaCy's named
entities when an English pipeline is installed. :func:`extract_facts` (in
:mod:`.pipeline`) runs independent articles in parallel.
"""

from __future__ import annotations

from typing import Any

__all__ = ["extract_facts"]


def __getattr__(name: str) -> Any:
    if name == "extract_facts":
        from factdeck.extract.pipeline import extract_facts

        return extract_facts
    raise AttributeError(name)
