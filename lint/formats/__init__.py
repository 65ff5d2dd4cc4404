"""Input formats: each turns a file's text into a Document."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the model loads with the first draft parsed, not with the command
    from ..model.document import Document
    from ..model.layout import BoilerplateMatcher

MARKDOWN, TEXT, HTML = "markdown", "text", "html"
EXTENSIONS = {".md": MARKDOWN, ".markdown": MARKDOWN, ".txt": TEXT, ".html": HTML, ".htm": HTML}
FORMATS = (MARKDOWN, TEXT, HTML)


def format_for(name: str, default: str = MARKDOWN) -> str:
    """The format a file name implies; drafts of unknown type are read as Markdown."""
    dot = name.rfind(".")
    return EXTENSIONS.get(name[dot:].lower(), default) if dot != -1 else default


def parse(text: str, format: str, boilerplate: BoilerplateMatcher | None = None) -> Document:
    if "\r" in text and format != HTML:
        return _with_line_feeds(text, format, boilerplate)
    if format == MARKDOWN:
        from .markdown import parse as parse_markdown

        return parse_markdown(text, boilerplate)
    if format == TEXT:
        from .plaintext import parse as parse_text

        return parse_text(text, boilerplate)
    if format == HTML:
        from .html import parse as parse_html  # html.parser is imported only for HTML drafts

        return parse_html(text, boilerplate)
    raise ValueError(f"unknown format {format!r} (known: {', '.join(FORMATS)})")


def _with_line_feeds(source: str, format: str, boilerplate: BoilerplateMatcher | None) -> Document:
    """A draft with Windows ("\\r\\n") or old Mac ("\\r") line ends, read as if
    its lines ended in "\\n" alone: a hard-wrapped sentence reads the same
    whatever wrote it ("chief executive of\\r\\nthe council" is no double space
    between "of" and "the"). Diagnostics and fixes map back to the file, whose
    line ends a fix keeps."""
    from ..model.document import OffsetMap

    spans: list[tuple[int, int, int, int]] = []  # each "\\r\\n": one character of the text, two of the file
    shift = 0
    at = source.find("\r\n")
    while at != -1:
        spans.append((at - shift, 1, at, 2))
        shift += 1
        at = source.find("\r\n", at + 2)
    doc = parse(source.replace("\r\n", "\n").replace("\r", "\n"), format, boilerplate)
    doc.source, doc.offsets = source, OffsetMap(spans)
    doc.__dict__.pop("line_starts", None)  # counted in the file, should parsing have asked
    return doc
