"""The Document: one draft's text and what was found in it, in one offset space.

Every region, sentence, quotation and name is a range of code-point offsets into
`text`, the file as read (a UTF-8 byte-order mark removed). `masked` is a copy of
the same length in which everything that is not prose is blanked: block markup
and front matter become spaces (line breaks kept), inline tokens such as code and
URLs become OPAQUE characters, which are neither letters nor punctuation, so a
sentence that starts with `npm` is not mistaken for one that starts lowercase.
Rules match on `masked` and report offsets that are valid in `text`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cached_property
from typing import Any, Protocol, TypeVar

from .sourcing import Lexicon, Sourcing, analyse
from .types import (
    FIELD,
    HEADING,
    LABEL,
    OPAQUE,
    PARAGRAPH,
    PROSE_KINDS,
    Problem,
    Quotation,
    Region,
    Sentence,
)
from .words import SITE_SUFFIX, flatten

# An HTML heading's opening tag, past any inline tags, right before a text.
_OPENS_IN_HEADING = re.compile(r"<h[1-6]\b[^>]*>(?:\s|<(?:a|span|strong|em|b|i)\b[^>]*>)*\Z", re.IGNORECASE)


_NEXT_SENTENCES_REACH = 2500  # characters


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


_S = TypeVar("_S", bound=_Span)
_LINE_BREAK = re.compile(r"\r\n?|\n")


def _declared(front_matter: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = front_matter.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _covering(starts: list[int], spans: Sequence[_S], offset: int) -> _S | None:
    """The span of a sorted, non-overlapping list that contains `offset`."""
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and spans[i].start <= offset < spans[i].end:
        return spans[i]
    return None


class OffsetMap:
    """Analysis offsets to source offsets, for formats whose analysis text is
    not the file itself: in HTML, "&rsquo;" (7 characters) is one character of
    prose. `spans` lists each such place: (analysis start, analysis length,
    source start, source length), in order; elsewhere the two run in step."""

    def __init__(self, spans: list[tuple[int, int, int, int]]) -> None:
        self.spans = spans
        self._starts = [a for a, _, _, _ in spans]

    def start(self, offset: int) -> int:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return offset
        a, a_len, s, s_len = self.spans[i]
        if offset < a + a_len:
            return s  # inside a decoded entity: its first character
        return offset + (s + s_len) - (a + a_len)

    def end(self, offset: int) -> int:
        """The source offset after analysis character `offset - 1`."""
        if offset == 0:
            return 0
        i = bisect.bisect_right(self._starts, offset - 1) - 1
        if i >= 0:
            a, a_len, s, s_len = self.spans[i]
            if offset - 1 < a + a_len:
                return s + s_len  # ends inside a decoded entity: after all of it
        return self.start(offset - 1) + 1

    def widen(self, start: int, end: int, source_start: int, source_end: int) -> tuple[int, int]:
        """The source range of analysis text [start, end) with the markup that
        vanished from the text at its two edges taken in (a link's "<a href>"
        before its first word, its "</a>" after the last): deleting the text of
        a link whole deletes the link."""
        i = bisect.bisect_left(self._starts, start)
        if i < len(self.spans) and self.spans[i][0] == start and self.spans[i][1] == 0:
            source_start = self.spans[i][2]
        i = bisect.bisect_left(self._starts, end)
        while i < len(self.spans) and self.spans[i][0] == end and self.spans[i][1] == 0:
            source_end = self.spans[i][2] + self.spans[i][3]
            i += 1
        return source_start, source_end


class Document:
    def __init__(
        self,
        text: str,
        masked: str,
        regions: list[Region],
        *,
        format: str,
        front_matter: dict[str, Any] | None = None,
        problems: list[Problem] | None = None,
        source: str | None = None,
        offsets: OffsetMap | None = None,
        lang: str | None = None,
        page_date: tuple[str, str] | None = None,
    ) -> None:
        assert len(text) == len(masked), "masking must keep offsets"
        self.text = text
        self.masked = masked
        self.regions = sorted(regions, key=lambda r: r.start)
        self.format = format
        self.front_matter = front_matter or {}
        self.problems = problems or []
        # The language the draft declares (front matter `lang`, <html lang>), if any.
        self.lang = lang or _declared(self.front_matter, ("lang", "language"))
        # A publication date found in an HTML page, and where: ("2024-05-08", "<time datetime>").
        self.page_date = page_date
        # The file as read; offsets of `text` map to it (they are the same but for HTML).
        self.source = text if source is None else source
        self.offsets = offsets
        self._region_starts = [r.start for r in self.regions]

    # -- positions -------------------------------------------------------------

    def to_source(self, offset: int) -> int:
        return offset if self.offsets is None else self.offsets.start(offset)

    def to_source_end(self, offset: int) -> int:
        return offset if self.offsets is None else self.offsets.end(offset)

    @cached_property
    def line_starts(self) -> list[int]:
        """Where each line starts. Lines end as editors count them (universal
        newlines): at "\\r\\n", "\\n" or a lone "\\r"."""
        if "\r" in self.source:
            return [0, *(m.end() for m in _LINE_BREAK.finditer(self.source))]
        starts = [0]
        find = self.source.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        return starts

    def source_position(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of an offset into the source."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an offset into `text`."""
        return self.source_position(self.to_source(offset))

    def line_text(self, line: int) -> str:
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.source)
        return self.source[start:end].rstrip("\r\n")

    # -- regions ---------------------------------------------------------------

    def regions_of(self, kinds: frozenset[str] | set[str]) -> list[Region]:
        return [r for r in self.regions if r.kind in kinds]

    def matches(self, pattern, kinds, *, lowered: bool = False):
        """(match, region) for each match of a compiled pattern that lies inside
        one region of the given kinds. One scan of the whole text is cheaper than
        one per region when matches are rare, as phrase matches are."""
        text = self.lowered if lowered else self.masked
        for m in pattern.finditer(text):
            region = self.region_at(m.start())
            if region is not None and region.kind in kinds and m.end() <= region.end:
                yield m, region

    @cached_property
    def headline_copies(self) -> frozenset[int]:
        """Where title fields start (a page's <title>, a front-matter title)
        that the article shows again as a heading: the same words, the site's
        name left aside. A rule reports a headline's problem at the heading only."""
        titles = [r for r in self.regions if r.kind == FIELD and r.name == "title"]
        if not titles:
            return frozenset()
        # A line that only looks like a heading may be the headline pasted again, which
        # duplicate-text reports: the title stays where problems are reported then.
        headings = {self._headline(r) for r in self.regions if r.kind == HEADING and self.marked_up(r)}
        return frozenset(r.start for r in titles if self._headline(r) in headings)

    @cached_property
    def headline_echoes(self) -> frozenset[int]:
        """Where body paragraphs start that are the headline pasted again (the
        title field's words, or a draft's first heading's): display text, which
        duplicate-text reports as a copy. Rules that do not read headings do
        not read these either ("Farmers warn of shortages" is no claim)."""
        first = next((r for r in self.regions if r.kind == FIELD and r.name == "title"), None) or \
            next((r for r in self.regions if r.kind == HEADING), None)
        if first is None:
            return frozenset()
        headline = self._headline(first)
        size = first.end - first.start
        return frozenset(r.start for r in self.regions if r.kind == PARAGRAPH and r.end - r.start <= 2 * size
                         and (self._headline(r) == headline
                              or ((line := self.with_label(r)) is not r and self._headline(line) == headline)))

    def with_label(self, region: Region) -> Region:
        """A paragraph with the label that opens its line ("Storm Eowyn:" then
        "Thousands without power": a headline whose opening words read as a
        label), as one region; the region itself when no label opens it."""
        if region.kind != PARAGRAPH:
            return region
        at = region.start
        while at and self.text[at - 1] in " \t":
            at -= 1
        label = self.region_at(at - 1) if at and self.text[at - 1] == ":" else None  # a label ends on its colon
        return region._replace(start=label.start) if label is not None and label.kind == LABEL else region

    def _headline(self, region: Region) -> str:
        text = SITE_SUFFIX.sub("", self.lowered[region.start:region.end].strip().strip("\"'"))
        return " ".join(text.rstrip(".").split())

    def marked_up(self, region: Region) -> bool:
        """Is a heading marked up as one (a Markdown '#' line or setext underline, an
        HTML <h1>-<h6>), rather than a line that only looks like a headline?"""
        source = self.source
        start = self.to_source(region.start)
        line_start = source.rfind("\n", 0, start) + 1
        if self.format == "markdown":
            after = source.find("\n", self.to_source_end(region.end))
            underline = source[after + 1:source.find("\n", after + 1) if source.find("\n", after + 1) != -1 else None]
            return source[line_start:start].lstrip().startswith("#") or (
                after != -1 and bool(underline.strip()) and set(underline.strip()) <= {"=", "-"})
        if self.format == "html":  # the element the text opens in, past any inline tags
            return _OPENS_IN_HEADING.search(source, max(0, start - 400), start) is not None
        return False

    def region_at(self, offset: int) -> Region | None:
        return _covering(self._region_starts, self.regions, offset)

    # -- shared analyses, computed once and only when a rule asks --------------

    @cached_property
    def flat(self) -> str:
        """`masked` with line breaks and tabs as spaces, so a phrase matches
        across a hard-wrapped line."""
        return flatten(self.masked)

    @cached_property
    def flat_lowered(self) -> str:
        return flatten(self.lowered)

    @cached_property
    def lowered(self) -> str:
        """`masked` in lowercase, offset for offset: rules match lowercase
        phrases on it without IGNORECASE, which makes Python's regex engine
        several times slower. ("\u0130" is the one letter whose lowercase is
        two characters; it becomes a plain i.)"""
        return self.masked.replace("\u0130", "I").lower()

    @cached_property
    def sentences(self) -> list[Sentence]:
        return [s for found in self._sentences_by_region.values() for s in found]

    @cached_property
    def _sentences_by_region(self) -> dict[int, list[Sentence]]:
        """Each prose region's sentences, by the region's id: rules ask region by region."""
        from .sentences import split

        return {id(region): [Sentence(s, e, region) for s, e in split(self.masked, region.start, region.end)]
                for region in self.regions if region.kind in PROSE_KINDS}

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentences_in(self, region: Region) -> list[Sentence]:
        """The sentences of one region, in order (none for a region that is not prose)."""
        return self._sentences_by_region.get(id(region), [])

    def sentence_at(self, offset: int) -> Sentence | None:
        return _covering(self._sentence_starts, self.sentences, offset)

    def sentences_after(self, offset: int, count: int = 3) -> list[Sentence]:
        """The `count` sentences after the one at `offset` (fewer at the end)."""
        i = bisect.bisect_right(self._sentence_starts, offset)
        return self.sentences[i:i + count]

    def end_of_sentences_after(self, offset: int, count: int = 3) -> int:
        """Where the `count` sentences after the one at `offset` end (or the text does), at most 2,500 characters
        on: how far a story may go on to name a source it brought in unnamed (a run-on "sentence" of many
        sources would otherwise have each search the rest of it)."""
        following = self.sentences_after(offset, count)
        return min(following[-1].end if len(following) == count else len(self.text), offset + _NEXT_SENTENCES_REACH)

    @cached_property
    def quotations(self) -> list[Quotation]:
        from .quotes import find_quotations

        return find_quotations(self.masked, [r for r in self.regions if r.kind in PROSE_KINDS])

    @cached_property
    def shared(self) -> dict[Any, Any]:
        """What checks compute once per draft and share, by a key of their own
        (the phrase lists searched together, in lint.checks.phrases)."""
        return {}

    @cached_property
    def exchanges(self) -> list[tuple[int, int]]:
        """An interview's questions and answers (see `interview`): no claims of the story's own."""
        from .interview import exchanges

        return exchanges(self.source, self.masked, self.regions, self.to_source, self.to_source_end)

    def in_exchange(self, offset: int) -> bool:
        """Is `offset` in an interview's question or answer?"""
        spans = self.exchanges
        i = bisect.bisect_right(spans, (offset, len(self.text))) - 1
        return i >= 0 and offset < spans[i][1]

    @cached_property
    def _quotation_index(self) -> tuple[list[int], list[Quotation]]:
        outer = [q for q in self.quotations if q.depth == 0]
        return [q.start for q in outer], outer

    def shown(self, start: int, end: int) -> str:
        """`masked[start:end]` for a message, with the addresses and code it
        masks given back ("Media contact: press@example.org", not a blank)."""
        masked = self.masked[start:end]
        if OPAQUE not in masked:
            return masked
        return "".join(self.text[start + i] if c == OPAQUE else c for i, c in enumerate(masked))

    def quotation_at(self, offset: int) -> Quotation | None:
        """The outermost quotation whose marks enclose `offset`, if any."""
        starts, outer = self._quotation_index
        return _covering(starts, outer, offset)

    def sourcing(self, lexicon: Lexicon) -> Sourcing:
        """Who each claim and quotation is pinned on, analysed once per lexicon
        (both sourcing rules share the built-in one)."""
        found = self._sourcing.get(lexicon)
        if found is None:
            found = self._sourcing[lexicon] = analyse(self.masked, self.sentences, self.quotations,
                                                      lambda: self.names, lexicon, self.flat_lowered, self)
        return found

    @cached_property
    def _sourcing(self) -> dict[Lexicon, Sourcing]:
        return {}

    @cached_property
    def names(self) -> list[tuple[int, int]]:
        """Runs of capitalised words that may name a person, place or body."""
        return [span for r in self.regions if r.kind in PROSE_KINDS for span in self.names_in(r)]

    def names_in(self, region: Region) -> list[tuple[int, int]]:
        """The name runs of one region: rules that need names only near a title
        or a quotation need not pay for the whole article."""
        found = self._names.get(region)
        if found is None:
            from .names import find_names

            found = self._names[region] = find_names(self.masked, [region], self._sentence_start_set)
        return found

    @cached_property
    def _names(self) -> dict[Region, list[tuple[int, int]]]:
        return {}

    @cached_property
    def _sentence_start_set(self) -> set[int]:
        return set(self._sentence_starts)
