"""The `unnamed-source` kind: claims pinned on unnamed sources ("reports
suggest", "analysts are divided", "it is widely believed").

The phrases are data: subjects ("analysts") that pair with verbs ("say",
"are divided"), and whole phrases ("it is widely believed"). All of them compile
into one regex, so hundreds of phrases cost one search per region. A match is
not reported when the same phrase names its source: a name right before the
subject ("Kremlin officials") or right after it ("analysts at Goldman Sachs",
"reports by Reuters", "according to a report by the Congressional Budget Office").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..diagnostics import Finding
from ..errors import ParameterError
from .attribution import named_right_after, named_right_before, names_someone
from .contract import PATTERNS, ActiveRule, Context, Kind, Param
from .phrases import Pattern, compile_pattern

# Words that may stand between a subject and its verb: "officials have repeatedly said".
_BETWEEN = r"(?:(?:have|has|had|are|were|is|was|will|would|may|might|also|now|still|\w+ly)\s+){0,3}"
# What may follow a subject before its verb: "analysts at Goldman Sachs say",
# "critics of the plan argue". Whether it names a source is judged on the
# original text, since the regex runs on lowercase text.
_OF = r"(?P<of>\s+(?:at|by|from|with|for|of|in)\s+(?:the\s+)?[\w.&'\u2019-]+(?:\s+[\w.&'\u2019-]+)?)?"

if TYPE_CHECKING:
    from ..model.document import Document


def prepare(params: dict) -> Pattern:
    parts = {}
    for key in ("subjects", "verbs", "phrases"):
        for i, phrase in enumerate(params[key]):
            if re.search(r"[A-Z]", re.sub(r"\\.", "", phrase)):
                raise ParameterError(f"write phrases in lowercase (they match any case): {phrase!r}", key, i)
        parts[key] = "|".join(f"(?:{p})" for p in params[key])
    alternatives = []
    if parts["subjects"] and parts["verbs"]:
        alternatives.append(rf"\b(?P<subject>{parts['subjects']}){_OF}\s+{_BETWEEN}(?:{parts['verbs']})\b")
    if parts["phrases"]:
        alternatives.append(rf"\b(?P<phrase>{parts['phrases']})\b")
    if not alternatives:
        raise ParameterError("give 'subjects' and 'verbs', or 'phrases'", "phrases")
    return compile_pattern("|".join(alternatives))


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    text = doc.masked
    for m, region in doc.matches(rule.state, rule.scopes, lowered=True):
        if m["subject"] is not None:
            of = m["of"]
            if (of and _names_in(text, m.start("of"), m.end("of"))) or \
                    named_right_before(text, m.start(), region.start):
                continue
        elif named_right_after(text, m.end(), region.end) or named_right_before(text, m.start(), region.start):
            continue
        yield Finding(m.start(), m.end(), rule.spec.message.format(phrase=doc.text[m.start():m.end()]))


def _names_in(text: str, start: int, end: int) -> bool:
    """Does "at Goldman Sachs" / "of the plan" name a source?"""
    return any(names_someone(word) for word in text[start:end].split()[1:])


KIND = Kind("unnamed-source", check, prepare=prepare, fields=frozenset({"phrase"}),
            params={"subjects": Param(PATTERNS, []), "verbs": Param(PATTERNS, []), "phrases": Param(PATTERNS, [])})
