"""One event dated differently by two articles, from the dated events extraction found."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factdeck.bank.facts import Difference, Facts, Report, SourceArticle
from factdeck.differences.text import clip, content_words
from factdeck.textnorm import fold

_GENERIC_EVENT_WORDS = frozenset("""said told added reported announced according week month monday
tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december""".split())


def date_differences(story: Sequence[SourceArticle], facts: Facts | None) -> list[Difference]:
    """One event dated differently by two articles (dates neither of which contains the other).

    Uses the dated events extraction found; two events are the same when their
    descriptions are alike and share at least three meaningful words.
    """
    from rapidfuzz import fuzz

    if facts is None:
        return []
    files = {a.file: a for a in story}
    events = [d for d in facts.dates if d.article in files and d.evidence
              and d.evidence in files[d.article].text]
    out = []
    used: set[int] = set()
    for i, a in enumerate(events):
        if i in used:
            continue
        wa = content_words(a.event) - _GENERIC_EVENT_WORDS
        group = [a]
        for j in range(i + 1, len(events)):
            b = events[j]
            if j in used or b.article in {g.article for g in group}:
                continue
            wb = content_words(b.event) - _GENERIC_EVENT_WORDS
            if len(wa & wb) < 3 or fuzz.token_set_ratio(fold(a.event), fold(b.event)) < 75:
                continue
            if _compatible(a.date, b.date):
                continue
            group.append(b)
            used.add(j)
        if len(group) < 2:
            continue
        event = min((g.event for g in group), key=len)
        event = re.sub(r"^(?:A|An|The)\b", lambda m: m.group(0).lower(), event)  # mid-sentence
        out.append(Difference(aspect=f"when {clip(event, 14)}", kind="date", reports=tuple(
            Report(g.article, g.date + (f" ({g.expression})" if g.expression else ""),
                   g.evidence) for g in group)))
    return out


def _compatible(a: str, b: str) -> bool:
    """True when one date contains the other (2016-10 and 2016-10-08)."""
    return a.startswith(b) or b.startswith(a)
