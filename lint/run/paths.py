"""Which files a run checks: named files, folders walked for drafts, stdin."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..formats import EXTENSIONS

# Folders never walked, besides hidden ones (.git, .venv): other people's files.
VENDORED = frozenset({"node_modules", "vendor", "venv", "env", "__pycache__", "site-packages",
                      "third_party", "bower_components"})
STDIN = "-"


@dataclass(frozen=True)
class Target:
    display: str  # the path as reported: as given, or relative to the current folder
    path: Path | None  # None for standard input


def expand(paths: tuple[str, ...], stdin_name: str | None) -> tuple[list[Target], list[str], list[str]]:
    """The files to check, input errors (named paths that do not exist) and
    warnings (folders holding no drafts)."""
    targets: list[Target] = []
    errors: list[str] = []
    warnings: list[str] = []
    seen: set[str] = set()

    def add(display: str, path: Path | None) -> None:
        key = os.path.realpath(path) if path is not None else STDIN
        if key not in seen:
            seen.add(key)
            targets.append(Target(printable(display), path))

    for given in paths:
        if given == STDIN:
            add(stdin_name or STDIN, None)
        elif os.path.isdir(given):
            found = walk(given, errors)
            if not found and not errors:
                kinds = ", ".join(sorted(EXTENSIONS))
                warnings.append(f"{given}: no drafts found (looked for {kinds} files)")
            for display in found:
                add(display, Path(display))
        elif os.path.exists(given):
            add(given, Path(given))
        else:
            errors.append(f"{given}: no such file or folder")
    return targets, errors, warnings


def printable(name: str) -> str:
    """A file name as reports show it: bytes that are not UTF-8 (which Python
    reads as lone surrogates, and no report could encode) as \\xff escapes."""
    if name.isascii():
        return name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def walk(folder: str, errors: list[str]) -> list[str]:
    """The drafts under a folder; a folder that cannot be read is an error, not
    a silent gap."""
    found = []

    def unreadable(exc: OSError) -> None:
        errors.append(f"{exc.filename}: cannot read folder: {exc.strerror or exc}")

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in VENDORED)
        for name in sorted(files):
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in EXTENSIONS:
                found.append(os.path.normpath(os.path.join(root, name)))
    return found
