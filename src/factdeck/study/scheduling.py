"""Spaced repetition with FSRS (the ``fsrs`` package, major version 6 pinned).

factdeck grades answers itself, so the learner never picks a rating; the
rating comes from the grade:

* wrong -> ``Again``;
* right -> ``Good``;
* right after a long hesitation -> ``Hard``: an answer that took longer than
  :data:`HESITATION_SECONDS` for its kind was recalled with effort, so the
  card comes back a little sooner. Picking an option is quicker than typing a
  date or ordering a timeline, hence one limit per kind.

The card id factdeck keys on is its own, stable one (bank name + question
id); FSRS's integer ``card_id`` is derived from it by hashing, so a question
keeps its history across edits as long as its id stays. Fuzzing is off:
banks are small, and a due date that follows from the answers alone can be
explained and tested. All times are UTC.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime

from fsrs import Card, Rating, Scheduler

from factdeck.bank.model import Kind

#: Seconds after which a right answer counts as hesitant (rated Hard), by kind.
HESITATION_SECONDS: dict[str, float] = {
    Kind.TRUEFALSE: 20.0,
    Kind.CHOICE: 30.0,
    Kind.MULTI: 45.0,
    Kind.SHORT: 45.0,
    Kind.DATE: 45.0,
    Kind.CLOZE: 60.0,
    Kind.MATCH: 90.0,
    Kind.ORDER: 90.0,
}
DEFAULT_HESITATION_SECONDS = 45.0

_SCHEDULER = Scheduler(enable_fuzzing=False)


class _Card(Card):
    """An FSRS card that copies itself in one step: ``Scheduler.review_card`` copies
    the card it is given, and the generic ``copy.copy`` is a fifth of a review's cost,
    which runs inside every answer's commit."""

    def __copy__(self) -> _Card:
        clone = object.__new__(_Card)
        clone.__dict__.update(self.__dict__)
        return clone


def rating_for(correct: bool, seconds: float, kind: str | None = None) -> Rating:
    """The FSRS rating of an auto-graded answer (see the module docstring)."""
    if not correct:
        return Rating.Again
    limit = HESITATION_SECONDS.get(kind or "", DEFAULT_HESITATION_SECONDS)
    return Rating.Hard if seconds > limit else Rating.Good


def card_number(bank: str, question: str) -> int:
    """FSRS's integer card id, derived from factdeck's stable (bank, question id)."""
    digest = hashlib.blake2b(f"{bank}\x1f{question}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1  # fits a signed 64-bit integer


def utc(moment: datetime | None) -> datetime:
    """``moment`` (now when None) in UTC; FSRS accepts nothing else."""
    if moment is None:
        return datetime.now(UTC)
    if moment.tzinfo is None:
        raise ValueError("naive datetime: give times with a timezone (UTC)")
    return moment.astimezone(UTC)


def new_card(bank: str, question: str, now: datetime | None = None) -> Card:
    """A never-reviewed card, due now."""
    return _Card(card_id=card_number(bank, question), due=utc(now))


def load_card(text: str) -> Card:
    """A card from the JSON the store holds."""
    card = _Card.from_json(text)
    card.due = utc(card.due)
    if card.last_review is not None:
        card.last_review = utc(card.last_review)
    return card


def dump_card(card: Card, *, due_iso: str | None = None, last_iso: str | None = None) -> str:
    """A card as compact JSON for the store: the keys of ``Card.to_dict``, written
    directly because this runs inside every answer's commit (twice as fast as json).

    ``due_iso`` and ``last_iso`` are the ``isoformat()`` of the card's times when the
    caller has them already (see :func:`iso_of_text`).
    """
    step, stability, difficulty, last = (card.step, card.stability, card.difficulty,
                                         card.last_review)
    if due_iso is None:
        due_iso = card.due.isoformat()
    if last is None:
        last_json = "null"
    else:
        last_json = f'"{last_iso if last_iso is not None else last.isoformat()}"'
    return (f'{{"card_id":{int(card.card_id)},"state":{int(card.state)},'
            f'"step":{"null" if step is None else int(step)},'
            f'"stability":{"null" if stability is None else repr(float(stability))},'
            f'"difficulty":{"null" if difficulty is None else repr(float(difficulty))},'
            f'"due":"{due_iso}","last_review":{last_json}}}')


def iso_of_text(text: str) -> str:
    """``isoformat()`` of a UTC time written by :func:`factdeck.study.progress.utc_text`,
    without building the datetime again (isoformat leaves out zero microseconds)."""
    stem = text[:-8] if text.endswith(".000000Z") else text[:-1]
    return stem + "+00:00"


def text_of_iso(iso: str) -> str:
    """:func:`factdeck.study.progress.utc_text` of a UTC time given as its ``isoformat()``."""
    stem = iso[:-6]
    return (stem if len(stem) > 19 else stem + ".000000") + "Z"


def review(card: Card, rating: Rating | int, when: datetime | None = None,
           seconds: float | None = None) -> Card:
    """The card after one review at ``when`` (``seconds`` is accepted for callers
    that have it; FSRS's schedule does not depend on it)."""
    return review_utc(card, Rating(rating), utc(when))


def review_utc(card: Card, rating: int, when: datetime, seconds: float = 0.0) -> Card:
    """:func:`review` for the hot path: ``when`` already in UTC, ``rating`` 1 to 4.

    The step is always ``fsrs.Scheduler``'s own: its arithmetic is not ours to copy.
    """
    return _library_review(card, rating, when)


def _library_review(card: Card, rating: int, when: datetime) -> Card:
    """The step done by ``fsrs.Scheduler`` itself."""
    if type(card) is not _Card:  # a card made elsewhere: review a fast-copying twin
        twin = object.__new__(_Card)
        twin.__dict__.update(card.__dict__)
        card = twin
    return _SCHEDULER.review_card(card, Rating(rating), when)[0]


def replay(bank: str, question: str, history: Iterable[tuple[datetime, int]]) -> Card:
    """The card a question's whole history of (time, rating) leads to, oldest first.

    Used after an import merges two histories: the state then follows from the
    events alone, whichever machine they came from.
    """
    items = sorted(history, key=lambda item: item[0])
    card = new_card(bank, question, items[0][0] if items else None)
    for when, rating in items:
        card = review(card, rating, when)
    return card


def retrievability(card: Card, now: datetime | None = None) -> float:
    """FSRS's estimate of the chance to recall the card at ``now`` (0 for a new card)."""
    return float(_SCHEDULER.get_card_retrievability(card, utc(now)))
