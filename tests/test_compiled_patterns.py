"""The compiled patterns' cache (lint.compiled_patterns): a pattern read back
from the file behaves as the one Python compiles, the command's findings are
the same with the cache empty, filled or off, and a damaged file costs only
time."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from array import array
from pathlib import Path

import pytest

from lint import compiled_patterns

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

_PATTERNS = [
    (r"(?P<word>\w+)-(\d{2,})", 0, ["ab-12", "ab-1", "x-999 y"]),
    (r"(?i)read more\b", 0, ["Read More now", "read moreover"]),
    (r"^\s*(?:#+|>)\s*(.*)$", re.MULTILINE, ["# Head\n> quote\nplain"]),
    (r"caf\u00e9s? (?=open)", re.IGNORECASE, ["CAF\u00c9S open", "cafe open"]),
    (r"(a|b)*?c(?!d)", 0, ["ababc", "abcd"]),
]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """The cache installed in this process, in a folder of the test's; uninstalled after."""
    monkeypatch.setenv("COPYDESK_PATTERN_CACHE", str(tmp_path))
    compiled_patterns.uninstall()  # a command run in process earlier installed it, with the session's folder
    re.purge()  # re's own cache would answer before the hook is asked
    yield tmp_path
    compiled_patterns.uninstall()
    re.purge()


def _behaviour(pattern: re.Pattern[str], texts: list[str]) -> list:
    found = [(pattern.flags, pattern.groups, pattern.groupindex)]
    for text in texts:
        found += [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)]
    return found


def _reinstall() -> None:
    compiled_patterns.uninstall()
    re.purge()
    compiled_patterns.install()


def test_a_pattern_read_back_from_the_file_behaves_as_the_one_python_compiles(cache):
    expected = [_behaviour(re.compile(p, f), texts) for p, f, texts in _PATTERNS]
    re.purge()
    compiled_patterns.install()
    assert [_behaviour(re.compile(p, f), texts) for p, f, texts in _PATTERNS] == expected  # compiled, recorded
    compiled_patterns.save()
    (saved,) = cache.glob("patterns-*.bin")
    _reinstall()
    assert compiled_patterns._state["index"], "the entries were not read back"
    assert not compiled_patterns._state["new"]
    assert [_behaviour(re.compile(p, f), texts) for p, f, texts in _PATTERNS] == expected  # from the file
    assert not compiled_patterns._state["new"], "a pattern in the file was compiled again"
    assert list(cache.glob("patterns-*.bin")) == [saved]


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped", "empty"])
def test_a_damaged_file_is_compiled_afresh_and_nothing_else_changes(cache, damage):
    expected = [_behaviour(re.compile(p, f), texts) for p, f, texts in _PATTERNS]
    re.purge()
    compiled_patterns.install()
    for p, f, _ in _PATTERNS:
        re.compile(p, f)
    compiled_patterns.save()
    (saved,) = cache.glob("patterns-*.bin")
    data = saved.read_bytes()
    if damage == "garbage":
        data = os.urandom(len(data))
    elif damage == "truncated":
        data = data[:len(data) - 40]
    elif damage == "flipped":  # code that may still pass the engine's validation, but is not what was stored
        data = data[:-12] + bytes(b ^ 0x01 for b in data[-12:])
    else:
        data = b""
    saved.write_bytes(data)
    _reinstall()
    assert [_behaviour(re.compile(p, f), texts) for p, f, texts in _PATTERNS] == expected


def test_an_entry_whose_code_was_altered_is_compiled_afresh(cache):
    """Code that still passes the engine's validation but matches another text: the entry's CRC finds it."""
    pattern = r"quiz-\d+"
    re.purge()
    compiled_patterns.install()
    re.compile(pattern)
    compiled_patterns.save()
    (saved,) = cache.glob("patterns-*.bin")
    index, view = compiled_patterns._read(saved)
    at, length = index[compiled_patterns._key(pattern, 0)][:2]
    code = array("I", bytes(view))
    del view
    assert ord("q") in code[at:at + length]
    for i in range(at, at + length):
        if code[i] == ord("q"):
            code[i] = ord("z")  # the literal "q" made a "z", in the search's prefix and in the match's code
    data = saved.read_bytes()
    saved.write_bytes(data[:len(data) - len(code) * 4] + code.tobytes())
    _reinstall()
    assert re.compile(pattern).match("quiz-12") and not re.compile(pattern).match("zuiz-12")


def test_off_turns_it_off_and_a_file_unwritten_for_a_month_is_removed(tmp_path, monkeypatch):
    compiled_patterns.uninstall()
    monkeypatch.setenv("COPYDESK_PATTERN_CACHE", "off")
    compiled_patterns.install()
    assert not compiled_patterns._state
    monkeypatch.setenv("COPYDESK_PATTERN_CACHE", str(tmp_path))
    stale, in_use = tmp_path / "patterns-0000000000000000.bin", tmp_path / "patterns-1111111111111111.bin"
    for other in (stale, in_use):
        other.write_bytes(b"copydesk-patterns-1\n")
    month_ago = time.time() - 31 * 24 * 3600
    os.utime(stale, (month_ago, month_ago))
    re.purge()
    try:
        compiled_patterns.install()
        re.compile(r"stale-check-\d+")
        compiled_patterns.save()
    finally:
        compiled_patterns.uninstall()
        re.purge()
    assert not stale.exists() and in_use.exists()  # another copydesk's in use (a pre-commit hook's) is kept
    assert len(list(tmp_path.glob("patterns-*.bin"))) == 2


def _check(folder: Path, cache: str, seed: str = "0") -> subprocess.CompletedProcess:
    env = {**os.environ, "COPYDESK_PATTERN_CACHE": cache, "PYTHONHASHSEED": seed}
    return subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", "--format", "json", "--jobs", "1",
                           str(folder)], capture_output=True, text=True, env=env, cwd=ROOT)


def test_the_commands_findings_are_the_same_with_the_cache_empty_filled_or_off(tmp_path):
    off = _check(EXAMPLES, "off")
    empty = _check(EXAMPLES, str(tmp_path))
    assert list(tmp_path.glob("patterns-*.bin")), "the command saved no patterns"
    filled = _check(EXAMPLES, str(tmp_path))
    assert off.stdout and (off.returncode, off.stdout) == (empty.returncode, empty.stdout) == \
        (filled.returncode, filled.stdout)


def test_an_engine_that_takes_the_code_otherwise_leaves_patterns_compiled_as_python_does(cache, monkeypatch):
    class Otherwise:  # another Python's engine, whose compile wants other arguments
        MAGIC, CODESIZE = 0, 4

        @staticmethod
        def compile(*args):
            raise TypeError("compile() takes 5 arguments")

    original = re._compiler.compile
    monkeypatch.setattr(compiled_patterns, "_sre", Otherwise)
    compiled_patterns.install()
    assert not compiled_patterns._state and re._compiler.compile is original
    assert re.compile(r"after-\d+").match("after-2")


def test_a_second_run_finds_every_pattern_in_the_file_whatever_the_hash_seed(tmp_path):
    """Patterns are built in the same order on every run (not in a set's, which the hash seed orders), so a
    second run compiles nothing and writes nothing."""
    _check(EXAMPLES, str(tmp_path), seed="1")
    (saved,) = tmp_path.glob("patterns-*.bin")
    first = saved.read_bytes()
    _check(EXAMPLES, str(tmp_path), seed="2")
    assert saved.read_bytes() == first
