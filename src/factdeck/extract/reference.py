"""Who is meant: names, pronouns and descriptions ("the French leader") resolved to people.

Quotes and stances both need the person behind "he said" or "the Kremlin
official would not comment". News English is regular enough for a few rules:
a pronoun is the last person spoken of (or the last speaker), a description
is the last person whose post fits it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from factdeck.extract.people import Mention
from factdeck.extract.spans import SpanIndex, span_index
from factdeck.extract.text import QuoteSpan
from factdeck.lexicon.places import DEMONYMS
from factdeck.lexicon.titles import LEADER_HEADS

PREPOSITIONS = frozenset({"with", "to", "by", "of", "for", "from", "on", "at", "in", "against",
                          "about", "between", "among", "like", "than", "toward", "towards",
                          "into", "onto", "upon", "over", "under", "meeting", "met", "and", "or",
                          "nor", "via", "after", "before", "without", "including", "predecessor",
                          "asked", "urged", "told", "greeted", "called", "criticized",
                          "criticised", "accused", "praised", "thanked", "blamed"})
_PRONOUN = re.compile(r"(?<![\w’'])(?:[Hh]e|[Ss]he)(?![\w’'])")
_DESCRIPTOR = re.compile(
    r"(?i)(?<![\w’'])(?:the|a|an)[ \u00a0]+(?P<mods>(?:[\w’'-]+[ \u00a0]+){0,3}?)(?P<head>"
    r"leader|president|prime[ \u00a0]minister|premier|chancellor|minister|official|spokesman|"
    r"spokeswoman|spokesperson|diplomat|envoy|ambassador|secretary|head|chief|king|queen|"
    r"governor|mayor|senator|general|commander|journalist|analyst|expert|politician)"
    r"(?![\w-])")


def _fits(low: str, head: str, countries: set[str], others: list[str]) -> bool:
    """A post (lower case) fits "the <demonym> <Other> <head>"."""
    if not (head in low or (head == "leader" and any(h in low for h in LEADER_HEADS))
            or head == "official"):
        return False
    if countries and not any(c.lower() in low for c in countries):
        return False
    return not others or all(o in low for o in others)


@dataclass
class Document:
    """One article's body as extraction sees it: paragraphs, sentences, mentions, quotes."""

    text: str
    paragraphs: list[tuple[int, int]]
    sentences: list[tuple[int, int]]
    mentions: list[Mention]
    quotes: list[QuoteSpan] = field(default_factory=list)
    speakers: dict[int, str] = field(default_factory=dict)  # quote start -> speaker
    _starts: list[int] = field(default_factory=list)
    # look-ups in log time: one long paragraph must not make extraction quadratic
    _quote_index: SpanIndex = field(init=False, repr=False)
    _sentence_index: SpanIndex = field(init=False, repr=False)
    _paragraph_index: SpanIndex = field(init=False, repr=False)
    _posts: dict[str, str] = field(init=False, repr=False)
    _fitting: dict[tuple[str, str], list[int]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.mentions.sort(key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        self._quote_index = span_index(self.quotes)
        self._sentence_index = SpanIndex(self.sentences)
        self._paragraph_index = SpanIndex(self.paragraphs, inclusive=True)
        self._posts = {}
        for m in self.mentions:
            if m.post:
                self._posts.setdefault(m.name, m.post)
        self._fitting = {}

    def quote_at(self, pos: int) -> QuoteSpan | None:
        """The first quote holding ``pos``, if any."""
        i = self._quote_index.index_of(pos)
        return self.quotes[i] if i >= 0 else None

    def quotes_ending_between(self, lo: int, hi: int) -> list[QuoteSpan]:
        """The quotes, in order, whose closing offset is in ``[lo, hi)``."""
        return [self.quotes[i] for i in self._quote_index.ending_between(lo, hi)]

    def in_quote(self, pos: int) -> bool:
        return self._quote_index.index_of(pos) >= 0

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = self._sentence_index.index_of(pos)
        return self.sentences[i] if i >= 0 else (pos, pos)

    def paragraph_index(self, pos: int) -> int:
        return self._paragraph_index.index_of(pos)

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        i = bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        return out

    def last_person_before(self, pos: int, exclude: QuoteSpan | None = None) -> str | None:
        """The person last spoken of (or last quoted) before ``pos``, outside quotes."""
        paragraph = self.paragraph_index(pos)
        floor = self.paragraphs[max(0, paragraph - 2)][0] if paragraph >= 0 else 0
        best_pos, best = -1, None
        i = bisect_left(self._starts, pos) - 1
        while i >= 0 and self._starts[i] >= floor:
            if not self.in_quote(self._starts[i]):
                best_pos, best = self._starts[i], self.mentions[i].name
                break
            i -= 1
        quoted = list(self._quote_index.starting_between(floor, pos)) \
            if not self._quote_index.ordered else []
        if self._quote_index.ordered:
            # in order and apart, the last quote with a speaker ends last: look back to it
            j = bisect_left(self._quote_index.starts, pos) - 1
            while j >= 0 and self.quotes[j].start >= floor:
                if self.quotes[j] is not exclude and self.speakers.get(self.quotes[j].start):
                    quoted = [j]
                    break
                j -= 1
        for j in quoted:
            q = self.quotes[j]
            if q is exclude:
                continue
            speaker = self.speakers.get(q.start)
            if speaker and q.end > best_pos:
                best_pos, best = q.end, speaker
        return best

    def describe(self, mods: str, head: str, pos: int) -> str | None:
        """The last person before ``pos`` whose post fits "the <mods> <head>"."""
        head = re.sub(r"\s+", " ", head.lower())
        countries = {DEMONYMS[w] .removeprefix("the ") for w in mods.split() if w in DEMONYMS}
        others = [w.lower() for w in mods.split() if w not in DEMONYMS and w[:1].isupper()]
        key = (head, " ".join(sorted(countries)) + "|" + " ".join(others))
        if key not in self._fitting:
            # where the people whose post fits are mentioned (a post is a name's first one)
            fit = {name for name, post in self._posts.items()
                   if _fits(post.lower(), head, countries, others)}
            self._fitting[key] = [i for i, m in enumerate(self.mentions) if m.name in fit]
        places = self._fitting[key]
        k = bisect_left(places, bisect_left(self._starts, pos)) - 1
        return self.mentions[places[k]].name if k >= 0 else None

    def _post_of(self, name: str, pos: int) -> str | None:
        return self._posts.get(name)

    def who(self, start: int, end: int) -> str | None:
        """The person a short span names: a mention, a pronoun or a description."""
        mentions = [m for m in self.mentions_between(start, end)]
        if mentions:
            return mentions[-1].name
        span = self.text[start:end]
        d = _DESCRIPTOR.search(span)
        if d:
            return self.describe(d.group("mods"), d.group("head"), start)
        if _PRONOUN.search(span):
            return self.last_person_before(start)
        return None

    def subject_before(self, pos: int, floor: int) -> str | None:
        """The subject of the clause that ends at ``pos``.

        The nearest person before ``pos`` who is not the object of a
        preposition, a modifier ("the Smith government") or a possessor
        ("Smith's forces" — unless the cue is theirs: "Smith's call for").
        """
        pron = None
        for p in _PRONOUN.finditer(self.text, floor, pos):
            if not self.in_quote(p.start()):
                pron = p
        candidates = [m for m in self.mentions_between(floor, pos) if not self.in_quote(m.start)]
        for m in reversed(candidates):
            if pron and pron.start() > m.end:
                break
            lead = m.span[0] if m.span else m.start
            before = re.search(r"([\w’'-]+)[ \u00a0]*$", self.text[max(floor, lead - 25):lead])
            word = before.group(1).lower() if before else ""
            if word in PREPOSITIONS or word == "the":
                continue
            between = self.text[m.end:pos]
            possessive = re.match(r"['’]s?\b", between)
            if possessive and len(between[possessive.end():].split()) > 2:
                continue
            if re.search(r"[;:]|(?<![A-Z]\.)[.!?][ \u00a0]+[\"“A-Z]", between):
                continue
            return m.name
        if pron:
            return self.last_person_before(pron.start())
        descriptions = list(_DESCRIPTOR.finditer(self.text, floor, pos))
        if descriptions:
            d = descriptions[-1]
            return self.describe(d.group("mods"), d.group("head"), d.start())
        return None
