"""The `mojibake` kind: text garbled by a wrong encoding, as a scraper or a CMS
leaves UTF-8 read as Windows-1252 ("donâ€™t" for "don’t", "Â£5" for "£5",
"CafÃ©" for "Café"); `model.garbled` tells a garbled run from real words.
The fix writes the repaired characters, which are exact: safe. The message
may use {text} and {repaired}.

A library (ftfy) does this and more (other codecs, HTML entities, curly
quotes); this one case is a short pattern and a round trip, tried only where
the draft's shared phrase pass found a lead byte's character, which English
copy rarely holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..diagnostics import Edit, Finding, Fix
from ..model.garbled import LEADS, garbled_at
from ..model.patterns import TOGETHER
from .contract import ActiveRule, Context, Kind

if TYPE_CHECKING:
    from ..model.document import Document

_LEAD = re.compile("[\u00c2-\u00f4]")


class Leads:
    """The lead bytes' characters, found in the draft's shared phrase pass
    (cheaper than a regex scan of its own)."""

    def __init__(self) -> None:
        self.together = TOGETHER.add({self: {c.lower() for c in LEADS}})

    def places(self, doc: Document) -> list[int]:
        if not self.together:
            return [m.start() for m in _LEAD.finditer(doc.masked)]
        return sorted(first for first, _ in TOGETHER.hits(doc)[self])


def prepare(params: dict) -> Leads:
    return Leads()


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    text = doc.masked
    end = 0
    for at in rule.state.places(doc):
        if at < end or (found := garbled_at(text, at)) is None:
            continue
        end, fixed = found
        shown = doc.text[at:end]
        yield Finding(at, end, rule.spec.message.format(text=shown, repaired=fixed),
                      Fix(f'Write "{fixed}"', (Edit(at, end, fixed),)))


KIND = Kind("mojibake", check, prepare=prepare, fields=frozenset({"text", "repaired"}), fixes=True)
