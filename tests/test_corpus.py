"""The labelled corpus beside this checkout (`../shared/corpus`), scored with its own
scorer against the installed `copydesk` command, as the team measures it.

Each rule's true positives may only rise and its false positives and false
negatives only fall: `FLOORS` holds what main reaches. Whoever improves a rule
raises its floor here in the same change, so the gain cannot be lost later.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

CORPUS = ROOT.parent / "shared" / "corpus"
COMMAND = shutil.which("copydesk", path=str(Path(sys.executable).parent)) or shutil.which("copydesk")

# rule: (true positives at least, false positives at most, false negatives at most)
FLOORS = {
    "sentence-case": (47, 0, 0),
    "punctuation-spacing": (50, 0, 0),
    "truncated-ending": (12, 0, 0),
    "title-accuracy": (32, 0, 0),
    "unsourced-quote": (30, 0, 0),
    "vague-attribution": (58, 0, 0),
    "boilerplate": (63, 0, 0),
    "indefinite-article": (52, 0, 0),
    "duplicate-text": (26, 0, 0),
}

pytestmark = pytest.mark.skipif(not (CORPUS / "score.py").exists() or COMMAND is None,
                                reason="the shared corpus or the installed copydesk command is missing")


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("corpus") / "report.json"
    done = subprocess.run(
        [sys.executable, str(CORPUS / "score.py"), "--cmd", f"{COMMAND} check --format json",
         "--only", "cases", "--jobs", "2", "--json-out", str(out)],
        capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["cases"]["failures"] == [], "copydesk crashed or printed invalid JSON on a corpus draft"
    return report["cases"]["per_category"]


@pytest.mark.parametrize("rule", sorted(FLOORS))
def test_rule_holds_its_floor_on_the_corpus(scores, rule):
    tp, fp, fn = FLOORS[rule]
    got = scores[rule]
    assert got["tp"] >= tp and got["fp"] <= fp and got["fn"] <= fn, (
        f"{rule}: now TP {got['tp']} FP {got['fp']} FN {got['fn']}, floor TP>={tp} FP<={fp} FN<={fn}")
