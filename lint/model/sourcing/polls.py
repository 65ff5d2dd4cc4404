"""Polls, surveys and studies behind a group's claim: where the draft's evidence
words stand, whose poll each is, and whether it backs the claim beside it.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Collection

from ..patterns import TOGETHER, compiled_later, places
from ..types import Sentence
from .groups import (
    _STANCES,
    _TRADING,
    _VOX_POP,
    BY_ITS_AUTHOR,
)
from .lexicon import (
    _QUANTIFIERS,
    _TOKEN,
    _WEEKDAYS,
    Attribution,
    Lexicon,
)
from .subjects import (
    _SUBJECT_REACH,
    _is_group,
    _names,
)


def _polled(text: str, lowered: str, sentences: list[Sentence], index: int, a: Attribution, lexicon: Lexicon,
            proper: Callable[[str, bool], bool], polls: _Polls) -> bool:
    """Does a named poll, survey or study stand behind a group's claim? In the
    same sentence when it is the claim's source ("..., according to a Bloomberg
    survey", "..., a survey by the CBI showed"), frames it ("In a Reuters poll,
    most economists expect") or is part of the subject ("Most economists in a
    Bloomberg survey expect"); in the next sentence of the paragraph when that
    sentence reports it of the same group ("Analysts expect a fall. A FactSet
    survey of 20 analysts puts it at 8%") or opens on it ("A 2022 study by
    World Weather Attribution found"). A poll nobody is named for ("a recent
    survey"), or a named body's claim beside the group's ("Critics say ..., but
    the mayor said"), does not. `lowered`: the text lowercased; `polls`: where
    the draft's evidence words stand."""
    sentence = sentences[index]
    following = sentences[index + 1] if index + 1 < len(sentences) else None
    if following is not None and following.region != sentence.region:
        following = None
    at = a.subject_start
    if lowered.startswith(_COUNTED_OPENERS, at) or lowered[at:at + 1].isdigit():
        previous = sentences[index - 1] if index and sentences[index - 1].region == sentence.region else sentence
        if previous is not sentence and _BACK_TO_COUNTED.match(lowered, at) and (
                _VOTE.search(lowered, previous.start, previous.end) or (
                polls.between(previous.start, previous.end)
                and _named_evidence(text, previous.start, previous.end, lexicon, proper))):
            return True  # "The committee voted 6-3. Those who wanted a cut argued"; "A YouGov poll ... Those polled"
        words = a.subject.lower().split()
        if (len(words) == 1 or (len(words) == 2 and words[1] in _VOX_POP)) and words[0] in _QUANTIFIERS and \
                _SUBMISSIONS().search(lowered, max(sentences[index - 1].start if index else sentence.start,
                                                   at - _SUBJECT_REACH), at):
            return True  # "More than 900 objections were submitted. Many raised concerns about traffic.", "More
            # than 200 residents objected to the plans. Many said ...", "4,000 people responded to a
            # consultation." then "Some residents said ..." (news paragraphs are often one sentence)
    if a.subject.lower() in _VOX_POP and _SUBMISSIONS().search(
            lowered, max(sentences[index - 1].start if index else sentence.start, at - _SUBJECT_REACH), at):
        return True  # "Plans ... have drawn more than 1,400 objections, with residents warning that ...": those
        # who objected, counted in the sentence or the one before, as "Many" are above
    if _AS_RESPONDENTS.search(text, max(sentence.start, at - 7), at) and _respondents_explain(
            text, sentence, a, lexicon, proper):
        return True  # "The University of Michigan's consumer sentiment index fell to 58.6, as Americans said they
        # expected inflation to rise": those it asked, giving the reason for its reading
    if not polls.between(sentence.start, (following or sentence).end):
        return False  # no poll or survey near: most claims
    # (the evidence near the group, as far as a subject reaches: a run-on "sentence" is not tokenised for each)
    lo, hi = max(sentence.start, at - _SUBJECT_REACH), min(sentence.end, a.subject_end + _SUBJECT_REACH)
    for start, end in _named_evidence(text, lo, hi, lexicon, proper):
        if (end <= a.subject_start and _FRAME_BEFORE.fullmatch(text, sentence.start, start)) or \
                a.subject_start <= start < end <= a.subject_end or \
                _SOURCE_BEFORE.search(text, max(sentence.start, start - _WORDS_BEFORE), start) or \
                ((_CLAUSE_BEFORE.search(text, max(sentence.start, start - _WORDS_BEFORE), start) or (
                    _OPENS_SENTENCE.fullmatch(text, sentence.start, start) and _passes_on(text, a, sentence)))
                 and _FINDING.match(text, end, sentence.end)):
            return True
    if (by := _ACCORDING_TO_A_POLL().search(lowered, lo, hi)) is not None and \
            _poll_named_later(by["noun"]).search(text, sentence.end, sentence.end + _LATER_REACH) is not None:
        return True  # "..., according to a survey of more than 400 developers." then "The survey, by the software
        # security firm Tidelift, found": the poll, named further on
    group = next((w for w in reversed(a.subject.lower().split()) if _is_group(w, lexicon)), None)
    if group is None or following is None:
        return False
    evidence = _named_evidence(text, following.start, following.end, lexicon, proper)
    # ... or opens on a study of it, with what it found: "Climate scientists say such heat has become more likely. A
    # 2022 study by World Weather Attribution found ..." (a poll or survey asks people: of the group, as above)
    # ... and bare "Polls suggest" the named poll the next sentence opens on: "An Ifop survey published Sunday found"
    said = lowered[following.start:following.end]
    kinds = _STUDIES + _POLLS if group in _POLLS else _STUDIES
    return bool(evidence) and (
        any(re.search(rf"\b{re.escape(word)}\b", said) for word in (group, *_TRADING.get(group, ())))
        or any(start - following.start <= 12 and lowered.endswith(kinds, start, end)
               and _FINDING.match(text, end, following.end) for start, end in evidence))


# A poll a claim is given to, unnamed in its sentence ("according to a survey of 400 developers"), and the story's
# naming of it further on, by whose it is: "The survey, by the software security firm Tidelift,".
_ACCORDING_TO_A_POLL = compiled_later(r"\baccording to an? (?:new |recent |online |national )?(?P<noun>survey|poll)\b")
_LATER_REACH = 1500  # characters: the next few paragraphs


@functools.cache
def _poll_named_later(noun: str) -> re.Pattern[str]:
    return re.compile(rf"\b[Tt]he {noun},? (?:(?:conducted|carried out|commissioned|run) )?{BY_ITS_AUTHOR}")


# A clause that gives the reason for a survey's reading, opening on those it asked: ", as consumers said", ", with
# manufacturers saying". A survey's reading may be an index of what people answer ("the ISM services index", "the
# Conference Board's consumer confidence index", "S&P Global's flash PMI"; not "the S&P 500 index", a market's).
_AS_RESPONDENTS = re.compile(r", (?:as|with) \Z")
_READINGS = frozenset(("index", "indices", "pmi", "pmis", "barometer", "gauge"))
_ASKED = re.compile(r"(?i)\b(?:pmis?|sentiment|confidence|optimism|expectations|conditions|climate|activity|services|"
                    r"manufacturing|purchasing)\b")
# Those who comment on a survey rather than answer it, those whose trades move a market, and those of a stance: "The
# PMI fell, as economists said tariffs weighed", "..., as critics said" stay theirs.
_COMMENTATORS = frozenset(("analysts", "economists", "strategists", "experts", "forecasters", "observers", "investors",
                           "traders", *_STANCES))


def _respondents_explain(text: str, sentence: Sentence, a: Attribution, lexicon: Lexicon,
                         proper: Callable[[str, bool], bool]) -> bool:
    """Does a named survey or survey index stand before the clause the group
    opens (", as consumers said"), the group being those it asked?"""
    words = a.subject.lower().split()
    if not words or words[-1] in _COMMENTATORS:
        return False
    return any(text[start:end].rsplit(None, 1)[-1].lower() in lexicon.evidence or _ASKED.search(text, start, end)
               for start, end in _named_evidence(text, max(sentence.start, a.subject_start - _SUBJECT_REACH),
                                                 a.subject_start, lexicon, proper, lexicon.evidence | _READINGS))
    # (read back at most as far as a subject is: a run-on "sentence" of many groups is not tokenised for each)


# Evidence that finds rather than asks: a study backs a group's claim without being of the group.
_STUDIES = ("study", "studies", "research", "analysis", "analyses")
_POLLS = ("poll", "polls", "survey", "surveys")


def _surveyed_group(a: Attribution, lexicon: Lexicon) -> str | None:
    """The group a claim's subject names ("most analysts": "analysts"), whose poll the story may name later."""
    group = next((w for w in reversed(a.subject.lower().split()) if _is_group(w, lexicon)), None)
    return None if group is None or group in _QUANTIFIERS else group


def _last_survey_of(group: str, text: str, lowered: str, sentences: list[Sentence], lexicon: Lexicon,
                    proper: Callable[[str, bool], bool]) -> int:
    """The last sentence (its index; -1 if none) that names the poll of a group whose expectation or view a lead
    sums up ("a larger cut than most analysts had expected" then, further down, "A Reuters survey of 14 analysts
    before the meeting found"; "..., as performers warned that costs were pushing shows out" then "A survey of
    performers carried out by the Fringe Society found"; "fewer than economists had expected" then "Economists
    polled by Reuters had forecast"). Read once per group and draft: a lead of many claims is not read to its end
    for each."""
    g = re.escape(group)
    polled = re.compile(rf"\b(?:(?:poll|survey)s? of (?:[\d,]+ |more than [\d,]+ |dozens of |\w+ )?{g}\b|{g} "
                        rf"(?:(?:polled|surveyed|questioned) by (?:the )?(?P<by>\w)|(?:in|for) an? (?:\w+ ){{1,3}}?"
                        rf"(?:poll|survey)\b))")
    starts = [s.start for s in sentences]
    last = -1
    for m in polled.finditer(lowered):
        at = bisect.bisect_right(starts, m.start()) - 1
        s = sentences[at]
        if at > last and m.start() < s.end and (text[m.start("by")].isupper() if m["by"] else any(
                start < m.end() and m.start() < end
                for start, end in _named_evidence(text, s.start, s.end, lexicon, proper))):
            last = at  # "A Reuters survey of 14 analysts", "A survey of performers carried out by the Society",
            # "economists polled by Reuters", "economists in a Bloomberg survey"
    return last


# A group that says it answered a survey, a poll or a study: "headteachers who responded to the survey".
# Its respondents by that name: "Respondents who backed the idea said", "those polled".
_RESPONDENTS = compiled_later(r"\b(?:who (?:responded to|took part in|answered|completed|were (?:surveyed|polled|"
                              r"questioned) (?:in|for|by))|(?:surveyed|polled|questioned) (?:in|for|by)) the "
                              r"(?:survey|poll|study|questionnaire)\b"
                              r"|\brespondents\b|\bthose (?:surveyed|polled|questioned)\b")
# A named finding's count of its respondents: "It found that a third of prisoners", "The survey showed that 40% of
# nurses", or the story's own inspectors': "Inspectors also found that a third of prisoners" (not "A recent survey
# found that ...": a finding nobody is named for).
_FOUND_THAT = compiled_later(r"\s*(?:it|the [a-z]+|[a-z]+'s [a-z]+|inspectors|auditors) (?:also )?"
                             r"(?:found|finds|showed|shows|revealed|reveals) that ")
_SHARE = compiled_later(r"(?:(?:a|one|two|three) (?:third|quarter|fifth|tenth)s?|half|a majority|most|\d[\d.,]*%|"
                        r"\d+ (?:in|out of) \d+|(?:nearly|almost|more than|over|about|around|fewer than|less than) "
                        r"[\w%.,]+(?: (?:third|quarter|fifth|tenth)s?)?) of ")
# A group that is some of those a vote or a poll in the sentence before counted.
_BACK_TO_COUNTED = re.compile(r"(?:(?:most|many|some|half|all|few|a majority|a minority|\d+%?) of )?"
                              r"(?:those|the) (?:who (?:voted|wanted|backed|opposed|supported|favou?red|preferred|"
                              r"dissented|abstained|chose|rejected|said|answered|sided)|in the (?:majority|minority)"
                              r"|polled|surveyed|questioned|asked|respondents)\b")
# How such a group can open, looked for before the pattern is tried: most groups open otherwise.
_COUNTED_OPENERS = ("those ", "the ", "most ", "many ", "some ", "half ", "all ", "few ", "a majority ", "a minority ",
                    "several ", "others ")
# Written submissions counted ("900 objections", "hundreds of letters"): a bare "Many" after them is some of
# those, a record the story has identified, not people nobody names.
# Counted in one clause: "approved 400 homes, despite objections from residents" counts no objections. Looked for
# at most as far back as a subject reaches: a run-on "sentence" of many groups is not read from its start for each.
_SUBMISSIONS = compiled_later(r"(?:\d|\b(?:hundreds|thousands|dozens|scores)\b)(?:(?!, )[^.;:!?]){0,40}?\b"
                              r"(?:objections|responses|submissions|letters|complaints|comments|representations|"
                              r"e-?mails|replies|reviews|objected|complained|responded|replied|wrote in)\b")
_VOTE = re.compile(r"\bvoted\b|\bvote of \d|\b\d{1,3}[-\u2013]\d{1,3} (?:vote|majority|ruling|decision)|"
                   r"\b(?:voted|ruled|split) \d{1,3}[-\u2013]\d{1,3}")


class _Polls:
    """Where a draft's evidence words ("poll", "survey") stand, read from the
    draft's shared pass when first asked: searching for them around each
    group's claim, or over the draft, costs more than reading the claims."""

    def __init__(self, lowered: str, lexicon: Lexicon, doc) -> None:
        self.lowered, self.lexicon, self.doc = lowered, lexicon, doc
        self.at: list[int] | None = None

    def between(self, start: int, end: int) -> bool:
        """Does one begin in lowered[start:end]? (Inside a longer word too: "pollster".)"""
        if self.at is None:
            owner = self.lexicon.compiled.polls
            found = TOGETHER.hits(self.doc)[owner] if owner is not None and self.doc is not None else None
            self.at = sorted(start for start, _ in found) if found is not None else \
                sorted(places(self.lowered, self.lexicon.evidence))
        i = bisect.bisect_left(self.at, start)
        return i < len(self.at) and self.at[i] < end


# What comes right before a poll that is a claim's source, before one that
# opens the sentence to frame it ("In a Reuters poll, economists"), and right
# after one that reports it in a clause of its own (", a survey by the CBI showed").
# ("per": "..., per LSEG data"; the average of some: "according to the average of estimates compiled by Bloomberg")
_SOURCE_BEFORE = re.compile(r"\b(?:according to|per) (?:an? |the )?(?:(?:average|mean|median) of (?:the )?)?\Z",
                            re.IGNORECASE)
_WORDS_BEFORE = 40  # characters: as far back as these two patterns, which end at the evidence, can reach
_FRAME_BEFORE = re.compile(r"\s*(?:in|from)\s+(?:an?\s+|the\s+)?", re.IGNORECASE)
_CLAUSE_BEFORE = re.compile(r"[,\u2014]\s*(?:an? |the )?\Z", re.IGNORECASE)
# ... or opening the sentence, whose claim a group passes on: "Data from the American Petroleum Institute showed
# ..., according to market sources".
_OPENS_SENTENCE = re.compile(r"\s*(?:an? |the )?", re.IGNORECASE)


def _passes_on(text: str, a: Attribution, sentence: Sentence) -> bool:
    """Is a group's attribution the tag that closes its sentence, after a comma (", according to market sources.",
    ", traders said on Tuesday."), passing on what the sentence's opening evidence found? Not a claim of its own
    after "but" or "while": "A survey showed firms were gloomy, but economists expect a rebound"."""
    first, last = min(a.start, a.subject_start), max(a.end, a.subject_end)
    return text.endswith(", ", sentence.start, first) and \
        len(text[last:sentence.end].split()) <= _TAG_TAIL_WORDS


_TAG_TAIL_WORDS = 3  # what may follow the tag: "on Tuesday", "in a note"
# What a poll's phrase goes on to find or give: "found", "put it at 8%", "gave the party 34%".
_FINDING = re.compile(r"[^,;.]{0,80}?\b(?:show(?:s|ed)?|f(?:ou|i)nds?|suggest(?:s|ed)?|indicat(?:es|ed)|sa(?:ys|id)|"
                      r"put(?:s)?|g(?:ives|ave)|plac(?:es|ed))\b")
# Words that end a poll's phrase, going back from its noun: "In a Reuters poll".
_PHRASE_OPENERS = frozenset("a an the in on at to by from for of with according per this that".split())
# Capitalised words that name no pollster: "Monday's poll", "a March survey".
_CALENDAR = _WEEKDAYS | frozenset(
    "january february march april may june july august september october november december".split())
_AUTHOR = ("by", "from", "for")
_COMPILED = frozenset("compiled conducted carried commissioned published run gathered collated provided".split())
# The story's own firm as the compiler: "a company-compiled consensus", "a bank-provided poll of analysts".
_SELF_COMPILED = re.compile(r"(?i)(?:company|bank|group|firm|lender|insurer|retailer|carmaker|airline)-(?:compiled|"
                            r"provided|supplied|collated|gathered)")
_PHRASE_BREAK = re.compile(r"[,;:()\u2014\u201d\"]")


def _named_evidence(text: str, start: int, end: int, lexicon: Lexicon, proper: Callable[[str, bool], bool],
                    nouns: Collection[str] | None = None) -> list[tuple[int, int]]:
    """The polls, surveys and studies in text[start:end] that say whose they
    are: by a name in their phrase ("a Reuters poll", "the Fed's latest
    survey") or after it ("a survey of 30 economists by Bloomberg", "data from
    Eurostat"); each as a span from the phrase's first word after its article
    to its noun. `nouns`: the words for evidence (default: the lexicon's)."""
    nouns = lexicon.evidence if nouns is None else nouns
    tokens = [(m.start(), m.end(), m.group().strip(".,")) for m in _TOKEN.finditer(text, start, end)]
    found = []
    for i, (_, noun_end, word) in enumerate(tokens):
        if word.lower() not in nouns:
            continue
        first, named = i, False
        while first > 0 and i - first < 4 and tokens[first - 1][2].lower() not in _PHRASE_OPENERS and \
                not _PHRASE_BREAK.search(text, tokens[first - 1][1], tokens[first][0]):
            first -= 1
            named = named or _pollster(tokens[first][2], first, lexicon, proper) or \
                _SELF_COMPILED.fullmatch(tokens[first][2]) is not None
        if named or _author_named(text, tokens, i, lexicon, proper) or (
                tokens[first][2] in ("its", "their") and _named_subject(tokens, lexicon, proper)) or \
                _framed_for_its_author(text, tokens, first, i, lexicon, proper):
            found.append((tokens[first][0], noun_end))
    return found


def _framed_for_its_author(text: str, tokens: list[tuple[int, int, str]], first: int, noun: int, lexicon: Lexicon,
                           proper: Callable[[str, bool], bool]) -> bool:
    """Does the poll's phrase open the sentence as its frame, with its author
    by name the subject after it: "In a survey of its members last spring,
    Unison found", "In its annual poll, the Royal College of Nursing found"?"""
    if first == 0:
        return False  # the phrase opens the sentence: no "In" frames it
    opening = first - (tokens[first - 1][2] in ("a", "an", "its", "their"))
    if opening != 1 or tokens[0][2] != "In":
        return False
    comma = next((k for k in range(noun, min(noun + _FRAME_WORDS, len(tokens) - 1))
                  if _PHRASE_BREAK.search(text, tokens[k][1], tokens[k + 1][0])), None)
    if comma is None or text[tokens[comma][1]:tokens[comma + 1][0]].strip() != ",":
        return False
    name = comma + 1 + (tokens[comma + 1][2] == "the")
    name += _opens_a_name(tokens, name)
    return name < len(tokens) and tokens[name][2][:1].isupper() and _pollster(tokens[name][2], name, lexicon, proper)


_FRAME_WORDS = 12  # how far a framing poll's phrase reaches past its noun: "survey of 2,000 of its members last year"


def _named_subject(tokens: list[tuple[int, int, str]], lexicon: Lexicon, proper: Callable[[str, bool], bool]) -> bool:
    """Does the sentence open on a name, whose "its" or "their" survey is then
    named ("The British Chambers of Commerce said ... in its latest survey",
    "Acme said its poll showed"; not "The council said its survey")?"""
    at = 1 if tokens and tokens[0][2] == "The" else 0
    at += _opens_a_name(tokens, at)
    return at < len(tokens) and tokens[at][2][:1].isupper() and _pollster(tokens[at][2], at, lexicon, proper)


def _evidence_named_in(text: str, sentences: list[Sentence], lexicon: Lexicon,
                       proper: Callable[[str, bool], bool], nouns: Collection[str] | None = None) -> bool:
    """Do any of these sentences name a poll or study's author? Asked sentence
    by sentence, so that a word opening one is read as an opening word:
    "Experts say more research is needed" names no research. `nouns`: the
    words for evidence (default: the lexicon's)."""
    return any(_named_evidence(text, s.start, s.end, lexicon, proper, nouns) for s in sentences)


def _author_named(text: str, tokens: list[tuple[int, int, str]], noun: int, lexicon: Lexicon,
                  proper: Callable[[str, bool], bool]) -> bool:
    """Is a poll's author named after its noun: "a survey by the CBI", "data
    from Eurostat", "a poll of 30 economists for Reuters"?"""
    at = noun + 1
    if at < len(tokens) and tokens[at][2] in _COMPILED:
        at += 1 + (at + 1 < len(tokens) and tokens[at + 1][2] == "out")  # "a consensus compiled by Vara
        # Research", "a poll conducted for the BBC", "a survey carried out by YouGov"
    if at < len(tokens) and tokens[at][2] == "of":
        at = next((j for j in range(at + 1, min(at + 7, len(tokens))) if tokens[j][2] in _AUTHOR), len(tokens))
    if at + 1 >= len(tokens) or tokens[at][2] not in _AUTHOR:
        return False
    name = at + 2 if tokens[at + 1][2] in ("the", "its", "their") and at + 2 < len(tokens) else at + 1
    kind = next((j for j in range(name, min(name + 3, len(tokens) - 1)) if tokens[j][2] in _KINDS_OF_AUTHOR), None)
    if kind is not None and all(tokens[k][2].islower() for k in range(name, kind)):
        name = kind + 1  # "a survey by the data firm FactSet": the firm by its name, after its kind
    name += _opens_a_name(tokens, name)  # "by the British Chambers of Commerce"
    return _pollster(tokens[name][2], name, lexicon, proper) and \
        not any(_PHRASE_BREAK.search(text, tokens[k][1], tokens[k + 1][0]) for k in range(noun, name))
    # (between the words, not inside one: the comma of "a survey of 1,800 adults by Ipsos" breaks nothing)


# What an author is, named before its name: "the data firm FactSet", "the polling company Ipsos".
_KINDS_OF_AUTHOR = frozenset("firm company group consultancy pollster agency institute charity provider".split())


def _opens_a_name(tokens: list[tuple[int, int, str]], at: int) -> int:
    """1 when the capitalised word at `at` has another after it, the name's
    word to judge: a name may open on a word that names nothing alone ("the
    British Chambers of Commerce", "the National Farmers' Union"); else 0."""
    return int(at + 1 < len(tokens) and tokens[at][2][:1].isupper() and tokens[at + 1][2][:1].isupper())


def _pollster(word: str, i: int, lexicon: Lexicon, proper: Callable[[str, bool], bool]) -> bool:
    """Does a word in a poll's phrase name who ran it ("a Reuters poll", not "a
    British survey")? As `_names` decides for a subject, with `i` the word's
    place in its sentence; and no day or month does ("Monday's poll")."""
    low = word.lower().removesuffix("'s").removesuffix("\u2019s")
    return low not in _CALENDAR and _names(word, i, lexicon, proper, True)


def inspects_a_structure(lowered: str, a: Attribution) -> bool:
    """Is the claim's subject a survey of a building or a site, an inspection and no poll ("A structural survey
    found ...", "A survey of the pier found ...", "A survey found the building needed £2.3m of work")? An
    inspection's finding is no one's opinion: "An inspection found the roof was unsafe" is not reported either."""
    return "survey" in lowered[a.subject_start:a.subject_end] and (
        _STRUCTURAL_SURVEY().search(lowered, a.subject_start, a.subject_end) is not None
        or (" of " not in lowered[a.subject_start:a.subject_end] and _STRUCTURE_FOUND().match(lowered, a.end)
            is not None))  # (not a poll's count of whom it asked: "A survey of 2,000 adults found the roof ...")


# A building's, a site's or a wreck's survey by its kind, or by what it surveys ("a survey of the old pier").
_STRUCTURES = (r"(?:buildings?|roofs?|bridges?|piers?|towers?|structures?|walls|hull|dams?|tunnels?|viaducts?|"
               r"foundations|lighthouse|seabed|wreck|premises|property|castle|church|hall|chimneys?|sea ?wall)")
_STRUCTURAL_SURVEY = compiled_later(
    r"\b(?:(?:structural|condition|building|site|ground|geotechnical|topographical|asbestos|bat|ecological|drainage|"
    r"engineering|dive|underwater|drone|aerial|damp|roof|fabric|dilapidations|seabed|hydrographic|archaeological) "
    r"surveys?|surveys? of (?:the|its|a) (?:[\w'\u2019-]+ ){0,3}?" + _STRUCTURES + r")\b(?!['\u2019])")
# ... or by what its finding is about, right after the verb: "found the building needed £2.3m of work"
_STRUCTURE_FOUND = compiled_later(r"\s*(?:that )?(?:the|its) (?:[\w'\u2019-]+ ){0,3}?" + _STRUCTURES +
                                  r"\b(?!['\u2019])")
