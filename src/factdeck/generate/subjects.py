"""Who did it: "According to X, who won the presidential election?" from a story's key sentences.

The basics of a story (who won, who resigned, who landed) sit in the first
sentences of its articles, with a person as the subject of a past-tense verb.
A subject question is written from such a sentence (Heilman & Smith's simplest
transformation): the subject, with its titles and adjectives, becomes "who";
the predicate stays as the article words it, less a relative day ("on Sunday")
that the learner could not place. Only people the story names several times,
or quotes, or gives a post, are asked about or offered as wrong answers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factdeck.bank.model import ChoiceQuestion, Evidence, Question, Topic
from factdeck.generate import distractors, leaks
from factdeck.generate.cloze import REGIONS
from factdeck.generate.context import Context
from factdeck.generate.ids import question_id, short_hash
from factdeck.generate.leaks import folded
from factdeck.lexicon.places import COUNTRIES

# past-tense verbs that carry a story's basics (regular "-ed" verbs are found by their ending)
_IRREGULAR = frozenset("""won lost beat led made took became gave won hit struck broke
began built bought sold ran fought left met sent shot spent stood swept threw wrote brought
caught chose drew drove fell flew held kept paid rode rose sank set shook slid sought stole
took tore wore overcame overtook withdrew""".split())
# participles that do not end in "-ed": "has been sentenced" ends in -ed, "was taken" does not
_PARTICIPLE = frozenset("""won lost beaten led made taken become given hit struck broken
begun built bought sold run fought left met sent shot spent stood swept thrown written brought
caught chosen drawn driven fallen flown held kept paid ridden risen sunk set shaken sought
stolen torn worn overcome overtaken withdrawn sworn born killed""".split())
# words in "-ly" that are no adverb before a verb
_NOT_ADVERB = frozenset("only early likely daily weekly monthly yearly elderly family".split())
# what after a comma takes back part of the clause before it: cutting it would teach a falsehood
_QUALIFIER = re.compile(r"(?:except|but|although|though|unless|apart|save|other\s+than|barring"
                        r"|excluding|if|only)\b", re.IGNORECASE)
# an auxiliary before the verb: "has won", "was elected", "had been arrested"
_AUX = frozenset("has have had was were".split())
# speech verbs: "who said ..." is the quotes' business, and "who told reporters" asks nothing
_SPEECH = frozenset("""said told added stated claimed noted explained announced declared
confirmed replied tweeted posted wrote argued insisted""".split())
# what may stand before the name in the subject: articles, adjectives, titles ("The far-right
# economist", "Prime Minister", "UK") but no verb
_MODIFIER = re.compile(r"""^(?:(?:
      the | a | an                                 # articles
    | [A-Z][\w'’.-]*                               # titles, places, parties: "Prime", "UK"
    | [a-z]+-[a-z-]+                               # "far-right", "re-elected"
    | (?!(?:of|in|to|by|for|with|on|at|and|or|from|as|that|who|which|when|after|before)\b)
      [a-z]+(?<!ed)(?<!ing)                        # "veteran", "economist", but no verb
    )\s+){0,5}$""", re.VERBOSE)
# a relative day or time the learner cannot place: dropped from the predicate
_RELATIVE = re.compile(r"""\s*,?\s*\b(?:
      (?:on|this|last|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)
      (?:\s+(?:morning|afternoon|evening|night))?
    | (?:yesterday|today|tonight)
    | (?:earlier|later)\s+(?:this|last)\s+(?:week|month)
    )\b""", re.VERBOSE)
# a time relative to a day the learner is not given, and that cannot simply be dropped
_VAGUE_TIME = re.compile(r"\b(?:(?:last|next|this|previous|coming)\s+(?:week|month|year|weekend|"
                         r"season|summer|winter|spring|autumn)|(?:earlier|later)\s+this\b"
                         r"|ago\b)", re.IGNORECASE)
# where the predicate stops: a clause after a comma, a dash, a semicolon or a colon
_STOP = re.compile(r"""\s*(?:
      ,[\u201d"\u2019]?\s                             # a comma: an aside or a source follows
    | \s[\u2013\u2014-]\s | ; | : | \.(?:\s|$) | $
    )""", re.VERBOSE)
MAX_WORDS = 22


def _subject_at(sentence: str, name: str) -> tuple[int, int] | None:
    """Where ``name`` stands as the sentence's subject: only modifiers before it."""
    m = re.search(r"(?<![\w-])" + r"\s+".join(map(re.escape, name.split())) + r"(?![\w-])",
                  sentence)
    if m is None or not _MODIFIER.match(sentence[:m.start()]):
        return None
    return m.start(), m.end()


def predicate(sentence: str, name_end: int) -> str | None:
    """The predicate after the subject, cut at its clause's end, or None when the word after
    the subject is not a past-tense verb that says something happened."""
    rest = sentence[name_end:]
    appositive = re.match(r",\s+[^,]{3,80},\s+", rest)  # "Novak, the top scorer, hit ..."
    if appositive:
        rest = rest[appositive.end():]
    rest = rest.lstrip()
    words = rest.split()
    if not words:
        return None
    adverb = 0  # "X successfully landed": the adverb stays in the predicate
    if len(words) > 1 and re.fullmatch(r"[a-z]{3,}ly", words[0]) and words[0] not in _NOT_ADVERB:
        adverb = len(words[0]) + 1
        words = words[1:]
    verb = folded(words[0].strip(",;:"))
    head = adverb + len(words[0])
    if verb in _AUX and len(words) > 2:  # "has won", "was elected", "has been sentenced"
        at = 2 if folded(words[1]) == "been" and verb != "was" and verb != "were" else 1
        verb = folded(words[at].strip(",;:"))
        if not (verb in _PARTICIPLE or re.fullmatch(r"[a-z]{3,}ed", verb)) or verb in _SPEECH:
            return None
        head = rest.find(words[at], adverb) + len(words[at])
    elif verb in _SPEECH or not (verb in _IRREGULAR or re.fullmatch(r"[a-z]{3,}ed", verb)):
        return None
    stop = _STOP.search(rest, head)
    if stop and _QUALIFIER.match(rest[stop.end():]):
        return None  # "X ruled since 2003, except for ...": cut there, the clause says less
    body = rest[:stop.start()] if stop else rest
    body = _RELATIVE.sub("", body).strip(" ,")
    if body.count("\u201c") > body.count("\u201d"):  # cut inside a quotation: close it
        body += "\u201d"
    if len(body.split()) < 3 or len(body.split()) > MAX_WORDS:
        return None
    if re.search(r"\b(?:he|she|they|it|his|her|their|its|this|these|that)\s*$", body, re.I):
        return None
    if re.search(r"(?<![\w-])\d", body):  # "T20" and "G7" name things: they stay
        return None  # "who debuted in 2010 with 125 caps": the date and the figure are the facts
    if _VAGUE_TIME.search(body):
        return None  # "in November last year": the learner cannot place it
    if re.search(r"\b(?:they|them|their|it|these|those)\b", body, re.I):
        return None  # "accused them", "their first loss": whom, the learner cannot tell
    return body


def _candidates(ctx: Context) -> Iterator[tuple[str, Evidence, str, str]]:
    """(file, sentence evidence, person, predicate) from each article's key sentences."""
    credible = sorted(ctx.credible(), key=lambda n: (-len(n), n))  # full names first
    # the name as the sentence writes it in full first, then any name by its surname; found
    # through the words that open a sentence, so no sentence is tried against everyone
    pairs = [(n, n) for n in credible] + \
        [(n, p) for n in credible for p in leaks.name_parts(n)[1:]]
    order = {pair: i for i, pair in enumerate(pairs)}
    by_word: dict[str, list[tuple[str, str]]] = {}
    for name, part in pairs:
        by_word.setdefault(folded(part.split()[0]), []).append((name, part))
    for file in ctx.ids:
        for ev in ctx.sentences(file):
            sentence = " ".join(ev.quote.split())
            opening = [folded(w) for w in sentence.split()[:7]]
            tries = sorted({pair for w in opening for pair in by_word.get(w, ())},
                           key=order.__getitem__)
            for name, part in tries:
                found = _subject_at(sentence, part)
                if found is None:
                    continue
                body = predicate(sentence, found[1])
                if body is not None:
                    yield file, ev, name, body
                break


_REGIONS = REGIONS  # parts of the world, not countries: never "which country"
_COUNTRIES = tuple(sorted((c for c in COUNTRIES if c not in _REGIONS), key=lambda c: (-len(c), c)))


def _countries_in(text: str) -> list[str]:
    """The countries a text names, longest name first where two overlap ("South Africa")."""
    found = [c for c in leaks.candidates(text, _COUNTRIES)
             if leaks.standalone(c).search(text)]
    return [c for c in found if not any(c != o and c in o for o in found)]


def country_questions(ctx: Context) -> list[Question]:
    """Per sentence with a country as its subject ("X elected ...", "X won the final"): which
    country did it, among the other countries the story names."""
    named: list[str] = []
    for file in ctx.ids:  # the body only: an outlet's name ("News (Fiji)") is no option
        body_text = " ".join(ev.quote for ev in ctx.sentences(file))
        named += [c for c in _countries_in(body_text) if c not in named]
    out: list[Question] = []
    for file in ctx.ids:
        for ev in ctx.sentences(file):
            sentence = " ".join(ev.quote.split())
            m = re.match(r"(?:The\s+)?([A-Z][\w]*(?:\s+[A-Z][\w]*)?)\s", sentence)
            if m is None:
                continue
            country = m.group(1) if m.group(1) in COUNTRIES else m.group(1).split()[0]
            if country not in COUNTRIES or country in _REGIONS:
                continue
            body = predicate(sentence, m.start(1) + len(country))
            if body is None:
                continue
            wrong = [c for c in named if c != country and c not in body
                     and not leaks.text_in(sentence, c)]
            key = short_hash(country, body, file)
            wrong = sorted(wrong, key=lambda c: short_hash(key, c))[:3]
            if len(wrong) < 2:
                continue
            out.append(ChoiceQuestion(
                id=question_id("which-country", country, body, file), topic=Topic.PEOPLE,
                prompt=f"{ctx.according_to(file)}, which country {body}?", answer=country,
                distractors=tuple(wrong), explanation=f"{ctx.outlet(file)}: {country} {body}.",
                tags=ctx.tags(file), evidence=(ev,)))
    return out


def questions(ctx: Context) -> list[Question]:
    """Per key sentence with a person (or a country) as its subject: who did it."""
    credible = ctx.credible()
    everyone = sorted(credible)
    out: list[Question] = []
    for file, ev, who, body in _candidates(ctx):
        key = short_hash(who, body, file)
        here = {p.name for p in ctx.people if file in p.articles and p.name in credible}
        wrong = distractors.people(
            who, [*sorted(here), *everyone], key=key, n=3,
            allowed=lambda n, s=ev.quote: not leaks.names_in(s, n),
            rank=lambda n, here=here: 0 if n in here else 1)
        if len(wrong) < 2:
            continue
        out.append(ChoiceQuestion(
            id=question_id("who", who, body, file), topic=Topic.PEOPLE,
            prompt=f"{ctx.according_to(file)}, who {body}?", answer=who, distractors=wrong,
            explanation=f"{ctx.outlet(file)}: {who} {body}.", tags=ctx.tags(file),
            evidence=(ev,)))
    return out + country_questions(ctx)
