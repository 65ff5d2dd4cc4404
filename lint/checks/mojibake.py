"""The `mojibake` kind: text garbled by a wrong encoding, as a scraper or a CMS
leaves UTF-8 read as Windows-1252 ("donâ€™t" for "don’t", "Â£5" for "£5",
"CafÃ©" for "Café").

A run of characters that UTF-8's lead and continuation bytes become when read
as Windows-1252 (or Latin-1) is a candidate; it is garbled only if its bytes
decode as UTF-8 into other text, which real words ("São", "Zürich", "à 5°C")
never do. A run garbled twice over ("Ã¢â‚¬â„¢") is repaired twice. The fix
writes the repaired characters, which are exact: safe. The message may use
{text} and {repaired}.

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
from ..model.patterns import TOGETHER
from .contract import ActiveRule, Context, Kind

if TYPE_CHECKING:
    from ..model.document import Document

# Windows-1252's characters for bytes 0x80-0x9F (those it leaves undefined read as the C1 controls, as Latin-1).
_CP1252_HIGH = bytes(range(0x80, 0xA0)).decode("cp1252", errors="replace")
_CONTINUATION = "".join(c for c in _CP1252_HIGH if c != "\ufffd") + "\u0080-\u00bf"
# A UTF-8 sequence read one byte a character: a lead byte's character, then its continuation bytes'.
_GARBLED = re.compile(rf"(?:[\u00c2-\u00f4][{_CONTINUATION}]{{1,3}})+")
_LOST_QUOTE = "\u00e2\u20ac"  # "”" (E2 80 9D) read as Windows-1252, its last byte dropped
_LEAD = re.compile("[\u00c2-\u00f4]")
_TO_BYTE = {c: 0x80 + i for i, c in enumerate(_CP1252_HIGH) if c != "\ufffd"}


def repaired(run: str) -> str | None:
    """The text a garbled run stands for, or None if its bytes are no UTF-8.
    A closing curly quote's last byte has no Windows-1252 character and is
    often lost: "â€" alone stands for "”"."""
    if run.endswith(_LOST_QUOTE):
        head = repaired(run[:-2]) if len(run) > 2 else ""
        return None if head is None else head + "\u201d"
    for _ in range(3):  # garbled twice over: repaired twice
        try:
            data = bytes(_TO_BYTE.get(c, ord(c)) for c in run)
            fixed = data.decode("utf-8")
        except (ValueError, UnicodeDecodeError):  # a character no single byte stands for, or no UTF-8
            return None
        if not _GARBLED.fullmatch(fixed):
            return fixed
        run = fixed
    return None


class Leads:
    """The lead bytes' characters, found in the draft's shared phrase pass (a
    regex scan of its own cost a hundredth of a run)."""

    def __init__(self) -> None:
        self.together = TOGETHER.add({self: {chr(c).lower() for c in range(0xC2, 0xF5)}})

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
        if at < end or (m := _GARBLED.match(text, at)) is None:
            continue
        start, end = m.span()
        fixed = repaired(doc.text[start:end])
        if fixed is None or fixed == doc.text[start:end]:
            continue
        yield Finding(start, end, rule.spec.message.format(text=doc.text[start:end], repaired=fixed),
                      Fix(f'Write "{fixed}"', (Edit(start, end, fixed),)))


KIND = Kind("mojibake", check, prepare=prepare, fields=frozenset({"text", "repaired"}), fixes=True)
