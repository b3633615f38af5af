"""A content-keyed cache of parsed banks, so a big bank opens in a blink the second time.

Parsing YAML is slow (a 77 MB bank takes many seconds even with the C
loader); JSON is an order of magnitude faster. The cache file is keyed by a
hash of the bank's bytes, so any edit misses the cache, and it carries a
checksum of its own payload, so a truncated or damaged cache is detected and
rebuilt, never trusted. The cache holds only data (JSON), never code.

Even JSON is too slow to decode 100,000 questions before the quiz shows its
first one, so a cache file (format 4) has three lines of JSON and then one
JSON value per line:

1. a header: format and checksum of everything after it;
2. the index, read at load: bank fields, articles, and per question its id,
   kind, topic and tags (enough to filter, count and shuffle), plus where
   every later line starts (fixed-width hex numbers in one string: found in
   O(1), and nothing to parse at load);
3. the rows: one per question (its other fields, in model order), then the
   entries of three tables of tuples (texts, evidence, pairs) that many
   questions share and name by number.

A row is decoded when its question is first used (see
:class:`factdeck.bank.model.LazyQuestions`), in batches when many are. Rows are
validated data, so decoding skips validation; a row that does not decode
(a damaged cache whose checksum still fits) makes the bank re-read from its
YAML, and the cache file is dropped.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as _dt
import hashlib
import json
import operator
import os
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from factdeck import atomic, locations
from factdeck.bank.files import display_name, open_regular, read_bytes, read_text
from factdeck.bank.model import (
    QUESTION_CLASSES,
    Article,
    Bank,
    Evidence,
    Kind,
    LazyQuestions,
    Pair,
    Question,
    QuestionSource,
    Status,
    Story,
    Topic,
)
from factdeck.errors import BankError
from factdeck.memory import gc_paused as _gc_paused

CACHE_FORMAT = 6  # 5: the bank's optional story and id; 6: review status and flags
_MIN_SIZE = 64 * 1024  # small banks parse faster than a cache round trip pays back
_DAMAGE = (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError,
           OverflowError)
_HEX_DIGITS = frozenset("0123456789abcdef")

ParseBank = Callable[[Path, str], Bank]
"""How a bank's YAML text becomes a bank: given by the loader, which sits above this cache."""


def cache_folder() -> Path:
    """Where cached banks are kept."""
    return locations.cache_dir() / "banks"


def _content_key(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()  # hardware-accelerated on most machines


def _checksum(payload: bytes | memoryview) -> int:
    return zlib.crc32(payload)


def load_cached(path: Path, parse: ParseBank) -> Bank:
    """Load a bank through the cache; fall back to ``parse`` (and refresh the cache)."""
    with open_regular(path) as file:  # a clear error for a missing file, a FIFO, ...
        try:
            size = os.fstat(file.fileno()).st_size
            key = _file_key(file) if size >= _MIN_SIZE else None
        except OSError:
            read_text(path)  # raises the clear error
            raise
    if key is not None:
        cache_file = cache_folder() / f"{key}.json"
        bank = _read_cache(cache_file, path, key, parse)
        if bank is not None:
            return bank
    raw = _read(path)
    if len(raw) < _MIN_SIZE:
        return parse(path, _decode(raw, path))
    # keyed by the bytes parsed, should the file have changed since it was hashed
    cache_file = cache_folder() / f"{_content_key(raw)}.json"
    bank = parse(path, _decode(raw, path))
    _write_cache(cache_file, bank)
    return bank


def _file_key(file: BinaryIO) -> str:
    """The content key of an open file, read in chunks: no copy of a big bank in memory."""
    digest = hashlib.sha256()
    buffer = bytearray(1 << 20)
    view = memoryview(buffer)
    while size := file.readinto(buffer):
        digest.update(view[:size])
    return digest.hexdigest()


def _read(path: Path) -> bytes:
    return read_bytes(path)


def _decode(raw: bytes, path: Path) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return read_text(path)  # raises the clear error with a line


# ---------------------------------------------------------------- rows

_KINDS = tuple(Kind)
_TOPICS = tuple(Topic)
_KIND_CODE = {kind: f"{i:x}" for i, kind in enumerate(_KINDS)}
_TOPIC_CODE = {topic: f"{i:x}" for i, topic in enumerate(_TOPICS)}
_CLASS_OF_CODE = {code: QUESTION_CLASSES[kind] for kind, code in _KIND_CODE.items()}
_TOPIC_OF_CODE = {code: topic for topic, code in _TOPIC_CODE.items()}
_STATUS_OF_CODE = {str(status)[0]: status for status in Status}
_FIELDS = {cls: tuple(f.name for f in dataclasses.fields(cls)) for cls in QUESTION_CLASSES.values()}
_INDEXED = ("id", "topic", "tags")  # kept in the index, not in the rows
_ROW_FIELDS = {cls: tuple(n for n in names if n not in _INDEXED) for cls, names in _FIELDS.items()}
# Fields holding a tuple of text (``dates`` may also be None); ``evidence`` and ``pairs``
# hold tuples of small records. All are kept once per distinct value in a table.
_TABLES = ("texts", "evidence", "pairs")
_TABLE_OF = {name: "texts" for name in ("distractors", "answers", "accept", "items", "dates",
                                        "flags")} \
    | {"evidence": "evidence", "pairs": "pairs"}
_TABLED = {cls: tuple((i, _TABLE_OF[name]) for i, name in enumerate(names) if name in _TABLE_OF)
           for cls, names in _ROW_FIELDS.items()}
# A decoded row, extended with id, topic and tags, picked into model field order.
_IN_MODEL_ORDER = {cls: operator.itemgetter(*[(*_ROW_FIELDS[cls], *_INDEXED).index(name)
                                              for name in names])
                   for cls, names in _FIELDS.items()}


class _Tables:
    """Distinct tuples (options, evidence, ...) numbered in first-seen order, so a value
    shared by many questions is stored, decoded and built once."""

    def __init__(self) -> None:
        self.rows: dict[str, list[Any]] = {name: [] for name in _TABLES}
        self._numbers: dict[str, dict[Any, int]] = {name: {} for name in _TABLES}

    def number(self, table: str, key: Any, row: Any) -> int:
        numbers = self._numbers[table]
        found = numbers.get(key)
        if found is None:
            found = numbers[key] = len(numbers)
            self.rows[table].append(row)
        return found


def question_row(q: Question, tables: _Tables) -> list[Any]:
    """A question's fields but id, topic and tags, in model order; tuples become table numbers."""
    row: list[Any] = []
    for name in _ROW_FIELDS[type(q)]:
        value = getattr(q, name)
        table = _TABLE_OF.get(name)
        if table is None or value is None:
            pass
        elif table == "texts":
            value = tables.number(table, value, list(value))
        else:
            pairs = tuple((e.article, e.quote) if table == "evidence" else (e.left, e.right)
                          for e in value)
            value = tables.number(table, pairs, [list(p) for p in pairs])
        row.append(value)
    return row


def _fixed_hex(numbers: list[int]) -> tuple[int, str]:
    """Numbers as one string of fixed-width hex fields: any one is read in O(1)."""
    width = max(1, len(f"{max(numbers, default=0):x}"))
    return width, "".join(f"{n:0{width}x}" for n in numbers)


def cache_blob(bank: Bank) -> bytes:
    """The whole bank in cache form (format 4), header line included."""
    tables = _Tables()
    tagsets: dict[tuple[str, ...], int] = {}
    lines = [json.dumps(question_row(q, tables), ensure_ascii=False, separators=(",", ":"))
             for q in bank.questions]
    for name in _TABLES:
        lines += [json.dumps(row, ensure_ascii=False, separators=(",", ":"))
                  for row in tables.rows[name]]
    body = [(line + "\n").encode("utf-8") for line in lines]
    ends, end = [], 0
    for chunk in body:
        end += len(chunk)
        ends.append(end)
    end_width, end_hex = _fixed_hex(ends)
    tag_width, tag_hex = _fixed_hex([tagsets.setdefault(q.tags, len(tagsets))
                                     for q in bank.questions])
    index = {
        "factdeck": bank.version, "title": bank.title, "description": bank.description,
        "language": bank.language, "id": bank.id,
        "story": [bank.story.headline,
                  bank.story.first.isoformat() if bank.story.first else None,
                  bank.story.last.isoformat() if bank.story.last else None]
        if bank.story else None,
        "articles": [[a.id, a.file, a.outlet, a.title, a.author,
                      a.published.isoformat() if a.published else None, a.url]
                     for a in bank.articles],
        "ids": [q.id for q in bank.questions],
        "kinds": "".join(_KIND_CODE[q.kind] for q in bank.questions),
        "topics": "".join(_TOPIC_CODE[Topic(q.topic)] for q in bank.questions),
        "tagsets": [list(tags) for tags in tagsets],
        "statuses": "".join(str(q.status)[0] for q in bank.questions),  # d, a or r
        "tags": tag_hex, "tag_width": tag_width,
        "tables": {name: len(tables.rows[name]) for name in _TABLES},
        "ends": end_hex, "end_width": end_width,
    }
    payload = json.dumps(index, ensure_ascii=False, separators=(",", ":")).encode("utf-8") \
        + b"\n" + b"".join(body)
    header = json.dumps({"format": CACHE_FORMAT, "checksum": _checksum(payload)}).encode()
    return header + b"\n" + payload


def bank_from_blob(blob: bytes, path: Path | None, *, key: str | None = None,
                   cache_file: Path | None = None, parse: ParseBank | None = None) -> Bank:
    """The bank of a cache blob, its questions built on first use.

    Raises ValueError (or another of ``_DAMAGE``) when the blob is stale or damaged.
    ``key``, ``cache_file`` and ``parse`` let a row that fails to decode later re-read the YAML.
    """
    header_end = blob.index(b"\n")
    meta = json.loads(blob[:header_end])
    view = memoryview(blob)
    if type(meta) is not dict or meta.get("format") != CACHE_FORMAT or \
            meta.get("checksum") != _checksum(view[header_end + 1:]):
        raise ValueError("stale or damaged")
    index_end = blob.index(b"\n", header_end + 1)
    data = json.loads(blob[header_end + 1:index_end])
    rows = view[index_end + 1:]  # no copy: rows are sliced out when decoded
    if type(data) is not dict or type(data.get("articles")) is not list:
        raise ValueError("the index is not a mapping")
    articles = tuple(
        Article(id=i, file=f, outlet=o, title=t, author=au, url=u,
                published=_dt.date.fromisoformat(p) if p else None)
        for i, f, o, t, au, p, u in data["articles"])
    if not all(type(v) is str for a in articles for v in (a.id, a.file)) or not all(
            v is None or type(v) is str
            for a in articles for v in (a.outlet, a.title, a.author, a.url)):
        raise ValueError("an article of the index does not fit")
    fields = (data["title"], data["description"], data["language"])
    bank_id = data.get("id")
    if not all(type(v) is str for v in fields) or type(data["factdeck"]) is not int or not (
            bank_id is None or type(bank_id) is str):
        raise ValueError("the bank fields of the index do not fit")
    source = _CachedQuestions(data, rows, path, key, cache_file, parse)
    story = None
    if data.get("story"):
        headline, first, last = data["story"]
        story = Story(headline, _dt.date.fromisoformat(first) if first else None,
                      _dt.date.fromisoformat(last) if last else None)
    return Bank(title=data["title"], description=data["description"], language=data["language"],
                version=data["factdeck"], articles=articles, questions=LazyQuestions(source),
                id=bank_id, path=path, story=story)


class _CachedQuestions(QuestionSource):
    """The questions of a cache file: the index decoded, the rows decoded on demand."""

    def __init__(self, data: dict[str, Any], rows: memoryview, path: Path | None, key: str | None,
                 cache_file: Path | None, parse: ParseBank | None = None) -> None:
        ids = data["ids"]
        if type(ids) is not list:
            raise ValueError("the ids of the index do not fit")
        super().__init__(ids)
        n = len(ids)
        self._kinds: str = data["kinds"]
        self._topics: str = data["topics"]
        self._tag_hex: str = data["tags"]
        self._tag_width: int = data["tag_width"]
        self._tagsets = [tuple(tags) for tags in data["tagsets"]]
        self._statuses: str = data["statuses"]
        self._end_hex: str = data["ends"]
        self._end_width: int = data["end_width"]
        counts = data["tables"]
        self._table_base = {}
        base = n
        for name in _TABLES:
            self._table_base[name] = base
            base += counts[name]
        self._tables: dict[str, list[Any]] = {name: [None] * counts[name] for name in _TABLES}
        self._rows = rows
        self._path, self._key, self._cache_file = path, key, cache_file
        self._parse = parse
        self._fallback: tuple[Question, ...] | None = None
        self._check_fits(n, base)

    def _check_fits(self, n: int, lines: int) -> None:
        """Cheap checks (no per-question loop) that the index is whole and consistent."""
        "".join(self.ids)  # TypeError unless every id is text
        widths = (self._tag_width, self._end_width)
        if not (all(type(w) is int and w > 0 for w in widths)
                and all(type(v) is str for v in (self._kinds, self._topics, self._tag_hex,
                                                 self._end_hex))
                and len(self._kinds) == n and set(self._kinds) <= _CLASS_OF_CODE.keys()
                and len(self._topics) == n and set(self._topics) <= _TOPIC_OF_CODE.keys()
                and len(self._statuses) == n and set(self._statuses) <= _STATUS_OF_CODE.keys()
                and len(self._tag_hex) == n * self._tag_width
                and set(self._tag_hex) <= _HEX_DIGITS
                and len(self._end_hex) == lines * self._end_width
                and set(self._end_hex) <= _HEX_DIGITS
                and all(type(t) is str for tags in self._tagsets for t in tags)
                and (lines == 0 or self._end(lines - 1) == len(self._rows))):
            raise ValueError("the index does not fit")

    def _end(self, line: int) -> int:
        w = self._end_width
        return int(self._end_hex[line * w:(line + 1) * w], 16)

    def _line(self, line: int) -> bytes:
        return self._rows[self._end(line - 1) if line else 0:self._end(line)].tobytes()

    def kind(self, position: int) -> Kind:
        return _CLASS_OF_CODE[self._kinds[position]].kind

    def topic(self, position: int) -> Topic:
        return _TOPIC_OF_CODE[self._topics[position]]

    def status(self, position: int) -> Status:
        return _STATUS_OF_CODE[self._statuses[position]]

    def statuses_present(self) -> set[Status]:
        return {_STATUS_OF_CODE[code] for code in set(self._statuses)}

    def tags(self, position: int) -> tuple[str, ...]:
        if self._fallback is None:
            try:
                return self._indexed_tags(position)
            except IndexError:  # a tag set number out of range: the cache is damaged
                self._recover()
        assert self._fallback is not None
        return self._fallback[position].tags

    def _indexed_tags(self, position: int) -> tuple[str, ...]:
        w = self._tag_width
        return self._tagsets[int(self._tag_hex[position * w:(position + 1) * w], 16)]

    def build(self, positions: list[int]) -> list[Question]:
        if self._fallback is None:
            try:
                return self._decode(positions)
            except _DAMAGE:
                self._recover()
        assert self._fallback is not None
        return [self._fallback[p] for p in positions]

    def _decode(self, positions: list[int]) -> list[Question]:
        with _gc_paused():  # every object built here stays alive: nothing for it to find
            rows = self._decode_lines(positions)
            wanted: dict[str, set[int]] = {name: set() for name in _TABLES}
            classes = [_CLASS_OF_CODE[self._kinds[p]] for p in positions]
            for cls, row in zip(classes, rows, strict=True):
                if type(row) is not list or len(row) != len(_ROW_FIELDS[cls]):
                    raise ValueError("row does not fit its kind")
                for i, table in _TABLED[cls]:
                    number = row[i]
                    if number is not None:
                        if type(number) is not int or number < 0:
                            raise ValueError("not a table number")
                        wanted[table].add(number)
            for name in _TABLES:
                self._load_table(name, wanted[name])
            tables, ids, topics, new = self._tables, self.ids, self._topics, object.__new__
            out = []
            for p, cls, row in zip(positions, classes, rows, strict=True):
                for i, table in _TABLED[cls]:
                    if row[i] is not None:
                        row[i] = tables[table][row[i]]
                row += (ids[p], _TOPIC_OF_CODE[topics[p]], self._indexed_tags(p))
                question = new(cls)
                # frozen: set the state in one step, in model field order
                object.__setattr__(question, "__dict__",
                                   dict(zip(_FIELDS[cls], _IN_MODEL_ORDER[cls](row), strict=True)))
                out.append(question)
        return out

    def _decode_lines(self, lines: list[int]) -> list[Any]:
        """Lines of the rows section, decoded at once; a run of lines is sliced out in one go
        (no line holds a newline byte: JSON escapes it in strings)."""
        if len(lines) == 1:
            return [json.loads(self._line(lines[0]))]
        parts, start = [], 0
        for i in range(1, len(lines) + 1):
            if i == len(lines) or lines[i] != lines[i - 1] + 1:
                first, last = lines[start], lines[i - 1]
                run = self._rows[self._end(first - 1) if first else 0:self._end(last)].tobytes()
                parts.append(run.rstrip(b"\n").replace(b"\n", b","))
                start = i
        return json.loads(b"[" + b",".join(parts) + b"]")

    def _load_table(self, name: str, numbers: set[int]) -> None:
        table = self._tables[name]
        missing = sorted(n for n in numbers if table[n] is None)  # IndexError: damaged
        if not missing:
            return
        base = self._table_base[name]
        for n, items in zip(missing, self._decode_lines([base + n for n in missing]),
                            strict=True):
            if type(items) is not list:
                raise ValueError("not a table entry")
            if name == "texts":
                if not all(type(t) is str or t is None for t in items):  # dates hold None
                    raise ValueError("not a text")
                table[n] = tuple(items)
            elif name == "evidence":
                table[n] = tuple([Evidence(a, q) for a, q in items])
            else:
                table[n] = tuple([Pair(a, b) for a, b in items])

    def _recover(self) -> None:
        """A row did not decode: drop the cache file and build every question from the YAML.

        The index was already used (to filter and shuffle), so the YAML must agree with
        it; if not, the bank cannot be used as loaded and the error says so.
        """
        if self._cache_file is not None:
            with contextlib.suppress(OSError):
                self._cache_file.unlink()
        name = display_name(self._path) if self._path else "bank"
        changed = BankError("changed while in use and its cache is damaged; open it again",
                            file=name)
        try:
            raw = read_bytes(self._path) if self._path else b""
        except (OSError, BankError):
            raise changed from None
        if self._path is None or self._key is None or self._parse is None or \
                _content_key(raw) != self._key:
            raise changed
        bank = self._parse(self._path, _decode(raw, self._path))
        fresh = tuple(bank.questions)
        if [q.id for q in fresh] != self.ids or any(
                q.kind != self.kind(i) or q.topic != self.topic(i)
                or q.tags != self._tags_or(i, q.tags) for i, q in enumerate(fresh)):
            raise BankError("its cache was damaged while in use; open it again", file=name)
        self._fallback = fresh
        built = self._built
        for i, question in enumerate(built):
            if question is not None:
                built[i] = fresh[i]
        if self._cache_file is not None:
            _write_cache(self._cache_file, bank)

    def _tags_or(self, position: int, default: tuple[str, ...]) -> tuple[str, ...]:
        """The indexed tags; ``default`` if unreadable (nothing could have used them)."""
        try:
            return self._indexed_tags(position)
        except IndexError:
            return default


# ---------------------------------------------------------------- files


def _read_cache(cache_file: Path, path: Path, key: str, parse: ParseBank) -> Bank | None:
    try:
        blob = cache_file.read_bytes()
    except OSError:
        return None
    try:
        return bank_from_blob(blob, path, key=key, cache_file=cache_file, parse=parse)
    except _DAMAGE:
        with contextlib.suppress(OSError):
            cache_file.unlink()
        return None


def _write_cache(cache_file: Path, bank: Bank) -> None:
    """Best effort: a cache that cannot be written only costs speed."""
    with contextlib.suppress(OSError, TypeError, ValueError):
        atomic.write_bytes(cache_file, cache_blob(bank), durable=False)
