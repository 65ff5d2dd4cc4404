"""Output formats: one module per format (`<format>_report.py`), each with
`render(report) -> str`. A format's module is imported only when it is used."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FORMATS = ("text", "json", "sarif", "github", "junit", "codeclimate")


class Summary:
    """Counts for the summary line and the JSON summary."""

    def __init__(self) -> None:
        self.files = self.errors = self.warnings = self.suggestions = 0

    def count(self, severity: str) -> None:
        attr = {"error": "errors", "warning": "warnings", "suggestion": "suggestions"}[severity]
        setattr(self, attr, getattr(self, attr) + 1)

    @property
    def problems(self) -> int:
        return self.errors + self.warnings + self.suggestions


@dataclass
class Report:
    diagnostics: list  # lint.diagnostics.Diagnostic, sorted
    summary: Summary
    files: list[str] = field(default_factory=list)  # every file checked, as displayed
    sources: dict[str, Any] = field(default_factory=dict)  # display path -> Document (text format)
    rules: dict[str, Any] = field(default_factory=dict)  # rule id -> RuleSpec of every reported rule
    color: bool = False
    threshold: int | None = None  # the --fail-on rank, None for never


def render(format: str, report: Report) -> str:
    from importlib import import_module

    return import_module(f"lint.reporters.{format}_report").render(report)
