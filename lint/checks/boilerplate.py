"""The `boilerplate` kind: web-page residue left in the text.

The Document classifies residue paragraphs while it is built (so every other rule
skips them), using the matchers this module prepares from the rule's phrase
lists; the check reports each block of consecutive residue once, spanning it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..diagnostics import Finding, shorten
from ..model.layout import OPENER, RESIDUE
from ..model.types import BOILERPLATE

_SPACE = re.compile(r"\s+")
_EDGES = " \t\n.:;!?\u00bb\u203a>|\u2013\u2014-\u2022*#"
_LISTS = ("lines", "openers", "starts", "contains")


class Matcher:
    def __init__(self, params: dict) -> None:
        self.max_words = params.get("max_words", 40)
        if not isinstance(self.max_words, int) or self.max_words < 1:
            raise ValueError("'max_words' must be a positive whole number")
        compiled = {}
        for key in _LISTS:
            phrases = params.get(key) or []
            if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
                raise ValueError(f"'{key}' must be a list of phrases (regular expressions)")
            for phrase in phrases:
                try:
                    re.compile(phrase)
                except re.error as exc:
                    raise ValueError(f"bad pattern in '{key}': {phrase!r}: {exc}") from None
            # Many phrases compile into one alternation: one search per paragraph.
            compiled[key] = re.compile("|".join(f"(?:{p})" for p in phrases), re.IGNORECASE) if phrases else None
        self.lines, self.openers, self.starts, self.contains = (compiled[k] for k in _LISTS)

    def classify(self, text: str) -> str | None:
        if text.count(" ") >= self.max_words:
            return None
        normal = _SPACE.sub(" ", text).strip(_EDGES)
        if self.openers and self.openers.fullmatch(normal):
            return OPENER
        if self.lines and self.lines.fullmatch(normal):
            return RESIDUE
        if self.starts and self.starts.match(normal):
            return RESIDUE
        if self.contains and self.contains.search(normal):
            return RESIDUE
        return None


def prepare(params: dict) -> Matcher:
    return Matcher(params)


def check(doc, rule, ctx) -> Iterator[Finding]:
    block: list = []
    for region in doc.regions:
        if region.kind == BOILERPLATE:
            block.append(region)
            continue
        if region.kind == "field":
            continue
        yield from _report(doc, rule, block)
        block = []
    yield from _report(doc, rule, block)


def _report(doc, rule, block: list) -> Iterator[Finding]:
    if not block:
        return
    texts = [doc.masked[r.start:r.end] for r in block]
    if not any(rule.state.classify(t) for t in texts):
        return  # residue another boilerplate rule recognised
    first = shorten(doc.text[block[0].start:block[0].end], 50)
    more = f" and {len(block) - 1} more line{'s' if len(block) > 2 else ''}" if len(block) > 1 else ""
    yield Finding(block[0].start, block[-1].end, rule.spec.message.format(first=first, more=more))
