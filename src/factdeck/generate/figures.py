"""How many: "According to X, at least how many people were killed?" from a story's counts.

A count that is a sentence's subject ("At least 40 people were killed", "Three
ministers resigned") turns into a question without rewording anything: the
figure becomes "how many", the predicate stays as the article words it (see
:func:`.subjects.predicate`). Wrong options count the same thing: other figures
the story gives for the same noun first, then figures near the answer, so that
"40 people" is never set against "3 ministers".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factdeck.bank.model import ChoiceQuestion, Evidence, Question, Topic
from factdeck.generate.context import Context
from factdeck.generate.ids import question_id, short_hash
from factdeck.generate.leaks import folded
from factdeck.generate.subjects import predicate

# the counted subject at the start of a sentence or after a comma-free opening
_COUNT = re.compile(r"""^
    (?P<lead>(?:[Aa]t\ least|[Aa]t\ most|[Oo]nly|[Jj]ust)\s+)?   # kept in the prompt
    (?P<num>\d{1,3}(?:,\d{3})+|\d+)                            # the figure: 40, 1,200
    \s+
    (?P<noun>(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*s)            # "people", "top executives"
    (?=\s)""", re.VERBOSE)
# a figure and its noun anywhere in a text, for wrong options that count the same thing
_ANY = re.compile(r"(?<![\w.,$£€-])(\d{1,3}(?:,\d{3})+|\d+)(?![\w.,%-]|[.,]\d)\s+"
                  r"((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*s)\b")
# "people" but not "years", "percent": a unit or a span of time is not a count of things
_NOT_COUNTED = frozenset("""years months weeks days hours minutes seconds times percent
cents dollars euros pounds rupees pesos miles kilometres kilometers metres meters feet points
per""".split())
_NOUN_LINK = frozenset("of in on at to for and or the a an from with by".split())


def _value(figure: str) -> int:
    return int(figure.replace(",", ""))


def _shown(n: int) -> str:
    return f"{n:,}" if n >= 10000 else str(n)


def _head(noun: str) -> str:
    return folded(noun).split()[-1]


def _counts(ctx: Context) -> Iterator[tuple[str, Evidence, str, str, str, str]]:
    """(file, sentence, lead, figure, noun, predicate) for each sentence opening on a count."""
    for file in ctx.ids:
        for ev in ctx.sentences(file):
            sentence = " ".join(ev.quote.split())
            m = _COUNT.match(sentence)
            if m is None:
                continue
            noun = m.group("noun")
            if any(w in _NOUN_LINK for w in folded(noun).split()) or \
                    _head(noun) in _NOT_COUNTED or 1900 <= _value(m.group("num")) <= 2100:
                continue  # "2024 elections" is a year, "5 years" a span
            body = predicate(sentence, m.end())
            if body is None or re.search(r"\d", body):
                continue  # a second figure in the clue muddles which one is asked
            yield file, ev, (m.group("lead") or "").strip(), m.group("num"), noun, body


def _story_figures(ctx: Context) -> dict[str, list[int]]:
    """Every figure the articles give per counted noun (by its last word), in text order."""
    out: dict[str, list[int]] = {}
    for file in ctx.ids:
        for m in _ANY.finditer(ctx.text(file)):
            head = _head(m.group(2))
            if head in _NOT_COUNTED:
                continue
            n = _value(m.group(1))
            if n not in out.setdefault(head, []):
                out[head].append(n)
    return out


def _near(n: int, key: str) -> list[int]:
    """Figures a reader might believe instead of ``n``: the same size, rounded like it."""
    step = 1 if n < 20 else 5 if n < 100 else 10 if n < 1000 else 100 if n < 10000 else 1000
    factors = (0.5, 0.75, 1.25, 1.5, 2.0)
    out: list[int] = []
    for f in sorted(factors, key=lambda f: short_hash(key, str(f))):
        m = max(1, round(n * f / step) * step)
        if m != n and m not in out:
            out.append(m)
    return out


def questions(ctx: Context) -> list[Question]:
    """Per sentence opening on a count: how many (a choice of figures counting the same)."""
    figures = _story_figures(ctx)
    out: list[Question] = []
    for file, ev, lead, figure, noun, body in _counts(ctx):
        n = _value(figure)
        key = short_hash(figure, noun, body, file)
        said = figures.get(_head(noun), [])
        wrong = [m for m in said if m != n][:2]  # the story's own figures first
        wrong += [m for m in _near(n, key) if m not in wrong][:3 - len(wrong)]
        ask = f"{lead.lower()} how many" if lead else "how many"
        prompt = f"{ctx.according_to(file)}, {ask} {noun} {body}?"
        out.append(ChoiceQuestion(
            id=question_id("how-many", figure, noun, body, file), topic=Topic.DATES,
            prompt=prompt, answer=_shown(n), distractors=tuple(_shown(m) for m in wrong),
            explanation=f"{ctx.outlet(file)}: {' '.join(ev.quote.split())}",
            tags=(*ctx.tags(file), "figures"), evidence=(ev,)))
    return out
