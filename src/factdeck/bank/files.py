"""A bank file's text and the name it is shown by: what the loader and the cache both read with.

Below both :mod:`factdeck.bank.load` and :mod:`factdeck.bank.cache`, so neither
has to import the other to give the same clear error for a file it cannot read.
"""

from __future__ import annotations

from pathlib import Path

from factdeck.errors import BankError


def display_name(path: Path) -> str:
    """The file name as the user should see it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def read_text(path: Path) -> str:
    """A bank's text, with clear errors for missing, unreadable or non-UTF-8 files."""
    name = display_name(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise BankError("no such file", file=name) from None
    except IsADirectoryError:
        raise BankError("is a folder, not a bank file (name its bank.yaml)", file=name) from None
    except OSError as exc:
        raise BankError(f"cannot be read: {exc.strerror or exc}", file=name) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise BankError("is not UTF-8 text", file=name, line=line) from None
