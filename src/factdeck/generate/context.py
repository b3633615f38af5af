"""What every generator needs to know about the facts, worked out once.

Article ids and texts, how to cite an article in a prompt ("according to
WSWS, October 2016"), and the people with their posts, each tied to an exact
span of an article. Facts whose evidence cannot be found in the article are
left out here, so no generator ever writes a question without a real span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from factdeck.bank.facts import Facts, Person, SourceArticle
from factdeck.bank.model import Evidence
from factdeck.generate import leaks, spans
from factdeck.generate.ids import article_ids, slug
from factdeck.generate.leaks import folded
from factdeck.generate.lint import person_like, relation
from factdeck.lexicon.titles import POST_HEADS, POST_QUALIFIERS

_MINOR = {"of", "the", "a", "an", "and", "in", "at", "for", "to", "on"}


# words that describe a person and that extraction may leave at the head of a name
# ("Billionaire Jane Doe", "Counsel Jane Doe"): never shown as part of the name
_DESCRIPTORS = frozenset(w.lower() for w in (*POST_HEADS, *POST_QUALIFIERS)) | frozenset(
    """billionaire tycoon mogul counsel libertarian peronist conservative liberal socialist
    communist centrist lawmaker economist businessman businesswoman star striker batter bowler
    skipper""".split())


def bare_name(name: str) -> str:
    """A name without the descriptors before it, when two words of name remain."""
    words = name.split()
    while len(words) > 2 and words[0].lower() in _DESCRIPTORS:
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True)
class PersonInfo:
    """A person with the post the articles give them and where they say so."""

    name: str
    post: str | None
    evidence: Evidence | None  # names the person with the post
    articles: tuple[str, ...]  # files


@dataclass
class Context:
    """Facts plus the lookups the generators share."""

    facts: Facts
    ids: dict[str, str] = field(default_factory=dict)
    articles: dict[str, SourceArticle] = field(default_factory=dict)
    people: list[PersonInfo] = field(default_factory=list)
    _by_name: dict[str, PersonInfo] | None = field(default=None, repr=False)
    _by_surname: dict[str, list[PersonInfo]] = field(default_factory=dict, repr=False)
    _by_end_word: dict[str, list[PersonInfo]] = field(default_factory=dict, repr=False)
    _sentences: dict[str, list[Evidence]] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, facts: Facts, ids: dict[str, str] | None = None) -> Context:
        """The context of ``facts``; ``ids`` are the bank's article ids when these facts are one
        story of a larger bank (ids are given once, over every article of the bank)."""
        ctx = cls(facts=facts, ids=ids if ids is not None else article_ids(facts.articles),
                  articles={a.file: a for a in facts.articles})
        ctx.people = [info for p in facts.people if (info := ctx._person_info(p)) is not None]
        return ctx

    # ------------------------------------------------------------ articles

    def files_with(self, phrase: str) -> set[str]:
        """The articles whose folded words hold every word of ``phrase`` (an inverted index
        built once: "does another outlet name it?" never scans the corpus per question)."""
        index = self.__dict__.get("_word_index")
        if index is None:
            index = {}
            for f in self.ids:
                for w in set(folded(self.text(f)).split()):
                    index.setdefault(w, set()).add(f)
            self.__dict__["_word_index"] = index
        words = folded(phrase).split()
        return set.intersection(*(index.get(w, set()) for w in words)) if words else set()

    def text(self, file: str) -> str:
        article = self.articles.get(file)
        return article.text if article else ""

    def outlet(self, file: str) -> str:
        article = self.articles.get(file)
        return (article.outlet if article and article.outlet else None) or "The article"

    def when(self, file: str) -> str | None:
        """``October 2016`` for an article published then, or None when unknown."""
        article = self.articles.get(file)
        if article is None or article.published is None:
            return None
        return article.published.strftime("%B %Y")

    def according_to(self, file: str, *, dated: bool = True, day: bool = False) -> str:
        """How a prompt cites its source: ``According to WSWS (October 2016)``.

        Date questions leave the month out (``dated=False``): it would hint at the answer.
        ``day=True`` gives the full day of publication (``published Friday 14 October 2016``),
        so that a clause saying "on Thursday" or "yesterday" can be placed by the learner.
        """
        article = self.articles.get(file)
        if article is None or not article.outlet:
            title = article.title if article and article.title else None
            base = f"According to the article \u201c{title}\u201d" if title else \
                "According to the article"
        else:
            base = f"According to {article.outlet}"
        when = self.when(file) if dated else None
        if dated and day and article is not None and article.published is not None:
            d = article.published
            when = f"published {d.strftime('%A')} {d.day} {d.strftime('%B %Y')}"
        return f"{base} ({when})" if when else base

    def tags(self, *files: str) -> tuple[str, ...]:
        """Outlet and year tags of the articles a question draws on."""
        tags: list[str] = []
        for file in files:
            article = self.articles.get(file)
            if article is None:
                continue
            if article.outlet:
                tags.append(slug(article.outlet, max_words=3))
            if article.published:
                tags.append(str(article.published.year))
        return tuple(dict.fromkeys(tags))

    def evidence(self, file: str, quote: str | None, *, sentence: bool = False
                 ) -> Evidence | None:
        """An exact span of the article for ``quote`` (widened to its sentence if asked)."""
        if not quote or file not in self.ids:
            return None
        text = self.text(file)
        where = spans.locate(text, quote)
        if where is None:
            return None
        if sentence:
            s, e = spans.sentence_bounds(text, *where)
            if e - s <= spans.MAX_SENTENCE:
                where = (s, e)
        return Evidence(article=self.ids[file], quote=text[where[0]:where[1]])

    def sentences(self, file: str) -> list[Evidence]:
        """The body sentences of an article (after its front matter), each an exact span,
        in order; fragments of fewer than eight words (headings, bylines) are left out."""
        if file in self._sentences:
            return self._sentences[file]
        text = self.text(file)
        start = 0
        if text.startswith("---"):
            end = text.find("\n---", 3)
            start = end + 4 if end >= 0 else 0
        out: list[Evidence] = []
        seen: set[str] = set()
        for m in re.finditer(r"[^\n]*?[.!?][\u201d\"'\u2019)]*(?=\s|$)", text[start:]):
            piece = m.group(0).strip()
            if len(piece.split()) < 8:
                continue
            ev = self.evidence(file, piece[:120], sentence=True)
            if ev is not None and ev.quote not in seen:
                seen.add(ev.quote)
                out.append(ev)
        self._sentences[file] = out
        return out

    def mention(self, file: str, name: str) -> Evidence | None:
        """The first sentence of an article naming ``name`` (full name, then surname)."""
        if file not in self.ids:
            return None
        text = self.text(file)
        parts = [p for p in leaks.name_parts(name) if leaks.could_hold(text, p)]
        found = spans.mention(text, parts) if parts else None
        return Evidence(article=self.ids[file], quote=found) if found else None

    # ------------------------------------------------------------ people

    def person(self, name: str) -> PersonInfo | None:
        """The person called ``name``: same full name, else the one person with that surname."""
        if self._by_name is None:
            self._by_name, self._by_surname, self._by_end_word = {}, {}, {}
            for p in self.people:
                self._by_name.setdefault(folded(p.name), p)
                if parts := leaks.name_parts(p.name):
                    self._by_surname.setdefault(folded(parts[-1]), []).append(p)
                words = p.name.split()
                if len(words) > 1:
                    for w in dict.fromkeys((folded(words[0]), folded(words[-1]))):
                        self._by_end_word.setdefault(w, []).append(p)
        found = self._by_name.get(folded(name))
        if len(name.split()) == 1:  # "Jana" for the one "Jana Holm" the articles name in full
            fuller = self._by_end_word.get(folded(name), [])
            if len(fuller) == 1:
                return fuller[0]
        if found is not None:
            return found
        parts = leaks.name_parts(name)
        hits = self._by_surname.get(folded(parts[-1]), []) if parts else []
        return hits[0] if len(hits) == 1 else None

    def credible(self) -> set[str]:
        """People a "who" question may offer as wrong answers: speakers, people given a post,
        and people several articles name. A capitalised phrase the extraction took for a
        name ("Launch Vehicle") is rarely any of these."""
        speakers = {self.canonical(q.speaker.strip()) for q in self.facts.quotes}
        named = {p.name for p in self.people if (p.post and not relation(p.post))
                 or len(p.articles) >= 2 or p.name in speakers} | {s for s in speakers if s}
        return {n for n in named if person_like(n)}

    def canonical(self, name: str) -> str:
        """The full name the facts know a speaker by."""
        p = self.person(bare_name(name))
        return p.name if p else bare_name(name)

    def _person_info(self, person: Person) -> PersonInfo | None:
        files = tuple(f for f in person.articles if f in self.ids)
        if person.article and person.article in self.ids and person.article not in files:
            files = (person.article, *files)
        if not person.name.strip():
            return None
        person = replace(person, name=bare_name(person.name))
        post = person.position.strip() if person.position else None
        evidence = None
        if post:
            if person.evidence and person.article:
                evidence = self.evidence(person.article, person.evidence)
            if evidence is None:
                evidence = self._post_evidence(person.name, post, files)
        return PersonInfo(name=person.name.strip(), post=post, evidence=evidence, articles=files)

    def _post_evidence(self, name: str, post: str, files: tuple[str, ...]) -> Evidence | None:
        """A sentence naming the person close to the words of the post."""
        words = [w for w in folded(post).split() if w not in _MINOR and len(w) >= 2]
        if not words:
            return None
        for file in files:
            text = self.text(file)
            for part in leaks.name_parts(name):
                if not leaks.could_hold(text, part):
                    continue
                for match in spans.word_pattern(part).finditer(text):
                    window = folded(text[max(0, match.start() - 90):match.end() + 120])
                    stems = {w[:4] for w in re.findall(r"\w+", window)}
                    hits = [w for w in words if w[:4] in stems]
                    if len(hits) * 2 >= len(words) or (hits and hits[0] == words[0]
                                                       and len(hits) * 3 >= len(words)):
                        s, e = spans.sentence_bounds(text, match.start(), match.end())
                        if e - s > spans.MAX_SENTENCE:
                            s, e = max(0, match.start() - 60), match.end()
                        return Evidence(article=self.ids[file], quote=text[s:e])
        return None
