"""Atomic file writes: a reader sees the old file or the new one, never half of one.

Write to a temporary file in the same folder, flush it to disk, then rename it
over the target (``os.replace`` is atomic on POSIX and Windows).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike[str], mode: str = "w", encoding: str | None = "utf-8",
                newline: str | None = None, durable: bool = True) -> Iterator[IO]:
    """Open a temporary file that replaces ``path`` only if the block succeeds.

    ``durable=False`` skips the fsync: still atomic, but a power cut may lose
    the new file (right for caches, which can be rebuilt).
    """
    target = Path(path)
    folder = target.parent
    folder.mkdir(parents=True, exist_ok=True)
    binary = "b" in mode
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, mode, encoding=None if binary else encoding,
                       newline=None if binary else newline) as handle:
            yield handle
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            if target.exists():
                os.chmod(tmp, target.stat().st_mode & 0o777)
            else:
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if durable:
        _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it."""
    with contextlib.suppress(OSError, AttributeError):
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """Atomically replace ``path`` with ``text``."""
    with atomic_open(path, "w", encoding=encoding, newline="") as handle:
        handle.write(text)


def write_bytes(path: str | os.PathLike[str], data: bytes, durable: bool = True) -> None:
    """Atomically replace ``path`` with ``data``."""
    with atomic_open(path, "wb", durable=durable) as handle:
        handle.write(data)


def replace_from(tmp_path: str | os.PathLike[str], path: str | os.PathLike[str]) -> None:
    """Move a finished temporary file (made by a library) over ``path`` atomically."""
    os.replace(tmp_path, path)
    _fsync_dir(Path(path).parent)
