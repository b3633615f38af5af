"""A bank file's text and the name it is shown by: what the loader and the cache both read with.

Below both :mod:`factdeck.bank.load` and :mod:`factdeck.bank.cache`, so neither
has to import the other to give the same clear error for a file it cannot read.
Only regular files are opened, and without blocking: a FIFO or a device named
as a bank (or an article) would otherwise hang ``check`` and ``decks`` forever.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from factdeck.errors import BankError

MAX_BANK_BYTES = 256 * 1024 * 1024  # the biggest bank we read (a 100,000-question bank is ~80 MB)
MAX_ARTICLE_BYTES = 16 * 1024 * 1024  # the biggest article text check reads


def display_name(path: Path) -> str:
    """The file name as the user should see it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):
        return str(path)


def open_regular(path: Path, limit: int = MAX_BANK_BYTES) -> BinaryIO:
    """Open a regular file for reading without ever blocking; clear errors for anything else.

    Raises :class:`BankError` for a missing, unreadable or oversized file and for
    folders, FIFOs, sockets and devices.
    """
    name = display_name(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise BankError("no such file", file=name) from None
    except IsADirectoryError:
        raise BankError("is a folder, not a bank file (name its bank.yaml)", file=name) from None
    except OSError as exc:
        raise BankError(f"cannot be read: {exc.strerror or exc}", file=name) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise BankError("is a folder, not a bank file (name its bank.yaml)", file=name)
        if not stat.S_ISREG(info.st_mode):
            raise BankError("is not a regular file (a pipe, socket or device); refusing to "
                            "read it", file=name)
        if info.st_size > limit:
            raise BankError(f"is {info.st_size:,} bytes; the limit is {limit:,}", file=name)
        os.set_blocking(fd, True)
        return open(fd, "rb", buffering=0, closefd=True)  # noqa: SIM115 - the caller closes
    except BaseException:
        os.close(fd)
        raise


def read_bytes(path: Path, limit: int = MAX_BANK_BYTES) -> bytes:
    """A regular file's bytes, at most ``limit`` of them (see :func:`open_regular`)."""
    with open_regular(path, limit) as file:
        try:
            data = file.read(limit + 1)
        except OSError as exc:
            raise BankError(f"cannot be read: {exc.strerror or exc}",
                            file=display_name(path)) from None
    if len(data) > limit:  # grew since it was opened
        raise BankError(f"is over {limit:,} bytes; the limit", file=display_name(path))
    return data


def read_text(path: Path) -> str:
    """A bank's text, with clear errors for missing, unreadable, oversized or non-UTF-8 files."""
    data = read_bytes(path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise BankError("is not UTF-8 text", file=display_name(path), line=line) from None
