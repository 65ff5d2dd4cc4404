"""Output formats: one module per format, each with
`render(diagnostics, summary, sources, color) -> str`."""

from __future__ import annotations

FORMATS = ("text", "json")


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


def render(format: str, diagnostics, summary: Summary, sources, color: bool) -> str:
    from importlib import import_module

    return import_module(f"lint.reporters.{format}_report").render(diagnostics, summary, sources, color)
