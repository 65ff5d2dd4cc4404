"""The `quote-attribution` kind: direct quotations with no named source.

Each quotation of speech (the Document finds them; `quotes.is_speech` leaves out
scare quotes and titles) is looked up in the sentences it spans, then the next
and the previous sentence, for a speech verb and its subject. A named person or
body, or "the ministry", sources it; a pronoun inherits the last speaker (or any
person named before); an unnamed subject ("a political commentator", "one
official") is reported unless the text says why the source is anonymous.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..diagnostics import Finding
from ..errors import ParameterError
from ..model.quotes import is_speech
from .attribution import ANONYMOUS, INSTITUTION, NAMED, PRONOUN, classify_subject
from .contract import CHOICE, INT, PATTERNS, ActiveRule, Context, Kind, Param
from .phrases import Pattern, alternation

_CLAUSE_END = re.compile(r"[.;:!?\u2014]|,\s")

if TYPE_CHECKING:
    from ..model.document import Document


class Lists:
    def __init__(self, params: dict) -> None:
        self.min_words = params["min_words"]
        self.justified = params["justified_anonymous"]
        self.verbs = _alternation(params, "verbs", r"\b(?:{})\b")
        self.anonymous = _alternation(params, "anonymous_sources", r"\b(?:{})\b")
        self.justifications = _alternation(params, "justifications", r"(?:{})")


def _alternation(params: dict, key: str, template: str) -> Pattern:
    pattern = alternation(params[key], template, ignore_case=True, where=(key,))
    if pattern is None:
        raise ParameterError(f"'{key}' must list at least one phrase", key)
    return pattern


def prepare(params: dict) -> Lists:
    return Lists(params)


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    lists: Lists = rule.state
    text = doc.masked
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    quotes = [q for q in doc.quotations if q.depth == 0]
    ends = [q.end for q in quotes]  # outermost quotations do not overlap: sorted too
    last_speaker: tuple[str, str] | None = None
    for q in quotes:
        if not is_speech(q, text, lists.min_words):
            continue
        first = max(0, bisect.bisect_right(starts, q.start) - 1)
        last = max(first, bisect.bisect_left(starts, q.end) - 1)
        order = [*range(first, last + 1), last + 1, first - 1]
        verdict = None
        for i in order:
            if 0 <= i < len(sentences):
                verdict = _attribution(doc, sentences[i], quotes, ends, lists)
                if verdict:
                    break
        if verdict and verdict[0] == PRONOUN:
            verdict = last_speaker or ((NAMED, "") if _person_named_before(doc, q.start) else None)
        if verdict and verdict[0] in (NAMED, INSTITUTION, ANONYMOUS):
            last_speaker = verdict
        if verdict and verdict[0] in (NAMED, INSTITUTION):
            continue
        span = (q.start, q.end)
        if not verdict:
            yield Finding(*span, rule.spec.message.format(
                problem="Quotation has no attribution",
                advice="say who said it (\u201c...,\u201d said NAME)"))
            continue
        window = (sentences[max(first - 1, 0)].start, sentences[min(last + 1, len(sentences) - 1)].end)
        justified = lists.justifications.search(text, *window) is not None
        if justified and lists.justified == "off":
            continue
        yield Finding(*span, rule.spec.message.format(
            problem=f"Quotation is attributed only to an unnamed source (\u201c{verdict[1]}\u201d)",
            advice="name the source, or say why it cannot be named (who spoke on condition of anonymity "
                   "because ...)"), severity="suggestion" if justified else None)


def _attribution(doc, sentence, quotes, ends: list[int], lists: Lists) -> tuple[str, str] | None:
    """The source a sentence gives for speech, from the text outside its quotations."""
    text = doc.masked
    outside = text[sentence.start:sentence.end]
    for q in quotes[bisect.bisect_right(ends, sentence.start):]:
        if q.start >= sentence.end:
            break
        a, b = max(q.start, sentence.start) - sentence.start, min(q.end, sentence.end) - sentence.start
        outside = outside[:a] + "\u201d" * (b - a) + outside[b:]  # a quotation is a boundary, not a subject
    for verb in lists.verbs.finditer(outside):
        after_end = _CLAUSE_END.search(outside, verb.end())
        after = (verb.end(), after_end.start() if after_end else len(outside))
        before_start = max((outside.rfind(c, 0, verb.start()) for c in ".;:!?\u201d\u2014\""), default=-1) + 1
        before = _before_appositive(outside, before_start, verb.start())
        sides = [after, before] if verb.group().lower().startswith("according") else [before, after]
        for start, end in sides:
            found = classify_subject(outside, start, end, lists.anonymous)
            if found:
                return found
    return None


def _before_appositive(text: str, start: int, end: int) -> tuple[int, int]:
    """The subject before a verb, skipping an appositive: in "Dmitry Peskov, the
    Kremlin's spokesman, said" the subject is "Dmitry Peskov"."""
    chunk = text[start:end]
    parts = [p for p in chunk.split(",") if p.strip()]
    if len(parts) >= 2 and chunk.rstrip().endswith(","):
        return start, start + chunk.index(",")
    if len(parts) >= 2:  # "..., Peskov said": the last clause holds the subject
        return start + chunk.rindex(",") + 1, end
    return start, end


def _person_named_before(doc, offset: int) -> bool:
    """Has a person (a run of two or more capitalised words) been named before?"""
    return any(len(doc.masked[s:e].split()) >= 2 for s, e in doc.names if s < offset)


KIND = Kind("quote-attribution", check, prepare=prepare, fields=frozenset({"problem", "advice"}),
            params={"min_words": Param(INT, 5, minimum=1),
                    "justified_anonymous": Param(CHOICE, "off", choices=("off", "suggestion")),
                    "verbs": Param(PATTERNS, []), "anonymous_sources": Param(PATTERNS, []),
                    "justifications": Param(PATTERNS, [])})
