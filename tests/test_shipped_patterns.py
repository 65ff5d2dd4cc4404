"""What copydesk ships is trusted at start-up and checked here instead.

The patterns run on the standard `re` engine without a time limit (a newsroom's
own patterns always run under one). So each shipped pattern is run here, under
`regex`'s time limit, against input made to make it backtrack: a runaway fails
this test instead of a user's CI job. The shipped YAML files are read without
the checks for hostile aliases and duplicate keys that users' files get, so
they must pass those checks here."""

from __future__ import annotations

import pytest
import regex

from lint.checks import KINDS
from lint.checks.contract import PATTERNS
from lint.resources import builtin_folder
from lint.rulebook import Rulebook
from lint.yamlsource import load_file

HOSTILE = [
    "a" * 5000, "a " * 3000, ("said " * 2000), ("the " * 3000) + "!", "-" * 5000, "." * 5000,
    ("analysts " * 1000) + "at", "\u201c" * 3000, ("home > " * 1000), ("share this " * 800),
]
SHIPPED = [
    (spec.id, name, pattern)
    for spec in Rulebook().all()
    for name, param in KINDS[spec.kind].params.items() if param.type == PATTERNS
    for pattern in spec.parameters.get(name) or []
]


SHIPPED_YAML = sorted([*builtin_folder().glob("*.yaml"), *builtin_folder().glob("data/*.yaml")])


def test_every_shipped_yaml_file_passes_the_checks_users_files_get():
    assert len(SHIPPED_YAML) > 20
    for path in SHIPPED_YAML:
        load_file(path, strict=True)  # raises ConfigError on an alias, nesting or duplicate-key problem


def test_there_are_shipped_patterns_to_check():
    assert len(SHIPPED) > 50


@pytest.mark.parametrize("rule, name, pattern", SHIPPED, ids=lambda x: x if isinstance(x, str) and len(x) < 30 else "")
def test_a_shipped_pattern_never_runs_away(rule, name, pattern):
    compiled = regex.compile(pattern, regex.IGNORECASE | regex.VERSION0)
    for text in HOSTILE:
        try:
            compiled.search(text, timeout=1.0)
            compiled.fullmatch(text, timeout=1.0)
        except TimeoutError:
            pytest.fail(f"{rule}.{name}: {pattern!r} ran away on {text[:20]!r}...")
