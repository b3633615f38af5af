"""Figures for one quantity (deaths, people displaced, seats) that outlets give differently.

A figure counts only with a cue word close to it (see :mod:`.quantities`); two
figures are about the same quantity when their sentences share a word beyond
the cue; and they differ only beyond what their words allow ("nearly half a
million" and "about 480,000" are one figure; "157" and "150" are two).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factdeck.bank.facts import Difference, Report
from factdeck.differences.quantities import CATEGORIES, CATEGORY_LABELS, Count, counts
from factdeck.differences.text import Sentence
from factdeck.textnorm import fold, normalize_space


@dataclass(frozen=True)
class _Figure:
    sentence: Sentence
    count: Count

    @property
    def context(self) -> set[str]:
        """The sentence's words that say what is counted, beyond the cue and the figure."""
        return self.sentence.words() - _CUE_WORDS - _NUMBER_WORDS

    def report(self) -> Report:
        s, e = self.count.span
        says = self.sentence.text[s:e]
        return Report(self.sentence.article.file, normalize_space(says), self.sentence.text)


_CUE_WORDS = frozenset(w for cues in CATEGORIES.values() for cue in cues for w in fold(cue).split())
_NUMBER_WORDS = {"million", "billion", "thousand", "hundred", "half", "quarter", "third",
                 "nearly", "approximately", "about", "around", "over", "least", "almost",
                 "people", "some", "roughly", "estimated"}


def number_differences(story: Sequence[Sequence[Sentence]]) -> list[Difference]:
    """Figures for one quantity that differ between articles (beyond rounding)."""
    by_category: dict[str, list[list[_Figure]]] = {}
    for sents in story:
        figures: dict[str, list[_Figure]] = {}
        for sent in sents:
            for count in counts(sent.text):
                figures.setdefault(count.category, []).append(_Figure(sent, count))
        for category, found in figures.items():
            by_category.setdefault(category, []).append(found)
    out = []
    for category, per_article in by_category.items():
        involved = _disagreeing(per_article)
        if involved:
            out.append(Difference(aspect=CATEGORY_LABELS[category], kind="number",
                                  reports=tuple(f.report() for f in involved)))
    return out


def _disagreeing(per_article: list[list[_Figure]]) -> list[_Figure]:
    """One figure per article that takes part in a disagreement, in article order.

    Two articles disagree when each gives a figure the other does not give (so
    "312 votes to 250" and "250 against, 312 in favour" agree) and the two
    sentences share a word beyond the cue, so they count the same thing.
    """
    picked: dict[int, _Figure] = {}
    for i in range(len(per_article)):
        for j in range(i + 1, len(per_article)):
            only_i = [f for f in per_article[i] if not _given(f, per_article[j])]
            only_j = [f for f in per_article[j] if not _given(f, per_article[i])]
            pairs = [(len(a.context & b.context), -a.sentence.index - b.sentence.index, k, a, b)
                     for k, (a, b) in enumerate((a, b) for a in only_i for b in only_j)
                     if a.context & b.context]
            if not pairs:
                continue
            *_, a, b = max(pairs, key=lambda p: p[:3])
            picked.setdefault(i, a)
            picked.setdefault(j, b)
    if not picked:
        return []
    # an article that sides with one of them is shown too, with its agreeing figure
    for i, figures in enumerate(per_article):
        if i not in picked:
            agreeing = [f for f in figures if any(_given(f, [p]) for p in picked.values())]
            if agreeing:
                picked[i] = agreeing[0]
    return [picked[i] for i in sorted(picked)]


def _given(figure: _Figure, others: list[_Figure]) -> bool:
    return any(figure.count.amount.same_as(o.count.amount) for o in others)
