"""Errors the user sees: one line naming the file and the problem."""

from __future__ import annotations


class TracerError(Exception):
    """Base of every error tracer reports to the user as one line (exit code 2)."""


class InputError(TracerError):
    """An input file is missing, empty, corrupt, or has no marking column."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class CatalogError(TracerError):
    """A catalogue file or row is malformed."""
