"""Quotes and their speakers: "...," X said; said X; X told Y, "..."; according to X; he added.

A quote's speaker is looked for right after it (the usual news order), then
before it in the same sentence, then, for a quote that carries on from the
previous paragraph, in the quote it continues. Short scare quotes ("war
crime") are words, not statements, and are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factdeck.extract.reference import Document
from factdeck.extract.text import QuoteSpan
from factdeck.lexicon.speech import SPEECH_VERBS

MIN_WORDS = 4
_VERBS = "|".join(sorted((v for v in SPEECH_VERBS if " " not in v), key=len, reverse=True))
_AFTER_WHO_VERB = re.compile(
    rf"^[\s,—–-]*(?P<who>[^,.;:!?\"“”()]{{1,90}}?)[ \u00a0]+(?:also[ \u00a0]+|later[ \u00a0]+|then[ \u00a0]+|had[ \u00a0]+|has[ \u00a0]+)?(?:{_VERBS})\b")  # noqa: E501
_AFTER_VERB_WHO = re.compile(
    rf"^[\s,—–-]*(?:{_VERBS})[ \u00a0]+(?P<who>[^,.;:!?\"“”()]{{1,90}})")
_ACCORDING = re.compile(r"^[\s,—–-]*according[ \u00a0]+to[ \u00a0]+(?P<who>[^,.;:!?\"“”()]{1,90})")
_VERB_RE = re.compile(rf"(?<![\w’'-])(?:{_VERBS}|according[ \u00a0]+to)(?![\w’'-])")


@dataclass(frozen=True, slots=True)
class FoundQuote:
    start: int
    end: int
    speaker: str
    evidence: tuple[int, int]


def attribute(doc: Document) -> list[FoundQuote]:
    """Speakers for the document's quotes (in text order); fills ``doc.speakers``."""
    found: list[FoundQuote] = []
    previous: QuoteSpan | None = None
    for q in doc.quotes:
        words = len(doc.text[q.start:q.end].split())
        speaker, evidence = _after(doc, q)
        if speaker is None:
            speaker, evidence = _before(doc, q)
        if speaker is None and previous is not None and previous.open_ended and \
                q.paragraph == previous.paragraph + 1 and \
                doc.text[doc.paragraphs[q.paragraph][0]:q.start].strip() in ("", "“", '"'):
            speaker = doc.speakers.get(previous.start)
            evidence = (q.start, q.end)
        if speaker is None and previous is not None and q.paragraph == previous.paragraph:
            # "...," she said, "..." — or a second quote after the attribution: same speaker
            speaker = doc.speakers.get(previous.start)
            evidence = (q.start, q.end)
        if speaker:
            doc.speakers[q.start] = speaker
            if words >= MIN_WORDS:
                found.append(FoundQuote(q.start, q.end, speaker, evidence or (q.start, q.end)))
        previous = q
    # a quote that opens a paragraph and carries on an open-ended one takes its speaker back
    for i, q in enumerate(doc.quotes[:-1]):
        nxt = doc.quotes[i + 1]
        if q.open_ended and q.start not in doc.speakers and nxt.start in doc.speakers and \
                nxt.paragraph == q.paragraph + 1:
            speaker = doc.speakers[nxt.start]
            doc.speakers[q.start] = speaker
            if len(doc.text[q.start:q.end].split()) >= MIN_WORDS:
                found.append(FoundQuote(q.start, q.end, speaker, (q.start, q.end)))
    found.sort(key=lambda f: f.start)
    return found


def _clause_end(doc: Document, pos: int) -> int:
    """Where the attribution after a quote ends: the sentence end or the next quote."""
    _, paragraph_end = doc.paragraphs[doc.paragraph_index(pos)] if doc.paragraph_index(pos) >= 0 \
        else (pos, len(doc.text))
    m = re.compile(r"[.!?;“\"]").search(doc.text, pos + 1, paragraph_end)
    return m.start() if m else paragraph_end


def _after(doc: Document, q: QuoteSpan) -> tuple[str | None, tuple[int, int] | None]:
    close = q.end + 1  # just after the closing mark
    if q.open_ended or close > len(doc.text):
        return None, None
    end = _clause_end(doc, close - 1)
    tail_start = close
    tail = doc.text[tail_start:end]
    for pattern in (_ACCORDING, _AFTER_WHO_VERB, _AFTER_VERB_WHO):
        m = pattern.match(tail)
        if not m:
            continue
        who_start = tail_start + m.start("who")
        who_end = tail_start + m.end("who")
        who_text = doc.text[who_start:who_end]
        if len(who_text.split()) > 9:
            continue
        if pattern is _AFTER_VERB_WHO:
            # "said X" — stop the name at the first lowercase word after it
            cut = re.match(r"^(?:(?:the|a|an|[A-Z][\w’'.-]*|[a-z]+(?=[ \u00a0][A-Z]))[ \u00a0]*)+", who_text)  # noqa: E501
            if cut:
                who_end = who_start + len(cut.group().rstrip())
        speaker = doc.who(who_start, who_end)
        if speaker:
            return speaker, (q.start - 1, end)
    return None, None


def _before(doc: Document, q: QuoteSpan) -> tuple[str | None, tuple[int, int] | None]:
    open_mark = q.start - 1
    sentence = doc.sentence_of(open_mark)
    if sentence[0] == sentence[1]:
        sentence = doc.paragraphs[q.paragraph]
    lead = sentence[0]
    # the attribution must be outside other quotes of the sentence
    for other in doc.quotes_ending_between(lead, open_mark):
        if other.end < open_mark and other.end >= lead:
            lead = other.end + 1
    verb = None
    for v in _VERB_RE.finditer(doc.text, lead, open_mark):
        verb = v
    if verb is None:
        return None, None
    speaker = doc.subject_before(verb.start(), lead)
    if speaker is None:
        m = re.match(r"[ \u00a0]+(?P<who>[^,.;:!?\"“”()]{1,60})", doc.text[verb.end():open_mark])
        if m:
            speaker = doc.who(verb.end() + m.start("who"), verb.end() + m.end("who"))
    if speaker is None:
        return None, None
    return speaker, (lead, q.end + 1 if q.end < len(doc.text) else q.end)
