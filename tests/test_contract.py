"""The contract every check kind declares, enforced once for all kinds: parameter
schemas and message fields checked when a rule loads, user patterns under a time
limit, and a run that tells a crash (exit 3) from findings (exit 1)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import lint
from lint.checks import KINDS
from lint.cli import main
from lint.config import from_mapping


def _house_rule(folder, text: str) -> None:
    (folder / "styles").mkdir()
    (folder / "styles" / "house.yaml").write_text(
        "id: house\nkind: existence\nseverity: warning\nsummary: Words we avoid.\ndescription: Words we avoid.\n"
        + text, encoding="utf-8")
    (folder / ".copydesk.yaml").write_text("rule_folders: [styles]\n", encoding="utf-8")
    (folder / "story.md").write_text("We utilize the budget.\n", encoding="utf-8")


def _check(folder, *args: str, monkeypatch=None):
    if monkeypatch is not None:
        monkeypatch.chdir(folder)
    return CliRunner().invoke(main, ["check", *args])


@pytest.mark.parametrize("rule_text, error", [
    ("message: 'Avoid {matchh}'\nparameters: {tokens: [utilize]}\n",
     "styles/house.yaml:6: message placeholder '{matchh}' is not filled by kind 'existence' (did you mean 'match'?)"),
    ("message: 'Avoid {0}'\nparameters: {tokens: [utilize]}\n",
     "styles/house.yaml:6: message placeholder '{0}' must be named"),
    ("message: 'Avoid {'\nparameters: {tokens: [utilize]}\n",
     "styles/house.yaml:6: message is not a valid template"),
    ("message: 'Avoid {match!r}'\nparameters: {tokens: [utilize]}\n",
     "styles/house.yaml:6: message placeholder '{match}' takes no format or conversion"),
    ("message: 'Avoid {match}'\nparameters:\n  tokens: utilize\n",
     "styles/house.yaml:8: rule 'house': 'tokens' must be a list of texts, not 'utilize'"),
    ("message: 'Avoid {match}'\nparameters:\n  tokenz: [utilize]\n",
     "styles/house.yaml:8: rule 'house': unknown parameter 'tokenz' (did you mean 'tokens'?)"),
    ("message: 'Avoid {match}'\nparameters:\n  ignore_case: sometimes\n",
     "styles/house.yaml:8: rule 'house': 'ignore_case' must be true or false, not 'sometimes'"),
    ("message: 'Avoid {match}'\nscopes: [[1]]\n", "styles/house.yaml:7: unknown scope [1]"),
])
def test_a_rule_file_the_kind_cannot_run_is_a_config_error(tmp_path, monkeypatch, rule_text, error):
    _house_rule(tmp_path, rule_text)
    result = _check(tmp_path, "story.md", monkeypatch=monkeypatch)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"copydesk: error: {error}")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_a_sound_house_rule_runs(tmp_path, monkeypatch):
    _house_rule(tmp_path, "message: 'Avoid {match}'\nparameters: {tokens: [utilize]}\n")
    result = _check(tmp_path, "story.md", monkeypatch=monkeypatch)
    assert result.exit_code == 1 and "warning house Avoid utilize" in result.stdout


@pytest.mark.parametrize("config, error", [
    ("rules:\n  truncated-ending: {min_words: six}\n",
     ".copydesk.yaml:2: rule 'truncated-ending': 'min_words' must be a whole number, not 'six'"),
    ("rules:\n  truncated-ending: {min_words: 0}\n",
     ".copydesk.yaml:2: rule 'truncated-ending': 'min_words' must be at least 1, not 0"),
    ("rules:\n  unsourced-quote: {justified_anonymous: maybe}\n",
     ".copydesk.yaml:2: rule 'unsourced-quote': 'justified_anonymous' must be one of off, suggestion"),
    ("grammar:\n  server: 5\n", ".copydesk.yaml:2: rule 'grammar': 'server' must be a text, not 5"),
    ("grammar:\n  severity: {TYPOS: bogus}\n", "rule 'grammar': 'categories': TYPOS must be one of error"),
    ("rules:\n  boilerplate:\n    contains: ['(unclosed']\n", ".copydesk.yaml:3: rule 'boilerplate': bad pattern"),
])
def test_ill_typed_options_in_a_config_are_config_errors(tmp_path, monkeypatch, config, error):
    (tmp_path / ".copydesk.yaml").write_text(config, encoding="utf-8")
    (tmp_path / "story.md").write_text("The council met.\n", encoding="utf-8")
    result = _check(tmp_path, "story.md", monkeypatch=monkeypatch)
    assert result.exit_code == 2
    assert error in result.stderr and "Traceback" not in result.stderr


# Runaway patterns, one in a user list of each kind that takes patterns. "(a|aa)+b"
# backtracks exponentially on a run of a's with no b.
RUNAWAY = "(a|aa)+b"
RUNAWAY_RULES = {
    "boilerplate": "rules:\n  boilerplate:\n    lines: ['.*" + RUNAWAY + "']\n",  # whole-paragraph patterns
    "spun-phrase": "rules:\n  spun-phrase:\n    swap: {big: {use: large, unless_next: '\\s*" + RUNAWAY + "'}}\n",
}


@pytest.mark.parametrize("rule", sorted(RUNAWAY_RULES))
def test_a_runaway_pattern_stops_its_rule_once_per_run(tmp_path, monkeypatch, rule):
    import lint.checks.phrases

    monkeypatch.setattr(lint.checks.phrases, "TIME_LIMIT", 0.2)
    (tmp_path / ".copydesk.yaml").write_text(RUNAWAY_RULES[rule], encoding="utf-8")
    line = "The big " + "a" * 40 + " plan, officials said. \u201cIt is a fine plan for the town,\u201d he said."
    for name in ("one.md", "two.md", "three.md"):
        (tmp_path / name).write_text(f"{line}\n\nthe vote was close.\n", encoding="utf-8")
    result = _check(tmp_path, ".", monkeypatch=monkeypatch)
    assert result.exit_code == 2
    assert result.stderr.count("stopped for this run") == 1, result.stderr
    assert f"rule '{rule}' stopped for this run" in result.stderr
    assert result.stdout.count("sentence-case") == 3  # the other rules went on, on every file


def test_a_newsroom_lexicon_is_literal_words_so_it_cannot_run_away():
    from lint.checks.attribution import lexicon

    lex = lexicon({"reporting_verbs": {"extend": [RUNAWAY]}, "group_nouns": {"extend": ["Pundits"]}})
    assert lex.reporting_verbs[-1] == "\\(a\\|aa\\)\\+b" and "pundits" in lex.group_nouns
    found = lint.check_text("Pundits reckon the plan will fail.",
                            config={"rules": {"vague-attribution": {"lexicon": {"group_nouns": {"extend": ["pundits"]}}}}})
    assert [d.rule for d in found] == ["vague-attribution"]


def test_equal_lexicons_are_one_object_so_a_draft_is_analysed_once():
    from lint.checks.attribution import lexicon
    from lint.formats import parse

    extended = {"group_nouns": {"extend": ["kibitzers"]}}
    assert lexicon(None) is lexicon({}) and lexicon(extended) is lexicon(extended)
    assert lexicon(extended) is not lexicon(None) and lexicon(extended) != lexicon(None)
    doc = parse("Analysts said the plan would fail.", "markdown", None)
    assert doc.sourcing(lexicon(None)) is doc.sourcing(lexicon({}))


def test_the_top_level_grammar_key_is_the_grammar_rule_setting():
    alias = from_mapping({"grammar": {"enabled": True, "server": "http://lt:8010", "severity": {"TYPOS": "error"}}})
    rule = from_mapping({"rules": {"grammar": {"severity": "warning", "server": "http://lt:8010",
                                               "categories": {"TYPOS": "error"}}}})
    assert alias.rules["grammar"] == rule.rules["grammar"]
    assert from_mapping({"grammar": {"enabled": False}}).rules["grammar"].severity == "off"


def test_every_kind_declares_itself():
    for name, kind in KINDS.items():
        assert kind.name == name
        assert kind.fields, f"kind '{name}' declares no message field"
        assert kind.validate({}).keys() == kind.params.keys()


def test_an_internal_error_exits_3_and_says_it_is_a_bug(tmp_path, monkeypatch):
    def broken(doc, rule, ctx):
        raise ZeroDivisionError("division by zero")
        yield

    monkeypatch.setitem(KINDS, "sentence-case", KINDS["sentence-case"]._replace(check=broken))
    (tmp_path / "story.md").write_text("The council met.\n", encoding="utf-8")
    result = _check(tmp_path, "story.md", monkeypatch=monkeypatch)
    assert result.exit_code == 3
    assert "internal error, a bug in copydesk" in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1
    verbose = CliRunner().invoke(main, ["check", "--verbose", "story.md"])
    assert verbose.exit_code == 3 and "Traceback" in verbose.stderr


def test_ctrl_c_exits_130_with_nothing_half_written(tmp_path, monkeypatch):
    def interrupted(doc, rule, ctx):
        raise KeyboardInterrupt
        yield

    monkeypatch.setitem(KINDS, "sentence-case", KINDS["sentence-case"]._replace(check=interrupted))
    (tmp_path / "story.md").write_text("The council met.\n", encoding="utf-8")
    result = _check(tmp_path, "story.md", "--format", "json", monkeypatch=monkeypatch)
    assert result.exit_code == 130
    assert result.stdout == "" and result.stderr == "copydesk: interrupted\n"


def test_library_users_get_the_same_checks():
    found = lint.check_text("the vote was close.\n")
    assert [d.rule for d in found] == ["sentence-case"]
