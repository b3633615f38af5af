"""Differences between sources: where outlets tell the same story differently.

:func:`find_differences` groups the articles into stories and, within each
story, aligns statements that report the same matter (figures, quotes,
actions, descriptions, claims), keeping only those reported differently.
"""

from __future__ import annotations

from collections.abc import Sequence

from factdeck.bank.facts import Difference, Facts, Report, SourceArticle
from factdeck.memory import gc_relaxed
from factdeck.parallel import ordered_map

__all__ = ["Difference", "Report", "find_differences"]


def find_differences(articles: Sequence[SourceArticle], facts: Facts | None = None, *,
                     parse: bool = True, jobs: int = 1) -> tuple[Difference, ...]:
    """Every matter that two or more articles of one story report differently.

    ``facts`` (quotes with their speakers) helps tell who said what; without it
    speakers are found next to verbs of saying. Each report's evidence is an
    exact span of its article's text. ``parse=False`` (or spaCy not installed)
    reads actions and documents with rules (:mod:`.shallow`) instead of a parse.
    Stories are compared independently, in ``jobs`` processes; the result is the
    same, in the same order, whatever ``jobs`` is.
    """
    from factdeck.differences.stories import facts_by_story, group_stories

    stories = [s for s in group_stories(articles) if len(s) >= 2]
    parts: list[Facts | None] = list(facts_by_story(stories, facts)) if facts is not None \
        else [None] * len(stories)
    tasks = [(story, story_facts, parse) for story, story_facts in zip(stories, parts, strict=True)]
    with gc_relaxed():
        found = ordered_map(_story_differences, tasks, jobs)
    return tuple(d for diffs in found for d in diffs)


_Task = tuple[tuple[SourceArticle, ...], Facts | None, bool]


def _story_differences(task: _Task) -> list[Difference]:
    """The checked differences of one story (one process's unit of work); a matter found
    twice can only be found twice within one story, so duplicates are dropped here."""
    from factdeck.differences.align import align_story

    story, facts, parse = task
    return _dedupe(_checked(align_story(story, facts, parse=parse), story))


def _checked(found: list[Difference], story: Sequence[SourceArticle]) -> list[Difference]:
    """Only differences whose every report quotes its article exactly, from two articles or more."""
    texts = {a.file: a.text for a in story}
    out = []
    for diff in found:
        reports = tuple(r for r in diff.reports
                        if r.evidence and r.evidence in texts.get(r.article, ""))
        if len({r.article for r in reports}) >= 2:
            out.append(Difference(aspect=diff.aspect, reports=reports, kind=diff.kind))
    return out


def _dedupe(diffs: list[Difference]) -> list[Difference]:
    """Drop a difference whose reports all belong to an earlier one (one matter found twice,
    also when two readers of figures word the same figures apart: "340 people were injured"
    and "340 people", in the same sentences, under the same aspect)."""
    out: list[Difference] = []
    for diff in diffs:
        said = {(r.article, r.evidence, r.says) for r in diff.reports}
        where = {(r.article, r.evidence) for r in diff.reports}
        if any(said <= {(r.article, r.evidence, r.says) for r in kept.reports}
               or (kept.kind == diff.kind and kept.aspect == diff.aspect
                   and where <= {(r.article, r.evidence) for r in kept.reports})
               for kept in out):
            continue
        out.append(diff)
    return out
