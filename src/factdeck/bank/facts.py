"""Facts: what extraction found in articles, each tied to the exact span that says it.

These classes sit between extraction (articles -> facts) and question
generation (facts -> bank). Their ``to_data`` form is the facts format of the
evaluation (``shared/eval/README.md``), so the builder's output can be scored
and reviewed by a person. Standard library only.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class SourceArticle:
    """An article as read from disk: its exact text and the metadata found in it.

    ``text`` is the file's text exactly (evidence spans are substrings of it);
    ``body`` lists (start, end) offsets into ``text`` of the paragraphs that are
    the article itself, after boilerplate (share counts, "Read more", footers).
    """

    file: str  # the file's name, e.g. 000_79fd19105d34e6e0.txt
    text: str
    body: tuple[tuple[int, int], ...] = ()
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: _dt.date | None = None
    url: str | None = None
    path: str | None = field(default=None, compare=False)  # where it was read from

    def paragraphs(self) -> list[str]:
        """The body paragraphs as text."""
        return [self.text[s:e] for s, e in self.body]

    def to_data(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "title": self.title,
            "outlet": self.outlet,
            "author": self.author,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
        }


@dataclass(frozen=True, slots=True)
class Person:
    """Someone named in the articles, with the post they hold (if the text gives one)."""

    name: str
    position: str | None
    articles: tuple[str, ...]
    evidence: str | None = None  # a span naming the person with their post
    article: str | None = None  # the article of that evidence
    aliases: tuple[str, ...] = ()

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name, "position": self.position,
                                "articles": list(self.articles)}
        if self.evidence:
            data["evidence"] = self.evidence
            data["article"] = self.article
        return data


@dataclass(frozen=True, slots=True)
class DatedEvent:
    """Something that happened on a date, as precise as the text allows."""

    date: str  # YYYY, YYYY-MM or YYYY-MM-DD
    event: str
    article: str
    evidence: str  # the sentence or span that dates it, exactly as in the article
    expression: str | None = None  # the date words in the text: "on Monday", "October 19"
    # False when the event cannot be read alone ("he did it", "which began"): the date is
    # right, but no question should show the event
    standalone: bool = True

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"date": self.date, "event": self.event, "article": self.article,
                                "evidence": self.evidence}
        if self.expression:
            data["expression"] = self.expression
        if not self.standalone:
            data["standalone"] = False
        return data


@dataclass(frozen=True, slots=True)
class Quote:
    """Words attributed to a speaker."""

    speaker: str
    quote: str  # the quoted words, exactly as in the article
    article: str
    evidence: str | None = None  # the span holding quote and attribution

    def to_data(self) -> dict[str, Any]:
        data = {"speaker": self.speaker, "quote": self.quote, "article": self.article}
        if self.evidence:
            data["evidence"] = self.evidence
        return data


@dataclass(frozen=True, slots=True)
class Stance:
    """A position someone takes: what they want, oppose, propose, call for."""

    who: str
    stance: str
    article: str
    evidence: str

    def to_data(self) -> dict[str, Any]:
        return {"who": self.who, "stance": self.stance, "article": self.article,
                "evidence": self.evidence}


@dataclass(frozen=True, slots=True)
class Report:
    """What one article says about a matter that others report differently."""

    article: str
    says: str
    evidence: str

    def to_data(self) -> dict[str, Any]:
        return {"article": self.article, "says": self.says, "evidence": self.evidence}


@dataclass(frozen=True, slots=True)
class Difference:
    """One matter reported differently by two or more articles."""

    aspect: str
    reports: tuple[Report, ...]
    kind: str = "other"  # number | actor | wording | description | claim | other

    def to_data(self) -> dict[str, Any]:
        return {"aspect": self.aspect, "kind": self.kind,
                "reports": [r.to_data() for r in self.reports]}


@dataclass(frozen=True, slots=True)
class Facts:
    """Everything extracted from a set of articles."""

    articles: tuple[SourceArticle, ...] = ()
    people: tuple[Person, ...] = ()
    dates: tuple[DatedEvent, ...] = ()
    quotes: tuple[Quote, ...] = ()
    positions: tuple[Stance, ...] = ()
    differences: tuple[Difference, ...] = ()

    def to_data(self) -> dict[str, Any]:
        """The facts format of the evaluation (YAML- and JSON-ready)."""
        return {
            "articles": [a.to_data() for a in self.articles],
            "people": [p.to_data() for p in self.people],
            "dates": [d.to_data() for d in self.dates],
            "quotes": [q.to_data() for q in self.quotes],
            "positions": [s.to_data() for s in self.positions],
            "differences": [d.to_data() for d in self.differences],
        }

    @classmethod
    def from_data(cls, data: dict[str, Any], texts: dict[str, str] | None = None) -> Facts:
        """Read the facts format back (e.g. a reviewed facts file); ``texts`` maps file -> text."""
        texts = texts or {}

        def date(value: Any) -> _dt.date | None:
            if value is None or isinstance(value, _dt.date):
                return value
            return _dt.date.fromisoformat(str(value))

        raw_articles = data.get("articles") or []
        if isinstance(raw_articles, dict):  # the gold file keys articles by file name
            raw_articles = [{"file": k, **v} for k, v in raw_articles.items()]
        articles = tuple(
            SourceArticle(file=a["file"], text=texts.get(a["file"], ""), title=a.get("title"),
                          outlet=a.get("outlet"), author=a.get("author"),
                          published=date(a.get("published")), url=a.get("url"))
            for a in raw_articles
        )
        return cls(
            articles=articles,
            people=tuple(Person(name=p["name"], position=p.get("position"),
                                articles=tuple(p.get("articles") or ()),
                                evidence=p.get("evidence"), article=p.get("article"))
                         for p in data.get("people") or ()),
            dates=tuple(DatedEvent(date=str(d["date"]), event=d.get("event", ""),
                                   article=d["article"], evidence=d.get("evidence", ""),
                                   expression=d.get("expression"),
                                   standalone=d.get("standalone", True) is not False)
                        for d in data.get("dates") or ()),
            quotes=tuple(Quote(speaker=q["speaker"], quote=q["quote"], article=q["article"],
                               evidence=q.get("evidence"))
                         for q in data.get("quotes") or ()),
            positions=tuple(Stance(who=s["who"], stance=s["stance"], article=s["article"],
                                   evidence=s.get("evidence", ""))
                            for s in data.get("positions") or ()),
            differences=tuple(
                Difference(aspect=d["aspect"], kind=d.get("kind", "other"),
                           reports=tuple(Report(article=r["article"], says=r.get("says", ""),
                                                evidence=r.get("evidence", ""))
                                         for r in d.get("reports") or ()))
                for d in data.get("differences") or ()),
        )
