"""Check kinds: the Python behind the rules, one module per kind.

Each module declares itself with `KIND = Kind(...)` (see `contract`): its name,
parameter schema, message fields and needs. The table below registers them
explicitly, so the import graph shows every kind the engine can run; a new kind
is one module plus one line here. Checks read the Document's shared analyses
(`doc.masked`, regions, sentences, quotations) and never re-read the file.
"""

from __future__ import annotations

from . import (
    boilerplate,
    capitalization,
    consistency,
    dateline_style,
    duplicate,
    existence,
    glued_number,
    indefinite_article,
    input,
    languagetool,
    limit,
    mojibake,
    punctuation_spacing,
    quote_attribution,
    repeated_word,
    sentence_case,
    substitution,
    template_artifact,
    title_accuracy,
    truncated_ending,
    unnamed_source,
)
from .contract import Kind

KINDS: dict[str, Kind] = {
    module.KIND.name: module.KIND
    for module in (
        sentence_case, punctuation_spacing, truncated_ending, boilerplate, title_accuracy, quote_attribution,
        unnamed_source, existence, substitution, consistency, limit, capitalization, indefinite_article,
        duplicate, template_artifact, dateline_style, languagetool, input, repeated_word, glued_number, mojibake,
    )
}
