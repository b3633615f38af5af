"""The study log: what the quiz app calls to remember answers and pick what is due.

A façade over the progress store (:mod:`factdeck.study.progress`) and the FSRS
scheduler (:mod:`factdeck.study.scheduling`), so the app never touches SQL or FSRS.
Every :meth:`StudyLog.record` is committed before it returns: an answer
survives the app being killed right after.

Banks are known in the store by :attr:`factdeck.bank.model.Bank.name`; questions by
their id. A question removed from a bank keeps its history but is not shown.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factdeck.bank.model import Bank, Question
from factdeck.errors import ProgressError
from factdeck.study import scheduling
from factdeck.study.progress import (
    ANSWER_OUT_OF_DATE,
    INSERT_EVENT,
    INSERT_NEW_CARD,
    RECORD_ANSWER,
    UPDATE_CARD_IF_UNCHANGED,
    UPSERT_CARD,
    CardRow,
    Event,
    ImportResult,
    ProgressStore,
    parse_utc,
    read_export_file,
    utc_text,
)

if TYPE_CHECKING:
    from fsrs import Card


#: A cached card: (FSRS card, first seen, the card's text as stored).
_Known = tuple["Card", str, str]


def _reviewed(known: _Known | None, bank: str, question: str, rating: int, when: datetime,
              at: str, iso: str) -> tuple[Card, str, str, str]:
    """The card after an answer at ``when`` (``at`` its utc_text, ``iso`` its
    isoformat): (card, first seen, card as stored, due as stored)."""
    if known is None:
        card, first_seen = scheduling.new_card(bank, question, when), at
    else:
        card, first_seen = known[0], known[1]
    card = scheduling.review_utc(card, rating, when)
    due_iso = card.due.isoformat()
    text = scheduling.dump_card(card, due_iso=due_iso, last_iso=iso)
    return card, first_seen, text, scheduling.text_of_iso(due_iso)


def local_zone() -> tzinfo:
    """The machine's time zone: days (for the daily new limit, for statistics) are local."""
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC


def day_start(now: datetime, zone: tzinfo) -> datetime:
    """Midnight starting the day ``now`` falls in, in ``zone``, as a UTC time."""
    local = now.astimezone(zone)
    return local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)


class StudyLog:
    """The learner's answers and schedule; open with :meth:`open`, end with :meth:`close`."""

    def __init__(self, store: ProgressStore, zone: tzinfo | None = None) -> None:
        self.store = store
        #: The time zone whose midnight starts a new day.
        self.zone = zone or local_zone()
        # bank name -> question id -> (FSRS card, first seen, card as stored); see _schedule
        self._cache: dict[str, dict[str, _Known]] = {}
        self._names: dict[int, tuple[Bank, str]] = {}  # id(bank) -> (bank, bank.name)

    @classmethod
    def open(cls, path: Path | None = None) -> StudyLog:
        """Open the store at ``path`` (default: the user's progress file).

        Raises :class:`factdeck.errors.ProgressError` with a clear message; a corrupt
        or foreign file is moved aside instead, and :attr:`notice` says so.
        """
        if path is None:
            from factdeck.locations import progress_path

            path = progress_path()
        return cls(ProgressStore.open(path))

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def notice(self) -> str | None:
        """A message to show the user when the store had to be recovered, else None."""
        return self.store.notice

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> StudyLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- answers ---------------------------------------------------------------------------

    def record(self, bank: Bank, question: Question, *, given: str, correct: bool,
               seconds: float, mode: str, now: datetime | None = None) -> None:
        """Store one answer and the question's new schedule in one committed transaction.

        This runs between an answer and the next question, so it is kept lean. When
        the bank's schedule is cached, the FSRS step is computed from the cached card
        before any lock is taken and sent as one statement (:data:`RECORD_ANSWER`),
        committed on its own; SQLite writes it only if the stored card is still the
        one the step started from and no later answer is stored, else nothing is
        written and :meth:`_record_locked` does it again under the write lock.
        """
        name = self._bank_name(bank)
        qid = question.id
        seconds = max(0.0, float(seconds))
        kind = question.kind
        rating = scheduling.rating_for(correct, seconds, kind)
        cards = self._cache.get(name)
        store = self.store
        if cards is not None and not store.conn.in_transaction:
            when = datetime.now(UTC) if now is None else scheduling.utc(now)
            iso = when.isoformat()
            at = scheduling.text_of_iso(iso)
            known = cards.get(qid)
            card, first_seen, text, due = _reviewed(known, name, qid, rating, when, at, iso)
            # topic and kind are StrEnums: SQLite stores their text as is
            try:
                store.cursor.execute(RECORD_ANSWER, (
                    ProgressStore.new_uid(), name, qid, at, mode, str(given),
                    1 if correct else 0, seconds, int(rating), question.topic, kind,
                    text, due, first_seen, None if known is None else known[2]))
            except sqlite3.IntegrityError as exc:
                if str(exc) != ANSWER_OUT_OF_DATE:
                    self._cache.clear()
                    raise ProgressError(f"{store.path}: cannot save the answer: {exc}"
                                        ) from exc
            except sqlite3.Error as exc:
                self._cache.clear()
                raise ProgressError(f"{store.path}: cannot save the answer: {exc}") from exc
            else:
                cards[qid] = (card, first_seen, text)
                return
        self._record_locked(name, question, rating, given=given, correct=correct,
                            seconds=seconds, mode=mode, now=now)

    def _record_locked(self, name: str, question: Question, rating: int, *, given: str,
                       correct: bool, seconds: float, mode: str, now: datetime | None
                       ) -> None:
        """:meth:`record` inside BEGIN IMMEDIATE: the first answer to a bank (whose
        schedule is read then), and any answer whose card changed meanwhile.

        The time is taken under the lock, so commit order is time order even when
        two windows answer at once. The card's UPDATE names the state it was
        computed from: when another window or command changed it, nothing is
        written, the bank's schedule is read again and the step is redone (see
        :meth:`_schedule`).
        """
        qid = question.id
        kind = question.kind
        event = [ProgressStore.new_uid(), name, qid, "", mode, str(given),
                 1 if correct else 0, seconds, int(rating), question.topic, kind]
        store = self.store
        conn = store.begin()
        cursor = store.cursor
        try:
            when = scheduling.utc(now)
            iso = when.isoformat()
            event[3] = at = scheduling.text_of_iso(iso)
            cards = self._cache.get(name)
            if cards is None:
                cards = self._schedule(conn, name)
            known = cards.get(qid)
            card, first_seen, text, due = _reviewed(known, name, qid, rating, when, at, iso)
            if known is None:
                cursor.execute(INSERT_NEW_CARD, (name, qid, text, due, first_seen, at))
            else:
                cursor.execute(UPDATE_CARD_IF_UNCHANGED, (text, due, at, name, qid, known[2]))
            if cursor.rowcount != 1:  # someone else wrote this card since we read it
                cards = self._schedule(conn, name)
                known = cards.get(qid)
                card, first_seen, text, due = _reviewed(known, name, qid, rating, when, at,
                                                        iso)
                cursor.execute(UPSERT_CARD, (name, qid, text, due, first_seen, at))
            cursor.execute(INSERT_EVENT, event)
            store.commit()
        except sqlite3.Error as exc:
            store.rollback()
            self._cache.clear()
            raise ProgressError(f"{store.path}: cannot save the answer: {exc}") from exc
        except BaseException:
            store.rollback()
            self._cache.clear()
            raise
        cards[qid] = (card, first_seen, text)

    def _bank_name(self, bank: Bank) -> str:
        """``bank.name``, remembered per bank object (it is derived from the path each time)."""
        known = self._names.get(id(bank))
        if known is None or known[0] is not bank:
            known = self._names[id(bank)] = (bank, bank.name)
        return known[1]

    def _schedule(self, conn: sqlite3.Connection, name: str) -> dict[str, _Known]:
        """Read the cards of a bank into the cache; call inside a write transaction.

        The cache is then trusted only as far as each card's stored text: an
        answer's UPDATE changes its card only if the stored text is still the one
        cached, so a second quiz window (or a command) that wrote meanwhile is
        noticed at the card it touched, without a query per answer.
        """
        cards: dict[str, _Known] = {}
        broken = []
        for question, text, first_seen in conn.execute(
                "SELECT question, card, first_seen FROM cards WHERE bank = ?", (name,)):
            try:
                cards[question] = (scheduling.load_card(text), first_seen, text)
            except (ValueError, KeyError, TypeError):
                broken.append(question)
        if broken:  # a damaged schedule is rebuilt from the answers it came from
            self._rebuild(conn, frozenset((name, q) for q in broken))
            for question, text, first_seen in conn.execute(
                    "SELECT question, card, first_seen FROM cards WHERE bank = ?"
                    f" AND question IN ({','.join('?' * len(broken))})", (name, *broken)):
                cards[question] = (scheduling.load_card(text), first_seen, text)
        self._cache[name] = cards
        return cards

    # -- what to study ---------------------------------------------------------------------

    def review_queue(self, bank: Bank, questions: Sequence[Question], *,
                     now: datetime | None = None, new_limit: int = 20) -> list[Question]:
        """Due questions, most overdue first, then never-answered ones.

        New questions are limited to ``new_limit`` per day (counting those first
        answered earlier today). Only ``questions`` are considered, so questions
        removed from the bank (or filtered out) never come back.
        """
        when = scheduling.utc(now)
        due_times = self.store.due_times(bank.name)
        cutoff = utc_text(when)
        due: list[tuple[str, int, Question]] = []
        new: list[Question] = []
        for index, question in enumerate(questions):
            due_at = due_times.get(question.id)
            if due_at is None:
                new.append(question)
            elif due_at <= cutoff:
                due.append((due_at, index, question))
        due.sort(key=lambda item: (item[0], item[1]))
        started_today = self.store.first_seen_since(
            bank.name, utc_text(day_start(when, self.zone)))
        room = max(0, new_limit - len(started_today))
        return [q for _, _, q in due] + new[:room]

    def due_count(self, bank: Bank, now: datetime | None = None) -> int:
        """How many questions of the bank are due for review now."""
        cutoff = utc_text(scheduling.utc(now))
        ids = set(bank.question_ids)
        return sum(1 for qid, due in self.store.due_times(bank.name).items()
                   if qid in ids and due <= cutoff)

    def new_count(self, bank: Bank) -> int:
        """How many questions of the bank were never answered."""
        seen = self.store.due_times(bank.name)
        return sum(1 for qid in bank.question_ids if qid not in seen)

    def due_at(self, bank: Bank, question: Question) -> datetime | None:
        """When a question is next due, or None if it was never answered."""
        due = self.store.due_times(bank.name).get(question.id)
        return parse_utc(due) if due else None

    def history(self, bank: Bank, question: Question | None = None) -> list[Event]:
        """The stored answers of a bank (or of one of its questions), oldest first."""
        return self.store.events(bank.name, question.id if question else None)

    # -- resume ----------------------------------------------------------------------------

    def save_resume(self, bank: Bank, state: dict[str, Any]) -> None:
        """Remember where an unfinished quiz of this bank stopped (JSON-ready data)."""
        self.store.save_resume(bank.name, state, datetime.now(UTC))

    def load_resume(self, bank: Bank) -> dict[str, Any] | None:
        return self.store.load_resume(bank.name)

    def clear_resume(self, bank: Bank) -> None:
        self.store.clear_resume(bank.name)

    # -- moving to another machine ---------------------------------------------------------

    def export_file(self, target: str | os.PathLike[str], now: datetime | None = None) -> int:
        """Write everything to a JSON file (atomically); the number of answers written."""
        return self.store.export_file(target, scheduling.utc(now))

    def import_file(self, source: str | os.PathLike[str]) -> ImportResult:
        """Merge an export into this store without duplicating answers; the schedule of
        every question whose history grew is rebuilt from the merged history."""
        data = read_export_file(source)
        self._cache.clear()  # the import rebuilds cards
        return self.store.import_data(data, str(source), self._rebuild)

    def _rebuild(self, conn: sqlite3.Connection, touched: frozenset[tuple[str, str]]) -> None:
        for (bank, question), rows in sorted(ProgressStore.histories(conn, touched).items()):
            history = [(parse_utc(at), rating) for at, rating in rows]
            card = scheduling.replay(bank, question, history)
            self.store.put_card(conn, CardRow(bank, question, scheduling.dump_card(card),
                                              utc_text(card.due), utc_text(history[0][0]),
                                              utc_text(history[-1][0])))
