"""The `existence` kind: flag words, phrases or patterns.

Parameters: `tokens` (literal words or phrases, matched as whole words),
`patterns` (regular expressions, run under a time limit), `ignore_case`
(default true) and `exceptions` (matches to leave alone). The message may use
{match}.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..diagnostics import Finding
from .phrases import PhraseMatcher, string_list


@dataclass(frozen=True)
class Existence:
    matcher: PhraseMatcher
    exceptions: frozenset[str]


def prepare(params: dict) -> Existence:
    ignore_case = params.get("ignore_case", True)
    matcher = PhraseMatcher(string_list(params, "tokens"), string_list(params, "patterns"), ignore_case=ignore_case)
    exceptions = frozenset(e.lower() if ignore_case else e for e in string_list(params, "exceptions"))
    return Existence(matcher, exceptions)


def check(doc, rule, ctx) -> Iterator[Finding]:
    state: Existence = rule.state
    for start, end in state.matcher.scan(doc, rule.spec.scopes):
        match = doc.text[start:end]
        key = match.lower() if state.matcher.ignore_case else match
        if key not in state.exceptions and match not in ctx.vocabulary:
            yield Finding(start, end, rule.spec.message.format(match=match))
