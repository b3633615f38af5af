"""Overgenerate, then keep what a teacher would ask first (after Heilman & Smith 2010).

Every generator writes all the questions its facts allow; this module scores
each with a few readable features, drops every question with an item-writing
flaw (:mod:`.lint`), and keeps the best-scored ones while holding the bank
varied: one question per fact and kind, few per sentence, none whose answer
another kept question shows, and a bank of a size a teacher can hand out.

The weights were set by hand from our own output judged with the rubric
(``eval/questions.md``): what predicted "usable as-is" gains weight, what
predicted a rejection loses it. :data:`FEATURES` is the whole model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factdeck.bank.model import (
    ChoiceQuestion,
    ClozeQuestion,
    DateQuestion,
    MultiQuestion,
    Question,
    ShortQuestion,
    Topic,
    TrueFalseQuestion,
)
from factdeck.generate import leaks, lint, variety
from factdeck.generate.context import Context, PersonInfo
from factdeck.generate.leaks import folded, name_parts, same_person, text_in
from factdeck.generate.sources import asked_difference
from factdeck.generate.story import story_of

# template -> what a teacher makes of the kind of question (before the features below)
BASE: dict[str, float] = {
    "who": 1.1, "which-country": 1.0,
    "date-choice": 1.0, "date": 0.9, "date-tf": 0.3, "timeline": 0.6,
    "said": 1.0, "said-which": 0.9, "said-tf": 0.3, "match-quotes": 0.6,
    "stance": 0.7, "stance-tf": 0.3,
    "post": 0.6, "post-tf": 0.2, "holder": 0.6, "post-holders": 0.3, "match-posts": 0.4,
    "how-many": 1.0, "cloze-number": 0.6, "cloze-name": 0.3, "cloze-place": 0.1, "cloze-date": 0.2,
    "sources": 0.8, "sources-which-outlet": 1.0, "sources-match": 0.9, "sources-quantity": 0.8,
    "sources-version": 0.6, "sources-true": 0.3, "sources-false": 0.3,
}
DEFAULT_BASE = 0.4


@dataclass(frozen=True)
class Feature:
    """One feature of the ranker: its name, its weight and why it matters."""

    name: str
    weight: float
    why: str


FEATURES: tuple[Feature, ...] = (
    Feature("lead", 1.0, "evidence in the first paragraphs: what the story is about"),
    Feature("early", 0.4, "evidence in the first half of the (truncated) article"),
    Feature("headline", 0.8, "evidence shares words with an article's headline"),
    Feature("support", 0.5, "per other outlet reporting the answer or the sentence (max 3)"),
    Feature("figure", 0.3, "the answer is a figure (a count, a share, a sum)"),
    Feature("long", -0.6, "the prompt or text is long to read (over 240 characters)"),
    Feature("length", -0.3, "per 100 characters to read: of two equal questions, the plainer"),
    Feature("main-actor", 0.4, "the answer is a person named by several outlets"),
    Feature("bystander", -1.5, "a quote of someone one article names, with no title: a vox pop "
                               "is colour, not what the story is about"),
    Feature("side-figure", -1.2, "a post, a deed or a name-gap about someone only one article "
                                 "names: the officer who led the arrest team is a side detail"),
    Feature("blocks", -0.3, "per question as good or better whose answer this one shows (max 6): "
                            "a sentence full of facts asked once costs all the questions on them"),
)
_WEIGHT = {f.name: f.weight for f in FEATURES}

LEAD_CHARS = 700  # a truncated news article's first paragraphs
PER_ARTICLE = 7  # questions kept per article ...
MIN_BANK, MAX_BANK = 12, 40  # ... within these bounds
TEMPLATE_SHARE = 0.3  # no template above this share of the kept questions
PER_SENTENCE = 2  # questions drawn from one evidence sentence
PER_SPEAKER = 4  # "who said" questions with the same answer: a main actor says much
PER_DOER = 3  # "who did" questions with the same answer: a fourth is the same story again
PER_ANSWER = 2  # questions of a bank keyed to the same person or value: a third is a give-away
MIN_SCORE = 0.5  # below this a question is not worth a learner's time

_AUX = frozenset("has have had was were been".split())
_STOP = frozenset("""the a an of in on at to for and or but with from by as that this is was were
are be been has have had will would said says after before over into its his her their than
more about against while which who what when where""".split())


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", folded(text)) if len(w) >= 4 and w not in _STOP}


@dataclass
class _Story:
    """What the ranker knows of the story: texts, headline words, who is named where."""

    texts: dict[str, str]  # article id -> text
    words: dict[str, set[str]]  # article id -> content words
    headline: set[str]
    tokens: dict[str, set[str]]  # article id -> its folded words, for a quick "cannot hold"
    _outlets: dict[tuple[str, bool], int]
    people: tuple[PersonInfo, ...] = ()
    shown: str = ""  # the headline the learner reads above every question

    @classmethod
    def of(cls, ctx: Context) -> _Story:
        texts = {ctx.ids[f]: ctx.text(f) for f in ctx.ids}
        headline: set[str] = set()
        for a in ctx.facts.articles:
            if a.title:
                headline |= _content(a.title)
        story = story_of(ctx.facts)
        return cls(texts, {i: _content(t) for i, t in texts.items()}, headline,
                   {i: set(folded(t).split()) for i, t in texts.items()}, {},
                   tuple(ctx.people), folded(story.headline) if story else "")

    def in_headline(self, q: Question) -> bool:
        """A "who did" or "which country" question whose answer the shown headline names: the
        learner reads the answer above the prompt."""
        if not self.shown or not isinstance(q, (ChoiceQuestion, ShortQuestion)) or \
                q.topic in (Topic.SOURCES, Topic.QUOTES) or not isinstance(q.answer, str):
            return False  # "who said the key line" stays a basic, even of the main actor
        if lint.answer_type(q) != "person" and "which country" not in folded(q.prompt):
            return False
        words = [w for w in folded(q.answer).split() if len(w) >= 4]
        return any(re.search(rf"\b{re.escape(w)}\b", self.shown) for w in words)

    def named_by(self, name: str) -> int:
        """How many articles name this person by any longer word of the name: outlets spell a
        name apart ("Ravi Shankar", "Shankar Ravi"), and a main actor must not pass for a
        bystander because of it."""
        words = [w for w in folded(name).split() if len(w) >= 5]
        return len(set().union(*(self._holding(w, self.tokens) for w in words)))

    def _holding(self, word: str, sets: dict[str, set[str]]) -> set[str]:
        """The articles whose ``sets`` (tokens or content words) hold ``word``: an inverted
        index built once, so that counting never scans a corpus once per question."""
        key = "words" if sets is self.words else "tokens"
        index = self.__dict__.get("_index_" + key)
        if index is None:
            index = {}
            for i, held in sets.items():
                for w in held:
                    index.setdefault(w, set()).add(i)
            self.__dict__["_index_" + key] = index
        return index.get(word, set())

    def with_words(self, words: set[str], share: float, exclude: set[str]) -> int:
        """How many articles (not in ``exclude``) hold at least ``share`` of ``words``."""
        counts: dict[str, int] = {}
        for w in words:
            for i in self._holding(w, self.words):
                counts[i] = counts.get(i, 0) + 1
        need = share * len(words)
        return sum(1 for i, n in counts.items() if n >= need and i not in exclude)

    def titled(self, name: str) -> bool:
        """The story gives this person a title ("Minister", "Chairman"): no bystander."""
        return any(same_person(p.name, name) and p.post and p.post[:1].isupper()
                   for p in self.people)

    def outlets_with(self, answer: str, person: bool) -> int:
        """How many articles name the answer (cached: many questions share an answer)."""
        key = (answer, person)
        if key not in self._outlets:
            forms = [f for f in (name_parts(answer) if person else (answer,)) if f]
            found: set[str] = set()
            for f in forms:
                words = folded(f).split()
                if not words:
                    continue
                held = set.intersection(*(self._holding(w, self.tokens) for w in words))
                found |= {i for i in held - found if text_in(self.texts[i], f)}
            self._outlets[key] = len(found)
        return self._outlets[key]


def features(q: Question, story: _Story) -> dict[str, float]:
    """The feature values of one question (see :data:`FEATURES`)."""
    out: dict[str, float] = {}
    positions = []
    for ev in q.evidence:
        text = story.texts.get(ev.article, "")
        at = text.find(ev.quote)
        if at >= 0:
            positions.append((at, len(text)))
    if positions and all(at < LEAD_CHARS for at, _ in positions):
        out["lead"] = 1.0
    elif positions and all(at < n / 2 for at, n in positions):
        out["early"] = 1.0
    said = _content(" ".join(e.quote for e in q.evidence))
    if len(said & story.headline) >= 2:
        out["headline"] = 1.0
    own = set(q.article_ids)
    kind = lint.answer_type(q)
    keys = lint.answers(q)
    support = 0
    if keys and kind != "date":
        support = max(story.outlets_with(k, kind == "person") for k in keys) - len(own)
    if said:
        support = max(support, story.with_words(said, 0.5, own))
    out["support"] = float(min(3, max(0, support)))
    if any(re.search(r"\d", k) for k in keys) and kind not in ("date",):
        out["figure"] = 1.0
    if kind == "person" and keys and story.outlets_with(keys[0], True) >= 3:
        out["main-actor"] = 1.0
    speaker = keys[0] if keys and kind == "person" else (
        m.group(1) if (m := _QUOTES_WHO.search(q.explanation)) else "")
    if variety.template(q).startswith("said") and speaker \
            and story.named_by(speaker) <= 1 and not story.titled(speaker):
        out["bystander"] = 1.0
    if len(story.texts) >= SIDE_OUTLETS and (figure := _asked_person(q)) \
            and max(story.named_by(figure), story.outlets_with(figure, True)) <= 1:
        out["side-figure"] = 1.0
    reading = q.text if isinstance(q, ClozeQuestion) else q.prompt
    if len(reading) > 240:
        out["long"] = 1.0
    out["length"] = len(re.sub(r"\u201c.*?\u201d", "", reading)) / 100  # a quote is the point
    return out


def score(q: Question, story: _Story) -> float:
    """Base weight of the question's template plus its weighted features."""
    base = BASE.get(variety.template(q), DEFAULT_BASE)
    return base + sum(_WEIGHT[n] * v for n, v in features(q, story).items())


SIDE_OUTLETS = 3  # from this many articles, someone only one names is a side figure
_SIDE_TEMPLATES = ("post", "post-tf", "holder", "who", "cloze-name")
_NAMES_AS = re.compile(r" names (.+?) (?:as|here)\b")  # "X names Jane Doe as ..." (people.py)


def _asked_person(q: Question) -> str:
    """The person a post, "who did" or name-gap question is about ("" for other questions)."""
    t = variety.template(q)
    if t not in _SIDE_TEMPLATES or (t == "who" and _QUOTE.search(q.prompt)):
        return ""  # "who called the crash \u201cdevastating\u201d?" is who said what
    if t in ("who", "holder") and isinstance(q, (ChoiceQuestion, ShortQuestion)):
        return q.answer if isinstance(q.answer, str) else ""
    m = _NAMES_AS.search(q.explanation)
    return m.group(1) if m else ""


_QUOTES_WHO = re.compile(r" quotes (.+?)(?:;|\.$)")  # "X quotes Jane Doe." (quotes.py feedback)
_TRUE_DATE = re.compile(r",\s+(?:on|in)\s+([^,]+)\.$")  # "...: event, on 19 May 2024."
_QUOTE = re.compile(r"\u201c(.+?)\u201d")
_WHICH_SAID = re.compile(r"which of these did (.+) say\?$")
SAME_QUOTE = 60  # rapidfuzz token_set_ratio from which two quotes are the same remark


def _same_quote(a: Question, b: Question) -> bool:
    """Two "who said" questions on one remark (quoted in full by one outlet, in part by
    another): asking it twice is asking one fact twice."""
    from rapidfuzz import fuzz

    qa, qb = _QUOTE.search(a.prompt) or _QUOTE.search(getattr(a, "answer", "") or ""), \
        _QUOTE.search(b.prompt) or _QUOTE.search(getattr(b, "answer", "") or "")
    return bool(qa and qb) and fuzz.token_set_ratio(folded(qa.group(1)),
                                                    folded(qb.group(1))) >= SAME_QUOTE


REMARK_GAP = 200  # characters between two quotes of one speaker that make them one remark


def _one_remark(a: Question, b: Question, story: _Story) -> bool:
    """Two "who said" questions on two halves of one remark (one outlet quotes both sentences
    together, another only the first): the second asks the same thing again."""
    (sa, qa), (sb, qb) = _spoken(a), _spoken(b)
    if not sa or sa != sb or not qa or not qb:
        return False
    heads = [x[:30].rstrip(" .\u2026") for x in (qa, qb)]
    for text in story.texts.values():
        at = [text.find(h) for h in heads]
        if min(at) >= 0 and abs(at[0] - at[1]) <= REMARK_GAP + len(heads[0]):
            return True
    return False


def _spoken(q: Question) -> tuple[str, str]:
    """Who a "said" question is about and the words it quotes ("", "" when not one)."""
    if not isinstance(q, ChoiceQuestion) or not isinstance(q.answer, str):
        return "", ""
    if (m := _WHICH_SAID.search(q.prompt)) and (said := _QUOTE.search(q.answer)):
        return folded(m.group(1)), said.group(1)
    said = _QUOTE.search(q.prompt)
    return (folded(q.answer), said.group(1)) if said else ("", "")


def fact_key(q: Question) -> str:
    """What a question asks, so that no fact is asked twice in one form: the date of a date
    question, the speaker and words of a quote, the person of a post, the gap of a cloze."""
    t = variety.template(q)
    family = t.split("-")[0]
    if q.topic is Topic.SOURCES and (matter := asked_difference(q.id)):
        return f"sources:{matter}"  # one question per difference between the outlets
    if isinstance(q, (DateQuestion, ChoiceQuestion)) and family == "date":
        return f"date:{lint.answers(q)[0] if lint.answers(q) else q.id}"
    if isinstance(q, DateQuestion):
        return f"date:{q.date.human()}"
    if isinstance(q, TrueFalseQuestion):
        if family == "date" and (m := _TRUE_DATE.search(q.explanation)):
            return f"date:{m.group(1)}"  # the date a true/false statement is about
        return f"{family}:" + "|".join(sorted(folded(e.quote)[:80] for e in q.evidence))
    if isinstance(q, (ChoiceQuestion, ShortQuestion, MultiQuestion, ClozeQuestion)):
        keys = lint.answers(q)
        if family in ("who", "which"):  # one person, one deed: "who won" once per person
            words = folded(re.split(r", (?:who|which country) ", q.prompt, maxsplit=1)[-1]).split()
            verb = [w for w in words if w not in _AUX][:1]  # "has won" and "won": one deed
            surname = folded(lint.answers(q)[0]).split()[-1:]  # "Jane Doe" and "Jane Q. Doe"
            return f"{family}:{' '.join(surname)}:{' '.join(verb)}"
        if family in ("said", "stance"):
            return f"{family}:" + "|".join(sorted(folded(e.quote)[:80] for e in q.evidence))
        return f"{t}:" + "|".join(folded(k) for k in keys)
    return f"{t}:{q.id}"


def target_size(articles: int) -> int:
    """How many questions a bank of this many articles should hold."""
    return max(MIN_BANK, min(MAX_BANK, PER_ARTICLE * articles))


BLOCK_POOL = 4  # the blocking count looks at this many times the bank's size of best questions


SOURCES_SHARE = 0.25  # of the bank, kept for how the outlets differ: what no other tool asks


def _sources_first(ranked: list[tuple[float, float, Question]], size: int
                   ) -> list[tuple[float, float, Question]]:
    """The best question on each difference between outlets, up to :data:`SOURCES_SHARE` of
    the bank, goes before the rest, so that a full bank never crowds them out. The usual
    rules (one fact, caps, give-aways) still apply to them."""
    quota = max(2, int(size * SOURCES_SHARE))
    first: list[tuple[float, float, Question]] = []
    seen: set[str] = set()
    for entry in ranked:
        _, plain, q = entry
        key = fact_key(q)
        if len(first) < quota and q.topic is Topic.SOURCES and plain >= MIN_SCORE \
                and key not in seen:
            first.append(entry)
            seen.add(key)
    chosen = {id(e) for e in first}
    return first + [e for e in ranked if id(e) not in chosen]


def _charge_blocking(scored: list[tuple[float, Question]], size: int
                     ) -> list[tuple[float, float, Question]]:
    """Lower the score of each question by the good questions it would give away (the
    "blocks" feature), so that the bank asks many facts rather than one sentence's worth.
    Only the best ``BLOCK_POOL * size`` are compared: no quadratic scan of a large corpus.
    Gives (charged score, score, question): the plain score still decides what is worth asking."""
    pool = scored[:BLOCK_POOL * size]
    keys = [fact_key(q) for _, q in pool]
    # a quick "cannot": a question gives away another's answer only if it shows one of its
    # words (a date also by the day of publication beside the same sentence)
    shows = [leaks.words_of(lint.stated(q)) for _, q in pool]
    asks = [frozenset(folded(" ".join(lint.answers(q))).split()) for _, q in pool]
    dated = [lint.answer_type(q) == "date" for _, q in pool]
    charged: list[tuple[float, float, Question]] = []
    for i, (s, q) in enumerate(pool):
        blocks = sum(1 for j, (t, k) in enumerate(pool)  # only what is worth as much or more
                     if t >= s and keys[j] != keys[i] and (dated[j] or asks[j] & shows[i])
                     and lint.gives_away(k, q))
        charged.append((s + _WEIGHT["blocks"] * min(6, blocks), s, q))
    charged += [(s, s, q) for s, q in scored[len(pool):]]
    return sorted(charged, key=lambda sq: (-sq[0], sq[2].id))


def select(questions: Sequence[Question], ctx: Context,
           why: dict[str, str] | None = None) -> list[Question]:
    """The questions worth keeping, best first: flawless, varied, no answer given away.

    ``why``, when given, gets the reason each dropped question was dropped (for tuning)."""
    why = {} if why is None else why
    story = _Story.of(ctx)
    scored = sorted(((score(q, story), q) for q in questions
                     if not lint.lint_question(q, story.texts)),
                    key=lambda sq: (-sq[0], sq[1].id))
    size = target_size(len(ctx.ids))
    ranked = _sources_first(_charge_blocking(scored, size), size)
    share = max(3, int(size * TEMPLATE_SHARE))
    kept: list[Question] = []
    facts: set[str] = set()
    per_sentence: dict[str, int] = {}
    per_template: dict[str, int] = {}
    per_speaker: dict[str, int] = {}
    per_answer: dict[str, int] = {}
    spare: dict[Topic, list[Question]] = {}
    for _, s, q in ranked:
        if len(kept) >= size or s < MIN_SCORE:
            why[q.id] = "size" if len(kept) >= size else "score"
            continue
        key = fact_key(q)
        sentences = [folded(e.quote) for e in q.evidence]
        t = variety.template(q)
        if key in facts:
            why[q.id] = f"fact {key[:40]}"
            continue
        if per_template.get(t, 0) >= share:
            why[q.id] = "template-share"
            continue
        # a sources question cites every outlet's sentence: it asks about the outlets, not
        # about what those sentences say, so it is not held to their cap
        if not t.startswith("sources") and \
                any(per_sentence.get(x, 0) >= PER_SENTENCE for x in sentences):
            why[q.id] = "per-sentence"
            continue
        speaker = folded(q.answer) if t in ("said", "who") and isinstance(q, ChoiceQuestion) \
            else ""
        if t == "said-which" and (m := _WHICH_SAID.search(q.prompt)):
            speaker = folded(m.group(1))
        speaker = f"{t}:{speaker}" if speaker else ""
        if speaker and per_speaker.get(speaker, 0) >= (PER_DOER if t == "who" else PER_SPEAKER):
            why[q.id] = "per-speaker"
            continue
        if story.in_headline(q):
            why[q.id] = "answer-in-headline"
            continue
        answer = _answer_key(q)
        if answer and per_answer.get(answer, 0) >= PER_ANSWER:
            why[q.id] = "per-answer"
            spare.setdefault(q.topic, []).append(q)  # held back by a cap only
            continue
        if (by := next((k for k in kept if lint.gives_away(q, k) or lint.gives_away(k, q)),
                       None)) is not None:
            why[q.id] = f"gives-away {by.id}"
            continue
        if t.startswith("said") and any(variety.template(k).startswith("said")
                                        and (_same_quote(q, k) or _one_remark(q, k, story))
                                        for k in kept):
            why[q.id] = "same-quote"
            continue
        kept.append(q)
        facts.add(key)
        per_template[t] = per_template.get(t, 0) + 1
        for x in set(sentences):
            per_sentence[x] = per_sentence.get(x, 0) + 1
        if speaker:
            per_speaker[speaker] = per_speaker.get(speaker, 0) + 1
        if answer:
            per_answer[answer] = per_answer.get(answer, 0) + 1
    return kept + _covering(kept, spare, why)


def _covering(kept: list[Question], spare: dict[Topic, list[Question]], why: dict[str, str]
              ) -> list[Question]:
    """A topic the bank would lack, asked once by its best question that only the per-answer
    cap held back (a main actor's post after two of their quotes): a bank covers the story's
    people as well as its dates and quotes."""
    topics = {q.topic for q in kept}
    added: list[Question] = []
    for topic in sorted(spare, key=lambda t: t.value):
        if topic in topics:
            continue
        q = next((q for q in spare[topic] if not any(
            lint.gives_away(q, k) or lint.gives_away(k, q) for k in (*kept, *added))), None)
        if q is not None:
            added.append(q)
            why.pop(q.id, None)
    return added


def _answer_key(q: Question) -> str:
    """What a choice or typed question is keyed to, for the per-answer cap (an outlet in a
    sources question is not: every such question names one)."""
    if q.topic is Topic.SOURCES or not isinstance(q, (ChoiceQuestion, ShortQuestion)) or \
            not isinstance(q.answer, str):
        return ""
    return folded(q.answer)
