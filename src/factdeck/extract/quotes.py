"""Quotes and their speakers: "...," X said; said X; X told Y, "..."; according to X; he added.

A quote's speaker is the subject of the speech verb that reports it. The
verb is looked for before the quote in its sentence when the quote is part of
that sentence (X said that ... "fragment"), else right after it (the usual
news order: "...," X said), else before it. A quote without a verb of its
own takes the speaker of the quote it follows in the same paragraph, or of
the last quote of the paragraph before when it stands alone (a speech that
runs over paragraphs). A short quoted phrase counts as a quote only when a
speech verb reports it: otherwise it is a scare quote or a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factdeck.extract.reference import Document
from factdeck.extract.text import QuoteSpan
from factdeck.lexicon.speech import SPEECH_VERBS, WANT_VERBS

MIN_WORDS = 4  # a quote shorter than this needs a speech verb of its own
_SPEECH = frozenset(v for v in SPEECH_VERBS if " " not in v)
_WANT = frozenset(WANT_VERBS)
_TOKEN = re.compile(r"[\w’'-]+")
_SEP = r"^[\s,—–:-]*"  # what stands between a closing mark and its attribution
_NEW_CLAUSE = (r"(?:while|and|but|as|after|before|when|because|since|although|though|whereas|"
               r"which|who|that|if|so|or|adding|even)")

# "...," X said / "...," Mira Sen, a police officer, told reporters: what stands before the verb
_WHO_BEFORE_VERB = re.compile(
    rf"""{_SEP}
    (?!{_NEW_CLAUSE}\b)                              # not a new clause ("while Y said ...")
    (?P<who>[^.;:!?"“”()]{{1,120}}?)                  # the speaker, maybe with an apposition
    [ \u00a0]+
    (?:(?:also|later|then|had|has|have|further|again|simply|once|reportedly)[ \u00a0]+)*
    $""", re.VERBOSE)
# "...," said X / "...": Said on X the Brazilian president Y.
_VERB_THEN_WHO = re.compile(
    r"""^[\s,—–:-]*
    (?P<verb>[A-Za-z]+)[ \u00a0]+                     # a speech verb first
    (?P<who>[^,.;:!?"“”()]{1,90})                    # then the speaker
    """, re.VERBOSE)
# "...," according to X
_ACCORDING = re.compile(
    r"""^[\s,—–-]*[Aa]ccording[ \u00a0]+to[ \u00a0]+
    (?P<who>[^,.;:!?"“”()]{1,90})                    # the source
    """, re.VERBOSE)
# "...," was X's first tweet
_WAS_WORDS = re.compile(
    r"""^[\s,—–-]*(?:was|were)[ \u00a0]+
    (?P<who>[^,.;:!?"“”()]{1,80}?)(?:['’]s?)?[ \u00a0]+   # whose words they were
    (?:(?:first|last|latest|only|opening|final|parting)[ \u00a0]+)?
    (?:tweet|post|words|message|reaction|response|comment|remark|statement|verdict)\b
    """, re.VERBOSE)
# "...," Castellane<end of the stored text> — the page was cut before the verb
_CUT_SHORT = re.compile(
    r"""^,?[ \u00a0]+
    (?P<who>[A-ZÀ-Þ][\w’'-]+(?:[ \u00a0]+[A-ZÀ-Þ][\w’'-]+){0,3})   # a name, nothing after it
    [ \u00a0]*$""", re.VERBOSE)
# the name part of "said X, ...": capitalised words and what joins them
_NAME_PART = re.compile(
    r"""^(?:
        (?:the|a|an                                   # an article
          |[A-Z][\w’'.-]*                             # a capitalised word
          |[a-z]+(?=[ \u00a0][A-Z])                   # a lowercase word before a name
        )[ \u00a0]*
    )+""", re.VERBOSE)
# a stop, or a quote that opens (a single mark only after a space: not "Moreau's")
_CLAUSE_END = re.compile(r"[.!?;“\"‘]|(?<=\s)'(?=\w)")


def _verbs(text: str, start: int, end: int, want: bool = False) -> list[tuple[int, int]]:
    """Spans of the speech verbs (and "according to"; with ``want``, verbs of wanting)
    in ``text[start:end]``: a word list looked up, not one regex of every verb."""
    out: list[tuple[int, int]] = []
    tokens = list(_TOKEN.finditer(text, start, end))
    for i, t in enumerate(tokens):
        word = t.group().lower()
        if word in _SPEECH or (want and word in _WANT):
            out.append((t.start(), t.end()))
        elif word == "according" and i + 1 < len(tokens) and tokens[i + 1].group() == "to":
            out.append((t.start(), tokens[i + 1].end()))
    return out


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
        text = doc.text[q.start:q.end]
        words = len(text.split())
        direct = True
        if _reported(doc, q):
            speaker, evidence = _before(doc, q)
            if speaker is None:
                speaker, evidence = _after(doc, q)
        else:
            speaker, evidence = _after(doc, q)
            if speaker is None:
                speaker, evidence = _before(doc, q)
        if speaker is None and previous is not None:
            direct = False
            carried = doc.speakers.get(previous.start)
            if q.paragraph == previous.paragraph and _follows(doc, previous, q):
                # "...," she said, "..." — or a second quote after the attribution
                speaker = carried
            elif q.paragraph == previous.paragraph + 1 and _alone(doc, q):
                # a paragraph that is only a quote goes on with the last speaker
                speaker = carried
            if speaker and _someone_else(doc, previous.end, q.start, speaker):
                speaker = None  # "...," said Smith. Jones disagreed. "...": not Smith's
            evidence = (q.start, q.end)
        if speaker:
            doc.speakers[q.start] = speaker
            if _counts(text, words, direct):
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


def _counts(text: str, words: int, direct: bool) -> bool:
    """Whether a quoted passage is a quote: a statement, or a phrase a speech verb reports
    (not a name: "the 'Chief Twit'")."""
    if words >= MIN_WORDS:
        return True
    if not direct or not re.search(r"\w\w", text):
        return False
    return not all(w[:1].isupper() for w in re.findall(r"[\w’'-]+", text))


def _follows(doc: Document, previous: QuoteSpan, q: QuoteSpan) -> bool:
    """Whether ``q`` goes on with ``previous``'s speech: it opens a sentence, or only the
    attribution stands between them ("...," she said, "...")."""
    s, _ = doc.sentence_of(q.start - 1)
    if not doc.text[s:q.start - 1].strip(" \u00a0\"“”'‘’"):
        return True
    between = doc.text[previous.end + 1:q.start - 1]
    return len(between.split()) <= 8 and (bool(_verbs(between, 0, len(between)))
                                          or not between.strip(" \u00a0,;:—–-\"“”'‘’"))


def _someone_else(doc: Document, start: int, end: int, speaker: str) -> bool:
    """Whether a person other than ``speaker`` is named between two quotes."""
    return any(doc.full_name(m.name) != speaker and not doc.in_quote(m.start)
               and not re.match(r"['’]s?\b", doc.text[m.end:m.end + 2])  # "Moreau's lawyer"
               for m in doc.mentions_between(start, end))


def _alone(doc: Document, q: QuoteSpan) -> bool:
    """Whether the quote opens its paragraph (a speech going on from the one before)."""
    start = doc.paragraphs[q.paragraph][0] if 0 <= q.paragraph < len(doc.paragraphs) else q.start
    return doc.text[start:q.start - 1].strip() == ""


def _reported(doc: Document, q: QuoteSpan) -> bool:
    """Whether a speech verb earlier in the quote's sentence reports it (X said that "...")."""
    _, verb = _last_verb(doc, q)
    return verb is not None


def _clause_end(doc: Document, pos: int) -> int:
    """Where the attribution after a quote ends: the sentence end or the next quote."""
    index = doc.paragraph_index(pos)
    paragraph_end = doc.paragraphs[index][1] if index >= 0 else len(doc.text)
    m = _CLAUSE_END.search(doc.text, pos + 1, paragraph_end)
    return m.start() if m else paragraph_end


def _after(doc: Document, q: QuoteSpan) -> tuple[str | None, tuple[int, int] | None]:
    close = q.end + 1  # just after the closing mark
    if q.open_ended or close > len(doc.text):
        return None, None
    end = _clause_end(doc, close - 1)
    tail = doc.text[close:end]
    for who_start, who_end, after_verb in _attributions(tail):
        who_start += close
        who_end += close
        if len(doc.text[who_start:who_end].split()) > 16:
            continue
        if after_verb:
            cut = _NAME_PART.match(doc.text[who_start:who_end])  # "said X": up to a lowercase
            if cut:
                who_end = who_start + len(cut.group().rstrip())
        speaker = doc.who(who_start, who_end)
        if speaker:
            return speaker, (q.start - 1, end)
    cut_short = _CUT_SHORT.match(doc.text[close:].rstrip())
    if cut_short:
        speaker = doc.who(close + cut_short.start("who"), close + cut_short.end("who"))
        if speaker:
            return speaker, (q.start - 1, len(doc.text.rstrip()))
    return None, None


def _attributions(tail: str) -> list[tuple[int, int, bool]]:
    """Where the speaker may be named in the words after a quote, most likely first:
    (start, end, whether it follows the verb)."""
    out: list[tuple[int, int, bool]] = []
    for pattern in (_ACCORDING, _WAS_WORDS):
        m = pattern.match(tail)
        if m:
            out.append((m.start("who"), m.end("who"), False))
    for verb_start, _ in _verbs(tail, 0, len(tail)):
        m = _WHO_BEFORE_VERB.match(tail, 0, verb_start)
        if m:
            out.append((m.start("who"), m.end("who"), False))
            break
    m = _VERB_THEN_WHO.match(tail)
    if m and m.group("verb").lower() in _SPEECH:
        out.append((m.start("who"), m.end("who"), True))
    return out


def _before(doc: Document, q: QuoteSpan) -> tuple[str | None, tuple[int, int] | None]:
    """The subject of the last speech verb before the quote in its sentence (outside quotes)."""
    open_mark = q.start - 1
    lead, verb = _last_verb(doc, q)
    if verb is None:
        return None, None
    speaker = doc.subject_before(verb[0], lead, speech=True)
    if speaker is None:
        # X said, "..." where nothing but a conjunction stands before the verb: "... and said"
        previous = [o for o in doc.quotes if lead <= o.start and o.end < verb[0]]
        if previous and re.fullmatch(r"[\s,”\"’']*(?:and|but|then|before|after)?[\s,]*",
                                     doc.text[previous[-1].end + 1:verb[0]]):
            speaker = doc.speakers.get(previous[-1].start)
    if speaker is None:
        # said X: "..." — the speaker right after the verb, then the quote
        m = re.match(r"[ \u00a0]+(?P<who>[^,.;:!?\"“”()]{1,60}?)[ \u00a0]*[,:—–-]?[ \u00a0]*$",
                     doc.text[verb[1]:open_mark])
        if m:
            speaker = doc.who(verb[1] + m.start("who"), verb[1] + m.end("who"))
    if speaker is None:
        return None, None
    return speaker, (lead, q.end + 1 if q.end < len(doc.text) else q.end)


def _last_verb(doc: Document, q: QuoteSpan) -> tuple[int, tuple[int, int] | None]:
    """The start of the quote's sentence and the last speech verb in it before the quote."""
    open_mark = q.start - 1
    sentence = doc.sentence_of(open_mark)
    if sentence[0] == sentence[1]:
        sentence = doc.paragraphs[q.paragraph]
    lead = sentence[0]
    verb = None
    for v in _verbs(doc.text, lead, open_mark, want=True):
        if not doc.in_quote(v[0]):
            verb = v
    return lead, verb
