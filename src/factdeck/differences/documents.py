"""What a document (a resolution, a bill, a plan) is said to ask for, told differently.

Anchored on the document's noun, seen in two articles with a clause saying
what it does ("calling for", "which sought to", "demanding"); the clauses differ
when they share under a quarter of their words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from factdeck.bank.facts import Difference, Report
from factdeck.differences.text import Sentence, clip, content_words

CONTENT_VERBS = {"demand", "call", "seek", "ask", "aim", "propose", "urge", "require", "impose",
                 "ban", "allow", "order", "condemn", "end", "establish", "create", "provide",
                 "grant", "authorize", "authorise", "set"}


@dataclass(frozen=True)
class _Content:
    sentence: Sentence
    noun: Any
    clause: Any  # spaCy token: the verb of the clause saying what the document does

    def words(self) -> set[str]:
        span = self.sentence.doc.doc[self.clause.i:self.clause.right_edge.i + 1]
        return content_words(span.text) - {"call", "calling", "called", "seek", "sought",
                                           "seeking", "demanding", "demand", "demanded"}

    def says(self) -> str:
        doc = self.sentence.doc.doc
        return clip(doc[self.clause.i:self.clause.right_edge.i + 1].text)


def _contents(sents: Sequence[Sentence]) -> list[_Content]:
    out = []
    for sent in sents:
        if sent.doc is None:
            continue
        for token in sent.doc:
            if token.dep_ not in ("acl", "relcl") or token.lemma_.lower() not in CONTENT_VERBS:
                continue
            noun = token.head
            # "a resolution at the Security Council, which sought ...": climb to the noun
            while noun.pos_ == "PROPN" and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
                noun = noun.head.head
            if noun.pos_ != "NOUN":
                continue
            out.append(_Content(sent, noun, token))
    return out


def content_differences(story: Sequence[Sequence[Sentence]]) -> list[Difference]:
    """The same document (a resolution, a bill, a plan) said to ask for different things."""
    by_noun: dict[str, list[_Content]] = {}
    for sents in story:
        seen = set()
        for c in _contents(sents):
            lemma = c.noun.lemma_.lower()
            if lemma in seen:
                continue
            seen.add(lemma)
            by_noun.setdefault(lemma, []).append(c)
    out = []
    for noun, found in by_noun.items():
        if len(found) < 2:
            continue
        words = [c.words() for c in found]
        differs = False
        for i in range(len(found)):
            for j in range(i + 1, len(found)):
                a, b = words[i], words[j]
                if not a or not b:
                    continue
                if len(a & b) / min(len(a), len(b)) < 0.25:
                    differs = True
        if not differs:
            continue
        out.append(Difference(aspect=f"what the {noun} asked for", kind="description",
                              reports=tuple(Report(c.sentence.article.file, c.says(),
                                                   c.sentence.text) for c in found)))
    return out
