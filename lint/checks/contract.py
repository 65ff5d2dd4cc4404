"""The contract every check kind declares, and the validation done once for all.

A kind module ends with `KIND = Kind(...)`: its name, the parameters it takes
(a schema: type, default, allowed values), the message fields it fills, and
whether its verdict depends on the article's date or it reports problems with
the input itself. The rulebook validates each rule file against its kind when
the file is loaded, so a misspelt parameter, a value of the wrong type or a
message placeholder the kind never fills is a config error naming the file and
the line, never a crash in the middle of a run.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from ..errors import ParameterError, closest
from ..model.types import PROSE_KINDS
from ..record import Record

if TYPE_CHECKING:
    import datetime as dt

    from ..diagnostics import Finding
    from ..model.document import Document
    from ..rulespec import RuleSpec

# Parameter types: what a rule file or a config may give.
BOOL, INT, NUMBER, TEXT, TEXTS, PATTERNS, MAPPING, CHOICE, PATH, ANY = (
    "bool", "int", "number", "text", "texts", "patterns", "mapping", "choice", "path", "any")
_TYPE_NAMES = {
    BOOL: "true or false", INT: "a whole number", NUMBER: "a number", TEXT: "a text",
    TEXTS: "a list of texts", PATTERNS: "a list of regular expressions", MAPPING: "a mapping",
    CHOICE: "one of", PATH: "a file path", ANY: "anything",
}


class Param(NamedTuple):
    type: str
    default: Any = None
    choices: tuple[Any, ...] = ()
    minimum: float | None = None  # for int and number
    values: tuple[Any, ...] = ()  # for a mapping: what each of its values may be
    nullable: bool = False  # may be null (the default then applies its own meaning)
    # For a structure (ANY): checks its shape, raising ParameterError, cheaply enough for
    # the config's own check, so that a mistake is reported at the line that made it.
    shape: Callable[[Any], None] | None = None

    def describe(self) -> str:
        """What the parameter takes, for `copydesk explain`."""
        what = _TYPE_NAMES[self.type]
        if self.type == CHOICE:
            what += " " + ", ".join(str(c) for c in self.choices)
        if self.minimum is not None:
            what += f", at least {self.minimum:g}"
        if self.values:
            what += " to " + ", ".join(str(v) for v in self.values)
        return what + (", or null" if self.nullable else "")

    def check(self, name: str, value: Any, compile_patterns: bool = True) -> Any:
        """The value if it fits this parameter, else a ParameterError naming it.
        Patterns are compiled one by one, so an error names the bad one's line;
        `compile_patterns=False` skips that for values checked before."""
        if value is None and (self.nullable or self.default is None):
            return value
        ok = {
            BOOL: lambda v: isinstance(v, bool),
            INT: lambda v: isinstance(v, int) and not isinstance(v, bool),
            NUMBER: lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
            TEXT: lambda v: isinstance(v, str),
            PATH: lambda v: isinstance(v, str) and v.strip() != "",
            TEXTS: lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v),
            PATTERNS: lambda v: isinstance(v, list) and all(isinstance(x, str) and x.strip() for x in v),
            MAPPING: lambda v: isinstance(v, Mapping),
            CHOICE: lambda v: v in self.choices,
            ANY: lambda v: True,  # a structure the kind's prepare() checks itself
        }[self.type](value)
        if not ok:
            what = _TYPE_NAMES[self.type]
            if self.type == CHOICE:
                what += " " + ", ".join(str(c) for c in self.choices) + closest(value, self.choices)
            raise ParameterError(f"'{name}' must be {what}, not {_show(value)}", name)
        if self.type == MAPPING and self.values:
            for key, item in value.items():
                if item not in self.values:
                    raise ParameterError(f"'{name}': {key} must be one of {', '.join(map(str, self.values))}, "
                                         f"not {_show(item)}{closest(item, self.values)}", name, key)
        if self.minimum is not None and value < self.minimum:
            raise ParameterError(f"'{name}' must be at least {self.minimum:g}, not {value}", name)
        if self.shape is not None:
            self.shape(value)
        if self.type == PATTERNS and compile_patterns:
            from .phrases import compile_pattern

            for i, pattern in enumerate(value):
                compile_pattern(pattern, where=(name, i))
        return value


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "\u2026"


class Check(Protocol):
    def __call__(self, doc: Document, rule: ActiveRule, ctx: Context) -> Iterable[Finding]: ...


class Kind(NamedTuple):
    """What a check kind is and needs. `check(doc, rule, ctx)` yields Findings;
    `prepare(params)`, when given, turns validated parameters into `rule.state`
    once per run (compiled phrase lists, a registry, a service client)."""

    name: str
    check: Check
    params: Mapping[str, Param] = {}
    fields: frozenset[str] = frozenset()  # the placeholders its message may use
    prepare: Callable[[dict[str, Any]], Any] | None = None
    dated: bool = False  # its verdict depends on the article's date: diagnostics carry as_of
    input_problems: bool = False  # reports problems found while reading the input, by class
    classifies_residue: bool = False  # its state tells the Document which paragraphs are page residue
    reports_copies: bool = False  # it reports repeated text, so it judges a pasted copy of the headline too
    waits: bool = False  # it waits on a service: drafts are checked on threads meanwhile
    fixes: bool = False  # its findings may carry a fix (safe or unsafe, as each rule file says)
    # The regions it reads when a rule file names no `scopes` (None: running prose).
    scopes: frozenset[str] | None = None

    def validate(self, params: Mapping[str, Any], compile_patterns: bool = True) -> dict[str, Any]:
        """Parameters checked against the schema, with defaults filled in."""
        out = {}
        for name, value in params.items():
            if name not in self.params:
                known = ", ".join(sorted(self.params)) or "none"
                raise ParameterError(f"unknown parameter '{name}'{closest(name, self.params)} "
                                     f"(kind '{self.name}' takes: {known})", name)
            out[name] = self.params[name].check(name, value, compile_patterns)
        for name, param in self.params.items():
            out.setdefault(name, param.default)
        return out

    def check_message(self, message: str) -> None:
        """Raise ValueError for a message the kind cannot fill: an unknown or
        positional placeholder, or a stray brace."""
        try:
            parts = list(string.Formatter().parse(message))
        except ValueError as exc:
            raise ValueError(f"message is not a valid template ({exc}); write a literal brace as {{{{ or }}}}") \
                from None
        fields = ", ".join("{" + f + "}" for f in sorted(self.fields)) or "none"
        for _, name, spec, conversion in parts:
            if name is None:
                continue
            root = name.split(".")[0].split("[")[0]
            if root == "" or root.isdigit():
                raise ValueError(f"message placeholder '{{{name}}}' must be named (kind '{self.name}' fills: {fields})")
            if root not in self.fields or root != name:
                raise ValueError(f"message placeholder '{{{name}}}' is not filled by kind '{self.name}'"
                                 f"{closest(root, self.fields)} (it fills: {fields})")
            if spec or conversion:
                raise ValueError(f"message placeholder '{{{name}}}' takes no format or conversion; write {{{root}}}")


def declared_scopes(spec: RuleSpec, kind: Kind) -> frozenset[str] | None:
    """The regions a rule reads as its file or its kind says; None: running prose."""
    return spec.scopes or kind.scopes


class ActiveRule(Record):
    """A rule as a check sees it: its file, kind, severity for this draft,
    validated parameters, and what the kind prepared from them."""

    FIELDS = ("spec", "kind", "severity", "params", "state", "fix", "scopes")
    __slots__ = FIELDS

    def __init__(self, spec: RuleSpec, kind: Kind, severity: str, params: dict[str, Any], state: Any,
                 fix: str | None = None) -> None:
        self.spec, self.kind, self.severity, self.params = spec, kind, severity, params
        self.state = state  # what the check kind prepared from the parameters, once per run
        self.fix = fix  # "safe" or "unsafe" for a rule whose fixes are on, else None
        # The region kinds the rule reads: its declared scopes, else its kind's, else running prose.
        self.scopes: frozenset[str] = declared_scopes(spec, kind) or PROSE_KINDS

    @property
    def id(self) -> str:
        return self.spec.id


class Context(NamedTuple):
    """What a rule may need beyond the Document."""

    as_of: dt.date
    as_of_source: str  # where the date came from: --as-of, front matter, config, today
    vocabulary: frozenset[str]
    language: str
