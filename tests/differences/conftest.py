"""Invented stories for the differences tests: three outlets telling one ferry disaster
differently, two outlets telling one factory fire the same way, three telling a vote
in parliament alike in very different words, a later article about the same
governor (another story), a summit called off told three ways and a bridge
closure told alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdeck.articles import read_article
from factdeck.bank.facts import SourceArticle

DATA = Path(__file__).parent / "data"
SHARED_EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"
FERRY = ("ferry_herald.txt", "ferry_wire.txt", "ferry_meridian.txt")
FIRE = ("fire_post.txt", "fire_courier.txt")
LATER = ("hospital_herald.txt",)
CRASH = ("crash_first.txt", "crash_second.txt")  # exact counts, blame, a denied claim
REFORM = ("reform_alpha.txt", "reform_beta.txt", "reform_gamma.txt")  # agree in other words
# who cancelled, what was to be opened, what a motion asked for: told differently
SUMMIT = ("summit_gazette.txt", "summit_times.txt", "summit_wire.txt")
BRIDGE = ("bridge_ledger.txt", "bridge_courier.txt")  # the same, active and passive, in other words
# the same doers and things as nouns, passives, possessives and common nouns
CONCERT = ("concert_echo.txt", "concert_daily.txt")


@pytest.fixture(scope="session")
def articles() -> dict[str, SourceArticle]:
    return {p.name: read_article(p) for p in sorted(DATA.glob("*.txt"))}


@pytest.fixture(scope="session")
def all_differences(articles):
    from factdeck.differences import find_differences

    return find_differences(list(articles.values()))


def by_kind(diffs, kind):
    return [d for d in diffs if d.kind == kind]


def says(diff) -> dict[str, str]:
    return {r.article: r.says for r in diff.reports}
