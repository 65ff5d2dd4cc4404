"""Values worked out for one object that has no hash (a Config: its fields can
change, so equal configs are not interchangeable keys).

Keyed by id() alone, a config that was freed and a new one made at the same
address would share a value: a library caller got an en-US rule set for an
en-GB config that way. Each entry holds its object, so an id in the table
is never reused while the entry lives; the oldest entries go past `size`.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class ByObject(Generic[V]):
    def __init__(self, size: int = 64) -> None:
        self.size = size
        self._entries: OrderedDict[tuple, tuple[object, V]] = OrderedDict()

    def get(self, obj: object, make: Callable[[], V], extra: Hashable = None) -> V:
        """The value for this very object (and `extra`), made once."""
        key = (id(obj), extra)
        known = self._entries.get(key)
        if known is None or known[0] is not obj:
            known = self._entries[key] = (obj, make())
            if len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return known[1]
