"""Markdown drafts: YAML front matter, then CommonMark blocks read line by line.

Hand-written rather than markdown-it-py: that library costs 58 ms to import and
parses at about 6 MB/s here, most of the start-up and speed budget, and it gives
line ranges but no character offsets for inline code and links, which we must
mask exactly anyway. Only what the rules need is recognised: front matter, fenced
and indented code, headings (ATX and setext), block quotes, list items, tables,
image captions, HTML blocks and comments, link definitions; inline code, links,
autolinks, inline HTML, emphasis markers and bare URLs are masked.
"""

from __future__ import annotations

import bisect
import re

from ..model.document import Document
from ..model.layout import Block, BoilerplateMatcher, classify
from ..model.masking import BLANK, TOKEN, apply, url_marks, url_spans
from ..model.types import BLOCKQUOTE, CAPTION, HEADING, LIST_ITEM, PARAGRAPH, TABLE
from . import frontmatter

_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r" {0,3}#{1,6}(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$|^#+[ \t]*$")
_SETEXT = re.compile(r" {0,3}(?:=+|-+)[ \t]*$")
_BREAK = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_QUOTE = re.compile(r" {0,3}>[ \t]?")
_ITEM = re.compile(r" {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
_LINK_DEF = re.compile(r" {0,3}\[[^\]]+\]:[ \t]*\S")
_TABLE_SEP = re.compile(r" {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$")
_IMAGE_LINE = re.compile(r" {0,3}!\[(?P<alt>[^\]\n]*)\]\([^)\n]*\)[ \t]*$")
_PIPE = re.compile(r"\|")
# The first characters of a line that the block patterns below can match (with
# the indentation that opens code or up to three spaces before any of them).
_MAY_OPEN_MARKUP = frozenset(" \t`~#=-*_<>[!+|:0123456789")
_HTML_BLOCK = re.compile(
    r" {0,3}(?:<!--|</?(?:address|article|aside|blockquote|body|details|dialog|div|dl|"
    r"fieldset|figcaption|figure|footer|form|h[1-6]|head|header|hr|html|iframe|li|main|"
    r"nav|ol|p|pre|script|section|style|summary|table|tbody|td|tfoot|th|thead|tr|ul)"
    r"(?:[\s/>]|$))",
    re.IGNORECASE,
)

# Inline markup, masked within prose blocks. Links keep their text. The leading
# lookahead lets the regex engine skip to candidate characters (ten times faster).
# Every search ahead for a closer is bounded (code 2,000 characters, a comment
# 5,000), and links are read in Python (`_link_end`), so a scraped run of
# unclosed "[" or "`" costs linear time, not a rescan of the block from each one.
_INLINE = re.compile(
    r"(?=[`<!\[\]*_\\{])"
    r"(?:(?P<code>(`+)(?!`).{1,2000}?(?<!`)\2(?!`))"
    # Template syntax is code too: Hugo shortcodes, Liquid and Jinja tags and output.
    # Bounded, so an unclosed "{{" costs no more than its own neighbourhood.
    r"|(?P<template>\{\{[<%][^{}]{0,1000}?[>%]\}\}|\{%[^{}]{0,1000}?%\}|\{\{[^{}]{0,1000}?\}\})"
    r"|(?P<comment><!--.{0,5000}?-->)"
    r"|(?P<autolink><(?:https?|ftp|mailto):[^>\s]*>|<[\w.+-]+@[\w.-]+>)"
    r"|(?P<tag></?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>)"
    r"|(?P<open>!?\[)"
    r"|(?P<target>\])"
    r"|(?P<emphasis>[*_]{1,3})"
    r"|(?P<escape>\\(?=[!-/:-@\[-`{-~])))",
    re.DOTALL,
)


_INLINE_OPENERS = "`<![]*_\\{"


def parse(text: str, boilerplate: BoilerplateMatcher | None) -> Document:
    spans: list[tuple[int, int, int]] = []
    regions = []
    problems = []
    body = 0
    fm = frontmatter.read(text)
    if fm is not None:
        body = fm.end
        problems = fm.problems
        regions.extend(fm.fields)
        pos = 0
        for region in fm.fields:  # mask the front matter around its prose fields
            spans.append((pos, region.start, BLANK))
            pos = region.end
        spans.append((pos, body, BLANK))
    blocks = _blocks(text, body, spans)
    openers = [c for c in _INLINE_OPENERS if c in text]  # most drafts use a few of them, or none
    marks = url_marks(text)
    for block in blocks:
        if block.kind != TABLE:
            _mask_inline(text, block.start, block.end, spans, openers, marks)
        else:
            spans.extend((m.start(), m.end(), BLANK) for m in _PIPE.finditer(text, block.start, block.end))
    masked = apply(text, spans)
    regions.extend(classify(masked, blocks, boilerplate))
    return Document(text, masked, regions, format="markdown",
                    front_matter=fm.data if fm else None, problems=problems)


def _blocks(text: str, start: int, spans: list[tuple[int, int, int]]) -> list[Block]:
    blocks: list[Block] = []
    cur: list | None = None  # [kind, start, end] of the open block
    fence: str | None = None  # the fence that opened a code block
    html = None  # "comment" or "block" while inside raw HTML
    last_kind = None

    def close() -> None:
        nonlocal cur, last_kind
        if cur is not None:
            blocks.append(Block(cur[0], cur[1], cur[2]))
            last_kind = cur[0]
            cur = None

    pos = start
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl == -1 else nl + 1
        line = text[pos:end].rstrip("\r\n")
        stripped = line.strip()
        line_end = pos + len(line)

        def mask_line(how: int = BLANK, at: int = pos, upto: int = line_end) -> None:
            spans.append((at, upto, how))

        if fence is None and html is None and stripped and line[0] not in _MAY_OPEN_MARKUP:
            # Most lines are prose: no block syntax can start with their first character.
            if cur is not None and not (cur[0] == TABLE and "|" not in line):
                cur[2] = line_end
            else:
                close()
                cur = [PARAGRAPH, pos, line_end]
        elif fence is not None:
            mask_line()
            if stripped.startswith(fence) and set(stripped) == {fence[0]}:
                fence = None
        elif html is not None:
            mask_line()
            if (html == "comment" and "-->" in line) or (html == "block" and not stripped):
                html = None
        elif not stripped:
            close()
        elif m := _FENCE.match(line):
            close()
            fence = m.group(1)
            mask_line()
        elif (line.startswith("    ") or line.startswith("\t")) and cur is None and last_kind != LIST_ITEM:
            mask_line()  # indented code
        elif stripped == "###":
            # an empty heading means nothing in Markdown: alone, it is a press release's end mark, left for the
            # boilerplate rule as in plain text
            close()
            blocks.append(Block(PARAGRAPH, pos + line.index("#"), pos + line.index("#") + 3))
            last_kind = PARAGRAPH
        elif m := _ATX.match(line):
            close()
            content_end = pos + len(_ATX_CLOSE.sub("", line[m.end():])) + m.end()
            mask_line(upto=pos + m.end())
            mask_line(at=content_end)
            blocks.append(Block(HEADING, pos + m.end(), content_end))
            last_kind = HEADING
        elif cur is not None and cur[0] == PARAGRAPH and _SETEXT.match(line):
            cur[0] = HEADING
            mask_line()
            close()
        elif _BREAK.match(line):
            close()
            mask_line()
        elif _HTML_BLOCK.match(line):
            close()
            mask_line()
            if "<!--" in line and "-->" not in line[line.index("<!--"):]:
                html = "comment"
            elif "<!--" not in line:
                html = "block"
        elif _LINK_DEF.match(line):
            close()
            mask_line()
        elif cur is not None and cur[0] == PARAGRAPH and "|" in text[cur[1]:cur[2]] and _TABLE_SEP.match(line):
            cur[0] = TABLE
            mask_line()
            cur[2] = end
        elif m := _QUOTE.match(line):
            mask_line(upto=pos + m.end())
            if cur is None or cur[0] != BLOCKQUOTE:
                close()
                cur = [BLOCKQUOTE, pos + m.end(), line_end]
            elif not line[m.end():].strip():
                close()  # "> " alone: a new paragraph of the quote
            else:
                cur[2] = line_end
        elif m := _ITEM.match(line):
            close()
            mask_line(upto=pos + m.end())
            cur = [LIST_ITEM, pos + m.end(), line_end]
        elif m := _IMAGE_LINE.match(line):
            close()
            alt_start, alt_end = pos + m.start("alt"), pos + m.end("alt")
            mask_line(upto=alt_start)
            mask_line(at=alt_end)
            if alt_end > alt_start:
                blocks.append(Block(CAPTION, alt_start, alt_end))
        elif cur is not None and not (cur[0] == TABLE and "|" not in line):
            cur[2] = line_end  # a continuation line
        else:
            close()
            cur = [PARAGRAPH, pos, line_end]
        pos = end
    close()
    return blocks


def _mask_inline(text: str, start: int, end: int, spans: list[tuple[int, int, int]], openers: list[str],
                 marks: list[int]) -> None:
    """Mask a block's inline markup and addresses. `openers`: the characters
    that can open markup and occur in the draft. The search starts at the
    first of them, found by str.find (a block of plain prose has none): the
    regex engine is far slower to skip ahead than find. `marks`: the draft's
    url_marks; a block with none of them holds no address."""
    first = len(spans)
    pos = min([at for at in (text.find(c, start, end) for c in openers) if at != -1], default=end)
    while pos < end and (m := _INLINE.search(text, pos, end)) is not None:
        kind, stop = m.lastgroup, m.end()
        pos = stop
        if kind == "emphasis" and not _is_emphasis(text, m.start(), stop):
            continue
        if kind == "open":  # "[" or "![" of a link whose "](target)" or "][ref]" follows on its line
            close = _find_on_line(text, "]", stop, end, 500)
            if close == -1 or _target_end(text, close + 1, end) is None:
                continue
        if kind == "target":  # "](target)" or "][ref]": masked whole, link text kept
            found = _target_end(text, stop, end)
            if found is None:
                continue
            stop = pos = found
        spans.append((m.start(), stop, TOKEN if kind in ("code", "autolink", "template") else BLANK))
    i = bisect.bisect_left(marks, start)
    if i < len(marks) and marks[i] < end:
        # Not an address that starts in a link's target, masked already: read on its own it runs on
        # past the target's ")" ("(https://example.com/r).The mayor" would hide ".The").
        markup = spans[first:]
        spans.extend(u for u in url_spans(text, start, end) if not any(a <= u[0] < b for a, b, _ in markup))


def _find_on_line(text: str, char: str, start: int, end: int, most: int) -> int:
    """Where `char` next stands, at most `most` characters on and on the same line; else -1."""
    found = text.find(char, start, min(end, start + most + 1))
    return found if found != -1 and text.find("\n", start, found) == -1 else -1


def _target_end(text: str, at: int, end: int) -> int | None:
    """The end of a link target that starts at `at` ("(url)", "[ref]"), if one does."""
    opener = text[at:at + 1]
    if opener not in ("(", "["):
        return None
    close = _find_on_line(text, ")" if opener == "(" else "]", at + 1, end, 2000 if opener == "(" else 500)
    return None if close == -1 else close + 1


def _is_emphasis(text: str, start: int, end: int) -> bool:
    """`*` and `_` runs that open or close emphasis, not snake_case or 5 * 3."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() and after.isalnum():
        return text[start] == "*"  # intra-word emphasis is only ever written with *
    return not (before.isspace() and after.isspace())
