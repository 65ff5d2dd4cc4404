"""CI outputs, thresholds, suppressions, baselines and HTML drafts, through the real CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import lint
from conftest import cli

BAD = "the talks ended.Both sides left,quickly.\n"


@pytest.fixture
def repo(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()  # the repository root for SARIF and Code Climate paths
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "bad.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "news" / "good.md").write_text("The talks ended. Both sides left.\n", encoding="utf-8")
    return tmp_path


# -- SARIF ---------------------------------------------------------------------------

def test_sarif_has_the_structure_code_scanning_needs(repo):
    result = cli("check", "--format", "sarif", "news")
    assert result.exit_code == 1
    sarif = json.loads(result.stdout)
    assert sarif["version"] == "2.1.0" and sarif["$schema"].endswith("sarif-2.1.0.json")
    (run_,) = sarif["runs"]
    assert run_["columnKind"] == "unicodeCodePoints"
    driver = run_["tool"]["driver"]
    assert driver["name"] == "copydesk" and driver["version"] == lint.__version__
    rules = {r["id"]: r for r in driver["rules"]}
    assert set(rules) == {"sentence-case", "punctuation-spacing"}
    for rule in rules.values():
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"] and rule["help"]["text"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
    results = run_["results"]
    assert len(results) == 3
    for r in results:
        assert r["ruleId"] in rules and driver["rules"][r["ruleIndex"]]["id"] == r["ruleId"]
        assert r["level"] == "warning" and r["message"]["text"]
        location = r["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == "news/bad.md"
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        region = location["region"]
        assert {"startLine", "startColumn", "endLine", "endColumn"} <= set(region)
        assert region["startLine"] == 1 and region["endColumn"] > region["startColumn"]
        assert len(r["partialFingerprints"]["copydeskFingerprint/v1"]) == 32
    assert run_["originalUriBaseIds"]["%SRCROOT%"]["uri"].startswith("file://")


def test_sarif_fingerprints_survive_lines_moving(repo):
    def prints():
        out = json.loads(cli("check", "--format", "sarif", "news/bad.md").stdout)
        return sorted(r["partialFingerprints"]["copydeskFingerprint/v1"] for r in out["runs"][0]["results"])

    before = prints()
    (repo / "news" / "bad.md").write_text("A new first paragraph.\n\n" + BAD, encoding="utf-8")
    assert prints() == before


# -- GitHub, JUnit, Code Climate -------------------------------------------------------

def test_github_annotations_are_escaped(repo):
    (repo / "news" / "odd, name.md").write_text("the end: 100% sure,yes\n", encoding="utf-8")
    lines = cli("check", "--format", "github", "news/odd, name.md").stdout.splitlines()
    assert lines[0] == ("::warning file=news/odd%2C name.md,line=1,col=1,endLine=1,endColumn=4,"
                        "title=sentence-case::Sentence starts with a lowercase letter: \"the\"")
    assert lines[1].startswith("::warning file=news/odd%2C name.md,line=1,col=")
    assert "title=punctuation-spacing::Missing space" in lines[1]
    from lint.reporters.github_report import _data, _property

    assert _data("50% done\nnext") == "50%25 done%0Anext"
    assert _property("a:b,c") == "a%3Ab%2Cc"


def test_junit_has_one_test_case_per_file(repo):
    import xml.etree.ElementTree as ET

    result = cli("check", "--format", "junit", "news")
    root = ET.fromstring(result.stdout)
    cases = root.findall(".//testcase")
    assert sorted(c.get("name") for c in cases) == ["news/bad.md", "news/good.md"]
    failed = [c.get("name") for c in cases if c.find("failure") is not None]
    assert failed == ["news/bad.md"]
    assert root.find("testsuite").get("failures") == "1"


def test_codeclimate(repo):
    issues = json.loads(cli("check", "--format", "codeclimate", "news").stdout)
    assert len(issues) == 3
    for issue in issues:
        assert issue["type"] == "issue" and issue["severity"] == "minor"
        assert issue["location"]["path"] == "news/bad.md"
        assert issue["location"]["positions"]["begin"]["line"] == 1
        assert len(issue["fingerprint"]) == 32
    assert len({i["fingerprint"] for i in issues}) == 3


# -- thresholds and statistics ---------------------------------------------------------

def test_max_warnings(repo):
    assert cli("check", "--fail-on", "error", "news").exit_code == 0
    result = cli("check", "--fail-on", "error", "--max-warnings", "2", "news")
    assert result.exit_code == 1
    assert "copydesk: 3 warnings, more than --max-warnings 2" in result.stderr
    assert cli("check", "--fail-on", "error", "--max-warnings", "3", "news").exit_code == 0


def test_statistics(repo):
    result = cli("check", "--statistics", "news")
    assert result.stdout.splitlines()[-3:] == [
        "Statistics (findings per rule):",
        "     2  punctuation-spacing      warning",
        "     1  sentence-case            warning",
    ]
    result = cli("check", "--statistics", "--format", "json", "news")
    json.loads(result.stdout)  # machine output stays clean; the table goes to stderr
    assert "Statistics (findings per rule):" in result.stderr


# -- suppressions ------------------------------------------------------------------------

def findings(text: str, format: str = "markdown", **config):
    return [(d.rule, d.line) for d in lint.check_text(text, format=format, config=config or None)]


def test_inline_suppressions_in_markdown():
    text = (
        "<!-- copydesk-disable-next-line sentence-case -->\n"
        "the first line.\n"
        "\n"
        "<!-- copydesk-disable punctuation-spacing, sentence-case -->\n"
        "the second,line.\n"
        "<!-- copydesk-enable -->\n"
        "\n"
        "the third,line.\n"
    )
    assert findings(text) == [("sentence-case", 8), ("punctuation-spacing", 8)]


def test_enable_one_rule_at_a_time():
    text = ("<!-- copydesk-disable punctuation-spacing,sentence-case -->\nthe a,b.\n"
            "<!-- copydesk-enable sentence-case -->\nthe c,d.\n")
    assert findings(text) == [("sentence-case", 4)]


def test_disable_file_and_plain_text_directives():
    assert findings("<!-- copydesk-disable-file -->\nthe a,b.\n") == []
    assert findings("<!-- copydesk-disable-file sentence-case -->\nthe a,b.\n") == [("punctuation-spacing", 2)]
    text = "copydesk-disable-next-line sentence-case\nthe first line.\n\nthe second line.\n"
    assert findings(text, format="text") == [("sentence-case", 4)]


def test_unknown_and_unused_suppressions():
    text = "<!-- copydesk-disable-next-line sentense-case -->\nthe end.\n\n<!-- copydesk-disable dateline -->\nOk.\n"
    found = lint.check_text(text)
    assert [(d.rule, d.line) for d in found] == [("invalid-suppression", 1), ("sentence-case", 2)]
    assert found[0].message == ("unknown rule 'sentense-case' in copydesk-disable-next-line "
                                "(did you mean 'sentence-case'?)")
    unused = lint.check_text(text, config={"rules": {"unused-suppression": "warning"}})
    assert [(d.rule, d.line) for d in unused if d.rule == "unused-suppression"] == [
        ("unused-suppression", 1), ("unused-suppression", 4)]


def test_front_matter_disables_rules_for_one_article():
    text = "---\ncopydesk: {disable: [sentence-case, sentense]}\n---\nthe a,b.\n"
    assert findings(text) == [("invalid-suppression", 1), ("punctuation-spacing", 4)]


# -- baselines -------------------------------------------------------------------------

def test_baseline_reports_only_new_findings_after_edits_elsewhere(repo):
    result = cli("check", "--write-baseline", "baseline.json", "news")
    assert result.exit_code == 0 and result.stdout == ""  # a CI step that records a baseline succeeds
    assert "recorded 3 findings in the baseline baseline.json" in result.stderr
    assert cli("check", "--baseline", "baseline.json", "news").exit_code == 0
    # edit elsewhere: lines move, old findings stay known; a new one is reported
    (repo / "news" / "bad.md").write_text("An intro line.\n\nAnother,one.\n\n" + BAD, encoding="utf-8")
    result = cli("check", "--baseline", "baseline.json", "--format", "json", "news")
    data = json.loads(result.stdout)
    assert [(d["rule"], d["line"]) for d in data["diagnostics"]] == [("punctuation-spacing", 3)]
    assert result.exit_code == 1


def test_a_baseline_works_from_any_folder(tmp_path, monkeypatch):
    # No git: paths are taken from the baseline's own folder, wherever the run starts.
    (tmp_path / "desk" / "news").mkdir(parents=True)
    (tmp_path / "desk" / "news" / "bad.md").write_text(BAD, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "desk")
    assert cli("check", "--write-baseline", "baseline.json", "news").exit_code == 0
    monkeypatch.chdir(tmp_path)
    result = cli("check", "--baseline", "desk/baseline.json", "desk/news")
    assert result.exit_code == 0, result.stdout
    assert "3 known finding(s) in the baseline not shown" in result.stderr
    monkeypatch.chdir(tmp_path / "desk" / "news")
    assert cli("check", "--baseline", "../baseline.json", "bad.md").exit_code == 0


def test_a_baseline_still_matches_when_a_span_moves(repo):
    from lint.diagnostics import Diagnostic
    from lint.run.baseline import read, write

    def found(start, end):
        text = "Officials said the harbour deal would be reviewed soon, people familiar said."
        return [Diagnostic("news/bad.md", 1, start + 1, 1, end + 1, start, end, "vague-attribution", "warning",
                           "x", source=(text, start, end))]

    write(repo / "baseline.json", found(10, 14))  # an older copydesk flagged "said"
    baseline = read(repo / "baseline.json")
    assert baseline.new_only(found(0, 14)) == []  # a newer one flags "Officials said": the same defect
    assert len(baseline.new_only(found(0, 14) + found(0, 14))) == 1  # each entry excuses one finding
    assert baseline.new_only(found(40, 55))  # elsewhere in the sentence: new


def test_bad_baseline_is_an_input_error(repo):
    (repo / "baseline.json").write_text("{not json")
    result = cli("check", "--baseline", "baseline.json", "news")
    assert result.exit_code == 2 and "is not valid" in result.stderr
    assert cli("check", "--baseline", "missing.json", "news").exit_code == 2


# -- HTML drafts -----------------------------------------------------------------------

ARTICLE_MD = """\
# Talks Resume in Geneva

GENEVA \u2014 The talks resumed on Monday.Both sides said they would meet again. the agenda,the venue and a essential condition remain open.

\u201cThe gap is narrower than it looks,\u201d notes a political commentator.

Trump\u2019s envoy said the meeting was useful, Reports suggest.
"""

ARTICLE_HTML = """\
<!DOCTYPE html>
<html><head><meta charset="utf-8"><script>var a = "x,y";</script></head>
<body>
<nav>Home &raquo; News</nav>
<h1>Talks Resume in Geneva</h1>
<p>GENEVA &mdash; The talks resumed on <em>Monday</em>.Both sides said they would meet again. the agenda,the venue and a essential condition remain open.</p>
<p>&ldquo;The gap is narrower than it looks,&rdquo; notes a political commentator.</p>
<p>Trump&rsquo;s envoy said the meeting was useful, Reports suggest.</p>
<footer>Leave a Comment</footer>
</body></html>
"""


def test_html_and_markdown_give_the_same_findings():
    md = sorted((d.rule, d.message) for d in lint.check_text(ARTICLE_MD, format="markdown"))
    html = sorted((d.rule, d.message) for d in lint.check_text(ARTICLE_HTML, format="html"))
    assert md == html
    assert {r for r, _ in md} >= {"punctuation-spacing", "sentence-case", "indefinite-article", "unsourced-quote",
                                  "vague-attribution", "spun-phrase"}


def test_html_offsets_point_into_the_source():
    for d in lint.check_text(ARTICLE_HTML, format="html"):
        flagged = ARTICLE_HTML[d.offset:d.end_offset]
        line = ARTICLE_HTML.split("\n")[d.line - 1]
        assert line[d.column - 1:].startswith(flagged.split("\n")[0])
    quote = next(d for d in lint.check_text(ARTICLE_HTML, format="html") if d.rule == "unsourced-quote")
    assert ARTICLE_HTML[quote.offset:quote.end_offset].startswith("&ldquo;The gap")
    assert ARTICLE_HTML[quote.offset:quote.end_offset].endswith("looks,&rdquo;")


def test_html_entity_inside_a_flagged_span_and_its_fix():
    html = "<p>The talks ended.Trump&rsquo;s envoy left.</p>"
    (d,) = lint.check_text(html, format="html")
    assert html[d.offset:d.end_offset] == "ended.Trump&rsquo;s"
    (edit,) = d.fix.edits
    fixed = html[:edit.offset] + edit.text + html[edit.end_offset:]
    assert fixed == "<p>The talks ended. Trump&rsquo;s envoy left.</p>"


def test_html_masks_code_scripts_and_page_chrome():
    html = ("<header>the header,text</header><aside>the aside,text</aside><pre>the pre,text</pre>"
            "<p>Fine <code>a,b</code> text.</p><script>the,x</script><style>p{a:b}</style>")
    assert lint.check_text(html, format="html") == []


def test_folders_are_walked_for_html(repo):
    (repo / "news" / "page.htm").write_text("<p>the end,now.</p>", encoding="utf-8")
    data = json.loads(cli("check", "--format", "json", "news").stdout)
    assert "news/page.htm" in {d["path"] for d in data["diagnostics"]}


# -- start-up --------------------------------------------------------------------------

def test_output_formats_and_html_are_not_imported_at_start_up():
    code = ("import sys; import lint.cli; "
            "print(sorted(m for m in sys.modules if m.startswith(('lint.reporters.', 'lint.formats.', 'html', "
            "'xml', 'yaml', 'regex', 'ahocorasick'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(Path(lint.__file__).parent.parent)}).stdout
    assert out.strip() == "[]"


def test_report_paths_follow_the_current_folder(repo, monkeypatch):
    """Report paths are worked out once per file, yet follow a change of folder
    (the library may be called from anywhere) and normalise '..'."""
    from lint.reporters.fingerprints import repo_path

    assert repo_path("news/bad.md", repo) == "news/bad.md"
    monkeypatch.chdir(repo / "news")
    assert repo_path("bad.md", repo) == "news/bad.md"
    assert repo_path("../news/./bad.md", repo) == "news/bad.md"
    assert repo_path("news/bad.md", repo) == "news/news/bad.md"  # relative to the new folder, not the cached one


def test_json_reports_one_finding_per_line(repo):
    """Large runs write their reports with the C encoder: a finding per line,
    the outer levels indented."""
    out = cli("check", "--format", "json", "news").stdout
    diagnostic_lines = [line for line in out.splitlines() if line.startswith('    {"path": ')]
    assert len(diagnostic_lines) == len(json.loads(out)["diagnostics"]) == 3
    assert out.startswith('{\n  "version": 1,\n  "diagnostics": [\n')
