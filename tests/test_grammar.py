"""Grammar checks through LanguageTool, against a small HTTP server in the tests
that speaks LanguageTool's /v2/check and /v2/languages API (LanguageTool itself
cannot be downloaded here). Set COPYDESK_LANGUAGETOOL_URL to also run against a
real server."""

from __future__ import annotations

import json
import os
import re
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

import lint
from lint.cli import main


def utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def fake_matches(text: str, disabled: set[str]) -> list[dict]:
    """What the fake LanguageTool finds, with offsets and lengths in UTF-16 units."""
    found = []

    def add(m, rule, category, issue, message, replacements):
        if rule in disabled:
            return
        start, end = m.span()
        found.append({
            "message": message, "offset": utf16(text, start), "length": utf16(text, end) - utf16(text, start),
            "replacements": [{"value": r} for r in replacements],
            "rule": {"id": rule, "issueType": issue, "category": {"id": category, "name": category.title()}},
            "context": {"text": text[max(0, start - 10):end + 10], "offset": min(10, start), "length": end - start},
        })

    for m in re.finditer(r"\bteh\b", text):
        add(m, "MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling", "Possible spelling mistake found.", ["the", "ten"])
    for m in re.finditer(r"\bZelenskyy\b", text):
        add(m, "MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling", "Possible spelling mistake found.", ["Zelensky"])
    for m in re.finditer(r"\ba(?= [aeiou])", text):
        add(m, "EN_A_VS_AN", "MISC", "misspelling", "Use \u201can\u201d instead of \u201ca\u201d.", ["an"])
    for m in re.finditer(r"(?<=\. )[a-z]+", text):
        add(m, "UPPERCASE_SENTENCE_START", "CASING", "typographical", "Capitalize the sentence.", [m.group().title()])
    for m in re.finditer(r"\bhave went\b", text):
        add(m, "HAVE_PART_AGREEMENT", "GRAMMAR", "grammar", "Did you mean \u201chave gone\u201d?", ["have gone"])
    for m in re.finditer(r"  +", text):
        add(m, "WHITESPACE_RULE", "TYPOGRAPHY", "whitespace", "Repeated whitespace.", [" "])
    return found


class FakeLanguageTool(BaseHTTPRequestHandler):
    requests: list[dict] = []

    def log_message(self, *args):
        pass

    def _send(self, status: int, body) -> None:
        data = json.dumps(body).encode("utf-8") if not isinstance(body, bytes) else body
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path.startswith("/v2/languages"):
            self._send(200, [{"name": "English (US)", "code": "en", "longCode": "en-US"}])
        else:
            self._send(404, b"not found")

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        form = {k: v[0] for k, v in urllib.parse.parse_qs(self.rfile.read(length).decode("utf-8")).items()}
        if self.path != "/v2/check" or "text" not in form or "language" not in form:
            self._send(400, b"Error: Missing 'text' or 'language' parameter")
            return
        self.requests.append(form)
        text = form["text"]
        if "SLOW" in text:
            time.sleep(2)
        if "FAIL500" in text:
            self._send(500, b"Error: internal server error")
            return
        disabled = set(filter(None, form.get("disabledRules", "").split(",")))
        self._send(200, {"software": {"name": "LanguageTool", "version": "6.6-fake", "apiVersion": 1},
                         "language": {"name": "English (US)", "code": form["language"]},
                         "matches": fake_matches(text, disabled)})


@pytest.fixture
def server(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    handler = type("Handler", (FakeLanguageTool,), {"requests": []})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", handler.requests
    httpd.shutdown()
    httpd.server_close()


def grammar_config(url: str, **options) -> dict:
    return {"grammar": {"enabled": True, "server": url, **options}}


def checked_texts(requests) -> list[str]:
    return [r["text"] for r in requests if r["text"] != "."]  # "." asks the version


def test_offsets_are_exact_with_emoji_and_accents(server):
    url, requests = server
    text = "Prices \U0001F600 rose in Z\u00fcrich. Teh \U0001F1FA\U0001F1E6 market said teh rest.\n"
    found = [d for d in lint.check_text(text, config=grammar_config(url)) if d.rule.startswith("grammar/")]
    assert [(d.rule, text[d.offset:d.end_offset], d.column) for d in found] == [
        ("grammar/MORFOLOGIK_RULE_EN_US", "teh", text.index("teh") + 1)]
    assert found[0].severity == "suggestion"
    assert found[0].message == "Possible spelling mistake found. (suggested: the, ten)"


def test_only_prose_is_sent_and_offsets_map_back(server):
    url, requests = server
    text = ("---\ntitle: A teh headline\nauthor: teh\n---\n# Heading\n\n"
            "Run `teh` or see https://example.com/teh now. We have went home.\n\n"
            "You may also like\n\nLeave a Comment\n")
    found = [d for d in lint.check_text(text, config=grammar_config(url)) if d.rule.startswith("grammar/")]
    assert [(d.rule, text[d.offset:d.end_offset], d.line) for d in found] == [
        ("grammar/MORFOLOGIK_RULE_EN_US", "teh", 2),
        ("grammar/HAVE_PART_AGREEMENT", "have went", 7),
    ]
    (sent,) = checked_texts(requests)
    assert len(sent) == len(text)
    assert "author" not in sent and "example.com" not in sent and "`" not in sent
    assert "Leave a Comment" not in sent and "You may also like" not in sent
    assert requests[-1]["disabledRules"] == "WHITESPACE_RULE"
    assert found[1].severity == "warning"


def test_copydesk_rules_win_over_the_same_languagetool_finding(server):
    url, _ = server
    text = "The talks ended. the delegates left with a apple.\n"
    rules = [d.rule for d in lint.check_text(text, config=grammar_config(url))]
    assert "sentence-case" in rules and "indefinite-article" in rules
    assert "grammar/UPPERCASE_SENTENCE_START" not in rules and "grammar/EN_A_VS_AN" not in rules


def test_vocabulary_words_are_not_spelling_errors(server):
    url, _ = server
    text = "Zelenskyy met teh envoy.\n"
    config = {**grammar_config(url), "vocabulary": {"accept": ["Zelenskyy"]}}
    assert [text[d.offset:d.end_offset] for d in lint.check_text(text, config=config)] == ["teh"]


def test_fix_only_for_one_replacement_on_the_safe_list(server):
    url, _ = server
    text = "We have went home and saw teh end.\n"
    found = {d.rule: d for d in lint.check_text(text, config=grammar_config(url))}
    assert all(d.fix is None for d in found.values())
    config = grammar_config(url, safe_fixes=["HAVE_PART_AGREEMENT", "MORFOLOGIK_RULE_EN_US"])
    found = {d.rule: d for d in lint.check_text(text, config=config)}
    assert found["grammar/HAVE_PART_AGREEMENT"].fix.edits[0].text == "have gone"
    assert found["grammar/MORFOLOGIK_RULE_EN_US"].fix is None  # two replacements: not safe


def test_severity_by_category_is_configurable(server):
    url, _ = server
    config = grammar_config(url, severity={"TYPOS": "warning"})
    (d,) = [d for d in lint.check_text("We saw teh end.\n", config=config) if d.rule.startswith("grammar/")]
    assert d.severity == "warning"


def test_answers_are_cached_by_text(server, tmp_path, monkeypatch):
    url, requests = server
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".copydesk.yaml").write_text(f"grammar: {{enabled: true, server: {url}}}\n")
    (tmp_path / "story.md").write_text("We saw teh end.\n")
    first = CliRunner().invoke(main, ["check", "story.md"])
    assert "grammar/MORFOLOGIK_RULE_EN_US" in first.stdout
    assert checked_texts(requests) == ["We saw teh end.\n"]
    second = CliRunner().invoke(main, ["check", "story.md"])
    assert second.stdout == first.stdout
    assert len(checked_texts(requests)) == 1  # not sent again
    (tmp_path / "story.md").write_text("We saw teh start.\n")
    CliRunner().invoke(main, ["check", "story.md"])
    assert len(checked_texts(requests)) == 2


def test_many_drafts_are_checked_concurrently_and_reported_in_order(server, tmp_path, monkeypatch):
    url, requests = server
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".copydesk.yaml").write_text(f"grammar: {{enabled: true, server: {url}}}\n")
    for i in range(6):
        (tmp_path / f"d{i}.md").write_text(f"Draft {i} saw teh end.\n")
    data = json.loads(CliRunner().invoke(main, ["check", "--format", "json", "."]).stdout)
    assert [d["path"] for d in data["diagnostics"]] == [f"d{i}.md" for i in range(6)]


def test_a_server_that_does_not_answer_in_time_fails_that_file_only(server, tmp_path, monkeypatch):
    url, _ = server
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".copydesk.yaml").write_text(f"grammar: {{enabled: true, server: {url}, timeout: 0.5}}\n")
    (tmp_path / "slow.md").write_text("SLOW draft. the end came.\n")
    (tmp_path / "fine.md").write_text("We saw teh end.\n")
    result = CliRunner().invoke(main, ["check", "slow.md", "fine.md"])
    assert result.exit_code == 2
    assert "slow.md: rule 'grammar' stopped: LanguageTool did not answer within 0.5 s" in result.stderr
    assert "slow.md:1:13: warning sentence-case" in result.stdout  # the other rules still ran
    assert "fine.md:1:8: suggestion grammar/MORFOLOGIK_RULE_EN_US" in result.stdout


def test_server_error_is_reported_for_that_file(server, tmp_path, monkeypatch):
    url, _ = server
    monkeypatch.chdir(tmp_path)
    (tmp_path / "broken.md").write_text("FAIL500 here.\n")
    result = CliRunner().invoke(main, ["check", "--grammar", "--config", str(_config(tmp_path, url)), "broken.md"])
    assert result.exit_code == 2
    assert "rule 'grammar' stopped: LanguageTool answered 500: Error: internal server error" in result.stderr


def _config(folder, url):
    path = folder / "grammar.yaml"
    path.write_text(f"grammar: {{server: {url}}}\n")
    return path


def test_unreachable_server_is_one_clear_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.md").write_text("Fine.\n")
    (tmp_path / ".copydesk.yaml").write_text("grammar: {enabled: true, server: 'http://127.0.0.1:9'}\n")
    result = CliRunner().invoke(main, ["check", "story.md"])
    assert result.exit_code == 2
    assert result.stderr.startswith("copydesk: error: cannot reach LanguageTool at http://127.0.0.1:9/v2/")
    assert "pip install 'copydesk[grammar]'" in result.stderr and result.stderr.count("\n") == 1


def test_no_extra_or_no_java_gives_the_setup_message(tmp_path, monkeypatch):
    import shutil
    import sys
    import types

    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.md").write_text("Fine.\n")
    monkeypatch.setitem(sys.modules, "language_tool_python", None)  # the extra is not installed
    result = CliRunner().invoke(main, ["check", "--grammar", "story.md"])
    assert result.exit_code == 2
    assert "the grammar extra is not installed" in result.stderr and "Java 17" in result.stderr
    monkeypatch.setitem(sys.modules, "language_tool_python", types.ModuleType("language_tool_python"))
    monkeypatch.setattr(shutil, "which", lambda name: None)
    result = CliRunner().invoke(main, ["check", "--grammar", "story.md"])
    assert result.exit_code == 2
    assert "a local LanguageTool needs Java 17 or newer, and no java was found" in result.stderr


def test_grammar_is_off_unless_asked(server, tmp_path, monkeypatch):
    url, requests = server
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".copydesk.yaml").write_text(f"grammar: {{server: {url}}}\n")
    (tmp_path / "story.md").write_text("We saw teh end.\n")
    assert "grammar/" not in CliRunner().invoke(main, ["check", "story.md"]).stdout
    assert requests == []
    assert "grammar/" in CliRunner().invoke(main, ["check", "--grammar", "story.md"]).stdout
    (tmp_path / ".copydesk.yaml").write_text(f"grammar: {{enabled: true, server: {url}}}\n")
    assert "grammar/" not in CliRunner().invoke(main, ["check", "--no-grammar", "story.md"]).stdout


def test_suppressing_grammar_findings(server):
    url, _ = server
    text = "<!-- copydesk-disable-next-line grammar/MORFOLOGIK_RULE_EN_US -->\nWe saw teh end.\n\nWe saw teh start.\n"
    assert [d.line for d in lint.check_text(text, config=grammar_config(url))] == [4]


def test_utf16_mapping():
    from lint.checks.languagetool_client import utf16_to_code_points

    text = "a\U0001F600b\U0001F1FA\U0001F1E6c"
    convert = utf16_to_code_points(text)
    for i in range(len(text) + 1):
        assert convert(utf16(text, i)) == i


@pytest.mark.skipif(not os.environ.get("COPYDESK_LANGUAGETOOL_URL"),
                    reason="set COPYDESK_LANGUAGETOOL_URL to a LanguageTool server to run this")
def test_against_a_real_languagetool_server(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    url = os.environ["COPYDESK_LANGUAGETOOL_URL"]
    text = "We have went \U0001F600 home and saw teh end of it.\n"
    found = [d for d in lint.check_text(text, config=grammar_config(url)) if d.rule.startswith("grammar/")]
    assert any(text[d.offset:d.end_offset] == "teh" for d in found)


@pytest.mark.parametrize("damage", ["not json", "{}", '[{"offset": -5}]', '[{"offset": 0, "length": 999, '
                                    '"message": "", "rule": "R", "category": "", "issue_type": "", '
                                    '"replacements": []}]', '[1, 2]'])
def test_a_damaged_cache_entry_is_asked_again(server, tmp_path, monkeypatch, damage):
    url, requests = server
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".copydesk.yaml").write_text(f"grammar: {{enabled: true, server: {url}}}\n")
    (tmp_path / "story.md").write_text("We saw teh end.\n")
    first = CliRunner().invoke(main, ["check", "story.md"])
    entries = list((tmp_path / "cache").rglob("*.json"))
    assert entries
    for entry in entries:
        entry.write_text(damage)
    second = CliRunner().invoke(main, ["check", "--no-cache", "story.md"])  # past copydesk's own result cache
    assert second.exit_code == first.exit_code
    assert "grammar/MORFOLOGIK_RULE_EN_US" in second.stdout
    assert second.stdout == first.stdout
    assert len(checked_texts(requests)) == 2  # asked again, not trusted


def test_matches_outside_the_text_are_dropped(server, monkeypatch):
    url, _ = server
    honest = fake_matches

    def hostile(text, disabled):
        good = honest(text, disabled)
        return [*good, {"offset": -300, "length": 5, "message": "x", "rule": {"id": "NEG", "category": {"id": "X"}}},
                {"offset": 3, "length": 10_000, "rule": {"id": "LONG"}}, {"length": 2}, "junk"]

    monkeypatch.setattr(sys.modules[__name__], "fake_matches", hostile)
    found = lint.check_text("We saw teh end.\n", config=grammar_config(url))
    assert [d.rule for d in found] == ["grammar/MORFOLOGIK_RULE_EN_US"]
    assert all(d.line >= 1 and d.column >= 1 for d in found)
