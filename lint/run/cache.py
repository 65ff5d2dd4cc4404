"""The result cache: a draft checked before, with the same configuration,
rules and copydesk, is not checked again.

One entry per file, in `.copydesk_cache/` at the project root (the git work
tree, else the current folder), named by a key over everything the result
depends on: the file's bytes and reported path, the effective config (its
settings, vocabulary, the bytes of every rule and data file it draws on), the
command line's rule choices and date, copydesk's code, and today's date (the
as-of date when nothing else gives one). Entries are JSON, validated when read
(a pull request could commit the folder: nothing in it is ever executed or
unpickled); a corrupt entry is a miss. Entries are written to a temporary file
and renamed, so two runs can share the folder.

The folder also keeps each YAML file parsed (config, rule files, registries),
by its text (`yaml/`), so that unchanged files are not parsed again.

Entries live in one folder per day and copydesk (`2026-12-02-<code>/`): a key
holds the date, so an entry from another day can never be read again, and the
first entry a day writes removes the other days' folders. The cache holds at
most one day's results (per copydesk version run that day: a pre-commit hook's
copy and a checkout's share the folder without evicting each other).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

from ..diagnostics import Diagnostic
from ..digest import sha256
from ..files import new_file_in
from ..memo import dated, undated
from ..resources import builtin_folder

FOLDER = ".copydesk_cache"
FORMAT = 1
_PACKAGE = Path(__file__).resolve().parent.parent


class ResultCache:
    def __init__(self, root: Path) -> None:
        self.top = root / FOLDER
        self._code = _code_stamp()
        self.folder = self.top / f"{dt.date.today().isoformat()}-{self._code[:16]}"  # today's, this copydesk's
        self.parsed_yaml = ParsedYaml(self.top, self.folder, self._code)

    def fingerprint(self, config: Any, choices: tuple) -> str:
        """Everything besides the draft that a result depends on."""
        h = sha256()
        h.update(repr((FORMAT, self._code, dt.date.today().isoformat(), choices)).encode())
        h.update(repr((config.language, config.as_of, sorted(config.vocabulary), sorted(config.rules.items()),
                       config.overrides)).encode("utf-8", "surrogatepass"))
        paths = sorted({*config.rulebook.files.values(), *(builtin_folder() / "data").glob("*")}, key=str)
        paths += [Path(v) for s in config.rules.values() for v in s.options.values()
                  if isinstance(v, str) and os.path.isfile(v)]
        for path in paths:
            h.update(str(path).encode("utf-8", "surrogatepass"))
            with contextlib.suppress(OSError):
                h.update(sha256(path.read_bytes()).digest())
        return h.hexdigest()

    def key(self, fingerprint: str, name: str, data: bytes) -> str:
        h = sha256(fingerprint.encode())
        h.update(name.encode("utf-8", "surrogatepass") + b"\0")
        h.update(data)
        return h.hexdigest()

    def get(self, key: str) -> tuple[list[Diagnostic], dict[int, str]] | None:
        try:
            entry = json.loads((self.folder / key[:2] / f"{key}.json").read_text(encoding="utf-8"))
            if entry.get("format") != FORMAT or entry.get("key") != key:
                return None
            found = [Diagnostic.from_dict(d["diagnostic"], _source(d.get("source"))) for d in entry["diagnostics"]]
            lines = {int(n): str(t) for n, t in entry["lines"].items()}
            return found, lines
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # absent, or not an entry this copydesk wrote: checked again

    def put(self, key: str, found: list[Diagnostic], lines: dict[int, str]) -> None:
        entry = {"format": FORMAT, "key": key, "lines": {str(n): t for n, t in lines.items()},
                 "diagnostics": [{"diagnostic": d.to_dict(), "source": list(d.source) if d.source else None}
                                 for d in found]}
        _write(self.top, self.folder, self.folder / key[:2] / f"{key}.json", entry)


class ParsedYaml:
    """YAML files (configs, rule files, registries) as parsed in an earlier
    run, and what was read from the rules' patterns (a lint.memo.Memo), by
    their text and copydesk's code: a run whose files are unchanged imports
    no YAML parser, nor parses a pattern but to compile it. Kept as JSON, with a
    date as {"$date": "2025-01-20"}; data JSON cannot give back exactly (a
    time stamp, a set, a key that is no text) is parsed every run."""

    def __init__(self, top: Path, generation: Path, code: str) -> None:
        self.top, self.generation, self.folder, self._code = top, generation, generation / "yaml", code

    def _key(self, text: str) -> str:
        return sha256(f"{FORMAT}\0{self._code}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()

    def get(self, text: str) -> tuple[Any] | None:
        key = self._key(text)
        try:
            entry = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"), object_hook=undated)
            return (entry["data"],) if entry.get("key") == key else None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # absent or not an entry this copydesk wrote: parsed again

    def put(self, text: str, data: Any) -> None:
        try:
            encoded = dated(data)
        except ValueError:
            return  # JSON would not give it back exactly
        key = self._key(text)
        _write(self.top, self.generation, self.folder / f"{key}.json", {"key": key, "data": encoded})


def _write(top: Path, generation: Path, path: Path, entry: dict) -> None:
    """An entry written to a temporary file and renamed, so two runs can share
    the folder; the folder is made with its own .gitignore, and today's first
    entry removes the other days'."""
    try:
        if not top.exists():
            top.mkdir(parents=True, exist_ok=True)
            (top / ".gitignore").write_text("# written by copydesk: never commit the cache\n*\n")
        if not generation.exists():
            generation.mkdir(exist_ok=True)
            _prune(top, generation.name[:10])
        path.parent.mkdir(exist_ok=True)
        fd, temporary = new_file_in(path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(entry, out, ensure_ascii=False)
        os.replace(temporary, path)
    except (OSError, UnicodeEncodeError):
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(temporary)  # a cache that cannot be written only costs time


# The folders copydesk writes: a day's, and those of versions that kept entries
# loose in the top folder. Nothing else is ever removed (the cache folder may be
# a link to a folder that holds more).
_OURS = r"\d{4}-\d\d-\d\d-[0-9a-f]{16}|[0-9a-f]{2}|yaml"  # compiled only when a day's first entry is written


def _prune(top: Path, today: str) -> None:
    """Remove the cache's folders of other days."""
    import shutil

    with contextlib.suppress(OSError):
        for entry in os.scandir(top):
            if entry.is_dir(follow_symlinks=False) and re.fullmatch(_OURS, entry.name) and \
                    not entry.name.startswith(today):
                shutil.rmtree(entry.path, ignore_errors=True)


def _source(value: Any) -> tuple[str, int, int] | None:
    if value is None:
        return None
    text, start, end = value
    if not isinstance(text, str) or type(start) is not int or type(end) is not int:
        raise TypeError("bad source")
    return text, start, end


def _code_stamp() -> str:
    """copydesk's code as installed: its version and each module's size and
    time, so an edited checkout never reads results of older code, and the
    Python that runs it (its regex parser and Unicode tables decide results
    too)."""
    from .. import __version__

    parts = [__version__, sys.version]
    root = os.fspath(_PACKAGE)
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")  # no sources there
        within = folder[len(root) + 1:]  # "" for the package itself: os.walk joins onto root
        for name in sorted(names):
            if name.endswith(".py"):
                with contextlib.suppress(OSError):
                    info = os.stat(os.path.join(folder, name))
                    parts.append(f"{os.path.join(within, name)}:{info.st_size}:{info.st_mtime_ns}")
    return sha256("\n".join(parts).encode()).hexdigest()
