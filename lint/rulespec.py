"""What a rule file says (RuleSpec), and parse_rule, which reads and checks
one. Loaded with the first rule file parsed, not at start-up: a run answered
from the result cache only lists rule files (lint.rulebook)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .diagnostics import SEVERITIES
from .errors import ConfigError, ParameterError, closest
from .model.kinds import LOCALES, REGION_KINDS
from .record import Record
from .yamlsource import Lines, line_of, load_file

RULE_KEYS = {
    "id", "kind", "severity", "enabled", "summary", "description", "rationale",
    "message", "scopes", "quotations", "parameters", "examples", "replaces", "locale", "fix",
}
# How safe a rule's fixes are: `safe` keeps the meaning (a space, a capital, a/an,
# a house spelling) and `--fix` applies it; `unsafe` deletes text or changes what
# it says (a boilerplate block, a duplicate, "former"), applied only with --unsafe-fixes.
FIX_SAFETY = ("safe", "unsafe")
REQUIRED_KEYS = ("id", "kind", "severity", "summary", "description", "message")
_ID = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


class RuleSpec(Record):
    """A rule file, read and checked (never changed once made)."""

    FIELDS = ("id", "kind", "severity", "enabled", "summary", "description", "message", "source", "rationale",
              "scopes", "quotations", "parameters", "good", "bad", "builtin", "replaces", "locale", "fix")

    def __init__(self, id: str, kind: str, severity: str, enabled: bool, summary: str, description: str,
                 message: str, source: Path, rationale: str = "", scopes: frozenset[str] = frozenset(),
                 quotations: bool = False, parameters: dict[str, Any] | None = None, good: tuple[str, ...] = (),
                 bad: tuple[str, ...] = (), builtin: bool = True, replaces: bool = False, locale: str | None = None,
                 fix: str = "safe", lines: Lines | None = None) -> None:
        self.id, self.kind, self.severity, self.enabled, self.summary = id, kind, severity, enabled, summary
        self.description, self.message, self.source, self.rationale = description, message, source, rationale
        self.scopes = scopes
        self.quotations = quotations  # does the rule read the text of direct quotations?
        self.parameters = parameters if parameters is not None else {}
        self.good, self.bad, self.builtin = good, bad, builtin
        self.replaces = replaces  # a newsroom rule that replaces the built-in of the same id
        self.locale = locale  # the rule runs only for drafts in this language
        self.fix = fix  # FIX_SAFETY: how its fixes are applied (when its kind offers any)
        self.lines = lines  # where each key stands, for errors (neither compared nor shown)

    def line_of(self, *path: Any) -> int | None:
        return line_of(self.lines, *path) if self.lines is not None else None


def parse_rule(path: Path, builtin: bool = True) -> RuleSpec:
    data, lines = load_file(path, strict=not builtin)

    def fail(message: str, *key: Any) -> ConfigError:
        return ConfigError(message, path, line_of(lines, *key))

    if not isinstance(data, dict):
        raise fail("a rule file must be a mapping of keys (id, kind, severity, ...)")
    for key in data:
        if key not in RULE_KEYS:
            raise fail(f"unknown key '{key}'{closest(key, RULE_KEYS)}", key)
    for key in REQUIRED_KEYS:
        if key not in data:
            raise fail(f"missing required key '{key}'")
    for key in ("id", "kind", "summary", "description", "message"):
        if not isinstance(data[key], str) or not data[key].strip():
            raise fail(f"'{key}' must be a non-empty string", key)
    from .checks import KINDS  # loaded with the first rule file read, not at start-up

    rule_id, kind = data["id"], data["kind"]
    if not _ID.fullmatch(rule_id):
        raise fail(f"rule id '{rule_id}' must be kebab-case (lowercase words joined by -)", "id")
    if rule_id != path.stem:
        raise fail(f"rule id '{rule_id}' must match the file name '{path.stem}.yaml'", "id")
    if kind not in KINDS:
        raise fail(f"unknown kind '{kind}'{closest(kind, KINDS)}", "kind")
    try:
        KINDS[kind].check_message(data["message"])
    except ValueError as exc:
        raise fail(str(exc), "message") from None
    if data["severity"] not in SEVERITIES:
        raise fail(f"severity must be one of {', '.join(SEVERITIES)}", "severity")
    scopes = data.get("scopes", [])
    known = ", ".join(sorted(REGION_KINDS))
    if not isinstance(scopes, list):
        raise fail(f"'scopes' must be a list of region kinds: {known}", "scopes")
    for scope in scopes:
        if not isinstance(scope, str) or scope not in REGION_KINDS:
            hint = closest(scope, REGION_KINDS) if isinstance(scope, str) else ""
            raise fail(f"unknown scope {scope!r}{hint}; scopes are: {known}", "scopes")
    parameters = data.get("parameters") or {}
    if not isinstance(parameters, dict):
        raise fail("'parameters' must be a mapping", "parameters")
    try:
        # Shipped patterns are checked by the tests, not at every start-up.
        parameters = KINDS[kind].validate(parameters, compile_patterns=not builtin)
    except ParameterError as exc:
        raise fail(f"rule '{rule_id}': {exc}", "parameters", *exc.where) from None
    examples = data.get("examples") or {}
    if not isinstance(examples, dict) or set(examples) - {"good", "bad"}:
        raise fail("'examples' must be a mapping with 'good' and 'bad' lists of texts", "examples")
    for which in ("good", "bad"):
        items = examples.get(which) or []
        if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
            raise fail(f"examples.{which} must be a list of texts", "examples", which)
    if data.get("locale") is not None and data["locale"] not in LOCALES:
        raise fail(f"locale must be one of {', '.join(LOCALES)}", "locale")
    if data.get("fix", "safe") not in FIX_SAFETY:
        raise fail("'fix' must be safe or unsafe", "fix")
    for flag in ("enabled", "quotations", "replaces"):
        if not isinstance(data.get(flag, False), bool):
            raise fail(f"'{flag}' must be true or false", flag)
    return RuleSpec(
        id=rule_id,
        kind=kind,
        severity=data["severity"],
        enabled=data.get("enabled", True),
        summary=data["summary"].strip(),
        description=data["description"].strip(),
        rationale=(data.get("rationale") or "").strip(),
        message=data["message"].strip(),
        source=path,
        scopes=frozenset(scopes),
        quotations=data.get("quotations", False),
        parameters=parameters,
        good=tuple(examples.get("good") or ()),
        bad=tuple(examples.get("bad") or ()),
        builtin=builtin,
        replaces=data.get("replaces", False),
        fix=data.get("fix", "safe"),
        locale=data.get("locale"),
        lines=lines,
    )
