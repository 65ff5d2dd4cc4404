"""The built-in rules ship inside the package: a plain install into a fresh
virtual environment, run from another folder, finds them, and so does an
editable install. Slow (it builds and installs copydesk), so it runs once."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from conftest import ROOT

RULE_IDS = {p.stem for p in (ROOT / "rules").glob("*.yaml")}


def _run(args, cwd):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["NO_COLOR"] = "1"
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=env, timeout=600)


def _listed_rules(script: Path, cwd: Path) -> set[str]:
    result = _run([str(script), "rules"], cwd)
    assert result.returncode == 0, result.stderr
    return {line.split()[0] for line in result.stdout.splitlines()[1:]}


@pytest.fixture(scope="module")
def fresh_venv(tmp_path_factory):
    home = tmp_path_factory.mktemp("venv")
    venv.create(home, with_pip=True)
    return home


def test_plain_install_finds_the_rules_from_another_folder(fresh_venv, tmp_path):
    pip = fresh_venv / "bin" / "pip"
    build = tmp_path / "src"  # build from a copy so no build/ folder lands in the checkout
    shutil.copytree(ROOT, build, ignore=shutil.ignore_patterns(
        ".git", ".*venv*", "build", "*.egg-info", "__pycache__", ".*cache", "corpus"))
    result = _run([str(pip), "install", "-q", str(build)], tmp_path)
    assert result.returncode == 0, result.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    assert _listed_rules(fresh_venv / "bin" / "copydesk", elsewhere) == RULE_IDS
    located = _run([str(fresh_venv / "bin" / "python"), "-c",
                    "from lint.resources import builtin_folder; print(builtin_folder())"], elsewhere)
    assert Path(located.stdout.strip()).parts[-2:] == ("lint", "rules")
    assert "site-packages" in located.stdout
    (elsewhere / "story.txt").write_text("the end came.\n")
    check = _run([str(fresh_venv / "bin" / "copydesk"), "check", "story.txt"], elsewhere)
    assert check.returncode == 1 and "sentence-case" in check.stdout


def test_editable_install_finds_the_rules(fresh_venv, tmp_path):
    result = _run([str(fresh_venv / "bin" / "pip"), "install", "-q", "-e", str(ROOT)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert _listed_rules(fresh_venv / "bin" / "copydesk", tmp_path) == RULE_IDS
    located = _run([str(fresh_venv / "bin" / "python"), "-c",
                    "from lint.resources import builtin_folder; print(builtin_folder())"], tmp_path)
    assert Path(located.stdout.strip()) == ROOT / "rules"


if sys.platform == "win32":  # pragma: no cover
    pytestmark = pytest.mark.skip("the venv layout differs on Windows")
