"""The shipped deck agrees with itself: no explanation dates an article the deck leaves undated."""

from __future__ import annotations

import re

import pytest

from factdeck.bank.load import load_bank

from .conftest import ROOT, SHIPPED_DECK

MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
          "December")


@pytest.mark.parametrize("bank_path", [SHIPPED_DECK / "bank.yaml",
                                       ROOT / "decks" / SHIPPED_DECK.name / "bank.yaml"],
                         ids=["package", "repository"])
def test_an_undated_article_is_never_dated_in_an_explanation(bank_path) -> None:  # noqa: ANN001
    bank = load_bank(bank_path)
    undated = [a for a in bank.articles if a.published is None]
    assert undated, "the test needs an undated article to mean something"
    problems = []
    for article in undated:
        outlet = re.escape(article.outlet or article.id)
        # "RT, October 2016", "RT (October 2016)", "RT, 2016"
        dated = re.compile(rf"\b{outlet}\s*(,|\()\s*((\d{{1,2}}\s+)?({MONTHS})\s+)?\d{{4}}\b")
        for question in bank.questions:
            if article.id in question.article_ids and dated.search(question.explanation):
                problems.append((question.id, question.explanation))
    assert problems == []


def test_both_copies_of_the_shipped_deck_are_identical() -> None:
    package = (SHIPPED_DECK / "bank.yaml").read_bytes()
    assert (ROOT / "decks" / SHIPPED_DECK.name / "bank.yaml").read_bytes() == package
