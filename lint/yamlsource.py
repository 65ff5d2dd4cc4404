"""Reading the user's YAML (config, rule and registry files, front matter) with
line numbers for errors. The line index is built only when an error needs it.

YAML aliases are refused when they loop (`x: &a [*a]`) or when they add more
than ALIAS_VALUES values to the document ("billion laughs": a few hundred bytes
that expand to millions of values would stall a CI job), and nesting deeper
than DEPTH is refused too: every later walk over the data is then bounded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import files
from .errors import ConfigError
from .memo import MEMO, recalled


def yaml_loader():
    """PyYAML and its fastest safe loader (libyaml's when installed)."""
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
            yaml, loader = yaml_loader()
            self._index = {}
            node = yaml.compose(self._text, Loader=loader)
            if node is not None:
                _walk(node, (), self._index)
        return self._index.get(path)


ALIAS_VALUES = 10_000
DEPTH = 100


def alias_problem(node: Any) -> tuple[str, Any] | None:
    """What is wrong with a composed YAML document's aliases or nesting, and
    the mark (line, index) of the node where it shows; None when nothing is."""
    import yaml

    size: dict[int, int] = {}  # id(node) -> values it expands to, once known
    open_: set[int] = set()
    distinct = 0
    stack: list[tuple[Any, int]] = [(node, 0)] if node is not None else []
    while stack:
        current, depth = stack.pop()
        key = id(current)
        children = [v for pair in current.value for v in pair] if isinstance(current, yaml.MappingNode) else \
            current.value if isinstance(current, yaml.SequenceNode) else []
        if key in size:
            continue
        if key in open_:  # all children are known: this node's size is their sum
            open_.discard(key)
            size[key] = 1 + sum(size[id(c)] for c in children)
            continue
        if depth > DEPTH:
            return f"nesting deeper than {DEPTH} levels", current.start_mark
        distinct += 1
        open_.add(key)
        stack.append((current, depth))
        for child in children:
            if id(child) in open_:
                return "a recursive alias (a value that contains itself)", child.start_mark
            if id(child) not in size:
                stack.append((child, depth + 1))
    if node is not None and size.get(id(node), 0) - distinct > ALIAS_VALUES:
        return f"aliases that add more than {ALIAS_VALUES:,} values", node.start_mark
    return None


def load(text: str, source: object, strict: bool = True) -> tuple[Any, Lines]:
    """The parsed data and its line index. Strictly (for files users write),
    hostile aliases, deep nesting and duplicate keys are errors; the files
    copydesk ships are checked so by the tests, not at every start-up."""
    yaml, loader_class = yaml_loader()
    loader = loader_class(text)
    try:  # parsed once: the nodes are checked, then built into data
        node = loader.get_single_node()
        refused = alias_problem(node) if strict else None
        if refused is not None:
            raise ConfigError(f"refused YAML: {refused[0]}", source, refused[1].line + 1)
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"invalid YAML: {problem}", source, mark.line + 1 if mark else None) from None
    except ValueError as exc:  # a value YAML recognised but could not build, e.g. 2020-13-01
        raise ConfigError(f"invalid value: {exc}", source) from None
    finally:
        loader.dispose()
    if strict:
        for key in _duplicate_keys(node, yaml):
            # PyYAML silently keeps the last of two equal keys; a config that says
            # `rules:` twice must not lose half its settings without a word.
            raise ConfigError(f"duplicate key '{key.value}'", source, key.start_mark.line + 1)
    return data, Lines(text, source)


def load_file(path: Path, strict: bool = True) -> tuple[Any, Lines]:
    """`load` on a file. A text the MEMO holds (parsed and checked before) is
    not parsed again (lint.memo); its line index is built only if an error needs it."""
    try:
        text = files.read_text(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read: {_reason(exc)}", path) from None
    # Keyed by text alone: a text read loosely is a shipped file, which the
    # tests hold to the strict checks, so a memo never skips a check that fails.
    known = recalled(text)
    if known is not None:
        return known[0], Lines(text, path)
    data, lines = load(text, path, strict)
    memo = MEMO.get()
    if memo is not None:
        memo.put(text, data)
    return data, lines


def line_of(lines: Lines, *path: Any) -> int | None:
    """The line of the deepest known part of `path`."""
    while path:
        line = lines.get(path)
        if line is not None:
            return line
        path = path[:-1]
    return lines.get(())


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
