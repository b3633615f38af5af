"""Month and weekday names, and the regular expressions that find calendar dates.

Shared by article reading (the publication date line) and date extraction, so
both read "13 October 2016", "Oct. 13, 2016" and "2016-10-13" the same way.
"""

from __future__ import annotations

import datetime as _dt
import re

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}

# Capitalised month names only: "may" and "march" are also ordinary words.
MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|"
            r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
MONTH_DOT = MONTH_RE + r"\.?"
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR_RE = r"(?:1[6-9]\d\d|20\d\d)"

# "13 October 2016", "13th of October, 2016"
DAY_MONTH_YEAR = re.compile(rf"""
    \b(?P<day>{DAY_RE})            # 13, 13th
    \ (?:of\ )?                    # "13th of October"
    (?P<month>{MONTH_DOT}),?       # October, Oct., with an optional comma
    \ (?P<year>{YEAR_RE})\b        # 2016
""", re.VERBOSE)
# "October 13, 2016", "Oct. 13 2016"
MONTH_DAY_YEAR = re.compile(rf"""
    \b(?P<month>{MONTH_DOT})       # October, Oct.
    \ (?P<day>{DAY_RE}),?          # 13, 13th, with an optional comma
    \ (?P<year>{YEAR_RE})\b        # 2016
""", re.VERBOSE)
# "2016-10-13"
ISO_DATE = re.compile(r"""
    \b(?P<year>(?:19|20)\d\d)      # 2016
    -(?P<month>0[1-9]|1[0-2])      # -10: two digits, 01 to 12
    -(?P<day>0[1-9]|[12]\d|3[01])\b  # -13: two digits, 01 to 31
""", re.VERBOSE)
# "Published: ", "Last updated on " before a dateline's date
DATE_LABEL = re.compile(r"""
    ^(?:published|posted|updated|last\ updated|first\ published|date)  # the label
    \s*(?:on)?\s*:?\s*             # then "on", a colon, or both
""", re.VERBOSE | re.IGNORECASE)


def month_number(name: str) -> int:
    """The month number of a (possibly abbreviated, dotted) month name."""
    return MONTHS[name.rstrip(".").lower()]


def day_number(text: str) -> int:
    """The day of "13", "13th", "1st"."""
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def make_date(year: int, month: int, day: int) -> _dt.date | None:
    """A date, or None when the numbers do not form one (31 February)."""
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def find_full_dates(text: str) -> list[tuple[int, int, _dt.date]]:
    """Every complete calendar date (day, month, year) in ``text``, as (start, end, date)."""
    found: list[tuple[int, int, _dt.date]] = []
    for pattern in (DAY_MONTH_YEAR, MONTH_DAY_YEAR, ISO_DATE):
        for m in pattern.finditer(text):
            month = m.group("month")
            number = int(month) if month.isdigit() else month_number(month)
            date = make_date(int(m.group("year")), number, day_number(m.group("day")))
            if date and not any(s < m.end() and m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), date))
    found.sort()
    return found


def parse_date_line(line: str) -> _dt.date | None:
    """The date of a line that is only a date (with an optional weekday, time or label).

    Used for dateline/byline lines such as "13 October 2016",
    "Published: Tuesday, October 11, 2016 14:20 GMT". Anything else is None:
    a publication date is never guessed.
    """
    text = line.strip().strip("*_ ")
    text = DATE_LABEL.sub("", text)
    text = re.sub(rf"^(?:{WEEKDAY_RE}|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\.?,?\s+", "", text)
    # a time before the date: "14:20 GMT, 5 March 2023"
    text = re.sub(r"(?i)^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?\s*,?\s+", "", text)
    dates = find_full_dates(text)
    if len(dates) != 1:
        return None
    start, end, date = dates[0]
    rest = (text[:start] + " " + text[end:]).strip(" ,.|-")
    # allow a time and a zone after the date: "14:20 GMT", "at 2:30 p.m. ET"
    rest = re.sub(r"(?i)^(?:at\s+)?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?"
                  r"(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?", "", rest).strip(" ,.|-")
    return date if not rest else None
