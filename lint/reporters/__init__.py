"""Output formats: one module per format (`<format>_report.py`), each with
`render(report) -> str`. A format's module is imported only when it is used."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, NamedTuple

FORMATS = ("text", "json", "sarif", "github", "junit", "codeclimate", "html")
# Formats that show the offending line: the run keeps each file's lines for them only.
SHOWS_SOURCE = frozenset({"text"})
# Formats that show each draft whole: the run keeps its text for them only.
SHOWS_TEXT = frozenset({"html"})
# Formats that describe each reported rule (its summary, help, docs).
NEEDS_RULES = frozenset({"sarif", "html"})


def needs_source(format: str) -> bool:
    return format in SHOWS_SOURCE


class Summary:
    """Counts for the summary line and the JSON summary."""

    def __init__(self, files: int = 0, unchecked: int = 0) -> None:
        self.files = files  # checked
        self.unchecked = unchecked  # could not be read or checked (each has an error on stderr)
        self.errors = self.warnings = self.suggestions = 0

    def count(self, severity: str) -> None:
        attr = {"error": "errors", "warning": "warnings", "suggestion": "suggestions"}[severity]
        setattr(self, attr, getattr(self, attr) + 1)

    @property
    def problems(self) -> int:
        return self.errors + self.warnings + self.suggestions


class Report(NamedTuple):
    """What a format renders; read, never changed."""

    diagnostics: list  # lint.diagnostics.Diagnostic, sorted
    summary: Summary
    files: Sequence[str] = ()  # every file checked, as displayed
    lines: Mapping[str, Callable[[int], str]] = {}  # display path -> line text (1-based)
    rules: Mapping[str, Any] = {}  # rule id -> RuleSpec of every reported rule
    color: bool = False
    threshold: int | None = None  # the --fail-on rank, None for never
    quiet: bool = False  # only what fails the run, and no summary
    partial: bool = False  # one file of a streamed report: no summary line yet
    texts: Mapping[str, str] = {}  # display path -> the draft's text (SHOWS_TEXT formats)


STREAMED = ("text", "github")  # formats printed file by file as results arrive


def render(format: str, report: Report) -> str:
    from importlib import import_module

    out = import_module(f"lint.reporters.{format}_report").render(report)
    # Lone surrogates (a draft handed to the library, a name that is not UTF-8)
    # cannot be written as UTF-8: they are shown as escapes, never a crash.
    if out.isascii():
        return out
    try:
        out.encode("utf-8")
        return out  # most reports: curly quotes and dashes, no surrogate
    except UnicodeEncodeError:
        return out.encode("utf-8", "backslashreplace").decode("utf-8")
