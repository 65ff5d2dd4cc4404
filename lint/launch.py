"""The `copydesk` command's entry point.

A plain `copydesk check` (paths, and only the options below: the way
pre-commit and most CI steps run it) is run without loading click, which is a
third of a run that the result cache answers. Every other command line goes to
click (lint.cli). Both make the same Options and run them through
lint.command.execute; tests/test_launch.py holds the two parsers to the same
result.
"""

from __future__ import annotations

import atexit
import sys
from collections.abc import Sequence
from typing import Any

from . import compiled_patterns
from .command import FAIL_ON, execute, guarded
from .reporters import FORMATS

# The options a plain check may carry, each setting one field of Options.
_FLAGS = {
    "-q": ("quiet", True), "--quiet": ("quiet", True),
    "--fix": ("fix", True), "--statistics": ("statistics", True),
    "--color": ("color", True), "--no-color": ("color", False),
    "--cache": ("cache", True), "--no-cache": ("cache", False),
    "--gitignore": ("gitignore", True), "--no-gitignore": ("gitignore", False),
    "--progress": ("progress", True), "--no-progress": ("progress", False),
}
_CHOICES = {"--fail-on": ("fail_on", FAIL_ON), "--format": ("output_format", FORMATS)}  # each with its value
_COUNTS = {"-j": "jobs", "--jobs": "jobs"}  # each with a whole number of at least 1


def main() -> None:
    compiled_patterns.install()
    atexit.register(compiled_patterns.save)
    plain = plain_check(sys.argv[1:])
    if plain is None:
        from .cli import main as command

        command(prog_name="copydesk")
        return
    paths, fields = plain
    sys.exit(guarded(lambda: execute(paths, fields)))


def plain_check(argv: Sequence[str]) -> tuple[list[str], dict[str, Any]] | None:
    """The paths and Options fields of `check` with no option beyond the plain
    ones, or None for click to parse (and explain any mistake)."""
    if not argv or argv[0] != "check":
        return None
    paths: list[str] = []
    fields: dict[str, Any] = {}
    rest = iter(argv[1:])
    for arg in rest:
        if not arg.startswith("-"):
            paths.append(arg)
        elif arg in _FLAGS:
            field, value = _FLAGS[arg]
            fields[field] = value
        elif arg in _CHOICES and (chosen := next(rest, None)) in _CHOICES[arg][1]:
            fields[_CHOICES[arg][0]] = chosen
        elif arg in _COUNTS and (count := next(rest, "")).isascii() and count.isdigit() and int(count) >= 1:
            fields[_COUNTS[arg]] = int(count)
        else:  # '-' (standard input), '--', '--opt=value', another option, a bad value: click's
            return None
    return paths, fields
