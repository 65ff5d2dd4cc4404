"""Region kinds, input problem classes and other names of the document model:
a leaf module with no classes, cheap enough for the command's start-up (the
config and the rulebook read it; the data types in `types` load with the engine)."""

from __future__ import annotations

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
FIELD = "field"  # a prose field of the front matter (title, subtitle, description), or its HTML equivalent
TABLE = "table"

REGION_KINDS = frozenset(
    {PARAGRAPH, HEADING, LABEL, LIST_ITEM, BLOCKQUOTE, CAPTION, BYLINE, DATELINE,
     BOILERPLATE, FIELD, TABLE}
)
# Regions whose text is running prose: sentences and quotations are found there.
PROSE_KINDS = frozenset({PARAGRAPH, HEADING, LABEL, LIST_ITEM, BLOCKQUOTE, CAPTION, FIELD})
