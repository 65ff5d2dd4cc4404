"""The `boilerplate` kind: web-page residue left in the text.

The Document classifies residue paragraphs while it is built (so every other rule
skips them), using the matchers this module prepares from the rule's phrase
lists; the check reports each block of consecutive residue once, spanning it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..diagnostics import Finding, shorten
from ..model.layout import MARKED_RESIDUE, OPENER, RESIDUE
from ..model.patterns import Scanner, first_chars
from ..model.types import BOILERPLATE
from .contract import INT, PATTERNS, ActiveRule, Context, Kind, Param
from .phrases import alternation, either
from .removal import remove_regions

# A reporting verb: with a quotation mark, the sign of a sentence of news,
# whatever phrases it contains.
_REPORTING_WORD = re.compile(r"\b(?:said|says|told|according to)\b")
_MARKUP = re.compile(r"<!--.*?-->|<[^<>]*>", re.DOTALL)
_WORD = re.compile(r"\w")
_EDGES = " \t\n.:;!?\u00bb\u203a>|\u2013\u2014-\u2022*#"
_LISTS = ("lines", "openers", "starts", "contains")

if TYPE_CHECKING:
    from ..model.document import Document


class Matcher:
    def __init__(self, params: dict) -> None:
        self.max_words = params["max_words"]
        # Many phrases compile into one alternation: one search per paragraph.
        # A list written in lowercase (no \\W, \\S, \\B) is matched against the
        # paragraph lowercased: IGNORECASE makes Python's regex engine several times slower.
        self.lowercase = {key: not any(c.isupper() for phrase in params[key] for c in phrase) for key in _LISTS}
        self.lines, self.openers, self.starts, contains = (
            alternation(params[key], ignore_case=not self.lowercase[key], where=(key,)) for key in _LISTS)
        self.contains = contains and Scanner(contains)  # searched through, not only at the start
        # The characters a line must open with for a list matched at its start
        # to be tried at all (None: any): most paragraphs are turned away here,
        # before the regex engine is called. A case-blind list has none.
        self.opens = {key: first_chars(either(params[key]))
                      if self.lowercase[key] and params[key] else None for key in _LISTS}

    def classify(self, text: str) -> str | None:
        if text.count(" ") >= self.max_words:
            return None
        normal = " ".join(text.split()).strip(_EDGES)  # spaces folded (split() is faster than a regex)
        lowered = normal.lower()
        if self._at_start(self.openers, "openers", normal, lowered, full=True):
            return OPENER
        if self._at_start(self.lines, "lines", normal, lowered, full=True):
            return RESIDUE
        if _reported(lowered):
            return None  # prose that reports on residue: 'a banner saying "Accept all cookies", the regulator said'
        if self._at_start(self.starts, "starts", normal, lowered, full=False):
            return RESIDUE
        if self.contains and self.contains.search(lowered if self.lowercase["contains"] else normal):
            return RESIDUE
        return None

    def _at_start(self, pattern, key: str, normal: str, lowered: str, full: bool) -> bool:
        """Does a list match the whole line (`full`) or its start?"""
        if not pattern:
            return False
        text = lowered if self.lowercase[key] else normal
        opens = self.opens[key]
        if opens is not None and text[:1] not in opens:
            return False
        return bool(pattern.fullmatch(text) if full else pattern.match(text))


def _reported(lowered: str) -> bool:
    """Quoted or reported speech? Words are looked for as text first: Python's
    regex engine tries a pattern that opens with \\b at every character."""
    if '"' in lowered or "\u201c" in lowered or "\u201d" in lowered:
        return True
    return ("said" in lowered or "says" in lowered or "told" in lowered or "according to" in lowered) and \
        _REPORTING_WORD.search(lowered) is not None


def prepare(params: dict) -> Matcher:
    return Matcher(params)


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    block: list = []
    for region in doc.regions:
        if region.kind == BOILERPLATE:
            if block and _words_between(doc.masked, block[-1].end, region.start):
                yield from _report(doc, rule, block)
                block = []
            block.append(region)
            continue
        if region.kind == "field":
            continue
        yield from _report(doc, rule, block)
        block = []
    yield from _report(doc, rule, block)


def _words_between(text: str, start: int, end: int) -> bool:
    """Is there text between two residue regions, beyond markup? (A page's own
    prose outside the article is in no region, yet parts the residue around it.)"""
    gap = text[start:end]
    return not gap.isspace() and _WORD.search(_MARKUP.sub("", gap)) is not None


def _report(doc, rule, block: list) -> Iterator[Finding]:
    if not block:
        return
    # Residue another boilerplate rule recognised is that rule's to report;
    # residue the page's markup marks (class="ad-slot"), the built-in rule's.
    if not any((r.name == MARKED_RESIDUE and rule.spec.builtin) or rule.state.classify(doc.masked[r.start:r.end])
               for r in block):
        return
    first = shorten(doc.masked[block[0].start:block[0].end], 50)  # link text without its target: "Home > News"
    more = f" and {len(block) - 1} more line{'s' if len(block) > 2 else ''}" if len(block) > 1 else ""
    yield Finding(block[0].start, block[-1].end, rule.spec.message.format(first=first, more=more),
                  remove_regions(doc, block, "Remove the page boilerplate"))


KIND = Kind("boilerplate", check, fixes=True, prepare=prepare, fields=frozenset({"first", "more"}),
            classifies_residue=True,
            params={"max_words": Param(INT, 40, minimum=1), **{key: Param(PATTERNS, []) for key in _LISTS}})
