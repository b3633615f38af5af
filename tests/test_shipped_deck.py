"""The shipped deck is what a new user studies first: it must be complete, balanced and provable.

Every evidence quote must really occur in its article, every outlet-comparison
question must cite two or more articles, and the deck must be found where the
CLI looks for it.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from factdeck.bank.check import check_bank
from factdeck.bank.decks import find_decks, resolve_bank_path
from factdeck.bank.load import load_bank
from factdeck.bank.model import (
    Bank,
    ChoiceQuestion,
    ClozeQuestion,
    DateQuestion,
    Kind,
    MatchQuestion,
    OrderQuestion,
    PartialDate,
    ShortQuestion,
    Topic,
)
from factdeck.textnorm import fold, normalize_evidence
from tests.conftest import SHARED, SHIPPED_BANK, SHIPPED_DECK

MIN_QUESTIONS = 90
MIN_PER_KIND = 5
MIN_SOURCES = 12
FAIR_SHARE = 0.12  # every topic holds at least this part of the deck
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@pytest.fixture(scope="module")
def bank() -> Bank:
    return load_bank(SHIPPED_BANK, use_cache=False)


@pytest.fixture(scope="module")
def texts(bank: Bank) -> dict[str, str]:
    """Each article's text, normalised the way evidence is looked up."""
    return {a.id: normalize_evidence(bank.article_path(a).read_text(encoding="utf-8"))
            for a in bank.articles}


def test_deck_loads_with_its_metadata(bank: Bank) -> None:
    assert bank.version == 1
    assert bank.title == "France and Russia, 2015-2017"
    assert bank.description.strip()
    assert bank.language == "en"
    assert len(bank.articles) == 5
    assert set(bank.outlets) == {"WSWS", "RT", "FRANCE 24"}
    for article in bank.articles:
        assert bank.article_path(article).is_file(), article.file
        assert article.file.startswith("articles/")


def test_publication_dates_are_the_ones_the_articles_print(bank: Bank) -> None:
    """A date is given only when the article states it; RT and FRANCE 24 do not."""
    for article in bank.articles:
        text = bank.article_path(article).read_text(encoding="utf-8")
        if article.outlet in ("RT", "FRANCE 24"):
            assert article.published is None, article.id
        else:
            assert article.published is not None, article.id
            printed = f"{article.published.day} {article.published:%B %Y}"
            assert printed in text, (article.id, printed)
            assert article.author and article.author in text


def test_shipped_articles_are_the_collected_ones(bank: Bank) -> None:
    """The deck's article files are byte-for-byte the collected articles."""
    shared = SHARED / "articles"
    if not shared.is_dir():
        pytest.skip("shared/articles is not beside the project")
    for article in bank.articles:
        path = bank.article_path(article)
        assert path.read_bytes() == (shared / path.name).read_bytes(), article.file


def test_counts_per_kind_and_topic(bank: Bank) -> None:
    questions = bank.questions
    assert len(questions) >= MIN_QUESTIONS
    kinds = Counter(q.kind for q in questions)
    topics = Counter(q.topic for q in questions)
    for kind in Kind:
        assert kinds[kind] >= MIN_PER_KIND, (kind, kinds[kind])
    for topic in Topic:
        assert topics[topic] >= FAIR_SHARE * len(questions), (topic, topics[topic])


def test_sources_questions_cite_two_or_more_articles(bank: Bank) -> None:
    sources = bank.select(topics=[Topic.SOURCES])
    assert len(sources) >= MIN_SOURCES
    for q in sources:
        assert len(q.article_ids) >= 2, q.id
    outlets = {bank.article(a).outlet for q in sources for a in q.article_ids}
    assert outlets == {"WSWS", "RT", "FRANCE 24"}


def test_every_evidence_quote_occurs_in_its_article(bank: Bank, texts: dict[str, str]) -> None:
    missing = [(q.id, e.article, e.quote) for q in bank.questions for e in q.evidence
               if normalize_evidence(e.quote) not in texts[e.article]]
    assert not missing
    assert all(q.evidence for q in bank.questions)


def test_every_article_is_used(bank: Bank) -> None:
    used = {a for q in bank.questions for a in q.article_ids}
    assert used == {a.id for a in bank.articles}


def test_ids_tags_and_explanations(bank: Bank) -> None:
    ids = [q.id for q in bank.questions]
    assert len(ids) == len(set(ids))
    for q in bank.questions:
        assert KEBAB.match(q.id), q.id
        assert q.explanation.strip(), q.id
        assert q.tags, q.id
        assert all(tag and not re.search(r"\s", tag) for tag in q.tags), q.id


def test_prompts_do_not_give_their_answer_away(bank: Bank) -> None:
    for q in bank.questions:
        prompt = f" {fold(q.prompt)} "
        if isinstance(q, (ChoiceQuestion, ShortQuestion)):
            for answer in (q.answer, *getattr(q, "accept", ())):
                assert f" {fold(answer)} " not in prompt, (q.id, answer)
        if isinstance(q, ClozeQuestion):
            shown = f" {fold(q.blanked())} {prompt} "
            for gap in q.gaps:
                assert f" {fold(gap)} " not in shown, (q.id, gap)


def test_cloze_gaps_are_backed_by_evidence(bank: Bank) -> None:
    for q in bank.select(kinds=[Kind.CLOZE]):
        assert isinstance(q, ClozeQuestion)
        evidence = " ".join(fold(e.quote) for e in q.evidence)
        for gap in q.gaps:
            assert fold(gap) in evidence, (q.id, gap)


def test_short_questions_accept_alternatives(bank: Bank) -> None:
    for q in bank.select(kinds=[Kind.SHORT]):
        assert isinstance(q, ShortQuestion)
        assert q.accept, q.id


def test_timelines_are_in_date_order(bank: Bank) -> None:
    dated = 0
    for q in bank.select(kinds=[Kind.ORDER]):
        assert isinstance(q, OrderQuestion)
        if not q.dates:
            continue
        dated += 1
        assert len(q.dates) == len(q.items), q.id
        known = [PartialDate.parse(d) for d in q.dates if d]
        # compare on the coarsest precision so that "2016-10" sorts with "2016-10-10"
        keys = [(d.year, d.month or 0) for d in known]
        assert keys == sorted(keys), q.id
    assert dated >= 4


def test_date_answers_fall_within_the_decks_sources(bank: Bank) -> None:
    for q in bank.select(kinds=[Kind.DATE]):
        assert isinstance(q, DateQuestion)
        assert 1991 <= q.date.year <= 2017, q.id


def test_match_sides_are_unique(bank: Bank) -> None:
    for q in bank.select(kinds=[Kind.MATCH]):
        assert isinstance(q, MatchQuestion)
        lefts = [fold(p.left) for p in q.pairs]
        rights = [fold(p.right) for p in q.pairs]
        assert len(set(lefts)) == len(lefts) and len(set(rights)) == len(rights), q.id


def test_factdeck_check_passes() -> None:
    result = check_bank(SHIPPED_DECK)
    assert result.ok, [str(p) for p in result.problems]


def test_deck_is_found_by_name() -> None:
    decks = {d.name: d for d in find_decks()}
    deck = decks["france-russia-2015-2017"]
    assert deck.source == "shipped"
    assert deck.path.resolve() == SHIPPED_BANK.resolve()
    assert resolve_bank_path("france-russia-2015-2017").resolve() == SHIPPED_BANK.resolve()
