"""`copydesk check --fix` / `--diff`, `lint.fix_text`: safe and unsafe fixes,
applied without collisions until nothing changes, written back safely."""

from __future__ import annotations

import difflib
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import lint
from conftest import ROOT
from lint import files
from lint.cli import main
from lint.fixes import FixLoop, apply, fix_until_stable, fixable

SCRAPED = ("Home » News » Harbour deal\n\nthe talks ended.Both sides left,quickly after a hour.\n\n"
           "The mayor spoke at length about the harbour deal and its costs.\n\n"
           "The mayor spoke at length about the harbour deal and its costs.\n\nLeave a comment\n")
SAFE_FIXED = ("Home » News » Harbour deal\n\nThe talks ended. Both sides left, quickly after an hour.\n\n"
              "The mayor spoke at length about the harbour deal and its costs.\n\n"
              "The mayor spoke at length about the harbour deal and its costs.\n\nLeave a comment\n")
ALL_FIXED = ("The talks ended. Both sides left, quickly after an hour.\n\n"
             "The mayor spoke at length about the harbour deal and its costs.\n")


def run(*args, input=None):
    return CliRunner().invoke(main, ["check", *args], input=input)


# -- the library --------------------------------------------------------------------

def test_fix_text_applies_safe_fixes_and_returns_what_remains():
    fixed, remaining = lint.fix_text(SCRAPED, format="text")
    assert fixed == SAFE_FIXED
    assert {d.rule for d in remaining} == {"boilerplate", "duplicate-text"}
    assert all(d.unsafe for d in remaining if d.fix)


def test_unsafe_fixes_delete_residue_and_repeats():
    fixed, remaining = lint.fix_text(SCRAPED, format="text", unsafe=True)
    assert fixed == ALL_FIXED
    assert remaining == []
    assert lint.fix_text(fixed, format="text", unsafe=True) == (fixed, [])  # a second run changes nothing


def test_json_keeps_fix_for_safe_fixes_and_says_unsafe_fix_for_the_rest():
    rows = [d.to_dict() for d in lint.check_text(SCRAPED, format="text")]
    safe = {r["rule"] for r in rows if "fix" in r}
    unsafe = {r["rule"] for r in rows if "unsafe_fix" in r}
    assert safe == {"sentence-case", "punctuation-spacing", "indefinite-article"}
    assert unsafe == {"boilerplate", "duplicate-text"}
    assert all(set(r["unsafe_fix"]) == {"description", "edits"} for r in rows if "unsafe_fix" in r)


def test_a_rule_fix_can_be_switched_off_in_the_config():
    config = {"rules": {"sentence-case": {"fix": False}}}
    fixed, remaining = lint.fix_text("the end came.\n", config=config)
    assert fixed == "the end came.\n"
    assert [d.rule for d in remaining] == ["sentence-case"] and remaining[0].fix is None


def test_fixes_never_touch_code_urls_or_suppressed_lines():
    text = ("Run `the end.Both` now.\n\nSee https://example.com/a,b.html for more.\n\n"
            "<!-- copydesk-disable-next-line sentence-case -->\nthe end came.\n")
    assert lint.fix_text(text)[0] == text


def test_a_fix_loop_is_an_error_naming_the_rules():
    from lint.diagnostics import Diagnostic, Edit, Fix

    def flip(text):  # two "rules" that undo each other
        to = "B" if text.startswith("A") else "A"
        return None, [Diagnostic(None, 1, 1, 1, 2, 0, 1, "flip-" + to, "warning", "x",
                                 fix=Fix("flip", (Edit(0, 1, to),)))]

    with pytest.raises(FixLoop, match="flip-A, flip-B"):
        fix_until_stable(flip, "A text")


# -- properties over generated drafts ---------------------------------------------------

PIECES = ["the", "The", "end", "a", "an", "hour", "apple", ".", ",", " ", "  ", "agenda,the", "end.Three", "\n",
          "\r\n", "\n\n", "said", '"', "\u201c", "\u201d", "U.S.", "3.5", "Read more", "Home \u00bb News", "#", "`x`",
          "https://a.io/b.c", "<p>", "</p>", "<b>", "</b>", "former President Barack Obama", "Ph.D.", "\u00ba",
          '<a href="/x">', "</a>", "Advertisement"]
DRAFTS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
FORMATS = st.sampled_from(["markdown", "text", "html"])
PROFILE = settings(max_examples=int(os.environ.get("COPYDESK_FUZZ_EXAMPLES", "120")), deadline=None,
                   suppress_health_check=[HealthCheck.too_slow])


def _breaks(text: str) -> list[str]:
    return [c for c in text.replace("\r\n", "\x00") if c in "\x00\r\n"]


@PROFILE
@given(text=DRAFTS, fmt=FORMATS, unsafe=st.booleans())
def test_fixing_is_idempotent_and_keeps_the_draft_readable(text, fmt, unsafe):
    fixed, remaining = lint.fix_text(text, format=fmt, unsafe=unsafe)
    assert lint.fix_text(fixed, format=fmt, unsafe=unsafe)[0] == fixed
    assert not fixable(remaining, unsafe)
    lint.check_text(fixed, format=fmt)  # still parses
    if not unsafe:  # safe fixes never add or change a line break, nor join paragraphs; they may join a
        # hard-wrapped line the wrapper broke at a stray space ("jobs\n, around" -> "jobs, around")
        kept = iter(_breaks(text))
        assert all(any(b == k for k in kept) for b in _breaks(fixed))
        assert _paragraph_breaks(fixed) == _paragraph_breaks(text)


def _paragraph_breaks(text: str) -> int:
    return len(re.findall(r"\n[ \t]*\n", text.replace("\r\n", "\n").replace("\r", "\n")))


def test_a_safe_fix_joins_a_line_broken_at_a_stray_space_and_keeps_every_other_break():
    text = "Nimbus will cut 2,000 jobs\r\n, around 8% of its staff.\r\n\r\nThe road (\r\nthe main route) reopened.\r\n"
    fixed = lint.fix_text(text, format="text")[0]
    assert fixed == "Nimbus will cut 2,000 jobs, around 8% of its staff.\r\n\r\nThe road (the main route) reopened.\r\n"


@PROFILE
@given(text=DRAFTS, fmt=FORMATS, unsafe=st.booleans())
# Found by this test: two missing spaces after an initialism were one finding with one fix.
@example(text="Ph.D.end.Three", fmt="markdown", unsafe=False)
@example(text="Ph.D.an.the", fmt="markdown", unsafe=False)  # ... and in lowercase
def test_one_round_changes_text_only_inside_fix_spans_and_clears_those_findings(text, fmt, unsafe):
    found = lint.check_text(text, format=fmt)
    todo = fixable(found, unsafe)
    fixed = apply(text, todo)
    edits = sorted((e.offset, e.end_offset, e.text) for d in todo for e in d.fix.edits)
    # Outside the edits the text is the same, piece by piece.
    at, out = 0, 0
    for start, end, new in edits:
        assert fixed[out:out + start - at] == text[at:start]
        out += start - at + len(new)
        at = end
    assert fixed[out:] == text[at:]

    def moved(offset):  # an offset of the old text in the new one
        return offset + sum(len(new) - (end - start) for start, end, new in edits if end <= offset)

    after = {(d.rule, d.offset) for d in lint.check_text(fixed, format=fmt)}
    for d in todo:
        if all(e.text for e in d.fix.edits):  # not a deletion: the place still exists
            assert (d.rule, moved(d.offset)) not in after, d


# -- the command line ---------------------------------------------------------------------

def test_fix_writes_the_file_and_reports_what_remains(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("story.txt").write_text(SCRAPED, encoding="utf-8")
    done = run("--fix", "story.txt")
    assert Path("story.txt").read_text(encoding="utf-8") == SAFE_FIXED
    assert done.exit_code == 1  # boilerplate and the repeat remain
    assert "fixed 4 problems in 1 file" in done.stderr
    assert "add --unsafe-fixes" in done.stderr
    assert "sentence-case" not in done.stdout and "boilerplate" in done.stdout
    again = run("--fix", "story.txt")
    assert "nothing to fix" in again.stderr and Path("story.txt").read_text(encoding="utf-8") == SAFE_FIXED
    run("--fix", "--unsafe-fixes", "story.txt")
    assert Path("story.txt").read_text(encoding="utf-8") == ALL_FIXED


def test_diff_writes_nothing_and_exits_1_when_something_would_change(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("story.txt").write_text(SCRAPED, encoding="utf-8")
    done = run("--diff", "story.txt")
    assert done.exit_code == 1
    assert done.stdout.startswith("--- a/story.txt\n+++ b/story.txt\n")
    assert "-the talks ended.Both sides left,quickly after a hour.\n" in done.stdout
    assert "+The talks ended. Both sides left, quickly after an hour.\n" in done.stdout
    assert Path("story.txt").read_text(encoding="utf-8") == SCRAPED
    Path("clean.txt").write_text("The talks ended.\n", encoding="utf-8")
    clean = run("--diff", "clean.txt")
    assert clean.exit_code == 0 and clean.stdout == ""


def test_unsafe_fixes_need_fix_or_diff():
    assert run("--unsafe-fixes", "x.md").exit_code == 2


@pytest.mark.parametrize("raw", [b"the end.Both left.\r\nthe two.\r\n", b"\xef\xbb\xbfthe end.Both left.\n",
                                 b"the end.Both left.\rthe two.", b"the end.\n\n\n"])
def test_fix_keeps_bom_line_endings_and_final_newline(tmp_path, monkeypatch, raw):
    monkeypatch.chdir(tmp_path)
    Path("story.md").write_bytes(raw)
    mode = 0o640
    os.chmod("story.md", mode)
    run("--fix", "story.md")
    out = Path("story.md").read_bytes()
    assert out.startswith(b"\xef\xbb\xbf") == raw.startswith(b"\xef\xbb\xbf")
    assert _breaks(out.decode("utf-8-sig")) == _breaks(raw.decode("utf-8-sig"))
    assert out.endswith(b"\n") == raw.endswith(b"\n")
    assert out.replace(b"The", b"the").replace(b". Both", b".Both") == raw
    assert os.stat("story.md").st_mode & 0o777 == mode
    assert not [p for p in Path(".").iterdir() if p.name != "story.md"]  # no temporary file left


def test_fix_on_stdin_prints_the_fixed_text_and_reports_on_stderr():
    done = run("--fix", "-", input="the end.Both left.\n")
    assert done.stdout == "The end. Both left.\n"
    assert "fixed 2 problems" in done.stderr


def test_a_read_only_file_is_an_error_and_stays_as_it_was(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("story.md").write_text("the end.\n", encoding="utf-8")
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, m: False if m == os.W_OK else real_access(p, m))  # root can write
    done = run("--fix", "story.md")
    assert done.exit_code == 2
    assert "story.md: not fixed: it is read-only" in done.stderr
    assert Path("story.md").read_text(encoding="utf-8") == "the end.\n"


def test_a_file_changed_during_the_run_is_not_overwritten(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("story.md").write_text("the end.\n", encoding="utf-8")
    real_read = files.read_bytes
    calls = []

    def read(path, limit=files.MAX_BYTES):
        calls.append(path)
        if len(calls) == 2:  # the editor saved while copydesk was checking
            Path("story.md").write_text("the new end.\n", encoding="utf-8")
        return real_read(path, limit)

    monkeypatch.setattr(files, "read_bytes", read)
    monkeypatch.setattr("lint.run.checking.read_bytes", read)
    done = run("--fix", "story.md")
    assert done.exit_code == 2
    assert "changed on disk since it was read" in done.stderr
    assert Path("story.md").read_text(encoding="utf-8") == "the new end.\n"


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_a_symlink_is_written_through(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("real.md").write_text("the end.\n", encoding="utf-8")
    os.symlink("real.md", "link.md")
    run("--fix", "link.md")
    assert os.path.islink("link.md")
    assert Path("real.md").read_text(encoding="utf-8") == "The end.\n"


def test_html_fixes_edit_the_source_at_exact_offsets():
    page = "<html><body><article><p>the end.Both <b>sides</b> left.</p></article></body></html>\n"
    fixed, _ = lint.fix_text(page, format="html")
    assert fixed == "<html><body><article><p>The end. Both <b>sides</b> left.</p></article></body></html>\n"


def test_deleting_html_residue_takes_its_links_whole():
    """A residue line with a link loses the link with its text, never half a
    tag pair ("Read more: <a>...</a>" once left a stray "</a>")."""
    page = ('<article><p>The board met on Tuesday.</p><p>Read more: <a href="/x">Fares to rise</a></p>'
            '<div class="tags">Tags: <a href="/t/a">ferry</a>, <a href="/t/b">harbour</a></div></article>')
    fixed, _ = lint.fix_text(page, format="html", unsafe=True)
    assert fixed == '<article><p>The board met on Tuesday.</p><p></p><div class="tags"></div></article>'


def test_an_html_deletion_that_would_unbalance_tags_is_no_fix():
    page = "<article><p>The board met on Tuesday.</p><p><b>Advertisement</p></article>"
    (d,) = [d for d in lint.check_text(page, format="html") if d.rule == "boilerplate"]
    assert d.fix is None


def test_a_fix_that_would_rewrite_markup_is_offered_as_none():
    # The space before the stop is moved across a tag only by deleting the tag: no fix, the finding stays.
    page = "<article><p>The board met on Tuesday.</p><p>It ended <b>.Then the vote came.</p></article>"
    (d,) = [d for d in lint.check_text(page, format="html") if d.rule == "punctuation-spacing"]
    assert d.fix is None
    assert "<b>" in lint.fix_text(page, format="html")[0]


def _tags(text: str) -> list[str]:
    import re

    return re.findall(r"</?[a-z]+", text)


@PROFILE
@given(text=DRAFTS, unsafe=st.booleans())
def test_html_fixes_keep_every_tag(text, unsafe):
    """Fixing an HTML draft changes prose only: a deletion takes a link whole or not at all."""
    page = f"<article><p>The board met on Tuesday.</p><p>{text}</p></article>"
    fixed, _ = lint.fix_text(page, format="html", unsafe=unsafe)
    before, after = _tags(page), _tags(fixed)
    if not unsafe:
        assert after == before
    for name in {t.strip("</") for t in before}:  # what an unsafe deletion took, it took in pairs
        opened = before.count(f"<{name}") - after.count(f"<{name}")
        assert opened == before.count(f"</{name}") - after.count(f"</{name}") and opened >= 0


# -- the source article ---------------------------------------------------------------------

SOURCE = ROOT.parent / "shared" / "source-article.txt"
SAFE_RULES = {"sentence-case", "punctuation-spacing", "indefinite-article", "word-choice", "dateline"}


@pytest.mark.skipif(not SOURCE.exists(), reason="needs ../shared/source-article.txt")
def test_source_article_safe_fixes_touch_only_their_findings():
    text = SOURCE.read_text(encoding="utf-8")
    found = lint.check_text(text, format="text")
    fixed, remaining = lint.fix_text(text, format="text")
    assert not {d.rule for d in remaining} & SAFE_RULES
    spans = [(d.offset, d.end_offset) for d in found if d.rule in SAFE_RULES]
    matcher = difflib.SequenceMatcher(None, text, fixed, autojunk=False)
    for op, a, b, _, _ in matcher.get_opcodes():
        if op != "equal":  # every change lies at one of those findings
            assert any(s - 1 <= a and b <= e + 1 for s, e in spans), (op, text[a - 20:b + 20])
    unsafe, _ = lint.fix_text(text, format="text", unsafe=True)
    assert "Home \u00bb" not in unsafe and "Leave a Comment" not in unsafe
    assert lint.fix_text(unsafe, format="text", unsafe=True)[0] == unsafe


def test_rules_and_explain_show_how_each_rule_fixes():
    listing = CliRunner().invoke(main, ["rules"]).stdout
    assert "FIX" in listing.splitlines()[0]
    row = next(line for line in listing.splitlines() if line.startswith("boilerplate "))
    assert " unsafe " in row
    assert "safe fix" in CliRunner().invoke(main, ["explain", "sentence-case"]).stdout
    assert "unsafe fix" in CliRunner().invoke(main, ["explain", "boilerplate"]).stdout
