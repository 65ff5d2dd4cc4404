"""Who a claim or quotation is pinned on: a named person or body, a pronoun, or an
unnamed source. Shared by `unsourced-quote` and `vague-attribution`.

A capitalised word names a source ("Peskov", "Kremlin officials", "analysts at
Goldman Sachs") unless it only says where the source is from: a demonym or a
country abbreviation ("a U.S. official", "Russian sources") names nobody.
"""

from __future__ import annotations

import re
from typing import Any

from ..model.words import SPEAKER_PRONOUNS

NAMED, PRONOUN, ANONYMOUS, INSTITUTION = "named", "pronoun", "anonymous", "institution"

PRONOUNS = SPEAKER_PRONOUNS
# Words that open a noun phrase or a sentence without naming anyone.
_NEUTRAL = frozenset(
    """
    a an the one some several many most few two three four other others another
    this that these those his her their its our my your senior former top
    later earlier meanwhile however then still also yesterday today tonight separately
    instead speaking asked when while as but and so after before in on at
    """.split()
)
# Words that say where a source is from without naming it: "a U.S. official",
# "Russian sources". (EU, UN and NATO name bodies, so they are not here.)
_DEMONYMS = frozenset(
    """
    u.s. us u.k. uk american russian ukrainian british french german chinese japanese israeli
    palestinian iranian indian italian spanish european western eastern asian african arab
    canadian mexican brazilian turkish polish dutch swiss saudi syrian iraqi afghan pakistani
    korean australian egyptian greek swedish norwegian danish finnish irish scottish welsh
    english belgian austrian hungarian czech romanian bulgarian serbian croatian lebanese
    jordanian qatari emirati kuwaiti venezuelan colombian argentine chilean peruvian cuban
    nigerian kenyan ethiopian taiwanese vietnamese thai indonesian filipino malaysian
    singaporean gulf north south east west northern southern federal senior
    """.split()
)
_NOT_NAMES = _DEMONYMS | _NEUTRAL | PRONOUNS
_TOKEN = re.compile(r"[\w.'\u2019-]+")
# A source named right after the noun: "analysts at Goldman Sachs", "a report by the CBO".
_NAMED_AFTER = re.compile(
    r"\s+(?:at|by|from|with|for|of|in)\s+(?:the\s+)?(?=[A-Z])(?!(?:[A-Z]\.){2,}\s)"
)
_INSTITUTION_NOUNS = frozenset(
    """
    ministry government company police army military spokesperson spokesman spokeswoman
    department agency court embassy council committee commission president prime chancellor
    minister secretary mayor governor white kremlin pentagon
    """.split()
)


def names_someone(token: str) -> bool:
    """Does a capitalised word name a person or body (not just a nationality)?"""
    if not token or not token[0].isupper():
        return False
    token = token.rstrip(",;:")
    if token.endswith(("'s", "\u2019s")):
        token = token[:-2]
    head = token.split("-")[0].lower()
    return head not in _NOT_NAMES and head.rstrip(".") not in _NOT_NAMES


def named_right_after(text: str, pos: int, end: int) -> bool:
    """Is a source named right after position `pos` ("... by the Congressional Budget Office")?"""
    return _NAMED_AFTER.match(text, pos, end) is not None


def named_right_before(text: str, pos: int, start: int) -> bool:
    """Is the word right before `pos` a name ("Kremlin officials",
    "Kremlin-affiliated sources")?"""
    words = text[max(start, pos - 40):pos].split()
    return bool(words) and text[pos - 1:pos].isspace() and names_someone(words[-1])


def classify_subject(text: str, start: int, end: int, anonymous: Any) -> tuple[str, str] | None:
    """What kind of source the words in text[start:end] are, with the words
    that say so, or None when they say nothing about a source."""
    chunk = text[start:end].strip()
    if not chunk:
        return None
    tokens = _TOKEN.findall(chunk)
    lowered = [t.lower().strip(".,") for t in tokens]
    # A pronoun right before the verb ("he added", "she later said") is the subject.
    near = [w for w in lowered[-2:] if not w.endswith("ly")]
    if near and near[-1] in PRONOUNS or (lowered and lowered[0] in PRONOUNS):
        return PRONOUN, tokens[0]
    anon = anonymous.search(chunk)
    cut = len(_TOKEN.findall(chunk[:anon.start()])) if anon else len(tokens)
    # Only words before an unnamed-source noun can name it: "a commentator
    # familiar with U.S.-Russia relations" is still unnamed.
    if any(names_someone(t) for t in tokens[:cut]):
        return NAMED, " ".join(tokens[:cut])
    if anon:
        return ANONYMOUS, _phrase(chunk, anon)
    if "the" in lowered and any(w in _INSTITUTION_NOUNS for w in lowered):
        return INSTITUTION, chunk
    return None


def _phrase(chunk: str, m: re.Match[str]) -> str:
    """The unnamed-source phrase with its determiner and adjectives: "a political commentator"."""
    head = chunk[:m.start()].split()
    lead: list[str] = []
    for word in reversed(head[-4:]):
        if word.endswith(","):
            break
        lead.insert(0, word)
    return " ".join([*lead, m.group()])
