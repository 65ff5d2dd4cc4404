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

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..diagnostics import Edit, Finding, Fix
from .contract import TEXTS, ActiveRule, Context, Kind, Param
from .phrases import PhraseMatcher

if TYPE_CHECKING:
    from ..model.document import Document


def prepare(params: dict) -> PhraseMatcher:
    # Each word twice, as one phrase: found in the shared pass over the draft that every phrase list takes, where
    # a pattern with a back-reference tried at every word cost a quarter of a run.
    return PhraseMatcher([f"{w} {w}" for w in params["words"]], phrases_key="words")


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    text = doc.text
    for start, end in rule.state.scan(doc, rule.scopes):
        second = text.rfind(text[start:end].split()[-1], start, end)
        first = text[start:second].rstrip()
        if not text[second:end].islower() or not (first.islower() or first[1:].islower()) or first == "A":
            continue  # a name that repeats a capital ("The The"), or a letter's name before the article ("vitamin
            # A a day"): the second word is typed in lowercase after a first in either case
        word = first.lower()
        yield Finding(start, end, rule.spec.message.format(word=word),
                      Fix(f'Delete the second "{word}"', (Edit(start + len(first), end, ""),)))


KIND = Kind("repeated-word", check, fixes=True, prepare=prepare, fields=frozenset({"word"}),
            params={"words": Param(TEXTS, [])})
