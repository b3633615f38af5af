"""Sentences and quoted passages of an article, as offsets into its exact text.

Every fact points at a span of the article, so splitting never copies text:
it returns (start, end) pairs. Paragraphs broken in the middle of a sentence
were already joined by :mod:`factdeck.articles`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "prof",
    "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "no", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "adm", "maj", "cmdr", "rev", "ft", "mt",
    "approx", "est", "dept", "univ", "assn", "fig", "al", "e.g", "i.e", "a.m", "p.m", "u.s",
    "u.k", "u.n", "e.u",
})
_BOUNDARY = re.compile(r"[.!?…]+[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9À-ÖØ-Þ])")
_OPEN = "“\""
_CLOSE = "”\""


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quoted passage: ``start``/``end`` delimit the words inside the marks."""

    start: int
    end: int
    paragraph: int  # index of the body paragraph
    open_ended: bool = False  # no closing mark before the end of the paragraph


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` (one paragraph)."""
    spans: list[tuple[int, int]] = []
    s = start
    for m in _BOUNDARY.finditer(text, start, end):
        word = re.search(r"([\w.]+)[.!?…]*$", text[max(s, m.start() - 12):m.start() + 1])
        token = word.group(1).rstrip(".").lower() if word else ""
        if text[m.start()] == "." and (token in _ABBREVIATIONS or re.fullmatch(r"[a-z]", token)):
            continue
        spans.append((s, m.end()))
        s = m.end()
        while s < end and text[s].isspace():
            s += 1
    if s < end:
        e = end
        while e > s and text[e - 1].isspace():
            e -= 1
        spans.append((s, e))
    return spans


def quote_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteSpan]:
    """Quoted passages, straight or typographic, paragraph by paragraph.

    A quote left open at the end of a paragraph runs to the paragraph's end
    (a quote that goes on in the next paragraph reopens there).
    """
    found: list[QuoteSpan] = []
    for index, (start, end) in enumerate(paragraphs):
        open_at: int | None = None
        for i in range(start, end):
            ch = text[i]
            if ch not in "“”\"":
                continue
            if open_at is None:
                opening = ch == "“" or (ch == '"' and _opens(text, i, start, end))
                if ch == "”" and (i == start or text[i - 1].isspace()):
                    opening = True  # a closing mark typed where an opening one belongs
                if opening:
                    open_at = i
            elif ch in _CLOSE and not (ch == '"' and _opens(text, i, start, end)
                                       and not _closes(text, i, end)):
                found.append(QuoteSpan(open_at + 1, i, index))
                open_at = None
            elif ch == "“" or ch == '"':
                open_at = i  # a new quote opens before the last one closed: restart
        if open_at is not None and end - open_at > 2:
            found.append(QuoteSpan(open_at + 1, end, index, open_ended=True))
    return found


def _opens(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return (before.isspace() or before in "([{—–-:") and not after.isspace()


def _closes(text: str, i: int, end: int) -> bool:
    after = text[i + 1] if i + 1 < end else " "
    return after.isspace() or after in ".,;:!?)]—–-"


def inside(spans: list[QuoteSpan], pos: int) -> QuoteSpan | None:
    """The quote containing offset ``pos``, if any."""
    for q in spans:
        if q.start <= pos < q.end:
            return q
    return None
