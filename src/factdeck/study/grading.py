"""Grading answers: forgiving where a learner's slip is not a wrong fact, strict where it is.

Typed answers are compared after folding case, accents and punctuation, and a
small typo passes; a different number never does (``2015`` is not ``2016``).
Dates may be typed in any common form and are graded to the precision of the
bank's answer. Responses are plain JSON values (text, lists, mappings), so a
session holding them can be saved and resumed.

No Textual here: the quiz app, tests and any other front end share this module.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from factdeck.bank.model import (
    ChoiceQuestion,
    ClozeQuestion,
    DateQuestion,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    PartialDate,
    Question,
    ShortQuestion,
    TrueFalseQuestion,
)
from factdeck.textnorm import fold

Response = Any  # str | bool | list[str] | dict[str, str]: whatever the kind takes, JSON-able


@dataclass(frozen=True, slots=True)
class Grade:
    """The verdict on one response: right or wrong, how much of it, and why."""

    correct: bool
    score: float  # 0..1; partial credit for cloze and match, shown but not counted as right
    note: str = ""  # e.g. "accepted despite a typo", "right year, wrong month"


# ------------------------------------------------------------------ short text

_LEADING_ARTICLE = re.compile(r"^(the|a|an) ")
_DIGITS = re.compile(r"\d+")


def _typo_budget(length: int) -> int:
    """How many edits a typed answer of this length may be off by."""
    if length <= 4:
        return 0
    if length <= 8:
        return 1
    if length <= 20:
        return 2
    return 3


def match_text(given: str, answers: Iterable[str]) -> tuple[bool, str]:
    """Whether ``given`` matches one of ``answers``; a note says when a typo was forgiven.

    Case, accents, punctuation, a leading article and spacing are ignored; a
    few typos pass in longer words; numbers must match exactly. Two letters swapped
    ("hrabour" for "harbour") count as one typo, like a wrong or missing letter
    (optimal string alignment distance).
    """
    from rapidfuzz.distance import OSA

    typed = _LEADING_ARTICLE.sub("", fold(given))
    if not typed:
        return False, ""
    best_note = None
    for answer in answers:
        want = _LEADING_ARTICLE.sub("", fold(answer))
        if not want:
            continue
        if typed == want or typed.replace(" ", "") == want.replace(" ", ""):
            return True, ""
        if _DIGITS.findall(typed) != _DIGITS.findall(want):
            continue
        budget = _typo_budget(len(want))
        if budget and OSA.distance(typed, want, score_cutoff=budget) <= budget:
            best_note = "accepted despite a typo"
    if best_note:
        return True, best_note
    return False, ""


# ------------------------------------------------------------------ dates

_MONTHS: dict[str, int] = {}
for _number in range(1, 13):
    _MONTHS[calendar.month_name[_number].lower()] = _number
    _MONTHS[calendar.month_abbr[_number].lower()] = _number
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"

_WORD_FORMS = [
    re.compile(rf"^{_DAY} (?:of )?{_MONTH},? {_YEAR}$"),  # 8 Oct 2016, 8th of October 2016
    re.compile(rf"^{_MONTH} {_DAY},? {_YEAR}$"),  # October 8, 2016
    re.compile(rf"^{_MONTH},? {_YEAR}$"),  # October 2016
    re.compile(rf"^{_YEAR} {_MONTH} {_DAY}$"),  # 2016 Oct 8
    re.compile(rf"^{_YEAR}$"),
]
_NUMERIC_FULL = re.compile(r"^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})$")
_NUMERIC_PART = re.compile(r"^(\d{1,4})[-/.](\d{1,4})$")


def _make(year: int, month: int | None = None, day: int | None = None) -> PartialDate | None:
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None:
        try:
            _dt.date(year, month or 1, day)
        except ValueError:
            return None
    if not 1 <= year <= 9999:
        return None
    return PartialDate(year, month, day)


def parse_date_answer(text: str) -> list[PartialDate]:
    """Every date a typed answer may mean, most likely first; empty when it is no date.

    ``03/04/2016`` is ambiguous (3 April or March 4), so both readings come
    back; ``10/2016`` is October 2016; ``2016`` is the year.
    """
    raw = text.strip()
    if not raw:
        return []
    cleaned = re.sub(r"\s+", " ", raw.lower().replace(",", ", ")).strip()
    cleaned = re.sub(r" ,", ",", cleaned)
    found: list[PartialDate | None] = []
    for pattern in _WORD_FORMS:
        m = pattern.match(cleaned)
        if m:
            parts = m.groupdict()
            month = _MONTHS[parts["month"].rstrip(".")] if parts.get("month") else None
            day = int(parts["day"]) if parts.get("day") else None
            found.append(_make(int(parts["year"]), month, day))
            return [d for d in found if d]
    compact = cleaned.replace(" ", "")
    m = _NUMERIC_FULL.match(compact)
    if m:
        a, b, c = m.groups()
        if len(a) == 4:  # 2016-10-08, 2016/10/08
            found.append(_make(int(a), int(b), int(c)))
        elif len(c) == 4:  # 08/10/2016: day first (most of the world), or month first (US)
            found.append(_make(int(c), int(b), int(a)))
            found.append(_make(int(c), int(a), int(b)))
        return list(dict.fromkeys(d for d in found if d))
    m = _NUMERIC_PART.match(compact)
    if m:
        a, b = m.groups()
        if len(a) == 4 and len(b) <= 2:  # 2016-10
            found.append(_make(int(a), int(b)))
        elif len(b) == 4 and len(a) <= 2:  # 10/2016
            found.append(_make(int(b), int(a)))
        return [d for d in found if d]
    return _dateparser_read(raw)


def _dateparser_read(text: str) -> list[PartialDate]:
    """Last resort for forms the patterns above miss ("Oct. the 8th, 2016", other languages)."""
    if not re.search(r"\d{4}", text):
        return []  # without a year, dateparser would guess this year: never a fair answer
    import dateparser

    data = dateparser.date.DateDataParser(settings={"PREFER_DAY_OF_MONTH": "first"}) \
        .get_date_data(text)
    if data is None or data.date_obj is None:
        return []
    when = data.date_obj
    period = data.period or "day"
    if period == "year":
        return [PartialDate(when.year)]
    if period == "month":
        return [PartialDate(when.year, when.month)]
    return [PartialDate(when.year, when.month, when.day)]


def _truncate(date: PartialDate, precision: str) -> PartialDate:
    if precision == "year":
        return PartialDate(date.year)
    if precision == "month":
        return PartialDate(date.year, date.month)
    return date


_RANK = {"year": 0, "month": 1, "day": 2}


def grade_date(given: str, answer: PartialDate) -> Grade:
    """Grade a typed date to the precision of ``answer``; more precision is fine, less is not."""
    readings = parse_date_answer(given)
    if not readings:
        return Grade(False, 0.0, "not a date I can read; try 8 Oct 2016 or 2016-10-08")
    for reading in readings:
        if _RANK[reading.precision] >= _RANK[answer.precision] and \
                _truncate(reading, answer.precision) == answer:
            return Grade(True, 1.0)
    reading = readings[0]
    if _RANK[reading.precision] < _RANK[answer.precision] and \
            _truncate(answer, reading.precision) == reading:
        return Grade(False, 0.5, f"right so far, but give the {answer.precision} too")
    if reading.year == answer.year and answer.month is not None:
        if reading.month == answer.month:
            return Grade(False, 0.5, "right month, wrong day")
        return Grade(False, 0.3, "right year, wrong month")
    return Grade(False, 0.0)


# ------------------------------------------------------------------ each kind


def grade(question: Question, response: Response) -> Grade:
    """Grade a response to any kind of question (see :func:`describe` for the shapes)."""
    if isinstance(question, ChoiceQuestion):
        return _whole(response == question.answer)
    if isinstance(question, TrueFalseQuestion):
        return _whole(isinstance(response, bool) and response == question.answer)
    if isinstance(question, MultiQuestion):
        chosen = set(response or ())
        right = set(question.answers)
        hits = len(chosen & right) - len(chosen - right)
        return Grade(chosen == right, max(hits, 0) / len(right))
    if isinstance(question, ShortQuestion):
        ok, note = match_text(str(response or ""), (question.answer, *question.accept))
        return Grade(ok, 1.0 if ok else 0.0, note)
    if isinstance(question, DateQuestion):
        return grade_date(str(response or ""), question.date)
    if isinstance(question, ClozeQuestion):
        return grade_cloze(question, list(response or ()))
    if isinstance(question, MatchQuestion):
        chosen = dict(response or {})
        hits = sum(1 for p in question.pairs if chosen.get(p.left) == p.right)
        return Grade(hits == len(question.pairs), hits / len(question.pairs))
    if isinstance(question, OrderQuestion):
        given = list(response or ())
        hits = sum(1 for a, b in zip(given, question.items, strict=False) if a == b)
        return Grade(given == list(question.items), hits / len(question.items))
    raise TypeError(f"cannot grade a {type(question).__name__}")


def _whole(ok: bool) -> Grade:
    return Grade(ok, 1.0 if ok else 0.0)


def gap_results(question: ClozeQuestion, given: Sequence[str]) -> list[bool]:
    """Whether each gap was filled right (forgiving, like short answers)."""
    filled = list(given) + [""] * (len(question.gaps) - len(given))
    return [match_text(g, [want])[0] for g, want in zip(filled, question.gaps, strict=False)]


def grade_cloze(question: ClozeQuestion, given: Sequence[str]) -> Grade:
    """Every gap must be right; the score says how many were."""
    results = gap_results(question, given)
    hits = sum(results)
    note = "" if hits in (0, len(results)) else f"{hits} of {len(results)} gaps right"
    return Grade(hits == len(results), hits / len(results), note)


def describe(question: Question, response: Response) -> str:
    """A response as one line, for feedback and the study log."""
    if response is None:
        return "(no answer)"
    if isinstance(question, TrueFalseQuestion):
        return "True" if response else "False"
    if isinstance(question, MatchQuestion):
        chosen = dict(response)
        return "; ".join(f"{p.left} \u2192 {chosen.get(p.left, '?')}" for p in question.pairs)
    if isinstance(response, (list, tuple)):
        return "; ".join(str(r) for r in response) or "(no answer)"
    return str(response) or "(no answer)"
