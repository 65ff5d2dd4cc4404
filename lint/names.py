"""Name mentions: runs of capitalised words that may name a person, place or body.

The rules that need people (title accuracy, sourcing) match these runs against
what they know (a registry, speech verbs); finding the runs is done once here.
A single capitalised word that opens a sentence is left out, since "Analysts"
at a sentence start names nobody; possessive endings are not part of a name.
"""

from __future__ import annotations

import re

from .document import Sentence
from .words import SMALL_WORDS

_RUN = re.compile(
    r"(?<![\w'\u2019.-])"
    r"(?:[A-Z]\.\s?|[A-Z][\w\u2019'-]*[\w])"
    r"(?:\s(?:[A-Z]\.|[A-Z][\w\u2019'-]*[\w]|(?:de|da|del|der|van|von|bin|al|la|le)(?=\s[A-Z])))*"
)
_POSSESSIVE = re.compile(r"['\u2019]s$")


def find_names(text: str, sentences: list[Sentence]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for sentence in sentences:
        for m in _RUN.finditer(text, sentence.start, sentence.end):
            start, end = m.span()
            words = m.group().split()
            # A sentence-opening function word is not part of a name ("The Kremlin").
            while words and start == sentence.start and words[0].lower() in _OPENING_WORDS:
                start += len(words[0]) + 1
                words = words[1:]
            if not words:
                continue
            if len(words) == 1 and start == sentence.start:
                continue
            tail = _POSSESSIVE.search(text, start, end)
            if tail:
                end = tail.start()
            out.append((start, end))
    return out


_OPENING_WORDS = SMALL_WORDS | {"this", "that", "these", "those", "its", "his", "her", "their"}
