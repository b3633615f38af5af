"""The same words of the same speaker, quoted differently by different outlets.

Quotes are paired when their speaker is the same (from the extracted facts,
else the name next to a verb of saying) and their words are alike
(rapidfuzz ``token_set_ratio`` on folded text, with plain ``ratio`` keeping two
different remarks of one speaker apart). The same words up to punctuation, an
excerpt, a cut ("...") or an editor's insertion ("[and]") are no difference.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from factdeck.bank.facts import Difference, Quote, Report, SourceArticle
from factdeck.differences.text import STOPWORDS, clip
from factdeck.textnorm import fold

_QUOTE = re.compile(r"[\"\u201c\u201e]([^\"\u201c\u201d\u201e]{12,}?)[\"\u201d]")
_SAY = (r"said|says|told|added|declared|stated|warned|explained|insisted|wrote|asked|replied|"
        r"stressed|noted|argued|claimed|announced|tweeted|continued|urged")
_NAME = r"(?:[A-Z][\w'\u2019.-]+\s+){0,4}[A-Z][\w'\u2019-]+"
_NAME_SAYS = re.compile(
    rf"({_NAME})(?:\s*,[^,\"\u201c]{{1,60}},)?,?\s+(?:has\s+|had\s+)?(?:{_SAY})\b")
_SAYS_NAME = re.compile(rf"\b(?:{_SAY})\s+(?:the\s+)?({_NAME})")
_PRONOUN = re.compile(r"\b(?:he|she)\s+(?:" + _SAY + r")\b", re.I)
_NOT_NAMES = {"the", "a", "an", "on", "in", "at", "but", "and", "it", "this", "that", "he", "she",
              "they", "we", "i", "earlier", "later", "however", "monday", "tuesday", "wednesday",
              "thursday", "friday", "saturday", "sunday", "yesterday", "today", "then"}


@dataclass(frozen=True)
class _Quoted:
    article: SourceArticle
    start: int  # offsets of the quoted words in the article's text
    end: int
    speaker: str | None

    @property
    def words(self) -> str:
        return self.article.text[self.start:self.end]


def _speaker_key(name: str | None) -> str | None:
    if not name:
        return None
    words = [w for w in fold(name).split() if w not in _NOT_NAMES]
    return words[-1] if words else None


def find_quotes(article: SourceArticle, spans: Iterable[tuple[int, int]],
                known: Sequence[Quote] = ()) -> list[_Quoted]:
    """Quoted words of at least a few words, each with a speaker when one can be told."""
    out: list[_Quoted] = []
    last_speaker: str | None = None
    for p_start, p_end in spans:
        paragraph = article.text[p_start:p_end]
        for m in _QUOTE.finditer(paragraph):
            words = m.group(1)
            if len(words.split()) < 4:
                continue
            speaker = _known_speaker(words, known) or _nearby_speaker(paragraph, m.start(), m.end())
            if speaker is None and _PRONOUN.search(paragraph[max(0, m.start() - 40):m.end() + 40]):
                speaker = last_speaker
            if speaker:
                last_speaker = speaker
            out.append(_Quoted(article, p_start + m.start(1), p_start + m.end(1), speaker))
    return out


def _known_speaker(words: str, known: Sequence[Quote]) -> str | None:
    from rapidfuzz import fuzz

    folded = fold(words)
    for quote in known:
        other = fold(quote.quote)
        if other and (other in folded or folded in other or fuzz.ratio(other, folded) >= 90):
            return quote.speaker
    return None


def _nearby_speaker(paragraph: str, start: int, end: int) -> str | None:
    """The name next to a verb of saying, before the quote or right after it."""
    before = paragraph[max(0, start - 160):start]
    after = paragraph[end:end + 80]
    candidates = []
    for m in _SAYS_NAME.finditer(after[:60]):
        candidates.append((0, m.group(1)))
    for m in _NAME_SAYS.finditer(after):
        candidates.append((1, m.group(1)))
    for m in _NAME_SAYS.finditer(before):
        candidates.append((2, m.group(1)))
    for _rank, name in sorted(candidates, key=lambda c: c[0]):
        if _speaker_key(name):
            return name
    return None


def quote_differences(story: Sequence[SourceArticle], spans: Sequence[Sequence[tuple[int, int]]],
                      known: Sequence[Quote] = (), *, threshold: float = 72.0
                      ) -> list[Difference]:
    """The same words of the same speaker, quoted differently by different outlets."""
    from rapidfuzz import fuzz

    quotes = [find_quotes(a, sp, [q for q in known if q.article == a.file])
              for a, sp in zip(story, spans, strict=True)]
    out = []
    used: set[tuple[str, int]] = set()
    for i, qa_list in enumerate(quotes):
        for qa in qa_list:
            key = _speaker_key(qa.speaker)
            if key is None or (qa.article.file, qa.start) in used:
                continue
            fa = fold(qa.words)
            group = [qa]
            for j in range(i + 1, len(quotes)):
                best: tuple[float, _Quoted] | None = None
                for qb in quotes[j]:
                    if _speaker_key(qb.speaker) != key or (qb.article.file, qb.start) in used:
                        continue
                    fb = fold(qb.words)
                    if not _content(fa) & _content(fb):
                        continue
                    # token_set_ratio forgives an excerpt; ratio keeps two different
                    # remarks built of the same little words apart
                    score = fuzz.token_set_ratio(fa, fb)
                    if (score >= threshold and fuzz.ratio(fa, fb) >= 60
                            and (best is None or score > best[0])):
                        best = (score, qb)
                if best is not None:
                    group.append(best[1])
            if len(group) < 2 or not _worded_differently([q.words for q in group]):
                continue
            for q in group:
                used.add((q.article.file, q.start))
            speaker = _display_name(group)
            topic = _distinctive_word(group)
            aspect = f"wording of {speaker}'s remark"
            if topic:
                aspect += f" about \u201c{topic}\u201d"
            out.append(Difference(aspect=aspect, kind="wording", reports=tuple(
                Report(q.article.file, clip(q.words, 60), q.words) for q in group)))
    return out


def _content(folded: str) -> set[str]:
    return {w for w in folded.split() if w not in STOPWORDS and len(w) > 2}


def _worded_differently(quotes: list[str]) -> bool:
    """False when the quotes are the same words (up to case and punctuation), excerpts of one,
    one with words left out ("...") or put in by the editor ("[and]"), or one word apart."""
    from rapidfuzz import fuzz

    for a in quotes:
        for b in quotes:
            if a is b:
                continue
            fa, fb = fold(_EDITED.sub(" ", a)), fold(_EDITED.sub(" ", b))
            if fa in fb or fb in fa or fuzz.ratio(fa, fb) >= 95:
                continue
            pieces = [fold(p) for p in _ELISION.split(_EDITED.sub(" ", a)) if fold(p)]
            if len(pieces) > 1 and all(p in fb for p in pieces):
                continue
            if _changed_words(fa, fb) <= 1:
                continue  # one word put in or left out ("every single home")
            return True
    return False


def _changed_words(a: str, b: str) -> int:
    """How many words one version adds, drops or replaces against the other."""
    from difflib import SequenceMatcher

    wa, wb = a.split(), b.split()
    ops = SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes()
    return sum(max(i2 - i1, j2 - j1) if tag == "replace" else (i2 - i1) + (j2 - j1)
               for tag, i1, i2, j1, j2 in ops if tag != "equal")


_EDITED = re.compile(r"\[[^\]]{0,40}\]")
_ELISION = re.compile(r"\.\.\.|\u2026")


def _display_name(group: list[_Quoted]) -> str:
    names = [q.speaker for q in group if q.speaker]
    key = _speaker_key(names[0]) if names else None
    for name in names:
        for word in name.split():
            if fold(word) == key:
                return word
    return names[0] if names else "the speaker"


def _distinctive_word(group: list[_Quoted]) -> str | None:
    """A content word every version shares, preferring long ones: names the remark."""
    shared = None
    for q in group:
        words = _content(fold(q.words))
        shared = words if shared is None else shared & words
    if not shared:
        return None
    return sorted(shared, key=lambda w: (-len(w), w))[0]
