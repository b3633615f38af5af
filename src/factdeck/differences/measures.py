"""Figures with what they measure: a count of something, a percentage, a sum of money.

Two outlets can only disagree about a figure when both figures measure the
same thing, so each figure is read with its unit: the currency it is in, the
percent sign, or the noun it counts ("40 appearances", "three senior
officials"). Counts of people get the quantity their sentence speaks of
("killed" -> deaths). Hedges ("nearly", "some", "just over") and rounding
decide whether two figures agree (:func:`agree`): "some 38%" agrees with
37.82%, "61%" with 61.04%, but "37%" does not (37.82 rounds to 38) and
"at least 120" does not agree with "more than 140".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factdeck.differences.quantities import (
    CATEGORIES,
    CATEGORY_LABELS,
    PART_BEFORE,
    SHARE_OF,
    WHOLE_AFTER,
    share_of,
)

_WORD_VALUES = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100,
}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "crore": 1e7,
           "lakh": 1e5, "bn": 1e9, "m": 1e6, "mn": 1e6, "k": 1e3}
APPROXIMATE = frozenset({"nearly", "almost", "about", "approximately", "around", "some",
                         "roughly", "close to", "an estimated", "estimated"})
LOWER_BOUNDS = frozenset({"over", "more than", "at least", "just over", "well over",
                          "upwards of", "as many as"})
UPPER_BOUNDS = frozenset({"under", "less than", "fewer than", "up to", "just under"})
_HEDGES = "|".join(h.replace(" ", r"\s+") for h in sorted(APPROXIMATE | LOWER_BOUNDS | UPPER_BOUNDS,
                                                           key=len, reverse=True))
_NUMBER_WORDS = "|".join(_WORD_VALUES)

_FIGURE = re.compile(
    rf"""
    (?:\b(?P<hedge>{_HEDGES})\s+)?                                       # hedge
    {SHARE_OF}                                                           # "half of X's"
    (?:the\s+)?
    (?P<cur>Rs\.?\s?|INR\s?|USD\s?|US\$\s?|\$|€|£)?                       # currency sign
    (?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?                   # digits
        |(?:{_NUMBER_WORDS})\b                                    # or a number word
        |(?:a\s+)?(?:half|quarter)(?:\s+an?)?(?=\s+(?:thousand|million|billion)))  # "half a"
    (?:\s?(?P<scale>thousand|million|billion|trillion|crore|lakh|bn|mn|m|k)\b)?  # scale
    (?P<pct>\s?(?:%|percent\b|per\s+cent\b))?                              # percent
    """,
    re.I | re.X,
)
_CURRENCY_WORDS = {"rupee": "rupee", "rupees": "rupee", "dollar": "usd", "dollars": "usd",
                   "euro": "eur", "euros": "eur", "pound": "gbp", "pounds": "gbp"}
_CURRENCY_SIGNS = {"rs": "rupee", "inr": "rupee", "usd": "usd", "us$": "usd", "$": "usd",
                   "€": "eur", "£": "gbp"}
_NOT_NOUNS = frozenset("""a an the of and or in on at to for by from with were was are is be been
have has had who that which as than per this its their his her after before when while but
if so years year old off into onto over under across through during against including between
amid among like since until via plus versus each apiece""".split())
# nouns that name one thing counted ("appearances", "matches") in different words
_SYNONYMS = {"appearance": "match", "game": "match", "cap": "match", "fixture": "match",
             "person": "people", "individual": "people", "executive": "executive",
             "official": "official"}
_GENERIC_PEOPLE = frozenset({"people", "civilians", "residents"})
_CUE = re.compile(r"\b(" + "|".join(sorted((re.escape(c) for cs in CATEGORIES.values()
                                            for c in cs), key=len, reverse=True)) + r")\b", re.I)
_CUE_CATEGORY = {c: cat for cat, cs in CATEGORIES.items() for c in cs}
_MODAL_BEFORE = re.compile(r"\b(?:can|could|may|might|would)\b(?:\s+[a-z]+){0,5}\s*$", re.I)
_DATE_AFTER = re.compile(r"\s*(?:st|nd|rd|th)\b|\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                         r"nov|dec)[a-z]*\b|\s*(?:am|pm|a\.m|p\.m|gmt|utc|ist)\b|\s*[:/-]\s*\d",
                         re.I)
_DATE_BEFORE = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$|"
                          r"[:/]\s*$|\d\s*$|[A-Za-z]-?$", re.I)


@dataclass(frozen=True)
class Figure:
    """A figure in a sentence: value, hedge and unit, with offsets into the sentence text."""

    value: float
    hedge: str | None
    decimals: int
    unit: str  # "pct", "pct:vote", "money:usd", "count:match", "count:people:deaths"
    start: int
    end: int

    @property
    def label(self) -> str:
        """What the figure measures, for a reader."""
        kind, _, rest = self.unit.partition(":")
        if kind == "pct":
            return f"share of the {rest}" if rest else "percentage"
        if kind == "money":
            return {"usd": "sum in US dollars", "rupee": "sum in rupees",
                    "eur": "sum in euros", "gbp": "sum in pounds"}.get(rest, "sum of money")
        noun, _, category = rest.partition(":")
        if category:
            return CATEGORY_LABELS.get(category, f"number of {noun}")
        if noun.endswith("ed"):
            return f"number who {noun}"  # "12 abstained": those who did it
        return f"number of {noun}" + ("" if noun.endswith(("s", "people")) else "s")


def figures(text: str) -> list[Figure]:
    """Every figure of ``text`` whose unit can be told (no years, dates, times, ordinals)."""
    out = []
    for m in _FIGURE.finditer(text):
        num = m.group("num")
        if num[0].isdigit() and not (m.group("cur") or m.group("pct") or m.group("scale")):
            if re.fullmatch(r"(?:1[89]|20)\d\d", num):
                continue  # a year
        before, after = text[max(0, m.start() - 12):m.start()], text[m.end():m.end() + 14]
        if (_DATE_BEFORE.search(before) and not m.group("hedge") and not m.group("cur")) \
                or _DATE_AFTER.match(after) or after.startswith("-") \
                or (m.start() > 0 and text[m.start() - 1] in "-/"):
            continue
        if PART_BEFORE.search(text, 0, m.start()):
            continue  # "64 of the 120 seats": 120 is the whole, not what was won
        if _MODAL_BEFORE.search(text[max(0, m.start() - 50):m.start()]):
            continue  # "can seat 310 guests": what could be, not what was
        if "half" in num.lower() or "quarter" in num.lower():
            value: float = 0.5 if "half" in num.lower() else 0.25
        else:
            value = _WORD_VALUES.get(num.lower()) or float(num.replace(",", ""))
        if m.group("scale"):
            value *= _SCALES[m.group("scale").lower()]
        if m.group("share"):
            value *= share_of(m.group("share"))  # "half of the country's 20 million": 10 million
        decimals = len(num.split(".")[1]) if "." in num and num[0].isdigit() else 0
        unit, end = _unit(text, m)
        if unit is None:
            continue
        if unit.startswith("count:") and _other_after_and(text, m):
            value += 1  # "its chief and two other executives": three executives
        hedge = re.sub(r"\s+", " ", m.group("hedge").lower()) if m.group("hedge") else None
        out.append(Figure(float(value), hedge, decimals, unit, m.start(), max(end, m.end())))
    return _with_categories(text, out)


def _unit(text: str, m: re.Match[str]) -> tuple[str | None, int]:
    """The figure's unit and where its words end (for a part of a whole, "64 of the 120
    seats", the unit of the whole)."""
    if m.group("cur"):
        sign = m.group("cur").strip().rstrip(".").lower()
        return f"money:{_CURRENCY_SIGNS.get(sign, sign)}", m.end()
    whole = WHOLE_AFTER.match(text, m.end()) if not m.group("pct") else None
    at = whole.end() if whole else m.end()
    words = list(re.finditer(r"[A-Za-z][\w'-]*|[^\sA-Za-z]", text[at:at + 60]))
    if m.group("pct"):
        noun = None
        if words and words[0].group().lower() == "of":
            rest = [w.group().lower() for w in words[1:4]]
            rest = [w for w in rest if w not in _NOT_NOUNS]
            noun = _singular(rest[0]) if rest and rest[0].isalpha() else None
        return (f"pct:{noun}" if noun else "pct"), m.end()
    # a currency named after the figure: "80 million Indian rupees"
    for w in words[:2]:
        if w.group().lower() in _CURRENCY_WORDS:
            return f"money:{_CURRENCY_WORDS[w.group().lower()]}", at + w.end()
    noun, end = None, at
    for k, w in enumerate(words[:3]):
        word = w.group()
        if not word[0].isalpha() or word.lower() in _NOT_NOUNS:
            break
        if k and word.lower().endswith(("ed", "ing")):
            break  # a verb after the noun: "12 goals helped"
        noun, end = word, at + w.end()
    if noun is not None and len(words) > k + 1 and words[k].group().lower() == "and" \
            and words[k + 1].group().isalpha() and words[k + 1].group().islower() \
            and words[k + 1].group() not in _WORD_VALUES:
        # "180 passengers and crew" counts both: another quantity than "171 passengers"
        noun = f"{noun} and {words[k + 1].group()}"
        end = at + words[k + 1].end()
    if noun is None or noun.lower() in ("other", "more", "of"):
        return None, m.end()
    key = _singular(noun.lower())
    key = _SYNONYMS.get(key, key)
    if key in _GENERIC_PEOPLE:
        after = text[end:end + 24].lower()
        if re.match(r"\s*(?:on\s+board|onboard|aboard)\b(?!\s+and\b)", after):
            return "count:people on board", end
        return "count:people", end
    adjective = words[k - 2].group() if k >= 2 else ""
    if adjective[:1].isupper() and noun[:1].islower():
        key = f"{adjective.lower()} {key}"  # "12 Dutch nationals", not "4 Chilean nationals"
    return f"count:{key}", end


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _with_categories(text: str, found: list[Figure]) -> list[Figure]:
    """Counts of people get the quantity of the nearest cue ("killed" -> deaths) that no other
    count of people stands before ("80 people were killed ... with 64 people on board")."""
    people = [f for f in found if f.unit == "count:people"]
    if not people:
        return found
    cues = [(m.start(), m.end(), _CUE_CATEGORY[m.group(1).lower()]) for m in _CUE.finditer(text)]
    out = []
    for f in found:
        if f.unit == "count:people":
            best = None
            for c_start, c_end, category in cues:
                lo, hi = (f.end, c_start) if c_start >= f.end else (c_end, f.start)
                if hi < lo or any(o is not f and lo <= o.start < hi for o in people):
                    continue
                if best is None or hi - lo < best[0]:
                    best = (hi - lo, category)
            if best is not None:
                f = replace(f, unit=f"count:people:{best[1]}")
        out.append(f)
    return out


def _other_after_and(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 8):m.start()].lower()
    after = text[m.end():m.end() + 8].lower()
    return bool(re.search(r"\band\s+$", before) and re.match(r"\s*others?\b", after))


def agree(a: Figure, b: Figure) -> bool:
    """Two figures of one quantity that may be the same figure, given hedges and rounding."""
    if a.value == b.value:
        return True
    if a.hedge and b.hedge:
        lo_a, hi_a = _interval(a)
        lo_b, hi_b = _interval(b)
        return lo_a <= hi_b and lo_b <= hi_a
    if a.hedge or b.hedge:
        hedged, plain = (a, b) if a.hedge else (b, a)
        lo, hi = _interval(hedged)
        return lo <= plain.value <= hi
    # plain figures: the finer one rounded to the coarser one's decimals
    fine, coarse = (a, b) if a.decimals >= b.decimals else (b, a)
    if fine.decimals == coarse.decimals:
        return False
    return round(fine.value, coarse.decimals) == round(coarse.value, coarse.decimals)


def _interval(f: Figure) -> tuple[float, float]:
    """The values a hedged figure allows: 5% of a count, half a point of a percentage."""
    v = f.value
    slack = 0.5 if f.unit.startswith("pct") else v * 0.05
    if f.hedge in LOWER_BOUNDS:
        return (v, v + slack)
    if f.hedge in UPPER_BOUNDS:
        return (v - slack, v)
    return (v - slack, v + slack)
