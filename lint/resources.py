"""Where the built-in rules and their data files live."""

from __future__ import annotations

from pathlib import Path


def builtin_folder() -> Path:
    """Installed, the rules ship as lint/rules; in a source checkout or an
    editable install they are the top-level rules/ folder beside lint/."""
    here = Path(__file__).resolve().parent
    inside = here / "rules"
    return inside if inside.is_dir() else here.parent / "rules"
