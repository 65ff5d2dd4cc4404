"""Who each claim and each quotation is pinned on: one analysis per draft, read by
`unsourced-quote` and `vague-attribution`.

For each sentence, the text outside its quotations is searched for reporting,
belief and estimate verbs ("said", "told", "reckon", "contend", "put it",
"called ... X", "according to") and for impersonal constructions ("it is
believed", "are said to", "conventional wisdom holds"). Each verb's subject is
the noun phrase before it, or after it when inverted ("said a delegate",
"Concluded the report:"), and is classified:

- NAMED: a person or body named by a capitalised word ("Dana Whitcomb", "the
  Herald", "Analysts at Moody's"); a demonym or a place in a trailing phrase
  names nobody ("a negotiator on the British side", "an engineer in Leipzig");
- PRONOUN: resolved to the last speaker or the person last named nearby;
- ROLE: a definite role ("the witness", "the caller"), identified when the
  story mentioned that role before, anonymous otherwise;
- PERSON: an indefinite unnamed person ("one poll worker", "a person close to
  the defence team");
- GROUP: an unnamed group ("analysts", "some economists", "semiconductor
  watchers", "sources");
- ACTORS: people the story's own event identifies ("investigators",
  "international monitors"): no vague group, yet unnamed speakers when quoted;
- IMPERSONAL: no subject at all ("it is understood").

A stated reason for anonymity in the same sentence ("who spoke on condition of
anonymity because ...") marks the attribution justified. The lexicons (verbs,
group and role nouns, reasons) are data, in `rules/data/sourcing.yaml`.

This module runs the analysis over a draft (`analyse`); its parts, each
reading only those listed before it, are `lexicon` (the kinds, the compiled
lexicons, the records), `subjects` (a verb's subject and its kind),
`clauses` (a sentence's attributions), `bodies` (a body brought in unnamed,
"A campaign group has warned", and whether the next sentences name it),
`offices` (whether officials are an office's, a service's or a nation's the
story names), `groups` (whether any other unnamed source is named after
all), `polls` (a poll or study behind a claim) and `quotes` (who each
quotation is linked to).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable

from ..names import NAME_PARTICLES
from ..patterns import compiled_later
from ..types import DATELINE, PARAGRAPH, Quotation, Region, Sentence
from ..words import WORD, flatten
from .bodies import firm_left_unnamed, one_firm_speaks, unnamed_body, voice_by_its_kind, voice_of_unnamed_body
from .clauses import (
    _AGED_ONE,
    _COUNTED_PEOPLE,
    _HEARSAY_TIES,
    _LEAD_REASON_REACH,
    _LEAD_SENTENCES,
    _PICTURED,
    _PROPER_NAME,
    _REASON_REACH,
    _SERVICE_SENTENCES,
    _TRAILING_VERBS,
    COUNTS,
    QUICK_TO,
    REFLEXIVES,
    _age_given,
    _attributions,
    _blanked,
    _first_word,
    _hits,
    _introduced_unnamed,
    _last_word,
    _next_region,
    _reach,
    _reason_follows,
    _replace,
    _reported_by_last,
    _role_kind,
    _sentences_of,
    _stance_reach,
    _Subjects,
    claims_with,
    last_role_named,
)
from .groups import (
    _A_PANEL,
    _A_STUDY,
    _A_TEAM,
    _BACK_TO_SOURCES,
    _BACK_TO_THEM,
    _BENCHES,
    _BODIES_OF_A_KIND,
    _BROUGHT_THE_CASE,
    _BUSINESS_LEADERS,
    _BUT_SOME,
    _BY_A_NAME,
    _CASE_VERBS,
    _CITING_NAMED_FIGURES,
    _COMES_BACK,
    _CONTROLLERS,
    _FIGURES_OWNED,
    _FOR_A_CAUSE,
    _HALVES,
    _LITIGATING_SIDES,
    _MEMBERS,
    _NAMED_BODY_ACTED,
    _NAMED_TOGETHER,
    _NAMED_WHO_REACH,
    _NAMES_A_STUDY,
    _OBJECTING,
    _ON_THE_RECORD,
    _ONE_BODY_SPEAKS,
    _ONE_BY_RANK,
    _ONE_BY_THEIR_JOB,
    _ONE_OF_THE_EXPLAINED,
    _ONE_OF_THE_PUBLIC_UNNAMED,
    _ONE_OF_THEM,
    _ORGANISATIONS,
    _OWN_CHECKS,
    _PANEL_NAMED,
    _POLICE_STAFF,
    _RAN_BY_A_BODY,
    _RANKS,
    _RECORD_CLOSES,
    _RECORD_SHOWED,
    _REGULATOR_ACTS,
    _SAID_BY_WHICH,
    _SAYING,
    _SERVED,
    _SIDES_SUMMED,
    _STAFF_OF_AN_OFFICE,
    _STANCES,
    _TRADES,
    _VOX_POP,
    _WORKFORCE,
    DOCUMENT_ROLE,
    FIGURES,
    IN_A_JOURNAL,
    _bare_plural,
    _bare_public,
    _body_beside,
    _body_between,
    _body_speaks_for,
    _by_their_work,
    _closing_tag_of_lead,
    _counted_in,
    _definite,
    _discipline_body_named,
    _evidence_noun,
    _field_of,
    _identified_next,
    _is_discipline,
    _member_introduced_then_speaks,
    _member_named_next,
    _members_of,
    _named_again,
    _named_bodies_before,
    _named_by_role_first,
    _named_together,
    _of_a_party_named_before,
    _one_by_the_groups_name,
    _one_of_the_discipline_speaks,
    _one_of_them_in,
    _opening_group,
    _own_body_speaks,
    _own_union_speaks,
    _own_words,
    _owned_before,
    _past_a_place,
    _restated_with_firm,
    _some_before,
    _speaks_for_previous,
    _stands_apart,
    of_the_other_side,
    one_of_them,
    one_of_them_introduced,
    seats_of_their_body,
    their_union_speaks,
    voice_of_their_own_body,
    voice_of_their_place,
)
from .lexicon import (
    _DATELINE_PLACES,
    _PEOPLES,
    _QUANTIFIERS,
    _STANCE,
    ACTORS,
    ANONYMOUS_ROLES,
    DOCUMENTS,
    FIRST_NAME,
    GROUP,
    IMPERSONAL,
    NAMED,
    PERSON,
    PRONOUN,
    REDUCED_PASSIVES,
    ROLE,
    THING,
    UNNAMED,
    Attribution,
    Lexicon,
    Sourcing,
)
from .offices import (
    _OFFICE_OF_STAFF,
    _SPOKESPERSON_SPEAKS,
    _WEATHER_OFFICE,
    _body_of,
    _nation_speaks_nearby,
    _office_nearby,
    _office_opens_next,
    _officer_named_next,
    _operator_nearby,
    _service_speaks_next,
)
from .polls import (
    _FOUND_THAT,
    _POLLS,
    _RESPONDENTS,
    _SHARE,
    _evidence_named_in,
    _last_survey_of,
    _polled,
    _Polls,
    _surveyed_group,
    inspects_a_structure,
)
from .quotes import (
    _link_quotes,
    _People,
)
from .subjects import (
    _ELLIPTICAL,
    _FIRMS_EXPERTS_SPEAK,
    _FIRST_NAME_ONLY,
    _HELD_IN_ONE,
    _JOINED_CLAIM,
    _NAME_SET_OFF,
    _NAMED_SPEAKER_OPENS,
    _SIDE_TAKEN,
    _SIDES,
    _SUBJECT_REACH,
    ProperWords,
    _fuller_name_before,
    _is_group,
)

# The writer's own circle, in the plural ("My friends", "our neighbours"), and one of them after it.
_WRITERS_CIRCLE = compiled_later(r"\b(?:my|our) (?:[a-z-]+ )?(?:friends|colleagues|neighbours|neighbors|relatives|"
                                 r"cousins|children|kids|sons|daughters|parents|siblings|classmates|flatmates|"
                                 r"housemates|teammates|followers)\b")
_ONE_OF_THE_CIRCLE = frozenset(("one", "another", "one of them", "the other"))


def analyse(text: str, sentences: list[Sentence], quotations: list[Quotation],
            names: Callable[[], list[tuple[int, int]]], lexicon: Lexicon, lowered: str | None = None,
            doc=None) -> Sourcing:
    """The sourcing of a draft: `text` is its masked text, `names` gives its name
    runs (found only for a draft that quotes someone), `lowered` the text
    lowercased offset for offset, line breaks as spaces (Document.flat_lowered:
    a phrase runs over a hard-wrapped line), when at hand; `doc`, the
    Document they come from, lets the verbs be found in its shared pass."""
    lex = lexicon.compiled
    out = Sourcing()
    outer = [q for q in quotations if q.depth == 0]
    people = _People(text, names, sentences)
    proper = ProperWords(text, lambda: people.surnames)
    lowered_text = lowered if lowered is not None else flatten(text.replace("\u0130", "I").lower())

    first_use: dict[str, int] = {}

    def mentioned(word: str, before: int) -> bool:
        """Has the story used this word before (named this body, introduced this
        official)? Each word is looked up once, so a long draft costs linear time.
        A dateline names the city or town the story is from: "LOS ANGELES (AP)
        — ..., city officials said" are that city's."""
        if word not in first_use:
            first_use[word] = _first_word(lowered_text, word) if word else -1
            if word in _DATELINE_PLACES and doc is not None and (
                    placed := next(iter(doc.regions_of({DATELINE})), None)) is not None:
                first_use[word] = placed.start if first_use[word] < 0 else min(first_use[word], placed.start)
        return 0 <= first_use[word] < before
    # Sentences that hold a quotation, or stand next to one, need every attribution.
    near: set[int] = set()
    starts = [s.start for s in sentences]
    # The sentences that start inside a quotation, going on with its first: '"It came at night. We ran," said ...'.
    quoted = {j for q in outer for j in range(bisect.bisect_right(starts, q.start), bisect.bisect_left(starts, q.end))}
    for q in outer:
        i, last = _sentences_of(starts, q)
        near.update(range(max(0, i - 1), min(len(sentences), last + 2)))
    body_use: dict[str, int] = {}

    def body_named(word: str, before: int) -> bool:
        """Has the story named a body by this word before ("the city fire
        department", for "fire"; "the UK Health Security Agency", for
        "health"; "the Elections Office" or "the Board of Elections", for
        "election")? Each word is looked for once."""
        if word not in body_use:
            # "the city fire department", "the Department of Forestry and Fire Protection"
            found = _body_of(word).search(lowered_text) if word.isalpha() else None
            body_use[word] = found.start() if found else -1
        return 0 <= body_use[word] < before
    office_use: dict[str, int] = {}

    def office_named(staff: str, before: int) -> bool:
        """Has the story named the office whose staff `staff` are before
        `before`: a weather service for forecasters ("the Met Office", "the
        National Weather Service"), a geological survey for seismologists
        ("GeoNet, the country's geological monitoring agency")? Its staff are
        then the ones the bare word means, however far on: the story is about
        its field. (A lead's forecasters may be named in the next sentence:
        "..., forecasters have warned." then "The Met Office has issued ...".)"""
        if staff not in office_use:
            found = _OFFICE_OF_STAFF[staff]().search(lowered_text)
            office_use[staff] = found.start() if found else -1
        return 0 <= office_use[staff] < before

    def weather_office_speaks(index: int) -> bool:
        """Does a sentence after the one at `index` give a claim to a weather
        service: a lead's forecasters, which sum up the forecast the story
        names its source for later ("Coffee jumped after forecasters warned of
        frost." then, paragraphs on, "Brazil's national weather service said
        ...")? One only named later is not its source ("The Met Office issued
        a warning")."""
        return office_named("forecasters", len(text)) and any(
            j in verbs and any(verb in _SAYING for _, _, verb in verbs[j])
            and _WEATHER_OFFICE().search(lowered_text, sentences[j].start, sentences[j].end)
            for j in range(index + 1, len(sentences)))
    subjects = _Subjects(lexicon, proper, mentioned, body_named)
    polls = _Polls(lowered_text, lexicon, doc)

    last_survey: dict[str, int] = {}

    def survey_of_after(group: str, index: int) -> bool:
        """Does a sentence after the one at `index` name the poll of this group? Read once per group and draft."""
        if group not in last_survey:
            last_survey[group] = _last_survey_of(group, outside_text, lowered_outside, sentences, lexicon, proper)
        return last_survey[group] > index

    first_ends: dict[re.Pattern[str], int] = {}

    def first_end(pattern: re.Pattern[str]) -> int:
        """Where a pattern's first match in the text outside quotations ends (-1 if none), read once per draft."""
        if pattern not in first_ends:
            found = pattern.search(outside_text)
            first_ends[pattern] = found.end() if found else -1
        return first_ends[pattern]

    work_back_at: dict[str, int] = {}

    def work_comes_back_after(noun: str, after: int) -> bool:
        """Does the story come back to a work after `after` ("The study, published in ...", "The Air Accidents
        Investigation Branch report")? Where it last does is read once per noun and draft."""
        if noun not in work_back_at:
            work_back_at[noun] = max(max((m.start() for m in _COMES_BACK[noun].finditer(lowered_text)), default=-1),
                                     max((m.start() for m in _named_again(noun).finditer(text)), default=-1))
        return work_back_at[noun] >= after

    role_named_at: dict[str, int] = {}

    def role_named_after(role: str, after: int) -> bool:
        if role not in role_named_at:
            role_named_at[role] = last_role_named(outside_text, role)
        return role_named_at[role] >= after

    @functools.cache
    def no_firm_named() -> bool:
        return firm_left_unnamed(text, lowered_text)

    @functools.cache
    def study_named() -> bool:
        return _NAMES_A_STUDY().search(lowered_text) is not None or _BY_A_NAME().search(text) is not None or \
            _evidence_named_in(text, sentences, lexicon, proper)

    @functools.cache
    def paper_appeared() -> bool:  # "published in Astronomy & Astrophysics", "in the journal Nature"
        return _PAPER_APPEARED().search(lowered_text) is not None

    @functools.cache
    def case_brought() -> bool:  # "the Taxpayers Alliance, which brought the suit,": who brought a case, named
        return any(verb in lowered_outside for verb in _CASE_VERBS) and \
            _BROUGHT_THE_CASE().search(outside_text) is not None  # its verbs looked for as text first

    @functools.cache
    def in_first_person() -> bool:  # a column or an essay, its writer in it: "I" three times outside quotations
        return outside_text.count(" I ") + outside_text.count("\nI ") >= _WRITER_SPEAKS

    # Each pattern runs once over the draft, its quotations blanked; the matches
    # go to the sentences that hold them.
    # Line breaks read as spaces: a sentence's words may run over a hard-wrapped line ("a north London\nestate agent")
    outside_text = _blanked(flatten(text), outer)
    lowered_outside = _blanked(lowered_text, outer)
    if doc is not None and doc.exchanges:  # an interview's questions and answers: blanked as quotations are
        outside_text, lowered_outside = (_blanked(t, doc.exchanges) for t in (outside_text, lowered_outside))
    for m in _PICTURED().finditer(lowered_outside):  # one pass, tried from each "(": most drafts have none
        # "Ruiz (pictured) said": a picture's pointer stands between a subject and its verb; read as spaces
        blank = " " * (m.end() - m.start())
        outside_text = outside_text[:m.start()] + blank + outside_text[m.end():]
        lowered_outside = lowered_outside[:m.start()] + blank + lowered_outside[m.end():]
    reasons, impersonal, verbs = (_hits(found, sentences, starts)
                                  for found in lex.all_three.finditer_each(lowered_outside, doc))
    respondents = -2  # the last sentence whose group answered a named survey
    divided = -3  # the last sentence whose group was said to be divided
    unnamed: dict[str, Attribution] = {}  # a role word -> the last unnamed source it stood for ("one official")
    last_group: Attribution | None = None  # the last unnamed group, whom "one" or "another" may be one of
    plural_with_reason = -1  # the last sentence with a reason for anonymity whose source is a plural, named or not
    one_explained = -3  # the last sentence whose "one official" (or "another aide") was one of those given a reason
    officials_named = False  # whether some officials the story has given a claim to were named ("fire officials")
    signed: set[int] = set()  # where groups start that the letter they signed names
    lead = next((s.region for s in sentences if s.region.kind == PARAGRAPH), None)
    first_reason = min(reasons, default=len(sentences))  # the first sentence that says why a source is unnamed
    # ... and the first that says so of all of a story's interviews: "This account is based on interviews with 23
    # current and former employees ... Most spoke on condition of anonymity because they had signed confidentiality
    # agreements": every unnamed source after it is one of those
    blanket = next((r for r in sorted(reasons) if _INTERVIEWED().search(lowered_outside, sentences[r].start,
                                                                          sentences[r].end) or (
        r and sentences[r - 1].region is sentences[r].region
        and lowered_outside.startswith(_BACK_TO_THEM, sentences[r].start)
        and _INTERVIEWED().search(lowered_outside, sentences[r - 1].start, sentences[r - 1].end))), len(sentences))
    last_reason = max(reasons, default=-1)
    definite_at: dict[str, int] = {}
    noun_at: dict[str, int] = {}  # where each bare plural's noun first stands, looked for before the regex
    for index in sorted(impersonal.keys() | verbs.keys()):
        sentence = sentences[index]
        found = _attributions(outside_text[sentence.start:sentence.end], sentence.start, impersonal.get(index, ()),
                              verbs.get(index, ()), index in reasons, lexicon, subjects, index in near)
        resolved: list[Attribution] = []
        told_the_court: bool | None = None  # worked out once per sentence, when an unnamed person first asks
        for a in found:
            if a.kind == PRONOUN and a.subject in ("They", "they") and index and \
                    sentences[index - 1].region == sentence.region and \
                    sentences[index - 1].start not in out.by_sentence and \
                    (public := _bare_public(lowered_outside, outside_text, sentences[index - 1])) is not None:
                a = Attribution(a.start, a.end, GROUP, public, a.justified, a.subject_start, a.subject_end, a.verb)
                # "Residents are angry. They say the council ignored them.": the public the sentence before opened
                # with, whose claim it is, as "Residents say" would be
            if a.kind == GROUP and (plural := _bare_plural(a.subject)) is not None and \
                    plural not in lexicon.source_nouns and \
                    0 <= _first_at(noun_at, outside_text, plural) < sentence.start:
                if a.subject not in definite_at:  # where the story first names them as a definite group, once
                    found_at = _definite(a.subject).search(outside_text)
                    definite_at[a.subject] = found_at.start() if found_at else -1
                if 0 <= definite_at[a.subject] < sentence.start and \
                        subjects(f"The {a.subject.lower()}", a.subject_start)[0] in (NAMED, ROLE):
                    a = _replace(a, NAMED)  # "talks between the union and the rail operators broke down." then
                    # "Operators expect to run a third of services": the parties the story named, come back, as
                    # "The operators" would be (not a source's noun: "Analysts" after "the analysts at Acme" may be
                    # any)
            if a.kind == ROLE:
                role = a.subject[a.subject.rfind(" ") + 1:].lower()
                earlier = unnamed.get(role)
                if earlier is not None and earlier.subject_start <= _last_word(
                        lowered_text, role, a.subject_start) < earlier.subject_end:
                    # "..., one official said." then '"...," the official added': the same unnamed source, with
                    # its reason if it had one (the role's last use before was that source's)
                    a = _replace(a, earlier.kind, justified=earlier.justified)
                    if a.kind == GROUP and role in ("researchers", "scientists") and study_named():
                        a = _replace(a, NAMED)  # "Security researchers have found a flaw." then "... by a team at
                        # ETH Zurich" and "The researchers said": those the story has since named
                else:
                    a = _replace(a, _role_kind(a.subject, lexicon, mentioned, sentence.start,
                                               functools.partial(_introduced_unnamed, text, lowered_text)))
            if a.kind == NAMED and " " not in a.subject and (first := _FIRST_NAME_ONLY().match(
                    outside_text, a.subject_end)) and not (first["age"] and int(first["age"]) < 18) \
                    and not _fuller_name_before(a.subject, outside_text, a.subject_start):
                a = _replace(a, FIRST_NAME)  # '"...," said Karen, a mother of three': who she is, but not her name
            if a.kind == NAMED and "-year-old" in a.subject and (aged := _AGED_ONE().fullmatch(a.subject)) and \
                    (given := _age_given(outside_text, aged["age"], a.subject_start)) is not True and \
                    (given is False or not people.near(a.subject_start)):
                a = _replace(a, PERSON)  # '"...," the 54-year-old said' with nobody named before: a stranger (a cut
                # introduction), or one brought in unnamed ("A 54-year-old woman was hurt."); with no age given, a
                # sports or showbiz second reference is the one named last ("Jack Draper won. '...,' the
                # 23-year-old said")
            if a.kind == PERSON and _speaks_for_previous(a, outside_text, sentences, index, subjects, lexicon):
                a = _replace(a, NAMED)  # "SkyLink cancelled 40 flights. A spokeswoman said": SkyLink's
            if a.kind == GROUP and a.subject.startswith(("Your ", "your ")) and \
                    a.subject[a.subject.rfind(" ") + 1:].lower() in _STANCE:
                a = _replace(a, NAMED)  # "Your opponents say you have no plan.": an interviewer's challenge, put to
                # the one who answers it, not a claim the story makes
            if a.kind == GROUP and a.subject.lower() == "officials" and officials_named:
                a = _replace(a, NAMED)  # "..., fire officials said." then, later, "..., officials said.": the same
                # officials, come back
            if a.kind == GROUP and sentence.region == lead and a.subject.lower().endswith("ologists") and \
                    " " not in a.subject.strip() and _discipline_body_named(a.subject, outside_text, sentence.end):
                a = _replace(a, NAMED)  # "..., archaeologists have said." then, further on, "A team from the
                # University of Leicester Archaeological Services carried out excavations": a lead sums up the body
                # of the discipline that the story names
            if a.kind == GROUP and a.subject_start < a.start and \
                    outside_text.find(" by ", a.subject_start, a.start) != -1 and \
                    _LED_BY().search(outside_text, a.subject_start, a.start) is not None:
                a = _replace(a, NAMED)  # "Protesters, organised by Just Stop Oil, said", "Residents of Elm Street, led
                # by Jo Hale, said": the body or the person who speaks for them is named
            if a.kind == PERSON and _A_PAPER().match(lowered_outside, a.subject_start) and \
                    _PUT_TO_A_BODY().search(lowered_outside, a.subject_start, max(a.start, a.subject_end)):
                a = _replace(a, NAMED)  # "A report, which will be discussed by the planning committee, said", "a report
                # prepared for the cabinet": the paper of the body the story reports, put to it
            if a.kind == GROUP and sentence.region == lead and _A_PANEL().search(a.subject) and any(
                    _PANEL_NAMED().match(outside_text, s.start) for s in sentences[index + 1:index + 6]):
                a = _replace(a, NAMED)  # "..., an influential panel of experts said." then "The US Preventive
                # Services Task Force said": a lead sums up the body it names next
            if a.kind == GROUP and _named_bodies_before(a.subject, sentence.start, first_end, mentioned):
                a = _replace(a, NAMED)  # "The RMT and Aslef unions have called strikes." then "Unions said" or
                # "Both unions said": the bodies the story named, come back
            if a.kind == ACTORS and a.subject.lower() in _OFFICE_OF_STAFF and office_named(
                    a.subject.lower(), sentence.end):
                a = _replace(a, NAMED)  # "The school was rated outstanding by Ofsted." then 'Inspectors said pupils
                # were "happy"': the inspectorate's inspectors, whose report the story quotes
            controllers = a.kind == GROUP and a.subject.endswith(("controllers", "managers", "directors")) and \
                _CONTROLLERS().fullmatch(a.subject.lower()) is not None
            if a.kind == GROUP and (a.subject.lower() in _STAFF_OF_AN_OFFICE or controllers) and (
                    _office_nearby(outside_text, lowered_outside, sentences, index)
                    or (controllers and _operator_nearby(outside_text, sentences, index, a.start))
                    or (a.subject.lower() in _OFFICE_OF_STAFF and (office_named(
                        a.subject.lower(), sentences[index + 1].end if index + 1 < len(sentences) else sentence.end)
                        or (sentence.region == lead and a.subject.lower() == "forecasters"
                            and weather_office_speaks(index))))
                    or (a.subject.lower() in _POLICE_STAFF and mentioned("police", sentence.start))
                    or (a.subject in ("officials", "Officials") and index
                        and lowered_outside.find("spokes", sentences[index - 1].start, sentences[index - 1].end) != -1
                        and _SPOKESPERSON_SPEAKS().search(outside_text, sentences[index - 1].start,
                                                          sentences[index - 1].end) is not None)):
                a = _replace(a, NAMED)  # "The FAA is investigating, officials said": the office's officials; a
                # police story's officers and detectives, anywhere after it names the police; a quake story's
                # seismologists, after it names its geological survey
            if a.kind == GROUP and resolved and resolved[-1].kind == NAMED and \
                    (by_which := _SAID_BY_WHICH().match(lowered_outside, resolved[-1].subject_end)) and \
                    a.subject_start <= by_which.end() <= a.subject_end:
                a = _replace(a, NAMED)  # "according to the National Weather Service, which said preliminary reports
                # indicated": the named source passes the claim on
            near_end = min(sentence.end, a.end + _SUBJECT_REACH)  # the clause after it, not a run-on "sentence"
            if a.kind == GROUP and lowered_outside.find("according to", a.end, near_end) != -1 and \
                    _ON_THE_RECORD().search(lowered_outside, a.end, near_end):
                a = _replace(a, NAMED)  # "Those who voted to hold said ..., according to minutes of the meeting": what
                # they said is on the record the sentence names
            if a.kind == GROUP and lowered_outside.startswith("that ", a.subject_start - 5) and \
                    _RECORD_SHOWED().search(lowered_outside, sentence.start, a.subject_start):
                a = _replace(a, NAMED)  # "Minutes of the meeting showed that most policymakers expected": the same,
                # the record opening the sentence
            if a.kind == GROUP and _RECORD_CLOSES().search(lowered_outside, a.end, sentence.end):
                a = _replace(a, NAMED)  # "Some board members had argued for waiting, minutes of the meeting showed":
                # the record closing it
            if a.kind == GROUP and a.subject.split(None, 1)[0].lower() in _LITIGATING_SIDES and \
                    case_brought():
                a = _replace(a, NAMED)  # "Opponents had argued that the clerk missed a deadline" in a story that names
                # who brought the suit ("the Taxpayers Alliance, which brought the suit,"): that side's argument
            if a.kind == GROUP and _CITING_NAMED_FIGURES().match(outside_text, a.end):
                a = _replace(a, NAMED)  # "..., market sources said, citing American Petroleum Institute figures":
                # the figures are the named body's
            if a.kind == GROUP and " " not in a.subject and _owned_before(a.subject.lower(), lowered_outside,
                                                                          sentences, index):
                a = _replace(a, NAMED)  # "..., against the advice of its own planning officers." then "Officers
                # agreed": those officers
            # A lead sums up whom the story names next: an officer is looked for in its next three sentences (not
            # only the next; a quotation's sentences count as one), a country's own body in five.
            reach = _reach(sentences, index, quoted, _LEAD_SENTENCES) if sentence.region == lead else 1
            if a.kind == GROUP and a.subject.endswith(("officials", "authorities")) and _nation_speaks_nearby(
                    a.subject.lower(), lowered_outside, sentences, index,
                    _reach(sentences, index, quoted, _SERVICE_SENTENCES) if sentence.region == lead else reach + 1):
                a = _replace(a, NAMED)  # "..., Ukrainian officials said." then "Ukraine's air force said ...": a
                # wire lead's summary of the offices the story names next (or named just before)
            # (a service's officials, by its officer's own title, further on: its name says whose they are)
            officers = _reach(sentences, index, quoted, _SERVICE_SENTENCES) \
                if sentence.region == lead and " " in a.subject.strip() else reach
            if a.kind == GROUP and any(j in verbs and _officer_named_next(a, outside_text, sentences[j])
                                       for j in range(index + 1, min(index + 1 + officers, len(sentences)))):
                a = _replace(a, NAMED)  # "..., fire officials said." then "Springfield Fire Chief Dana Mills said"
                # (the next sentence has a verb of saying: the officer speaks there)
            if a.kind == GROUP and _service_speaks_next(a, outside_text, lowered_outside, sentences, index, reach,
                                                        verbs):
                a = _replace(a, NAMED)  # "..., state health officials said." then "The Texas Department of State
                # Health Services said": a lead's summary of the service's body, named next
            if a.kind == GROUP and _office_opens_next(a, lowered_outside, sentences, index, sentence.region == lead):
                a = _replace(a, NAMED)  # "Health officials in Gaza say ..." then "The ministry does not distinguish
                # ...": the office the next sentence is about is theirs
            if a.kind == GROUP and _body_beside(a, lowered_outside, sentences, index):
                a = _replace(a, NAMED)  # "Acme Corp. will close the plant, company officials said": Acme's
            if a.kind == GROUP and a.subject.lower().removeprefix("by ") in ("councillors", "councilors") and ((
                    index + 1 < len(sentences) and
                    _COUNCIL_VOTED().search(lowered_outside, sentences[index + 1].start, sentences[index + 1].end))
                    or (a.verb in _DECIDED and mentioned("council", a.subject_start))):
                a = _replace(a, NAMED)  # "The plan was rejected by councillors who said ..." then "The council's
                # planning committee voted 8-2 against it": its members, in the vote the story goes on to report (as
                # in one it reported before; not "Some councillors"); or their decision, in a story of their council:
                # "Burnley Borough Council will sell the annexe after councillors agreed it would cost too much"
            if a.kind == GROUP and (
                    _polled(outside_text, lowered_outside, sentences, index, a, lexicon, proper, polls)
                    or (sentence.region == lead and (surveyed := _surveyed_group(a, lexicon)) is not None
                        and survey_of_after(surveyed, index))):
                a, respondents = _replace(a, NAMED), index  # "economists expect a cut, according to a Reuters
                # poll"; "Others said" right after are others of those
            if a.kind == NAMED and _POLLED_BY().search(a.subject):
                respondents = index  # "Most analysts polled by Reuters had expected ...": named by the poll, as
                # those a named survey stands behind are; "Some said" right after are some of those
            if a.kind == GROUP and (
                    (_RESPONDENTS().search(lowered_outside, a.subject_start, a.start)
                     and _evidence_named_in(outside_text, sentences[:index], lexicon, proper))
                    or (respondents == index - 1 and a.subject.lower() in _QUANTIFIERS
                        and sentences[respondents].region == sentence.region)
                    or (index and _SOME_OF_THE_POLLED().fullmatch(a.subject.lower()) is not None
                        and _evidence_named_in(outside_text, sentences[max(0, index - _POLL_REACH):index], lexicon,
                                               proper, _POLLS))):
                # "Headteachers who responded to the survey said", of a survey by the NFER the story named; "Several
                # said" right after them: some of those; "Most said" or "Most voters said" a few sentences after a
                # named poll ("The Quinnipiac University poll found ..."): some of its respondents
                a, respondents = _replace(a, NAMED), index
            if a.kind == GROUP and index and " of th" in lowered_outside[a.subject_start:a.end] and \
                    _OF_THOSE_NAMED().match(lowered_outside, a.subject_start, a.end) and \
                    _NAMES_LISTED().search(outside_text, sentences[index - 1].start, sentences[index - 1].end):
                a = _replace(a, NAMED)  # "Northern, TransPennine and Avanti run the services. Most of those
                # companies expect ...": some of those the sentence before named
            if a.kind == GROUP and a.subject.lower() in _HALVES and index - divided <= 2 and \
                    sentences[divided].region == sentence.region:
                a = _replace(a, NAMED)  # "Analysts are divided. Some view the meeting as ..., while others fear":
                # the division's sides, reported once, at the division
            if a.kind == GROUP and a.verb.endswith(("divided", "split")):
                divided = index
            if a.kind == GROUP and lowered_outside.startswith("that ", a.subject_start - 5) and \
                    _FOUND_THAT().fullmatch(lowered_outside, sentence.start, a.subject_start) and \
                    _SHARE().match(lowered_outside, a.subject_start):
                a = _replace(a, NAMED)  # "It found that a third of prisoners said": the report's count of its
                # own respondents, which the story named
            if a.kind in (PERSON, GROUP) and a.subject_start - sentence.start < _SUBJECT_REACH and \
                    " after a" in outside_text[sentence.start:a.subject_start + 3] and \
                    not _OWN_CHECKS.isdisjoint(a.subject.lower().split()[:2]) and \
                    _NAMED_BODY_ACTED().fullmatch(outside_text, sentence.start, a.subject_start) is not None:
                a = _replace(a, NAMED)  # "St Michael's Primary School made the change after a survey found": a
                # named body acting on its own survey (not "Parents acted after a survey found")
            if a.kind in (PERSON, GROUP) and (noun := _evidence_noun(a, lowered_outside)) in _COMES_BACK and \
                    work_comes_back_after(noun, a.end) and study_named():
                a = _replace(a, NAMED)  # "according to a study of 1,400 students. The study, published in ...",
                # "according to new research. The study, published in ...": it is named
            elif a.kind in (PERSON, GROUP) and index + 1 < len(sentences) and \
                    _one_sentence_lead(sentences, index, lead) and \
                    (noun := _evidence_noun(a, lowered_outside)) in _COMES_BACK and \
                    _ONE_BODY_SPEAKS().match(outside_text, sentences[index + 1].start) and \
                    work_comes_back_after(noun, sentences[index + 1].end):
                a = _replace(a, NAMED)  # "..., a report has warned." then "The County Councils Network, which
                # represents 37 councils, said ..." and later "The report says": the lead sums up the body whose
                # report it is, named as it speaks next
            elif a.kind in (PERSON, GROUP) and (
                    ((noun := _evidence_noun(a, lowered_outside)) in _COMES_BACK and a.verb.lower() == "according to")
                    or noun in ("poll", "polls")) and index + 1 < len(sentences) and \
                    _RAN_BY_A_BODY().search(outside_text, sentences[index + 1].start, min(
                        sentences[min(index + 2, len(sentences) - 1)].end, sentences[index + 1].start + _RAN_REACH)):
                a = _replace(a, NAMED)  # "..., according to a survey published on Thursday." then "Two-thirds of the
                # 1,200 pharmacists who responded to the National Pharmacy Association said": whose survey it was,
                # in the next two sentences; so "Exit polls showed" then "..., according to AP VoteCast, a survey
                # of more than 3,000 voters"
            if a.kind == IMPERSONAL and not FIGURES.isdisjoint(a.subject.lower().split()) and \
                    index + 1 < len(sentences) and _FIGURES_OWNED().search(outside_text, sentences[index + 1].start,
                                                min(sentences[index + 1].end, sentences[index + 1].start + _RAN_REACH)):
                a = _replace(a, NAMED)  # "New figures show one in four waited more than four hours." then "NHS England
                # data shows there were 25,581 visits": whose figures the next sentence says
            if a.kind == NAMED and a.subject.startswith(("the ", "The ")) and \
                    (held := _HELD_IN_ONE().match(outside_text, a.subject_start)) is not None and \
                    not a.subject_start < a.start < held.start("of") and \
                    not _NAME_SET_OFF().match(outside_text, held.end()):
                a = _replace(a, PERSON)  # '"...," said the owner of a seafront cafe': a role in a place the story
                # does not name is nobody's, as "a cafe owner" is (not "the owner of the cafe, Jo Bell", nor "the
                # president said at a ceremony", whose verb stands between)
            if a.kind == PERSON and a.subject.startswith(("The ", "the ")) and \
                    role_named_after(a.subject[a.subject.rfind(" ") + 1:].lower(), sentence.end):
                a = _replace(a, NAMED)  # "The pilot of a small plane told controllers '...'" then "The pilot, Graham
                # Pike, died": the role, named further on
            if a.kind == NAMED and voice_by_its_kind(a.subject) and no_firm_named():
                a = _replace(a, PERSON)  # '"...," the company's chief executive said' of "a major technology
                # company" the story never names: as unnamed as the company
            if a.kind == NAMED and DOCUMENT_ROLE.fullmatch(a.subject.lower()) and not study_named():
                a = _replace(a, GROUP if a.subject.endswith("s") else PERSON)  # "The study's lead author said", of
                # "a new study" the draft never names: as unnamed as the study
            if a.kind == PERSON and a.subject in ("Researchers", "researchers") and not study_named() and \
                    _A_STUDY().search(lowered_text) is None:
                a = _replace(a, GROUP)  # "Scientists have discovered a creature. Researchers believe it is new.":
                # no study, no place, no one: the researchers are nobody's, as "scientists believe" is
            elif a.kind in (PERSON, GROUP) and (
                    ((a.subject.lower() == "scientists" or _A_TEAM().fullmatch(a.subject.lower())) and study_named())
                    or (_is_discipline(a.subject.lower()) and paper_appeared()
                        and " " not in outside_text[a.subject_start:a.subject_end].strip())):
                a = _replace(a, NAMED)  # "..., scientists said." or "an international team of scientists reported"
                # in a story that says where its paper appeared, and bare "astronomers reported" in one that names
                # the journal: its authors, as bare "Researchers" are ("Some scientists", "Planetary scientists",
                # "Physicists outside the company" stay a group)
            head = a.subject[a.subject.rfind(" ") + 1:].lower() if a.kind == GROUP else ""  # "Wall Street analysts"
            if a.kind == GROUP:
                head = next((group for phrase, group in _GROUPS_BY_PHRASE
                             if lowered_outside.find(phrase, a.subject_start, a.subject_end) != -1), head)
                written = " ".join(outside_text[a.subject_start:a.subject_end].split())
                cause = _FOR_A_CAUSE.match(written.lower()) if " for " in written else None
                if cause is not None:
                    head = cause["group"]  # "Advocates for homeless people": advocates, named for their cause
                field = cause["cause"].capitalize() if cause is not None else _field_of(a.subject) or (
                    head.capitalize() if head in _TRADES and a.subject.lower() == head else "")  # "Homeless" of
                # "Advocates for homeless people"; "Pharmacists": a bare trade is its own field, as its body's name
                # says ("Community Pharmacy England")
            if head in _QUANTIFIERS and resolved and resolved[-1].kind in (GROUP, NAMED) and (
                    claimed := resolved[-1].subject.lower().split()) and _is_group(claimed[-1], lexicon) and \
                    _BUT_SOME().fullmatch(lowered_outside, resolved[-1].end, a.subject_start):
                head = claimed[-1]  # "Industry analysts had expected more, but most said ...": most of the analysts
            elif a.kind == GROUP and head in _QUANTIFIERS and resolved and resolved[-1].subject_start in signed and \
                    _WITH_SOME.fullmatch(lowered_outside, resolved[-1].end, a.subject_start):
                a = _replace(a, NAMED)  # "Founders have warned ..., with some saying" once the letter they signed
                # named them: some of those
            elif head in _QUANTIFIERS and index and sentences[index - 1].region.kind == PARAGRAPH:
                head = _opening_group(lowered_outside, sentences[index - 1], any_group=(
                    sentences[index - 1].region == sentence.region and _MEMBERS.keys().isdisjoint(
                        lowered_outside[a.subject_start:a.subject_end].split()))) or head  # "Passengers described
                # crowded platforms. Some said ...": some of the passengers (in the paragraph before too: "Shoppers
                # say ..." then "At the market, many said ..."); any group's right before in its paragraph:
                # "Economists had expected no change. Most now expect ..." (not "Some outside experts")
            if a.kind == GROUP and " of " in a.subject and (whose := a.subject.lower().split(" of ", 1)[0]) in (
                    "families", "friends", "relatives"):
                head = whose  # "Families of residents said": the families, whose one is named by whom they lost
            elif a.kind == GROUP and lowered_outside.find(" who ", a.subject_start, a.subject_end) != -1 and \
                    _OBJECTING().search(lowered_outside, a.subject_start, a.subject_end):
                head = "objectors"  # "Residents who campaigned against the plans said": one is named by their
                # objection or the body they speak for, as objectors are
            if head == "others" and a.subject.lower() == "others":
                head = _some_before(lowered_outside, sentences, index) or head  # "Some economists argue ... (a
                # quotation of one) ... Others say": the other economists
            after: list[Sentence] = []  # where one of a group may be named: the next sentences, and its own
            if a.kind == GROUP:
                following = _next_region(sentences, index, lowered_outside)  # '"Tiny children. ...," said Jo Roe'
                after = [s for s in sentences[index + 1:index + 1 + _reach(sentences, index, quoted, 2)]
                         if s.region in (sentence.region, following)]  # a quotation's sentences count as one
                if following is None and (member := _one_by_the_groups_name(a.subject)) and (nxt := next(
                        (s for s in sentences[index + 1:index + 4] if s.region != sentence.region), None)) and \
                        lowered_outside.find(member, nxt.start, nxt.end) != -1:
                    after.append(nxt)  # "what housing economists have argued: ..." ending its paragraph, then
                    # "..., said Jay Parsons, an independent housing economist": one of them by the group's whole name
                if sentence.region == lead and (head in _BENCHES or (
                        any(w in lowered_outside[sentence.start:a.start] for w in ("divided", "split", "polari",
                                                                                     "mixed"))
                        and _SIDES_SUMMED().search(lowered_outside, sentence.start, a.start))):
                    after = sentences[index + 1:index + 6]  # a lead sums up whom the next paragraphs name: "several
                    # justices", "Plans have divided opinion, with farmers warning ... and ecologists arguing ..."
                if after and _SIDES().match(lowered_outside, _past_a_place(lowered_outside, after[-1])) and \
                        (not _SAYING.isdisjoint(WORD.findall(lowered_outside, after[-1].start, after[-1].end))
                         or _SIDE_TAKEN().match(lowered_outside, _past_a_place(lowered_outside, after[-1]))) and \
                        (last := sentences.index(after[-1], index + 1)) + 1 < len(sentences):
                    after.extend(sentences[last + 1:last + 1 + _reach(sentences, last, quoted, 1)])  # "Parents were
                    # split. Some said ...; others said ..." then "Laura Kim, whose two sons attend ...": the sides go
                    # on with the group's claim (a quotation's sentences with their tag), or take their side: "Others
                    # welcomed it."
                if _JOINED_CLAIM.search(lowered_outside, a.end, near_end):
                    after.insert(0, sentence._replace(start=a.end, end=near_end))  # "..., and Jo Bell, 64, who
                    # lives opposite,"
                elif (colon := lowered_outside.find(": ", a.end, near_end)) != -1 and \
                        outside_text[(named := colon + (6 if outside_text.startswith("the ", colon + 2) else 2))
                                     :named + 1].isupper():
                    after.insert(0, sentence._replace(start=named, end=near_end))  # "Charities say demand is at
                    # record levels: National Energy Action said calls had doubled" (or "the Angling Trust said"):
                    # one of them, after the colon
            # (a trade's leaders, "Teachers' leaders said", by their body's head: "general secretary of the NEU")
            if a.kind == GROUP and (members := _members_of(head) or (
                    _ORGANISATIONS if head.endswith(("'", "\u2019")) and head[:-1] in _TRADES else None) or (
                    _members_of("executives") if head == "leaders" and _BUSINESS_LEADERS().search(a.subject) else None)
                    or (_ORGANISATIONS if head == "leaders" and len(field) > 2 else None)  # "NHS leaders" by the
                    # head of a body named for their field: "chief executive of the NHS Confederation"
                    or (_RANKS if head == "officers" and _SERVED().search(a.subject.lower()) else None)) and (any(
                    _member_named_next(members, outside_text, lowered_outside, s, field)
                    and not _of_a_party_named_before(a.subject, outside_text, s, a.start)
                    for s in (sentences[index + 1:index + 6] if _closing_tag_of_lead(a, outside_text, sentence, lead)
                              else after + [t for t in _stance_reach(sentences, index, quoted) if t not in after]
                              if head in _STANCES or _stands_apart(a.subject) else after)) or (
                    sentence.region == lead and _member_introduced_then_speaks(
                        members, outside_text, lowered_outside, sentences[index + 1:index + 6])) or (
                    sentence.region == lead and (head in _BODIES_OF_A_KIND or head in ("agencies", "unions")) and any(
                        _member_named_next(members, outside_text, lowered_outside, s, field)
                        for s in sentences[index + 1:index + 1 + reach] if s not in after)) or (
                    sentence.region == lead and a.subject.lower() == head and any(
                        _one_of_the_discipline_speaks(head, outside_text, lowered_outside, s)
                        for s in sentences[index + 1:index + 1 + _reach(sentences, index, quoted,
                                                                        _SERVICE_SENTENCES)] if s not in after))):
                a = _replace(a, NAMED)  # "Experts urged caution. Prof. Ann Kay, of Leeds, said ..." (in the next
                # sentence, or the one after it in the paragraph, or after "and" in its own)
            if a.kind == GROUP and head in _STANCES and \
                    (seats := seats_of_their_body(outside_text[a.subject_start:max(a.subject_end, a.start)])) and any(
                    _member_named_next(seats, outside_text, lowered_outside, s)
                    and not of_the_other_side(head, lowered_outside[s.start:s.end]) for s in after):
                a = _replace(a, NAMED)  # "Opponents on the panel argued ..." then '"...," said Sen. Dan Foster': one
                # of the panel; "Opponents, led by a residents' group, say ..." then "said the group's secretary,
                # Andrew Tait": the body that leads them (not "the bill's sponsor", of the other side)
            if a.kind == GROUP and after and any(voice_of_their_own_body(head, outside_text, s)
                                                 or their_union_speaks(head, outside_text, s)
                                                 or voice_of_their_place(head, outside_text, s, a.start)
                                                 for s in after):
                a = _replace(a, NAMED)  # "Anglers on the River Itchen said ..." then "said Tom Harker, secretary of
                # the Itchen Valley Angling Club": the officer of their own club speaks for them
            if a.kind == GROUP and head in _NAMED_TOGETHER and one_of_them_introduced(a.subject, outside_text, a.start):
                a = _replace(a, NAMED)  # "Asaja, the region's largest farmers' association, said ..." then "Farmers'
                # groups said it was not enough": it and its like
            if a.kind == GROUP and head == "regulators" and sentence.region == lead and any(
                    _REGULATOR_ACTS().match(outside_text, s.start, s.end) for s in sentences[index + 1:index + 6]):
                a = _replace(a, NAMED)  # "..., siding with regulators who argued it would raise prices." then
                # "The Federal Trade Commission had sued to block the deal": the lead sums up the body it names
            if a.kind == GROUP and after and one_firm_speaks(head, outside_text, after[0].start, after[0].end, a):
                a = _replace(a, NAMED)  # "Supermarkets said they had cut prices." then "Asda said it was the
                # cheapest": one of them, by its name
            if a.kind == GROUP and after and (ranked := _ONE_BY_RANK().match(outside_text, after[0].start)) and \
                    (ranked["noun"] is None or ranked["noun"] in a.subject.lower().split()):
                a = _replace(a, NAMED)  # "Unions in the Netherlands said ..." then "FNV, the largest, said ...": one
                # of them, named by its rank among them, or as one of them ("Unison, one of those unions, said"; not
                # "one of those firms")
            onward = (sentences[index + 1:index + 6] if sentence.region == lead else after) if a.kind == GROUP else ()
            if a.kind == GROUP and head in _NAMED_TOGETHER and any(
                    _named_together(head).search(outside_text, s.start, s.end) for s in onward):
                a = _replace(a, NAMED)  # "..., unions said on Thursday." then "The USO and Stavla unions said": the
                # bodies named next, two or more by the group's noun (further on after a lead)
            # (by any of the group's nouns: "Universities and colleges have warned" then "Colleges and Institutes
            # Canada said")
            if a.kind == GROUP and onward and (
                    own := _own_words(outside_text[a.subject_start:a.subject_end] or a.subject)) and any(
                    _own_body_speaks(own, outside_text, s) for s in onward):
                a = _replace(a, NAMED)  # "Some business owners on Elm Street worry ..." then "The Elm Street Business
                # Association said": their own body, named by their own word (further on after a lead)
            if onward and head.endswith("s") and lowered_outside.find(head + " ", onward[0].start, onward[-1].end) \
                    != -1 and any(_restated_with_firm(head, outside_text, lowered_outside, s) for s in onward):
                a = _replace(a, NAMED)  # "..., administrators have said." then "Administrators from Interpath
                # Advisory said": the same group, named by the firm they are from (further on after a lead)
            if a.kind == GROUP and onward and (head in _VOX_POP or head in _TRADES) and any(
                    _own_union_speaks(head, lowered_outside, s) for s in onward):
                a = _replace(a, NAMED)  # "Students complained there was nowhere to work." then '"...," said Jo
                # Roe, president of the students' union': their own body, named in lowercase (further on after a
                # lead, which sums up whom the next paragraphs name)
            if a.kind == GROUP and (head in _VOX_POP or head in _TRADES) and any(
                    _body_speaks_for(head, outside_text, lowered_outside, s)
                    for s in (*onward, *(t for t in _stance_reach(sentences, index, quoted) if t not in onward))):
                a = _replace(a, NAMED)  # "Headteachers said ..." then "Greg Dempster, general secretary of AHDS, which
                # represents primary headteachers, said": the body that speaks for them speaks (further on after a
                # lead, as their own body may; or a sentence on, in the next paragraph: "which represents" ties it)
            if a.kind == GROUP and (head in _VOX_POP or head in _TRADES or head in _PEOPLES) and (any(
                    _one_of_them_in(head, outside_text, lowered_outside, s)
                    for s in (*after, *(sentences[index + 1:index + 1 + _reach(sentences, index, quoted, 3 if (
                        head in _VOX_POP and a.subject_start == _past_a_place(lowered_outside, sentence)) else 2)]
                                        if _one_sentence_lead(sentences, index, lead) or _body_between(
                                            outside_text, sentences, index, after) else ()))) or any(
                    one_of_them(head, outside_text, s.start, s.end, aged=head in _PEOPLES)
                    or _named_by_role_first(head, outside_text, s.start, s.end)
                    for s in sentences[max(0, index - 2):index])):
                a = _replace(a, NAMED)  # "Residents said the water rose fast." then '"...," said Maria Lopez, 62.'
                # (after it; after a lead of one sentence, which sums up whom the next paragraphs name, in its next
                # two sentences whatever their paragraphs, three for a public the lead opens with, whose place may
                # come first: "Islanders say ..." then "The island has 150 residents. Most rely on the ferry." then
                # "said Michael Cecil, who runs the island's shop"; "..., despite objections from residents who said the
                # roads could not cope." then, a paragraph on, "resident Graham Tindall said"); or one of the two
                # sentences before names one of them by more than an age, which a court story gives its defendant
                # too ('"...," said Kofi Mensah, 34, who lives on the ninth floor.' then "Neighbours said ..."); a
                # people's by an age too ("Olena Petrenko, 54, a teacher in Kharkiv" then "Many Ukrainians say")
            if a.kind == GROUP and head.isalpha() and _one_sentence_lead(sentences, index, lead) and any(
                    _signed_by(head).search(outside_text, s.start, s.end)
                    for s in sentences[index + 1:index + 1 + _reach(sentences, index, quoted, 2)]):
                a = _replace(a, NAMED)  # "Technology founders have warned ..." then "In a letter to the home
                # secretary, signed by 140 founders and investors, ...": those who signed it, counted
                signed.add(a.subject_start)
            if a.kind == GROUP and a.subject.lower() in _ELLIPTICAL and any(
                    _NAMED_SPEAKER_OPENS().match(outside_text, s.start)
                    or _FIRMS_EXPERTS_SPEAK().search(outside_text, s.start, s.end) for s in after):
                a = _replace(a, NAMED)  # "Others worried about sports." then "Tom Kessler, the district's athletic
                # director, said": a bare "Others" has no noun of its own, so the one named speaking next is of them;
                # so are a firm's experts ("In a note to clients, Goldman Sachs economists said")
            if a.kind == GROUP and a.subject.lower() in ("rebels", "the rebels") and \
                    _TALLIED_CAUCUS().search(lowered_outside, 0, a.start):
                a = _replace(a, NAMED)  # "More than 100 Labour MPs have signed an amendment ..." then "Rebels say":
                # those the story tallied, as a tally is named ("dozens of Tory MPs said they would rebel")
            if a.kind == GROUP and len(head) >= 7 and head.endswith("ers") and any(
                    (who := outside_text.find(", who", s.start, s.start + _NAMED_WHO_REACH)) >= 0
                    and _by_their_work(head, outside_text, s, who) for s in after):
                a = _replace(a, NAMED)  # "Some growers say they will not replant." then "Brian Logan, whose family
                # has grown apples near Hastings since the 1950s, said": one of them, by the work that makes them so
            if a.kind == GROUP and (head in _VOX_POP or head in _TRADES) and any(
                    j in reasons and any(
                        _ONE_OF_THE_PUBLIC_UNNAMED().search(lowered_outside, sentences[k].start, sentences[k].end)
                        or (head in _WORKFORCE and _ONE_BY_THEIR_JOB().search(
                            lowered_outside, sentences[k].start, sentences[k].end))
                        for k in ((j, j - 1) if j - 1 > index and lowered_outside.startswith(
                            _SINGULAR_PRONOUNS, sentences[j].start) else (j,)))
                    for j in range(index + 1, min(index + 3, len(sentences)))):
                a = _replace(a, NAMED)  # "Parents said they were shocked." then '"...," said one mother at the
                # gates, who did not want to give her name' or "One, who asked not to be named because ...": one of
                # them, whose anonymity the story explains; one of a workforce by their job: "Staff described the
                # conditions as unsafe." then "One nurse, who asked not to be named because ..., said", or "One care
                # worker, who left in 2023, said ..." then "She asked not to be named because ..."; one of a trade
                # too: "Reporters said they were stretched thin. One, who did not want to be named, said ..."
            if not a.justified and blanket < index and (a.kind == PERSON or (
                    a.kind == GROUP and _COUNT_OF_THEM().match(a.subject.lower()) is not None)):
                a = _replace(a, a.kind, justified=True)  # one of the story's interviews, explained once for all, or
                # some of them counted ("four people who worked on the sites"); not "Critics say", a side
            if a.kind in (PERSON, GROUP) and not a.justified and first_reason < index \
                    and _BACK_TO_SOURCES.fullmatch(a.subject.lower()):
                # "two of the people said", after "three people ... speaking on condition of anonymity because ..."
                a = _replace(a, a.kind, justified=True)
            if a.kind == PERSON and not a.justified and first_reason < index and \
                    (one := _ONE_OF_THE_EXPLAINED().fullmatch(a.subject.lower())) is not None and any(
                    r < index and (_counted_in(one["noun"], lowered_outside, sentences[r], index - r)
                                   or (r and sentences[r - 1].region is sentences[r].region
                                       and lowered_outside.startswith(_BACK_TO_THEM, sentences[r].start)
                                       and _counted_in(one["noun"], lowered_outside, sentences[r - 1], index - r)))
                    for r in reasons):
                # "One senior official said", after "three officials, who spoke on condition of anonymity because":
                # one of those; or after "Eight workers spoke to us. Most asked not to be named because ..."; "One
                # minister said" a few sentences after "Two senior government figures ... spoke on condition of
                # anonymity": sources named by a word that takes in any role; "one former carer" after "Four former
                # employees ... All four spoke on condition of anonymity because": one of a workforce, by their job
                a = _replace(a, a.kind, justified=True)
            if a.kind == PERSON and not a.justified and a.subject.lower() in _ONE_OF_THEM and (
                    (last_group is not None and last_group.justified and
                     last_group.start >= sentences[max(0, index - 3)].start)
                    or (plural_with_reason >= 0 and index - plural_with_reason <= 3)
                    or (a.subject.lower() != "one" and index - one_explained <= 2)
                    or any(index - 3 <= r < index and _COUNTED_PEOPLE().match(lowered_outside, sentences[r].start)
                           for r in reasons)):
                # '"...," one said.' or "Another said" after "Three former managers, who spoke on condition of
                # anonymity because ..., said": one of them, within three sentences; also of a body's own ("Teachers
                # at the school, who asked not to be named because ..., said"), or of those counted where the reason
                # is given, with no claim of theirs ("Four former managers spoke to us on condition of anonymity");
                # "Another said" right after "One minister said", one of those the reason was given for
                a = _replace(a, a.kind, justified=True)
            if a.kind == PERSON and not a.justified and (told_the_court if told_the_court is not None else (
                    told_the_court := _TOLD_THE_COURT().search(lowered_outside, sentence.start, sentence.end)
                    is not None)):
                a = _replace(a, a.kind, justified=True)  # "One victim told the court in a statement ...": one who
                # spoke in open court, on its record, whom the law or their privacy keeps unnamed
            if a.kind in (PERSON, GROUP) and not a.justified and in_first_person() and _THE_WRITER.search(
                    outside_text, a.end + 3 if outside_text.startswith(" me", a.end) else a.end, sentence.end):
                a = _replace(a, a.kind, justified=True)  # "Friends thought I was mad." in a column: the writer's own
                # circle, speaking of the writer, whom no one names (so '"...?" asked one.' after it); not "Residents
                # told me the water rose fast", a claim told to the writer
            if a.kind == PERSON and not a.justified and a.subject.lower() in _ONE_OF_THE_CIRCLE and index and \
                    sentences[index - 1].region == sentence.region and in_first_person() and \
                    _WRITERS_CIRCLE().search(lowered_outside, sentences[index - 1].start, sentences[index - 1].end):
                a = _replace(a, a.kind, justified=True)  # "My friends were less impressed than I had hoped." then
                # '"How are we meant to find you?" one asked.': one of the writer's own circle, whom no one names
            if a.kind in (PERSON, GROUP) and (kin := _KIN_OF_ONE().match(lowered_outside, a.subject_start)) and any(
                    _NAMED_WITH_AGE().search(outside_text, s.start, s.end) or (
                        _AGED_ONE_AFTER().match(lowered_outside, kin.end())
                        and _NAMED_FROM().match(outside_text, s.start, s.end))
                    for s in sentences[index + 1:index + 4]):
                a = _replace(a, NAMED)  # "The family of a cyclist who died ... have described him as" then "Thomas
                # Gray, 47, was hit": the family of one the story names next, by name and age; or, when the lead
                # gave the age, by name and home: "The family of a 17-year-old ..." then "Jake Trewin, from Bodmin,"
            if a.kind == PERSON and sentence.region == lead and (index == 0 or sentences[index - 1].region != lead) \
                    and _identified_next(a, outside_text, sentences, index, quoted):
                a = _replace(a, NAMED)  # "A nurse who helped evacuate patients has told an inquiry ..." then "Giving
                # evidence on Monday, Sarah Quinn described ...": the one a lead describes, named next
            if a.kind in (PERSON, GROUP) and inspects_a_structure(lowered_outside, a):
                continue  # "A structural survey found the building needed £2.3m of work": an inspection, no poll
            if a.kind == IMPERSONAL and "describ" in a.subject and _PATIENTS_STATE().match(lowered_text, a.end):
                continue  # a patient's state, as a hospital or the police give it: 'a boy who is described as
                # "poorly but not critical"' (the lexicon's phrase sees no quoted words, but only "condition" before)
            if a.kind == IMPERSONAL and _judgement_quoted_later(lowered_text, outer, a.start, a.end):
                a = _replace(a, NAMED)  # 'Plans were branded an “insult added to injury”.' then '... said:
                # “... this is adding insult to injury.”': the judgement is the quoted speaker's
            if (a.kind in (PERSON, GROUP) or (a.kind == IMPERSONAL and (
                    _HEARSAY_TIES.search(a.subject) or _HEARSAY_TIES.search(lowered_outside, a.end, a.end + 24)))) and \
                    not a.justified and last_reason > index and \
                    _reason_follows(a, index, reasons, lowered_outside, sentences,
                                    _LEAD_REASON_REACH if sentence.region == lead else _REASON_REACH):
                a = _replace(a, a.kind, justified=True)  # "A U.S. official said ... The official spoke on condition"
            resolved.append(a)
            if a.kind == PERSON and a.justified and a.subject.lower().startswith(("one ", "another ")):
                one_explained = index
            if a.kind == NAMED and a.subject.lower().endswith(" officials"):
                officials_named = True
            if a.kind in (PERSON, GROUP):
                unnamed[a.subject[a.subject.rfind(" ") + 1:].lower()] = a
                if a.kind == GROUP:
                    last_group = a
            if a.kind in (GROUP, NAMED, ACTORS) and index in reasons and (
                    a.subject.endswith("s") or a.subject.split(" ", 1)[0].endswith("s")):
                plural_with_reason = index  # "Teachers at the school, who asked not to be named because", "But
                # two cabinet ministers, speaking on condition of anonymity because ..., said"
            if a.kind == NAMED and lowered_outside.find("priv", a.subject_start, a.end + 16) != -1 and \
                    _IN_PRIVATE().search(lowered_outside, a.subject_start, a.end + 16):
                plural_with_reason = index  # "Labour MPs have privately expressed concern." then 'One said: "..."':
                # members of a named body, speaking in private, which their anonymity keeps
        if len(resolved) > 1 and (resolved[-1].kind == NAMED or (
                resolved[-1].justified and resolved[-1].kind in (PERSON, GROUP))) and \
                resolved[-1].verb in _TRAILING_VERBS and (
                resolved[-1].verb != "according to" or _PROPER_NAME.fullmatch(resolved[-1].subject)):
            # "according to" only a name: "the World Health Organization", not "Monday's poll" nor "the Ifo
            # barometer", which are judged as evidence; or sources whose anonymity the story explains ("Others in
            # the administration worry ..., two of the people said")
            resolved = _reported_by_last(resolved, outside_text, sentence.end)
        if resolved:  # a verb-shaped word with no source: many sentences
            out.by_sentence[sentence.start] = resolved
    if outer:
        _link_quotes(text, sentences, outer, out, lex, people, lexicon, subjects)
    return out


# Groups whose words are no group nouns of their own, and the group they are: "Several council members have said"
# (councillors, one named by their title), "..., industry figures say." (executives: "Lindsay Hillier, who runs a
# distillery,"; "Rail industry leaders" too, by their body: "The Railway Industry Association said"), "Skippers said"
# (fishermen: "Mark Trewin, who has fished from the port for 30 years,").
_GROUPS_BY_PHRASE = (("council members", "councillors"), ("industry figures", "executives"),
                     ("industry leaders", "executives"),
                     ("business owners", "businesses"), ("shop owners", "shopkeepers"), ("skippers", "fishermen"),
                     ("local people", "locals"),
                     ("trawlermen", "fishermen"))
# A council's vote, by the council or its committee: "West Devon Borough Council's planning committee voted".
# A group set off with who leads it: ", organised by Just Stop Oil,", ", led by Jo Hale,".
_LED_BY = compiled_later(r", (?:organi[sz]ed|led|represented|co-?ordinated) by (?:the )?[A-Z][^,.;]{0,60},\s*\Z")
# Where a paper appeared: "published in the journal Nature", "appeared in Astronomy & Astrophysics" (not "published
# in a report").
_PAPER_APPEARED = compiled_later(r"\b(?:published|appeared|appears) (?:online )?in\b(?! (?:an?|some|one) )"
                                 rf"|{IN_A_JOURNAL}")
# A paper put to a body or coming from it, named by its kind: "A report, which will be discussed by the planning
# committee,", "a study for the board" (not "A report by a panel of experts").
_A_PAPER = compiled_later(r"an? (?:[\w-]+ )?(?:report|study|survey|poll|paper)\b")
_PUT_TO_A_BODY = compiled_later(r"\b(?:to|for|before|by) (?:the|its) (?:[\w-]+ ){0,2}?"
                                r"(?:committee|council|cabinet|board|panel|commission)\b")
_DECIDED = frozenset("agreed decided resolved voted".split())  # a council's decision, by its members
_COUNCIL_VOTED = compiled_later(r"\b(?:council|committee|cabinet)\b[^.;:]{0,40}?\bvoted\b")
# A group named by the poll that asked them: "analysts polled by Reuters", "economists surveyed by Bloomberg".
_POLLED_BY = compiled_later(r"\b(?:polled|surveyed|questioned) by (?:the )?[A-Z]")


# A tally of a chamber's members: "More than 100 Labour MPs", "dozens of Tory MPs", "40 Republican lawmakers".
_TALLIED_CAUCUS = compiled_later(r"\b(?:\d[\d,]*|dozens|scores|hundreds) (?:of )?(?:[a-z]+ ){0,2}?(?:mps|msps|meps|"
                                 r"lawmakers|legislators|senators|councillors|councilors|peers)\b")


# Words given to a court, an inquest or a tribunal, or read to one: "told the court", "told jurors", "told an
# employment tribunal", "in a statement read to the court" (not "told reporters outside court", nor a group's claim:
# "Campaigners told the tribunal").
_TOLD_THE_COURT = compiled_later(
    r"\b(?:told|tells|telling|testified (?:to|before)) (?:the |an? )?"
    r"(?:(?!outside |near |after |at |in )[\w'\u2019-]+ ){0,3}?"
    r"(?:court|jury|jurors|inquest|tribunal|magistrates|coroner)\b"
    r"|\bstatement (?:that was |was )?read (?:to|in|out in|out to) (?:the )?(?:court|inquest|tribunal)\b")


# Remarks made in private: "have privately expressed", "said in private".
_IN_PRIVATE = compiled_later(r"\b(?:privately|in private)\b")
# The writer of a column or an essay, outside quotations: "I", "me", "my" (case counts: "MY" may be a name).
_THE_WRITER = re.compile(r"\b(?:I|me|my)\b")
_SINGULAR_PRONOUNS = ("she ", "he ")  # a reason's sentence opening on the one named just before it
_WRITER_SPEAKS = 3
# The family of someone a lead does not name yet: "The family of a cyclist", "The parents of a teenager".
_KIN_OF_ONE = compiled_later(r"(?:the )?(?:family|relatives|parents|mother|father|widow|widower|wife|husband|partner|"
                             r"son|daughter|sister|brother|sons|daughters|children|friends) of (?:a|an|the) ")
# ... with an age in the lead ("of a 17-year-old who died"), whom a later sentence opens on by name and home: "Jake
# Trewin, from Bodmin,", "Amy Roe, of Leeds,".
_AGED_ONE_AFTER = compiled_later(r"\d{1,3}-year-old\b")
_NAMED_FROM = compiled_later(rf"[A-Z][\w'\u2019-]+ (?:(?:{NAME_PARTICLES}) ){{0,2}}[A-Z][\w'\u2019-]+, "
                             r"(?:from|of) [A-Z]")
# ... whom a later sentence names with an age: "Thomas Gray, 47,", "Amy Roe, aged 16,".
_NAMED_WITH_AGE = compiled_later(rf"\b[A-Z][\w'\u2019-]+ (?:[A-Z][\w'\u2019-]+ )?(?:(?:{NAME_PARTICLES}) ){{0,2}}"
                                 r"[A-Z][\w'\u2019-]+, (?:aged )?\d{1,3},")


# A share of the bodies the story has just named: "Most of those companies", "Two of these airlines" (not "Many
# of those shoppers", who are no list of names).
_OF_THOSE_NAMED = compiled_later(r"(?:most|many|some|all|both|several|none|few|half|two|three|four|five|six|\d+) "
                                 r"of (?:these|those) (?:[a-z-]+ )?(?:companies|firms|chains|operators|airlines|"
                                 r"carriers|banks|lenders|insurers|clubs|teams|unions|councils|groups|charities|schools|"
                                 r"universities|hospitals|trusts|retailers|supermarkets|brands|countries|nations|states|"
                                 r"parties|providers|suppliers|manufacturers|makers|businesses|broadcasters|papers|"
                                 r"agencies|bodies|organi[sz]ations)\b")
# ... named as a list: "Northern, TransPennine and Avanti", "Aldi, Lidl, or Tesco", "Ryanair and easyJet".
_LISTED_NAME = r"(?:[A-Z]|[a-z]{1,4}[A-Z])[\w&'\u2019.-]*(?: [A-Z][\w&'\u2019.-]*){0,3}"  # "easyJet" too
_NAMES_LISTED = compiled_later(rf"\b{_LISTED_NAME}(?:, {_LISTED_NAME})*,? (?:and|or|&) {_LISTED_NAME}")
# Some of a poll's respondents, by a share alone or with the people a poll asks: "Most said", "Many voters said".
_SOME_OF_THE_POLLED = compiled_later(r"(?:most|many|some|half|few|a majority|a minority|\d+%)(?: of (?:them|those))?"
                                     r"(?: (?:voters|respondents|adults|americans|britons|people|those asked))?")
_POLL_REACH = 3  # sentences after the poll's


# A story's account of whom it interviewed, counted: "interviews with 23 current and former employees", "spoke to
# more than a dozen people".
_INTERVIEWED = compiled_later(r"\b(?:interviews? with|(?:spoke|talked) (?:to|with)|conversations with|"
                              r"accounts (?:from|of)) (?:more than |over |nearly |almost |about |some |at least )?"
                              rf"(?:{COUNTS}|a dozen|dozens|fifteen|twenty)\b")
# ... some of them, counted: "four people who worked on the sites", "several former engineers".
_COUNT_OF_THEM = compiled_later(rf"(?:{COUNTS}|a few|a dozen)\b")
# The rest of a named group's claim, then some of them after "with": "..., with some saying".
_WITH_SOME = re.compile(r"[^.;:!?\u201c\u201d\"]{0,160}?, with \Z")


@functools.cache
def _signed_by(group: str) -> re.Pattern[str]:
    """A letter, a petition or a statement signed by a count of the group: "a letter ..., signed by 140 founders
    and investors", "a petition signed by more than 2,000 residents"."""
    return re.compile(r"\b(?:letter|petition|statement|declaration|pledge)\b[^.;\u201c\u201d\"]{0,120}?\bsigned by "
                      r"(?:more than |over |nearly |almost |about |around |some )?\d[\d,]* (?:[\w-]+ ){0,2}?"
                      rf"{re.escape(group)}\b")


def _judgement_quoted_later(lowered: str, quotations: list[Quotation], start: int, end: int) -> bool:
    """Is a judgement a passive pins on nobody ("were branded an “insult added to injury”") quoted again
    in one of the next quotations, its words there ("... is adding insult to injury"): the quoted speaker's?"""
    if not any(verb in lowered[start:end] for verb in _PINNING):
        return False
    after = [q for q in quotations if q.start >= end]
    if not after or after[0].start - end > 3:
        return False
    words = {w[:5] for w in WORD.findall(lowered, after[0].inner_start, after[0].inner_end) if len(w) > 3}
    if not words:
        return False
    for q in after[1:1 + _JUDGEMENT_QUOTES]:
        if q.start - after[0].end > _JUDGEMENT_REACH:
            break
        if len(words & {w[:5] for w in WORD.findall(lowered, q.inner_start, q.inner_end)}) >= min(2, len(words)):
            return True
    return False


# A patient's state, quoted: "poorly but not critical", "critically ill", "stable" (not "critical to the economy").
_PATIENTS_STATE = compiled_later(r"\s*(?:as\s*)?[\"'\u201c\u201d\u2018\u2019]\s*"
                                 r"(?:(?:very|seriously|critically|gravely|quite|fairly) )?"
                                 r"(?:poorly|critical|stable|serious|comfortable|satisfactory|"
                                 r"life-threatening|grave|ill)\b(?=\s*(?:[\"'\u201d\u2019,]|but\b|and\b))")
_PINNING = ("brand", "label", "describ")  # the passives that pin a quoted judgement
_JUDGEMENT_QUOTES = 3  # the next quotations a judgement may be found in
_JUDGEMENT_REACH = 1500  # characters after it


def _first_at(seen: dict[str, int], text: str, word: str) -> int:
    """Where `word` first stands in text (-1 if nowhere), looked for once per word: `seen` keeps the answers."""
    if word not in seen:
        seen[word] = text.find(word)
    return seen[word]


_RAN_REACH = 1500  # characters of the next sentences read for the body that ran a survey: a run-on one is not read
# whole for each claim


def _one_sentence_lead(sentences: list[Sentence], index: int, lead: Region | None) -> bool:
    """Is the sentence at `index` a lead of one sentence, a news story's summary of what its next paragraphs
    tell? A feature's opening paragraph of several sentences is no summary."""
    return sentences[index].region == lead and (index == 0 or sentences[index - 1].region != lead) and (
        index + 1 == len(sentences) or sentences[index + 1].region != lead)


def introduced_by_name(text: str, start: int, end: int) -> bool:
    """Does text[start:end], a sentence, open by bringing someone in by name with an age or a home ("Jane Ode,
    82, has lived on Mill Street", "Tom Roe, from Leeds, was")?"""
    return _NAMED_WITH_AGE().match(text, start, end) is not None or _NAMED_FROM().match(text, start, end) is not None


# What the rules read of the analysis.
__all__ = ["ACTORS", "ANONYMOUS_ROLES", "DOCUMENT_ROLE", "DOCUMENTS", "FIRST_NAME", "GROUP", "IMPERSONAL", "NAMED",
           "PERSON", "PRONOUN", "QUICK_TO", "REDUCED_PASSIVES", "REFLEXIVES", "ROLE", "THING", "UNNAMED", "Lexicon",
           "Sourcing", "analyse", "claims_with", "introduced_by_name", "unnamed_body", "voice_by_its_kind",
           "voice_of_unnamed_body"]
