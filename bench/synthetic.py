"""A synthetic bank of every kind and topic, shared by the export benchmarks."""

from __future__ import annotations

import datetime as dt

from factdeck.bank.model import (
    Article,
    Bank,
    ChoiceQuestion,
    ClozeQuestion,
    DateQuestion,
    Evidence,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    Pair,
    ShortQuestion,
    Topic,
    TrueFalseQuestion,
)

TOPICS = list(Topic)


def synthetic_bank(count: int, *, pairs: int = 4, evidence: int = 2) -> Bank:
    """A bank of ``count`` questions cycling through every kind and topic.

    ``pairs`` per match question and ``evidence`` quotes (1 or 2) per question.
    """
    articles = tuple(Article(id=f"a{i}", file=f"articles/a{i}.txt", outlet=f"Outlet {i}",
                             title=f"Headline number {i} about the talks",
                             published=dt.date(2020, 1, 1 + i)) for i in range(3))
    questions = []
    for n in range(count):
        topic = TOPICS[n % len(TOPICS)]
        common = dict(id=f"q{n}", topic=topic,
                      prompt=f"Question {n}: which statement about meeting {n} is right?",
                      explanation=f"Explanation of question {n}.",
                      evidence=(Evidence("a0", f"Evidence sentence {n} from the first outlet."),
                                Evidence("a1", f"Evidence sentence {n} from the second one."))
                      [:evidence])
        kind = n % 8
        if kind == 0:
            q = ChoiceQuestion(answer=f"Answer {n}", distractors=(f"Wrong {n}a", f"Wrong {n}b",
                                                                 f"Wrong {n}c"), **common)
        elif kind == 1:
            q = MultiQuestion(answers=(f"Right {n}a", f"Right {n}b"),
                              distractors=(f"Wrong {n}a", f"Wrong {n}b"), **common)
        elif kind == 2:
            q = TrueFalseQuestion(answer=bool(n % 3), **common)
        elif kind == 3:
            q = ShortQuestion(answer=f"Name {n}", accept=(f"N. {n}",), **common)
        elif kind == 4:
            q = DateQuestion(answer=f"20{10 + n % 10}-0{1 + n % 9}-1{n % 9}", **common)
        elif kind == 5:
            common.pop("prompt")
            q = ClozeQuestion(text=f"In talks {n} the {{{{minister}}}} met the {{{{envoy {n}}}}}.",
                              **common)
        elif kind == 6:
            q = MatchQuestion(pairs=tuple(Pair(f"Left {n}.{i}", f"Right {n}.{i}")
                                          for i in range(pairs)), **common)
        else:
            q = OrderQuestion(items=tuple(f"Event {n}.{i}" for i in range(4)),
                              dates=tuple(f"201{i}" for i in range(4)), **common)
        questions.append(q)
    return Bank(title="Benchmark bank", description="Synthetic questions.",
                questions=tuple(questions), articles=articles)
