"""Facts -> a question bank: every kind of question the facts allow, each with real evidence.

The generators per fact kind do the asking; this module names the articles,
runs them in a fixed order, adds the ``sources`` questions when that module is
installed, and passes everything through a last filter that drops a question
whose evidence is not an exact span of its article or whose options clash, so
a built bank always passes ``factdeck check``. Of what is left, :mod:`.rank`
keeps the flawless questions a teacher would ask first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from factdeck.bank.facts import Facts
from factdeck.bank.lint import doubts
from factdeck.bank.model import (
    Article,
    Bank,
    ChoiceQuestion,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    Question,
    ShortQuestion,
    Status,
    Topic,
)
from factdeck.generate import (
    cloze,
    dates,
    figures,
    people,
    quotes,
    rank,
    sources,
    stances,
    subjects,
)
from factdeck.generate.context import Context
from factdeck.generate.ids import article_ids
from factdeck.generate.story import story_of
from factdeck.generate.units import generation_units
from factdeck.memory import gc_relaxed
from factdeck.parallel import ordered_map
from factdeck.textnorm import fold, normalize_evidence

GENERATORS: tuple[Callable[[Context], list[Question]], ...] = (
    dates.questions, subjects.questions, figures.questions, people.questions, stances.questions,
    quotes.questions, cloze.questions,
)


def build_bank(facts: Facts, *, title: str | None = None,
               article_files: dict[str, str] | None = None, jobs: int = 1) -> Bank:
    """A bank of questions about ``facts``.

    ``article_files`` maps an article's file name to its path relative to the
    bank (default ``articles/<file name>``). A large folder is asked about story
    by story (:mod:`.units`), in ``jobs`` processes. The same facts always give
    the same bank, ids included, whatever ``jobs`` is.
    """
    ids = article_ids(facts.articles)
    files = article_files or {}
    articles = tuple(
        Article(id=ids[a.file], file=files.get(a.file, f"articles/{a.file}"),
                outlet=a.outlet, title=a.title, author=a.author, published=a.published,
                url=a.url)
        for a in facts.articles)
    units = generation_units(facts)
    tasks = [(unit, {a.file: ids[a.file] for a in unit.articles}) for unit in units]
    with gc_relaxed():
        per_unit = ordered_map(unit_questions, tasks, jobs)
    unique: dict[str, Question] = {}
    for q in (q for found in per_unit for q in found):
        unique.setdefault(q.id, q)
    order = {t: i for i, t in enumerate(Topic)}
    # by topic; within a topic, story by story and best first (a stable sort)
    questions = sorted(unique.values(), key=lambda q: order[q.topic])
    # the headline shown above every question: only when the bank tells one story
    story = story_of(facts) if len(units) == 1 else None
    bank = Bank(title=title or _default_title(facts), description=_description(facts),
                articles=articles, questions=tuple(questions), story=story)
    return replace(bank, questions=tuple(_for_review(q, bank) for q in questions))


def unit_questions(task: tuple[Facts, dict[str, str]]) -> list[Question]:
    """The kept questions of one unit (one process's work): every generator, the last
    soundness filter, then the ranker's choice for this unit's share of the bank."""
    facts, ids = task
    ctx = Context.of(facts, ids)
    found: list[Question] = []
    for generate in GENERATORS:
        found += generate(ctx)
    found += sources.source_questions(facts, ctx.ids)
    texts = {ctx.ids[a.file]: normalize_evidence(a.text) for a in facts.articles}
    unique: dict[str, Question] = {}
    for q in found:
        if _sound(q, texts):
            unique.setdefault(q.id, q)
    return rank.select(list(unique.values()), ctx)


def _for_review(q: Question, bank: Bank) -> Question:
    """A built question as a draft for the teacher, with the builder's doubts as flags."""
    return replace(q, status=Status.DRAFT, flags=doubts(q, bank))


def _sound(q: Question, texts: dict[str, str]) -> bool:
    """Evidence present and found in its article; answers and options without clashes."""
    if not q.evidence or not q.prompt.strip():
        return False
    for ev in q.evidence:
        text = texts.get(ev.article)
        if not text or not ev.quote.strip() or normalize_evidence(ev.quote) not in text:
            return False
    if q.topic is Topic.SOURCES and len(q.article_ids) < 2:
        return False
    if isinstance(q, ChoiceQuestion):
        options = [fold(o) for o in q.options]
        return bool(q.distractors) and len(set(options)) == len(options) and all(options)
    if isinstance(q, MultiQuestion):
        options = [fold(o) for o in q.options]
        return bool(q.answers) and len(set(options)) == len(options) and all(options)
    if isinstance(q, ShortQuestion):
        accepted = [fold(a) for a in (q.answer, *q.accept)]
        return all(accepted) and len(set(accepted)) == len(accepted)
    if isinstance(q, MatchQuestion):
        lefts = [fold(p.left) for p in q.pairs]
        rights = [fold(p.right) for p in q.pairs]
        return (len(q.pairs) >= 2 and len(set(lefts)) == len(lefts)
                and len(set(rights)) == len(rights))
    if isinstance(q, OrderQuestion):
        items = [fold(i) for i in q.items]
        return len(items) >= 2 and len(set(items)) == len(items)
    return True


def _default_title(facts: Facts) -> str:
    titles = [a.title for a in facts.articles if a.title]
    if len(facts.articles) == 1 and titles:
        return titles[0]
    outlets = list(dict.fromkeys(a.outlet for a in facts.articles if a.outlet))
    years = sorted({a.published.year for a in facts.articles if a.published})
    span = f", {years[0]}" if len(years) == 1 else f", {years[0]}\u2013{years[-1]}" if years \
        else ""
    if outlets:
        return f"{len(facts.articles)} articles from {', '.join(outlets)}{span}"
    return f"{len(facts.articles)} articles{span}"


def _description(facts: Facts) -> str:
    n = len(facts.articles)
    return f"Built by factdeck from {n} article{'s' if n != 1 else ''}."
