"""The `glued-number` kind: a word and a number run together where a space was
lost, as scrapers leave text whose number sat in its own tag ("more than300
jobs", "almost40%", "300jobs").

`before` lists the words a number follows ("than", "about", "by"), `after` the
words that follow a number ("jobs", "people", "million"): lists, because names
and units glue letters to digits on purpose ("MP3", "COVID-19", "A380", "5km",
"10am", "1980s", "2nd"). The places to look at are found in the draft's
shared phrase pass over its lowercased text, each listed word against each
digit ("than3", "3jobs"): a pattern tried at every character cost a
sixteenth of a run. The fix puts the space back. The message may use {text}.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..diagnostics import Edit, Finding, Fix
from ..model.patterns import TOGETHER
from .contract import TEXTS, ActiveRule, Context, Kind, Param

if TYPE_CHECKING:
    from ..model.document import Document

# A lowercase letter against a digit, either way round: where a space may have been lost (when the shared pass is
# full).
_JUNCTION = re.compile(r"[a-z][0-9]|[0-9][a-z]")
_DIGITS = "0123456789"
# What may stand before a glued word or number without making it part of a name, a tag or an address.
_NAME_MARKS = frozenset("#@/_-.\\")


class Lists:
    def __init__(self, params: dict) -> None:
        self.before = frozenset(w.lower() for w in params["before"])
        self.after = frozenset(w.lower() for w in params["after"])
        # "than3", "3jobs": each word against each digit, for the shared pass to find
        keys = {w + d for w in self.before for d in _DIGITS} | {d + w for w in self.after for d in _DIGITS}
        self.together = bool(keys) and TOGETHER.add({self: keys})

    def junctions(self, doc: Document) -> list[int]:
        """Where a listed word meets a digit: the place a space belongs."""
        if not self.together:
            return [m.start() + 1 for m in _JUNCTION.finditer(doc.masked)]
        return sorted({last - 1 if first < last - 1 and doc.flat_lowered[last - 1].isdigit() else first + 1
                       for first, last in TOGETHER.hits(doc)[self]})


def prepare(params: dict) -> Lists:
    return Lists(params)


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    text, lists = doc.masked, rule.state
    for at in lists.junctions(doc):  # where the space belongs
        if text[at - 1].isalpha():
            start = _run_start(text, at - 1, str.isalpha)
            word = text[start:at]
            if word.lower() not in lists.before or not (word.islower() or word[1:].islower()):
                continue  # a name or a code ("MP3", "A380"), not a word that lost its space
            end = _run_end(text, at, _in_number)
        else:
            start = _run_start(text, at - 1, _in_number)
            end = _run_end(text, at, str.isalpha)
            if text[at:end].lower() not in lists.after or text[at:end] != text[at:end].lower():
                continue  # a unit or an ordinal ("5km", "2nd"), not a word that lost its space
            if text[at:end] == "in" and _inches(text, start, end):
                continue  # "a 6.3in screen", "(6.3in)": the unit, not the word "in"
        if (start and (text[start - 1].isalnum() or text[start - 1] in _NAME_MARKS)) or \
                (end < len(text) and (text[end].isalnum() or text[end] in "_@")):
            continue  # part of a longer token: "#in2026", "web3.0", "file_2of3"
        shown = doc.text[start:end]
        yield Finding(start, end, rule.spec.message.format(text=shown),
                      Fix("Put the space back", (Edit(at, at, " "),)))


# An article before a measure: "a 6.3in screen", "the 65in set".
_ARTICLE_BEFORE = re.compile(r"(?:^|(?<=\s))(?:[Aa]n?|[Tt]he) \Z")
_FEET_BEFORE = re.compile(r"\d(?:ft|\u2032|') \Z")  # "5ft 10in", "5\u2032 10in"


def _inches(text: str, start: int, end: int) -> bool:
    """Is "in" after the number at `start` the inch's symbol? So it is before a
    mark ("(6.3in)", "6ft 2in.", "a 6in-wide gap"), or where an article stands
    before the number ("a 7.9in display"), or after feet ("5ft 10in tall"); the
    word "in" goes on with words ("cut 300in London")."""
    article = _ARTICLE_BEFORE.search(text, max(0, start - 5), start)
    return end == len(text) or not text[end].isspace() or article is not None or \
        _FEET_BEFORE.search(text, max(0, start - 8), start) is not None


def _in_number(c: str) -> bool:
    return c.isdigit() or c in ",.%"


def _run_start(text: str, i: int, test) -> int:
    while i > 0 and test(text[i - 1]):
        i -= 1
    return i


def _run_end(text: str, i: int, test) -> int:
    while i < len(text) and test(text[i]):
        i += 1
    while i > 0 and text[i - 1] in ",.":
        i -= 1  # a sentence's own stop or comma after the number: "than300."
    return i


KIND = Kind("glued-number", check, fixes=True, prepare=prepare, fields=frozenset({"text"}),
            params={"before": Param(TEXTS, []), "after": Param(TEXTS, [])})
