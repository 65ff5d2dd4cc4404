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

from ..diagnostics import Edit, Finding, Fix

_MISSING = re.compile(
    r"(?<=[^\W_]|[\u201d\u2019\"')\]])[,;](?=[^\W\d_])"  # agenda,the
    r"|(?<=[^\W\d_]{2}):(?=[^\W\d_]{2})"  # Note:this (not 10:30, C:\, std::)
    r"|(?<=[^\W\d_])[!?](?=[^\W\d_])"  # What?No
    r"|(?<=[^\W\d_]{2})\.(?=[^\W\d_]{2})"  # encounter.Three (checked below)
)
_WORD_BEFORE = re.compile(r"[\w'\u2019\u201d\")\]-]*$")
_WORD_AFTER = re.compile(r"[\w'\u2019-]*")


def check(doc, rule, ctx) -> Iterator[Finding]:
    text = doc.masked
    for region in doc.regions_of(rule.spec.scopes):
        for m in _MISSING.finditer(text, region.start, region.end):
            pos = m.start()
            mark = m.group()
            if mark == "." and not (
                text[pos - 1].islower() and text[pos - 2].islower()
                and text[pos + 1].isupper() and text[pos + 2].islower()
            ):
                continue  # Amazon.com, ASP.NET, Node.js: not two sentences run together
            before = _WORD_BEFORE.search(text, max(region.start, pos - 40), pos)
            after = _WORD_AFTER.match(text, pos + 1, region.end)
            start, end = before.start(), after.end()
            yield Finding(
                start,
                end,
                rule.spec.message.format(mark=mark, text=doc.text[start:end]),
                Fix(f'Add a space after "{mark}"', (Edit(pos + 1, pos + 1, " "),)),
            )
