"""JSON for machines: {"version": 1, "diagnostics": [...], "summary": {...}}."""

from __future__ import annotations

from .jsontext import dumps


def render(report) -> str:
    summary = report.summary
    return dumps(
        {
            "version": 1,
            "diagnostics": [d.to_dict() for d in report.diagnostics],
            "summary": {
                "files": summary.files,
                "errors": summary.errors,
                "warnings": summary.warnings,
                "suggestions": summary.suggestions,
            },
        },
        flat_at=2,  # a diagnostic per line
    )
