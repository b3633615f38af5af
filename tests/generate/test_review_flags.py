"""The builder writes every question as a draft and flags the ones it doubts."""

from __future__ import annotations

import datetime as _dt
from dataclasses import replace

from factdeck.bank.facts import Facts
from factdeck.bank.lint import doubts
from factdeck.bank.model import (
    Article,
    Bank,
    ChoiceQuestion,
    DateQuestion,
    Evidence,
    Flag,
    Status,
    Topic,
)
from factdeck.generate import build_bank


def test_every_built_question_is_a_draft(facts: Facts) -> None:
    bank = build_bank(facts)
    assert bank.questions
    assert {q.status for q in bank.questions} == {Status.DRAFT}


def test_a_date_from_a_weekday_in_an_undated_article_is_flagged(facts: Facts) -> None:
    undated = replace(facts, articles=tuple(replace(a, published=None) for a in facts.articles))
    flagged = [q for q in build_bank(undated).questions
               if Flag.DATE_WITHOUT_PUBLICATION_DATE in q.flags]
    assert flagged and all(q.topic is Topic.DATES for q in flagged)
    dated = build_bank(facts)
    anchored = {a.id for a in dated.articles if a.published}
    assert not [q for q in dated.questions if Flag.DATE_WITHOUT_PUBLICATION_DATE in q.flags
                and all(e.article in anchored for e in q.evidence)]


def _bank(published: _dt.date | None) -> Bank:
    return Bank(title="t", articles=(Article(id="a", file="a.txt", published=published),),
                questions=())


def test_doubts_name_pronoun_speakers_dangling_prompts_and_unanchored_dates() -> None:
    bank = _bank(None)
    quote = ChoiceQuestion(id="q", topic=Topic.QUOTES, prompt="Who said the road reopens soon?",
                           answer="Ilse Dorn", distractors=("Piet Aalders",),
                           evidence=(Evidence("a", "\u201cThe road reopens soon,\u201d she said"),))
    assert doubts(quote, bank) == (Flag.SPEAKER_FROM_PRONOUN,)
    named = replace(quote, evidence=(Evidence("a", "Dorn was elected in 2019"),))
    assert doubts(named, bank) == ()
    dangling = replace(named, prompt="What did she say about the road?")
    assert doubts(dangling, bank) == (Flag.PROMPT_MAY_NOT_STAND_ALONE,)
    quoted = replace(named, prompt="Who said \u201cshe will stay\u201d?")
    assert doubts(quoted, bank) == ()
    weekday = DateQuestion(id="d", topic=Topic.DATES, prompt="When did Mayor Dorn speak?",
                           answer="2024-03-15", evidence=(Evidence("a", "spoke on Friday"),))
    assert doubts(weekday, bank) == (Flag.DATE_WITHOUT_PUBLICATION_DATE,)
    assert doubts(weekday, _bank(_dt.date(2024, 3, 16))) == ()
    year = replace(weekday, answer="2019", evidence=(Evidence("a", "Dorn was elected in 2019"),))
    assert doubts(year, bank) == ()


def test_the_builder_writes_exactly_its_doubts_as_flags(facts: Facts) -> None:
    bank = build_bank(facts)
    assert all(q.flags == doubts(q, bank) for q in bank.questions)
