"""The `consistency` kind: variants of one thing mixed in one article
("dialog"/"dialogue", "Zelensky"/"Zelenskyy", "percent"/"per cent").

`sets` lists the variants of each thing: a list of strings (matched in any
case), or a mapping with `variants` and `case: exact`. Strings that are not
words (quote marks) match anywhere. The form used most is the majority (on a
tie, the one used first). Each other form is reported once, at its first use,
with a fix that changes all its uses to the majority form. The message may use
{match}, {uses}, {majority} and {count}.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..diagnostics import Edit, Finding, Fix
from ..errors import ParameterError
from .contract import ANY, ActiveRule, Context, Kind, Param
from .phrases import PhraseMatcher, match_case

if TYPE_CHECKING:
    from ..model.document import Document


@dataclass(frozen=True)
class Variants:
    """All sets in two matchers (any case, exact case): one scan per article."""

    matchers: tuple[PhraseMatcher, ...]
    sets: dict[tuple[bool, str], tuple[int, str]]  # (exact, key) -> (set number, variant as written)


def prepare(params: dict) -> Variants:
    sets = params["sets"]
    if not isinstance(sets, list) or not sets:
        raise ParameterError("'sets' must be a list of variant lists", "sets")
    lookup: dict[tuple[bool, str], tuple[int, str]] = {}
    for i, item in enumerate(sets):
        exact = False
        if isinstance(item, dict):
            exact = item.get("case") == "exact"
            item = item.get("variants")
        if not isinstance(item, list) or len(item) < 2 or not all(isinstance(v, str) and v for v in item):
            raise ParameterError("each set needs two or more variants", "sets", i)
        for variant in item:
            lookup[(exact, variant if exact else variant.lower())] = (i, variant)
    matchers = tuple(
        PhraseMatcher([v for (e, _), (_, v) in lookup.items() if e == exact], ignore_case=not exact,
                      phrases_key="sets")
        for exact in (False, True) if any(e == exact for e, _ in lookup)
    )
    return Variants(matchers, lookup)


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    state: Variants = rule.state
    found: dict[int, dict[str, list[tuple[int, int]]]] = {}
    for matcher in state.matchers:
        exact = not matcher.ignore_case
        for start, end in matcher.scan(doc, rule.scopes):
            text = " ".join(doc.text[start:end].split())
            hit = state.sets.get((exact, text if exact else text.lower()))
            if hit is not None:
                found.setdefault(hit[0], {}).setdefault(hit[1], []).append((start, end))
    for uses in found.values():
        if len(uses) < 2:
            continue
        majority = max(uses, key=lambda v: (len(uses[v]), -uses[v][0][0]))
        for variant, spans in uses.items():
            if variant == majority:
                continue
            # One diagnostic per minority form, at its first use; the fix changes every use.
            edits = tuple(Edit(s, e, match_case(doc.text[s:e], majority)) for s, e in sorted(spans))
            start, end = min(spans)
            yield Finding(start, end, rule.spec.message.format(
                match=doc.text[start:end], uses=_times(len(spans)), majority=majority,
                count=_times(len(uses[majority]))),
                Fix(f'Use "{majority}" throughout', edits))


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"


# `sets` entries are lists or {variants: [...], case: exact}: checked by prepare.
KIND = Kind("consistency", check, prepare=prepare, fields=frozenset({"match", "uses", "majority", "count"}),
            params={"sets": Param(ANY, None)})
