"""The `substitution` kind: flag X and suggest Y.

`swap` maps each phrase to its replacement, or to a mapping with `use` and
options: `locale` (only for drafts in that language), `sentence_start` (only
when the phrase opens a sentence), `unless_next` (a regex: not when the text
after the phrase starts with it, e.g. "dialog box"). The replacement keeps the
original's capitalisation, and is offered as a fix when `fix` is true (the
default): the replacement is exact, so the fix is safe. A phrase inside a
hashtag, a handle or before a domain's ending is no prose ("#dialog",
"@monday", "monday.com"). The message may use {match} and {replacement}.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from ..diagnostics import Edit, Finding, Fix
from ..errors import ParameterError
from ..model.types import LOCALES
from ..model.words import NAME_SUFFIXES
from .contract import BOOL, MAPPING, ActiveRule, Context, Kind, Param
from .phrases import Pattern, PhraseMatcher, compile_pattern, match_case

_ENTRY_KEYS = ("use", "locale", "sentence_start", "unless_next")

if TYPE_CHECKING:
    from ..model.document import Document


_DOMAIN_AFTER = re.compile(r"\.([a-z]{2,6})\b")  # "monday.com": a domain's ending after the phrase


class Entry(NamedTuple):
    use: str
    locale: str | None = None
    sentence_start: bool = False
    unless_next: Pattern | None = None


class Substitution(NamedTuple):
    matcher: PhraseMatcher
    entries: dict[str, Entry]
    fix: bool


def _key(text: str, ignore_case: bool) -> str:
    text = " ".join(text.split())
    return text.lower() if ignore_case else text


def check_swap(swap: dict) -> None:
    """A ParameterError unless each phrase maps to a replacement or {use: ...}
    with known options (the config's own check calls it too)."""
    if not swap:
        raise ParameterError("'swap' must map phrases to their replacements", "swap")
    for phrase, value in swap.items():
        if isinstance(value, str):
            continue
        if not (isinstance(value, dict) and isinstance(value.get("use"), str)):
            raise ParameterError(f"'{phrase}' must map to a replacement or {{use: ...}}", "swap", phrase)
        unknown = set(value) - set(_ENTRY_KEYS)
        if unknown:
            raise ParameterError(f"'{phrase}': unknown option '{sorted(unknown)[0]}' "
                                 f"(options: {', '.join(_ENTRY_KEYS)})", "swap", phrase)
        if value.get("locale") not in (None, *LOCALES):
            raise ParameterError(f"'{phrase}': locale must be one of {', '.join(LOCALES)}", "swap", phrase)


def prepare(params: dict) -> Substitution:
    swap = params["swap"]
    check_swap(swap)
    ignore_case = params["ignore_case"]
    entries = {}
    for phrase, value in swap.items():
        if isinstance(value, str):
            entry = Entry(value)
        else:
            unless = compile_pattern(value["unless_next"], True, where=("swap", phrase)) \
                if value.get("unless_next") else None
            entry = Entry(value["use"], value.get("locale"), bool(value.get("sentence_start")), unless)
        entries[_key(str(phrase), ignore_case)] = entry
    matcher = PhraseMatcher([str(p) for p in swap], ignore_case=ignore_case, phrases_key="swap")
    return Substitution(matcher, entries, params["fix"])


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    state: Substitution = rule.state
    for start, end in state.matcher.scan(doc, rule.scopes):
        match = doc.text[start:end]
        entry = state.entries.get(_key(match, state.matcher.ignore_case))
        if entry is None or (entry.locale and entry.locale != ctx.language):
            continue
        if entry.sentence_start:
            sentence = doc.sentence_at(start)
            if sentence is None or sentence.start != start:
                continue
        if entry.unless_next and entry.unless_next.match(doc.masked, end):
            continue
        if doc.text[start - 1:start] in ("#", "@") or (
                (domain := _DOMAIN_AFTER.match(doc.masked, end)) is not None and domain[1] in NAME_SUFFIXES):
            continue  # a hashtag, a handle or a domain is no word of prose: "#monday", "@dialog", "monday.com"
        replacement = match_case(match, entry.use)
        if replacement == match:
            continue  # written as it should be: "Monday" for a list that capitalises "monday"
        fix = Fix(f'Replace with "{replacement}"', (Edit(start, end, replacement),)) if state.fix else None
        yield Finding(start, end, rule.spec.message.format(match=match, replacement=replacement), fix)


KIND = Kind("substitution", check, fixes=True, prepare=prepare, fields=frozenset({"match", "replacement"}),
            params={"swap": Param(MAPPING, {}, shape=check_swap), "ignore_case": Param(BOOL, True),
                    "fix": Param(BOOL, True)})
