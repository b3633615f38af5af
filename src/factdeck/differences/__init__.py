"""Differences between sources: where outlets tell the same story differently.

:func:`find_differences` groups the articles into stories and, within each
story, aligns statements that report the same matter (figures, quotes,
actions, descriptions, claims), keeping only those reported differently.
"""

from __future__ import annotations

from collections.abc import Sequence

from factdeck.bank.facts import Difference, Facts, Report, SourceArticle

__all__ = ["Difference", "Report", "find_differences"]


def find_differences(articles: Sequence[SourceArticle], facts: Facts | None = None, *,
                     parse: bool = True) -> tuple[Difference, ...]:
    """Every matter that two or more articles of one story report differently.

    ``facts`` (quotes with their speakers) helps tell who said what; without it
    speakers are found next to verbs of saying. Each report's evidence is an
    exact span of its article's text. ``parse=False`` (or spaCy not installed)
    reads actions and documents with rules (:mod:`.shallow`) instead of a parse.
    """
    from factdeck.differences.align import align_story
    from factdeck.differences.stories import group_stories

    out: list[Difference] = []
    for story in group_stories(articles):
        if len(story) < 2:
            continue
        found = align_story(story, facts, parse=parse)
        out.extend(_checked(found, story))
    return tuple(_dedupe(out))


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
    """Drop a difference whose reports all belong to an earlier one (one matter found twice)."""
    out: list[Difference] = []
    for diff in diffs:
        said = {(r.article, r.evidence, r.says) for r in diff.reports}
        if any(said <= {(r.article, r.evidence, r.says) for r in kept.reports} for kept in out):
            continue
        out.append(diff)
    return out
