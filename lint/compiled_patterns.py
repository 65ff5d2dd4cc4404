"""Compiled regular expressions kept between runs, as Python keeps bytecode.

Python's `re` parses each pattern and generates its matching code in Python,
on every run: for copydesk's patterns that is more than half of checking one short
draft. The command (not library use: a host program's patterns are its own)
keeps the generated code of each pattern it compiles and hands it straight to
the regex engine on the next run, which validates code before it runs it.

One file per Python version and copydesk version (another version's, unwritten for
a month, is removed), in the user's cache folder
($XDG_CACHE_HOME/copydesk, else ~/.cache/copydesk; %LOCALAPPDATA% on Windows,
~/Library/Caches on macOS), never the project's: a pull request could commit
a project's folder, and code read from this file runs in the engine. Entries
are keyed by the pattern's text and flags, so an edited pattern is a new entry.
COPYDESK_PATTERN_CACHE=off turns the cache off; a folder path moves it. A file
that cannot be read or does not parse is ignored, and a failed write is
skipped: the cache only ever saves time.

The file: a magic line, the JSON index's length, the index (key: offset,
length, flags, groups, group names, a CRC of the code), then every entry's
code as 32-bit words. It is mapped, not read: a run reads only the entries it
uses.
"""

from __future__ import annotations

import contextlib
import json
import mmap
import os
import re
import struct
import sys
import time
import zlib
from array import array
from pathlib import Path
from typing import Any

from .digest import sha256

try:  # the private parts of `re` this relies on (CPython 3.11 and later); elsewhere patterns compile as usual
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:
    _sre = _compiler = _parser = None

_MAGIC = b"copydesk-patterns-1\n"
_LENGTH = struct.Struct("<I")
_MOST = 16_000_000  # bytes of code: past this the file starts again from this run's (older code's patterns pile up)
_OFF = ("0", "off", "no", "false")
_STALE = 30 * 24 * 3600  # seconds since another version's file was last written, before a save removes it

_state: dict[str, Any] = {}  # "new", "path", "compile" (the original) once installed; "index", "code" once read


def install() -> None:
    """Compile this process's patterns through the cache (idempotent)."""
    if _state or os.environ.get("COPYDESK_PATTERN_CACHE", "").strip().lower() in _OFF:
        return
    if _sre is None or array("I").itemsize != 4 or not hasattr(_compiler, "_code") or not hasattr(_sre, "compile"):
        return  # another Python's engine: compile as usual
    path = _file()
    if path is None:
        return
    _state.update(new={}, path=path, compile=_compiler.compile)  # the file is read by the first compile
    _compiler.compile = _compile
    try:  # the engine takes the code as built here (another Python may build or take it otherwise)
        works = _compile(r"(?P<word>\w+)-(\d)", 0).fullmatch("ab-1") is not None
    except Exception:  # noqa: BLE001  # any failure: compile as Python does
        works = False
    if not works:
        uninstall()


def uninstall() -> None:
    """Compile as Python does (what tests call after install)."""
    if _state:
        _compiler.compile = _state["compile"]
        _state.clear()


def save() -> None:
    """Add this process's new entries to the file, merged with what other runs
    wrote since this one read it; written whole to a new file and renamed."""
    if not _state or not _state["new"]:
        return
    path: Path = _state["path"]
    index, code = _read(path)
    if len(code) > _MOST:
        index, code = {}, memoryview(b"")
    added = array("I")
    for key, (words, flags, groups, names) in _state["new"].items():
        block = array("I", words)
        index[key] = [len(code) // 4 + len(added), len(words), flags, groups, names, _digest(block)]
        added.extend(block)
    _state["new"] = {}
    from .files import new_file_in

    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        now = time.time()
        for other in path.parent.glob("patterns-*.bin"):
            # another Python's or copydesk's, left unwritten a month: gone (one in use, such as a pre-commit
            # hook's copydesk beside a checkout's, is kept: removing it would have each remove the other's)
            if other != path and now - other.stat().st_mtime > _STALE:
                other.unlink()
        head = json.dumps(index, separators=(",", ":")).encode()
        fd, temporary = new_file_in(path.parent, prefix=".patterns-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(_MAGIC + _LENGTH.pack(len(head)) + head)
                out.write(code)
                out.write(added.tobytes())
            os.replace(temporary, path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _compile(pattern: Any, flags: int = 0) -> Any:
    """What re._compiler.compile returns, from the file when the pattern is in it."""
    if not isinstance(pattern, str) or flags & re.DEBUG:
        return _state["compile"](pattern, flags)
    if "index" not in _state:  # read when first needed: `copydesk --version` compiles no pattern
        _state["index"], _state["code"] = _read(_state["path"])
    key = _key(pattern, flags)
    entry = _state["index"].get(key)
    if entry is not None:
        with contextlib.suppress(Exception):  # an entry that does not hold (a damaged file): compiled afresh
            at, length, stored_flags, groups, names, digest = entry
            block = array("I")
            block.frombytes(_state["code"][at * 4:(at + length) * 4])  # only the entries a run uses are copied
            if len(block) == length and _digest(block) == digest:
                return _sre.compile(pattern, stored_flags, block.tolist(), groups, names,
                                    _index_names(names, groups))
    parsed = _parser.parse(pattern, flags)
    words = _compiler._code(parsed, flags)
    names = dict(parsed.state.groupdict)
    all_flags, groups = flags | parsed.state.flags, parsed.state.groups - 1
    compiled = _sre.compile(pattern, all_flags, words, groups, names, _index_names(names, groups))
    _state["new"][key] = (words, all_flags, groups, names)
    return compiled


def _key(pattern: str, flags: int) -> str:
    return sha256(f"{flags}\0{pattern}".encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _digest(block: array) -> int:
    """An entry's check: a damaged file's code may still pass the engine's validation, and match otherwise
    (a CRC, a hundred times cheaper than a hash, is for damage, not for an attacker, who could not write here)."""
    return zlib.crc32(block)


def _index_names(names: dict[str, int], groups: int) -> tuple[str | None, ...]:
    found: list[str | None] = [None] * (groups + 1)
    for name, i in names.items():
        found[i] = name
    return tuple(found)


def _read(path: Path) -> tuple[dict[str, list[Any]], memoryview]:
    """The file's index and its code, mapped, not read: a run reads the pages of the entries it uses."""
    try:
        with open(path, "rb") as f:
            try:
                data: Any = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
            except (OSError, ValueError):  # an empty file cannot be mapped
                data = f.read()
        view = memoryview(data)
        start = len(_MAGIC) + _LENGTH.size
        if view[:len(_MAGIC)] != _MAGIC:
            return {}, memoryview(b"")
        (size,) = _LENGTH.unpack_from(view, len(_MAGIC))
        index = json.loads(bytes(view[start:start + size]))
    except (OSError, ValueError, struct.error):
        return {}, memoryview(b"")
    return (index, view[start + size:]) if isinstance(index, dict) else ({}, memoryview(b""))


def _file() -> Path | None:
    """This Python's and copydesk's file in the cache folder."""
    from . import __version__

    setting = os.environ.get("COPYDESK_PATTERN_CACHE", "").strip()
    if setting:
        folder = Path(setting).expanduser()
    elif os.environ.get("XDG_CACHE_HOME"):
        folder = Path(os.environ["XDG_CACHE_HOME"]) / "copydesk"
    elif os.name == "nt" and os.environ.get("LOCALAPPDATA"):
        folder = Path(os.environ["LOCALAPPDATA"]) / "copydesk"
    else:
        home = os.path.expanduser("~")
        if home == "~":
            return None
        folder = Path(home, "Library", "Caches", "copydesk") if sys.platform == "darwin" else \
            Path(home, ".cache", "copydesk")
    stamp = sha256(f"{sys.version}\n{_sre.MAGIC}\n{_sre.CODESIZE}\n{sys.byteorder}\n{__version__}".encode())
    return folder / f"patterns-{stamp.hexdigest()[:16]}.bin"
