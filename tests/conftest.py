from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

import lint

# The compiled patterns every copydesk the tests run keeps (lint.compiled_patterns), in a folder of the session's,
# not the user's cache folder; removed at exit, after any command run in process has saved to it.
_PATTERN_CACHE = tempfile.mkdtemp(prefix="copydesk-patterns-")
os.environ["COPYDESK_PATTERN_CACHE"] = _PATTERN_CACHE
atexit.register(shutil.rmtree, _PATTERN_CACHE, ignore_errors=True)

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
