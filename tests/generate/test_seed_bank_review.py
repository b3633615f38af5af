"""The bank built from the seed articles, read the way a teacher would read it.

Every date asked must be the date the article gives for that sentence (as the
hand-made gold annotation has it), every person offered must be a person, and
the options of a post question must look alike.
"""

import datetime as dt
from pathlib import Path

import pytest
import yaml

from factdeck.bank.model import (
    ChoiceQuestion,
    ClozeQuestion,
    DateQuestion,
    MultiQuestion,
    OrderQuestion,
    PartialDate,
    ShortQuestion,
    Topic,
)
from factdeck.extract.pipeline import extract_facts
from factdeck.generate import build_bank, rank, variety
from factdeck.generate.dates import readable_event
from factdeck.textnorm import fold

SHARED = Path(__file__).resolve().parents[3] / "shared"


@pytest.fixture(scope="module")
def built():
    folder = SHARED / "articles"
    if not folder.is_dir():
        pytest.skip("shared/articles is not beside the project")
    facts = extract_facts(sorted(folder.glob("*.txt")), use_nlp=False, differences=False)
    gold = yaml.safe_load((SHARED / "eval" / "seeds-gold.yaml").read_text(encoding="utf-8"))
    return facts, build_bank(facts), gold


def _gold_dates(gold, facts, bank):
    ids = {a.file: bank.articles[i].id for i, a in enumerate(facts.articles)}
    return [(ids[d["article"]], " ".join(d["evidence"].split()), PartialDate.parse(str(d["date"])))
            for d in gold["dates"]]


def test_every_date_asked_is_the_date_the_article_gives(built):
    facts, bank, gold = built
    golds = _gold_dates(gold, facts, bank)
    asked = [q for q in bank.questions if isinstance(q, (DateQuestion, ChoiceQuestion))
             and q.topic is Topic.DATES]
    assert len(asked) >= 5  # a ranked bank asks the main dates, not every one
    for q in asked:
        ev = q.evidence[0]
        sentence = " ".join(ev.quote.split())
        here = [d for a, text, d in golds if a == ev.article and text in sentence]
        answer = _date(q.answer)
        if here:  # the same date, or one holding the other ("this week" and "Tuesday")
            assert any(_within(answer, d) or _within(d, answer) for d in here), q.prompt


def _date(text: str) -> PartialDate:
    for form, precision in (("%d %B %Y", 3), ("%B %Y", 2), ("%Y", 1)):
        try:
            d = dt.datetime.strptime(text, form)
        except ValueError:
            continue
        return PartialDate(d.year, d.month if precision > 1 else None,
                           d.day if precision > 2 else None)
    return PartialDate.parse(text)


def _within(inner: PartialDate, outer: PartialDate) -> bool:
    return inner.year == outer.year and outer.month in (None, inner.month) and \
        outer.day in (None, inner.day)


def test_date_events_read_as_events(built):
    _, bank, _ = built
    for q in bank.questions:
        if isinstance(q, OrderQuestion):
            assert all(readable_event(i) for i in q.items), q.items
        elif q.topic is Topic.DATES and not isinstance(q, ClozeQuestion):
            event = q.prompt.split("? ", 1)[-1].split(": ", 1)[-1]
            assert event.split()[0].lower() not in {"it", "he", "she", "this", "they", "which"}


def test_every_person_asked_about_is_a_person(built):
    _, bank, gold = built
    surnames = {fold(p["name"]).split()[-1] for p in gold["people"]}
    for q in bank.questions:
        names = []
        if isinstance(q, MultiQuestion) and q.topic is Topic.PEOPLE:
            names = [*q.answers, *q.distractors]
        elif isinstance(q, ShortQuestion) and q.topic is Topic.PEOPLE:
            names = [q.answer]
        for name in names:
            assert fold(name).split()[-1] in surnames, name


def test_post_options_look_alike(built):
    _, bank, _ = built
    for q in bank.questions:
        if isinstance(q, ChoiceQuestion) and q.id.startswith("post-"):
            placed = {" of " in o for o in q.options}
            assert len(placed) == 1 or not q.answer[:1].isupper(), q.options


def test_the_bank_is_varied(built):
    _, bank, _ = built
    limit = max(3, int(rank.target_size(len(bank.articles)) * rank.TEMPLATE_SHARE))
    counts: dict[str, int] = {}
    for q in bank.questions:
        counts[variety.template(q)] = counts.get(variety.template(q), 0) + 1
    assert max(counts.values()) <= limit
    sentences = [q.evidence[0].quote for q in bank.questions if isinstance(q, ClozeQuestion)]
    assert len(sentences) == len(set(sentences))
