"""Questions about dates (topic ``dates``): when, which date, what came first, true or false.

Every event keeps the precision the text allows: a year stays a year and its
distractors are other years. Dates that other articles also give for the
same event are never offered as wrong answers.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from factdeck.bank.model import (
    ChoiceQuestion,
    DateQuestion,
    Evidence,
    OrderQuestion,
    PartialDate,
    Question,
    Topic,
    TrueFalseQuestion,
)
from factdeck.extract.dates import is_verbish
from factdeck.generate import distractors, leaks, variety
from factdeck.generate.context import Context
from factdeck.generate.ids import question_id, short_hash
from factdeck.generate.leaks import folded

SAME_EVENT = 80  # rapidfuzz token_set_ratio at or above which two events may be the same


@dataclass(frozen=True)
class Event:
    """A dated event whose evidence was found in its article."""

    date: PartialDate
    text: str  # the event, as one clean line
    file: str
    evidence: Evidence  # the span as the facts give it
    sentence: Evidence  # the sentence around it
    expression: str | None
    standalone: bool = True  # a learner can read the event alone: only then is it shown


def events(ctx: Context) -> list[Event]:
    """The facts' dated events with valid dates and real spans, without repeats."""
    out: list[Event] = []
    seen: set[tuple[str, str]] = set()
    for d in ctx.facts.dates:
        try:
            date = PartialDate.parse(d.date)
        except ValueError:
            continue
        text = " ".join(d.event.split()).rstrip(".")
        if not readable_event(text):
            continue
        evidence = ctx.evidence(d.article, d.evidence)
        sentence = ctx.evidence(d.article, d.evidence, sentence=True)
        if evidence is None or sentence is None or (str(date), folded(text)) in seen \
                or cut_before_quote(text, sentence.quote):
            continue
        seen.add((str(date), folded(text)))
        out.append(Event(date, text[:1].upper() + text[1:], d.article, evidence, sentence,
                         d.expression, d.standalone))
    return out


_DANGLING = {"a", "an", "the", "of", "on", "in", "at", "by", "for", "to", "from", "with", "since",
             "until", "that", "and", "or", "but", "as", "said", "says", "told", "added", "than",
             "during", "after", "before", "when", "which", "who", "whose", "its", "his", "her",
             "their", "was", "were", "is", "are", "back"}  # "made his debut back [in 2010]"
_TITLES = {"president", "minister", "premier", "chancellor", "spokesman", "spokeswoman",
           "spokesperson", "secretary", "leader", "chief", "head", "king", "queen", "prince",
           "princess", "general", "mayor", "governor", "senator", "ambassador", "director",
           "chairman", "chairwoman", "chair", "envoy", "official", "officials", "foreign",
           "defense", "defence", "interior", "finance", "prime", "deputy", "former", "new",
           "newly-elected", "then"}
# a preposition whose object was cut out with the date: "visit Paris on to open", "in sparked"
_HOLE = re.compile(r"\b(?:on|in|at|since|by|during|until|from)\s+(?:on|in|at|to|is|are|was|were|"
                   r"that|and|or|after|before|when|which|who|by|with|for|from|of|as|"
                   r"the\s+[a-z]+ed|[a-z]+ed)\b")


# words that cannot open a self-contained event: pronouns whose person is not given, relative
# words, prepositions, conjunctions and adverbs that show a fragment ("Most infamously in X")
_NOT_SELF_CONTAINED = frozenset("""he she it they this these those that there we i you his her its
their our my your such which who whom whose where when what whatever as over in at of on after
before while although though because since until under with for from to by during including
according and but or nor so yet also then even just only still not more most much part amid
despite than into about against between among through without within across around near like
unlike besides beyond upon via""".split())
# a name followed by "that": the verb between them ("reported", "said") is missing
_CUT_VERB = re.compile(r"\b[A-Z][\w'’-]+\s+that\s+(?:[A-Z]|the\b|a\b)")
_DETERMINERS = frozenset("the a an his her their its this that these those our my".split())
# "X told France Inter radio": who spoke, but not what about
_SPEECH_ONLY = re.compile(
    r"\b(?i:said|says|told|tells|added|adds|stated|declared|announced|noted|wrote|explained|"
    r"insisted|confirmed|replied|commented|tweeted)(?:\s+(?:the\s+)?[A-Z0-9][\w'’.-]*){0,5}"
    r"(?:\s+(?i:radio|television|tv|reporters|journalists|the\s+press|newspaper|daily|magazine|"
    r"agency|channel|broadcaster|station|website|programme|program|show))?"
    r"(?:\s+(?i:in|at|on|during)\s+(?i:a|an|the)\s+(?i:statement|interview|briefing|"
    r"press\s+conference|news\s+conference|speech|tweet|post|video))?$")
# "X is a clear signal": a comment on an event, not an event
_COMMENT = re.compile(r"(?i)\b(?:is|are)\s+(?:a|an|the|not|no|clear|likely|unlikely|still|now)\b")
_SPOKE = re.compile(r"(?i)\b(?:said|says|told|tells|added|warned|announced|stated|declared|"
                    r"insisted|noted|argued|claimed|believes|believed|thinks|thought)\b")
_PLANNED = re.compile(r"(?i)\b(?:is|are|was|were)\s+(?:due|slated|scheduled|set|planned|expected)"
                      r"\b|\b(?:will|would)\b|\bplans?\s+to\b|\bto\s+take\s+place\b")


def readable_event(text: str) -> bool:
    """An event a learner can read as a clue: words, not a name alone; no hole left by a
    cut-out date; not ending on a word that expects more ("was slated for"); and
    self-contained: no pronoun for a subject ("It pressed for ..."), no fragment that opens
    on a preposition, an adverb or a bare verb ("Emerged after ...", "Most infamously in X"),
    no bare "X told the radio"."""
    words = text.split()
    if len(words) < 2 or not text[:1].isalpha():
        return False
    if text.count("(") != text.count(")"):
        return False  # "... the mayor's office (": cut inside a bracket
    if folded(words[-1]) in _DANGLING or _HOLE.search(text):
        return False
    first = words[0].strip(",;:")
    if folded(first) in _NOT_SELF_CONTAINED or (first[:1].islower() and (
            first.endswith(("ing", "ly")) or is_verbish(first))):
        return False
    if first.endswith("ing") and folded(words[1]) in _DETERMINERS:
        return False  # "Insinuating the takeover": a participle, not an event
    if _CUT_VERB.search(text):
        return False  # "The Associated Press that ...": the reporting verb was cut out
    if _SPEECH_ONLY.search(text) or _COMMENT.search(text):
        return False
    # something must happen: a lower-case word that is neither a small word nor a title
    # ("German Chancellor Greta Lindqvist" names a person, not an event)
    if not any(w[:1].islower() and len(w) >= 3 and folded(w) not in _DANGLING
               and folded(w) not in _TITLES for w in words[1:]):
        return False
    return len(text) <= 240


def cut_before_quote(text: str, sentence: str) -> bool:
    """The event stops where the sentence goes on with a quoted word: "X called the landing"
    without its \u201chistoric\u201d says something else than the article."""
    tail = " ".join(text.split()[-3:])
    at = " ".join(sentence.split()).find(tail)
    if at < 0:
        return False
    rest = " ".join(sentence.split())[at + len(tail):].lstrip()
    return rest[:1] in ("\"", "\u201c", "\u2018")


def planned(text: str) -> bool:
    """The event was still to come when the article was written ("X is due to visit")."""
    m = _PLANNED.search(text)
    return bool(m) and not _SPOKE.search(text, 0, m.start())  # "X warned that Y would ..."


def _names(text: str) -> set[str]:
    """The capitalised words after the first: what tells "attack in X" from "attack in Y"."""
    return {folded(w) for w in re.findall(r"\b[A-Z][\w'-]+", text)[1:]}


def _same_event(a: str, b: str) -> bool:
    """Two event descriptions may be the same event: similar words and no clashing names."""
    from rapidfuzz import fuzz

    if fuzz.token_set_ratio(folded(a), folded(b)) < SAME_EVENT:
        return False
    na, nb = _names(a), _names(b)
    return na <= nb or nb <= na


def _alike(evs: list[Event]) -> list[list[int]]:
    """For each event, the other events that may be the same one. Only events sharing one of
    their rarer words are compared, so a large corpus is not compared pair by pair."""
    words = [sorted({w for w in folded(e.text).split() if len(w) >= 4}) for e in evs]
    counts: dict[str, int] = {}
    for ws in words:
        for w in ws:
            counts[w] = counts.get(w, 0) + 1
    index: dict[str, list[int]] = {}
    rare = [sorted(ws, key=lambda w: (counts[w], w))[:3] for ws in words]
    for i, ws in enumerate(rare):
        for w in ws:
            index.setdefault(w, []).append(i)
    out: list[list[int]] = []
    for i, ev in enumerate(evs):
        near = sorted({j for w in words[i] for j in index.get(w, ()) if j != i})
        if not words[i]:  # only short words: compare with every event
            near = [j for j in range(len(evs)) if j != i]
        out.append([j for j in near if _same_event(evs[j].text, ev.text)])
    return out


def on(date: PartialDate) -> str:
    """``on 19 October 2016``, ``in October 2016``, ``in 2016``."""
    return ("on " if date.precision == "day" else "in ") + date.human()


def questions(ctx: Context) -> list[Question]:
    """Per event: a typed date or a choice of dates, and a true/false; then timelines.

    Only standalone events are shown: extraction marks the ones a learner cannot read alone
    ("he did it", "which began"), whose date may be right but whose prompt would dangle."""
    evs = [e for e in events(ctx) if e.standalone]
    known = sorted({e.date for e in evs}, key=str)
    alike = _alike(evs)
    out: list[Question] = []
    for i, ev in enumerate(evs):
        also_true = [evs[j].date for j in alike[i]]
        if any(d != ev.date for d in also_true):
            continue  # the articles disagree on this date: not a fair question
        source = ctx.according_to(ev.file, dated=False)
        fact = (str(ev.date), ev.text, ev.file)
        key = short_hash(*fact)
        published = ctx.articles[ev.file].published if ev.file in ctx.articles else None
        later = published is not None and _interval(ev.date)[0] > published.toordinal()
        question = "for when was this planned?" if planned(ev.text) or later \
            else "when did this happen?"
        prompt = f"{source}, {question} {ev.text}."
        if leaks.date_in(prompt, ev.date):
            continue
        tags = ctx.tags(ev.file)
        explanation = f"{ctx.outlet(ev.file)}: {ev.text}, {on(ev.date)}."
        wrong = distractors.dates(ev.date, known, key=key, n=3, exclude=also_true)
        typed = ev.date.precision != "year" and int(key, 16) % 2 == 0
        if typed or len(wrong) < 2:
            out.append(DateQuestion(
                id=question_id("date", ev.text, *fact), topic=Topic.DATES, prompt=prompt,
                answer=str(ev.date), explanation=explanation, tags=tags,
                evidence=(ev.sentence,)))
        else:
            out.append(ChoiceQuestion(
                id=question_id("date-choice", ev.text, *fact), topic=Topic.DATES,
                prompt=prompt, answer=ev.date.human(),
                distractors=tuple(d.human() for d in wrong), explanation=explanation,
                tags=tags, evidence=(ev.sentence,)))
        if wrong and variety.true_false(key):
            truth = int(short_hash("tf", *fact), 16) % 2 == 0
            stated = ev.date if truth else wrong[0]
            out.append(TrueFalseQuestion(
                id=question_id("date-tf", ev.text, *fact), topic=Topic.DATES,
                prompt=f"{source}: {ev.text} \u2014 {on(stated)}.", answer=truth,
                explanation=explanation, tags=tags, evidence=(ev.sentence,)))
    out += order_questions(ctx, evs)
    return out


def _interval(d: PartialDate) -> tuple[int, int]:
    first = _dt.date(d.year, d.month or 1, d.day or 1)
    if d.day is not None:
        last = first
    elif d.month is not None:
        nxt = _dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        last = nxt - _dt.timedelta(days=1)
    else:
        last = _dt.date(d.year, 12, 31)
    return first.toordinal(), last.toordinal()


def _timeline(evs: list[Event], size: int) -> list[Event]:
    """Up to ``size`` events whose dates do not overlap, spread over the whole span."""
    ordered = sorted(evs, key=lambda e: (_interval(e.date), e.text))
    chosen: list[Event] = []
    for ev in ordered:
        if chosen and _interval(ev.date)[0] <= _interval(chosen[-1].date)[1]:
            continue
        if any(folded(c.text) == folded(ev.text) for c in chosen):
            continue
        chosen.append(ev)
    if len(chosen) > size:
        step = (len(chosen) - 1) / (size - 1)
        chosen = [chosen[round(i * step)] for i in range(size)]
    return chosen


def order_questions(ctx: Context, evs: list[Event], size: int = 5) -> list[Question]:
    """Timelines: one per article with three or more dated events, and one across articles."""
    out: list[Question] = []
    groups: list[tuple[str, list[Event], str]] = []
    for file in ctx.ids:
        mine = _timeline([e for e in evs if e.file == file], size)
        if len(mine) >= 3:
            groups.append((ctx.according_to(file, dated=False), mine, file))
    everything = _timeline(evs, size)
    if len(ctx.ids) > 1 and len({e.file for e in everything}) > 1 and len(everything) >= 3:
        groups.append(("Across the articles", everything, ""))
    for lead, group, file in groups:
        items = tuple(e.text for e in group)
        out.append(OrderQuestion(
            id=question_id("timeline", file or "all", *items),
            topic=Topic.DATES, prompt=f"{lead}: put these events in order, earliest first.",
            items=items, dates=tuple(str(e.date) for e in group),
            explanation="; ".join(f"{e.text}: {e.date.human()}" for e in group) + ".",
            tags=ctx.tags(*dict.fromkeys(e.file for e in group)),
            evidence=tuple(dict.fromkeys(e.sentence for e in group))))
    return out
