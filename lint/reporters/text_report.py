"""Text for people: `path:line:col: severity rule message`, the offending line
with a caret under the span, and a summary line."""

from __future__ import annotations

import functools
import re

from ..diagnostics import RANK
from ..terminal import style

WIDTH = 100  # long lines are shown as a window around the span
COLORS = {"error": "red", "warning": "yellow", "suggestion": "cyan"}


def render(report) -> str:
    color = report.color
    out = []
    lines: dict[tuple, str] = {}
    shown = report.diagnostics
    if report.quiet:
        shown = [d for d in shown if report.threshold is not None and RANK[d.severity] >= report.threshold]
    for d in shown:
        where = f"{d.path or '<text>'}:{d.line}:{d.column}:"
        if color:
            out.append(f"{_style(where, color, bold=True)} {_style(d.severity, color, fg=COLORS[d.severity])} "
                       f"{_style(d.rule, color, dim=True)} {d.message}")
        else:  # a report to a file or a pipe: thousands of lines, no styling to ask for
            out.append(f"{where} {d.severity} {d.rule} {d.message}")
        line_text = report.lines.get(d.path)
        if line_text is not None:
            key = (d.path, d.line)
            line = lines.get(key)
            if line is None:  # each line cut from its draft once, however many findings it has
                line = lines[key] = line_text(d.line)
            out += _excerpt(line, d, color)
    if not report.quiet and not report.partial:
        out.append(summary_line(report.summary))
    return "\n".join(out)


def summary_line(summary) -> str:
    def n(count: int, word: str) -> str:
        return f"{count} {word}{'' if count == 1 else 's'}"

    files = n(summary.files, "file")
    unchecked = f"; {n(summary.unchecked, 'file')} not checked (see the errors)" if summary.unchecked else ""
    if not summary.problems:
        return f"No problems in {files}{unchecked}."
    return (f"{n(summary.problems, 'problem')} ({n(summary.errors, 'error')}, "
            f"{n(summary.warnings, 'warning')}, {n(summary.suggestions, 'suggestion')}) in {files}{unchecked}")


def _excerpt(line: str, d, color) -> tuple[str, str]:
    start = d.column - 1
    end = max(d.end_column - 1 if d.end_line == d.line else len(line), start + 1)
    size = len(line)
    if size > WIDTH:  # a window that shows the span with some context
        left = start - 30 if start - 30 < size - WIDTH else size - WIDTH
        if left < 0:
            left = 0
        shown = line[left:left + WIDTH]
    else:
        left, shown = 0, line
    if "\t" in shown:
        shown = shown.replace("\t", " ")  # the window only: a long line costs no more
    prefix = "\u2026" if left else ""  # an ellipsis takes one column
    suffix = "\u2026" if left + WIDTH < size else ""
    gutter = f"{d.line:>5} | "
    # Carets count display columns: a CJK character takes two, a combining mark none.
    before = start - left if start > left else 0
    span = (end if end < left + WIDTH else left + WIDTH) - left
    if shown.isascii():  # most lines: a column per character
        caret_start, caret_len = len(prefix) + before, max(1, span - before)
    else:
        caret_start, caret_len = len(prefix) + _width(shown[:before]), max(1, _width(shown[before:max(0, span)]))
    carets = "^" * caret_len
    return (f"{gutter}{prefix}{shown}{suffix}",
            f"{' ' * (len(gutter) - 2)}| {' ' * caret_start}"
            f"{_style(carets, color, fg=COLORS[d.severity]) if color else carets}")


def _width(text: str) -> int:
    """Columns a terminal gives `text` (code points stay the unit in JSON)."""
    if text.isascii():
        return len(text)
    return len(text) + sum(map(_extra_width, _NON_ASCII.findall(text)))


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@functools.lru_cache(maxsize=4096)
def _extra_width(c: str) -> int:
    """Columns beyond one that a character takes: one more for a wide
    character, one less for a combining mark or a format character."""
    import unicodedata

    if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf"):
        return -1
    return 1 if unicodedata.east_asian_width(c) in "WF" else 0


def _style(text: str, color: bool, **kwargs) -> str:
    return style(text, **kwargs) if color else text
