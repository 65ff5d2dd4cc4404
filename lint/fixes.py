"""Applying fixes: safe ones (meaning kept), and unsafe ones when asked.

Fixes are applied without collisions (the engine keeps at most one fix per
character, safe ones first), then the draft is checked again and fixed again
until nothing changes. A draft still changing after MAX_ROUNDS is a fix loop,
an error that names the rules involved: two rules undoing each other must not
rewrite a file forever. Only reported diagnostics are fixed, so a suppressed
line or a finding the baseline hides is never touched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .diagnostics import Diagnostic
from .errors import FixLoop  # defined with the other errors; lint.fixes.FixLoop still names it

MAX_ROUNDS = 8


@dataclass
class Fixed:
    text: str  # the draft with every fix applied
    diagnostics: list[Diagnostic]  # what remains
    applied: int  # fixes applied, over all rounds
    found: Any = None  # what the last check returned besides its diagnostics (the Document)


def fixable(diagnostics: list[Diagnostic], unsafe: bool) -> list[Diagnostic]:
    return [d for d in diagnostics if d.fix is not None and (unsafe or not d.unsafe)]


def apply(text: str, diagnostics: list[Diagnostic]) -> str:
    """The text with the fixes of `diagnostics` applied; a fix that would
    touch characters an earlier one touched is left for the next round."""
    edits: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for d in sorted(diagnostics, key=lambda d: (d.unsafe, d.offset)):
        assert d.fix is not None
        spans = [(e.offset, e.end_offset) for e in d.fix.edits]
        if any(a < y and x < b or a == b == x == y for a, b in spans for x, y in taken):
            continue
        taken.extend(spans)
        edits.extend((e.offset, e.end_offset, e.text) for e in d.fix.edits)
    out, at = [], 0
    for start, end, new in sorted(edits, key=lambda e: (e[0], e[1])):
        out += [text[at:start], new]
        at = end
    out.append(text[at:])
    return "".join(out)


def fix_until_stable(check: Callable[[str], tuple[Any, list[Diagnostic]]], text: str, *, unsafe: bool = False,
                     keep: Callable[[list[Diagnostic]], list[Diagnostic]] = lambda found: found) -> Fixed:
    """Check, fix, and check again until no fix is left. `check(text)` gives
    (document, diagnostics); `keep` filters what may be fixed (a baseline)."""
    applied = 0
    rounds: list[set[str]] = []  # the rules that fixed something, round by round
    for _ in range(MAX_ROUNDS):
        doc, found = check(text)
        todo = fixable(keep(found), unsafe)
        if not todo:
            return Fixed(text, found, applied, doc)
        text = apply(text, todo)
        applied += len(todo)
        rounds.append({d.rule for d in todo})
    doc, found = check(text)
    left = {d.rule for d in fixable(keep(found), unsafe)}
    if not left:
        return Fixed(text, found, applied, doc)
    rules = sorted(left.union(*rounds[-2:]))  # a loop takes two rules or two rounds to show
    raise FixLoop(f"fixes kept changing the draft after {MAX_ROUNDS} rounds (rules: {', '.join(rules)}); "
                  "nothing was written: report it, or turn one rule's fix off with fix: false")
