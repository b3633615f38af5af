"""Dates: find date expressions in the text, resolve them, and tie each to its event.

Expressions are found here, with rules ("13 October 2016", "October 19",
"in 2011", "(2015-19)", "on Monday", "Thursday night", "yesterday", "last week",
"this spring", "by the end of the year"), never by scanning whole texts with a
date parser (which reads "we" as Wednesday and "may" as May).

An underspecified date is resolved against the publication date by the tense
of the verb nearest to it (HeidelTime's rule): a past clause looks back ("the
army invaded on February 24" in an October article is this year's February),
"will", "is due to", "is to" look forward, a plan told in the past ("agreed to
meet on Sunday") is left out when it could be either. An undated article takes
its day from a dateline, else from the publication dates of the other articles
of its story (keeping only what every possible day agrees on), else from the
latest full date it states; without any of them, relative dates are left out.

Each date is given the clause it modifies (its evidence) and an event: that
clause as a statement, marked ``standalone`` only when a learner can read it
alone (its actor named, nothing left dangling).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from factdeck.articles.calendar import (
    DAY_RE,
    MONTH_DOT,
    MONTH_RE,
    MONTHS,
    WEEKDAY_RE,
    WEEKDAYS,
    YEAR_RE,
    day_number,
    find_full_dates,
    make_date,
    month_number,
)

# nouns that make a number a count, not a year: "2000 people"
_COUNTED = ("people|troops|soldiers|dollars|euros|pounds|km|kilometres|kilometers|miles|tonnes|"
            "tons|votes|deaths|civilians|refugees|members|times|students|jobs|cases")
_FULL_MONTH = ("January|February|March|April|May|June|July|August|September|October|"
               "November|December")
_SP = r"[ \u00a0]"  # a space, or the no-break space news sites put in dates
_PART = rf"(?:{_SP}(?:morning|afternoon|evening|night))"  # "Thursday night"
_SEASON = r"spring|summer|autumn|fall"  # winter straddles two years: never resolved


def _verbose(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.VERBOSE)


# One rule per kind of date expression, tried in this order; a later rule never takes words
# an earlier one found. Spaces inside the patterns are written {_SP} (VERBOSE ignores blanks).
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("dmy", _verbose(rf"""
        \b(?P<day>{DAY_RE}) {_SP} (?:of{_SP})?      # "13 ", "13th of "
        (?P<month>{MONTH_DOT}) ,?{_SP}               # "October ", "Oct., "
        (?P<year>{YEAR_RE})\b                        # "2016"
    """)),
    ("mdy", _verbose(rf"""
        \b(?P<month>{MONTH_DOT}) {_SP}               # "October "
        (?P<day>{DAY_RE}) ,?{_SP}                    # "13, "
        (?P<year>{YEAR_RE})\b                        # "2016"
    """)),
    ("iso", _verbose(r"""
        \b(?P<year>(?:19|20)\d\d) -                  # "2016-"
        (?P<month>0[1-9]|1[0-2]) -                   # "10-"
        (?P<day>0[1-9]|[12]\d|3[01])\b               # "13"
    """)),
    ("md", _verbose(rf"""
        \b(?P<month>{MONTH_DOT}) {_SP}               # "October "
        (?P<day>{DAY_RE})\b                          # "13"
        (?![,.]?\d|:)                                # not "October 13, 2016", not a time
    """)),
    ("dm", _verbose(rf"""
        \b(?P<day>{DAY_RE}) {_SP} (?:of{_SP})?       # "13 ", "13th of "
        (?P<month>{MONTH_DOT})\b                     # "October"
    """)),
    ("my", _verbose(rf"""
        \b(?P<month>{MONTH_DOT}) {_SP} (?:of{_SP})?  # "June ", "June of "
        (?P<year>{YEAR_RE})\b                        # "2010"
    """)),
    ("month_year", _verbose(rf"""
        \b(?:(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id)
           [ \u00a0-])?                                        # "in "
        (?P<month>{_FULL_MONTH}) {_SP}                          # "November "
        (?:of{_SP})? (?P<rel>last|this|next) {_SP} year\b       # "last year"
        (?![’']s)
    """)),
    ("month", _verbose(rf"""
        \b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring   # a preposition ...
           |[Ee]arly|[Ll]ate|[Mm]id                             # ... or a part of the month
           |[Ll]ast|[Tt]his|[Nn]ext) [ \u00a0-]                 # ... or which one
        (?P<month>{_FULL_MONTH})\b                              # a full month name
        (?![ \u00a0]\d|['’])                                    # not "in June 2010", "May's"
    """)),
    ("weekday", _verbose(rf"""
        \b(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|early|late){_SP})?  # "last ", "early "
        (?P<weekday>{WEEKDAY_RE})                                # "Thursday"
        (?:{_PART})?\b                                           # " night"
        (?!['’]s{_SP}[A-Z])                                      # not "Sunday's Times"
    """)),
    ("day", _verbose(rf"""
        \b(?P<word>[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow
          |[Ll]ast{_SP}night
          |[Tt]his{_SP}(?:morning|afternoon|evening))
        (?:{_PART})?\b                                           # "yesterday morning"
    """)),
    ("period", _verbose(rf"""
        (?<!\bthe{_SP})(?<!\bthe{_SP}past{_SP})      # not "the last week", "the past last"
        \b(?P<rel>[Ll]ast|[Tt]his|[Nn]ext) {_SP}     # "last ", "this "
        (?P<unit>week|month|year)\b                  # "week"
        (?![’']s)                                    # not "last year's" (an adjective)
    """)),
    ("season", _verbose(rf"""
        \b(?P<rel>[Ll]ast|[Tt]his|[Ee]arlier{_SP}this|[Ll]ater{_SP}this) {_SP}
        (?P<season>{_SEASON})\b                      # "this spring", "last summer"
    """)),
    ("yearend", _verbose(rf"""
        \b(?:the{_SP}end|the{_SP}start|the{_SP}beginning) {_SP} of {_SP}
        (?:the|this) {_SP} year\b                    # "by the end of the year"
        (?![’']s)
    """)),
    ("range", _verbose(rf"""
        (?<![\d,.$£€/-])                             # not part of a number or a sum
        (?:(?P<prep>[Ff]rom|[Bb]etween) {_SP})?      # "from ", "between "
        (?P<year>{YEAR_RE})                          # "2015"
        (?P<link>[-–] | {_SP}(?:to|and|until|till){_SP})  # "-", " to "
        (?P<end>{YEAR_RE}|\d\d)                       # "2019" or "19"
        (?![\d-]|%|['’]?s\b)                         # not "the 1980s-90s"
    """)),
    ("year", _verbose(rf"""
        (?<![\d,.$£€/-])                             # not part of a number or a sum
        (?P<year>{YEAR_RE})
        (?![\d-]|%|{_SP}(?:{_COUNTED})\b)            # not "2000 people", "1990%"
        (?!['’]?s\b)                                 # a decade ("the 1930s") is not a year
    """)),
]

# HeidelTime's rule: the tense of the clause tells which way an underspecified date points.
_FUTURE = _verbose(rf"""(?i)
    \b(?:will|shall|'ll|is|are) {_SP} (?:due|set|scheduled|expected|slated|going)\b  # "is due to"
    | \bwill\b | \bshall\b                       # "will meet"
    | \bnext\b | \bupcoming\b | \bcoming\b       # "next Monday", "the coming week"
    | \bplans? {_SP} to\b                        # "plans to"
    | \b(?:is|are) {_SP} to {_SP} (?!be{_SP}(?:blamed|found|seen)\b)[a-z]+\b  # "is to visit"
    | \bto {_SP} be {_SP} held\b                 # "to be held on"
    | \bhave {_SP} to {_SP} be\b                 # "have to be held before"
""")
# past forms that are not "-ed": the irregular verbs news uses most, and the auxiliaries
_PAST_WORDS = frozenset("""was were had did said told met began begun led held took taken made
went gone came gave given won lost ran sent spoke spoken wrote written left fell fallen rose risen
struck shot brought sought fought bought built became chose drove flew grew knew saw seen put
paid sold stood broke broken found got heard meant sat spent threw thrown withdrew overthrew
arose beat drew fled froze hid hung laid lent rode rang sank shook shut sang spread stuck taught
tore wore swept swore since ago earlier""".split())
# "was slated for", "had been scheduled to", "said it would": a plan told in the past may
# still be ahead
_PLAN = _verbose(rf"""(?i)
    \b(?:was|were|had{_SP}been) {_SP}
    (?:due|set|scheduled|slated|planned|expected|supposed|meant|going) \b
    | \b(?:agreed|promised|pledged|vowed|decided|planned|hoped|wanted|threatened)
      {_SP}+ to {_SP}+ [a-z]+                     # "agreed to meet on Sunday"
""")
_YEAR_CONTEXT = _verbose(r"""(?i)
    (?:\b(?:in|since|by|of|from|until|till|to|during|after|before|early|late|mid|around|between
           |and|spring|summer|autumn|fall|winter|year|—|-)
       [ \u00a0]*$                               # "in 2011", "since 1991", "summer 2019"
    | ['’]s[ \u00a0]$)                           # "NATO's 2011 war"
""")
_RANGE_CONTEXT = re.compile(r"(?:\(|\b(?:[Ii]n|[Ff]rom|[Tt]he|[Oo]f|[Bb]etween)[ \u00a0])$")


# a timetable told in the present looks forward: "the summit opens on Friday"
_SCHEDULED = re.compile(r"(?i)\b(?:opens|begins|starts|meets|arrives|visits|travels|hosts|"
                        r"resumes|closes|ends|expires|kicks[ \u00a0]off|heads|returns|departs|"
                        r"faces|plays|takes[ \u00a0]place)\b")


_PAST_WORD = re.compile(r"[A-Za-z]+")
_PRESENT = re.compile(r"(?i)\b(?:is|are)\b")
# "said it would sell": a future seen from a past day, most often still ahead
_WOULD = re.compile(r"(?i)\b(?:would|could)\b")
_PASSIVE = frozenset("be being is are am".split())
_PRIORITY = {"future": 0, "would": 1, "plan": 2, "past": 3, "scheduled": 4, "present": 5}


def tense(context: str, at: tuple[int, int] | None = None) -> str | None:
    """"future" when the clause looks forward ("will", "is due to"), "plan" for a plan told in
    the past ("was slated for", "agreed to meet"), "past" when a past verb or "since" looks
    back, "scheduled" for a timetable in the present ("opens on Friday"), "present" for a bare
    "is" or "are" before the date, else None.

    With ``at``, the date's place in ``context``, the marker nearest to the date decides
    (HeidelTime's rule): in "X said on Monday that Y planned to go" the saying is past.
    """
    marks: list[tuple[int, int, str]] = []  # (distance, priority, tense)

    def add(start: int, end: int, way: str) -> None:
        if at is None:
            marks.append((0, _PRIORITY[way], way))
        elif way == "present" and start >= at[0]:
            return  # "the attack on Tuesday is a signal": "is" is not the date's verb
        else:
            # a date phrase most often follows its verb: "said on Monday he would" is the saying's
            distance = at[0] - end if end <= at[0] else start - at[1] + 4
            marks.append((max(0, distance), _PRIORITY[way], way))

    for pattern, way in ((_FUTURE, "future"), (_WOULD, "would"), (_PLAN, "plan"),
                         (_SCHEDULED, "scheduled"), (_PRESENT, "present")):
        for m in pattern.finditer(context):
            add(m.start(), m.end(), way)
    previous = ""
    for m in _PAST_WORD.finditer(context):
        w = m.group().lower()
        if (w in _PAST_WORDS or (len(w) > 4 and w.endswith("ed") and w not in _NOT_VERBS)) \
                and previous not in _PASSIVE:  # "to be held": its auxiliary tells the tense
            add(m.start(), m.end(), "past")
        previous = w
    return min(marks)[2] if marks else None


@dataclass(frozen=True, slots=True)
class DateExpression:
    """Date words found at ``start:end`` and the date they stand for."""

    start: int
    end: int
    kind: str
    value: str | None  # YYYY, YYYY-MM or YYYY-MM-DD; None until resolved
    also: str | None = None  # the last year of a span of years ("2015-19")
    weekday: int | None = None  # "Friday, October 28": the weekday that picks the year


_MAYBE = re.compile(r"\d|day\b|night|week|month|year|[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|"
                    rf"{_SEASON}|{_FULL_MONTH}")


# cheap tests that tell which rules can match a sentence at all
_GATES = {
    "digit": re.compile(r"\d"),
    "month": re.compile(MONTH_RE),
    "weekday": re.compile(r"day\b"),
    "words": re.compile(r"(?i)day|night|morning|afternoon|evening|week|month|year|spring|summer|"
                        r"autumn|fall"),
}
_GATE_OF = {"dmy": "month", "mdy": "month", "iso": "digit", "md": "month", "dm": "month",
            "my": "month", "month_year": "month", "month": "month", "weekday": "weekday",
            "day": "words", "period": "words", "season": "words", "yearend": "words"}


def find_expressions(text: str, start: int, end: int) -> list[DateExpression]:
    """Every date expression in ``text[start:end]``, longest first where they overlap."""
    found: list[tuple[int, int, str, re.Match[str]]] = []
    if not _MAYBE.search(text, start, end):
        return []  # most sentences hold no date: one cheap scan instead of ten
    gates = {name: bool(gate.search(text, start, end)) for name, gate in _GATES.items()}
    for kind, pattern in _PATTERNS:
        if not gates[_GATE_OF.get(kind, "digit")]:
            continue  # the words this rule needs are not in the sentence
        for m in pattern.finditer(text, start, end):
            s, e = m.span()
            if any(s < fe and fs < e for fs, fe, _, _ in found):
                continue
            if kind == "year" and not _year_context_ok(text, s, start):
                continue
            if kind == "range" and not _range_ok(text, m, start):
                continue
            if kind == "day" and s != start and m.group()[0].isupper():
                continue  # "Today" mid-sentence is a name (a programme, a newspaper)
            if kind == "weekday" and _named_day(text, m, start):
                continue
            if kind in ("md", "dm", "my") and m.group("month") == "May" \
                    and not re.search(r"\d", m.group()):
                continue  # "May" without a number is the verb
            found.append((s, e, kind, m))
    found.sort(key=lambda x: x[0])
    out: list[DateExpression] = []
    for i, (s, e, kind, m) in enumerate(found):
        if kind == "weekday" and _before_its_date(text, found, i):
            continue  # "Friday, October 28": one date, placed by the weekday
        if i and found[i - 1][2] == "weekday" and _before_its_date(text, found, i - 1):
            weekday = WEEKDAYS[found[i - 1][3].group("weekday").lower()]
            out.append(DateExpression(found[i - 1][0], e, kind, _absolute(kind, m),
                                      weekday=weekday))
        elif kind == "range":  # "(2015-19)", "from 2018 to 2022": two years, one expression
            first = m.group("year")
            out.append(DateExpression(s, e, kind, first, _range_end(first, m.group("end"))))
        else:
            out.append(DateExpression(s, e, kind, _absolute(kind, m)))
    return out


_DAY_NAMES = frozenset("""black good super ash bloody cyber holy easter palm maundy shrove
giving""".split())
_DATE_WORDS = frozenset("on last this next early late since by until from before after".split())


def _named_day(text: str, m: re.Match[str], floor: int) -> bool:
    """"Bloody Sunday", "Super Tuesday", "the Sunday Times": a name, not a day of this week."""
    before = re.search(r"([A-Za-z]+)[ \u00a0]+$", text[max(floor, m.start() - 20):m.start()])
    if before and before.group(1).lower() in _DAY_NAMES:
        return True
    after = re.match(r"[ \u00a0]+([A-Z][a-z]+)", text[m.end():m.end() + 20])
    if after and after.group(1).lower() not in MONTHS and not m.group("rel") and not (
            before and before.group(1).lower() in _DATE_WORDS):
        return True  # "Sunday Times", "Saturday Night Live"
    return False


def _before_its_date(text: str, found: list[tuple[int, int, str, re.Match[str]]],
                     i: int) -> bool:
    """The weekday at ``found[i]`` names the date right after it: "Friday, October 28"."""
    if i + 1 >= len(found) or found[i + 1][2] not in ("md", "dm", "mdy", "dmy"):
        return False
    return bool(re.fullmatch(r",?[ \u00a0]+(?:the[ \u00a0]+)?", text[found[i][1]:found[i + 1][0]]))


def _range_end(first: str, end: str) -> str:
    return end if len(end) == 4 else first[:2] + end


def _range_ok(text: str, m: re.Match[str], floor: int) -> bool:
    """"(2015-19)", "from 2018 to 2022": a span of years, the second after the first. Words
    ("to", "and") join two years only after "from" or "between"; "in 2021 and 2023" is two
    years, not a span."""
    first, last = int(m.group("year")), int(_range_end(m.group("year"), m.group("end")))
    if not first < last <= first + 30:
        return False
    if m.group("link") not in ("-", "–"):
        return bool(m.group("prep")) and len(m.group("end")) == 4
    return bool(m.group("prep")) or bool(
        _RANGE_CONTEXT.search(text, max(floor, m.start() - 8), m.start()))


def _year_context_ok(text: str, s: int, floor: int) -> bool:
    before = text[max(floor, s - 20):s]
    if _YEAR_CONTEXT.search(before):
        return True
    # "NATO's 2011 war", "the 2016 election": a year used as an adjective
    return bool(re.search(r"(?:['’]s|\b[Tt]he)[ \u00a0]$", before))


def _absolute(kind: str, m: re.Match[str]) -> str | None:
    if kind in ("dmy", "mdy", "iso"):
        month = m.group("month")
        number = int(month) if month.isdigit() else month_number(month)
        date = make_date(int(m.group("year")), number, day_number(m.group("day")))
        return date.isoformat() if date else None
    if kind == "my":
        return f"{int(m.group('year')):04d}-{month_number(m.group('month')):02d}"
    if kind == "year":
        return m.group("year")
    return None


def infer_anchor(text: str, spans: list[tuple[int, int]]) -> _dt.date | None:
    """The latest full date the article states, when no later year is mentioned.

    It is a lower bound for the publication date (an article reports what
    already happened), used only when the publication date is unknown.
    """
    dates = [d for s, e in spans for _, _, d in find_full_dates(text[s:e])]
    if not dates:
        return None
    latest = max(dates)
    years = [int(y) for s, e in spans for y in re.findall(rf"\b{YEAR_RE}\b", text[s:e])]
    if years and max(years) > latest.year:
        return None
    return latest


# "LONDON, June 12 (Reuters) -", "Paris, 12 June 2025 (AFP) —": the place and day it was filed
_DATELINE = _verbose(rf"""
    [A-Z][A-Za-z.'’-]*(?:{_SP}[A-Z][A-Za-z.'’-]*){{0,3}}  # "NEW DELHI", at a paragraph start
    (?:,{_SP}[A-Z][A-Za-z.'’-]*(?:{_SP}[A-Z][A-Za-z.'’-]*){{0,2}})?  # ", California"
    ,{_SP}+
    (?:(?P<month>{MONTH_DOT}){_SP}(?P<day>{DAY_RE})       # "June 12"
     | (?P<day2>{DAY_RE}){_SP}(?P<month2>{MONTH_DOT}))     # "12 June"
    (?:,?{_SP}(?P<year>{YEAR_RE}))?                        # ", 2025"
    {_SP}* (?:\([A-Za-z.&' ]{{2,30}}\){_SP}*)?             # "(Reuters)"
    [-–—]
""")


def dateline(text: str, paragraphs: Sequence[tuple[int, int]], story: Sequence[_dt.date],
             floor: _dt.date | None) -> _dt.date | None:
    """The day in a dateline at the top of an undated article, the day it was filed. A day
    without a year takes the year of the story's other articles (or of the latest date the
    article states), when that year is sure."""
    for start, end in paragraphs[:4]:
        m = _DATELINE.match(text, start, end)
        if not m:
            continue
        month = month_number(m.group("month") or m.group("month2"))
        day = day_number(m.group("day") or m.group("day2"))
        if m.group("year"):
            return make_date(int(m.group("year")), month, day)
        near = list(story) or ([floor] if floor else [])
        found = {_month_day(month, day, d, None) for d in near}
        if len(found) == 1:
            value = found.pop()
            return _dt.date.fromisoformat(value) if value else None
        return None
    return None


STORY_SPAN = 7  # days: articles of one story published further apart anchor nothing


def story_anchors(published: Sequence[_dt.date], floor: _dt.date | None) -> tuple[_dt.date, ...]:
    """The days an undated article of a story may have been published on: from the first
    publication date of the other articles to the day after the last, not before the latest
    date the article itself states. Empty when the story spreads over more than a week or the
    article is later than all of it: then only what holds for every such day is kept."""
    if not published:
        return ()
    first, last = min(published), max(published) + _dt.timedelta(days=1)
    if (last - first).days > STORY_SPAN or (floor is not None and floor > last):
        return ()
    if floor is not None and floor > first:
        first = floor
    return tuple(first + _dt.timedelta(days=i) for i in range((last - first).days + 1))


def resolve(expr: DateExpression, text: str, context: str,
            published: _dt.date | None, floor: _dt.date | None,
            story: Sequence[_dt.date] = ()) -> str | None:
    """The date an expression stands for, as precise as the text allows.

    ``context`` is the clause around the expression (quotes removed): its
    tense tells "on Monday" (last Monday) from "will ... on Monday" (next).
    Without a publication date, ``story`` holds the days the article may date
    from (see :func:`story_anchors`): a date is kept only when all of them agree;
    else ``floor``, a date the article states, places weekdays after it.
    """
    if expr.value is not None:
        return expr.value
    pattern = next(p for k, p in _PATTERNS if k == expr.kind)
    m = pattern.fullmatch(text, expr.start, expr.end) if expr.weekday is None \
        else pattern.search(text, expr.start, expr.end)
    if m is None:
        return None
    words = text[expr.start:expr.end]
    where = context.find(words)
    way = tense(context, (where, where + len(words)) if where >= 0 else None)
    if expr.weekday is not None:  # "Friday, October 28": the year in which it is a Friday
        near = [published] if published else list(story) or ([floor] if floor else [])
        way = way if way in ("past", "future") else None
        found = {_month_day(month_number(m.group("month")), day_number(m.group("day")), d,
                            way if published or story else None, expr.weekday) for d in near}
        return found.pop() if len(found) == 1 else None
    if published is not None:
        return _relative(expr.kind, m, context, way, published, False)
    if story:
        values = {_relative(expr.kind, m, context, way, day, False) for day in story}
        return values.pop() if len(values) == 1 else None
    if floor is not None and expr.kind not in ("day", "period", "season", "yearend",
                                                "month_year"):
        return _relative(expr.kind, m, context, way, floor, True)
    return None


def _relative(kind: str, m: re.Match[str], context: str, way: str | None,
              anchor: _dt.date, anchor_is_floor: bool) -> str | None:
    """An expression resolved against one day: the publication date, or a lower bound of it."""
    future = way in ("future", "scheduled", "present")
    if kind in ("md", "dm"):
        month, day = month_number(m.group("month")), day_number(m.group("day"))
        if anchor_is_floor or way not in ("past", "future", "scheduled"):
            way = None  # a plan told in the past, a bare "is": the nearest
        return _month_day(month, day, anchor, "future" if way == "scheduled" else way)
    if kind in ("month", "weekday") and (way == "plan" or _until(context, m.group())):
        # "agreed to meet on Sunday", "adjourned until Thursday": before or after the day
        # it was written?
        return None
    if kind == "month" and way == "present":
        return None  # "inflation is 5% in October": last October's figure, or next one's?
    if kind == "month_year":
        year = anchor.year + {"last": -1, "this": 0, "next": 1}[m.group("rel")]
        return f"{year:04d}-{month_number(m.group('month')):02d}"
    if kind == "month":
        return _month(month_number(m.group("month")), anchor, future or way == "would",
                      m.group().lower())
    if kind == "weekday":
        return _weekday(m, anchor, anchor_is_floor, future or way == "would",
                        way in ("scheduled", "present", "would")).isoformat()
    if kind == "day":
        word = m.group("word").lower().replace("\u00a0", " ")
        shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
        return (anchor + _dt.timedelta(days=shift)).isoformat()
    if kind == "period":
        return _period(m.group("rel").lower(), m.group("unit"), anchor)
    if kind == "season":
        return _season(m.group("rel").lower(), m.group("season").lower(), anchor)
    if kind == "yearend":
        return str(anchor.year)
    return None


_NARRATIVE_KINDS = frozenset({"md", "dm", "month"})  # a weekday is always this week's


def stated_years(exprs: Sequence[DateExpression], opening: int | None = None) -> set[str]:
    """The years a sentence states outright ("in 2019", "March 2019", "(2015-19)"); with
    ``opening``, only a year that opens the sentence there ("In 2019, ..."): the frame the
    next sentence is told in."""
    chosen = [e for e in exprs if opening is None or e.start - opening <= 8]
    years = {e.value[:4] for e in chosen if e.value}
    return years | {e.also for e in chosen if e.also}


def told_in_another_year(expr: DateExpression, value: str, years: set[str]) -> bool:
    """"In 2019 the firm collapsed. On March 3 its founder was arrested": a day without a year
    next to a stated year other than the one it was given belongs to that year's story,
    not to the publication date's: it is left out rather than guessed."""
    return expr.kind in _NARRATIVE_KINDS and bool(years) and value[:4] not in years


def _until(context: str, words: str) -> bool:
    """The date ends a span: "until Thursday", "till March"."""
    if re.match(r"(?i)(?:until|till)\b", words):
        return True
    where = context.find(words)
    return where > 0 and bool(re.search(r"(?i)\b(?:until|till)[ \u00a0]+$", context[:where]))


_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}


def _season(rel: str, season: str, anchor: _dt.date) -> str | None:
    """"this spring" is the anchor's year; "last summer" the last one already over."""
    first, last = _SEASON_MONTHS[season]
    if rel.startswith("last"):
        return str(anchor.year if anchor.month > last else anchor.year - 1)
    if rel.startswith("earlier") and anchor.month < first:
        return None  # "earlier this spring" in January: not a season of this year yet
    return str(anchor.year)


def _month(month: int, anchor: _dt.date, future: bool, before: str) -> str:
    """"in November": the coming one in future tense, else the last one (or this one)."""
    year = anchor.year
    if "next" in before or (future and "last" not in before):
        if month <= anchor.month:
            year += 1
    elif month > anchor.month or ("last" in before and month == anchor.month):
        year -= 1
    return f"{year:04d}-{month:02d}"


_SLACK = _dt.timedelta(days=1)  # a report dated a day early or late (time zones, updates)


def _month_day(month: int, day: int, anchor: _dt.date, way: str | None,
               weekday: int | None = None) -> str | None:
    """"April 4" in a past clause: the last April 4 before the anchor; in a future one, the next;
    without a tense, the nearest; with its weekday ("Friday, October 28"), the nearest year in
    which it falls on that day, if any."""
    dates = [d for d in (make_date(y, month, day) for y in range(anchor.year - 1, anchor.year + 2))
             if d is not None and (weekday is None or d.weekday() == weekday)]
    if way == "past":
        dates = [d for d in dates if d <= anchor + _SLACK][-1:]
    elif way == "future":
        dates = [d for d in dates if d >= anchor - _SLACK][:1]
    if not dates:
        return None
    return min(dates, key=lambda d: abs((d - anchor).days)).isoformat()


def _weekday(m: re.Match[str], anchor: _dt.date, anchor_is_floor: bool, future: bool,
             today_too: bool = False) -> _dt.date:
    """The weekday before the anchor (or that day) in a past or plain clause; the next one in a
    future clause ("will ... on Friday"); that day or a later one for a timetable; "this
    Friday" is the Friday of the week it was written in."""
    target = WEEKDAYS[m.group("weekday").lower()]
    rel = (m.group("rel") or "").lower()
    if rel == "this" and not anchor_is_floor:  # "this Friday": the Friday of that week
        return anchor + _dt.timedelta(days=target - anchor.weekday())
    if rel == "next" or (future and rel != "last"):
        delta = (target - anchor.weekday()) % 7 or (0 if today_too and rel != "next" else 7)
        return anchor + _dt.timedelta(days=delta)
    if anchor_is_floor:
        # the article was written after ``anchor``: the first such day after it
        delta = (target - anchor.weekday()) % 7 or 7
        return anchor + _dt.timedelta(days=delta)
    delta = (anchor.weekday() - target) % 7
    if rel == "last" and delta == 0:
        delta = 7
    return anchor - _dt.timedelta(days=delta)


def _period(rel: str, unit: str, published: _dt.date) -> str | None:
    if unit == "year":
        return str(published.year + {"last": -1, "this": 0, "next": 1}[rel])
    if unit == "month":
        month = published.month + {"last": -1, "this": 0, "next": 1}[rel]
        year = published.year + (month - 1) // 12
        return f"{year:04d}-{(month - 1) % 12 + 1:02d}"
    monday = published - _dt.timedelta(days=published.weekday())
    monday += _dt.timedelta(days=7 * {"last": -1, "this": 0, "next": 1}[rel])
    sunday = monday + _dt.timedelta(days=6)
    if (monday.year, monday.month) != (sunday.year, sunday.month):
        return None  # a week across two months has no single month
    return f"{monday.year:04d}-{monday.month:02d}"


# where a clause may end; a line break only before a capital (a heading and its story), not
# inside a sentence broken over two lines
_SOFT_BREAK = re.compile(r"[;:|()\[\]—–“”\"]|,[ \u00a0]|\n(?=\s*[A-Z“\"•·▪►*])")
_JOINER = re.compile(r"(?i)(?:and|but|or|while|as|then|also)[ \u00a0]+")


def evidence_span(text: str, sentence: tuple[int, int], expr: DateExpression,
                  others: list[DateExpression]) -> tuple[int, int]:
    """The clause that the date words belong to: tight, so two dates never share evidence."""
    s0, e0 = sentence
    protected = [(o.start, o.end) for o in others]
    cuts = [s0]
    for m in _SOFT_BREAK.finditer(text, s0, e0):
        if any(ps <= m.start() < pe for ps, pe in protected):
            continue
        cuts.append(m.start())
        cuts.append(m.end())
    cuts.append(e0)
    cuts = sorted(set(cuts))
    pieces = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False)
              if text[a:b].strip(" \u00a0\n,.;:()[]—–“”\"|")]  # words, not a lone mark
    # the piece holding the expression
    index = next((i for i, (a, b) in enumerate(pieces) if a <= expr.start < b), None)
    if index is None:
        return _trim(text, expr.start, expr.end)
    a, b = pieces[index]
    # several dates in one piece: cut between them at "and"/"while"
    inner = [o for o in others if a <= o.start < b]
    if len(inner) > 1:
        k = inner.index(next(o for o in inner if o.start == expr.start))
        left = a if k == 0 else _split_point(text, inner[k - 1].end, expr.start)
        right = b if k == len(inner) - 1 else _split_point(text, expr.end, inner[k + 1].start)
        if len(text[left:right].split()) - len(text[expr.start:expr.end].split()) >= 2:
            a, b = left, right
    opening = _aside_before(text, s0, a)
    if opening is not None and re.fullmatch(r"(?i)\s*(?:on|in|at|by|since)?\s*",
                                            text[a:expr.start]):
        # "departed at 1.39pm (8.09am GMT) on Thursday": an aside does not end the clause
        before = next((p for p in pieces if p[0] < opening <= p[1]), None)
        if before is not None and not any(before[0] <= o.start and o.end <= expr.start
                                          for o in others if o is not expr):
            a = before[0]
    after = _aside_after(text, b, e0)
    if after is not None and not any(b <= o.start < after for o in others):
        b = after  # "sentenced the party (its chairman) Omar Aziz to ...": the aside is inside
    b = _coordinated_verb(text, expr.end, b)
    words_left = sum(w.lower().strip(",.;:") not in _FILLER for w in text[a:b].split()) \
        - len(text[expr.start:expr.end].split())
    if words_left <= 1:
        if index + 1 < len(pieces) and not _hard_break(text, b):
            b = pieces[index + 1][1]
        elif index > 0:
            a = pieces[index - 1][0]
        for o in others:  # never swallow another date's words
            if expr.end <= o.start < b:
                b = _before_preposition(text, expr.end, o.start)
                break
            if a <= o.start and o.end <= expr.start:
                a = max(a, o.end)
    return _trim(text, a, b)


# words around a date that say nothing of the event: "later on Friday", "just after"
_FILLER = frozenset("later earlier early late just then".split())


def _aside_before(text: str, floor: int, pos: int) -> int | None:
    """Where the parenthesis opens that closes just before ``pos``: "(8.09am GMT) on Thursday"."""
    close = len(text[floor:pos].rstrip(" \u00a0")) + floor - 1
    if close < floor or text[close] != ")":
        return None
    opening = text.rfind("(", floor, close)
    return opening if opening > floor else None


def _aside_after(text: str, pos: int, end: int) -> int | None:
    """Where the clause goes on after an aside that opens at ``pos``: "sentenced the party
    (NFU) chairman to two years" goes on after "(NFU)"; None when no clause goes on."""
    m = re.match(r"[ \u00a0]*\([^()]{1,40}\)[ \u00a0]+(?=[\w$£€])", text[pos:end])
    if not m:
        return None
    stop = _SOFT_BREAK.search(text, pos + m.end(), end)
    return stop.start() if stop else end


_AND_VERB = _verbose(rf"""
    {_SP}+ (?:and|but) {_SP}+                    # " and "
    (?:(?:then|later) {_SP}+)?                   # "then "
    (?P<verb>[a-z]+)\b                           # "was", "fled"
""")


def _coordinated_verb(text: str, pos: int, b: int) -> int:
    """"departed on Thursday and was meant to arrive ...": the date's clause ends before a
    second verb joined by "and"; that verb is another event."""
    for m in _AND_VERB.finditer(text, pos, b):
        if is_verbish(m.group("verb")) and m.group("verb") not in ("had", "has", "have"):
            return m.start()
    return b


def _before_preposition(text: str, floor: int, pos: int) -> int:
    m = re.search(r"(?i)[ \u00a0](?:in|on|since|by|until|from|at|of|during|before|after)"
                  r"[ \u00a0]+(?:the[ \u00a0]+)?$", text[floor:pos])
    return floor + m.start() if m else pos


def _hard_break(text: str, pos: int) -> bool:
    return pos < len(text) and text[pos] in ";:|“”\"()" and not text[pos - 1:pos + 1] == ")\n"


def _split_point(text: str, left: int, right: int) -> int:
    gap = text[left:right]
    joins = list(re.finditer(r"(?i)[ \u00a0](?:and|while|but|as|then)[ \u00a0]", gap))
    return left + (joins[-1].start() if joins else 0)


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in ",.;:—–|()“”\"'" or (
            text[a] == "-" and text[a + 1:a + 2].isspace())):
        a += 1
    j = _JOINER.match(text, a, b)
    if j:
        a = j.end()
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:—–|(“\"" or (
            text[b - 1] == "." and not re.search(r"(?:\b[A-Z]|\.[a-z])\.$", text[a:b]))):
        b -= 1
    return a, b


# ---------------------------------------------------------------- the event a date belongs to

_AUX = frozenset("""is are was were be been being has have had will would can could shall should
may might must do does did""".split())
_IRREGULAR = frozenset("""said told met began begun led held took taken made went gone came gave
given won lost ran sent spoke spoken wrote written left fell fallen rose risen struck shot brought
sought fought thought bought built became chose drove flew grew knew saw seen set put cut hit let
kept paid sold stood understood broke broken found got heard meant sat spent threw thrown withdrew
overthrew arose beat drew fled froze hid hung laid lent rode rang sank shook shut sang spread
stuck taught tore wore swept swore says tells meets visits""".split())
_NOT_VERBS = frozenset("""red bed need speed seed feed breed hundred naked wicked sacred armed
so-called rugged ragged beloved aged""".split())
_RELATIVE = r"which|who|whom|whose|where"
_SUBORDINATE = r"when|while|whereas|because|although|though|unless|once"
_CLAUSE_PREP = r"after|before|until|till|since"  # a clause opener only when a clause follows
_PRONOUN_SUBJECT = re.compile(r"(?P<pronoun>[Hh]e|[Ss]he)\b")
_NP_HEAD_STOP = frozenset("""and or but to in on at of for from by with as than that which who
whom whose when where while after before since until is are was were be been has have had will
would could should can may might must do does did said says told""".split())
_W = r"[\w’'-]"  # a word character, apostrophes and hyphens included
_BEFORE_NP = _verbose(rf"""
    \b(?i:since|after|before|following|until|amid|despite|during) {_SP}+  # "since "
    (?P<np>the {_SP}+ {_W}+ (?:{_SP}+{_W}+){{0,2}}                         # "the collapse"
      {_SP}+ of {_SP}+ (?:the{_SP}+)?                                     # " of the "
      [A-Z]{_W}* (?:{_SP}+[A-Z]{_W}*){{0,3}})                             # "Soviet Union"
    {_SP}+ (?:in|on) {_SP}+ $                                             # " in " + the date
""")
_COMPARED = re.compile(r"(?i)\bsince[ \u00a0]+$")
_SPEECH_VERB = r"said|says|added|adds|told|tells|announced|warned|stated|declared|insisted|noted|" \
    r"explained|argued|claimed|confirmed|believes|believed|thinks|thought|hopes|hoped"
_PLANNED = re.compile(r"(?i)\b(?P<verb>(?:is|are|was|were)[ \u00a0]+(?:slated|scheduled|set|"
                      r"planned|due|expected))[ \u00a0]+(?:for|on)[ \u00a0]*$")


def is_verbish(word: str) -> bool:
    """A word that may be a finite verb: an auxiliary, a common irregular form or ``-ed``."""
    w = word.lower().strip(".,;:’'\"“”")
    if w in _AUX or w in _IRREGULAR:
        return True
    return len(w) > 4 and w.endswith("ed") and w not in _NOT_VERBS and "-" not in w


def _clause_follows(text: str, pos: int, end: int) -> bool:
    """A subject and a verb follow ``pos`` within a few words: "after rebels seized ..."."""
    words = text[pos:end].split()[:6]
    return any(is_verbish(w) for w in words[1:])


class Referents:
    """Who "he" or "she" is: the one person the text spoke of just before, or nobody.

    A pronoun is resolved only when a single person is named (outside quotes)
    in its sentence before it and in the sentence before that: otherwise the
    event keeps its pronoun and question generation leaves it out.
    """

    def __init__(self, sentences: list[tuple[int, int]], mentions: list[Any],
                 quotes: list[tuple[int, int]]) -> None:
        self.sentences = sentences
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.quotes = quotes

    def person_before(self, pos: int) -> str | None:
        """The one person named before ``pos`` in its sentence, or else in the nearest of the
        three sentences before it that names anyone; None when that names two people."""
        index = next((i for i, (s, e) in enumerate(self.sentences) if s <= pos < e), None)
        if index is None:
            return None
        start = self.sentences[index][0]
        names = self._names(start, pos)
        for back in range(index - 1, max(-1, index - 4), -1):
            if names:
                break
            names = self._names(self.sentences[back][0], self.sentences[back][1])
        return names.pop() if len(names) == 1 else None

    def _names(self, start: int, end: int) -> set[str]:
        return {m.name for m in self.mentions if start <= m.start < end
                and not any(qs <= m.start < qe for qs, qe in self.quotes)}


def dated_event(text: str, span: tuple[int, int], expr: DateExpression,
                sentence: tuple[int, int] | None = None, people: Referents | None = None
                ) -> tuple[str, bool]:
    """The event of a date (see :func:`event_of`) and whether it stands alone: a learner
    can read it as a statement, with its actor named and nothing left dangling."""
    a, b = span
    s0, e0 = sentence or span
    noun_phrase = _attributive(text, expr, s0, e0) or _after_noun(text, expr, a)
    if noun_phrase:
        return noun_phrase, standalone(noun_phrase, noun_phrase=True)
    event = event_of(text, span, expr, sentence, people)
    return event, expr.also is None and standalone(event)


def event_of(text: str, span: tuple[int, int], expr: DateExpression,
             sentence: tuple[int, int] | None = None, people: Referents | None = None) -> str:
    """The event a date belongs to: the clause (or noun phrase) the date words modify.

    "NATO's 2011 war in X" dates the war; "since the collapse of X in 1991" dates
    the collapse; in "Y, which was founded in 1990, ..." the date belongs to the
    relative clause, and the text says so by starting with "which" (question
    generation leaves out events that are not self-contained). "He" is replaced
    by the person meant when ``people`` knows them for sure.
    """
    a, b = span
    s0, e0 = sentence or span
    noun_phrase = _attributive(text, expr, s0, e0) or _after_noun(text, expr, a)
    if noun_phrase:
        return noun_phrase
    a = _left_opener(text, a, expr.start)
    b = _right_opener(text, expr.end, b)
    before = text[a:expr.start].strip()
    planned = _PLANNED.search(before)
    if planned and not text[expr.end:b].strip(" ,.;:"):
        return _tidy(before[:planned.end("verb")] + " to take place")
    if re.match(r"(?i)since\b", text[expr.start:expr.end]):
        before += " since"  # "since January" holds its "since"
    elif not _COMPARED.search(text, a, expr.start):
        before = re.sub(r"(?i)\b(?:on|in|at|of|since|during|by)(?:\s+the)?\s*$", "", before)
    # else "its highest level since 2006", "had fallen since January": the date starts a
    # period or is compared with, it does not date the event; the event keeps its dangling
    # "since" so that no question asks "when did this happen?"
    after = re.sub(r"^\s*['’]s\b", "", text[expr.end:b])
    words = _tidy(before + " " + after)
    if not words:
        return text[a:b].strip()
    words = _with_subject(text, s0, a, words)
    words = _from_list_head(text, s0, a, words)
    return _resolve_pronoun(text, a, _TAIL.sub("", _LEAD.sub("", words)), people)


# what ends an event but belongs to the next clause or to the date: "... but", "earlier in the day"
_TAIL = re.compile(r"(?:,?[ \u00a0]+(?:but|and|or|yet)"
                   r"|[ \u00a0]+(?:earlier|later)(?:[ \u00a0]+in[ \u00a0]+the[ \u00a0]+day)?)$")


# what opens a line but is not the event: a list bullet, a dateline ("PARIS -", "Lagos, Nigeria -")
_LEAD = _verbose(rf"""
    ^(?: [•·*▪►]{_SP}*                                        # a bullet
       | (?:Earlier|Later|Early|Late),?{_SP}+(?=[a-z]+{_SP})     # "Earlier, prices rose"
       | [A-Z][\w.'’-]*(?:{_SP}[A-Z][\w.'’-]*){{0,2}}          # "San Francisco"
         (?:,{_SP}[A-Z][\w.'’-]*(?:{_SP}[A-Z][\w.'’-]*){{0,2}})? # ", California"
         {_SP}+[-–—]{_SP}+                                      # " - "
    )
""")
# words that cannot open a statement: a pronoun whose person is not named, a word that refers
# back ("this"), a relative or subordinating word, a preposition, a conjunction, an adverb
_NO_ACTOR = frozenset("""he she it they we i you him them his her its their our my your this
these those that there which who whom whose where when what while as after before since until
by in on at of for from to with during including according and but or nor so yet also then
even just only still not amid despite than into about against between among through without
within across around near like unlike upon via because although though unless once if""".split())
# words a statement cannot end on: the start of something the event cut off
_DANGLING_END = frozenset("""a an the of on in at by for to from with since until that and or
but as than during after before when which who whose its his her their was were is are has
had have be been being will would this these""".split())
_HOLE = _verbose(r"""(?i)
    \b(?:on|in|at|since|by|during|until|from|of)\s+       # a preposition whose object
    (?:on|in|at|to|by|from|since|until|and|or|is|are|was|were)\b  # ... was cut out
    | \b(?:and|or|the|a)\s+(?:and|or)\b                  # "2021 and and"
""")
_DETERMINERS = frozenset("""the a an some several many most more two three four five six seven
eight nine ten dozens hundreds thousands millions""".split())
_SPEECH_FIRST = re.compile(rf"(?i)\b(?:{_SPEECH_VERB}|tweeted|wrote|posted)\b")


def standalone(event: str, noun_phrase: bool = False) -> bool:
    """A learner can read ``event`` alone: it names its actor (no pronoun or "this" for one),
    does something, says what was said, and leaves no hole or dangling word where the date
    or a clause was cut out."""
    words = event.split()
    if len(event) > 240 or not event[:1].isalnum() or len(words) < 2 or (
            len(words) == 2 and not is_verbish(words[1])):
        return False  # "Aziz resigned" will do; "the evening" will not
    first, last = words[0].lower().strip(",;:"), words[-1].lower().strip(",;:.")
    if re.match(r"(?i)(?:at[ \u00a0]+least|more[ \u00a0]+than|up[ \u00a0]+to|nearly|almost)"
                r"[ \u00a0]+\d", event):
        first = "the"  # "At least 60 people": a number, not a preposition
    if first in _NO_ACTOR or last in _DANGLING_END or _HOLE.search(event):
        return False
    if re.search(r"(?i)\bsince\b", event):
        return False  # "starved of titles since winning X": the date is of X, not of the event
    if re.search(rf"\b{WEEKDAY_RE}\b|\b{MONTH_RE}\.?[ \u00a0]+\d", event):
        return False  # "talks continue on Tuesday" for Thursday's date: another date's event
    if re.search(r"[@•|]|https?:", event) or event.count("(") != event.count(")") \
            or event.count("“") != event.count("”") or event.count('"') % 2:
        return False
    if noun_phrase:
        return True
    if words[0][:1].islower() and (is_verbish(first) or first.endswith(("ing", "ly"))):
        return False  # "were killed on ...", "having won it": no actor
    if words[0][:1].islower() and first not in _DETERMINERS and not first[:1].isdigit() \
            and "-" not in first and not words[1][:1].isupper() and not is_verbish(words[1]):
        return False  # "deadline to complete ...", "part of his tour": a cut-off predicate
    if re.search(r"-\w+ed$", last):
        return False  # "had a court-imposed": an adjective whose noun was cut off
    verbs = [i for i, w in enumerate(words) if i and w[:1].islower() and is_verbish(w)]
    if not verbs and not _SCHEDULED.search(event) and not any(
            i and re.fullmatch(r"[a-z]+s", w) and words[i - 1][:1].isupper()
            for i, w in enumerate(words)):
        return False  # "Just after 8pm": no verb, nothing happens
    speech = _SPEECH_FIRST.search(event)
    if speech and not any(w[:1].islower() and is_verbish(w) or _SCHEDULED.match(w)
                          for w in event[speech.end():].split()):
        return False  # "X told Reuters", "X said that the man": what was said is left out
    return True


def _from_list_head(text: str, s0: int, a: int, words: str) -> str:
    """"Smith met three leaders: Ana Lind on Monday, Ivo Rask Friday": a list item with a
    date is an object of the verb before the colon ("Smith met Ana Lind")."""
    if any(is_verbish(w) for w in words.split()):
        return words
    before = text[s0:a]
    colon = before.rfind(":")
    if colon < 0 or re.search(r"[;“”\"]", before[colon:]):
        return words
    clause = re.split(r",[ \u00a0]+", before[:colon])[-1].split()
    verb = next((i for i, w in enumerate(clause) if i and is_verbish(w)), None)
    if verb is None or not clause[0][:1].isupper():
        return words
    return " ".join([*clause[:verb + 1], words])


def _tidy(words: str) -> str:
    words = re.sub(r"(?i)^\s*(?:on|in|at|since|during|by)\b", "", words)
    words = re.sub(r"\s+", " ", words).strip(" ,.;:")
    return re.sub(r"\s+([,.;:])", r"\1", words)


def _attributive(text: str, expr: DateExpression, floor: int, end: int) -> str | None:
    """"NATO's 2011 war in X", "the November 13 attacks by Y", "Yesterday's conference in Z":
    the date is an adjective, so the event is the noun phrase it qualifies."""
    head = re.match(r"(?:['’]s)?[ \u00a0]+(?P<words>[\w’'-]+(?:[ \u00a0]+[\w’'-]+)*)",
                    text[expr.end:end])
    if not head:
        return None
    possessive = bool(re.match(r"['’]s\b", text[expr.end:expr.end + 2]))
    lead = re.search(r"(?:(?P<owner>(?:\b[Tt]he[ \u00a0]+[a-z][\w-]*|\b[A-Z][\w.-]*)['’]s)|"
                     r"\b(?P<det>[Tt]he|[Aa]n?))[ \u00a0]+$",
                     text[max(floor, expr.start - 40):expr.start])
    if possessive and expr.kind in ("day", "weekday"):
        det = "the"
    elif lead and not possessive and expr.kind not in ("day", "period"):
        det = lead.group("owner") or "the"
    else:
        return None
    words: list[str] = []
    for w in re.finditer(r"[\w’'-]+|[^\w\s]", text[expr.end + (2 if possessive else 0):end]):
        token = w.group()
        if not re.match(r"[\w’'-]", token) or token.lower() in _NP_HEAD_STOP and words and \
                token.lower() not in {"of", "by", "in", "on", "for", "against", "with", "at"}:
            break
        if token.lower() in _NP_HEAD_STOP and not words:
            return None  # "in 2011 to ..." is not an adjective
        if is_verbish(token) and words:
            break
        words.append(token)
    while words and words[-1].lower() in _NP_HEAD_STOP:
        words.pop()
    if len(words) < 2 or not any(w[:1].islower() for w in words[:2]):
        return None  # "the October 30 runoff" alone says too little
    phrase = f"{det} {' '.join(words)}"
    return phrase[:1].upper() + phrase[1:]


def _after_noun(text: str, expr: DateExpression, floor: int) -> str | None:
    """"since the collapse of the Soviet Union in 1991": the date belongs to the collapse."""
    m = _BEFORE_NP.search(text, max(0, floor - 60), expr.start)
    if not m or m.end() != expr.start:
        return None
    np = re.sub(r"[ \u00a0]+", " ", m.group("np"))
    if any(is_verbish(w) for w in np.split()):
        return None
    return np[:1].upper() + np[1:]


# words that open a clause inside a sentence, on the left of a date ...
_LEFT_OPENER = _verbose(rf"""
    (?<!{_W}) (?:
      {_RELATIVE} | {_SUBORDINATE}                    # "which", "when"
      | as (?={_SP}+(?:he|she|it|they|we)\b)          # "as they ..."
      | {_CLAUSE_PREP}                                # "after" (if a clause follows)
    ) (?!{_W})
""")
# ... and on its right, where "and" may start the next clause
_RIGHT_OPENER = _verbose(rf"""
    (?<!{_W}) (?:{_RELATIVE} | {_SUBORDINATE} | {_CLAUSE_PREP} | and | but) (?!{_W})
""")


def _left_opener(text: str, a: int, pos: int) -> int:
    """Start of the innermost clause holding ``pos``: after "which", "when", "as they" ..."""
    best = a
    pattern = _LEFT_OPENER
    for m in pattern.finditer(text, a, pos):
        word = m.group().lower()
        if re.fullmatch(_CLAUSE_PREP, word) and not _clause_follows(text, m.end(), pos + 40):
            continue
        if re.fullmatch(_CLAUSE_PREP, word) and not any(
                is_verbish(w) for w in text[m.end():pos].split()):
            continue  # "after talks on Monday": a preposition, not a clause
        if re.search(r",[ \u00a0]", text[m.end():pos]):
            continue  # "Brandt, who had ..., resigned on Monday": that clause is closed
        best = m.start()
    speech = _complement_start(text, max(a, best), pos)
    if speech is not None:
        return speech
    if best == a:
        return a
    word = re.match(r"\w+", text[best:]).group().lower()  # type: ignore[union-attr]
    if re.fullmatch(_RELATIVE, word):
        return best  # keep "which ...": the event is not self-contained
    return best + len(word)


# "said in a statement (that)": where it was said, before what
_WHERE_SAID = _verbose(rf"""
    {_SP}+ (?:in|on|at) {_SP}+ (?:a|an|the|its|his|her|their) {_SP}+
    (?:statement|interview|post|tweet|video|letter|speech|briefing|message) \b
    (?:{_SP}+that\b)? {_SP}+
""")


def _complement_start(text: str, a: int, pos: int) -> int | None:
    """"X said (that) Y would do Z in November": the date is Y's, not the saying's; the start
    of what was said, when the date lies in it."""
    found = None
    for m in re.finditer(rf"(?<![\w’'-])(?:{_SPEECH_VERB})(?![\w’'-])", text[a:pos]):
        rest = text[a + m.end():pos]
        if re.search(r",[ \u00a0]|[;:“”\"]", rest):
            continue
        that = re.match(r"(?:[ \u00a0]+(?:[A-Z][\w’'-]*|reporters|journalists)){0,3}"
                        r"[ \u00a0]+that[ \u00a0]+", rest) or _WHERE_SAID.match(rest)
        start = a + m.end() + (that.end() if that else 0)
        words = text[start:pos].split()
        if len(words) >= 2 and any(is_verbish(w) for w in words[1:]):
            found = start
    return found


def _right_opener(text: str, pos: int, b: int) -> int:
    """End of the clause holding the date: before "which", "when", "after X did" or "and Y did"."""
    pattern = _RIGHT_OPENER
    for m in pattern.finditer(text, pos, b):
        word = m.group().lower()
        if word == "and":
            nxt = text[m.end():b].split()[:6]
            if any(w.lower() in _AUX for w in nxt[1:]):
                return m.start()
            continue
        if word == "but":  # "... but the party disagreed": another clause
            if any(is_verbish(w) for w in text[m.end():b].split()[:6]):
                return m.start()
            continue
        if re.fullmatch(_CLAUSE_PREP, word) and not _clause_follows(text, m.end(), b):
            continue
        return m.start()
    return b


def _with_subject(text: str, s0: int, a: int, words: str) -> str:
    """"Brandt, who had proposed cuts, resigned on Monday": give the bare verb its subject."""
    before = text[s0:a]
    closed = re.match(r"(?:who|which)\b[^,;:]*,[ \u00a0]*(?P<rest>.+)", words)
    if closed:  # the span opens with the subject's relative clause: drop it
        words = closed.group("rest")
        m = re.fullmatch(r"(?P<subject>[^,;:()“”\"]{2,80}?),[ \u00a0]*", before)
    else:
        first = words.split()[0]
        if not (first[:1].islower() and is_verbish(first)):
            return words
        m = re.fullmatch(r"(?P<subject>[^,;:()“”\"]{2,80}?),[ \u00a0]+(?:who|which)\b"
                         r"[^;:()“”\"]*?,[ \u00a0]*", before) or _shared_subject(before) \
            or _subject_before_aside(before)
    if not m or len(m.group("subject").split()) > 8:
        return words if not closed else f"which {words}"  # no subject: not self-contained
    return f"{m.group('subject').strip()} {words}"


def _subject_before_aside(before: str) -> re.Match[str] | None:
    """"At least 60 people, including two children, were killed": the subject is before an
    aside that is a phrase, not a clause (no verb of its own)."""
    m = re.fullmatch(r"(?P<subject>[A-Z0-9][^,;:()“”\"\n]{1,80}?),[ \u00a0]+"
                     r"(?P<aside>[^;:“”\"\n]+?),[ \u00a0]*", before.rsplit("\n", 1)[-1])
    if not m or any(w[:1].islower() and is_verbish(w) for w in m.group("aside").split()):
        return None
    if any(w[:1].islower() and is_verbish(w) for w in m.group("subject").split()):
        return None  # "Police said on Monday, ..." is a clause, not a subject
    return m


def _shared_subject(before: str) -> re.Match[str] | None:
    """"The storm hit on Monday and will return on Friday": the second verb shares the subject
    that opens the sentence, the words before its first verb."""
    if not re.search(r"[ \u00a0](?:and|but)[ \u00a0]*$", before):
        return None
    words = before.split()
    verb = next((i for i, w in enumerate(words) if i and w[:1].islower() and is_verbish(w)),
                None)
    if verb is None or not words[0][:1].isupper() or words[0].lower() in _NO_ACTOR:
        return None
    subject = " ".join(words[:verb])
    return re.fullmatch(r"(?P<subject>[^,;:()“”\"]{2,80})", subject)


def _resolve_pronoun(text: str, a: int, words: str, people: Referents | None) -> str:
    m = _PRONOUN_SUBJECT.match(words)
    if not m or people is None:
        return words
    name = people.person_before(a)
    return name + words[m.end():] if name else words
