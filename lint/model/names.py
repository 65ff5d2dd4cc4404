"""Name mentions: runs of capitalised words that may name a person, place or body.

The rules that need people (title accuracy, sourcing) match these runs against
what they know (a registry, speech verbs); finding the runs is done once here.
A single capitalised word that opens a sentence is left out, since "Analysts"
at a sentence start names nobody; possessive endings are not part of a name.
"""

from __future__ import annotations

import re

from .types import Region
from .words import SMALL_WORDS

_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0106\u010c\u0110\u0141\u0143\u015a\u0160\u0179\u017b\u017d"
_WORD = rf"(?:(?:[{_UPPER}]\.)+|[{_UPPER}][\w\u2019'-]*\w)"
# An Arabic name's article, lowercase and joined to its capital: "Hassan al-Sayed", "Abdel Fattah el-Sisi".
NAME_ARTICLES = "al|el|ad|as|ash|at|az|an|ar|ul"
# Lowercase words inside a name, between capitalised ones: "Marieke de Vries", "Ewine van Dishoeck", "Omar bin Laden".
NAME_PARTICLES = "de|da|del|della|der|den|di|du|dos|das|van|von|ter|ten|bin|ibn|al|la|le"
# The leading lookahead lets the regex engine jump to capital letters.
_RUN = re.compile(
    rf"(?=[{_UPPER}])(?<![\w'\u2019.-]){_WORD}"
    rf"(?:\s(?:(?:(?:{NAME_ARTICLES})-)?{_WORD}|(?:{NAME_PARTICLES})(?=\s[{_UPPER}])))*"
)
_POSSESSIVE = re.compile(r"['\u2019]s$")
# An age set off after a word makes it a person's name, even alone at a sentence's start: "Ruiz, 54, has lived".
AGE_AFTER = re.compile(r", \d{1,3},")
_OPENING_WORDS = SMALL_WORDS | {"this", "that", "these", "those", "its", "his", "her", "their"}


def find_names(text: str, regions: list[Region], sentence_starts: set[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for region in regions:
        for m in _RUN.finditer(text, region.start, region.end):
            start, end = m.span()
            words = m.group().split()
            # A sentence-opening function word is not part of a name ("The Kremlin").
            while words and start in sentence_starts and words[0].lower() in _OPENING_WORDS:
                start += len(words[0]) + 1
                words = words[1:]
            if not words or (len(words) == 1 and start in sentence_starts and not AGE_AFTER.match(text, end)):
                continue
            tail = _POSSESSIVE.search(text, start, end)
            out.append((start, tail.start() if tail else end))
    return out
