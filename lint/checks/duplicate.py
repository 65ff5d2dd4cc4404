"""The `duplicate` kind: text repeated in one article, as scrapers and careless
pastes leave it.

Four cases, each reported on the later copy with the line of the first (a teaser, where it stands):
- the headline (the front matter's `title`, an HTML page's <title> or <h1>)
  repeated as a body line: a Markdown heading or an HTML <h1> that repeats the
  title is the headline itself and is not reported;
- a heading or paragraph repeated anywhere;
- a sentence repeated anywhere: in its own paragraph, in the next, or as a
  paragraph of its own; the first paragraph's copy may carry the story's
  dateline, which the reading set apart from the first;
- a paragraph nearly repeated: a word or two changed, or cut short with an
  ellipsis as a teaser;
- a text run twice over with no break between the copies ("Newcastle close in
  on deal for new striker Newcastle close in on deal for new striker"), as a
  scraper glues a headline to its own copy: the second copy is reported.
The points of a list under a summary's label ("Key points") are not compared,
and a block quotation is compared only with block quotations: they repeat the
story by design (a pull quote).

Texts are compared with spaces and commas ignored (a copy spaced or
punctuated otherwise, "week,after" against "week, after" or "week after", is
the same text), curly quotes made straight and case ignored. Texts shorter
than `min_words` are not compared, nor sentences or a list's points shorter than
`min_sentence_words` ("No one was hurt." may well come twice, "Labour: 18 seats" under two headings).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..diagnostics import Edit, Finding, Fix, shorten
from ..model.types import BLOCKQUOTE, DATELINE, FIELD, HEADING, LIST_ITEM, OPAQUE, PARAGRAPH, PROSE_KINDS, Region
from ..model.words import SITE_SUFFIX, SPEECH_VERBS, WORD
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
    would cost a pass of its own) without its spaces and commas, nor the
    quotation marks at its edges: a copy that a scraper or an editor spaced or
    punctuated otherwise ("next week,after", "next week, after" and "next week
    after"), or that a page set as a quotation's opening paragraph, is the
    same text."""
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
    if text[:1] == '"' or text[-1:] == '"':
        return text.strip('"').rstrip(".")
    return text.rstrip(".")


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    found = list(_copies(doc, rule))
    yield from found
    yield from _quoted_again(doc, rule, [(f.start, f.end) for f in found])


def _quoted_again(doc: Document, rule: ActiveRule, reported: list[tuple[int, int]]) -> Iterator[Finding]:
    """A quotation given again in another sentence, framed otherwise: '"We were not good enough," Amorim said.'
    then 'Amorim said: "We were not good enough."', as a spinner pads a story. Quotations as long as a sentence
    worth comparing, in the story's paragraphs; not a pull quote (a block quotation, or a paragraph that is the
    quotation alone, as a page sets one in its own box), which repeats the story by design, nor one inside text
    already reported as a copy. No fix: which of the two to keep, and how its sentence then reads, is the
    editor's call."""
    least = rule.params["min_sentence_words"]
    seen: dict[str, int] = {}
    # The copies reported, by start, each with the furthest end of those up to it: a quotation inside one is found by
    # bisection, not by reading them all for each (a page of copies would cost their square).
    reported = sorted(reported)
    starts = [start for start, _ in reported]
    reach = list(itertools.accumulate((end for _, end in reported), max))
    for q in doc.quotations:
        if q.depth or not q.closed or q.words < least:
            continue
        region = doc.region_at(q.start)
        if region is None or region.kind not in (PARAGRAPH, LIST_ITEM) or \
                not doc.text[region.start:q.start].strip() and not doc.text[q.end:region.end].strip(" .\n"):
            continue
        key = _key(doc.lowered[q.inner_start:q.inner_end]).rstrip(",")
        if OPAQUE in key:
            continue
        first = seen.setdefault(key, q.start)
        if first != q.start and not ((i := bisect.bisect_right(starts, q.start) - 1) >= 0 and q.start < reach[i]):
            shown = shorten(doc.text[q.inner_start:q.inner_end], 60)
            yield Finding(q.start, q.end, rule.spec.message.format(what="quotation", line=doc.position(first)[0],
                                                                   text=shown))


def _copies(doc: Document, rule: ActiveRule) -> Iterator[Finding]:
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

    near: list[Region] = []  # paragraphs to compare for near copies, once the exact ones are known
    repeated: list[tuple[int, Finding]] = []  # repeated sentences, by the start of their paragraph
    summary = False  # in a list under a summary's label
    asked = False  # the paragraph before asks a question
    for region in doc.regions_of(rule.scopes):
        body = text[region.start:region.end]
        answer, asked = asked, body.rstrip().endswith("?")
        if region.kind != LIST_ITEM:
            summary = len(body) < 40 and _SUMMARY_LABEL.fullmatch(body) is not None
        elif summary:
            continue  # a key point, not a copy: the story tells it in full
        # a pull quote repeats the story by design: a block quotation, or a paragraph that is a quotation alone, as
        # a page sets one in its own box (compared with its like only: a copy of it is still a copy)
        pulled = region.kind == BLOCKQUOTE or (region.kind == PARAGRAPH and _quotation_alone(doc, region))
        lead = _after_dateline(lowered, region.start, datelines) if datelines else region.start
        key = key_of(lead, region.end, pulled=pulled)
        # A list's short points are data, compared as sentences are ("Conservative: 22 seats" under two counties,
        # "1 tsp smoked paprika" in two recipes): counted up to the words each needs, near enough, and cheap
        needed = min_sentence_words if region.kind == LIST_ITEM else min_words
        words = len(body.split(None, needed - 1))
        if words < needed:
            words = 0
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
        # ... and so are a Q&A's short answers ("Q: When does it reopen?" then "A: In May." under two questions),
        # though a headline pasted after a question is still the headline
        if words >= min_words and key in paragraphs and not (
                answer and len(body.split(None, min_sentence_words - 1)) < min_sentence_words):
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
        if region.kind == PARAGRAPH and words >= min_words and not _SUMMARY_LABEL.match(body):
            near.append(region)  # (not "Key points:" over the points, in plain text a paragraph of its own)
        if region.kind not in PROSE_KINDS:
            continue
        for sentence in doc.sentences_in(region):
            start, end = sentence.start, sentence.end
            said = lowered[start:end]
            if datelines and said.startswith(datelines):  # str.startswith tries them all in one call
                said = lowered[_after_dateline(lowered, start, datelines):end]
            if said.count(" ") + 1 < min_sentence_words:  # words, near enough, and cheap
                continue
            if (cut := _doubled(said, min_sentence_words)) > 0:
                at = end - len(said)
                shown = shorten(doc.text[at + cut + 1:at + 2 * cut + 1], 60)
                yield Finding(at + cut + 1, at + 2 * cut + 1, rule.spec.message.format(
                    what="text", line=doc.position(at)[0], text=shown),
                    Fix("Remove the repeated text", (Edit(at + cut, at + 2 * cut + 1, ""),)))
                continue
            skey = key if start == region.start and end == region.end else key_of(start, end, said, pulled)
            if skey in sentences:
                repeated.append((region.start, finding(start, end, "sentence", sentences[skey], region)))
            else:
                sentences[skey] = start
    copied = set()
    for region, first, what in _near_copies(lowered, near):
        copied.add(region.start)
        yield finding(region.start, region.end, what, first, region)
    # A sentence repeated inside a paragraph that is itself a near copy is that copy's, reported once with it.
    yield from (found for at, found in repeated if at not in copied)


def _quotation_alone(doc: Document, region: Region) -> bool:
    """Is the paragraph one quotation and nothing else ('"The river tells you what it's going to do."')? Closed: a
    paragraph that opens a quotation going on into the next is a speaker's words, no quotation set apart."""
    text, start = doc.text, region.start
    while start < region.end and text[start].isspace():
        start += 1
    q = doc.quotation_at(start) if text[start:start + 1] in _OPENING_MARKS else None
    return q is not None and q.closed and q.start == start and q.end <= region.end and \
        not text[q.end:region.end].strip(" .\n")


_OPENING_MARKS = "\"\u201c\u2018'"


# Near copies: a paragraph pasted again with a few words changed, and a teaser cut short with an ellipsis before
# (or after) the paragraph it opens. Only paragraphs this long are compared: shorter ones ("The 2024 figure was 5.3
# million.") may well differ by a word or two and be two facts.
_NEAR_WORDS = 12
_NEAR_RATIO = 0.9  # of the words the two share, in order (difflib's ratio)
_TEASER_WORDS = 8
_SET_APART = 0.25  # of the words either has, how many only one may have (a bound cheaper than lining them up)
_ELLIPSIS = ("\u2026", "...")
_EDGE = ".,;:!?\"'()\u201c\u201d\u2018\u2019\u2026"  # a word's punctuation, left off when comparing
_DIGITS = re.compile(r"\d+")  # numbers left out: "4588.5" as ".", "day 45278,but" as "day ,but"
_MATES = 16  # paragraphs sharing an end that a paragraph is compared with, the last ones
_SHARED_ENDS = 0.6  # of a near copy's characters, how many its common opening and ending hold at least
_MAX_ALIGNED = 500  # pairs a draft may have lined up word by word (a real one has a handful)


def _near_copies(lowered: str, regions: list[Region]) -> Iterator[tuple[Region, int, str]]:
    """(paragraph, where the one it nearly copies starts, what it copies) for each
    near copy among `regions`, paragraphs in order that are no exact copies.
    Candidates share their first or their last three words (an edit seldom
    reaches both ends; a teaser, cut short, only its first), the last before
    an attribution tag that one of them closes with ("..., the trust said."):
    only theirs are read word by word."""
    ends: dict[tuple[str, ...], list[int]] = {}
    words: dict[int, tuple[list[str], frozenset[str]]] = {}  # each paragraph's words, and their set
    tags: dict[int, int] = {}  # where the attribution tag that closes each paragraph starts, or -1
    teasers: list[bool] = []
    reported: set[int] = set()
    shapes: set[str] = set()  # the wordings, numbers left out, of paragraphs many others open or end like
    aligned = 0  # pairs lined up word by word so far

    def tag_of(i: int) -> int:
        if i not in tags:
            tags[i] = _tag_start(lowered, regions[i])
        return tags[i]

    def ends_alike(i: int, j: int) -> bool:
        if _shared_ends(lowered, regions[i], regions[j]) >= _SHARED_ENDS:
            return True
        tag_i, tag_j = tag_of(i), tag_of(j)  # one closes with a tag the other lacks: compared without it
        return (tag_i == -1) != (tag_j == -1) and _shared_ends(
            lowered, _untagged(lowered, regions[i], tag_i), _untagged(lowered, regions[j], tag_j)) >= _SHARED_ENDS

    def words_of(i: int) -> tuple[list[str], frozenset[str]]:
        if i not in words:
            # words without their punctuation (a stop is no word changed): faster than a pattern's words
            found = [w.strip(_EDGE) for w in lowered[regions[i].start:regions[i].end].split()]
            words[i] = found, frozenset(found)
        return words[i]

    for i, region in enumerate(regions):
        spaces = lowered.count(" ", region.start, region.end)  # words, near enough
        teasers.append(spaces + 1 >= _TEASER_WORDS and lowered.endswith(_ELLIPSIS, region.start, region.end))
        if not teasers[i] and spaces + 1 < _NEAR_WORDS:
            continue
        keys = [("^", *lowered[region.start:region.start + 60].split()[:3])]
        if not teasers[i]:
            tag = tag_of(i)
            for end in (region.end, tag) if tag != -1 else (region.end,):  # its tag aside too: a copy's edit
                tail = lowered[max(region.start, end - 60):end].split()[-3:]  # may be a tag ("..., police said")
                keys.append(("$", *(w.strip(_EDGE) for w in tail)))
        earlier = [j for key in keys for j in ends.get(key, ())]
        if len(earlier) >= _MATES:  # many told alike, as a table or a log is: compared once per wording
            shape = _DIGITS.sub("", lowered[region.start:region.end])
            if shape in shapes:
                continue  # the same words as one before, numbers aside: two facts told alike
            shapes.add(shape)
        for j in dict.fromkeys(earlier) if earlier else ():
            if j in reported or not (teasers[i] or teasers[j] or (
                    0.8 <= (region.end - region.start) / (regions[j].end - regions[j].start) <= 1.25
                    and ends_alike(i, j))):
                continue  # a near copy is about as long as the first, and the same at its ends but for an edit or
                # two between them (told in characters, before reading words), an attribution tag aside
            (said, said_set), (other, other_set) = words_of(i), words_of(j)
            if teasers[i] and _teases(said, other):
                yield region, regions[j].start, "opening of the paragraph"  # the teaser after the paragraph
            elif teasers[j] and _teases(other, said):
                reported.add(j)  # the teaser before the paragraph: reported where it stands
                yield regions[j], region.start, "opening of the paragraph"
                continue
            elif teasers[i] or teasers[j] or len(said_set ^ other_set) > _SET_APART * (len(said_set) + len(
                    other_set)):
                continue
            elif aligned >= _MAX_ALIGNED:
                return  # a draft built to be compared without end: what was found so far is all
            else:
                aligned += 1
                if not _nearly(said, other):
                    continue
                yield region, regions[j].start, "paragraph, nearly word for word,"
            reported.add(i)
            break
        for key in keys:
            mates = ends.setdefault(key, [])
            mates.append(i)
            if len(mates) > _MATES:
                del mates[0]  # the last few sharing an end are compared: the cost stays linear


def _shared_ends(lowered: str, a: Region, b: Region) -> float:
    """How much of the shorter of two paragraphs their common opening and ending make up, in characters: found
    by halving, each step one comparison of two slices (no loop over characters)."""
    n = min(a.end - a.start, b.end - b.start)
    half = int(n * _SHARED_ENDS / 2)  # one end or the other holds half the share at least: most pairs fail both
    if lowered[a.start:a.start + half] != lowered[b.start:b.start + half] and \
            lowered[a.end - half:a.end] != lowered[b.end - half:b.end]:
        return 0.0

    def common(same) -> int:
        low, high = 0, n
        while low < high:
            mid = (low + high + 1) // 2
            if same(mid):
                low = mid
            else:
                high = mid - 1
        return low

    head = common(lambda k: lowered[a.start:a.start + k] == lowered[b.start:b.start + k])
    tail = common(lambda k: lowered[a.end - k:a.end] == lowered[b.end - k:b.end])
    return min(n, head + tail) / n if n else 0.0


def _tag_start(lowered: str, region: Region) -> int:
    """Where the attribution tag that closes a paragraph starts ("..., a round
    trip of up to three hours, the trust said.", "..., according to police."),
    or -1."""
    end = region.end
    comma = lowered.rfind(", ", max(region.start, end - _TAG_CHARACTERS), end)
    if comma == -1:
        return -1
    words = WORD.findall(lowered, comma, end)
    return comma if "according" in words or not SPEECH_VERBS.isdisjoint(words) else -1


def _untagged(lowered: str, region: Region, tag: int) -> Region:
    """A paragraph without its tag, or else its closing punctuation: "...
    three hours, the trust said." and "... three hours." both end at "hours",
    and are compared so when only one has a tag."""
    end = region.end
    while end > region.start and lowered[end - 1] in _EDGE:
        end -= 1
    return region._replace(end=tag if tag != -1 else end)


_TAG_CHARACTERS = 40  # an attribution tag's reach back from a paragraph's end: ", the trust said."


def _teases(teaser: list[str], full: list[str]) -> bool:
    """Do a teaser's words open the full paragraph, its last perhaps cut short ("campaign by resid...")?"""
    n = len(teaser)
    return len(full) > n and teaser[:-1] == full[:n - 1] and full[n - 1].startswith(teaser[-1])


def _nearly(said: list[str], other: list[str]) -> bool:
    """Are two paragraphs the same words but a few, in order, some of which
    are words? Two that differ only in their numbers tell two facts alike
    ("The 2024 figure was ..." and "The 2025 figure was ...")."""
    if not 0.8 <= len(said) / len(other) <= 1.25 or [_DIGITS.sub("", w) for w in said] == [
            _DIGITS.sub("", w) for w in other]:
        return False
    from collections import Counter
    from difflib import SequenceMatcher  # only for a candidate pair: few drafts have one

    shorter = min(len(said), len(other))
    if sum((Counter(said) & Counter(other)).values()) < _NEAR_RATIO * shorter:
        return False  # too few words in common, in any order: no need to line them up
    # the shorter one's words, nearly all, in order in the other: a copy with a word or two changed, or with a
    # few added, as an attribution tag is (", the trust said"); not two facts told alike, whose words differ
    # in several places ("Shares in Barclays fell ... its investment arm." and "Shares in Lloyds fell ...")
    matcher = SequenceMatcher(None, said, other, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) >= _NEAR_RATIO * shorter



def _doubled(said: str, least: int) -> int:
    """How long each copy is in a text run twice over, one space or line break between ("X X", "X X."), each of
    `least` words or more; 0 if it is not."""
    n = len(said.rstrip(" .!?\n"))
    half = n // 2
    if n % 2 == 0 or said[half] not in " \n" or said.count(" ", 0, half) + 1 < least or \
            not said.startswith(said[half + 1:n], 0):
        return 0
    return half


def _after_dateline(lowered: str, start: int, datelines: tuple[str, ...]) -> int:
    """Where the text at `start` goes on after a copy of the story's dateline, if it opens with one."""
    for dateline in datelines:
        if lowered.startswith(dateline, start):
            return start + len(dateline)
    return start


KIND = Kind("duplicate", check, fixes=True, fields=frozenset({"what", "line", "text"}), reports_copies=True,
            params={"min_words": Param(INT, 3, minimum=1), "min_sentence_words": Param(INT, 6, minimum=1)})
