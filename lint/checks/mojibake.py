"""The `mojibake` kind: text garbled by a wrong encoding, as a scraper or a CMS
leaves UTF-8 read as Windows-1252 ("donâ€™t" for "don’t", "Â£5" for "£5",
"CafÃ©" for "Café"); `model.garbled` tells a garbled run from real words.
The fix writes the repaired characters, which are exact: safe. The message
may use {text} and {repaired}. A replacement character ("\ufffd"), which an
earlier conversion left where it could not read a byte, is reported too, with
the `lost` parameter's message and no fix: what stood there is gone.

A library (ftfy) does this and more (other codecs, HTML entities, curly
quotes); this one case is a short pattern and a round trip, tried only where
a lead byte's character stands, which English copy rarely holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..diagnostics import Edit, Finding, Fix
from ..model.garbled import garbled_at
from .contract import TEXT, ActiveRule, Context, Kind, Param

if TYPE_CHECKING:
    from ..model.document import Document

_LEAD = re.compile("[\u00c2-\u00f4]")
_LOST = re.compile("\ufffd+")
# ... as UTF-8 encodes them: a byte search with a literal first byte skips ahead fast, where a character class
# over the text is tried at every character.
_LEAD_BYTES = re.compile(rb"\xc3[\x82-\xb4]")


def _places(text: str) -> list[int]:
    """Where a lead byte's character stands: none in most English copy."""
    if _LEAD_BYTES.search(text.encode("utf-8", "surrogatepass")) is None:
        return []
    return [m.start() for m in _LEAD.finditer(text)]


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    text = doc.masked
    end = 0
    for at in _places(text):
        if at < end or (found := garbled_at(text, at)) is None:
            continue
        end, fixed = found
        shown = doc.text[at:end]
        yield Finding(at, end, rule.spec.message.format(text=shown, repaired=fixed),
                      Fix(f'Write "{fixed}"', (Edit(at, end, fixed),)))
    if "\ufffd" in text:
        for lost in _LOST.finditer(text):
            yield Finding(lost.start(), lost.end(), rule.params["lost"].format(text=lost.group()))


_LOST_MESSAGE = ('Lost character "{text}" (U+FFFD, the replacement character): an earlier conversion could not '
                 'read what stood here; restore it from the source')
KIND = Kind("mojibake", check, params={"lost": Param(TEXT, _LOST_MESSAGE)}, fields=frozenset({"text", "repaired"}),
            fixes=True)
