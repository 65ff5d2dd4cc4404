"""Blanking what is not prose without moving any offset.

A format collects spans to hide and `apply` builds the masked copy once. BLANK
spans become spaces (line breaks kept, so lines still count); TOKEN spans, things
a sentence may contain such as a URL or inline code, become OPAQUE characters.
"""

from __future__ import annotations

import re

from .patterns import FromStarts, places
from .types import OPAQUE

BLANK, TOKEN = 0, 1

_WEB = FromStarts(re.compile(r"(?:\b(?:https?|ftp)://|\bwww\.|\bmailto:)[^\s<>\"'\u201c\u201d]*"
                             r"[^\s<>\"'\u201c\u201d.,;:!?)\]]"), ("http", "ftp", "www.", "mailto:"))
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


def url_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, int]]:
    """Bare URLs and e-mail addresses, as TOKEN spans. Each search runs only
    where its mark appears: most paragraphs hold neither, and the address
    search tries every word."""
    end = len(text) if end is None else end
    found = [(m.start(), m.end(), TOKEN) for m in _WEB.finditer(text, start, end)]
    if text.find("@", start, end) != -1:
        found += [(m.start(), m.end(), TOKEN) for m in _EMAIL.finditer(text, start, end)
                  if not any(a <= m.start() < b for a, b, _ in found)]
        found.sort()
    return found


def url_marks(text: str) -> list[int]:
    """Where a web or e-mail address may stand: the sorted offsets of the
    strings one must hold. A span with none of them holds no address, which a
    format learns by bisection instead of a search per paragraph."""
    return sorted(places(text, (*_WEB.starts, "@")))


def apply(text: str, spans: list[tuple[int, int, int]]) -> str:
    """The masked copy of `text`: \\r and the given spans blanked, same length."""
    if not spans:
        return text.replace("\r", " ")
    parts: list[str] = []
    pos = 0
    for start, end, how in sorted(spans):
        start = max(start, pos)
        if start >= end:
            continue
        parts.append(text[pos:start])
        chunk = text[start:end]
        if how == TOKEN:
            parts.append(OPAQUE * len(chunk))
        else:
            parts.append(re.sub(r"[^\n]", " ", chunk))
        pos = end
    parts.append(text[pos:])
    return "".join(parts).replace("\r", " ")
