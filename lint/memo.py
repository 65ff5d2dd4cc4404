"""What one run works out from a text and the next run can read back: parsed
YAML (importing PyYAML alone costs a run answered from the result cache a
sixth of its time) and what copydesk reads from a long pattern's parse tree
(parsing the rules' alternations again costs a draft checked afresh a tenth).

`copydesk check` keeps it in the result cache's folder (`run/cache.py`) for its
run; the library and `--no-cache` keep nothing from one run to the next. The data are
JSON (validated when read, never executed); whoever can write the cache folder
can change findings anyway.

Beneath the run's memo lies the package's own, PRECOMPUTED: what the shipped
rule files parse to and what their patterns begin with, worked out when the
package was made (`python -m lint.precomputed` writes rules/precomputed.json),
so a run without the cache works none of it out: no YAML parser imported, no
pattern parsed but to compile it, 60 ms of a cold start. An entry answers only
for the exact text it was worked out from (found by that text's SHA-256), and
the file only for the code and Python that wrote it (its stamp): a file out of
date costs time, never a wrong answer. PyYAML's safe loader is taken to read
the shipped files alike in every version, as it has since 5.1.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import sys
from collections.abc import Callable
from contextvars import ContextVar
from pathlib import Path
from typing import Any, Protocol

from .digest import sha256
from .resources import builtin_folder


class Memo(Protocol):
    def get(self, text: str) -> tuple[Any] | None:
        """(data,) for a text worked out before, else None."""

    def put(self, text: str, data: Any) -> None: ...


# Where this run keeps what it works out, if anywhere: set by `copydesk check`.
MEMO: ContextVar[Memo | None] = ContextVar("memo", default=None)


def recalled(text: str) -> tuple[Any] | None:
    """(data,) that this run's memo, else the package's precomputed one, holds for `text`."""
    memo = MEMO.get()
    known = memo.get(text) if memo is not None else None
    return known if known is not None else PRECOMPUTED.get(text)


def remembered(kind: str, text: str, work: Callable[[], Any], valid: Callable[[Any], bool]) -> Any:
    """work(), or what it gave for this kind and text in an earlier run, if
    that is `valid` (a damaged or forged entry is worked out again). Its
    result must be JSON data (lists, not sets)."""
    memo = MEMO.get()
    key = f"\0{kind}\0{text}"  # no YAML file holds a NUL: never a parsed file's key
    known = recalled(key)
    if known is not None and valid(known[0]):
        return known[0]
    found = work()
    if memo is not None:
        memo.put(key, found)
    return found


_DATE = "$date"


def dated(data: Any) -> Any:
    """`data` for JSON, dates tagged as {"$date": "2025-01-20"}; ValueError for
    what JSON cannot give back exactly (a time stamp, a set, a key that is no
    text, a mapping that looks like a tagged date)."""
    if data is None or isinstance(data, (str, bool, int)):
        return data
    if isinstance(data, float) and math.isfinite(data):
        return data
    if type(data) is dt.date:
        return {_DATE: data.isoformat()}
    if isinstance(data, list):
        return [dated(v) for v in data]
    if isinstance(data, dict) and all(isinstance(k, str) for k in data) and _DATE not in data:
        return {k: dated(v) for k, v in data.items()}
    raise ValueError("not exact in JSON")


def undated(mapping: dict) -> Any:
    """json.loads's object_hook for `dated` data: the tagged dates back."""
    return dt.date.fromisoformat(mapping[_DATE]) if len(mapping) == 1 and _DATE in mapping else mapping


PRECOMPUTED_FILE = "precomputed.json"
# The code whose answers the file holds: the YAML reader, and the reading of patterns.
_CODE = ("yamlsource.py", "model/patterns.py")


def stamp() -> str:
    """This Python's version (its regex parser reads the patterns) and the code's bytes."""
    h = sha256(f"{sys.version_info[0]}.{sys.version_info[1]}".encode())
    here = Path(__file__).resolve().parent
    for name in _CODE:
        h.update((here / name).read_bytes())
    return h.hexdigest()


def text_key(text: str) -> str:
    return sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class Precomputed:
    """rules/precomputed.json's entries, read on first use; a Memo never written at run time."""

    def __init__(self) -> None:
        self.entries: dict[str, str] | None = None

    def _load(self) -> dict[str, str]:
        try:
            found = json.loads((builtin_folder() / PRECOMPUTED_FILE).read_text(encoding="utf-8"))
            entries = found["entries"] if found["stamp"] == stamp() else {}
        except (OSError, ValueError, KeyError, TypeError):
            entries = {}  # missing or damaged: everything is worked out, as without it
        return entries if isinstance(entries, dict) else {}

    def get(self, text: str) -> tuple[Any] | None:
        if self.entries is None:
            self.entries = self._load()
        entry = self.entries.get(text_key(text)) if self.entries else None
        if not isinstance(entry, str):
            return None
        try:  # decoded afresh each time: the caller may change what it gets
            return (json.loads(entry, object_hook=undated),)
        except ValueError:
            return None

    def put(self, text: str, data: Any) -> None:
        pass  # written only when the package is made (lint.precomputed)


PRECOMPUTED = Precomputed()
