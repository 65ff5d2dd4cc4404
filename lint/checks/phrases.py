"""Phrase lists compiled into one matcher: literal phrases (whole words, any
case or exact case) and the newsroom's own regular expressions.

Literal phrases go into one Aho-Corasick automaton (pyahocorasick), which finds
all of them in one pass over the Document's lowercased copy whatever the list's
length: about 80 MB/s here, against 6 to 14 MB/s for the same list as one regex
alternation, whose cost also grows with the list.
User regular expressions run through the `regex` package with a time limit, so a
pathological pattern on a long line stops with an error instead of hanging a CI
job; `regex` is imported only when a rule has patterns.
"""

from __future__ import annotations

import contextvars
import re
from collections.abc import Iterator

from ..diagnostics import shorten
from ..errors import ParameterError, RuleTimeout
from ..model.patterns import TOGETHER, with_first_chars

TIME_LIMIT = 2.0  # seconds per pattern and region


class PhraseMatcher:
    def __init__(self, phrases: list[str], patterns: list[str] | tuple[()] = (), *, ignore_case: bool = True,
                 phrases_key: str = "tokens", patterns_key: str = "patterns") -> None:
        self.ignore_case = ignore_case
        for key, items in ((phrases_key, phrases), (patterns_key, patterns)):
            if not isinstance(items, (list, tuple)) or not all(isinstance(p, str) and p.strip() for p in items):
                raise ParameterError(f"'{key}' must be a list of non-empty strings", key)
        self.automaton = None
        literals = {" ".join(p.split()) for p in phrases}
        self.keys = frozenset(phrase.lower() if ignore_case else phrase for phrase in literals)
        if literals:
            import ahocorasick

            self.automaton = ahocorasick.Automaton()
            for key in self.keys:
                self.automaton.add_word(key, len(key))
            self.automaton.make_automaton()
        # Case-blind lists are also searched together with every other one, in one pass per draft.
        self.together = ignore_case and self.automaton is not None and TOGETHER.add({self: self.keys})
        self.patterns = [compile_pattern(p, ignore_case, where=(patterns_key, i)) for i, p in enumerate(patterns)]

    def _literal_hits(self, doc, spans: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
        """Whole-word phrase matches (within `spans` if given, else anywhere),
        longest first where two overlap."""
        if self.automaton is None:
            return []
        text = doc.flat_lowered if self.ignore_case else doc.flat
        if self.together:
            hits = [(first, last) for first, last in TOGETHER.hits(doc)[self] if _whole(text, first, last)]
        else:
            hits = []
            for start, end in spans if spans is not None else [(0, len(text))]:
                # A slice, not iter(text, start, end): that reads the whole text on every call.
                for last, length in self.automaton.iter(text[start:end] if spans is not None else text):
                    first = start + last - length + 1
                    if _whole(text, first, start + last + 1):
                        hits.append((first, start + last + 1))
        hits.sort(key=lambda h: (h[0], -h[1]))
        kept: list[tuple[int, int]] = []
        for hit in hits:
            if not kept or hit[0] >= kept[-1][1]:
                kept.append(hit)
        return kept

    def scan(self, doc, kinds) -> Iterator[tuple[int, int]]:
        """Match ranges inside regions of the given kinds, literal phrases first."""
        regions = doc.regions_of(kinds)
        # Regions that hold little of the draft (headings) are searched alone.
        spans = [(r.start, r.end) for r in regions] if 2 * sum(r.end - r.start for r in regions) < len(doc.text) \
            else None
        for first, last in self._literal_hits(doc, spans):
            region = doc.region_at(first)
            if region is not None and region.kind in kinds and last <= region.end:
                yield first, last
        for pattern in self.patterns:
            for region in regions:
                for m in pattern.finditer(doc.masked, region.start, region.end):
                    if m.end() > m.start():
                        yield m.start(), m.end()


def _whole(text: str, start: int, end: int) -> bool:
    """Does text[start:end] stand as whole words (where its ends are letters)?"""
    if text[start].isalnum() and start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_'\u2019-"):
        return False
    return not (text[end - 1].isalnum() and end < len(text) and (text[end].isalnum() or text[end] in "_-"))


# Set while the patterns copydesk ships are prepared: they are reviewed and
# tested against runaway input, so they run on the standard `re` engine,
# which is faster; every pattern a newsroom writes runs under the time limit.
SHIPPED: contextvars.ContextVar[bool] = contextvars.ContextVar("shipped", default=False)


class Guarded:
    """A compiled user pattern whose every search stops after TIME_LIMIT seconds
    with RuleTimeout, whichever kind runs it: a runaway pattern written into a
    rule file or a config fails that rule instead of hanging a CI job."""

    def __init__(self, source: str, compiled) -> None:
        self.source = source
        self.compiled = compiled

    def _run(self, method, *args):
        try:
            return method(*args, timeout=TIME_LIMIT)
        except TimeoutError:
            raise RuleTimeout(f"pattern {shorten(self.source, 60)!r} ran for more than {TIME_LIMIT:g} s") from None

    def search(self, text: str, *span: int):
        return self._run(self.compiled.search, text, *span)

    def match(self, text: str, *span: int):
        return self._run(self.compiled.match, text, *span)

    def fullmatch(self, text: str, *span: int):
        return self._run(self.compiled.fullmatch, text, *span)

    def finditer(self, text: str, *span: int) -> list:
        return self._run(lambda *a, **k: list(self.compiled.finditer(*a, **k)), text, *span)


# What compile_pattern gives: a shipped pattern as `re` compiled it, or a user's, guarded.
Pattern = Guarded | re.Pattern[str]


def compile_pattern(pattern: str, ignore_case: bool = False, *, where: tuple = ()) -> Pattern:
    """A user pattern compiled with `regex` (imported on first use), or a
    ParameterError that names where it was written. Shipped patterns (see
    SHIPPED) compile with `re`."""
    if SHIPPED.get():
        try:
            return re.compile(pattern, re.IGNORECASE if ignore_case else 0)
        except re.error:
            pass  # a construct only `regex` knows: compile it there
    import regex

    try:
        return Guarded(pattern, regex.compile(pattern, regex.VERSION0 | (regex.IGNORECASE if ignore_case else 0)))
    except (regex.error, OverflowError, RecursionError) as exc:
        raise ParameterError(f"bad pattern {shorten(pattern, 60)!r}: {exc}", *where) from None


def alternation(phrases: list[str], template: str = "{}", ignore_case: bool = False, *,
                where: tuple = ()) -> Pattern | None:
    """Many phrases as one guarded pattern (one search instead of many), or
    None for an empty list. Each phrase was compiled on its own when its rule
    file or config was validated, so errors there name the phrase's line."""
    if not phrases:
        return None
    return compile_pattern(with_first_chars(either(phrases, template)), ignore_case, where=where)


def either(phrases: list[str], template: str = "{}") -> str:
    """The source of a pattern that matches any of the phrases."""
    return template.format("|".join(f"(?:{p})" for p in phrases))


def match_case(model: str, replacement: str) -> str:
    """The replacement in the capitalisation of the text it replaces."""
    if len(model) > 1 and model.isupper():
        return replacement.upper()
    if " " in model and model.istitle() and len(model.split()) == len(replacement.split()):
        return replacement.title()  # "Majority Chief" -> "Majority Leader", a title's every word
    if model[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement
