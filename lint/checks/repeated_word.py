"""The `repeated-word` kind: a small word typed twice ("for the the town").

`words` lists the words whose doubling is a slip wherever it stands: articles,
prepositions, conjunctions and possessives that no sentence repeats back to
back. Words a sentence may repeat on purpose are left out of the default list
("had had", "that that", "what it is is", "gave her her keys", "moved in in
May"). Only whitespace may stand between the two: "no, no" and "the-the" are
speech, written so. The fix deletes the second word. The message may use
{word}.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..diagnostics import Edit, Finding, Fix
from .contract import TEXTS, ActiveRule, Context, Kind, Param

if TYPE_CHECKING:
    from ..model.document import Document


def prepare(params: dict) -> re.Pattern[str] | None:
    words = sorted({w.lower() for w in params["words"]}, key=len, reverse=True)
    if not words:
        return None
    # The first word in any case (a sentence may open on it), the second in lowercase as typed mid-sentence.
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\s+(?i:(?=\1\b))(?-i:[a-z]+)\b",
                      re.IGNORECASE)


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    pattern: re.Pattern[str] | None = rule.state
    if pattern is None:
        return
    text = doc.masked
    for region in doc.regions_of(rule.scopes):
        for m in pattern.finditer(text, region.start, region.end):
            first = m.group(1)
            if first == "A" and m.group().endswith(" a"):
                continue  # "vitamin A a day": a name's letter, then the article
            word = first.lower()
            yield Finding(m.start(), m.end(), rule.spec.message.format(word=word),
                          Fix(f'Delete the second "{word}"', (Edit(m.end(1), m.end(), ""),)))


KIND = Kind("repeated-word", check, fixes=True, prepare=prepare, fields=frozenset({"word"}),
            params={"words": Param(TEXTS, [])})
