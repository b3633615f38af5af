"""Keep a built bank varied: not every fact asked twice, no template filling the bank.

A true/false statement about a fact that a choice question already asks adds
little (when true it even repeats the answer), so only some facts get both;
and no one template may fill more than a share of the bank. Both choices
depend only on the question's own key or id, so a rebuild keeps the same ids.
"""

from __future__ import annotations

from collections.abc import Sequence

from factdeck.bank.model import Question
from factdeck.generate.ids import short_hash

TRUE_FALSE_SHARE = 3  # one fact in this many gets a true/false besides its choice question
TEMPLATE_SHARE = 0.2  # no template above this share of the bank ...
TEMPLATE_FLOOR = 12  # ... unless the bank is small


def true_false(key: str) -> bool:
    """Whether the fact with this key also gets a true/false statement."""
    return int(short_hash("true-false", key), 16) % TRUE_FALSE_SHARE == 0


def template(q: Question) -> str:
    """The template a question comes from: its id up to the slug (``date-choice``, ``post``)."""
    head = q.id.rsplit("-", 1)[0]
    for prefix in _TEMPLATES:
        if head.startswith(prefix + "-"):
            return prefix
    return q.id.split("-", 1)[0]


_TEMPLATES = ("date-choice", "date-tf", "date", "post-tf", "post-holders", "post", "holder",
              "said-tf", "said-which", "said", "stance-tf", "stance", "match-posts", "match-quotes",
              "named-in", "timeline", "cloze-name", "cloze-date", "cloze-number", "cloze-place",
              "sources-which-outlet", "sources-version", "sources-match", "sources-quantity",
              "sources-true", "sources-false", "how-many", "which-country")


def capped(questions: Sequence[Question]) -> list[Question]:
    """The questions with each template held to its share; which ones stay depends on ids."""
    limit = max(TEMPLATE_FLOOR, int(len(questions) * TEMPLATE_SHARE))
    by_template: dict[str, list[Question]] = {}
    for q in questions:
        by_template.setdefault(template(q), []).append(q)
    keep: set[str] = set()
    for group in by_template.values():
        ranked = sorted(group, key=lambda q: (short_hash("keep", q.id), q.id))
        keep.update(q.id for q in ranked[:limit])
    return [q for q in questions if q.id in keep]
