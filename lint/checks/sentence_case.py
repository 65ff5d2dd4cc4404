"""The `sentence-case` kind: a sentence that starts with a lowercase letter."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..diagnostics import Edit, Finding, Fix, shorten
from ..model.types import LIST_ITEM
from ..model.words import WORD
from .contract import TEXTS, ActiveRule, Context, Kind, Param

if TYPE_CHECKING:
    from ..model.document import Document


def prepare(params: dict) -> frozenset[str]:
    return frozenset(params["exceptions"])


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    text = doc.masked
    accepted = rule.state | ctx.vocabulary
    for sentence in doc.sentences:
        region = sentence.region
        if region.kind not in rule.scopes:
            continue
        if region.kind == LIST_ITEM and sentence.opens_region:
            continue  # list items are often fragments: "- higher taxes"
        m = WORD.match(text, sentence.start)
        if not m:
            continue  # a number, a symbol, @handle, #hashtag, code or a quotation mark
        word = m.group().rstrip(".-")
        if not word[0].islower() or word != word.lower() or word in accepted:
            continue  # capitalised, or lowercase by design (iPhone, eBay, mRNA)
        yield Finding(
            m.start(),
            m.start() + len(word),
            rule.spec.message.format(word=shorten(word, 40)),
            Fix(f'Capitalise "{word}"', (Edit(m.start(), m.start() + 1, word[0].upper()),)),
        )


KIND = Kind("sentence-case", check, prepare=prepare, fields=frozenset({"word"}),
            params={"exceptions": Param(TEXTS, [])})
