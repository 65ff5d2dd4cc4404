"""The library API: check text without touching the file system."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from . import config as config_module
from .diagnostics import Diagnostic
from .engine import Engine
from .fixes import fix_until_stable
from .formats import FORMATS


def check_text(text: str, *, format: str = "markdown", config: Any = None,
               path: str | None = None) -> list[Diagnostic]:
    config, rel = _prepare(format, config, path)
    return Engine().check(text, format=format, config=config, path=path, rel=rel)


def fix_text(text: str, *, format: str = "markdown", config: Any = None, path: str | None = None,
             unsafe: bool = False) -> tuple[str, list[Diagnostic]]:
    config, rel = _prepare(format, config, path)
    engine = Engine()
    fixed = fix_until_stable(lambda t: engine.run(t, format=format, config=config, path=path, rel=rel), text,
                             unsafe=unsafe)
    return fixed.text, fixed.diagnostics


def _prepare(format: str, config: Any, path: str | None) -> tuple[config_module.Config, str | None]:
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; use one of: {', '.join(FORMATS)}")
    if config is None:
        config = config_module.Config()
    elif isinstance(config, Mapping):
        config = config_module.from_mapping(config)
    elif not isinstance(config, config_module.Config):
        raise TypeError("config must be None, a mapping or a lint.config.Config")
    return config, config.relative(Path(path)) if path else None
