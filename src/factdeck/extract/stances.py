"""Stances: what someone wants, calls for, opposes, proposes, supports, warns of, is ready to do.

A stance cue ("called for", "his opposition to", "is ready to") is tied to
the subject of its clause: the nearest person before it who is not the
object of a preposition, or a pronoun resolved to the person spoken of.
A cue inside a quote belongs to the quote's speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from factdeck.extract.reference import Document

_BARE = "(?:" + "|".join(rf"(?<=\b{w}[ \u00a0])" for w in (
    "to", "will", "would", "must", "did", "do", "does", "could", "can", "should", "shall",
    "might")) + ")"
_CUES = [
    r"(?:wants?|wanted|wanting|would[ \u00a0]like|wished?|hopes?|hoped)[ \u00a0]to",
    r"wants(?=[ \u00a0](?:the|a|an|more|less|all|no)\b)",
    r"(?:issued|made|renewed|repeated)[ \u00a0](?:a|an|his|her|the)[ \u00a0](?:\w+[ \u00a0])?"
    r"calls?[ \u00a0]for",
    r"(?<=['’]s[ \u00a0])calls?[ \u00a0]for",
    r"call(?:s|ed|ing)[ \u00a0](?:for|on)", _BARE + r"call[ \u00a0](?:for|on)",
    r"urg(?:es|ed|ing)", _BARE + r"urge",
    r"(?<!be[ \u00a0])(?<!is[ \u00a0])(?<!was[ \u00a0])(?<!are[ \u00a0])(?<!were[ \u00a0])"
    r"oppos(?:es|ed|ing)(?![ \u00a0]by)", _BARE + r"oppose",
    r"(?:his|her|their)[ \u00a0](?:\w+[ \u00a0])?(?:opposition|objection|support|commitment|"
    r"determination|readiness|willingness)[ \u00a0](?:to|for)",
    r"propos(?:es|ed|ing)(?![ \u00a0]by)", _BARE + r"propose",
    r"(?<!be[ \u00a0])(?<!is[ \u00a0])(?<!was[ \u00a0])(?<!were[ \u00a0])"
    r"support(?:s|ed|ing)(?![ \u00a0]by)", _BARE + r"support",
    r"back(?:s|ed|ing)(?![ \u00a0]by|[ \u00a0]down|[ \u00a0]to|[ \u00a0]from|[ \u00a0]in)",
    _BARE + r"back(?![ \u00a0]down|[ \u00a0]to|[ \u00a0]from|[ \u00a0]in)",
    r"warn(?:s|ed)", r"(?<=,[ \u00a0])warning", _BARE + r"warn",
    r"(?:is|are|was|were|be|being|remains?|remained)[ \u00a0](?:\w+[ \u00a0])?(?:ready|prepared|"
    r"willing|determined|committed|eager|reluctant|unwilling)[ \u00a0]to",
    r"welcom(?:es|ed|ing)", _BARE + r"welcome",
    r"reject(?:s|ed|ing)", _BARE + r"reject",
    r"demand(?:s|ed|ing)", _BARE + r"demand",
    r"insist(?:s|ed|ing)[ \u00a0](?:on|that)",
    r"(?:goal|aim|objective|priority|intention)[ \u00a0](?:is|was|would[ \u00a0]be)[ \u00a0]to",
    r"aims?[ \u00a0]to",
    r"vow(?:s|ed)", r"pledg(?:es|ed)", r"promis(?:es|ed)[ \u00a0]to",
    r"condemn(?:s|ed|ing)", _BARE + r"condemn", r"denounc(?:es|ed|ing)",
    r"refus(?:es|ed)[ \u00a0]to",
    r"red[ \u00a0]lines?",
    r"(?:argued|argues|believes|believed|said|says|insisted)(?:[ \u00a0]that)?[^.;]{0,120}?"
    r"\b(?:should|must|ought|needs?[ \u00a0]to)",
    r"intend(?:s|ed)?[ \u00a0]to",
    r"(?:pressed|pushed|pushing|pressing|lobbied|lobbying)[ \u00a0]for",
    r"advocat(?:es|ed|ing)", r"favou?r(?:s|ed)(?![ \u00a0]by)",
    r"threaten(?:s|ed|ing)[ \u00a0]to",
    r"seeks?[ \u00a0]to|sought[ \u00a0]to",
    r"is[ \u00a0]in[ \u00a0]favou?r[ \u00a0]of|(?:spoke|speaks|came|comes)[ \u00a0]out[ \u00a0]"
    r"(?:against|in[ \u00a0]favou?r[ \u00a0]of)",
]
_RELATIVE = re.compile(r"(?:\b(?:which|that)|[ \u00a0]\w+(?:ion|ment|ure|ance|ence|ity|ism))"
                       r"[ \u00a0]+$")
CUE_RE = re.compile(r"(?<![\w’'-])(?:" + "|".join(_CUES) + r")(?![\w’'-])", re.I)


@dataclass(frozen=True, slots=True)
class FoundStance:
    who: str
    stance: str
    evidence: tuple[int, int]
    cue: tuple[int, int]


def find_stances(doc: Document) -> list[FoundStance]:
    """Every stance the document reports, one per (person, sentence)."""
    found: list[FoundStance] = []
    seen: set[tuple[str, tuple[int, int]]] = set()
    starts = [s for s, _ in doc.sentences]
    for p_start, p_end in doc.paragraphs:
        for m in CUE_RE.finditer(doc.text, p_start, p_end):
            i = bisect_right(starts, m.start()) - 1
            if i < 0 or not doc.sentences[i][0] <= m.start() < doc.sentences[i][1]:
                continue
            s, e = doc.sentences[i]
            who = _holder(doc, m.start(), s)
            if not who:
                continue
            key = (who, (s, e))
            if key in seen:
                continue
            seen.add(key)
            found.append(FoundStance(who, _wording(doc.text, m.start(), e), (s, e),
                                     (m.start(), m.end())))
    return found


def _holder(doc: Document, pos: int, sentence_start: int) -> str | None:
    q = doc.quote_at(pos)
    if q is not None:
        return doc.speakers.get(q.start)
    if _RELATIVE.search(doc.text[max(sentence_start, pos - 40):pos]):
        return None  # "a resolution which sought to ...": a thing, not a person, holds it
    return doc.subject_before(pos, sentence_start)


# where a stance's clause ends
_CLAUSE_END = re.compile(r"""
      [;:]                                                           # a semicolon or colon
    | ,[ \u00a0](?:which|who|while|but|although|as|after|before|when)\b  # a comma + new clause
    | [.!?](?:[ \u00a0]|$)                                            # the sentence's end
    """, re.VERBOSE)


def _wording(text: str, start: int, end: int) -> str:
    """The stance in the article's words: from the cue to the end of its clause."""
    tail = text[start:end]
    m = _CLAUSE_END.search(tail)
    if m and m.start() > 15:
        tail = tail[:m.start()]
    tail = re.sub(r"\s+", " ", tail).strip(" ,.;:“”\"")
    words = tail.split()
    if len(words) > 30:
        tail = " ".join(words[:30]) + " …"
    return tail
