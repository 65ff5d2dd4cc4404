"""The `punctuation-spacing` kind: no space after , ; : ! ? or a sentence-ending
full stop between two words ("agenda,the", "encounter.Three").

Numbers (3.5, 1,000, 10:30), abbreviations (U.S., Ph.D., e.g.), domain names
(Amazon.com, ASP.NET), e-mail addresses and URLs never match: both sides of the
mark must be letters, and a full stop only counts between a lowercase word and a
capitalised one. URLs and code are masked before any rule runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..diagnostics import Edit, Finding, Fix
from ..model.sentences import run_on_stop
from .contract import ActiveRule, Context, Kind

# A mark with a letter straight after it; what stands before it is judged below.
_MISSING = re.compile(r"[,;:!?.](?=[^\W\d_])")
_CLOSERS = "\u201d\u2019\"')]"

if TYPE_CHECKING:
    from ..model.document import Document


def _missing_space(text: str, pos: int, mark: str) -> bool:
    before = text[pos - 1] if pos else " "
    if mark in ",;":  # agenda,the  2018,the  "no",then
        return before.isalnum() or before in _CLOSERS
    if not (before.isalpha() and pos >= 2 and text[pos - 2].isalpha()):
        return mark in "!?" and before.isalpha()  # What?No
    if mark == ":":  # Note:this, not 10:30, C:\, std::
        return text[pos + 1:pos + 3].isalpha()
    if mark == ".":  # encounter.Three, court.his; not Amazon.com, ASP.NET, node.js, report.pdf
        return run_on_stop(text, pos, len(text))
    return True


_WORD_BEFORE = re.compile(r"[\w'\u2019\u201d\")\]-]*$")
_WORD_AFTER = re.compile(r"[\w'\u2019-]*")


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    text = doc.masked
    for m, region in doc.matches(_MISSING, rule.scopes):
        pos, mark = m.start(), m.group()
        if not _missing_space(text, pos, mark):
            continue
        before = _WORD_BEFORE.search(text, max(region.start, pos - 40), pos)
        after = _WORD_AFTER.match(text, pos + 1, region.end)
        if before is None or after is None:  # cannot happen: a letter stands on each side
            continue
        start, end = before.start(), after.end()
        yield Finding(
            start,
            end,
            rule.spec.message.format(mark=mark, text=doc.text[start:end]),
            Fix(f'Add a space after "{mark}"', (Edit(pos + 1, pos + 1, " "),)),
        )


KIND = Kind("punctuation-spacing", check, fields=frozenset({"mark", "text"}))
