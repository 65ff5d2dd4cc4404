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

from ..diagnostics import Edit, Finding, Fix
from ..errors import ParameterError
from ..phrases import PhraseMatcher, match_case


@dataclass(frozen=True)
class VariantSet:
    matcher: PhraseMatcher
    variants: dict[str, str]  # how a match is keyed -> the variant as written in the rule


def prepare(params: dict) -> list[VariantSet]:
    sets = params.get("sets")
    if not isinstance(sets, list) or not sets:
        raise ParameterError("'sets' must be a list of variant lists", "sets")
    out = []
    for i, item in enumerate(sets):
        exact = False
        if isinstance(item, dict):
            exact = item.get("case") == "exact"
            item = item.get("variants")
        if not isinstance(item, list) or len(item) < 2 or not all(isinstance(v, str) and v for v in item):
            raise ParameterError("each set needs two or more variants", "sets", i)
        matcher = PhraseMatcher(item, ignore_case=not exact, phrases_key="sets")
        out.append(VariantSet(matcher, {(v if exact else v.lower()): v for v in item}))
    return out


def check(doc, rule, ctx) -> Iterator[Finding]:
    regions = doc.regions_of(rule.spec.scopes)
    for variant_set in rule.state:
        found: dict[str, list[tuple[int, int]]] = {}
        for region in regions:
            for start, end in variant_set.matcher.finditer(doc, region.start, region.end):
                text = " ".join(doc.text[start:end].split())
                key = text.lower() if variant_set.matcher.ignore_case else text
                if key in variant_set.variants:
                    found.setdefault(key, []).append((start, end))
        if len(found) < 2:
            continue
        majority = max(found, key=lambda k: (len(found[k]), -found[k][0][0]))
        written = variant_set.variants[majority]
        for key, spans in found.items():
            if key == majority:
                continue
            # One diagnostic per minority form, at its first use; the fix changes every use.
            edits = []
            for start, end in spans:
                match = doc.text[start:end]
                replacement = match_case(match, written) if variant_set.matcher.ignore_case else written
                edits.append(Edit(start, end, replacement))
            start, end = spans[0]
            yield Finding(start, end, rule.spec.message.format(
                match=doc.text[start:end], uses=_times(len(spans)), majority=written,
                count=_times(len(found[majority]))),
                Fix(f'Use "{written}" throughout', tuple(edits)))


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"
