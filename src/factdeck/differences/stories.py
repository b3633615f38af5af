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
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from factdeck.bank.facts import SourceArticle
from factdeck.differences.text import body_spans, content_words

MAX_DAYS_APART = 21
MIN_SIMILARITY = 0.07
LEAD_CHARS = 600  # the title and first paragraphs up to about this many characters
STEM = 5  # letters a word is cut to
MIN_PARAGRAPH_WORDS = 8  # shorter blocks are share counts, bylines, "Read more"
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
        words.update({w[:STEM] for w in content_words(paragraph) if len(w) > 2})
    return words


def similarity_matrix(articles: Sequence[SourceArticle]) -> list[list[float]]:
    """Cosine similarity of the articles' word vectors, words weighted by rarity in the set."""
    vectors = [_vector(a) for a in articles]
    n = len(articles)
    df: Counter[str] = Counter()
    for v in vectors:
        df.update(v.keys())
    weighted = []
    for v in vectors:
        # rarity as in a set of MIN_IDF_SET articles at least: in a small set that is one
        # story (four outlets), the story's own words are in every lead and must still count
        w = {t: (1 + math.log(c)) * math.log((max(n, MIN_IDF_SET) + 1) / df[t])
             for t, c in v.items()}
        norm = math.sqrt(sum(x * x for x in w.values())) or 1.0
        weighted.append({t: x / norm for t, x in w.items()})
    sims = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            a, b = weighted[i], weighted[j]
            if len(a) > len(b):
                a, b = b, a
            s = sum(x * b.get(t, 0.0) for t, x in a.items())
            sims[i][j] = sims[j][i] = s
    return sims


def _too_far_apart(a: SourceArticle, b: SourceArticle) -> bool:
    if a.published is None or b.published is None:
        return False
    return abs((a.published - b.published).days) > MAX_DAYS_APART


def group_stories(articles: Sequence[SourceArticle], *, min_similarity: float = MIN_SIMILARITY
                  ) -> list[tuple[SourceArticle, ...]]:
    """The articles in stories, largest first; an article alike to no other is a story alone.

    Average linkage: an article joins a story when it is alike to the story's
    articles on average and dated close to every one of them, so one shared
    name cannot chain unrelated events together.
    """
    if len(articles) < 2:
        return [tuple(articles)] if articles else []
    sims = similarity_matrix(articles)
    groups: list[list[int]] = [[i] for i in range(len(articles))]
    while True:
        best: tuple[float, int, int] | None = None
        for gi in range(len(groups)):
            for gj in range(gi + 1, len(groups)):
                if any(_too_far_apart(articles[a], articles[b])
                       for a in groups[gi] for b in groups[gj]):
                    continue
                score = sum(sims[a][b] for a in groups[gi] for b in groups[gj])
                score /= len(groups[gi]) * len(groups[gj])
                if score >= min_similarity and (best is None or score > best[0]):
                    best = (score, gi, gj)
        if best is None:
            break
        _, gi, gj = best
        groups[gi] = sorted(groups[gi] + groups[gj])
        del groups[gj]
    groups.sort(key=lambda g: (-len(g), g[0]))
    return [tuple(articles[i] for i in g) for g in groups]
