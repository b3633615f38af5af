from __future__ import annotations

import dataclasses
import datetime as dt

from factdeck.differences.stories import MAX_STORY, group_stories, similar_pairs

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


# ---------------------------------------------------------------- many articles

_SYLLABLES = ("ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "vu", "ze")


def _invented(i: int, length: int = 3) -> str:
    """A made-up word of its own for each number: a name or place no other story shares."""
    out = ""
    for _ in range(length):
        out += _SYLLABLES[i % 10]
        i //= 10
    return out


def _story_article(story: int, outlet: int, day: dt.date | None = dt.date(2031, 5, 1)):
    """One outlet's report of invented event ``story``: a shared frame, the story's own names."""
    from factdeck.bank.facts import SourceArticle

    place, leader, body = (_invented(story * 3 + k, 4).capitalize() for k in range(3))
    title = f"Floods close the {place} valley road as {leader} orders an inquiry"
    text = (f"# {title}\n\nHeavy floods closed the main road through the {place} valley on "
            f"Monday, officials said, and regional leader {leader} ordered an inquiry by the "
            f"{body} agency into the state of the river banks.\n\nResidents of {place} said "
            f"the water rose within an hour, and outlet {outlet} reported that the {body} "
            "agency had warned of the danger last spring.\n")
    body_start = text.index("Heavy")
    return SourceArticle(file=f"s{story:04d}-o{outlet}.txt", text=text, title=title,
                         body=((body_start, text.index("\n\n", body_start)),
                               (text.index("Residents"), len(text) - 1)),
                         published=day)


def test_many_stories_of_one_kind_group_by_their_own_names():
    # 300 floods, each told by three outlets, all on the same day: only names tell them apart
    articles = [_story_article(s, o) for s in range(300) for o in range(3)]
    groups = group_stories(articles)
    assert sorted(len(g) for g in groups) == [3] * 300
    assert all(len({a.file[:5] for a in g}) == 1 for g in groups)


def test_a_story_never_grows_past_the_cap():
    # forty reports of one event: one story would be compared 40 x 40 ways
    articles = [_story_article(7, o) for o in range(40)]
    groups = group_stories(articles, max_story=12)
    assert max(len(g) for g in groups) <= 12
    assert sum(len(g) for g in groups) == 40
    assert max(len(g) for g in group_stories(articles)) <= MAX_STORY


def test_a_chain_of_overlapping_articles_is_not_one_story():
    # each article shares its names with the next one only: A~B, B~C, C~D ... never A~Z
    from factdeck.bank.facts import SourceArticle

    articles = []
    for i in range(30):
        a, b, c = (_invented(k, 4).capitalize() for k in (i, i + 1, 1000 + i))
        text = (f"# {a} and {b} talks\n\nThe talks between {a} and {b} opened on Monday "
                f"at {c}, where delegates met behind closed doors for the whole day.\n")
        articles.append(SourceArticle(file=f"c{i:02d}.txt", text=text, title=f"{a} and {b} talks",
                                      body=((text.index("The"), len(text) - 1),),
                                      published=dt.date(2031, 5, 1)))
    groups = group_stories(articles)
    assert max(len(g) for g in groups) <= 4  # neighbours at most, never the whole chain


def test_articles_far_apart_in_time_never_join_whatever_they_share():
    early = [_story_article(1, o, dt.date(2031, 1, 1)) for o in range(2)]
    late = [dataclasses.replace(_story_article(1, o, dt.date(2031, 6, 1)), file=f"late{o}.txt")
            for o in range(2)]
    assert names(group_stories(early + late)) == [["late0.txt", "late1.txt"],
                                                  ["s0001-o0.txt", "s0001-o1.txt"]]


def test_only_pairs_sharing_a_rare_word_are_compared(articles):
    # a small set: every pair that shares a word is scored, exactly as all pairs would be
    found = list(articles.values())
    every = similar_pairs(found, max_posting=len(found))
    assert similar_pairs(found) == every
    # with no word rare enough, nothing is compared at all
    assert similar_pairs(found, max_posting=0) == {}


def test_the_order_of_articles_given_changes_no_story(articles):
    found = list(articles.values())
    assert names(group_stories(found)) == names(group_stories(found[::-1]))


def test_stories_compared_in_parallel_give_the_same_differences(articles, all_differences):
    from factdeck.differences import find_differences

    found = list(articles.values())
    assert find_differences(found, jobs=2) == all_differences
    assert len({d.aspect for d in all_differences}) > 3
