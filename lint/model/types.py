"""The document model's data types and region kinds: a leaf module that every
layer may import without pulling in the Document and its analyses."""

from __future__ import annotations

from dataclasses import dataclass

OPAQUE = "\ue000"


# The languages copydesk checks; locale-specific rules follow the config's.
LOCALES = ("en-US", "en-GB")

# Classes of problems with the input itself, found while reading or parsing it;
# rules of the `input` kind report them (the rule files say which class).
ENCODING, FRONT_MATTER, INVALID_SUPPRESSION, UNUSED_SUPPRESSION = (
    "encoding", "front-matter", "invalid-suppression", "unused-suppression")
INPUT_PROBLEMS = (ENCODING, FRONT_MATTER, INVALID_SUPPRESSION, UNUSED_SUPPRESSION)

# Region kinds.
PARAGRAPH = "paragraph"
HEADING = "heading"
LABEL = "label"  # a run-in label opening a paragraph: "Security Guarantees: ..."
LIST_ITEM = "list-item"
BLOCKQUOTE = "blockquote"
CAPTION = "caption"
BYLINE = "byline"
DATELINE = "dateline"
BOILERPLATE = "boilerplate"
FIELD = "field"  # a prose field of the front matter (title, subtitle, description)
TABLE = "table"

REGION_KINDS = frozenset(
    {PARAGRAPH, HEADING, LABEL, LIST_ITEM, BLOCKQUOTE, CAPTION, BYLINE, DATELINE,
     BOILERPLATE, FIELD, TABLE}
)
# Regions whose text is running prose: sentences and quotations are found there.
PROSE_KINDS = frozenset({PARAGRAPH, HEADING, LABEL, LIST_ITEM, BLOCKQUOTE, CAPTION, FIELD})


@dataclass(frozen=True, slots=True)
class Region:
    kind: str
    start: int
    end: int
    name: str | None = None  # the front-matter key of a FIELD region


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int  # first character of the sentence
    end: int  # after its closing punctuation (or the region's last character)
    region: Region

    @property
    def opens_region(self) -> bool:
        return self.start == self.region.start


@dataclass(frozen=True, slots=True)
class Quotation:
    start: int  # the opening mark
    end: int  # after the closing mark (or the end of the text it ran to)
    inner_start: int
    inner_end: int
    mark: str  # the opening mark, e.g. '"', '\u201c' or "'"
    depth: int  # 0 for a quotation, 1 for a quotation inside it, ...
    words: int
    closed: bool


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with the input itself, found while parsing it."""

    kind: str  # one of INPUT_PROBLEMS
    start: int
    end: int
    message: str
