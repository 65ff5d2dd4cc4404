"""Baselines: adopt the gate on an archive without fixing it first.

`--write-baseline FILE` records today's findings by fingerprint (rule, path from
the repository root, flagged text with context; never line numbers), so
`--baseline FILE` reports only findings that are new, however the rest of the
file has moved. Paths are taken from the git work tree that holds the baseline
(else its folder), so the same baseline works from any folder.

A finding whose span moved (an upgrade that reports "Officials said" where it
reported "said") still matches its entry: after exact fingerprints, an entry of
the same rule and file whose flagged words hold the finding's (or the other way
round) and whose surrounding words mostly recur excuses it, once.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from .. import files
from ..errors import UserError
from ..reporters.fingerprints import fingerprints, repo_path, repo_root


def write(path: Path, diagnostics) -> int:
    root = _root(path)
    entries = [
        {"rule": d.rule, "path": repo_path(d.path, root), "fingerprint": fp, "message": d.message,
         "flagged": _flagged(d), "context": " ".join(d.context.split())}
        for d, fp in zip(diagnostics, fingerprints(diagnostics, root), strict=True)
    ]
    try:
        path.write_text(json.dumps({"version": 1, "tool": "copydesk", "entries": entries}, indent=2,
                                   ensure_ascii=False) + "\n", encoding="utf-8")
    except OSError as exc:
        raise UserError(f"cannot write baseline {path}: {exc.strerror or exc}") from None
    return len(entries)


class Baseline:
    def __init__(self, entries: list[dict], root: Path) -> None:
        self.entries, self.root = entries, root
        self.known = {e["fingerprint"] for e in entries}

    def new_only(self, diagnostics) -> list:
        """The diagnostics the baseline does not know."""
        prints = fingerprints(diagnostics, self.root)
        left = [d for d, fp in zip(diagnostics, prints, strict=True) if fp not in self.known]
        if not left:
            return left
        exact = set(prints)
        spare: dict[tuple, list[tuple[set[str], set[str]]]] = {}  # unmatched entries: (flagged, context) words
        for e in self.entries:
            if e["fingerprint"] not in exact:
                spare.setdefault((e["rule"], e["path"]), []).append(
                    (_words(e.get("flagged", "")), _words(e.get("context", ""))))
        out = []
        for d in left:
            pool = spare.get((d.rule, repo_path(d.path, self.root)), [])
            flagged, context = _words(_flagged(d)), _words(d.context)
            match = next((i for i, (was, around) in enumerate(pool) if (flagged <= was or was <= flagged) and was
                          and _overlap(context, around)), None)
            if match is None:
                out.append(d)
            else:
                pool.pop(match)  # each entry excuses one finding
        return out


def _flagged(d) -> str:
    if d.source is None:
        return ""
    text, start, end = d.source
    return " ".join(text[start:end].split())


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", text)}


def _overlap(a: set[str], b: set[str]) -> bool:
    """The same defect, its span moved: most of the shorter context's words recur."""
    return bool(a and b) and len(a & b) >= 0.6 * min(len(a), len(b))


def _root(path: Path) -> Path:
    """Paths in a baseline are relative to the git work tree that holds it, else its folder."""
    root = repo_root(path.parent)
    return root if (root / ".git").exists() else Path(os.path.abspath(path.parent))


def read(path: Path) -> Baseline:
    try:
        data = json.loads(files.read_text(path))
        if data.get("version") != 1 or not isinstance(data.get("entries"), list):
            raise ValueError("not a copydesk baseline (version 1)")
        entries = [e for e in data["entries"] if isinstance(e, dict)]
        for e in entries:
            if not all(isinstance(e.get(k), str) for k in ("fingerprint", "rule", "path")):
                raise ValueError("an entry lacks its fingerprint, rule or path")
        return Baseline(entries, _root(path))
    except OSError as exc:
        raise UserError(f"cannot read baseline {path}: {exc.strerror or exc}") from None
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UserError(f"baseline {path} is not valid: {exc}; write a new one with --write-baseline") from None



