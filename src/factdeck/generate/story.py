"""The story a bank is about: the headline the quiz and the worksheet show above every question.

Generation needs it twice: to write it into the bank, and to leave out a question whose
answer that headline already gives (a learner reads it before every prompt).
"""

from __future__ import annotations

import re
from collections import Counter

from factdeck.bank.facts import Facts
from factdeck.bank.model import Story
from factdeck.textnorm import fold


def story_of(facts: Facts) -> Story | None:
    """The story the articles tell: the headline that shares most words with the others
    (the most typical one), and the first and last publication dates."""
    titles = [a.title.strip() for a in facts.articles if a.title and a.title.strip()]
    if not titles:
        return None
    words = [set(re.findall(r"\w{4,}", fold(t))) for t in titles]
    # words shared with the other headlines, summed over them: each word counts once per
    # other headline holding it (linear, where comparing every pair would not be)
    held = Counter(w for ws in words for w in ws)
    best = max(range(len(titles)), key=lambda i: (
        sum(held[w] - 1 for w in words[i]), -len(titles[i]), -i))
    days = sorted(a.published for a in facts.articles if a.published)
    return Story(titles[best], days[0] if days else None, days[-1] if days else None)
