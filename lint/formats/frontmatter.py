"""YAML front matter at the top of a Markdown draft.

Its keys are masked; the values of prose fields (title, subtitle, description)
stay visible as FIELD regions, so a wrong title in a headline is caught where it
hurts most. Malformed front matter is a `front-matter` problem, and the body is
still checked.
"""

from __future__ import annotations

import re
from typing import Any

from ..model.types import FIELD, FRONT_MATTER, Problem, Region
from ..record import Record
from ..yamlsource import alias_problem, yaml_loader

PROSE_FIELDS = ("title", "subtitle", "description")


_OPEN = re.compile(r"---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$\n?", re.M)
_KEY_LINE = re.compile(r"[\w-]+:(?:\s|$)")


class FrontMatter(Record):
    FIELDS = ("end", "data", "fields", "problems")

    def __init__(self, end: int, problems: list[Problem] | None = None) -> None:
        self.end = end  # where the body starts
        self.data: dict[str, Any] = {}
        self.fields: list[Region] = []
        self.problems = problems if problems is not None else []


def read(text: str) -> FrontMatter | None:
    m = _OPEN.match(text)
    if not m:
        return None
    close = _CLOSE.search(text, m.end())
    if close is None:
        if _KEY_LINE.match(text, m.end()):
            return FrontMatter(0, problems=[Problem(
                FRONT_MATTER, 0, 3,
                "front matter opened with '---' on line 1 is never closed with a '---' line; "
                "it was checked as body text",
            )])
        return None  # a thematic break, not front matter
    base = m.end()
    result = FrontMatter(close.end())
    source = text[base:close.start()]
    entries = _simple(source)
    if entries is None:
        try:
            entries = _parsed(source)
        except _YamlError as exc:
            offset = base + exc.index
            end = min(offset + 1, len(text))
            result.problems.append(Problem(FRONT_MATTER, offset, end, f"front matter is not valid YAML: {exc.message}"
                                           f"{_quoting_hint(source, exc.index)}"))
            entries = _plain_lines(source)  # the rest still counts: a colon in the title must not lose the date
        except _NotMapping:
            result.problems.append(Problem(FRONT_MATTER, base, close.start(),
                                           "front matter must be a mapping of keys to values"))
            return result
    for name, value, span in entries:
        result.data[name] = value
        if span is not None and name in PROSE_FIELDS:
            result.fields.append(Region(FIELD, base + span[0], base + span[1], name=name))
    return result


# A key, its value, and where a one-line value's text stands (offsets in the front matter).
_Entry = tuple[str, Any, "tuple[int, int] | None"]

# A line of the one shape most front matter has, `key: value`: a plain value
# (no indicator first, no ": " or " #" inside), or a quoted one without escapes.
_SIMPLE_LINE = re.compile(
    r"(?P<key>[^\W\d][\w-]*):"
    r"(?:[ ]+(?P<value>\"[^\"\\]*\"|'(?:[^']|'')*'|[^\s\-?:,\[\]{}#&*!|>'\"%@`](?:[^:#]|:(?=\S)|(?<! )#)*?))?"
    r"[ ]*"
)


def _quoting_hint(source: str, index: int) -> str:
    """For a plain value with ": " inside ("title: Review: a chamber opera"), how to write it."""
    start = source.rfind("\n", 0, index) + 1
    end = source.find("\n", index)
    line = source[start:end if end != -1 else len(source)].rstrip("\r")
    key, colon, value = line.partition(": ")
    if not colon or not _SIMPLE_KEY.fullmatch(key) or ": " not in value or value[:1] in "\"'":
        return ""
    shown = value if len(value) <= 40 else value[:37] + "..."
    if '"' in shown:  # in single quotes, where YAML doubles a single quote
        doubled = shown.replace("'", "''")
        quoted = f"'{doubled}'"
    else:
        quoted = f'"{shown}"'
    return f"; put the value in quotes: {key}: {quoted}"


_SIMPLE_KEY = re.compile(r"[^\W\d][\w-]*")


def _plain_lines(source: str) -> list[_Entry]:
    """The `key: value` lines of front matter YAML could not read, each read on its own (a line that is not one is
    left out)."""
    entries: list[_Entry] = []
    at = 0
    for line in source.split("\n"):
        start, at = at, at + len(line) + 1
        found = _simple(line) if line[:1].strip() else None  # not an indented line of a list or mapping
        entries.extend((key, value, span and (start + span[0], start + span[1])) for key, value, span in found or ()
                       if value)  # not a key whose list or mapping follows
    return entries


def _simple(source: str) -> list[_Entry] | None:
    """The entries of front matter made only of `key: value` lines, read
    without PyYAML (importing it costs a draft checked afresh about 30 ms,
    more than checking it); None for anything else (lists, nesting, block
    scalars, comments, escapes, tabs), which PyYAML reads. On the lines this
    accepts, both give the same result (tested)."""
    entries: list[_Entry] = []
    at = 0
    for line in source.split("\n"):
        start, at = at, at + len(line) + 1
        line = line[:-1] if line.endswith("\r") else line
        if not line.strip(" "):
            continue
        m = _SIMPLE_LINE.fullmatch(line)
        if m is None or not line.isprintable():
            return None
        value = m["value"] or ""
        span = (start + m.start("value"), start + m.end("value")) if value else None
        if value[:1] == '"':
            value = value[1:-1]
        elif value[:1] == "'":
            value = value[1:-1].replace("''", "'")
        if span is not None and m["value"][:1] in "\"'":
            span = (span[0] + 1, span[1] - 1)
        entries.append((m["key"], value, span if value.strip() else None))
    return entries


class _NotMapping(Exception):
    pass


def _parsed(source: str) -> list[_Entry]:
    """The entries of any front matter, read by PyYAML."""
    node = _compose(source)
    if node is None:
        return []
    import yaml

    if not isinstance(node, yaml.MappingNode):
        raise _NotMapping
    entries: list[_Entry] = []
    for key, value in node.value:
        span = None
        if isinstance(value, yaml.ScalarNode) and value.value.strip():
            start, end = value.start_mark.index, value.end_mark.index
            if value.style in ('"', "'"):
                start, end = start + 1, end - 1
            elif value.style in ("|", ">"):
                start = source.index("\n", start) + 1
            span = (start, end)
        entries.append((str(_plain(key)), _plain(value), span))
    return entries


class _YamlError(Exception):
    def __init__(self, message: str, index: int) -> None:
        super().__init__(message)
        self.message, self.index = message, index


def _compose(source: str) -> Any:
    yaml, loader = yaml_loader()
    try:
        node = yaml.compose(source, Loader=loader)
    except yaml.YAMLError as exc:
        # Point at what was left open ("while parsing a flow sequence") when
        # YAML names it, rather than at the end of the block where it noticed.
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context = getattr(exc, "context", None)
        message = f"{problem} ({context} that starts here)" if context and getattr(exc, "context_mark", None) \
            else problem
        raise _YamlError(message, mark.index if mark else 0) from None
    problem = alias_problem(node)  # loops and "billion laughs" would stall every later walk
    if problem is not None:
        raise _YamlError(f"refused: {problem[0]}", problem[1].index)
    return node


def _plain(node: Any) -> Any:
    """Scalars as strings, lists and mappings as such (dates stay strings: the
    engine reads them)."""
    import yaml

    if isinstance(node, yaml.MappingNode):
        return {str(_plain(k)): _plain(v) for k, v in node.value}
    if isinstance(node, yaml.SequenceNode):
        return [_plain(v) for v in node.value]
    return node.value
