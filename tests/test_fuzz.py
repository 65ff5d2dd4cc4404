"""Generated drafts in every format, biased toward what breaks parsers: quotes,
brackets, tags, punctuation runs, line endings, byte-order marks, astral and
combining characters, NULs and lone surrogates. Whatever the draft:

- no exception;
- offsets inside the text, and line and column that agree with them (lines end
  at \\r\\n, \\n or a lone \\r);
- fixes inside the text, never overlapping one another;
- the same diagnostics on a second run;
- every reporter can write the result as UTF-8.

A bounded profile runs with the tests. A longer one:
    COPYDESK_FUZZ_EXAMPLES=20000 pytest tests/test_fuzz.py
"""

from __future__ import annotations

import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lint.api import check_text
from lint.reporters import FORMATS, Report, Summary, render

EXAMPLES = int(os.environ.get("COPYDESK_FUZZ_EXAMPLES", "150"))
FRAGMENTS = [
    # quotes and apostrophes
    '"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "'a ",
    # brackets, markup, code
    "[", "]", "(", ")", "[a](b)", "![x](y)", "`", "``", "<!--", "-->", "{{", "}}", "*", "_", "#", "---\n", "> ",
    "<b>", "</b>", "<div>", "</div>", "<p>", "</p>", '<a href="https://x.org">', "</a>", "<script>", "&amp;", "&#0;",
    # punctuation runs and spacing
    "?", "!", "...", "\u2026", ".", ",", ";", ":", " ", "  ", "\t", "-", "\u2014",
    # line endings and odd characters
    "\n", "\r\n", "\r", "\n\n", "\ufeff", "\x00", "\ud800", "\udcff", "\U0001d54f", "\U0001f600", "e\u0301",
    "\u0130", "\u00df", "\ufb01", "\u00ba",
    # words that wake the rules
    "the", "The", "said", "she said", "according to", "sources", "analysts say", "President Joe Biden",
    "former President Barack Obama", "a", "an", "hour", "U.S.", "Ph.D.", "3.5", "9:30 a.m.", "agenda,the",
    "encounter.Three", "https://example.com/a.b", "Click here to subscribe", "Read more", "Dana Whitcomb",
]
DRAFTS = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=4), max_size=60).map("".join)
FORMATS_OF_DRAFTS = st.sampled_from(["markdown", "text", "html"])
_BREAK = re.compile(r"\r\n?|\n")


def _position(text: str, offset: int) -> tuple[int, int]:
    line, start = 1, 0
    for m in _BREAK.finditer(text, 0, offset):
        if m.end() <= offset:
            line, start = line + 1, m.end()
    return line, offset - start + 1


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=DRAFTS, fmt=FORMATS_OF_DRAFTS)
def test_any_draft_gives_sound_diagnostics(text, fmt):
    found = check_text(text, format=fmt)
    edits = []
    for d in found:
        assert 0 <= d.offset <= d.end_offset <= len(text), d
        assert (d.line, d.column) == _position(text, d.offset), d
        assert (d.end_line, d.end_column) == _position(text, d.end_offset), d
        if d.fix is not None:
            for e in d.fix.edits:
                assert 0 <= e.offset <= e.end_offset <= len(text), d
                edits.append((e.offset, e.end_offset))
    edits.sort()
    for (_, end), (start, _) in zip(edits, edits[1:], strict=False):
        assert end <= start, edits  # fixes that could all be applied at once
    assert check_text(text, format=fmt) == found  # deterministic
    report = Report(found, Summary(files=1), files=["draft"], lines={"draft": lambda n: ""})
    for name in FORMATS:
        render(name, report).encode("utf-8")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner, max_size=4),
    max_leaves=25,
)


@settings(max_examples=EXAMPLES, deadline=None)
@given(value=JSON_VALUES, flat_at=st.integers(min_value=0, max_value=6))
def test_report_json_is_json_dumps_with_list_items_on_one_line(value, flat_at):
    import json

    from lint.reporters.jsontext import dumps

    assert json.loads(dumps(value, flat_at)) == value
    assert dumps(value, 99) == json.dumps(value, indent=2, ensure_ascii=False)  # the layout users had
    items = dumps({"findings": [value, value]}, flat_at=2).split("\n")
    assert items[2:4] == [f"    {json.dumps(value, ensure_ascii=False, separators=(', ', ': '))}" + ",",
                          f"    {json.dumps(value, ensure_ascii=False, separators=(', ', ': '))}"]
