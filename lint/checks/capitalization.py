"""The `capitalization` kind: headings in a house style.

`style: title` (AP title case): capitalise every word but articles, short
conjunctions and prepositions of three letters or fewer, which stay lowercase
unless they open or close the heading or follow a colon. `style: sentence`:
only the first word (and the first after a colon) and proper nouns are
capitalised; a capitalised word counts as a proper noun unless the article uses
it in lowercase elsewhere, so names the rule cannot know are never flagged.
Mixed-case words (iPhone), acronyms (NATO), words with digits, the rule's
`exceptions` and the config's vocabulary are left alone. The message may use
{word} and {expected}.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..diagnostics import Edit, Finding, Fix
from ..model.types import FIELD
from ..model.words import WORD
from .contract import CHOICE, TEXTS, ActiveRule, Context, Kind, Param

# AP: lowercase articles, conjunctions and prepositions of three letters or fewer.
AP_SMALL = frozenset("a an the and but for nor or so yet as at by in of off on out per to up via".split())

if TYPE_CHECKING:
    from ..model.document import Document


def prepare(params: dict) -> tuple[str, frozenset[str]]:
    return params["style"], frozenset(params["exceptions"])


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    style, exceptions = rule.state
    accepted = exceptions | ctx.vocabulary
    lowercase_elsewhere = _lowercase_words(doc) if style == "sentence" else set()
    for region in doc.regions_of(rule.scopes):
        if region.kind == FIELD and region.name != "title":
            continue
        words = list(WORD.finditer(doc.masked, region.start, region.end))
        for i, m in enumerate(words):
            word = m.group()
            if word in accepted or not _judgeable(word):
                continue
            opens = i == 0 or doc.masked[words[i - 1].end():m.start()].strip().endswith(":")
            closes = i == len(words) - 1
            if style == "title":
                small = word.lower() in AP_SMALL and not (opens or closes)
                expected = word.lower() if small else word[0].upper() + word[1:]
            else:
                keep = opens or word.lower() not in lowercase_elsewhere
                expected = word[0].upper() + word[1:] if opens else (word if keep else word.lower())
            if expected != word:
                yield Finding(m.start(), m.end(), rule.spec.message.format(word=word, expected=expected),
                              Fix(f'Write "{expected}"', (Edit(m.start(), m.end(), expected),)))


def _judgeable(word: str) -> bool:
    """Plain words only: not iPhone, NATO, or U.S."""
    rest = word[1:].replace("-", "")
    return word[0].isalpha() and not any(c.isupper() or c.isdigit() for c in rest)


def _lowercase_words(doc) -> set[str]:
    """Words the article's body uses in lowercase: common nouns, not names."""
    found: set[str] = set()
    for region in doc.regions_of({"paragraph", "list-item", "caption"}):
        found.update(w for w in WORD.findall(doc.masked, region.start, region.end) if w.islower())
    return found


KIND = Kind("capitalization", check, fixes=True, prepare=prepare, fields=frozenset({"word", "expected"}),
            params={"style": Param(CHOICE, "title", choices=("title", "sentence")), "exceptions": Param(TEXTS, [])})
