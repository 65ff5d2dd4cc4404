from __future__ import annotations

from pathlib import Path

import pytest

import lint

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# The shared example of scraped copy, beside the checkout (not part of the project).
SOURCE_ARTICLE = ROOT.parent / "shared" / "source-article.txt"


def cli(*args, stdin=None):
    """Run the copydesk command in process, as a user would from a shell."""
    from click.testing import CliRunner

    from lint.cli import main

    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)


def findings(text: str, rule: str | None = None, *, format: str = "markdown", config=None):
    """(rule, line, column, flagged text) of each diagnostic, optionally of one rule."""
    out = []
    for d in lint.check_text(text, format=format, config=config):
        if rule is None or d.rule == rule:
            out.append((d.rule, d.line, d.column, text[d.offset:d.end_offset]))
    return out


def flagged(text: str, rule: str, **kwargs) -> list[str]:
    """The flagged text of each diagnostic of `rule`."""
    return [f[3] for f in findings(text, rule, **kwargs)]


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
