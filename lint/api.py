"""The library API: check text without touching the file system."""

from __future__ import annotations

import functools
import json
import os
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
    return _engine().check(text, format=format, config=config, path=path, rel=rel)


def fix_text(text: str, *, format: str = "markdown", config: Any = None, path: str | None = None,
             unsafe: bool = False) -> tuple[str, list[Diagnostic]]:
    config, rel = _prepare(format, config, path)
    engine = _engine()
    fixed = fix_until_stable(lambda t: engine.run(t, format=format, config=config, path=path, rel=rel), text,
                             unsafe=unsafe)
    return fixed.text, fixed.diagnostics


# One engine, and one Config per distinct config, for every call: the rules
# are prepared once, not on each call (a service checks drafts one by one).
_ENGINE: list[Engine] = []
_DEFAULT: dict[str, config_module.Config] = {}


def _engine() -> Engine:
    if not _ENGINE:
        _ENGINE.append(Engine())
    engine = _ENGINE[0]
    engine.errors.clear()  # what a library call cannot report is not kept between calls
    engine.notices.clear()
    return engine


@functools.lru_cache(maxsize=32)
def _from_mapping(key: str, folder: str) -> config_module.Config:
    return config_module.from_mapping(json.loads(key), folder=Path(folder))


def _prepare(format: str, config: Any, path: str | None) -> tuple[config_module.Config, str | None]:
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; use one of: {', '.join(FORMATS)}")
    if config is None:
        folder = os.getcwd()
        if folder not in _DEFAULT:
            _DEFAULT[folder] = config_module.Config(folder=Path(folder))
        config = _DEFAULT[folder]
    elif isinstance(config, Mapping):
        try:
            key = json.dumps(config, sort_keys=True, default=str)
        except (TypeError, ValueError):  # keys json cannot sort: built afresh, and the schema will say why
            config = config_module.from_mapping(config)
        else:
            config = _from_mapping(key, os.getcwd())
    elif not isinstance(config, config_module.Config):
        raise TypeError("config must be None, a mapping or a lint.config.Config")
    return config, config.relative(Path(path)) if path else None
