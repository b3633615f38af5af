"""One event put on different days of the week by different outlets.

A weekday is tied to the event its clause tells: the verbs close to it
("sank on Tuesday", "were injured on Monday", "signed the treaty on
Friday"). Two articles disagree when they give different weekdays to the
same verb (the same root) in sentences that share at least one
other word or figure ("$2 billion", the place, the name). A weekday that
names a deadline ("a Friday deadline", "until Friday") is no date of an
event, and verbs of saying date a statement, not the event, so neither counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factdeck.bank.facts import Difference, Report
from factdeck.differences.text import STOPWORDS, Sentence
from factdeck.lexicon.speech import SPEECH_VERBS
from factdeck.textnorm import fold

NEAR_WORDS = 10  # words either side of the weekday where its verb is sought
WIDE_WORDS = 14  # words either side that tell what the sentence is about
MIN_SHARED = 2  # the verb and one more word
STEM = 4

_DAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                  r"(?P<part>\s+(?:morning|afternoon|evening|night))?")
_DEADLINE = re.compile(r"^\s*(?:deadline|'s\s+deadline)|(?:until|by|before|till|from)\s+$", re.I)
# past forms that do not end in -ed
_IRREGULAR = frozenset("""won lost took made fell hit left began came went met held shot struck
sent beat died fled quit rose sank sold paid spent broke drove flew gave led ran saw stood
swore threw wrote chose""".split())
# verbs that tell one event in other words: a deal "completed", "closed", "finalised"
_SAME_EVENT = {"complet": "clos", "finaliz": "clos", "finalis": "clos", "seal": "clos",
               "conclud": "clos"}
_SAYING = frozenset(fold(v) for v in SPEECH_VERBS) | {"said", "told", "reported", "stated",
                                                     "added", "announced", "confirmed",
                                                     # "results showed on Monday": a report's
                                                     # day, not the event's
                                                     "showed", "revealed", "indicated"}


@dataclass(frozen=True)
class _Dated:
    sentence: Sentence
    day: str
    says: str
    verbs: frozenset[str]
    words: frozenset[str]
    verb_words: tuple[str, ...] = ()  # the verbs as written, for the aspect


def _tokens(text: str) -> list[str]:
    return [w for w in fold(text).split() if w not in STOPWORDS or w.isdigit()]


def _verbs(words: list[str]) -> set[str]:
    """The verbs among ``words``, cut to their root ("killed" -> "kill", "closed" -> "clos")."""
    out = set()
    for w in words:
        # -ing words are left out: too often nouns ("the landing", "a meeting")
        if w in _SAYING or not (len(w) > 4 and w.endswith("ed") or w in _IRREGULAR):
            continue
        root = re.sub(r"e?d$", "", w) if w not in _IRREGULAR else w
        out.add(_SAME_EVENT.get(root, root))
    return out


def _dated(sent: Sentence) -> list[_Dated]:
    out = []
    text = sent.text
    for m in _DAY.finditer(text):
        if _DEADLINE.search(text[m.end():m.end() + 14]) or _DEADLINE.search(
                text[max(0, m.start() - 8):m.start()]):
            continue
        before = text[:m.start()].split()
        after = text[m.end():].split()
        # capitalised words are names and headings ("Associated Press"), not verbs
        near = _tokens(" ".join(w for w in before[-NEAR_WORDS:] + after[:NEAR_WORDS]
                                if not w[:1].isupper()))
        wide = _tokens(" ".join(before[-WIDE_WORDS:] + after[:WIDE_WORDS]))
        verbs = _verbs(near)
        if verbs:
            written = tuple(w for w in fold(" ".join(before[-NEAR_WORDS:] + after[:NEAR_WORDS]))
                            .split() if _verbs([w]))
            out.append(_Dated(sent, m.group(1), text[m.start():m.end()].strip(),
                              frozenset(verbs), frozenset(w[:STEM + 1] for w in wide), written))
    return out


def day_differences(story: Sequence[Sequence[Sentence]]) -> list[Difference]:
    """The same event given different weekdays by different articles."""
    per_article = [[d for sent in sents for d in _dated(sent)] for sents in story]
    by_verb: dict[str, list[tuple[int, _Dated]]] = {}
    for i, dated in enumerate(per_article):
        for d in dated:
            for v in sorted(d.verbs):
                by_verb.setdefault(v, []).append((i, d))
    groups: list[list[tuple[int, _Dated]]] = []
    for verb in sorted(by_verb):
        items = by_verb[verb]
        for x, (i, a) in enumerate(items):
            for j, b in items[x + 1:]:
                if i == j or a.day == b.day or len(a.words & b.words) < MIN_SHARED:
                    continue
                if _both_days(per_article[i], b.day, a) or _both_days(per_article[j], a.day, b):
                    continue  # an article that gives both days to the event is no side
                _join(groups, [(i, a), (j, b)])
    out = []
    for group in groups:
        # every sentence that dates the event, article by article, in reading order
        ordered = sorted({(i, d.sentence.index, d.day): d for i, d in group}.items())
        shared = set.intersection(*(set(d.verbs) for _, d in group))
        clause = next((c for _, d in ordered for c in [_clause(d, shared)] if c), None)
        aspect = f"day on which {clause}" if clause else "day of the event"
        out.append(Difference(aspect=aspect, kind="date", reports=tuple(
            Report(d.sentence.article.file, d.says, d.sentence.text) for _, d in ordered)))
    return out


_CLAUSE_END = re.compile(r"[,;:()\u2013\u2014]")
_OPENERS = frozenset({"he", "she", "it", "they", "who", "which", "that", "this", "we", "i"})


def _clause(d: _Dated, verbs: set[str]) -> str | None:
    """The clause that tells the event, without its weekday: "the ferry sank off the cape".

    Only a clause that names its own subject (not "he", not "who") and is short enough to
    stand in a question is used."""
    text = d.sentence.text
    m = re.search(rf"\b(?:on\s+)?{d.day}\b(?:\s+(?:morning|afternoon|evening|night))?", text)
    if not m:
        return None
    start = max((b.end() for b in _CLAUSE_END.finditer(text, 0, m.start())), default=0)
    end = next((b.start() for b in _CLAUSE_END.finditer(text, m.end())), len(text))
    words = (text[start:m.start()] + " " + text[m.end():end]).split()
    words = [w.rstrip(".") if k == len(words) - 1 else w for k, w in enumerate(words)]
    if not words or len(words) > 16 or words[0].lower() in _OPENERS or not words[0][0].isupper():
        return None
    if not _verbs([fold(w) for w in words]) & verbs:
        return None
    if words[0] in ("The", "A", "An"):
        words[0] = words[0].lower()
    return " ".join(words).strip()


def _both_days(dated: list[_Dated], day: str, like: _Dated) -> bool:
    return any(d.day == day and d.verbs & like.verbs for d in dated)


def _join(groups: list[list[tuple[int, _Dated]]], pair: list[tuple[int, _Dated]]) -> None:
    for group in groups:
        if any(p in group for p in pair):
            group.extend(p for p in pair if p not in group)
            return
    groups.append(pair)
