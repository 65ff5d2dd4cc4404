"""Every rule's documented examples: each bad example is flagged by that rule,
each good example is not. The same examples are what `copydesk explain` prints."""

from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import Engine
from lint.rulebook import Rulebook

SPECS = Rulebook().all()


def _cases(which: str) -> list:
    return [
        pytest.param(spec.id, text, id=f"{spec.id}-{which}-{i}")
        for spec in SPECS
        for i, text in enumerate(getattr(spec, which))
    ]


def _rules_flagging(rule: str, text: str) -> set[str]:
    # --select, so rules that are off by default run on their examples too
    return {d.rule for d in Engine(select=[rule]).check(text, format="markdown", config=Config())}


@pytest.mark.parametrize("rule, text", _cases("bad"))
def test_bad_example_is_flagged(rule, text):
    assert rule in _rules_flagging(rule, text)


@pytest.mark.parametrize("rule, text", _cases("good"))
def test_good_example_is_not_flagged(rule, text):
    assert rule not in _rules_flagging(rule, text)


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.id)
def test_every_rule_is_documented(spec):
    assert spec.summary and len(spec.description) > 80 and spec.rationale
    # Input diagnostics mostly cannot be shown as text, and LanguageTool's
    # findings need a LanguageTool server (tests/test_grammar.py runs a fake one).
    if spec.kind not in ("input", "languagetool") or spec.id == "front-matter":
        assert spec.bad and spec.good, "a rule needs bad and good examples"
