"""A quiz session without a user interface: what comes next, how options are shuffled, the score.

The Textual app drives a :class:`QuizSession`; so can a test or another front
end. Everything random derives from one seed, so the same seed gives the same
questions in the same order with the same option order, and a session saved
with :meth:`QuizSession.to_state` (plain JSON data) resumes exactly where it
stopped.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from factdeck.bank.model import (
    Bank,
    ChoiceQuestion,
    LazyQuestions,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    Question,
    Topic,
)
from factdeck.errors import FactdeckError

if TYPE_CHECKING:
    from factdeck.study.grading import Grade

STATE_FORMAT = 1
GIVEAWAY_POOL = 400  # questions put in a no-giveaway order at a time (all of a smaller bank)


class Mode(StrEnum):
    """How a session runs: feedback after each answer, at the end, or spaced review."""

    PRACTICE = "practice"
    TEST = "test"
    REVIEW = "review"

    @property
    def shows_feedback(self) -> bool:
        """Whether each answer is followed by the right answer and its evidence."""
        return self is not Mode.TEST


class SessionError(FactdeckError):
    """A session that cannot start (no questions match) or a saved state that does not fit."""


@dataclass(frozen=True, slots=True)
class Answer:
    """One answered question."""

    question_id: str
    response: Any
    correct: bool
    score: float
    seconds: float
    note: str = ""


@dataclass(frozen=True, slots=True)
class TopicScore:
    """Right answers out of questions asked, for one topic."""

    topic: Topic
    correct: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.total) if self.total else 0


def new_seed() -> int:
    """A fresh seed, stored in the session so that a resumed session keeps its order."""
    return random.SystemRandom().randrange(1, 2**31)


class QuizSession:
    """The questions of one sitting, their shuffled options, the answers given so far."""

    def __init__(
        self,
        bank: Bank,
        questions: Sequence[Question],
        *,
        mode: Mode | str = Mode.PRACTICE,
        seed: int | None = None,
        time_limit: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        filters: dict[str, Any] | None = None,
    ) -> None:
        """``questions`` are asked in the given order; ``time_limit`` is in seconds (test mode).

        ``filters`` records what the session was started with (topics, kinds, tags,
        count), so that a saved session is offered again only for the same request.

        A :class:`LazyQuestions` is kept as it is, so that a session of a big bank builds
        only the questions it shows.
        """
        if not questions:
            raise SessionError("no questions to ask (check the --topic, --kind and --tag filters)")
        self.bank = bank
        self.questions: Sequence[Question] = questions if isinstance(questions, LazyQuestions) \
            else list(questions)
        self.mode = Mode(mode)
        self.seed = new_seed() if seed is None else int(seed)
        self.time_limit = time_limit if time_limit and time_limit > 0 else None
        self.answers: list[Answer] = []
        self.stopped = False  # time ran out or the learner ended the session early
        self.filters: dict[str, Any] = dict(filters or {})
        self._clock = clock
        self._elapsed_before = 0.0  # time spent before a resume
        self._paused_at: float | None = None  # while a dialog stands before the questions
        self._paused_total = 0.0
        self._unsettled = False  # the no-giveaway order is still to be made (settle_order)
        self._started = clock()
        self._asked_at = self._started

    # ------------------------------------------------------------- building

    @classmethod
    def start(
        cls,
        bank: Bank,
        *,
        topics: Sequence[str] = (),
        kinds: Sequence[str] = (),
        tags: Sequence[str] = (),
        count: int | None = None,
        mode: Mode | str = Mode.PRACTICE,
        seed: int | None = None,
        time_limit: float | None = None,
        order: Callable[[Sequence[Question]], Sequence[Question]] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> QuizSession:
        """Filter, order (shuffled by seed, or by ``order`` such as a review queue) and cut.

        The shuffle permutes positions, not questions: the same order for a seed whether
        the bank's questions are built or not, and nothing is built to pick them.
        No question comes after one whose prompt (or, with feedback, explanation and
        evidence) shows its answer: :meth:`settle_order` sees to that once the first
        question shows (so that it shows sooner), and at the latest on the first answer.
        Raises :class:`SessionError` when no question matches the filters.
        """
        seed = new_seed() if seed is None else int(seed)
        if count is not None and count < 1:
            raise SessionError("--count must be at least 1")
        if topics or kinds or tags:
            selected = bank.select(topics=tuple(topics), kinds=tuple(kinds), tags=tuple(tags))
        else:
            selected = bank.questions
        if not selected:
            raise SessionError(_nothing_matches(bank, topics, kinds, tags))
        chosen: Sequence[Question]
        if order is not None:
            chosen = list(order(selected))
            if not chosen:
                raise SessionError("nothing is due for review now; come back later or practise")
        else:
            rng = random.Random(f"{seed}:questions")
            if count is not None and count < len(selected):
                picked = rng.sample(range(len(selected)), count)
            else:
                picked = list(range(len(selected)))
                rng.shuffle(picked)
            chosen = _pick(selected, picked)
        if count is not None:
            chosen = chosen[:count]
        filters = {"topics": sorted(topics), "kinds": sorted(kinds), "tags": sorted(tags),
                   "count": count}
        session = cls(bank, chosen, mode=mode, seed=seed, time_limit=time_limit, clock=clock,
                      filters=filters)
        session._unsettled = True
        return session

    def settle_order(self) -> bool:
        """Put the questions not yet shown in an order where none gives a later one away.

        The questions already on screen (those answered and the current one) stay as
        they are, and the questions they gave away are left out. Building and reading
        every question takes a moment, so the app calls this once the first question
        shows; :meth:`answer` calls it too. Returns whether the questions changed.
        """
        if not self._unsettled:
            return False
        self._unsettled = False
        from factdeck.study.giveaway import spoiler_free

        questions = self.questions
        shown = min(self.index + 1, len(questions))
        window = questions[:shown + GIVEAWAY_POOL]
        positions = spoiler_free(list(window), feedback=self.mode.shows_feedback, shown=shown)
        if positions == list(range(len(window))):
            return False
        positions += range(len(window), len(questions))
        self.questions = _pick(questions, positions)
        return True

    def retry_missed(self) -> QuizSession:
        """A new session of the questions missed (or left unanswered), in a fresh order."""
        right = {a.question_id for a in self.answers if a.correct}
        missed = [i for i, qid in enumerate(self.question_ids()) if qid not in right]
        if not missed:
            raise SessionError("no missed questions to retry")
        seed = self.seed + 1
        random.Random(f"{seed}:questions").shuffle(missed)
        return QuizSession(self.bank, _pick(self.questions, missed), mode=self.mode, seed=seed,
                           time_limit=self.time_limit, clock=self._clock,
                           filters={**self.filters, "retry": True})

    # ------------------------------------------------------------- progress

    def question_ids(self) -> list[str]:
        """The ids of the session's questions in order, without building any question."""
        if isinstance(self.questions, LazyQuestions):
            return self.questions.ids
        return [q.id for q in self.questions]

    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def index(self) -> int:
        """Zero-based index of the current question (== total when finished)."""
        return len(self.answers)

    @property
    def finished(self) -> bool:
        return self.stopped or self.index >= self.total or self.time_left() == 0

    @property
    def current(self) -> Question | None:
        """The question to ask now, or None when the session is over."""
        if self.finished:
            return None
        return self.questions[self.index]

    @property
    def correct_count(self) -> int:
        return sum(1 for a in self.answers if a.correct)

    def answer(self, response: Any) -> tuple[Answer, Grade]:
        """Grade the response to the current question and move on to the next one."""
        from factdeck.study import grading  # not needed to show the first question: keep start fast

        self.settle_order()
        question = self.current
        if question is None:
            raise SessionError("the session is over; there is no question to answer")
        verdict = grading.grade(question, response)
        now = self._clock()
        seconds = max(0.0, now - self._asked_at)
        self._asked_at = now
        given = Answer(question.id, response, verdict.correct, verdict.score, round(seconds, 3),
                       verdict.note)
        self.answers.append(given)
        return given, verdict

    def mark_shown(self) -> None:
        """Start the clock of the current question (call when it appears on screen)."""
        self._asked_at = self._clock()

    def stop(self) -> None:
        """End the session early; unanswered questions count as missed."""
        self.stopped = True

    # ------------------------------------------------------------- time

    def elapsed(self) -> float:
        """Seconds spent in this session, across resumes, not counting pauses."""
        now = self._clock()
        paused = self._paused_total + (now - self._paused_at if self._paused_at is not None
                                       else 0.0)
        return self._elapsed_before + (now - self._started) - paused

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    def pause(self) -> None:
        """Stop the clock (and the time limit) while something else holds the screen."""
        if self._paused_at is None:
            self._paused_at = self._clock()

    def unpause(self) -> None:
        """Start the clock again; the current question's time starts afresh."""
        if self._paused_at is not None:
            self._paused_total += self._clock() - self._paused_at
            self._paused_at = None
            self.mark_shown()

    def time_left(self) -> float | None:
        """Seconds left under the time limit, None without one; never negative."""
        if self.time_limit is None:
            return None
        return max(0.0, self.time_limit - self.elapsed())

    # ------------------------------------------------------------- options

    def _rng(self, question: Question, what: str) -> random.Random:
        return random.Random(f"{self.seed}:{question.id}:{what}")

    def options(self, question: Question) -> list[str]:
        """The options of a choice or multi question, shuffled the same way for a seed."""
        if not isinstance(question, (ChoiceQuestion, MultiQuestion)):
            return []
        shown = list(dict.fromkeys(question.options))
        self._rng(question, "options").shuffle(shown)
        return shown

    def match_rights(self, question: MatchQuestion) -> list[str]:
        """The right-hand column of a match question, shuffled (never left in the answer order)."""
        rights = [p.right for p in question.pairs]
        return _shuffled_away(rights, self._rng(question, "match"))

    def order_items(self, question: OrderQuestion) -> list[str]:
        """The items of an order question as first shown: shuffled, never already in order."""
        return _shuffled_away(list(question.items), self._rng(question, "order"))

    # ------------------------------------------------------------- results

    def missed(self) -> list[Question]:
        """Questions answered wrongly or not at all, in the order asked."""
        right = {a.question_id for a in self.answers if a.correct}
        return [q for q in self.questions if q.id not in right]

    def answer_for(self, question_id: str) -> Answer | None:
        for a in self.answers:
            if a.question_id == question_id:
                return a
        return None

    def score_by_topic(self) -> list[TopicScore]:
        """Right answers per topic, over every question of the session (unanswered = missed)."""
        right = {a.question_id for a in self.answers if a.correct}
        totals: dict[Topic, list[int]] = {}
        questions = self.questions
        topic_of = questions.topic_of if isinstance(questions, LazyQuestions) \
            else (lambda i: questions[i].topic)
        for i, qid in enumerate(self.question_ids()):
            entry = totals.setdefault(Topic(topic_of(i)), [0, 0])
            entry[1] += 1
            entry[0] += qid in right
        return [TopicScore(t, *totals[t]) for t in Topic if t in totals]

    def summary_lines(self, *, review: int = 3) -> list[str]:
        """A few lines to print once the quiz is gone: answered, right, by topic, and the
        missed questions to review next (up to ``review`` of them)."""
        answered = len(self.answers)
        right = self.correct_count
        percent = round(100 * right / answered) if answered else 0
        lines = [f"{self.bank.title}: answered {answered} of {self.total}, "
                 f"{right} right ({percent}%)"]
        if not answered:
            return lines
        asked = {a.question_id: a.correct for a in self.answers}
        tally: dict[Topic, list[int]] = {}
        questions = self.questions
        topic_of = questions.topic_of if isinstance(questions, LazyQuestions) \
            else (lambda i: questions[i].topic)
        for i, qid in enumerate(self.question_ids()[:answered]):
            entry = tally.setdefault(Topic(topic_of(i)), [0, 0])
            entry[0] += asked.get(qid, False)
            entry[1] += 1
        lines.append("By topic: " + ", ".join(f"{t.value} {tally[t][0]}/{tally[t][1]}"
                                              for t in Topic if t in tally))
        wrong = [a.question_id for a in self.answers if not a.correct]
        if wrong:
            lines.append("Review next:")
            for qid in wrong[:review]:
                question = self.bank.question(qid)
                lines.append(f"  - {question.prompt if question else qid}")
            if len(wrong) > review:
                lines.append(f"  ... and {len(wrong) - review} more")
        else:
            lines.append("Nothing to review: every answer was right.")
        return lines

    # ------------------------------------------------------------- resume

    def to_state(self) -> dict[str, Any]:
        """Everything needed to resume, as JSON-able data."""
        return {
            "format": STATE_FORMAT,
            "bank": self.bank.name,
            "mode": self.mode.value,
            "seed": self.seed,
            "time_limit": self.time_limit,
            "filters": self.filters,
            "elapsed": round(self.elapsed(), 3),
            "questions": self.question_ids(),
            "answers": [
                {"id": a.question_id, "response": a.response, "correct": a.correct,
                 "score": a.score, "seconds": a.seconds, "note": a.note}
                for a in self.answers
            ],
        }

    @classmethod
    def from_state(cls, bank: Bank, state: dict[str, Any], *,
                   clock: Callable[[], float] = time.monotonic) -> QuizSession:
        """Rebuild a saved session; :class:`SessionError` when it does not fit this bank."""
        try:
            if state.get("format") != STATE_FORMAT:
                raise SessionError("the saved session was written by another factdeck version")
            if state.get("bank") != bank.name:
                raise SessionError(f"the saved session belongs to bank {state.get('bank')!r}")
            ids = [str(qid) for qid in state["questions"]]
            questions = _by_ids(bank, ids)
            session = cls(bank, questions, mode=state["mode"], seed=int(state["seed"]),
                          time_limit=state.get("time_limit"), clock=clock,
                          filters=state.get("filters"))
            for i, raw in enumerate(state["answers"]):
                if i >= len(ids) or raw["id"] != ids[i]:
                    raise SessionError("the saved answers do not match the saved questions")
                session.answers.append(Answer(str(raw["id"]), raw["response"],
                                              bool(raw["correct"]), float(raw["score"]),
                                              float(raw["seconds"]), str(raw.get("note", ""))))
            session._elapsed_before = float(state.get("elapsed", 0.0))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SessionError(f"the saved session is damaged ({exc})") from None
        return session


def _pick(questions: Sequence[Question], indexes: list[int]) -> Sequence[Question]:
    """The questions at ``indexes``, in that order; a lazy sequence stays unbuilt."""
    if isinstance(questions, LazyQuestions):
        return questions.pick(indexes)
    return [questions[i] for i in indexes]


def _by_ids(bank: Bank, ids: list[str]) -> Sequence[Question]:
    """The bank's questions with these ids, in that order (unbuilt for a lazy bank)."""
    all_questions = bank.questions
    if isinstance(all_questions, LazyQuestions):
        positions = all_questions.indexes_of(ids)
        missing = next((qid for qid, p in zip(ids, positions, strict=True) if p is None), None)
        if missing is None:
            return all_questions.pick(positions)  # type: ignore[arg-type]
    else:
        found = [bank.question(qid) for qid in ids]
        missing = next((qid for qid, q in zip(ids, found, strict=True) if q is None), None)
        if missing is None:
            return found  # type: ignore[return-value]
    raise SessionError(f"question {missing!r} of the saved session is no longer in the bank")


def _shuffled_away(items: list[str], rng: random.Random) -> list[str]:
    """Shuffle so that the result differs from the input whenever that is possible."""
    shown = list(items)
    if len(set(shown)) < 2:
        return shown
    for _ in range(10):
        rng.shuffle(shown)
        if shown != items:
            return shown
    return shown[1:] + shown[:1]


def _nothing_matches(bank: Bank, topics: Sequence[str], kinds: Sequence[str],
                     tags: Sequence[str]) -> str:
    wanted = []
    if topics:
        wanted.append("topic " + "/".join(topics))
    if kinds:
        wanted.append("kind " + "/".join(kinds))
    if tags:
        wanted.append("tag " + "/".join(tags))
    if not wanted:
        return f"the bank {bank.title!r} holds no questions"
    return f"no question of {bank.title!r} has {' and '.join(wanted)}"
