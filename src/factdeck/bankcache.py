"""A content-keyed cache of parsed banks, so a big bank opens in a blink the second time.

Parsing YAML is slow (a 77 MB bank takes many seconds even with the C
loader); JSON is an order of magnitude faster. The cache file is keyed by a
hash of the bank's bytes, so any edit misses the cache, and it carries a hash
of its own payload, so a truncated or tampered cache is detected and rebuilt,
never trusted. The cache holds only data (JSON), never code.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import json
from pathlib import Path
from typing import Any

from factdeck import atomic, locations
from factdeck.bankfile import (
    _gc_paused,
    bank_from_trusted_data,
    bank_to_data,
    load_bank_uncached,
    read_text,
)
from factdeck.model import Bank

CACHE_FORMAT = 1
_MIN_SIZE = 64 * 1024  # small banks parse faster than a cache round trip pays back


def cache_folder() -> Path:
    """Where cached banks are kept."""
    return locations.cache_dir() / "banks"


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()  # hardware-accelerated on most machines


def _json_default(value: Any) -> Any:
    if isinstance(value, _dt.date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def load_cached(path: Path) -> Bank:
    """Load a bank through the cache; fall back to parsing (and refresh the cache)."""
    try:
        raw = path.read_bytes()
    except OSError:
        read_text(path)  # raises the clear error
        raise
    if len(raw) < _MIN_SIZE:
        return load_bank_uncached(path, _decode(raw, path))
    key = _digest(raw)
    cache_file = cache_folder() / f"{key}.json"
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


def _read_cache(cache_file: Path, path: Path) -> Bank | None:
    try:
        blob = cache_file.read_bytes()
    except OSError:
        return None
    header, _, payload = blob.partition(b"\n")
    try:
        meta = json.loads(header)
        if meta.get("format") != CACHE_FORMAT or meta.get("digest") != _digest(payload):
            raise ValueError("stale or corrupt")
        with _gc_paused():
            return bank_from_trusted_data(json.loads(payload), path)
    except (ValueError, TypeError, KeyError, AttributeError, IndexError):
        with contextlib.suppress(OSError):
            cache_file.unlink()
        return None


def _write_cache(cache_file: Path, bank: Bank) -> None:
    """Best effort: a cache that cannot be written only costs speed."""
    with contextlib.suppress(OSError, TypeError, ValueError):
        payload = json.dumps(bank_to_data(bank), default=_json_default, ensure_ascii=False,
                             separators=(",", ":")).encode("utf-8")
        header = json.dumps({"format": CACHE_FORMAT, "digest": _digest(payload)}).encode()
        atomic.write_bytes(cache_file, header + b"\n" + payload, durable=False)
