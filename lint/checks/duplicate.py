"""The `duplicate` kind: a heading or paragraph repeated in one article.

Texts are compared with whitespace folded, curly quotes made straight and case
ignored; the later copy is reported and points to the first. Front-matter fields
are not compared (a Markdown draft's headline is meant to repeat its title
field), nor are texts shorter than `min_words`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..diagnostics import Finding, shorten
from .contract import INT, ActiveRule, Context, Kind, Param

if TYPE_CHECKING:
    from ..model.document import Document


def _straight(text: str) -> str:
    return text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'").replace("\u2019", "'")


def prepare(params: dict) -> int:
    return params["min_words"]


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    seen: dict[str, int] = {}
    for region in doc.regions_of(rule.scopes):
        text = doc.masked[region.start:region.end]
        if len(text.split()) < rule.state:  # words, near enough: only short texts are skipped
            continue
        key = " ".join(_straight(text).casefold().split())
        if key in seen:
            line = doc.position(seen[key])[0]
            what = "heading" if region.kind == "heading" else "text"
            shown = shorten(doc.text[region.start:region.end], 60)
            yield Finding(region.start, region.end, rule.spec.message.format(what=what, line=line, text=shown))
        else:
            seen[key] = region.start


KIND = Kind("duplicate", check, prepare=prepare, fields=frozenset({"what", "line", "text"}),
            params={"min_words": Param(INT, 3, minimum=1)})
