"""The sourcing lexicon both sourcing rules read: `rules/data/sourcing.yaml`,
with a rule's `lexicon` option adding to a list (`{extend: [...]}`) or replacing
it (a plain list). What a newsroom adds is literal words and phrases."""

from __future__ import annotations

import functools
import re
from typing import Any

from ..errors import ParameterError, closest
from ..model.sourcing import Lexicon
from ..resources import builtin_folder
from ..yamlsource import load_file

_REGEX_LISTS = ("reporting_verbs", "characterising_verbs", "impersonal", "reasons", "not_speech")
_WORD_SETS = ("group_nouns", "not_groups", "actors", "parties", "person_nouns", "source_nouns", "inanimate",
              "claim_verbs", "titled", "evidence")
_TUPLES = ("group_suffixes", "not_group_suffixes")
LISTS = (*_REGEX_LISTS, *_WORD_SETS, *_TUPLES)


@functools.cache
def _builtin() -> dict[str, list[str]]:
    data, _ = load_file(builtin_folder() / "data" / "sourcing.yaml", strict=False)
    return {name: [str(v) for v in data[name]] for name in LISTS}


def check_changes(changes: Any) -> None:
    """A ParameterError unless `changes` is a mapping of known lists to a list
    or {extend: [...]}: read when the config is, so the error names its line."""
    if changes is None:
        return
    if not isinstance(changes, dict):
        raise ParameterError("'lexicon' takes a mapping of lists: {group_nouns: {extend: [pundits]}}", "lexicon")
    for name, change in changes.items():
        if name not in LISTS:
            raise ParameterError(f"unknown lexicon list '{name}'{closest(name, LISTS)} (lists: {', '.join(LISTS)})",
                                 "lexicon", name)
        if not (isinstance(change, list) or (isinstance(change, dict) and set(change) == {"extend"}
                                             and isinstance(change["extend"], list))):
            raise ParameterError(f"lexicon '{name}' takes a list, or {{extend: [...]}}", "lexicon", name)


def lexicon(changes: dict[str, Any] | None) -> Lexicon:
    """The built-in lexicon with a rule's changes: {list: [...]} replaces a list,
    {list: {extend: [...]}} adds to it."""
    check_changes(changes)
    lists = dict(_builtin())
    for name, change in (changes or {}).items():
        # A newsroom's words are literal phrases, never patterns: nothing it adds can run away.
        literal = re.escape if name in _REGEX_LISTS else str
        if isinstance(change, dict):
            lists[name] = [*lists[name], *(literal(str(v)) for v in change["extend"])]
        else:
            lists[name] = [literal(str(v)) for v in change]
    fields: dict[str, Any] = {name: tuple(lists[name]) for name in (*_REGEX_LISTS, *_TUPLES)}
    fields.update({name: frozenset(w.lower() for w in lists[name]) for name in _WORD_SETS})
    made = Lexicon(**fields)
    # Equal lexicons are one object: a draft's analysis is kept by lexicon, and a
    # look-up that finds the same object skips comparing every list.
    made = _MADE.setdefault(made, made)
    made.compiled  # noqa: B018  # now, with the rules: its verbs join the drafts' shared pass before one is read
    return made


_MADE: dict[Lexicon, Lexicon] = {}
