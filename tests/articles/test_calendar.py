"""The calendar patterns, part by part: each test breaks one part of one pattern."""

from __future__ import annotations

import datetime as dt

import pytest

from factdeck.articles.calendar import find_full_dates, parse_date_line


@pytest.mark.parametrize(("text", "date"), [
    ("on 13 October 2016 the talks", dt.date(2016, 10, 13)),
    ("on 13th of October, 2016 the talks", dt.date(2016, 10, 13)),
    ("on October 13, 2016 the talks", dt.date(2016, 10, 13)),
    ("on Oct. 13 2016 the talks", dt.date(2016, 10, 13)),
    ("filed 2016-10-13 at noon", dt.date(2016, 10, 13)),
])
def test_each_written_form_is_one_full_date(text: str, date: dt.date) -> None:
    assert [d for _, _, d in find_full_dates(text)] == [date]


@pytest.mark.parametrize("text", [
    "13 october 2016",     # a lower-case month is an ordinary word ("may", "march")
    "13 October 16",       # a two-digit year
    "32 October 2016",     # no such day
    "2016-13-01",          # no such month
    "2016-1-13",           # ISO months have two digits
    "31 February 2016",    # a day the month does not have
    "October 2016",        # no day
])
def test_what_is_not_a_full_date(text: str) -> None:
    assert find_full_dates(text) == []


@pytest.mark.parametrize(("line", "date"), [
    ("Published: Tuesday, October 11, 2016 14:20 GMT", dt.date(2016, 10, 11)),
    ("Last updated on 5 March 2023", dt.date(2023, 3, 5)),
    ("POSTED 5 March 2023", dt.date(2023, 3, 5)),
    ("date: 2023-03-05", dt.date(2023, 3, 5)),
    ("14:20 GMT, 5 March 2023", dt.date(2023, 3, 5)),
])
def test_a_dateline_gives_its_date(line: str, date: dt.date) -> None:
    assert parse_date_line(line) == date


@pytest.mark.parametrize("line", [
    "Reviewed: 5 March 2023",              # not a label of a publication date
    "The talks of 5 March 2023 failed",    # a sentence, not a dateline
    "5 March 2023 and 6 March 2023",       # two dates
])
def test_a_line_that_is_not_only_a_date_gives_none(line: str) -> None:
    assert parse_date_line(line) is None
