"""Group articles into stories: differences are only sought between reports of one event.

Two articles belong to one story when their leads (title and first
paragraphs, where news states the event) share the words that are rare across
the whole set, and they were not published far apart. Whole texts are not
compared: articles of one outlet share its style and vocabulary whatever they
report, and articles about the same people in different years share names;
the lead's event words (cancel, veto, the place) tell stories apart better.
Words are cut to their first letters so "cancels", "cancelled" and
"cancellation" count as one. Known publication dates more than a few weeks
apart keep articles apart whatever they share.

A term's folder holds thousands of articles, so no step compares every pair:
only articles sharing a word that few articles use are compared (an inverted
index; a word in more than :data:`MAX_POSTING` leads is too common to say two
articles tell one event), and the clustering walks those pairs only. On a
small set every word counts, so the result is exactly that of comparing all
pairs. A story stops growing at :data:`MAX_STORY` articles, so a run of
loosely alike articles can never chain into one giant story that every later
step would compare within.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from factdeck.bank.facts import Facts, SourceArticle
from factdeck.differences.text import body_spans, content_words

MAX_DAYS_APART = 21
MIN_SIMILARITY = 0.07
LEAD_CHARS = 600  # the title and first paragraphs up to about this many characters
STEM = 5  # letters a word is cut to
MIN_PARAGRAPH_WORDS = 8  # shorter blocks are share counts, bylines, "Read more"
MAX_POSTING = 100  # a word in more leads than this proposes no pairs (it still counts in scores)
MAX_STORY = 24  # articles in one story at most: outlets of one event, never a whole term
MIN_IDF_SET = 8  # word rarity is weighed as in a set of at least this many articles


def lead(article: SourceArticle) -> list[str]:
    """The title and the first substantial paragraphs of the body."""
    out = [article.title] if article.title else []
    chars = 0
    for start, end in body_spans(article):
        paragraph = article.text[start:end]
        if len(paragraph.split()) < MIN_PARAGRAPH_WORDS and not paragraph.startswith("#"):
            continue
        if chars > LEAD_CHARS:
            break
        out.append(paragraph)
        chars += len(paragraph)
    return out


def _vector(article: SourceArticle) -> Counter[str]:
    words: Counter[str] = Counter()
    for paragraph in lead(article):
        # presence per paragraph, so one repeated word does not outweigh the rest
        words.update(sorted({w[:STEM] for w in content_words(paragraph) if len(w) > 2}))
    return words


def _weighted(articles: Sequence[SourceArticle]) -> tuple[list[dict[str, float]], Counter[str]]:
    """Unit word vectors (terms in sorted order, so sums never depend on hashing) and
    each term's document frequency."""
    vectors = [_vector(a) for a in articles]
    n = len(articles)
    df: Counter[str] = Counter()
    for v in vectors:
        df.update(v.keys())
    weighted = []
    for v in vectors:
        # rarity as in a set of MIN_IDF_SET articles at least: in a small set that is one
        # story (four outlets), the story's own words are in every lead and must still count
        w = {t: (1 + math.log(v[t])) * math.log((max(n, MIN_IDF_SET) + 1) / df[t])
             for t in sorted(v)}
        norm = math.sqrt(sum(x * x for x in w.values())) or 1.0
        weighted.append({t: x / norm for t, x in w.items()})
    return weighted, df


def similar_pairs(articles: Sequence[SourceArticle], *, max_posting: int = MAX_POSTING
                  ) -> dict[tuple[int, int], float]:
    """Cosine similarity (words weighted by rarity in the set) of the pairs worth comparing.

    Pairs are those sharing a word used in at most ``max_posting`` leads; a
    pair left out shares no word, or only common ones, and counts as 0.
    """
    weighted, df = _weighted(articles)
    postings: dict[str, list[int]] = defaultdict(list)
    for i, w in enumerate(weighted):
        for t in w:
            if df[t] <= max_posting:
                postings[t].append(i)
    out: dict[tuple[int, int], float] = {}
    for i, w in enumerate(weighted):
        # the rare words' share of each partner's cosine, summed through the postings (each
        # pair costs what it shares, not what it holds), then the common words' share
        shared: dict[int, float] = {}
        common = []
        for t, x in w.items():
            if df[t] > max_posting:
                common.append((t, x))
                continue
            for j in postings[t]:
                if j > i:
                    shared[j] = shared.get(j, 0.0) + x * weighted[j][t]
        for j in sorted(shared):
            other = weighted[j]
            s = shared[j] + sum(x * other.get(t, 0.0) for t, x in common)
            if s > 0:
                out[(i, j)] = s
    return out


@dataclass
class _Group:
    members: list[int]
    first: int | None  # earliest and latest known publication, as day ordinals
    last: int | None
    version: int = 0


def _span_ok(a: _Group, b: _Group) -> bool:
    """Every known date of the joined group within :data:`MAX_DAYS_APART` of every other."""
    if a.first is None or b.first is None or a.last is None or b.last is None:
        return True
    return max(a.last, b.last) - min(a.first, b.first) <= MAX_DAYS_APART


def group_stories(articles: Sequence[SourceArticle], *, min_similarity: float = MIN_SIMILARITY,
                  max_story: int = MAX_STORY) -> list[tuple[SourceArticle, ...]]:
    """The articles in stories, largest first; an article alike to no other is a story alone.

    Average linkage: an article joins a story when it is alike to the story's
    articles on average and dated close to every one of them, so one shared
    name cannot chain unrelated events together; a story never grows past
    ``max_story`` articles. The best-scoring pair of groups merges first (ties:
    the groups of the earliest articles), whatever order the sets hash in.
    """
    if len(articles) < 2:
        return [tuple(articles)] if articles else []
    # a build groups the same articles twice (to compare outlets, then to ask story by story):
    # the last answer is kept, for exactly the same articles and settings
    key = (tuple((a.file, a.title, a.published, a.text, a.body) for a in articles),
           min_similarity, max_story)
    if _last_grouping and _last_grouping[0] == key:
        return list(_last_grouping[1])
    found = _group(articles, min_similarity, max_story)
    _last_grouping[:] = [key, tuple(found)]
    return found


_last_grouping: list[Any] = []  # [key, stories] of the last call of group_stories


def _group(articles: Sequence[SourceArticle], min_similarity: float, max_story: int
           ) -> list[tuple[SourceArticle, ...]]:
    groups: dict[int, _Group] = {}
    for i, a in enumerate(articles):
        day = a.published.toordinal() if a.published is not None else None
        groups[i] = _Group([i], day, day)
    # a group is named by its earliest article; links hold summed similarity to neighbours
    links: dict[int, dict[int, float]] = {i: {} for i in groups}
    for (i, j), s in similar_pairs(articles).items():
        links[i][j] = s
        links[j][i] = s
    heap: list[tuple[float, int, int, int, int]] = []

    def push(a: int, b: int) -> None:
        ga, gb = groups[a], groups[b]
        if len(ga.members) + len(gb.members) > max_story or not _span_ok(ga, gb):
            return  # groups only grow: this pair can never merge
        score = links[a][b] / (len(ga.members) * len(gb.members))
        if score >= min_similarity:
            lo, hi = (a, b) if a < b else (b, a)
            heapq.heappush(heap, (-score, lo, hi, groups[lo].version, groups[hi].version))

    for i in sorted(links):
        for j in sorted(links[i]):
            if i < j:
                push(i, j)
    while heap:
        _, a, b, va, vb = heapq.heappop(heap)
        ga, gb = groups.get(a), groups.get(b)
        if ga is None or gb is None or ga.version != va or gb.version != vb:
            continue  # stale: one side has merged since
        ga.members = sorted(ga.members + gb.members)
        if gb.first is not None and gb.last is not None:
            ga.first = gb.first if ga.first is None else min(ga.first, gb.first)
            ga.last = gb.last if ga.last is None else max(ga.last, gb.last)
        ga.version += 1
        del groups[b]
        joined = links.pop(b)
        for c, s in joined.items():
            del links[c][b]
            if c != a:
                links[a][c] = links[a].get(c, 0.0) + s
                links[c][a] = links[a][c]
        links[a].pop(b, None)
        for c in sorted(links[a]):
            push(a, c)
    found = sorted((g.members for g in groups.values()), key=lambda m: (-len(m), m[0]))
    return [tuple(articles[i] for i in m) for m in found]


def facts_by_story(stories: Sequence[Sequence[SourceArticle]], facts: Facts
                   ) -> list[Facts]:
    """Each story's own facts, in the facts' order: a step that works story by story reads
    only these, never every article's (which would make it quadratic in the articles).

    A person named in several stories is in each of them; a difference goes with the story
    of its first report (every report of one difference is of one story).
    """
    story_of = {a.file: n for n, story in enumerate(stories) for a in story}
    parts: list[dict[str, list[Any]]] = [
        {"people": [], "dates": [], "quotes": [], "positions": [], "differences": []}
        for _ in stories]
    for person in facts.people:
        for n in sorted({story_of[f] for f in person.articles if f in story_of}):
            parts[n]["people"].append(person)
    for kind in ("dates", "quotes", "positions"):
        for item in getattr(facts, kind):
            n = story_of.get(item.article)
            if n is not None:
                parts[n][kind].append(item)
    for diff in facts.differences:
        n = story_of.get(diff.reports[0].article) if diff.reports else None
        if n is not None:
            parts[n]["differences"].append(diff)
    return [Facts(articles=tuple(story), **{k: tuple(v) for k, v in part.items()})
            for story, part in zip(stories, parts, strict=True)]
