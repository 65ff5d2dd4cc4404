"""The `copydesk` command as a user runs it: output, exit codes, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import cli
from lint import __version__

BAD = "The talks ended.The delegates left,quickly.\n"
GOOD = "The talks ended. The delegates left quickly.\n"


@pytest.fixture
def drafts(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "bad.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "drafts" / "good.txt").write_text(GOOD, encoding="utf-8")
    return tmp_path


def test_text_output(drafts):
    result = cli("check", "drafts")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "drafts/bad.md:1:11: warning punctuation-spacing Missing space after \".\" in \"ended.The\"",
        "    1 | The talks ended.The delegates left,quickly.",
        "      |           ^^^^^^^^^",
        "drafts/bad.md:1:31: warning punctuation-spacing Missing space after \",\" in \"left,quickly\"",
        "    1 | The talks ended.The delegates left,quickly.",
        "      |                               ^^^^^^^^^^^^",
        "2 problems (0 errors, 2 warnings, 0 suggestions) in 2 files",
    ]
    assert "\x1b[" not in result.stdout  # no colour off a terminal


def test_json_output_has_the_documented_fields(drafts):
    result = cli("check", "--format", "json", "drafts/bad.md", "drafts/good.txt")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["version"] == 1
    assert data["summary"] == {"files": 2, "errors": 0, "warnings": 2, "suggestions": 0}
    first = data["diagnostics"][0]
    assert first == {
        "path": "drafts/bad.md", "line": 1, "column": 11, "end_line": 1, "end_column": 20,
        "offset": 10, "end_offset": 19, "rule": "punctuation-spacing", "severity": "warning",
        "message": 'Missing space after "." in "ended.The"',
        "fix": {"description": 'Add a space after "."', "edits": [{"offset": 16, "end_offset": 16, "text": " "}]},
    }


def test_json_matches_the_library_api(drafts):
    import lint

    data = json.loads(cli("check", "--format", "json", "drafts/bad.md").stdout)
    api = [d.to_dict() for d in lint.check_text(BAD, path="drafts/bad.md")]
    assert data["diagnostics"] == api


def test_stdin_with_a_filename(drafts):
    result = cli("check", "-", "--stdin-filename", "story.txt", "--format", "json", stdin="the end came.\n")
    data = json.loads(result.stdout)
    assert [(d["path"], d["rule"]) for d in data["diagnostics"]] == [("story.txt", "sentence-case")]
    assert result.exit_code == 1


@pytest.mark.parametrize(
    "fail_on, code",
    [("error", 0), ("warning", 1), ("suggestion", 1), ("never", 0)],
)
def test_fail_on_threshold(drafts, fail_on, code):
    assert cli("check", "--fail-on", fail_on, "drafts").exit_code == code


def test_suggestions_are_shown_but_do_not_fail_by_default(drafts):
    (drafts / ".copydesk.yaml").write_text("rules:\n  punctuation-spacing: suggestion\n")
    result = cli("check", "drafts")
    assert result.exit_code == 0
    assert "2 problems (0 errors, 0 warnings, 2 suggestions) in 2 files" in result.stdout
    assert cli("check", "--fail-on", "suggestion", "drafts").exit_code == 1


def test_clean_drafts_exit_0(drafts):
    result = cli("check", "drafts/good.txt")
    assert result.exit_code == 0
    assert result.stdout.strip() == "No problems in 1 file."


def test_select_and_ignore(drafts):
    data = json.loads(cli("check", "--format", "json", "--ignore", "punctuation-spacing", "drafts").stdout)
    assert data["diagnostics"] == []
    data = json.loads(cli("check", "--format", "json", "--select", "sentence-case,boilerplate", "drafts").stdout)
    assert data["diagnostics"] == []
    result = cli("check", "--select", "sentence-cse", "drafts")
    assert result.exit_code == 2
    assert result.stderr.strip() == "copydesk: error: --select: unknown rule 'sentence-cse' (did you mean 'sentence-case'?)"


def test_select_turns_on_a_rule_the_config_turned_off(drafts):
    (drafts / ".copydesk.yaml").write_text("rules:\n  punctuation-spacing: off\n")
    assert cli("check", "drafts").exit_code == 0
    assert cli("check", "--select", "punctuation-spacing", "drafts").exit_code == 1


def test_quiet_shows_only_failing_diagnostics(drafts):
    (drafts / ".copydesk.yaml").write_text("rules:\n  punctuation-spacing: suggestion\n")
    (drafts / "drafts" / "lower.txt").write_text("the end.\n")
    result = cli("check", "--quiet", "drafts")
    assert result.exit_code == 1
    assert [line.split()[2] for line in result.stdout.splitlines() if ": " in line] == ["sentence-case"]
    assert "problem" not in result.stdout


# -- bad input ---------------------------------------------------------------------

def test_missing_path_is_an_input_error_and_other_files_are_still_checked(drafts):
    result = cli("check", "missing.md", "drafts/bad.md")
    assert result.exit_code == 2
    assert "drafts/bad.md:1:11" in result.stdout
    assert result.stderr.strip() == "copydesk: error: missing.md: no such file or folder"


def test_input_error_wins_even_under_fail_on_never(drafts):
    assert cli("check", "--fail-on", "never", "missing.md", "drafts/good.txt").exit_code == 2


def test_folder_without_drafts_warns_and_exits_0(drafts):
    (drafts / "empty").mkdir()
    (drafts / "empty" / "notes.pdf").write_bytes(b"%PDF")
    result = cli("check", "empty")
    assert result.exit_code == 0
    assert "copydesk: warning: empty: no drafts found" in result.stderr


def test_binary_file(drafts):
    (drafts / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    result = cli("check", "image.md", "drafts/bad.md")
    assert result.exit_code == 2
    assert "image.md: looks like a binary file" in result.stderr
    assert "drafts/bad.md:1:11" in result.stdout


def test_invalid_utf8_names_the_byte_offset(drafts):
    (drafts / "latin1.md").write_bytes("Café\nZürich".encode("latin-1"))
    result = cli("check", "--format", "json", "latin1.md")
    assert result.exit_code == 2
    assert "latin1.md: not valid UTF-8: byte 0xe9 at byte offset 3 (line 1, column 4)" in result.stderr
    (d,) = json.loads(result.stdout)["diagnostics"]
    assert (d["rule"], d["line"], d["column"], d["severity"]) == ("encoding", 1, 4, "error")


def test_empty_file(drafts):
    (drafts / "empty.md").write_text("")
    assert cli("check", "empty.md").exit_code == 0


def test_malformed_front_matter_is_reported_and_the_body_still_checked(drafts):
    (drafts / "fm.md").write_text("---\ntitle: [oops\n---\nthe body.\n")
    data = json.loads(cli("check", "--format", "json", "fm.md").stdout)
    assert [(d["rule"], d["severity"], d["line"]) for d in data["diagnostics"]] == [
        ("front-matter", "error", 2), ("sentence-case", "warning", 4)]


def test_five_megabyte_file(drafts):
    sentence = "The council met on day {}, and budget item {} passed after a long debate. "
    paragraphs = ("".join(sentence.format(i, j) for j in range(10)) + "\n\n" for i in range(7000))
    (drafts / "big.md").write_text("".join(paragraphs))
    assert (drafts / "big.md").stat().st_size > 5_000_000
    result = cli("check", "big.md")
    assert result.exit_code == 0, result.stdout[-300:]


def test_config_error_is_one_line(drafts):
    (drafts / ".copydesk.yaml").write_text("language: en-US\nexlude: [x]\n")
    result = cli("check", "drafts")
    assert result.exit_code == 2
    assert result.stderr == "copydesk: error: .copydesk.yaml:2: unknown key 'exlude' (did you mean 'exclude'?)\n"


def test_bad_as_of_is_a_usage_error(drafts):
    result = cli("check", "--as-of", "2025-02-30", "drafts")
    assert result.exit_code == 2
    assert "is not a date" in result.stderr


# -- other commands ----------------------------------------------------------------

def test_version():
    assert cli("--version").stdout.strip() == f"copydesk {__version__}"


def test_rules_lists_every_rule(drafts):
    lines = cli("rules").stdout.splitlines()
    assert lines[0].split() == ["RULE", "SEVERITY", "ON", "FIX", "SUMMARY"]
    ids = [line.split()[0] for line in lines[1:]]
    for rule in ("boilerplate", "encoding", "front-matter", "punctuation-spacing", "sentence-case",
                 "truncated-ending"):
        assert rule in ids
    (drafts / ".copydesk.yaml").write_text("rules:\n  boilerplate: off\n")
    row = next(line for line in cli("rules").stdout.splitlines() if line.startswith("boilerplate"))
    assert row.split()[1:3] == ["error", "no"]


def test_explain_prints_docs_and_runs_the_examples():
    result = cli("explain", "sentence-case")
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("sentence-case  (built-in; check kind 'sentence-case'")
    assert "Flagged:" in out and "Not flagged:" in out
    assert "-> 1:23 Sentence starts with a lowercase letter: \"the\"" in out
    result = cli("explain", "sentence-cse")
    assert result.exit_code == 2
    assert "did you mean 'sentence-case'?" in result.stderr


def test_help_teaches():
    out = cli("check", "--help").stdout
    for option in ("--format", "--fail-on", "--config", "--as-of", "--select", "--ignore", "--stdin-filename",
                   "--quiet", "Exit codes"):
        assert option in out


def test_console_script_runs_as_a_user_runs_it(tmp_path):
    script = Path(sys.executable).with_name("copydesk")
    assert script.exists(), "copydesk console script not installed in this environment"
    draft = tmp_path / "story.md"
    draft.write_text(BAD, encoding="utf-8")
    proc = subprocess.run([str(script), "check", "story.md"], cwd=tmp_path, capture_output=True, text=True,
                          env={**os.environ, "NO_COLOR": "1"})
    assert proc.returncode == 1
    assert proc.stdout.startswith("story.md:1:11: warning punctuation-spacing")
    assert proc.stderr == ""
