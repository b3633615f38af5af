"""Who is meant: names, pronouns and descriptions ("the French leader") resolved to people.

Quotes and stances both need the person behind "he said" or "the Kremlin
official would not comment". News English is regular enough for a few rules:
a pronoun is the subject of the nearest clause before it (the first person a
sentence speaks of, or the speaker of its quote), a description is the last
person whose post fits it, and an organisation ("the Directorate General of
Civil Aviation", "the party's main account") may speak too.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from factdeck.extract.people import Mention, is_placeish
from factdeck.extract.text import QuoteSpan
from factdeck.lexicon.places import DEMONYMS, INSTITUTIONS
from factdeck.lexicon.speech import ORGANISATION_HEADS, ORGANISATION_VOICES, ROLE_NOUNS
from factdeck.lexicon.titles import LEADER_HEADS, TITLES

PREPOSITIONS = frozenset({"with", "to", "by", "of", "for", "from", "on", "at", "in", "against",
                          "about", "between", "among", "like", "than", "toward", "towards",
                          "into", "onto", "upon", "over", "under", "meeting", "met", "and", "or",
                          "nor", "via", "after", "before", "without", "including", "predecessor",
                          "asked", "urged", "told", "greeted", "called", "criticized",
                          "criticised", "accused", "praised", "thanked", "blamed", "named",
                          "fire", "fired", "sacked", "appointed", "replaced", "behind"})
_TRUE_PREPOSITIONS = frozenset({"with", "to", "by", "of", "for", "from", "on", "at", "in",
                                "against", "about", "between", "among", "like", "than", "into",
                                "onto", "upon", "over", "under", "via", "without", "behind",
                                "toward", "towards"})
_PRONOUN = re.compile(r"(?<![\w’'])(?:[Hh]e|[Ss]he)(?![\w’'])")
_IT = re.compile(r"(?<![\w’'])(?:[Ii]t|[Tt]hey)(?![\w’'])")
_DESCRIPTOR = re.compile(
    r"""(?i)(?<![\w’'])
    (?:the|a|an)[ \u00a0]+                              # a description opens with an article
    (?P<mods>(?:[\w’'-]+[ \u00a0]+){0,3}?)              # up to three modifiers: "French", "NFU"
    (?P<head>                                           # the post or role it names
        leader|president|prime[ \u00a0]minister|pm|premier|chancellor|minister|official
      | spokesman|spokeswoman|spokesperson|diplomat|envoy|ambassador|secretary|head|chief
      | king|queen|governor|mayor|senator|general|commander|journalist|analyst|expert
      | politician|judge|justice|lawyer|attorney|chairman|chairwoman|chairperson
      | chief[ \u00a0]executive|ceo|founder|owner|billionaire|tycoon|entrepreneur
      | businessman|businesswoman|captain|skipper|coach|manager|director|officer
    )(?![\w-])""", re.VERBOSE)
# a name run: capitalised words, initials and name particles ("Ana da Costa", "R Kumaran")
_NAME_RUN = re.compile(
    r"""(?<![\w’'-])
    (?:[A-ZÀ-ÖØ-Þ][\w’'.-]*[ \u00a0]+                   # capitalised words or initials,
       (?:(?:da|de|do|dos|del|della|di|du|van|von|der|bin|ibn|al|el|la|le)[ \u00a0]+)?  # particles
    )*
    [A-ZÀ-ÖØ-Þ][\w’'-]*[\w]                              # the last word, a capitalised one
    (?![\w’'-])""", re.VERBOSE)
# a person the article introduces by name: "a doctor named Ravi", "a man identified as X"
_NAMED = re.compile(
    r"""(?<![\w’'])(?:[Aa]n?)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?   # "a young doctor"
    (?:named|called|identified[ \u00a0]as)[ \u00a0]+
    (?P<name>[A-ZÀ-Þ][\w’'-]+(?:[ \u00a0]+[A-ZÀ-Þ][\w’'-]+){0,2})   # the name
    (?![\w’'-])""", re.VERBOSE)
# an aside between a subject and its verb: ", meanwhile," ", for its part,"
_ASIDE = re.compile(
    r",[ \u00a0]+(?:meanwhile|however|though|too|also|instead|in[ \u00a0]turn|"
    r"for[ \u00a0]its[ \u00a0]part|for[ \u00a0]their[ \u00a0]part|in[ \u00a0]a[ \u00a0]statement),")
# the subject that ends where the verb starts: after the clause's start or its last comma
_SUBJECT_BEFORE_VERB = re.compile(
    r"""(?:^|[,;][ \u00a0]+)
    (?P<s>[^,;"“”]{2,90}?)                                   # the subject
    [ \u00a0]+(?:(?:has|had|have|also|then|later|again|officially)[ \u00a0]+)*  # auxiliaries
    $""", re.VERBOSE)
# a name a relative clause is about: "for Novak, who knew ..." (only people are "who")
_WHO_CLAUSE = re.compile(
    r"(?<![\w’'])(?P<name>[A-ZÀ-Þ][\w’'-]+(?:[ \u00a0]+[A-ZÀ-Þ][\w’'-]+){0,2}),[ \u00a0]+who\b")
# the full name an acronym abbreviates, written before it: "National Farmers Union (NFU)"
_SPELT_OUT = r"""(?x)(?P<full>
    (?:[A-Z][\w’'-]*[ \u00a0]+                          # capitalised words
       (?:(?:of|for|and|the|de)[ \u00a0]+)?              # and the small words between them
    ){1,6})"""
# a sentence that opens with its subject and a verb in the past: "The party's chapter confirmed"
_SENTENCE_SUBJECT = re.compile(
    r"""(?P<subject>[^,;:"“”]{2,80}?)                   # the subject
    [ \u00a0]+(?:(?:has|had|also)[ \u00a0]+)?           # an auxiliary
    [a-z]+ed\b                                          # the verb""", re.VERBOSE)
# a clause that opens a sentence before its main clause: "When X met Y in Ottawa,"
_SUBORDINATE = re.compile(
    r"""(?:When|If|After|As|While|Although|Though|Because|Since|Before|Once|Until|Unless|Whereas)
    [ \u00a0][^,;:"“”]{1,120},""", re.VERBOSE)
# a sentence that opens on a capitalised name and its verb ("But Treasurer Jane Cole
# defended it"): a subject, known to the people rules or not
_OPENING_NAME = re.compile(
    r"""(?:(?:But|And|Yet|Meanwhile|However|Later|Earlier)[ \u00a0,]+)?
    (?P<name>[A-ZÀ-Þ][\w’'.-]+(?:[ \u00a0]+[A-ZÀ-Þ][\w’'.-]+){1,4})   # capitalised words
    [ \u00a0]+(?:(?:also|then|later|has|had|was|is)[ \u00a0]+)?
    (?:[a-z]+ed|said|says|told|spoke|went|took|made|came|gave|wrote|won|lost|met)\b  # its verb
    """, re.VERBOSE)
_ABBREVIATED = {"pm": "prime minister", "ceo": "chief executive"}
_NOT_NAMES = frozenset({"The", "A", "An", "He", "She", "It", "They", "We", "I", "In", "On", "At",
                        "But", "And", "Meanwhile", "However", "Also", "Later", "Earlier", "X",
                        "Twitter", "Reuters", "Instagram", "Facebook", "Monday", "Tuesday",
                        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Police"})


DESCRIBE_WINDOW = 60  # mentions a description ("the minister") may point back over


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
    _sentence_starts: list[int] = field(default_factory=list)
    _quote_starts: list[int] = field(default_factory=list)
    _paragraph_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.mentions.sort(key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        self.sentences = sorted(self.sentences)
        self._sentence_starts = [s for s, _ in self.sentences]
        self.quotes = sorted(self.quotes, key=lambda q: q.start)
        self._quote_starts = [q.start for q in self.quotes]
        self._paragraph_starts = [s for s, _ in self.paragraphs]

    def in_quote(self, pos: int) -> bool:
        return self.quote_at(pos) is not None

    def quote_at(self, pos: int) -> QuoteSpan | None:
        """The quote holding ``pos``, if any (quotes do not nest: one bisection finds it)."""
        i = bisect_right(self._quote_starts, pos) - 1
        if i >= 0 and self.quotes[i].start <= pos < self.quotes[i].end:
            return self.quotes[i]
        return None

    def sentence_index(self, pos: int) -> int:
        i = bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and self.sentences[i][0] <= pos < self.sentences[i][1]:
            return i
        return -1

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = self.sentence_index(pos)
        return self.sentences[i] if i >= 0 else (pos, pos)

    def paragraph_index(self, pos: int) -> int:
        i = bisect_right(self._paragraph_starts, pos) - 1
        if i >= 0 and self.paragraphs[i][0] <= pos <= self.paragraphs[i][1]:
            return i
        return -1

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        return self.mentions[bisect_left(self._starts, start):bisect_left(self._starts, end)]

    def last_person_before(self, pos: int, exclude: QuoteSpan | None = None) -> str | None:
        """The person last spoken of (or last quoted) before ``pos``, outside quotes."""
        paragraph = self.paragraph_index(pos)
        floor = self.paragraphs[max(0, paragraph - 2)][0] if paragraph >= 0 else 0
        best_pos, best = -1, None
        for m in reversed(self.mentions_between(floor, pos)):
            if not self.in_quote(m.start):
                best_pos, best = m.start, m.name
                break
        for q in self.quotes:
            if q is exclude or q.start >= pos or q.start < floor:
                continue
            speaker = self.speakers.get(q.start)
            if speaker and q.end > best_pos:
                best_pos, best = q.end, speaker
        return best

    def antecedent(self, pos: int, depth: int = 0) -> str | None:
        """The person a "he"/"she" at ``pos`` stands for, or None when unsure.

        First the subject of the pronoun's own sentence, before it ("Moreau said
        he was"), else the person it just named ("a press conference by
        Lindqvist, where she said"). Then the subjects of up to four sentences
        before (sentences inside quotes do not count): a "he" that opens one
        of them keeps the thread (the writer goes on about the same person),
        else the nearest named subject, description or quoted speaker.
        """
        i = self.sentence_index(pos)
        if i < 0 or depth > 6:
            return self.last_person_before(pos)
        pronoun = self.text[pos:pos + 3].lower().rstrip(" \u00a0")
        s, _ = self.sentences[i]
        others: set[str] = set()  # who "she" is cannot be "he"
        for kind, at, value in self._subjects(s, pos):
            if kind == "pronoun":
                if self.text[at:at + 3].lower().rstrip(" \u00a0") == pronoun:
                    return self.antecedent(at, depth + 1)
                other = self.antecedent(at, depth + 1)
                if other:
                    others.add(other)
                continue
            if kind == "unknown":
                return None  # the sentence is about someone the rules do not know
            if value and value not in others:
                return value
        named = [m for m in self.mentions_between(s, pos) if not self.in_quote(m.start)
                 and self.full_name(m.name) not in others]
        if named:
            return self.full_name(named[-1].name)
        block = self.paragraph_index(pos)
        nearest: str | None = None
        looked = 0
        k = i - 1
        while k >= 0 and looked < 4:
            s, e = self.sentences[k]
            k -= 1
            if block - self.paragraph_index(s) > 2:
                break
            if self.in_quote(s) and self.in_quote(e - 2):
                continue  # a sentence of a quote says nothing of who speaks
            looked += 1
            for kind, at, value in self._subjects(s, e):
                if kind == "pronoun":
                    if self.text[at:at + 3].lower().rstrip(" \u00a0") == pronoun:
                        return self.antecedent(at, depth + 1)
                    continue
                if kind == "unknown":
                    if nearest is None:
                        return None  # the nearest subject is no one the rules know
                    break
                if value and value not in others:
                    nearest = nearest or value
                    break
        return nearest

    def _subjects(self, start: int, end: int) -> list[tuple[str, int, str | None]]:
        """Plausible subjects of ``text[start:end]`` in text order: (kind, offset, person)."""
        found: list[tuple[str, int, str | None]] = []
        for p in _PRONOUN.finditer(self.text, start, end):
            if self.in_quote(p.start()):
                continue
            quoted = self._quote_before(p.start())
            if quoted is not None and quoted.start in self.speakers:
                # "...," he told RT — the pronoun of a quote whose speaker is known
                found.append(("speaker", p.start(), self.speakers[quoted.start]))
            else:
                found.append(("pronoun", p.start(), None))
        for m in self.mentions_between(start, end):
            if self.in_quote(m.start) or not self._may_be_subject(m, start):
                continue
            found.append(("name", m.start, self.full_name(m.name)))
        for n in _NAMED.finditer(self.text, start, end):
            if not self.in_quote(n.start()) and not self.mentions_between(n.start(), n.end()):
                found.append(("name", n.start("name"), self.full_name(n.group("name"))))
        for n in _WHO_CLAUSE.finditer(self.text, start, end):
            name = n.group("name")
            if not self.in_quote(n.start()) and not self.mentions_between(n.start(), n.end()) \
                    and name not in _NOT_NAMES and not is_placeish(name.split()):
                found.append(("name", n.start(), self.full_name(n.group("name"))))
        for q in self.quotes:
            if start <= q.start < end and q.start in self.speakers:
                found.append(("speaker", q.start, self.speakers[q.start]))
        for d in _DESCRIPTOR.finditer(self.text, start, end):
            if not self.in_quote(d.start()) and not self._governed(d.start(), start):
                found.append(("description", d.start(),
                              self.describe(d.group("mods"), d.group("head"), d.start())))
        opening = _OPENING_NAME.match(self.text, start, end)
        if opening and not self.mentions_between(start, opening.end("name")) \
                and not self.in_quote(opening.start("name")):
            words = opening.group("name").split()
            if not is_placeish(words) and not self.organisation(*opening.span("name")):
                found.append(("unknown", opening.start("name"), None))
        found.sort(key=lambda f: f[1])
        lead = _SUBORDINATE.match(self.text, start, end)
        if lead:  # "When X met Y, Z greeted her": the main clause's subject comes first
            found = [f for f in found if f[1] >= lead.end()] + \
                [f for f in found if f[1] < lead.end()]
        return found

    def _quote_before(self, pos: int) -> QuoteSpan | None:
        """The quote that closes right before ``pos`` (only marks and commas between)."""
        i = bisect_right(self._quote_starts, pos) - 1
        if i < 0:
            return None
        q = self.quotes[i]
        if q.end <= pos and re.fullmatch(r"[\s,”\"’'—–-]*", self.text[q.end:pos]):
            return q
        return None

    def _governed(self, pos: int, floor: int) -> bool:
        before = re.search(r"([\w’'-]+)[ \u00a0,]*$", self.text[max(floor, pos - 25):pos])
        return bool(before and before.group(1).lower() in PREPOSITIONS)

    def _may_be_subject(self, m: Mention, floor: int) -> bool:
        after = self.text[m.end:m.end + 40]
        if re.match(r",[ \u00a0]+who\b", after):
            return True  # "for Novak, who knew he ..." — the one the clause is about
        lead = m.span[0] if m.span else m.start
        if re.search(r"\b[Aa]ccording[ \u00a0]+to[ \u00a0]+$", self.text[max(0, lead - 20):lead]):
            return True  # the source of what the sentence reports speaks
        words = re.findall(r"[\w’'-]+|[^\w\s]", self.text[max(floor, lead - 50):lead])[-5:]
        words.reverse()
        if words and (words[0].lower() in PREPOSITIONS or words[0] == "the"):
            return False
        for w in words[1:]:  # "behind his triumphant captain X": still governed
            if not re.match(r"\w", w) or w.lower() in ("the", "a", "an"):
                break
            if w.lower() in _TRUE_PREPOSITIONS:
                return False
        return not re.match(r"['’]s?[ \u00a0]+\w", after)  # a possessor: "Smith's lawyer"

    def describe(self, mods: str, head: str, pos: int) -> str | None:
        """The last person before ``pos`` whose post, or the words the article sets
        around their name, fits "the <mods> <head>"."""
        head = re.sub(r"\s+", " ", head.lower())
        head = _ABBREVIATED.get(head, head)
        countries = {DEMONYMS[w] .removeprefix("the ") for w in mods.split() if w in DEMONYMS}
        others = [w.lower() for w in mods.split() if w not in DEMONYMS and w[:1].isupper()]
        # a description points back to someone named recently: the last DESCRIBE_WINDOW
        # mentions, so one long text with many descriptions is not quadratic
        last = bisect_left(self._starts, pos)
        for m in reversed(self.mentions[max(0, last - DESCRIBE_WINDOW):last]):
            if self.in_quote(m.start):
                continue
            post = self._post_of(m.name, pos) or ""
            low = (post + " " + self._around(m)).lower()
            fits = (re.search(rf"\b{re.escape(head)}\b", low) is not None
                    or (head == "leader" and any(h in low for h in LEADER_HEADS))
                    or (head == "chief executive" and re.search(r"\bceo\b", low) is not None)
                    or (head == "official" and bool(post)))
            if not fits:
                continue
            if countries and not any(c.lower() in low for c in countries):
                continue
            if others and not all(o in low for o in others):
                continue
            return self.full_name(m.name)
        return None

    def _around(self, m: Mention) -> str:
        """The words the article sets next to a name: "billionaire Jane Doe", "X, a judge,"."""
        lead = m.span[0] if m.span else m.start
        before = self.text[max(0, lead - 40):lead]
        before = re.split(r"[.;:!?\"“”]", before)[-1]
        after = re.match(r",[ \u00a0]+([^,.;:!?\"“”]{1,60})", self.text[m.end:m.end + 70])
        return " ".join((before, m.name, after.group(1) if after else ""))

    def _post_of(self, name: str, pos: int) -> str | None:
        """The first post the article gives ``name`` (one pass over the mentions, kept)."""
        posts = self.__dict__.get("_posts_by_name")
        if posts is None:
            posts = {}
            for m in self.mentions:
                if m.post:
                    posts.setdefault(m.name, m.post)
            self.__dict__["_posts_by_name"] = posts
        return posts.get(name)

    def full_name(self, name: str) -> str:
        """A name used alone ("Ravi") as the one full name of the article it starts or ends;
        a role noun written before a name is no part of it ("Billionaire Jane Doe")."""
        words = name.split()
        while len(words) > 2 and (words[0].lower() in ROLE_NOUNS or words[0] in DEMONYMS
                                  or words[0].lower().rstrip(".") in _TITLE_WORDS):
            words = words[1:]
        name = " ".join(words)
        if " " in name:
            return name
        fuller = sorted(self._full_names().get(name, ()))
        return fuller[0] if len(fuller) == 1 else name

    def _full_names(self) -> dict[str, set[str]]:
        """First or last word -> the full names that start or end with it (built once)."""
        index = self.__dict__.get("_full_name_index")
        if index is None:
            index = {}
            for m in self.mentions:
                if " " in m.name:
                    words = m.name.split()
                    for w in {words[0], words[-1]}:
                        index.setdefault(w, set()).add(m.name)
            self.__dict__["_full_name_index"] = index
        return index

    def who(self, start: int, end: int) -> str | None:
        """The person (or organisation) a short attribution span names.

        "X, a police officer," is X; "Moreau's lawyer, Y," is Y; "the party's
        spokesperson" is the party when the spokesperson is not named.
        """
        span = self.text[start:end]
        parts = [(start + p.start(), start + p.end()) for p in re.finditer(r"[^,]+", span)]
        for a, b in parts:
            found = self._who_part(a, b)
            if found:
                return found
        return None

    def _who_part(self, start: int, end: int) -> str | None:
        span = self.text[start:end]
        mentions = [m for m in self.mentions_between(start, end)
                    if not re.match(r"['’]s?[ \u00a0]+\w", self.text[m.end:end] + " x")]
        if mentions:
            return self.full_name(mentions[-1].name)
        bare = self._bare_name(start, end)
        if bare:
            return bare
        d = _DESCRIPTOR.search(span)
        described = self.describe(d.group("mods"), d.group("head"), start) if d else None
        if described:
            return described
        org = self.organisation(start, end)
        if org:
            return org
        if _PRONOUN.match(span.strip()):
            return self.antecedent(start)
        if re.match(r"[ \u00a0]*(?:it|It)\b", span):
            return self.organisation_before(start)
        return None

    def _bare_name(self, start: int, end: int) -> str | None:
        """A name the people rules missed, in an attribution span made only of it and its post."""
        span = self.text[start:end]
        runs = [r for r in _NAME_RUN.finditer(span)]
        if not runs:
            return None
        run = runs[-1]
        rest = span[run.end():].strip(" \u00a0")
        if rest and not re.fullmatch(r"\d{1,3}|(?:also|later|then|has|had|on[ \u00a0]X)", rest):
            return None
        words = run.group().split()
        titled = [i for i, w in enumerate(words) if w.lower().rstrip(".") in _TITLE_WORDS]
        if titled and titled[-1] < len(words) - 1:
            words = words[titled[-1] + 1:]
        while words and (words[0] in _NOT_NAMES or words[0].lower() in ROLE_NOUNS
                         or words[0] in DEMONYMS or words[0].lower().rstrip(".") in _TITLE_WORDS):
            words = words[1:]
        if not words or len(words) > 5 or any(w in _NOT_NAMES for w in words):
            return None
        if any(w.lower() in ORGANISATION_HEADS for w in words) or " ".join(words) in INSTITUTIONS:
            return None
        lead = span[:run.start()].lower().split()
        if lead and lead[-1] in PREPOSITIONS:
            return None
        return self.full_name(" ".join(words))

    def organisation(self, start: int, end: int) -> str | None:
        """An organisation named by the whole span: "The Directorate General of Road
        Safety", "the NFU’s main account" (the union), an acronym the article spells out."""
        span = self.text[start:end].strip(" \u00a0")
        span = re.sub(r"^(?:[Tt]he|[Ii]ts)[ \u00a0]+", "", span)
        voice = re.match(
            r"(?P<org>.+?)['’]s?[ \u00a0]+(?:(?:main|official|own|verified)[ \u00a0]+)?"
            r"(?P<voice>\w+(?:[ \u00a0]\w+)?)$", span)
        if voice and voice.group("voice").lower() in ORGANISATION_VOICES:
            span = voice.group("org")
        m = re.fullmatch(
            r"""(?P<org>
                [A-Z][\w’'&.-]*                                  # a capitalised word
                (?:[ \u00a0]+(?:of|for|and|on|the|de|[A-Z][\w’'&.-]*|\([A-Z]{2,8}\)))*  # and more
            )""", span, re.VERBOSE)
        if not m:
            return None
        org = m.group("org")
        words = org.replace("’s", "").replace("'s", "").split()
        acronym = (len(words) == 1 and re.fullmatch(r"[A-Z][A-Z&]{1,7}", words[0]) is not None
                   and words[0].lower() not in _TITLE_WORDS)
        heads = [w.lower() in ORGANISATION_HEADS for w in words]
        named_body = heads[-1] or (heads[0] and "of" in words) or words[-1].startswith("(")
        if not (acronym or named_body or org in INSTITUTIONS):
            return None
        if acronym:
            spelt = re.search(_SPELT_OUT + re.escape(f"({org})"), self.text)
            if spelt:
                full = re.sub(r"^The[ \u00a0]+", "", spelt.group("full").strip())
                return f"{full} ({org})"
        return org

    def organisation_before(self, pos: int) -> str | None:
        """The organisation an "it" at ``pos`` stands for: the subject of a sentence before."""
        i = self.sentence_index(pos)
        for k in range(i - 1, max(-1, i - 3), -1):
            s, _ = self.sentences[k]
            m = _SENTENCE_SUBJECT.match(self.text, s, pos)
            if m:
                org = self.organisation(m.start("subject"), m.end("subject"))
                if org:
                    return org
        return None

    def subject_before(self, pos: int, floor: int, speech: bool = False) -> str | None:
        """The subject of the clause that ends at ``pos``.

        The nearest person before ``pos`` who is not the object of a
        preposition, a modifier ("the Smith government") or a possessor
        ("Smith's forces" — unless the cue is theirs: "Smith's call for");
        else an organisation that is the whole subject. ``speech``: the cue is a
        speech verb, which a possessor never is the subject of.
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
            if possessive and (speech or len(between[possessive.end():].split()) > 2):
                continue  # "Reed's lawyer said": the lawyer speaks, not Reed
            if re.search(r"[;:]|(?<![A-Z]\.)[.!?][ \u00a0]+[\"“A-Z]", between):
                continue
            return self.full_name(m.name)
        if pron:
            return self.antecedent(pron.start())
        clause = _ASIDE.sub(lambda m: " " * len(m.group()), self.text[floor:pos])
        subject = _SUBJECT_BEFORE_VERB.search(clause)
        if subject:
            a = floor + subject.start("s")
            b = floor + subject.end("s")
            org = self.organisation(a, b)
            if org:
                return org
            if re.fullmatch(r"[ \u00a0]*(?:it|It)", self.text[a:b]):
                return self.organisation_before(a)
        descriptions = list(_DESCRIPTOR.finditer(self.text, floor, pos))
        if descriptions:
            d = descriptions[-1]
            return self.describe(d.group("mods"), d.group("head"), d.start())
        return None


_TITLE_WORDS = frozenset({t.lower().rstrip(".") for t in TITLES if " " not in t} | {
    "prime", "pm", "police", "officer", "captain", "capt", "coach", "ceo", "cfo", "ex", "imam",
    "former", "additional", "district", "sessions", "superintendent", "inspector", "treasurer",
    "star", "batter", "skipper", "founder", "owner", "deputy", "chief", "judge", "justice",
    "attorney", "chairperson", "president", "minister", "spokesperson", "sergeant", "sgt",
    "constable", "detective", "lieutenant", "lt", "major", "maj", "colonel", "col", "gen"})
