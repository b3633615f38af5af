"""Note modification times that change only when a note's content changes.

Anki's importer updates a note it already has only when the incoming note's
modification time is newer than its own. genanki stamps every note with the
time of the export, so each re-export would overwrite whatever the learner
edited, even in notes whose text did not change. Instead each note keeps the
time its content (note type, fields, tags) was first exported in that form:
a ledger in the user's data folder remembers (digest, time) per GUID and note type,
and an earlier package at the output path is read as a second witness, so a
rebuild on another machine over the same file keeps its times too.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from factdeck import atomic, locations

LEDGER_NAME = "anki-stamps.txt"


def ledger_path() -> Path:
    """Where the ledger of note stamps lives."""
    return locations.data_dir() / LEDGER_NAME


def stamp_key(guid: str, model_id: int) -> str:
    """Stamps are kept per GUID and note type: exports with and without --type-in of one bank
    then keep their own times instead of bumping each other's."""
    return f"{guid}/{model_id}"


def tags_text(tags: Iterable[str]) -> str:
    """Tags in the one order the digest uses."""
    return " ".join(sorted(tags))


def content_digest(model_id: int, flds: str, tags: str) -> str:
    """A short digest of everything the importer writes into a note: its note type, its
    fields as stored (joined by \\x1f) and its tags (:func:`tags_text`)."""
    text = f"{model_id}\x1e{flds}\x1e{tags}"
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=10).hexdigest()


class Stamps:
    """Known (digest, mod) per note (:func:`stamp_key`); the stamp for each note of an export.

    ``package`` is the earlier package at the output path; it is read only when
    the ledger does not know a note, so a rebuild on the same machine skips it.
    """

    def __init__(self, known: dict[str, tuple[str, int]] | None = None,
                 package: Path | None = None) -> None:
        self.known = known or {}
        self.package = package
        self._from_package: dict[str, tuple[str, int]] | None = None
        self.current: dict[str, tuple[str, int]] = {}
        self.changed = 0

    def stamp(self, key: str, digest: str, now: int) -> int:
        """The modification time for a note: unchanged content keeps its old time."""
        old = self.known.get(key)
        if old is None and self.package is not None:
            if self._from_package is None:
                self._from_package = read_package(self.package)
            old = self._from_package.get(key)
        if old is not None and old[0] == digest:
            self.current[key] = old
            return old[1]
        mod = max(now, old[1] + 1) if old is not None else now
        self.current[key] = (digest, mod)
        self.changed += 1
        return mod

    def merged(self) -> dict[str, tuple[str, int]]:
        """The ledger to save: earlier entries (other banks, other filters) plus this export."""
        out = dict(self.known)
        out.update(self.current)
        return out


_LEDGER_HEADER = "factdeck anki stamps 1\n"


def read_ledger(path: Path) -> dict[str, tuple[str, int]]:
    """The saved stamps; an unreadable or foreign ledger counts as empty (it is only a hint)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    if not text.startswith(_LEDGER_HEADER):
        return {}
    out: dict[str, tuple[str, int]] = {}
    for line in text[len(_LEDGER_HEADER):].splitlines():
        parts = line.split(" ")
        if len(parts) == 3 and parts[2].isdigit():
            out[parts[0]] = (parts[1], int(parts[2]))
    return out


def write_ledger(path: Path, stamps: dict[str, tuple[str, int]]) -> None:
    """Save the stamps atomically: a line ``key digest mod`` per note (keys hold no spaces);
    plain lines because JSON would escape the quotes and backslashes GUIDs may contain."""
    lines = [f"{key} {digest} {mod}\n" for key, (digest, mod) in stamps.items()]
    atomic.write_text(path, _LEDGER_HEADER + "".join(lines))


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path``'s lock file (POSIX ``flock``) for the block."""
    try:
        import fcntl
    except ImportError:  # no flock (Windows): exports rarely run at once there
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def update_ledger(path: Path, current: dict[str, tuple[str, int]]) -> None:
    """Add this export's stamps to the ledger under a lock, re-reading it first: two exports
    at once (of different banks) then both keep their stamps, instead of the last writer's
    ledger replacing the other's."""
    with _locked(path):
        stamps = read_ledger(path)
        stamps.update(current)
        write_ledger(path, stamps)


def read_package(path: Path) -> dict[str, tuple[str, int]]:
    """Stamps of the notes in an existing .apkg (empty when there is none or it is not one)."""
    if not path.is_file():
        return {}
    try:
        with zipfile.ZipFile(path) as archive:
            if "collection.anki2" not in archive.namelist():
                return {}
            data = archive.read("collection.anki2")
        conn = sqlite3.connect(":memory:")
        try:
            conn.deserialize(data)
            rows = conn.execute("SELECT guid, mid, flds, tags, mod FROM notes").fetchall()
        finally:
            conn.close()
    except (OSError, zipfile.BadZipFile, sqlite3.Error, KeyError):
        return {}
    out = {}
    for guid, mid, flds, tags, mod in rows:
        with contextlib.suppress(TypeError, ValueError):
            digest = content_digest(int(mid), str(flds), tags_text(str(tags).split()))
            out[stamp_key(str(guid), int(mid))] = (digest, int(mod))
    return out
