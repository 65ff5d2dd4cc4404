"""The declarative check kinds, through rules written as a newsroom would."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

import lint
from lint.cli import main


def rule_file(folder: Path, name: str, kind: str, body: str, extra: str = "") -> None:
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.yaml").write_text(
        f"id: {name}\nkind: {kind}\nseverity: warning\nsummary: A house rule.\n"
        "description: |\n  A house rule written for the tests, with enough words to count as docs.\n"
        + textwrap.dedent(body) + extra,
        encoding="utf-8",
    )


def run_rule(tmp_path: Path, name: str, text: str, language: str = "en-US"):
    config = {"rule_folders": [str(tmp_path / "styles")], "language": language}
    return [d for d in lint.check_text(text, config=config) if d.rule == name]


# -- existence ---------------------------------------------------------------------

EXISTENCE = """\
message: 'Avoid "{match}"'
scopes: [paragraph, heading]
parameters:
  tokens: [very unique, utilize, Kyiv Post]
  patterns: ['\\b(?:un)?(?:believ|imagin)able(?:ly)?\\b']
  exceptions: [utilize]
"""


def test_existence(tmp_path):
    rule_file(tmp_path / "styles", "house-words", "existence", EXISTENCE)
    text = "A Very Unique plan. An unbelievable plan. The very uniqueness of it. We utilize it. unique-ish."
    found = [text[d.offset:d.end_offset] for d in run_rule(tmp_path, "house-words", text)]
    assert found == ["Very Unique", "unbelievable"]
    # whole words only, and quotations are left alone
    assert run_rule(tmp_path, "house-words", "Survery unique. \u201cIt is very unique and unbelievable,\u201d she said.") == []


def test_existence_exact_case(tmp_path):
    rule_file(tmp_path / "styles", "names", "existence",
              "message: '{match}'\nscopes: [paragraph]\nparameters:\n  tokens: [Kiev]\n  ignore_case: false\n")
    assert [d.offset for d in run_rule(tmp_path, "names", "Kiev and kiev.")] == [0]


def test_runaway_pattern_is_stopped(tmp_path, monkeypatch):
    import lint.checks.phrases

    monkeypatch.setattr(lint.checks.phrases, "TIME_LIMIT", 0.2)
    rule_file(tmp_path / "styles", "runaway", "existence",
              "message: '{match}'\nscopes: [paragraph]\nparameters:\n  patterns: ['(a+)+b']\n")
    (tmp_path / ".copydesk.yaml").write_text("rule_folders: [styles]\n")
    for name in ("story.md", "second.md", "third.md"):
        (tmp_path / name).write_text("a" * 5000 + "!\n\nthe next paragraph.\n")
    result = CliRunner().invoke(main, ["check", str(tmp_path)])
    assert result.exit_code == 2
    assert "rule 'runaway' stopped for this run at " in result.stderr
    assert "pattern '(a+)+b' ran for more than 0.2 s; simplify the pattern" in result.stderr
    assert result.stderr.count("stopped") == 1  # once per run, not once per file
    for name in ("story.md", "second.md", "third.md"):  # the other rules still ran on every file
        assert f"{name}:3:1: warning sentence-case" in result.stdout


def test_bad_pattern_names_the_rule_file_and_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    rule_file(tmp_path / "styles", "broken", "existence",
              "message: '{match}'\nscopes: [paragraph]\nparameters:\n  patterns:\n    - 'ok'\n    - '(unclosed'\n")
    (tmp_path / ".copydesk.yaml").write_text("rule_folders: [styles]\n")
    (tmp_path / "story.md").write_text("Text.\n")
    result = CliRunner().invoke(main, ["check", "story.md"])
    assert result.exit_code == 2
    assert result.stderr.startswith("copydesk: error: styles/broken.yaml:12: rule 'broken': bad pattern '(unclosed'")


# -- substitution ------------------------------------------------------------------

SUBSTITUTION = """\
message: 'Use "{replacement}" instead of "{match}"'
scopes: [paragraph]
parameters:
  swap:
    in order to: to
    utilize: use
    towards: {use: toward, locale: en-US}
    "though,": {use: "however,", sentence_start: true}
    dialog: {use: dialogue, unless_next: '\\s+box'}
"""


def test_substitution_keeps_case_and_offers_a_fix(tmp_path):
    rule_file(tmp_path / "styles", "plain", "substitution", SUBSTITUTION)
    text = "In order to win, they UTILIZE all. Utilize it."
    found = run_rule(tmp_path, "plain", text)
    assert [(d.message, d.fix.edits[0].text) for d in found] == [
        ('Use "To" instead of "In order to"', "To"),
        ('Use "USE" instead of "UTILIZE"', "USE"),
        ('Use "Use" instead of "Utilize"', "Use"),
    ]


def test_substitution_options(tmp_path):
    rule_file(tmp_path / "styles", "plain", "substitution", SUBSTITUTION)
    text = "They moved towards a deal. Though, it failed. It failed, though, at last. A dialog box and a dialog."
    found = [text[d.offset:d.end_offset] for d in run_rule(tmp_path, "plain", text)]
    assert found == ["towards", "Though,", "dialog"]
    assert [d.offset for d in run_rule(tmp_path, "plain", text, language="en-GB")] == [
        text.index("Though,"), text.rindex("dialog")]


# -- consistency -------------------------------------------------------------------

CONSISTENCY = """\
message: '"{match}" ({uses}) and "{majority}" ({count})'
scopes: [paragraph]
parameters:
  sets:
    - [percent, per cent]
    - {variants: [U.S., US], case: exact}
"""


def test_consistency_reports_the_minority_once_with_a_fix_for_every_use(tmp_path):
    rule_file(tmp_path / "styles", "forms", "consistency", CONSISTENCY)
    text = "Up 3 per cent. Up 2 percent. Up 4 Percent. Down 1 per cent. The U.S. and US and us."
    found = run_rule(tmp_path, "forms", text)
    # ties: the form used first wins ("per cent", "U.S."); case-exact sets ignore "us"
    assert [d.message for d in found] == ['"percent" (twice) and "per cent" (twice)', '"US" (once) and "U.S." (once)']
    assert [(text[e.offset:e.end_offset], e.text) for e in found[0].fix.edits] == [
        ("percent", "per cent"), ("Percent", "Per cent")]


def test_consistency_majority_and_ties(tmp_path):
    rule_file(tmp_path / "styles", "forms", "consistency", CONSISTENCY)
    text = "Up 3 percent. Up 2 percent. Down 1 per cent."
    (d,) = run_rule(tmp_path, "forms", text)
    assert d.message == '"per cent" (once) and "percent" (twice)'
    assert [(e.offset, e.text) for e in d.fix.edits] == [(text.index("per cent"), "percent")]
    tie = "The U.S. said no. The US said yes."
    (d,) = run_rule(tmp_path, "forms", tie)
    assert tie[d.offset:d.end_offset] == "US"  # on a tie the form used first wins
    assert run_rule(tmp_path, "forms", "Up 3 percent, up 4 percent; tell us.") == []


# -- limit -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "measure, limit, text, count",
    [
        ("sentence-words", 5, "One two three four five six. One two three.", 1),
        ("paragraph-words", 5, "One two three.\n\nOne two three four five six seven.", 1),
        ("paragraph-sentences", 2, "One. Two. Three.\n\nOne. Two.", 1),
        ("share-passive", 40, "The plan was approved. The budget was cut. Officials met.", 1),
        ("share-passive", 70, "The plan was approved. The budget was cut. Officials met.", 0),
        ("share-hedged", 30, "Talks may resume. It could rain. They met.", 1),
    ],
)
def test_limit_measures(tmp_path, measure, limit, text, count):
    rule_file(tmp_path / "styles", "bounds", "limit",
              f"message: '{{value}} over {{max}}'\nscopes: [paragraph]\nparameters:\n  measure: {measure}\n  max: {limit}\n")
    assert len(run_rule(tmp_path, "bounds", text)) == count


# -- capitalization ----------------------------------------------------------------

def test_title_case(tmp_path):
    rule_file(tmp_path / "styles", "caps", "capitalization",
              "message: '{word} -> {expected}'\nscopes: [heading, field]\nparameters:\n  style: title\n")
    text = "---\ntitle: the talks Of Geneva\n---\n# Kremlin outlines Its plan For the talks: a Look at NATO and iPhone in 2025\n"
    found = [d.message for d in run_rule(tmp_path, "caps", text)]
    assert found == ["the -> The", "talks -> Talks", "Of -> of", "outlines -> Outlines", "plan -> Plan",
                     "For -> for", "talks -> Talks", "a -> A"]


def test_sentence_case_headings_leave_unknown_names_alone(tmp_path):
    rule_file(tmp_path / "styles", "caps", "capitalization",
              "message: '{word} -> {expected}'\nscopes: [heading]\nparameters:\n  style: sentence\n")
    text = "# Putin-Trump Meeting: Kremlin Outlines Expectations\n\nThe meeting was held. The Kremlin spoke.\n"
    assert [d.message for d in run_rule(tmp_path, "caps", text)] == ["Meeting -> meeting"]


# -- rule files --------------------------------------------------------------------

def test_locale_of_a_rule(tmp_path):
    rule_file(tmp_path / "styles", "us-only", "existence",
              "message: '{match}'\nscopes: [paragraph]\nlocale: en-GB\nparameters:\n  tokens: [color]\n")
    assert run_rule(tmp_path, "us-only", "A color.", language="en-US") == []
    assert len(run_rule(tmp_path, "us-only", "A color.", language="en-GB")) == 1


def test_a_freed_config_never_lends_its_rules_to_a_new_one(tmp_path):
    # A new config can be made at the address of one just freed; its rules
    # must still be its own (they were looked up by id() alone, and an en-GB
    # config got the en-US rule set now and then).
    import gc

    from lint.config import from_mapping

    rule_file(tmp_path / "styles", "us-only", "existence",
              "message: '{match}'\nscopes: [paragraph]\nlocale: en-GB\nparameters:\n  tokens: [color]\n")
    wrong = []
    for i in range(200):
        language = ("en-US", "en-GB")[i % 2]
        config = from_mapping({"rule_folders": [str(tmp_path / "styles")], "language": language})
        found = [d for d in lint.check_text("A color.", config=config) if d.rule == "us-only"]
        if len(found) != (language == "en-GB"):
            wrong.append(i)
        del config
        gc.collect()
    assert wrong == []


def test_rules_that_are_off_are_not_parsed():
    from lint.config import Config
    from lint.engine import Engine

    config = Config()
    Engine().check("Text.", format="markdown", config=config)
    parsed = set(config.rulebook._specs)
    assert "sentence-case" in parsed
    assert not parsed & {"heading-case", "sentence-length", "passive-voice"}
