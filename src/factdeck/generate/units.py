"""A large folder is asked about story by story: generation units.

Questions are about one story: its people, dates, figures and outlets. A
folder small enough to be one story (a topic a teacher put together, at most
:data:`WHOLE_FOLDER` articles) is one unit, so its questions may draw on every
article. A larger folder (a term's news) is cut into the stories
:func:`~factdeck.differences.stories.group_stories` finds, and each story is a
unit of its own: its distractors come from the same story, its bank share
does not shrink as the folder grows, and the work per story does not grow
with the folder, so a build is linear in the articles and the units can run
in parallel.
"""

from __future__ import annotations

from factdeck.bank.facts import Facts
from factdeck.differences.stories import MAX_STORY, facts_by_story, group_stories

WHOLE_FOLDER = MAX_STORY  # a folder of at most this many articles is one unit


def generation_units(facts: Facts) -> list[Facts]:
    """``facts`` cut into the units questions are generated for, in a fixed order."""
    if len(facts.articles) <= WHOLE_FOLDER:
        return [facts]
    stories = group_stories(facts.articles)
    # in the order of the folder (a story by its first article), not largest first: a
    # bank reads as the folder does
    position = {a.file: i for i, a in enumerate(facts.articles)}
    stories.sort(key=lambda story: min(position[a.file] for a in story))
    return facts_by_story(stories, facts)
