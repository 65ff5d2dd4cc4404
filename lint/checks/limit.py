"""The `limit` kind: a measured bound.

`measure` is one of:
- `sentence-words`: words in a sentence;
- `paragraph-words`, `paragraph-sentences`: words or sentences in a paragraph;
- `share-passive`, `share-hedged`: the article's share of sentences (in
  percent) in the passive voice or hedged ("may", "could", "reportedly").
`max` is the bound. Per-sentence and per-paragraph measures report each one
over it; shares report once, at the first sentence. The message may use
{value} and {max}.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from ..diagnostics import Finding
from ..errors import ParameterError
from ..model.words import WORD
from .contract import CHOICE, NUMBER, ActiveRule, Context, Kind, Param

_IRREGULAR = (
    "known seen given taken made done held told shown found built sent paid left kept brought bought cut put set "
    "hit hurt shut split spread led won lost sold struck written broken chosen driven eaten fallen forgotten hidden "
    "risen shaken spoken stolen thrown worn begun drawn flown grown blown sworn torn spent bent lent meant felt "
    "dealt met fed fled bound caught taught fought sought thought laid said heard understood hung stuck beaten "
    "bitten proven forgiven withdrawn overthrown undertaken"
)
# Passive: a form of "to be", maybe an adverb, then a past participle. Both
# patterns compile on first use: the rules that measure them are off by default.
_PASSIVE = r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:\w+ed|" + "|".join(_IRREGULAR.split()) + r")\b"
_HEDGED = (r"\b(?:may|might|could|possibly|perhaps|likely|potentially|reportedly|apparently|seemingly|"
           r"arguably|presumably|allegedly|somewhat)\b")
MEASURES = ("sentence-words", "paragraph-words", "paragraph-sentences", "share-passive", "share-hedged")

if TYPE_CHECKING:
    from ..model.document import Document


class Limit(NamedTuple):
    measure: str
    max: float


def prepare(params: dict) -> Limit:
    if params["measure"] is None or params["max"] is None:
        raise ParameterError("give 'measure' and 'max'", "measure" if params["measure"] is None else "max")
    return Limit(params["measure"], params["max"])


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    limit: Limit = rule.state
    text = doc.masked
    sentences = [s for s in doc.sentences if s.region.kind in rule.scopes]
    message = rule.spec.message
    if limit.measure == "sentence-words":
        for s in sentences:
            words = len(WORD.findall(text, s.start, s.end))
            if words > limit.max:
                yield Finding(s.start, s.end, message.format(value=words, max=_number(limit.max)))
    elif limit.measure.startswith("paragraph-"):
        for region in doc.regions_of(rule.scopes):
            if limit.measure == "paragraph-words":
                value = len(WORD.findall(text, region.start, region.end))
            else:
                value = len(doc.sentences_in(region))
            if value > limit.max:
                yield Finding(region.start, region.end, message.format(value=value, max=_number(limit.max)))
    elif sentences:
        pattern = re.compile(_PASSIVE if limit.measure == "share-passive" else _HEDGED, re.IGNORECASE)
        hits = sum(1 for s in sentences if pattern.search(text, s.start, s.end))
        share = 100 * hits / len(sentences)
        if share > limit.max:
            first = sentences[0]
            yield Finding(first.start, first.end, message.format(value=round(share), max=_number(limit.max)))


def _number(value: float) -> str:
    return f"{value:g}"


KIND = Kind("limit", check, prepare=prepare, fields=frozenset({"value", "max"}),
            params={"measure": Param(CHOICE, None, choices=MEASURES), "max": Param(NUMBER, None, minimum=0)})
