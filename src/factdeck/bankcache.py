"""A content-keyed cache of parsed banks, so a big bank opens in a blink the second time.

Parsing YAML is slow (a 77 MB bank takes many seconds even with the C
loader); JSON is an order of magnitude faster. The cache file is keyed by a
hash of the bank's bytes, so any edit misses the cache, and it carries a
checksum of its own payload, so a truncated or damaged cache is detected and
rebuilt, never trusted. The cache holds only data (JSON), never code.

Questions are stored as positional rows (``[kind, id, topic, prompt, ...]``)
rather than mappings: a third less to parse, and rows map straight onto the
model's fields. Tuple values (tags, options, evidence, ...) are stored once in
tables and named by number, since many questions share them: a smaller file,
and each shared tuple (and its records) is built once on loading. The rows are
validated data, so reading them back skips validation; anything unexpected in
them falls back to parsing the YAML.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as _dt
import hashlib
import json
import zlib
from pathlib import Path
from typing import Any

from factdeck import atomic, locations
from factdeck.bankfile import _gc_paused, load_bank_uncached, read_text
from factdeck.model import QUESTION_CLASSES, Article, Bank, Evidence, Pair, Question, Topic

CACHE_FORMAT = 3
_MIN_SIZE = 64 * 1024  # small banks parse faster than a cache round trip pays back


def cache_folder() -> Path:
    """Where cached banks are kept."""
    return locations.cache_dir() / "banks"


def _content_key(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()  # hardware-accelerated on most machines


def _checksum(payload: bytes) -> int:
    return zlib.crc32(payload)


def load_cached(path: Path) -> Bank:
    """Load a bank through the cache; fall back to parsing (and refresh the cache)."""
    try:
        raw = path.read_bytes()
    except OSError:
        read_text(path)  # raises the clear error
        raise
    if len(raw) < _MIN_SIZE:
        return load_bank_uncached(path, _decode(raw, path))
    cache_file = cache_folder() / f"{_content_key(raw)}.json"
    bank = _read_cache(cache_file, path)
    if bank is not None:
        return bank
    bank = load_bank_uncached(path, _decode(raw, path))
    _write_cache(cache_file, bank)
    return bank


def _decode(raw: bytes, path: Path) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return read_text(path)  # raises the clear error with a line


# ---------------------------------------------------------------- rows

_KINDS = {str(kind): cls for kind, cls in QUESTION_CLASSES.items()}
_FIELDS = {cls: tuple(f.name for f in dataclasses.fields(cls)) for cls in QUESTION_CLASSES.values()}
_TOPICS = {str(t): t for t in Topic}
# Fields holding a tuple of text (``dates`` may also be None); ``evidence`` and ``pairs``
# hold tuples of small records. All are kept once per distinct value in a table.
_TEXT_TUPLES = frozenset({"tags", "distractors", "answers", "accept", "items", "dates"})
_TABLE_OF = {name: "texts" for name in _TEXT_TUPLES} | {"evidence": "evidence",
                                                         "pairs": "pairs"}
_TABLED = {cls: tuple((i, name, _TABLE_OF[name]) for i, name in enumerate(names)
                      if name in _TABLE_OF)
           for cls, names in _FIELDS.items()}


class _Tables:
    """Distinct tuples (tags, options, evidence, ...) numbered in first-seen order, so a
    value shared by many questions is stored, parsed and built once."""

    def __init__(self) -> None:
        self.rows: dict[str, list[Any]] = {"texts": [], "evidence": [], "pairs": []}
        self._numbers: dict[str, dict[Any, int]] = {name: {} for name in self.rows}

    def number(self, table: str, key: Any, row: Any) -> int:
        numbers = self._numbers[table]
        found = numbers.get(key)
        if found is None:
            found = numbers[key] = len(numbers)
            self.rows[table].append(row)
        return found


def question_row(q: Question, tables: _Tables) -> list[Any]:
    """A question as ``[kind, field values in model order]``; tuples become table numbers."""
    row: list[Any] = [str(q.kind)]
    for name in _FIELDS[type(q)]:
        value = getattr(q, name)
        table = _TABLE_OF.get(name)
        if name == "topic":
            value = str(value)
        elif table is None or value is None:
            pass
        elif table == "texts":
            value = tables.number(table, value, list(value))
        elif table == "evidence":
            pairs = tuple((e.article, e.quote) for e in value)
            value = tables.number(table, pairs, [list(p) for p in pairs])
        else:
            pairs = tuple((p.left, p.right) for p in value)
            value = tables.number(table, pairs, [list(p) for p in pairs])
        row.append(value)
    return row


def _built_tables(rows: dict[str, Any]) -> dict[str, list[Any]]:
    """The tables of a cache, their tuples (and records) built once."""
    return {
        "texts": [tuple(values) for values in rows["texts"]],
        "evidence": [tuple([Evidence(a, q) for a, q in items]) for items in rows["evidence"]],
        "pairs": [tuple([Pair(a, b) for a, b in items]) for items in rows["pairs"]],
    }


def question_from_row(row: list[Any], tables: dict[str, list[Any]]) -> Question:
    """The inverse of :func:`question_row`, without validation (the row was validated)."""
    cls = _KINDS[row[0]]
    names = _FIELDS[cls]
    if len(row) != len(names) + 1:
        raise ValueError("row does not fit its kind")
    values = row[1:]
    for i, _name, table in _TABLED[cls]:
        number = values[i]
        if number is not None:
            if type(number) is not int or number < 0:
                raise ValueError("not a table number")
            values[i] = tables[table][number]
    fields = dict(zip(names, values))  # noqa: B905 - lengths checked above
    fields["topic"] = _TOPICS[fields["topic"]]
    question = object.__new__(cls)
    object.__setattr__(question, "__dict__", fields)  # frozen: set the state in one step
    return question


def bank_rows(bank: Bank) -> dict[str, Any]:
    """The whole bank in cache form."""
    tables = _Tables()
    questions = [question_row(q, tables) for q in bank.questions]
    return {
        "factdeck": bank.version, "title": bank.title, "description": bank.description,
        "language": bank.language,
        "articles": [[a.id, a.file, a.outlet, a.title, a.author,
                      a.published.isoformat() if a.published else None, a.url]
                     for a in bank.articles],
        "tables": tables.rows,
        "questions": questions,
    }


def bank_from_rows(data: dict[str, Any], path: Path) -> Bank:
    """The inverse of :func:`bank_rows`."""
    articles = tuple(
        Article(id=i, file=f, outlet=o, title=t, author=au, url=u,
                published=_dt.date.fromisoformat(p) if p else None)
        for i, f, o, t, au, p, u in data["articles"])
    tables = _built_tables(data["tables"])
    questions = tuple([question_from_row(row, tables) for row in data["questions"]])
    return Bank(title=data["title"], description=data["description"], language=data["language"],
                version=data["factdeck"], articles=articles, questions=questions, path=path)


# ---------------------------------------------------------------- files


def _read_cache(cache_file: Path, path: Path) -> Bank | None:
    try:
        blob = cache_file.read_bytes()
    except OSError:
        return None
    header, _, payload = blob.partition(b"\n")
    try:
        meta = json.loads(header)
        if meta.get("format") != CACHE_FORMAT or meta.get("checksum") != _checksum(payload):
            raise ValueError("stale or damaged")
        with _gc_paused():
            return bank_from_rows(json.loads(payload), path)
    except (ValueError, TypeError, KeyError, AttributeError, IndexError):
        with contextlib.suppress(OSError):
            cache_file.unlink()
        return None


def _write_cache(cache_file: Path, bank: Bank) -> None:
    """Best effort: a cache that cannot be written only costs speed."""
    with contextlib.suppress(OSError, TypeError, ValueError):
        payload = json.dumps(bank_rows(bank), ensure_ascii=False,
                             separators=(",", ":")).encode("utf-8")
        header = json.dumps({"format": CACHE_FORMAT, "checksum": _checksum(payload)}).encode()
        atomic.write_bytes(cache_file, header + b"\n" + payload, durable=False)
