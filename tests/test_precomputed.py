"""rules/precomputed.json: what preparing the shipped rules works out, kept with
them, so that a start without the result cache works none of it out again."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from lint import memo, precomputed
from lint.config import Config
from lint.engine import Engine
from lint.memo import MEMO, PRECOMPUTED, PRECOMPUTED_FILE
from lint.resources import builtin_folder

BAD = "the talks ended.Both sides left,quickly after a hour.\n"


def test_the_shipped_file_is_what_the_rules_give():
    shipped = (builtin_folder() / PRECOMPUTED_FILE).read_text(encoding="utf-8")
    assert precomputed.generate() == shipped, "regenerate with: python -m lint.precomputed"


def test_a_start_without_the_cache_imports_no_yaml_parser_and_parses_no_pattern(tmp_path):
    (tmp_path / "story.md").write_text(BAD, encoding="utf-8")
    probe = ("import sys\nimport lint.model.patterns as p\nread = []\n"
             "p._first_chars = p._all_beginnings = lambda pattern, *rest: read.append(pattern)\n"
             "from lint.launch import main\nsys.argv = ['copydesk', *sys.argv[1:]]\ntry:\n    main()\n"
             "except SystemExit:\n    pass\nprint('yaml' in sys.modules, read)")
    done = subprocess.run([sys.executable, "-c", probe, "check", "--no-cache", "story.md"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert "sentence-case" in done.stdout  # the draft was checked
    assert done.stdout.rsplit("\n", 2)[-2] == "False []"


@pytest.mark.parametrize("damage", [
    lambda found: {**found, "stamp": "0" * 64},  # written by other code or another Python
    lambda found: {**found, "entries": {k: "[" for k in found["entries"]}},  # entries cut short
    lambda found: [],
])
def test_a_file_out_of_date_or_damaged_costs_time_not_findings(damage, monkeypatch, tmp_path):
    found = json.loads((builtin_folder() / PRECOMPUTED_FILE).read_text(encoding="utf-8"))
    expected = Engine().check(BAD, format="markdown", config=Config())
    (tmp_path / PRECOMPUTED_FILE).write_text(json.dumps(damage(found)), encoding="utf-8")
    monkeypatch.setattr(memo, "builtin_folder", lambda: tmp_path)
    monkeypatch.setattr(memo, "PRECOMPUTED", memo.Precomputed())
    monkeypatch.setattr("lint.engine._PREPARED", {})  # the rules prepared again, from the damaged file
    assert MEMO.get() is None
    assert Engine().check(BAD, format="markdown", config=Config()) == expected


def test_an_entry_answers_only_for_the_text_it_was_worked_out_from():
    rule_file = (builtin_folder() / "sentence-case.yaml").read_text(encoding="utf-8")
    assert PRECOMPUTED.get(rule_file) is not None
    assert PRECOMPUTED.get(rule_file + "\n# edited\n") is None


def test_the_stamp_covers_the_code_that_works_entries_out():
    """The YAML reader, and every module that remembers what it works out: one
    left out of the stamp would leave the file answering for changed code."""
    package = Path(memo.__file__).parent
    remembering = {p.relative_to(package).as_posix() for p in package.rglob("*.py")
                   if p.name != "memo.py" and "remembered(" in p.read_text(encoding="utf-8")}
    assert remembering and remembering | {"yamlsource.py"} <= set(memo._CODE)
