"""Golden output: every diagnostic on the bundled examples, the test fixtures and
the shared source article, pinned so that a refactor that changes what users see
fails here. The source article is read from `../shared` at test time; only its
findings' rule ids and positions are kept in the project.

After a change that is meant to alter findings, regenerate and review the diff:

    COPYDESK_UPDATE_GOLDEN=1 pytest tests/test_golden.py
"""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest

import lint
from conftest import FIXTURES, ROOT, SOURCE_ARTICLE

GOLDEN = ROOT / "tests" / "golden"
AS_OF = dt.date(2025, 6, 1)  # pinned: title findings depend on the date
FORMATS = {".md": "markdown", ".txt": "text", ".html": "html"}
DRAFTS = sorted([*(ROOT / "examples").iterdir(), *(p for p in FIXTURES.rglob("*") if p.suffix in FORMATS)])


def _diagnostics(path, *, with_text: bool) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    config = {"as_of": AS_OF.isoformat()}
    out = []
    for d in lint.check_text(text, format=FORMATS[path.suffix], config=config):
        row = d.to_dict()
        row.pop("path")
        if not with_text:  # positions only: the shared article is not the project's text
            row = {k: row[k] for k in ("rule", "severity", "line", "column", "end_line", "end_column")}
        out.append(row)
    return out


def _compare(name: str, found: list[dict]) -> None:
    golden = GOLDEN / f"{name}.json"
    if os.environ.get("COPYDESK_UPDATE_GOLDEN"):
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(json.dumps(found, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    expected = json.loads(golden.read_text(encoding="utf-8"))
    assert found == expected


@pytest.mark.parametrize("path", DRAFTS, ids=lambda p: p.name)
def test_draft_matches_its_golden_output(path):
    _compare(path.name, _diagnostics(path, with_text=True))


@pytest.mark.skipif(not SOURCE_ARTICLE.exists(), reason="the shared source article is not beside this checkout")
def test_source_article_matches_its_golden_positions():
    _compare("shared-source-article", _diagnostics(SOURCE_ARTICLE, with_text=False))
