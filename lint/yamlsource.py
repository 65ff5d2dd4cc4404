"""Reading the user's YAML (config, rule and registry files) with line numbers
for errors. The line index is built only when an error needs it, so a valid file
is parsed once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import ConfigError


def _loader():
    import yaml

    return yaml, getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Lines:
    """The 1-based line of every key and item of a YAML text, by path
    (("rules", "sentence-case") -> 12), computed on first use."""

    def __init__(self, text: str, source: object) -> None:
        self._text, self._source = text, source
        self._index: dict[tuple, int] | None = None

    def get(self, path: tuple) -> int | None:
        if self._index is None:
            yaml, loader = _loader()
            self._index = {}
            node = yaml.compose(self._text, Loader=loader)
            if node is not None:
                _walk(node, (), self._index)
        return self._index.get(path)


def load(text: str, source: object, strict: bool = True) -> tuple[Any, Lines]:
    """The parsed data and its line index. Strictly (for files users write),
    duplicate keys are an error; that check parses the text a second time."""
    yaml, loader = _loader()
    try:
        data = yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"invalid YAML: {problem}", source, mark.line + 1 if mark else None) from None
    except ValueError as exc:  # a value YAML recognised but could not build, e.g. 2020-13-01
        raise ConfigError(f"invalid value: {exc}", source) from None
    if strict:
        _check_duplicates(text, source)
    return data, Lines(text, source)


def load_file(path: Path, strict: bool = True) -> tuple[Any, Lines]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read: {_reason(exc)}", path) from None
    return load(text, path, strict)


def line_of(lines: Lines, *path: Any) -> int | None:
    """The line of the deepest known part of `path`."""
    while path:
        line = lines.get(path)
        if line is not None:
            return line
        path = path[:-1]
    return lines.get(())


def _check_duplicates(text: str, source: object) -> None:
    # PyYAML silently keeps the last of two equal keys; a config that says
    # `rules:` twice must not lose half its settings without a word.
    yaml, loader = _loader()
    for event in _duplicate_keys(yaml.compose(text, Loader=loader), yaml):
        raise ConfigError(f"duplicate key '{event.value}'", source, event.start_mark.line + 1)


def _duplicate_keys(node: Any, yaml) -> list:
    found = []
    if isinstance(node, yaml.MappingNode):
        seen = set()
        for key, value in node.value:
            if key.value in seen:
                found.append(key)
            seen.add(key.value)
            found.extend(_duplicate_keys(value, yaml))
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            found.extend(_duplicate_keys(item, yaml))
    return found


def _walk(node: Any, path: tuple, index: dict[tuple, int]) -> None:
    import yaml

    index[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            _walk(value, path + (key.value,), index)
            index[path + (key.value,)] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk(item, path + (i,), index)


def _reason(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return f"not valid UTF-8 at byte {exc.start}"
    return getattr(exc, "strerror", None) or str(exc)
