"""Questions about quotes (topic ``quotes``): who said it, true or false, match quotes to speakers.

A quote that names its own speaker is not asked about (it would give the
answer away); a speaker who said something similar is never a distractor.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factdeck.bank.model import (
    ChoiceQuestion,
    Evidence,
    MatchQuestion,
    Pair,
    Question,
    Topic,
    TrueFalseQuestion,
)
from factdeck.generate import distractors, leaks, variety
from factdeck.generate.context import Context
from factdeck.generate.ids import question_id, short_hash
from factdeck.generate.leaks import folded
from factdeck.lexicon.places import COUNTRIES, DEMONYMS

SIMILAR = 75  # rapidfuzz token_set_ratio at or above which two quotes may be the same words
PROMPT_CHARS = 300
MATCH_CHARS = 110
_INFINITIVE = re.compile(r"not\s+to\s+[a-z]")  # a promise turned round by the reporter, not said
MIN_WORDS = 6  # shorter quoted words are a phrase taken into the reporter's sentence


@dataclass(frozen=True)
class Said:
    """A quote with its canonical speaker and exact spans."""

    speaker: str
    words: str  # the quote, one clean line
    file: str
    evidence: Evidence


def _similar(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    return fuzz.token_set_ratio(folded(a), folded(b)) >= SIMILAR


def shorten(text: str, limit: int) -> str:
    """Cut after the last whole sentence that fits, with an ellipsis, when longer than
    ``limit``; a quote with no whole sentence that fits is cut at a word (see :func:`whole`)."""
    if len(text) <= limit:
        return text
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, limit + 1)]
    if ends and ends[-1] >= MIN_SHOWN:
        kept = re.sub(r"(?:\s*(?:\.\.\.|\u2026))+$", "", text[:ends[-1]].rstrip())
        return kept + " \u2026"  # "... cooperation. ..." keeps one ellipsis, not two
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:. ")
    return cut + "\u2026"


def _countries(text: str) -> set[str]:
    """The countries a text names, by name or by its people ("Brazilian" -> Brazil)."""
    found = {c for c in COUNTRIES if c in text and re.search(rf"\b{re.escape(c)}\b", text)}
    found |= {DEMONYMS[d].removeprefix("the ") for d in DEMONYMS
              if d in text and re.search(rf"\b{re.escape(d)}\b", text)}
    return found


def own_country(ctx: Context, words: str, speaker: str, wrong: Sequence[str]) -> bool:
    """The quote names the country the speaker's post names, and no wrong option's post does:
    "Brazil will always stand by you" among three Argentines gives the Brazilian away."""
    post = (p.post if (p := ctx.person(speaker)) else None) or ""
    home = _countries(post) if post else set()
    shared = home and _countries(words) & home
    if not shared:
        return False
    others = [(o.post if (o := ctx.person(n)) else None) or "" for n in wrong]
    return not any(shared & _countries(p) for p in others)


def _unstopped(quote: str) -> str:
    """A quote inside a question without its own full stop: \u201c... consequences\u201d?"""
    return quote[:-1] if quote.endswith(".") and not quote.endswith("..") else quote


def whole(text: str, limit: int) -> bool:
    """The quote can be shown within ``limit`` without cutting a sentence in two: a line cut
    mid-sentence ("my thoughts are with\u2026") is a seam no teacher hands out."""
    return len(text) <= limit or any(
        m.end() >= MIN_SHOWN for m in _SENTENCE_END.finditer(text, 0, limit + 1))


_SENTENCE_END = re.compile(r"[.!?][\u201d\u2019\"']?(?=\s+[A-Z\u201c\"]|\s*$)")
MIN_SHOWN = 25  # a shortened quote keeps at least this much: a whole first sentence


def quotes(ctx: Context) -> list[Said]:
    """The facts' quotes whose words occur in their article, without repeats."""
    out: list[Said] = []
    seen: set[tuple[str, str]] = set()
    for q in ctx.facts.quotes:
        words = " ".join(q.quote.split()).strip(" ,")
        if len(words) < 12 or len(words.split()) < MIN_WORDS or not q.speaker.strip():
            continue
        if _INFINITIVE.match(words):
            continue  # "not to fire ...": the reporter's paraphrase of a promise
        speaker = ctx.canonical(q.speaker.strip())
        evidence = (ctx.evidence(q.article, q.evidence) if q.evidence else None) or \
            ctx.evidence(q.article, q.quote, sentence=True)
        if evidence is None or (folded(speaker), folded(words)) in seen:
            continue
        if not _named_near(ctx, q.article, evidence.quote, speaker):
            continue  # "he added" far from any mention of the speaker: unsure, no question
        seen.add((folded(speaker), folded(words)))
        out.append(Said(speaker, words, q.article, evidence))
    return out


NEAR = 400  # characters before a quote in which a pronoun's speaker must be named


def _named_near(ctx: Context, file: str, sentence: str, speaker: str) -> bool:
    """The speaker is named in the quote's sentence, or is the last person named just
    before it: a quote reached through "he said" belongs to the person last spoken of."""
    if leaks.names_in(sentence, speaker):
        return True
    text = ctx.text(file)
    at = text.find(sentence)
    if at < 0:
        return False
    before = text[max(0, at - NEAR):at]
    if not leaks.names_in(before, speaker):
        return False
    last = max((m.end() for part in leaks.name_parts(speaker)
                for m in re.finditer(r"(?<!\w)" + re.escape(part) + r"(?!\w)", before)),
               default=-1)
    others = [p.name for p in ctx.people  # the quick word test first: people are many
              if leaks.could_hold(before[last:], p.name.split()[-1])
              and not leaks.same_person(p.name, speaker)]
    return not any(leaks.names_in(before[last:], o) for o in others)


def questions(ctx: Context) -> list[Question]:
    """Per quote: who said it (choice) and a true/false; per article: match quotes to speakers."""
    said = quotes(ctx)
    speakers = list(dict.fromkeys(s.speaker for s in said))
    known = set(speakers)
    people = [p.name for p in ctx.people]
    credible = ctx.credible()
    by_speaker: dict[str, list[str]] = {}
    near: dict[str, set[str]] = {}
    for fq in ctx.facts.quotes:  # every quote, asked or not: who said the same is never wrong
        by_speaker.setdefault(folded(ctx.canonical(fq.speaker.strip())), []).append(fq.quote)
    for s in said:
        near.setdefault(s.file, set()).add(s.speaker)
    for p in ctx.people:
        for file in p.articles:
            near.setdefault(file, set()).add(p.name)
    out: list[Question] = []
    for s in said:
        if leaks.names_in(s.words, s.speaker):
            continue

        def allowed(name: str, s: Said = s) -> bool:
            """Not named in the quote, and never said anything like it."""
            return not leaks.names_in(s.words, name) and not any(
                _similar(w, s.words) for w in by_speaker.get(folded(name), ()))

        fact = (s.speaker, s.words, s.file)
        key = short_hash(*fact)
        here = near.get(s.file, set())
        pool = [n for n in (*sorted(here), *distractors.window(speakers, key),
                            *distractors.window(people, key)) if n in credible]
        wrong = distractors.people(
            s.speaker, pool, key=key, n=3, allowed=allowed,
            rank=lambda n, here=here: (0 if n in known else 1) + (0 if n in here else 2))
        source = ctx.according_to(s.file)
        if not whole(s.words, PROMPT_CHARS) or own_country(ctx, s.words, s.speaker, wrong):
            continue
        shown = shorten(s.words, PROMPT_CHARS)
        explanation = f"{ctx.outlet(s.file)} quotes {s.speaker}."
        if wrong:
            out.append(ChoiceQuestion(
                id=question_id("said", s.speaker, *fact), topic=Topic.QUOTES,
                prompt=f"{source}, who said: \u201c{_unstopped(shown)}\u201d?", answer=s.speaker,
                distractors=wrong, explanation=explanation, tags=ctx.tags(s.file),
                evidence=(s.evidence,)))
            if not variety.true_false(key):
                continue
            truth = int(short_hash("tf", *fact), 16) % 2 == 0
            named = s.speaker if truth else wrong[0]
            out.append(TrueFalseQuestion(
                id=question_id("said-tf", s.speaker, *fact), topic=Topic.QUOTES,
                prompt=f"{source}, {named} said: \u201c{shown}\u201d", answer=truth,
                explanation=explanation, tags=ctx.tags(s.file), evidence=(s.evidence,)))
    out += match_questions(ctx, said)
    out += which_said_questions(ctx, said, by_speaker)
    return out


WHICH_POOL = 60  # other lines looked at per question: no scan of every quote of a large corpus
WHICH_CHARS = 130  # options of a "which of these did X say?" question are cut to this length


def _main_speakers(ctx: Context, said: list[Said]) -> set[str]:
    """Speakers two or more articles name: the story's main actors, whose lines matter."""
    out: set[str] = set()
    for s in said:
        if s.speaker in out:
            continue
        files = {f for p in ctx.people if leaks.same_person(p.name, s.speaker) for f in p.articles}
        if len(files | {s.file}) >= 2:
            out.add(s.speaker)
    return out


def which_said_questions(ctx: Context, said: list[Said],
                         by_speaker: dict[str, list[str]]) -> list[Question]:
    """Per quote of a main actor: which of these did X say? Wrong options are other people's
    lines from the story, of a like length, never naming X and never like anything X said."""
    main = _main_speakers(ctx, said)
    out: list[Question] = []
    for s in said:
        if s.speaker not in main or leaks.names_in(s.words, s.speaker) \
                or len(s.speaker.split()) < 2 or not whole(s.words, WHICH_CHARS):
            continue  # "which of these did Okafor say?": a surname alone does not say who
        mine = by_speaker.get(folded(s.speaker), [])
        pool = distractors.window(said, short_hash("which", s.words), k=WHICH_POOL)
        others = [o for o in pool if not leaks.same_person(o.speaker, s.speaker)
                  and whole(o.words, WHICH_CHARS)
                  and not leaks.names_in(o.words, s.speaker)
                  and not any(_similar(o.words, w) for w in mine)]
        size = len(shorten(s.words, WHICH_CHARS))
        key = short_hash(s.speaker, s.words, s.file)
        ranked = sorted(others, key=lambda o: (abs(len(shorten(o.words, WHICH_CHARS)) - size),
                                               short_hash(key, o.words)))
        wrong: list[str] = []
        for o in ranked:
            line = f"\u201c{shorten(o.words, WHICH_CHARS)}\u201d"
            if not any(_similar(line, w) for w in wrong) and len(wrong) < 3:
                wrong.append(line)
        if len(wrong) < 2:
            continue
        out.append(ChoiceQuestion(
            id=question_id("said-which", s.speaker, s.words, s.file), topic=Topic.QUOTES,
            prompt=f"{ctx.according_to(s.file)}, which of these did {s.speaker} say?",
            answer=f"\u201c{shorten(s.words, WHICH_CHARS)}\u201d", distractors=tuple(wrong),
            explanation=f"{ctx.outlet(s.file)} quotes {s.speaker}; the other lines are "
                        "other people's.",
            tags=ctx.tags(s.file), evidence=(s.evidence,)))
    return out


def match_questions(ctx: Context, said: list[Said], size: int = 4) -> list[Question]:
    """Per article with two or more speakers: join each quote to its speaker."""
    out: list[Question] = []
    for file in ctx.ids:
        chosen: dict[str, Said] = {}
        for s in said:
            if s.file != file or s.speaker in chosen or leaks.names_in(s.words, s.speaker) \
                    or not whole(s.words, MATCH_CHARS):
                continue
            if any(_similar(c.words, s.words) for c in chosen.values()):
                continue
            if any(leaks.names_in(s.words, c.speaker) or leaks.names_in(c.words, s.speaker)
                   for c in chosen.values()):
                continue
            chosen[s.speaker] = s
        group = list(chosen.values())[:size]
        lefts = [shorten(s.words, MATCH_CHARS) for s in group]
        if len(group) < 2 or len({folded(x) for x in lefts}) < len(lefts):
            continue
        pairs = tuple(Pair(left=f"\u201c{left}\u201d", right=s.speaker)
                      for left, s in zip(lefts, group, strict=True))
        out.append(MatchQuestion(
            id=question_id("match-quotes", ctx.outlet(file), *(s.words for s in group)),
            topic=Topic.QUOTES,
            prompt=f"{ctx.according_to(file)}: match each quote to its speaker.",
            pairs=pairs, tags=ctx.tags(file), evidence=tuple(s.evidence for s in group)))
    return out
