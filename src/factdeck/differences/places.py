"""One place told differently: a jail, a headquarters, a hospital named otherwise by another outlet.

A facility is read with the name that places it ("Northgate Jail", "the
company's Riverton headquarters", "headquarters in Lakeside"). Two
articles disagree when they name the same kind of facility differently in
sentences about the same one (they share a word beyond the facility and the
place: the person taken there, "the company"), neither name is part of the
other, and neither article also names the other place for it. A region
against a city in it ("Ontario" and "Toronto") is no disagreement,
so names of countries and of US states are left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factdeck.bank.facts import Difference, Report
from factdeck.differences.text import STOPWORDS, Sentence
from factdeck.lexicon.places import DEMONYMS
from factdeck.lexicon.titles import POST_QUALIFIERS, TITLES
from factdeck.textnorm import fold

# one of each per story, as a rule; airports (from, to), hospitals and stadiums come in several
FACILITIES = ("jail", "prison", "headquarters", "hq", "detention centre", "detention center")
SUBJECT_MENTIONS = 4  # a name this often in one article is what the story is about, not a place
_REGIONS = frozenset(fold(c) for c in DEMONYMS.values()) | frozenset(fold(s) for s in """
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii
Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania
Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming
""".split())
# placed only by "in" or "at" after it: "a court in Lakeside" (before it, "Supreme Court" and
# "High Court" name the court, not where it sits)
PLACED_AFTER = ("court",)
_FAC = "(?i:" + "|".join(f.replace(" ", r"\s+") for f in FACILITIES) + ")"
_FAC_AFTER = "(?i:" + "|".join(f.replace(" ", r"\s+") for f in (*FACILITIES, *PLACED_AFTER)) \
    + ")"
_PLACE = r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3}"
_NAMED = re.compile(
    rf"""
    (?P<before>{_PLACE})\s+(?P<fac1>{_FAC})\b             # "Northgate Jail", "Riverton HQ"
    | \b(?P<fac2>{_FAC_AFTER})\s+(?:in|at)\s+(?P<after>{_PLACE})  # "headquarters in Lakeside"
    """,
    re.X,
)
_LEADING = frozenset({"the", "a", "an", "its", "his", "her", "their", "central", "main", "new",
                      "old", "district", "city", "state", "federal"})


@dataclass(frozen=True)
class _Named:
    article: int
    sentence: Sentence
    facility: str
    place: str
    says: str

    @property
    def context(self) -> set[str]:
        skip = set(fold(self.place).split()) | set(fold(self.facility).split())
        return {w for w in fold(self.sentence.text).split()
                if w not in STOPWORDS and w not in skip and len(w) > 2 and not w.isdigit()}


def _named(i: int, sent: Sentence) -> list[_Named]:
    out = []
    for m in _NAMED.finditer(sent.text):
        place = m.group("before") or m.group("after")
        facility = fold(m.group("fac1") or m.group("fac2"))
        if not place[0].isupper():
            continue
        words = [w for w in place.split() if w.lower() not in _LEADING
                 and not w.lower().endswith(("'s", "\u2019s"))]
        # "the company's Riverton headquarters": the words after a possessive
        for k, w in enumerate(place.split()):
            if w.endswith(("'s", "\u2019s")):
                words = [x for x in place.split()[k + 1:] if x.lower() not in _LEADING]
        if not words or fold(" ".join(words)) in _REGIONS:
            continue
        out.append(_Named(i, sent, facility, " ".join(words), m.group().strip()))
    return out


_CAPITAL = re.compile(r"(?<![\w-])[A-Z][\w-]*[a-z][\w-]*")
_POSTS = frozenset(w.lower() for t in TITLES for w in t.split()) | {q.lower() for q in
                                                                   POST_QUALIFIERS}
_NOT_OWNER = frozenset({"The", "A", "An", "He", "She", "It", "They", "In", "On", "At"})


def _owner(named: list[_Named]) -> str | None:
    """The name every report's sentence gives (whose jail, whose headquarters): the first run
    of capitalised words they all share, places and facilities left out."""
    skip = {w for n in named for w in n.place.split()} | _NOT_OWNER
    words = [[(m.start(), m.end(), m.group()) for m in _CAPITAL.finditer(n.sentence.text)
              if m.group() not in skip and fold(m.group()) not in FACILITIES
              and m.group().lower() not in _POSTS] for n in named]
    shared = set.intersection(*({w for *_, w in ws} for ws in words))
    if not shared:
        return None
    first, text = words[0], named[0].sentence.text
    run: list[str] = []
    for k, (start, _end, word) in enumerate(first):
        if word not in shared:
            if run:
                break
            continue
        if run and not text[first[k - 1][1]:start].isspace():
            break
        run.append(word)
    return " ".join(run) or None


def place_differences(story: Sequence[Sequence[Sentence]]) -> list[Difference]:
    """The same facility placed or named differently by different articles."""
    named = [[n for sent in sents for n in _named(i, sent)] for i, sents in enumerate(story)]
    # "Acme headquarters": the owner, not a place; owners are named all through an article
    texts = [sents[0].article.text if sents else "" for sents in story]
    named = [[n for n in found if not any(t.count(n.place) >= SUBJECT_MENTIONS for t in texts)]
             for found in named]
    by_facility: dict[str, list[_Named]] = {}
    for found in named:
        for n in found:
            by_facility.setdefault(n.facility, []).append(n)
    out = []
    for facility in sorted(by_facility):
        items = by_facility[facility]
        places = {}
        for n in items:
            places.setdefault(n.article, set()).add(fold(n.place))
        group: dict[int, _Named] = {}
        for x, a in enumerate(items):
            for b in items[x + 1:]:
                fa, fb = fold(a.place), fold(b.place)
                if a.article == b.article or fa in fb or fb in fa:
                    continue
                if fb in places[a.article] or fa in places[b.article]:
                    continue
                if not a.context & b.context:
                    continue
                group.setdefault(a.article, a)
                group.setdefault(b.article, b)
        if group:
            owner = _owner(list(group.values()))
            if facility in PLACED_AFTER:
                aspect = f"where the {facility} sat" + (f" in the case of {owner}" if owner
                                                       else "")
            else:
                link = " of " if facility in ("headquarters", "hq") else " for "
                aspect = f"which {facility}" + (f"{link}{owner}" if owner else "")
            out.append(Difference(aspect=aspect, kind="place", reports=tuple(
                Report(group[i].sentence.article.file, group[i].says, group[i].sentence.text)
                for i in sorted(group))))
    return out
