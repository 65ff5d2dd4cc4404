"""The `existence` kind: flag words, phrases or patterns.

Parameters: `tokens` (literal words or phrases, matched as whole words),
`patterns` (regular expressions, run under a time limit), `ignore_case`
(default true) and `exceptions` (matches to leave alone). The message may use
{match}.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from ..diagnostics import Finding
from .contract import BOOL, PATTERNS, TEXTS, ActiveRule, Context, Kind, Param
from .phrases import PhraseMatcher

if TYPE_CHECKING:
    from ..model.document import Document


class Existence(NamedTuple):
    matcher: PhraseMatcher
    exceptions: frozenset[str]


def prepare(params: dict) -> Existence:
    ignore_case = params["ignore_case"]
    matcher = PhraseMatcher(params["tokens"], params["patterns"], ignore_case=ignore_case)
    exceptions = frozenset(e.lower() if ignore_case else e for e in params["exceptions"])
    return Existence(matcher, exceptions)


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    state: Existence = rule.state
    for start, end in state.matcher.scan(doc, rule.scopes):
        match = doc.text[start:end]
        key = match.lower() if state.matcher.ignore_case else match
        if key not in state.exceptions and match not in ctx.vocabulary:
            yield Finding(start, end, rule.spec.message.format(match=match))


KIND = Kind("existence", check, prepare=prepare, fields=frozenset({"match"}),
            params={"tokens": Param(TEXTS, []), "patterns": Param(PATTERNS, []), "ignore_case": Param(BOOL, True),
                    "exceptions": Param(TEXTS, [])})
