"""`.copydesk.yaml`: discovery, validation messages, overrides, exclude, vocabulary
and the newsroom's own rule folders."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import lint
from lint.cli import main
from lint.globs import Glob

LOWER = "the talks ended.\n"


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def rules_in(result) -> list[tuple[str, str, str]]:
    return [(d["path"], d["rule"], d["severity"]) for d in json.loads(result.stdout)["diagnostics"]]


@pytest.fixture
def newsroom(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for folder in ("news", "news/opinion", "archive", "desk"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.md").write_text(LOWER)
    return tmp_path


def test_nearest_config_applies_without_merging(newsroom):
    (newsroom / ".copydesk.yaml").write_text("rules:\n  sentence-case: error\n")
    (newsroom / "desk" / ".copydesk.yaml").write_text("rules:\n  punctuation-spacing: off\n")
    found = rules_in(run("check", "--format", "json", "."))
    assert ("desk/story.md", "sentence-case", "warning") in found  # desk's config: default severity
    assert ("news/story.md", "sentence-case", "error") in found


def test_explicit_config_replaces_discovery(newsroom):
    (newsroom / ".copydesk.yaml").write_text("rules:\n  sentence-case: off\n")
    (newsroom / "other.yaml").write_text("rules:\n  sentence-case: suggestion\n")
    found = rules_in(run("check", "--format", "json", "--config", "other.yaml", "news/story.md"))
    assert found == [("news/story.md", "sentence-case", "suggestion")]
    result = run("check", "--config", "missing.yaml", "news")
    assert result.exit_code == 2


def test_exclude_and_overrides_are_relative_to_the_config(newsroom):
    (newsroom / ".copydesk.yaml").write_text(
        "exclude: ['archive/**']\n"
        "rules:\n  sentence-case: error\n"
        "overrides:\n"
        "  - files: ['news/opinion/**']\n    rules: {sentence-case: off}\n"
        "  - files: ['news/opinion/*.md']\n    rules: {sentence-case: suggestion}\n"
    )
    found = rules_in(run("check", "--format", "json", "."))
    assert ("archive/story.md", "sentence-case", "error") not in found
    assert ("news/opinion/story.md", "sentence-case", "suggestion") in found  # later entries win
    assert ("news/story.md", "sentence-case", "error") in found
    # run from a subfolder: paths in the config still mean the same files
    import os

    os.chdir(newsroom / "news")
    found = rules_in(run("check", "--format", "json", "."))
    assert ("opinion/story.md", "sentence-case", "suggestion") in found


@pytest.mark.parametrize(
    "config, message",
    [
        ("exlude: [x]\n", ".copydesk.yaml:1: unknown key 'exlude' (did you mean 'exclude'?)"),
        ("rules:\n  sentence-cse: off\n", ".copydesk.yaml:2: unknown rule 'sentence-cse' (did you mean 'sentence-case'?)"),
        ("rules:\n  sentence-case: warn\n", ".copydesk.yaml:2: 'warn' is not a level; use one of off, error, warning, suggestion (did you mean 'warning'?)"),
        ("rules:\n  truncated-ending:\n    min_word: 3\n",
         ".copydesk.yaml:3: rule 'truncated-ending' has no option 'min_word' (did you mean 'min_words'?) (options: min_words)"),
        ("language: en-AU\n", ".copydesk.yaml:1: language must be one of en-US, en-GB, not 'en-AU'"),
        ("as_of: soon\n", ".copydesk.yaml:1: as_of must be a date such as 2025-03-01"),
        ("overrides:\n  - fils: [x]\n    rules: {}\n", ".copydesk.yaml:2: unknown key 'fils' (did you mean 'files'?); each override needs 'files' (globs) and 'rules'"),
        ("vocabulary:\n  accept_file: terms.txt\n", ".copydesk.yaml:2: cannot read vocabulary file terms.txt: No such file or directory"),
        ("rule_folders: [styles]\n", ".copydesk.yaml:1: rule folder not found: styles"),
        ("rules: [\n", ".copydesk.yaml:2: invalid YAML: did not find expected node content"),
        ("rules:\n  a: 1\nrules:\n  b: 2\n", ".copydesk.yaml:3: duplicate key 'rules'"),
        ("- a\n- b\n", ".copydesk.yaml:1: the config must be a mapping of keys such as rules, exclude, vocabulary"),
        # A structure a rule checks itself is checked with the config, at the line that wrote it.
        ("rules:\n  vague-attribution:\n    lexicon:\n      actorz: [x]\n",
         ".copydesk.yaml:4: rule 'vague-attribution': unknown lexicon list 'actorz' (did you mean 'actors'?) (lists: "
         "reporting_verbs, characterising_verbs, impersonal, reasons, not_speech, group_nouns, not_groups, actors, "
         "parties, person_nouns, source_nouns, inanimate, claim_verbs, titled, evidence, group_suffixes, "
         "not_group_suffixes)"),
        ("rules:\n  unsourced-quote:\n    lexicon: {group_nouns: 5}\n",
         ".copydesk.yaml:3: rule 'unsourced-quote': lexicon 'group_nouns' takes a list, or {extend: [...]}"),
        ("rules:\n  word-choice:\n    swap:\n      irregardless: 5\n",
         ".copydesk.yaml:4: rule 'word-choice': 'irregardless' must map to a replacement or {use: ...}"),
        ("rules:\n  spelling-consistency:\n    sets:\n      - [dialog]\n",
         ".copydesk.yaml:4: rule 'spelling-consistency': each set needs two or more variants"),
        ("rules:\n  vague-attribution:\n    lexicon: [pundits]\n",
         ".copydesk.yaml:3: rule 'vague-attribution': 'lexicon' takes a mapping of lists: "
         "{group_nouns: {extend: [pundits]}}"),
    ],
)
def test_config_errors_name_file_line_and_closest(newsroom, config, message):
    (newsroom / ".copydesk.yaml").write_text(config)
    result = run("check", "news")
    assert result.exit_code == 2
    assert result.stderr == f"copydesk: error: {message}\n"


def test_vocabulary_file(newsroom):
    (newsroom / "terms.txt").write_text("# newsroom terms\nadidas\n\nbell\n")
    (newsroom / ".copydesk.yaml").write_text("vocabulary:\n  accept: [x]\n  accept_file: terms.txt\n")
    (newsroom / "news" / "brands.md").write_text("adidas rose. bell hooks wrote.\n")
    assert rules_in(run("check", "--format", "json", "news/brands.md")) == []


def test_empty_config_file_means_defaults(newsroom):
    (newsroom / ".copydesk.yaml").write_text("# nothing yet\n")
    assert run("check", "news/story.md").exit_code == 1


def test_as_of_from_config_is_validated_as_a_date():
    from lint.config import from_mapping

    assert str(from_mapping({"as_of": "2025-03-01"}).as_of) == "2025-03-01"


@pytest.mark.parametrize(
    "glob, path, matches",
    [
        ("archive/**", "archive/2019/a.md", True),
        ("archive/**", "news/archive/a.md", False),
        ("*.txt", "deep/folder/a.txt", True),
        ("news/*.md", "news/opinion/a.md", False),
        ("news/**/*.md", "news/a.md", True),
        ("archive/", "archive/a.md", True),
        ("./drafts/*.md", "drafts/a.md", True),
    ],
)
def test_globs(glob, path, matches):
    assert Glob(glob).fullmatch(path) is matches


# -- the newsroom's own rules -------------------------------------------------------

CMS_RULE = """\
id: cms-residue
kind: boilerplate
severity: warning
summary: Residue of our CMS.
message: 'CMS residue: "{first}"{more}'
scopes: [boilerplate]
parameters:
  starts: ['powered by examplecms']
description: |
  Lines our CMS leaves at the bottom of exported stories, which the built-in
  boilerplate rule does not know about.
examples:
  bad: ["Story text.\\n\\nPowered by ExampleCMS 4.2\\n"]
  good: ["Powered by volunteers, the shelter stayed open through the night, officials said.\\n"]
"""


def test_rule_folder_adds_rules(newsroom):
    (newsroom / "styles").mkdir()
    (newsroom / "styles" / "cms-residue.yaml").write_text(CMS_RULE)
    (newsroom / ".copydesk.yaml").write_text("rule_folders: [styles]\n")
    (newsroom / "news" / "cms.md").write_text("The story ends here.\n\nPowered by ExampleCMS 4.2\n")
    found = rules_in(run("check", "--format", "json", "news/cms.md"))
    assert found == [("news/cms.md", "cms-residue", "warning")]
    assert "cms-residue" in run("rules").stdout
    assert "Lines our CMS leaves" in run("explain", "cms-residue").stdout


def test_rule_folder_may_not_reuse_a_builtin_id_silently(newsroom):
    (newsroom / "styles").mkdir()
    (newsroom / "styles" / "boilerplate.yaml").write_text(CMS_RULE.replace("cms-residue", "boilerplate"))
    (newsroom / ".copydesk.yaml").write_text("rule_folders: [styles]\n")
    result = run("check", "news")
    assert result.exit_code == 2
    assert "rule 'boilerplate' is already a built-in rule" in result.stderr
    (newsroom / "styles" / "boilerplate.yaml").write_text(
        CMS_RULE.replace("cms-residue", "boilerplate") + "replaces: true\n")
    (newsroom / "news" / "cms.md").write_text("The story ends here.\n\nPowered by ExampleCMS 4.2\n\nLeave a comment\n")
    found = rules_in(run("check", "--format", "json", "news/cms.md"))
    assert found == [("news/cms.md", "boilerplate", "warning")]


@pytest.mark.parametrize(
    "change, message",
    [
        (("kind: boilerplate", "kind: boilerplat"), "cms-residue.yaml:2: unknown kind 'boilerplat' (did you mean 'boilerplate'?)"),
        (("severity: warning", "severity: high"), "cms-residue.yaml:3: severity must be one of error, warning, suggestion"),
        (("id: cms-residue", "id: cms_residue"), "cms-residue.yaml:1: rule id 'cms_residue' must be kebab-case"),
        (("summary:", "sumary:"), "cms-residue.yaml:4: unknown key 'sumary' (did you mean 'summary'?)"),
        (("['powered by examplecms']", "['powered (by']"), "cms-residue.yaml:8: rule 'cms-residue': bad pattern 'powered (by'"),
        (("scopes: [boilerplate]", "scopes: [bodytext]"), "cms-residue.yaml:6: unknown scope 'bodytext'"),
    ],
)
def test_bad_rule_files_are_config_errors_naming_the_file(newsroom, change, message):
    (newsroom / "styles").mkdir()
    (newsroom / "styles" / "cms-residue.yaml").write_text(CMS_RULE.replace(*change))
    (newsroom / ".copydesk.yaml").write_text("rule_folders: [styles]\n")
    result = run("check", "news")
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stderr.count("\n") == 1


def test_library_api_accepts_a_mapping_config():
    diagnostics = lint.check_text(LOWER, config={"rules": {"sentence-case": "error"}})
    assert [(d.rule, d.severity) for d in diagnostics] == [("sentence-case", "error")]
    with pytest.raises(ValueError):
        lint.check_text(LOWER, format="docx")


def _glob_as_regex(glob: str) -> re.Pattern[str]:
    """The regex reading of a glob that `Glob` replaced (exponential on hostile
    globs), kept here as the reference its answers must agree with."""
    glob = glob.strip().removeprefix("./")
    out, i = [], 0
    while i < len(glob):
        if glob.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif glob.startswith("**", i):
            out.append(".*")
            i += 2
        else:
            c = glob[i]
            out.append("[^/]*" if c == "*" else "[^/]" if c == "?" else re.escape(c))
            i += 1
    pattern = "".join(out) + (".*" if glob.endswith("/") else "")
    if "/" not in glob.rstrip("/"):
        pattern = "(?:.*/)?" + pattern
    return re.compile(pattern + "(?:/.*)?")


@settings(max_examples=400, deadline=None)
@given(glob=st.text(alphabet="ab*?/.", min_size=1, max_size=8), path=st.text(alphabet="ab/.", max_size=10))
def test_glob_agrees_with_the_regex_reading(glob, path):
    assert Glob(glob).fullmatch(path) is bool(_glob_as_regex(glob).fullmatch(path))


def test_hostile_glob_takes_linear_time():
    # As a regex this runs for minutes on a 40-character name; the automaton answers at once.
    glob = Glob("*a*a*a*a*a*a*a*a*a*a*a*a*b")
    assert glob.fullmatch("a" * 4000) is False
    assert glob.fullmatch("a" * 40 + "b") is True
