"""Which reports of a difference tell the same version, so a question never counts them apart.

A difference lists every article's report, and some of them agree (two
outlets give the same figure, a third another). A question such as "Which
outlet reported X?" must not offer, as a wrong answer, an outlet that said X
in other words; these groups say who agrees with whom.
"""

from __future__ import annotations

import re

from factdeck.bank.facts import Difference, Report
from factdeck.differences.measures import agree, figures
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
            return ma[0].unit.partition(":")[0] == mb[0].unit.partition(":")[0] \
                and agree(ma[0], mb[0])
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


def _actor(says: str) -> str | None:
    match = _NAME_RUN.search(says)
    if not match:
        return None
    words = re.sub(r"[\u2019']s$", "", match.group(0)).split()
    return fold(words[-1]) if words else None


def versions(diff: Difference) -> list[tuple[Report, ...]]:
    """The reports grouped by what they say, in the order they first appear."""
    groups: list[list[Report]] = []
    for report in diff.reports:
        for group in groups:
            if same_version(diff.kind, group[0], report):
                group.append(report)
                break
        else:
            groups.append([report])
    return [tuple(g) for g in groups]
