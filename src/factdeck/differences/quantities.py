"""Numbers in news text and the quantity each one counts (deaths, seats, votes...).

Two outlets that give different numbers for the same quantity is the plainest
difference there is; the hard part is knowing that two numbers count the same
thing. A number is kept only when a cue word close to it says what it counts,
and vague amounts ("hundreds of", "dozens") are left out: they are no figure
a learner could compare.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# what a number counts -> cue words (folded stems matched at word start)
CATEGORIES: dict[str, tuple[str, ...]] = {
    "deaths": ("killed", "kill", "killing", "kills", "dead", "death", "deaths", "died", "die",
               "dying",
               "fatalities", "perished", "lives", "toll", "murdered", "massacred", "slain"),
    "injured": ("injured", "injuries", "wounded", "hurt", "injuring", "wounding", "injures"),
    "displaced": ("displaced", "uprooted", "refugees", "refugee", "exile", "fled", "flee",
                  "homeless", "evacuated", "evacuees", "driven from", "forced from",
                  "asylum"),
    "arrested": ("arrested", "arrests", "arresting", "detained", "detainees", "detentions",
                 "jailed"),
    "votes": ("votes", "voted", "ballots"),
    # seats are read by :mod:`.measures`, with the party that holds them
    "protesters": ("protesters", "protestors", "demonstrators", "marchers", "rallied",
                   "took to the streets"),
    "troops": ("troops", "soldiers", "servicemen", "fighters"),
    "hostages": ("hostages", "captives", "kidnapped", "abducted"),
    "missing": ("missing",),
}

CATEGORY_LABELS = {
    "deaths": "number of people killed",
    "injured": "number of people injured",
    "displaced": "number of people driven from their homes",
    "arrested": "number of people arrested",
    "votes": "number of votes",
    "votes for": "number of votes for",
    "votes against": "number of votes against",
    "protesters": "number of protesters",
    "troops": "number of troops",
    "hostages": "number of hostages",
    "missing": "number of people missing",
}

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "m": 1_000_000, "bn": 1_000_000_000, "k": 1_000}
_QUALIFIERS = ("all", "nearly", "almost", "about", "approximately", "around", "some", "roughly",
               "more than", "over", "at least", "up to", "fewer than", "less than", "under",
               "close to", "an estimated", "estimated", "as many as", "just over",
               "just under", "upwards of", "well over")

_LOWER_BOUNDS = {"more than", "over", "at least", "upwards of", "well over", "just over"}
_UPPER_BOUNDS = {"nearly", "almost", "fewer than", "less than", "under", "up to", "close to",
                 "just under"}


def _round(value: float) -> bool:
    """A figure written rounded (300,000; 2.5 million), not counted one by one (157)."""
    if value < 100:
        return False
    digits = str(int(value)).rstrip("0")
    return len(str(int(value))) - len(digits) >= 2


_QUAL = "|".join(sorted((re.escape(q) for q in _QUALIFIERS), key=len, reverse=True))
_WORDNUM = "|".join(sorted(k for k in _WORD_NUMBERS if len(k) > 2))
# a share of a total: "half of the country's 20 million people" counts 10 million (a pattern
# with the group ``share``, for this module's numbers and for :mod:`.measures`' figures)
SHARE_OF = (r"(?:(?P<share>(?:a\s+|one\s+)?(?:half|third|quarter)|two\s+thirds|three\s+quarters)"
            r"\s+of\s+(?:(?:the|its|their|his|her)\s+)?(?:[\w-]+['\u2019]s\s+)?)?")
_SHARES = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "two thirds": 2 / 3,
           "three quarters": 0.75}


def share_of(words: str) -> float:
    """What a share's words ("a half", "two  thirds") take of the whole."""
    return _SHARES[" ".join(words.lower().split()).removeprefix("a ").removeprefix("one ")]


# a part and its whole: "64 of the 120 seats", "three of its 12 members"; the whole comes
# after the part, and a number before "of the" is the part of the whole that follows
WHOLE_AFTER = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?\d[\d,]*(?=\s)", re.I)
PART_BEFORE = re.compile(rf"\b(?:\d[\d,]*|{_WORDNUM})\s+of\s+(?:the\s+|its\s+|their\s+)?$",
                         re.I)
_NUMBER = re.compile(
    rf"(?:\b(?P<qual>{_QUAL})\s+)?"
    + SHARE_OF +
    r"(?:"
    rf"(?P<frac>(?:a\s+)?(?:half|quarter|third)(?:\s+(?:of\s+)?an?)?\s+(?P<fscale>million|billion|thousand))"
    r"|(?P<digits>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*(?P<dscale>million|billion|thousand|bn|m|k)\b)?"
    rf"|(?P<word>{_WORDNUM})(?:\s+(?P<wscale>million|billion|thousand|hundred))?"
    r")\b",
    re.I,
)
_VAGUE_AFTER = re.compile(r"^\s*(?:of\b|s\b|-)", re.I)  # "hundreds of", "five-year"
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_MONTHS = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$", re.I)


@dataclass(frozen=True)
class Amount:
    """A number found in a sentence: its value, its words and where they are."""

    value: float
    start: int  # offsets into the sentence text
    end: int
    qualifier: str | None  # "nearly", "over"... as written

    def interval(self) -> tuple[float, float]:
        """The values the words allow: "nearly 500" is 450 to 500, "over 10" 10 to 11, a round
        "300,000" 285,000 to 315,000, an exact "157" only 157."""
        v, q = self.value, self.qualifier or ""
        if q == "all":
            q = ""  # "all 157 people on board" is an exact count
        if q in _LOWER_BOUNDS:
            return (v, v * 1.1)
        if q in _UPPER_BOUNDS:
            return (v * 0.9, v)
        if q:
            return (v * 0.9, v * 1.1)
        if _round(v):
            return (v * 0.95, v * 1.05)
        return (v, v)

    def same_as(self, other: Amount) -> bool:
        """True when two amounts may be the same figure, given their qualifiers and rounding."""
        a, b = self.interval(), other.interval()
        return a[0] <= b[1] and b[0] <= a[1]


def amounts(text: str) -> list[Amount]:
    """The figures in ``text`` (years, dates, ordinals and vague amounts left out)."""
    out = []
    for m in _NUMBER.finditer(text):
        value = _value(m)
        if value is None:
            continue
        after = text[m.end():m.end() + 12]
        before = text[max(0, m.start() - 12):m.start()]
        if m.group("digits") and not m.group("dscale"):
            digits = m.group("digits")
            if _YEAR.match(digits) or _MONTHS.search(before) or re.match(r"^\s*(?:st|nd|rd|th|%|"
                                                                       r"percent|per cent)\b",
                                                                       after, re.I):
                continue
            if re.match(r"^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", after, re.I):
                continue
        if m.group("word") and not m.group("wscale") and _VAGUE_AFTER.match(after):
            continue
        if re.match(r"^\s*-\s*(?:year|day|month|week|hour|minute)", after, re.I) or \
                re.match(r"^-[A-Za-z]", after):
            continue  # "five-year", "a 6.9-magnitude quake": a word of a compound, no count
        if m.group("word") and m.group("word").lower() in ("one", "a", "an"):
            continue  # "one of the", too ambiguous to count anything
        qual = m.group("qual")
        out.append(Amount(value, m.start(), m.end(), qual.lower() if qual else None))
    return out


def _value(m: re.Match[str]) -> float | None:
    value = _whole(m)
    share = m.group("share")
    return value * share_of(share) if value is not None and share else value


def _whole(m: re.Match[str]) -> float | None:
    if m.group("frac"):
        frac = next(v for k, v in _FRACTIONS.items() if k in m.group("frac").lower())
        return frac * _SCALES[m.group("fscale").lower()]
    if m.group("digits"):
        number = float(m.group("digits").replace(",", ""))
        scale = m.group("dscale")
        return number * (_SCALES[scale.lower()] if scale else 1)
    word = m.group("word")
    if word:
        number = _WORD_NUMBERS.get(word.lower())
        if number is None:
            return None
        scale = m.group("wscale")
        return float(number * (_SCALES[scale.lower()] if scale else 1))
    return None


_CUES = [(cat, cue) for cat, cues in CATEGORIES.items() for cue in cues]
_CUE_RE = re.compile(r"\b(" + "|".join(sorted((re.escape(c) for _, c in _CUES), key=len,
                                               reverse=True)) + r")\b", re.I)
_CUE_CATEGORY = {cue: cat for cat, cue in _CUES}
_CLAUSE_BREAK = re.compile(r"[;:()\[\]]|\b(?:while|whereas|but|although)\b", re.I)


@dataclass(frozen=True)
class Count:
    """A figure with the quantity it counts, e.g. 1,200 (arrested)."""

    amount: Amount
    category: str
    cue_start: int
    cue_end: int

    noun_end: int | None = None  # end of the word the number counts, right after it ("people")

    @property
    def span(self) -> tuple[int, int]:
        """From the cue to the number (whichever comes first), in sentence offsets."""
        end = max(self.amount.end, self.cue_end, self.noun_end or 0)
        return (min(self.amount.start, self.cue_start), end)


def counts(text: str, max_gap_words: int = 6) -> list[Count]:
    """Each figure of ``text`` tied to the nearest cue word of a known quantity, if close."""
    cues = [(m.start(), m.end(), _CUE_CATEGORY[m.group(1).lower()]) for m in _CUE_RE.finditer(text)]
    figures = amounts(text)
    out = []
    for amount in figures:
        if amount.value != int(amount.value):
            continue  # "6.9": a measure, never a count of people, seats or votes
        if PART_BEFORE.search(text, 0, amount.start):
            continue  # "64 of the 120 seats": 120 is the whole, not what was won
        doer = _DOERS.match(text, amount.end)
        if doer and doer.group(1).lower() not in _CUE_CATEGORY:
            continue  # "and 12 abstained": the number counts those who did that, no cue's
        best: tuple[int, int, int, str] | None = None
        for c_start, c_end, cat in cues:
            if c_end <= amount.start:
                between = text[c_end:amount.start]
            elif c_start >= amount.end:
                between = text[amount.end:c_start]
            else:
                continue
            if _CLAUSE_BREAK.search(between):
                continue
            whole = WHOLE_AFTER.match(between)  # "64 of the 120 seats": the cue is 64's too
            if not (whole and not between[whole.end():].strip()) and any(
                    other is not amount and _inside(other, between_start, between_end)
                    for other in figures
                    for between_start, between_end in [(min(c_end, amount.end),
                                                        max(c_start, amount.start))]):
                continue  # another figure stands between: the cue is its
            gap = len(between.split())
            cue = text[c_start:c_end].lower()
            # "the death toll from Tuesday's earthquake in the province rose to 310"
            if gap > (max_gap_words + 4 if cue == "toll" and c_end <= amount.start
                      else max_gap_words):
                continue
            key = (gap, 0 if c_start >= amount.end else 1)
            if best is None or key < (best[0], best[1]):
                best = (gap, key[1], c_start, cat)
                best_cue = (c_start, c_end)
        if best is not None:
            category = best[3]
            if category == "votes":
                # the side follows the cue ("64 voted against") or, when the cue came
                # first, the number ("120 votes in favour and 80 against")
                side = _VOTE_SIDE.match(text, best_cue[1] if best_cue[0] >= amount.end
                                        else amount.end)
                if side is not None and side.group("pronoun"):
                    continue  # "voted against it": for or against what, the motion or the
                    # government, is not said: no figure to set against another outlet's
                if side is not None:
                    category = "votes against" if side.group("side").lower() == "against" \
                        else "votes for"
            noun = _COUNTED.match(text, amount.end)
            out.append(Count(amount, category, best_cue[0], best_cue[1],
                             noun.end() if noun and best_cue[0] < amount.start else None))
    return out


# the side a vote count is on, right after the cue ("voted against", "votes in favour of it")
_VOTE_SIDE = re.compile(r"""\s+(?:cast\s+)?(?P<side>against|for|in\s+favou?r)\b
                            (?:\s+of)?(?:\s+(?P<pronoun>it|him|her|them|this|that)\b)?""",
                        re.I | re.X)
# a verb in the past right after a number makes the number its subject ("12 abstained")
_DOERS = re.compile(r"\s+([a-z]+ed)\b")
_COUNTED = re.compile(r"\s+(?!(?:of|and|or|in|on|at|to|for|by|were|was|are|have|has|had|who|"
                      r"that|which|from|with)\b)[a-z]+\b")


def _inside(amount: Amount, start: int, end: int) -> bool:
    return amount.start >= start and amount.end <= end
