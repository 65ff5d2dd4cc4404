"""Tools for a newsroom's own rules: `copydesk new-rule` writes a commented
template, `copydesk test-rules` runs every rule's examples."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .checks import KINDS
from .diagnostics import shorten
from .errors import UserError, closest
from .rulespec import _ID

_HEAD = """\
# A copydesk rule. The file name is the rule id: {name}.yaml holds rule {name}.
# Check it with: copydesk test-rules {folder}
id: {name}
kind: {kind}
severity: warning            # error | warning | suggestion
# enabled: false             # uncomment to make it opt-in (--select or the config)
summary: One line for `copydesk rules`.
"""

_TAIL = """\
description: |
  What the rule flags, and what it deliberately leaves alone.
rationale: |
  Why an editor should care.
examples:                    # run by `copydesk test-rules`; printed by `copydesk explain`
  bad:                       # each must be flagged
    - "{bad}"
  good:                      # none may be flagged
    - "{good}"
"""

TEMPLATES = {
    "existence": (
        """message: 'Avoid "{{match}}"'
scopes: [paragraph, label, heading, list-item, caption]
parameters:
  tokens: [very unique, at this point in time]   # literal words or phrases, whole words
  patterns: []               # regular expressions (run under a time limit)
  ignore_case: true
  exceptions: []             # matches to leave alone
""",
        "It was a very unique event.",
        "It was a unique event.",
    ),
    "substitution": (
        """message: 'Use "{{replacement}}" instead of "{{match}}"'
scopes: [paragraph, label, heading, list-item, caption]
parameters:
  swap:                      # phrase: replacement (the fix keeps the original's capitalisation)
    in order to: to
    utilize: use
    # towards: {{use: toward, locale: en-US}}          # only for en-US drafts
    # though,: {{use: "however,", sentence_start: true}}
  ignore_case: true
  fix: true                  # offer the replacement as a safe fix
""",
        "We met in order to talk.",
        "We met to talk.",
    ),
    "consistency": (
        """message: 'Mixed forms: "{{match}}" ({{uses}}) and "{{majority}}" ({{count}}); use one'
scopes: [paragraph, label, heading, list-item, caption]
parameters:
  sets:                      # the variants of one thing; the majority form wins
    - [percent, per cent]
    - {{variants: [U.S., US], case: exact}}
""",
        "Prices rose 3 percent. Wages rose 2 percent. Rents rose 5 per cent.",
        "Prices rose 3 percent. Wages rose 2 percent.",
    ),
    "limit": (
        """message: "Sentence has {{value}} words; the limit is {{max}}"
scopes: [paragraph, label, list-item]
parameters:
  measure: sentence-words    # sentence-words | paragraph-words | paragraph-sentences | share-passive | share-hedged
  max: 35
""",
        " ".join(["word"] * 40) + ".",
        "A short sentence.",
    ),
    "capitalization": (
        """message: 'Heading capitalisation: "{{word}}" should be "{{expected}}"'
scopes: [heading, field]
parameters:
  style: title               # title (AP title case) | sentence
  exceptions: []             # words always left as written
""",
        "# Council approves the Budget for next year",
        "# Council Approves the Budget for Next Year",
    ),
    "boilerplate": (
        """message: 'CMS residue: "{{first}}"{{more}}; remove it'
scopes: [boilerplate]
parameters:
  max_words: 40
  lines: []                  # a paragraph that is exactly one of these
  openers: []                # a paragraph that opens a list of related links
  starts: ['powered by examplecms']   # a paragraph that starts with one of these
  contains: []               # a short paragraph that contains one of these
  stamps: []                 # a time stamp: residue below the story's first paragraph
""",
        "The story ends here.\\n\\nPowered by ExampleCMS 4.2\\n",
        "Powered by volunteers, the shelter stayed open through the night, officials said.",
    ),
}


def new_rule(kind: str, name: str, folder: Path) -> Path:
    if kind not in TEMPLATES:
        hint = closest(kind, TEMPLATES) if kind not in KINDS else ""
        raise UserError(f"no template for kind '{kind}'{hint}; kinds with templates: {', '.join(TEMPLATES)}")
    if not _ID.fullmatch(name):
        raise UserError(f"rule name '{name}' must be kebab-case: lowercase words joined by -, e.g. house-words")
    path = folder / f"{name}.yaml"
    if path.exists():
        raise UserError(f"{path} already exists; not overwriting it")
    body, bad, good = TEMPLATES[kind]
    text = _HEAD.format(name=name, kind=kind, folder=folder) + body.format() + _TAIL.format(bad=bad, good=good)
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@dataclass
class ExampleResult:
    rule: str
    failures: list[str]
    bad: int
    good: int


def test_rules(folder: Path) -> list[ExampleResult]:
    """Run the examples of every rule in `folder` (its rules load beside the
    built-ins, as in a config's rule_folders)."""
    from .config import from_mapping
    from .engine import Engine

    if not folder.is_dir():
        raise UserError(f"{folder}: no such folder")
    config = from_mapping({"rule_folders": [str(folder.resolve())]}, folder=Path.cwd())
    results = []
    for path in sorted(folder.glob("*.yaml")):
        spec = config.rulebook.get(path.stem)
        engine = Engine(select=[spec.id])
        failures = []
        for which, examples, want in (("bad", spec.bad, True), ("good", spec.good, False)):
            for i, text in enumerate(examples, 1):
                found = [d for d in engine.check(text, format="markdown", config=config) if d.rule == spec.id]
                if bool(found) != want:
                    shown = shorten(text, 70)
                    verdict = "is not flagged" if want else f"is flagged: {found[0].message}"
                    failures.append(f"{which} example {i} {verdict}\n      {shown}")
        if not spec.bad and not spec.good:
            failures.append("has no examples")
        results.append(ExampleResult(spec.id, failures, len(spec.bad), len(spec.good)))
    return results
