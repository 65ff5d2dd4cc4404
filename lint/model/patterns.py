"""A cheap first step for long alternations of regular expressions.

Python's `re` tries every alternative of `(?:said|told|...)` at every position of
the text. A lookahead for the characters a match can begin with,
`(?=[st...])(?:said|told|...)`, rejects most positions with one test, which
makes a scan over a draft several times faster. The characters are read from
the parsed pattern; when they cannot be (a class like `\\w`, a pattern that can
match empty, inline flags), the pattern is left as it is. Compiled with
IGNORECASE, the lookahead ignores case as the pattern does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache, cached_property
from re import _parser  # type: ignore[attr-defined]  # the parser `re` itself uses; stable in 3.11+

from ..memo import remembered


def compiled_later(pattern: str) -> Callable[[], re.Pattern[str]]:
    """A pattern compiled on its first use: one that most drafts never need
    costs no start-up (compiling a long one costs 1 to 2 ms)."""
    return cache(lambda: re.compile(pattern))


_REPEATS = (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT)


def with_first_chars(pattern: str) -> str:
    """`pattern`, led by a lookahead for the characters its matches begin with."""
    chars = first_chars(pattern)
    if not chars:
        return pattern
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])(?:" + pattern + ")"


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` can begin with, or None when that
    cannot be said (any character, or an empty match). Kept between runs
    (lint.memo): parsing the rules' long alternations is a tenth of a run."""
    if pattern not in _FIRST_CHARS:  # asked again in this run for the same pattern: answered here
        found = remembered("first-chars", pattern, lambda: _sorted(_first_chars(pattern)), _strings)
        _FIRST_CHARS[pattern] = None if found is None else frozenset(found)
    return _FIRST_CHARS[pattern]


_FIRST_CHARS: dict[str, frozenset[str] | None] = {}  # the rules' patterns: as many as the configs hold


def _sorted(found: frozenset[str] | set[str] | None) -> list[str] | None:
    return None if found is None else sorted(found)


def _strings(found: object) -> bool:
    return found is None or (isinstance(found, list) and all(isinstance(s, str) and s for s in found))


def _first_chars(pattern: str) -> frozenset[str] | None:
    try:
        parsed = _parser.parse(pattern)
    except (re.error, RecursionError, OverflowError):
        return None  # a construct only the `regex` package reads: no lookahead
    if parsed.state.flags & ~re.UNICODE:
        return None  # "(?i)", "(?x)": global flags must open the pattern
    chars, nullable = _first(list(parsed))
    return None if chars is None or nullable else frozenset(chars)


def _first(items: list) -> tuple[set[str] | None, bool]:
    """The first characters of a sequence of parsed items, and whether it can
    match empty."""
    chars: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # a boundary or lookaround: the characters come after it
        if op is _parser.LITERAL:
            return chars | {chr(av)}, False
        if op is _parser.IN:
            found = _class(av)
            return (None if found is None else chars | found), False
        if op is _parser.BRANCH or op is _parser.SUBPATTERN or op in _REPEATS:
            if op is _parser.BRANCH:
                parts = [_first(list(branch)) for branch in av[1]]
            elif op is _parser.SUBPATTERN:
                if av[1] & re.IGNORECASE:
                    return None, False  # "(?i:...)" inside a case-sensitive pattern
                parts = [_first(list(av[3]))]
            else:
                low, _, sub = av
                found, nullable = _first(list(sub))
                parts = [(found, nullable or low == 0)]
            if any(found is None for found, _ in parts):
                return None, False
            for found, _ in parts:
                chars |= found  # type: ignore[arg-type]
            if not any(nullable for _, nullable in parts):
                return chars, False
            continue
        return None, False  # any character, a back reference: no cheap test
    return chars, True


def _class(items: list) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _parser.LITERAL:
            chars.add(chr(av))
        elif op is _parser.RANGE and av[1] - av[0] < 128:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None  # a negated class, \w, a wide range
    return chars


class Scanner:
    """`finditer` for a long alternation, found from the few places it can match.

    The strings a match can begin with (up to PREFIX characters: "said",
    "told rep", "it is wi") are read from the parsed pattern and searched all
    at once with an Aho-Corasick automaton; the pattern is tried only where
    one begins. On news text that is several times faster than `finditer`
    over a hundred alternatives, with the same matches. A pattern whose
    beginnings cannot be listed (a class like `\\w` first, a one-letter
    start) is scanned as usual.
    """

    # Eight characters, not four: "inte", "reco" or "stre" begin many words
    # ("international", "record", "street") and each place found costs a try of
    # the whole alternation. 100 drafts: 1,629 M instructions at 4, 1,577 M at 8,
    # 1,569 M at 10; building the rules costs 23 M more at 8 (without the cache).
    PREFIX = 8
    MOST = 2000  # beginnings; a pattern with more is scanned as usual

    def __init__(self, pattern, word_start: bool = False) -> None:
        """`pattern`: compiled by `re`; any other (a user's pattern, guarded by
        a time limit) is scanned as usual. `word_start`: the pattern matches
        only where no lowercase letter a-z stands before (it opens with \\b or
        (?<![a-z])), so places inside words are not even tried."""
        self.pattern = pattern
        self.word_start = word_start
        self.automaton = None
        starts = None
        if isinstance(pattern, re.Pattern) and not pattern.flags & re.IGNORECASE:
            starts = beginnings(pattern.pattern, self.PREFIX, self.MOST)
        self.starts = starts if starts and min(map(len, starts)) >= 2 else None
        if self.starts:
            self.automaton = _automaton({start: len(start) for start in self.starts})

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self.automaton is None:
            return iter(self.pattern.finditer(text))  # a guarded user pattern gives a list
        return self._tried(text, {end - length + 1 for end, length in self.automaton.iter(text)})

    def _tried(self, text: str, places: set[int]) -> Iterator[re.Match[str]]:
        """The pattern's matches, tried at the places a beginning was found."""
        match, free, word_start = self.pattern.match, 0, self.word_start
        for at in sorted(places):
            if at >= free and not (word_start and at and "a" <= text[at - 1] <= "z"):
                m = match(text, at)
                if m is not None:
                    free = max(m.end(), at + 1)
                    yield m


class Scanners:
    """Several Scanners over the same text, their beginnings found in one pass
    of one automaton (each pass costs about as much as the next, whatever it
    looks for): the same matches as each Scanner's own `finditer`.

    With `shared`, they search a text that is a draft's lowercased text with
    some stretches blanked (the sourcing analysis blanks quotations), and
    their beginnings are found in the draft's shared pass (TOGETHER) instead
    of one of their own: every place a beginning stands in the blanked text,
    it stands in the draft's `flat_lowered` too, as long as no beginning holds
    the blanking character or a line break or tab (which `flat_lowered` makes
    spaces). A place inside a blanked stretch only costs a failed match."""

    def __init__(self, scanners: list[Scanner], shared: str | None = None) -> None:
        self.scanners = scanners
        starts = [s.starts for s in scanners if s.starts]
        self.starts = starts if len(starts) == len(scanners) else None  # None: some cannot be listed
        self.shared = shared is not None and self.starts is not None and \
            not any(c in start for s in starts for start in s for c in (shared, "\n", "\t")) and \
            TOGETHER.add(dict(zip(scanners, starts, strict=True)))

    @cached_property
    def own_pass(self) -> Literals:
        """Their own automaton, made only when a text is searched without its draft."""
        assert self.starts is not None
        return Literals(self.starts)

    def finditer_each(self, text: str, doc=None) -> list[Iterator[re.Match[str]]]:
        """Each scanner's matches in `text`, in the order the scanners were given;
        `doc`: the draft `text` was made from (see `shared`)."""
        if self.starts is None:
            return [s.finditer(text) for s in self.scanners]
        if self.shared and doc is not None:
            found = TOGETHER.hits(doc)
            return [s._tried(text, {start for start, _ in found[s]}) for s in self.scanners]
        return [s._tried(text, {start for start, _ in found})
                for s, found in zip(self.scanners, self.own_pass.occurrences(text), strict=True)]


class Together:
    """Lists of lowercase strings, each held by an owner (a phrase list, a
    Scanner), prepared in this process, all found in one pass of one automaton over a draft's
    `flat_lowered`: each pass costs about as much as the next, whatever it
    looks for, and the rules' phrase lists and the sourcing verbs would
    otherwise make one each. Each member gets the same occurrences its own
    automaton finds (overlapping ones included)."""

    MOST = 64  # members searched together; past it a list searches alone

    def __init__(self) -> None:
        # The lists by owner, and their automaton, replaced together (drafts may be read on several threads).
        self.state: tuple[dict[object, Iterable[str]], Literals | None] = ({}, None)

    def add(self, lists: dict[object, Iterable[str]]) -> bool:
        """Join every owner's list to the pass, or none when there is no room."""
        present = self.state[0]
        if len(present) + len(lists) > self.MOST:
            return False
        self.state = ({**present, **lists}, None)
        return True

    def hits(self, doc) -> dict[object, list[tuple[int, int]]]:
        """Each owner's occurrences in the draft: (start, end) in `doc.flat_lowered`."""
        lists, literals = self.state
        owners = tuple(lists)
        found = doc.shared.get((Together, owners))  # the same owners, the same pass
        if found is None:
            if literals is None:
                literals = Literals(list(lists.values()))
                if self.state[0] is lists:
                    self.state = (lists, literals)
            found = doc.shared[(Together, owners)] = dict(
                zip(owners, literals.occurrences(doc.flat_lowered), strict=True))
        return found


TOGETHER = Together()


class Literals:
    """Several lists of literal strings found in one pass of one Aho-Corasick
    automaton (each pass costs about as much as the next, whatever it looks
    for): each list gets the occurrences of its own strings, overlapping ones
    included, as its own automaton would find them."""

    def __init__(self, lists: Sequence[Iterable[str]]) -> None:
        owners: dict[str, list[int]] = {}  # a string -> the lists that hold it
        for i, strings in enumerate(lists):
            for string in strings:
                owners.setdefault(string, []).append(i)
        self.size = len(lists)
        self.automaton = _automaton({string: (len(string), tuple(held)) for string, held in owners.items()})

    def occurrences(self, text: str) -> list[list[tuple[int, int]]]:
        """(start, end) of each occurrence, list by list."""
        each: list[list[tuple[int, int]]] = [[] for _ in range(self.size)]
        for last, (length, held) in self.automaton.iter(text):
            span = (last - length + 1, last + 1)
            for i in held:
                each[i].append(span)
        return each


class FromStarts:
    """`finditer` for a pattern whose every match begins with one of `starts`
    ("." or "!" for a sentence break, "http" or "www." for a web address): the
    places are found with str.find, which skips ahead many times faster than
    the regex engine does for a pattern that opens with a character class or a
    lookbehind. The same matches as the pattern's own finditer."""

    def __init__(self, pattern: re.Pattern[str], starts: Iterable[str]) -> None:
        self.pattern, self.starts = pattern, tuple(starts)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if end is None else end
        match, free = self.pattern.match, start
        for at in sorted(places(text, self.starts, start, end)):
            if at >= free and (m := match(text, at, end)) is not None:
                free = m.end()
                yield m


def places(text: str, strings: Iterable[str], start: int = 0, end: int | None = None,
           whole_words: bool = False) -> set[int]:
    """Where any of `strings` occurs in text[start:end], found with str.find;
    with `whole_words`, only where no letter stands on either side ("chair",
    not "chairs" or "wheelchair")."""
    end = len(text) if end is None else end
    found = set()
    for string in strings:
        at = text.find(string, start, end)
        while at != -1:
            after = at + len(string)
            if not whole_words or not (text[at - 1:at].isalpha() or text[after:after + 1].isalpha()):
                found.add(at)
            at = text.find(string, at + 1, end)
    return found


def _automaton(words: dict[str, object]):
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for word, value in words.items():
        automaton.add_word(word, value)
    automaton.make_automaton()
    return automaton


def beginnings(pattern: str, k: int, most: int) -> set[str] | None:
    """Every string of at most k characters that a match of `pattern` can begin
    with (its first k characters, or the whole match if shorter), or None when
    they cannot be listed. Kept between runs, as first_chars."""
    found = remembered(f"beginnings, cut {k} {most}", pattern, lambda: _sorted(_all_beginnings(pattern, k, most)),
                       _strings)
    return None if found is None else set(found)


def _all_beginnings(pattern: str, k: int, most: int) -> set[str] | None:
    try:
        parsed = _parser.parse(pattern)
    except (re.error, RecursionError, OverflowError):
        return None
    if parsed.state.flags & ~re.UNICODE:
        return None
    found = _beginnings(list(parsed), k, most)
    return None if found is None or "" in found[0] else found[0]


def _beginnings(items: list, k: int, most: int) -> tuple[set[str], bool] | None:
    """The beginnings of a match of `items`, and whether they run to k
    characters or the match's end. Where an item cannot be listed (a class
    like \\w, any character) they stop short before it: every match still
    begins with one of them, so a longer k never loses what a shorter one found."""
    out = {""}
    for op, av in items:
        if all(len(s) >= k for s in out):
            break
        if op in _ZERO_WIDTH:
            continue
        whole = True
        if op is _parser.LITERAL:
            part: set[str] | None = {chr(av)}
        elif op is _parser.IN:
            part = _class(av)
        elif op is _parser.BRANCH:
            part = set()
            for branch in av[1]:
                found = _beginnings(list(branch), k, most)
                if found is None:
                    return None
                part |= found[0]
                whole = whole and found[1]
        elif op is _parser.SUBPATTERN and not (av[1] or av[2]):
            found = _beginnings(list(av[3]), k, most)
            if found is None:
                return None
            part, whole = found
        elif op in _REPEATS:
            low, high, sub = av
            found = _beginnings(list(sub), k, most)
            part = None if found is None or not found[1] else _repeated(found[0], low, high, k, most)
        else:
            part = None  # any character, a back reference, a conditional, flags
        if part is None:
            return out, False  # cut before it
        out = {s if len(s) >= k else (s + p)[:k] for s in out for p in part}
        if len(out) > most:
            return None
        if not whole:
            return out, False
    return out, True


def _repeated(one: set[str], low: int, high: int, k: int, most: int) -> set[str] | None:
    """The beginnings of low to high repetitions of something that begins with `one`."""
    found: set[str] = {""} if low == 0 else set()
    current = {""}
    for n in range(1, min(high, k) + 1):
        current = {s if len(s) >= k else (s + p)[:k] for s in current for p in one}
        if len(current) > most:
            return None
        if n >= low:
            found |= current
    if high > k:  # longer repetitions begin as the k-th one does
        found |= current
    return found
