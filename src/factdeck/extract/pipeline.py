"""The extraction pipeline: read articles, extract each one (in parallel), then join across them.

Articles are independent until the last step, so they are spread over
processes (``jobs``). The join step gives a surname seen alone in one article
the full name another article uses, merges spellings that differ only by
accents, picks each person's post, and asks :mod:`factdeck.differences` (when
present) how the articles tell the same story differently.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from itertools import permutations
from pathlib import Path
from typing import Any

from factdeck.articles import read_article
from factdeck.bank.facts import DatedEvent, Difference, Facts, Person, Quote, SourceArticle, Stance
from factdeck.differences import find_differences
from factdeck.extract import dates as dates_mod
from factdeck.extract.people import (
    Mention,
    _credit,
    _cut_off,
    _is_label,
    acronyms,
    apposition_post,
    coordinated_mentions,
    described_mentions,
    expand_acronyms,
    led_by_mentions,
    line_roles,
    merge_mentions,
    name_mentions,
    named_mentions,
    names_a_thing,
    resolve_names,
    reverse_apposition,
    single_mentions,
    surname_key,
    surname_mentions,
    titled_mentions,
    written_lowercase,
)
from factdeck.extract.quotes import attribute
from factdeck.extract.reference import Document
from factdeck.extract.spans import span_index
from factdeck.extract.stances import find_stances
from factdeck.extract.text import QuoteSpan, blocks, quote_spans, sentences
from factdeck.memory import gc_relaxed
from factdeck.parallel import ordered_map
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
    # an undated article's sentences, quotes and mentions: its relative dates are resolved
    # again in :func:`join`, against the publication dates of the other articles
    date_inputs: tuple[Any, ...] | None = None


def extract_facts(paths: Iterable[str | Path], jobs: int = 1, progress: Progress | None = None,
                  use_nlp: bool | None = None, differences: bool = True) -> Facts:
    """Facts of the articles at ``paths``; ``jobs`` processes; ``use_nlp`` None = when installed.

    ``progress(done, total)`` is called as articles finish; ``differences=False``
    skips comparing the articles (the slow, optional last step).
    """
    paths = [Path(p) for p in paths]
    use_nlp = _want_nlp(use_nlp)
    with gc_relaxed():
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

        raise FactdeckError("spaCy with an English pipeline is not installed (pip install "
                            "'factdeck[nlp]' && python -m spacy download en_core_web_sm)")
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
    lines = blocks(text, paragraphs)  # a quote never runs over a line the page broke
    doc = Document(text, lines, sents, people_mentions(text, paragraphs, sents, nlp),
                   quote_spans(text, lines))
    found_quotes = attribute(doc)
    found_stances = find_stances(doc)
    file = article.file
    people = tuple(PersonMention(m.name, m.post, text[m.span[0]:m.span[1]] if m.span else None,
                                 m.kind) for m in doc.mentions)
    quotes = tuple(Quote(q.speaker, text[q.start:q.end], file, text[q.evidence[0]:q.evidence[1]])
                   for q in found_quotes)
    stances = tuple(Stance(s.who, s.stance, file, text[s.evidence[0]:s.evidence[1]])
                    for s in found_stances)
    inputs = None if article.published else (sents, tuple(doc.quotes), tuple(doc.mentions))
    return ArticleFacts(article, people, article_dates(article, sents, doc.quotes, doc.mentions),
                        quotes, stances, inputs)


def people_mentions(text: str, paragraphs: list[tuple[int, int]], sents: list[tuple[int, int]],
                    nlp: Any = None) -> list[Mention]:
    """Every mention of a person, with the full name the article uses for them.

    Page furniture is read with care: link teasers and bylines give no one,
    and a name seen only in a heading or a caption printed twice must be
    confirmed by the article's sentences.
    """
    starts = {s for s, _ in sents}
    lower_words = frozenset(_LOWER_WORD.findall(text))
    roles = [r for p in paragraphs for r in line_roles(text, *p)]
    skip = [(s, e) for s, e, role in roles if role == "skip"]
    weak = [(s, e) for s, e, role in roles if role in {"weak", "echo"}]
    echo = [(s, e) for s, e, role in roles if role == "echo"]
    titled: list[Mention] = []
    named: list[Mention] = []
    for start, end in paragraphs:
        for m in titled_mentions(text, start, end):
            titled.append(_with_apposition(text, m, start, end, both=True))
        for m in name_mentions(text, start, end, starts):
            named.append(_with_apposition(text, m, start, end))
        named.extend(named_mentions(text, start, end))
        named.extend(described_mentions(text, start, end))
        named.extend(led_by_mentions(text, start, end))
    groups: list[list[Mention]] = [titled, named, single_mentions(text, paragraphs, starts)]
    if nlp is not None:
        from factdeck.extract.nlp import person_mentions

        groups.append(person_mentions(nlp, text, paragraphs))
    merged = [m for m in merge_mentions(groups)
              if not _inside(m.start, skip) and not names_a_thing(text, m.start, m.end)
              and not (m.kind != "titled" and _not_a_name(text, m, lower_words))]
    gods = {m.name for m in merged
            if _DEITY.search(text[max(0, (m.span or (m.start,))[0] - 12):m.start])}
    merged = [m for m in merged if m.name not in gods]  # "the god Lord Vishnu", everywhere
    known = {m.name for m in merged if len(m.tokens) > 1}
    pairs = [c for start, end in paragraphs for c in coordinated_mentions(text, start, end, known)]
    merged = merge_mentions([merged, pairs])
    # a capitalised pair opening a sentence, a name in a heading or a lone name found by the
    # statistical model counts only if the text confirms it
    sure = {m.name for m in merged if m.kind not in {"initial", "nlp"}
            and (m.kind == "titled" and not _inside(m.start, echo) or not _inside(m.start, weak))
            and not _cut_off(text, m.end, 0)}
    merged = [m for m in merged if m.name in sure or not _inside(m.start, echo) and (
        m.post or _confirmed(text, m, weak, known))]
    merged = resolve_names(merged)
    extra = surname_mentions(text, paragraphs, dict.fromkeys(m.name for m in merged))  # text order
    extra = [m for m in extra if not _inside(m.start, skip)]
    return resolve_names(merge_mentions([merged, extra]))


_LOWER_WORD = re.compile(r"(?<![\w-])[a-zß-ÿ]+(?![\w-])")
_DEITY = re.compile(r"\b(?i:gods?|goddess(?:es)?|deit(?:y|ies))[ \u00a0]+"
                    r"(?:[A-Z][a-z]+[ \u00a0]+)?$")  # "the goddess X", "Gods Lord X"


def _not_a_name(text: str, m: Mention, lower_words: frozenset[str]) -> bool:
    """Words the rules or the model took for a name: a credit, a label, a model number."""
    return (written_lowercase(text, m.name, lower_words) or _credit(text, m.start, m.end)
            or _is_label(text, m.start, m.end) or any(ch.isdigit() for ch in m.name))


_PRIVATE = frozenset({"resident", "witness", "survivor", "fan", "victim", "neighbour", "neighbor",
                      "native", "graduate", "alumnus", "veteran"})


def _private(post: str) -> bool:
    """Whether an apposition says who someone is privately, not what post they hold."""
    from factdeck.lexicon.titles import KIN

    head = _post_head(post)
    return head in KIN or head in _PRIVATE


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def _confirmed(text: str, m: Mention, weak: list[tuple[int, int]], known: set[str]) -> bool:
    """Whether a mention the rules are unsure of stands: it acts, or names someone known."""
    if _inside(m.start, weak) or _cut_off(text, m.end, 0):
        return False
    if m.kind == "nlp":
        if len(m.tokens) == 1:
            return _acts(text, m.end) or _acted_on(text, m.start) or any(
                surname_key(k) == surname_key(m.name) for k in known)
        return not re.search(r"(?i)\bthe[ \u00a0]+$", text[max(0, m.start - 5):m.start])
    return _acts(text, m.end)


def _acts(text: str, end: int) -> bool:
    from factdeck.extract.people import HUMAN_VERBS

    if re.match(r",[ \u00a0]+(?:who|whose)\b", text[end:end + 10]):
        return True  # "X, who chairs ..." is a person
    m = re.match(r"(?:['’]s)?[ \u00a0]+(?:also[ \u00a0]+|later[ \u00a0]+)?(\w+)",
                 text[end:end + 30])
    return bool(m and m.group(1) in HUMAN_VERBS)


def _acted_on(text: str, start: int) -> bool:
    """"... met Tshisekedi": the object of a verb only people take."""
    from factdeck.extract.people import HUMAN_VERBS

    m = re.search(r"(\w+)[ \u00a0]+(?:with[ \u00a0]+)?$", text[max(0, start - 25):start])
    return bool(m and m.group(1) in HUMAN_VERBS)


def _with_apposition(text: str, m: Mention, start: int, end: int, both: bool = False) -> Mention:
    """The post an apposition gives; with ``both``, added to a post the title gave.

    "Economy Minister Jane Doe, the candidate of the ruling coalition," holds
    both posts: "Economy Minister; candidate of the ruling coalition".
    """
    if m.post is not None and not both:
        return m
    found = apposition_post(text, m.end, end)
    if found:
        post, post_end = found
        if m.post is not None:
            if fold(post).split()[-1:] == fold(m.post).split()[-1:] or _private(post):
                return m  # "President Lee, the son of a farmer,": the title is the post
            post = f"{m.post}; {post}"
        span = (m.span[0] if m.span else m.start, post_end)
        return replace(m, post=post, span=span, kind="apposition" if m.post is None else m.kind)
    if m.post is not None:
        return m
    before = reverse_apposition(text, m.start, start)
    if before:
        post, post_start = before
        return replace(m, post=post, span=(post_start, m.end), kind="apposition")
    return m


def article_dates(article: SourceArticle, sents: list[tuple[int, int]],
                  quotes: Sequence[QuoteSpan] = (), mentions: Sequence[Mention] = (),
                  story: Sequence[_dt.date] = ()) -> tuple[DatedEvent, ...]:
    """Every dated event of one article.

    Relative dates inside quotes ("this morning") are the speaker's, not the
    article's, and are left out. ``story``: the publication dates of the other
    articles of the story, which place an undated article's relative dates.
    """
    text = article.text
    published = article.published
    floor = days = None
    if published is None:
        floor = dates_mod.infer_anchor(text, list(article.body))
        published = dates_mod.dateline(text, list(article.body), story, floor)
        days = () if published else dates_mod.story_anchors(story, floor)
    out: list[DatedEvent] = []
    seen: set[tuple[str, str]] = set()
    people = dates_mod.Referents(sents, list(mentions), [(q.start, q.end) for q in quotes])
    years_before: set[str] = set()
    quoted_at = span_index(quotes)  # one long paragraph must not make this quadratic
    for sentence in sents:
        exprs = dates_mod.find_expressions(text, *sentence)
        years = dates_mod.stated_years(exprs)
        for expr in exprs:
            quoted = quoted_at.index_of(expr.start) >= 0
            if quoted and expr.value is None:
                continue
            span = dates_mod.evidence_span(text, sentence, expr, exprs)
            context = _unquoted(text, span, [quotes[i] for i in quoted_at.overlapping(*span)])
            value = dates_mod.resolve(expr, text, context, published, floor, days or ())
            evidence = text[span[0]:span[1]]
            if not value or not evidence.strip() or dates_mod.told_in_another_year(
                    expr, value, years | years_before):
                continue
            event: tuple[str, bool] | None = None
            for one in (value, expr.also):  # a span of years dates its start and its end
                if one is None or (one, evidence) in seen:
                    continue
                seen.add((one, evidence))
                event = event or dates_mod.dated_event(text, span, expr, sentence, people)
                out.append(DatedEvent(one, event[0], article.file, evidence,
                                      text[expr.start:expr.end], standalone=event[1]))
        years_before = dates_mod.stated_years(exprs, opening=sentence[0])
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
    # the other full spellings the articles use for one person ("Jon Vik", "John Vik"): the
    # differences step compares them
    written_as: dict[str, set[str]] = defaultdict(set)
    for written, name in canon.items():
        if len(written.split()) > 1:
            written_as[name].add(written)
    defined = acronyms(r.article.text for r in results)
    for name in order:
        info = by_person[name]
        post = None
        evidence = article = None
        if info["posts"]:
            post = best_post(info["posts"])
            evidence, article = info["evidence"][post]
            post = expand_acronyms(post, defined)
        people.append(Person(name, post, tuple(info["articles"]), evidence, article,
                             aliases=tuple(sorted(written_as.get(name, set()) - {name}))))
    articles = tuple(r.article for r in results)
    dates = tuple(d for r in _with_story_dates(results, jobs) for d in r.dates)
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


def _with_story_dates(results: Sequence[ArticleFacts], jobs: int = 1) -> list[ArticleFacts]:
    """Undated articles' dates again, placed by the publication dates of the others (in
    ``jobs`` processes: a term's corpus has hundreds of undated articles)."""
    published = tuple(sorted(r.article.published for r in results if r.article.published))
    if not published:
        return list(results)
    tasks = [(r.article, r.date_inputs, published) for r in results if r.date_inputs is not None]
    redone = iter(ordered_map(_story_dated, tasks, jobs))
    return [r if r.date_inputs is None else replace(r, dates=next(redone)) for r in results]


def _story_dated(task: tuple[SourceArticle, tuple[Any, ...], tuple[_dt.date, ...]]
                 ) -> tuple[DatedEvent, ...]:
    article, inputs, published = task
    return article_dates(article, *inputs, story=published)


_POST_CUT = re.compile(r";| (?:of|from|at|to|for|who|in|and|with) ")
_POST_STOP = frozenset({"of", "the", "a", "an", "at", "in", "for", "and", "to", "on", "s"})


def _post_head(post: str) -> str:
    """The word that says what post it is: "former Prime Minister of X" -> "minister"."""
    from factdeck.extract.people import post_heads

    words = fold(_POST_CUT.split(post, 1)[0]).split()
    heads = [w for w in words if w in post_heads()]
    return heads[-1] if heads else (words[-1] if words else "")


def _post_words(post: str) -> frozenset[str]:
    from factdeck.lexicon.places import DEMONYMS

    out = set()
    for w in re.findall(r"[\w'-]+", post):
        w = DEMONYMS.get(w, w)
        out.update(x for x in fold(w).replace("'s", "").split() if x not in _POST_STOP)
    return frozenset(out)


def best_post(posts: Counter[str]) -> str:
    """The post most mentions support, in its most specific form.

    Posts are grouped by their head ("minister", "captain"); the largest group
    wins, and in it the form whose words hold those of the most other forms:
    "Prime Minister" three times and "Prime Minister of Norway" once give the latter.
    """
    groups: dict[str, list[str]] = defaultdict(list)
    for post in sorted(posts):
        groups[_post_head(post)].append(post)
    words = {p: _post_words(p) for p in posts}

    def group_key(head: str) -> tuple[int, int, str]:
        return (sum(posts[p] for p in groups[head]),
                max(len(words[p]) for p in groups[head]), head)

    group = groups[max(groups, key=group_key)]
    return max(group, key=lambda p: (sum(posts[q] for q in group if words[q] <= words[p]),
                                     len(words[p]), posts[p], p))


def _forget_parses() -> None:
    """Free the docs kept for the differences step, which has now run (or never will)."""
    import sys

    shared = sys.modules.get("factdeck.extract.nlp")
    if shared is not None:
        shared.forget()


def _canonical_names(results: Sequence[ArticleFacts]) -> dict[str, str]:
    """name as written -> the name used for the person everywhere.

    Spellings that differ only by accents are one name; so are a name with
    and without a middle name ("Jane Doe", "Jane Ann Doe"), a misspelt
    surname under the same first name ("Mohanty", "Mohnaty"), and the same
    words in another order or split ("Anil Deepsingh", "Deep Singh Anil").
    A surname or a first name alone goes to the one full name it fits.
    """
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for r in results:
        for p in r.people:
            spellings[fold(p.name)][p.name] += 1
        for q in r.quotes:
            spellings[fold(q.speaker)][q.speaker] += 1
        for s in r.stances:
            spellings[fold(s.who)][s.who] += 1
    display = {k: max(v.items(), key=lambda kv: (kv[1], sum(ord(ch) > 127 for ch in kv[0]),
                                                 kv[0]))[0]
               for k, v in spellings.items()}
    weight = {k: sum(v.values()) for k, v in spellings.items()}
    fulls = sorted(k for k in spellings if len(k.split()) > 1)
    parent = {k: k for k in fulls}

    def root(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    # two spellings of one name share a word (see same_person_variant): only such pairs are
    # compared, so a term's corpus of names is not compared pair by pair
    by_word: dict[str, list[str]] = defaultdict(list)
    for k in fulls:
        for w in dict.fromkeys(k.split()):
            by_word[w].append(k)
    pairs = sorted({(a, b) for names in by_word.values() for i, a in enumerate(names)
                    for b in names[i + 1:]})
    for a, b in pairs:
        if root(a) != root(b) and same_person_variant(a, b):
            ra, rb = root(a), root(b)
            keep, drop = sorted((ra, rb), key=lambda k: (-weight[k], -len(k.split()), k))
            parent[drop] = keep
    members: dict[str, list[str]] = defaultdict(list)
    for k in fulls:
        members[root(k)].append(k)
    best_of = {}
    for group in members.values():
        best = max(group, key=lambda k: (len(k.split()), weight[k], k))  # the fullest form
        for k in group:
            best_of[k] = display[best]
    by_last: dict[str, set[str]] = defaultdict(set)
    by_first: dict[str, set[str]] = defaultdict(set)
    for k, name in best_of.items():
        by_last[surname_key(name)].add(name)
        by_last[surname_key(display[k])].add(name)
        by_first[k.split()[0]].add(name)
    surnames = {surname_key(n) for n in best_of.values()}  # once: not once per single name
    canon: dict[str, str] = {}
    for folded, counter in spellings.items():
        best = best_of.get(folded, display[folded])
        if len(folded.split()) == 1:
            candidates = by_last.get(surname_key(best), set())
            if not candidates and folded not in surnames:
                candidates = by_first.get(folded, set())  # "Tomas" of "Tomas Berg"
            if len(candidates) == 1:
                best = next(iter(candidates))
        for written in counter:
            canon[written] = best
    return canon


def _within(short: str, long: str) -> bool:
    """Whether every word of ``short`` is in ``long``, in order."""
    it = iter(long.split())
    return all(w in it for w in short.split())


def _squash(tokens: Sequence[str]) -> str:
    return "".join(ch for ch in "".join(tokens) if ch.isalpha())


def _edits(a: str, b: str, limit: int) -> int:
    """Edit distance with transpositions, given up past ``limit`` (short names only)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def same_person_variant(a: str, b: str) -> bool:
    """Whether two folded full names are spellings of one name (see :func:`_canonical_names`)."""
    ta, tb = a.split(), b.split()
    if ta[-1] == tb[-1] and ta[0] == tb[0]:
        return _within(a, b) or _within(b, a)  # a middle name more or less
    if ta[0] == tb[0] and len(ta) == len(tb) == 2 and min(len(ta[-1]), len(tb[-1])) >= 5:
        return _edits(ta[-1], tb[-1], 1) <= 1  # a misspelt surname
    if len(ta) > 4 or len(tb) > 4 or not set(ta[:1] + ta[-1:]) & set(tb):
        return False
    short, long = sorted((ta, tb), key=len)
    squashed = _squash(short)
    if len(squashed) < 10:
        return False
    # two edits change at most four letters of the multiset, whatever the order of the words:
    # a quick "cannot" before trying every order
    a_letters, b_letters = Counter(squashed), Counter(_squash(long))
    if sum(((a_letters - b_letters) + (b_letters - a_letters)).values()) > 4:
        return False
    return any(_edits(squashed, _squash(p), 2) <= 2 for p in permutations(long))


def _differences(articles: tuple[SourceArticle, ...], facts: Facts, parse: bool, jobs: int = 1
                 ) -> tuple[Difference, ...]:
    """How the articles differ: the outlet-comparison facts of the bank (stories in parallel)."""
    jobs = max(1, min(jobs, os.cpu_count() or 1))
    return find_differences(articles, facts, parse=parse, jobs=jobs)
