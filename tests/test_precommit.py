"""copydesk as a pre-commit hook, with the real pre-commit package: a throwaway
newsroom repository commits a faulty draft (the hook fails and shows the
diagnostics) and a clean one (it passes). Slow: pre-commit builds the hook's
environment from this checkout and PyPI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

BAD = "the talks ended.Both sides left,quickly.\n"
GOOD = "The talks ended. Both sides left quickly.\n"


def _git(*args, cwd):
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True)


def test_hook_fails_a_bad_draft_and_passes_a_good_one(tmp_path):
    # The hook repository: this checkout as it is now, committed in a copy.
    hook_repo = tmp_path / "copydesk"
    shutil.copytree(ROOT, hook_repo, ignore=shutil.ignore_patterns(
        ".git", ".*venv*", "build", "*.egg-info", "__pycache__", ".*cache", "corpus"))
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "NO_COLOR": "1",
           "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.com",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.com"}
    env.pop("VIRTUAL_ENV", None)
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "copydesk"]):
        subprocess.run(["git", *args], cwd=hook_repo, check=True, env=env, capture_output=True)
    rev = _git("rev-parse", "HEAD", cwd=hook_repo).stdout.strip()

    newsroom = tmp_path / "newsroom"
    newsroom.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=newsroom, check=True, env=env)
    (newsroom / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook_repo.as_posix()}\n    rev: {rev}\n    hooks:\n      - id: copydesk\n")
    pre_commit = [sys.executable, "-m", "pre_commit"]
    installed = subprocess.run([*pre_commit, "install"], cwd=newsroom, env=env, capture_output=True, text=True)
    assert installed.returncode == 0, installed.stdout + installed.stderr

    (newsroom / "story.md").write_text(BAD)
    subprocess.run(["git", "add", "story.md", ".pre-commit-config.yaml"], cwd=newsroom, check=True, env=env)
    bad = subprocess.run(["git", "commit", "-m", "bad draft"], cwd=newsroom, env=env, capture_output=True,
                         text=True, timeout=900)
    output = bad.stdout + bad.stderr
    assert bad.returncode != 0, output
    assert "copydesk" in output and "Failed" in output
    assert "story.md:1:1: warning sentence-case" in output
    assert 'Missing space after "." in "ended.Both"' in output

    (newsroom / "story.md").write_text(GOOD)
    subprocess.run(["git", "add", "story.md"], cwd=newsroom, check=True, env=env)
    good = subprocess.run(["git", "commit", "-m", "good draft"], cwd=newsroom, env=env, capture_output=True,
                          text=True, timeout=900)
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout + good.stderr
    assert Path(newsroom / ".git").exists()
