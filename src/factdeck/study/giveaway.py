"""Questions that give each other away, and a session order in which none does.

A question's answer is *shown* when an earlier question puts it on screen in the
same context: the feedback of "How many died in the attack?" quotes the
sentence that also answers "Who said the attack was planned?", or, in test
mode, one prompt states what the next one asks. Such a question is moved before
the one that shows its answer, or left out when two questions show each other's.

The check works on sentences: a sentence shows a question's answer when it holds
the answer (whole words, case and accents ignored) and enough of the question's
own prompt words to be about the same fact. The generator has a stricter check of
a question against its own text (``generate/leaks.py``); this one is about what
other questions reveal, and needs nothing above the bank model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from factdeck.bank.model import (
    ChoiceQuestion,
    ClozeQuestion,
    DateQuestion,
    MatchQuestion,
    MultiQuestion,
    Question,
    ShortQuestion,
)
from factdeck.textnorm import fold, normalize_quotes

# words that say nothing about which fact a sentence is about
_FILLER = frozenset("""
which what when where whom whose that this these those there their they them then than
with from into onto over under about after before during while also have been were will
would could should said says told according report reported reports article question
does into more most some such only other first last year years month day date people
the and for not but who why how did was are its his her him she our you any can has had
one two new say per via
""".split())
_SENTENCE = re.compile(r"(?<=[.!?;:\n])\s+")
_MIN_WORD = 3
CONTEXT_WORDS = 2  # prompt words a sentence must share to be about the same fact


@dataclass(frozen=True, slots=True)
class Clue:
    """An answer (folded) and the prompt words a sentence needs to be about the same fact."""

    answer: str
    context: frozenset[str]
    need: int


_PUNCT = re.compile(r"[^\w\s]")


@lru_cache(maxsize=1 << 14)
def _fold(text: str) -> str:
    """:func:`fold`, with a fast path for text that is plain ASCII once its typographic
    quotes and dashes are plain (most of a bank): a session is ordered as it starts."""
    plain = normalize_quotes(text)
    if plain.isascii():
        return " ".join(_PUNCT.sub(" ", plain.lower()).split())
    return fold(text)


def content_words(text: str) -> frozenset[str]:
    """Folded words long enough and specific enough to tell one fact from another."""
    return frozenset(w for w in _fold(text).split() if len(w) >= _MIN_WORD and w not in _FILLER)


def _date_forms(question: DateQuestion) -> list[str]:
    date = question.date
    forms = [date.human()]
    if date.day is not None:
        month = date.human().split()[1]
        forms += [f"{month} {date.day} {date.year}", f"{month} {date.day}"]
    return forms


def clues(question: Question) -> list[Clue]:
    """What would give this question away; none for kinds a sentence cannot answer
    (true/false statements, orders)."""
    answers: list[str]
    if isinstance(question, ChoiceQuestion):
        answers = [question.answer]
    elif isinstance(question, MultiQuestion):
        answers = list(question.answers)
    elif isinstance(question, ShortQuestion):
        answers = [question.answer, *question.accept]
    elif isinstance(question, DateQuestion):
        answers = _date_forms(question)
    elif isinstance(question, ClozeQuestion):
        answers = list(question.gaps)
    elif isinstance(question, MatchQuestion):
        found = []
        for pair in question.pairs:
            context = content_words(pair.left)
            found.append(Clue(_fold(pair.right), context, min(1, len(context))))
        return [c for c in found if c.answer and c.need]
    else:
        return []
    prompt = question.prompt
    if isinstance(question, ClozeQuestion):
        prompt = re.sub(r"\{\{.*?\}\}", " ", prompt)
    found = []
    for answer in dict.fromkeys(_fold(a) for a in answers):
        if not answer:
            continue
        context = content_words(prompt) - set(answer.split())
        found.append(Clue(answer, context, min(CONTEXT_WORDS, len(context))))
    return found


def shown_texts(question: Question, *, feedback: bool) -> list[str]:
    """What the learner has read once ``question`` is done: its prompt and, with
    feedback, the right answer, the explanation and the evidence quotes."""
    texts = [question.prompt]
    if feedback:
        texts += [question.correct_text(), question.explanation,
                  *(e.quote for e in question.evidence)]
    return [t for t in texts if t]


def _sentences(texts: Sequence[str]) -> list[tuple[str, frozenset[str]]]:
    out = []
    for text in texts:
        for sentence in _SENTENCE.split(text):
            folded = _fold(sentence)
            if folded:
                out.append((f" {folded} ", frozenset(folded.split())))
    return out


def shows(sentence: tuple[str, frozenset[str]], clue: Clue) -> bool:
    """True when the (folded) sentence states the clue's answer about the same fact."""
    folded, words = sentence
    if not set(clue.answer.split()) <= words or f" {clue.answer} " not in folded:
        return False
    return len(clue.context & words) >= clue.need


def gives_away(shown: Question, asked: Question, *, feedback: bool) -> bool:
    """Whether what ``shown`` puts on screen answers ``asked``."""
    if shown.id == asked.id:
        return False
    sentences = _sentences(shown_texts(shown, feedback=feedback))
    return any(shows(s, c) for c in clues(asked) for s in sentences)


def revealed(questions: Sequence[Question], *, feedback: bool) -> list[set[int]]:
    """For each question, the positions of the other questions it gives away.

    An index from words to sentences keeps this near linear: each answer is looked
    for only in the sentences that hold its rarest word.
    """
    sentences: list[tuple[int, tuple[str, frozenset[str]]]] = []
    index: dict[str, list[int]] = {}
    for qi, question in enumerate(questions):
        for sentence in _sentences(shown_texts(question, feedback=feedback)):
            for word in sentence[1]:
                index.setdefault(word, []).append(len(sentences))
            sentences.append((qi, sentence))
    out: list[set[int]] = [set() for _ in questions]
    for bi, question in enumerate(questions):
        for clue in clues(question):
            words = clue.answer.split()
            postings = min((index.get(w, []) for w in words), key=len)
            for si in postings:
                ai, sentence = sentences[si]
                if ai != bi and bi not in out[ai] and shows(sentence, clue):
                    out[ai].add(bi)
    return out


def spoiler_free(questions: Sequence[Question], *, feedback: bool, shown: int = 0) -> list[int]:
    """Positions of ``questions`` in an order where no question's answer was shown before it.

    The first ``shown`` questions have been on screen already: they stay first, and the
    questions they give away are left out. The given order is kept as far as possible:
    a question goes as early as it can once every question it gives away has been
    asked. When questions give each other away in a circle, the first is asked and the
    ones it gives away are left out.
    """
    reveals = revealed(questions, feedback=feedback)
    shown = min(shown, len(questions))
    done: set[int] = set(range(shown))
    for i in range(shown):
        done |= reveals[i]
    order = list(range(shown))
    remaining = [i for i in range(shown, len(questions)) if i not in done]
    while remaining:
        pick = next((i for i in remaining if reveals[i] <= done), None)
        if pick is None:
            pick = remaining[0]
            done |= reveals[pick]
            remaining = [i for i in remaining if i not in reveals[pick]]
        order.append(pick)
        done.add(pick)
        remaining.remove(pick)
    return order


def first_giveaway(questions: Sequence[Question], *, feedback: bool
                   ) -> tuple[Question, Question] | None:
    """The first (earlier, later) pair where the earlier question shows the later's answer."""
    reveals = revealed(questions, feedback=feedback)
    for later in range(len(questions)):
        for earlier in range(later):
            if later in reveals[earlier]:
                return questions[earlier], questions[later]
    return None
