"""Key presses that answer any question right or wrong, for Pilot tests."""

from __future__ import annotations

from factdeck.bank.model import (
    ChoiceQuestion,
    ClozeQuestion,
    DateQuestion,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    Question,
    ShortQuestion,
    TrueFalseQuestion,
)
from factdeck.study.session import QuizSession

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def typed(text: str) -> list[str]:
    """Keys that type ``text`` into an input."""
    return ["space" if ch == " " else ch for ch in text]


def answer_keys(session: QuizSession, question: Question, right: bool) -> list[str]:
    """The keys a learner presses to answer ``question`` rightly (or wrongly)."""
    if isinstance(question, ChoiceQuestion):
        options = session.options(question)
        if right:
            return [str(options.index(question.answer) + 1)]
        wrong = next(i for i, o in enumerate(options) if o != question.answer)
        return [LETTERS[wrong]]
    if isinstance(question, MultiQuestion):
        options = session.options(question)
        if right:
            keys = [str(options.index(a) + 1) for a in question.answers]
        else:
            keys = [str(options.index(question.answers[0]) + 1)]
            if question.distractors:
                keys.append(str(options.index(question.distractors[0]) + 1))
            elif len(question.answers) > 1:
                keys = keys[:1]
        return [*keys, "enter"]
    if isinstance(question, TrueFalseQuestion):
        return ["t" if question.answer == right else "f"]
    if isinstance(question, ShortQuestion):
        return [*typed(question.answer.lower() if right else "zzzz qqqq"), "enter"]
    if isinstance(question, DateQuestion):
        date = question.date
        text = date.human() if right else f"{date.year - 3}"
        return [*typed(text), "enter"]
    if isinstance(question, ClozeQuestion):
        keys: list[str] = []
        for gap in question.gaps:
            keys += [*typed(gap if right else "zzzz"), "enter"]
        return keys
    if isinstance(question, MatchQuestion):
        rights = session.match_rights(question)
        if right:
            return [*(LETTERS[rights.index(p.right)] for p in question.pairs), "enter"]
        return [*("a" for _ in question.pairs), "enter"]
    if isinstance(question, OrderQuestion):
        if not right:
            return ["enter"]
        items = session.order_items(question)
        keys, cursor = [], 0
        for i, want in enumerate(question.items):
            p = items.index(want, i)
            keys += ["down" if p > cursor else "up"] * abs(p - cursor)
            keys += ["shift+up"] * (p - i)
            items.insert(i, items.pop(p))
            cursor = i
        return [*keys, "enter"]
    raise AssertionError(f"no keys for {question.kind}")
