"""Indented JSON, written fast: the reports of a large run hold tens of
thousands of findings.

Python's `json` writes indented JSON in Python, and compact JSON in C, five
times faster. Here objects are indented two spaces per level (as
`json.dumps(..., indent=2)`), and so are lists, but each item of a list
nested `flat_at` levels deep or more is written on one line by the C encoder:
one finding per line, which reads, greps and diffs as well.
"""

from __future__ import annotations

import json
from typing import Any

_ONE_LINE = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))


def dumps(value: Any, flat_at: int) -> str:
    """`value` as indented JSON, each list item `flat_at` levels deep or deeper on one line."""
    return _dumps(value, flat_at, 0, False)


def _dumps(value: Any, flat_at: int, depth: int, in_list: bool) -> str:
    if not value or not isinstance(value, (dict, list)) or (in_list and depth >= flat_at):
        return _ONE_LINE.encode(value)
    inner = "\n" + "  " * (depth + 1)
    if isinstance(value, dict):
        items = [f"{_ONE_LINE.encode(str(key))}: {_dumps(item, flat_at, depth + 1, False)}"
                 for key, item in value.items()]
        opening, closing = "{", "}"
    else:
        items = [_dumps(item, flat_at, depth + 1, True) for item in value]
        opening, closing = "[", "]"
    return opening + inner + ("," + inner).join(items) + "\n" + "  " * depth + closing
