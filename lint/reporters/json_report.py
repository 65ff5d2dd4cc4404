"""JSON for machines: {"version": 1, "diagnostics": [...], "summary": {...}}."""

from __future__ import annotations

import json


def render(report) -> str:
    summary = report.summary
    return json.dumps(
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
        ensure_ascii=False,
        indent=2,
    )
