"""Baselines: adopt the gate on an archive without fixing it first.

`--write-baseline FILE` records today's findings by fingerprint (rule, path from
the repository root, flagged text with context; never line numbers), so
`--baseline FILE` reports only findings that are new, however the rest of the
file has moved.
"""

from __future__ import annotations

import json
from pathlib import Path

from .. import files
from ..errors import UserError
from ..reporters.fingerprints import fingerprints, repo_path, repo_root


def write(path: Path, diagnostics) -> int:
    root = repo_root()
    entries = [
        {"rule": d.rule, "path": repo_path(d.path, root), "fingerprint": fp, "message": d.message}
        for d, fp in zip(diagnostics, fingerprints(diagnostics, root), strict=True)
    ]
    try:
        path.write_text(json.dumps({"version": 1, "tool": "copydesk", "entries": entries}, indent=2,
                                   ensure_ascii=False) + "\n", encoding="utf-8")
    except OSError as exc:
        raise UserError(f"cannot write baseline {path}: {exc.strerror or exc}") from None
    return len(entries)


def read(path: Path) -> set[str]:
    try:
        data = json.loads(files.read_text(path))
        if data.get("version") != 1 or not isinstance(data.get("entries"), list):
            raise ValueError("not a copydesk baseline (version 1)")
        return {entry["fingerprint"] for entry in data["entries"]}
    except OSError as exc:
        raise UserError(f"cannot read baseline {path}: {exc.strerror or exc}") from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UserError(f"baseline {path} is not valid: {exc}; write a new one with --write-baseline") from None


def new_only(diagnostics, known: set[str]) -> list:
    """The diagnostics the baseline does not know."""
    return [d for d, fp in zip(diagnostics, fingerprints(diagnostics, repo_root()), strict=True) if fp not in known]
