"""Question generation: facts (what extraction found) -> a question bank.

Each module turns one kind of fact into questions; :mod:`.bank_builder`
assembles them, with article ids and a final safety net that drops anything
whose evidence is not an exact span of its article.
"""

from __future__ import annotations

from typing import Any

__all__ = ["build_bank"]


def __getattr__(name: str) -> Any:
    # lazy, so that ``factdeck.generate.sources`` can import siblings without a cycle
    if name == "build_bank":
        from factdeck.generate.bank_builder import build_bank

        return build_bank
    raise AttributeError(name)
