"""Where a file lies in the repository, and fingerprints of diagnostics that
survive edits elsewhere in the file: shared by SARIF, Code Climate and baselines.

A fingerprint hashes the rule, the file's path from the repository root, the
flagged text with a little context (whitespace folded), and how many identical
ones came before it in the file, never the line number.
"""

from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path


def repo_root(start: Path | None = None) -> Path:
    """The nearest folder above `start` (default: the current folder) holding
    .git, else the current folder."""
    here = Path(os.path.abspath(start or Path.cwd()))
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return Path.cwd()


def repo_path(display: str | None, root: Path) -> str:
    """A diagnostic's path relative to the repository root, with / separators."""
    if not display or display == "-":
        return display or "-"
    return _repo_path(display, root, os.getcwd())


@functools.lru_cache(maxsize=4096)
def _repo_path(display: str, root: Path, cwd: str) -> str:
    """Worked out once per file (and folder it is shown from), not per finding:
    pathlib is slow enough that a report of many findings spent most of its time here."""
    absolute = Path(os.path.normpath(os.path.join(cwd, display)))  # os.path.abspath, with the cwd given
    try:
        return absolute.relative_to(root).as_posix()
    except ValueError:
        return absolute.as_posix()


def fingerprints(diagnostics, root: Path) -> list[str]:
    seen: dict[tuple, int] = {}
    out = []
    for d in diagnostics:
        key = (d.rule, repo_path(d.path, root), " ".join(d.context.split()))
        seen[key] = seen.get(key, 0) + 1
        # surrogatepass: a lone surrogate in a draft handed to the library still hashes
        digest = hashlib.sha256("\0".join([*key, str(seen[key])]).encode("utf-8", "surrogatepass")).hexdigest()
        out.append(digest[:32])
    return out
