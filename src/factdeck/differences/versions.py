"""Which reports of a difference tell the same version, so a question never counts them apart.

A difference lists every article's report, and some of them agree (two
outlets give the same figure, a third another). A question such as "Which
outlet reported X?" must not offer, as a wrong answer, an outlet that said X
in other words; these groups say who agrees with whom.
"""

from __future__ import annotations

import math
import re

from factdeck.bank.facts import Difference, Report
from factdeck.differences.measures import Figure, agree, figures
from factdeck.differences.quantities import amounts
from factdeck.differences.remarks import worded_differently
from factdeck.differences.text import content_words
from factdeck.textnorm import fold

_HEDGE = re.compile(r"\b(?:may|might|could|would|not|no|never|plans?|planned|expected|due|"
                    r"threaten(?:s|ed)?|reluctant|ready|considering)\b", re.I)
_NAME_RUN = re.compile(r"(?:[A-Z][\w\u2019'-]+\s+)*[A-Z][\w-]+")


def same_version(kind: str, a: Report, b: Report) -> bool:
    """True when two reports of one difference say the same thing."""
    fa, fb = fold(a.says), fold(b.says)
    if fa == fb:
        return True
    if kind == "number":
        ma, mb = figures(a.says), figures(b.says)
        if ma and mb:  # hedges and rounding: "some 38%" is 37.82%
            return figures_agree(ma[0], mb[0])
        xa, xb = amounts(a.says), amounts(b.says)
        return bool(xa and xb) and xa[0].same_as(xb[0])
    if kind == "wording":
        return not worded_differently(a.says, b.says)
    if kind in ("name", "place"):
        return False  # two spellings, two places: each its own version
    if kind == "actor":
        return _actor(a.says) == _actor(b.says) and bool(_HEDGE.search(a.says)) == bool(
            _HEDGE.search(b.says))
    if kind == "claim":
        return False
    if kind == "date":
        return a.says.split()[:1] == b.says.split()[:1]
    wa, wb = content_words(a.says), content_words(b.says)
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) > 0.5


def figures_agree(a: Figure, b: Figure) -> bool:
    """Two figures of one kind (shares, sums, counts) that tell the same figure, given hedges
    and rounding: "some 62%" and "61.87 percent", "Rs 900 crore" and "Rs 915 crore"."""
    return a.unit.partition(":")[0] == b.unit.partition(":")[0] and (agree(a, b) or
                                                                  _rounded(a, b))


ROUNDING = 0.05  # a round figure this close to a finer one may be it, rounded
SHARE_POINTS = 1.0  # two shares closer than this many points tell one result, not two


def _rounded(a: Figure, b: Figure) -> bool:
    """One figure is the other rounded or cut to its own precision ("Rs 900 crore" for 915
    crore, "61%" for 61.87%), or two shares lie within a point of each other (a count at
    another stage): setting them against each other would ask about rounding, not news."""
    if a.unit.startswith("pct") and b.unit.startswith("pct"):
        return abs(a.value - b.value) < SHARE_POINTS
    fine, coarse = sorted((a, b), key=_precision)
    step = _precision(coarse)
    if step <= _precision(fine) or abs(fine.value - coarse.value) > ROUNDING * abs(fine.value):
        return False  # "300 killed" is no rounding of 262: a round figure may be a claim too
    near = round(fine.value / step) * step
    cut = math.floor(fine.value / step) * step
    return math.isclose(near, coarse.value) or math.isclose(cut, coarse.value)


def _precision(f: Figure) -> float:
    """The step a figure is written to: 0.01 for 61.87, 100 for 900, a billion for "9
    billion", a hundred million for "1.2 billion" (read from the value: the scale words
    are in it already)."""
    value = abs(f.value)
    if not value:
        return 1.0
    step = 10.0 ** math.floor(math.log10(value))  # the figure's first digit
    while step > 1e-6 and not math.isclose(value / step, round(value / step), abs_tol=1e-6):
        step /= 10
    return step


def _actor(says: str) -> str | None:
    match = _NAME_RUN.search(says)
    if not match:
        return None
    words = re.sub(r"[\u2019']s$", "", match.group(0)).split()
    return fold(words[-1]) if words else None


def versions(diff: Difference) -> list[tuple[Report, ...]]:
    """The reports grouped by what they say, in the order they first appear.

    A report joins every group holding a report that says the same, and those groups merge:
    "some 62%" agrees with 61.87% though not with the 61% that opened the group.
    """
    groups: list[list[Report]] = []
    for report in diff.reports:
        joined = [g for g in groups if any(same_version(diff.kind, r, report) for r in g)]
        if not joined:
            groups.append([report])
            continue
        first = joined[0]
        for other in joined[1:]:
            first.extend(other)
        groups = [g for g in groups if not any(g is other for other in joined[1:])]
        first.append(report)
    order = {id(r): n for n, r in enumerate(diff.reports)}
    return [tuple(sorted(g, key=lambda r: order[id(r)])) for g in groups]
