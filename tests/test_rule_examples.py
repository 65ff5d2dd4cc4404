"""Every rule's documented examples: each bad example is flagged by that rule,
each good example is not. The same examples are what `copydesk explain` prints."""

from __future__ import annotations

import pytest

import lint
from lint.catalog import Catalog

SPECS = Catalog().all()


def _cases(which: str) -> list:
    return [
        pytest.param(spec.id, text, id=f"{spec.id}-{which}-{i}")
        for spec in SPECS
        for i, text in enumerate(getattr(spec, which))
    ]


@pytest.mark.parametrize("rule, text", _cases("bad"))
def test_bad_example_is_flagged(rule, text):
    assert rule in {d.rule for d in lint.check_text(text)}


@pytest.mark.parametrize("rule, text", _cases("good"))
def test_good_example_is_not_flagged(rule, text):
    assert rule not in {d.rule for d in lint.check_text(text)}


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.id)
def test_every_rule_is_documented(spec):
    assert spec.summary and len(spec.description) > 80 and spec.rationale
    if spec.kind != "input" or spec.id == "front-matter":
        assert spec.bad and spec.good, "a rule needs bad and good examples"
