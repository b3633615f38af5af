"""The SQLite progress store: settings, migrations, recovery, export/import parsing."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from factdeck.errors import ProgressError
from factdeck.study import progress
from factdeck.study.progress import CardRow, Event, ProgressStore

DATA = Path(__file__).resolve().parents[1] / "data" / "progress"
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def event(uid: str = "e1", question: str = "q1", at: str = "2026-03-02T09:00:00.000000Z",
          correct: bool = True) -> Event:
    return Event(uid, "bank", question, at, "quiz", "answer", correct, 2.5,
                 3 if correct else 1, "dates", "date")


def test_new_store_uses_wal_normal_busy_timeout_and_marks_itself(tmp_path):
    path = tmp_path / "sub" / "progress.sqlite3"
    with ProgressStore.open(path) as store:
        conn = store.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
        assert conn.execute("PRAGMA application_id").fetchone()[0] == progress.APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(progress.MIGRATIONS)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"events", "cards", "resume"} <= tables
        assert store.notice is None


def test_reopening_keeps_data(tmp_path):
    path = tmp_path / "p.sqlite3"
    with ProgressStore.open(path) as store, store.write() as conn:
        store.add_event(conn, event())
    with ProgressStore.open(path) as store:
        assert [e.uid for e in store.events()] == ["e1"]
        assert store.notice is None


def test_import_skips_known_ids_and_repeats_within_the_file(tmp_path):
    with ProgressStore.open(tmp_path / "p.sqlite3") as store:
        with store.write() as conn:
            store.add_event(conn, event("known"))
        data = {"factdeck_progress": 1, "events": [
            event("known").to_json(), event("fresh").to_json(), event("fresh").to_json()]}
        result = store.import_data(data, "x.json")
        assert (result.events_added, result.events_skipped) == (1, 2)
        assert sorted(e.uid for e in store.events()) == ["fresh", "known"]
        assert ProgressStore.new_uid() != ProgressStore.new_uid()


def test_failed_transaction_leaves_nothing(tmp_path):
    with ProgressStore.open(tmp_path / "p.sqlite3") as store:
        with pytest.raises(RuntimeError), store.write() as conn:
            store.add_event(conn, event())
            raise RuntimeError("boom")
        assert store.event_count() == 0


def test_an_old_store_is_upgraded_by_the_migrations(tmp_path, monkeypatch):
    path = tmp_path / "p.sqlite3"
    with ProgressStore.open(path):
        pass
    monkeypatch.setattr(progress, "MIGRATIONS", (*progress.MIGRATIONS,
                                                 "CREATE TABLE later_table (x INTEGER)"))
    with ProgressStore.open(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(
            progress.MIGRATIONS)
        store.conn.execute("SELECT x FROM later_table").fetchall()


def test_a_store_from_a_newer_factdeck_is_refused_not_moved(tmp_path):
    path = tmp_path / "p.sqlite3"
    with ProgressStore.open(path) as store:
        store.conn.execute("PRAGMA user_version = 99")
    with pytest.raises(ProgressError, match="newer factdeck"):
        ProgressStore.open(path)
    assert path.exists() and list(tmp_path.glob("*.bad-*")) == []


def test_a_text_file_is_moved_aside_and_a_fresh_store_made(tmp_path):
    path = tmp_path / "progress.sqlite3"
    shutil.copy(DATA / "not_sqlite.txt", path)
    with ProgressStore.open(path) as store:
        assert "not a SQLite database" in store.notice
        assert "moved it to progress.sqlite3.bad-" in store.notice
        assert store.event_count() == 0
    aside = list(tmp_path.glob("progress.sqlite3.bad-*"))
    assert len(aside) == 1
    assert aside[0].read_bytes() == (DATA / "not_sqlite.txt").read_bytes()


def test_a_foreign_sqlite_database_is_moved_aside(tmp_path):
    path = tmp_path / "progress.sqlite3"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE notes (body TEXT)")
    other.execute("INSERT INTO notes VALUES ('keep me')")
    other.commit()
    other.close()
    with ProgressStore.open(path) as store:
        assert "another program" in store.notice
    (aside,) = tmp_path.glob("progress.sqlite3.bad-*")
    kept = sqlite3.connect(aside)
    assert kept.execute("SELECT body FROM notes").fetchall() == [("keep me",)]
    kept.close()


def test_a_damaged_store_is_moved_aside(tmp_path):
    path = tmp_path / "progress.sqlite3"
    with ProgressStore.open(path) as store, store.write() as conn:
        store.add_event(conn, event())
    store.conn.close()
    raw = bytearray(path.read_bytes())
    raw[100:len(raw)] = b"\xff" * (len(raw) - 100)  # keep the header, wreck every page
    path.write_bytes(bytes(raw))
    with ProgressStore.open(path) as fresh:
        assert fresh.notice and "moved it to" in fresh.notice
        assert fresh.event_count() == 0
    assert len(list(tmp_path.glob("progress.sqlite3.bad-*"))) == 1


def test_two_bad_files_in_a_row_get_distinct_names(tmp_path):
    path = tmp_path / "progress.sqlite3"
    for _ in range(2):
        path.write_text("junk")
        ProgressStore.open(path).close()
    assert len(list(tmp_path.glob("progress.sqlite3.bad-*"))) == 2


def test_a_folder_where_the_store_should_be_is_a_clear_error(tmp_path):
    (tmp_path / "progress.sqlite3").mkdir()
    with pytest.raises(ProgressError, match="is a folder"):
        ProgressStore.open(tmp_path / "progress.sqlite3")


def test_a_store_inside_a_file_is_a_clear_error(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(ProgressError, match="cannot create its folder"):
        ProgressStore.open(tmp_path / "file" / "progress.sqlite3")


def test_resume_round_trip_and_bad_state(tmp_path):
    with ProgressStore.open(tmp_path / "p.sqlite3") as store:
        assert store.load_resume("b") is None
        store.save_resume("b", {"ids": ["q1", "q2"], "position": 1}, T0)
        assert store.load_resume("b") == {"ids": ["q1", "q2"], "position": 1}
        with pytest.raises(ProgressError, match="not JSON data"):
            store.save_resume("b", {"when": T0}, T0)
        store.clear_resume("b")
        assert store.load_resume("b") is None


def test_times_are_fixed_width_utc_text():
    assert progress.utc_text(T0) == "2026-03-02T09:00:00.000000Z"
    assert progress.parse_utc("2026-03-02T10:00:00+01:00") == T0
    with pytest.raises(ValueError):
        progress.utc_text(datetime(2026, 1, 1))


def test_export_data_then_import_into_another_store_merges_once(tmp_path):
    with ProgressStore.open(tmp_path / "a.sqlite3") as a:
        with a.write() as conn:
            a.add_event(conn, event("e1"))
            a.add_event(conn, event("e2", question="q2", correct=False))
        data = a.export_data(T0)
    assert json.loads(json.dumps(data)) == data
    with ProgressStore.open(tmp_path / "b.sqlite3") as b:
        first = b.import_data(data, "x.json")
        again = b.import_data(data, "x.json")
        assert (first.events_added, first.events_skipped) == (2, 0)
        assert (again.events_added, again.events_skipped) == (0, 2)
        assert first.touched == {("bank", "q1"), ("bank", "q2")}
        assert again.touched == frozenset()
        assert b.event_count() == 2


def test_import_of_the_valid_example(tmp_path):
    with ProgressStore.open(tmp_path / "p.sqlite3") as store:
        data = progress.read_export_file(DATA / "export_valid.json")
        result = store.import_data(data, "export_valid.json")
        assert result.events_added == 2 and result.resumes_added == 1
        first, second = store.events()  # time order, after conversion to UTC
        assert first.uid == "imp-2" and first.at == "2026-03-02T08:01:00.000000Z"
        assert first.correct is False and first.rating == 1
        assert second.uid == "imp-1"
        assert store.load_resume("harbour") == {"position": 2}


@pytest.mark.parametrize(("name", "message"), [
    ("export_no_marker.json", "not a factdeck progress export"),
    ("export_truncated.json", "invalid JSON"),
    ("export_newer.json", "newer than this factdeck"),
    ("export_bad_correct.json", r"events\[0\]\.correct: wrong type str"),
    ("export_naive_time.json", r"events\[0\]\.at: not an ISO time with a timezone"),
    ("export_missing_question.json", r"events\[0\]\.question: missing"),
    ("export_bad_rating.json", r"events\[0\]\.rating: expected 1 to 4"),
    ("export_events_not_list.json", "events: expected a list"),
    ("not_sqlite.txt", "invalid JSON"),
])
def test_broken_exports_are_refused_clearly_and_change_nothing(tmp_path, name, message):
    with ProgressStore.open(tmp_path / "p.sqlite3") as store:
        with pytest.raises(ProgressError, match=message):
            store.import_data(progress.read_export_file(DATA / name), name)
        assert store.event_count() == 0


def test_missing_export_file(tmp_path):
    with pytest.raises(ProgressError, match="no such file"):
        progress.read_export_file(tmp_path / "nope.json")


def test_a_version_1_store_keeps_its_cards_when_they_lose_their_rowid(tmp_path, monkeypatch):
    path = tmp_path / "p.sqlite3"
    monkeypatch.setattr(progress, "MIGRATIONS", progress.MIGRATIONS[:1])
    with ProgressStore.open(path) as store, store.write() as conn:
        store.put_card(conn, CardRow("b", "q1", "{}", "2026-01-02T00:00:00.000000Z",
                                     "2026-01-01T00:00:00.000000Z",
                                     "2026-01-01T00:00:00.000000Z"))
    monkeypatch.undo()
    with ProgressStore.open(path) as store:
        assert [c.question for c in store.cards("b")] == ["q1"]
        sql = store.query("SELECT sql FROM sqlite_master WHERE name = 'cards'")[0][0]
        assert "WITHOUT ROWID" in sql


def _answer(uid: str, question: str, at: str, card: str, old: str | None) -> tuple:
    """RECORD_ANSWER's parameters: the event, then the new card and the one it replaces."""
    return (uid, "bank", question, at, "quiz", "A", 1, 2.0, 3, "dates", "date",
            card, at, at, old)


def _rows(path: Path) -> tuple[list, list]:
    with sqlite3.connect(path) as other:  # another connection: only committed data
        return (other.execute("SELECT uid, at FROM events ORDER BY seq").fetchall(),
                other.execute("SELECT question, card, first_seen, updated FROM cards"
                              " ORDER BY question").fetchall())


def test_one_answer_statement_writes_event_and_card_durably(tmp_path):
    path = tmp_path / "progress.sqlite3"
    with ProgressStore.open(path) as store:
        store.cursor.execute(progress.RECORD_ANSWER,
                             _answer("e1", "q1", "2026-03-02T09:00:00.000000Z", "c1", None))
        assert not store.conn.in_transaction  # committed by the statement itself
        assert _rows(path) == ([("e1", "2026-03-02T09:00:00.000000Z")],
                               [("q1", "c1", "2026-03-02T09:00:00.000000Z",
                                 "2026-03-02T09:00:00.000000Z")])
        store.cursor.execute(progress.RECORD_ANSWER,
                             _answer("e2", "q1", "2026-03-02T09:05:00.000000Z", "c2", "c1"))
        events, cards = _rows(path)
        assert [e[0] for e in events] == ["e1", "e2"]
        # the card is replaced, its first answer's time stays
        assert cards == [("q1", "c2", "2026-03-02T09:00:00.000000Z",
                          "2026-03-02T09:05:00.000000Z")]


@pytest.mark.parametrize(("at", "old", "why"), [
    ("2026-03-02T09:10:00.000000Z", "stale", "computed from a card that was replaced"),
    ("2026-03-02T09:10:00.000000Z", None, "a new card where one exists already"),
    ("2026-03-02T08:59:59.999999Z", "c1", "earlier than the last stored answer"),
])
def test_an_out_of_date_answer_statement_writes_nothing(tmp_path, at, old, why):
    path = tmp_path / "progress.sqlite3"
    with ProgressStore.open(path) as store:
        store.cursor.execute(progress.RECORD_ANSWER,
                             _answer("e1", "q1", "2026-03-02T09:00:00.000000Z", "c1", None))
        before = _rows(path)
        with pytest.raises(sqlite3.IntegrityError) as caught:
            store.cursor.execute(progress.RECORD_ANSWER, _answer("e2", "q1", at, "c2", old))
        assert str(caught.value) == progress.ANSWER_OUT_OF_DATE, why
        assert not store.conn.in_transaction
        assert _rows(path) == before


def test_the_answer_statement_leaves_the_file_schema_alone(tmp_path):
    path = tmp_path / "progress.sqlite3"
    ProgressStore.open(path).close()
    with sqlite3.connect(path) as other:
        names = {r[0] for r in other.execute("SELECT name FROM sqlite_master")}
        version = other.execute("PRAGMA user_version").fetchone()[0]
    assert "answer" not in names and version == len(progress.MIGRATIONS)


def test_event_ids_are_random_per_process_whatever_seeds_random(tmp_path):
    import os
    import random

    ids = {ProgressStore.new_uid() for _ in range(1000)}
    assert len(ids) == 1000 and all(len(i) == 32 and int(i, 16) >= 0 for i in ids)
    random.seed(1)
    first = ProgressStore.new_uid()
    random.seed(1)
    assert ProgressStore.new_uid() != first
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child's ids are not the parent's next ones
        os.write(write, ProgressStore.new_uid().encode())
        os._exit(0)
    os.waitpid(pid, 0)
    child = os.read(read, 64).decode()
    os.close(read)
    os.close(write)
    assert len(child) == 32 and child != ProgressStore.new_uid()


def moved_aside(folder: Path) -> list[Path]:
    return [p for p in folder.glob("progress.sqlite3.bad-*")
            if not p.name.endswith(("-wal", "-shm"))]


def many_events_store(path: Path, n: int = 400) -> None:
    with ProgressStore.open(path) as store, store.write() as conn:
        for i in range(n):
            store.add_event(conn, event(uid=f"e{i}", question=f"q{i % 40}"))
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def damage_one_page(path: Path, page: int) -> None:
    """Overwrite one page (not the first: the header stays fine) with garbage."""
    size = int.from_bytes(path.read_bytes()[16:18], "big")
    raw = bytearray(path.read_bytes())
    assert len(raw) > (page + 1) * size, "the store is too small for this page"
    raw[page * size:(page + 1) * size] = bytes(range(256)) * (size // 256)
    path.write_bytes(bytes(raw))


def test_a_store_with_one_damaged_page_is_moved_aside_at_open(tmp_path):
    path = tmp_path / "progress.sqlite3"
    many_events_store(path)
    damage_one_page(path, 3)
    with ProgressStore.open(path) as fresh:
        assert fresh.notice and "damaged" in fresh.notice and "moved it to" in fresh.notice
        assert fresh.event_count() == 0
        with fresh.write() as conn:  # answers are saved again at once
            fresh.add_event(conn, event(uid="after"))
        assert fresh.event_count() == 1
    assert len(moved_aside(tmp_path)) == 1


def test_a_store_damaged_while_in_use_is_moved_aside_on_the_next_error(tmp_path):
    path = tmp_path / "progress.sqlite3"
    many_events_store(path)
    store = ProgressStore.open(path)
    try:
        assert store.notice is None
        damage_one_page(path, 3)
        store.conn.execute("PRAGMA cache_size = 0")
        with pytest.raises(ProgressError) as caught:
            for _ in range(3):  # a read of every page meets the damage
                store.query("SELECT count(*), sum(length(given)) FROM events")
                store.query("SELECT * FROM events ORDER BY at, seq")
        assert "moved it to" in str(caught.value)
        assert store.event_count() == 0
        with store.write() as conn:
            store.add_event(conn, event(uid="after"))
        assert store.event_count() == 1
    finally:
        store.close()
    assert len(moved_aside(tmp_path)) == 1


@pytest.mark.parametrize("at", ["9999-12-31T23:59:59Z", "9999-12-31T23:59:59-05:00",
                                "1900-01-01T00:00:00Z", "2999-01-01T00:00:00Z"])
def test_an_import_dated_out_of_any_answer_time_is_refused(tmp_path, at):
    data = json.loads((DATA / "export_valid.json").read_text(encoding="utf-8"))
    data["events"][0]["at"] = at
    with ProgressStore.open(tmp_path / "p.sqlite3") as store:
        with pytest.raises(ProgressError, match=r"events\[0\]\.at: "):
            store.import_data(data, "x.json")
        assert store.event_count() == 0
