"""What one run works out from a text and the next run can read back: parsed
YAML (importing PyYAML alone costs a run answered from the result cache a
sixth of its time) and what copydesk reads from a long pattern's parse tree
(parsing the rules' alternations again costs a draft checked afresh a tenth).

`copydesk check` keeps it in the result cache's folder (`run/cache.py`) for its
run; the library and `--no-cache` work everything out each time. The data are
JSON (validated when read, never executed); whoever can write the cache folder
can change findings anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from typing import Any, Protocol


class Memo(Protocol):
    def get(self, text: str) -> tuple[Any] | None:
        """(data,) for a text worked out before, else None."""

    def put(self, text: str, data: Any) -> None: ...


# Where this run keeps what it works out, if anywhere: set by `copydesk check`.
MEMO: ContextVar[Memo | None] = ContextVar("memo", default=None)


def remembered(kind: str, text: str, work: Callable[[], Any], valid: Callable[[Any], bool]) -> Any:
    """work(), or what it gave for this kind and text in an earlier run, if
    that is `valid` (a damaged or forged entry is worked out again). Its
    result must be JSON data (lists, not sets)."""
    memo = MEMO.get()
    key = f"\0{kind}\0{text}"  # no YAML file holds a NUL: never a parsed file's key
    known = memo.get(key) if memo is not None else None
    if known is not None and valid(known[0]):
        return known[0]
    found = work()
    if memo is not None:
        memo.put(key, found)
    return found
