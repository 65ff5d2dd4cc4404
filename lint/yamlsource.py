"""Reading the user's YAML (config and rule files) with line numbers for errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import ConfigError

Lines = dict[tuple, int]


def load(text: str, source: object) -> tuple[Any, Lines]:
    """The parsed data and the 1-based line of every key and item, by path
    (("rules", "sentence-case") -> 12). Duplicate keys are an error."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        node = yaml.compose(text, Loader=loader)
        data = yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"invalid YAML: {problem}", source, mark.line + 1 if mark else None) from None
    lines: Lines = {}
    if node is not None:
        _walk(node, (), lines, source)
    return data, lines


def load_file(path: Path) -> tuple[Any, Lines]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read: {_reason(exc)}", path) from None
    return load(text, path)


def _walk(node: Any, path: tuple, lines: Lines, source: object) -> None:
    import yaml

    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen = set()
        for key, value in node.value:
            name = key.value
            if name in seen:
                raise ConfigError(f"duplicate key '{name}'", source, key.start_mark.line + 1)
            seen.add(name)
            _walk(value, path + (name,), lines, source)
            lines[path + (name,)] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk(item, path + (i,), lines, source)


def line_of(lines: Lines, *path: Any) -> int | None:
    """The line of the deepest known part of `path`."""
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return lines.get(())


def _reason(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return f"not valid UTF-8 at byte {exc.start}"
    return getattr(exc, "strerror", None) or str(exc)
