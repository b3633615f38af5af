"""Questions about positions taken (stances): who wants, opposes, calls for what.

The words of a stance are the outlet's report of it, seldom the person's own,
so a question always says whose report it is ("According to WSWS, who called
for ...?") and never offers the outlet's wording as the person's position in
quote marks. A swapped-in person is never one who took a similar stance, so a
false statement is never accidentally true.
"""

from __future__ import annotations

import re

from factdeck.bank.model import ChoiceQuestion, Question, Topic, TrueFalseQuestion
from factdeck.extract.dates import is_verbish
from factdeck.generate import distractors, leaks, variety
from factdeck.generate.context import Context
from factdeck.generate.ids import question_id, short_hash
from factdeck.generate.leaks import folded

SIMILAR = 70  # rapidfuzz token_set_ratio at or above which two stances may be the same


def balanced(text: str) -> str:
    """Close a quotation the stance opens but does not close (it is shown inside quote marks)."""
    if text.count("\u201c") > text.count("\u201d"):
        text += "\u201d"
    if text.count('"') % 2:
        text += '"'
    return text


def _similar(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    return fuzz.token_set_ratio(folded(a), folded(b)) >= SIMILAR


# the stance opens on its verb, so that "who <stance>?" is a sentence: "called for",
# "wants to", "is ready to", "warned", "urged"
_VERB_FIRST = re.compile(r"""(?ix)^(?!(?:his|her|its|their|this|us|was)\b)(?:
      (?:is|are|was|were|remains?|remained)\s                  # is ready to ...
    | (?:would\s+like|wants?|wanted|wished?|hopes?|hoped)\b     # wants to ...
    | \w+(?:ed|es|s)\b                                          # called, urges, opposes
    | (?:made|issued|renewed|repeated|sought|seeks?|spoke|came|threw|took)\b
    | (?:intend|want|call|urge|oppose|propose|support|back|warn|welcome|reject|demand
       |insist|vow|pledge|promise|condemn|denounce|refuse|press|push|advocate|favou?r
       |threaten|seek|aim|hope|wish)\b                        # they intend to ...
    )""")
_OWN_SUBJECT = re.compile(r"(?i)(?:^|,\s+|\s)(?:is|was|are|were|exists?|remains?)\b")


def asks_well(text: str, who: str, sentence: str) -> bool:
    """A stance worth asking about: a predicate of the person ("wants X", "proposed Y"), not
    a clause with a subject of its own ("goal was to ...", "red lines exist"), and the
    person named in the sentence that says it (a stance reached through "he" or "the
    leader" may belong to someone else: when unsure, no question)."""
    words = text.split()
    if len(words) < 3 or not _VERB_FIRST.match(text):
        return False  # "his opposition to ...", "red lines": no predicate to ask "who ...?"
    if _OWN_SUBJECT.search(text) and not is_verbish(words[0]):
        return False  # "goal was to ...": the words have a subject of their own
    return leaks.names_in(sentence, who)


def questions(ctx: Context) -> list[Question]:
    """Per stance: who took it (choice) and a true/false statement."""
    out: list[Question] = []
    stances = ctx.facts.positions
    by_who: dict[str, list[str]] = {}
    for s in stances:
        by_who.setdefault(folded(ctx.canonical(s.who)), []).append(s.stance)
    near: dict[str, set[str]] = {}
    for p in ctx.people:
        for f in p.articles:
            near.setdefault(f, set()).add(p.name)
    everyone = list(dict.fromkeys(p.name for p in ctx.people))
    credible = ctx.credible()
    for stance in stances:
        if not stance.who.strip():
            continue
        who = ctx.canonical(stance.who.strip())
        text = balanced(" ".join(stance.stance.split()).rstrip("."))
        evidence = ctx.evidence(stance.article, stance.evidence, sentence=True) or \
            ctx.evidence(stance.article, stance.stance, sentence=True)
        if evidence is None or not text or leaks.names_in(text, who) or \
                not asks_well(text, who, evidence.quote):
            continue
        file = stance.article

        def allowed(name: str, text: str = text, stance: str = stance.stance,
                    sentence: str = evidence.quote) -> bool:
            """Not named in the stance or its sentence (who may share it), and never took a
            similar one."""
            return not leaks.names_in(sentence, name) and not any(
                _similar(other, stance) for other in by_who.get(folded(name), ()))

        here = near.get(file, set())
        fact = (who, text, file)
        key = short_hash(*fact)
        pool = [n for n in (*sorted(here), *distractors.window(everyone, key, k=40))
                if n in credible]
        wrong = distractors.people(who, pool, key=key, n=3, allowed=allowed,
                                   rank=lambda n, here=here: 0 if n in here else 1)
        source = ctx.according_to(file)
        explanation = f"In {ctx.outlet(file)}\u2019s report, {who} {text}."
        if wrong:
            out.append(ChoiceQuestion(
                id=question_id("stance", who, *fact), topic=Topic.POSITIONS,
                prompt=f"{source}, who {text}?",
                answer=who, distractors=wrong, explanation=explanation,
                tags=ctx.tags(file), evidence=(evidence,)))
        if wrong and not variety.true_false(key):
            continue
        truth = int(short_hash("tf", *fact), 16) % 2 == 0 or not wrong
        named = who if truth else wrong[0]
        out.append(TrueFalseQuestion(
            id=question_id("stance-tf", who, *fact), topic=Topic.POSITIONS,
            prompt=f"{source}, {named} {text}.",
            answer=truth, explanation=explanation, tags=ctx.tags(file), evidence=(evidence,)))
    return out
