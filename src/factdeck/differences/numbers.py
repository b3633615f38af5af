"""Figures for the same quantity that outlets give differently, aligned before compared.

Within a story every figure is read with its unit (:mod:`.measures`); two
figures of different articles are candidates only when their units are the
same (seats with seats, percent with percent, rupees with rupees) and their
sentences are about the same thing (an anchor: shared content words). A
figure that agrees with one the other article gives (hedges and rounding
allowed) is an agreement; of the rest, each figure is paired with its best
candidate (most shared words, then the closest value), and figures too far
apart to be two reports of one quantity (more than 1.6 times) are never
paired: they count different things. Pairs are joined into one difference
per quantity, with every article that gives it.

Candidates come from an index by unit, so the cost grows with the figures
that share a unit, not with all pairs of sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factdeck.bank.facts import Difference, Report
from factdeck.differences.measures import Figure, agree, figures
from factdeck.differences.text import Sentence, content_words
from factdeck.textnorm import normalize_space

MAX_RATIO = 1.6  # figures further apart than this count different things
STEM = 5


NEAR_WORDS = 10  # the words either side of a figure that say what it is a figure of
# words that name one measure in different ways: "at a cost of", "worth", "a budget of"
_CLASSES = {"cost": "cost", "worth": "value", "budge": "cost", "price": "cost", "value": "value",
            "spent": "cost"}


@dataclass(frozen=True)
class _Placed:
    article: int
    sentence: Sentence
    figure: Figure
    stems: frozenset[str]  # the sentence's content words, cut
    near: frozenset[str]  # the content words close to the figure

    @property
    def says(self) -> str:
        # "the 55.8%": the article before a figure is no part of what the outlet gives
        return _THE.sub("", normalize_space(self.sentence.text[self.figure.start:self.figure.end]))


_THE = re.compile(r"^the\s+(?=\S)", re.I)


def _stems(text: str) -> frozenset[str]:
    out = set()
    for w in content_words(text):
        if len(w) > 2 and not w.isdigit():
            out.add(_CLASSES.get(w[:STEM], w[:STEM]))
    return frozenset(out)


def _classed(words: frozenset[str]) -> set[str]:
    """Cost and value are one measure when matching ("worth" and "at a cost of")."""
    return {"cost" if w == "value" else w for w in words}


_PEOPLE_NOUNS = frozenset("""people person resident worker student passenger soldier civilian
official executive employee member child adult woman man voter victim patient prisoner
refugee migrant protester supporter fan staff crew""".split())
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\b(?:to|versus|against|while|but|and)\b")
_NAME_WORD = re.compile(r"\b([A-Z][a-z][\w-]+)(?:['\u2019]s)?\b")
_NOT_OWNERS = frozenset("""The A An He She It They We I In On At With By For After Before When
While Despite According Meanwhile Some More Less Just Over About Nearly Around Monday Tuesday
Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December""".split())


def _owner(group: list[_Placed]) -> str | None:
    """The name whose figure the group gives ("Lopez won 38%", "to Lopez's 61%"), when at least
    two of its articles put the same name before the figure, in the same clause."""
    votes: dict[str, int] = {}
    for p in group:
        text = p.sentence.text[:p.figure.start]
        clause = _CLAUSE_BREAK.split(text)[-1] if text else ""
        names = [m.group(1) for m in _NAME_WORD.finditer(clause)
                 if m.group(1) not in _NOT_OWNERS and m.start() > 0 or
                 (m.group(1) not in _NOT_OWNERS and clause.strip().startswith(m.group(1)))]
        if not names:
            after = re.match(r"\s*(?:of the \w+\s+)?for\s+(?:the\s+|his\s+|her\s+)?"
                             r"(?:[\w-]+,?\s+){0,6}?([A-Z][a-z][\w-]+)(?:\s+[A-Z][a-z][\w-]+)*",
                             p.sentence.text[p.figure.end:])
            if after:
                names = [after.group(0).split()[-1].strip(",")]
        opening = _NAME_WORD.match(p.sentence.text)
        if not names and opening and opening.group(1) not in _NOT_OWNERS \
                and not opening.group(1).endswith(("ing", "ed")):
            names = [opening.group(1)]  # the sentence's subject: "Lopez signs off with 38 goals"
        if names:
            votes[names[-1]] = votes.get(names[-1], 0) + 1
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
        return ranked[0][0]
    return None


def _near(text: str, figure: Figure) -> frozenset[str]:
    before = text[:figure.start].split()[-NEAR_WORDS:]
    after = text[figure.end:].split()[:NEAR_WORDS]
    return _stems(" ".join(before + after))


def _compatible(a: Figure, b: Figure) -> bool:
    if a.unit == b.unit:
        return True
    # a share "of the vote" and a bare percentage may measure the same thing
    return {a.unit.partition(":")[0], b.unit.partition(":")[0]} == {"pct"} and "pct" in (a.unit,
                                                                                           b.unit)


def _anchored(a: _Placed, b: _Placed) -> int:
    """How strongly two figures' sentences are about the same thing (0: not at all)."""
    if not _classed(a.near) & _classed(b.near):
        return 0  # nothing next to the two figures says they measure the same thing
    shared = len(a.stems & b.stems)
    ratio = max(a.figure.value, b.figure.value) / max(min(a.figure.value, b.figure.value), 1e-9)
    if ratio > MAX_RATIO:
        return 0
    if shared >= 2 or (shared == 1 and ratio <= 1.1):
        return shared
    return 0


def figure_differences(story: Sequence[Sequence[Sentence]]) -> list[Difference]:
    """Figures for one quantity that differ between articles beyond hedges and rounding."""
    return figure_alignment(story)[0]


def figure_alignment(story: Sequence[Sequence[Sentence]]
                     ) -> tuple[list[Difference], list[Difference]]:
    """(differences, agreements): figures for one quantity told differently, and told alike
    (within hedges and rounding) by two articles or more."""
    placed: list[_Placed] = []
    for i, sents in enumerate(story):
        for sent in sents:
            found = figures(sent.text)
            if found:
                stems = _stems(sent.text)
                placed.extend(_Placed(i, sent, f, stems, _near(sent.text, f)) for f in found)
    by_kind: dict[str, list[int]] = {}
    for n, p in enumerate(placed):
        by_kind.setdefault(p.figure.unit.partition(":")[0], []).append(n)
    parent = list(range(len(placed)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    differ: list[tuple[int, int]] = []
    for members in by_kind.values():
        per_article: dict[int, list[int]] = {}
        for n in members:
            per_article.setdefault(placed[n].article, []).append(n)
        arts = sorted(per_article)
        for x, ai in enumerate(arts):
            for aj in arts[x + 1:]:
                differ.extend(_pair_articles(placed, per_article[ai], per_article[aj], parent,
                                             find))
    groups: dict[int, list[int]] = {}
    for n in range(len(placed)):
        groups.setdefault(find(n), []).append(n)
    out = []
    reported: set[int] = set()
    for a, _b in differ:
        root = find(a)
        if root in reported:
            continue
        reported.add(root)
        out.append(_difference(placed, groups[root], differ))
    agreed = [_difference(placed, members, differ, kind="agreement")
              for root, members in groups.items()
              if root not in reported and len({placed[n].article for n in members}) > 1]
    return out, agreed


def _pair_articles(placed: list[_Placed], left: list[int], right: list[int], parent: list[int],
                   find) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """Join agreeing figures of two articles; return the disagreeing pairs."""
    given_left, given_right = set(), set()
    for a in left:
        for b in right:
            pa, pb = placed[a], placed[b]
            if _compatible(pa.figure, pb.figure) and agree(pa.figure, pb.figure) \
                    and _anchored(pa, pb):
                given_left.add(a)
                given_right.add(b)
                parent[find(a)] = find(b)
    # any agreeing figure at all (anchored or not) means the figure is given by the other
    for a in left:
        for b in right:
            if _compatible(placed[a].figure, placed[b].figure) and agree(placed[a].figure,
                                                                         placed[b].figure):
                given_left.add(a)
                given_right.add(b)
    candidates = []
    for a in left:
        if a in given_left:
            continue
        for b in right:
            if b in given_right:
                continue
            pa, pb = placed[a], placed[b]
            if not _compatible(pa.figure, pb.figure) or _held_apart(pa, pb):
                continue
            score = _anchored(pa, pb)
            if score:
                gap = abs(pa.figure.value - pb.figure.value) / max(pa.figure.value,
                                                                  pb.figure.value)
                candidates.append((-score, gap, a, b))
    candidates.sort()
    used: set[int] = set()
    out = []
    for _, _, a, b in candidates:
        if a in used or b in used:
            continue
        used.update((a, b))
        out.append((a, b))
        parent[find(a)] = find(b)
    return out


# figures that belong to a party or a candidate: one's share is never another's
_HELD = ("pct:vote", "count:seat")


def _held_apart(a: _Placed, b: _Placed) -> bool:
    """A share of the vote or a number of seats of two different holders ("the Greens took
    41%" and "the Reds finished with 34%"): the name closest before each figure tells."""
    if a.figure.unit not in _HELD or b.figure.unit not in _HELD:
        return False
    ha, hb = _holder(a), _holder(b)
    return ha is not None and hb is not None and ha != hb


def _holder(p: _Placed) -> str | None:
    """The last name before the figure in its sentence (sentence-opening words like "With"
    and weekdays left out)."""
    names = [m.group(1) for m in _NAME_WORD.finditer(p.sentence.text[:p.figure.start])
             if m.group(1) not in _NOT_OWNERS]
    return names[-1] if names else None


def _difference(placed: list[_Placed], members: list[int],
                differ: list[tuple[int, int]], kind: str = "number") -> Difference:
    """One report per article: the figure of the group that takes part in the most pairs."""
    weight = {n: 0 for n in members}
    for a, b in differ:
        if a in weight:
            weight[a] += 1
        if b in weight:
            weight[b] += 1
    best: dict[int, int] = {}
    for n in sorted(members, key=lambda n: (-weight[n], n)):
        best.setdefault(placed[n].article, n)
    chosen = [best[i] for i in sorted(best)]
    # the most specific unit of the group names it ("share of the vote" over "percentage")
    label = max((placed[n].figure for n in chosen), key=lambda f: (len(f.unit), f.unit)).label
    cues = {w for n in chosen for w in placed[n].near if w in ("cost", "value")}
    if label.startswith("sum in") and cues:
        label = label.replace("sum", "cost" if "cost" in cues else "value", 1)  # "worth"
    unit = placed[chosen[0]].figure.unit
    # "Lopez's share of the vote", "Lopez's number of goals"; never "Lopez's residents": a
    # count of people near a name is rarely that person's
    owner = None if unit.startswith("money") or unit.partition(":")[2].split(":")[0] in \
        _PEOPLE_NOUNS else _owner([placed[n] for n in chosen])
    if owner:
        label = f"{owner}\u2019 {label}" if owner.endswith("s") else f"{owner}\u2019s {label}"
    return Difference(aspect=label, kind=kind, reports=tuple(
        Report(placed[n].sentence.article.file, placed[n].says, placed[n].sentence.text)
        for n in chosen))
