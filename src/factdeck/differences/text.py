"""Sentences of an article body, each with its exact place in the article's text.

Every report of a difference quotes its evidence exactly, so sentences are
kept as offsets into ``SourceArticle.text`` and never rebuilt from tokens.
spaCy (the optional ``nlp`` extra) parses them when it is installed, through
the pipeline extraction shares (:mod:`factdeck.extract.nlp`); without it the
actions and documents are read with rules (:mod:`.shallow`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from factdeck.bank.facts import SourceArticle
from factdeck.textnorm import fold, normalize_space

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just
me more most my myself no nor not now of off on once only or other our ours ourselves out over own
same she should so some such than that the their theirs them themselves then there these they this
those through to too under until up very was we were what when where which while who whom why will
with would you your yours yourself said says say told tell added mr mrs ms one two three s t
would could may might must shall new last first next year years week month day time
""".split())

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_ABBREVIATIONS = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sgt|Rep|Sen|Gov|Jr|Sr|U\.S|U\.N|"
                            r"No|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|[A-Z])\.$")


@dataclass(frozen=True)
class Sentence:
    """One sentence of one article: ``text == article.text[start:end]``."""

    article: SourceArticle
    start: int
    end: int
    index: int  # position in the article, from 0
    doc: Any = field(default=None, compare=False, repr=False)  # spaCy span, when parsed

    @property
    def text(self) -> str:
        return self.article.text[self.start:self.end]

    def words(self) -> set[str]:
        """Content words, folded: what two sentences about the same matter share."""
        return content_words(self.text)


def content_words(text: str) -> set[str]:
    """Folded words that carry meaning (no stop words, no bare numbers)."""
    return {w for w in fold(text).split() if w not in STOPWORDS and not w.isdigit() and len(w) > 1}


def body_spans(article: SourceArticle) -> list[tuple[int, int]]:
    """The article's body paragraphs, or its blank-line separated blocks when none are known."""
    if article.body:
        return list(article.body)
    spans = []
    for match in re.finditer(r"\S(?:.*?\S)?(?=\n\s*\n|\s*\Z)", article.text, re.S):
        spans.append((match.start(), match.end()))
    return spans


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``, shifted by ``offset``; a plain-rules splitter."""
    out = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        head = text[start:match.start()]
        if _ABBREVIATIONS.search(head):
            continue
        if head.strip():
            out.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        out.append((start, len(text.rstrip())))
    return [(offset + s + _lead(text[s:e]), offset + e) for s, e in out if text[s:e].strip()]


def _lead(text: str) -> int:
    return len(text) - len(text.lstrip())


def load_nlp() -> Any | None:
    """The process's spaCy pipeline (shared with extraction), or None when not installed."""
    from factdeck.extract import nlp

    return nlp.load() if nlp.available() else None


def sentences(article: SourceArticle, *, parse: bool = True) -> list[Sentence]:
    """The body sentences of ``article``; parsed with spaCy when ``parse`` and spaCy is there.

    Paragraphs extraction already ran through the pipeline are completed, not parsed again.
    """
    nlp = load_nlp() if parse else None
    spans = body_spans(article)
    out: list[Sentence] = []
    if nlp is not None:
        from factdeck.extract.nlp import parse as parse_texts

        docs = parse_texts([article.text[s:e] for s, e in spans])
        for (p_start, _), doc in zip(spans, docs, strict=True):
            for sent in doc.sents:
                if sent.text.strip():
                    out.append(Sentence(article, p_start + sent.start_char,
                                        p_start + sent.end_char, len(out), sent))
        return out
    for p_start, p_end in spans:
        for s, e in split_sentences(article.text[p_start:p_end], p_start):
            out.append(Sentence(article, s, e, len(out)))
    return out


def outlet_name(article: SourceArticle) -> str:
    """How an article is named to a reader: its outlet, else its file name."""
    return article.outlet or article.file


def clip(text: str, max_words: int = 22) -> str:
    """A phrase for a report: white space tidied, stray quote marks off, cut at a word."""
    words = normalize_space(text).split()
    if len(words) > max_words:
        words = words[:max_words]
        words[-1] = words[-1] + "…"
    out = " ".join(words).strip(" ,;:")
    for opening, closing in (("\u201c", "\u201d"), ("(", ")")):
        if out.count(opening) != out.count(closing):
            out = out.replace(opening, "").replace(closing, "")
    if out.count('"') % 2:
        out = out.replace('"', "")
    return out.strip()
