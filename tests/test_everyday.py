"""Everyday use: parallel and cached runs, streaming and progress, Ctrl-C, and
the rough edges a new user hit (each test here failed before it was fixed)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT
from lint.cli import main

BAD = "the talks ended.Both sides left,quickly after a hour.\n"


def cli(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def run(folder: Path, *args: str, timeout: float = 120, **kwargs):
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "lint", *args], cwd=folder, capture_output=True, text=True,
                          timeout=timeout, env=env, **kwargs)


def corpus(folder: Path, files: int = 60) -> Path:
    """Drafts of a few kinds of defect, enough text to start workers."""
    drafts = folder / "drafts"
    drafts.mkdir(parents=True, exist_ok=True)
    for i in range(files):
        body = (f"Story {i}\n\nthe council met on day {i}.It agreed,quickly, on a budget of {i} million.\n\n"
                f"Officials said the plan would be reviewed in {i} weeks. \u201cWe will see,\u201d one aide said.\n\n"
                + "The harbour board discussed the plan at length for the residents. " * 40 + "\n")
        (drafts / f"story-{i:03}.md").write_text(body, encoding="utf-8")
    return drafts


# -- parallel and cached runs ------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
def test_jobs_2_gives_the_output_of_jobs_1(tmp_path, fmt):
    corpus(tmp_path)
    one = run(tmp_path, "check", "--no-cache", "-j", "1", "--format", fmt, "drafts")
    two = run(tmp_path, "check", "--no-cache", "-j", "2", "--format", fmt, "drafts")
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout and one.stdout


def test_a_partly_cached_run_with_workers_reports_as_a_serial_one(tmp_path):
    """Cached drafts are answered before workers start; the rest are checked in
    workers; the report keeps the input order."""
    drafts = corpus(tmp_path)
    (tmp_path / ".git").mkdir()
    serial = run(tmp_path, "check", "--no-cache", "-j", "1", "--format", "json", "drafts")
    for path in sorted(drafts.iterdir())[::2]:  # every other draft into the cache
        run(tmp_path, "check", str(path.relative_to(tmp_path)))
    assert len(_entries(tmp_path)) == 30
    mixed = run(tmp_path, "check", "-j", "2", "--format", "json", "drafts")
    assert mixed.stdout == serial.stdout and json.loads(mixed.stdout)["diagnostics"]
    assert len(_entries(tmp_path)) == 60  # the misses were checked and cached
    probe = ("import sys\nfrom lint.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
             "print('lint.engine' in sys.modules)")
    for jobs in ("2", "1"):  # all cached: no workers, no engine (not even to ask whether a rule waits)
        again = subprocess.run([sys.executable, "-c", probe, "check", "-j", jobs, "--format", "json", "drafts"],
                               cwd=tmp_path, capture_output=True, text=True, timeout=60)
        report, loaded = again.stdout.rsplit("\n", 2)[:2]
        assert report == mixed.stdout.rstrip("\n") and loaded == "False"


def test_jobs_on_the_bundled_examples(tmp_path):
    one = run(ROOT, "check", "--no-cache", "-j", "1", "--format", "json", "examples")
    two = run(ROOT, "check", "--no-cache", "-j", "2", "--format", "json", "examples")
    assert one.stdout == two.stdout and json.loads(one.stdout)["diagnostics"]


def _entries(root: Path) -> list[Path]:
    """The result entries (parsed configs are kept beside them, under yaml/)."""
    return sorted(p for p in (root / ".copydesk_cache").rglob("*.json") if p.parent.name != "yaml")


def _yaml_folder(root: Path) -> Path:
    """Where today's run keeps parsed YAML."""
    [folder] = (root / ".copydesk_cache").glob("*/yaml")
    return folder


def test_cache_hits_and_what_invalidates_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / "story.md").write_text(BAD, encoding="utf-8")
    first = cli("check", "--format", "json", "story.md")
    assert len(_entries(tmp_path)) == 1
    assert (tmp_path / ".copydesk_cache" / ".gitignore").read_text().strip().endswith("*")
    second = cli("check", "--format", "json", "story.md")
    assert second.stdout == first.stdout and len(_entries(tmp_path)) == 1  # a hit: nothing new written

    def misses(change) -> bool:
        before = len(_entries(tmp_path))
        change()
        cli("check", "--format", "json", "story.md")
        return len(_entries(tmp_path)) == before + 1

    assert misses(lambda: (tmp_path / "story.md").write_text(BAD + "\nMore.\n", encoding="utf-8"))  # content
    assert misses(lambda: (tmp_path / ".copydesk.yaml").write_text("rules: {sentence-case: error}\n"))  # config
    (tmp_path / "styles").mkdir()
    rule = ("id: house\nkind: existence\nseverity: warning\nsummary: s.\ndescription: d.\nmessage: 'x {match}'\n"
            "parameters: {tokens: [board]}\n")
    (tmp_path / "styles" / "house.yaml").write_text(rule)
    assert misses(lambda: (tmp_path / ".copydesk.yaml").write_text("rule_folders: [styles]\n"))  # rule folder
    assert misses(lambda: (tmp_path / "styles" / "house.yaml").write_text(rule.replace("board", "talks")))  # rule
    before = len(_entries(tmp_path))
    cli("check", "--as-of", "2020-01-01", "story.md")  # another as-of date
    assert len(_entries(tmp_path)) == before + 1
    import lint.run.cache as cache

    monkeypatch.setattr(cache, "_code_stamp", lambda: "another copydesk")  # another version
    assert misses(lambda: None)
    before = len(_entries(tmp_path))
    cli("check", "--no-cache", "story.md")
    assert len(_entries(tmp_path)) == before


def test_the_cache_keeps_only_todays_entries(tmp_path, monkeypatch):
    """Keys hold the date, so other days' entries can never be read again:
    today's first write removes them (and the loose entries of older
    versions), but not those another copydesk wrote today."""
    import datetime as dt

    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / "story.md").write_text(BAD, encoding="utf-8")
    top = tmp_path / ".copydesk_cache"
    today = dt.date.today().isoformat()
    stale = [top / "2000-01-01-0123456789abcdef" / "ab", top / "ab", top / "yaml"]
    kept = top / f"{today}-fedcba9876543210" / "cd"  # a pre-commit hook's own copy, say
    theirs = top / "notes"  # not a folder copydesk writes (the cache may be a link to a shared folder)
    for folder in (*stale, kept, theirs):
        folder.mkdir(parents=True)
        (folder / "entry.json").write_text("{}")
    first = cli("check", "story.md")
    assert not any(folder.exists() for folder in stale) and (kept / "entry.json").exists()
    assert (theirs / "entry.json").exists()
    assert len(_entries(tmp_path)) == 3  # its entry, the other copy's, and the stranger's
    (top / "2000-01-01-0123456789abcdef").mkdir()
    assert cli("check", "story.md").stdout == first.stdout  # a hit writes nothing, so removes nothing
    assert (top / "2000-01-01-0123456789abcdef").exists()


def test_the_code_stamp_follows_every_module(tmp_path, monkeypatch):
    """An edited checkout never reads results of older code: a module changed
    in any subfolder changes the stamp; compiled files do not."""
    import lint.run.cache as cache

    (tmp_path / "checks" / "__pycache__").mkdir(parents=True)
    (tmp_path / "cli.py").write_text("a = 1\n")
    module = tmp_path / "checks" / "rule.py"
    module.write_text("b = 2\n")
    monkeypatch.setattr(cache, "_PACKAGE", tmp_path)
    first = cache._code_stamp()
    (tmp_path / "checks" / "__pycache__" / "rule.cpython-311.pyc").write_bytes(b"\0")
    (tmp_path / "checks" / "notes.txt").write_text("not code")
    assert cache._code_stamp() == first
    module.write_text("b = 22\n")
    assert cache._code_stamp() != first
    module.write_text("b = 2\n")
    os.utime(module, ns=(1, 1))
    assert cache._code_stamp() != first  # same text, another time: a rebuilt file is not trusted blindly
    (tmp_path / "checks" / "new.py").write_text("")
    stamp = cache._code_stamp()
    (tmp_path / "checks" / "new.py").unlink()
    assert stamp != cache._code_stamp()


@pytest.mark.parametrize("damage", ["", "{", "[]", '{"format": 1}', '{"format": 1, "key": "x", "diagnostics": 5}'])
def test_a_corrupt_cache_entry_is_ignored(tmp_path, monkeypatch, damage):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.md").write_text(BAD, encoding="utf-8")
    first = cli("check", "--format", "json", "story.md")
    for entry in _entries(tmp_path):
        entry.write_text(damage)
    again = cli("check", "--format", "json", "story.md")
    assert again.exit_code == 1 and again.stdout == first.stdout


def test_a_cached_run_never_loads_the_rules(tmp_path):
    """What makes a pre-commit re-run cheap: drafts that all come from the cache
    cost no engine, no check kinds and no rule files (and no dataclass: each
    compiles its methods at import)."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "story.md").write_text(BAD, encoding="utf-8")
    probe = ("import sys\nfrom lint.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
             "print(sorted(m for m in sys.modules if m in ('lint.engine', 'lint.checks', 'lint.model.document',"
             " 'dataclasses')))")

    def loaded(*args: str) -> tuple[str, str]:
        done = subprocess.run([sys.executable, "-c", probe, "check", *args, "story.md"], cwd=tmp_path,
                              capture_output=True, text=True, timeout=60)
        *report, modules = done.stdout.splitlines()
        return "\n".join(report), modules

    first, modules = loaded()
    assert "lint.engine" in modules
    again, modules = loaded()
    assert again == first and modules == "[]"
    sarif, modules = loaded("--format", "sarif")  # SARIF describes each rule: its file is read, not run
    assert "lint.engine" not in modules and '"shortDescription"' in sarif and "sentence-case" in sarif


def test_records_on_the_cached_path_behave_as_dataclasses_did():
    import pickle

    from lint.config import Config
    from lint.diagnostics import Diagnostic, Finding

    a = Diagnostic("s.md", 1, 2, 1, 5, 1, 4, "sentence-case", "warning", "m", source=("text", 0, 4))
    b = pickle.loads(pickle.dumps(a))  # a worker's result crosses to the parent
    assert b == a and b is not a and b.source == ("text", 0, 4)
    from lint.diagnostics import Edit, Fix

    full = Diagnostic("s.md", 3, 1, 3, 9, 40, 48, "title-accuracy", "error", "m", as_of="2024-05-01",
                      fix=Fix("Drop it", (Edit(40, 48, ""),)), unsafe=True, source=("x former y", 2, 8))
    assert pickle.loads(pickle.dumps(full))._values() == full._values()  # every field, in its place
    assert full.__reduce__()[1] == full._values()  # each named in __reduce__, a new one too
    b.line = 9
    assert b != a and a != (a.path, a.line) and "line=9" in repr(b)
    assert Finding(0, 3, "m") == Finding(0, 3, "m", None, None, None) != Finding(0, 3, "n")
    with pytest.raises(TypeError):
        hash(Finding(0, 3, "m"))  # mutable: no hash, as before
    with pytest.raises(AttributeError):
        Finding(0, 3, "m").typo = 1  # slots: a misspelt attribute fails loudly
    assert "rulebook" not in repr(Config()) and Config().rules == {} and Config().rules is not Config().rules


def test_an_unchanged_config_is_not_parsed_again(tmp_path):
    """Importing PyYAML is a sixth of a cached run: a config (or rule file)
    whose text was parsed before is read from the cache folder, as JSON."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "story.md").write_text(BAD + "Officials at Acme and at Zedcorp spoke.\n", encoding="utf-8")
    config = tmp_path / ".copydesk.yaml"
    config.write_text("rules:\n  punctuation-spacing: off\n", encoding="utf-8")
    probe = ("import sys\nfrom lint.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
             "print('yaml' in sys.modules)")

    def checked() -> tuple[str, str]:
        done = subprocess.run([sys.executable, "-c", probe, "check", "--format", "json", "story.md"],
                              cwd=tmp_path, capture_output=True, text=True, timeout=60)
        report, loaded = done.stdout.rsplit("\n", 2)[:2]
        return report, loaded

    first, loaded = checked()
    assert loaded == "True" and "punctuation-spacing" not in first and "sentence-case" in first
    again, loaded = checked()
    assert again == first and loaded == "False"
    config.write_text("rules:\n  sentence-case: off\n", encoding="utf-8")  # a new text is parsed, and applies
    edited, loaded = checked()
    assert loaded == "True" and "punctuation-spacing" in edited and "sentence-case" not in edited
    for entry in _yaml_folder(tmp_path).iterdir():
        entry.write_text('{"key": "forged", "data": {}}')  # not this text's entry: parsed again
    assert checked() == (edited, "True")
    config.write_text("as_of: 2020-01-01\nrules:\n  sentence-case: off\n", encoding="utf-8")
    dated, _ = checked()
    assert checked() == (dated, "False")  # a date is kept, tagged
    kept = [json.loads(p.read_text()) for p in _yaml_folder(tmp_path).iterdir()]
    assert {"as_of": {"$date": "2020-01-01"}, "rules": {"sentence-case": False}} in [k["data"] for k in kept]
    config.write_text("as_of: 2020-01-01 10:30:00\nrules:\n  sentence-case: off\n", encoding="utf-8")
    stamped, _ = checked()
    assert checked() == (stamped, "True")  # a time stamp is not: such a config is parsed every run
    config.write_text("rules:\n  sentence-case: off\n  no-such-rule: error\n", encoding="utf-8")
    for _ in range(2):  # an error found after parsing still names its line, from the kept text too
        done = run(tmp_path, "check", "story.md")
        assert done.returncode == 2 and ".copydesk.yaml:3" in done.stderr and "no-such-rule" in done.stderr
    assert not run(tmp_path, "check", "--no-cache", "story.md").stderr.count("Traceback")


def test_the_rules_long_patterns_are_not_parsed_again(tmp_path):
    """Reading a long alternation's first characters means parsing it: a
    tenth of checking an edited draft. What was read is kept with the parsed
    YAML, and a damaged entry is read again, never trusted. (The shipped
    rules' patterns come read already, from rules/precomputed.json: it is set
    aside here, as for a newsroom's own rules.)"""
    (tmp_path / ".git").mkdir()
    story = tmp_path / "story.md"
    probe = ("import sys\nimport lint.memo\nlint.memo.PRECOMPUTED.entries = {}\n"
             "import lint.model.patterns as p\ncalls = []\nfirst, starts = p._first_chars, p._all_beginnings\n"
             "p._first_chars = lambda *a: calls.append(a) or first(*a)\n"
             "p._all_beginnings = lambda *a: calls.append(a) or starts(*a)\n"
             "from lint.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\nprint(len(calls))")

    def parsed(*args: str) -> int:
        story.write_text(f"{BAD}Officials said the vote was close {time.time_ns()}.\n", encoding="utf-8")  # a miss
        done = subprocess.run([sys.executable, "-c", probe, "check", *args, "story.md"], cwd=tmp_path,
                              capture_output=True, text=True, timeout=60)
        assert "sentence-case" in done.stdout, done.stdout + done.stderr
        return int(done.stdout.splitlines()[-1])

    first = parsed()
    assert first > 0 and parsed() == 0
    assert parsed("--no-cache") == first  # the library and --no-cache work it out each time
    [yaml_folder] = (tmp_path / ".copydesk_cache").glob("*/yaml")
    damaged = 0
    for entry in yaml_folder.iterdir():
        data = json.loads(entry.read_text())
        if isinstance(data["data"], list):  # a pattern's: damaged, it is worked out again
            entry.write_text(json.dumps({**data, "data": [1, 2]}))
            damaged += 1
    assert damaged and parsed() == damaged and parsed() == 0


def test_cache_keys_are_sha256_whichever_module_gives_it():
    import hashlib

    from lint.run.cache import sha256

    h = sha256(b"draft ")
    h.update("text é".encode())
    assert h.hexdigest() == hashlib.sha256("draft text é".encode()).hexdigest()


def test_a_cache_entry_is_data_only(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.md").write_text(BAD, encoding="utf-8")
    cli("check", "story.md")
    entry = json.loads(_entries(tmp_path)[0].read_text())
    assert entry["format"] == 1 and isinstance(entry["diagnostics"], list)


def test_ctrl_c_exits_130_without_partial_output(tmp_path):
    corpus(tmp_path, files=2000)
    # Ctrl-C as a terminal sends it, whatever started the tests: a shell's
    # background job (`pytest &`) ignores SIGINT, and its children inherit that.
    process = subprocess.Popen([sys.executable, "-m", "lint", "check", "--no-cache", "-j", "2", "--format", "json",
                                "drafts"], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(2.5)
    assert process.poll() is None, "the run ended before Ctrl-C: give it more drafts"
    started = time.monotonic()
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert time.monotonic() - started < 10  # the workers stop promptly, not after the queue
    assert out == ""  # JSON is one document: nothing half-written
    assert "interrupted" in err and "Traceback" not in err


def test_progress_only_on_a_terminal(tmp_path):
    corpus(tmp_path, files=60)
    piped = run(tmp_path, "check", "--no-cache", "--format", "json", "drafts")
    assert "copydesk [" not in piped.stderr  # never when piped or in CI
    import pty

    primary, secondary = pty.openpty()
    done = subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", "--format", "json", "drafts"],
                          cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=secondary, timeout=120)
    os.close(secondary)
    shown = b""
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(primary)
    assert done.returncode == 1
    assert b"copydesk" in shown and b"%" in shown  # the bar, on the terminal
    quiet = subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", "--no-progress", "--format", "json",
                            "drafts"], cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120)
    assert b"%" not in quiet.stderr


def test_text_output_streams_file_by_file(tmp_path):
    corpus(tmp_path, files=3)
    done = run(tmp_path, "check", "--no-cache", "drafts")
    files = re.findall(r"^(drafts/story-\d+\.md):", done.stdout, re.M)
    assert files == sorted(files) and len(set(files)) == 3
    assert done.stdout.rstrip().splitlines()[-1].endswith("in 3 files")


# -- rough edges -------------------------------------------------------------------------------

def test_write_baseline_exits_0_and_says_how_many(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.md").write_text(BAD, encoding="utf-8")
    done = cli("check", "--write-baseline", "base.json", "story.md")
    assert done.exit_code == 0 and done.stdout == ""
    assert re.search(r"recorded \d+ findings", done.stderr)


def test_rules_shows_the_effective_severity_and_has_json(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".copydesk.yaml").write_text("rules: {sentence-case: error}\n")
    row = next(line for line in cli("rules").stdout.splitlines() if line.startswith("sentence-case "))
    assert row.split()[1:3] == ["error", "yes"]
    rows = json.loads(cli("rules", "--format", "json").stdout)
    assert {"id": "sentence-case", "severity": "error", "on": True}.items() <= next(
        r for r in rows if r["id"] == "sentence-case").items()


def test_an_excluded_file_named_on_the_command_line_is_mentioned(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".copydesk.yaml").write_text('exclude: ["archive/**"]\n')
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old.md").write_text(BAD, encoding="utf-8")
    done = cli("check", "archive/old.md")
    assert "archive/old.md: excluded" in done.stderr


def test_carets_follow_display_width():
    done = cli("check", "-", input="\u6771\u4eac summit ended.Both sides left.\n")
    line, carets = done.stdout.splitlines()[1:3]
    assert carets.index("^") - carets.index("|") == line.index("e", line.index("summit") + 6) + 2 - line.index("|")


def test_html_on_stdin_is_recognised():
    done = cli("check", "-", input="<html><body><p>the end.</p></body></html>\n")
    assert "sentence-case" in done.stdout
    assert "read as HTML" in done.stderr


def test_folder_walks_honour_gitignore(tmp_path):
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    (tmp_path / ".gitignore").write_text("build/\n*.tmp.md\n")
    for name in ("story.md", "draft.tmp.md", "build/out.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(BAD, encoding="utf-8")
    done = run(tmp_path, "check", "--no-cache", ".")
    assert "story.md" in done.stdout and "tmp.md" not in done.stdout and "build/" not in done.stdout
    everything = run(tmp_path, "check", "--no-cache", "--no-gitignore", ".")
    assert "draft.tmp.md" in everything.stdout and "build/out.md" in everything.stdout


def test_git_is_asked_only_inside_a_work_tree(tmp_path):
    """A folder in a work tree (its .git above it) still leaves out what git
    ignores; a folder in none starts no git process at all."""
    from lint.run.paths import _in_work_tree

    repo, outside = tmp_path / "repo", tmp_path / "outside"
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / ".gitignore").write_text("news/build/\n")
    for folder in (repo / "news", repo / "news" / "build", outside):
        folder.mkdir(parents=True)
        (folder / "story.md").write_text(BAD, encoding="utf-8")
    done = run(repo / "news", "check", "--no-cache", ".")
    assert "story.md" in done.stdout and "build/" not in done.stdout
    if _in_work_tree(str(tmp_path)):
        pytest.skip("the test's temporary folder lies in a git work tree")
    probe = ("import sys\nfrom lint.launch import main\nsys.argv = ['copydesk', *sys.argv[1:]]\ntry:\n    main()\n"
             "except SystemExit:\n    pass\nprint('subprocess' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe, "check", "--no-cache", "."], cwd=outside,
                          capture_output=True, text=True, timeout=60)
    assert "story.md" in done.stdout and done.stdout.rsplit("\n", 2)[-2] == "False"


def test_quoted_glob_patterns_are_expanded(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "drafts" / "b.txt").write_text(BAD, encoding="utf-8")
    done = cli("check", "drafts/*.md")
    assert "drafts/a.md" in done.stdout and "b.txt" not in done.stdout and done.exit_code == 1
    assert cli("check", "nothing/*.md").exit_code == 2


def test_output_file_and_force_color(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.md").write_text(BAD, encoding="utf-8")
    done = cli("check", "--format", "json", "-o", "report.json", "story.md")
    assert done.stdout == "" and json.loads((tmp_path / "report.json").read_text())["diagnostics"]
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert "\x1b[" in cli("check", "story.md").stdout


def test_help_is_complete_without_the_readme():
    top = cli("--help").stdout
    commands = top[top.index("Commands:"):]
    assert "README" not in top and "..." not in commands and "Exit codes" in top  # no summary cut off
    check = cli("check", "--help").stdout
    assert "--fix" in check and "--jobs" in check and "--output-file" in check


def test_readme_pre_commit_snippet_names_a_tag_that_exists():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rev = re.search(r"^\s+rev: (\S+)", readme, re.M).group(1)
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    if not subprocess.run(["git", "tag"], cwd=ROOT, capture_output=True, text=True).stdout.split():
        pytest.skip("a clone without tags")
    tags = subprocess.run(["git", "tag", "--list", rev], cwd=ROOT, capture_output=True, text=True).stdout.split()
    assert tags == [rev], f"the README's pre-commit snippet says rev: {rev}, which is no tag here"


def test_changelog_names_the_rules_that_changed():
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "unsourced-quote" in changelog and "vague-attribution" in changelog


def test_every_config_mistake_is_reported_in_one_run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".copydesk.yaml").write_text(
        "languag: en-US\nrules:\n  sentense-case: error\n  boilerplate: loud\nexclude: 5\n")
    (tmp_path / "story.md").write_text(BAD, encoding="utf-8")
    done = cli("check", "story.md")
    assert done.exit_code == 2
    errors = [line for line in done.stderr.splitlines() if line.startswith("copydesk: error:")]
    assert len(errors) == 4, done.stderr
    assert all(re.match(r"copydesk: error: \.copydesk\.yaml:\d+: ", e) for e in errors)


def test_print_config_says_where_each_value_came_from(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".copydesk.yaml").write_text(
        'rules:\n  sentence-case: error\noverrides:\n  - files: ["opinion/**"]\n    rules: {boilerplate: off}\n')
    done = cli("check", "--print-config", "opinion/piece.md")
    assert done.exit_code == 0
    data = json.loads(done.stdout)
    assert data["overrides_applied"] == [1]
    assert data["rules"]["sentence-case"]["severity"] == "error"
    assert data["rules"]["sentence-case"]["from"].endswith(".copydesk.yaml")
    assert data["rules"]["boilerplate"] | {} == {**data["rules"]["boilerplate"], "on": False, "from": "override 1"}
    assert data["rules"]["dateline"]["from"] == "default"


def _square_slowly(i: int) -> int:
    time.sleep(0.02 if i % 3 == 0 else 0)  # uneven work: results come back out of order
    return i * i


def _children() -> set[int]:
    """This process's children, zombies included (Linux)."""
    found = set()
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text()
        except (OSError, ValueError):
            continue
        if int(stat.rpartition(")")[2].split()[1]) == os.getpid():
            found.add(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_workers_give_results_in_order_and_leave_no_process_behind():
    from lint.run.workers import ordered

    before = _children()
    assert list(ordered(_square_slowly, 40, jobs=2, chunk=3)) == [i * i for i in range(40)]
    assert _children() == before
    early = ordered(_square_slowly, 400, jobs=2, chunk=1)
    assert [next(early) for _ in range(5)] == [0, 1, 4, 9, 16]
    assert len(_children() - before) == 2
    early.close()  # the reader went away: the workers end now
    assert _children() == before  # none left, not even a zombie


def test_a_bug_in_a_worker_is_raised_in_the_parent_with_where_it_happened():
    from lint.run.workers import ordered

    def buggy(i: int) -> int:
        if i == 7:
            raise ZeroDivisionError("in the rule")
        return i

    with pytest.raises(ZeroDivisionError, match="in the rule") as raised:
        list(ordered(buggy, 20, jobs=2, chunk=2))
    assert "In a worker process" in "".join(raised.value.__notes__) and "buggy" in "".join(raised.value.__notes__)


def test_a_worker_that_dies_ends_the_run_with_an_error_not_a_hang():
    from lint.errors import UserError
    from lint.run.workers import ordered

    def killed(i: int) -> int:
        if i == 5:
            os.kill(os.getpid(), signal.SIGKILL)  # as the kernel's out-of-memory killer would
        return i

    with pytest.raises(UserError, match="worker process stopped unexpectedly"):
        list(ordered(killed, 20, jobs=2, chunk=1))


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_a_file_reached_twice_is_checked_once(tmp_path, monkeypatch):
    """By a second name on the command line, through a linked folder, or as a
    link to another draft: one file, one result."""
    from lint.run.paths import expand

    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.md").write_text("The council met.\n", encoding="utf-8")
    (tmp_path / "news" / "b.md").write_text("The vote was close.\n", encoding="utf-8")
    os.symlink("a.md", tmp_path / "news" / "link.md")
    os.symlink("news", tmp_path / "mirror")
    targets, errors, _ = expand(("news", "news/a.md", str(tmp_path / "news" / "b.md"), "mirror", "./news/../news/a.md"),
                                None, gitignore=False)
    assert errors == [] and [t.display for t in targets] == ["news/a.md", "news/b.md"]


def test_work_for_a_worker_that_is_gone_is_an_error_and_its_stop_signal_is_not():
    from lint.errors import UserError
    from lint.run.workers import _give, _Worker

    gone, tasks = os.pipe()
    os.close(gone)  # the worker's end: it has exited
    worker = _Worker(0, tasks, tasks)
    _give(worker, None)  # told to stop after it stopped: nothing to say
    with pytest.raises(UserError, match="worker process stopped unexpectedly"):
        _give(worker, 3)
    os.close(tasks)


def test_a_run_that_writes_cache_entries_imports_no_tempfile(tmp_path):
    """tempfile (with random and shutil) costs a pre-commit run on one edited
    draft about a twentieth of its time; entries are written without it."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "story.md").write_text(BAD, encoding="utf-8")
    probe = ("import sys\nfrom lint.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
             "print('tempfile' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe, "check", "story.md"], cwd=tmp_path, capture_output=True,
                          text=True, timeout=60)
    assert done.stdout.rsplit("\n", 2)[-2] == "False"
    entries = [p for p in (tmp_path / ".copydesk_cache").rglob("*") if p.is_file() and p.name != ".gitignore"]
    assert entries and not [p for p in entries if p.suffix == ".tmp"]  # written, and renamed into place


def test_a_parallel_run_starts_its_workers_without_multiprocessing(tmp_path):
    """multiprocessing.connection (with tempfile and shutil) took 14 ms to
    import before any worker could start; plain pipes do the same work."""
    for i in range(3):
        (tmp_path / f"story{i}.md").write_text(BAD, encoding="utf-8")
    probe = ("import sys\nfrom lint.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
             "print(sorted(m for m in ('multiprocessing', 'tempfile', 'lint.run.workers') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe, "check", "--no-cache", "--jobs", "2", "."], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert all(f"story{i}.md:" in done.stdout for i in range(3))  # every draft was checked, in a worker
    assert done.stdout.rsplit("\n", 2)[-2] == "['lint.run.workers']"


def test_a_new_file_in_a_folder_never_takes_a_name_another_run_holds(tmp_path, monkeypatch):
    from lint import files

    draws = iter([b"\x00" * 6, b"\x00" * 6, b"\x01" * 6])
    monkeypatch.setattr(files.os, "urandom", lambda n: next(draws))
    fd, first = files.new_file_in(tmp_path, prefix=".x.")
    os.close(fd)
    fd, second = files.new_file_in(tmp_path, prefix=".x.")  # the first draw is taken: drawn again
    os.close(fd)
    assert first != second and Path(second).name == ".x." + "01" * 6 + ".tmp"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([Path(first).name, Path(second).name])
