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
