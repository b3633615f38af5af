"""Questions about people and their posts (topics ``people`` and ``positions``).

What post someone held (choice), who held a post (short answer), true/false
statements with another real person's post swapped in, matching people to
posts, who shared a post (multi) and who appears in an article (multi).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from factdeck.bank.model import (
    ChoiceQuestion,
    Evidence,
    MatchQuestion,
    MultiQuestion,
    Pair,
    Question,
    ShortQuestion,
    Topic,
    TrueFalseQuestion,
)
from factdeck.generate import distractors, leaks, lint, variety
from factdeck.generate.context import Context, PersonInfo
from factdeck.generate.ids import question_id, short_hash, stable_order
from factdeck.generate.leaks import folded
from factdeck.lexicon.places import COUNTRIES, DEMONYMS, INSTITUTIONS

_MINOR = {"of", "the", "a", "an", "and", "in", "at", "for", "to", "on"}


@lru_cache(maxsize=1 << 14)
def post_key(post: str) -> frozenset[str]:
    """A post's content words cut to their stems: "French Foreign Minister" ~ "Foreign Minister
    of France"."""
    return frozenset(w[:4] for w in re.findall(r"\w+", folded(post)) if w not in _MINOR)


def same_post(a: str, b: str) -> bool:
    """The posts may be the same (one's words hold the other's): never offer one for the other."""
    ka, kb = post_key(a), post_key(b)
    return bool(ka and kb) and (ka <= kb or kb <= ka)


def _file_of(ctx: Context, ev: Evidence) -> str:
    return next(f for f, i in ctx.ids.items() if i == ev.article)


def with_post(ctx: Context) -> list[PersonInfo]:
    """People whose post an article states, with the span that states it."""
    return [p for p in ctx.people if p.post and p.evidence is not None
            and not lint.not_a_post(p.post)]  # "according to ...": no post to ask or offer


class PostIndex:
    """The posts of all people, found by their words, so that a question ranks a few
    plausible posts rather than every post of a large corpus."""

    def __init__(self, people: Iterable[PersonInfo]) -> None:
        self.people = [p for p in people if p.post]
        self.posts = list(dict.fromkeys(p.post for p in self.people if p.post))
        self.by_post: dict[str, list[PersonInfo]] = {}
        for p in self.people:
            self.by_post.setdefault(p.post or "", []).append(p)
        self.by_word: dict[str, list[str]] = {}
        for post in self.posts:
            for w in post_key(post):
                self.by_word.setdefault(w, []).append(post)
        self.by_surname: dict[str, list[PersonInfo]] = {}
        for p in self.people:
            if parts := leaks.name_parts(p.name):
                self.by_surname.setdefault(folded(parts[-1].split()[-1]), []).append(p)

    def held_by(self, name: str) -> list[str]:
        """Every post the facts give this person (under any form of their name)."""
        parts = leaks.name_parts(name)
        if not parts:
            return []
        same = self.by_surname.get(folded(parts[-1].split()[-1]), [])
        return list(dict.fromkeys(p.post for p in same
                                  if p.post and leaks.same_person(p.name, name)))

    def holders(self, post: str) -> list[PersonInfo]:
        """The people whose post may be this one (see :func:`same_post`)."""
        found: dict[str, None] = {}
        for w in post_key(post):
            found.update(dict.fromkeys(self.by_word.get(w, ())))
        return [p for c in found if same_post(c, post) for p in self.by_post.get(c, ())]

    def near(self, post: str, key: str) -> list[str]:
        """Posts sharing a word with ``post`` (the most plausible), then a sample of the rest."""
        found: dict[str, None] = {}
        for w in sorted(post_key(post)):
            found.update(dict.fromkeys(self.by_word.get(w, ())[:50]))
        found.update(dict.fromkeys(distractors.window(self.posts, key)))
        return list(found)


_PLACE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$")


def post_form(post: str) -> tuple[bool, bool]:
    """How a post is written: a title ("Foreign Minister") or a description ("independent
    journalist"), and with its country ("... of France") or without. Options of one
    question share a form, or the odd one out gives the answer away."""
    return post[:1].isupper(), bool(_PLACE.search(post))


def _shaped(answer: str, candidate: str) -> tuple[int, str]:
    """``candidate`` in the form of ``answer`` and how well it fits (0 best): "Foreign Minister
    of X" loses its country when the answer has none; a description among titles fits less."""
    titled, placed = post_form(answer)
    c_titled, c_placed = post_form(candidate)
    if titled and c_placed and not placed:
        bare = _PLACE.sub("", candidate).strip()
        if len(bare.split()) >= 2:  # "Foreign Minister", but not a bare "President"
            candidate, c_placed = bare, False
    return (titled != c_titled) + 2 * (placed != c_placed), candidate


def post_distractors(person: PersonInfo, index: PostIndex, key: str,
                     n: int = 3) -> tuple[str, ...]:
    """Other people's posts that this person never held, written like the answer."""
    assert person.post
    own = index.held_by(person.name) or [person.post]
    shaped: dict[str, int] = {}
    for post in index.near(person.post, key):
        fit, shown = _shaped(person.post, post)
        if lint.not_a_post(shown) or seam(shown) or (office(person.post) and not office(shown)):
            continue  # "according to ...", "chief", "actress" beside offices: no option
        if not any(same_post(shown, o) or same_post(post, o) for o in own):
            shaped[shown] = min(fit, shaped.get(shown, fit))
    similar = distractors.similar_post_rank(person.post)
    ranked = distractors.pick(person.post, list(shaped), key=key, n=len(shaped),
                              rank=lambda c: shaped[c] * 100 + similar(c))
    chosen: list[str] = []
    for post in ranked:  # "Foreign Minister" and "Foreign Minister of X" would be one option
        if len(chosen) == n:
            break
        if not any(same_post(post, c) for c in chosen):
            chosen.append(post)
    # a title among descriptions (or the reverse) is the odd one out: it gives itself away
    titled = post_form(person.post)[0]
    if not any(post_form(c)[0] == titled for c in chosen[:n]):
        return ()
    return tuple(chosen[:n])


def asked_post(post: str) -> bool:
    """A post worth a "what post" question: a title ("Prime Minister") or a description of two
    words or more ("opposition leader"); a bare trade ("economist", "lawmaker") is not a post."""
    return post[:1].isupper() or len(post.split()) >= 2


def specific_post(post: str) -> bool:
    """A post that one person holds at a time ("Foreign Minister of X", "Kremlin spokesman"),
    not a description many share ("independent journalist") or a title without its country."""
    if re.search(r"\b(?:of|at|for)\s+(?:the\s+)?[A-Z]", post):
        return True
    first = post.split()[0] if post.split() else ""
    return first in INSTITUTIONS or first in DEMONYMS


# head words of an office one holds (not a trade, a role many share or a tie to someone):
# "head of legal policy", "police chief", "Twitter CEO", but not "owner", "lawyer", "lawmaker"
OFFICES = frozenset("""minister secretary president vice-president chairman chairwoman chair
chairperson chief head director director-general ceo cfo coo cto counsel executive spokesman
spokeswoman spokesperson judge justice prosecutor attorney-general commissioner governor mayor
ambassador envoy officer commander general admiral marshal superintendent inspector manager
coach captain skipper leader founder co-founder editor speaker premier chancellor administrator
registrar treasurer ombudsman president-elect""".split())
# offices a country has one of, whose holder everybody knows or can look up: never asked
_TOP_OFFICES = re.compile(r"""\b(?:
      president(?:-elect)? | prime\ minister | premier | chancellor | king | queen | emir
    | sultan | supreme\ leader | (?:foreign|defen[cs]e|interior|finance|home)\ (?:minister
      |secretary) | captain | skipper | coach
    )\b""", re.VERBOSE | re.IGNORECASE)
_WORDS = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def head_word(post: str) -> str:
    """The word that says what the post is: the last before "of", "at" or "for" ("head of
    legal policy" -> head, "Ahmedabad police chief" -> chief)."""
    core = re.split(r"\s+(?:of|at|for|in|to)\s+", post, maxsplit=1)[0]
    words = core.replace(";", " ").split()
    return folded(words[-1]).strip(".,") if words else ""


def office(post: str) -> bool:
    """A post that is an office someone holds, not a trade ("lawmaker"), a belonging ("Tesla
    owner") or a role to another person ("Jane Doe's lawyer"): only an office is asked."""
    if re.search(r"[;,]", post):
        return False  # "Minister; candidate for ...": two posts in one
    return head_word(post) in OFFICES


def known_post(post: str) -> bool:
    """A country's top office ("Prime Minister of X", "X captain", "Foreign Minister"): the
    holder's post is general knowledge or a side note, not what a story teaches."""
    national = any(w in COUNTRIES or w in DEMONYMS or any(
        p in COUNTRIES or p in DEMONYMS for p in w.split()) for w in _WORDS.findall(post))
    # "President", "Defence Minister": of the country the story is about
    bare = post[:1].isupper() and len(post.split()) <= 2 and not re.search(r"\bof\b", post)
    return bool(_TOP_OFFICES.search(post)) and (national or bare)


def seam(post: str) -> bool:
    """A post with a seam of the extraction: a lower qualifier before a title ("outgoing
    Leader", "deputy Commissioner of Police") or two posts in one ("Minister; candidate")."""
    return bool(re.search(r"[;,]", post) or re.match(r"[a-z][\w-]*\s+[A-Z]", post))


def askable(post: str) -> bool:
    """A post a teacher asks about: an office, not general knowledge, no seam."""
    return office(post) and not known_post(post) and not seam(post)


def _a(post: str) -> str:
    """``was a senior analyst`` but ``was Foreign Minister of France``."""
    if post[:1].islower():
        return ("an " if post[:1] in "aeiou" else "a ") + post
    return post


def post_questions(ctx: Context) -> list[Question]:
    """Per person with a known post: what post (choice), who held it (short), a true/false."""
    people = with_post(ctx)
    index = PostIndex(people)
    out: list[Question] = []
    for person in people:
        assert person.post and person.evidence
        file = _file_of(ctx, person.evidence)
        source = ctx.according_to(file)
        tags = ctx.tags(file)
        fact = (person.name, person.post)
        wrong = post_distractors(person, index, key=short_hash(*fact))
        prompt = f"{source}, what post did {person.name} hold?"
        if not asked_post(person.post) or not askable(person.post):
            wrong = ()  # "economist", "Prime Minister of X": nothing a story teaches
        if wrong and not leaks.post_in(prompt, person.post):
            out.append(ChoiceQuestion(
                id=question_id("post", person.name, *fact), topic=Topic.POSITIONS,
                prompt=prompt, answer=person.post, distractors=wrong,
                explanation=f"{ctx.outlet(file)} names {person.name} as {person.post}.",
                tags=tags, evidence=(person.evidence,)))
        holders = [p for p in index.holders(person.post)
                   if not leaks.same_person(p.name, person.name)]
        prompt = f"{source}, who was the {person.post}?"
        if (not holders and len(post_key(person.post)) >= 2 and specific_post(person.post)
                and askable(person.post) and not leaks.names_in(prompt, person.name)):
            accept = tuple(p for p in leaks.name_parts(person.name)[1:]
                           if folded(p) != folded(person.name))
            out.append(ShortQuestion(
                id=question_id("holder", person.post, *fact), topic=Topic.PEOPLE,
                prompt=prompt, answer=person.name, accept=accept,
                explanation=f"{ctx.outlet(file)} names {person.name} as {person.post}.",
                tags=tags, evidence=(person.evidence,)))
        if not wrong or not variety.true_false(short_hash(*fact)):
            continue
        truth = int(short_hash("tf", *fact), 16) % 2 == 0
        stated = person.post if truth else wrong[0]
        out.append(TrueFalseQuestion(
            id=question_id("post-tf", person.name, *fact), topic=Topic.POSITIONS,
            prompt=f"{source}, {person.name} was {_a(stated)}.", answer=truth,
            explanation=f"{ctx.outlet(file)} names {person.name} as {person.post}.",
            tags=tags, evidence=(person.evidence,)))
    return out


def match_questions(ctx: Context, size: int = 5) -> list[Question]:
    """Per article: join its people to their posts (groups of up to ``size``)."""
    out: list[Question] = []
    people = with_post(ctx)
    for file, article_id in ctx.ids.items():
        group: list[PersonInfo] = []
        for p in people:
            assert p.post and p.evidence
            if p.evidence.article != article_id or not askable(p.post):
                continue
            if any(folded(g.name) == folded(p.name) or same_post(g.post or "", p.post)
                   for g in group):
                continue
            group.append(p)
        chunks = [group[i:i + size] for i in range(0, len(group), size)]
        if len(chunks) > 1 and len(chunks[-1]) < 2:
            chunks[-2].extend(chunks.pop())
        for chunk in chunks:
            if len(chunk) < 2:
                continue
            pairs = tuple(Pair(left=p.name, right=p.post or "") for p in chunk)
            out.append(MatchQuestion(
                id=question_id("match-posts", ctx.outlet(file),
                               *(f"{p.left}={p.right}" for p in pairs)),
                topic=Topic.POSITIONS,
                prompt=f"{ctx.according_to(file)}: match each person to their post.",
                pairs=pairs, tags=ctx.tags(file),
                evidence=tuple(p.evidence for p in chunk if p.evidence)))
    return out


def _distinct_people(names: Iterable[str]) -> list[str]:
    """One name per person: the fullest form (``Anne Duclos`` over ``Duclos``)."""
    out: list[str] = []
    for name in sorted(dict.fromkeys(names), key=lambda n: (-len(n), n)):
        if not any(leaks.same_person(name, o) for o in out):
            out.append(name)
    return out


def shared_post_questions(ctx: Context, most: int = 4) -> list[Question]:
    """Posts held by two or more people in the articles: which of these held it? (multi)."""
    people = with_post(ctx)
    groups: dict[frozenset[str], list[PersonInfo]] = {}
    for p in people:
        groups.setdefault(post_key(p.post or ""), []).append(p)
    everyone = list(dict.fromkeys(p.name for p in people))
    index = PostIndex(people)
    out: list[Question] = []
    for holders in groups.values():
        post = holders[0].post
        assert post
        names = _distinct_people(p.name for p in holders)
        if len(names) < 2:
            continue
        names = stable_order(names, key=post)[:most]
        others = [n for n in distractors.window(everyone, key=post, k=60)
                  if not any(same_post(o, post) for o in index.held_by(n))]
        wrong = distractors.people(names[0], others, key=short_hash(*names), n=3,
                                   exclude=[p.name for p in holders])
        if not wrong:
            continue
        chosen = [p for p in holders if p.name in names]
        prompt = f"Which of these people do the articles name as {post}?"
        if any(leaks.names_in(prompt, n) for n in names):
            continue
        out.append(MultiQuestion(
            id=question_id("post-holders", post, *sorted(names)), topic=Topic.POSITIONS,
            prompt=prompt, answers=tuple(names), distractors=wrong,
            explanation=f"{', '.join(names)} each held the post of {post}.",
            tags=ctx.tags(*(_file_of(ctx, p.evidence) for p in chosen if p.evidence)),
            evidence=tuple(dict.fromkeys(p.evidence for p in chosen if p.evidence))))
    return out


def questions(ctx: Context) -> list[Question]:
    """Every people and post question the facts allow."""
    # "which people does outlet X name" and "which people do the articles name as President"
    # are trivia (eval/questions.md): not asked
    return [*post_questions(ctx), *match_questions(ctx)]
