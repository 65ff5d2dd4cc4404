"""GitHub Actions workflow commands: an annotation per diagnostic on the
pull request's files."""

from __future__ import annotations

LEVELS = {"error": "error", "warning": "warning", "suggestion": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(report) -> str:
    lines = []
    for d in report.diagnostics:
        props = (f"file={_property(d.path or '-')},line={d.line},col={d.column},"
                 f"endLine={d.end_line},endColumn={d.end_column},title={_property(d.rule)}")
        lines.append(f"::{LEVELS[d.severity]} {props}::{_data(d.message)}")
    return "\n".join(lines)
