"""Stable ids: the same articles built again give the same question and article ids.

Quiz progress and Anki GUIDs key on question ids, so an id is derived from the
content of the fact it asks about (a readable slug plus a short hash), never
from a counter that would shift when a fact is added or removed.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence

from factdeck.bank.facts import SourceArticle
from factdeck.textnorm import fold


def slug(text: str, max_words: int = 4, max_chars: int = 40) -> str:
    """Lower-case ascii words joined by ``-``: ``Anne-Marie Duclos`` -> ``anne-marie-duclos``."""
    words = re.findall(r"[a-z0-9]+", fold(text).encode("ascii", "ignore").decode())
    out = "-".join(words[:max_words])[:max_chars].strip("-")
    return out or "x"


def short_hash(*parts: str, length: int = 8) -> str:
    """A short hex digest of the parts (joined unambiguously)."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


def question_id(kind: str, label: str, *fact: str) -> str:
    """``<kind>-<slug of label>-<hash of kind, label and fact>``."""
    return f"{kind}-{slug(label)}-{short_hash(kind, label, *fact)}"


def stable_order(items: Iterable[str], key: str) -> list[str]:
    """The items in a pseudo-random but reproducible order that depends on ``key``."""
    return sorted(items, key=lambda item: (short_hash(key, item), item))


def article_ids(articles: Sequence[SourceArticle]) -> dict[str, str]:
    """Map each article's file name to a bank id such as ``wsws-2016-10-13``.

    Outlet and publication date make an id a teacher can read; without them the
    file name is used. Ids that would clash get a short hash of the file name,
    so they do not depend on the order the articles were given in.
    """
    wanted: dict[str, str] = {}
    for article in articles:
        stem = re.sub(r"\.[A-Za-z0-9]+$", "", article.file)
        if article.outlet and article.published:
            base = f"{slug(article.outlet)}-{article.published.isoformat()}"
        elif article.outlet:
            base = f"{slug(article.outlet)}-{slug(stem, max_words=3, max_chars=24)}"
        else:
            base = slug(stem, max_words=5, max_chars=40)
        wanted[article.file] = base
    counts: dict[str, int] = {}
    for base in wanted.values():
        counts[base] = counts.get(base, 0) + 1
    return {file: base if counts[base] == 1 else f"{base}-{short_hash(file, length=6)}"
            for file, base in wanted.items()}
