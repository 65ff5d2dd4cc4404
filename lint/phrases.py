"""Phrase lists compiled into one matcher: literal phrases (whole words, any
case or exact case) and the newsroom's own regular expressions.

Hundreds of literal phrases become one alternation matched on the Document's
lowercased copy, so a rule costs one scan per region whatever its list's length.
User regular expressions run through the `regex` package with a time limit, so a
pathological pattern on a long line stops with an error instead of hanging a CI
job; `regex` is imported only when a rule has patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .errors import ParameterError, RuleTimeout

TIME_LIMIT = 2.0  # seconds per pattern and region


def literal_pattern(phrase: str) -> str:
    """A phrase as a regex: spaces match any whitespace; word edges are whole-word."""
    body = r"\s+".join(re.escape(part) for part in phrase.split())
    start = r"(?<![\w'\u2019-])" if phrase[:1].isalnum() else ""
    end = r"(?![\w-])" if phrase[-1:].isalnum() else ""
    return start + body + end


class PhraseMatcher:
    def __init__(self, phrases: list[str], patterns: list[str] = (), *, ignore_case: bool = True,
                 phrases_key: str = "tokens", patterns_key: str = "patterns") -> None:
        self.ignore_case = ignore_case
        for key, items in ((phrases_key, phrases), (patterns_key, patterns)):
            if not isinstance(items, (list, tuple)) or not all(isinstance(p, str) and p.strip() for p in items):
                raise ParameterError(f"'{key}' must be a list of non-empty strings", key)
        literals = sorted({p.lower() if ignore_case else p for p in phrases}, key=len, reverse=True)
        self.literal = None
        if literals:
            # A lookahead of the first characters lets the regex engine skip
            # ahead instead of trying every phrase at every position.
            first = "".join(sorted({re.escape(p[0]) for p in literals}))
            self.literal = re.compile(f"(?=[{first}])(?:{'|'.join(literal_pattern(p) for p in literals)})")
        self.patterns = []
        if patterns:
            import regex  # only rules with patterns pay for it

            for i, pattern in enumerate(patterns):
                try:
                    self.patterns.append((pattern, regex.compile(pattern, regex.IGNORECASE if ignore_case else 0)))
                except regex.error as exc:
                    raise ParameterError(f"bad pattern {pattern!r}: {exc}", patterns_key, i) from None

    def match_at(self, doc, start: int, end: int) -> int | None:
        """Where a phrase that starts exactly at `start` ends, or None."""
        for m_start, m_end in self.finditer(doc, start, min(end, start + 200)):
            return m_end if m_start == start else None
        return None

    def finditer(self, doc, start: int, end: int) -> Iterator[tuple[int, int]]:
        """Match ranges in text[start:end], literal phrases first."""
        if self.literal is not None:
            text = doc.lowered if self.ignore_case else doc.masked
            for m in self.literal.finditer(text, start, end):
                yield m.start(), m.end()
        for source, pattern in self.patterns:
            try:
                for m in pattern.finditer(doc.masked, start, end, timeout=TIME_LIMIT):
                    if m.end() > m.start():
                        yield m.start(), m.end()
            except TimeoutError:
                raise RuleTimeout(f"pattern {source!r} ran for more than {TIME_LIMIT:g} s") from None


def string_list(params: dict, key: str) -> list[str]:
    value = params.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ParameterError(f"'{key}' must be a list of strings", key)
    return value


def match_case(model: str, replacement: str) -> str:
    """The replacement in the capitalisation of the text it replaces."""
    if len(model) > 1 and model.isupper():
        return replacement.upper()
    if model[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement
