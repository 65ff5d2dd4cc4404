"""The `boilerplate` kind: web-page residue left in the text.

The Document classifies residue paragraphs while it is built (so every other rule
skips them), using the matchers this module prepares from the rule's phrase
lists; the check reports each block of consecutive residue once, spanning it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..diagnostics import Finding, shorten
from ..model.layout import IN_HEADER, MARKED_RESIDUE, OPENER, PART_MARKS, RESIDUE, STAMP
from ..model.patterns import Scanner, first_chars
from ..model.types import BOILERPLATE
from .contract import INT, PATTERNS, ActiveRule, Context, Kind, Param
from .phrases import SHIPPED, Pattern, alternation, compile_pattern, either
from .removal import remove_regions

# A reporting verb: with a quotation mark, the sign of a sentence of news,
# whatever phrases it contains.
_REPORTING_WORD = re.compile(r"\b(?:said|says|told|according to)\b")
# Rarer verbs of reporting, looked for only in a paragraph a list would report: "Subscribe now, the
# publisher urged readers".
_REPORTING_ELSE = re.compile(r"\b(?:urged|asked|added|wrote|warned|advised)\b")
_MARKUP = re.compile(r"<!--.*?-->|<[^<>]*>", re.DOTALL)
_WORD = re.compile(r"\w")
_EDGES = " \t\n.:;!?\u00bb\u203a>|\u2013\u2014-\u2022*#\u2192"  # \u2192: "Continue reading \u2192"
# The arrows a page sets after a link's label (a French quotation ends in one too, but opens with its pair).
_ARROWS = ("\u00bb", "\u203a", "\u2192", ">>")
_ARROW_LINK_WORDS = 8
_WRAPS = {"[": "]", "(": ")"}  # a label a page sets in brackets
# A press release's end marks in the American style, made of the edge characters the lists never see.
_END_MARKS = frozenset({"###", "#####", "-30-", "-###-"})
# What sets a page's labels apart on one line: "3 min read \u00b7 Updated 2 hours ago", "Share | Print".
_PART_BAR = re.compile(r"\s[|\u00b7\u2022]\s")
_MAX_PARTS = 4
# A sentence's end inside a paragraph, before the next one's capital; also with the space left out before a word
# ("exports.For more updates, stay tuned": the story's sentence is no residue, and its missing space is reported).
_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)]?"
                             r"(?:\s+(?=[\"'\u201c\u2018]?[A-Z])|(?<=[a-z][.!?])(?=[A-Z][a-z]))")
_BYLINE_OPENING = re.compile(r"(?i:(?:posted |written )?by)\s")
_LISTS = ("lines", "openers", "starts", "contains", "stamps")
_WHOLE_LINE = ("lines", "openers", "starts", "stamps")  # matched at a line's start
# An escape such as \W or \S: its capital is no letter to match, and means the same in lowercased text.
_ESCAPE = re.compile(r"\\[A-Z]")

if TYPE_CHECKING:
    from ..model.document import Document


class _ByFirstChar:
    """A lowercase phrase list matched at a line's start, split by the
    characters each phrase can begin with: a line is tried only against the
    phrases that can open it (a tenth of the list, not all of it). Phrases that
    open with the same characters form one pattern, compiled when a line first
    needs it: a short draft compiles a few of them."""

    def __init__(self, phrases: list[str], key: str) -> None:
        self.key = key
        self.shipped = SHIPPED.get()  # shipped phrases compile with `re` (see SHIPPED), also when compiled later
        groups: dict[frozenset[str] | None, list[str]] = {}  # None: the first character cannot be said
        for phrase in phrases:
            groups.setdefault(first_chars(phrase), []).append(phrase)
        self.groups = groups
        self.by_char: dict[str, list[frozenset[str] | None]] = {}
        for chars in groups:
            for c in chars or ():
                self.by_char.setdefault(c, []).append(chars)
        self.compiled: dict[frozenset[str] | None, Pattern] = {}

    def patterns(self, first: str) -> Iterator[Pattern]:
        """The patterns that can match a line starting with `first`."""
        for chars in (*self.by_char.get(first, ()), None):
            if chars in self.groups:
                yield self.compiled[chars] if chars in self.compiled else self._compile(chars)

    def _compile(self, chars: frozenset[str] | None) -> Pattern:
        token = SHIPPED.set(self.shipped)
        try:
            found = self.compiled[chars] = compile_pattern(either(self.groups[chars]), where=(self.key,))
        finally:
            SHIPPED.reset(token)
        return found


def _in_lowercase(phrases: list[str]) -> bool:
    """Is every phrase written in lowercase, escapes such as \\W aside? (One string compared, not each character
    tested: the lists hold over 30,000 characters, and this runs on every run.)"""
    written = "".join(_ESCAPE.sub("", phrase) for phrase in phrases)
    return written == written.lower()


class Matcher:
    def __init__(self, params: dict) -> None:
        self.max_words = params["max_words"]
        # Many phrases compile into a few alternations: a few searches per paragraph.
        # A list written in lowercase (escapes such as \W aside) is matched against the
        # paragraph lowercased: IGNORECASE makes Python's regex engine several times slower.
        self.lowercase = {key: _in_lowercase(params[key]) for key in _LISTS}
        # The lists matched at a line's start: by its first character when written
        # in lowercase (most paragraphs are turned away before the regex engine
        # is called), else as one case-blind alternation.
        self.at_start = {key: _ByFirstChar(params[key], key) if self.lowercase[key]
                         else alternation(params[key], ignore_case=True, where=(key,))
                         for key in _WHOLE_LINE if params[key]}
        contains = alternation(params["contains"], ignore_case=not self.lowercase["contains"], where=("contains",))
        self.contains = contains and Scanner(contains)  # searched through, not only at the start
        self.page_terms = [compile_pattern(term, ignore_case=True, where=("page_terms",))
                           for term in params["page_terms"]]

    def classify(self, text: str) -> str | None:
        # Words, counted by spaces; a Markdown link's masked target is a run of them: counted by words then
        if text.count(" ") >= self.max_words and ("  " not in text or len(text.split()) >= self.max_words):
            return RESIDUE if self._page_speaking_of_itself(text) else None
        normal = " ".join(text.split()).strip(_EDGES)  # spaces folded (split() is faster than a regex)
        if len(normal) <= 2 and "".join(text.split()) in _END_MARKS:
            return RESIDUE
        found = self._verdict(normal)
        if found is None and text.rstrip().endswith(_ARROWS) and "\u00ab" not in text and "\u2039" not in text \
                and normal.count(" ") < _ARROW_LINK_WORDS and normal[-1:].isalnum():
            return RESIDUE  # a link's label, the arrow a page sets after it: "Watch footage of the fire \u00bb"
        if found is None and normal[:1] in _WRAPS and normal[-1] == _WRAPS[normal[0]] and \
                normal.count(normal[0]) == 1:
            found = self._verdict(normal[1:-1].strip(_EDGES))  # "[Advertisement]", "(Story continues below.)"
        if found is None and ("|" in normal or "\u00b7" in normal or "\u2022" in normal) and _PART_BAR.search(normal):
            found = self._parts(normal)  # looked for as characters first: most lines hold none
        return found

    def story_before(self, text: str, ends_page: bool = False) -> int | None:
        """Where residue named anywhere in a paragraph (`contains`) begins,
        when sentences of the story stand before it: "The fare rise comes into
        effect on 1 January. Sign up to our free newsletter ..." (the residue's
        sentence); None when it opens the paragraph, or what stands before it
        is residue too. The paragraph must be residue as a whole, or, when it
        `ends_page` (the draft's last), its residue from where it begins."""
        if self.contains is None or (not ends_page and self.classify(text) != RESIDUE):
            return None
        found = self.contains.search(text.lower() if self.lowercase["contains"] else text)
        if found is None:
            return None
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, 0, found.start() + 2)]  # the capital after too
        if not breaks or self.classify(text[:breaks[-1]]) is not None or (
                not ends_page and not _story_like(text[:breaks[-1]])):
            return None  # (a long last paragraph is prose however it speaks: "... make you stop.")
        if ends_page and self.classify(text[breaks[-1]:]) != RESIDUE:
            return None  # "... the site's terms (opens in new window) were changed, the regulator said."
        return breaks[-1]

    def _page_speaking_of_itself(self, text: str) -> bool:
        """A long paragraph in the page's own voice, opened by the site ("we",
        "our"), about the page: a consent notice ("We and our partners use
        cookies ..."), a plea for members ("Our journalism is made possible by
        readers like you ..."), a comments policy; one sentence of it may leave
        the voice out. Not quoted or reported speech, and not with fewer than
        _PAGE_TERMS of the page's words (a leader's "we")."""
        if not self.page_terms or text.lstrip()[:1] in _OPENING_QUOTES:
            return False
        head = text[:_HEAD].lower()  # (looked for as text first: most long paragraphs are the story's)
        if not (head.lstrip().startswith(("we ", "our ", "we'", "we\u2019")) or " we " in head or " our " in head
                or " us " in head):
            return False
        normal = " ".join(text.split())
        lowered = normal.lower()
        if _REPORTING_WORD.search(lowered) is not None:
            return False
        # (a contraction's pronoun counts: "We've detected that you're using an ad blocker")
        words = [{_CONTRACTED.sub("", w.strip(".,;:!?\"'\u201c\u201d()").lower()) for w in sentence.split()}
                 for sentence in _SENTENCE_BREAK.split(normal)]
        if _SITE_VOICE.isdisjoint(words[0]) or sum(1 for found in words if _PAGE_VOICE.isdisjoint(found)) > 1:
            return False  # the site speaks first ("We and our partners", "Our journalism"; not an explainer's "If
            # you switch, your account ..."); one sentence may leave the voice out: "Please consider joining today."
        return sum(1 for term in self.page_terms if term.search(lowered)) >= _PAGE_TERMS

    def _parts(self, normal: str) -> str | None:
        """A line of a page's labels set between bars or dots, each residue
        on its own: "5 min read \u00b7 Updated 2 hours ago", "Share | 3 comments".
        A line that opens with a date is a stamp ("Published 4 March 2025 |
        3 Comments"), and one that opens with a byline ("Posted by admin |
        3 Comments") none: beside the headline the layout keeps them and
        splits off the rest."""
        parts = [part.strip(_EDGES) for part in _PART_BAR.split(normal)]
        if len(parts) > _MAX_PARTS or _BYLINE_OPENING.match(parts[0]):
            return None
        verdicts = [self._verdict(part) if part else None for part in parts]
        if None in verdicts or OPENER in verdicts:
            return None
        return STAMP if verdicts[0] == STAMP else RESIDUE

    def _verdict(self, normal: str) -> str | None:
        lowered = normal.lower()
        if self._at_start("openers", normal, lowered, full=True):
            return OPENER
        if self._at_start("lines", normal, lowered, full=True):
            return RESIDUE
        if self._at_start("stamps", normal, lowered, full=True):
            return STAMP
        if _reported(lowered) and not (_HEADLINE.match(normal) and self._at_start("starts", normal, lowered,
                                                                               full=False)):
            return None  # prose that reports on residue: 'a banner saying "Accept all cookies", the regulator said'
        if (self._at_start("starts", normal, lowered, full=False) and not _LINK_LABEL_IN_PROSE.match(normal)) or (
                self.contains and self.contains.search(lowered if self.lowercase["contains"] else normal)):
            return None if _REPORTING_ELSE.search(lowered) else RESIDUE
        return None

    def _at_start(self, key: str, normal: str, lowered: str, full: bool) -> bool:
        """Does a list match the whole line (`full`) or its start?"""
        found = self.at_start.get(key)
        if found is None or not normal:
            return False
        text = lowered if self.lowercase[key] else normal
        for pattern in found.patterns(lowered[0]) if isinstance(found, _ByFirstChar) else (found,):
            if pattern.fullmatch(text) if full else pattern.match(text):
                return True
        return False


# A related link's label goes before a headline, which opens with a capital ("Related: Navy
# plan slips", "Read more: Why ..."); before a lowercase word it is prose ("Read more widely,
# the librarian urged", "Related: the council also approved ..."), unless that word points
# to more ("Read more about it on our site").
_LINK_LABEL_IN_PROSE = re.compile(
    r"(?i:related(?: stories| articles| coverage| reading)?+|see also|also read|read also|read next|read more|more"
    r"|further reading|don['\u2019]t miss|recommended|editor['\u2019]?s (?:pick|choice)s?|you are here|previously"
    r"|(?:next|previous) (?:article|story|post))"
    r"(?:\s*:\s*|\s+)(?!(?:about|on|at|here|in)\b)[a-z]")


# A link's label and the headline it points to, quoted ('Read more: "Why cocoa prices tripled"') or not, one
# capitalised run with no full stop inside, which a headline's "says" does not make prose ("Related: Is decaf bad
# for you? What the science says"; not "Related: Smith said. The council agreed"); the label may end in a bar
# instead ("Also read | Monsoon to arrive early, says IMD").
_HEADLINE = re.compile(r"[^\"\u201c\u201d:|]{1,40}(?::|\s\|)\s*"
                       r"(?:[\"\u201c][^\"\u201c\u201d]+[\"\u201d][.?!]?|[A-Z][^.!:\"\u201c\u201d]*)\Z")


def _story_like(text: str) -> bool:
    """Does text read as the story's, not a site's appeal: no "we" or "you",
    and a number, a name, a reporting word or the length of a story's
    sentence ("... on 1 January.", "The development comes close on the heels
    of a ban on rice bran exports."; not "Local news matters." nor "Our
    journalists work hard to bring you the news.")."""
    words = text.split()
    if not _PAGE_VOICE.isdisjoint(w.strip(".,;:!?\"'\u201c\u201d").lower() for w in words):
        return False
    return len(words) >= _STORY_WORDS or any(c.isdigit() for c in text) or \
        any(w[:1].isupper() for w in words[1:]) or _reported(text.lower())


_PAGE_VOICE = frozenset("we our us you your".split())
_STORY_WORDS = 12  # words in a sentence long enough to be the story's, with no page voice in it
_SITE_VOICE = frozenset("we our us".split())
_CONTRACTED = re.compile(r"['\u2019](?:ve|re|d|ll|s)\Z")
_HEAD = 300  # characters in which a long paragraph's first sentence speaks for the site, when it does
_PAGE_TERMS = 3  # the page's own words a long paragraph in its voice must name (`page_terms`), each counted once
_OPENING_QUOTES = "\"'\u201c\u2018"


def _reported(lowered: str) -> bool:
    """Quoted or reported speech? Words are looked for as text first: Python's
    regex engine tries a pattern that opens with \\b at every character."""
    if '"' in lowered or "\u201c" in lowered or "\u201d" in lowered:
        return True
    return ("said" in lowered or "says" in lowered or "told" in lowered or "according to" in lowered) and \
        _REPORTING_WORD.search(lowered) is not None


def prepare(params: dict) -> Matcher:
    return Matcher(params)


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    block: list = []
    for region in doc.regions:
        if region.kind == BOILERPLATE:
            if block and _words_between(doc.masked, block[-1].end, region.start):
                yield from _report(doc, rule, block)
                block = []
            block.append(region)
            continue
        if region.kind == "field":
            continue
        yield from _report(doc, rule, block)
        block = []
    yield from _report(doc, rule, block)


def _words_between(text: str, start: int, end: int) -> bool:
    """Is there text between two residue regions, beyond markup? (A page's own
    prose outside the article is in no region, yet parts the residue around it.)"""
    gap = text[start:end]
    return not gap.isspace() and _WORD.search(_MARKUP.sub("", gap)) is not None


def _recognised(rule: ActiveRule, text: str, where: str | None) -> bool:
    verdict = rule.state.classify(text)
    return verdict is not None and not (verdict == STAMP and where == IN_HEADER)


def _report(doc, rule, block: list) -> Iterator[Finding]:
    if not block:
        return
    # Residue another boilerplate rule recognised is that rule's to report (a
    # time stamp in the header is none to this one); residue the page's markup
    # marks (class="ad-slot"), the built-in rule's.
    # A part set off on a byline's line is read without its bar: "| 3 Comments".
    texts = [doc.masked[r.start:r.end].lstrip(PART_MARKS + " \t") for r in block]
    if not any((r.name == MARKED_RESIDUE and rule.spec.builtin) or _recognised(rule, text, r.name)
               for r, text in zip(block, texts, strict=True)):
        return
    # link text without its target ("Home > News"), an address as written ("Media contact: press@example.org")
    first = shorten(doc.shown(block[0].start, block[0].end).lstrip(PART_MARKS + " \t"), 50)
    more = f" and {len(block) - 1} more line{'s' if len(block) > 2 else ''}" if len(block) > 1 else ""
    yield Finding(block[0].start, block[-1].end, rule.spec.message.format(first=first, more=more),
                  remove_regions(doc, block, "Remove the page boilerplate"))


KIND = Kind("boilerplate", check, fixes=True, prepare=prepare, fields=frozenset({"first", "more"}),
            classifies_residue=True, scopes=frozenset({BOILERPLATE}),  # the residue it recognises, without `scopes`
            params={"max_words": Param(INT, 40, minimum=1), "page_terms": Param(PATTERNS, []),
                    **{key: Param(PATTERNS, []) for key in _LISTS}})
