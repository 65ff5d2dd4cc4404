"""A plain `copydesk check` runs without click (lint.launch): it must mean
exactly what click makes of the same command line, and end the same way."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from lint import command as shared
from lint import launch, terminal
from lint.cli import main as command
from lint.launch import _CHOICES, _COUNTS, _FLAGS, plain_check

BAD = "the talks ended.Both sides left,quickly after a hour.\n"


def _plain_command_lines() -> list[list[str]]:
    """One command line per plain option and value, from the parser's own
    tables (so an option added there is tested here), and a few together."""
    lines = [["check"], ["check", "story.md"], ["check", "a.md", "b.md", "news"]]
    lines += [["check", flag, "story.md"] for flag in _FLAGS]
    lines += [["check", option, value, "story.md"] for option, (_, values) in _CHOICES.items() for value in values]
    lines += [["check", option, value, "story.md"] for option in _COUNTS for value in ("1", "2", "08")]
    lines += [["check", "--fail-on", "never", "--no-gitignore", "-q", "--no-color", "x.md", "--format", "json"],
              ["check", "--fix", "--no-cache", "--statistics", "--color", "a.md", "b.txt"]]
    return lines


def _options_run_with(monkeypatch, start) -> tuple:
    """The paths and Options that `start()` hands to the runner."""
    seen = []
    monkeypatch.setattr("lint.run.runner.run", lambda paths, options: seen.append((tuple(paths), options)) or 0)
    with pytest.raises(SystemExit):
        start()
    return seen[0]


@pytest.mark.parametrize("argv", _plain_command_lines(), ids=" ".join)
@pytest.mark.parametrize("environment", [{}, {"FORCE_COLOR": "1"}, {"NO_COLOR": "1", "FORCE_COLOR": "1"}])
def test_a_plain_check_makes_the_options_click_makes(argv, environment, monkeypatch):
    for name in ("FORCE_COLOR", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert plain_check(argv) is not None
    monkeypatch.setattr(sys, "argv", ["copydesk", *argv])
    fast = _options_run_with(monkeypatch, launch.main)
    parsed = _options_run_with(monkeypatch, lambda: command.main(argv, prog_name="copydesk"))
    assert fast == parsed


@pytest.mark.parametrize("argv", [
    [], ["--version"], ["rules"], ["check", "-"], ["check", "--fail-on=never", "a.md"], ["check", "--", "-a.md"],
    ["check", "--fail-on", "sometimes", "a.md"], ["check", "--format"], ["check", "-j", "0", "a.md"],
    ["check", "-j", "two", "a.md"], ["check", "--jobs", "-1"], ["check", "--jobs=2"], ["check", "-j"], ["check", "-j2"],
    ["check", "-j", "\u0662", "a.md"],
    ["check", "-qv", "a.md"], ["check", "--select", "sentence-case", "a.md"], ["check", "--fix", "--unsafe-fixes"],
    ["check", "--output-file", "report.txt", "a.md"], ["explain", "check"],
])
def test_anything_else_is_left_to_click(argv):
    assert plain_check(argv) is None


def _both(cwd, *args: str) -> tuple[subprocess.CompletedProcess, subprocess.CompletedProcess]:
    """The command line run through the entry point and through click alone."""
    env = {**os.environ, "NO_COLOR": "1"}
    clicked = "import sys; from lint.cli import main; main(sys.argv[1:], prog_name='copydesk')"
    return tuple(subprocess.run([sys.executable, *how, *args], cwd=cwd, capture_output=True, text=True, env=env,
                                timeout=120) for how in (["-m", "lint"], ["-c", clicked]))


@pytest.mark.parametrize("args", [
    ("check", "story.md"), ("check", "--format", "json", "story.md", "clean.md"), ("check", "clean.md"),
    ("check", "missing.md"), ("check", "story.md", "missing.md"), ("check", "--format", "sarif", "--fail-on",
                                                                   "never", "story.md"),
    ("check", "-q", "--statistics", "."), ("check", "bad-config/story.md"), ("check", "--format", "github"),
])
def test_a_plain_check_ends_as_the_click_one(tmp_path, args):
    (tmp_path / ".git").mkdir()
    (tmp_path / "story.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "clean.md").write_text("The talks ended.\n", encoding="utf-8")
    (tmp_path / "bad-config").mkdir()
    (tmp_path / "bad-config" / ".copydesk.yaml").write_text("rules: {sentence-kase: error}\n", encoding="utf-8")
    (tmp_path / "bad-config" / "story.md").write_text(BAD, encoding="utf-8")
    for _ in range(2):  # the second time from the cache
        fast, clicked = _both(tmp_path, *args)
        assert (fast.returncode, fast.stdout, fast.stderr) == (clicked.returncode, clicked.stdout, clicked.stderr)
    assert fast.returncode in (0, 1, 2) and "Traceback" not in fast.stderr


def test_fix_through_the_plain_path_writes_the_file(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "story.md").write_text(BAD, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "lint", "check", "--fix", "story.md"], cwd=tmp_path, capture_output=True,
                   timeout=120)
    assert (tmp_path / "story.md").read_text(encoding="utf-8").startswith("The talks ended. Both sides left, quickly")


def test_a_cached_plain_check_never_loads_click(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "story.md").write_text(BAD, encoding="utf-8")
    probe = ("import sys\nsys.argv = ['copydesk', 'check', 'story.md']\nfrom lint.launch import main\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\nprint('click' in sys.modules, 'lint.engine' in sys.modules)")
    runs = [subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=120)
            for _ in range(2)]
    assert runs[0].stdout.splitlines()[-1] == "False True"  # checked: the engine, still no click
    assert runs[1].stdout.splitlines()[-1] == "False False"  # from the cache
    assert "sentence-case" in runs[1].stdout


@pytest.mark.parametrize(("raised", "code", "said"), [
    (KeyboardInterrupt(), 130, "copydesk: interrupted\n"),
    (ZeroDivisionError("division by zero"), 3, "internal error, a bug in copydesk"),
])
def test_the_plain_path_ends_a_bug_or_ctrl_c_as_click_does(raised, code, said, monkeypatch, capsys):
    def run(paths, options):
        raise raised

    monkeypatch.setattr("lint.run.runner.run", run)
    monkeypatch.delenv(shared.DEBUG_VARIABLE, raising=False)
    monkeypatch.setattr(sys, "argv", ["copydesk", "check", "story.md"])
    with pytest.raises(SystemExit) as fast:
        launch.main()
    err = capsys.readouterr().err
    assert fast.value.code == code and said in err and "Traceback" not in err
    clicked = CliRunner().invoke(command, ["check", "story.md"])
    assert clicked.exit_code == code and said in clicked.stderr


@pytest.mark.parametrize("styles", [{"bold": True}, {"dim": True}, {"fg": "red"}, {"fg": "yellow"}, {"fg": "cyan"},
                                    {"fg": "cyan", "bold": True}])
def test_styles_are_the_codes_click_writes(styles):
    assert terminal.style("copy", **styles) == click.style("copy", **styles)


@pytest.mark.parametrize("color", [None, False, True])
def test_echo_strips_colour_as_click_does(color, monkeypatch):
    text = terminal.style("warning", fg="yellow") + " a \033[1mbold\033[0m draft"
    written = []
    for echo in (terminal.echo, lambda message, **kw: click.echo(message, **kw)):
        out = io.StringIO()
        monkeypatch.setattr(sys, "stdout", out)
        echo(text, color=color)
        written.append(out.getvalue())
    assert written[0] == written[1]
    assert ("\033[" in written[0]) is bool(color)


def test_echo_writes_utf8_where_the_stream_says_ascii(monkeypatch):
    raw = io.BytesIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding="ascii"))
    terminal.echo("Zoë said “no”")
    assert raw.getvalue().decode("utf-8") == "Zoë said “no”\n"
