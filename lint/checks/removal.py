"""Fixes that delete text: a block of page residue, a repeated paragraph or
sentence. They are unsafe fixes (applied only with --unsafe-fixes), and they
leave the text around them as it was: paragraphs keep one blank line between
them, and the draft keeps its line endings and final newline."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..diagnostics import Edit, Fix

if TYPE_CHECKING:
    from ..model.document import Document
    from ..model.types import Region

_BREAK = re.compile(r"\r\n?|\n")


def remove_regions(doc: Document, regions: list[Region], description: str) -> Fix:
    """Delete consecutive regions: their whole lines in Markdown and plain text
    (only their own text when they were run onto a line of the story);
    in HTML the text of each element only: its own tags stay, a link inside
    it goes whole (the engine takes in the inline tags at a deletion's edges,
    and drops a fix that would leave one unpaired)."""
    if doc.format == "html":
        return Fix(description, tuple(Edit(r.start, r.end, "") for r in regions))
    start, end = regions[0].start, regions[-1].end
    if doc.text[_line_start(doc.text, start):start].strip():
        return remove_sentence(doc.text, start, end, description)  # run onto a line of the story: it stays
    return remove_lines(doc.text, start, end, description)


def remove_lines(text: str, start: int, end: int, description: str) -> Fix:
    """Delete the whole lines that hold text[start:end], with the blank lines
    after them (or, at the end of the draft, the blank lines before them)."""
    first = _line_start(text, start)
    last = _line_end(text, max(end - 1, start))
    while last < len(text) and not text[last:_line_end(text, last)].strip():
        last = _line_end(text, last)
    while last >= len(text) and first > 0:  # nothing after: the blank lines before go
        previous = _line_start(text, first - 1)
        if text[previous:first].strip():
            break
        first = previous
    if last >= len(text) and first > 0 and not text.endswith(("\n", "\r")):
        first -= 2 if text[first - 2:first] == "\r\n" else 1  # a draft with no final line break keeps none
    return Fix(description, (Edit(first, last, ""),))


def remove_sentence(text: str, start: int, end: int, description: str) -> Fix:
    """Delete a sentence inside a paragraph with the spaces after it, or the
    spaces before it when it ends the paragraph."""
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1
    if after < len(text) and text[after] not in "\r\n":
        return Fix(description, (Edit(start, after, ""),))
    before = start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    return Fix(description, (Edit(before, end, ""),))


def _line_end(text: str, at: int) -> int:
    """Where the line holding `at` ends, after its line break."""
    m = _BREAK.search(text, at)
    return m.end() if m else len(text)


def _line_start(text: str, at: int) -> int:
    """Where the line holding `at` starts (`at` may be its line break)."""
    if text[at:at + 1] == "\n" and at > 0 and text[at - 1] == "\r":
        at -= 1  # the "\n" of a "\r\n" belongs to the line before it
    i = at
    while i > 0 and text[i - 1] not in "\r\n":
        i -= 1
    return i
