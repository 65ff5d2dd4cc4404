"""Records that a check loads, with their methods written out.

A `@dataclass` writes its `__init__`, `__eq__` and `__repr__` as source and
compiles them when its module is imported: about a millisecond per class, on
every run. They were 7% of a cached run's instructions and 8% of checking one
edited draft. These classes write `__init__` by hand (it lands
in the .pyc) and take equality and repr from `Record`, which reads the field
names from FIELDS. Small records that never change are `typing.NamedTuple`s
instead; records off the path of a check (fixes, the audit) stay dataclasses.
Records made once and never changed (a rule file, a lexicon) are not frozen
here: that is a convention, not enforced.
"""

from __future__ import annotations

from typing import Any, ClassVar


class Record:
    """Value equality and a repr over the names in FIELDS, as a dataclass gives."""

    __slots__ = ()
    FIELDS: ClassVar[tuple[str, ...]] = ()
    HIDDEN: ClassVar[frozenset[str]] = frozenset()  # fields left out of the repr (large, or said elsewhere)
    __hash__ = None  # type: ignore[assignment]  # mutable: equal values, no hash (as a dataclass)

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.FIELDS)

    def __eq__(self, other: object) -> bool:
        if other is self:
            return True
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.FIELDS if name not in self.HIDDEN)
        return f"{self.__class__.__qualname__}({shown})"
