"""copydesk as a pre-commit hook, with the real pre-commit package: a throwaway
newsroom repository commits a faulty draft (the hook fails and shows the
diagnostics) and a clean one (it passes); with the fixing hook, the faulty
draft is fixed, the commit stops, and after `git add` it passes. Slow:
pre-commit builds the hook's environment from this checkout and PyPI (once for
both tests)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

BAD = "the talks ended.Both sides left,quickly.\n"
GOOD = "The talks ended. Both sides left quickly.\n"


def _git(*args, cwd, env=None):
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True, env=env)


@pytest.fixture(scope="module")
def hook(tmp_path_factory):
    """The hook repository (this checkout as it is now, committed in a copy),
    its commit, and the environment pre-commit runs in."""
    tmp_path = tmp_path_factory.mktemp("hook")
    hook_repo = tmp_path / "copydesk"
    shutil.copytree(ROOT, hook_repo, ignore=shutil.ignore_patterns(
        ".git", ".*venv*", "build", "*.egg-info", "__pycache__", ".*cache", "corpus"))
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "NO_COLOR": "1",
           "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.com",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.com"}
    env.pop("VIRTUAL_ENV", None)
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "copydesk"]):
        _git(*args, cwd=hook_repo, env=env)
    return hook_repo, _git("rev-parse", "HEAD", cwd=hook_repo).stdout.strip(), env


def _newsroom(tmp_path, hook, hook_id):
    hook_repo, rev, env = hook
    newsroom = tmp_path / "newsroom"
    newsroom.mkdir()
    _git("init", "-q", cwd=newsroom, env=env)
    (newsroom / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook_repo.as_posix()}\n    rev: {rev}\n    hooks:\n      - id: {hook_id}\n")
    installed = subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=newsroom, env=env,
                               capture_output=True, text=True)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return newsroom


def _commit(newsroom, env, message, *paths, story=None):
    """Write the story (when given), stage `paths`, commit: (exit code, output)."""
    if story is not None:
        (newsroom / "story.md").write_text(story)
    _git("add", *paths, cwd=newsroom, env=env)
    done = subprocess.run(["git", "commit", "-m", message], cwd=newsroom, env=env, capture_output=True, text=True,
                          timeout=900)
    return done.returncode, done.stdout + done.stderr


def test_hook_fails_a_bad_draft_and_passes_a_good_one(tmp_path, hook):
    env = hook[2]
    newsroom = _newsroom(tmp_path, hook, "copydesk")
    code, output = _commit(newsroom, env, "bad draft", "story.md", ".pre-commit-config.yaml", story=BAD)
    assert code != 0, output
    assert "copydesk" in output and "Failed" in output
    assert "story.md:1:1: warning sentence-case" in output
    assert 'Missing space after "." in "ended.Both"' in output

    code, output = _commit(newsroom, env, "good draft", "story.md", story=GOOD)
    assert code == 0, output
    assert "Passed" in output


def test_fix_hook_fixes_the_draft_and_stops_the_commit_until_it_is_added(tmp_path, hook):
    env = hook[2]
    newsroom = _newsroom(tmp_path, hook, "copydesk-fix")
    code, output = _commit(newsroom, env, "bad draft", "story.md", ".pre-commit-config.yaml", story=BAD)
    assert code != 0, output  # files were modified by this hook
    assert (newsroom / "story.md").read_text() == "The talks ended. Both sides left, quickly.\n"
    code, output = _commit(newsroom, env, "fixed draft", "story.md")
    assert code == 0, output
    assert "Passed" in output


def test_readme_snippet_works_as_written(tmp_path, hook):
    """The README's snippet, copied as a user copies it, with only `repo:`
    pointed at a local clone of this repository (tests have no network)."""
    import re

    env = hook[2]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    snippet = re.search(r"```yaml\n(# \.pre-commit-config\.yaml\n.*?)```", readme, re.S).group(1)
    rev = re.search(r"rev: (\S+)", snippet).group(1)
    tags = _git("tag", cwd=ROOT).stdout.split() if (ROOT / ".git").exists() else []
    if not tags:  # a copy or clone made without tags: the snippet's rev cannot be looked up
        pytest.skip(f"this checkout has no git tags, so the README's rev {rev} cannot be tried")
    assert rev in tags, f"the README's pre-commit snippet names rev {rev}, a tag this repository lacks ({tags})"
    clone = tmp_path / "clone"
    _git("clone", "-q", str(ROOT), str(clone), cwd=tmp_path, env=env)
    config = re.sub(r"repo: \S+.*", f"repo: {clone.as_posix()}", snippet)
    newsroom = tmp_path / "newsroom"
    newsroom.mkdir()
    _git("init", "-q", cwd=newsroom, env=env)
    (newsroom / ".pre-commit-config.yaml").write_text(config)
    (newsroom / "story.md").write_text(BAD)
    _git("add", "-A", cwd=newsroom, env=env)
    done = subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files"], cwd=newsroom, env=env,
                          capture_output=True, text=True, timeout=900)
    output = done.stdout + done.stderr
    assert done.returncode == 1, output  # the hook ran (rev found) and stopped the faulty draft
    assert "story.md:1:1: warning sentence-case" in output
