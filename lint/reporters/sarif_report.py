"""SARIF 2.1.0, as GitHub code scanning reads it: one run, a driver that lists
every reported rule, results with code-point regions relative to the
repository root, and partial fingerprints that survive edits elsewhere."""

from __future__ import annotations

from .. import __version__
from .fingerprints import fingerprints, repo_path, repo_root
from .jsontext import dumps

LEVELS = {"error": "error", "warning": "warning", "suggestion": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def render(report) -> str:
    root = repo_root()
    rule_ids = sorted({d.rule for d in report.diagnostics})
    index = {rule_id: i for i, rule_id in enumerate(rule_ids)}
    rules = []
    for rule_id in rule_ids:
        spec = report.rules.get(rule_id)
        summary = spec.summary if spec else rule_id
        description = spec.description if spec else summary
        help_text = description + (f"\n\nWhy it matters: {spec.rationale}" if spec and spec.rationale else "")
        rules.append({
            "id": rule_id,
            "name": "".join(part.capitalize() for part in rule_id.split("-")),
            "shortDescription": {"text": summary},
            "fullDescription": {"text": description},
            "help": {"text": help_text + f"\n\nRun `copydesk explain {rule_id}` for examples."},
            "defaultConfiguration": {"level": LEVELS[spec.severity] if spec else "warning"},
        })
    results = []
    for d, fingerprint in zip(report.diagnostics, fingerprints(report.diagnostics, root), strict=True):
        region = {"startLine": d.line, "startColumn": d.column, "endLine": d.end_line, "endColumn": d.end_column,
                  "charOffset": d.offset, "charLength": d.end_offset - d.offset}
        result = {
            "ruleId": d.rule,
            "ruleIndex": index[d.rule],
            "level": LEVELS[d.severity],
            "message": {"text": d.message},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": repo_path(d.path, root), "uriBaseId": "%SRCROOT%"},
                "region": region,
            }}],
            "partialFingerprints": {"copydeskFingerprint/v1": fingerprint},
        }
        if d.fix is not None and not d.unsafe:  # SARIF consumers apply fixes: safe ones only
            result["fixes"] = [{
                "description": {"text": d.fix.description},
                "artifactChanges": [{
                    "artifactLocation": {"uri": repo_path(d.path, root), "uriBaseId": "%SRCROOT%"},
                    "replacements": [{"deletedRegion": {"charOffset": e.offset, "charLength": e.end_offset - e.offset},
                                      "insertedContent": {"text": e.text}} for e in d.fix.edits],
                }],
            }]
        results.append(result)
    sarif = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "copydesk", "version": __version__, "semanticVersion": __version__,
                                "rules": rules}},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": root.as_uri() + "/"}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return dumps(sarif, flat_at=4)  # a rule, a result per line
