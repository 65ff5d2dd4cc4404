"""Text garbled by a wrong encoding: UTF-8 read as Windows-1252 (or Latin-1),
one byte a character ("donâ€™t" for "don’t", "CafÃ©" for "Café").

A run of the characters UTF-8's lead and continuation bytes become is garbled
only if its bytes decode as UTF-8 into other text, which real words ("São",
"Zürich", "à 5°C") never do. The `mojibake` rule reports such runs; the rules
that read letters and marks step over them, so that "Enough,â€" is not a
missing space nor "â€œWe" a lowercase start.
"""

from __future__ import annotations

import re

# Windows-1252's characters for bytes 0x80-0x9F (those it leaves undefined read as the C1 controls, as Latin-1).
_CP1252_HIGH = bytes(range(0x80, 0xA0)).decode("cp1252", errors="replace")
_CONTINUATION = "".join(c for c in _CP1252_HIGH if c != "\ufffd") + "\u0080-\u00bf"
# A UTF-8 sequence read one byte a character: a lead byte's character, then its continuation bytes'.
GARBLED = re.compile(rf"(?:[\u00c2-\u00f4][{_CONTINUATION}]{{1,3}})+")
LEADS = frozenset(chr(c) for c in range(0xC2, 0xF5))
_LOST_QUOTE = "\u00e2\u20ac"  # "”" (E2 80 9D) read as Windows-1252, its last byte dropped
_TO_BYTE = {c: 0x80 + i for i, c in enumerate(_CP1252_HIGH) if c != "\ufffd"}


def repaired(run: str) -> str | None:
    """The text a garbled run stands for, or None if its bytes are no UTF-8.
    A closing curly quote's last byte has no Windows-1252 character and is
    often lost: "â€" alone stands for "”". A run garbled twice over
    ("Ã¢â‚¬â„¢") is repaired twice."""
    if run.endswith(_LOST_QUOTE):
        head = repaired(run[:-2]) if len(run) > 2 else ""
        return None if head is None else head + "\u201d"
    for _ in range(3):
        try:
            data = bytes(_TO_BYTE.get(c, ord(c)) for c in run)
            fixed = data.decode("utf-8")
        except (ValueError, UnicodeDecodeError):  # a character no single byte stands for, or no UTF-8
            return None
        if not GARBLED.fullmatch(fixed):
            return fixed
        run = fixed
    return None


def garbled_at(text: str, at: int) -> tuple[int, str] | None:
    """The end of a garbled run that starts at `at`, and what it stands for."""
    if at >= len(text) or text[at] not in LEADS or (m := GARBLED.match(text, at)) is None:
        return None
    fixed = repaired(m.group())
    return None if fixed is None or fixed == m.group() else (m.end(), fixed)


def garbled_mark_at(text: str, at: int) -> bool:
    """Does a garbled quotation mark, dash or other sign start at `at` ("â€" after "Enough,")?"""
    found = garbled_at(text, at)
    return found is not None and not found[1][0].isalnum()
