"""The `unnamed-source` kind: claims pinned on unnamed sources ("semiconductor
watchers reckon", "sources said", "it is understood", "according to people
briefed on the application").

Reads the draft's sourcing analysis (`model/sourcing/`): a reporting, belief
or estimate verb whose subject is an unnamed group ("analysts", "some
economists", "environmental groups"), or an impersonal construction, is
reported, before or after the claim. Not reported: a group tied to a named
body ("analysts at Moody's"), attributions of direct quotations (the
`quote-attribution` kind reports those), and anonymity the text explains.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..diagnostics import Finding, shorten
from ..model.patterns import compiled_later
from ..model.quotes import stands_as_speech
from ..model.sourcing import (
    ANONYMOUS_ROLES,
    DOCUMENT_ROLE,
    DOCUMENTS,
    GROUP,
    IMPERSONAL,
    NAMED,
    PERSON,
    PRONOUN,
    QUICK_TO,
    REDUCED_PASSIVES,
    REFLEXIVES,
    ROLE,
    claims_with,
    unnamed_body,
    voice_of_unnamed_body,
)
from ..model.types import PARAGRAPH
from .attribution import check_changes, lexicon
from .contract import ANY, ActiveRule, Context, Kind, Param

if TYPE_CHECKING:
    from ..model.document import Document
    from ..model.sourcing.lexicon import Attribution


def prepare(params: dict):
    return lexicon(params["lexicon"])


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    # Phrases are read in doc.flat_lowered, where a hard-wrapped line's break is a space ("Home Office\nfigures show").
    sourcing = doc.sourcing(rule.state)
    text = doc.text
    # Attributions of quoted speech are unsourced-quote's; one of a phrase quoted
    # in a paraphrase is a claim ('a source said she felt "hung out to dry"').
    speech = {q.start for q in doc.quotations if q.start in sourcing.quotes and stands_as_speech(q, doc.masked)}
    of_speech = [a for start, a in sourcing.quotes.items() if a is not None and start in speech]
    quoted = {id(a) for a in of_speech}
    claims, evidence = rule.state.claim_verbs, rule.state.evidence
    quote_sentences = {s.start for s in (doc.sentence_at(a.start) for a in of_speech) if s is not None}
    anonymous = rule.state.source_nouns
    hearing: int | None = None  # does the story open on a public hearing (_OPENS_ON_*)? Worked out when first asked
    reported: list[tuple[int, int]] = []  # the spans reported so far, whose source nouns a return may repeat
    first_ends: dict[str, int] = {}  # where each pattern looked for before an attribution first matches, once a draft
    nouns_reported: set[str] = set()  # the source nouns of the spans reported, read up to `nouns_read` of them
    named: list[Attribution] = []  # the sources named so far, whose plural nouns are read up to `named_read` of them
    vouched: set[str] = set()
    named_read = 0
    nouns_read = 0

    def reported_nouns() -> set[str]:
        """The source nouns in the spans reported so far, read on from the last time: asked only when a return to
        a source is met, which few drafts make, and each span read once."""
        nonlocal nouns_read
        nouns_reported.update(_source_nouns(doc.flat_lowered, reported[nouns_read:], anonymous))
        nouns_read = len(reported)
        return nouns_reported

    def vouched_nouns() -> set[str]:
        """The plural nouns of the sources named so far ("Several delegates told Reuters", "Analysts at Jefferies
        expect"), read on from the last time: asked only when a return to a source is met."""
        nonlocal named_read
        vouched.update(w for a in named[named_read:] for w in a.subject.lower().split()
                       if w[-1:] == "s" and w.isalpha())
        named_read = len(named)
        return vouched

    def seen_before(name: str, pattern: re.Pattern[str], searched: str, at: int) -> bool:
        """Does the pattern match before `at`? Its first match is found once: a draft of many such attributions
        is not searched from its start for each."""
        if (end := first_ends.get(name)) is None:
            m = pattern.search(searched)
            end = first_ends[name] = m.end() if m is not None else len(searched) + 1
        return end <= at
    for sentence_start, attributions in sorted(sourcing.by_sentence.items()):  # sentences in order
        spans: list[tuple[int, int]] = []
        either: list[tuple[int, int, bool]] = []  # the impersonal phrases and "according to"s reported
        impersonals = [a for a in attributions if a.kind == IMPERSONAL]
        vouchers = [a for a in attributions if _vouches(doc, a, claims)] if impersonals else []  # few sentences
        subjects: set[int] = set()  # where the subjects reported in this sentence start
        sources_of_claims: list[tuple[int, int]] = []  # "according to" an unnamed survey or report
        heard: bool | None = None  # is the sentence's group heard at a public hearing? Asked once a sentence
        for a in attributions:
            if a.kind == NAMED:
                named.append(a)
            if a.justified or id(a) in quoted:
                continue
            if a.verb.startswith("according") and _A_WORK.match(doc.flat_lowered, a.end) and any(
                    v.start < a.start and _vouches(doc, v, claims) for v in attributions):
                continue  # "Goldman expects two cuts, according to a research note": the named source's own note
            if a.kind != IMPERSONAL and a.subject_start in subjects:
                continue  # "Respondents said they were worried": one claim of one subject, reported once
            if (reported or named) and (a.subject[:4] in ("the ", "The ") or " of the " in a.subject) and \
                    (back := _RETURN_TO_SOURCE.fullmatch(a.subject.lower())) and (back["noun"] in vouched_nouns() or (
                        reported and _source_noun(back["noun"]) in reported_nouns())):
                continue  # "according to people familiar with the matter" then "the people said" or "one of the
                # people said": one unnamed source, reported where the story first leans on it; naming or explaining
                # it there mends both; or a return to those a named outlet spoke to ("Several delegates told
                # Reuters" then "Two of the delegates said")
            if reported and a.kind == GROUP and " " not in a.subject and a.subject.lower() in anonymous and \
                    a.start > a.subject_start and \
                    len(between := doc.flat_lowered[a.subject_start + len(a.subject):a.start].split()) <= 2 and \
                    _WHERE.isdisjoint(between) and \
                    (held := doc.sentence_at(sentence_start)) is not None and \
                    (earlier := _reported_in(reported, held.region.start, held.start)) and \
                    _source_noun(a.subject.lower()) in _source_nouns(doc.flat_lowered, earlier, anonymous):
                continue  # "..., according to three diplomats familiar with the discussions. The manoeuvre, which
                # diplomats said ...": the same unnamed source again in its paragraph, reported once (not "Analysts
                # at a rival bank said", others)
            if vouchers and a.kind == IMPERSONAL and any(_behind(doc, v, a) for v in vouchers):
                continue  # "There are fears the talks will fail, Ruiz said": she stands behind it
            # One unnamed person is a source only when the noun says so ("a source", "an official",
            # "someone"); "a resident said" is a voice from the street.
            if a.kind == PERSON:
                words = a.subject.lower().split()
                noun = words[-1].strip(".,'\u2019") if words else ""
                if noun not in ANONYMOUS_ROLES and noun not in _SIDES and \
                        _EMPLOYER.search(text, a.subject_start, a.subject_end):
                    continue  # "An analyst at Moody's said": the firm stands behind its analyst's claim
                if noun not in anonymous and (_INSIDER.isdisjoint(words[:-1]) or noun in _NOT_INSIDERS) and \
                        _UNNAMED_SAID.isdisjoint(words) and \
                        not _privately(doc.flat_lowered, a) and not DOCUMENT_ROLE.fullmatch(a.subject.lower()) and \
                        not voice_of_unnamed_body(a, text) and not (noun in _ELECTED and words[0] in _ONE_OF_THEM) \
                        and not (noun == "friend" and _OF.match(text, a.subject_start + len(a.subject))) and \
                        not unnamed_body(a, text, doc.flat_lowered, doc.end_of_sentences_after(sentence_start)):
                    continue  # "a resident said": a voice from the street; not "a spokesperson for a dementia
                    # charity" (whose body is unnamed), "one Labour MP", "a friend of the couple" nor "a campaign
                    # group" the next sentences do not name
            elif a.kind not in (GROUP, IMPERSONAL):
                continue
            elif a.kind == GROUP and _OF_A_COUNTED_SET.match(a.subject.lower()):
                continue  # "seven of the 19 officials forecast": members of a body counted out of its known size
            elif a.kind == GROUP and a.subject.lower() in _CARERS and (
                    _OF_A_PATIENT.match(doc.flat_lowered, a.end)
                    or _PATIENT_FIRST.match(doc.flat_lowered, sentence_start)
                    or doc.flat_lowered.endswith("what ", 0, a.subject_start)):
                continue  # "Doctors said his condition was stable", "The patient is stable, doctors said", "sent
                # home with what doctors thought was a virus": the patient's own doctors, and their diagnosis
            elif a.kind == GROUP and a.subject.lower().rsplit(" ", 1)[-1] in _MARKET_PLAYERS and \
                    (sentence := doc.sentence_at(sentence_start)) is not None and \
                    _MARKET_PRICING.search(doc.flat_lowered, sentence.start, sentence.end):
                continue  # "Futures markets suggest investors expect two cuts": the prices are the evidence
            said_by = a.kind != IMPERSONAL
            if said_by and not claims_with(a.verb, text, a.end, claims):
                continue  # "survivors told their stories", "auditors asked": no claim pinned on them
            if said_by and a.verb in _EVIDENCE_VERBS and evidence.isdisjoint(subject := a.subject.lower().split()) \
                    and DOCUMENTS.isdisjoint(subject) and not doc.flat_lowered.startswith(" that ", a.end):
                continue  # "examiners found ballots": a finding; "research has shown", "a report found", and people's
                # finding with its clause ("Scientists found that coffee drinkers live longer"): claims
            if said_by and a.verb in _BELIEVED and (_SUPERSEDED.search(doc.flat_lowered, sentence_start, a.start)
                                                    or doc.flat_lowered.endswith(" once ", 0, a.start)):
                continue  # "For decades, scientists thought the first Americans arrived 13,000 years ago": a view
                # the story tells as given up, not a claim it makes
            if said_by and _far(text, a, claims):
                continue  # the group is not the verb's subject: "curators have used the room to ... show"
            if doc.quotation_at(a.start) is not None or doc.quotation_at(a.subject_start) is not None:
                continue  # said inside a quotation: reported as said
            if a.kind == IMPERSONAL and _ESTIMATE.match(a.subject) and \
                    _COUNT_BEFORE.search(doc.flat_lowered, max(0, a.start - 60), a.start):
                continue  # "At least 40 people are thought to have died", "More than 1,500 are believed to live
                # there": a hedged figure, the count's own uncertainty; "Thousands are said to" is hearsay
            if a.kind == IMPERSONAL and _CHARGED.fullmatch(a.subject.lower()) and \
                    seen_before("court", _COURT_STORY, doc.flat_lowered, a.start):
                continue  # "He denies fraud. It is alleged that he moved the money offshore": the charge's
                # allegation, which the court hears, as a court report puts it
            if a.kind == IMPERSONAL and "understood" in a.subject and \
                    seen_before("outlet", _OUTLET_UNDERSTANDS, doc.flat, a.start):
                continue  # "..., the BBC understands." then "The clubs are understood to have agreed a fee": what the
                # outlet has learned, as it said
            if a.kind == IMPERSONAL and (_MEASURE.match(doc.flat_lowered, a.start) or
                                         _DISTANT_PAST().match(doc.flat_lowered, a.start)):
                continue  # "The comet is thought to be a few kilometres across": a hedged measure, as a count is;
                # "The moons are thought to have formed 4.5 billion years ago": a hedged date in deep time or history
            if a.kind == IMPERSONAL and a.subject.startswith("reports") and \
                    _CALLED_OUT.search(doc.flat_lowered, sentence_start, a.start):
                continue  # "Emergency services were called to the reservoir after reports that a swimmer was in
                # difficulty": the calls that brought them, not hearsay the story repeats
            if a.kind == IMPERSONAL and "emerged" in a.subject and _in_lead(doc, sentence_start) and \
                    _sourced_next(doc, sourcing, sentence_start, claims):
                continue  # "The leader has resigned after it emerged that he claimed for journeys he did not make."
                # then "An internal audit, seen by the Gazette, found 63 claims": how it emerged, told next
            if a.kind == IMPERSONAL and _CONDITION.match(doc.flat_lowered, a.start) and \
                    _vouched_before(doc, sourcing, sentence_start, claims):
                continue  # "Two people were taken to hospital, the ambulance service said. Neither is thought to be
                # seriously hurt.": the casualties' condition, as the named source gave it
            if a.kind == IMPERSONAL and _OWNERLESS_FIGURES().match(a.subject) and (
                    _WORD_BEFORE().search(doc.flat_lowered, max(0, a.start - 3), a.start)
                    or seen_before("figures", _FIGURES_OWNED(), doc.masked, a.start)):
                continue  # "The data suggests", "Customs data showed", "..., figures show": figures with an owner,
                # or a claim's closing tag; "Home Office statistics were published on Thursday. Figures show ...":
                # the figures the story has named
            if a.kind in (IMPERSONAL, GROUP) and _rebutted(doc, sentence_start):
                continue  # "We are told that online shopping killed the high street. It did not.", "Some will say
                # this is unaffordable. They are wrong.": a claim the writer sets up to knock down, pinned on nobody
                # as fact
            if heard is None and a.kind == GROUP:
                heard = _heard_in_public(doc, sentence_start)
            side = a.kind == GROUP and a.subject.lower() in _HEARD_SIDES
            public = a.kind == GROUP and not side and _THE_PUBLIC_HEARD().match(a.subject) is not None and \
                _SAID_ELSEWHERE().match(doc.flat_lowered, a.end) is None
            if (side or public) and not heard and hearing is None:
                hearing = _hearing_in_lead(doc)
            opens_on = hearing or _OPENS_ON_NEITHER  # (not worked out when heard: it does not matter then)
            if a.kind == GROUP and (heard or (side and opens_on >= _OPENS_ON_A_MEETING) or (
                    public and opens_on >= _OPENS_ON_PUBLIC_COMMENT)):
                continue  # "The vote followed three hours of public comment. Business owners said ...": speakers on
                # the record at a public hearing the story reports (a group's quotation is still unsourced-quote's);
                # in a story that opens on public testimony, the public who spoke ("Several people on fixed incomes
                # pointed to ...", "Others noted ...")
            if a.kind == IMPERSONAL and sentence_start in quote_sentences:
                continue  # "a person close to the team said" of a quotation: unsourced-quote reports it
            start, end = (min(a.start, a.subject_start), max(a.end, a.subject_end)) if said_by \
                else (a.start, a.end)
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if doc.quotation_at(start) is None:
                reported.append((start, end))
                if a.kind == PERSON and a.verb.startswith("according") and noun in DOCUMENTS:
                    sources_of_claims.append((start, end))  # "..., according to a survey": the claim's support
                spans.append((start, end))
                if said_by:
                    subjects.add(a.subject_start)
                if a.kind == IMPERSONAL or a.verb.startswith("according") or \
                        (impersonals and any(_behind(doc, a, claim) for claim in impersonals)):
                    either.append((start, end, a.kind == IMPERSONAL))
        # "It is widely expected that ..., according to insiders", "There are fears that ..., a
        # source said": one claim, one finding.
        if len(either) >= 2 and len({impersonal for _, _, impersonal in either}) == 2:
            joined = [(s, e) for s, e, _ in either]
            spans = [span for span in spans if span not in joined] + [(min(joined)[0], max(e for _, e in joined))]
        # "Economists expect a cut, according to a survey": the survey is where the economists' claim
        # comes from, one claim reported once, at the group.
        if sources_of_claims and len(spans) > len(sources_of_claims):
            spans = [span for span in spans if span not in sources_of_claims]
        # One finding per claim: "Carriers are said to be" is one vague attribution, not two.
        for start, end in _merged(spans) if len(spans) > 1 else spans:
            yield Finding(start, end, rule.spec.message.format(phrase=shorten(text[start:end], 60)))


def _heard_in_public(doc: Document, sentence_start: int) -> bool:
    """Does the group's sentence, or one near it, place it at a public hearing,
    where what it says is on the record ("The vote followed three hours of
    public comment. Business owners worried about parking", "Residents who
    spoke at the hearing said", "Supporters said ... '...,' said parent Lauren
    Meyers, one of 64 people who spoke during public comment." then
    "Opponents said ...")?"""
    sentence = doc.sentence_at(sentence_start)
    if sentence is None:
        return False
    rough = doc.flat_lowered[max(0, sentence_start - _SENTENCE_BEFORE):sentence.end + 2 * _SENTENCE_BEFORE]
    if not any(w in rough for w in ("public ", " spoke ", " speaking ", " testif")):
        return False  # most sentences: a substring search is cheaper than the pattern ("spoke", not "spokesman")
    # the sentences around, near enough: up to 300 characters back, in the paragraph or the one before (its
    # speakers' sides go on in the next), and on to the end of the next sentence in the paragraph
    following = doc.sentence_at(sentence.end + 1) if sentence.end < sentence.region.end else None
    end = following.end if following is not None and following.region == sentence.region and \
        following.start > sentence.start else sentence.end
    before = sentence.region.start - 1
    while before > 0 and doc.text[before].isspace():
        before -= 1
    previous = doc.sentence_at(before) if before > 0 else None
    back = max(sentence_start - _SENTENCE_BEFORE, 0)
    own = doc.flat_lowered[max(sentence.region.start, back):sentence.end]
    # outside the group's paragraph, after it, or in the paragraph before, only the hearing itself: "Speaking at the
    # meeting, Cllr Anne Ward said" is her place, "Speaking at the count, Powell said" his
    around = doc.flat_lowered[max(previous.region.start, back):sentence.region.start] if previous is not None else ""
    return _spoke_at(_PUBLIC_HEARING(), own, 0, len(own)) or _spoke_at(_PUBLIC_FORUM(), around, 0, len(around)) or \
        _spoke_at(_PUBLIC_FORUM(), doc.flat_lowered, sentence.end, end)


def _spoke_at(forum: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Is a hearing named between start and end as one where people spoke, not as a time the claim is about
    ("Many believe the decision was made long before the public meeting")?"""
    return any(_BEFORE_A_FORUM.search(text, max(start, m.start() - 40), m.start()) is None
               for m in forum.finditer(text, start, end))


# A time before a hearing, up to its name: "before the", "ahead of next week's", "prior to Tuesday's".
_BEFORE_A_FORUM = re.compile(r"\b(?:before|ahead of|prior to|until)(?: (?:the|a|an|this|next|last))?"
                             r"(?: [a-z]+['\u2019]s)? \Z")


_SENTENCE_BEFORE = 300
# The sides a hearing hears, bare: "Supporters said ... Opponents said ..."
_HEARD_SIDES = frozenset("supporters opponents proponents backers".split())
# ... and the public who spoke, counted loosely: "Several people on fixed incomes", "Others", "Many residents".
_THE_PUBLIC_HEARD = compiled_later(
    r"(?i:(?:several|many|some|most|other|a few|dozens of) )?(?:[a-z-]+ )?"
    r"(?i:people|residents|speakers|citizens|homeowners|taxpayers|parents|neighbou?rs)\b|Others\Z")
# ... unless the sentence puts what they said somewhere else: "Many residents said on social media that ...".
_SAID_ELSEWHERE = compiled_later(r"\s*(?:on social media|online|on (?:facebook|x|twitter|instagram|tiktok|nextdoor)"
                                 r"|in (?:an? )?(?:petition|letters?|e-?mails?|posts?))\b")
_LEAD_PARAGRAPHS = 2
# How a story opens (_hearing_in_lead): on neither, on a public body's meeting, on the public's comment at one.
_OPENS_ON_NEITHER, _OPENS_ON_A_MEETING, _OPENS_ON_PUBLIC_COMMENT = 0, 1, 2


def _hearing_in_lead(doc: Document) -> int:
    """Does the story open on a public hearing ("The council delayed a vote
    after more than two hours of public comment that drew speakers on both
    sides")? Then its bare sides are the speakers heard there, wherever the
    story sums them up (not "Many at City Hall expect", who are no side). On
    the public's own comment or testimony, so are the public who spoke."""
    paragraphs = list(itertools.islice((r for r in doc.regions if r.kind == PARAGRAPH), _LEAD_PARAGRAPHS))
    if not paragraphs:
        return _OPENS_ON_NEITHER
    start, end = paragraphs[0].start, paragraphs[-1].end
    # the words first: a pattern that opens with \b is tried at every character
    if doc.flat_lowered.find("public ", start, end) != -1 and _spoke_at(_PUBLIC_FORUM(), doc.flat_lowered, start, end):
        return _OPENS_ON_PUBLIC_COMMENT
    if (doc.flat_lowered.find(" meeting", start, end) != -1 or doc.flat_lowered.find(" hearing", start, end) != -1) \
            and _BODY_MEETING().search(doc.flat_lowered, start, end) is not None:
        return _OPENS_ON_A_MEETING
    return _OPENS_ON_NEITHER


# Speaking on the record at a public hearing: "public comment", "a public hearing", "a public meeting", "spoke at
# the hearing", "testified before the committee".
_FORUM = r"\bpublic (?:comment|comments|hearing|hearings|testimony|forum|meeting|meetings)\b"
_PUBLIC_FORUM = compiled_later(_FORUM)
# ... or a public body's meeting the story opens on: "More than 200 residents packed a planning commission meeting",
# "at Tuesday's school board meeting", "a city council hearing" (not "a meeting with the mayor").
_BODY_MEETING = compiled_later(
    r"\b(?:(?:city|town|village|borough|county|parish|district) (?:council|commission|board)|council|"
    r"(?:planning|zoning|county|transit|port|water|library|parks?|police|housing) (?:commission|board|committee)|"
    r"school board|board of (?:education|supervisors|selectmen|aldermen|commissioners|trustees)|select board|"
    r"selectboard|town hall)(?:['\u2019]s)? (?:[\w-]+ ){0,2}?(?:meeting|hearing|session)s?\b|"
    # ... or its vote after a hearing: "The City Council voted 5-2 to ..., after a four-hour hearing"
    r"\b(?:council|commission|board|supervisors|trustees) voted\b[^.]{0,200}?\b(?:after|following|at the end of) "
    r"(?:an?|the) (?![\w-]+ court|court)(?:[\w-]+ ){0,2}?hearing\b")
_PUBLIC_HEARING = compiled_later(_FORUM + r"|\b(?:spoke|speaking|testified|testifying) (?:at|during|before) "
                                          r"(?:the|a|an)\b")


def _rebutted(doc: Document, sentence_start: int) -> bool:
    """Does the next sentence of the paragraph deny the claim outright ("It did
    not.", "That is wrong.", "Not so.")?"""
    sentence = doc.sentence_at(sentence_start)
    if sentence is None or _DENIAL.match(doc.text, sentence.end) is None:
        return False  # most claims: no denial after them, found without the paragraph's sentences
    siblings = doc.sentences_in(sentence.region)
    following = next((s for s in siblings if s.start > sentence.start), None)
    return following is not None and _DENIAL.fullmatch(doc.text, following.start, following.end) is not None


_DENIAL = re.compile(r"\s*(?:(?:It|That|This|They) (?:(?:is|was|did|does|has|have|are|were) not"
                     r"|(?:is|was|did|does|has|have|are|were)n['\u2019]t)(?: so| true| right)?"
                     r"|(?:It|That|This) is (?:wrong|false|a myth|nonsense)|They are (?:wrong|mistaken)"
                     r"|I (?:disagree|do not agree|don['\u2019]t agree)|Not so|Not true|Wrong|Nonsense)\s*[.!]\s*")


# Figures with no owner opening a sentence ("Figures show", "New data suggests"), and figures the story gave an
# owner before them: "Home Office figures", "data from the ONS", "the department published statistics".
_WORD_BEFORE = compiled_later(r"[\w,'\u2019] ?\Z|,\Z")  # a word or a comma right before: no sentence's opening
_OWNERLESS_FIGURES = compiled_later(r"(?:(?:new|recent|fresh|some|more) )?(?:data|figures|statistics|stats|numbers) ")
_FIGURES_OWNED = compiled_later(
    # "data from the ONS", "figures published by the county"
    r"\b(?:data|figures|statistics|stats|numbers) (?:from|published by|released by|compiled by|issued by) "
    r"(?:the )?[A-Z]"
    # "Home Office figures", "ONS data" (not "New figures")
    r"|\b(?!(?:New|Recent|Fresh|Latest|More|Some|Other|The|These|Those)\b)[A-Z][\w'\u2019&.-]* "
    r"(?:figures|data|statistics)\b"
    # "government figures", "official data"
    r"|\b(?:government|official|council|police|nhs|census|federal|state|national) (?:figures|data|statistics)\b"
    # "published its quarterly figures", "figures published on Thursday"
    r"|\b(?:published|released|issued) (?:its|their|new|the latest|quarterly|annual|monthly|weekly) (?:[\w-]+ )?"
    r"(?:figures|data|statistics)\b|\b(?:figures|data|statistics) (?:published|released|issued|compiled) "
    r"(?:on|by|in|this|last|earlier)\b")
# A definite return to an unnamed source: "the people", "the two officials", "the source".
_RETURN_TO_SOURCE = re.compile(r"(?:(?:one|two|three|four|five|six|some|several|both|all|each|many|most|none) of )?"
                               r"the (?:(?:two|three|four|five|six|several) )?(?P<noun>[a-z]+)")
_WORD = re.compile(r"[a-z]+")


def _reported_in(reported: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The spans reported between `start` and `end` (a paragraph's start and a sentence's), found by bisection:
    each sentence's spans follow the last's, and a long file has many before the paragraph, a run-on sentence many
    after the one asked about."""
    return [span for span in reported[bisect.bisect_left(reported, (start, -1)):bisect.bisect_left(reported, (end, -1))]
            if span[1] <= end]


def _source_nouns(lowered: str, spans: list[tuple[int, int]], anonymous: frozenset[str]) -> set[str]:
    """The source nouns in the spans reported ("people" in "according to people familiar with the matter");
    read only when a return to a source is met, which few drafts make."""
    return {_source_noun(w) for start, end in spans for w in _WORD.findall(lowered, start, end) if w in anonymous}


def _source_noun(word: str) -> str:
    """One key for a source noun's singular and plural: "people" is "person"."""
    return "person" if word == "people" else word[:-1] if word.endswith("s") else word


def _vouches(doc: Document, a, claims: frozenset[str]) -> bool:
    """Is this a source the story names (a name, a role it introduced, a
    pronoun for one) making a claim, outside any quotation?"""
    return a.kind in _SOURCED and claims_with(a.verb, doc.text, a.end, claims) \
        and _NOT_SAID.search(doc.flat_lowered, max(0, a.start - 24), a.start) is None \
        and doc.quotation_at(a.start) is None


def _vouched_before(doc: Document, sourcing, sentence_start: int, claims: frozenset[str]) -> bool:
    """Does a source the story names make a claim in the sentence before, in the
    same paragraph?"""
    sentence = doc.sentence_at(sentence_start)
    end = sentence_start  # the sentence before ends at the last character before the space
    while end and doc.masked[end - 1].isspace():
        end -= 1
    before = doc.sentence_at(end - 1) if end else None
    return sentence is not None and before is not None and before.region is sentence.region and any(
        _vouches(doc, v, claims) for v in sourcing.by_sentence.get(before.start, ()))


def _in_lead(doc: Document, at: int) -> bool:
    """Is the sentence at `at` in the story's first paragraph?"""
    first = next((r for r in doc.regions if r.kind == PARAGRAPH), None)
    return first is not None and first.start <= at < first.end


def _sourced_next(doc: Document, sourcing, sentence_start: int, claims: frozenset[str], reach: int = 3) -> bool:
    """Does one of the next `reach` sentences give a claim to a source the story names, or to a paper a named outlet
    has seen ("An internal audit, seen by the Kenmore Gazette, found")?"""
    return any(_vouches(doc, v, claims) or (
        v.kind == PERSON and _DOCUMENT_SEEN.match(doc.flat, v.subject_start + len(v.subject)) is not None)
        for s in doc.sentences_after(sentence_start, reach) for v in sourcing.by_sentence.get(s.start, ()))


# A paper a named outlet has seen: "An internal audit, seen by the Kenmore Gazette,", "a letter obtained by Reuters".
_DOCUMENT_SEEN = re.compile(r",? (?:seen|obtained|reviewed) by (?:the )?[A-Z]")


def _behind(doc: Document, source, claim) -> bool:
    """Does the named source stand behind the impersonal claim of its sentence?
    It does when it opens the claim ("Ruiz said there are fears", "According
    to Ruiz, there is speculation that") or closes it ("There are fears the
    talks will fail, the mayor said"), with no clause of its own between them
    ("It is understood the firm hid losses, and Ruiz said the board would
    meet" is two claims)."""
    first, second = (source, claim) if source.start < claim.start else (claim, source)
    between = doc.flat_lowered[first.end:min(second.start, second.subject_start or second.start)]
    if ";" in between or _JOINED.search(between):
        return False
    if source is first:
        return True
    # Closing it, the source's verb ends the sentence or is followed by when or where it spoke
    # ("..., she said on Monday."), not by a claim of its own ("..., Ruiz said the board would meet").
    at = max(source.end, source.subject_end)  # "said Ana Ruiz." too
    if source.verb.startswith(("told", "tell")) and (press := _PRESS.match(doc.text, at)) is not None:
        at = press.end()  # "..., Johnson told reporters, though": the press is whom, not what
    return _CLOSES.match(doc.flat_lowered, at) is not None


_SOURCED = frozenset({NAMED, PRONOUN, ROLE})
# A verb after a modal says what someone might say, not what they said ("whether it would agree"),
# and one after "was" what was said of them ("the mayor was warned", "the firm is believed to").
_NOT_SAID = re.compile(r"\b(?:would|might|may|could|can|will|should|must|is|are|was|were|be|been|being)\s+"
                       r"(?:\w+ly\s+)?$")  # "the minister is widely believed to"
_CLOSES = re.compile(r"\s*(?:[.,;:!?\u201d\"()\u2014]|$|(?:in|on|at|during|after|before|with|to|by|last|this|"
                     r"late|earlier|later|yesterday|today|tonight|when|while|as)\b)")
# Whom a source told: the press, or a name ("told reporters", "told Reuters", "told the Valley Herald").
_PRESS = re.compile(r"\s+(?:reporters|journalists|the press"
                    r"|(?:the\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3})")
# A clause of its own between the claim and the source: "..., and Ruiz said", "... but officials said".
_JOINED = re.compile(r"\s(?:and|but|while|whereas|although|though)\s")
# Rank or discretion makes an unnamed person a source, whatever the noun: "a senior hospital manager
# said", "a nurse said privately" (not "a nurse said").
_INSIDER = frozenset({"senior", "high-ranking", "high-level"})
# ... or the draft says they are unnamed: "an unnamed Gulf delegate said".
_UNNAMED_SAID = frozenset({"unnamed", "anonymous", "unidentified"})
# A belief told as one held once and given up: "For decades, scientists thought", "Experts once believed".
_BELIEVED = frozenset("thought believed assumed".split())
_SUPERSEDED = re.compile(r"\b(?:for (?:decades|years|centuries|generations|a long time)|until (?:recently|the \d{4}s|"
                         r"\d{4})|in the (?:\d{4}s|\d{1,2}(?:st|nd|rd|th) century))\b")
# Those who treat a patient the story is about, on that patient: "Doctors said his condition was stable",
# "Doctors raised concerns about her weight"; not "Doctors say the drug is safe".
_CARERS = frozenset("doctors surgeons physicians medics nurses".split())
_OF_A_PATIENT = re.compile(r"\s+(?:that\s+|(?:about|over)\s+)?(?:he|she|his|her|him|they|their|"
                           r"the (?:patient|boy|girl|man|woman|child|baby))\b")
# ... or with the patient first, the claim before them: "The patient is in a stable condition, doctors said".
_PATIENT_FIRST = re.compile(r"[\s\"\u201c]*(?:he|she|the (?:patient|boy|girl|man|woman|child|baby|victim))\b")
# Some of a group of a stated size, a count of a body's members ("seven of the 19 officials", "two of the nine
# justices"); not a share of anyone ("seven of 10 voters") nor some of them ("two of the officials").
_OF_A_COUNTED_SET = re.compile(r"(?:\d+|[a-z-]+) of the (?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
                               r"eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty) ")
# Whom an unnamed person works for, named right after the noun: "an analyst at Moody's".
_EMPLOYER = re.compile(r"\s+(?:at|of|for|from|with)\s+(?:the\s+)?[A-Z]")
_NOT_INSIDERS = frozenset({"citizen", "pensioner", "student", "pupil"})  # "a senior citizen said"
# Whose side someone is on, named after "of", is not who they are: "an ally of Johnson", "a friend of Moss".
_SIDES = frozenset("ally pal confidant friend loyalist".split())
# ... and a friend is a source only so, as friends, allies and pals are ("a friend of the couple said"); "A friend
# said nobody would buy the building" is a voice in someone's story.
_OF = re.compile(r"\s+of\s")
# An elected member or a minister is a source, as a backbencher is: "one Labour MP said", "a local councillor
# said", "another senator said", "a Cabinet minister said", "a Tory grandee let slip"; "the councillor said" is one
# the story has named ("Cllr Liz Leyshon").
_ELECTED = frozenset("""mp mps senator councillor councilor lawmaker legislator congressman congresswoman mep msp
    assemblyman assemblywoman alderman minister backbencher grandee peer whip""".split())
_ONE_OF_THEM = frozenset({"one", "a", "an", "another"})
_PRIVATELY = re.compile(r"\bprivately\b(?![- ](?:run|owned|held|funded|financed|educated)\b)")
# A figure that is an estimate, right before its hedge: "More than 1,500 are thought to live there",
# "Hundreds of homes are believed to have been damaged".
_ESTIMATE = re.compile(r"(?:are|were) (?:thought|believed) to ")
_COUNT_BEFORE = re.compile(r"(?<!the )(?<!its )(?<!their )(?<!these )(?<!those )"
                           r"(?:\d[\d,.]*|dozens|hundreds|thousands|millions|billions)(?: of)?(?: [a-z-]+){0,4}"
                           r"(?: (?:in|across|at|on) (?:the )?[a-z.-]+)? \Z")  # "1.5 million people in the UK"
# What markets price in is read from their prices: "Futures markets suggest investors expect two cuts",
# "Traders expect a cut, according to money market pricing".
_MARKET_PLAYERS = frozenset("investors traders markets".split())
_MARKET_PRICING = re.compile(r"\b(?:futures|money|bond|swaps?|options|interest rate|rate) (?:markets?|prices|pricing|"
                             r"contracts)\b|\bmarket pricing\b|\bpriced in\b")
# An outlet saying what it has learned: "..., the BBC understands.", "Sky Sports News has been told", "this newspaper
# can reveal"; after it, "it is understood" is the outlet's own.
_OUTLET_UNDERSTANDS = re.compile(r"(?:\b(?:[Tt]he )?[A-Z][\w&'\u2019.-]*(?: [A-Z][\w&'\u2019.-]*){0,2}|\b[Tt]his "
                                 r"(?:newspaper|paper|website|programme|program|station|publication)) (?:understands|"
                                 r"has (?:learned|learnt|been told)|can reveal)(?=[.,;]| that\b)")
# A story of a charge or a trial, whose allegation "it is alleged" gives.
_CHARGED = re.compile(r"it(?: is|['\u2019]s| was) (?:alleged|claimed)(?: that)?")
_COURT_STORY = re.compile(r"\b(?:charged with|(?:crown|magistrates['\u2019]?|district|high|sheriff|circuit|"
                          r"superior|federal|youth|supreme) court|(?:on|stood|standing|stands) trial|trial (?:heard|"
                          r"was told|continues)|court (?:heard|was told)|jury|jurors|prosecutors?|indicted|indictment|"
                          r"pleaded (?:not )?guilty|(?:denies|denied) (?:[\w-]+ ){0,3}?(?:charges?|counts?|offences?|"
                          r"offenses?|murder|manslaughter|assault|fraud|theft|rape))\b")
# A call-out: "police were called", "crews were sent", "paramedics responded", "the lifeboat was launched".
_CALLED_OUT = re.compile(r"\b(?:(?:was|were|been|being) (?:called (?:to|out|in|at|shortly|just|around|about)|sent|"
                         r"scrambled|dispatched|alerted|launched|mobili[sz]ed)|(?:responded|rushed|went|attended|"
                         r"raced) to)\b")
# A casualty's condition, hedged: "Neither is thought to be seriously hurt", "he is believed to be stable".
_CONDITION = re.compile(r"(?:is|are|was|were) (?:thought|believed) to be (?:(?:seriously|critically|badly|gravely|"
                        r"severely|fatally) )?(?:hurt|injured|ill|stable|unharmed|uninjured|in (?:a )?(?:critical|"
                        r"serious|stable|life-threatening) condition)\b")
# A date in deep time or history, hedged: "are thought to have formed 4.5 billion years ago", "is believed to have
# been built in the 12th century", "is thought to date from 1480" (not "is thought to have fled in 2019").
_DISTANT_PAST = compiled_later(
    r"(?:is|are|was|were) (?:thought|believed|estimated|said) to (?:have|date|be)\b"
    r"(?:[^.;:]|(?<=\d)\.(?=\d)){0,80}?\b(?:"
    r"(?:thousands?|millions?|billions?) (?:of )?years ago|centuries ago|"
    r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)[ -]century|"
    r"(?:in|from|around|about|by|before|after|circa|c\.) (?:the )?(?:1[0-8]\d\d|[1-9]\d{2})s?\b|"
    r"\d+ (?:bc|bce|ad)\b)")
# A measure, hedged: "The comet is thought to be a few kilometres across", "The hoard is believed to be about 1,500
# years old", "The planet is thought to be about seven times the mass of Jupiter" (a multiple of another's), and
# someone's age, as police give it: "The victim is believed to be in his 40s", "who is believed to
# have been in her late teens"; the figure's own uncertainty, as a count's is.
_MEASURE = re.compile(r"(?:is|are|was|were) (?:thought|believed|estimated) to (?:be|have been) (?:(?:(?:about|"
                      r"around|roughly|some|up to|at least|more than|less than|nearly|almost|over|under|between) )?"
                      r"(?:\d[\d,.]*|a few|several|a couple of|(?:tens|hundreds|thousands|millions|billions) of)\b"
                      r"[^.;,]{0,25}?\b(?:old|long|tall|high|wide|across|deep|thick|in diameter|away|heavy)\b"
                      r"|(?:(?:about|around|roughly|some|up to|at least|more than|less than|nearly|almost|over) )?"
                      r"(?:(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|a few|several|many|hundreds of|"
                      r"thousands of) times|twice|half|a third|a quarter) (?:the (?:mass|size|weight|diameter|width|"
                      r"length|height|volume|age|area|depth|distance|brightness) of|as (?:big|large|heavy|massive|old|"
                      r"long|tall|wide|deep|bright|far|fast) as)\b"
                      r"|in (?:his|her|their) (?:early |mid-|mid |late )?(?:teens|\d0s|twenties|thirties|forties|"
                      r"fifties|sixties|seventies|eighties|nineties)\b|aged (?:about |around |between )?\d)")
_EVIDENCE_VERBS = frozenset("show shows shown showed find finds found linked".split())
# A piece of work a source puts out, after "according to": "a note to clients", "its latest report".
_A_WORK = re.compile(r"\s+(?:an?|the|its|their|his|her|this|that)\s+(?:[\w-]+\s+){0,2}?(?:note|report|statement|"
                     r"memo|letter|filing|presentation|e-?mail|analysis|briefing|release|post|document|transcript|"
                     r"forecast|outlook|update)s?\b")


def _privately(lowered: str, a) -> bool:
    """Does "privately" stand right before the verb or right after it ("privately
    admitted", "said privately", "said, privately,"; not "said privately run
    clinics")?"""
    found = _PRIVATELY.search(lowered, max(0, a.start - 10), a.end + 30)
    return found is not None and found.start() <= a.end + 2


def _far(text: str, a, claims: frozenset[str]) -> bool:
    """More than four words between the group and its verb: not its subject
    ("curators have used the room to ... show"). An aside set off by commas
    does not count ("Critics of the plan, including several councillors,
    say"), nor does a phrase that only says where or which of them ("Residents
    in some of the hottest streets say"), nor a relative clause ("Residents who
    live beside the plant say")."""
    last = a.subject.split()[-1] if a.subject else ""
    at = text.rfind(last, a.subject_start, a.start) if last else -1
    if at == -1:
        return False
    between = text[at + len(last):a.start]
    if (quick := QUICK_TO().search(between)) is not None:
        between = between[:quick.start()]  # "Fans on social media were quick to point out": the group's own claim
    if between.count(",") == 2 and not between.rsplit(",", 1)[1].strip():
        between = between.split(",", 1)[0]
    words = between.lower().split()
    while words and (words[-1] in _AUXILIARIES or words[-1] in _VERB_ADVERBS or words[-1].endswith("ly")):
        words.pop()  # the verb's own auxiliaries and adverbs: "Parents at the school have long suspected"
    if not _MODAL_VERBS.isdisjoint(words) and any(
            w in _MODAL_VERBS and j + 2 < len(words) and words[j + 2] in _OBJECT_OPENERS and
            not words[j + 1].endswith("ly") for j, w in enumerate(words)):
        return True  # a verb of the group's own, with its object: "Developers can read the release notes"
    if len(words) <= 4:
        return False
    if words[-1] in ("and", "but") and (words[0] in _AUXILIARIES or words[0].endswith("ed")) and \
            claims.isdisjoint(words) and between.count(",") <= 1 and not any(c in between for c in ";:()"):
        return False  # the group's own first verb, and its claim after it: "Experts have welcomed the findings, but
        # warned"
    if a.verb[-3:] == "ing" and between.rstrip().endswith(",") and between.count(",") == 1 and len(words) <= 9 and \
            not any(c in between for c in ";:()") and (words[0] in _AUXILIARIES or words[0][-2:] == "ed"
                                                        or words[0] in _PAST_FORMS) and \
            claims.isdisjoint(words) and _CLAUSE_OPENERS.isdisjoint(words):
        return False  # the group's own clause, then its claim as a participle: "Residents have objected to the plans,
        # saying they will ruin the village"
    if len(words) > 2 and words[0] in REDUCED_PASSIVES and words[1] == "to" and words[2] in ("be", "have") and \
            len(words) <= 10 and not any(c in between for c in ",;:()") and _CLAUSE_OPENERS.isdisjoint(words):
        return False  # which of them, hedged: "analysts believed to be close to the chancellor say"
    if len(words) > 10 or any(c in between for c in ",;:()") or not claims.isdisjoint(words):
        return True  # another claim's verb stands between: "people ... say a fourth suspect"
    if words[0] == "who":  # "residents who have lived beside the plant for years say" (and "voters who see
        # themselves as centrists say": that "as" opens no clause)
        return any(w in _CLAUSE_OPENERS and not (w == "as" and words[j] in REFLEXIVES) for j, w in enumerate(words[1:]))
    participle = words[1:] if words[0] == "not" else words
    if participle[0].endswith("ed") and _CLAUSE_OPENERS.isdisjoint(participle[1:]) and _AUXILIARIES.isdisjoint(words):
        return False  # which of them: "experts not involved in the research said", "residents affected by it say"
    return not (words[0] in _WHERE and _CLAUSE_OPENERS.isdisjoint(words[1:]) and _AUXILIARIES.isdisjoint(words))


# Phrases after a group that say where or which of them: "in some of the
# hottest streets", "at one of the busiest markets", "to the city's museums".
_WHERE = frozenset("in at on near across around outside inside from along throughout among of for with to".split())
_CLAUSE_OPENERS = frozenset("who whom whose which that where when while because although though if since as".split())
_MODAL_VERBS = frozenset("will would can could may might must should shall".split())
_VERB_ADVERBS = frozenset("long also now still already often since never ever not".split())
_OBJECT_OPENERS = frozenset("the a an their its his her this these those our your".split())
_PAST_FORMS = frozenset("wrote spoke took went came made gave hit struck held sent met fought rose".split())
_AUXILIARIES = frozenset("is are was were be been being has have had do does did will would can could may might must "
                         "should".split())


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


KIND = Kind("unnamed-source", check, prepare=prepare, fields=frozenset({"phrase"}),
            params={"lexicon": Param(ANY, None, shape=check_changes)})
