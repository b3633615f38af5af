from __future__ import annotations

import dataclasses
import datetime as dt

from factdeck.differences.stories import group_stories

from .conftest import BRIDGE, CONCERT, CRASH, FERRY, FIRE, LATER, REFORM, SUMMIT


def names(groups):
    return sorted(sorted(a.file for a in g) for g in groups)


def test_articles_of_one_event_form_one_story(articles):
    groups = group_stories(list(articles.values()))
    assert names(groups) == sorted([sorted(FERRY), sorted(FIRE), sorted(LATER), sorted(REFORM),
                                    sorted(CRASH), sorted(SUMMIT), sorted(BRIDGE),
                                    sorted(CONCERT)])


def test_dates_far_apart_keep_articles_apart_whatever_they_share(articles):
    herald = articles["ferry_herald.txt"]
    moved = dataclasses.replace(articles["ferry_wire.txt"], published=dt.date(2035, 1, 1))
    assert names(group_stories([herald, moved])) == [["ferry_herald.txt"], ["ferry_wire.txt"]]


def test_undated_articles_join_by_their_lead(articles):
    undated = [dataclasses.replace(articles[f], published=None)
               for f in (*FERRY, *FIRE, *REFORM)]
    assert names(group_stories(undated)) == sorted([sorted(FERRY), sorted(FIRE), sorted(REFORM)])


def test_shared_articles_group_into_the_one_story_they_tell(shared_articles):
    from factdeck.articles import read_article

    found = group_stories([read_article(p) for p in sorted(shared_articles.glob("*.txt"))])
    sizes = sorted(len(g) for g in found)
    assert sizes == [1, 1, 3]
    story = next(g for g in found if len(g) == 3)
    assert len({a.outlet for a in story}) == 3


def test_one_or_no_article():
    assert group_stories([]) == []
