"""The rules copydesk knows: built-in rule files and the newsroom's rule folders.

A rule is a YAML file named after its id (`rules/sentence-case.yaml`) that names a
check kind (the Python in `lint/checks/`) and gives its parameters, severity,
message, docs and examples. Listing rules only reads file names; a rule file is
parsed when a run needs that rule, so rules switched off cost nothing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from . import files
from .errors import ConfigError, UserError, closest
from .resources import builtin_folder

if TYPE_CHECKING:
    from .rulespec import RuleSpec

_KIND_LINE = re.compile(r"^kind:\s*['\"]?([\w-]+)", re.MULTILINE)
_ENABLED_FALSE = re.compile(r"^enabled:\s*(?:false|False|no|off)\s*(?:#.*)?$", re.MULTILINE)


class Rulebook:
    """Rule ids and their files; specs are parsed on first use and kept."""

    def __init__(self, folders: tuple[Path, ...] = ()) -> None:
        self.files: dict[str, Path] = {p.stem: p for p in sorted(builtin_folder().glob("*.yaml"))}
        self.builtin_ids = frozenset(self.files)
        self._specs: dict[str, RuleSpec] = {}
        if folders:
            from .rulespec import parse_rule
        for folder in folders:
            for path in sorted(folder.glob("*.yaml")):
                spec = parse_rule(path, builtin=False)
                if spec.id in self.builtin_ids and not spec.replaces:
                    raise ConfigError(
                        f"rule '{spec.id}' is already a built-in rule; rename it, or add "
                        "'replaces: true' to replace the built-in",
                        path,
                    )
                self.files[spec.id] = path
                self._specs[spec.id] = spec

    def ids(self) -> list[str]:
        return sorted(self.files)

    def check_choice(self, option: str, ids: Iterable[str]) -> None:
        """Rule ids named on the command line (--select, --ignore) must exist."""
        for rule_id in sorted(ids):
            if rule_id not in self.files:
                raise UserError(f"{option}: unknown rule '{rule_id}'{closest(rule_id, self.files)}")

    def __contains__(self, rule_id: str) -> bool:
        return rule_id in self.files

    def get(self, rule_id: str) -> RuleSpec:
        spec = self._specs.get(rule_id)
        if spec is None:
            if rule_id not in self.files:
                raise ConfigError(f"unknown rule '{rule_id}'{closest(rule_id, self.files)}")
            spec = self._specs[rule_id] = _parse_builtin(self.files[rule_id])
        return spec

    def kind_name(self, rule_id: str) -> str | None:
        """A rule's kind, read without parsing its file."""
        spec = self._specs.get(rule_id)
        if spec is not None:
            return spec.kind
        found = _KIND_LINE.search(_read(self.files[rule_id]))
        return found[1] if found else None

    def enabled_by_default(self, rule_id: str) -> bool:
        """Whether a rule is on by default, read without parsing its file, so
        rules that are off cost nothing at start-up."""
        spec = self._specs.get(rule_id)
        if spec is not None:
            return spec.enabled
        return _ENABLED_FALSE.search(_read(self.files[rule_id])) is None

    def all(self) -> list[RuleSpec]:
        return [self.get(i) for i in self.ids()]


@functools.cache
def _read(path: Path) -> str:
    return files.read_text(path)


@functools.cache
def _parse_builtin(path: Path) -> RuleSpec:
    """Built-in rule files do not change while copydesk runs: parse each once."""
    from .rulespec import parse_rule

    return parse_rule(path)
