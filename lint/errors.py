"""Errors that are the user's to fix: the CLI prints them on one line and exits 2."""

from __future__ import annotations


class UserError(Exception):
    """A usage, config or input mistake: reported in one line, never a traceback."""


class ConfigError(UserError):
    def __init__(self, message: str, source: object = None, line: int | None = None) -> None:
        where = f"{source}:{line}: " if source and line else f"{source}: " if source else ""
        super().__init__(f"{where}{message}")


def closest(word: str, choices) -> str:
    """' (did you mean 'x'?)' for the closest valid name, or ''."""
    import difflib

    match = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.6)
    return f" (did you mean '{match[0]}'?)" if match else ""
