"""Inline suppressions, parsed in one place.

In Markdown and HTML, comments:
    <!-- copydesk-disable RULE[,RULE] -->  ...  <!-- copydesk-enable [RULE] -->
    <!-- copydesk-disable-next-line RULE -->
    <!-- copydesk-disable-file [RULE] -->
In plain text, the same words on a line of their own. A directive without
rules applies to every rule. The engine drops the diagnostics a directive
covers, reports directives that name unknown rules (`invalid-suppression`),
and, when asked, directives that covered nothing (`unused-suppression`).
"""

from __future__ import annotations

import re

from .record import Record

COMMENT = re.compile(r"<!--\s*copydesk-(disable-next-line|disable-file|disable|enable)\b([^>]*?)\s*-->")
LINE = re.compile(r"^[ \t]*copydesk-(disable-next-line|disable-file|disable|enable)\b([^\n]*?)[ \t]*$",
                  re.MULTILINE)
ALL = "*"


class Directive(Record):
    FIELDS = ("kind", "rules", "start", "end", "line", "used")

    def __init__(self, kind: str, rules: frozenset[str], start: int, end: int, line: int, used: bool = False) -> None:
        self.kind, self.start, self.end, self.line, self.used = kind, start, end, line, used
        self.rules = rules  # {ALL} for every rule


class Suppressions(Record):
    FIELDS = ("directives", "ranges", "next_lines")

    def __init__(self, directives: list[Directive]) -> None:
        self.directives = directives
        self.ranges: list[tuple[str, int, int, Directive]] = []  # rule, from, to
        self.next_lines: dict[int, list[tuple[str, Directive]]] = {}  # line -> rules

    def covering(self, rule: str, offset: int, line: int) -> Directive | None:
        names = (ALL, rule, rule.partition("/")[0])  # "grammar" covers grammar/<id> too
        for name, directive in self.next_lines.get(line, ()):
            if name in names:
                return directive
        for name, start, end, directive in self.ranges:
            if name in names and start <= offset < end:
                return directive
        return None


def parse(source: str, plain_text: bool, line_of) -> Suppressions:
    """The directives of a draft; `line_of(offset)` gives a 1-based line."""
    pattern = LINE if plain_text else COMMENT
    directives = []
    for m in pattern.finditer(source):
        names = frozenset(r for r in re.split(r"[\s,]+", m.group(2).strip()) if r) or frozenset({ALL})
        directives.append(Directive(m.group(1), names, m.start(), m.end(), line_of(m.start())))
    result = Suppressions(directives)
    open_at: dict[str, tuple[int, Directive]] = {}
    lines: list[str] = []
    for d in directives:
        if d.kind == "disable-file":
            result.ranges.extend((name, 0, len(source), d) for name in d.rules)
        elif d.kind == "disable":
            for name in d.rules:
                open_at.setdefault(name, (d.end, d))
        elif d.kind == "enable":
            for name in list(open_at) if ALL in d.rules else d.rules:
                if name in open_at:
                    start, opener = open_at.pop(name)
                    result.ranges.append((name, start, d.start, opener))
        else:  # disable-next-line: the next line that is not blank
            line = d.line + 1
            lines = lines or source.split("\n")
            while line <= len(lines) and not lines[line - 1].strip():
                line += 1
            for name in d.rules:
                result.next_lines.setdefault(line, []).append((name, d))
    for name, (start, opener) in open_at.items():
        result.ranges.append((name, start, len(source), opener))
    return result


def mask_spans(source: str) -> list[tuple[int, int]]:
    """Plain-text directive lines, which are not prose."""
    return [m.span() for m in LINE.finditer(source)]
