"""Wrong options that are plausible, of the same type as the answer, and never also true.

Distractors come from the facts themselves (other people's posts, other
dates of the same precision, other speakers, other outlets) so they look like
the answer; whatever the facts say is also true is excluded. The choice is
deterministic: it depends only on the question's key and the candidates.
"""

from __future__ import annotations

import datetime as _dt
import heapq
from collections.abc import Callable, Iterable, Sequence

from factdeck.bank.model import PartialDate
from factdeck.generate.ids import short_hash
from factdeck.generate.leaks import folded
from factdeck.generate.lint import one_person, person_like


def pick(answer: str, candidates: Iterable[str], *, key: str, n: int = 3,
         exclude: Iterable[str] = (), rank: Callable[[str], float] | None = None
         ) -> tuple[str, ...]:
    """Up to ``n`` candidates other than ``answer`` and ``exclude``, best ranked first.

    ``rank`` scores plausibility (lower is better); ties are broken by a hash of
    ``key`` and the candidate, so the same question always gets the same options.
    """
    banned = {folded(answer), *(folded(e) for e in exclude)}
    unique: dict[str, str] = {}
    for c in candidates:
        f = folded(c)
        if f and f not in banned and f not in unique:
            unique[f] = c
    ordered = heapq.nsmallest(n, unique.values(),
                              key=lambda c: (rank(c) if rank else 0, short_hash(key, c), c))
    return tuple(ordered)


def people(answer: str, candidates: Iterable[str], *, key: str, n: int = 3,
           exclude: Iterable[str] = (), rank: Callable[[str], float] | None = None,
           allowed: Callable[[str], bool] | None = None) -> tuple[str, ...]:
    """Other people: never the answer or an excluded person under another form of their name
    (``Duclos`` or ``Anne`` for ``Anne Duclos``), never one person twice, never a place, a
    body or a publication taken for a person, and only those ``allowed``
    (a check that may be costly, so it runs on the best-ranked candidates only)."""
    exclude = list(exclude)
    banned = [answer, *exclude]
    candidates = list(candidates)
    if len(answer.split()) >= 2:  # a full name among surnames alone stands out, and back
        candidates = [c for c in candidates if len(c.split()) >= 2]
    chosen: list[str] = []
    for limit in (4 * n + 2 * len(banned), len(candidates)):  # the best few first, all if need be
        ranked = pick(answer, candidates, key=key, n=limit, exclude=exclude, rank=rank)
        chosen = []
        for name in ranked:
            if any(one_person(name, b) for b in banned) or \
                    any(one_person(name, c) for c in chosen) or not person_like(name) or \
                    (allowed is not None and not allowed(name)):
                continue
            chosen.append(name)
            if len(chosen) == n:
                return tuple(chosen)
        if limit >= len(candidates):
            break
    return tuple(chosen)


def window(pool: Sequence[str], key: str, k: int = 30) -> list[str]:
    """``k`` items of ``pool`` starting at a place chosen by ``key``: a fixed-size, reproducible
    sample, so that a question never has to rank every person of a large corpus."""
    if len(pool) <= k:
        return list(pool)
    start = int(short_hash("window", key), 16) % len(pool)
    return [pool[(start + i) % len(pool)] for i in range(k)]


def _content(text: str) -> set[str]:
    return {w for w in folded(text).split() if w not in {"of", "the", "a", "an", "in", "at"}}


def similar_post_rank(answer: str) -> Callable[[str], float]:
    """Rank posts sharing words with the answer first (Foreign Minister of X for another X)."""
    words = _content(answer)
    return lambda c: -len(words & _content(c))


def dates(answer: PartialDate, known: Iterable[PartialDate], *, key: str, n: int = 3,
          exclude: Iterable[PartialDate] = ()) -> tuple[PartialDate, ...]:
    """Other dates of the answer's precision: the facts' own first, then near neighbours.

    ``exclude`` holds dates that are also true for the event (another article
    dating it); they and anything overlapping them never appear.
    """
    banned = {answer, *exclude}
    window = _WINDOW[answer.precision]
    same = sorted({d for d in known if d.precision == answer.precision and d not in banned
                   and abs(_ordinal(d) - _ordinal(answer)) <= window
                   and not any(_overlaps(d, b) for b in banned)},
                  key=lambda d: (abs(_ordinal(d) - _ordinal(answer)), short_hash(key, str(d))))
    chosen = list(same[: max(1, n - 1)]) if same else []
    for d in _neighbours(answer, key):
        if len(chosen) >= n:
            break
        if d not in chosen and d not in banned and not any(_overlaps(d, b) for b in banned):
            chosen.append(d)
    for d in same[len(chosen):]:
        if len(chosen) >= n:
            break
        if d not in chosen:
            chosen.append(d)
    return tuple(chosen[:n])


_WINDOW = {"day": 45, "month": 550, "year": 6 * 366}  # how far a known date may be to be plausible


def _ordinal(d: PartialDate) -> int:
    return _dt.date(d.year, d.month or 7, d.day or 1).toordinal()


def _overlaps(a: PartialDate, b: PartialDate) -> bool:
    """One date contains the other (2016 contains 2016-10; 2016-10 contains 2016-10-19)."""
    if a.year != b.year:
        return False
    if a.month is None or b.month is None:
        return True
    if a.month != b.month:
        return False
    return a.day is None or b.day is None or a.day == b.day


def _neighbours(answer: PartialDate, key: str) -> list[PartialDate]:
    """Near dates of the same precision, in an order that depends on ``key``."""
    if answer.precision == "year":
        steps = [1, -1, 2, -2, 3, -3, 5]
        out = [PartialDate(answer.year + s) for s in steps]
    elif answer.precision == "month":
        out = []
        for s in (1, -1, 2, -2, 3, -3, 12):
            m = answer.year * 12 + (answer.month or 1) - 1 + s
            out.append(PartialDate(m // 12, m % 12 + 1))
    else:
        base = _dt.date(answer.year, answer.month or 1, answer.day or 1)
        out = []
        for s in (1, -1, 2, -2, 3, 7, -7, 10):
            d = base + _dt.timedelta(days=s)
            out.append(PartialDate(d.year, d.month, d.day))
    head, tail = out[:4], out[4:]
    return sorted(head, key=lambda d: short_hash(key, str(d))) + tail
