"""Align what different articles of one story say about the same matter, and keep what differs.

Each aligner looks for one kind of matter that outlets report differently:

* :mod:`.figures` -- figures for the same quantity (deaths, people displaced, seats...);
* :mod:`.wording` -- the same quote by the same speaker, worded differently;
* :mod:`.actions` -- the same action told with different actors, as done by one
  and only possible or denied by another, or done to different things;
* :mod:`.documents` -- what a resolution, bill or plan asks for, told differently;
* :mod:`.shallow` -- actions and documents read with rules, when spaCy is not installed;
* :mod:`.claims` -- a claim about an institution that another outlet qualifies or denies;
* :mod:`.dated` -- one event given different dates (from the extracted dates).

Precision matters as much as recall: a "difference" that is none misleads a
learner. So every aligner demands an anchor that makes the two statements
about the same matter (the same cue word and a shared name, the same
speaker, the same action and a shared name) and drops pairs that say the same
thing, even when the words differ slightly (same figure within rounding, the
same quote up to punctuation or an excerpt of it, the same actor).
"""

from __future__ import annotations

from collections.abc import Sequence

from factdeck.bank.facts import Difference, Facts, SourceArticle
from factdeck.differences.actions import action_differences
from factdeck.differences.claims import claim_differences
from factdeck.differences.dated import date_differences
from factdeck.differences.days import day_differences
from factdeck.differences.documents import content_differences
from factdeck.differences.figures import number_differences
from factdeck.differences.names import age_differences, name_differences
from factdeck.differences.numbers import figure_alignment, figure_differences
from factdeck.differences.places import place_differences
from factdeck.differences.remarks import remark_alignment, remark_differences
from factdeck.differences.shallow import rule_action_differences, rule_content_differences
from factdeck.differences.text import body_spans, sentences
from factdeck.differences.wording import quote_differences

__all__ = ["action_differences", "align_agreements", "align_story", "claim_differences",
           "content_differences",
           "date_differences", "number_differences", "quote_differences"]


def align_story(story: Sequence[SourceArticle], facts: Facts | None = None, *,
                parse: bool = True) -> list[Difference]:
    """Every difference the aligners find between the articles of one story."""
    parsed = [sentences(a, parse=parse) for a in story]
    known = facts.quotes if facts is not None else ()
    has_parse = any(s.doc is not None for sents in parsed for s in sents)
    # without spaCy, who did what to what is read with rules (:mod:`.shallow`)
    actions = action_differences if has_parse else rule_action_differences
    contents = content_differences if has_parse else rule_content_differences
    return [
        *actions(parsed),
        *number_differences(parsed),
        *figure_differences(parsed),
        *name_differences(parsed, facts),
        *age_differences(parsed, facts),
        *day_differences(parsed),
        *place_differences(parsed),
        *remark_differences(story, [body_spans(a) for a in story], known),
        *contents(parsed),
        *claim_differences(parsed),
        *date_differences(story, facts),
    ]


def align_agreements(story: Sequence[SourceArticle], facts: Facts | None = None, *,
                     parse: bool = True) -> list[Difference]:
    """What the articles of one story report alike, as the aligners pair it (kind
    ``agreement``): figures within hedges and rounding, remarks quoted alike. ``factdeck
    compare --all`` shows them beside the differences, so a teacher sees what was compared."""
    parsed = [sentences(a, parse=parse) for a in story]
    known = facts.quotes if facts is not None else ()
    texts = {a.file: a.text for a in story}
    found = [*figure_alignment(parsed)[1],
             *remark_alignment(story, [body_spans(a) for a in story], known)[1]]
    return [d for d in found if all(r.evidence in texts.get(r.article, "") for r in d.reports)]
