"""The same remark quoted in different words by different outlets, aligned sentence by sentence.

Quotes (in double, typographic or single quote marks) are cut into sentences;
a sentence of one article's quote is paired with the most alike sentence of
another article's quotes (rapidfuzz ``ratio`` on folded text), so one long
quote and a short excerpt of it still meet at the sentence they share, and
two different remarks of one speaker (few words in common) never do.
Candidates come from an index of the sentences' rarer words, never from all
pairs. The same words up to case and punctuation, an excerpt, or one word
left out or put in are no difference; another word for a word is ("open"
against "opened"). When both speakers are known they must be the same person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factdeck.bank.facts import Difference, Quote, Report, SourceArticle
from factdeck.differences.text import STOPWORDS, clip, split_sentences
from factdeck.differences.transcription import transcription_only
from factdeck.differences.wording import _nearby_speaker, _speaker_key
from factdeck.textnorm import fold

MIN_RATIO = 70.0  # folded sentences less alike than this are different remarks
MIN_RATIO_SAME_SPEAKER = 60.0  # when both quotes are known to be one speaker's
MIN_RATIO_NO_SPEAKER = 80.0  # stricter when a speaker cannot be told
MIN_WORDS = 3

# single quote marks around words: an apostrophe inside a word ("don't") is no quote mark
_SINGLE = re.compile(r"(?<![\w\u2019'])[\u2018'](?P<words>[^\u2018\u2019'\n]{8,}?)[\u2019'](?!\w)")
_OPEN, _CLOSE, _EITHER = "\u201c\u201e", "\u201d", '"'


def quoted_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of the quoted words of a paragraph.

    A quote opened and not closed runs to the next opening mark or the end of the
    paragraph (news leaves a quote open when it goes on in the next paragraph); single
    quote marks count only outside double ones.
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for pos, char in enumerate(paragraph):
        if char == _EITHER:
            # a straight mark opens before a word and closes after one; when it cannot be
            # told (no space either side), it toggles
            before = paragraph[pos - 1] if pos else " "
            after = paragraph[pos + 1] if pos + 1 < len(paragraph) else " "
            if before.isspace() and after.isalnum():
                char = _OPEN[0]
            elif after.isspace() or after in ".,;:!?)":
                char = _CLOSE
        if char in _OPEN or (char == _EITHER and open_at is None):
            if open_at is not None:
                spans.append((open_at, pos))
            open_at = pos + 1
        elif char in _CLOSE or char == _EITHER:
            if open_at is not None:
                spans.append((open_at, pos))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(paragraph)))
    for m in _SINGLE.finditer(paragraph):
        if not any(s <= m.start() < e for s, e in spans):
            spans.append((m.start("words"), m.end("words")))
    return sorted((s, e) for s, e in spans if len(paragraph[s:e].strip()) >= 8)


@dataclass(frozen=True)
class _Piece:
    """One sentence of a quote: offsets into the article's text."""

    article: int
    source: SourceArticle
    start: int
    end: int
    speaker: str | None
    quote: int  # which quote of the article it belongs to

    @property
    def text(self) -> str:
        return self.source.text[self.start:self.end]

    @property
    def folded(self) -> str:
        return fold(self.text)


def _pieces(i: int, article: SourceArticle, spans: Sequence[tuple[int, int]],
            known: Sequence[Quote]) -> list[_Piece]:
    out: list[_Piece] = []
    n_quote = 0
    for p_start, p_end in spans:
        paragraph = article.text[p_start:p_end]
        for q_start, q_end in quoted_spans(paragraph):
            words = paragraph[q_start:q_end]
            if len(words.split()) < MIN_WORDS:
                continue
            speaker = _known(words, known) or _nearby_speaker(paragraph, q_start - 1, q_end + 1)
            base = p_start + q_start
            for s, e in split_sentences(words, base):
                text = article.text[s:e]
                if len(fold(text).split()) >= MIN_WORDS:
                    out.append(_Piece(i, article, s, e, speaker, n_quote))
            n_quote += 1
    return out


def _known(words: str, known: Sequence[Quote]) -> str | None:
    folded = fold(words)
    for quote in known:
        other = fold(quote.quote)
        if other and (other in folded or folded in other):
            return quote.speaker
    return None


def _content(folded: str) -> set[str]:
    return {w for w in folded.split() if w not in STOPWORDS and len(w) > 2}


def remark_differences(story: Sequence[SourceArticle], spans: Sequence[Sequence[tuple[int, int]]],
                       known: Sequence[Quote] = ()) -> list[Difference]:
    """The same remark worded differently by different articles, one difference per remark."""
    return remark_alignment(story, spans, known)[0]


def remark_alignment(story: Sequence[SourceArticle], spans: Sequence[Sequence[tuple[int, int]]],
                     known: Sequence[Quote] = ()) -> tuple[list[Difference], list[Difference]]:
    """(differences, agreements): remarks worded differently, and quoted alike."""
    from rapidfuzz import fuzz

    pieces: list[_Piece] = []
    for i, (article, sp) in enumerate(zip(story, spans, strict=True)):
        pieces.extend(_pieces(i, article, sp, [q for q in known if q.article == article.file]))
    index: dict[str, list[int]] = {}
    for n, piece in enumerate(pieces):
        for w in sorted(_content(piece.folded)):
            index.setdefault(w, []).append(n)
    pairs: list[tuple[float, int, int]] = []
    for n, piece in enumerate(pieces):
        seen: dict[int, int] = {}
        for w in sorted(_content(piece.folded)):
            postings = index[w]
            if len(postings) > 50:
                continue  # a word in every quote proposes nothing
            for m in postings:
                if m > n and pieces[m].article != piece.article:
                    seen[m] = seen.get(m, 0) + 1
        for m in sorted(seen):
            other = pieces[m]
            a, b = _speaker_key(piece.speaker), _speaker_key(other.speaker)
            if a and b and a != b:
                continue
            score = fuzz.ratio(piece.folded, other.folded)
            if seen[m] >= 3 and fuzz.token_set_ratio(piece.folded, other.folded) >= 95:
                score = max(score, MIN_RATIO_NO_SPEAKER)  # one says all the other says, and more
            same_speaker = bool(a and a == b)
            if seen[m] < 2 and score < 90 and not same_speaker:
                continue  # one word in common: only a near copy is the same remark
            need = MIN_RATIO_SAME_SPEAKER if same_speaker else MIN_RATIO if a or b \
                else MIN_RATIO_NO_SPEAKER
            if score >= need:
                pairs.append((score, n, m))
    # each sentence meets its most alike sentence in each other article
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    taken: set[tuple[int, int]] = set()
    kept: list[tuple[int, int]] = []
    for _, n, m in pairs:
        if (n, pieces[m].article) in taken or (m, pieces[n].article) in taken:
            continue
        taken.update({(n, pieces[m].article), (m, pieces[n].article)})
        kept.append((n, m))
    return _remarks(pieces, kept)


@dataclass
class _Remark:
    """One remark told differently: each article's quoted words as offsets, so that pieces
    of one passage can be joined into one exact span of the article."""

    speaker: str | None  # the speaker as written, when told
    spans: list[tuple[SourceArticle, int, int]]


def _remarks(pieces: list[_Piece], kept: list[tuple[int, int]]
             ) -> tuple[list[Difference], list[Difference]]:
    """Aligned sentences joined per pair of quotes; a difference where any pair differs
    beyond what two transcriptions of one remark do, else an agreement."""
    by_quotes: dict[tuple[tuple[int, int], tuple[int, int]], list[tuple[int, int]]] = {}
    for n, m in _extended(pieces, kept):
        a = pieces[n if isinstance(n, int) else n[0]]
        b = pieces[m if isinstance(m, int) else m[0]]
        key = ((a.article, a.quote), (b.article, b.quote))
        by_quotes.setdefault(key, []).append((n, m))
    found: list[_Remark] = []
    alike = []
    for key in sorted(by_quotes):
        aligned = [(n, m) for n, m in by_quotes[key] if _differs(pieces, n, m)]
        if not aligned:
            n, m = by_quotes[key][0]
            alike.append(Difference(aspect="a remark quoted alike", kind="agreement", reports=(
                Report(story_file(pieces, n), clip(_text(pieces, n), 60), _text(pieces, n)),
                Report(story_file(pieces, m), clip(_text(pieces, m), 60), _text(pieces, m)))))
            continue
        spans = []
        for side in (0, 1):
            members = sorted({k for pair in aligned
                              for k in ((pair[side],) if isinstance(pair[side], int)
                                        else pair[side])})
            first, last = pieces[members[0]], pieces[members[-1]]
            spans.append((first.source, first.start, last.end))
        speaker = next((p.speaker for n, m in aligned
                        for p in (pieces[n if isinstance(n, int) else n[0]],
                                  pieces[m if isinstance(m, int) else m[0]]) if p.speaker), None)
        found.append(_Remark(speaker, spans))
    return [_difference(r) for r in _passages(_merged(found))], alike


def _differs(pieces: list[_Piece], n: int | tuple[int, int], m: int | tuple[int, int]) -> bool:
    """Two aligned runs of a quote worded differently, beyond punctuation, contractions, a
    little word, where the quote is cut, or one ordinary word for another."""
    a, b = _text(pieces, n), _text(pieces, m)
    return worded_differently(a, b) and not transcription_only(
        a, b, _around(pieces, n), _around(pieces, m))


def _around(pieces: list[_Piece], n: int | tuple[int, int]) -> str:
    """The article's text close to a run of a quote, the run included."""
    first, last = (pieces[n], pieces[n]) if isinstance(n, int) else (pieces[n[0]], pieces[n[1]])
    return first.source.text[max(0, first.start - NEAR):last.end + NEAR]


NEAR = 300  # characters either side of a quote where the rest of its passage is looked for


def _difference(remark: _Remark) -> Difference:
    """The difference a remark makes: each article's words, what each says, and an aspect
    naming the speaker and a word every version shares."""
    texts = [source.text[start:end] for source, start, end in remark.spans]
    reports = [Report(source.file, says, text) for (source, _, _), says, text
               in zip(remark.spans, _distinct(texts), texts, strict=True)]
    name = _display(remark.speaker)
    topic = _topic([r.says for r in reports])
    aspect = f"wording of {name}'s remark" if name else "wording of a quoted remark"
    if topic:
        aspect += f" about \u201c{topic}\u201d"
    return Difference(aspect=aspect, kind="wording", reports=tuple(reports))


def story_file(pieces: list[_Piece], n: int | tuple[int, int]) -> str:
    """The file of the article a sentence (or run of sentences) of a quote is in."""
    return pieces[n if isinstance(n, int) else n[0]].source.file


def _text(pieces: list[_Piece], n: int | tuple[int, int]) -> str:
    """The words of one sentence, or of a run of sentences (first, last) of one quote."""
    first, last = (n, n) if isinstance(n, int) else n
    return pieces[first].source.text[pieces[first].start:pieces[last].end]


def _extended(pieces: list[_Piece], kept: list[tuple[int, int]]
              ) -> list[tuple[int | tuple[int, int], int | tuple[int, int]]]:
    """Each aligned pair, with the next sentence of the same quote added to one side when
    that side then matches better: one outlet's comma is another's full stop."""
    from rapidfuzz import fuzz

    out: list[tuple[int | tuple[int, int], int | tuple[int, int]]] = []
    for n, m in kept:
        best = fuzz.ratio(pieces[n].folded, pieces[m].folded)
        pair: tuple[int | tuple[int, int], int | tuple[int, int]] = (n, m)
        for grow, fixed, swap in ((n, m, False), (m, n, True)):
            nxt = grow + 1
            if nxt < len(pieces) and pieces[nxt].article == pieces[grow].article \
                    and pieces[nxt].quote == pieces[grow].quote:
                score = fuzz.ratio(fold(_text(pieces, (grow, nxt))), pieces[fixed].folded)
                # the next sentence says what only the other side said so far
                rest = _content(pieces[fixed].folded) - _content(pieces[grow].folded)
                carries = bool(_content(pieces[nxt].folded) & rest)
                if score >= best + 8 or (carries and score >= best + 2):
                    best = score
                    pair = (fixed, (grow, nxt)) if swap else ((grow, nxt), fixed)
        out.append(pair)
    return out


COMMON_WORDS = 10  # words two versions open (or close) with alike, left out of what each says


def _distinct(texts: list[str]) -> list[str]:
    """What each version says, without a long run of words all versions open or close with
    (the original-language words before a translation), so the versions read apart."""
    words = [t.split() for t in texts]
    head = 0
    while all(len(w) > head for w in words) and len({fold(w[head]) for w in words}) == 1:
        head += 1
    tail = 0
    while all(len(w) > head + tail for w in words) and \
            len({fold(w[-1 - tail]) for w in words}) == 1:
        tail += 1
    # cut only where a sentence or a bracket starts, never inside a phrase
    first = words[0]
    while head and not (first[head].startswith(("(", "[")) or first[head - 1].endswith(
            (".", ",", ";", ":", ")", "'", "\u2019", '"'))):
        head -= 1
    out = []
    for w in words:
        kept = w[head if head >= COMMON_WORDS else 0:len(w) - tail if tail >= COMMON_WORDS
                 else len(w)]
        text = " ".join(kept)
        if head >= COMMON_WORDS and text[:1] in "([":
            text = text[1:]  # the bracket the original words left open
        if text.count(")") > text.count("("):
            text = text.rstrip(".,").removesuffix(")")
        out.append(clip(text, 60))
    return out


_VAGUE = frozenset("""around something wanted going thing things there about really always
never every because""".split())


def _topic(texts: list[str]) -> str | None:
    """A content word every version shares, the longest, as the first version writes it:
    names the remark."""
    shared = set.intersection(*(_content(fold(t)) for t in texts)) - _VAGUE
    if not shared:
        return None
    word = sorted(shared, key=lambda w: (-len(w), w))[0]
    m = re.search(rf"\b{re.escape(word)}\b", texts[0], re.I)
    return m.group() if m else word


def _display(speaker: str | None) -> str | None:
    if not speaker:
        return None
    key = _speaker_key(speaker)
    for word in speaker.split():
        if fold(word) == key:
            return word
    return speaker


def _merged(found: list[_Remark]) -> list[_Remark]:
    """Pairwise differences about one remark (the same words of one article in common)
    joined into one."""
    out: list[_Remark] = []
    for remark in found:
        for kept in out:
            if any(_same(s, k) for s in remark.spans for k in kept.spans):
                kept.spans.extend(s for s in remark.spans
                                  if not any(_same(s, k) for k in kept.spans))
                kept.speaker = kept.speaker or remark.speaker
                break
        else:
            out.append(_Remark(remark.speaker, list(remark.spans)))
    return out


def _same(a: tuple[SourceArticle, int, int], b: tuple[SourceArticle, int, int]) -> bool:
    return a[0].file == b[0].file and a[1:] == b[1:]


def _passages(found: list[_Remark]) -> list[_Remark]:
    """Remarks of one speaker whose words in every article they share are the same or
    adjacent sentences of one passage, joined into one remark with one span per article:
    one remark told in pieces is one difference, not several."""
    out: list[_Remark] = []
    for remark in found:
        spans = _joined(remark.spans)
        for kept in out:
            if _one_passage(kept, spans, remark.speaker):
                kept.spans = _joined(kept.spans + spans)
                break
        else:
            out.append(_Remark(remark.speaker, spans))
    return out


def _one_passage(kept: _Remark, spans: list[tuple[SourceArticle, int, int]],
                 speaker: str | None) -> bool:
    a, b = _speaker_key(kept.speaker), _speaker_key(speaker)
    if a is None or a != b:
        return False
    shared = {s[0].file for s in spans} & {k[0].file for k in kept.spans}
    return bool(shared) and all(
        _contiguous([s for s in kept.spans + spans if s[0].file == file]) for file in shared)


def _contiguous(spans: list[tuple[SourceArticle, int, int]]) -> bool:
    """The spans (of one article) overlap or only quote marks, punctuation and spaces stand
    between them."""
    runs = sorted(spans, key=lambda s: (s[1], s[2]))
    end = runs[0][2]
    for source, start, stop in runs[1:]:
        if start > end and _GAP.fullmatch(source.text[end:start]) is None:
            return False
        end = max(end, stop)
    return True


def _joined(spans: list[tuple[SourceArticle, int, int]]) -> list[tuple[SourceArticle, int, int]]:
    """One span per article: its spans from the first to the last when they overlap or
    only quote marks, punctuation and spaces stand between them; else the longest.
    Kept in the order the articles first come."""
    order: list[str] = []
    per_file: dict[str, list[tuple[SourceArticle, int, int]]] = {}
    for span in spans:
        if span[0].file not in per_file:
            order.append(span[0].file)
        per_file.setdefault(span[0].file, []).append(span)
    out = []
    for file in order:
        runs = per_file[file]
        if _contiguous(runs):
            out.append((runs[0][0], min(s[1] for s in runs), max(s[2] for s in runs)))
        else:
            out.append(max(runs, key=lambda s: (s[2] - s[1], -s[1])))
    return out


# what may stand between two sentences of one quoted passage: spaces (no blank line),
# punctuation and quote marks
_GAP = re.compile(r"(?:[^\w\n]|\n(?!\s*\n))*")


def worded_differently(a: str, b: str) -> bool:
    """False when two quoted sentences are the same words up to case and punctuation, one is
    an excerpt of the other, or one word is left out or put in; True when any word is
    replaced by another."""
    from difflib import SequenceMatcher

    wa, wb = fold(a).split(), fold(b).split()
    if wa == wb:
        return False
    ops = [op for op in SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes()
           if op[0] != "equal"]
    if any(tag == "replace" for tag, *_ in ops):
        return True
    inner = [op for op in ops if not ((op[1] == 0 and op[3] == 0)
                                      or (op[2] == len(wa) and op[4] == len(wb)))]
    # words cut at either end are an excerpt; more than one word put in inside is a rewording
    return sum(max(i2 - i1, j2 - j1) for _, i1, i2, j1, j2 in inner) > 1
