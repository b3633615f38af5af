"""Temporary files and folders that a killed export cannot leave behind for long.

SIGKILL runs no cleanup, so every temporary name carries the pid of the
process that made it; each export first sweeps the temporaries of processes
that are gone (``.out.apkg.<pid>.<random>.tmp`` beside the output, and
``factdeck-<uid>/<kind>-<pid>-<random>`` folders in the temp folder, which
hold Chromium's throw-away profiles and the pages it prints).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

_OLD_STYLE_AGE = 3600  # temporaries from before pids were in their names: swept after an hour


def temp_prefix(target: Path) -> str:
    """The prefix of a temporary file beside ``target`` (pass it to ``tempfile.mkstemp``)."""
    return f".{target.name}.{os.getpid()}."


def sweep_temps(target: Path) -> int:
    """Remove the temporaries of ``target`` left by dead processes; how many were removed."""
    pattern = re.compile(rf"^\.{re.escape(target.name)}\.(?:(\d+)\.)?[^/]*\.tmp$")
    removed = 0
    with contextlib.suppress(OSError):
        for entry in target.parent.iterdir():
            m = pattern.match(entry.name)
            if m and _stale(m.group(1), entry):
                with contextlib.suppress(OSError):
                    entry.unlink()
                    removed += 1
    return removed


def scratch_root() -> Path:
    """The folder of factdeck's scratch folders: one per user, in the system temp folder."""
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return Path(tempfile.gettempdir()) / f"factdeck-{uid}"


@contextlib.contextmanager
def scratch_dir(kind: str) -> Iterator[Path]:
    """A temporary folder removed when the block ends, and by the next run if killed."""
    root = scratch_root()
    root.mkdir(mode=0o700, exist_ok=True)
    sweep_scratch(root)
    folder = Path(tempfile.mkdtemp(prefix=f"{kind}-{os.getpid()}-", dir=root))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def sweep_scratch(root: Path | None = None) -> int:
    """Remove the scratch folders of processes that are gone; how many were removed."""
    root = root or scratch_root()
    removed = 0
    with contextlib.suppress(OSError):
        for entry in root.iterdir():
            m = re.match(r"^[a-z]+-(\d+)-", entry.name)
            if m and _stale(m.group(1), entry):
                shutil.rmtree(entry, ignore_errors=True)
                removed += 1
    return removed


def _stale(pid: str | None, entry: Path) -> bool:
    if pid is None:
        with contextlib.suppress(OSError):
            return time.time() - entry.stat().st_mtime > _OLD_STYLE_AGE
        return False
    return int(pid) != os.getpid() and not _alive(int(pid))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True
