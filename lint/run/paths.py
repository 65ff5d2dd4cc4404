"""Which files a run checks: named files, folders walked for drafts, stdin."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from ..formats import EXTENSIONS

# Folders never walked, besides hidden ones (.git, .venv): other people's files.
VENDORED = frozenset({"node_modules", "vendor", "venv", "env", "__pycache__", "site-packages",
                      "third_party", "bower_components"})
STDIN = "-"


class Target(NamedTuple):
    display: str  # the path as reported: as given, or relative to the current folder
    path: Path | None  # None for standard input
    named: bool = False  # named on the command line (not found by walking a folder)


def expand(paths: tuple[str, ...], stdin_name: str | None,
           gitignore: bool = True) -> tuple[list[Target], list[str], list[str]]:
    """The files to check, input errors (named paths that do not exist) and
    warnings (folders holding no drafts). A path that does not exist but holds
    * ? or [ is a glob, expanded here. Folders are walked for drafts, leaving
    out what git ignores when `gitignore` and they lie in a git work tree."""
    targets: list[Target] = []
    errors: list[str] = []
    warnings: list[str] = []
    seen: set[str] = set()
    real_folders: dict[str, str] = {}

    def real(path: str) -> str:
        """os.path.realpath, each folder resolved once: a folder of 1,000 drafts
        costs one lookup per draft, not one per folder of its path."""
        folder, name = os.path.split(path)
        if folder not in real_folders:
            real_folders[folder] = os.path.realpath(folder or ".")
        joined = os.path.join(real_folders[folder], name)
        return os.path.realpath(joined) if os.path.islink(joined) else joined

    def add(display: str, path: Path | None, named: bool = False) -> None:
        key = real(os.fspath(path)) if path is not None else STDIN
        if key not in seen:
            seen.add(key)
            targets.append(Target(printable(display), path, named))

    for given in paths:
        if given == STDIN:
            add(stdin_name or STDIN, None, named=True)
        elif os.path.isdir(given):
            found = walk(given, errors, gitignore)
            if not found and not errors:
                kinds = ", ".join(sorted(EXTENSIONS))
                warnings.append(f"{given}: no drafts found (looked for {kinds} files)")
            for display in found:
                add(display, Path(display))
        elif os.path.exists(given):
            add(given, Path(given), named=True)
        elif any(c in given for c in "*?["):  # a glob the shell left alone: 'drafts/*.md'
            import glob  # only for a glob: most runs name files and folders

            matches = sorted(glob.glob(given, recursive=True))
            if not matches:
                errors.append(f"{given}: no file or folder matches this pattern")
            for match in matches:
                if os.path.isdir(match):
                    for display in walk(match, errors, gitignore):
                        add(display, Path(display))
                elif os.path.splitext(match)[1].lower() in EXTENSIONS:
                    add(os.path.normpath(match), Path(match))
        else:
            errors.append(f"{given}: no such file or folder")
    return targets, errors, warnings


def printable(name: str) -> str:
    """A file name as reports show it: bytes that are not UTF-8 (which Python
    reads as lone surrogates, and no report could encode) as \\xff escapes."""
    if name.isascii():
        return name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def walk(folder: str, errors: list[str], gitignore: bool = False) -> list[str]:
    """The drafts under a folder; a folder that cannot be read is an error, not
    a silent gap."""
    found = _walk(folder, errors)
    return _not_ignored(found) if gitignore and found and _in_work_tree(folder) else found


def _in_work_tree(folder: str) -> bool:
    """Could git ignore anything here: is there a .git (a folder, or the file of
    a worktree or submodule) at or above the folder, or a git folder named in
    the environment? Asking git itself costs a process start."""
    if "GIT_DIR" in os.environ or "GIT_WORK_TREE" in os.environ:
        return True
    here = os.path.abspath(folder)
    while not os.path.exists(os.path.join(here, ".git")):
        here, child = os.path.dirname(here), here
        if here == child:
            return False
    return True


def _not_ignored(found: list[str]) -> list[str]:
    """The files git does not ignore (.gitignore, .git/info/exclude), when git
    is there to ask; all of them otherwise."""
    import subprocess

    try:
        done = subprocess.run(["git", "check-ignore", "--stdin", "-z"], input="\0".join(found).encode("utf-8",
                              "surrogateescape"), capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return found
    if done.returncode not in (0, 1):  # 128: not in a git work tree
        return found
    ignored = set(done.stdout.decode("utf-8", "surrogateescape").split("\0"))
    return [f for f in found if f not in ignored]


def _walk(folder: str, errors: list[str]) -> list[str]:
    found = []

    def unreadable(exc: OSError) -> None:
        errors.append(f"{exc.filename}: cannot read folder: {exc.strerror or exc}")

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in VENDORED)
        for name in sorted(files):
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in EXTENSIONS:
                found.append(os.path.normpath(os.path.join(root, name)))
    return found
