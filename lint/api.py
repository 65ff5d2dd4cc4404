"""The library API: check text without touching the file system."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from . import config as config_module
from .diagnostics import Diagnostic
from .engine import Engine
from .formats import FORMATS


def check_text(text: str, *, format: str = "markdown", config: Any = None,
               path: str | None = None) -> list[Diagnostic]:
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; use one of: {', '.join(FORMATS)}")
    if config is None:
        config = config_module.Config()
    elif isinstance(config, Mapping):
        config = config_module.from_mapping(config)
    elif not isinstance(config, config_module.Config):
        raise TypeError("config must be None, a mapping or a lint.config.Config")
    rel = config.relative(Path(path)) if path else None
    return Engine().check(text, format=format, config=config, path=path, rel=rel)
