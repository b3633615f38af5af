"""The extraction pipeline: read articles, extract each one (in parallel), then join across them.

Articles are independent until the last step, so they are spread over
processes (``jobs``). The join step gives a surname seen alone in one article
the full name another article uses, merges spellings that differ only by
accents, picks each person's post, and asks :mod:`factdeck.differences` (when
present) how the articles tell the same story differently.
"""

from __future__ import annotations

import importlib
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from factdeck.articles import read_article
from factdeck.extract import dates as dates_mod
from factdeck.extract.people import (
    Mention,
    apposition_post,
    merge_mentions,
    name_mentions,
    names_a_thing,
    resolve_names,
    reverse_apposition,
    single_mentions,
    surname_key,
    surname_mentions,
    titled_mentions,
)
from factdeck.extract.quotes import attribute
from factdeck.extract.reference import Document
from factdeck.extract.spans import span_index
from factdeck.extract.stances import find_stances
from factdeck.extract.text import QuoteSpan, quote_spans, sentences
from factdeck.facts import DatedEvent, Facts, Person, Quote, SourceArticle, Stance
from factdeck.textnorm import fold

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class PersonMention:
    """What one article says of a person: name, post and where."""

    name: str
    post: str | None
    evidence: str | None
    kind: str


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """The facts of one article, before names are joined across articles."""

    article: SourceArticle
    people: tuple[PersonMention, ...]
    dates: tuple[DatedEvent, ...]
    quotes: tuple[Quote, ...]
    stances: tuple[Stance, ...]


def extract_facts(paths: Iterable[str | Path], jobs: int = 1, progress: Progress | None = None,
                  use_nlp: bool | None = None, differences: bool = True) -> Facts:
    """Facts of the articles at ``paths``; ``jobs`` processes; ``use_nlp`` None = when installed.

    ``progress(done, total)`` is called as articles finish; ``differences=False``
    skips comparing the articles (the slow, optional last step).
    """
    paths = [Path(p) for p in paths]
    use_nlp = _want_nlp(use_nlp)
    results = _run(paths, jobs, progress, use_nlp, keep_parses=differences)
    return join(results, differences=differences, parse=use_nlp, jobs=jobs)


def extract_articles(articles: Sequence[SourceArticle], use_nlp: bool | None = False,
                     differences: bool = True) -> Facts:
    """Facts of articles already in memory (one process)."""
    want = _want_nlp(use_nlp)
    nlp = _load_nlp() if want else None
    if want:
        from factdeck.extract import nlp as shared

        shared.keep_parses(differences)  # the differences step completes these docs
    return join([extract_article(a, nlp) for a in articles], differences=differences, parse=want)


def _want_nlp(use_nlp: bool | None) -> bool:
    if use_nlp is False:
        return False
    from factdeck.extract import nlp

    available = nlp.available()
    if use_nlp and not available:
        from factdeck.errors import FactdeckError

        raise FactdeckError("spaCy with an English pipeline is not installed "
                            "(pip install 'factdeck[nlp]' && python -m spacy download en_core_web_sm)")  # noqa: E501
    return available


def _load_nlp() -> Any:
    from factdeck.extract import nlp

    return nlp.load()


_WORKER_NLP: Any = None


def _init_worker(use_nlp: bool, keep_parses: bool = False) -> None:
    """Load the pipeline once per process; ``keep_parses`` keeps the docs for the
    differences step (only where it runs, in this process)."""
    global _WORKER_NLP
    if use_nlp:
        from factdeck.extract import nlp

        nlp.keep_parses(keep_parses)
    _WORKER_NLP = _load_nlp() if use_nlp else None


def _work(path: Path) -> ArticleFacts:
    return extract_article(read_article(path), _WORKER_NLP)


def _run(paths: list[Path], jobs: int, progress: Progress | None, use_nlp: bool,
         keep_parses: bool = False) -> list[ArticleFacts]:
    total = len(paths)
    jobs = max(1, min(jobs, total or 1, os.cpu_count() or 1))
    results: list[ArticleFacts] = []
    if jobs == 1:
        _init_worker(use_nlp, keep_parses)
        for i, path in enumerate(paths, 1):
            results.append(_work(path))
            if progress:
                progress(i, total)
        return results
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                             initargs=(use_nlp,)) as pool:
        chunk = max(1, min(16, total // (jobs * 4) or 1))
        for i, result in enumerate(pool.map(_work, paths, chunksize=chunk), 1):
            results.append(result)
            if progress:
                progress(i, total)
    return results


# ---------------------------------------------------------------- one article

def extract_article(article: SourceArticle, nlp: Any = None) -> ArticleFacts:
    """Every fact of one article, with names resolved inside the article."""
    text = article.text
    paragraphs = list(article.body)
    sents = [s for p in paragraphs for s in sentences(text, *p)]
    doc = Document(text, paragraphs, sents, people_mentions(text, paragraphs, sents, nlp),
                   quote_spans(text, paragraphs))
    found_quotes = attribute(doc)
    found_stances = find_stances(doc)
    file = article.file
    people = tuple(PersonMention(m.name, m.post, text[m.span[0]:m.span[1]] if m.span else None,
                                 m.kind) for m in doc.mentions)
    quotes = tuple(Quote(q.speaker, text[q.start:q.end], file, text[q.evidence[0]:q.evidence[1]])
                   for q in found_quotes)
    stances = tuple(Stance(s.who, s.stance, file, text[s.evidence[0]:s.evidence[1]])
                    for s in found_stances)
    return ArticleFacts(article, people, article_dates(article, sents, doc.quotes, doc.mentions),
                        quotes, stances)


def people_mentions(text: str, paragraphs: list[tuple[int, int]], sents: list[tuple[int, int]],
                    nlp: Any = None) -> list[Mention]:
    """Every mention of a person, with the full name the article uses for them."""
    starts = {s for s, _ in sents}
    titled: list[Mention] = []
    named: list[Mention] = []
    for start, end in paragraphs:
        for m in titled_mentions(text, start, end):
            titled.append(_with_apposition(text, m, start, end))
        for m in name_mentions(text, start, end, starts):
            named.append(_with_apposition(text, m, start, end))
    groups: list[list[Mention]] = [titled, named, single_mentions(text, paragraphs, starts)]
    if nlp is not None:
        from factdeck.extract.nlp import person_mentions

        groups.append(person_mentions(nlp, text, paragraphs))
    merged = [m for m in merge_mentions(groups) if not names_a_thing(text, m.start, m.end)]
    # a capitalised pair opening a sentence counts only if the text confirms it
    confirmed = {m.name for m in merged if m.kind != "initial"}
    merged = [m for m in merged if m.kind != "initial" or m.name in confirmed or m.post
              or _acts(text, m.end)]
    merged = resolve_names(merged)
    extra = surname_mentions(text, paragraphs, dict.fromkeys(m.name for m in merged))  # text order
    return resolve_names(merge_mentions([merged, extra]))


def _acts(text: str, end: int) -> bool:
    from factdeck.extract.people import HUMAN_VERBS

    if re.match(r",[ \u00a0]+(?:who|whose)\b", text[end:end + 10]):
        return True  # "X, who chairs ..." is a person
    m = re.match(r"[ \u00a0]+(\w+)", text[end:end + 30])
    return bool(m and m.group(1) in HUMAN_VERBS)


def _with_apposition(text: str, m: Mention, start: int, end: int) -> Mention:
    if m.post is not None:
        return m
    found = apposition_post(text, m.end, end)
    if found:
        post, post_end = found
        return replace(m, post=post, span=(m.start, post_end), kind="apposition")
    before = reverse_apposition(text, m.start, start)
    if before:
        post, post_start = before
        return replace(m, post=post, span=(post_start, m.end), kind="apposition")
    return m


def article_dates(article: SourceArticle, sents: list[tuple[int, int]],
                  quotes: Sequence[QuoteSpan] = (), mentions: Sequence[Mention] = ()
                  ) -> tuple[DatedEvent, ...]:
    """Every dated event of one article.

    Relative dates inside quotes ("this morning") are the speaker's, not the
    article's, and are left out.
    """
    text = article.text
    floor = None if article.published else dates_mod.infer_anchor(text, list(article.body))
    out: list[DatedEvent] = []
    seen: set[tuple[str, str]] = set()
    people = dates_mod.Referents(sents, list(mentions), [(q.start, q.end) for q in quotes])
    quoted_at = span_index(quotes)  # one long paragraph must not make this quadratic
    for sentence in sents:
        exprs = dates_mod.find_expressions(text, *sentence)
        for expr in exprs:
            quoted = quoted_at.index_of(expr.start) >= 0
            if quoted and expr.value is None:
                continue
            span = dates_mod.evidence_span(text, sentence, expr, exprs)
            context = _unquoted(text, span, [quotes[i] for i in quoted_at.overlapping(*span)])
            value = dates_mod.resolve(expr, text, context, article.published, floor)
            if not value:
                continue
            evidence = text[span[0]:span[1]]
            if (value, evidence) in seen or not evidence.strip():
                continue
            seen.add((value, evidence))
            out.append(DatedEvent(value, dates_mod.event_of(text, span, expr, sentence, people),
                                  article.file,
                                  evidence, text[expr.start:expr.end]))
    return tuple(out)


def _unquoted(text: str, span: tuple[int, int], quotes: Sequence[QuoteSpan]) -> str:
    a, b = span
    chars = list(text[a:b])
    for q in quotes:
        for i in range(max(a, q.start), min(b, q.end)):
            chars[i - a] = " "
    return "".join(chars)


# ---------------------------------------------------------------- across articles

def join(results: Sequence[ArticleFacts], differences: bool = True, parse: bool = True,
         jobs: int = 1) -> Facts:
    """Join names across articles, build the people list, and find differences.

    ``parse=False`` keeps the differences step off spaCy too (the rules-only path);
    ``jobs`` processes compare the stories.
    """
    canon = _canonical_names(results)

    def c(name: str) -> str:
        return canon.get(name, name)

    by_person: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    for r in results:
        for p in r.people:
            name = c(p.name)
            if name not in by_person:
                by_person[name] = {"articles": [], "seen": set(), "posts": Counter(),
                                   "evidence": {}, "kinds": Counter()}
                order.append(name)
            info = by_person[name]
            if not info["articles"] or info["articles"][-1] != r.article.file:
                if r.article.file not in info["seen"]:
                    info["articles"].append(r.article.file)
                    info["seen"].add(r.article.file)
            info["kinds"][p.kind] += 1
            if p.post:
                info["posts"][p.post] += 1
                info["evidence"].setdefault(p.post, (p.evidence, r.article.file))
        for q in r.quotes:
            name = c(q.speaker)
            if name not in by_person:
                by_person[name] = {"articles": [r.article.file], "seen": {r.article.file},
                                   "posts": Counter(), "evidence": {},
                                   "kinds": Counter({"speaker": 1})}
                order.append(name)
    people = []
    for name in order:
        info = by_person[name]
        post = None
        evidence = article = None
        if info["posts"]:
            post = max(info["posts"].items(), key=lambda kv: (kv[1], len(kv[0])))[0]
            evidence, article = info["evidence"][post]
        people.append(Person(name, post, tuple(info["articles"]), evidence, article))
    articles = tuple(r.article for r in results)
    dates = tuple(d for r in results for d in r.dates)
    quotes = tuple(replace(q, speaker=c(q.speaker)) for r in results for q in r.quotes)
    stances = tuple(replace(s, who=c(s.who)) for r in results for s in r.stances)
    facts = Facts(articles=articles, people=tuple(people), dates=dates, quotes=quotes,
                  positions=stances)
    try:
        if not differences:
            return facts
        return replace(facts, differences=_differences(articles, facts, parse, jobs))
    finally:
        _forget_parses()


def _forget_parses() -> None:
    """Free the docs kept for the differences step, which has now run (or never will)."""
    import sys

    shared = sys.modules.get("factdeck.extract.nlp")
    if shared is not None:
        shared.forget()


def _canonical_names(results: Sequence[ArticleFacts]) -> dict[str, str]:
    """name as written -> the name used for the person everywhere."""
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for r in results:
        for p in r.people:
            spellings[fold(p.name)][p.name] += 1
        for q in r.quotes:
            spellings[fold(q.speaker)][q.speaker] += 1
        for s in r.stances:
            spellings[fold(s.who)][s.who] += 1
    display = {k: max(v.items(), key=lambda kv: (kv[1], sum(ord(ch) > 127 for ch in kv[0])))[0]
               for k, v in spellings.items()}
    full_by_key: dict[str, set[str]] = defaultdict(set)
    for folded, name in display.items():
        if len(folded.split()) > 1:
            full_by_key[surname_key(name)].add(name)
    canon: dict[str, str] = {}
    for folded, counter in spellings.items():
        best = display[folded]
        if len(folded.split()) == 1:
            candidates = full_by_key.get(surname_key(best), set())
            if len(candidates) == 1:
                best = next(iter(candidates))
        for written in counter:
            canon[written] = best
    return canon


def _differences(articles: tuple[SourceArticle, ...], facts: Facts, parse: bool, jobs: int = 1
                 ) -> tuple[Any, ...]:
    """How the articles differ, if the differences module is installed."""
    try:
        module = importlib.import_module("factdeck.differences")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("factdeck.differences"):
            return ()
        raise
    find = getattr(module, "find_differences", None)
    if find is None:
        return ()
    jobs = max(1, min(jobs, os.cpu_count() or 1))
    try:
        return tuple(find(articles, facts, parse=parse, jobs=jobs))
    except TypeError:  # an older find_differences without ``parse`` or ``jobs``
        return tuple(find(articles, facts))
