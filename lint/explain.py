"""`copydesk explain RULE`: a rule's docs, options and examples, with what the
rule really reports on each example."""

from __future__ import annotations

import textwrap
from pathlib import Path

from .checks import KINDS
from .checks.contract import declared_scopes
from .config import Resolver
from .engine import Engine


def explain(rule_id: str, config_file: Path | None = None) -> str:
    config = Resolver(config_file).for_file(None)
    spec = config.rulebook.get(rule_id)
    state = "on" if spec.enabled else "off"
    origin = "built-in" if spec.builtin else f"from {spec.source}"
    out = [
        f"{spec.id}  ({origin}; check kind '{spec.kind}'; default severity {spec.severity}, {state} by default)",
        "",
        spec.summary,
        "",
        spec.description,
    ]
    if spec.rationale:
        out += ["", "Why it matters:", textwrap.indent(spec.rationale, "  ")]
    scopes = declared_scopes(spec, KINDS[spec.kind])
    if scopes:
        out += ["", f"Reads: {', '.join(sorted(scopes))}"
                    + ("" if spec.quotations else " (not the text of quotations)")]
    if KINDS[spec.kind].fixes:
        out += ["", f"Fix: {FIX_NOTES[spec.fix]} Switch it off with rules: {spec.id}: {{fix: false}}."]
    if spec.parameters:
        out += ["", "Options (in .copydesk.yaml, under rules: " + spec.id + ": {option: value}):"]
        schema = KINDS[spec.kind].params
        for name, value in spec.parameters.items():
            out.append(f"  {name}: {_short(value)}    ({schema[name].describe()})")
    engine = Engine(select=[spec.id])
    for title, examples in (("Flagged:", spec.bad), ("Not flagged:", spec.good)):
        if not examples:
            continue
        out += ["", title]
        for example in examples:
            out.append(textwrap.indent(example.rstrip("\n"), "  | "))
            for d in engine.check(example, format="markdown", config=config):
                out.append(f"    -> {d.line}:{d.column} {d.message}")
    return "\n".join(out)


FIX_NOTES = {
    "safe": "a safe fix (meaning kept): copydesk check --fix applies it; JSON shows it as `fix`.",
    "unsafe": "an unsafe fix (it deletes or rewords text): applied only with --fix --unsafe-fixes; JSON shows "
              "it as `unsafe_fix`, SARIF leaves it out. Review what it changes.",
}


def _short(value) -> str:
    text = repr(value) if not isinstance(value, list) else f"[{len(value)} entries]"
    return text if len(text) <= 70 else text[:67] + "..."
