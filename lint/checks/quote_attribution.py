"""The `quote-attribution` kind: direct quotations with no named source.

Reads the draft's sourcing analysis (`model/sourcing/`): each quotation of
speech is linked to the attribution of its own sentence, the sentence that
introduces it with a colon, or the quotation it continues. A quotation is
reported when nothing attributes it, or when its source is unnamed (an
indefinite person, a group, a role the story never introduced) and the text
gives no reason for the anonymity. Titles of works, signs, slogans and scare
quotes are not speech.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..diagnostics import Finding
from ..model.kinds import HEADING
from ..model.patterns import compiled_later
from ..model.quotes import SPEECH_WORDS, stands_as_speech
from ..model.sourcing import FIRST_NAME, UNNAMED, introduced_by_name, unnamed_body, voice_by_its_kind
from .attribution import check_changes, lexicon
from .contract import ANY, CHOICE, INT, ActiveRule, Context, Kind, Param

if TYPE_CHECKING:
    from ..model.document import Document
    from ..model.sourcing import Lexicon


def prepare(params: dict) -> tuple[Lexicon, int, str]:
    return lexicon(params["lexicon"]), params["min_words"], params["justified_anonymous"]


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    lex, min_words, justified_level = rule.state
    text = doc.masked
    sourcing = doc.sourcing(lex)
    reported: set[tuple[int, int]] = set()  # sources already reported: one finding per speaker and paragraph
    introduced: set[str] = set()  # ... and what the unnamed ones reported were called ("area resident")
    for q in doc.quotations:
        if q.depth or q.start in sourcing.not_speech or not stands_as_speech(q, text, min_words):
            continue
        if doc.exchanges and doc.in_exchange(q.start):
            continue  # an interviewee's account of what someone said, in their own answer
        source = sourcing.quotes.get(q.start)
        if source is None and _pull_quote(doc, q):
            continue
        if source is None and q.start in sourcing.orphans:  # '"...," she said' with nobody named before it
            yield Finding(q.start, q.end, rule.spec.message.format(
                problem=f"Quotation is attributed only to \u201c{sourcing.orphans[q.start]}\u201d, with nobody "
                        "named before it",
                advice="name the speaker before the pronoun"))
            continue
        if source is None and _speaker_brought_in_next(doc, q):
            continue  # '"I never thought I would see this day."' then "Jane Ode, 82, has lived on Mill Street for
            # 60 years.": a feature's opening words, their speaker brought in right after them
        if source is None and _named_by_heading(doc, q):
            continue  # "### Jane Ode, Labour" then '"Castle deserves a councillor who ..."': a candidate's or a vox
            # pop's words under the heading that names them
        if source is None and _document_words(doc, q):
            continue  # 'The law requires landlords to take "reasonable steps"': the words of the text the sentence
            # names, quoted where it says what that text does
        if source is None and _heard_in_court(doc, q):
            continue  # 'The boy was "in the wrong place at the wrong time", a jury has heard.': said in open court,
            # on the record, its speaker named as the report goes on
        if source is None:
            yield Finding(q.start, q.end, rule.spec.message.format(
                problem="Quotation has no attribution",
                advice="say who said it (\u201c...,\u201d said NAME)"))
            continue
        if source.kind not in UNNAMED:
            continue
        if unnamed_body(source, doc.text, doc.flat_lowered, doc.end_of_sentences_after(q.start)) is False:
            continue  # 'A housing charity warned: "..."' then "Shelter said ...": the body the next sentences name
        if _SHARED_POST().search(text, source.subject_start, max(source.subject_end, source.end)):
            continue  # 'A post shared thousands of times on Facebook says the council "spent £2 million"': what a fact
            # check examines, the words of a post the public passed on, whoever wrote it
        if source.justified and justified_level == "off":
            continue
        if source.verb in ("read", "reads") and source.subject.lower() in _ONE_OF_THE_TEXTS:
            continue  # 'Emails seen by the Herald show ... One, sent on 3 May, reads: "..."': a text's words (people
            # say their words; a text reads them)
        if _recalled(doc, q):
            continue
        if (source.subject_start, source.subject_end) in reported:
            continue  # the same speaker goes on
        reported.add((source.subject_start, source.subject_end))
        words = source.subject.lower().split()
        if len(words) > 1 and words[0] == "the" and " ".join(words[1:]) in introduced:
            continue  # 'said an area resident' then 'said the area resident': the one reported, come back
        if len(words) > 1 and words[0] in ("a", "an", "one"):
            introduced.add(" ".join(words[1:]))
        if source.kind == FIRST_NAME:
            yield Finding(q.start, q.end, rule.spec.message.format(
                problem=f"Quotation is attributed only to a first name (\u201c{source.subject}\u201d) with no reason "
                        "given",
                advice="give the speaker's full name, or say why it is withheld (who asked that her surname not be "
                       "used)"), severity="suggestion" if source.justified else None)
            continue
        whose = " of a firm the story never names" if voice_by_its_kind(source.subject) else ""
        yield Finding(q.start, q.end, rule.spec.message.format(
            problem=f"Quotation is attributed only to an unnamed source (\u201c{source.subject}\u201d{whose}) "
                    "with no reason given",
            advice="name the source, or say why it cannot be named (who spoke on condition of anonymity "
                   "because ...)"), severity="suggestion" if source.justified else None)


# One of the texts a story has told of, as the subject of "reads": "One, sent on 3 May, reads:".
_ONE_OF_THE_TEXTS = frozenset(("one", "another", "the other", "a second", "a third", "one of them", "the first",
                               "the last", "the latest"))
# A post the public passed on: "a viral post", "a video viewed two million times", "a message circulating on WhatsApp".
_SHARED_POST = compiled_later(r"\b(?:[Vv]iral (?:post|video|tweet|message|clip|image|meme)|(?:post|video|tweet|message|"
                              r"clip|image|meme) (?:that (?:has|had) been |which (?:has|had) been )?(?:widely )?"
                              r"(?:shared|viewed|watched|liked|reposted|retweeted|forwarded|circulating)\b)")


def _speaker_brought_in_next(doc: Document, q) -> bool:
    """Does the quotation open its paragraph, end its sentence, and the next sentence bring someone in by name with
    an age or a home ("Jane Ode, 82, has lived on Mill Street for 60 years")?"""
    region = doc.region_at(q.start)
    if region is None or doc.masked[region.start:q.start].strip(" *_\t"):
        return False
    following = doc.sentences_after(q.end - 1, 1)
    return bool(following) and not doc.masked[q.end:following[0].start].strip() and \
        introduced_by_name(doc.masked, following[0].start, following[0].end)


def _named_by_heading(doc: Document, q) -> bool:
    """Does the quotation open a paragraph right under a heading that names a person with who they are ("Jane Ode,
    Labour", "Tom Roe (Green)", "Jane Ode, 34, nurse"), as candidates' statements and vox pops set them out?"""
    region = doc.region_at(q.start)
    if region is None or doc.masked[region.start:q.start].strip(" *_\t"):
        return False
    at = bisect.bisect_left(doc.regions, region.start, key=lambda r: r.start)
    previous = doc.regions[at - 1] if at else None
    return previous is not None and previous.kind == HEADING and \
        _SPEAKER_HEADING().match(doc.masked[previous.start:previous.end].strip(" *_#\t")) is not None


# A person's name with who they are, as a heading gives it: a title, two to four capitalised words, then an age, a
# lowercase role or a party after a comma, or a party in brackets.
_SPEAKER_HEADING = compiled_later(
    r"(?:(?:Cllr|Dr|Mr|Mrs|Ms|Miss|Prof|Sir|Dame|Rev|Sen|Rep|Gov)\.? )?[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019.-]+){1,3}"
    r"(?:, (?:\d{1,3}\b|[a-z]|(?i:labour|conservative|green|liberal democrats?|lib dem|reform(?: uk)?|snp|"
    r"plaid cymru|independent|democrat|republican)\b)| \([A-Z][\w -]{1,30}\))")


def _document_words(doc: Document, q) -> bool:
    """Is the quotation part of a sentence that says what a law, a contract, an order or a plan does ("The law
    requires landlords to take", "The bill would make it an offence to cause", "Under the new rules, councils must
    publish"), and so that text's own wording? Not what a plan would be ('The plan would be "a disaster"')."""
    sentence = doc.sentence_at(q.start)
    return sentence is not None and sentence.start < q.start and \
        _DOCUMENT_DOES().match(doc.masked, sentence.start, q.start) is not None


# A sentence's opening on what a text does, up to a quotation: "The law requires ...", "The Act defines a protest
# as", "Under the new rules, councils must publish" (and nothing quoted before it).
_TEXTS = (r"(?i:law|act|bill|rules?|regulations?|guidance|guidelines|code|contract|agreement|treaty|order|ruling|"
          r"judge?ment|policy|constitution|statute|directive|licen[cs]e|charter|manifesto|terms|clause|section|"
          r"amendment|legislation|ordinance|bylaws?|standards?|framework|strategy|notice|warrant|indictment|lawsuit|"
          r"filing|motion|petition|proposals?|plan|website|app|advert|advertisement|brochure|leaflet|prospectus|"
          r"packaging|listing|poster)")
_DOCUMENT_DOES = compiled_later(
    rf"(?:Under (?:the |its |their |this |a |an )?(?:[\w'\u2019-]+ ){{0,3}}?{_TEXTS}\b[^,;.\"\u201c]{{0,60}},"
    rf"|(?:[\w'\u2019.&-]+ ){{0,5}}?{_TEXTS}(?: [A-Z][\w-]*)* (?:would |will |also |now |still |only )?"
    r"(?:requires?|obliges?|bans?|prohibits?|defines?|allows?|permits?|forbids?|stipulates?|specif(?:y|ies)|"
    r"mandates?|sets? out|provides?|commits?|promises?|pledges?|refers? to|makes? it|gives?|grants?|orders?|tells?|"
    r"instructs?|directs?|urges?|calls? for|demands?|bars?|exempts?)\b)"
    r"[^\"\u201c\u201d]*\Z")


def _heard_in_court(doc: Document, q) -> bool:
    """Does the quotation's sentence say a court, a jury or an inquest heard it ("..., a jury has heard", "Preston
    Crown Court was told", "The inquest heard that")?"""
    sentence = doc.sentence_at(q.start)
    if sentence is None:
        return False
    said = doc.masked[sentence.start:sentence.end]
    return (" heard" in said or " told" in said) and _COURT_HEARD().search(said) is not None


# A court or an inquest, hearing what was said: "a jury has heard", "Preston Crown Court was told", "the inquest
# heard that", "jurors were told".
_COURT_HEARD = compiled_later(
    r"\b(?:(?:[Aa]n?|[Tt]he) (?:[\w-]+ ){0,2}(?:court|jury|inquest|tribunal|hearing|trial|inquiry|panel)|"
    r"(?:[A-Z][\w'\u2019-]* ){1,4}(?:Court|Tribunal|Inquiry)|the Old Bailey|[Mm]agistrates|[Jj]urors) "
    r"(?:has |had |have )?(?:heard|was told|were told|has been told|have been told)\b")


def _recalled(doc: Document, q) -> bool:
    """Words a first-person writer recalls people saying as a habit ('When I
    started, promoters would say, "..."', '"...?" they would ask'): what was
    said over and over, in the writer's memory, is no source's claim. Not in
    third-person news ('Officials would say privately, "..."' is a source's)."""
    text = doc.masked
    if _HABIT_BEFORE().search(text, max(0, q.start - 60), q.start) is None and \
            _HABIT_AFTER().match(text, q.end) is None:
        return False
    return _first_person(doc)


def _first_person(doc: Document) -> bool:
    """Is the draft written in the first person: "I" or "my" twice outside its quotations?"""
    text, count, at = doc.masked, 0, 0
    for outer in (q for q in doc.quotations if not q.depth):
        count += len(_FIRST_PERSON().findall(text, at, outer.start))
        at = outer.end
    return count + len(_FIRST_PERSON().findall(text, at)) >= 2


# A habit of saying, before a quotation ("promoters would say,", "My father used to tell me:") or after it
# ('"...?" they would ask', '"...," as she always says').
_HABIT = (r"(?:would|used to|(?:would|used to) (?:always|often|usually)|always|often|usually) (?:say|said|says|ask|"
          r"asked|asks|tell|told|tells|shout|shouted|call|called|joke|joked|add|added|reply|replied|remark|remarked)"
          r"(?: (?:me|us|him|her|them))?")
_HABIT_BEFORE = compiled_later(rf"\b{_HABIT}[,:]?\s*\Z")
_HABIT_AFTER = compiled_later(rf"\s*(?:[\w'\u2019-]+ ){{1,3}}?{_HABIT}\b")
_FIRST_PERSON = compiled_later(r"\b(?:I|[Mm]y)\b")


def _pull_quote(doc, q) -> bool:
    """A pull quote: its first or last six words stand elsewhere in the story
    (a page may set "Bills are still far too high for millions of families"
    over 'bills were still "far too high for millions of families"'), or a
    dash and a name follow it ('\u2014 Deborah Quinlan, chief executive')."""
    text = doc.masked
    words = text[q.inner_start:q.inner_end].rstrip(".,!?;: ").split()
    for inner in {" ".join(words[:6]), " ".join(words[-6:])}:
        if len(inner) > 20 and text.count(inner, max(0, q.start - 20_000), q.end + 20_000) > 1:  # a pull quote
            return True  # stands near the words it repeats
    after = text[q.end:q.end + 80].lstrip(" \n\t")
    if after[:1] in ("\u2014", "\u2013", "-") and after[1:].lstrip()[:1].isupper():
        return True
    # A page's block quotation credited in markup: <blockquote><p>"..."</p><cite>Deborah Quinlan</cite>
    return doc.format == "html" and _CITE_AFTER.match(doc.source, doc.to_source_end(q.end)) is not None


# Closing tags, then a <cite> (perhaps in a <footer> or <figcaption>) right after a quotation in a page.
_CITE_AFTER = re.compile(r"(?:\s|</(?:p|span|em|i|q|blockquote)>)*(?:<(?:footer|figcaption)\b[^>]*>\s*)?<cite\b",
                         re.IGNORECASE)


KIND = Kind("quote-attribution", check, prepare=prepare, fields=frozenset({"problem", "advice"}),
            params={"min_words": Param(INT, SPEECH_WORDS, minimum=1),
                    "justified_anonymous": Param(CHOICE, "off", choices=("off", "suggestion")),
                    "lexicon": Param(ANY, None, shape=check_changes)})
