"""Errors that are the user's to fix: the CLI prints them on one line and exits 2."""

from __future__ import annotations

import os
from pathlib import Path

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UserError(Exception):
    """A usage, config or input mistake: reported in one line, never a traceback."""


class ConfigError(UserError):
    def __init__(self, message: str, source: object = None, line: int | None = None) -> None:
        source = display_path(source) if isinstance(source, Path) else source
        where = f"{source}:{line}: " if source and line else f"{source}: " if source else ""
        super().__init__(f"{where}{message}")


def display_path(path: Path) -> str:
    """A path as a user would write it: relative to the current folder when
    it lies below it."""
    try:
        return Path(os.path.abspath(path)).relative_to(Path.cwd()).as_posix()
    except ValueError:
        return str(path)


def closest(word: str, choices) -> str:
    """' (did you mean 'x'?)' for the closest valid name, or ''."""
    import difflib

    match = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.6)
    return f" (did you mean '{match[0]}'?)" if match else ""


class ParameterError(ValueError):
    """A bad rule parameter; `where` is its path under `parameters` in the rule
    file, so the error can name the line."""

    def __init__(self, message: str, *where: object) -> None:
        super().__init__(message)
        self.where = where


class RuleFailed(Exception):
    """A rule could not finish on one draft (a service that did not answer): the
    other rules and files go on, and the run exits 2."""


class CheckTimeout(UserError):
    """A draft took longer than the per-file time limit (`--timeout`): that file
    is reported as an error (exit 2) and the others are still checked."""


class FixLoop(UserError):
    """Fixes that keep changing a draft (`--fix`): a bug in a rule, or two rules at odds."""


class RuleTimeout(RuleFailed):
    """A user pattern ran past its time limit on a draft."""
