"""An interview set out as questions and answers: a question in bold or italics
("**Do you still get nervous?**"), after "Q:" or after the interviewer's
initials ("JB: Do you still get nervous?"), then its answer. The answers are the
interviewee's own words, as a quotation's are, and the questions the
interviewer's: neither is a claim the story makes of its own."""

from __future__ import annotations

import re
from collections.abc import Callable

from .types import HEADING, LABEL, LIST_ITEM, PARAGRAPH, Region

# A paragraph set in bold or italics from end to end, as Markdown or HTML writes it.
_EMPHASIS_BEFORE = re.compile(r"(?:\*{1,2}|_{1,2}|<(?:strong|b|em|i)>)\Z")
_EMPHASIS_AFTER = re.compile(r"\*{1,2}|_{1,2}|</(?:strong|b|em|i)>")
_ASKED = re.compile(r"Q(?:uestion)?\s*[:.]\s*\Z")  # a question's label, as a label region holds it
_INITIALLED = re.compile(r"[A-Z]{2,3}\s*:\s*\Z")  # a speaker's initials, "JB:", before a question or an answer
_MIN_QUESTIONS = 2  # one bold question may be a standfirst's or a subhead's
# The interviewee speaking for themselves: an explainer's questions ("**Who gets it?**") are answered in the
# newsroom's own voice, whose claims are the story's. Case counts: "US officials" is no "us".
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|[Mm]e|[Mm]y|[Ww]e|[Ww]e're|[Ww]e've|[Oo]ur|us)\b")
_MIN_FIRST_PERSON = 2  # answers that speak so


def exchanges(source: str, masked: str, regions: list[Region],
              to_source: Callable[[int], int], to_source_end: Callable[[int], int]) -> list[tuple[int, int]]:
    """The spans of an interview's questions and answers, each question with
    the paragraphs after it up to the next question or heading; none unless the
    draft asks at least two questions so and two answers or more speak in the
    first person ("I", "we"): an explainer's answers are the story's. `source` is the file as read, which
    `to_source` and `to_source_end` map offsets to (HTML's tags are not in the
    analysed text)."""

    def emphasised(r: Region) -> bool:
        if masked[r.end - 1] != "?":
            return False
        start, end = to_source(r.start), to_source_end(r.end)
        return _EMPHASIS_BEFORE.search(source, max(0, start - 8), start) is not None and \
            _EMPHASIS_AFTER.match(source, end) is not None

    spans: list[tuple[int, int]] = []
    questions = speaking = 0
    answering = labelled = initialled = False
    for r in regions:
        if r.kind == HEADING:
            answering = False  # a new section: the interview may be over
        elif r.kind == LABEL:
            labelled = _ASKED.match(masked, r.start, r.end) is not None
            initialled = _INITIALLED.match(masked, r.start, r.end) is not None
            continue
        elif r.kind == PARAGRAPH and (labelled or emphasised(r) or (initialled and masked[r.end - 1] == "?")):
            questions += 1
            answering = True
            spans.append((r.start, r.end))
        elif answering and r.kind in (PARAGRAPH, LIST_ITEM):
            spans.append((r.start, r.end))
            speaking += _FIRST_PERSON.search(masked, r.start, r.end) is not None
        labelled = initialled = False
    return spans if questions >= _MIN_QUESTIONS and speaking >= _MIN_FIRST_PERSON else []
