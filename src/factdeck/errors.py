"""Errors that reach the user as one clear line, never as a traceback.

Every error that concerns a file says where: ``file:line: key.path: message``.
The CLI catches :class:`FactdeckError` and prints it; anything else is a bug.
"""

from __future__ import annotations


class FactdeckError(Exception):
    """Base of every error factdeck reports to a user."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


def locate(file: str | None, line: int | None, key: str | None, message: str) -> str:
    """Format a location the way compilers do, so editors can jump to it."""
    where = ""
    if file:
        where = f"{file}:{line}: " if line else f"{file}: "
    if key:
        where += f"{key}: "
    return where + message


class BankError(FactdeckError):
    """A bank that cannot be read or does not follow the format."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        key: str | None = None,
    ) -> None:
        super().__init__(message)
        self.file = file
        self.line = line
        self.key = key

    def __str__(self) -> str:
        return locate(self.file, self.line, self.key, self.message)

    def at(self, file: str | None = None, line: int | None = None) -> BankError:
        """The same error, placed in a file and line once they are known."""
        return BankError(
            self.message,
            file=file if file is not None else self.file,
            line=line if line is not None else self.line,
            key=self.key,
        )


class BankVersionError(BankError):
    """A bank written for a newer factdeck than this one."""


class ArticleError(FactdeckError):
    """An article that cannot be read."""


class ProgressError(FactdeckError):
    """The progress store cannot be opened or written."""


class ExportError(FactdeckError):
    """An export that cannot be written."""
