"""Sentences and quoted passages of an article, as offsets into its exact text.

Every fact points at a span of the article, so splitting never copies text:
it returns (start, end) pairs. Paragraphs broken in the middle of a sentence
were already joined by :mod:`factdeck.articles`; lines the page kept together
(a headline over its body, a bulleted list, paragraphs separated by a single
line break) are split again here, because a sentence never runs across them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "prof",
    "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "no", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "adm", "maj", "cmdr", "rev", "ft", "mt",
    "approx", "est", "dept", "univ", "assn", "fig", "al", "e.g", "i.e", "a.m", "p.m", "u.s",
    "u.k", "u.n", "e.u", "rs", "gov't", "govt", "supt", "insp", "hon", "pvt", "cpl",
})
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9À-ÖØ-Þ])")
_OPEN = "“\""
_CLOSE = "”\""
# a line that ends a sentence: terminal punctuation, then closing marks
_LINE_ENDS_SENTENCE = re.compile(r"[.!?…:;][\"”’')\]]*[ \t]*$")
# a line that opens a list item: a bullet or "1." / "2)"
_BULLET = re.compile(r"[ \t]*(?:[•●▪◦·*‣–—-]|\d{1,2}[.)])[ \t]+")
# a line that cannot be a heading: it stops on a comma or a function word
_CONTINUES = re.compile(
    r"(?i)(?:[,(\-–—]|\b(?:a|an|the|of|in|on|at|to|by|for|with|from|and|or|but|that|which|"
    r"who|as|is|was|are|were|his|her|its|their)\b)[ \t]*$")
_HEADING_WORDS = 14


# a single mark that can close a quote: after a word or a stop, before a space or a stop
_LATER_CLOSE = re.compile(r"[\w.,!?]['’](?=[\s.,;:!?)\]—–-]|$)")
_SINGLE_OPEN = re.compile(r"(?<=[\s(\[])['‘](?=\w)")


_MARK = re.compile("[“”\"‘’']")  # every quote mark, and apostrophes


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quoted passage: ``start``/``end`` delimit the words inside the marks."""

    start: int
    end: int
    paragraph: int  # index of the body paragraph
    open_ended: bool = False  # no closing mark before the end of the paragraph


def line_breaks(text: str, start: int, end: int) -> list[int]:
    """Offsets (just after the newline) where a line of ``text[start:end]`` starts a new block.

    A line break ends a block after a line that ends a sentence, after a
    heading-like line (short, no final stop, not cut on a comma or a function
    word) and before a list item; elsewhere it is a wrapped line.
    """
    out: list[int] = []
    pos = text.find("\n", start, end)
    while pos != -1:
        line_start = text.rfind("\n", start, pos) + 1 or start
        line_start = max(line_start, start)
        before = text[line_start:pos]
        nxt = pos + 1
        while nxt < end and text[nxt] in " \t\n":
            nxt += 1
        if nxt < end and before.strip():
            after = text[nxt:text.find("\n", nxt, end) if "\n" in text[nxt:end] else end]
            heading = (len(before.split()) <= _HEADING_WORDS and not _CONTINUES.search(before)
                       and re.match(r"[\"“‘'A-Z0-9À-ÖØ-Þ]", after) is not None)
            if _LINE_ENDS_SENTENCE.search(before) or heading or _BULLET.match(after):
                out.append(nxt)
        pos = text.find("\n", pos + 1, end)
    return out


def blocks(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs split at the line breaks :func:`line_breaks` finds (trimmed spans)."""
    out: list[tuple[int, int]] = []
    for start, end in paragraphs:
        if text.find("\n", start, end) == -1:
            out.append((start, end))
            continue
        cuts = [start, *line_breaks(text, start, end), end]
        for s, e in zip(cuts, cuts[1:], strict=False):
            while e > s and text[e - 1].isspace():
                e -= 1
            while s < e and text[s].isspace():
                s += 1
            if s < e:
                out.append((s, e))
    return out


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` (one paragraph).

    Headlines, list items and lines that end a sentence stand alone; a period
    after an abbreviation (Mr., U.S., Jan.) or an initial does not end one.
    """
    spans: list[tuple[int, int]] = []
    for s, e in blocks(text, [(start, end)]):
        spans.extend(_split(text, s, e))
    return spans


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    s = start
    for m in _BOUNDARY.finditer(text, start, end):
        word = re.search(r"([\w.']+)[.!?…]*$", text[max(s, m.start() - 12):m.start() + 1])
        token = word.group(1).rstrip(".").lower() if word else ""
        if text[m.start()] == "." and (token in _ABBREVIATIONS or re.fullmatch(r"[a-z]", token)
                                       or re.fullmatch(r"(?:[a-z]\.)+[a-z]", token)):
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
    """Quoted passages, straight or typographic, double or single, paragraph by paragraph.

    A quote left open at the end of a paragraph runs to the paragraph's end
    (a quote that goes on in the next paragraph reopens there); one left open
    where a new one opens ends there (the writer forgot the closing mark).
    Single marks quote only outside double quotes (inside, they nest), and an
    apostrophe (don't, India's, the '90s) is never one.
    """
    found: list[QuoteSpan] = []
    for index, (start, end) in enumerate(paragraphs):
        open_at: int | None = None
        single_at: int | None = None
        for mark in _MARK.finditer(text, start, end):
            i = mark.start()
            ch = text[i]
            if ch in "‘’'" and open_at is None:
                if single_at is None:
                    if ch != "’" and _single_opens(text, i, start, end):
                        single_at = i
                elif _single_closes(text, i, start, end) and not _plural_possessive(text, i, end):
                    if i - single_at > 1:
                        found.append(QuoteSpan(single_at + 1, i, index))
                    single_at = None
                continue
            if ch not in "“”\"":
                continue
            if open_at is None:
                opening = ch == "“" or (ch == '"' and _opens(text, i, start, end))
                if ch == "”" and (i == start or text[i - 1].isspace()):
                    opening = True  # a closing mark typed where an opening one belongs
                if opening:
                    open_at = i
                    single_at = None
            elif ch in _CLOSE and not (ch == '"' and _opens(text, i, start, end)
                                       and not _closes(text, i, end)):
                found.append(QuoteSpan(open_at + 1, i, index))
                open_at = None
            elif ch == "“" or ch == '"':
                # a new quote opens before the last one closed: the last one ends here
                e = i
                while e > open_at + 1 and text[e - 1].isspace():
                    e -= 1
                if e - open_at > 2:
                    found.append(QuoteSpan(open_at + 1, e, index))
                open_at = i
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


def _single_opens(text: str, i: int, start: int, end: int) -> bool:
    """A single mark that opens a quote: after a space or bracket, before a word (not '90s)."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if not (before.isspace() or before in "([{—–-:\"“"):
        return False
    if after.isspace() or re.match(r"\d0s\b|n\b|em\b|tis\b", text[i + 1:i + 5]):
        return False
    return True


def _single_closes(text: str, i: int, start: int, end: int) -> bool:
    """A single mark that closes a quote: after a word, before a space or a stop, not in a word."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if before.isspace():
        return False
    return after.isspace() or after in ".,;:!?)]—–-\"”"


def _plural_possessive(text: str, i: int, end: int) -> bool:
    """A mark after an "s" and before a lowercase word ("the players' union") is an
    apostrophe when the quote can still close further on."""
    if text[i - 1] != "s" or not re.match(r"[ \u00a0][a-z]", text[i + 1:i + 3]):
        return False
    reopen = _SINGLE_OPEN.search(text, i + 1, end)  # a new quote: this one closes here
    return _LATER_CLOSE.search(text, i + 1, reopen.start() if reopen else end) is not None


def inside(spans: list[QuoteSpan], pos: int) -> QuoteSpan | None:
    """The quote containing offset ``pos``, if any."""
    for q in spans:
        if q.start <= pos < q.end:
            return q
    return None
