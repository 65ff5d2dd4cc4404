"""Front matter of `key: value` lines is read without PyYAML; whatever that
reader accepts must come out exactly as PyYAML reads it."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from lint.formats.frontmatter import _parsed, _simple, read

# Characters that decide how YAML reads a line: indicators, quotes, spaces,
# tabs, line ends, non-ASCII letters, a no-break space.
_PIECES = st.sampled_from(["title", "date", "a", "x1", "-", "_", ":", ": ", " #", "#", "'", "''", '"', "\\", " ",
                           "  ", "\t", "\r", "[", "]", "{", "}", ",", "?", "!", "&", "*", "|", ">", "%", "@", "`",
                           "Caf\u00e9", "\u6771\u4eac", "\u00a0", "2025-01-20", "yes", "~", "null", "..."])
_TEXT = st.lists(_PIECES, max_size=5).map("".join)
_WORDS = st.lists(st.one_of(st.sampled_from(["word", " ", "Caf\u00e9", "2025", "a:b", "x#y", "it's"]), _PIECES),
                  max_size=5).map("".join)  # values that are often well-formed
# Mostly lines of the `key: value` shape, so that the quick reader accepts many
# and a difference shows; sometimes anything at all.
_KEY_LINE = st.tuples(st.sampled_from(["title", "date", "x1", "_k", "a-b", "t\u00edtulo", "2x", "-x"]),
                      st.sampled_from([": ", ": ", ": ", ":", ":  ", ": \t"]),
                      st.one_of(_WORDS, _WORDS.map(lambda t: f'"{t}"'), _WORDS.map(lambda t: f"'{t}'")),
                      st.sampled_from(["", "", "", " ", "\r", " # note"])).map("".join)
_LINE = st.one_of(_KEY_LINE, _KEY_LINE, _KEY_LINE, _TEXT)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_LINE, max_size=3))
def test_the_quick_reader_agrees_with_pyyaml_wherever_it_reads(lines):
    source = "\n".join(lines) + "\n"
    quick = _simple(source)
    if quick is not None:
        assert quick == _parsed(source), source
    accepted.append(quick is not None)


accepted: list[bool] = []


def test_the_property_test_reaches_the_quick_reader():
    """The comparison above means something only if many lines are read quickly."""
    if not accepted:  # run alone, not after it
        test_the_quick_reader_agrees_with_pyyaml_wherever_it_reads()
    assert sum(accepted) >= 120, sum(accepted)  # about 200 in 1,500


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["title", "subtitle", "date", "lang", "slug"]),
                          st.text(st.characters(blacklist_categories=("Cs",)), max_size=20)), max_size=4),
       st.sampled_from(["{}", '"{}"', "'{}'"]))
def test_the_quick_reader_reads_typical_front_matter(pairs, quoting):
    """Typical values: plain, double- or single-quoted text of any characters."""
    lines = [f"{key}: {quoting.format(value)}" for key, value in pairs]
    source = "\n".join(lines) + "\n"
    quick = _simple(source)
    if quick is not None:
        assert quick == _parsed(source), source


def test_common_front_matter_takes_the_quick_path_and_the_rest_pyyaml():
    assert _simple("title: Council approves budget\ndate: 2025-03-01\nauthor: 'Dana O''Neil'\n") == [
        ("title", "Council approves budget", (7, 30)), ("date", "2025-03-01", (37, 47)),
        ("author", "Dana O'Neil", (57, 69))]  # the region is the text as written
    for other in ("tags: [a, b]\n", "title: x # comment\n", "title: >\n  folded\n", "copydesk: {disable: [x]}\n",
                  "title: a: b\n", "title: \"esc\\\"aped\"\n", "title:\tx\n", "- item\n", "title: A\n  continued\n"):
        assert _simple(other) is None, other
    matter = read("---\ntitle: \"Mayor\u2019s plan\"\n---\nBody.\n")
    assert matter.data == {"title": "Mayor\u2019s plan"} and [(f.start, f.end) for f in matter.fields] == [(12, 24)]


def test_a_draft_with_simple_front_matter_imports_no_yaml(tmp_path):
    """What the quick reader is for: a draft edited since the last run (the
    pre-commit case), its rule files parsed already, loads no YAML
    parser at all; front matter PyYAML must read still loads it."""
    (tmp_path / ".git").mkdir()
    story = tmp_path / "story.md"
    probe = ("import sys\nfrom lint.cli import main\ntry:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
             "print('yaml' in sys.modules, 'dataclasses' in sys.modules)")

    def loads_yaml(front: str) -> bool:
        story.write_text(f"---\n{front}---\n\nThe council approved the budget.\n", encoding="utf-8")
        done = subprocess.run([sys.executable, "-c", probe, "check", "story.md"], cwd=tmp_path,
                              capture_output=True, text=True, timeout=60)
        assert "No problems in 1 file" in done.stdout, done.stdout + done.stderr
        yaml, dataclasses = done.stdout.splitlines()[-1].split()
        assert dataclasses == "False"  # nor does any check define a dataclass: each costs a millisecond
        return yaml == "True"

    assert not loads_yaml("title: Budget\n")  # the rule files come parsed (rules/precomputed.json)
    assert not loads_yaml("title: Council approves budget\ndate: 2025-03-01\n")
    assert loads_yaml("title: Council approves budget\ntags: [budget, council]\n")


def test_a_colon_in_a_plain_title_is_reported_with_how_to_quote_it_and_the_date_still_counts():
    import lint

    text = ("---\ntitle: Trump: the first 100 days\ndate: 2019-04-29\n---\n\n"
            "Former President Donald Trump spoke on Monday.\n")
    found = {d.rule: d for d in lint.check_text(text, format="markdown")}
    assert found["front-matter"].message.endswith('put the value in quotes: title: "Trump: the first 100 days"')
    # the date on the line after the broken one still sets the as-of date: in 2019 he was in office
    assert found["title-accuracy"].as_of == "2019-04-29"


def test_the_quoting_hint_quotes_a_value_that_holds_double_quotes_in_single_quotes():
    fm = read('---\ntitle: Review: "The Keeper" at the Custom House\n---\n\nText.\n')
    assert fm is not None and fm.problems[0].message.endswith(
        """put the value in quotes: title: 'Review: "The Keeper" at the Custom House'""")


def test_broken_front_matter_keeps_only_its_plain_top_level_lines():
    fm = read("---\ntags:\n  - a: b: c\ntitle: One: two\ndate: 2020-01-02\nauthor: Jo\n---\n\nText.\n")
    assert fm is not None and len(fm.problems) == 1 and "put the value in quotes" not in fm.problems[0].message
    assert fm.data == {"date": "2020-01-02", "author": "Jo"}


def test_an_error_yaml_cannot_pin_on_a_colon_gets_no_hint():
    fm = read("---\ntitle: [unclosed\ndate: 2020-01-02\n---\n\nText.\n")
    assert fm is not None and "put the value in quotes" not in fm.problems[0].message


@settings(max_examples=500, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=4))
def test_front_matter_yaml_cannot_read_keeps_only_lines_yaml_reads_alike(lines):
    """Whatever the broken front matter, reading it raises nothing, and each value kept from it is what PyYAML
    reads from that line alone."""
    source = "\n".join(lines) + "\n"
    fm = read(f"---\n{source}---\n\nText.\n")
    assert fm is not None
    if fm.problems and "not valid YAML" in fm.problems[0].message:
        for line in lines:
            kept = _simple(line) if line[:1].strip() else None
            for key, value, _ in kept or ():
                if value and fm.data.get(key) == value:
                    assert _parsed(line + "\n")[0][1] == value
