"""Look-ups over an article's spans (sentences, paragraphs, quotes) in log time.

An article may be one paragraph of megabytes (a pasted page with no line
breaks); asking "which quote holds this offset" by scanning every quote, once
per name or date found, makes extraction quadratic in its length. Spans here
are kept sorted with the running maximum of their ends, so a look-up is a
binary search and answers exactly as a scan in list order would: the first
span, in the order given, that holds the offset.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import Protocol


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


class SpanIndex:
    """``(start, end)`` spans in their given order, searchable by offset.

    ``inclusive`` counts ``end`` itself as inside (paragraphs are matched so).
    Spans in order and not overlapping (what the readers produce) are searched
    by bisection; any other list falls back to a scan, so answers never change.
    """

    def __init__(self, spans: Sequence[tuple[int, int]], *, inclusive: bool = False) -> None:
        self.spans = list(spans)
        self.starts = [s for s, _ in self.spans]
        self.ends = [e for _, e in self.spans]
        self.inclusive = inclusive
        self.ordered = all(self.spans[i][1] <= self.spans[i + 1][0]
                           for i in range(len(self.spans) - 1)) and all(
            s <= e for s, e in self.spans)

    def _holds(self, i: int, pos: int) -> bool:
        s, e = self.spans[i]
        return s <= pos <= e if self.inclusive else s <= pos < e

    def index_of(self, pos: int) -> int:
        """The index of the first span holding ``pos``, or -1."""
        if not self.ordered:
            return next((i for i in range(len(self.spans)) if self._holds(i, pos)), -1)
        i = bisect_right(self.starts, pos) - 1
        if not self.inclusive:
            return i if i >= 0 and self._holds(i, pos) else -1
        # spans ending where the next starts (or empty ones) hold ``pos`` too: the first wins
        found = -1
        while i >= 0 and self.ends[i] >= pos:
            found, i = i, i - 1
        return found

    def overlapping(self, start: int, end: int) -> Iterator[int]:
        """Indexes, in order, of the spans that share an offset with ``[start, end)``
        (ends exclusive)."""
        if not self.ordered:
            yield from (i for i, (s, e) in enumerate(self.spans) if s < end and e > start)
            return
        i = bisect_right(self.ends, start)  # the first span ending after ``start``
        while i < len(self.spans) and self.spans[i][0] < end:
            if self.spans[i][1] > start:
                yield i
            i += 1


def span_index(items: Sequence[_Span]) -> SpanIndex:
    """A :class:`SpanIndex` over objects with ``start`` and ``end`` (quotes, mentions)."""
    return SpanIndex([(q.start, q.end) for q in items])
