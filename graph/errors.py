"""Exceptions for what the user must fix; the CLI turns them into one-line messages."""
from __future__ import annotations


class FilmgraphError(Exception):
    """Base of the errors the CLI reports as a message (exit 2)."""


class InputError(FilmgraphError):
    """A source cannot be read as a document. Names the file (and line where it helps)."""

    def __init__(self, path: str, message: str, line: int | None = None):
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {message}")
        self.path = str(path)
        self.line = line


class UsageError(FilmgraphError):
    """The command line asks for something that cannot be done."""
