"""The `consistency` kind: variants of one thing mixed in one article
("dialog"/"dialogue", "Zelensky"/"Zelenskyy", "percent"/"per cent").

`sets` lists the variants of each thing: a list of strings (matched in any
case), or a mapping with `variants` and options:
- `case: exact` matches the variants in their case only;
- `prefer: {en-US: toward, en-GB: towards}` makes the form the config's
  language prefers the article's choice whenever it is used;
- `body_only: true` leaves headings and headline fields out, for the AP
  pattern of "US" in a headline and "U.S." in the body;
- `unless_next` (a regex, or a mapping of variant to regex): a use followed
  by it is part of a name (`{US: '\\s+[A-Z][a-z]'}` for "US Airways").
Strings that are not words (quote marks) match anywhere. Otherwise the form
used most is the article's choice (on a tie, the one used first). Each other
form is reported once, at its first use, with a fix that changes all its uses
to the chosen form. The message may use {match}, {uses}, {majority} and {count}.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from ..diagnostics import Edit, Finding, Fix
from ..errors import ParameterError
from ..model.types import FIELD, HEADING, LOCALES
from .contract import ANY, ActiveRule, Context, Kind, Param
from .phrases import Pattern, PhraseMatcher, compile_pattern, match_case

if TYPE_CHECKING:
    from ..model.document import Document


class Variants(NamedTuple):
    """All sets in two matchers (any case, exact case): one scan per article."""

    matchers: tuple[PhraseMatcher, ...]
    sets: dict[tuple[bool, str], tuple[int, str]]  # (exact, key) -> (set number, variant as written)
    options: list[SetOptions]  # per set number


class SetOptions(NamedTuple):
    prefer: dict[str, str]
    body_only: bool = False
    unless_next: dict[str | None, Pattern] = {}  # variant (None: any) -> pattern


_SET_KEYS = ("variants", "case", "prefer", "body_only", "unless_next")


def check_sets(sets) -> None:
    """A ParameterError unless `sets` is a list of variant lists or mappings
    with known keys (the config's own check calls it too)."""
    if not isinstance(sets, list) or not sets:
        raise ParameterError("'sets' must be a list of variant lists", "sets")
    for i, item in enumerate(sets):
        prefer: dict = {}
        if isinstance(item, dict):
            unknown = set(item) - set(_SET_KEYS)
            if unknown:
                raise ParameterError(f"unknown key '{sorted(unknown)[0]}' in a set (keys: {', '.join(_SET_KEYS)})",
                                     "sets", i)
            prefer = item.get("prefer") or {}
            if not isinstance(prefer, dict) or not all(isinstance(v, str) for v in prefer.values()) \
                    or not set(prefer) <= set(LOCALES):
                raise ParameterError(f"'prefer' maps {' or '.join(LOCALES)} to a variant", "sets", i)
            unless = item.get("unless_next") or {}
            if not isinstance(unless, (str, dict)) or (
                    isinstance(unless, dict) and not all(isinstance(v, str) and v for v in unless.values())):
                raise ParameterError("'unless_next' is a regex, or maps variants to regexes", "sets", i)
            item = item.get("variants")
        if not isinstance(item, list) or len(item) < 2 or not all(isinstance(v, str) and v for v in item):
            raise ParameterError("each set needs two or more variants", "sets", i)
        if any(form not in item for form in prefer.values()):
            raise ParameterError("each form in 'prefer' must be one of the set's variants", "sets", i)


def prepare(params: dict) -> Variants:
    sets = params["sets"]
    check_sets(sets)
    lookup: dict[tuple[bool, str], tuple[int, str]] = {}
    options = []
    for i, item in enumerate(sets):
        exact = False
        option = SetOptions({})
        if isinstance(item, dict):
            option = _options(item, i)
            exact = item.get("case") == "exact"
            item = item["variants"]
        options.append(option)
        for variant in item:
            lookup[(exact, variant if exact else variant.lower())] = (i, variant)
    matchers = tuple(
        PhraseMatcher([v for (e, _), (_, v) in lookup.items() if e == exact], ignore_case=not exact,
                      phrases_key="sets")
        for exact in (False, True) if any(e == exact for e, _ in lookup)
    )
    return Variants(matchers, lookup, options)


def _options(item: dict, i: int) -> SetOptions:
    """A set's options, once check_sets has found them well formed."""
    prefer = item.get("prefer") or {}
    unless = item.get("unless_next") or {}
    if isinstance(unless, str):
        unless = {None: unless}
    return SetOptions(dict(prefer), item.get("body_only") is True,
                      {k: compile_pattern(v, where=("sets", i)) for k, v in unless.items()})


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    state: Variants = rule.state
    found: dict[int, dict[str, list[tuple[int, int]]]] = {}
    for matcher in state.matchers:
        exact = not matcher.ignore_case
        for start, end in matcher.scan(doc, rule.scopes):
            text = " ".join(doc.text[start:end].split())
            hit = state.sets.get((exact, text if exact else text.lower()))
            if hit is None:
                continue
            option = state.options[hit[0]]
            if option.body_only and _in_headline(doc, start):
                continue
            unless = option.unless_next.get(hit[1]) or option.unless_next.get(None)
            if unless is not None and unless.match(doc.masked, end):
                continue  # part of a name: "US Airways"
            found.setdefault(hit[0], {}).setdefault(hit[1], []).append((start, end))
    for number, uses in found.items():
        if len(uses) < 2:
            continue
        preferred = state.options[number].prefer.get(ctx.language)
        majority = preferred if preferred in uses else max(uses, key=lambda v: (len(uses[v]), -uses[v][0][0]))
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


def _in_headline(doc: Document, offset: int) -> bool:
    region = doc.region_at(offset)
    return region is not None and region.kind in (HEADING, FIELD)


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"


# `sets` entries are lists or {variants: [...], case: exact}: checked by check_sets.
KIND = Kind("consistency", check, fixes=True, prepare=prepare, fields=frozenset({"match", "uses", "majority", "count"}),
            params={"sets": Param(ANY, None, shape=check_sets)})
