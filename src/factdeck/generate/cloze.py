"""Cloze questions cut from evidence sentences: gaps on names, dates and numbers.

The text is the article's own sentence (its evidence is that exact span);
only one kind of thing is hidden per question, and a question is dropped when
the hidden words can still be read elsewhere in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factdeck.bank.model import ClozeQuestion, Evidence, PartialDate, Question, Topic
from factdeck.generate import leaks
from factdeck.generate.context import Context
from factdeck.generate.dates import events
from factdeck.generate.ids import question_id
from factdeck.generate.leaks import folded
from factdeck.generate.people import known_post
from factdeck.lexicon.places import CITIES, COUNTRIES

REGIONS = frozenset("Africa America Asia Europe Oceania Antarctica Arctic".split())
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec")
_MONTH_NUM = {m.lower()[:3]: i for i, m in enumerate(
    ("January February March April May June July August September October November "
     "December").split(), start=1)}
DATE_TEXT = re.compile(
    rf"\b(?:(?P<m1>{_MONTHS})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTHS})\.?(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<m3>{_MONTHS})\.?,?\s+(?P<y3>\d{{4}})"
    rf"|(?P<y4>(?:1[5-9]|20)\d{{2}}))\b")
NUMBER = re.compile(
    r"(?<![\w.,-])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?:million|billion|thousand|"
    r"percent|per cent))?(?:%)?(?![\w-]|[.,]\d)")


# a number that names rather than counts: after a capitalised word that is not the sentence's
# first ("Flight 404", "Boeing 787", "Route 66", "runway 23"), or before a time zone or code
_LABEL_BEFORE = re.compile(r"""(?:
      \S\s+[A-Z][\w-]*                                     # "... Flight 404", not "Flight 404"
    | \b(?i:runway|gate|seat|route|number|no\.?|flight)     # "runway 23"
    )\s*$""", re.VERBOSE)
_LABEL_AFTER = re.compile(r"\s*(?:[A-Z]{2,}\b|hrs\b|GMT|UTC|IST)")
_AGE = re.compile(r"[A-Z][\w'’-]+,\s*$|\baged\s*$")  # "Jane Doe, 17" or "aged 17"


def _matches_date(m: re.Match[str], date: PartialDate) -> bool:
    """The date text ``m`` says ``date`` (and nothing more or less precise)."""
    g = m.groupdict()
    year = g["y1"] or g["y2"] or g["y3"] or g["y4"]
    month = g["m1"] or g["m2"] or g["m3"]
    day = g["d1"] or g["d2"]
    if year and int(year) != date.year:
        return False
    if month and _MONTH_NUM.get(month.lower()[:3]) != date.month:
        return False
    if day and int(day) != date.day:
        return False
    if date.precision == "day":
        return bool(day and month)
    if date.precision == "month":
        return bool(month and year and not day)
    return bool(year and not month)


_WEEKDAY = re.compile(r"\b(?:(?:on|this|last|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday"
                      r"|Friday|Saturday|Sunday)|yesterday|today|tonight)\b", re.IGNORECASE)


def relative_day(sentence: str) -> bool:
    """The sentence places its event by a weekday or "yesterday": the prompt then gives the
    day the article came out, so that the learner can place it too."""
    return bool(_WEEKDAY.search(sentence))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _cloze(sentence: str, start: int, end: int) -> str | None:
    """The sentence on one line with ``sentence[start:end]`` as its gap; None if it shows."""
    if "{{" in sentence or "}}" in sentence:
        return None
    answer = sentence[start:end]
    before, after = _one_line(sentence[:start]), _one_line(sentence[end:])
    rest = f"{before} {after}"
    if leaks.text_in(rest, answer):
        return None
    lead = before + (" " if before and sentence[start - 1:start].isspace() else "")
    tail = (" " if after and sentence[end:end + 1].isspace() else "") + after
    return f"{lead}{{{{{_one_line(answer)}}}}}{tail}"


# the name goes on past the gap: a capitalised word right after it ("{{Doe}} Janeson")
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]")


def _written(gap: str, name: str) -> str:
    """The name as the outlet writes it in the gap when it is a whole name: the feedback never
    spells a name in a way the cited outlet does not."""
    gap = _one_line(gap)
    return gap if len(gap.split()) >= 2 else name


def name_clozes(ctx: Context) -> Iterator[ClozeQuestion]:
    """Hide a person's name in the sentence that gives their post."""
    for p in ctx.people:
        if p.evidence is None or (p.post and known_post(p.post)):
            continue  # "Syrian President ___": general knowledge, not the story
        file = next(f for f, i in ctx.ids.items() if i == p.evidence.article)
        sentence_ev = ctx.evidence(file, p.evidence.quote, sentence=True)
        if sentence_ev is None:
            continue
        sentence = sentence_ev.quote
        for part in leaks.name_parts(p.name):
            match = re.search(r"(?<![\w-])" + r"\s+".join(map(re.escape, part.split()))
                              + r"(?![\w-])", sentence)
            if not match:
                continue
            if _NAME_GOES_ON.match(sentence, match.end()):
                break  # "{{Doe}} Janeson": half of a name written another way is no gap
            text = _cloze(sentence, match.start(), match.end())
            if text is None or any(leaks.text_in(re.sub(r"\{\{.*?\}\}", "", text), x)
                                   for x in leaks.name_parts(p.name)):
                break
            yield ClozeQuestion(
                id=question_id("cloze-name", p.name, file, sentence), topic=Topic.PEOPLE,
                prompt=f"{ctx.according_to(file, day=relative_day(sentence))}: fill in the "
                       "name.", text=text,
                explanation=f"{ctx.outlet(file)} names {_written(match.group(0), p.name)} here.",
                tags=ctx.tags(file),
                evidence=(sentence_ev,))
            break


def date_clozes(ctx: Context) -> Iterator[ClozeQuestion]:
    """Hide the date in the sentence that dates an event (only dates the text spells out)."""
    for ev in events(ctx):
        sentence = ev.sentence.quote
        found = [m for m in DATE_TEXT.finditer(sentence) if _matches_date(m, ev.date)]
        if not found:
            continue
        m = max(found, key=lambda m: m.end() - m.start())
        text = _cloze(sentence, m.start(), m.end())
        if text is None or leaks.date_in(re.sub(r"\{\{.*?\}\}", "", text), ev.date):
            continue
        yield ClozeQuestion(
            id=question_id("cloze-date", ev.text, ev.file, sentence), topic=Topic.DATES,
            prompt=f"{ctx.according_to(ev.file, dated=False)}: fill in the date.", text=text,
            explanation=f"{ev.text}: {ev.date.human()}.", tags=ctx.tags(ev.file),
            evidence=(ev.sentence,))


def _fact_sentences(ctx: Context) -> Iterator[tuple[str, Evidence, Topic]]:
    for p in ctx.people:
        if p.evidence is not None:
            file = next(f for f, i in ctx.ids.items() if i == p.evidence.article)
            ev = ctx.evidence(file, p.evidence.quote, sentence=True)
            if ev:
                yield file, ev, Topic.PEOPLE
    for s in ctx.facts.positions:
        ev = ctx.evidence(s.article, s.evidence, sentence=True)
        if ev:
            yield s.article, ev, Topic.POSITIONS
    for q in ctx.facts.quotes:
        ev = ctx.evidence(q.article, q.evidence or q.quote, sentence=True)
        if ev:
            yield q.article, ev, Topic.QUOTES
    for d in events(ctx):
        yield d.file, d.sentence, Topic.DATES
    for file in ctx.ids:  # the first paragraphs: where a story's figures are
        for ev in _lead_sentences(ctx, file):
            yield file, ev, Topic.DATES


LEAD_SENTENCES = 4


def _lead_sentences(ctx: Context, file: str) -> Iterator[Evidence]:
    """The first sentences of an article's body (after its front matter and headline), then
    the sentences holding a figure another outlet gives too: a story's key figures."""
    others = [ctx.text(f) for f in ctx.ids if f != file]
    for i, ev in enumerate(ctx.sentences(file)):
        # past the lead, only a sentence whose figure another outlet gives too
        if i >= LEAD_SENTENCES and not any(
                len(n.group(0)) >= 2 and any(leaks.text_in(o, n.group(0)) for o in others)
                for n in NUMBER.finditer(ev.quote)):
            continue
        yield ev


def number_clozes(ctx: Context) -> Iterator[ClozeQuestion]:
    """Hide a number (a count, an amount, a share) in a fact's sentence."""
    seen: set[str] = set()
    for file, ev, topic in _fact_sentences(ctx):
        sentence = ev.quote
        if sentence in seen:
            continue
        seen.add(sentence)
        dates = [(m.start(), m.end()) for m in DATE_TEXT.finditer(sentence)]
        for m in NUMBER.finditer(sentence):
            if any(s <= m.start() < e for s, e in dates):
                continue
            value = m.group(0)
            if re.fullmatch(r"\d", value) or folded(value) in {"0", "1"}:
                continue  # a lone digit is too easy to guess and too often a list marker
            if _AGE.search(sentence[:m.start()]) and re.fullmatch(r"\d{1,2}", value):
                continue  # "said Jane Doe, 17": an age is trivia
            if _LABEL_BEFORE.search(sentence[:m.start()]) or \
                    _LABEL_AFTER.match(sentence[m.end():]):
                continue  # "Flight 404", "at 1339 GMT": a label or a clock time, not a figure
            text = _cloze(sentence, m.start(), m.end())
            if text is None:
                continue
            yield ClozeQuestion(
                id=question_id("cloze-number", value, file, sentence), topic=topic,
                prompt=f"{ctx.according_to(file, day=relative_day(sentence))}: fill in the "
                       "number.", text=text,
                explanation=f"{ctx.outlet(file)} gives {value}.", tags=ctx.tags(file),
                evidence=(ev,))


_PLACES = tuple(sorted((p for p in (*CITIES, *COUNTRIES) if p not in REGIONS),
                      key=lambda p: (-len(p), p)))  # longest first: "South Africa", not "Africa"


_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|of|into|to|from|outside|over)\s+(?:the\s+)?$")


def place_clozes(ctx: Context) -> Iterator[ClozeQuestion]:
    """Where: hide a city or a country that the lead of an article places the story in
    ("crashed near ___") and that another outlet names too (a key place, not a passing one)."""
    for file in ctx.ids:
        for ev in ctx.sentences(file)[:LEAD_SENTENCES]:
            sentence = ev.quote
            for place in leaks.candidates(sentence, _PLACES):
                m = leaks.standalone(place, possessive=False).search(sentence)
                if m is None or not _PLACE_BEFORE.search(sentence[:m.start()]):
                    continue
                if not any(leaks.text_in(ctx.text(o), place)
                           for o in sorted(ctx.files_with(place) - {file})):
                    continue
                text = _cloze(sentence, m.start(), m.end())
                if text is None:
                    continue
                yield ClozeQuestion(
                    id=question_id("cloze-place", place, file, sentence), topic=Topic.DATES,
                    prompt=f"{ctx.according_to(file, day=relative_day(sentence))}: fill in the "
                           "place.", text=text,
                    explanation=f"{ctx.outlet(file)} names {place}.", tags=ctx.tags(file),
                    evidence=(ev,))
                break  # one place per sentence


def questions(ctx: Context) -> list[Question]:
    """Every cloze the facts' sentences allow, one per sentence and kind of gap."""
    out: list[Question] = []
    seen: set[str] = set()
    for q in (*date_clozes(ctx), *name_clozes(ctx), *number_clozes(ctx), *place_clozes(ctx)):
        if q.id not in seen:  # which gap of a sentence is worth asking is the ranker's choice
            seen.add(q.id)
            out.append(q)
    return out
