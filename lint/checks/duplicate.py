"""The `duplicate` kind: text repeated in one article, as scrapers and careless
pastes leave it.

Three cases, each reported on the later copy with the line of the first:
- the headline (the front matter's `title`, an HTML page's <title> or <h1>)
  repeated as a body line: a Markdown heading or an HTML <h1> that repeats the
  title is the headline itself and is not reported;
- a heading or paragraph repeated anywhere;
- a sentence repeated anywhere: in its own paragraph, in the next, or as a
  paragraph of its own; the first paragraph's copy may carry the story's
  dateline, which the reading set apart from the first.
The points of a list under a summary's label ("Key points") are not compared,
and a block quotation is compared only with block quotations: they repeat the
story by design (a pull quote).

Texts are compared with spaces and commas ignored (a copy spaced or
punctuated otherwise, "week,after" against "week, after" or "week after", is
the same text), curly quotes made straight and case ignored. Texts shorter
than `min_words` are not compared, nor sentences shorter than
`min_sentence_words` ("No one was hurt." may well come twice).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..diagnostics import Finding, shorten
from ..model.types import BLOCKQUOTE, DATELINE, FIELD, HEADING, LIST_ITEM, OPAQUE, PROSE_KINDS
from ..model.words import SITE_SUFFIX, WORD
from .contract import INT, ActiveRule, Context, Kind, Param
from .removal import remove_regions, remove_sentence

if TYPE_CHECKING:
    from ..model.document import Document

# A list the story sums itself up in, under a label of its own: its points
# repeat the story's sentences by design ("Key points", "At a glance").
_SUMMARY_LABEL = re.compile(
    r"[#*_\s]*(?:key (?:points|takeaways|facts)|(?:story )?highlights|at a glance|in brief|in short|summary|"
    r"what (?:we know|you need to know)|(?:the )?need to know|(?:quick|fast) (?:read|facts)|takeaways|"
    r"the (?:big picture|essentials)|tl;?dr)[:.*_\s]*", re.IGNORECASE)
_STRAIGHT = (("\u201c", '"'), ("\u201d", '"'), ("\u2018", "'"), ("\u2019", "'"))
# A site's name after a headline, as a page's title and a scraped line carry it: "... - BBC News", "... | The
# Guardian" (a capital after the bar or dash; not "... - and a new bridge").
_SITE_NAME = re.compile(r"\s+[|\u2013\u2014-]\s+[A-Z][^|\u2013\u2014]{0,59}\Z")


def _key(text: str) -> str:
    """Lowercase text (a slice of Document.lowered: lowering each text again
    would cost a pass of its own) without its spaces and commas: a copy that a
    scraper or an editor spaced or punctuated otherwise ("next week,after",
    "next week, after" and "next week after") is the same text."""
    if "," in text:
        text = text.replace(",", "")
    if not text.isascii():  # a flag every string carries: most sentences need no look (str.translate is slower)
        for curly, straight in _STRAIGHT:
            if curly in text:
                text = text.replace(curly, straight)
        text = "".join(text.split())  # no-break and other Unicode spaces too
    elif "\n" in text or "\t" in text:
        text = "".join(text.split())
    else:
        text = text.replace(" ", "")
    return text.rstrip(".")


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    min_words, min_sentence_words = rule.params["min_words"], rule.params["min_sentence_words"]
    text, lowered = doc.masked, doc.lowered
    headlines = {}
    for region in doc.regions:
        if region.kind == FIELD and region.name == "title":
            title = lowered[region.start:region.end].strip().strip("\"'")
            headlines[_key(title)] = region.start
            headlines.setdefault(_key(SITE_SUFFIX.sub("", title)), region.start)
    paragraphs: dict[str, int] = {}
    sentences: dict[str, int] = {}
    # The story's dateline, which a copy of its first paragraph or sentence carries in its own text: "LONDON
    # (Reuters) - Oil rose ..." again is the same text as the first, whose dateline the reading set apart.
    datelines = tuple(lowered[r.start:r.end] for r in doc.regions if r.kind == DATELINE)

    def finding(start: int, end: int, what: str, first: int, region, shown_from: int | None = None) -> Finding:
        shown_from = start if shown_from is None else shown_from
        shown = shorten(doc.text[shown_from:end], 60)
        description = f"Remove the repeated {what}"
        whole = shown_from == region.start and end == region.end
        fix = remove_regions(doc, [region], description) if whole else remove_sentence(doc.text, start, end,
                                                                                          description)
        return Finding(start, end, rule.spec.message.format(what=what, line=doc.position(first)[0], text=shown), fix)

    def key_of(start: int, end: int, lowered_text: str | None = None, pulled: bool = False) -> str:
        key = _key(lowered[start:end] if lowered_text is None else lowered_text)
        if OPAQUE in key:  # code and URLs are masked alike: compare what they say
            key += "\0" + doc.text[start:end]
        return "\1" + key if pulled else key  # a block quotation is compared with block quotations only

    summary = False  # in a list under a summary's label
    for region in doc.regions_of(rule.scopes):
        body = text[region.start:region.end]
        if region.kind != LIST_ITEM:
            summary = len(body) < 40 and _SUMMARY_LABEL.fullmatch(body) is not None
        elif summary:
            continue  # a key point, not a copy: the story tells it in full
        pulled = region.kind == BLOCKQUOTE  # a pull quote repeats the story by design
        lead = _after_dateline(lowered, region.start, datelines) if datelines else region.start
        key = key_of(lead, region.end, pulled=pulled)
        words = len(body.split(None, min_words - 1))  # words up to min_words, near enough, and cheap
        # ... and the headline with a site's name after it: "Council approves cycle lanes - BBC News"
        site = _SITE_NAME.search(body) if (headlines or region.kind == HEADING) and not pulled and (
            " - " in body or "|" in body or " \u2013 " in body or " \u2014 " in body) else None
        bare = key_of(region.start, region.start + site.start()) if site is not None else key
        headline = headlines.get(key, headlines.get(bare))
        if words >= min_words and headline is not None and not (region.kind == HEADING and doc.marked_up(region)):
            yield finding(region.start, region.end, "headline", headline, region)
            continue
        if headlines and (labelled := doc.with_label(region)) is not region and \
                (first := headlines.get(key_of(labelled.start, labelled.end))) is not None:
            # "Storm Eowyn: Thousands without power", a headline whose opening words read as a label: reported on
            # the paragraph (the label is no text this rule reads), shown and removed as the whole line
            yield finding(region.start, region.end, "headline", first, labelled, shown_from=labelled.start)
            continue
        if words >= min_words and key in paragraphs:
            yield finding(region.start, region.end, "heading" if region.kind == HEADING else "paragraph",
                          paragraphs[key], region)
            continue
        paragraphs.setdefault(key, region.start)
        if "\n" in body:  # scraped text glues lines into one block: each line may come back alone
            line_start = region.start
            for line in body.split("\n"):
                if len(WORD.findall(line)) >= min_words:
                    paragraphs.setdefault(key_of(line_start, line_start + len(line), pulled=pulled), line_start)
                line_start += len(line) + 1
        if region.kind == HEADING and not headlines:
            headlines[key] = region.start  # a plain-text draft's first heading is its headline
            headlines.setdefault(bare, region.start)  # ... its site's name aside
        if region.kind not in PROSE_KINDS:
            continue
        for sentence in doc.sentences_in(region):
            start, end = sentence.start, sentence.end
            said = lowered[start:end]
            if datelines and said.startswith(datelines):  # str.startswith tries them all in one call
                said = lowered[_after_dateline(lowered, start, datelines):end]
            if said.count(" ") + 1 < min_sentence_words:  # words, near enough, and cheap
                continue
            skey = key if start == region.start and end == region.end else key_of(start, end, said, pulled)
            if skey in sentences:
                yield finding(start, end, "sentence", sentences[skey], region)
            else:
                sentences[skey] = start


def _after_dateline(lowered: str, start: int, datelines: tuple[str, ...]) -> int:
    """Where the text at `start` goes on after a copy of the story's dateline, if it opens with one."""
    for dateline in datelines:
        if lowered.startswith(dateline, start):
            return start + len(dateline)
    return start


KIND = Kind("duplicate", check, fixes=True, fields=frozenset({"what", "line", "text"}), reports_copies=True,
            params={"min_words": Param(INT, 3, minimum=1), "min_sentence_words": Param(INT, 6, minimum=1)})
