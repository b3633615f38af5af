"""Span look-ups by bisection answer exactly as a scan of the spans in order would."""

from __future__ import annotations

import random

from factdeck.extract.spans import SpanIndex


def _scan_index_of(spans, pos, inclusive=False):
    for i, (s, e) in enumerate(spans):
        if (s <= pos <= e) if inclusive else (s <= pos < e):
            return i
    return -1


def _random_spans(rng: random.Random, ordered: bool) -> list[tuple[int, int]]:
    spans, at = [], 0
    for _ in range(rng.randint(0, 30)):
        at += rng.randint(0, 5)  # touching spans too (gap 0)
        end = at + rng.randint(0, 8)
        spans.append((at, end))
        at = end
    if not ordered and spans:
        spans += [(rng.randint(0, at), rng.randint(0, at) + 3) for _ in range(3)]
        rng.shuffle(spans)
    return spans


def test_every_look_up_matches_a_scan():
    rng = random.Random(7)
    for trial in range(400):
        spans = _random_spans(rng, ordered=trial % 4 != 0)
        top = (spans[-1][1] if spans else 0) + 10
        for inclusive in (False, True):
            index = SpanIndex(spans, inclusive=inclusive)
            for pos in range(-1, top):
                assert index.index_of(pos) == _scan_index_of(spans, pos, inclusive)
        index = SpanIndex(spans)
        for _ in range(20):
            lo = rng.randint(-2, top)
            hi = lo + rng.randint(0, 15)
            assert list(index.overlapping(lo, hi)) == [
                i for i, (s, e) in enumerate(spans) if s < hi and e > lo]


def test_spans_out_of_order_are_searched_by_a_scan():
    spans = [(10, 20), (0, 5), (15, 30)]
    index = SpanIndex(spans)
    assert not index.ordered
    assert index.index_of(17) == 0
    assert index.index_of(25) == 2
    assert SpanIndex([(0, 5), (5, 9)]).ordered
