"""The progress store: every answer a learner gives, durable the moment it is given.

One SQLite file (``locations.progress_path()``, or ``--progress FILE``) holds

* ``events``: one row per answer (bank, question id, UTC time, mode, answer
  given, right or wrong, seconds, the scheduler rating), never updated;
* ``cards``: the scheduling state of each question (card id = bank name +
  question id, the FSRS card as JSON, its due time), one row per question;
* ``resume``: where an unfinished quiz stopped, one row per bank.

Why these settings: WAL with ``synchronous=NORMAL`` makes a committed answer
survive a killed process at a fraction of the cost of ``FULL`` (only a power
cut may lose the last commits), and a busy timeout lets two quiz windows
write to the same file without losing events. The schema is built by an
ordered list of migrations recorded in ``PRAGMA user_version``; the file is
marked as ours with ``PRAGMA application_id`` so that a foreign SQLite file is
recognised. A corrupt or foreign file is renamed aside (never deleted) and a
fresh store is created; :attr:`ProgressStore.notice` tells the user.

This module knows nothing of FSRS: it stores card JSON that
:mod:`factdeck.study.scheduling` produces. Standard library only.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from factdeck import atomic
from factdeck.errors import ProgressError

APPLICATION_ID = 0x46444B50  # "FDKP": marks a SQLite file as a factdeck progress store
EXPORT_FORMAT = 1
BUSY_TIMEOUT_MS = 10_000
SQLITE_HEADER = b"SQLite format 3\x00"

# Each migration runs once, in order, inside one transaction; never edit a released one,
# append a new one instead. ``events`` has no secondary index on purpose: every index is
# one more page written by each answer's commit, and the readers that scan events
# (statistics, import) run rarely and take milliseconds even at 100k events.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE events (
        seq      INTEGER PRIMARY KEY,
        uid      TEXT NOT NULL,
        bank     TEXT NOT NULL,
        question TEXT NOT NULL,
        at       TEXT NOT NULL,
        mode     TEXT NOT NULL,
        given    TEXT NOT NULL,
        correct  INTEGER NOT NULL,
        seconds  REAL NOT NULL,
        rating   INTEGER NOT NULL,
        topic    TEXT NOT NULL DEFAULT '',
        kind     TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE cards (
        bank       TEXT NOT NULL,
        question   TEXT NOT NULL,
        card       TEXT NOT NULL,
        due        TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        updated    TEXT NOT NULL,
        PRIMARY KEY (bank, question)
    );
    CREATE TABLE resume (
        bank  TEXT PRIMARY KEY,
        state TEXT NOT NULL,
        saved TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
    # 2: cards keyed by (bank, question) alone, without a rowid: an answer's UPSERT
    # then finds and rewrites its card in one B-tree instead of an index plus a table.
    """
    CREATE TABLE cards_by_key (
        bank       TEXT NOT NULL,
        question   TEXT NOT NULL,
        card       TEXT NOT NULL,
        due        TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        updated    TEXT NOT NULL,
        PRIMARY KEY (bank, question)
    ) WITHOUT ROWID;
    INSERT INTO cards_by_key (bank, question, card, due, first_seen, updated)
        SELECT bank, question, card, due, first_seen, updated FROM cards;
    DROP TABLE cards;
    ALTER TABLE cards_by_key RENAME TO cards;
    """,
)


# Event ids come from a generator of our own, seeded from os.urandom when the module
# loads and again in a forked child: as unpredictable between processes as
# os.urandom(16), without a system call inside every answer's commit, and out of
# reach of code that seeds the ``random`` module (tests, libraries).
_uid_source = random.Random(os.urandom(32))
_uid_bits = _uid_source.getrandbits
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=lambda: _uid_source.seed(os.urandom(32)))


EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)


def utc_text(moment: datetime) -> str:
    """A UTC time as fixed-width ISO text (``2026-03-02T09:00:00.000000Z``), so text
    order is time order in SQL."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: factdeck stores times in UTC and needs a timezone")
    if moment.tzinfo is not UTC:
        moment = moment.astimezone(UTC)
    return moment.isoformat(timespec="microseconds")[:-6] + "Z"  # drop "+00:00"


def parse_utc(text: str) -> datetime:
    """Read back a time written by :func:`utc_text` (or any ISO time with a zone)."""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError(f"{text!r} has no timezone")
    return moment.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class Event:
    """One answer, as stored."""

    uid: str
    bank: str
    question: str
    at: str  # UTC, utc_text form
    mode: str
    given: str
    correct: bool
    seconds: float
    rating: int
    topic: str = ""
    kind: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.uid, "bank": self.bank, "question": self.question, "at": self.at,
            "mode": self.mode, "given": self.given, "correct": self.correct,
            "seconds": self.seconds, "rating": self.rating, "topic": self.topic,
            "kind": self.kind,
        }


@dataclass(frozen=True, slots=True)
class CardRow:
    """The scheduling state of one question."""

    bank: str
    question: str
    card: str  # JSON written by the scheduler
    due: str  # UTC, utc_text form
    first_seen: str
    updated: str


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import changed."""

    events_added: int
    events_skipped: int
    resumes_added: int
    touched: frozenset[tuple[str, str]]  # (bank, question) whose history grew


_EVENT_COLUMNS = "uid, bank, question, at, mode, given, correct, seconds, rating, topic, kind"
#: Parameters: the Event fields in order (correct as 0/1).
INSERT_EVENT = f"INSERT INTO events ({_EVENT_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
#: Parameters: bank, question, card JSON, due, first_seen, updated.
UPSERT_CARD = ("INSERT INTO cards (bank, question, card, due, first_seen, updated)"
               " VALUES (?,?,?,?,?,?) ON CONFLICT (bank, question) DO UPDATE SET"
               " card = excluded.card, due = excluded.due, first_seen = excluded.first_seen,"
               " updated = excluded.updated")
#: Parameters: bank, question, card JSON, due, first_seen, updated; changes nothing
#: (rowcount 0) when the question has a card already.
INSERT_NEW_CARD = ("INSERT INTO cards (bank, question, card, due, first_seen, updated)"
                   " VALUES (?,?,?,?,?,?) ON CONFLICT (bank, question) DO NOTHING")
#: Parameters: new card JSON, due, updated, bank, question, the card JSON it replaces;
#: changes nothing (rowcount 0) when the stored card is not that one any more.
UPDATE_CARD_IF_UNCHANGED = ("UPDATE cards SET card = ?, due = ?, updated = ?"
                            " WHERE bank = ? AND question = ? AND card = ?")

#: The message of the error :data:`RECORD_ANSWER` raises, writing nothing, when the
#: card it was computed from is no longer the stored one (another window or command
#: wrote it), or when its time is earlier than the last stored answer's.
ANSWER_OUT_OF_DATE = "factdeck: answer computed from an out-of-date card"
#: One answer and its card in a single statement, hence a single implicit
#: transaction: outside BEGIN ... COMMIT it is durable when ``execute`` returns.
#: Parameters: the Event fields in order (correct as 0/1), then the new card JSON,
#: its due, first_seen, and the stored card JSON it was computed from (None for a
#: question with no card yet). See :data:`_ANSWER_SCHEMA`.
RECORD_ANSWER = "INSERT INTO answer VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"

# Why a view with a trigger: an answer writes two tables, and each statement the
# hot path sends costs a round trip (BEGIN, two writes, COMMIT: four); through
# ``answer`` it is one, checked and written under the write lock in SQLite itself.
# The check keeps what BEGIN IMMEDIATE gave: a card is only ever replaced by one
# computed from it, and answers are stored in time order (a later answer never gets
# an earlier time because its process waited for the lock). TEMP: the objects live
# in the connection, so the file (and its schema version) is not changed.
_ANSWER_SCHEMA = (
    f"""
    CREATE TEMP VIEW IF NOT EXISTS answer ({_EVENT_COLUMNS}, card, due, first_seen, old)
        AS SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                  NULL, NULL, NULL, NULL
    """,
    f"""
    CREATE TEMP TRIGGER IF NOT EXISTS answer_insert INSTEAD OF INSERT ON answer
    BEGIN
        SELECT RAISE(ABORT, '{ANSWER_OUT_OF_DATE}')
            WHERE (SELECT card FROM cards WHERE bank = NEW.bank AND question = NEW.question)
                  IS NOT NEW.old
               OR NEW.at < (SELECT at FROM events ORDER BY seq DESC LIMIT 1);
        INSERT INTO events ({_EVENT_COLUMNS})
            VALUES (NEW.uid, NEW.bank, NEW.question, NEW.at, NEW.mode, NEW.given,
                    NEW.correct, NEW.seconds, NEW.rating, NEW.topic, NEW.kind);
        INSERT INTO cards (bank, question, card, due, first_seen, updated)
            VALUES (NEW.bank, NEW.question, NEW.card, NEW.due, NEW.first_seen, NEW.at)
            ON CONFLICT (bank, question) DO UPDATE SET
                card = excluded.card, due = excluded.due, updated = excluded.updated;
    END
    """,
)


def _event(row: Sequence[Any]) -> Event:
    uid, bank, question, at, mode, given, correct, seconds, rating, topic, kind = row
    return Event(uid, bank, question, at, mode, given, bool(correct), float(seconds),
                 int(rating), topic, kind)


class ProgressStore:
    """An open progress store; use :meth:`open`, then :meth:`close` (or ``with``)."""

    def __init__(self, path: Path, conn: sqlite3.Connection, notice: str | None) -> None:
        self.path = path
        self.conn = conn
        #: One cursor kept for the hot path's statements (``conn.execute`` makes a new
        #: cursor each time); never iterate over its results while executing more.
        self.cursor = conn.cursor()
        #: A message for the user when the store had to be recovered, else None.
        self.notice = notice

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> ProgressStore:
        """Open (creating or upgrading) the store at ``path``.

        A file that is not a factdeck store is moved aside and replaced by a fresh
        store; anything else that prevents opening raises :class:`ProgressError`.
        """
        path = Path(path).expanduser()
        if path.is_dir():
            raise ProgressError(f"{path}: is a folder, not a progress file")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ProgressError(f"{path}: cannot create its folder: {exc.strerror or exc}"
                                ) from exc
        notice = None
        problem = _foreign_reason(path)
        if problem is None:
            try:
                return cls(path, _connect_and_migrate(path), None)
            except _NotOurs as exc:
                problem = str(exc)
        aside = _move_aside(path)
        notice = (f"{path} was not a usable progress store ({problem}); "
                  f"moved it to {aside.name} and started a fresh one")
        try:
            return cls(path, _connect_and_migrate(path), notice)
        except _NotOurs as exc:
            raise ProgressError(f"{path}: cannot create a fresh progress store: {exc}") from exc

    def close(self) -> None:
        """Close the connection (idempotent)."""
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()

    def __enter__(self) -> ProgressStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def begin(self) -> sqlite3.Connection:
        """Start a write transaction at once (BEGIN IMMEDIATE), so what is read inside
        it cannot change before it commits; end it with :meth:`commit` or
        :meth:`rollback`. :meth:`write` is the safer form; this one is for the hot path."""
        try:
            self.cursor.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self._error("cannot start writing", exc) from exc
        return self.conn

    def commit(self) -> None:
        try:
            self.cursor.execute("COMMIT")
        except sqlite3.Error as exc:
            self.rollback()
            raise self._error("cannot save", exc) from exc

    def rollback(self) -> None:
        """Undo the open transaction, if any (never raises)."""
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, committed when the block ends, undone if it raises."""
        conn = self.begin()
        try:
            yield conn
        except sqlite3.Error as exc:
            self.rollback()
            raise self._error("cannot save", exc) from exc
        except BaseException:
            self.rollback()
            raise
        self.commit()

    def _error(self, what: str, exc: sqlite3.Error) -> ProgressError:
        """The error to raise; a store found damaged while in use is moved aside at once
        and replaced by a fresh one, so the next answer is saved again."""
        if isinstance(exc, sqlite3.DatabaseError) and _is_damage(exc):
            try:
                notice = self._replace_damaged(str(exc))
            except (ProgressError, OSError, sqlite3.Error) as again:
                return ProgressError(f"{self.path}: {what}: {exc}; and it could not be "
                                     f"moved aside: {again}")
            return ProgressError(f"{self.path}: {what}: {notice}")
        return ProgressError(f"{self.path}: {what}: {exc}")

    def _replace_damaged(self, problem: str) -> str:
        """Close the damaged store, move it aside and open a fresh one in its place."""
        self.rollback()
        self.close()
        aside = _move_aside(self.path)
        self.notice = (f"the progress store was damaged ({problem}); moved it to "
                       f"{aside.name} and started a fresh one")
        try:
            self.conn = _connect_and_migrate(self.path)
        except _NotOurs as exc:
            raise ProgressError(f"cannot create a fresh progress store: {exc}") from exc
        self.cursor = self.conn.cursor()
        return self.notice

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        """Rows of a read-only query; a damaged store becomes a ProgressError."""
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise self._error("cannot read", exc) from exc

    # -- events and cards ------------------------------------------------------------------

    @staticmethod
    def new_uid() -> str:
        """A globally unique event id (128 random bits, 32 hex digits): import merges
        on it, so events never double."""
        return f"{_uid_bits(128):032x}"

    @staticmethod
    def add_event(conn: sqlite3.Connection, event: Event) -> None:
        """Append an event (the caller makes sure its uid is new)."""
        conn.execute(INSERT_EVENT, (
            event.uid, event.bank, event.question, event.at, event.mode, event.given,
            int(event.correct), float(event.seconds), int(event.rating), event.topic,
            event.kind))

    @staticmethod
    def put_card(conn: sqlite3.Connection, row: CardRow) -> None:
        """Insert or update a question's scheduling state."""
        conn.execute(UPSERT_CARD, (row.bank, row.question, row.card, row.due, row.first_seen,
                                   row.updated))

    def due_times(self, bank: str) -> dict[str, str]:
        """Question id -> due time (utc_text) of every scheduled question of a bank."""
        return dict(self.query("SELECT question, due FROM cards WHERE bank = ?", (bank,)))

    def first_seen_since(self, bank: str, since: str) -> set[str]:
        """Questions of a bank first answered at or after ``since``."""
        rows = self.query("SELECT question FROM cards WHERE bank = ? AND first_seen >= ?",
                           (bank, since))
        return {r[0] for r in rows}

    def cards(self, bank: str | None = None) -> list[CardRow]:
        """Every card, or a bank's."""
        sql = "SELECT bank, question, card, due, first_seen, updated FROM cards"
        rows = self.query(sql + " WHERE bank = ?", (bank,)) if bank else self.query(sql)
        return [CardRow(*r) for r in rows]

    def events(self, bank: str | None = None, question: str | None = None,
               since: str | None = None) -> list[Event]:
        """Events in time order, optionally of one bank, one question, from a time on."""
        where, params = [], []
        if bank is not None:
            where.append("bank = ?")
            params.append(bank)
        if question is not None:
            where.append("question = ?")
            params.append(question)
        if since is not None:
            where.append("at >= ?")
            params.append(since)
        sql = f"SELECT {_EVENT_COLUMNS} FROM events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [_event(r) for r in self.query(sql + " ORDER BY at, seq", params)]

    def event_count(self, bank: str | None = None) -> int:
        if bank is None:
            return self.query("SELECT count(*) FROM events")[0][0]
        return self.query("SELECT count(*) FROM events WHERE bank = ?", (bank,))[0][0]

    # -- resume ----------------------------------------------------------------------------

    def save_resume(self, bank: str, state: dict[str, Any], now: datetime) -> None:
        try:
            text = json.dumps(state, ensure_ascii=False, sort_keys=True)
        except (TypeError, ValueError) as exc:
            raise ProgressError(f"resume state of {bank!r} is not JSON data: {exc}") from exc
        with self.write() as conn:
            conn.execute("INSERT OR REPLACE INTO resume (bank, state, saved) VALUES (?,?,?)",
                         (bank, text, utc_text(now)))

    def load_resume(self, bank: str) -> dict[str, Any] | None:
        rows = self.query("SELECT state FROM resume WHERE bank = ?", (bank,))
        if not rows:
            return None
        try:
            state = json.loads(rows[0][0])
        except ValueError:
            return None  # a damaged resume point is not worth an error: start over
        return state if isinstance(state, dict) else None

    def clear_resume(self, bank: str) -> None:
        with self.write() as conn:
            conn.execute("DELETE FROM resume WHERE bank = ?", (bank,))

    # -- export / import -------------------------------------------------------------------

    def export_data(self, now: datetime) -> dict[str, Any]:
        """Everything in the store as JSON-ready data."""
        resume = [{"bank": b, "state": json.loads(s), "saved": t}
                  for b, s, t in self.query("SELECT bank, state, saved FROM resume ORDER BY 1")]
        return {
            "factdeck_progress": EXPORT_FORMAT,
            "exported": utc_text(now),
            "events": [e.to_json() for e in self.events()],
            "cards": [{"bank": c.bank, "question": c.question, "card": json.loads(c.card),
                       "due": c.due, "first_seen": c.first_seen, "updated": c.updated}
                      for c in self.cards()],
            "resume": resume,
        }

    def export_file(self, target: str | os.PathLike[str], now: datetime) -> int:
        """Write the store as JSON to ``target`` atomically; the number of events written.

        One event per line: readable, diffable, and written by json's C encoder
        (an indented dump of 100k events takes seconds)."""
        data = self.export_data(now)
        lines = ["{"]
        for key in ("factdeck_progress", "exported"):
            lines.append(f" {json.dumps(key)}: {json.dumps(data[key])},")
        for key in ("events", "cards", "resume"):
            items = data[key]
            end = "" if key == "resume" else ","
            if not items:
                lines.append(f" {json.dumps(key)}: []{end}")
                continue
            lines.append(f" {json.dumps(key)}: [")
            lines.append(",\n".join("  " + json.dumps(item, ensure_ascii=False)
                                     for item in items))
            lines.append(f" ]{end}")
        lines.append("}")
        try:
            atomic.write_text(target, "\n".join(lines) + "\n")
        except OSError as exc:
            raise ProgressError(f"{target}: cannot write: {exc.strerror or exc}") from exc
        return len(data["events"])

    def import_data(self, data: Any, source: str,
                    rebuild: Callable[[sqlite3.Connection, frozenset[tuple[str, str]]], None]
                    | None = None) -> ImportResult:
        """Merge exported data in one transaction: events are added once (by id),
        resume points only where none exists. Cards are not taken from the file:
        ``rebuild`` recomputes, in the same transaction, the scheduling state of
        every question whose history grew."""
        events, resumes = parse_export(data, source)
        touched: set[tuple[str, str]] = set()
        resumes_added = 0
        with self.write() as conn:
            known = {row[0] for row in conn.execute("SELECT uid FROM events")}
            fresh = []
            for event in events:
                if event.uid in known:
                    continue
                known.add(event.uid)
                fresh.append(event)
                touched.add((event.bank, event.question))
            conn.executemany(INSERT_EVENT, [
                (e.uid, e.bank, e.question, e.at, e.mode, e.given, int(e.correct),
                 float(e.seconds), int(e.rating), e.topic, e.kind) for e in fresh])
            added = len(fresh)
            for bank, state, saved in resumes:
                cur = conn.execute(
                    "INSERT OR IGNORE INTO resume (bank, state, saved) VALUES (?,?,?)",
                    (bank, json.dumps(state, ensure_ascii=False, sort_keys=True), saved))
                resumes_added += cur.rowcount
            if rebuild is not None and touched:
                rebuild(conn, frozenset(touched))
        return ImportResult(added, len(events) - added, resumes_added, frozenset(touched))

    @staticmethod
    def histories(conn: sqlite3.Connection, keys: Iterable[tuple[str, str]]
                  ) -> dict[tuple[str, str], list[tuple[str, int]]]:
        """(time, rating) of every answer to each (bank, question), oldest first;
        one pass over the events of the banks concerned."""
        wanted = set(keys)
        found: dict[tuple[str, str], list[tuple[str, int]]] = {k: [] for k in wanted}
        for bank in sorted({b for b, _ in wanted}):
            rows = conn.execute("SELECT question, at, rating FROM events WHERE bank = ?"
                                " ORDER BY at, seq", (bank,))
            for question, at, rating in rows:
                entry = found.get((bank, question))
                if entry is not None:
                    entry.append((at, rating))
        return found


def read_export_file(source: str | os.PathLike[str]) -> Any:
    """Read an export file's JSON; clear errors for a missing or malformed file."""
    try:
        text = Path(source).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ProgressError(f"{source}: no such file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ProgressError(f"{source}: cannot read: {exc}") from exc
    try:
        return json.loads(text)
    except ValueError as exc:
        raise ProgressError(f"{source}: not a factdeck progress export (invalid JSON: {exc})"
                            ) from exc


def parse_export(data: Any, source: str
                 ) -> tuple[list[Event], list[tuple[str, dict[str, Any], str]]]:
    """Check an export's shape strictly; errors name the file and the key."""
    def fail(key: str, message: str) -> ProgressError:
        return ProgressError(f"{source}: {key}: {message}")

    if not isinstance(data, dict) or "factdeck_progress" not in data:
        raise ProgressError(f"{source}: not a factdeck progress export "
                            "(no 'factdeck_progress' key)")
    version = data["factdeck_progress"]
    if not isinstance(version, int) or isinstance(version, bool):
        raise fail("factdeck_progress", "expected a format number")
    if version > EXPORT_FORMAT:
        raise fail("factdeck_progress", f"format {version} is newer than this factdeck "
                   f"understands ({EXPORT_FORMAT}); upgrade factdeck")
    latest = datetime.now(UTC) + timedelta(days=2)  # a clock a little ahead is forgiven
    raw_events = data.get("events", [])
    if not isinstance(raw_events, list):
        raise fail("events", "expected a list")
    events = []
    for i, item in enumerate(raw_events):
        key = f"events[{i}]"
        if not isinstance(item, dict):
            raise fail(key, "expected a mapping")
        fields: dict[str, Any] = {}
        for name, types in (("id", str), ("bank", str), ("question", str), ("at", str),
                            ("mode", str), ("given", str), ("correct", bool),
                            ("seconds", (int, float)), ("rating", int)):
            value = item.get(name)
            if value is None:
                raise fail(f"{key}.{name}", "missing")
            if not isinstance(value, types) or (name in ("seconds", "rating")
                                                and isinstance(value, bool)):
                raise fail(f"{key}.{name}", f"wrong type {type(value).__name__}")
            fields[name] = value
        if not 1 <= fields["rating"] <= 4:
            raise fail(f"{key}.rating", "expected 1 to 4")
        if fields["seconds"] < 0:
            raise fail(f"{key}.seconds", "must not be negative")
        try:
            moment = parse_utc(fields["at"])
        except (ValueError, OverflowError) as exc:
            raise fail(f"{key}.at", f"not an ISO time with a timezone: {fields['at'][:40]!r}"
                       ) from exc
        if not EARLIEST <= moment <= latest:  # scheduling adds months to it: 9999 overflows
            raise fail(f"{key}.at", f"{fields['at'][:40]!r} is not a time an answer can "
                       "have been given (before 1970 or in the future)")
        at = utc_text(moment)
        topic, kind = item.get("topic", ""), item.get("kind", "")
        if not isinstance(topic, str) or not isinstance(kind, str):
            raise fail(key, "topic and kind must be text")
        events.append(Event(fields["id"], fields["bank"], fields["question"], at,
                            fields["mode"], fields["given"], fields["correct"],
                            float(fields["seconds"]), fields["rating"], topic, kind))
    raw_resume = data.get("resume", [])
    if not isinstance(raw_resume, list):
        raise fail("resume", "expected a list")
    resumes = []
    for i, item in enumerate(raw_resume):
        key = f"resume[{i}]"
        if (not isinstance(item, dict) or not isinstance(item.get("bank"), str)
                or not isinstance(item.get("state"), dict)
                or not isinstance(item.get("saved"), str)):
            raise fail(key, "expected bank (text), state (mapping) and saved (time)")
        resumes.append((item["bank"], item["state"], item["saved"]))
    return events, resumes


# -- opening helpers -----------------------------------------------------------------------

class _NotOurs(Exception):
    """The file at the store's path is not a usable factdeck store."""


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    message = str(exc).lower()
    return "malformed" in message or "not a database" in message or "corrupt" in message


def _foreign_reason(path: Path) -> str | None:
    """Why the file at ``path`` cannot be a SQLite database, judged by its header."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ProgressError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if head == b"" or head == SQLITE_HEADER:
        return None
    return "not a SQLite database"


def _connect_and_migrate(path: Path) -> sqlite3.Connection:
    """Connect with the store's settings and bring the schema up to date."""
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False)
    except sqlite3.Error as exc:
        raise ProgressError(f"{path}: cannot open: {exc}") from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _check_identity(conn)
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise ProgressError(f"{path}: cannot switch the store to WAL mode (got {mode})")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")  # for the TEMP objects: no temp file
        damage = _damage(conn)
        if damage:
            raise _NotOurs(f"damaged: {damage}")
        _migrate(conn, path)
        for statement in _ANSWER_SCHEMA:
            conn.execute(statement)
        return conn
    except sqlite3.DatabaseError as exc:
        conn.close()
        message = str(exc)
        if isinstance(exc, sqlite3.OperationalError) and "locked" in message:
            raise ProgressError(f"{path}: the store is locked by another program: {message}"
                                ) from exc
        if isinstance(exc, sqlite3.OperationalError) and ("readonly" in message
                                                          or "unable to open" in message):
            raise ProgressError(f"{path}: cannot write the store: {message}") from exc
        raise _NotOurs(message) from exc
    except BaseException:
        conn.close()
        raise


def _damage(conn: sqlite3.Connection) -> str | None:
    """What ``PRAGMA quick_check`` finds wrong (a damaged page), or None for a sound store.

    Linear in the store's size but fast (no index cross-checks); a store damaged later,
    while in use, is caught by :meth:`ProgressStore._error`.
    """
    rows = conn.execute("PRAGMA quick_check(3)").fetchall()
    found = [str(row[0]) for row in rows if str(row[0]).lower() != "ok"]
    return "; ".join(found)[:200] if found else None


def _check_identity(conn: sqlite3.Connection) -> None:
    """Refuse a SQLite file that some other program made."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id == APPLICATION_ID:
        return
    if app_id != 0:
        raise _NotOurs(f"a SQLite database of another program (application id {app_id:#x})")
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if tables:
        raise _NotOurs("a SQLite database of another program")


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise ProgressError(f"{path}: written by a newer factdeck (store version {version}, "
                            f"this one knows {len(MIGRATIONS)}); upgrade factdeck")
    if version == len(MIGRATIONS):
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        # another process may have migrated while we waited for the lock
        _check_identity(conn)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise


def _statements(script: str) -> Iterable[str]:
    """Split a migration into statements (they contain no semicolons inside strings)."""
    return (s.strip() for s in script.split(";") if s.strip())


def _move_aside(path: Path) -> Path:
    """Rename a bad store (and its WAL files) to a free ``.bad-<time>`` name."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    for n in range(1000):
        suffix = f".bad-{stamp}" + (f"-{n}" if n else "")
        aside = path.with_name(path.name + suffix)
        if not aside.exists():
            break
    try:
        os.replace(path, aside)
    except FileNotFoundError:
        pass  # another process moved it already
    except OSError as exc:
        raise ProgressError(f"{path}: is not a usable progress store and cannot be moved "
                            f"aside: {exc.strerror or exc}") from exc
    for extra in ("-wal", "-shm"):
        side = path.with_name(path.name + extra)
        with contextlib.suppress(OSError):
            if side.exists():
                os.replace(side, aside.with_name(aside.name + extra))
    return aside
