"""GitLab Code Quality (the Code Climate format): a JSON list of issues with
paths from the repository root and stable fingerprints."""

from __future__ import annotations

from .fingerprints import fingerprints, repo_path, repo_root
from .jsontext import dumps

SEVERITIES = {"error": "major", "warning": "minor", "suggestion": "info"}


def render(report) -> str:
    root = repo_root()
    issues = [
        {
            "type": "issue",
            "check_name": d.rule,
            "description": d.message,
            "categories": ["Style"],
            "severity": SEVERITIES[d.severity],
            "fingerprint": fingerprint,
            "location": {
                "path": repo_path(d.path, root),
                "positions": {"begin": {"line": d.line, "column": d.column},
                              "end": {"line": d.end_line, "column": d.end_column}},
            },
        }
        for d, fingerprint in zip(report.diagnostics, fingerprints(report.diagnostics, root), strict=True)
    ]
    return dumps(issues, flat_at=1)  # an issue per line
