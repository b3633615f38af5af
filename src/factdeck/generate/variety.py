"""Keep a built bank varied: not every fact asked twice, and each question's template known.

A true/false statement about a fact that a choice question already asks adds
little (when true it even repeats the answer), so only some facts get both; the
choice depends only on the fact's key, so a rebuild keeps the same ids. The share
of the bank one template may fill is the ranker's (:data:`..rank.TEMPLATE_SHARE`).
"""

from __future__ import annotations

from factdeck.bank.model import Question
from factdeck.generate.ids import short_hash

TRUE_FALSE_SHARE = 3  # one fact in this many gets a true/false besides its choice question


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
