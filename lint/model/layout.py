"""What each block of a draft is: heading, body paragraph, run-in label, dateline,
byline or page boilerplate.

Formats find blocks (Markdown knows its headings and lists; plain text only has
lines and blank lines). Scraped text has no markup, so headings and run-in labels
are recognised here by shape, the same way for every format.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Protocol

from .dates import is_date_line
from .patterns import compiled_later
from .types import BLOCKQUOTE, BOILERPLATE, BYLINE, CAPTION, DATELINE, HEADING, LABEL, LIST_ITEM, PARAGRAPH, Region
from .words import DANGLING_WORDS, PRONOUNS, SMALL_WORDS, SPEECH_VERBS, WORD

RESIDUE, OPENER = "residue", "opener"
# A time stamp ("Published 3 June 2025"): the article's own date above its first
# paragraph, where the headline and byline stand; residue anywhere after it.
STAMP = "stamp"
# Residue in the article's header (above its first sentence), where a time stamp is not residue.
IN_HEADER = "in-header"
# A block the page's markup marks as residue (an HTML element classed "ad-slot",
# "newsletter", "related"); up to this many words, whatever it says.
MARKED_RESIDUE = "marked-residue"
# A heading known by its shape alone (a short line in title case, no closing punctuation), not by markup.
GUESSED = "guessed"
# Text straight inside a div on a page that writes its story in <p>s: the page's
# own (a sign-up bar, a share bar, a footer's links), read only for residue; a
# date or a byline there is no residue.
PAGE_TEXT = "page-text"
# The marks that set off the parts of a byline's line, residue among them: "By Jo Marsh | 3 Comments".
PART_MARKS = "|\u00b7\u2022"
_MARKED_RESIDUE_WORDS = 60


class BoilerplateMatcher(Protocol):
    def classify(self, text: str) -> str | None:
        """RESIDUE for page residue, OPENER for a line that opens a list of
        related links ("You may also like"), STAMP for a time stamp, None for prose."""

    def story_before(self, text: str, ends_page: bool = False) -> int | None:
        """Where residue a paragraph holds begins, after sentences of the story
        ("... on 1 January. Sign up to our free newsletter ..."); None when it
        opens the paragraph. `ends_page`: the draft's last paragraph, whose
        residue may run on after a story paragraph of any length (a blog's
        share bar: "... a new browser tab. Share this: Share on X (Opens in new
        window) ...")."""


class Block(NamedTuple):
    kind: str  # PARAGRAPH, HEADING, LIST_ITEM, BLOCKQUOTE, CAPTION, TABLE, MARKED_RESIDUE or PAGE_TEXT
    start: int
    end: int
    # Page text outside the draft (an HTML page's banner outside <article>):
    # kept only if it is residue, never read as prose.
    outside: bool = False


_JUDGED = (PARAGRAPH, HEADING, LIST_ITEM, BLOCKQUOTE)  # the blocks that may be residue (outside ones: any)
_QUOTE_MARKS = "\"\u201c\u2018'\u00ab\u201e"
_TERMINAL = ".!?:;,\u2026"
_CLOSERS = "\"'\u201d\u2019)]*_"
# A writer's note, a byline's kin: "Ana Ruiz is the Courier's transport
# correspondent", "... a freelance writer based in Leeds", "... is our local
# democracy reporter"; not a sentence that
# goes on about them ("... a former reporter who now runs the food bank").
_BIO = re.compile(
    r"[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){1,3} is (?:a|an|the|our) [^.;:!?,]{0,80}?"
    r"\b(?:correspondent|reporter|writer|editor|columnist|contributor|journalist|freelancer|author)s?"
    r"(?: (?!(?:who|which|that|and|but|when|after)\b)[\w'\u2019-]+){0,6}\.?"
    # an opinion piece's tagline: "The writer is a professor of economics at Leeds University."
    r"|The (?:writer|author)s? (?:is|are) (?:a|an|the) [^.;:!?]{1,120}\.?"
)
# A credit or an editor's note, at the story's end: "Ana Ruiz contributed to this report", "... contributed
# reporting from Kyiv", "This story has been updated to include comment from the council", "This article was
# originally published by ProPublica".
_CREDIT = re.compile(
    r"(?:[^.!?]{1,80}? contributed(?: reporting)?(?: (?:to|for) this (?:report|story|article)| from [^.!?]{1,40})"
    r"|This (?:story|article|report) (?:has been|was) (?:updated|corrected|amended)\b[^!?]{0,120}?"
    # republished: "This article was originally published by ProPublica", "... first appeared in The Conversation"
    r"|(?:This|A version of this) (?:story|article|report|piece) (?:was |is )?(?:originally |first )?"
    r"(?:published|appeared|ran)\b[^!?]{0,120}?"
    # funded: "This article was produced with support from ...", "Funding for this reporting came from ...";
    # not a report or project the story is about ("This report was funded by the council")
    r"|This (?:story|article|reporting|coverage|piece) (?:was|is) (?:produced|made possible|supported|funded|"
    r"part of)\b[^!?]{0,160}?"
    r"|(?:Funding|Support) for this (?:story|article|reporting|coverage|piece)\b[^!?]{0,160}?)"
    r"\.?"
)
# How an editor's note opens, looked for before the pattern.
_CREDIT_OPENERS = ("This ", "A version of this ", "Funding for this ", "Support for this ")
_BYLINE = re.compile(
    r"(?:By|Reporting by|Additional reporting by|Written by|Editing by|Edited by)\s+[A-Z]|Posted by\s+\w[^.!?\n]*$"
)  # a blog's "Posted by admin | March 9, 2025" too, not a sentence ("Posted by Jo Bell, the letter drew ...")
# ... and one a site sets in lowercase, under the headline: "by Jo Roe | Today at 11:33 a.m." (a name of two
# words or more, then the line's end or a bar: not "by Monday Police had ...").
_LOWERCASE_BYLINE = re.compile(r"by[ \t]+[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){1,3}"
                               r"[ \t]*(?:[|\u00b7\u2022,]|\Z)")
# A wire's credits in brackets at the end: "(Reporting by Jane Smith in London; Editing by Tom Brown)".
# The desk may go unnamed: "(Reporting by staff; editing by staff)".
_WIRE_CREDIT = re.compile(r"\((?:Reporting|Additional reporting|Writing|Editing|Compiled|Reporting and writing) by "
                          r"(?:[A-Z]|(?:our )?staff\b)[^()\n]{0,300}\)")
# A byline without "By", as plain text keeps it in the header: the writers' names on one line, their
# role or desk on the next ("Jordan Pike\nTechnology correspondent", "Ana Ruiz and Li Wei\nBBC News, Cardiff").
_NAME = r"[A-Z][\w'\u2019-]+(?:[ \t][A-Z][\w.'\u2019-]+){1,3}"
_BYLINE_BLOCK = re.compile(
    rf"{_NAME}(?:(?:,|[ \t]and|[ \t]&)[ \t]{_NAME})*\n[A-Z][^\n.!?:;]{{0,60}}?"
    r"\b(?:[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Ww]riter|[Cc]olumnist|[Jj]ournalist|[Cc]ontributor|[Pp]roducer|"
    r"News|Staff|[Dd]esk|[Bb]ureau)s?\b[^\n.!?:;]{0,60}(?:\n@[\w.]+)?")  # and a social handle
# A wire dateline's date after the place: "LONDON, June 3 (Reuters) -", "WASHINGTON, Jan. 5, 2025 (AP) \u2014",
# "LONDON, 3 June (Reuters) -".
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
WIRE_DATE = rf",[ \t](?:{_MONTH}[ \t]\d{{1,2}}|\d{{1,2}}[ \t]{_MONTH})(?:,?[ \t]\d{{4}})?"
_DATELINE = re.compile(
    r"(?P<place>[A-Z][\w.'\u2019-]*(?:,?[ \t][A-Z][\w.'\u2019-]*){0,3})"
    rf"(?:{WIRE_DATE})?"
    r"(?:[ \t]*\([A-Z][\w .]{0,20}\))?"
    r"[ \t]*(?P<dash>\u2014|\u2013|--|-)[ \t]+(?=\S)"
)
# A label's colon is followed by space, or, where a scraper dropped it, by a
# letter ("Key finding:most of the damage"), never a digit ("11:30").
_LABEL = re.compile(r"(?P<label>[^\s:][^:\n]{0,58}?):(?:[ \t]+(?=\S)|(?=[^\W\d_]))")
# Labels that open a photo's caption in plain text: "Pictured: the council chamber", "Above: ...".
_CAPTION_LABELS = frozenset({"pictured", "picture", "pic", "photo", "photograph", "image", "main image", "above",
                             "below", "top", "inset", "left", "right", "l-r", "from left", "caption"})
# A time alone on the first line of a block, over the entry it dates, as a plain-text live blog keeps it:
# "18:15" then "National Rail says ..."; or run in before a dash ("**3.48pm** — Network Rail says ...").
_ENTRY_TIME = re.compile(r"(?P<time>\d{1,2}[:.]\d{2}(?:[ \t]*(?:[ap]\.?m\.?|[AP]M|GMT|BST|CET|ET|EST|EDT))?)"
                         r"(?:[ \t]*\n|[ \t]+(?:\u2014|\u2013|-)[ \t]+)(?=[^\W\d_])")


# Verbs that make a clause of what stands before a colon: a label is a noun phrase
# ("Key finding", "What to do"), "Ana Ruiz was blunt" is a sentence.
_FINITE = frozenset("is was are were has had have will would".split())
# Run-in labels newsrooms write in sentence case, which the share of capitals
# would take for clauses: "Why it matters: ...", "What happens next: ...".
_SENTENCE_CASE_LABELS = frozenset({
    "why it matters", "what happens next", "what's next", "what it means", "what this means", "the big picture",
    "big picture", "the bottom line", "bottom line", "between the lines", "the backstory", "go deeper",
    "by the numbers", "what they're saying", "what to watch", "what we're watching", "what we know",
    "what we don't know", "the details", "the catch", "zoom in", "zoom out", "the other side", "state of play",
    "driving the news", "reality check", "the intrigue", "what's new", "the latest", "catch up quick",
    "the context", "what to know", "need to know", "the takeaway", "the upshot"})


def classify(masked: str, blocks: list[Block], boilerplate: BoilerplateMatcher | None) -> list[Region]:
    if boilerplate is not None:
        blocks = _split_at_residue_lines(masked, blocks, boilerplate)
    regions: list[Region] = []
    related_list = False  # inside a list of related links after "You may also like"
    body_paragraphs = 0  # a dateline opens one of the first few
    in_header = True  # no sentence of the story yet: only headline-like lines (a headline in sentence case)
    closed_header = False  # the last paragraph was the first sentence-like one: a standfirst, perhaps
    # The last paragraph that ends as a sentence does: a headline has a story after it.
    last_prose = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].kind == PARAGRAPH
                       and not blocks[i].outside and _ends_sentence(masked, blocks[i])), -1)
    ads = boilerplate is not None and _run_in_break(masked, 0, len(masked)) is not None  # most drafts: none at all
    for index, block in enumerate(blocks):
        start, end = _trim(masked, block.start, block.end)
        if start >= end:
            continue
        if block.kind == MARKED_RESIDUE:
            if masked.count(" ", start, end) < _MARKED_RESIDUE_WORDS:
                regions.append(Region(BOILERPLATE, start, end, name=MARKED_RESIDUE))
                continue
            # A story's worth of text: the class was the CMS's, not residue.
            block = Block(PARAGRAPH, start, end, block.outside)
        tail: list[Region] = []
        if boilerplate is not None and block.kind == PARAGRAPH and "\n" in masked[start:end]:
            head, start, end, tail, listing = _peel_residue_lines(masked, start, end, boilerplate,
                                                                  after_body=body_paragraphs > 0, in_header=in_header,
                                                                  listing=related_list)
            regions.extend(head)
            related_list = related_list or listing
            if start >= end:
                regions.extend(tail)
                continue
        text = masked[start:end]
        residue_at = None  # where residue begins after the story's own sentences in the paragraph
        if boilerplate is not None and (block.outside or block.kind in _JUDGED):
            verdict = boilerplate.classify(text)
            if verdict == RESIDUE and block.kind == PARAGRAPH and not block.outside and \
                    (cut := boilerplate.story_before(text)) is not None:
                verdict, residue_at = None, start + cut  # "... on 1 January. Sign up to our newsletter ...":
                # split below, as residue run on is
            elif verdict is None and block.kind == PARAGRAPH and not block.outside and index == len(blocks) - 1 and \
                    (cut := boilerplate.story_before(text, ends_page=True)) is not None:
                residue_at = start + cut  # a long last paragraph, a blog's share bar run on after its story
            if verdict == STAMP and block.kind == PAGE_TEXT:
                verdict = None  # "By Staff Reporter | 20 May 2025" in a div: the story's own line
            if verdict == RESIDUE and text.isupper() and _labelled_sentence_next(masked, blocks, index,
                                                                             any_sentence=text == "UP NEXT"):
                verdict = None  # a wire sports story's section head: "UP NEXT" then "Chiefs: At Houston on Sunday.",
                # or then "Padres RHP Michael King (9-5) faces ... on Tuesday." (a player's "Up next" heads a title)
            if verdict is None and in_header and not block.outside and (
                    parts := _piped_residue(masked, start, end, boilerplate)) and \
                    boilerplate.classify(masked[start:parts[0][0]]) == STAMP:
                verdict = STAMP  # "Published 4 March 2025 | 3 Comments": the date, then residue
            if verdict == STAMP and in_header and not block.outside:
                _byline(regions, masked, start, end, boilerplate)  # the article's date, beside its byline
                continue
            if verdict or (related_list and _is_link_line(text) and not _bullets_end(masked, blocks, index, text)):
                regions.append(Region(BOILERPLATE, start, end, name=IN_HEADER if in_header else None))
                regions.extend(tail)  # "Sign up for our newsletter\n© 2026 ...\nRelated: ...": residue above the tail
                related_list = verdict == OPENER or (related_list and not verdict)
                continue
        related_list = False
        if block.outside:
            regions.extend(tail)
            continue
        if block.kind != PARAGRAPH:
            regions.append(Region(block.kind, start, end))
            continue
        if ((_BYLINE.match(text) or (in_header and _LOWERCASE_BYLINE.match(text))) and len(WORD.findall(text)) <= 12) \
                or _WIRE_CREDIT.fullmatch(text) or \
                _BIO.fullmatch(text) or (
                ("contributed" in text or text.startswith(_CREDIT_OPENERS)) and _CREDIT.fullmatch(text)) or (
                (in_header or closed_header) and "\n" in text and _BYLINE_BLOCK.fullmatch(text)):
            if (in_header or closed_header) and boilerplate is not None:
                # A byline under the headline and a standfirst: the header goes on to it, and
                # past it, so a time stamp on either side of it is the article's date.
                _stamp_before_byline(regions, masked, boilerplate)
                in_header = True
            _byline(regions, masked, start, end, boilerplate)
            regions.extend(tail)  # "By Jo Roe\nShare this article": the residue under the byline
            continue
        opening = text.lstrip(_QUOTE_MARKS)[:1]
        if is_headline_like(text) or (in_header and index < last_prose and (opening.isupper() or opening.isdigit())
                                      and _headline_line(text, first=index == 0) and not _SENTENCE_END.search(text)):
            # Above the story's first sentence, one line with no closing punctuation is its
            # headline or standfirst even in sentence case, as plain text leaves them (one that
            # opens with a quotation too: "'We must earn trust': the regulator's new head"); not
            # sentences that lost the last stop ("The mayor will sign it, officials said. Read more"),
            # nor a line with no story after it.
            regions.append(Region(HEADING, start, end, name=GUESSED))
            regions.extend(tail)
            continue
        if body_paragraphs < 3:
            m = _DATELINE.match(masked, start, end)
            if m and _is_place(m["place"]) and not _aside(m, masked, end) and not (
                    not m["place"].isupper() and _RATING_LINE.match(masked, m.end(), end)) and \
                    not _entry_by_place_beside(masked, blocks, index):
                regions.append(Region(DATELINE, start, m.end()))
                start = m.end()
                body_paragraphs = 3
        body_paragraphs += 1
        if masked[start].isdigit() and (m := _ENTRY_TIME.match(masked, start, end)):
            regions.append(Region(LABEL, start, m.end("time")))  # a live blog's entry: its time, then the entry
            start = m.end()
        kind = PARAGRAPH
        m = _LABEL.match(masked, start, end)
        # A colon before a quotation introduces speech, not a label's text: 'Quote of the day: "We ..."'.
        if m and masked[m.end():m.end() + 1] not in _QUOTE_MARKS and is_label(m["label"]):
            regions.append(Region(LABEL, start, m.end("label") + 1))
            if m["label"].lower() in _CAPTION_LABELS:
                kind = CAPTION  # "Pictured: the council chamber": a photo's caption
            start = m.end()
        elif masked[end - 1] not in _TERMINAL and (credit := _INLINE_TAIL.search(masked, max(start, end - 90), end)) \
                and _CREDIT_TAIL.match(credit[1]):
            kind = CAPTION  # "The library's reading room. Photograph: Wexcombe Council": a caption, its credit last
        while ads and (ad := _run_in_break(masked, start, end)) is not None:
            # "... officials said. Advertisement The harbour master said ...": an ad slot a scraper ran into the text,
            # or a related link's label and headline ("... the sale. Read more: Libraries face axe The building")
            regions.append(Region(PARAGRAPH, start, _trim(masked, start, ad.start(1))[1]))
            regions.append(Region(BOILERPLATE, ad.start(1), ad.end(1)))
            start = ad.end()
        cut = residue_at if residue_at is not None and residue_at > start else \
            _inline_residue(masked, start, end, boilerplate) if boilerplate is not None else None
        if cut is None and (credit_at := _wire_credit_tail(masked, start, end)) is not None:
            # "... still under investigation. (Editing by Jo Roe)": the wire's credits, run onto the last sentence
            regions.append(Region(kind, start, _trim(masked, start, credit_at)[1]))
            regions.append(Region(BYLINE, credit_at, end))
        elif cut is not None:  # "... officials said. Read more": the residue is no part of the story
            regions.append(Region(kind, start, _trim(masked, start, cut)[1]))
            regions.append(Region(BOILERPLATE, cut, end))
        else:
            regions.append(Region(kind, start, end))
        regions.extend(tail)
        closed_header = in_header and not _headline_line(masked[start:end])
        in_header = in_header and not closed_header
    return regions


def _entry_by_place_beside(masked: str, blocks: list[Block], index: int) -> bool:
    """Does the block before or after the one at `index` open as it does, on a place and a dash? Then they are
    entries of a list by place ("**Barnsley** — Labour hold." then "**Derby** — No overall control."): a story
    has one dateline."""
    for beside in (index - 1, index + 1):
        if 0 <= beside < len(blocks):
            start, end = _trim(masked, blocks[beside].start, blocks[beside].end)
            m = _DATELINE.match(masked, start, end) if start < end else None
            if m is not None and _is_place(m["place"]):
                return True
    return False


def _byline(regions: list[Region], masked: str, start: int, end: int, boilerplate: BoilerplateMatcher | None) -> None:
    """A byline or the article's date, with the residue a CMS runs onto its
    line split off, each part with the bar before it (so removing it leaves
    no bar behind): "By Jo Marsh | 4 March 2025 | 3 Comments | Share"."""
    parts = _piped_residue(masked, start, end, boilerplate)
    regions.append(Region(BYLINE, start, _trim(masked, start, parts[0][0])[1] if parts else end))
    regions.extend(Region(BOILERPLATE, a, b) for a, b in parts)


def _piped_residue(masked: str, start: int, end: int,
                   boilerplate: BoilerplateMatcher | None) -> list[tuple[int, int]]:
    """The residue parts a bar or a dot sets off at the end of a line ("| 3
    Comments | Share"), each from its mark, in order; none for most lines."""
    parts: list[tuple[int, int]] = []
    if boilerplate is None or not any(mark in masked[start:end] for mark in PART_MARKS):
        return parts
    cut = end
    while (m := _PIPED_TAIL.search(masked, start, cut)) is not None and boilerplate.classify(m[2]) == RESIDUE:
        parts.insert(0, (m.start(1), m.end(2)))
        cut = m.start()
    return parts


# The last part of a line that a bar or a dot (one of PART_MARKS) sets off: "| 3 Comments".
_PIPED_TAIL = re.compile(r"[ \t]*([|\u00b7\u2022][ \t]*)([^|\u00b7\u2022\n]*[^|\u00b7\u2022\s])[ \t]*$")


def _stamp_before_byline(regions: list[Region], masked: str, boilerplate: BoilerplateMatcher) -> None:
    """The time stamp right before a byline is the article's date, like one after it."""
    last = regions[-1] if regions else None
    if last is not None and last.kind == BOILERPLATE and last.name is None and \
            boilerplate.classify(masked[last.start:last.end]) == STAMP:
        regions[-1] = Region(BYLINE, last.start, last.end)


# A sentence's end inside a line, before the next one's capital.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?\s+[\"'\u201c\u2018]?[A-Z]")


def _labelled_sentence_next(masked: str, blocks: list[Block], index: int, any_sentence: bool = False) -> bool:
    """Is the next block a paragraph that opens with a run-in label (or, `any_sentence`, any paragraph) and ends
    as a sentence does?"""
    if index + 1 >= len(blocks) or blocks[index + 1].kind != PARAGRAPH or blocks[index + 1].outside:
        return False
    block = blocks[index + 1]
    start, end = _trim(masked, block.start, block.end)
    m = None if any_sentence else _LABEL.match(masked, start, end)
    return (any_sentence or (m is not None and is_label(m["label"]))) and _ends_sentence(masked, block)


def _ends_sentence(masked: str, block: Block) -> bool:
    return masked[max(block.start, block.end - 16):block.end].rstrip().rstrip(_CLOSERS)[-1:] in ".!?\u2026"


def _headline_line(text: str, first: bool = False) -> bool:
    """One line with no closing punctuation: a headline or a standfirst, not the story's prose; the draft's
    `first` block may be a long headline hard-wrapped onto a second line, as plain text wraps it."""
    breaks = text.count("\n")
    return (breaks == 0 or (first and breaks == 1 and text.find("\n") >= _WRAPPED_LINE)) and \
        text.rstrip(_CLOSERS)[-1:] not in _TERMINAL and text.count(" ") + breaks < 30


_WRAPPED_LINE = 50  # a first line this long before its break was wrapped, not ended


def _peel_residue_lines(masked: str, start: int, end: int, boilerplate: BoilerplateMatcher,
                        after_body: bool, in_header: bool, listing: bool = False
                        ) -> tuple[list[Region], int, int, list[Region], bool]:
    """Residue lines glued to a paragraph with no blank line between, as
    scrapers leave them ("Skip to main content" over the headline, "Share this
    article" under the last paragraph): each becomes a boilerplate region of its
    own, and so do the headlines under a line that opens a list of links ("More
    on this story"); the last value says such a list runs on. Above the story
    (not `after_body`) only numbered lines are a list's: there the line under
    "Trending Stories" may be the headline. A time stamp peeled `in_header` is
    the article's date, not residue. A line is peeled only where the text
    beside it starts afresh, so a hard-wrapped sentence is never cut. `listing`:
    the paragraph follows a line that opens a list of links ("Related Topics"
    then a blank line), whose lines it goes on with if each is a link's."""

    def listed(line: str) -> bool:
        return (after_body or line[:1].isdigit()) and _is_link_line(line)

    lines = _lines(masked, start, end)
    head: list[Region] = []
    tail: list[Region] = []
    # under a line that opens a list of links; after a blank line, only a paragraph of links goes on with it (not
    # a hard-wrapped paragraph, whose last line ends as prose does)
    listing = listing and all(listed(masked[a:b]) for a, b in lines)
    while len(lines) > 1:
        line, after = masked[slice(*lines[0])], _BULLET.sub("", masked[lines[1][0]:lines[1][0] + 3])[:1]
        if not (after.isupper() or after.isdigit() or after == "\u00a9"):
            break  # a line that goes on with the one above (a copyright line starts afresh)
        verdict = boilerplate.classify(line)
        if not verdict and not (listing and listed(line)):
            break
        listing = verdict == OPENER or (listing and not verdict)
        if after.isdigit() and not listing:
            break  # only a list's lines open with a number ("1 Storm closes coast road"): "2 min" goes with its line
        head.append(Region(BYLINE, *lines.pop(0)) if verdict == STAMP and in_header else
                    Region(BOILERPLATE, *lines.pop(0), name=IN_HEADER if in_header else None))
    # at the end, a residue line under one that ends a sentence, or under residue of its own ("Sign up for our
    # newsletter" over "Related: ..."), tried only if it opens afresh, as a hard-wrapped sentence's lines seldom do
    # (in the header, also under a name's line: "Jo Roe\nView Comments", "The Courier |\nShare this article"; or
    # under the page's date: "Sunday, May 26\nSocial Media Profiles:")
    while len(lines) > 1 and (masked[lines[-2][1] - 1] in ".!?\"\u201d" or (
            masked[lines[-2][0]].isupper() or masked[lines[-2][0]] == "\u00a9") and
            boilerplate.classify(masked[slice(*lines[-2])]) or (in_header and (
                _names_line(masked[slice(*lines[-2])]) or is_date_line(masked[slice(*lines[-2])])))) \
            and boilerplate.classify(masked[slice(*lines[-1])]):
        tail.insert(0, Region(BOILERPLATE, *lines.pop(), name=IN_HEADER if in_header else None))
    if not lines:
        return head, end, end, tail, False
    return head, lines[0][0], lines[-1][1], tail, listing and listed(masked[lines[0][0]:lines[-1][1]])


def _names_line(line: str) -> bool:
    """Is a line only a name or two, in capitals, as a header's byline or masthead is ("Alexa N. D'Angelo", "By Jo
    Roe", "The Courier |")? Not a wrapped line whose words go on below it ("Ferry Services Cut in Wake of")."""
    words = line.rstrip(" \t" + PART_MARKS).split()
    return 0 < len(words) <= _NAMES_LINE_WORDS and words[-1].lower() not in DANGLING_WORDS and all(
        w[:1].isupper() or (i and w in SMALL_WORDS) for i, w in enumerate(words))


_NAMES_LINE_WORDS = 6


def _split_at_residue_lines(masked: str, blocks: list[Block], boilerplate: BoilerplateMatcher) -> list[Block]:
    """Paragraphs split at residue lines inside them, as scrapers leave links between lines of a paragraph each
    ("... on Highway 101.\nRead more: 9 facing charges after search\nPolice said ..."): a line is one where the
    line above ends a sentence or is residue too, and the line below starts afresh, so a hard-wrapped sentence is
    never cut. The lines at a paragraph's edges are _peel_residue_lines's."""
    out: list[Block] = []
    for block in blocks:
        if block.kind != PARAGRAPH or block.outside or masked.count("\n", block.start, block.end) < 2:
            out.append(block)
            continue
        lines = _lines(masked, block.start, block.end)
        cuts = []  # the residue lines, in order
        residue_above = False
        for i in range(1, len(lines) - 1):
            above, (a, b), below = lines[i - 1], lines[i], lines[i + 1]
            if (residue_above or masked[above[1] - 1] in _SENTENCE_CLOSE) and \
                    (masked[below[0]].isupper() or masked[below[0]] in "\"\u201c") and \
                    boilerplate.classify(masked[a:b]):
                cuts.append((a, b))
                residue_above = True
            else:
                residue_above = False
        start = block.start
        for a, b in cuts:
            if a > start:
                out.append(Block(PARAGRAPH, start, a))
            out.append(Block(PARAGRAPH, a, b))
            start = b
        out.append(Block(PARAGRAPH, start, block.end) if cuts else block)
    return out


_SENTENCE_CLOSE = ".!?\"\u201d"


def _lines(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of masked[start:end] with text on them, each trimmed."""
    lines = []
    pos = start
    while pos < end:
        stop = masked.find("\n", pos, end)
        stop = end if stop == -1 else stop
        a, b = _trim(masked, pos, stop)
        if a < b:
            lines.append((a, b))
        pos = stop + 1
    return lines


# A list item's bullet, as scrapers keep it in plain text: "- Small firms' confidence falls".
_BULLET = re.compile(r"^[-*\u2022][ \t]+")
# A line of a list as plain text keeps it: a bullet or a number ("- Arrive early", "2. Arrive early").
_LIST_LINE = re.compile(r"(?:[-*\u2022]|\d{1,2}[.)])[ \t]+\S[^\n]*")


def is_list(text: str) -> bool:
    """Is a plain-text block a list, each of its lines an item ("- Check your flight\\n- Arrive early")?"""
    return all(_LIST_LINE.fullmatch(line.strip()) for line in text.split("\n"))


def _inline_residue(masked: str, start: int, end: int, boilerplate: BoilerplateMatcher) -> int | None:
    """Where residue run onto a paragraph's last sentence begins, if it does
    ("... officials said. Read more", "... on Friday. Advertisement"): the
    words after its last sentence end, with no closing punctuation of their
    own, that the residue lists name. A sentence that ends as one is never
    cut ("Read more about the plan on the council's website."), but for a
    link's "Click here to buy." and a bracketed note ("(Representative Image)")."""
    if masked[end - 1] == ")" and (tail := _INLINE_TAIL.search(masked, max(start, end - 90), end)) is not None \
            and tail[1][0] == "(" and boilerplate.classify(tail[1]) == RESIDUE:
        return tail.start(1)  # a picture's note in brackets: "... assessing the damage. (Representative Image)"
    if masked[end - 1] in _TERMINAL or masked[end - 1] in _CLOSERS:
        # most paragraphs: closed, as prose is; but a link's "Click here to buy." is no sentence of the story
        click = _CLICK_TAIL.search(masked, max(start, end - 90), end) \
            if masked[end - 1] in ".!" and masked.find(" here ", max(start, end - 80), end) != -1 else None
        return click.start(1) if click is not None else None
    m = _INLINE_TAIL.search(masked, max(start, end - 90), end)
    if m is None or _CREDIT_TAIL.match(m[1]) or boilerplate.classify(m[1]) not in (RESIDUE, OPENER):
        return None
    return m.start(1)


def _wire_credit_tail(masked: str, start: int, end: int) -> int | None:
    """Where a wire's credits begin when they close a paragraph after its
    last sentence, as a scraper runs them on: in brackets ("... under
    investigation. (Reporting by Jo Roe; Editing by Tom Brown)"), or its
    source on a line of its own ("... police said.\nSource: Kyodo News")."""
    if masked[end - 1] == ")":
        opening = masked.rfind("(", start, end)
        if opening <= start or masked[opening - 1] not in " \t" or not _WIRE_CREDIT.fullmatch(masked, opening, end):
            return None
    else:  # a line of its own is a credit whatever ends the line before, which is then judged on its own
        opening = masked.rfind("\n", start, end) + 1
        return opening if opening > start and _SOURCE_LINE.fullmatch(masked, opening, end) else None
    before = masked[start:opening].rstrip()
    return opening if before and before[-1] in ".!?\"\u201d\u2019" else None


# A story's source credited on its last line: "Source: Kyodo News", "Sources: AFP, NHK and Reuters" (names only).
_SOURCE_LINE = re.compile(r"(?i:sources?):[ \t]+[A-Z][\w.&'\u2019-]*"
                          r"(?:(?:,?[ \t]+(?:and[ \t]+)?|,)[A-Z][\w.&'\u2019-]*){0,5}\.?[ \t]*")


def _run_in_break(masked: str, start: int, end: int) -> re.Match[str] | None:
    """The first ad slot's label or related link run into a paragraph between two sentences."""
    ad, link = _ad_break(masked, start, end), _link_break(masked, start, end)
    return ad if link is None or (ad is not None and ad.start() < link.start()) else link


def _link_break(masked: str, start: int, end: int) -> re.Match[str] | None:
    """A related link's label and the headline it points to run into a
    paragraph between two sentences: "... the sale. Read more: Libraries face
    axe in budget cuts The building will be ...", "... ALSO READ: Fares to
    rise. The ...". The headline ends at its own stop, or before a word that
    opens a sentence after one in lowercase. Looked for from each colon: a
    draft has few, and one scan for them costs less than a scan per label."""
    at = masked.find(":", start, end)
    while at != -1:
        if masked[max(start, at - 9):at].lower().endswith(_LINK_LABELS):
            found = _LINK_BREAK().search(masked, max(start, at - 14), min(end, at + 200))
            if found is not None and found.start(1) < at:
                return found
        at = masked.find(":", at + 1, end)
    return None


_LINK_LABELS = ("read more", "also read", "read also", "see also", "related", "read next")
# Compiled on first use: few drafts have a related link run into a paragraph.
_LINK_BREAK = compiled_later(
    r"[.!?][\"'\u201d\u2019)]?[ \t]+((?:Read more|READ MORE|Also read|ALSO READ|Read also|READ ALSO|See also|SEE ALSO|"
    r"Related|RELATED|Read next|READ NEXT)[ \t]*:[ \t]*[\"\u201c\u2018']?[A-Z0-9][^.!?\n]{2,120}?"
    r"(?:[.!?](?=[ \t]+[\"\u201c]?[A-Z])|(?<=[a-z0-9])(?=[ \t]+(?:The|A|An|It|He|She|They|We|I|This|That|These|"
    r"Those|His|Her|Their|Its|In|On|At|But|However|Officials|Police|Mr|Mrs|Ms|Dr)[ \t])))[ \t]+")


def _ad_break(masked: str, start: int, end: int) -> re.Match[str] | None:
    """An ad slot's label run into a paragraph between two sentences ("...
    said. Advertisement The harbour ...", "(Story continues below.)", or on a
    line of its own inside the block), looked for by its words first."""
    if not any(masked.find(word, start, end) != -1 for word in _AD_WORDS):
        return None
    return _AD_BREAK.search(masked, start, end)


_AD_WORDS = ("dvert", "DVERT", "ontinues below", "ontinues after", "ontinue reading below", "croll to continue")
_AD_WORDY = (r"(?:(?:Story|Article|Text) continues (?:below|after (?:this )?(?:advertisement|ad))(?: advertisement)?"
             r"|Continue reading below|Scroll to continue(?: reading| with content)?)")
_AD_LABEL = rf"(?:ADVERTISEMENT|Advertisement|{_AD_WORDY})"
# The label, then a sentence's first word and a lowercase one: not a name ("Advertisement Standards Authority"; a
# label of several words before any capital: "Story continues below advertisement The Rail Delivery Group said");
# set in brackets ("[Advertisement]", "(Story continues below.)"), before any sentence.
_AD_BREAK = re.compile(rf"[.!?][\"'\u201d\u2019)]?\s+((?:[\[(]{_AD_LABEL}\.?[\])](?=\s+[\"\u201c]?[A-Z]))|"
                       rf"{_AD_WORDY}(?=\s+[\"\u201c]?[A-Z])|"
                       rf"{_AD_LABEL}(?=\s+[\"\u201c]?[A-Z][\w'\u2019-]*[ ,]+[a-z\"\u201c]))\s+")

# A sentence's end, then words with no mark of their own to the paragraph's end.
_INLINE_TAIL = re.compile(r"[.!?][\"\u201d\u2019)]?[ \t]+([^\s.!?][^.!?\n]{0,80})$")
# A link's instruction as the last sentence: "... go on sale in June. Click here to buy."
_CLICK_TAIL = re.compile(r"[.!?][\"\u201d\u2019)]?[ \t]+((?:Click|Tap) here (?:to|for)\b[^.!?\n]{0,60}[.!])$")
# A credit closing a caption is the caption's own: "A drone on trials. Photo: Ministry of Defence".
_CREDIT_TAIL = re.compile(r"(?i:photo|photograph|picture|image|illustration|graphic|video)s?(?: by|\s*:)")


def is_headline_like(text: str) -> bool:
    """A single line with no closing punctuation, in title case (or short and
    half capitalised): how headings look in text that has lost its markup."""
    text = text.strip()
    if not text or "\n" in text:
        return False
    if text.rstrip(_CLOSERS)[-1:] in _TERMINAL:
        return False
    words = WORD.findall(text)
    if not words or len(words) > 20 or not (text[0].isupper() or text[0].isdigit()):
        return False
    if ":" in text:  # "Label: text" is a heading only in title case throughout
        return title_case_ratio(words) >= 0.75
    ratio = title_case_ratio(words)
    return ratio >= 0.75 or (len(words) <= 6 and ratio >= 0.5)


def _bullets_end(masked: str, blocks: list[Block], index: int, text: str) -> bool:
    """Does a paragraph without a bullet follow a list of links set with them? It is no more of the list: "- Bus
    fares frozen" then "Former Prime Minister Keir Starmer visited the town and promised investment in" (cut off)."""
    if not index or _LIST_LINE.match(text.lstrip()) is not None or blocks[index].kind == LIST_ITEM:
        return False
    before = blocks[index - 1]
    return before.kind == LIST_ITEM or _LIST_LINE.match(masked[before.start:before.end].split("\n")[-1].strip()) \
        is not None


def _is_link_line(text: str) -> bool:
    """A line in a list of related links: a bare headline, no closing punctuation
    but a question's ("Is tea better for you than coffee?"); or a block of them
    as plain text keeps a numbered or bulleted list ("1. Man held after crash"
    then "2. Cafe opens in old bank")."""
    text = text.strip()
    if "\n" in text:
        return all(_LIST_LINE.fullmatch(line.strip()) and _is_link_line(line) for line in text.split("\n"))
    return text.rstrip(_CLOSERS)[-1:] not in _LINK_ENDS and len(WORD.findall(text)) <= 15 and \
        _TOLD_IN_THE_PAST.search(text) is None


_LINK_ENDS = _TERMINAL.replace("?", "")
# A headline tells in the present ("Council says ..."), a story's sentence in the past: "The council said it would
# publish the designs in the spri" after a list of links is the story going on, cut off (not "Man said to be ...").
_TOLD_IN_THE_PAST = re.compile(r"\bsaid\b(?! to\b)")


def title_case_ratio(words: list[str]) -> float:
    """Share of content words that are capitalised (small words don't count)."""
    content = [w for w in words[1:] if w.lower() not in SMALL_WORDS and not w[0].isdigit()]
    if not content:
        return 1.0
    return sum(1 for w in content if not w[0].islower()) / len(content)


_LABEL_DETERMINERS = frozenset("the our my".split())


def is_label(label: str) -> bool:
    """Is this paragraph opening a run-in label ("Neutrality of Ukraine") rather
    than a clause ending in a colon ("He said")?"""
    if any(p in label for p in ('. ', '!', '?', ';', '"', '\u201c', ',')):
        return False
    words = WORD.findall(label)
    if not 1 <= len(words) <= 8 or words[-1].lower() in SMALL_WORDS:
        return False
    lowered = [w.lower() for w in words]
    if " ".join(lowered).replace("\u2019", "'") in _SENTENCE_CASE_LABELS:
        return True
    if lowered[0] in _LABEL_DETERMINERS and 2 <= len(words) <= 3 and words[1:] == lowered[1:] and \
            not any(w in SPEECH_VERBS or w in _FINITE or w in PRONOUNS for w in lowered[1:]):
        return True  # a noun after "the" or "our", in sentence case: "The verdict:", "Our view:", "The good news:"
    if lowered[0] in PRONOUNS or any(w in SPEECH_VERBS or w in _FINITE for w in lowered):
        return False  # a clause: "He said:", "Ana Ruiz was blunt:"
    content = [w for w in words if w.lower() not in SMALL_WORDS and w.lower() not in PRONOUNS]
    if not content:
        return False
    capitalised = sum(1 for w in content if not w[0].islower())
    return capitalised / len(content) >= 0.5


def _aside(m: re.Match[str], text: str, end: int) -> bool:
    """Is the dash after a name in mixed case an aside's, not a dateline's
    ("Tesla Mobile \u2014 no relation to the carmaker \u2014 said", "Acme \u2014
    Britain's biggest grocer \u2014 said"): is the same dash there again in its
    sentence, closing the aside? A city in capitals is always a dateline, and
    so is "Washington D.C. \u2013 preparations are underway", lowercase after it."""
    if m["place"].isupper():
        return False
    after = m.end()
    dash = m["dash"] if m["dash"] == "\u2014" else f" {m['dash']} "  # a spaced hyphen, not "well-known"
    stop = _SENTENCE_STOP.search(text, after, end)
    return text.find(dash, after, stop.start() if stop else end) != -1


# A mark alone after a name's dash, to the end of its line: a player's rating, "Jordan Pickford – 7", "Saka - 8/10",
# not a dateline (in capitals, "LONDON — 12 people were hurt", it is one).
_RATING_LINE = re.compile(r"\d{1,2}(?:\.5)?(?:/10)?[ \t*_]*(?:\n|\Z)")


# The end of a dateline's first sentence, for an aside's closing dash before it.
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|\Z)")


def _is_place(place: str) -> bool:
    words = place.replace(",", " ").split()
    return 1 <= len(words) <= 4 and all(w.lower() not in PRONOUNS for w in words) and \
        " ".join(words).lower() not in _SALUTATIONS and words[0] not in ("By", "BY")  # a byline: "By Ana Ruiz — May 3"


# A letters page's greeting, which a dash may follow as a dateline's does: "Sir \u2014 Your report ...".
_SALUTATIONS = frozenset({"sir", "sirs", "madam", "dear sir", "dear madam", "sir/madam", "dear editor", "editor"})


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
