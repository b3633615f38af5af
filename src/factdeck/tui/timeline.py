"""A timeline drawn after an order or date question: the events on a dated axis, the
learner's answer beside the right one.

People take in a picture of time faster than a list of dates: the axis is vertical
(it fits 80 columns whatever the labels), each event a dot, with more space where
more time passes, and each row says where the learner put that event.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import Any

from rich.text import Text

from factdeck.bank.model import DateQuestion, OrderQuestion, PartialDate, Question

DOT, AXIS, YOURS = "\u25cf", "\u2502", "\u25cb"
LABEL = 11  # width of the date column ("8 Oct 2016")
ITEM = 40  # events are padded to this width at most, so that "you: n" lines up


def _day(date: PartialDate) -> _dt.date:
    return _dt.date(date.year, date.month or 1, date.day or 1)


def _label(date: PartialDate | None) -> str:
    if date is None:
        return "undated"
    if date.month is None:
        return str(date.year)
    month = _dt.date(2000, date.month, 1).strftime("%b")
    return f"{date.day} {month} {date.year}" if date.day else f"{month} {date.year}"


def _parse(text: str | None) -> PartialDate | None:
    try:
        return PartialDate.parse(text) if text else None
    except ValueError:
        return None


def _gap(before: PartialDate | None, after: PartialDate | None) -> tuple[int, str]:
    """Axis lines between two events, and what the gap says: more lines for more time."""
    if before is None or after is None:
        return 0, ""
    days = (_day(after) - _day(before)).days
    if days <= 31:
        return 0, ""
    if days < 365:
        months = round(days / 30.4)
        return 1, f"{months} month{'s' if months != 1 else ''} later"
    years = int(days / 365.25)  # whole years gone by
    return (2 if years < 4 else 3), f"{years} year{'s' if years != 1 else ''} later"


def _axis(rows: Sequence[tuple[PartialDate | None, Text]]) -> Text:
    """One row per event, on a vertical axis with a dot per event."""
    text = Text()
    previous: PartialDate | None = None
    for i, (date, label) in enumerate(rows):
        if i:
            lines, says = _gap(previous, date)
            for n in range(lines):
                text.append("\n" + " " * LABEL + f" {AXIS} ", style="dim")
                if n == 0 and says:
                    text.append(says, style="dim italic")
            text.append("\n")
        text.append(f"{_label(date):>{LABEL}} ", style="bold" if date else "dim")
        text.append_text(label)
        previous = date if date is not None else previous
    return text


def order_timeline(question: OrderQuestion, given: Sequence[str] | None) -> Text:
    """The right order on a dated axis; beside each event, where the learner put it."""
    dates = list(question.dates or ())
    dates += [None] * (len(question.items) - len(dates))
    placed = {item: n for n, item in enumerate(given or (), 1)}
    width = min(max(len(item) for item in question.items), ITEM)
    rows = []
    for n, (item, date) in enumerate(zip(question.items, dates, strict=True), 1):
        label = Text(f"{DOT} {n}. ", style="bold")
        label.append(f"{item:<{width}}")
        yours = placed.get(item)
        if yours is not None:
            label.append(f"   you: {yours}", style="green" if yours == n else "red")
            label.append(" \u2714" if yours == n else " \u2718",
                         style="green" if yours == n else "red")
        rows.append((_parse(date), label))
    title = Text("Timeline", style="bold underline")
    title.append("  (the right order; beside each, where you put it)\n", style="dim")
    return title + _axis(rows)


def date_timeline(question: DateQuestion, given: str | None) -> Text:
    """The right date and the learner's on one axis, in time order."""
    from factdeck.study.grading import parse_date_answer

    right = question.date
    rows: list[tuple[PartialDate | None, Text]] = [
        (right, Text(f"{DOT} the right date: {right.human()}", style="bold green"))]
    read = parse_date_answer(given or "") if given else []
    if read and read[0] != right:
        yours = read[0]
        rows.append((yours, Text(f"{YOURS} your answer: {yours.human()}", style="red")))
        rows.sort(key=lambda row: _day(row[0]) if row[0] else _dt.date.max)
    title = Text("Timeline\n", style="bold underline")
    return title + _axis(rows)


def timeline_text(question: Question, response: Any) -> Text | None:
    """The timeline for an order or date question; None for other kinds."""
    if isinstance(question, OrderQuestion):
        return order_timeline(question, list(response) if response else None)
    if isinstance(question, DateQuestion):
        return date_timeline(question, str(response) if response else None)
    return None
