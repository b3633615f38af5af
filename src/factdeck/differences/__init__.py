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
                     parse: bool = True, jobs: int = 1) -> tuple[Difference, ...]:
    """Every matter that two or more articles of one story report differently.

    ``facts`` (quotes with their speakers) helps tell who said what; without it
    speakers are found next to verbs of saying. Each report's evidence is an
    exact span of its article's text. ``parse=False`` (or spaCy not installed)
    reads actions and documents with rules (:mod:`.shallow`) instead of a parse.
    Stories are compared independently, in ``jobs`` processes; the result is the
    same, in the same order, whatever ``jobs`` is.
    """
    from factdeck.differences.stories import group_stories

    stories = [s for s in group_stories(articles) if len(s) >= 2]
    tasks = [(story, story_facts, parse)
             for story, story_facts in zip(stories, _story_facts(stories, facts), strict=True)]
    jobs = max(1, min(jobs, len(tasks)))
    if jobs == 1:
        found = [_story_differences(task) for task in tasks]
    else:
        from concurrent.futures import ProcessPoolExecutor

        # largest stories first (group_stories' order), a few small ones per message
        chunk = max(1, min(8, len(tasks) // (jobs * 8)))
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            found = list(pool.map(_story_differences, tasks, chunksize=chunk))
    return tuple(d for diffs in found for d in diffs)


_Task = tuple[tuple[SourceArticle, ...], Facts | None, bool]


def _story_differences(task: _Task) -> list[Difference]:
    """The checked differences of one story (one process's unit of work); a matter found
    twice can only be found twice within one story, so duplicates are dropped here."""
    from factdeck.differences.align import align_story

    story, facts, parse = task
    return _dedupe(_checked(align_story(story, facts, parse=parse), story))


def _story_facts(stories: Sequence[Sequence[SourceArticle]], facts: Facts | None
                 ) -> list[Facts | None]:
    """Each story's own facts, in the facts' order: a story's step reads only these, not
    every article's (which would make the whole step quadratic in the number of articles)."""
    if facts is None:
        return [None] * len(stories)
    story_of = {a.file: n for n, story in enumerate(stories) for a in story}
    parts: list[dict[str, list]] = [{"people": [], "dates": [], "quotes": [], "positions": []}
                                    for _ in stories]
    for person in facts.people:
        for n in sorted({story_of[f] for f in person.articles if f in story_of}):
            parts[n]["people"].append(person)
    for kind in ("dates", "quotes", "positions"):
        for item in getattr(facts, kind):
            n = story_of.get(item.article)
            if n is not None:
                parts[n][kind].append(item)
    return [Facts(articles=tuple(story), **{k: tuple(v) for k, v in part.items()})
            for story, part in zip(stories, parts, strict=True)]


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
