"""JSON for machines: {"version": 1, "diagnostics": [...], "summary": {...}}."""

from __future__ import annotations

import json


def render(diagnostics, summary, sources, color) -> str:
    return json.dumps(
        {
            "version": 1,
            "diagnostics": [d.to_dict() for d in diagnostics],
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
