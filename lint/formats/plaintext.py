"""Plain text, as scrapers and wire feeds deliver it: paragraphs are separated by
blank lines, and headings, labels and bylines are recognised by their shape."""

from __future__ import annotations

import re

from .. import suppressions
from ..model.document import Document
from ..model.layout import Block, BoilerplateMatcher, classify
from ..model.masking import BLANK, apply, url_spans
from ..model.types import PARAGRAPH

_BLANK_LINES = re.compile(r"\n[ \t\r]*\n\s*")
# An indented command line, as a scraper keeps a code block: a lowercase program
# name and an option ("    quill migrate --from tessera"). Masked like code.
_COMMAND_LINE = re.compile(r"^(?: {4,}|\t)(?:\$ )?[a-z][\w.-]*(?: +\S+)*? +(?:--[a-z][\w-]*|-[a-zA-Z]\b)[^\n]*$",
                           re.MULTILINE)


def parse(text: str, boilerplate: BoilerplateMatcher | None) -> Document:
    spans = url_spans(text) + [(m.start(), m.end(), BLANK) for m in _COMMAND_LINE.finditer(text)]
    if "copydesk-" in text:
        spans += [(start, end, BLANK) for start, end in suppressions.mask_spans(text)]
    masked = apply(text, spans)
    blocks = [Block(PARAGRAPH, start, end) for start, end in paragraphs(masked, 0, len(masked))]
    return Document(text, masked, classify(masked, blocks, boilerplate), format="text")


def paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Ranges of text[start:end] separated by blank lines."""
    out = []
    pos = start
    for m in _BLANK_LINES.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        out.append((pos, end))
    return out
