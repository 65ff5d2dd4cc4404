"""The document model's data types: a leaf module that every layer may import
without pulling in the Document and its analyses. The names of region kinds and
input problem classes live in `kinds` (re-exported here)."""

from __future__ import annotations

from typing import NamedTuple

from .kinds import (  # noqa: F401  re-exported: the model's names, where its types are
    BLOCKQUOTE,
    BOILERPLATE,
    BYLINE,
    CAPTION,
    DATELINE,
    ENCODING,
    FIELD,
    FRONT_MATTER,
    HEADING,
    INPUT_PROBLEMS,
    INVALID_SUPPRESSION,
    LABEL,
    LIST_ITEM,
    LOCALES,
    OPAQUE,
    PARAGRAPH,
    PROSE_KINDS,
    REGION_KINDS,
    TABLE,
    UNUSED_SUPPRESSION,
)


class Region(NamedTuple):
    kind: str
    start: int
    end: int
    # the front-matter key of a FIELD region; MARKED_RESIDUE for residue the markup marks; GUESSED for a heading
    # known by its shape
    name: str | None = None


class Sentence(NamedTuple):
    start: int  # first character of the sentence
    end: int  # after its closing punctuation (or the region's last character)
    region: Region

    @property
    def opens_region(self) -> bool:
        return self.start == self.region.start


class Quotation(NamedTuple):
    start: int  # the opening mark
    end: int  # after the closing mark (or the end of the text it ran to)
    inner_start: int
    inner_end: int
    mark: str  # the opening mark, e.g. '"', '\u201c' or "'"
    depth: int  # 0 for a quotation, 1 for a quotation inside it, ...
    words: int
    closed: bool


class Problem(NamedTuple):
    """Something wrong with the input itself, found while parsing it."""

    kind: str  # one of INPUT_PROBLEMS
    start: int
    end: int
    message: str
