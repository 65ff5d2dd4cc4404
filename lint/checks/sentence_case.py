"""The `sentence-case` kind: a sentence that starts with a lowercase letter."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..diagnostics import Edit, Finding, Fix, shorten
from ..model.garbled import LEADS, garbled_mark_at
from ..model.sentences import LIST_MARKER
from ..model.types import LIST_ITEM, Region
from ..model.words import ABBREVIATIONS, FINITE_VERBS, SPEECH_VERBS, WORD, capital, phrase_list
from .contract import TEXTS, ActiveRule, Context, Kind, Param

if TYPE_CHECKING:
    from ..model.document import Document


_OPENING_QUOTES = "\"'\u201c\u2018\u00ab\u201e"
# A quotation that opens a sentence is a quoted sentence, not a fragment, from this many words.
_MIN_QUOTED_WORDS = 4
# Or shorter, when it opens with a subject and its verb: '"it was historic," she said', '"we lost," he
# said', '"it's over."'; not '"a disaster," she called it', '"too little, too late," critics said'.
_SUBJECTS = frozenset("i we you he she it they there this that".split())
_QUESTION_WORDS = frozenset("what why how where when who which".split())
# A site's name, written as its domain: "booking.com said", "gov.uk lists the rules".
_DOMAIN = re.compile(r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|co|uk|gov|edu|ai|app|info|tv|news|dev|eu|"
                     r"us|ca|de|fr|ie|au)")
_CONTRACTED = re.compile(r"(?:i|we|you|he|she|it|they|there|that)['\u2019](?:s|re|m|ll|ve|d)$")


def prepare(params: dict) -> frozenset[str]:
    return frozenset(params["exceptions"])


def _in_a_list_of_sentences(doc: Document, item: Region) -> bool:
    """Is a list item one of a list whose items are all sentences, the others
    each opening with a capital and closed by a stop ("- National insurance
    falls to 8% in April." then "- the child benefit threshold rises.")?
    Then the item is a sentence too, not a fragment. The walk stops at the
    first item that is not: a list of fragments is read no further."""
    text = doc.masked
    if not _sentence_shaped(text, item):
        return False
    at = bisect.bisect_left(doc.regions, item.start, key=lambda r: r.start)
    others = False
    for step in (-1, 1):
        j = at + step
        while 0 <= j < len(doc.regions) and (other := doc.regions[j]).kind == LIST_ITEM:
            if not (_sentence_shaped(text, other) and text[_first_letter(text, other)].isupper()):
                return False
            others = True
            j += step
    return others


def _first_letter(text: str, region: Region) -> int:
    m = LIST_MARKER.match(text, region.start)
    at = m.end() if m else region.start
    while at < region.end - 1 and not text[at].isalnum():
        at += 1
    return at


def _sentence_shaped(text: str, region: Region) -> bool:
    body = text[region.start:region.end].rstrip()
    return body.endswith((".", "!", "?")) and len(body.split()) >= _SENTENCE_WORDS


_SENTENCE_WORDS = 4


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    text = doc.masked
    accepted = rule.state | ctx.vocabulary | _openers(ctx.vocabulary)
    for sentence in doc.sentences:
        region = sentence.region
        if region.kind not in rule.scopes:
            continue
        start = sentence.start
        if text[start].isupper():
            continue  # most sentences: capitalised (or an enumeration's "A)"), nothing to look at
        if region.kind == LIST_ITEM and sentence.opens_region and not _in_a_list_of_sentences(doc, region):
            continue  # list items are often fragments: "- higher taxes" (its list read only for such an item)
        marker = LIST_MARKER.match(text, start)
        if marker and text[marker.end():marker.end() + 1].isspace():
            continue  # an enumeration's item: "a) this is", "iv. This", "1. an item"
        if sentence.opens_region and _fragments_after_label(text, start, sentence.end):
            continue  # a fact box's list: "Pros: excellent cameras; seven years of updates"
        bracketed = text[start] == "(" and _bracketed_sentence(text, start)
        start += bracketed  # "(prices start at £29.99.)": a sentence of its own inside brackets
        while start < sentence.end and text[start] in _OPENING_QUOTES:
            start += 1
        m = WORD.match(text, start)
        if not m or (text.startswith("/", m.end()) and "." in m.group()):
            continue  # a number, a symbol, @handle, #hashtag, code, or a web address without its scheme
        word = m.group().rstrip(".-")
        upper = capital(word[0])
        if word[0] in LEADS and garbled_mark_at(text, m.start()):
            continue  # a quotation mark garbled by a wrong encoding ("â€œWe"): mojibake's to report
        if bracketed and ("." in word or word in ("cf", "viz", "eg", "ie")):
            continue  # "(i.e. the cheapest fare.)": an abbreviation keeps its case
        if upper is None or word != word.lower() or word in accepted or _DOMAIN.fullmatch(word):
            continue  # capitalised, lowercase by design (iPhone, eBay, mRNA, booking.com), or no capital (º, ß)
        quotation = doc.quotation_at(m.start())
        if start > sentence.start + bracketed and (quotation is None or (
                quotation.words < _MIN_QUOTED_WORDS and not _clause(text, m.start(), quotation)
                and not _whole_sentence(text, quotation, sentence.end))):
            continue  # a short quoted fragment opening a sentence: '"a disaster," she called it'
        if quotation is not None and _verse(text, quotation):
            continue
        yield Finding(
            m.start(),
            m.start() + len(word),
            rule.spec.message.format(word=shorten(word, 40)),
            # A quotation is reported as said, never rewritten.
            None if quotation else Fix(f'Capitalise "{word}"', (Edit(m.start(), m.start() + 1, upper),)),
        )
    for start, word in _quoted_after_lead_in(doc, accepted):
        yield Finding(start, start + len(word), rule.spec.message.format(word=shorten(word, 40)))
    for start, word in _after_closed_quotation(doc, rule, accepted):
        yield Finding(start, start + len(word), rule.spec.message.format(word=shorten(word, 40)),
                      Fix(f'Capitalise "{word}"', (Edit(start, start + 1, capital(word[0]) or word[0]),)))


def _bracketed_sentence(text: str, start: int) -> bool:
    """Does the bracket at `start`, opening a sentence, hold a whole sentence
    of three words or more, its stop inside ("(prices start at £29.99.)")?
    Not an aside or a marker: "(see below)", "(a)", "(pictured)"."""
    close = text.find(")", start, start + 400)
    return close != -1 and text[close - 1] in ".!?" and text.find("(", start + 1, close) == -1 and \
        len(WORD.findall(text, start, close)) >= 3


@functools.cache
def _openers(vocabulary: frozenset[str]) -> frozenset[str]:
    """The words a vocabulary's entries open with, as a sentence's first word is read: "k.d. lang" and "k.d." accept
    "k.d"."""
    return frozenset(entry.split()[0].rstrip(".-") for entry in vocabulary if entry.strip())


def _fragments_after_label(text: str, start: int, end: int) -> bool:
    """Does a run-in label introduce short phrases, not a sentence? A list of
    them, with no verb (`phrase_list`): "Cons: runs warm; slow charging", "Pros:
    best-in-class camera, seven years of updates", not "Key points: the
    contract cost more; it is late";
    or one phrase of up to three words ("Rating: four stars"), longer after a
    review's verdict label ("Verdict: the best Android phone for photographers")
    or a teaser's ("Next week: the people trying to start again")."""
    i = start - 1
    while i > 0 and text[i].isspace():
        i -= 1
    if text[i:i + 1] != ":":
        return False
    if phrase_list(text[start:end]):
        return True
    if ";" not in text[start:end]:
        # one short phrase is a verdict, not a sentence: "Rating: four stars.", "Verdict: a triumph.", and after
        # a review's verdict label a longer one: "Verdict: the best Android phone for photographers."; not
        # "Footnote: figures are for England.", "Update: police arrested him."
        words = [w.lower() for w in WORD.findall(text, start, end)]
        label = text[text.rfind("\n", 0, i) + 1:i].strip(" \t*_#").lower()
        limit = _MAX_VERDICT_WORDS if label not in _VERDICT_LABELS else _MAX_FRAGMENT_WORDS * 2
        return len(words) <= limit and FINITE_VERBS.isdisjoint(words) and not any(w.endswith("ed") for w in words)
    return False


_MAX_FRAGMENT_WORDS = 6
_MAX_VERDICT_WORDS = 3
# A review's labels before its judgement, a phrase rather than a sentence.
_VERDICT_LABELS = frozenset({"verdict", "our verdict", "the verdict", "rating", "our rating", "star rating", "score",
                             "best for", "buy it if", "skip it if", "price", "the good", "the bad",
                             # ... and a series' or a newsletter's teaser of what comes next: "Next week: the people
                             # trying to start again."
                             "next week", "next time", "next month", "coming up", "coming next", "tomorrow"})


def _whole_sentence(text: str, quotation, end: int) -> bool:
    """Is a quotation the whole sentence, closed by its own stop: '"now we rest."' after its speaker's tag?"""
    return text[quotation.inner_start:quotation.inner_end].rstrip()[-1:] in ".!?" and \
        not text[quotation.end:end].strip()


def _clause(text: str, start: int, quotation) -> bool:
    """Does a short quotation open with a subject and its verb: is it a sentence of its own?"""
    words = [w.lower() for w in WORD.findall(text, start, quotation.inner_end)[:3]]
    if not words:
        return False
    if _CONTRACTED.match(words[0]):
        return True
    if len(words) >= 2 and words[0] in _QUESTION_WORDS and words[1] in FINITE_VERBS:
        return True  # a question: '"what are we supposed to do now?"', '"why did nobody warn us?"'
    if len(words) >= 3 and words[0] in _DETERMINERS and (words[2] in FINITE_VERBS or words[2].endswith("ed")):
        return True  # a noun for its subject: '"the money is real this time."', '"our players deserved it."'
    if len(words) < 2 or words[0] not in _SUBJECTS:
        return False
    verb = words[1].replace("\u2019", "'")
    return verb in FINITE_VERBS or verb.endswith(("ed", "n't")) or (
        words[0] in ("he", "she", "it") and verb.endswith("s"))


_DETERMINERS = frozenset("the a an this that these those our my your his her their its every no".split())


def _verse(text: str, q) -> bool:
    """Is the quotation verse, its lines set off by slashes ('"the boats come in
    / and I'm still here," she sings'), or words from a work the lead-in names
    ('The poem ends: "and the sea, the sea."', 'a line from the song:')? It
    keeps its writer's case."""
    return text.find(" / ", q.inner_start, q.inner_end) != -1 or \
        _WORK_BEFORE.search(text, max(0, q.start - 60), q.start) is not None


# A work whose words a quotation gives, named in its lead-in: "The poem ends:", "the chorus goes:", "a line from"
# (not "on the front line, he said:").
_WORK_BEFORE = re.compile(r"\b(?:poem|poems|lyrics?|verse|chorus|refrain|song|hymn|anthem|stanza|(?:opening|closing|"
                          r"first|last|final) lines?|lines? (?:from|of))\b[^.!?\n\"\u201c]{0,40}\Z", re.IGNORECASE)


def _quoted_after_lead_in(doc: Document, accepted: frozenset[str]) -> Iterator[tuple[int, str]]:
    """A full quoted sentence introduced by a colon starts with a capital:
    'she said: "we have no plans beyond January."'; so does one right after a
    verb of saying that opens with a subject, or a question word, and its verb:
    'he said, "we will win the seat back."', 'she asked, "what are we to do?"'
    (not 'she said "a mess from start to finish."', nor 'he said that "we will
    win."'). (offset, word) of each that does not."""
    text = doc.masked
    previous = None  # the quotation before, at depth 0
    for q in doc.quotations:
        if q.depth:
            continue
        first_part, previous = previous, q
        if text[q.inner_end - 1:q.inner_end] not in (".", "?", "!", ","):
            continue
        m = WORD.match(text, q.inner_start)
        if not (m and m.group().islower() and capital(m.group()[0]) and m.group() not in accepted) or _verse(text, q):
            continue
        before = q.start - 1
        while before >= 0 and text[before] in " \t":
            before -= 1
        # After a colon, four words or more make a sentence, or a subject and its verb; after "he said,"
        # the subject and its verb.
        if before >= 0 and ((text[before] == ":" and (q.words >= _MIN_QUOTED_WORDS or _clause(text, m.start(), q)))
                            or (_SAID_BEFORE.search(text, max(0, before - 20), before + 1)
                                and _clause(text, m.start(), q) and _new_sentence(text, before, first_part))):
            yield m.start(), m.group()


def _after_closed_quotation(doc: Document, rule: ActiveRule, accepted: frozenset[str]) -> Iterator[tuple[int, str]]:
    """A sentence after a quotation that ended one with a full stop, starting
    lowercase: 'The sign read "No entry." the police left.' Not the quotation's own
    attribution, however it is punctuated ('"We won." she said', '"It is
    over!" said Ruiz', '"Go." the coach told them'). (offset, word) of each."""
    text = doc.masked
    for q in doc.quotations:
        last_word = max(q.inner_start, text.rfind(" ", q.inner_start, q.inner_end) + 1)  # (one word: no space)
        if q.depth or not q.closed or text[q.inner_end - 1:q.inner_end] != "." or \
                _ABBREVIATION_END.search(text, q.inner_start, q.inner_end) or \
                text[last_word:q.inner_end].lower() in ABBREVIATIONS:
            continue  # not a sentence's end ("Mamma Mia!" may be a title), an ellipsis, "the U.S." or "Monsters,
            # Inc." (a short capitalised word is no abbreviation for its shape: "It isn't Dad.")
        m = _WORD_AFTER.match(text, q.end)
        if m is None:
            continue
        word = m.group(1)
        if not word.islower() or capital(word[0]) is None or word in accepted:
            continue
        if _tag_after(WORD.findall(text, m.start(1), m.start(1) + 70)[:7]) and \
                not _REPORTED_SPEECH.match(text, m.start(1)):
            continue  # '"We won." the coach said'; not '"It is over." she added that the city had failed'
        sentence = doc.sentence_at(m.start(1))
        if sentence is not None and sentence.region.kind in rule.scopes and sentence.start != m.start(1):
            yield m.start(1), word  # (a sentence of its own was judged above)


def _tag_after(words: list[str]) -> bool:
    """Do the words after a quotation read as its tag, a verb of saying among
    them ('the coach said', 'said Ruiz')? Not one an auxiliary or "to" goes
    before, which a sentence of its own holds ('it did not say when', 'he
    declined to say')."""
    lowered = [w.lower() for w in words]
    at = next((i for i, w in enumerate(lowered) if w in _SPEECH), None)
    return at is not None and (at == 0 or lowered[at - 1].replace("\u2019", "'") not in _NOT_A_TAG)


# What goes before a verb of saying in a sentence, never in a tag.
_NOT_A_TAG = frozenset("""not never to did didn't does doesn't do don't would wouldn't will won't could couldn't
    can can't cannot""".split())
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'\u2019-]*)")
# A verb of saying with its own clause opens a sentence of reported speech, no tag: 'she added that'.
# ... or with a clause's subject and its verb: 'she said she hoped', 'the ministry said construction would begin'.
_FINITE_AFTER = r"(?:would|will|was|were|is|are|had|has|have|could|can|should|might|may|did|does|must)"
_REPORTED_SPEECH = re.compile(r"(?:[\w'\u2019-]+ ){1,5}?(?:said|says|added|adds|noted|notes|wrote|writes|told \w+|"
                              r"argued|argues|stated|states|explained|explains|insisted|insists|warned|warns|"
                              r"recalled|admitted|revealed) (?:in (?:a|an|its|their) (?:[a-z]+ )?statement |"
                              r"on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day )?(?:that\b"
                              r"(?! (?:night|day|morning|evening|afternoon|week|weekend|month|year|time|season)\b)"
                              rf"|(?:he|she|they|it|we|i|there) (?:{_FINITE_AFTER}|[a-z]+ed)\b"
                              rf"|(?:(?:the|a|an|his|her|its|their|this) )?(?:[a-z-]+ ){{1,3}}?{_FINITE_AFTER}\b)")
# A quotation that ends on an ellipsis or an initialism's point: "the U.S.", "5 p.m." (or on a known abbreviation).
_ABBREVIATION_END = re.compile(r"(?:\.|\.[A-Za-z])\.\Z")


def _new_sentence(text: str, before: int, first_part) -> bool:
    """Does a quotation after 'he said,' start a sentence? It does unless it
    goes on with one the speaker broke off ('"If we lose," he said, "we will
    go home."'); a first part that was itself a sentence is over ('"It was a
    long night," Ruiz said, "we are all exhausted."': two, spliced)."""
    if not _INTERRUPTED.search(text, max(0, before - 40), before):
        return True
    return first_part is not None and _clause(text, first_part.inner_start, first_part)


# A quotation closed on a comma or dash just before the speaker: the next one may go on with its
# sentence ('"If we lose," he said, "we will go home."').
_INTERRUPTED = re.compile(r"[,\u2014\u2013-][\"\u201d][^.!?\"\u201c\u201d]*\Z")
# A quotation's attribution after it: '"We won." the coach said'.
_SPEECH = SPEECH_VERBS | {"recalled", "continued", "according", "reads", "exclaimed", "shouted", "cried", "muttered",
                         "whispered", "admitted", "remarked", "commented", "shared", "revealed", "confided", "sighed",
                         "laughed", "joked", "quipped", "snapped", "fumed", "groaned", "recounted"}
# A verb of saying right before a quotation, with or without its comma: 'he said, "', 'she asked "'.
_SAID_BEFORE = re.compile(r"\b(?:said|says|asked|asks|added|adds|replied|replies|wrote|writes|declared|insisted"
                          r"|warned|tweeted|posted),?\Z")


KIND = Kind("sentence-case", check, fixes=True, prepare=prepare, fields=frozenset({"word"}),
            params={"exceptions": Param(TEXTS, [])})
