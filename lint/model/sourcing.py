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
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable
from functools import cached_property

from ..record import Record
from .names import AGE_AFTER, NAME_ARTICLES, NAME_PARTICLES
from .patterns import TOGETHER, Scanner, Scanners, compiled_later, places
from .sentences import INITIALS
from .types import BLOCKQUOTE, DATELINE, PARAGRAPH, Quotation, Region, Sentence
from .words import (
    CLAUSE_OPENERS,
    NAME_PREFIXES,
    PRONOUNS,
    SENTENCE_OPENERS,
    SMALL_WORDS,
    SPEAKER_PRONOUNS,
    SPEECH_VERBS,
    WORD,
    flatten,
)

NAMED, PRONOUN, ROLE, PERSON, GROUP, ACTORS, IMPERSONAL, THING, FIRST_NAME = (
    "named", "pronoun", "role", "person", "group", "actors", "impersonal", "thing", "first-name")
UNNAMED = frozenset({PERSON, GROUP, ACTORS, IMPERSONAL, FIRST_NAME})
_BLANK = "\u201d"  # quotations are blanked to closing marks: a quotation bounds a subject and never holds one


class Lexicon(Record):
    """The sourcing lists; equal lexicons share their compiled patterns (a
    dictionary key: never changed once made)."""

    FIELDS = ("reporting_verbs", "characterising_verbs", "group_nouns", "group_suffixes", "not_group_suffixes",
              "not_groups", "actors", "parties", "person_nouns", "source_nouns", "inanimate", "claim_verbs",
              "impersonal", "reasons", "not_speech", "titled", "evidence")

    def __init__(self, *, reporting_verbs: tuple[str, ...], characterising_verbs: tuple[str, ...],
                 group_nouns: frozenset[str], group_suffixes: tuple[str, ...], not_group_suffixes: tuple[str, ...],
                 not_groups: frozenset[str],
                 actors: frozenset[str], parties: frozenset[str], person_nouns: frozenset[str],
                 source_nouns: frozenset[str],
                 inanimate: frozenset[str], claim_verbs: frozenset[str], impersonal: tuple[str, ...],
                 reasons: tuple[str, ...], not_speech: tuple[str, ...], titled: frozenset[str],
                 evidence: frozenset[str]) -> None:
        self.reporting_verbs = reporting_verbs  # speech, writing and belief verbs (regular expressions)
        self.characterising_verbs = characterising_verbs  # "called it", "described it as": partial quotes
        self.group_nouns = group_nouns  # plural nouns for unnamed groups: analysts, critics, sources
        self.group_suffixes = group_suffixes  # plurals that name kinds of people: watchers, physicists
        self.not_group_suffixes = not_group_suffixes  # endings within those that name things: measurements
        self.not_groups = not_groups  # plurals that are no people: figures, numbers, data
        self.actors = actors  # people the story's event identifies: monitors, organisers, investigators
        self.parties = parties  # the sides a court story identifies: "prosecutors said", "defence lawyers argued"
        self.person_nouns = person_nouns  # singular people: person, official, delegate, woman, worker
        self.source_nouns = source_nouns  # sources as such: "the official" names nobody the story did not introduce
        self.inanimate = inanimate  # signs, placards: what they carry is not speech
        self.claim_verbs = claim_verbs  # the verbs that pin a claim or belief on a subject (vague-attribution)
        self.impersonal = impersonal  # "it is believed", "are said to" (regular expressions)
        self.reasons = reasons  # stated reasons for anonymity (regular expressions)
        self.not_speech = not_speech  # words before a quotation that make it a title, sign or term
        self.titled = titled  # things that carry words, a few words before a quotation: "a motto for the project,"
        self.evidence = evidence  # research, a survey, a poll: "research has shown"; "a Reuters poll" backs a claim

    def __hash__(self) -> int:  # type: ignore[override]  # Record has none: it is mutable, a Lexicon is not
        return self._hash

    @cached_property
    def _hash(self) -> int:
        """Hashed once: each draft looks its analysis up by lexicon, and the
        lists hold hundreds of strings."""
        return hash(self._values())

    @cached_property
    def compiled(self) -> _Compiled:
        """The patterns, compiled once for equal lexicons (kept on the instance:
        hashing every list on each look-up would cost more than the look-up)."""
        return _compiled(self)


class Attribution(Record):
    FIELDS = __slots__ = ("start", "end", "kind", "subject", "justified", "subject_start", "subject_end", "verb")

    def __init__(self, start: int, end: int, kind: str, subject: str, justified: bool = False, subject_start: int = 0,
                 subject_end: int = 0, verb: str = "") -> None:
        self.start, self.end = start, end  # the verb, or the impersonal phrase
        self.kind = kind  # NAMED, PRONOUN, ROLE, PERSON, GROUP, ACTORS or IMPERSONAL
        self.subject = subject  # the words that say who
        self.justified = justified  # a reason for anonymity is stated
        self.subject_start, self.subject_end = subject_start, subject_end
        self.verb = verb  # the verb as written, lowercase


class Sourcing(Record):
    """The attributions of a draft, by sentence, and each quotation's source."""

    FIELDS = ("by_sentence", "quotes", "not_speech", "continued", "orphans")

    def __init__(self) -> None:
        self.by_sentence: dict[int, list[Attribution]] = {}  # sentence start -> attributions
        self.quotes: dict[int, Attribution | None] = {}  # quotation start -> its source
        self.not_speech: set[int] = set()  # quotation starts that are titles, signs, terms
        self.continued: set[int] = set()  # quotations that go on with the paragraph's speaker
        self.orphans: dict[int, str] = {}  # quotation start -> its pronoun, when nobody before it is named


class _Compiled(Record):
    FIELDS = ("verbs", "impersonal", "reasons", "not_speech", "all_three", "polls", "groups", "subjects")

    def __init__(self, verbs: Scanner, impersonal: Scanner, reasons: Scanner, not_speech: re.Pattern[str],
                 all_three: Scanners, evidence: frozenset[str]) -> None:
        self.verbs, self.impersonal, self.reasons, self.not_speech = verbs, impersonal, reasons, not_speech
        self.all_three = all_three  # reasons, impersonal and verbs, found in one pass
        # The evidence words' owner in the drafts' shared pass, or None when it had no room.
        self.polls: object | None = object()
        if not TOGETHER.add({self.polls: evidence}):
            self.polls = None
        self.groups: dict[str, bool] = {}  # words found to be (or not to be) group nouns
        # Each phrase classified so far, with the questions about its draft that
        # decided it and their answers (see _Subjects): kept for every draft the process checks.
        self.subjects: dict[str, list[_Answer]] = {}


_CACHE: dict[Lexicon, _Compiled] = {}


def _compiled(lexicon: Lexicon) -> _Compiled:
    found = _CACHE.get(lexicon)
    if found is None:
        words = [*lexicon.reporting_verbs, *lexicon.characterising_verbs]
        # Run on lowercased text: IGNORECASE makes Python's regex engine several times slower.
        verbs = Scanner(re.compile(r"(?<![a-z])(?:" + "|".join(f"(?:{v})" for v in words) + r")\b"), word_start=True)
        impersonal = Scanner(re.compile(r"\b(?:" + "|".join(f"(?:{v})" for v in lexicon.impersonal) + r")\b"),
                             word_start=True)
        reasons = Scanner(re.compile("|".join(f"(?:{v})" for v in lexicon.reasons)))
        found = _CACHE[lexicon] = _Compiled(
            verbs, impersonal, reasons,
            re.compile(r"\b(?:" + "|".join(f"(?:{v})" for v in lexicon.not_speech) + r")[\W]*\Z"
                       r"|\b(?:" + "|".join(lexicon.titled) + r")\b(?:\W+[\w'\u2019]+){0,5}[\W]*\Z", re.IGNORECASE),
            Scanners([reasons, impersonal, verbs], shared=_BLANK), lexicon.evidence,
        )
    return found


_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+\b|[\w.&'\u2019-]+")  # "2,000" is one
# Words before a verb-shaped word that make it a noun.
_NOUN_MARKERS = frozenset(
    """a an the this that these those his her their its our my your former same every each no any one for second
    third fourth fifth sixth""".split())
_MODALS = frozenset("can could will would may might must should shall to be been being".split())
# Verbs a relative clause on the reporter's interviews ends with, before "to": "people we spoke to said".
_SPOKEN = frozenset("spoke spoken talked talking speaking".split())
# What a participle opening a sentence goes on with ("Asked whether", "Pressed on the delay"), not a subject.
_PARTICIPLE_CLAUSE = compiled_later(r" (?:whether|if|about|what|why|how|when|where|to|by|on|over|for|repeatedly)\b")
# Verbs that make a habit of the verb after "to": "used to say", "likes to say".
_HABITS = frozenset("used liked likes loved loves".split())
# ... and a view that seems to be held, with what it holds: "investors appear to believe that".
_SEEMING = frozenset("seem seems seemed appear appears appeared".split())
_SEEMING_VIEWS = frozenset("believe think feel expect assume suspect fear accept agree".split())
_PASSIVE_BE = frozenset("is are was were".split())
# ... and the verbs that, like "be", tell a state: "many remain worried about costs" is "are worried".
_STATE_BE = _PASSIVE_BE | {"remain", "remains", "remained"}
_STATES = frozenset("worried concerned convinced divided alarmed frightened frustrated disappointed dismayed".split())
# The forms in "-ing" of those verbs that are also adjectives judging a thing: "the rise is worrying".
_JUDGING = frozenset("worrying concerning alarming troubling frightening disappointing".split())
_STATE_CLAUSE = re.compile(r"\s+(?:that|(?:over |about |on )?whether)\b")
# A claim put as what some would say is still theirs: "many would argue", "some
# might say". Not "residents could expect delays": only these verbs.
_HEDGES = frozenset("would might may could will".split())
_HEDGED = frozenset("say argue agree contend claim suggest insist counter".split())
# Verbs that, denied, pin nothing on anyone: "officials would not say whether".
_NEGATIONS = frozenset("not never neither".split())  # "officials have neither confirmed nor denied"
_WITHHELD = frozenset("say said comment commented confirm confirmed disclose disclosed specify specified".split())
# A participle after a comparison has no subject: "more came than expected", "as feared", "than first thought".
_COMPARED = frozenset("than as".split())
# Everyone and no one in particular: "more than people think" measures, where "than economists expected" cites.
_ANYONE = frozenset({"people", "many", "most", "some", "anyone", "everyone", "most people", "many people"})
_ANYONE_ENDS = frozenset("eyt")  # their last letters, looked at first: most subjects end otherwise


def _measured(before: str, subject: str) -> bool:
    """Is the subject everyone, in a comparison: "(less) than people (think)", "as bad as many (feared)"? Not "As
    many have pointed out"."""
    if subject[subject.rfind(" ") + 1:].lower() not in _ANYONE:
        return False
    lowered = f" {before.rstrip()} {subject}".lower()
    return any(lowered.endswith(f" than {anyone}") or (lowered.endswith(f" as {anyone}") and
                                                      _AS_MUCH_AS().search(lowered) is not None)
               for anyone in _ANYONE)


_AS_MUCH_AS = compiled_later(r"\b(?:as|so) [\w-]+(?: [\w-]+)? as [\w ]+\Z")
_UNTIL_NOW = frozenset("first previously initially originally once earlier widely".split())
# Where the clause before a verb begins: after the last of these marks. Matched
# greedily from the start, so the regex engine backs up from the verb to the
# nearest mark (three times as fast as an rfind per mark).
# Only a full stop before a space can end a clause: not the dots of "Marsh, Ph.D., an agronomist, said",
# nor the last of an initialism before a space and a lowercase word ("A U.S. official said"). Before a capital
# or a blanked quotation it may end a sentence the splitter left whole: "at 11 p.m. Critics say",
# 'past 11 p.m. "We have listened," said Dubois' (where "said" would reach back over the whole sentence).
_TO_LAST_CLAUSE_MARK = re.compile(r".*(?:[!?\u201d\"(;:]|\.(?=\s)(?:(?<!\.[A-Za-z]\.)|(?! [a-z])))", re.DOTALL)
# A name that carries its own mark, before it: "Which?", "Yahoo!".
_NAME_BEFORE_MARK = re.compile(r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]*\Z")
# Where the phrase after a verb ends: a full stop, not the dots of "U.S.-Russia".
_PHRASE_END = re.compile(r"[;:!?\u201d\"(\u2014]|,(?!\d)|\.(?=\s|$)")  # not a number's comma: "2,000 adults"
_CAPITAL_WORD = re.compile(r"[A-Z][\w'\u2019-]*")
_IN_WORD = re.compile(r"[\w&'\u2019-]")
_POSSESSIVE_END = re.compile(r"['\u2019]s(?![\w&'\u2019-])")
_ANONYMOUS_TIES = frozenset("familiar close briefed knowledgeable involved".split())
_LEADING = frozenset("with and but while as so yet then also still however meanwhile".split())
# Words that open a clause inside a subject phrase: the source is named after them.
_CLAUSE_WORDS = frozenset("which who whom whose where when while after before because although though if".split())
# Before a group, a word that makes it the object of another noun: "despite objections from residents who said".
_OBJECT_OF = frozenset("despite amid from against".split())
_DETERMINERS = frozenset(
    "a an one another some many most several few two three four five the this that these those".split())
_QUANTIFIERS = frozenset("some many most several few other others numerous various plenty".split())
# Rank picks some of a party or a trade out as a quantifier does: "senior Republicans", "leading figures".
_RANKS = frozenset("senior leading top prominent influential veteran high-ranking".split())
_PICKED = _QUANTIFIERS | _RANKS
# A count small enough to be sources rather than a tally: "two Labour MPs said".
_A_FEW = frozenset("two three four five couple handful".split())
# What counts some of a kind: "a number of", "a handful of", "a host of".
_TALLIES = frozenset("number handful host raft couple dozen group string slew series majority minority lot".split())
_INDEFINITE = frozenset("a an one another".split())
# Roles whose holders speak off the record: named only by a name, never by their employer.
ANONYMOUS_ROLES = frozenset("official source insider aide diplomat".split())
# What makes "those" a group of people: "those who know him", "those inside the party".
_THOSE = frozenset("who in at inside within around near with on".split())
_ORDINALS = frozenset("second third fourth fifth sixth".split())
# Noun markers that may be the subject themselves, before a verb that is no
# noun: "one said", "a third added"; "a fourth suspect" is a noun.
_COUNTED = frozenset({"one", *_ORDINALS})
# People named by where they are or what they are doing there, not by whom they work for: a place
# after them names nobody ("a passenger at Heathrow", "shoppers at Kirkgate Market"), unlike "an
# analyst at Moody's".
_PUBLIC = frozenset("""commuter commuters passenger passengers shopper shoppers fan fans visitor visitors spectator
    spectators tourist tourists customer customers diner diners patient patients resident residents voter voters
    parent parents pensioner pensioners worshipper worshippers onlooker onlookers bystander bystanders motorist
    motorists cyclist cyclists pedestrian pedestrians traveller travellers traveler travelers holidaymaker
    holidaymakers protester protesters protestor protestors demonstrator demonstrators mourner mourners
    neighbour neighbours neighbor neighbors woman women man men user users tenant tenants trader traders owner owners
    renter renters stallholder stallholders shopkeeper shopkeepers retailer retailers vendor vendors guest guests
    student students pupil pupils attendee attendees""".split())
_LOCATIVE = frozenset("in near outside inside across around on".split())  # "an engineer in Leipzig"
_ORG_PREPOSITIONS = frozenset("at for of with by from".split())  # "analysts at Moody's", "data from Seaview"
# Bodies named in lowercase by what follows them: "the ministry of health".
_BODIES = frozenset("""ministry department office university council board agency institute college school museum
    hospital court committee commission service authority union association federation society bureau district palace
    company firm police club party campaign airline airport bank prison embassy regulator charity trust city
    town borough village county hospice clinic foundation library zoo theatre theater church diocese orchestra team
    league railway operator shelter watchdog insurer retailer supermarket hotel studio publisher broadcaster
    newspaper""".split())
# What a dateline's place is, as a body: its city or town.
_DATELINE_PLACES = frozenset({"city", "town"})
# Events and places a story names that employ nobody: "diplomats at the meeting" are no body's.
_EVENTS = frozenset("""meeting meetings summit conference talks hearing rally protest event scene session ceremony
    funeral match game festival briefing vigil march demonstration gathering site time""".split())
# A country's own bodies, of which it has one: "the U.S. embassy", "the French foreign ministry".
_STATE_BODIES = frozenset("embassy consulate ministry government military army navy parliament treasury".split())
_BODY_NOUNS = "|".join(sorted(_BODIES))
_PUBLIC_OFFICES = "authority|department|agency|ministry|office|service|board|commission|bureau|directorate"
# Words that join two nouns rather than make one name: "fire at the school", "health and social care".
_FUNCTION_WORDS = "(?:of|and|or|the|a|an|at|in|on|for|to|by|with|from|as|is|was)"
# Groups no body before them names: "Kremlin sources", "Whitehall insiders", "Fed watchers".
_UNNAMED_PLURALS = frozenset("sources insiders watchers figures".split())  # "Westminster watchers" watch it;
# "senior Kremlin figures" (figures are people only when ranked, or close to someone)
# ... nor do those a body after them names: "sources at the Treasury", "insiders at Barclays" (whom they work for)
_UNNAMED_AT = frozenset("sources insiders".split())
# Places that stand for a trade: "Wall Street analysts" are any of thousands.
_SECTORS = ("wall street", "silicon valley", "fleet street", "main street", "madison avenue", "capitol hill",
            "hollywood")
_SECTOR_WORDS = frozenset(w for p in _SECTORS for w in p.split())


# Those whose leaders are no body the story names: "business leaders", "faith leaders" (not "union leaders",
# "world leaders" at a summit).
_CONSTITUENCIES = frozenset("business community faith religious civic tech technology church".split())


def _sector(words: list[str]) -> bool:
    """Do the words before a group's noun end in a place that stands for a trade
    ("Wall Street", "senior Silicon Valley")?"""
    return " ".join(words[-2:]) in _SECTORS or words[-1] in _SECTORS


# A source that is a piece of work: "according to a report", "a study found", "according to a survey".
DOCUMENTS = frozenset("report study survey poll".split())
# A council's officers by their work: "planning officers", "council officers".
_COUNCIL_WORK = frozenset("council planning licensing highways housing".split())
_STAFFED = ("council", "board", "commission", "committee")  # public bodies whose staff report to them
# Institutions every story has one of: "a police report" is the police's, "a government study" the government's.
_INSTITUTIONS = frozenset("police government court parliamentary congressional".split())
# A party says which side someone is on, not who they are: "a Democratic senator".
_PARTIES = frozenset("republican democratic democrat gop labour tory conservative liberal libdem".split())
# A party's members in a chamber, and where: "Labour MPs", "Senate Republican lawmakers", "the Conservative group".
_CAUCUS = frozenset("mps meps msps lawmakers legislators senators councillors councilors peers representatives "
                    "members".split())
_CHAMBER = frozenset("the senate house commons lords assembly county city state council".split())
# A party's members: "Democrats say" is the party's stance, "many Democrats believe" some of them.
_PARTY_MEMBERS = frozenset("democrats republicans tories conservatives liberals".split())
# A spokesperson speaks for a body: "a hospital spokeswoman", in a story about the hospital, is its voice.
_SPOKESPEOPLE = frozenset("spokesperson spokesman spokeswoman spokespeople spokesmen spokeswomen".split())
# Who acts for a party: "lawyers for the company" speak for it.
_COUNSEL = frozenset("""lawyer lawyers attorney attorneys counsel solicitor solicitors barrister barristers
    representative representatives""".split())
# Groups defined by their stance: "of" gives what they stand on, not whom they
# belong to ("critics of the plan", "supporters of Mayor Holt" name nobody).
_STANCE = frozenset("""critics opponents supporters proponents advocates defenders detractors sceptics skeptics fans
    backers foes admirers""".split())
# Those a body's own papers are put to: its members and its boards ("a report to councillors").
_ADDRESSED = _CAUCUS | frozenset("ministers trustees governors shareholders investors directors".split())
_PHRASE_PREPOSITIONS = _LOCATIVE | _ORG_PREPOSITIONS | {"to"}
_HEAD_ENDS = frozenset("in to on into during after".split())  # "the firm's banking team in a note"
# Words that say where a source is from, not who it is ("u.s": a word's dots are stripped at its end).
_DEMONYMS = frozenset(
    """
    u.s. u.s us u.k. u.k uk american russian ukrainian british french german chinese japanese israeli palestinian
    iranian indian italian spanish european western eastern asian african arab canadian mexican brazilian
    turkish polish dutch swiss saudi syrian iraqi afghan pakistani korean australian egyptian greek swedish
    norwegian danish finnish irish scottish welsh english belgian austrian hungarian czech baltic nordic gulf
    north south east west northern southern federal state senior former top
    """.split()
)
# Of those, the ones that name a country.
_NATIONS = _DEMONYMS - frozenset(
    "western eastern asian african arab european baltic nordic gulf north south east west northern southern federal "
    "state senior former top".split())
# A nation's people: "Many Americans feel that", "Britons believe" pin a view on millions, as "many voters" do.
# Not "Portuguese" or "Vietnamese": the same word is the adjective ("a Portuguese environmental association").
_PEOPLES = frozenset(d + "s" for d in _NATIONS if d.endswith(("an", "i"))) | frozenset(
    """britons brits scots poles turks swedes danes finns greeks spaniards europeans asians africans arabs westerners
    chileans peruvians argentines argentinians colombians venezuelans ecuadorians bolivians uruguayans paraguayans
    cubans guatemalans hondurans salvadorans nicaraguans panamanians haitians jamaicans dominicans filipinos thais
    indonesians malaysians singaporeans cambodians mongolians nepalis bangladeshis kenyans nigerians ghanaians
    ethiopians ugandans tanzanians rwandans zimbabweans zambians somalis moroccans tunisians algerians libyans
    jordanians emiratis qataris kuwaitis yemenis kurds cypriots czechs slovaks slovenes slovenians romanians
    bulgarians moldovans serbs serbians croats bosnians albanians macedonians montenegrins lithuanians latvians
    estonians belarusians georgians armenians kazakhs uzbeks icelanders kiwis""".split())


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

    @functools.cache
    def study_named() -> bool:
        return _NAMES_A_STUDY().search(lowered_text) is not None or _BY_A_NAME().search(text) is not None or \
            _evidence_named_in(text, sentences, lexicon, proper)

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
    lead = next((s.region for s in sentences if s.region.kind == PARAGRAPH), None)
    first_reason = min(reasons, default=len(sentences))  # the first sentence that says why a source is unnamed
    last_reason = max(reasons, default=-1)
    for index in sorted(impersonal.keys() | verbs.keys()):
        sentence = sentences[index]
        found = _attributions(outside_text[sentence.start:sentence.end], sentence.start, impersonal.get(index, ()),
                              verbs.get(index, ()), index in reasons, lexicon, subjects, index in near)
        resolved: list[Attribution] = []
        for a in found:
            if a.kind == PRONOUN and a.subject in ("They", "they") and index and \
                    sentences[index - 1].region == sentence.region and \
                    sentences[index - 1].start not in out.by_sentence and \
                    (public := _bare_public(lowered_outside, outside_text, sentences[index - 1])) is not None:
                a = Attribution(a.start, a.end, GROUP, public, a.justified, a.subject_start, a.subject_end, a.verb)
                # "Residents are angry. They say the council ignored them.": the public the sentence before opened
                # with, whose claim it is, as "Residents say" would be
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
            if a.kind == GROUP and sentence.region == lead and _A_PANEL().search(a.subject) and any(
                    _PANEL_NAMED().match(outside_text, s.start) for s in sentences[index + 1:index + 6]):
                a = _replace(a, NAMED)  # "..., an influential panel of experts said." then "The US Preventive
                # Services Task Force said": a lead sums up the body it names next
            if a.kind == GROUP and _named_bodies_before(a.subject, outside_text, sentence.start):
                a = _replace(a, NAMED)  # "The RMT and Aslef unions have called strikes." then "Unions said" or
                # "Both unions said": the bodies the story named, come back
            if a.kind == GROUP and (a.subject.lower() in _STAFF_OF_AN_OFFICE or (
                    a.subject.endswith("controllers") and _CONTROLLERS().fullmatch(a.subject.lower()))) and (
                    _office_nearby(outside_text, lowered_outside, sentences, index)
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
            if a.kind == GROUP and _CITING_NAMED_FIGURES().match(outside_text, a.end):
                a = _replace(a, NAMED)  # "..., market sources said, citing American Petroleum Institute figures":
                # the figures are the named body's
            if a.kind == GROUP and " " not in a.subject and _owned_before(a.subject.lower(), lowered_outside,
                                                                          sentences, index):
                a = _replace(a, NAMED)  # "..., against the advice of its own planning officers." then "Officers
                # agreed": those officers
            # A lead sums up whom the story names next: an officer is looked for in its next three sentences (not
            # only the next; a quotation's sentences count as one), a country's own body in one more.
            reach = _reach(sentences, index, quoted, _LEAD_SENTENCES) if sentence.region == lead else 1
            if a.kind == GROUP and _nation_speaks_nearby(a.subject.lower(), lowered_outside, sentences, index,
                                                         reach + 1):
                a = _replace(a, NAMED)  # "..., Ukrainian officials said." then "Ukraine's air force said ...": a
                # wire lead's summary of the offices the story names next (or named just before)
            if a.kind == GROUP and any(j in verbs and _officer_named_next(a, outside_text, sentences[j])
                                       for j in range(index + 1, min(index + 1 + reach, len(sentences)))):
                a = _replace(a, NAMED)  # "..., fire officials said." then "Springfield Fire Chief Dana Mills said"
                # (the next sentence has a verb of saying: the officer speaks there)
            if a.kind == GROUP and _service_speaks_next(a, lowered_outside, sentences, index, reach, verbs):
                a = _replace(a, NAMED)  # "..., state health officials said." then "The Texas Department of State
                # Health Services said": a lead's summary of the service's body, named next
            if a.kind == GROUP and _office_opens_next(a, lowered_outside, sentences, index, sentence.region == lead):
                a = _replace(a, NAMED)  # "Health officials in Gaza say ..." then "The ministry does not distinguish
                # ...": the office the next sentence is about is theirs
            if a.kind == GROUP and _body_beside(a, lowered_outside, sentences, index):
                a = _replace(a, NAMED)  # "Acme Corp. will close the plant, company officials said": Acme's
            if a.kind == GROUP and (
                    _polled(outside_text, lowered_outside, sentences, index, a, lexicon, proper, polls)
                    or (sentence.region == lead and a.verb in _EXPECTING
                        and _surveyed_later(outside_text, lowered_outside, sentences, index, a, lexicon, proper))):
                a, respondents = _replace(a, NAMED), index  # "economists expect a cut, according to a Reuters
                # poll"; "Others said" right after are others of those
            if a.kind == GROUP and (
                    (_RESPONDENTS().search(lowered_outside, a.subject_start, a.start)
                     and _evidence_named_in(outside_text, sentences[:index], lexicon, proper))
                    or (respondents == index - 1 and a.subject.lower() in _QUANTIFIERS
                        and sentences[respondents].region == sentence.region)):
                # "Headteachers who responded to the survey said", of a survey by the NFER the story named; "Several
                # said" right after them: some of those
                a, respondents = _replace(a, NAMED), index
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
            if a.kind in (PERSON, GROUP) and " after a" in outside_text[sentence.start:a.subject_start + 3] and \
                    not _OWN_CHECKS.isdisjoint(a.subject.lower().split()[:2]) and \
                    _NAMED_BODY_ACTED().fullmatch(outside_text, sentence.start, a.subject_start) is not None:
                a = _replace(a, NAMED)  # "St Michael's Primary School made the change after a survey found": a
                # named body acting on its own survey (not "Parents acted after a survey found")
            if a.kind in (PERSON, GROUP) and (noun := _evidence_noun(a, lowered_outside)) in _COMES_BACK and (
                    _COMES_BACK[noun].search(lowered_text, a.end) or _named_again(noun).search(text, a.end)) and \
                    study_named():
                a = _replace(a, NAMED)  # "according to a study of 1,400 students. The study, published in ...",
                # "according to new research. The study, published in ...": it is named
            if a.kind == NAMED and a.subject.startswith(("the ", "The ")) and \
                    (held := _HELD_IN_ONE().match(outside_text, a.subject_start)) is not None and \
                    not _NAME_SET_OFF().match(outside_text, held.end()):
                a = _replace(a, PERSON)  # '"...," said the owner of a seafront cafe': a role in a place the story
                # does not name is nobody's, as "a cafe owner" is (not "the owner of the cafe, Jo Bell")
            if a.kind == NAMED and DOCUMENT_ROLE.fullmatch(a.subject.lower()) and not study_named():
                a = _replace(a, GROUP if a.subject.endswith("s") else PERSON)  # "The study's lead author said", of
                # "a new study" the draft never names: as unnamed as the study
            if a.kind == PERSON and a.subject in ("Researchers", "researchers") and not study_named() and \
                    _A_STUDY().search(lowered_text) is None:
                a = _replace(a, GROUP)  # "Scientists have discovered a creature. Researchers believe it is new.":
                # no study, no place, no one: the researchers are nobody's, as "scientists believe" is
            elif a.kind in (PERSON, GROUP) and (a.subject.lower() == "scientists" or _A_TEAM().fullmatch(
                    a.subject.lower())) and study_named():
                a = _replace(a, NAMED)  # "..., scientists said." or "an international team of scientists
                # reported" in a story that says where its paper appeared: its authors, as bare "Researchers"
                # are ("Some scientists", "Planetary scientists" stay a group)
            head = a.subject[a.subject.rfind(" ") + 1:].lower() if a.kind == GROUP else ""  # "Wall Street analysts"
            if head in _QUANTIFIERS and index and sentences[index - 1].region.kind == PARAGRAPH:
                head = _opening_group(lowered_outside, sentences[index - 1]) or head  # "Passengers described
                # crowded platforms. Some said ...": some of the passengers (in the paragraph before too: "Shoppers
                # say ..." then "At the market, many said ...")
            after: list[Sentence] = []  # where one of a group may be named: the next sentences, and its own
            if a.kind == GROUP:
                following = _next_region(sentences, index, lowered_outside)  # '"Tiny children. ...," said Jo Roe'
                after = [s for s in sentences[index + 1:index + 1 + _reach(sentences, index, quoted, 2)]
                         if s.region in (sentence.region, following)]  # a quotation's sentences count as one
                if sentence.region == lead and head in _BENCHES:  # a lead sums up whom the next paragraphs name
                    after = sentences[index + 1:index + 6]
                if after and _SIDES().match(lowered_outside, _past_a_place(lowered_outside, after[-1])) and \
                        not _SAYING.isdisjoint(WORD.findall(lowered_outside, after[-1].start, after[-1].end)) and \
                        (last := sentences.index(after[-1], index + 1)) + 1 < len(sentences):
                    after.extend(sentences[last + 1:last + 1 + _reach(sentences, last, quoted, 1)])  # "Parents were
                    # split. Some said ...; others said ..." then "Laura Kim, whose two sons attend ...": the sides go
                    # on with the group's claim (a quotation's sentences with their tag)
                if _JOINED_CLAIM.search(lowered_outside, a.end, sentence.end):
                    after.insert(0, sentence._replace(start=a.end))  # "..., and Jo Bell, 64, who lives opposite,"
            # (a trade's leaders, "Teachers' leaders said", by their body's head: "general secretary of the NEU")
            if a.kind == GROUP and (members := _members_of(head) or (
                    _ORGANISATIONS if head.endswith(("'", "\u2019")) and head[:-1] in _TRADES else None)) and (any(
                    _member_named_next(members, outside_text, lowered_outside, s, _field_of(a.subject))
                    and not _of_a_party_named_before(a.subject, outside_text, s, a.start)
                    for s in (after + [t for t in _stance_reach(sentences, index, quoted) if t not in after]
                              if head in _STANCES else after)) or (
                    sentence.region == lead and _member_introduced_then_speaks(
                        members, outside_text, lowered_outside, sentences[index + 1:index + 6]))):
                a = _replace(a, NAMED)  # "Experts urged caution. Prof. Ann Kay, of Leeds, said ..." (in the next
                # sentence, or the one after it in the paragraph, or after "and" in its own)
            if a.kind == GROUP and head == "regulators" and sentence.region == lead and any(
                    _REGULATOR_ACTS().match(outside_text, s.start, s.end) for s in sentences[index + 1:index + 6]):
                a = _replace(a, NAMED)  # "..., siding with regulators who argued it would raise prices." then
                # "The Federal Trade Commission had sued to block the deal": the lead sums up the body it names
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
            if a.kind == GROUP and onward and (own := _own_words(a.subject)) and any(
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
                    _body_speaks_for(head, outside_text, lowered_outside, s) for s in onward):
                a = _replace(a, NAMED)  # "Headteachers said ..." then "Greg Dempster, general secretary of AHDS, which
                # represents primary headteachers, said": the body that speaks for them speaks (further on after a
                # lead, as their own body may)
            if a.kind == GROUP and (head in _VOX_POP or head in _TRADES or head in _PEOPLES) and (any(
                    _one_of_them_in(head, outside_text, lowered_outside, s) for s in after) or any(
                    _one_of_them(head, aged=head in _PEOPLES).search(outside_text, s.start, s.end)
                    for s in sentences[max(0, index - 2):index])):
                a = _replace(a, NAMED)  # "Residents said the water rose fast." then '"...," said Maria Lopez, 62.'
                # (after it); or one of the two sentences before names one of them by more than an age, which a
                # court story gives its defendant too ('"...," said Kofi Mensah, 34, who lives on the ninth
                # floor.' then "Neighbours said ..."); a people's by an age too ("Olena Petrenko, 54, a teacher
                # in Kharkiv" then "Many Ukrainians say")
            if a.kind == GROUP and a.subject.lower() in _ELLIPTICAL and any(
                    _NAMED_SPEAKER_OPENS().match(outside_text, s.start) for s in after):
                a = _replace(a, NAMED)  # "Others worried about sports." then "Tom Kessler, the district's athletic
                # director, said": a bare "Others" has no noun of its own, so the one named speaking next is of them
            if a.kind == GROUP and len(head) >= 7 and head.endswith("ers") and any(
                    (who := outside_text.find(", who", s.start, s.start + _NAMED_WHO_REACH)) >= 0
                    and _by_their_work(head, outside_text, s, who) for s in after):
                a = _replace(a, NAMED)  # "Some growers say they will not replant." then "Brian Logan, whose family
                # has grown apples near Hastings since the 1950s, said": one of them, by the work that makes them so
            if a.kind == GROUP and head in _VOX_POP and any(
                    j in reasons and (_ONE_OF_THE_PUBLIC_UNNAMED().search(lowered_outside, sentences[j].start,
                                                                         sentences[j].end)
                                      or (head in _WORKFORCE and _ONE_BY_THEIR_JOB().search(
                                          lowered_outside, sentences[j].start, sentences[j].end)))
                    for j in range(index + 1, min(index + 3, len(sentences)))):
                a = _replace(a, NAMED)  # "Parents said they were shocked." then '"...," said one mother at the
                # gates, who did not want to give her name' or "One, who asked not to be named because ...": one of
                # them, whose anonymity the story explains; one of a workforce by their job: "Staff described the
                # conditions as unsafe." then "One nurse, who asked not to be named because ..., said"
            if a.kind in (PERSON, GROUP) and not a.justified and first_reason < index \
                    and _BACK_TO_SOURCES.fullmatch(a.subject.lower()):
                # "two of the people said", after "three people ... speaking on condition of anonymity because ..."
                a = _replace(a, a.kind, justified=True)
            if a.kind == PERSON and not a.justified and first_reason < index and \
                    (one := _ONE_OF_THE_EXPLAINED().fullmatch(a.subject.lower())) is not None and any(
                    r < index and (_plural_in(one["noun"], lowered_outside, sentences[r], index - r <= _NEAR_REASON)
                                   or (r and sentences[r - 1].region is sentences[r].region
                                       and lowered_outside.startswith(_BACK_TO_THEM, sentences[r].start)
                                       and _plural_in(one["noun"], lowered_outside, sentences[r - 1],
                                                      index - r <= _NEAR_REASON)))
                    for r in reasons):
                # "One senior official said", after "three officials, who spoke on condition of anonymity because":
                # one of those; or after "Eight workers spoke to us. Most asked not to be named because ..."; "One
                # minister said" a few sentences after "Two senior government figures ... spoke on condition of
                # anonymity": sources named by a word that takes in any role
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
            if a.kind == PERSON and not a.justified and \
                    _TOLD_THE_COURT().search(lowered_outside, sentence.start, sentence.end) is not None:
                a = _replace(a, a.kind, justified=True)  # "One victim told the court in a statement ...": one who
                # spoke in open court, on its record, whom the law or their privacy keeps unnamed
            if a.kind in (PERSON, GROUP) and not a.justified and in_first_person() and _THE_WRITER.search(
                    outside_text, a.end + 3 if outside_text.startswith(" me", a.end) else a.end, sentence.end):
                a = _replace(a, a.kind, justified=True)  # "Friends thought I was mad." in a column: the writer's own
                # circle, speaking of the writer, whom no one names (so '"...?" asked one.' after it); not "Residents
                # told me the water rose fast", a claim told to the writer
            if a.kind in (PERSON, GROUP) and _KIN_OF_ONE().match(lowered_outside, a.subject_start) and any(
                    _NAMED_WITH_AGE().search(outside_text, s.start, s.end) for s in sentences[index + 1:index + 4]):
                a = _replace(a, NAMED)  # "The family of a cyclist who died ... have described him as" then "Thomas
                # Gray, 47, was hit": the family of one the story names next, by name and age
            if a.kind == PERSON and sentence.region == lead and (index == 0 or sentences[index - 1].region != lead) \
                    and _identified_next(a, outside_text, sentences, index, quoted):
                a = _replace(a, NAMED)  # "A nurse who helped evacuate patients has told an inquiry ..." then "Giving
                # evidence on Monday, Sarah Quinn described ...": the one a lead describes, named next
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
            if a.kind in (GROUP, NAMED) and index in reasons and (
                    a.subject.endswith("s") or a.subject.split(" ", 1)[0].endswith("s")):
                plural_with_reason = index  # "Teachers at the school, who asked not to be named because"
            if a.kind == NAMED and lowered_outside.find("priv", a.subject_start, a.end + 16) != -1 and \
                    _IN_PRIVATE().search(lowered_outside, a.subject_start, a.end + 16):
                plural_with_reason = index  # "Labour MPs have privately expressed concern." then 'One said: "..."':
                # members of a named body, speaking in private, which their anonymity keeps
        if len(resolved) > 1 and resolved[-1].kind == NAMED and resolved[-1].verb in _TRAILING_VERBS and (
                resolved[-1].verb != "according to" or _PROPER_NAME.fullmatch(resolved[-1].subject)):
            # "according to" only a name: "the World Health Organization", not "Monday's poll" nor "the Ifo
            # barometer", which are judged as evidence
            resolved = _reported_by_last(resolved, outside_text, sentence.end)
        if resolved:  # a verb-shaped word with no source: many sentences
            out.by_sentence[sentence.start] = resolved
    if outer:
        _link_quotes(text, sentences, outer, out, lex, people, lexicon, subjects)
    return out


# Words given to a court, an inquest or a tribunal, or read to one: "told the court", "told jurors", "in a statement
# read to the court" (not "told reporters outside court", nor a group's claim: "Campaigners told the tribunal").
_TOLD_THE_COURT = compiled_later(
    r"\b(?:told|tells|telling|testified (?:to|before)) (?:the |an? )?(?:court|jury|jurors|inquest|tribunal|magistrates|"
    r"coroner)\b|\bstatement (?:that was |was )?read (?:to|in|out in|out to) (?:the )?(?:court|inquest|tribunal)\b")


# Remarks made in private: "have privately expressed", "said in private".
_IN_PRIVATE = compiled_later(r"\b(?:privately|in private)\b")
# The writer of a column or an essay, outside quotations: "I", "me", "my" (case counts: "MY" may be a name).
_THE_WRITER = re.compile(r"\b(?:I|me|my)\b")
_WRITER_SPEAKS = 3
# The family of someone a lead does not name yet: "The family of a cyclist", "The parents of a teenager".
_KIN_OF_ONE = compiled_later(r"(?:the )?(?:family|relatives|parents|mother|father|widow|widower|wife|husband|partner|"
                             r"son|daughter|sister|brother|sons|daughters|children|friends) of (?:a|an|the) ")
# ... whom a later sentence names with an age: "Thomas Gray, 47,", "Amy Roe, aged 16,".
_NAMED_WITH_AGE = compiled_later(rf"\b[A-Z][\w'\u2019-]+ (?:[A-Z][\w'\u2019-]+ )?(?:(?:{NAME_PARTICLES}) ){{0,2}}"
                                 r"[A-Z][\w'\u2019-]+, (?:aged )?\d{1,3},")


def _stance_reach(sentences: list[Sentence], index: int, quoted: set[int]) -> list[Sentence]:
    """Where one of critics, opponents or supporters may be named by their stance ("who voted for the plan"): the
    next three sentences (a quotation's counted as one), in the group's paragraph and the next, after the claim's
    evidence ("Supporters said the city needed housing. Rents have risen 40%, according to Zillow." then '"...,"
    said Councilor April Fournier, who voted for the plan')."""
    following = sentences[index + 1:index + 1 + _reach(sentences, index, quoted, 3)]
    region = sentences[index].region
    regions = [region, *(s.region for s in following if s.region != region)][:2]
    return [s for s in following if s.region in regions]


# A sentence opening on people counted: "Four former managers", "Several staff members", "Both women".
_COUNTED_PEOPLE = compiled_later(r"\s*(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|both|"
                                 r"a (?:number|handful|dozen) of|dozens of) (?:[a-z'\u2019-]+ ){0,3}?[a-z]+s\b")


_LEAD_SENTENCES = 3  # a lead's summary reaches the next three sentences


def _reach(sentences: list[Sentence], index: int, quoted: set[int], count: int) -> int:
    """How many sentences after the one at `index` the next `count` are, a
    quotation's sentences counted as one ('"The water came at night. We ran
    with nothing," said ...' is one): a lead's summary reaches the next three,
    a group's claim the next two. `quoted`: the sentences that start inside a
    quotation."""
    reach = counted = 0
    for j in range(index + 1, len(sentences)):
        inside = j in quoted
        if counted == count and not inside:
            break  # the last one counted takes its quotation's later sentences with it
        reach += 1
        counted += not inside
    return reach


def _next_region(sentences: list[Sentence], index: int, lowered: str) -> Region | None:
    """The paragraph after the one the sentence is in, if what stands between goes on with the group: "Parents said
    they were heartbroken. Many had campaigned." then '"...," said Lisa Forsyth, whose two daughters attend the
    school.' (not after "The board voted 9-3.")."""
    region = sentences[index].region
    for s in sentences[index + 1:index + 4]:
        if s.region != region:
            return s.region
        if _GOES_ON().match(lowered, s.start) is None:
            return None
    return None


# How a sentence goes on with the group the one before gave a claim to: "Many had campaigned", "They say".
_GOES_ON = compiled_later(r"(?:some|others|many|most|a few|several|they|all|both)\b")


def _role_kind(subject: str, lexicon: Lexicon, mentioned: Callable[[str, int], bool], at: int,
               unnamed: Callable[[str, int], bool] = lambda role, at: False) -> str:
    """What a definite role is: "the official said" identifies someone only if
    the story introduced an official before, and so does "the woman said" (a
    stranger the story never brought in: a cut introduction, or a spinner's
    "the" for "a"), but not if it brought her in unnamed (`unnamed`: "A woman
    was hurt." then "the woman said"); "the witness" always does."""
    words = subject.lower().split()
    role = words[-1]
    # "the first runner to stop", "the youngest pupil": picked out by a rank, not by a name, even among those
    # the story counted ("Two runners stopped. ... said the first runner")
    ranked = any(w in _RANKS_AMONG or w.endswith("est") for w in words[1:-1]) and \
        " ".join(words[-2:]) not in _RANKED_TITLES
    known = not ranked and ((role not in lexicon.source_nouns and role not in _STRANGERS) or (
        mentioned(role, at) and not (role in _STRANGERS and unnamed(role, at))))
    return NAMED if known else (GROUP if role.endswith("s") else PERSON)


def _introduced_unnamed(text: str, lowered: str, role: str, before: int) -> bool:
    """Did the story bring in this stranger with an article and no name, and never name them since: "A woman was
    hurt", "an elderly man"? Not "Jo Bell, a woman of 60", "a woman named Jo Bell", "a woman, Jo Bell,", nor a
    woman police later "named as Jo Bell"."""
    i = _first_word(lowered, role)
    article = _UNNAMED_ARTICLE().search(lowered, max(0, i - 30), i) if 0 < i < before else None
    if article is None:
        return False
    return _APPOSED_BEFORE().search(text, max(0, article.start() - 40), article.start()) is None and \
        _NAMED_AFTER_ROLE().match(text, i + len(role)) is None and _NAMED_AS().search(text, i, before) is None


# How a stranger is brought in unnamed, right before their noun: "a ", "an elderly ", "one young ".
_UNNAMED_ARTICLE = compiled_later(r"\b(?:an?|one|another)(?: [a-z-]+){0,2} \Z")
# ... and the name set beside them: "Jo Bell, a woman of 60", "a woman named Jo Bell", "a woman, Jo Bell,".
_APPOSED_BEFORE = compiled_later(r"[A-Z][\w'\u2019-]+, \Z")
_NAMED_AS = compiled_later(r"\b(?:named|identified)(?: [\w'\u2019-]+){0,3} as [A-Z]")
_NAMED_AFTER_ROLE = compiled_later(r"(?:,? (?:named|called|identified as|known as|named locally as) [A-Z]"
                                   r"|, [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)+,)")


# One by their age: "the 54-year-old", "the 17-year-old boy".
_AGED_ONE = compiled_later(r"[Tt]he (?P<age>\d{1,3})-year-old(?: [a-z]+)?")


def _age_given(text: str, age: str, before: int) -> bool | None:
    """Has the story named someone of this age before `before` ("Ana Ruiz,
    54,", "Ruiz, aged 54", "Ruiz (54)", "54-year-old Ana Ruiz")? False when
    it brought in only someone unnamed of that age ("a 54-year-old woman"),
    None when it gave nobody that age."""
    given = None
    for m in re.finditer(rf"(?:, (?:aged )?{age}\b|\({age}\)|\b{age}-year-old)", text[:before]):
        if m.group()[0] in ",(" or not text.endswith(("a ", "an ", "A ", "An "), 0, m.start()):
            return True
        given = False
    return given


# People the story must bring in before "the" can point back to them: "the woman", "the resident".
_STRANGERS = frozenset("""woman man boy girl resident neighbour neighbor passenger shopper customer commuter driver
    pensioner local""".split())


_RANKS_AMONG = frozenset("first second third fourth fifth last".split())
_RANKED_TITLES = frozenset({"first minister", "first lady", "first gentleman", "second lady", "second gentleman",
                            "first secretary"})  # an office, not a rank: "said the first minister"


def _reported_by_last(found: list[Attribution], text: str, end: int) -> list[Attribution]:
    """A group's claim inside what a named source said, its attribution
    closing the sentence after a comma ("Farmers have warned of higher prices
    for months, the National Farmers' Union said", "..., Acme said in a
    report"), is the named source's report. Not a claim beside the named
    one's ("Critics say it will fail, but the mayor said it would work"), nor
    one before a named source's own clause ("..., when Keane has said she
    will run")."""
    last = found[-1]
    opens = min(last.start, last.subject_start)
    if _CLOSING_TAIL.fullmatch(text, max(last.end, last.subject_end), end) is None:
        return found
    out = []
    for a in found[:-1]:
        between = text[a.end:opens]
        if a.kind == GROUP and a.end <= opens and between.rstrip().endswith(",") \
                and _CLAIM_BESIDE.search(between) is None:
            a = _replace(a, NAMED)
        out.append(a)
    out.append(last)
    return out


# Verbs of an attribution that closes a sentence, and what may follow it there: "said.", "said in a
# statement on Monday.", a name's role set off after it ("said Jo Bell, the council leader.")
_TRAILING_VERBS = frozenset("""said says added adds told wrote writes noted stated reported announced admitted admits
    acknowledged acknowledges conceded concedes confirmed confirms explained explains warned warns""".split()) | {
    "according to"} | (  # "Experts say the virus spreads by droplets, according to the World Health Organization"
    frozenset("showed shows found finds".split()))  # a record's: "Several officials expect fewer cuts, the
# projections showed", "Most policymakers agreed ..., the minutes showed"
_CLOSING_TAIL = re.compile(r"(?:,\s+(?:the|a|an|its|his|her|their)\s+[^,;:.!?\u2014]{1,60})?"
                           r"(?:\s+(?:on|in|at|to|last|this|earlier|late|during|via|from)\b[^,;:\u2014]{0,50})?"
                           r"[\s.!?\"'\u201d\u2019]*")
# A name and nothing else: "the World Health Organization", "Ana Ruiz", "the Organisation for Economic Co-operation".
_PROPER_NAME = re.compile(r"(?:the )?[A-Z][\w.&'\u2019-]*"
                          rf"(?: (?:(?:of|for|and|the|on|{NAME_PARTICLES}) )*[A-Z][\w.&'\u2019-]*)*")
# What joins a second claim to the first: "..., but the mayor said".
_CLAIM_BESIDE = re.compile(r";|\b(?:but|while|whereas|although|though|however|yet)\b", re.IGNORECASE)


# The people an impersonal phrase stands for: "people familiar with", "a person close to"; in it or right after
# it ("according to people" familiar with the matter).
_HEARSAY_TIES = re.compile(r"\b(?:familiar|close|briefed|knowledge)\b")
# ... of which these two also say where someone is or what they know: "close to the river", "familiar with the
# rules".
_NEAR_OR_VERSED = re.compile(r"\b(?:familiar|close)\b")
# What people close to someone hold, with no verb of saying: a state of mind ("are confident", "remain adamant")
# or a portrait ("describe a private man").
_STANCE_AFTER = compiled_later(
    r"\b(?:(?:is|are|was|were|remain|remains|remained|seem|seems|seemed|appear|appears|appeared|have been|had been)"
    r" (?:\w+ )?(?:confident|adamant|optimistic|pessimistic|convinced|certain|sure|hopeful|upbeat|sceptical|"
    r"skeptical|wary|doubtful|bullish|bearish|unconvinced|relaxed|concerned|furious|angry|unhappy|happy|keen|"
    r"determined|resigned|baffled|puzzled|surprised|shocked|stunned|dismayed|frustrated|split|divided)"
    r"|describe[sd]?|portray(?:s|ed)?|paint(?:s|ed)? (?:him|her|them|a|an)|characteri[sz]e[sd]?)\b")
# How far after an unnamed source the story may say why it is unnamed.
_REASON_REACH = 2
# ... and after a lead, which wire copy follows with its figures before it comes back to its sources in a paragraph
# of their own ("..., sources in the OPEC+ group said." then two sentences of prices, then "Three OPEC+ sources, who
# declined to be named because ...").
_LEAD_REASON_REACH = 4


# A group named again by a plural that opens the sentence, up to the reason it gives (lowercased): "the officials,
# who spoke on condition of anonymity", "both u.s. diplomats asked not to be named".
_RENAMED = compiled_later(r"(?:the|both|all) (?:[a-z.'\u2019-]+ ){0,2}[a-z]+s(?:,? who)? (?:(?:spoke|talked) )?")


def _reason_follows(a: Attribution, index: int, reasons: dict[int, list[_Hit]], lowered: str,
                    sentences: list[Sentence], reach: int) -> bool:
    """Does one of the next `reach` sentences give the reason for this unnamed source,
    naming it again by its noun ("A U.S. official said the aid would grow. The
    official spoke on condition of anonymity to discuss the plans", '"...," the
    officials told reporters, speaking anonymously') or by a pronoun that opens
    the sentence after it ("... three people familiar with the matter said.
    They asked not to be identified because ...", "Both spoke on condition
    of anonymity ...")? A reason given for someone
    else ("A resident, who asked not to be named, said") does not."""
    words = a.subject.lower().split()
    if not words:
        return False
    cut = next((i for i, w in enumerate(words) if i and (w in _ANONYMOUS_TIES or w in _AFTER_HEAD)), len(words))
    noun = words[cut - 1]  # "people familiar with the matter": "people"
    # ... or one of a group the lead named ("Ukrainian officials said ..." then "according to a Ukrainian
    # security official who ... spoke on condition of anonymity")
    one = rf"|\b(?:an?|one) (?:[\w.'\u2019-]+ ){{0,3}}{re.escape(noun[:-1])}\b" if noun.endswith("s") else ""
    # ... or as "the sources", whatever noun the story first gave them ("three people familiar with the matter
    # told Reuters" then "said the sources, who declined to be named because ..."), or by the noun of those named
    # with them ("according to two U.S. officials and a person familiar with the talks" then "The officials, who
    # spoke on condition of anonymity")
    mate = _LISTED_WITH().search(lowered, sentences[index].start, a.start if a.kind == IMPERSONAL else a.subject_start)
    nouns = "|".join(map(re.escape, (noun, mate[1]) if mate else (noun,)))
    again = re.compile(rf"\b(?:the|both|all|each|these|those|two|three|four|five|six|\d+) (?:[\w.&+'\u2019-]+ ){{0,2}}"
                       rf"(?:{nouns}|sources?)\b{one}")  # also counted: "Two Egyptian security officials"
    # ... or, when the story first called them only "people", by the role it then gives them, opening the sentence
    # ("according to two people briefed on the talks" then "The officials, who spoke on condition of anonymity")
    renamed = noun == "people"
    pronouns = ("they ", "both ", "each ", "all of them ") if noun.endswith("s") or noun == "people" else (
        "he ", "she ", "they ")  # "... two officials said. Both spoke on condition of anonymity because ..."
    about_them = True  # every sentence since names them again: a pronoun that opens the next is theirs
    for j in range(index + 1, min(index + 1 + reach, len(sentences))):
        said = lowered[sentences[j].start:sentences[j].end]
        named_again = again.search(said) is not None
        if j - index > _REASON_REACH and not (named_again and sentences[j].opens_region):
            continue  # further on, only a paragraph that opens by naming them again: "Three OPEC+ sources, who"
        if j in reasons and (named_again or (about_them and said.startswith(pronouns))
                             or (renamed and (m := _RENAMED().match(said)) is not None
                                 and any(hit[0] == m.end() for hit in reasons[j]))):
            return True
        about_them = about_them and named_again
    return False


# A plural named right before an unnamed source, in one list with it: "two U.S. officials and a person familiar".
_LISTED_WITH = compiled_later(r"\b([a-z]{3,}s) and \Z")


def _first_word(text: str, word: str) -> int:
    """Where `word` (or its plural) first stands as a word of its own: "city" is
    not in "electricity", nor "board" in "keyboard"."""
    i = text.find(word)
    while i != -1:
        end = i + len(word)
        end += text.startswith("s", end)
        if (i == 0 or not text[i - 1].isalpha()) and (end >= len(text) or not text[end].isalpha()):
            return i
        i = text.find(word, i + 1)
    return -1


def _last_word(text: str, word: str, before: int) -> int:
    """Where `word` last stands as a word of its own (not its plural) before `before`, or -1."""
    i = text.rfind(word, 0, before)
    while i != -1 and ((i > 0 and text[i - 1].isalpha()) or text[i + len(word):i + len(word) + 1].isalpha()):
        i = text.rfind(word, 0, i)
    return i


def _sentences_of(starts: list[int], q: Quotation) -> tuple[int, int]:
    """The sentences a quotation opens and ends in (it may hold several)."""
    first = max(0, bisect.bisect_right(starts, q.start) - 1)
    return first, max(first, bisect.bisect_right(starts, q.end - 1) - 1)


def _replace(a: Attribution, kind: str, justified: bool | None = None) -> Attribution:
    return Attribution(a.start, a.end, kind, a.subject, a.justified if justified is None else justified,
                       a.subject_start, a.subject_end, a.verb)


# A picture's pointer after a name, as tabloids write it: "Ruiz (pictured) said", "Hale (left) and Bell".
_PICTURED = compiled_later(r"\((?:pictured(?: (?:left|right|above|below|centre|center|top|inset|in \d{4}|"
                           r"with [^()\n]{1,30}))?|(?:far |second |third )?(?:left|right)|centre|center|above|below|"
                           r"inset)\)")  # in the lowercased text


def _blanked(text: str, spans: list[Quotation] | list[tuple[int, int]]) -> str:
    """The text with its quotations (or other spans, in order) blanked to closing marks."""
    pieces, at = [], 0
    for start, end, *_ in spans:
        pieces += [text[at:start], _BLANK * (end - start)]
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


_Hit = tuple[int, int, str]  # a match, by its offsets in its sentence


def _hits(found: Iterable[re.Match[str]], sentences: list[Sentence], starts: list[int]) -> dict[int, list[_Hit]]:
    """A pattern's matches in the draft, by the index of the sentence that holds each whole."""
    hits: dict[int, list[_Hit]] = {}
    for m in found:
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and m.end() <= sentences[i].end:
            base = starts[i]
            hits.setdefault(i, []).append((m.start() - base, m.end() - base, m.group()))
    return hits


# The questions classify asked about the draft, each ("proper", word, strict)
# or ("earlier", word) with the answer it got, in order; and the class it gave.
_Answer = tuple[tuple[tuple[tuple, bool], ...], tuple[str | None, str]]


class _Subjects:
    """`classify` for one draft, each answer kept for as long as it holds.
    classify reads a phrase and asks two questions about the draft: does it
    write a word as a name ("Morrow"), and did the story name a word before
    the phrase ("the bank")? Given the same answers it takes the same path, so
    a phrase's class is kept with the questions and answers that decided it,
    and reused, in this draft or the next, wherever they are answered alike:
    "Officials" asks nothing, "Critics of the proposal" asks about "Critics"."""

    MOST = 50_000  # phrases kept; past it the memo starts again
    VARIANTS = 8  # answer sets kept per phrase

    def __init__(self, lexicon: Lexicon, proper: Callable[[str, bool], bool],
                 mentioned: Callable[[str, int], bool], body_named: Callable[[str, int], bool]) -> None:
        self.lexicon, self.proper, self.mentioned, self.body_named = lexicon, proper, mentioned, body_named
        self.memo = lexicon.compiled.subjects

    def _answer(self, question: tuple, at: int) -> bool:
        if question[0] == "proper":
            return self.proper(question[1], question[2])
        return (self.mentioned if question[0] == "earlier" else self.body_named)(question[1], at)

    def __call__(self, phrase: str, at: int) -> tuple[str | None, str]:
        known = self.memo.get(phrase)
        if known is None:
            if len(self.memo) >= self.MOST:
                self.memo.clear()
            known = self.memo[phrase] = []
        for pairs, found in known:
            for question, answer in pairs:
                if self._answer(question, at) != answer:
                    break
            else:
                return found
        asked: list[tuple[tuple, bool]] = []

        def ask(question: tuple) -> bool:
            answer = self._answer(question, at)
            asked.append((question, answer))
            return answer

        found = classify(phrase, self.lexicon, lambda word, strict: ask(("proper", word, strict)),
                         lambda word: ask(("earlier", word)), lambda word: ask(("body", word)))
        if len(known) < self.VARIANTS:
            known.append((tuple(asked), found))
        return found


# Words of claiming that are plural nouns too, and the verbs such a noun is the subject of: an auxiliary, or one of
# lasting or growing (not "suggest" or "put": "Official estimates put the cost at ..." is judged as evidence).
_NOUNS_BEFORE_A_VERB = frozenset("fears worries estimates thought concerns claims doubts hopes".split())
_VERB_OF_A_SUBJECT = compiled_later(r"\s+(?:were|was|are|is|had|have|has|will|would|remain(?:s|ed)?|grew|grow|"
                                    r"rose|mounted|persist(?:s|ed)?|linger(?:s|ed)?)\b")


def _attributions(outside: str, base: int, impersonal: Iterable[_Hit], verbs: Iterable[_Hit], justified: bool,
                  lexicon: Lexicon, subjects: _Subjects, near_quote: bool) -> list[Attribution]:
    found: list[Attribution] = []
    if ("d to be" in outside or "d to have" in outside) and (
            extra := [(m.start(), m.end(), m.group().lower()) for m in _WITH_HEARSAY().finditer(outside)]):
        impersonal = [*impersonal, *extra]
    for start, end, phrase in impersonal:
        if not verbs and _NEAR_OR_VERSED.search(phrase) is not None and "citing" not in outside and \
                _STANCE_AFTER().search(outside, end) is None:
            continue  # a place or a state, nobody saying or holding anything: "People close to retirement will pay
            # less", "Those close to the river were evacuated", "a course for people familiar with the rules" (not
            # "Sources close to the club are confident", "Those close to him describe a private man")
        found.append(Attribution(base + start, base + end, IMPERSONAL, phrase, justified))
    claims = lexicon.claim_verbs
    has_who = " who " in outside
    has_what = " what " in outside or "What " in outside
    according = "ccording to " in outside
    for verb_start, verb_end, verb in verbs:
        if not near_quote and not claims_with(verb, outside, verb_end, claims):
            continue  # far from any quotation only claims matter (vague-attribution): "told their stories" is none
        if any(start == verb_start for start, _, _ in impersonal) and not verb.startswith("according"):
            continue  # the noun an impersonal phrase opens with: "Whispers are growing that" has no verb "whispers"
        # "The couple are said to be": the impersonal phrase's verb, which the subject is talked of, not by; an
        # unnamed subject of it stays in the finding ("one aide is said to have quit")
        talked_of = any(start < verb_start < end for start, end, _ in impersonal)
        if verb in _NOUNS_BEFORE_OF and _NOUN_OF.match(outside, verb_end):
            continue  # a noun: "the average analyst estimate of $3.9 billion", "fears of a strike", "doubts over"
        if verb in _NOUNS_BEFORE_A_VERB and _VERB_OF_A_SUBJECT().match(outside, verb_end):
            continue  # a noun, the subject of the verb after it: "Several fears remain", "Many worries were raised",
            # "Some thought had gone into it"
        if outside.startswith(("'s ", "\u2019s "), verb_end):
            continue  # a noun in the possessive, no verb: "Assistant State's Attorney Mary Rodgers told jurors"
        if verb[:5] == "offer" and _OFFERED_THING().match(outside, verb_end):
            continue  # money or help held out, nothing said: "a developer offered \u00a31.2m for the site", "offered
            # to buy it", "offered her a job" (not '"...," he offered')
        if according and _ACCORDING_TO_A().search(outside, max(0, verb_start - 40), verb_start):
            continue  # a noun: "according to a research note", "according to their posts"
        if verb_start < 4 and verb[-2:] == "ed" and not outside[:verb_start].strip() and ":" not in outside \
                and _BLANK not in outside:
            continue  # an adjective opening the sentence: "Worried parents have been ..." (an inverted verb there
            # introduces what was said: "Concluded the review: ...")
        if verb_start < 4 and verb[-2:] == "ed" and not outside[:verb_start].strip() and \
                _PARTICIPLE_CLAUSE().match(outside, verb_end):
            continue  # a participle's clause opening the sentence, whose subject comes after its comma: "Asked
            # whether the firm would pay, Mr Barrow said:", "Pressed on the delay, she said"
        if verb in _UTTERED and _NOTHING_AFTER.match(outside, verb_end) and "," not in outside[:verb_start] \
                and _BLANK not in outside:
            continue  # a sound, nothing said: "An official leaned in and whispered.", "The crowd laughed."
        if verb == "according to" and _KEPT_RECORD().match(outside, verb_end):
            continue  # a record, no one's claim: "according to GPS measurements"
        if verb == "called" and _NAME_AFTER_CALLED().match(outside, verb_end) and \
                _ONE_PERSON_BEFORE().search(outside, max(0, verb_start - 30), verb_start):
            continue  # a name, not a verb of saying: "a nurse called Becky waved"
        subject_end = verb_start
        agent = _passive_agent(outside, verb_start, verb_end, verb) \
            if outside.find("by", verb_end, verb_end + 8) != -1 or verb[-3:] == " as" else None  # most have none
        if verb in _PASSIVE_ONLY and (agent is None or _CLAIM_CLAUSE.match(outside, agent[1]) is None
                                      or not _RAISED_CLAIM().search(outside, max(0, verb_start - 40), verb_start)) \
                and not (verb == "expressed" and agent is None and outside.startswith(" that", verb_end)
                         and not _PASSIVE_BEFORE.search(outside, max(0, verb_start - 20), verb_start)):
            continue  # a concern pinned on its agent with what it holds: "concerns have been raised by experts that
            # the drug is unsafe"; not "concerns were raised by residents about the deal" (it says who raised them)
            # nor "£4,000 was raised by residents"; a spinner's active "observers expressed that" is said
        if agent is not None:
            # "The plan was criticised by residents", "Residents were warned by police": the claim is the agent's
            kind, words = subjects(outside[agent[0]:agent[1]], base)
            if kind is not None:
                start = _start_of(outside, agent[0], agent[1], words)
                end = agent[1]
                if outside.startswith(words, start) and words.lower() not in _QUANTIFIERS:
                    end = start + len(words)  # "accused by neighbours", not "of stealing"; but "by some of them"
                found.append(Attribution(base + verb_start, base + verb_end, kind, words, justified,
                                         base + start, base + end, verb))
            continue
        quoted_as = None
        if verb[-3:] == "ing":
            progressive = _progressive(outside, verb_start) or _participle_of_clause(outside, verb_start, lexicon)
            if progressive is None and verb == "saying" and (quoted_as := _quoted_as(outside, verb_start)) is not None:
                subject_end = quoted_as.end("who")  # "The report quoted the mayor as saying": the mayor said it
            elif progressive is None:
                if not near_quote or outside.startswith(", ", verb_start - 2):
                    continue  # no claim ("a warning", "by saying", "Police are questioning a man"), or one whose
                    # subject is the clause's, no group: "Vance defended the plans, arguing that the credits ..."
            elif verb in _JUDGING and outside[verb_end:verb_end + 1] in ".,;:!?":
                continue  # an adjective that ends its clause, claiming nothing: "What critics say about it is
                # worrying."
            else:
                subject_end = progressive
        window = outside[max(0, subject_end - 12):subject_end]
        previous = window.split()
        if previous:
            last = previous[-1].lower()
            if (last.strip(",") in _NOUN_MARKERS and not (last in _COUNTED and _past(verb))) or (
                    ("s'" in window or "s\u2019" in window) and _after_plural_possessive(previous)):
                continue  # a noun, not a verb: "a former state trooper", "the posts", "his notes", "for fear",
                # "policymakers' median estimate showed"
            if last == "with" and verb[-1:] == "s":
                continue  # a plural noun after "with": "flooding social media with questions", "with claims of"
            if last in _COMPARED or (last in _UNTIL_NOW and previous[-2:-1] in (["than"], ["as"])):
                continue  # nobody's claim: "Turnout was higher than expected", "as feared", "than first thought"
            if last in _HEDGES and verb in _HEDGED:  # "many would say": the subject stands before the modal
                subject_end = outside.rfind(previous[-1], 0, subject_end)
            elif last == "to" and previous[-2:-1] and previous[-2].lower() in _HABITS:
                subject_end = outside.rfind(previous[-2], 0, subject_end)  # "My father used to say", "as Ruiz
                # likes to put it": a habit of saying is a saying, its subject before the habit
            elif last == "to" and previous[-2:-1] and previous[-2].lower() in _SEEMING and verb in _SEEMING_VIEWS \
                    and outside[verb_end:verb_end + 1] not in ".,;:!?":
                subject_end = outside.rfind(previous[-2], 0, subject_end)  # "Investors appear to believe", "Many
                # seem to think" with what they think: a view pinned on them (not "senators appeared to agree.", a
                # hearing's reporter describing what they did)
            elif last == "to" and (quick := QUICK_TO().search(outside, max(0, subject_end - 50), subject_end)):
                subject_end = quick.start()  # "Fans were quick to point out", "Fans have taken to social media to
                # claim", "people have come forward to say": the fans point it out
            elif last in _MODALS and not (last == "to" and previous[-2:-1] and previous[-2].lower() in _SPOKEN):
                continue  # no attribution yet: "applicants can write to", "declined to say how many"; but a
                # relative clause may end on "to": "Several people we spoke to said"
            elif last in _STATE_BE and (verb[-2:] == "ed" or verb == "thought") and not (
                    verb in _STATES and (_STATE_CLAUSE.match(outside, verb_end) or verb == "convinced")):
                continue  # said of the subject, not by it: "she was expected to recover", "residents were
                # warned that" (the impersonal phrases take "is believed to be"; an agent after "by" was read
                # above); a state of mind with its clause is the subject's: "many are worried that" ("convinced"
                # is found only before its clause: "fans are convinced the couple have split")
            elif (last in _NEGATIONS or last.endswith("n't")) and verb in _WITHHELD:
                continue  # nothing said: "officials would not say whether", "police did not confirm"
        if verb[-2:] == "ed" and previous and _participle_after_object(outside, subject_end, previous[-1], lexicon):
            continue  # "Surgeries will offer weekend appointments under a new contract agreed with the BMA"
        if verb[:4] == "argu" and _QUARREL().match(outside, verb_end) and \
                outside.find(" that ", verb_end, verb_end + 40) == -1:
            continue  # a quarrel, no claim: "Fans were arguing outside the ground", "neighbours argued over parking"
            # (not "Critics argued in a letter that")
        if has_who and _advice_to_whom(outside, verb_start, verb_end):
            continue  # "Tenants who think the rise too high can appeal": whom advice is for, not who claims
        before, antecedent = _subject_before(outside, subject_end) if quoted_as is None else \
            (quoted_as.span("who"), None)
        if outside.find("?", verb_end) != -1 and _INTERROGATIVE.match(outside, before[0]):
            continue  # a question claims nothing: "What do parents say?", "Do experts agree that it works?"
        what = _free_relative(outside, before, verb_end) if has_what else None
        if what == () or (" how " in outside or " wh" in outside or " if " in outside) and \
                _OPEN_QUESTION().search(outside, before[0], before[1]):
            continue  # an indirect question claims nothing: "She asked what residents thought", "It did not say
            # how many vans it expected to sell"
        if what:
            before = what  # "preparing for what many observers describe as": the relative's own subject
        elif previous and previous[-1].lower() in ("and", "but"):
            if outside[before[0]:before[1]].split() == previous[-1:]:  # "Experts welcomed the findings, but warned":
                mark = _TO_LAST_CLAUSE_MARK.match(outside, 0, before[0])  # the first clause, before its comma
                before = (mark.end() if mark else 0, before[1])
            before = _named_first(outside, before, subjects, lexicon) or _shared_subject(outside, before) or before
        elif antecedent is None and before[1] - before[0] >= 12:  # shorter, it holds no two clauses
            # "The firm declined to comment and analysts say": the second clause's own subject said it.
            joined = _second_clause(outside, before)
            if joined is not None:
                before, antecedent = joined, before
        inverted = not outside[before[0]:before[1]].strip(" ,\u201d\"")
        sides: list[tuple[int, int] | None]
        if verb.startswith("according"):
            sides = [None, before]
        elif not inverted and verb.startswith(("tell", "told", "ask")):
            sides = [before]  # "told reporters that": what follows is the audience
        elif inverted or outside[:subject_end].rstrip()[-1:] in _BEFORE_INVERSION:
            sides = [before, None]  # "The plan will fail, say analysts"
        else:
            sides = [before]  # "The state's rural health office said similar clinics had ...": a claim follows
        if antecedent is not None:
            # "The plan, which analysts said would fail": the relative clause's own subject said it; when the
            # clause has none ("Ruiz, who last week said"), the noun it hangs on did. The same for a second
            # clause's subject and the whole ("Residents and business owners say").
            sides.insert(sides.index(before) + 1, antecedent)
        for side in sides:
            # The phrase after the verb is read only when the one before names nobody.
            start, end = side if side is not None else _subject_after(outside, verb_end, verb, inverted)
            kind, words = subjects(outside[start:end], base)
            if talked_of and kind not in (GROUP, PERSON):
                break
            if kind is not None:
                start = _start_of(outside, start, end, words)
                if kind == GROUP and words[-1:] in _ANYONE_ENDS and _measured(outside[max(0, start - 30):start], words):
                    break  # a measure, no one's claim: "less than people think", "as bad as many feared"
                if kind == GROUP and verb[-1:] == "s" and side is not None and not inverted \
                        and _disagree(words, verb) and _OBJECT_BEFORE().search(outside, max(0, start - 12), start):
                    break  # "Commentary from Kremlin-affiliated sources reveals": the verb's subject is the commentary
                if kind in (GROUP, PERSON) and side is not None and not inverted and \
                        _conditional(outside, end, verb):
                    break  # a condition claims nothing: "could not issue one unless a committee of regulators
                    # agreed", "once experts agree that it is safe" (not "Once analysts said it would fail")
                found.append(Attribution(base + verb_start, base + verb_end, kind, words, justified,
                                         base + start, base + end, verb))
                break
    if impersonal and "citing" in outside:
        # "Bloomberg reported, citing people familiar with the matter": the claim is the named outlet's
        found = [_replace(a, NAMED) if a.kind == IMPERSONAL and _CITED_BY_NAMED().search(outside, 0, a.start - base)
                 else a for a in found]
    return found


def _quoted_as(text: str, verb_start: int) -> re.Match[str] | None:
    """Whom a report quotes, before "as saying" at `verb_start`: "The report
    quoted the mayor as saying", "cites an aide as saying" (its group "who")."""
    if not text.endswith(" as ", 0, verb_start):
        return None  # most
    return _QUOTED_AS().search(text, max(0, verb_start - 80), verb_start)


_QUOTED_AS = compiled_later(r"\b(?:quoted|quotes|quoting|cited|cites|citing) (?P<who>[^,.;:\"\u201c]{2,60}?) as \Z")


# Verbs that tell how words were spoken, and so say nothing without them: a quotation, a clause or what the
# sentence held before.
_UTTERED = frozenset("""whispered whispers whisper muttered mutters murmured murmurs shouted cried laughed sighed
    joked quipped mused replied""".split())
_NOTHING_AFTER = re.compile(r"(?:\s+\w+ly)?[\s.!]*\Z")  # "muttered darkly."
# Hearsay in a phrase after "with": "with the board said to have lost patience", "with several said to be
# considering their positions" (not "a deal said to be worth £90m", which names what it is said of, nor a hurt's
# own hedge, "taken to hospital with injuries not believed to be life-threatening", as "Her injuries are not thought
# to be serious" is none). An impersonal
# phrase, looked for here in the sentences that hold its verb: among the shared patterns it would cost a try of
# them all at every "with " of a draft (50 M instructions on the benchmark drafts).
_WITH_HEARSAY = compiled_later(r"\b[Ww]ith (?!(?:[\w-]+ )?(?:injur(?:y|ies)|wounds?|burns)\b)"
                               r"(?:(?:the|his|her|their|its|some|several|many|two|three|both) )?"
                               r"[\w'\u2019-]+(?: [\w'\u2019-]+){0,3}? (?:said|believed|thought|understood|rumou?red|"
                               r"reported) to (?:be|have)\b")
# A chant told after it: '"Out, out, out," chanted supporters', '"..." came the chant from the stands'.
_CHANTED_AFTER = compiled_later(r"\s*(?:chant(?:ed|s)|sang|came the (?:chant|cry))\b")
# "a nurse called Becky", "one man called Tom Hale": someone's name after "called" (not "called the police").
# The name goes on with a verb or a comma, not with what the person was called: 'called Ruiz "a liar"'.
_NAME_AFTER_CALLED = compiled_later(r" (?!(?:The|A|An|It|This|That)\b)[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)*"
                                    r"(?<!['\u2019]s)(?=[,.;]| (?!(?:an?|the|his|her|their|its|my|our|your)\b)[a-z])")
_ONE_PERSON = r"\b(?:[Aa]n?|[Oo]ne) (?:(?!who |that |which )[a-z-]+ ){0,2}?(?!who |that |which )[a-z-]+ "
_ONE_PERSON_BEFORE = compiled_later(_ONE_PERSON + r"\Z")
# ... and the name given so: "a nurse called Becky", "a man known as Tam".
_CALLED_BEFORE = compiled_later(_ONE_PERSON + r"(?:called|named|known as) \Z")
# The name a court or a story gives someone whose own it withholds: "identified only as Witness 14", "referred to
# only as Soldier F", "known only as Maria".
_DESIGNATED_BEFORE = compiled_later(r"\b(?:identified|referred to|known|named) only as \Z|\bidentified as \Z")
# Someone's kin, then their first name: "Her husband, Mark,", "his daughter Amy".
_KIN_BEFORE = compiled_later(
    r"\b(?i:his|her|their|my|our)(?: (?:eldest|youngest|older|younger|elder|twin|late|new))? (?:husband|wife|"
    r"partner|son|daughter|mother|father|mum|mom|dad|brother|sister|grandson|granddaughter|grandmother|"
    r"grandfather|nephew|niece|cousin|fiancée?|boyfriend|girlfriend|stepson|stepdaughter),? \Z")


# A named outlet's report, right before the unnamed people it cites: "Bloomberg News reported, citing
# three people familiar", "the newspaper said on Monday, citing"; not a bare "..., citing people familiar".
_CITED_BY_NAMED = compiled_later(
    r"(?:\b[A-Z][\w.&'\u2019-]*|\bthe (?:newspaper|paper|agency|broadcaster|outlet|magazine|website|network))"
    r" (?:reported|reports|said|says|wrote|writes|added)(?: (?:on|late|early|last) \w+)?, citing "
    r"(?:(?:\d+|two|three|four|five|several|some|unnamed|anonymous|other) )*\Z")


# What follows "argue" when it is a quarrel: a place, a partner, a manner, a subject of dispute, or nothing ("were
# arguing in the street", "argued with stewards", "argued loudly", "arguing over parking"); not a claim's clause,
# "for" or "against", nor "over whether".
_QUARREL = compiled_later(
    r"\s*(?:[.;!?]|\Z|(?:in|on|at|outside|inside|near|among|between|loudly|angrily|fiercely|heatedly)\b"
    r"|with (?!(?:some|good|little|conviction|justification|reason)\b)|(?:over|about) (?!(?:whether|how|why|what)\b))")
# A claim made at once or overheard: "critics were quick to point out that", "pundits have lined up to criticise",
# "a diplomat was heard to say".
QUICK_TO = compiled_later(r"(?i)\b(?:(?:is|are|was|were|been)\s+(?:very\s+|so\s+)?(?:quick|swift|(?:over)?heard)"
                          r"|(?:lined|lining|queued|queuing|queueing)\s+up|(?:taken|took|take|taking)\s+"
                          r"to\s+(?:social media|twitter|x|facebook|instagram|tiktok|reddit|online forums|the airwaves)"
                          r"|(?:have|has|had)\s+come forward)\s+to\s+\Z")
# A verb-shaped noun in what "according to" names: "according to a research note".
_ACCORDING_TO_A = compiled_later(r"(?i)\baccording to (?:an?|the|its|their|his|her|this|that)\s+(?:[\w-]+\s+){0,2}\Z")
# A record kept, with what kind it is: "according to GPS measurements", "according to police records"; not
# "according to estimates", "according to some estimates" nor "according to industry data" (whose, is not said).
_KEPT_RECORD = compiled_later(r"\s+(?!(?:some|many|several|other|various|unofficial|unverified|industry|market|media|"
                              r"internal|leaked|private)\b)(?:[\w.-]+\s+){1,3}?"
                              r"(?:measurements|readings|records|data|figures|statistics|tallies|counts|calculations"
                              r"|estimates|projections|forecasts)\b(?!\s+(?:from|by|of)\b)")
# A preposition right before a group: the group is its object, part of a larger subject.
_OBJECT_BEFORE = compiled_later(r"(?i)\b(?:from|of|by|among|with|for|about)\s+\Z")


def _after_plural_possessive(previous: list[str]) -> bool:
    """Do the words before a verb-shaped word end with a plural possessive, maybe
    then one modifier: "analysts' forecast", "policymakers' median estimate"?
    Then the word is a noun. Not "'s", which names take ("Moody's estimates that")."""
    if previous[-1].endswith(("s'", "s\u2019")):
        return True
    return len(previous) >= 2 and previous[-2].endswith(("s'", "s\u2019")) and previous[-1].islower() \
        and not previous[-1].endswith("s")


def _participle_after_object(text: str, verb: int, last: str, lexicon: Lexicon) -> bool:
    """Is a verb in -ed a participle after a preposition's object, in a clause
    that has its verb already ("Surgeries will offer weekend appointments under
    a new contract agreed with the BMA": nobody is said to agree anything)? Not
    after a source's noun: "The bank held rates and in its survey economists
    predicted a cut". Read word by word: a pattern would be tried at every
    character before every verb in -ed."""
    last = last.lower()
    if last in lexicon.group_nouns or last in lexicon.person_nouns:
        return False
    window = max(0, verb - 60)
    lowered = text[window:verb].lower()
    words = lowered.split()
    # The preposition and its determiner, then one to three words of the object.
    k = next((k for k in range(len(words) - 3, max(-1, len(words) - 6), -1)
              if words[k] in _OBJECT_PREPOSITIONS and words[k + 1] in _OBJECT_DETERMINERS), None)
    if k is None or not all(w.replace("'", "").replace("-", "").isalnum() and w not in _NOT_IN_AN_OBJECT
                            and w not in _FINITE for w in words[k + 2:]):
        return False  # "Experts not involved in the research have warned": the verb's own auxiliary
    at = window + max(0, lowered.rfind(" ".join(words[k:k + 2])))
    # A finite verb, not one in -ed, which may be a participle too: "An individual acquainted with the matter stated"
    clause = _CLAUSE_SO_FAR.split(text[max(0, at - 200):at])[-1]
    return not _FINITE.isdisjoint(clause.lower().split()[1:])  # a subject has a word at least


_OBJECT_PREPOSITIONS = frozenset("under in for with from on at into through over after before against".split())
_OBJECT_DETERMINERS = frozenset("a an the this that its their his her our".split())
_NOT_IN_AN_OBJECT = frozenset("a an the since as when while where after before because that who which".split())
# What a clause's words run back to: its last mark.
_CLAUSE_SO_FAR = re.compile(r"[,;:.!?\u2014]")


def _disagree(words: str, verb: str) -> bool:
    """Does a verb in its singular form ("reveals", "suggests") stand after a
    plural group ("sources"), so that the group cannot be its subject?"""
    head, first = words.rsplit(None, 1)[-1].lower() if words else "", verb.split()[0]
    return head.endswith("s") and not head.endswith("ss") and first.endswith("s") and not first.endswith("ss")


# A condition whose subject is the claim's, right before its verb: "if regulators agree", "unless a committee of
# regulators agreed" (not "If, as critics claim,", "Even if it passes, critics say").
_CONDITION = compiled_later(r"\b(?i:(?P<word>if|unless|until|once)) (?:[\w'\u2019-]+ ){1,5}\Z")


def _conditional(outside: str, subject_end: int, verb: str) -> bool:
    """Does a condition open at the subject that ends before the verb: "if" or "unless", or "until" or "once"
    before a verb in the present ("once experts agree")? Looked for with `in` first: few clauses hold one."""
    tail = outside[max(0, subject_end - 60):subject_end]
    if not ("if " in tail or "If " in tail or "nless " in tail or "ntil " in tail or "nce " in tail):
        return False
    condition = _CONDITION().search(tail)
    return condition is not None and (condition["word"].lower() in ("if", "unless") or not _past(verb))


# A clause that asks: a question word or an auxiliary first ("What do parents say?", "Do experts agree").
_INTERROGATIVE = re.compile(r"[\s*_]*(?:what|why|how|which|whom|whose|when|where|do|does|did|will|would|can|could|"
                            r"should|is|are|was|were|has|have)\b", re.IGNORECASE)


# A restrictive clause (no comma before "who") right before the verb, and after
# it advice or a right for those it picks out.
_WHO_CLAUSE = re.compile(r"(\w+) who (?:\w+ly )?$", re.IGNORECASE)
_ADVICE = re.compile(r"(?<!\bthey)(?<!\bhe)(?<!\bshe)(?<!\bwe)(?<!\byou)(?<!\bi)(?<!\bit) (?:can|should|must|may|"
                     r"need to|(?:are|will be) (?:asked|advised|urged|encouraged|eligible|entitled|invited|able))\b",
                     re.IGNORECASE)


def _advice_to_whom(text: str, verb_start: int, verb_end: int) -> bool:
    """Does the verb only say to whom the sentence's advice applies ("Tenants
    who think an increase is too high can challenge it", "Anyone who believes
    they were exposed should call")? Those people claim nothing. Not "Critics
    who say the plan can work": a stance is a claim."""
    if text.rfind(" who ", max(0, verb_start - 20), verb_start) == -1:
        return False  # no "who" right before the verb
    who = _WHO_CLAUSE.search(text, max(0, verb_start - 40), verb_start)
    return who is not None and who.group(1).lower() not in _STANCE and _ADVICE.search(text, verb_end) is not None


_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being)(?:\s+(?:\w+ly|also))?\s+\Z", re.IGNORECASE)
_AGENT = re.compile(r"\s+by\s+")
# ... after what the claim calls it: "described as \u201cthe biggest of the year\u201d by industry watchers".
# Not a clause's: "as a man who was hit by a car".
_AGENT_AFTER_AS = compiled_later(r"(?:(?!\b(?:who|which|that|when|where|after|before|because|while|as)\b)"
                                 r"[^,.;:!?()]){1,60}?\s+by\s+")
# Where the agent ends: "by critics as a gimmick", "by police to stay indoors"; "at" and "of" go on ("by analysts at
# Moody's", "by some of the country's lawyers").
_AGENT_END = re.compile(r"[,;:!?()\u201d\"\u2014]|\.(?=\s|$)|\s(?:as|to|for|over|after|before|because|when|while|who|"
                        r"which|that|and|but|during|since|until)\s", re.IGNORECASE)


# Verbs that pin a claim on their agent only in the passive, after the claim: "concerns were raised by residents".
_PASSIVE_ONLY = frozenset({"raised", "voiced", "expressed", "issued"})
_CLAIM_CLAUSE = re.compile(r"\s*(?:that|whether)\b")
_RAISED_CLAIM = compiled_later(
    r"\b(?i:concerns?|doubts|questions|fears|worries|warnings?|objections|misgivings|reservations|criticism|alarm)"
    r" (?:(?:have|has|had)(?: also)? been|were|was|are|is)(?: also| \w+ly)? \Z")


def _passive_agent(text: str, verb_start: int, verb_end: int, verb: str) -> tuple[int, int] | None:
    """The agent of a passive claim, who made it: "residents" in "the plan
    was criticised by residents", "police" in "residents were warned by
    police to stay indoors" (not the residents). None when the verb is no
    passive with "by" after it."""
    holds_agent = verb[-3:] == " as"  # "was dismissed by critics as a gimmick": the verb holds its agent
    participle = verb.split(" ", 1)[0]
    if participle[-2:] != "ed" and participle not in ("said", "thought", "shown", "found", "told"):
        return None
    if not _PASSIVE_BEFORE.search(text, max(0, verb_start - 24), verb_start):
        return None
    if holds_agent:
        by = _AGENT.search(text, verb_start, verb_end)
        if by is not None:
            return by.end(), verb_end - 3
        by = _AGENT_AFTER_AS().match(text, verb_end)  # "was described as 'the biggest' by industry watchers"
    else:
        by = _AGENT.match(text, verb_end)
    if by is None:
        return None
    stop = _AGENT_END.search(text, by.end())
    if stop is not None and stop.group() == "," and _INCLUDING_ASIDE.match(text, stop.end()):
        stop = _AGENT_END.search(text, stop.end())  # "by some MPs, including Jo Roe": some of them are named
    return by.end(), stop.start() if stop else len(text)


def _progressive(text: str, verb: int) -> int | None:
    """Where the subject of a claim in an -ing form ends: before the "are" of
    "analysts are warning that", "critics are now questioning whether",
    "have been saying"; at the verb after "with" and its group ("with many
    believing", "with some analysts predicting"). None when no form of "be" or
    "with" stands before it: "by saying", "a warning"."""
    words = text[max(0, verb - 40):verb].split()
    if not words:
        return None
    last = words[-1].lower()
    if last in _BE or (last in _PROGRESSIVE_ADVERBS and len(words) > 1 and words[-2].lower() in _BE):
        be = words[-1] if last in _BE else words[-2]
        return text.rfind(be, 0, verb)
    if last == "to" and len(words) > 2 and (words[-2].lower() == "took" or (
            words[-2].lower() == "taken" and words[-3].lower() in ("have", "has", "had"))):
        # a habit taken up: "fans have taken to calling him the king", "some took to calling it"
        return text.rfind(words[-2] if words[-2].lower() == "took" else words[-3], 0, verb)
    group = words[-3:]
    while group and group[0].lower() != "with":
        group = group[1:]
    if len(group) > 1 and not any(w.endswith(",") for w in group):
        return verb  # "with many believing the club should hold out"
    return None


def _participle_of_clause(text: str, verb: int, lexicon: Lexicon) -> int | None:
    """Where the subject ends of an -ing form that goes on from a short clause
    whose subject is a group: "Experts have weighed in, saying", "Critics hit
    back, arguing" (at the comma). Not a clause with someone else in it: "The
    council wrote to residents, saying"."""
    if not text.startswith(", ", verb - 2):
        return None
    start = max(text.rfind(mark, 0, verb - 2) for mark in ".;:!?\u201d")
    words = text[start + 1:verb - 2].lower().split()
    if not 2 <= len(words) <= 9 or (len(words) > 7 and not _RELATIVE_WORDS.isdisjoint(words)):
        return None  # (a longer clause may hold another's: "wrote to the firm, which replied, saying")
    head = next((i for i, w in enumerate(words) if _is_group(w, lexicon) or w in lexicon.person_nouns), None)
    if head is None or head > 1 or any(_is_group(w, lexicon) or w in lexicon.person_nouns for w in words[head + 1:]):
        return None
    return verb - 2


# Offices with one holder the story names by their post: "including the mayor", "including its chief executive".
_HOLDERS = frozenset("""mayor governor president chairman chairwoman chair leader chancellor premier speaker
    superintendent headteacher headmaster headmistress principal bishop archbishop""".split())
_DEFINITE_OWNERS = frozenset("the its their his her".split())
_RELATIVE_WORDS = frozenset("who which that whose whom where".split())
_BE = frozenset("is are was were been".split())
_PROGRESSIVE_ADVERBS = frozenset("""now also increasingly already still openly privately quietly widely long all even
    actively loudly repeatedly""".split())


def _named_first(text: str, clause: tuple[int, int], subjects: _Subjects,
                 lexicon: Lexicon) -> tuple[int, int] | None:
    """The name a clause opens with, when it has one: a verb joined to the
    clause's own by "and" shares its subject ("SkyLink apologised to customers
    and said": SkyLink said it, not the customers)."""
    start = clause[0] + len(text[clause[0]:clause[1]]) - len(text[clause[0]:clause[1]].lstrip())
    m = _CAPITAL_WORD.match(text, start, clause[1])
    if m is None:
        return None
    word = m.group().lower()
    if word in _DETERMINERS or word in PRONOUNS or word in lexicon.person_nouns or _is_group(word, lexicon):
        return None
    # A word the draft writes as a name, or one of a run of capitalised words ("National Rail says")
    run = _CAPITAL_WORD.match(text, m.end() + 1, clause[1]) if text[m.end():m.end() + 1] == " " else None
    if not subjects.proper(m.group(), False) and run is None:
        return None
    if any(_is_group(w.lower().strip(".,"), lexicon) for w in text[m.end():clause[1]].split()[:2]):
        return None  # "Human rights groups have criticised": a word that says which groups, not a name
    return m.start(), m.end() if run is None else run.end()


def _speaks_for_previous(a: Attribution, text: str, sentences: list[Sentence], index: int, subjects: _Subjects,
                         lexicon: Lexicon) -> bool:
    """Is a bare spokesperson ("a spokeswoman") the voice of the body the
    sentence before (or the clause before a semicolon) is about? It is when
    that sentence opens with a name the draft writes as one ("SkyLink
    cancelled 40 flights", "Ruiz declined to comment", "The Ministry of
    Justice said"), with a body ("The airline apologised"), with a firm
    named beside its trade ("The developer, Barratt Homes, said") or with the
    reporter's question to a body ("We contacted the airline"); not after
    "Residents were angry" or a sentence with no subject of its own."""
    words = a.subject.lower().split()
    if not 2 <= len(words) <= 3 or words[0] not in ("a", "an", "the") or words[-1] not in _SPOKESPEOPLE:
        return False
    kind = words[1] if len(words) == 3 else ""  # "a company spokesperson": the body by its kind
    if kind and kind not in _BODIES and kind not in _FIRMS:
        return False
    if voice_of_unnamed_body(a, text):
        return False  # "a spokeswoman for one group": whose voice, the story said, and it named none
    own = sentences[index]
    clause = text.rfind(";", own.start, a.subject_start)
    if clause < 0 and index == 0:
        return False
    start, end = (own.start, clause) if clause >= 0 else (sentences[index - 1].start, sentences[index - 1].end)
    if a.start - end > 400:
        return False  # a paragraph or more away: no longer what the story is about
    opening = text[start:end].split(None, 2)
    if len(opening) >= 2 and opening[0] == "The" and \
            (body := _POSSESSIVE_OR_PLURAL.sub("", opening[1].rstrip(","))) in _BODIES and kind in ("", body):
        return True  # "The airline apologised", "The council's plan failed"; "an airline spokesman" of an airline
    if opening[:1] == ["The"] and _BODY_BY_NAME().match(text, start):
        return True  # "The Ministry of Justice said", "The Treasury declined": a body by its name
    if (apposed := _BODY_IN_APPOSITION().match(text, start)) is not None and (
            apposed["noun"] in _BODIES or apposed["noun"] in _FIRMS):
        return True  # "The developer, Barratt Homes, said work would begin": the body named beside its noun
    if (asked := _ASKED_THE_BODY().match(text, start)) is not None and \
            _POSSESSIVE_OR_PLURAL.sub("", asked["body"]) in _BODIES:
        return True  # "I asked the council why ...", "We contacted the airline": its spokesperson answers
    named = _named_first(text, (start, end), subjects, lexicon)
    if named is None or not kind:
        return named is not None
    return _a_name_of_its_own(text, named, subjects) or (kind in ("company", "firm") and any(
        (first := _named_first(text, (s.start, s.end), subjects, lexicon)) is not None
        and _a_name_of_its_own(text, first, subjects)
        for s in sentences[max(0, index - _FIRM_REACH):max(0, index - 1)] if a.start - s.end <= 1200))


# How many sentences back "a company spokesperson" finds the firm a sentence opened with: a business story names
# its firm in the lead and speaks of its shares or its figures before the spokesperson.
_FIRM_REACH = 4


def _a_name_of_its_own(text: str, named: tuple[int, int], subjects: _Subjects) -> bool:
    """Is the name a sentence opens with a name the draft writes inside a sentence too ("Stagecoach said";
    "employed by Stagecoach"), or a run of them? Not "Judges praised the bakery", a common noun opening it."""
    name = text[named[0]:named[1]]
    return " " in name or subjects.proper(name, True)


# A body by its name after "The": two capitalised words or more ("The Ministry of Justice", "The Met Office"), or
# one before a verb ("The Treasury declined", "The BBC understands"); not "The UK economy shrank".
_BODY_BY_NAME = compiled_later(r"\s*The (?:[A-Z][\w&'\u2019.-]*(?: (?:of|for|and|&))? [A-Z][\w&'\u2019.-]*|"
                               r"[A-Z][\w&'\u2019.-]* [a-z]+(?:ed|s)\b)")
# A body named beside the noun that opens the sentence: "The developer, Barratt Homes, said".
_BODY_IN_APPOSITION = compiled_later(r"\s*The (?P<noun>[a-z]+), (?:the )?[A-Z][\w&'\u2019.-]*"
                                     r"(?: (?:[A-Z][\w&'\u2019.-]*|of|and|&))*,")
# Firms by their trade, which speak through a spokesperson as the bodies above do.
_FIRMS = frozenset("""developer housebuilder manufacturer carmaker brewer chain provider supplier lender utility
    contractor carrier""".split())
# The reporter putting a question to a body: "I asked the council", "We contacted the airline for comment".
_ASKED_THE_BODY = compiled_later(
    r"\s*(?:I|We) (?:asked|contacted|approached|emailed|e-mailed|called|rang|wrote to|put "
    r"(?:this|that|it|these points|the claims?|the allegations?) to) the (?P<body>[a-z]+)\b")


# Bare groups that are the staff of the public office beside them: "The National Weather Service
# issued a warning. Forecasters said ...".
_STAFF_OF_AN_OFFICE = frozenset({"officials", "officers", "detectives", "forecasters", "meteorologists",
                                 "seismologists", "volcanologists"})
# ... and the staff who run an office's craft or traffic: "The European Space Agency said ... Ground controllers
# confirmed", "The FAA said ... Air traffic controllers".
_CONTROLLERS = compiled_later(r"(?:(?:mission|ground|flight|launch|range|air traffic|air-traffic) )?controllers")
_POLICE_STAFF = frozenset({"officers", "detectives"})  # "Leicestershire Police said ... Officers believe"
# A body's staff, named by the body's word before them: "council officers", "county officials".
_OFFICE_STAFF = frozenset({"officials", "officers"})

# Trades, whose union's or association's head may speak for them, and whose members a vox pop names.
_TRADES = frozenset("""headteachers teachers doctors nurses midwives lawyers solicitors barristers farmers pharmacists
    paramedics surgeons gps dentists pilots landlords retailers builders fishermen vets accountants architects
    hauliers publicans shopkeepers employers manufacturers carers insurers lenders brewers bakers hoteliers
    housebuilders exporters importers airlines installers agents banks carmakers supermarkets companies councils
    universities colleges hospitals schools developers publishers producers suppliers broadcasters musicians artists
    freelancers""".split())


def _one_of(trade: str) -> str:
    """A trade's word for one of them: "fishermen" -> "fisherman", "midwives" -> "midwife"."""
    return trade[:-3] + "man" if trade.endswith("men") else trade[:-3] + "fe" if trade.endswith("ves") \
        else trade[:-1]


# The public a story asks, and one of them named next, as a vox pop names them: by name and age ("Maria Lopez,
# 62"), or by name and what makes them one ("Tom Hale, a parent", "Jo Roe, who lives on the street"); a trade's
# members too, by their trade ("Fishermen say ..." then "Dave Allen, who has fished out of the port for 30 years").
_VOX_POP = frozenset("""residents locals neighbours neighbors parents shoppers commuters passengers fans villagers
    workers customers tenants pupils students patients visitors users drivers voters families businesses traders
    shopkeepers retailers owners staff employees protesters protestors demonstrators survivors witnesses mourners
    evacuees motorists cyclists pedestrians travellers travelers holidaymakers diners""".split())
_ONE_OF_THE_PUBLIC = ("resident|local|neighbou?r|parent|mother|father|shopper|commuter|passenger|fan|villager|worker|"
                      "customer|tenant|pupil|student|patient|visitor|user|driver|voter|owner|trader|shopkeeper|retailer|"
                      "employee|staff member|protester|protestor|demonstrator|survivor|witness|mourner|evacuee|"
                      "motorist|cyclist|pedestrian|travell?er|holidaymaker|diner")


# A trade's other words for one of them: "Doctors warned ..." then "Dr Ann Lee, a GP in Leeds, said".
_ONE_OF_A_TRADE = {
    "doctors": "doctor|GP|physician|consultant|surgeon|paediatrician|pediatrician|psychiatrist|anaesthetist|"
               "specialist|[a-z]+ologist|obstetrician|geriatrician|clinician",
    "gps": "GP|doctor|partner",
    "lawyers": "lawyer|solicitor|barrister|attorney|advocate",
    "teachers": "teacher|headteacher|head teacher|headmaster|headmistress",
    "headteachers": "headteacher|head teacher|headmaster|headmistress|head",
    "nurses": "nurse|midwife|ward sister",
    "farmers": "farmer|grower|dairy farmer",
    "landlords": "landlord|letting agent",
}


# One of the public, unnamed: "one mother", "a local resident", "another shopper".
_ONE_OF_THE_PUBLIC_UNNAMED = compiled_later(rf"\b(?:one|another|an?) (?:[a-z-]+ )?(?:{_ONE_OF_THE_PUBLIC})\b"
                                            r"|\b(?:one|another)(?: of them)?, who\b")  # "One, who asked not to be"
# A workforce, and one of it unnamed, by whatever job they do there: "one nurse, who", "another senior porter, who".
_WORKFORCE = frozenset("staff workers employees".split())
_ONE_BY_THEIR_JOB = compiled_later(r"\b(?:one|another)(?: [a-z-]+){1,2},? who\b")
# One of a group, named right after the words that say so: "One of them, Jo Bell, said".
_ONE_OF_THEM_NAMED = compiled_later(r"\b[Oo]ne of them, (?:[A-Z][\w'\u2019-]+ ){1,2}[A-Z][\w'\u2019-]+,")


# What a vox pop's "who" clause says that makes someone one of the group: "who lives on the street", "who has
# fished out of the port for 30 years", "who runs a bakery" (not "who represents the ward").
_BELONGING = (r"(?:lives?|lived|works?|worked|runs?|ran|owns?|owned|rents?|rented|farms?|farmed|fish(?:es|ed)?|"
              r"teach(?:es)?|taught|drives?|driven|drove|uses?|used|shops?|shopped|visits?|visited|studies|studied|"
              r"attends?|attended|trades?|traded|grows?|grew|grown|nurses?|nursed|travels?|travell?ed|commutes?|"
              r"commuted|"
              r"(?:was |were |is |had been )(?:travel+ing|commuting|flying|waiting|queu(?:e)?ing|stranded|stuck))")


# ... of them the verbs of a trade's work: "who runs", "who has farmed".
_WORKING = (r"(?:works?|worked|runs?|ran|owns?|owned|farms?|farmed|fish(?:es|ed)?|teach(?:es)?|taught|drives?|driven|"
            r"drove|trades?|traded|grows?|grew|grown|nurses?|nursed|milks?|milked|rears?|reared|breeds?|bred)")


def _by_their_work(group: str, text: str, sentence: Sentence, who: int) -> bool:
    """Does the sentence name one of a group of doers, with a "who" or "whose"
    clause (its first at `who`, found near the sentence's start, where a name
    stands) that does the group's work: "growers" -> "Brian Logan, whose family
    has grown apples", "farmers" -> "Ann Bell, 58, who farms near Hexham"?
    Read with string methods: a pattern tried along the sentence costs more."""
    before = text[max(sentence.start, who - 40):who].split()
    if before and before[-1].isdigit():
        before = before[:-1]  # an age: "Ann Bell, 58, who"
    if len(before) < 2 or not (before[-1][:1].isupper() and before[-2][:1].isupper()):
        return False  # no full name before the clause
    clause = re.split(r"[,.;]", text[who + 2:min(sentence.end, who + 72)], maxsplit=1)[0].lower().split()
    stem = group[:-3]
    for keeper in _KEEPERS:  # "stallholders" -> "who runs a fruit stall"
        if group.endswith(keeper) and len(group) - len(keeper) >= 4:
            stem = group[:-len(keeper)]
    if any(word.startswith(stem) for word in clause[1:]):
        return True
    # ... or runs a business of their own: "installers" -> "Dan Howe, who runs a heating business" (not insiders)
    return len(clause) > 2 and clause[1] in _RUNS and group not in _UNNAMED_PLURALS and \
        not _BUSINESSES.isdisjoint(clause[2:6])


_KEEPERS = ("holders", "keepers", "owners")
_RUNS = frozenset("runs run ran owns own owned manages managed".split())
_BUSINESSES = frozenset("business firm company shop stall farm practice factory workshop store".split())


# Those whose home makes them one of the group.
_HOMED = frozenset("residents locals neighbours neighbors villagers tenants homeowners".split())
# How far into a sentence a name with a "who" clause about them is looked for: a run-on sentence is not read.
_NAMED_WHO_REACH = 160


@functools.cache
def _one_of_them(group: str, aged: bool = True) -> re.Pattern[str]:
    """One of a vox pop's group named, with what makes them one of it: an age
    (when `aged`), a "who" clause that says so (after their job too: "a
    software engineer who travels from Aundh"), or their role, ending its phrase
    ("a local, said", "a teacher at Park School", after up to three words that
    are no preposition: "a north London estate agent"; not "a local councillor",
    nor "a spokesman for the dairy farmer")."""
    ones = _ONE_OF_THE_PUBLIC if group in _VOX_POP else _ONE_OF_A_TRADE.get(group) or _one_of(group)
    # a trade's doer by their work ("who runs a heating business"), not by where they live or what they use
    belonging = _BELONGING if group in _VOX_POP or group in _PEOPLES or group not in _TRADES else _WORKING
    # A parent by their child: "Sarah Khan, whose son is in Year 9"; a resident by their home: "Jo Bright, whose
    # home on Coleham Head was flooded".
    whose = r"whose (?:[\w-]+ ){0,2}?(?:son|daughter|child|children|sons|daughters|twins|kids)\b|" \
        if group == "parents" else r"whose (?:[\w-]+ ){0,2}?(?:home|house|flat|property|street|garden)\b|" \
        if group in _HOMED else ""
    # A name: two or three words, or initials and a surname ("S. Kavitha", "K.K. Ramesh"), a particle before the
    # surname too ("Marieke de Vries", "Jan van der Berg").
    return re.compile(rf"\b(?:[A-Z][\w'\u2019-]+ |(?:[A-Z]\. ?){{1,5}})(?:[A-Z][\w'\u2019-]+ )?"
                      rf"(?:(?:{NAME_PARTICLES}) ){{0,2}}[A-Z][\w'\u2019-]+, "
                      + (r"(?:(?P<age>\d{1,3})\b|" if aged else r"(?:\d{1,3}, )?(?:") + whose
                      + r"(?:an? (?:[\w-]+ ){1,3})?who (?:has |have |had )?(?:long |also )?" + belonging
                      + r"\b|(?:a|an|the) (?:(?!(?:for|of|at|in|from|with|to|by|the|a|an) )[\w-]+ ){0,3}(?:" + ones
                      + r")(?=[,.;:]|\s+(?:who|whose|in|at|of|from|on|for|and|near|with|since)\b))")


# A body of experts a lead sums up ("an influential panel of experts", "a group of MPs"), and one named by a
# capitalised name that says it is one, opening a sentence ("The US Preventive Services Task Force said"), or by
# what a house style lowercases: a parliament's committee by its chamber ("The Commons health committee"), an
# all-party group by its subject ("The all-party parliamentary group on online safety").
_A_PANEL = compiled_later(r"\b(?:panel|committee|task force|board|commission|group)s? of\b")
_PANEL_NAMED = compiled_later(r"\s*(?:The )?(?:(?:[A-Z][\w.'\u2019-]*,? (?:(?:of|for|on) )?){1,6}"
                              r"(?:Task Force|Panel|Committee|Commission|Board|Council|Group)\b"
                              r"|(?:Commons|Lords|Senate|House|Assembly|Senedd|Holyrood)(?:'s)? (?:[\w-]+ ){1,4}"
                              r"(?:sub-?)?committee\b|(?i:all-party parliamentary group) (?:on|for) \w)")


def _named_bodies_before(subject: str, text: str, before: int) -> bool:
    """Is a bare plural of bodies ("Unions", "Both unions", "the two unions") those the story named before, two or
    more by name with the same noun ("the RMT and Aslef unions", "unions Unite and GMB"), or, after "both" or "the
    two", any two named together ("Unite and GMB members")? Not "Some unions", nor unions the story never named."""
    words = subject.lower().split()
    if not words or words[-1] not in _NAMED_TOGETHER or (len(words) > 1 and words[:-1] not in _THE_SAME_BODIES):
        return False
    noun = words[-1]
    if len(words) > 1 and _TWO_NAMED().search(text, 0, before) is not None:
        return True  # "Unite and GMB members will strike." then "Both unions said": the two the story named
    if text.find(noun, 0, before) < 0 and text.find(noun.capitalize(), 0, before) < 0:
        return False  # most: the noun is new
    return _named_together(noun).search(text, 0, before) is not None


# Two bodies named together, which "both" or "the two" may come back to: "Unite and GMB", "the RMT and Aslef".
_TWO_NAMED = compiled_later(r"\b[A-Z][\w&'\u2019.-]*(?: [A-Z][\w&'\u2019.-]*)* and (?:the )?[A-Z][\w&'\u2019.-]*")


# Bodies a story names two or more of with one noun, then comes back to by the noun alone.
_NAMED_TOGETHER = frozenset("""unions groups charities associations agencies firms companies banks councils airlines
    carmakers supermarkets""".split())
_THE_SAME_BODIES = (["both"], ["the", "two"], ["the", "three"], ["all", "three"])


@functools.cache
def _named_together(noun: str) -> re.Pattern[str]:
    name = r"[A-Z][\w&'\u2019.-]*(?: [A-Z][\w&'\u2019.-]*)*"
    return re.compile(rf"{name}(?:, {name})* and (?:the )?{name} (?i:{noun})\b"
                      rf"|\b(?i:{noun}),? (?:including )?(?:the )?{name}(?:, {name})* and (?:the )?{name}")


def _one_of_them_in(group: str, text: str, lowered: str, sentence: Sentence) -> bool:
    """Does the sentence name one of a vox pop's group ("One of them, Jo Bell, said")? By an age only when they
    speak, in it or in a quotation later in its paragraph: a vox pop gives its name and age with its words ('"...,"
    said Maria Lopez, 62', "Maria Lopez, 62, saw it come in. "It was awful," she said."), a court story its
    defendant's without them ("Karl Deakin, 41, appeared in court")."""
    if _ONE_OF_THEM_NAMED().search(text, sentence.start, sentence.end):
        return True
    one = _one_of_them(group).search(text, sentence.start, sentence.end)
    if one is None or one["age"] is None:
        return one is not None
    paragraph = text[sentence.start:min(sentence.region.end, sentence.end + 300)]
    return any(mark in paragraph for mark in '"\u201c\u201d') or \
        not _SAYING.isdisjoint(WORD.findall(lowered, sentence.start, sentence.end)) or \
        _one_of_them(group, aged=False).search(text, sentence.start, sentence.end) is not None


def _opening_group(lowered: str, sentence: Sentence) -> str | None:
    """The public or the trade a sentence opens with, as its subject's head
    within three words ("Passengers described ...", "Many local residents
    have ...", "The nurses on the ward ..."), which a bare "Some" or "Others"
    in the next sentence counts."""
    start = _past_a_place(lowered, sentence)
    for word in lowered[start:start + 60].split()[:3]:
        word = word.strip(",;:")
        if word in _VOX_POP or word in _TRADES:
            return word
    return None


def _bare_public(lowered: str, text: str, sentence: Sentence) -> str | None:
    """The public a sentence opens with and no more ("Residents are angry.",
    "Many parents are worried."), whom a "They" after it stands for, as
    written; not a public tied to a place or a body ("Staff at the hospital",
    "Fans of the club"), which the group's own reading judges, nor one the
    sentence names ("Residents such as Jo Bell")."""
    group = _opening_group(lowered, sentence)
    if group not in _VOX_POP:
        return None
    start = _past_a_place(lowered, sentence)
    end = lowered.find(group, start) + len(group)
    following = lowered[end:end + 12].split()
    if (following and following[0] in _AFTER_HEAD) or _FULL_NAME_ALONE.search(text, sentence.start + 1, sentence.end):
        return None
    return text[start:end]


def _past_a_place(lowered: str, sentence: Sentence) -> int:
    """Where a sentence's subject starts, after a place or a time set before it
    ("In the fishing village of Old Harbour Bay, some residents were hauling
    boats", "At the market on Saturday, many said")."""
    start = sentence.start
    if lowered.startswith(_PLACE_OPENERS, start) and (comma := lowered.find(", ", start, start + 80)) != -1:
        return comma + 2
    return start


_PLACE_OPENERS = tuple(f"{word} " for word in "in at on across outside near around along inside".split())


# A body's spokesperson speaking, by name, in the sentence before bare "officials" (in the paragraph before too):
# "Cal Fire spokesperson Robert Foxworthy said ..." then "At least 14 homes were destroyed, officials said": that
# body's officials (not "A spokesperson said", nor "The food pantry said").
_SPOKESPERSON_SPEAKS = compiled_later(
    r"\b[A-Z][\w&'\u2019.-]*(?: [A-Z][\w&'\u2019.-]*)* spokes(?:person|man|woman) [A-Z][\w'\u2019-]+ "
    r"[A-Z][\w'\u2019-]+ (?:said|says|told)\b|\bspokes(?:person|man|woman) for (?:the )?[A-Z][^.;]{0,60}? "
    r"(?:said|says|told)\b")


def _office_nearby(text: str, lowered: str, sentences: list[Sentence], index: int) -> bool:
    """Does the sentence of a bare "officials" or "forecasters", or the one
    before it in its paragraph, name a public office whose staff they are ("The
    Federal Aviation Administration is investigating, officials said", "The
    county health department reported 12 cases. Officials said ..."), or one
    of the next two sentences give a claim to one? Not a
    charity or a firm: "The Dunmore County Food Pantry said ... officials said"
    names none."""
    sentence = sentences[index]
    start = sentence.start
    if index and sentences[index - 1].region == sentence.region:
        before = sentences[index - 1]
        if not _DECLINED().search(lowered, before.start, before.end):  # "The Kremlin declined to comment.
            start = before.start  # Officials said ...": others' officials, not its own
    span = lowered[start:sentence.end]
    for word in _OFFICE_WORDS:  # a substring search per word: cheaper than a regex over the span
        at = span.find(word)
        while at != -1:
            i = start + at
            if not lowered[i - 1:i].isalpha() and not lowered[i + len(word):i + len(word) + 1].isalpha() and (
                    text[i].isupper() or (_DEFINITE_BEFORE.search(lowered, max(start, i - 40), i) and (
                        word != "service" or _word_before(lowered, max(start, i - 12), i) in _PUBLIC_SERVICES))):
                return True  # "the Federal Aviation Administration", "the Home Office"; "the county health department"
            at = span.find(word, at + 1)
    # one of the next two sentences, in its paragraph or the next, gives a claim to an office: "..., officials
    # said." then "The fire spread east. It had burned 700 hectares, according to the regional fire service." (a
    # lead's officials, named next)
    return any(_OFFICE_SPEAKS().search(lowered, s.start, s.end) for s in sentences[index + 1:index + 3])


def _service_speaks_next(a: Attribution, lowered: str, sentences: list[Sentence], index: int, reach: int,
                         verbs: dict[int, list[_Hit]]) -> bool:
    """Are a service's officials ("state health officials", "county fire
    officials") those of a body of that service that one of the next `reach`
    sentences gives a claim to ("The Texas Department of State Health Services
    said")? Not "some health officials": a few of them."""
    words = a.subject.lower().split()
    if len(words) < 2 or words[-1] != "officials" or not words[-2].isalpha() or \
            words[0] in _DETERMINERS or words[0] in _QUANTIFIERS:
        return False
    body = _body_of(words[-2])
    return any(j in verbs and body.search(lowered, sentences[j].start, sentences[j].end)
               for j in range(index + 1, min(index + 1 + reach, len(sentences))))


@functools.cache
def _body_of(word: str) -> re.Pattern[str]:
    """A body named by a word of its service, in lowercase text: "the city fire
    department", "the department of state health services" (for "health"),
    "the county sheriff's office" (for "sheriff"), "the state's disaster management
    authority" (for "state": two words of its field before a public office, not
    before any body: "the state's main opposition party")."""
    field = rf"(?:(?!{_FUNCTION_WORDS}\b)[a-z]+ )"
    return re.compile(rf"\b{word}(?:s|['\u2019]s)? (?:{field}?(?:{_BODY_NOUNS})s?|{field}{{2}}(?:{_PUBLIC_OFFICES}))\b|"
                      rf"\b(?:{_BODY_NOUNS}) (?:of|for) (?:[\w'\u2019-]+ ){{0,4}}?{word}s?\b")


def _office_opens_next(a: Attribution, lowered: str, sentences: list[Sentence], index: int, in_lead: bool) -> bool:
    """Are officials ("officials", "health officials in Gaza") those of the
    public office the next sentence of their paragraph (or, after a lead, the
    next paragraph) opens with ("The ministry does not distinguish ...", "The
    health department has ...", "The Centers for Disease Control and
    Prevention has recorded ...")? Not "Western intelligence officials believe
    ..." then another body."""
    words = a.subject.lower().split()
    if "officials" not in words[:3] or index + 1 >= len(sentences):
        return False
    at = sentences[index + 1].start
    if sentences[index + 1].region == sentences[index].region:
        return _OFFICE_OPENS().match(lowered, at) is not None
    return in_lead and _AGENCY_OPENS().match(lowered, at) is not None  # a wire lead's officials, named next


_OFFICE_OPENS = compiled_later(r"the (?:[a-z]+ )?(?:ministry|department|agency|authority|office|bureau|commission)\b")
# A federal agency or department by its name, whose officials a lead sums up: "The Centers for Disease Control and
# Prevention has recorded 412 cases", "The U.S. Department of Agriculture said", "The Federal Aviation
# Administration said".
_AGENCY_OPENS = compiled_later(r"the (?:centers for disease control|national institutes of health|food and drug "
                               r"administration|(?:u\.s\. |us |federal |state )?department of [a-z]+|(?:u\.s\. |us )?"
                               r"federal (?:[a-z]+ ){1,3}(?:administration|agency|commission|bureau|reserve))\b")


def _nation_speaks_nearby(subject: str, lowered: str, sentences: list[Sentence], index: int, reach: int) -> bool:
    """Is a country's officials' claim ("Ukrainian officials said") given next,
    in one of the next `reach` sentences, or in the one before in its paragraph,
    to one of that country's own bodies ("Ukraine's air force said",
    "according to the country's emergency service", "the Ukrainian military
    said")?"""
    words = subject.split()
    if len(words) != 2 or words[1] not in ("officials", "authorities") or (country := _country_of(words[0])) is None:
        return False
    speaks = _nation_speaks_pattern(words[0], country)
    nearby = sentences[index + 1:index + 1 + reach]
    if index and sentences[index - 1].region == sentences[index].region:
        nearby.append(sentences[index - 1])
    seat = _SEATS.get(words[0])
    return any(speaks.search(lowered, s.start, s.end) or (
        seat is not None and _LEADER_SPEAKS().match(lowered, s.start, s.end) and _seat_pattern(seat).search(
            lowered, s.start, s.end)) for s in nearby)


# A government's head or minister opening a sentence by title and name, speaking at home: "Prime Minister Mark Carney
# said in Ottawa"; not "Ukrainian President ... said", another country's, which opens on its own demonym, nor a
# leader with no seat named, who may be another country's ("President Volodymyr Zelensky said Russia would ...").
_LEADER_SPEAKS = compiled_later(r"\s*(?:prime minister|president|chancellor|premier|(?:foreign|defen[cs]e|finance|"
                                r"trade|interior|home) (?:minister|secretary)),? (?:[a-z.'\u2019-]+,? ){1,3}?"
                                r"(?:said|says|told|warned|insisted|denied|added)\b")


@functools.cache
def _seat_pattern(seat: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:in|from) (?:{seat})\b")


# A country by its demonym, and its own bodies speaking: "Ukraine's air force said", "the Ukrainian army said".
_COUNTRIES = {
    "ukrainian": "ukraine", "russian": "russia", "israeli": "israel", "iranian": "iran", "chinese": "china",
    "american": "(?:the )?u\\.s\\.", "u.s.": "(?:the )?u\\.s\\.", "british": "britain", "french": "france",
    "german": "germany", "japanese": "japan", "indian": "india", "italian": "italy", "spanish": "spain",
    "canadian": "canada", "mexican": "mexico", "brazilian": "brazil", "turkish": "turkey", "polish": "poland",
    "dutch": "the netherlands", "swiss": "switzerland", "saudi": "saudi arabia", "syrian": "syria", "iraqi": "iraq",
    "afghan": "afghanistan", "pakistani": "pakistan", "australian": "australia", "egyptian": "egypt",
    "greek": "greece", "swedish": "sweden", "norwegian": "norway", "danish": "denmark", "finnish": "finland",
    "irish": "ireland", "belgian": "belgium", "austrian": "austria", "hungarian": "hungary", "czech": "czechia"}


def _country_of(nation: str) -> str | None:
    """The country a demonym names: from the table, or by its shape for one the
    table does not hold, as a story's invented country is ("Dravenian" ->
    "dravenia", "Tarsan" -> "tarsa")."""
    country = _COUNTRIES.get(nation)
    if country is None and nation.isalpha() and len(nation) > 5 and nation.endswith("an"):
        country = re.escape(nation[:-1])
    return country


@functools.cache
def _nation_speaks_pattern(nation: str, country: str) -> re.Pattern[str]:
    owner = rf"(?:{country}['\u2019]s|the country['\u2019]s|the {re.escape(nation)})"
    # ... or its ministry by a spokesperson, which a story about one country need not say is its own: "A
    # spokesman for the defence ministry, Col. Emil Varga, said"
    voice = r"spokes(?:man|woman|person) for the (?:defen[cs]e|foreign|interior|health|finance) ministry\b" \
        r"(?! (?:of|in)\b)"
    # ... or its government by its seat or its capital, as wire copy names it: "The Kremlin has denied that",
    # "Moscow said"
    if (seat := _SEATS.get(nation)) is not None:
        owner = rf"(?:{owner}|{seat})"
    return re.compile(rf"(?:\b{owner} (?:[a-z-]+ ){{0,3}}?(?:said|says|reported|announced|confirmed|added|told|"
                      rf"denied|denies|insisted|insists|warned|warns)\b|\baccording to {owner} |\b{voice})")


# A government's seat or capital, standing for it (lowercased, as the pattern reads the draft).
_SEATS = {"russian": "the kremlin|moscow", "ukrainian": "kyiv|kiev", "chinese": "beijing", "iranian": "tehran",
          "israeli": "jerusalem", "american": "the white house|the pentagon|washington",
          "u.s.": "the white house|the pentagon|washington", "british": "downing street|whitehall|london",
          "french": "the (?:\u00e9lys\u00e9e|elysee)|paris", "german": "berlin", "turkish": "ankara",
          "polish": "warsaw", "japanese": "tokyo", "indian": "new delhi", "canadian": "ottawa",
          "australian": "canberra"}


# An office that said nothing: "declined to comment", "did not respond to a request for comment".
_DECLINED = compiled_later(r"\b(?:(?:declined|refused) to (?:comment|respond)|did not (?:immediately )?"
                           r"(?:respond|reply|return)|would not comment|could not be reached|had no (?:immediate )?"
                           r"comment)\b")
# A weather service, by its name or its kind; Europe's forecasting centre and weather-satellite agency by their short
# names too ("ECMWF", "Eumetsat").
_WEATHER_OFFICE = compiled_later(r"\b(?:met office|met (?:\u00e9|e)ireann|meteorolog(?:y|ical)\b|noaa\b|"
                                 r"weather (?:service|bureau|agency|office|cent(?:er|re)|forecasts\b)|"
                                 r"(?:hurricane|storm prediction) cent(?:er|re)|eumetsat\b|ecmwf\b)")
_GEOLOGICAL_OFFICE = compiled_later(r"\b(?:(?:geological|seismological|geophysical|geoscience|volcan(?:o|ological)) "
                                    r"(?:survey|agency|service|institute|monitoring|cent(?:er|re)|office|observatory|"
                                    r"bureau)|usgs|geonet|geoscience australia)\b")
# Staff the story's office of their field speaks for: forecasters, a weather service's; seismologists, a survey's.
_OFFICE_OF_STAFF = {**dict.fromkeys(("forecasters", "meteorologists"), _WEATHER_OFFICE),
                    **dict.fromkeys(("seismologists", "volcanologists"), _GEOLOGICAL_OFFICE)}
_OFFICE_WORDS = ("administration", "department", "agency", "service", "authority", "commission", "ministry", "council",
                 "office", "bureau", "board", "police", "government", "inspectorate", "directorate", "regulator",
                 "patrol", "guard", "corps", "treasury", "customs",
                 # an office by its holder's title: "The Commissioner of Metro Rail Safety cleared the line, officials
                 # said"
                 "commissioner",
                 # a government by its seat: "The White House said ... Officials said"
                 "white house", "pentagon", "kremlin", "downing street", "whitehall", "\u00e9lys\u00e9e", "elysee")
_OFFICE_SPEAKS = compiled_later(
    rf"the (?<!\wthe )(?:[\w'\u2019-]+ ){{0,3}}?(?:{'|'.join(_OFFICE_WORDS)})\b(?:(?=[,.;])|"
    r" (?:said|says|reported|confirmed|added|announced|warned|estimated))")
_DEFINITE_BEFORE = re.compile(r"\bthe (?:[a-z]+ ){0,3}\Z")
# A public service in lowercase, by the word before it: "the weather service"; not "the church service".
_PUBLIC_SERVICES = frozenset("""weather fire ambulance health park parks prison probation coast forest postal secret
    civil immigration revenue emergency rescue police marshals""".split())


def _word_before(lowered: str, start: int, end: int) -> str:
    words = lowered[start:end].split()
    return words[-1] if words else ""


# What a body finds out about itself before it acts, and a body named by two capitalised words or more, acting
# after one: "St Michael's Primary School made the change after a survey found".
_OWN_CHECKS = frozenset("survey consultation review audit inspection".split())
_NAMED_BODY_ACTED = compiled_later(r"(?:The )?[A-Z][\w'\u2019.&-]*(?: (?:of |and |& )?[A-Z][\w'\u2019.&-]*)+"
                                   r"(?: in [A-Z][\w'\u2019-]*)? [a-z][^.;:\"\u201c\u201d]{0,80}? after (?:(?:a|an) )?")
# A study in the story, by which bare "researchers" are its researchers: "a new study", "the paper".
_A_STUDY = compiled_later(
    r"\b(?:a|an|the|new|this|their|its|latest|recent) (?:study|paper|trial|research|report|survey)\b")
# A report or study the story comes back to: "The study, published in ...".
# Any of them as its findings: "a new study has found ... The findings were presented at the European Sleep Congress".
_COMES_BACK = {noun: re.compile(rf"\bthe (?:{noun}|findings)\b") for noun in DOCUMENTS}
# ... a study also as its trial, its paper or its authors ("according to a large study. The trial ... was published
# in The Lancet", "..., the researchers reported in the journal Nature").
_COMES_BACK["study"] = re.compile(r"\bthe (?:study|trial|paper|findings|researchers|authors)\b")
# ... and research as the study that reports it ("according to new research. The study, published in ...").
_COMES_BACK["research"] = re.compile(r"\bthe (?:study|trial|paper|research|findings)\b")
# ... and a review or an analysis of studies as either, or as its authors ("according to a review of 57 studies.
# The analysis, published in The Lancet ...").
_COMES_BACK["review"] = _COMES_BACK["analysis"] = re.compile(
    r"\bthe (?:review|analysis|meta-analysis|study|paper|findings|researchers|authors)\b")
# ... or by whose it is: "The Air Accidents Investigation Branch (AAIB) report".
_NAMED_DOCUMENT = r"[Tt]he (?:(?:[A-Z][\w'\u2019&.-]*|\([A-Z]+\))\s+){1,6}"


def _evidence_noun(a: Attribution, lowered: str) -> str:
    """The noun a source is known by: its last word ("a new study"), the work
    before what it is of ("a review of 57 studies", "a study involving 50,000
    people": the review, the study), or the work
    its authors are named for ("a study by an international team of
    scientists": the study)."""
    by = lowered.endswith("by ", 0, a.subject_start) and _WORK_BY().search(
        lowered, max(0, a.subject_start - 24), a.subject_start)  # most sources follow no "by": not searched
    if by:
        return by[1]
    words = a.subject.lower().split()
    tie = next((i for i, w in enumerate(words) if i and w in _STUDIED), 0)
    if tie and words[tie - 1] in _COMES_BACK:
        return words[tie - 1]
    return words[-1]


# What ties a work to whom or what it studied: "a study of 1,400 students", "a trial involving 50,000 people".
_STUDIED = frozenset("of involving among covering tracking following across".split())


# A study's team, by what they are: "an international team of scientists", "a team of researchers".
_A_TEAM = compiled_later(r"(?:an?|the) (?:[\w-]+ ){0,2}team of (?:[\w-]+ )?(?:scientists|researchers|astronomers|"
                         r"economists|engineers|doctors|physicists|biologists|archaeologists|geologists|experts)")
_WORK_BY = compiled_later(r"\b(study|research|report|survey|paper|analysis) (?:led |carried out |conducted )?by \Z")


@functools.cache
def _named_again(noun: str) -> re.Pattern[str]:
    return re.compile(rf"\b{_NAMED_DOCUMENT}{noun}\b")


# The authors of a study or report, by its name or by their part in it: "the study's lead author", "the report's
# authors", "the lead researcher".
DOCUMENT_ROLE = re.compile(r"the (?:(?:(?:new|latest|recent) )?(?:study|report|survey|research|paper|review|trial)"
                           r"['\u2019]s (?:[\w-]+ ){0,2}(?:co-)?(?:authors?|researchers?|scientists?|investigators?)"
                           r"|(?:lead|senior|principal|corresponding) (?:co-)?(?:authors?|researchers?))")
# Where a draft says whose a study is, or where it appeared: "published in", "in the journal", "led by", "by
# researchers at". A draft with none of these (nor a named poll or study) never names its study.
_NAMES_A_STUDY = compiled_later(
    r"\b(?:published|presented|appeared|appears|appear) (?:online )?(?:in|at)\b(?! (?:an?|some|one) )"
    r"|\bin the (?:journal|proceedings)\b"
    r"|\b(?:led|run|conducted|carried out|funded|commissioned|produced|written|authored) by\b"
    r"|\b(?:by|from) (?:researchers|scientists|academics|economists|experts|a team|the team) (?:at|from|of)\b"
    r"|\b(?:by|from|at) the (?:university|institute|college|school|centre|center|foundation)\b")
# ... or whose body made it, or who wrote it: "The report, by India's Aircraft Accident Investigation Bureau,",
# "The study's lead author, Dr Jane Roe,", "said Jane Roe, the study's lead author".
_BY_A_NAME = compiled_later(
    r"\b[Tt]he (?:study|report|survey|research|paper|review|trial),? (?:by|from) (?:the )?[A-Z]"
    rf"|\b{_NAMED_DOCUMENT}(?:study|report|survey|poll)\b"
    r"|\b(?:lead |senior )?(?:co-)?authors?(?: of the (?:study|report|paper))?,? (?:Dr\.? |Prof\.? )?[A-Z][a-z]"
    r"|[A-Z][\w'\u2019-]+, (?:the|a|an|one) (?:[\w'\u2019-]+ ){0,2}(?:lead |senior )?(?:co-)?author\b")

# The staff a body speaks through: "company officials", "bank executives", "hospital spokespeople".
_STAFF = frozenset("officials executives spokespeople spokesmen spokeswomen bosses chiefs".split())
# A firm named as one: "Acme Corp.", "Harrow Foods plc".
_CORPORATE = re.compile(r"\b(?:corp|inc|ltd|plc|llc|co|group|holdings)\b")


def _body_beside(a: Attribution, lowered: str, sentences: list[Sentence], index: int) -> bool:
    """Are "company officials" the staff of a body the story names beside them:
    "the company", "the bank" before them in their sentence or in the one
    before in their paragraph, or, for a company or firm, a firm named as one
    ("Acme Corp. will close the plant, company officials said")? Not when no
    body is in sight ("Company officials said the plant would close")."""
    words = a.subject.lower().split()
    if len(words) != 2 or words[1] not in _STAFF or words[0] not in _BODIES:
        return False
    sentence = sentences[index]
    start = sentence.start
    if index and sentences[index - 1].region == sentence.region:
        start = sentences[index - 1].start
    span = lowered[start:a.subject_start]
    return f"the {words[0]}" in span or (words[0] in ("company", "firm") and _CORPORATE.search(span) is not None)


_POSSESSIVE_OR_PLURAL = re.compile(r"(?:['\u2019]s|s)$")
_FOR_UNNAMED = re.compile(r"\s+(?:for|at|from) (?:one|a|an|another|some)\b", re.IGNORECASE)


def voice_of_unnamed_body(a: Attribution, text: str) -> bool:
    """Is the subject a spokesperson for a body the story does not name ("a
    spokesperson for a dementia charity", "a spokesman at one of the banks")?
    The body is then as unnamed as "a source" is."""
    return a.subject.lower().endswith(tuple(_SPOKESPEOPLE)) and \
        _FOR_UNNAMED.match(text, a.subject_start + len(a.subject)) is not None
# Unnamed sources the story has introduced, named again: "two of the people", "one of the sources".
_BACK_TO_SOURCES = re.compile(r"(?:(?:one|two|three|four|five|both|all|each|several|some|most|another|neither|either)"
                              r"(?: of)? )?(?:the|those|these) (?:people|persons|sources|officials|insiders|diplomats|"
                              r"aides|executives)")
# One of a group of unnamed sources the story explained: "one senior official", "another official", "a second
# source".
# One of a group, by its count alone: "one said", "another added", "a second told".
_ONE_OF_THEM = frozenset({"one", "another", "the other", "a second", "a third", "one of", "another of", "one of them",
                          "another of them"})  # "one of them said": "them", a pronoun, is left off the subject
_ONE_OF_THE_EXPLAINED = compiled_later(
    r"(?:one|another|an?(?= second| third| fourth))(?: (?:second|third|fourth|senior|junior|former|government|"
    r"administration|western|u\.s\.|european|current))* (?P<noun>official|source|person|aide|diplomat|executive|"
    r"insider|minister|worker|employee|member|resident|nurse|doctor|teacher|officer|manager|driver|parent|student|"
    r"patient|tenant)")
# How a reason's sentence goes back to the people the sentence before counted: "Most asked not to be named".
_BACK_TO_THEM = ("most ", "all ", "they ", "several ", "some ", "both ", "many ", "each ", "none ")


# A named source's relative clause that passes a group's claim on: "the National Weather Service, which said
# preliminary reports indicated".
_SAID_BY_WHICH = compiled_later(r",? (?:which|who) (?:said|says|reported|reports) ")
# Figures a body the story names for them, cited by unnamed sources: "market sources said, citing American
# Petroleum Institute figures", "traders said, citing data from Kpler".
_CITING_NAMED_FIGURES = compiled_later(
    r"(?: (?:on|late|early|last) \w+)?, citing (?:(?:the )?(?:[A-Z][\w.&'\u2019-]*\s+){1,6}|(?:weekly |official )?"
    r"(?:data|figures|statistics|numbers|estimates) (?:from|by|compiled by|published by) (?:the )?[A-Z])"
    r"(?:data|figures|statistics|numbers|estimates)?")


def _owned_before(group: str, lowered: str, sentences: list[Sentence], index: int) -> bool:
    """Is a bare group ("Officers", "Economists") one that one of the three
    sentences before gave an owner ("its own planning officers", "the bank's
    economists")? Then it is those. Not a stance, a rival, the public nor a
    quantifier: "the plan's critics" then "Critics say", "the club's fans" then
    "Fans said" name none of them."""
    if not index or group in _STANCE or group in _UNNAMED_PLURALS or group in _QUANTIFIERS or group in _PUBLIC or \
            group in _VOX_POP or group in _RIVALS or not group.isalpha():
        return False
    start, end = sentences[max(0, index - 3)].start, sentences[index - 1].end
    at = lowered.find(" " + group, start, end)  # a substring search first: most groups are not there
    while at != -1:
        before = lowered[max(start, at - 40):at].split()[-3:]
        if not lowered[at + 1 + len(group):at + 2 + len(group)].isalpha() and any(
                word in _OWNERS or word.endswith(("'s", "\u2019s")) for word in before):
            return True  # an owner among the three words before: "its own planning officers"
        at = lowered.find(" " + group, at + 1, end)
    return False


_OWNERS = frozenset("its their his her our".split())
_LOYAL = frozenset("allies friends confidants associates loyalists".split())
# Those who know someone, by how: "a friend of the couple", "a neighbour of the victim".
_ACQUAINTED = _LOYAL | frozenset("relatives neighbours neighbors colleagues pals acquaintances classmates".split())
_RIVALS = frozenset("rivals competitors challengers".split())


def _plural_in(noun: str, lowered: str, sentence: Sentence, generic: bool = False) -> bool:
    """Does the sentence speak of several of them ("three government officials"), or, `generic`, of several
    sources by a word that takes in any role ("two senior government figures", "people familiar with the talks")?"""
    plural = "people" if noun == "person" else noun + "s"
    return re.search(rf"\b{plural}\b", lowered[sentence.start:sentence.end]) is not None or \
        (generic and _ANY_ROLE().search(lowered, sentence.start, sentence.end) is not None)


_ANY_ROLE = compiled_later(r"\b(?:figures|sources|people|insiders)\b")
_NEAR_REASON = 6  # how far, in sentences, a reason given for sources named by such a word reaches


# What stands right before a verb whose subject may follow it: "The plan will fail, say analysts".
_BEFORE_INVERSION = frozenset(",\u2014\u2013-:;")


# Verb-shaped words that "of" makes nouns ("estimate of", "claims of"); not "warn of", "said of".
_NOUNS_BEFORE_OF = frozenset("""estimate estimates fear fears claim claims doubt doubts question questions comment
    comments remark remarks note notes post posts suggestion suggestions hint hints murmur murmurs""".split())
_NOUN_OF = re.compile(r" (?:of|against|over)(?![\w-])")  # "fears of a strike", "tribunal claims against the council"


def _past(verb: str) -> bool:
    """Is the verb in a form no noun takes ("said", "added", "wrote"; not "report", "notes")?"""
    return verb in ("said", "says", "told", "wrote") or verb.endswith("ed")


# A gathering told what the speaker holds, with its clause: "told a meeting of the trust's board that", "told the
# inquiry that" (not "survivors told the inquiry their stories").
_TOLD_GATHERING = compiled_later(
    r"\s+(?:(?:an?|the|this|last \w+'s|[A-Z][\w'\u2019]*) )?(?:[\w-]+ ){0,2}?(?:meeting|hearing|conference|inquiry|"
    r"committee|tribunal|panel|summit|rally|crowd|audience|forum|gathering|briefing|assembly|session)\b"
    r"[^.;:\"\u201c]{0,80}?\bthat\b")
# The press as the audience of "told": "told reporters", "told this newspaper", "told Reuters".
_TOLD_PRESS = re.compile(r"\s+(?:reporters|journalists|the press|us\b|(?:the|this|our) (?:news(?:paper)?|paper|news "
                         r"agency|agency|broadcaster|station|website|outlet|publication|magazine|reporter)\b"
                         r"|[A-Z]"  # "told Reuters", "told CNN"
                         # A title that names a newspaper or broadcaster ("told the Valley Herald", "told the BBC"),
                         # not any capitalised body ("survivors told the Inquiry their stories").
                         r"|the (?:[A-Z][\w.&'\u2019-]* ){0,3}(?:Herald|Times|Guardian|Post|Journal|Telegraph|"
                         r"Independent|Observer|Mail|Sun|Mirror|Express|Standard|Chronicle|Gazette|Tribune|Courier|"
                         r"Globe|Star|Press|News|Economist|Record|Echo|Argus|Examiner|Inquirer|Register|Bulletin|"
                         r"Sentinel|Dispatch|Enquirer|Advertiser|Daily|Wire|BBC|FT|AP|AFP|CNN|NPR|ABC|NBC|CBS)\b)")


# Where or when, right after a participle: "the fans expected at the festival", "the rain expected on Friday".
_WHERE_OR_WHEN = compiled_later(r" (?:at|in|on|over|across|during|throughout|from|next|later|this)\b"
                                r"(?![^,.;]{0,30}\bthat\b)")  # not "expected in January that rates would fall"

# "with" and the subject of an absolute clause, before its participle: "with few services expected to run".
_WITH_SUBJECT = compiled_later(r"\b[Ww]ith (?:[\w'\u2019-]+ ){1,5}$")

# What a greeting or a rite says: "say goodbye", "say a prayer".
_SAID_NOTHING = compiled_later(r" (?:goodbye|good-bye|hello|farewell|thanks|thank you|sorry|grace|a prayer|cheese)\b")
_SAYING_FORMS = frozenset(("say", "says", "said", "saying"))
# What "offered" holds out when it says nothing: a sum, a deed or a thing given someone.
_OFFERED_THING = compiled_later(
    r" (?:[\u00a3$\u20ac\d]|to |(?:him|her|them|us|me|you|it) (?!that\b)|(?:a|an) (?:reward|discount|refund|job|deal|"
    r"bid|place|contract|settlement|payout|loan|lift|room|seat)\b)")
# Where a complaint was lodged, with nothing said of what it claims: "to Ofcom", "to the council", "on its forums",
# "online" (not "to the council that the road was unsafe", "about the noise", "that").
_COMPLAINED_WHERE = compiled_later(
    r" (?:to (?:the )?[A-Z][\w'\u2019&-]*|to (?:the|their|its|his|her) (?:[a-z]+ ){0,2}?(?:council|police|regulator|"
    r"watchdog|ombudsman|broadcaster|company|firm|school|board|landlord|airline|operator|club)|on (?:its|the|their|"
    r"social) [\w -]{0,30}?(?:forums?|media|pages?|sites?|websites?|accounts?)|online)\b(?![^.;:]{0,80}\bthat\b)")
# What "claim" claims when it is a thing, not a view: a benefit, money, a win ("claim pension credit", "claimed
# compensation", "claimed victory"; not "claim the benefits are too generous"), or "it" with nothing said of it
# ("do not claim it."; not "claim it is unfair").
_CLAIMED_THING = compiled_later(
    r" (?:it|them)(?= *(?:[.,;:)]|\Z| (?:back|each|every|from|for|on|in|through|before|after|until|at|by|if|when|"
    r"because|and|or|but|online|now|yet)\b))"
    r"| (?:back )?(?:(?:their|his|her|its|the|a|an|any|all|some|more|free|full|extra) )*(?:[\w-]+ )?"
    r"(?:benefits?|credits?|compensation|victory|responsibility|asylum|refunds?|prizes?|money|titles?|seats?|"
    r"pensions?|allowances?|expenses|damages|payments?|grants?|relief|refuge|territory|ownership|lives)\b"
    r"(?!(?: [a-z]+)? (?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must)\b)")
# Where someone is admitted to: "admitted to hospital", "admitted to the bar".
_ADMITTED_TO = compiled_later(r" to (?:an? |the |their |his |her )?(?:[\w-]+ )?(?:hospitals?|care|icu|a&e|wards?|"
                              r"units?|prison|university|college|school|bar|club|membership|emergency)\b")


def claims_with(verb: str, text: str, verb_end: int, claims: frozenset[str]) -> bool:
    """Does the verb pin a claim on its subject? A claim verb does ("say",
    "expect"); "told" does when the press heard it ("sources told this
    newspaper", "officials told Reuters"), not when it is part of the story
    ("doctors told her", "survivors told their stories"). A verb listed with
    "that" does only before its clause ("specialists state that", not "in
    several states.")."""
    if " so far as to " in verb:  # "some have gone so far as to call it a disaster": the last verb's claim
        going, last = verb.split(" ", 1)[0], verb.rsplit(" ", 1)[1]
        verb_start = verb_end - len(verb)
        return (going != "going" or _progressive(text, verb_start) is not None) and (
            last != "call" or _called_something().match(text, verb_end) is not None)
    if verb == "saying" and _quoted_as(text, verb_end - len(verb)) is not None:
        return True  # "The paper quoted officials as saying": their claim
    if verb in claims:
        if verb[:5] == "agree" and text.startswith(" to ", verb_end):
            return False  # consent, not a view: "only if landlords agree to lower rents"
        if verb == "expected" and (_WHERE_OR_WHEN().match(text, verb_end) is not None or _WITH_SUBJECT().search(
                text, max(0, verb_end - len(verb) - 50), verb_end - len(verb)) is not None):
            return False  # a participle: "for the 80,000 fans expected at the festival", "with few services
            # expected to run" (what is expected, not who expects it)
        if verb[:5] == "admit" and _ADMITTED_TO().match(text, verb_end) is not None:
            return False  # taken in, not conceding: "537 infants admitted to hospital"
        if verb[:8] == "complain" and _COMPLAINED_WHERE().match(text, verb_end) is not None:
            return False  # a complaint lodged, counted where it was made, its grievance not claimed: "More than 1,000
            # viewers complained to Ofcom", "customers complained on its forums" (not "complained that")
        if verb[:5] == "claim" and _CLAIMED_THING().match(text, verb_end) is not None:
            return False  # a thing asked for or taken, not a view: "people who do not claim it", "claimed benefits"
        if verb in _SAYING_FORMS and _SAID_NOTHING().match(text, verb_end) is not None:
            return False  # a greeting, no claim: "residents will say goodbye to the old bridge"
        if verb == "called" or verb == "calling":
            return _called_something().match(text, verb_end) is not None  # "called it a giveaway", not "called police"
            # ("are calling it a game-changer", not "are calling for a ban")
        # An -ing form only in progress, after "with" ("critics are saying", "with many believing") or going on
        # from a clause after its comma ("Experts have weighed in, saying": its subject is read as that clause's),
        # not as a quotation's tag ('"...," arguing that').
        verb_start = verb_end - len(verb)
        return verb[-3:] != "ing" or text.startswith(", ", verb_start - 2) or \
            _progressive(text, verb_start) is not None
    if verb[-3:] == " as":  # "described the plan as": the claim verbs list it as "described as"
        return f"{verb.split(' ', 1)[0]} as" in claims and _AS_WHEN().match(text, verb_end) is None
    if verb.startswith(("tell", "told")):
        return verb == "told reporters" or _TOLD_PRESS.match(text, verb_end) is not None or \
            _TOLD_GATHERING().match(text, verb_end) is not None
    if verb in ("put it", "puts it"):
        return _PUT_IT().match(text, verb_end) is not None  # "As one insider put it, the firm is in trouble"
    return f"{verb} that" in claims and _THAT_CLAUSE.match(text, verb_end) is not None


# How a paraphrase is put, after "put it": its comma or colon, or its manner ("put it bluntly:"); not "put it on
# the agenda", "put it at 8%".
_PUT_IT = compiled_later(r"(?: (?:bluntly|simply|succinctly|starkly|plainly|best|another way|this way|more "
                         r"(?:bluntly|simply|starkly)))?\s*[,:;\u2014]")


_THAT_CLAUSE = re.compile(r"\s+that\b")
# What "called" calls something: its object, then a noun phrase, a quotation or an adjective ("called the plan a
# giveaway", "called it \u201ca disgrace\u201d", "called the ruling unworkable", "called Atlas Pick a breakthrough");
# not whom it called ("called the police a second time", "called the council repeatedly", "called Police Scotland a
# day later"), a name it gives ("called the place the Bottoms"), nor "called for" or "called on".
_called_something = compiled_later(
    r"\s+(?:it|them|him|her|this|that|[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,2}|"
    r"(?:the|their|its|his|her|this|these|those) (?:[\w'\u2019-]+ ){0,2}?[\w'\u2019-]+)"
    r"\s+(?:an? (?!(?:second|third|fourth|few|couple|number|total|dozen|day|week|month|year|time)\b)|the (?![A-Z])"
    r"|[\"\u201c\u201d]|[\w-]+(?:able|ible|ous|less|ive|ical|ic|ent|ant|ful|ish|ist|ing|ed)\b)")


def _start_of(text: str, start: int, end: int, words: str) -> int:
    """Where `words`, the source a phrase names, begin in text[start:end]: the
    phrase may open with more ("ending a trial in which prosecutors")."""
    at = text.rfind(words, start, end)  # most often written as classify joined them
    if at != -1:
        return at
    wanted = words.split()
    tokens = list(_TOKEN.finditer(text, start, end))
    for i in range(len(tokens) - len(wanted), -1, -1):
        if [t.group() for t in tokens[i:i + len(wanted)]] == wanted:
            return tokens[i].start()
    return start


def _officer_named_next(a: Attribution, text: str, following: Sentence) -> bool:
    """Are a service's officials ("fire officials", "health officials") the
    ones the next sentence names one of, by a title of that service ("Fire
    Chief Dana Mills", "county health director Ann Lee", "fire department
    spokesman Tom Hale", "The county's public works director, Sam Oduya"), or
    a local government's the next sentences name one of by any local title
    ("city officials" then "Public Works Director Angela Ruiz"), or a state's
    or a school district's by one of theirs ("Gov. Ann Lee", "Superintendent
    Ann Lee")?
    Wire and local copy puts the attribution in the lead and the name in the
    next sentence."""
    words = a.subject.split()
    if len(words) == 1 and words[0].lower() == "officials":
        # bare "officials" closing a lead's claim: any public officer named by title ("..., officials said." then
        # "Los Angeles County Fire Chief Anthony Marrone said", "Mayor Ana Ruiz said")
        return _CLOSING().match(text, a.end) is not None and \
            _PUBLIC_OFFICER().search(text, following.start, following.end) is not None
    if len(words) != 2 or words[1].lower() != "officials" or not words[0].isalpha():
        return False
    said = text[following.start:following.end]
    service = words[0].lower()
    if (service in _LOCAL_GOVERNMENTS or service in _OFFICES_OF) and _CLOSING().match(text, a.end) is not None and any(
            _holds_office_of(service, m[0].split(None, 1)[0]) for m in _PUBLIC_OFFICER().finditer(said)):
        return True  # "..., city officials said." then "Public Works Director Angela Ruiz said": a local
        # officer by title (not "Gov. Ann Lee", who is none of the city's); a state's or a school district's by
        # theirs ("state officials" then "Gov. Ann Lee", "school officials" then "Superintendent Ann Lee")
    if service in _DETERMINERS or service in _QUANTIFIERS or service in _DEMONYMS:
        return False  # "Russian officials" are no service: its minister named next did not say their words
    if service not in said.lower():
        return False  # most: looked for before the pattern
    # also the service's own, set off by commas: "The county's public works director, Sam Oduya, said"
    return re.search(rf"\b(?i:{service})(?:['\u2019]s)?(?: [\w-]+){{0,2}}? {_OFFICER},?(?: [A-Z][\w.'\u2019-]*){{1,3}}",
                     said) is not None


# The end of a claim's sentence, perhaps after when it was said: "..., officials said on Thursday."
_CLOSING = compiled_later(r"(?: (?:on|late|early|last|this) [A-Z]?[a-z]+| (?:yesterday|today|tonight))?[.;]")
# A local government, whose officials a lead may sum up before the next sentences name one by title; and the
# titles no local officer holds.
_LOCAL_GOVERNMENTS = frozenset("city town county borough village township municipal".split())
_NOT_LOCAL_OFFICERS = frozenset("Gov. Governor Senator Sen. Rep. Minister Secretary".split())
_OFFICES_OF = {"state": frozenset("Gov. Governor Secretary Commissioner Director Superintendent Administrator".split()),
               "school": frozenset("Superintendent Principal Director".split())}
_OFFICES_OF["district"] = _OFFICES_OF["school"]


def _holds_office_of(service: str, title: str) -> bool:
    """Is a public officer's title ("Director", "Gov.") one of a local government's, a state's or a school's?"""
    return title not in _NOT_LOCAL_OFFICERS if service in _LOCAL_GOVERNMENTS else title in _OFFICES_OF[service]


# The titles a service's officer is named by before their name.
_OFFICER = (r"(?i:chief|marshal|director|commissioner|captain|lieutenant|sergeant|spokesman|spokeswoman|"
            r"spokesperson|superintendent|inspector|officer|administrator|secretary|minister)")
# A public officer's title, capitalised right before their name: "Fire Chief Anthony Marrone", "Mayor Ana Ruiz",
# "Gov. Gavin Newsom", "Sheriff Robert Luna".
_PUBLIC_OFFICER = compiled_later(
    r"\b(?:Chief|Sheriff|Mayor|Gov\.|Governor|Commissioner|Director|Superintendent|Marshal|Secretary|Minister|"
    r"Senator|Sen\.|Rep\.|Councillor|Cllr|Councilman|Councilwoman|Councilmember|Inspector|Captain|Capt\.|Sgt\.|"
    r"Lt\.|Supervisor|Administrator|Manager|Principal)(?: [A-Z][\w.'\u2019-]*){1,3}")


# The posts of those who govern, whom the opposition opposes: "the council's leader", "the cabinet member for".
_GOVERNING = compiled_later(r"\b(?:council['\u2019]s leader|council leader|leader of the council|cabinet member|"
                            r"portfolio holder|minister|secretary of state)\b")


def _field_of(group: str) -> str:
    """The field a group is named for, capitalised: "Retail" of "retail analysts"."""
    words = group.split()
    return words[-2].capitalize() if len(words) >= 2 and words[-2].isalpha() else ""


def _member_named_next(members: tuple[str, ...], text: str, lowered_text: str, following: Sentence,
                       field: str = "") -> bool:
    """Is a group's claim the summary the next sentence gives a name to, one
    of them speaking ("Independent experts urged caution. Prof. Ann Kay, of
    Leeds University, said ...", "Analysts expect a rebound. Jo Roe, an
    analyst at Peel Hunt, said ...", "Opposition councillors said ... Group
    leader Raj Patel said ...")? `members`: the words for one of the group
    ("analyst"), whose title or job says they are of it; "Critics say ... The
    mayor said" is no member speaking. `field`: what the group is named for
    ("Retail" of "Retail analysts"), whose firm is theirs and whose opposition
    is no governing side."""
    said = text[following.start:following.end]
    lowered = lowered_text[following.start:following.end]
    named = any(member in lowered for member in members)
    # a scholar is an analyst of their field: "..., analysts said." then "said Jo Roe, a political scientist at the
    # University of Lisbon" (not "a student at")
    learned = not _TITLED.isdisjoint(members) or (
        members is _FORECASTERS and any(word in lowered for word in _SCHOLARS))
    titled = learned and ("Prof" in said or "Dr" in said)
    placed = learned and any(word in said for word in _SEATS_OF_LEARNING)
    firm = members is _FORECASTERS and _name_of_a_firm(said)
    traded = firm or (members is _FORECASTERS and any(word in said for word in _TRADE_FIRMS))
    # ... or a firm named for the group's field: "Retail analysts said ..." then "said Natalie Berg, founder of
    # NBK Retail" (not "of the British Retail Consortium", a trade's body, nor "who shops at Big Retail")
    fielded = members is _FORECASTERS and len(field) > 2 and field in said and re.search(
        rf", (?!who\b)(?:[\w-]+ ){{0,3}}(?:of|at) (?:[A-Z][\w&.'\u2019-]* ){{1,2}}{field}\b(?! [A-Z])",
        said) is not None
    voiced = members is _ORGANISATIONS and "spokes" in lowered  # "a spokeswoman for UNRWA": one of the groups
    # a bank's or a firm's head of economics or of research is an analyst: "Commonwealth Bank head of Australian
    # economics Gareth Aird said", "director of research at Knight Frank" (not "the economics editor", "who teaches
    # economics")
    headed = members is _FORECASTERS and ("economics" in lowered or "research" in lowered) and \
        _HEAD_OF_FORECASTING().search(lowered) is not None
    if (members is _ORGANISATIONS or members is _CAMPAIGNERS) and (
            _ONE_BODY_SPEAKS().match(said) or (
                len(field) > 3 and field.lower() not in _QUANTIFIERS
                and (said.startswith(field[:4]) or f" {field[:4]}" in said)
                and _HEAD_OF_A_BODY().search(said) and not _SAYING.isdisjoint(WORD.findall(lowered)))):
        return True  # "The International Rescue Committee said": one of the aid agencies, by its name; or by its
        # head, when its name shares the group's field: "Cycling advocates said ..." then "Cycle Toronto executive
        # director Michael Longfield said" (not "Consumer groups" then "director of product safety at Acme Toys")
    if fielded and not _SAYING.isdisjoint(WORD.findall(lowered)):
        return True
    if members is _ORGANISATIONS and "general secretary" in lowered and _UNION_HEAD().search(said) and \
            not _SAYING.isdisjoint(WORD.findall(lowered)):
        return True  # "Rail unions also criticised it." then "Mick Lynch, general secretary of the RMT, said": a
        # union's head, whose post no other body's head holds
    if members is _CRITICS and _may_name_a_body(said) and _ONE_BODY_OBJECTS().match(said):
        return True  # "Critics say ..." then "The TaxPayers' Alliance called the idea \u201ca fantasy\u201d"
    if members is _CAMPAIGNERS and " " in said[:40] and _CAMPAIGN_NAMED().match(said):
        return True  # "Environmental campaigners criticised it." then "Friends of the Earth said"
    if field == "Opposition" and _GOVERNING().search(lowered):
        return False  # "Opposition councillors slammed it." then "The council's leader, Cllr Mark Denton, said": the
        # side they oppose
    if not (named or titled or placed or traded or voiced or headed) or (
            _SAYING.isdisjoint(words := WORD.findall(lowered))
            and not (traded and not _FORECASTING.isdisjoint(words))):
        return False  # most: no member and no title in the next sentence, looked for before any pattern
    if (titled and _ACADEMIC_TITLE().search(said)) or (placed and _SCHOLAR().search(said)) or \
            (traded and (firm or _TRADE_FIRM().search(said))) or (voiced and _VOICE_OF_A_BODY().search(said)) or \
            headed:
        return True
    return named and _member_pattern(members).search(said) is not None


# Those who stand apart from a story's work: "Independent experts", "outside scientists". One of them is of no body
# the story named before them, as one of the team that did the work is ("researchers from NHS Blood and Transplant"
# ... "Independent experts urged caution." then "Dr Farrukh Shah, of NHS Blood and Transplant, said").
_APART = frozenset({"independent", "outside", "external"})
_AFFILIATION = compiled_later(r"\b(?:at|of|from|for) (?:the )?([A-Z][\w&'\u2019.-]*(?: (?:(?:of|and|for|&|the) )*"
                              r"[A-Z][\w&'\u2019.-]*)*)")


def _of_a_party_named_before(group: str, text: str, following: Sentence, before: int) -> bool:
    """Is the one `following` names as of a group that stands apart ("Independent
    experts") of a body the draft named before `before`, which is no outsider?"""
    return not _APART.isdisjoint(group.lower().split()) and any(
        len(m[1]) > 3 and text.find(m[1], 0, before) != -1
        for m in _AFFILIATION().finditer(text, following.start, following.end))


def _member_introduced_then_speaks(members: tuple[str, ...], text: str, lowered: str,
                                   following: list[Sentence]) -> bool:
    """Does one of the sentences after a lead introduce one of its group by
    their post and name, who then speaks by surname in the next two ("...,
    mediators said." then "The talks, chaired by the U.N. special envoy, Marta
    Lindqvist, are ..." and '"...," Lindqvist told reporters')?"""
    for k, sentence in enumerate(following):
        said = lowered[sentence.start:sentence.end]
        if not any(member in said for member in members):
            continue  # most: no post of the group's in the sentence, looked for before any pattern
        for named in _POST_THEN_NAME().finditer(text, sentence.start, sentence.end):
            if named["post"].lower() not in members:
                continue
            surname = named["name"].rsplit(" ", 1)[-1]
            if any(surname in text[s.start:s.end] and not _SAYING.isdisjoint(WORD.findall(lowered, s.start, s.end))
                   for s in following[k + 1:k + 3]):
                return True
    return False


# A post, then its holder's full name set off by a comma: "the U.N. special envoy, Marta Lindqvist".
_POST_THEN_NAME = compiled_later(r"\b(?P<post>[a-z]+), (?P<name>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){1,2})\b")


def _body_speaks_for(group: str, text: str, lowered: str, sentence: Sentence) -> bool:
    """Does the sentence name a body that speaks for the group, speaking? Its words are looked for first: few
    sentences say "represents"."""
    said = lowered[sentence.start:sentence.end]
    return ("represents " in said or "speaks for " in said) and \
        _speaks_for(group).search(text, sentence.start, sentence.end) is not None


@functools.cache
def _own_words(subject: str) -> frozenset[str]:
    """The capitalised words a group's own body may be named by: its noun and the one before it ("Business",
    "Owners" of "Some business owners on Elm Street"); for bodies, the kind of body only ("Consumer" of "Consumer
    groups", whose "Consumer Reports" is one); none for a group no body speaks for."""
    words = subject.lower().split()
    nouns = [i for i, word in enumerate(words) if word in _VOX_POP or word in _TRADES]
    kinds = [i - 1 for i, word in enumerate(words) if word in _BODIES_OF_A_KIND and i > 0]
    return frozenset(words[j].capitalize() for i in nouns for j in (i - 1, i)
                     if j >= 0 and words[j] not in _QUANTIFIERS and words[j] not in ("and", "or")) | frozenset(
        words[j].capitalize() for j in kinds if words[j] not in _NOT_A_KIND and words[j].isalpha())


# Bodies a group is made of, whose kind ("consumer", "environmental") a member's name shares.
_BODIES_OF_A_KIND = frozenset("groups charities organisations organizations associations bodies".split())
# Words before them that say how many or where, not what kind: "several groups", "local charities".
_NOT_A_KIND = _PICKED | _A_FEW | frozenset("local national international regional major big small the".split())


def _own_body_speaks(own: frozenset[str], text: str, sentence: Sentence) -> bool:
    """Does the sentence name a body of the group by the group's own word (`own`), speaking: "Some business owners
    on Elm Street worry" then "The Elm Street Business Association said", "Farmers in Hawke's Bay say" then
    "Federated Farmers' Hawke's Bay president Ann Kerr said"?"""
    if not any(text.find(word, sentence.start, sentence.end) != -1 for word in own):
        return False  # most: no capitalised word of the group's in the sentence, looked for before the pattern
    said = text[sentence.start:sentence.end]
    return any(not own.isdisjoint(w.rstrip("'\u2019") for w in body.group().split())
               and (_ORGANISED().search(body.group()) or len(body.group().split()) >= 2)
               and not _MODIFIES_A_ROLE().match(said, body.end())
               for body in _BODY_NAME().finditer(said)) and not _CLAIMING.isdisjoint(WORD.findall(said.lower()))


# A name before a lowercase noun, which it describes rather than names the speaker's body by: "a Consumer Affairs
# reporter", "the Farm Business editor" (not "Federated Farmers' Hawke's Bay president", a body's own officer).
_MODIFIES_A_ROLE = compiled_later(r" (?:reporter|correspondent|editor|columnist|writer|presenter|journalist|"
                                  r"producer|blogger|commentator|podcaster)s?\b")


def _restated_with_firm(group: str, text: str, lowered: str, sentence: Sentence) -> bool:
    """Does the sentence restate the group by its own word with the named body they are from, speaking:
    "Administrators from Interpath Advisory said", "the analysts at Peel Hunt wrote" (`lowered`: the text
    lowercased)? Not "analysts at a rival bank"."""
    at = lowered.find(group + " ", sentence.start, sentence.end)
    if at == -1 or (at > 0 and lowered[at - 1].isalpha()):
        return False  # most: the group's word is not in the sentence
    return _FROM_A_NAMED_BODY().match(text, at + len(group)) is not None and \
        not _SAYING.isdisjoint(WORD.findall(lowered, sentence.start, sentence.end))


_FROM_A_NAMED_BODY = compiled_later(r" (?:from|at|with) (?:the )?[A-Z][\w&'\u2019.-]*")


def _own_union_speaks(group: str, lowered: str, sentence: Sentence) -> bool:
    """Does the sentence name, speaking, the group's own body in lowercase, by the group's word: "the students'
    union", "the residents' association", "the tenants' association" (`lowered`: the text lowercased)?"""
    said = lowered[sentence.start:sentence.end]
    one = _one_of(group)
    return one in said and _union_of(one).search(said) is not None and not _CLAIMING.isdisjoint(WORD.findall(said))


@functools.cache
def _union_of(one: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(one)}s?['\u2019]?s?['\u2019]? (?:union|association|council|society|federation|"
                      r"committee|forum|guild|group)\b")


# A body's name: capitalised words, with "of" or "and" between them ("Elm Street Business Association", "Federated
# Farmers'", "National Union of Farmers").
_BODY_NAME = compiled_later(r"[A-Z][\w'\u2019&.-]*(?: (?:of |for |and |& )?[A-Z][\w'\u2019&.-]*){1,6}")
_ORGANISED = compiled_later(r"\b(?:Association|Union|Federation|Society|Chamber|Alliance|Council|Network|Forum|"
                            r"Coalition|League|Guild|Confederation|Federated|Group)\b")


@functools.cache
def _speaks_for(group: str) -> re.Pattern[str]:
    """A named body said to speak for a group, and speaking: "AHDS, which represents primary headteachers, said",
    "the NFU, which represents 46,000 farmers, warned"; for those who trade, by their businesses too: "Ashby
    Business Improvement District, which represents 250 businesses, said" (of traders)."""
    words = "|".join(re.escape(word) for word in (group, *_TRADING.get(group, ())))
    return re.compile(rf"[A-Z][\w'\u2019&.-]*,? (?:which|who|that) (?:represents|speaks for) (?:[\w,'\u2019-]+ ){{0,3}}"
                      rf"(?i:{words})\b.{{0,80}}?\b(?:{'|'.join(sorted(_SAYING))})\b")


# Those who trade are their businesses: "traders" are represented as "businesses" or "shops".
_TRADING = dict.fromkeys(("traders", "retailers", "shopkeepers", "owners", "businesses"),
                         ("businesses", "traders", "retailers", "shops", "firms", "members"))


@functools.cache
def _member_pattern(members: tuple[str, ...]) -> re.Pattern[str]:
    """One of a group by their job or title: ", an analyst at", ", chief UK
    economist at", "Analyst Jo Roe", "Cllr Ann Lee", "Labour MP Jo Roe", "The
    Conservative group leader, Liz Hart,", "The RMT union's general secretary,
    Mick Lynch,"."""
    words = "|".join(re.escape(member) for member in members)
    return re.compile(rf"(?:, (?:an?|the|its|of|who|chief|senior|lead|principal|head|deputy|global|group|associate|"
                      rf"managing|executive|assistant|director|president|chair|general|founder|partner|artistic|"
                      rf"creative)\b"
                      rf"[^,.;]{{0,60}}?\b(?i:{words})\b"
                      rf"|\b(?i:{words})(?: |, [A-Z][\w'\u2019-]+ )[A-Z]"
                      rf"|\b(?i:{words})['\u2019]s [a-z][^,.;]{{0,40}}?, [A-Z]"
                      # a name and their body, as wire copy sets them: "said Kyle Whitehead of the Active
                      # Transportation Alliance"
                      rf"|\b[A-Z][\w'\u2019-]+ [A-Z][\w'\u2019-]+ of (?:the )?[A-Z][^,.;]{{0,60}}?\b(?i:{words})\b)")


# One of a group named by its rank among them, speaking: "FNV, the largest, said", "Unite, the biggest of them,
# warned", or as one of them: "Age UK, one of those charities, estimated".
_ONE_BY_RANK = compiled_later(
    r"\s*[A-Z][\w&'\u2019.-]*(?: [A-Z][\w&'\u2019.-]*){0,5}, (?:the (?:largest|biggest|main|oldest|smallest|"
    r"second-largest|second-biggest)|one of (?:them|(?:the|these|those) (?P<noun>[\w-]+)))\b[^.;]{0,40}?, "
    r"(?:said|says|told|warned|warns|added|argued|argues|estimated|estimates|calculated)\b")


# A body's spokesperson, by its name: "a spokeswoman for UNRWA", "a spokesman for the Red Cross".
_VOICE_OF_A_BODY = compiled_later(r"\bspokes(?:man|woman|person) for (?:the )?[A-Z]")
_ORGANISATIONS = ("association", "union", "trust", "charity", "foundation", "alliance", "coalition", "society",
                  "federation", "network", "campaign", "council", "institute", "group", "action", "watch", "forum",
                  "college", "confederation", "chamber", "fund", "league", "centre", "center", "project", "watchdog",
                  "chambers", "trusts")  # named in the plural: "British Chambers of Commerce", "the Wildlife Trusts"
# One of a group of organisations, speaking by its name, which says what it is: "The International Rescue Committee
# said", "Save the Children warned", "Citizens Advice said", "The European Consumer Organisation, known as BEUC,
# said", "Healthwatch Northshire said" (a watch in one word), or by what it is set off after it: "BEUC, the European
# consumer organisation, said", "Unite, which represents staff at its sites, said" (not "Acme, a member of the
# alliance, said", nor "The Taliban said").
_BODY_WORDS = "|".join(("committee", "agency", "organi[sz]ation", "programme", "program", "relief", "rescue", "cross",
                        "crescent", "children", "nations", r"\w+watch", "advice", "aid", *_ORGANISATIONS))
# A body's name: capitalised words, perhaps joined by "of", "for" or "and", and its initials in brackets.
_BODY_NAMED = r"[A-Z][\w&'\u2019.-]*(?: (?:(?:of|for|and|the|on|in) )?[A-Z][\w&'\u2019.-]*){0,6}(?: \([A-Z]{2,}\))?"
# A union's head by name: "general secretary of the RMT", "RMT general secretary Mick Lynch".
_UNION_HEAD = compiled_later(r"\bgeneral secretary of (?:the )?[A-Z]|"
                             r"\b[A-Z][\w&'\u2019.-]* general secretary [A-Z][a-z]")
# The head of a body by name: "executive director of the Clean Air Alliance", "Cycle Toronto executive director
# Michael Longfield" (not a head with no body named, "the director said").
_HEAD_OF_A_BODY = compiled_later(
    r"\b(?:executive director|director|chief executive|president|chair(?:man|woman|person)?|(?:co-)?founder|"
    r"co-?ordinator|head) (?:of|at) (?:the )?[A-Z]"
    r"|[A-Z][\w&'\u2019.-]* (?:executive director|chief executive|president|chair(?:man|woman|person)?|"
    r"(?:co-)?founder) [A-Z][a-z]")
_ONE_BODY = (
    rf"\s*(?:The )?(?:(?=[^.;:,]{{0,80}}?\b(?i:{_BODY_WORDS})\b){_BODY_NAMED}(?:, [^,.;:]{{1,60}},)?"  # in its name
    rf"|{_BODY_NAMED}, (?:the|an?) (?:(?!of )[\w'\u2019-]+ ){{0,4}}(?i:{_BODY_WORDS}),"  # or after it, its head
    rf"|{_BODY_NAMED}, (?:which|who) (?:represents|campaigns|(?:has )?campaigned|has been campaigning) "
    rf"(?:[^,.;:]|[,.](?=\d)){{1,80}},)")  # or what it does: "Pedal Nottingham, which has campaigned for ...,"
_ONE_BODY_SPEAKS = compiled_later(_ONE_BODY + r" (?:has |had )?(?:said|says|warned|added|told|estimated|reported)\b")
# ... and one of the critics, a body finding fault: "Critics say ..." then "The TaxPayers' Alliance called the idea
# \u201ca fantasy\u201d" (not "The Local Government Association welcomed it", nor a body that only "said": "Airlines UK,
# which represents British carriers, said the rules would add to costs" may be on either side).
_ONE_BODY_OBJECTS = compiled_later(_ONE_BODY + r" (?:has |had )?(?:warned|called|described|criticised|criticized|"
                                               r"condemned|attacked|dismissed|opposes|opposed)\b")


# A campaign's body by a name of its cause, speaking: "Friends of the Earth said", "Campaign for Better Transport
# warned", "Campaign to Protect Rural England said"; not an office so named ("The Department for Transport said",
# "Secretary of State Jo Roe said").
_CAMPAIGN_NAMED = compiled_later(
    r"\s*(?!(?:The )?(?:Department|Ministry|Office|Secretary|Minister|Council|Government|Bank|Court|House|Chancellor|"
    r"Mayor|Governor|President|Prime|Director|Head|Chief|Leader|Speaker|University)\b)(?:The )?[A-Z][\w'\u2019-]+"
    r"(?: [A-Z][\w'\u2019-]+)? (?:of|for|to) (?:the )?(?:[A-Z][\w'\u2019-]+ ){1,3}(?:has |had )?(?:said|says|warned|"
    r"called|described|criticised|criticized|condemned|attacked|dismissed|argued|accused)\b")


def _may_name_a_body(said: str) -> bool:
    """May a sentence open with a body's name as _ONE_BODY reads one: "The"
    and a capital ("The TaxPayers' Alliance"), two capitalised words ("Citizens
    Advice"), one set off ("Oxfam, the charity,"), a watch ("Healthwatch
    Northshire") or what a body "represents"? Told with str methods, far
    cheaper than the pattern, which most sentences fail."""
    head = said.lstrip()
    space = head.find(" ")
    if space < 0:
        return False  # one word: no body and its verb
    return (head.startswith("The ") and head[4:5].isupper()) or head[space + 1:space + 2].isupper() or \
        head[space - 1] == "," or "watch" in head[:space] or " represents " in said

# "founder of consultancy NBK"; a think tank's analyst, "a fellow on the Chinese economy at the Asia Society" (not
# "a fellow resident")
_FORECASTERS = ("analyst", "economist", "strategist", "consultancy", "consulting firm", "research firm",
                "advisory firm", "fellow at", "fellow on", "fellow in", "fellow with")
_HEAD_OF_FORECASTING = compiled_later(r"\b(?:head|director|chief|global head) of (?:[a-z]+ )?(?:economics|research)\b")
# ... and a firm of their trade, speaking or forecasting: "Capital Economics expects two cuts", "Jo Roe, a partner
# at Deloitte Access Economics, said", "Counterpoint Research estimates".
_TRADE_FIRMS = ("conomics", "Analytics", "Research", "Insight")  # looked for before the pattern
_TRADE_FIRM = compiled_later(r"\b(?!The )[A-Z][\w'\u2019&.-]*(?: [A-Z][\w'\u2019&.-]*){0,2} "
                             r"(?:Economics|Macroeconomics|Analytics|Research|Insight)\b")
_FORECASTING = frozenset("""expects expect thinks forecasts predicts estimates sees expected predicted forecast
    estimated""".split())


def _name_of_a_firm(said: str) -> bool:
    """A name with the firm they work for, as wire copy names an analyst:
    "Clive Black of Shore Capital said", "said Jo Roe at Peel Hunt"; not a
    public office's ("Jane Hill of the Treasury") nor "The Bank of England".
    Read from each " of " and " at ": a pattern would be tried at every character."""
    for joint in (" of ", " at "):
        at = said.find(joint)
        while at != -1:
            firm = said[at + 4:at + 40].split(None, 1)
            before = said[max(0, at - 40):at].split()[-3:]
            name = before[-2:]
            if firm and firm[0][:1].isupper() and firm[0] not in _PUBLIC_EMPLOYERS and len(name) == 2 and \
                    name[0][:1].isupper() and name[1][:1].isupper() and name[0] not in _NOT_A_FIRST_NAME and \
                    not (len(before) == 3 and before[0].lower() in _DETERMINERS):
                return True  # (not "a spokesperson for the Merrow Chamber of Commerce": a body's name after "the")
            at = said.find(joint, at + 1)
    return False


_PUBLIC_EMPLOYERS = frozenset("Treasury HM Department Ministry Office Council Government".split())
_NOT_A_FIRST_NAME = frozenset("The A An This That Its".split())
# Verbs a member named next speaks with: "said", what they called the thing ("called the budget a disgrace"), and
# what they remember ("Dr Simon Reeve, who has worked with her for 20 years, remembers a night").
_SAYING = SPEECH_VERBS | frozenset("called calls described describes recalls recalled remembers remembered".split())
# ... and the verbs of a body's own claim: "The National Farmers' Union estimates that up to 70,000 farms ..."
_CLAIMING = _SAYING | frozenset("estimates estimated believes believed expects expected predicts predicted".split())
# Endings of nouns for what someone does: "watcher", "governor", "columnist", "historian".
_AGENT_SUFFIXES = ("er", "or", "ist", "ian")
# The sides of a group said to be divided: "Some view ..., while others ...".
_HALVES = frozenset(("some", "others"))
# Bodies whose members a story names by their title: "several justices" in a lead, then "Justice Elena Kagan".
_BENCHES = frozenset("justices judges senators".split())
# A regulator by its name, acting or speaking, opening a sentence: "The Federal Trade Commission had sued", "The
# FCA said", "Ofgem fined".
_REGULATOR_ACTS = compiled_later(
    r"\s*(?:The )?(?:(?:[A-Z][\w&'\u2019.-]* ){1,5}(?:Commission|Authority|Agency|Administration|Regulator|Office)"
    r"(?: \([A-Z]{2,}\))?|FTC|SEC|CMA|FCA|PRA|Ofcom|Ofgem|Ofwat|Ofsted|EPA|FDA|FAA|FCC|CFTC|ECB|ACCC|ASIC)"
    r" (?:has |had |have )?(?:said|says|sued|argued|ruled|found|fined|warned|ordered|told|alleged|concluded)\b")
# Groups whose members a job or a title names, by the group's word: "an analyst at", "Analyst Jo Roe";
# "Councillor Ann Lee", "Group leader Raj Patel", "Senator Ruth Keane", "Labour MP Jo Roe".
_SCIENTISTS = ("scientist", "researcher", "physicist", "chemist", "biologist", "ecologist", "geologist",
               "oceanographer", "climatologist", "meteorologist", "astronomer", "astrophysicist", "geneticist",
               "epidemiologist", "virologist", "glaciologist", "seismologist", "volcanologist", "botanist",
               "zoologist", "neuroscientist", "palaeontologist", "paleontologist", "archaeologist")
# Those who campaign: one of them by the word, by the petition they got up ("Tom Pryce, who organised the
# petition"; not "the mayor, who received the petition") or their campaign's body ("Open Rights Group said").
_CAMPAIGNERS = ("campaigner", "activist", "advocate", "campaigned", "campaigns", *_ORGANISATIONS, *(
    f"{verb} {article} petition" for verb in ("organised", "organized", "started", "launched", "set up")
    for article in ("a", "the")))
# Those against, one named by it: "Opponents said ..." then "Board member Savion Castro, who voted against the plan,
# said"; or a body finding fault (_ONE_BODY_OBJECTS).
_CRITICS = ("critic", "opponent", "voted against", "opposed", "opposes")
_STANCES = frozenset("critics opponents supporters proponents backers".split())
_MEMBERS = {
    **{group + "s": (group,) for group in "academic specialist".split()},
    # a scientist by their science: "Scientists not involved said ..." then "Karina von Schuckmann, an
    # oceanographer at Mercator Ocean International, said"
    **dict.fromkeys(("scientists", "researchers"), _SCIENTISTS),
    # an expert by their trade's word too: "Aviation experts said ..." then "said John Cox, a former airline pilot
    # and safety consultant"
    "experts": ("expert", "specialist", "consultant", "analyst", "adviser", "advisor"),
    # an economist or a strategist is the analysts' kind, and the reverse: "..., analysts said." then "said Ruth
    # Gregory, deputy chief UK economist at Capital Economics"
    **dict.fromkeys(("analysts", "economists", "forecasters"), _FORECASTERS),
    **dict.fromkeys(("councillors", "councilors"), ("councillor", "councilor", "cllr", "group leader",
                                                    "opposition leader", "council member",
                                                    # "Mark Weston, leader of the Conservative group,"
                                                    "leader of the")),
    **dict.fromkeys(("lawmakers", "legislators"), ("senator", "sen.", "representative", "rep.", "congressman",
                                                   "congresswoman", "assemblyman", "assemblywoman", "mp", "lawmaker",
                                                   "legislator")),
    **dict.fromkeys(("mps", "backbenchers"), ("mp", "backbencher")),
    # an executive by their post, or by the firm they run: "Executives point to land and water." then "said Greg
    # Sullivan, who runs a supplier of specialty gases", "said Jo Roe, chief executive of Acme"
    **dict.fromkeys(("executives", "bosses"), ("executive", "chief", "ceo", "founder", "president", "director",
                                               "chairman", "chairwoman", "owner", "boss", "runs", "head of")),
    # those whose money is in a market, one named by the trade that puts it there: "Some investors said ..." then
    # "said Tom Avery, a fund manager at Liontrust"; "Traders said ..." then "said Jo Roe, a dealer at Tullett"
    **dict.fromkeys(("investors", "shareholders"), ("investor", "shareholder", "fund manager", "portfolio manager",
                                                   "investment officer", "head of equities", "asset manager")),
    "traders": ("trader", "dealer", "broker", "head of trading", "stallholder", "seller", "vendor"),
    # those who broker talks: "..., mediators said." then "chaired by the U.N. special envoy, Marta Lindqvist"
    "mediators": ("mediator", "envoy", "facilitator"),
    # an election's or a truce's observers, one named by their post: "International observers said ..." then "The
    # European Union's chief observer, Maria Arena, said"
    "observers": ("observer", "monitor", "head of mission", "mission chief"),
    "monitors": ("monitor", "observer", "head of mission", "mission chief"),
    "negotiators": ("negotiator", "envoy", "delegation", "delegate"),
    "justices": ("justice",),
    "judges": ("judge",),
    "peers": ("peer", "lord", "baroness"),
    "senators": ("senator", "sen."),
    # those who campaign, one named by it or by their campaign: "Campaigners said ..." then "Feargal Sharkey, a
    # former singer who has campaigned against river pollution, said", "Kate Anstey, of the Child Poverty Action
    # Group, said"
    **dict.fromkeys(("campaigners", "activists", "advocates"), _CAMPAIGNERS),
    **dict.fromkeys(("critics", "opponents"), _CRITICS),
    # ... and those for, one named by it: "Supporters said ..." then "said Councilor April Fournier, who voted for
    # the plan"
    **dict.fromkeys(("supporters", "proponents", "backers"), ("supporter", "proponent", "backer", "voted for",
                                                            "backed", "backs", "supports", "championed")),
    # objectors to a plan, one named by their objection or the body they speak for: "Objectors told the meeting ..."
    # then "said Margaret Ellison, who chairs the Thornbury Residents' Association"
    "objectors": ("objector", "objected", "objects", "opposed", "opposes", *_ORGANISATIONS),
    # groups of organisations, one of which the next sentence names by its head: "Patients' groups said ..."
    # then "Rachel Power, chief executive of the Patients Association, said"
    **dict.fromkeys(("groups", "charities", "unions", "organisations", "organizations", "associations", "agencies",
                     "ngos"), _ORGANISATIONS),
    # ... and a trade, whose union's or association's head the next sentence names: "Headteachers have warned
    # ..." then "Paul Whiteman, general secretary of the school leaders' union NAHT, said"
    **dict.fromkeys(_TRADES, _ORGANISATIONS),
    # those who knew someone, one named by how: "Friends described him as generous." then "said Tom Hale, who had
    # known him since school"; "Relatives said ..." then "His sister, Jane Hale, said"
    "friends": ("friend", "known him", "known her", "known them", "knew him", "knew her", "grew up with"),
    "colleagues": ("colleague", "worked with", "works with", "worked alongside", "works alongside"),
    **dict.fromkeys(("relatives", "family members"), (
        "sister", "brother", "mother", "father", "son", "daughter", "cousin", "aunt", "uncle", "niece", "nephew",
        "wife", "husband", "partner", "grandmother", "grandfather", "granddaughter", "grandson", "relative")),
    "classmates": ("classmate", "school with", "studied with"),
    # those who write, one named by what they write: "Some writers said ..." then "said the novelist Sebastian
    # Faulks"
    **dict.fromkeys(("writers", "authors"), ("writer", "author", "novelist", "poet", "playwright", "biographer",
                                             "historian", "columnist")),
    "teammates": ("teammate", "played with", "played alongside"),
}
# Those a doctor's or a professor's title names too, and a post at a seat of learning: these, and scholars of a
# discipline ("astronomers", "epidemiologists", "historians").
_TITLED = frozenset({"expert", "scientist", "researcher", "academic", "specialist"})
_SCHOLARS = ("prof", "lecturer", "scientist", "researcher", "scholar", "historian")
_DISCIPLINES = frozenset("""astronomers astrophysicists physicists chemists geneticists mathematicians statisticians
    historians scholars""".split())
_ACADEMIC_TITLE = compiled_later(r"\b(?:Prof(?:essor)?\.?|Dr\.?) [A-Z]")
# ... and a name whose post is at a seat of learning: "Ursula Münch, director of the Academy for Political
# Education", "Mark Hancock, a professor of physiotherapy at Macquarie University", "Ann Kay, of Leeds University",
# and as wire copy sets a name and its seat, with no comma: "Ewine van Dishoeck of Leiden University".
_SEATS_OF_LEARNING = ("University", "Institute", "Academy", "College", "Centre", "Center", "School", "Foundation",
                      "Laboratory", "Observatory")
_SCHOLAR = compiled_later(
    rf"\b[A-Z][\w'\u2019.-]*(?: (?:[A-Z][\w'\u2019.-]*|{NAME_PARTICLES}))*(?: [A-Z][\w'\u2019.-]*)"
    r"(?:, (?:[^,.;:\"\u201c\u201d]{0,60}?\b)?| )(?:of|at|from) (?:the )?"
    r"(?:[A-Z][\w'\u2019&.-]*,? ){0,4}(?:" + "|".join(_SEATS_OF_LEARNING) + r")\b")


def _members_of(group: str) -> tuple[str, ...] | None:
    """The words for one of a group, whose job or title says they are of it."""
    members = _MEMBERS.get(group)
    if members is None and (group in _DISCIPLINES or group.endswith(("ologists", "scientists"))):
        members = (group[:-1], "scientist")  # "Other astronomers said ...": one of them is a scientist too
    return members


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
                _SUBMISSIONS().search(lowered, sentences[index - 1].start if index else sentence.start, at):
            return True  # "More than 900 objections were submitted. Many raised concerns about traffic.", "More
            # than 200 residents objected to the plans. Many said ...", "4,000 people responded to a
            # consultation." then "Some residents said ..." (news paragraphs are often one sentence)
    if not polls.between(sentence.start, (following or sentence).end):
        return False  # no poll or survey near: most claims
    for start, end in _named_evidence(text, sentence.start, sentence.end, lexicon, proper):
        if (end <= a.subject_start and _FRAME_BEFORE.fullmatch(text, sentence.start, start)) or \
                a.subject_start <= start < end <= a.subject_end or \
                _SOURCE_BEFORE.search(text, sentence.start, start) or \
                ((_CLAUSE_BEFORE.search(text, sentence.start, start) or (
                    _OPENS_SENTENCE.fullmatch(text, sentence.start, start) and _passes_on(text, a, sentence)))
                 and _FINDING.match(text, end, sentence.end)):
            return True
    group = next((w for w in reversed(a.subject.lower().split()) if _is_group(w, lexicon)), None)
    if group is None or following is None:
        return False
    evidence = _named_evidence(text, following.start, following.end, lexicon, proper)
    # ... or opens on a study of it, with what it found: "Climate scientists say such heat has become more likely. A
    # 2022 study by World Weather Attribution found ..." (a poll or survey asks people: of the group, as above)
    said = lowered[following.start:following.end]
    return bool(evidence) and (
        any(re.search(rf"\b{re.escape(word)}\b", said) for word in (group, *_TRADING.get(group, ())))
        or any(start - following.start <= 12 and lowered.endswith(_STUDIES, start, end)
               and _FINDING.match(text, end, following.end) for start, end in evidence))


# Evidence that finds rather than asks: a study backs a group's claim without being of the group.
_STUDIES = ("study", "studies", "research", "analysis", "analyses")
# What a poll of forecasters measures: what they expect.
_EXPECTING = frozenset(
    "expect expects expected forecast forecasts predict predicts predicted estimate estimated".split())


def _surveyed_later(text: str, lowered: str, sentences: list[Sentence], index: int, a: Attribution,
                    lexicon: Lexicon, proper: Callable[[str, bool], bool]) -> bool:
    """Does the story go on to name the poll of the group whose expectation its
    lead sums up ("a larger cut than most analysts had expected" then, further
    down, "A Reuters survey of 14 analysts before the meeting found")?"""
    group = next((w for w in reversed(a.subject.lower().split()) if _is_group(w, lexicon)), None)
    if group is None or group in _QUANTIFIERS:
        return False
    polled = re.compile(rf"\b(?:poll|survey)s? of (?:[\d,]+ |more than [\d,]+ |dozens of |\w+ )?{re.escape(group)}\b")
    for s in sentences[index + 1:]:
        if (m := polled.search(lowered, s.start, s.end)) is not None and \
                _named_evidence(text, s.start, m.end(), lexicon, proper):
            return True
    return False


# A group that says it answered a survey, a poll or a study: "headteachers who responded to the survey".
# Its respondents by that name: "Respondents who backed the idea said", "those polled".
_RESPONDENTS = compiled_later(r"\b(?:who (?:responded to|took part in|answered|completed|were (?:surveyed|polled|"
                              r"questioned) (?:in|for|by))|(?:surveyed|polled|questioned) (?:in|for|by)) the "
                              r"(?:survey|poll|study|questionnaire)\b"
                              r"|\brespondents\b|\bthose (?:surveyed|polled|questioned)\b")
# A named finding's count of its respondents: "It found that a third of prisoners", "The survey showed that 40% of
# nurses" (not "A recent survey found that ...": a finding nobody is named for).
_FOUND_THAT = compiled_later(r"\s*(?:it|the [a-z]+|[a-z]+'s [a-z]+) (?:also )?(?:found|finds|showed|shows|revealed|"
                             r"reveals) that ")
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
_SUBMISSIONS = compiled_later(r"(?:\d|\b(?:hundreds|thousands|dozens|scores)\b)[^.;:!?]{0,40}?\b(?:objections|"
                              r"responses|submissions|letters|complaints|comments|representations|e-?mails|replies"
                              r"|reviews|objected|complained|responded|wrote in)\b")
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
_SOURCE_BEFORE = re.compile(r"\b(?:according to|per) (?:an? |the )?\Z", re.IGNORECASE)  # "per": "..., per LSEG data"
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
_FINDING = re.compile(r"[^,;.]{0,80}?\b(?:show(?:s|ed)?|f(?:ou|i)nds?|suggest(?:s|ed)?|indicat(?:es|ed)|sa(?:ys|id)|"
                      r"put(?:s)?)\b")
# Words that end a poll's phrase, going back from its noun: "In a Reuters poll".
_PHRASE_OPENERS = frozenset("a an the in on at to by from for of with according per this that".split())
# Capitalised words that name no pollster: "Monday's poll", "a March survey".
_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december""".split())
_AUTHOR = ("by", "from", "for")
_COMPILED = frozenset("compiled conducted carried commissioned published run gathered collated provided".split())
# The story's own firm as the compiler: "a company-compiled consensus", "a bank-provided poll of analysts".
_SELF_COMPILED = re.compile(r"(?i)(?:company|bank|group|firm|lender|insurer|retailer|carmaker|airline)-(?:compiled|"
                            r"provided|supplied|collated|gathered)")
_PHRASE_BREAK = re.compile(r"[,;:()\u2014\u201d\"]")


def _named_evidence(text: str, start: int, end: int, lexicon: Lexicon,
                    proper: Callable[[str, bool], bool]) -> list[tuple[int, int]]:
    """The polls, surveys and studies in text[start:end] that say whose they
    are: by a name in their phrase ("a Reuters poll", "the Fed's latest
    survey") or after it ("a survey of 30 economists by Bloomberg", "data from
    Eurostat"); each as a span from the phrase's first word after its article
    to its noun."""
    tokens = [(m.start(), m.end(), m.group().strip(".,")) for m in _TOKEN.finditer(text, start, end)]
    found = []
    for i, (_, noun_end, word) in enumerate(tokens):
        if word.lower() not in lexicon.evidence:
            continue
        first, named = i, False
        while first > 0 and i - first < 4 and tokens[first - 1][2].lower() not in _PHRASE_OPENERS and \
                not _PHRASE_BREAK.search(text, tokens[first - 1][1], tokens[first][0]):
            first -= 1
            named = named or _pollster(tokens[first][2], first, lexicon, proper) or \
                _SELF_COMPILED.fullmatch(tokens[first][2]) is not None
        if named or _author_named(text, tokens, i, lexicon, proper) or (
                tokens[first][2] in ("its", "their") and _named_subject(tokens, lexicon, proper)):
            found.append((tokens[first][0], noun_end))
    return found


def _named_subject(tokens: list[tuple[int, int, str]], lexicon: Lexicon, proper: Callable[[str, bool], bool]) -> bool:
    """Does the sentence open on a name, whose "its" or "their" survey is then
    named ("The British Chambers of Commerce said ... in its latest survey",
    "Acme said its poll showed"; not "The council said its survey")?"""
    at = 1 if tokens and tokens[0][2] == "The" else 0
    at += _opens_a_name(tokens, at)
    return at < len(tokens) and tokens[at][2][:1].isupper() and _pollster(tokens[at][2], at, lexicon, proper)


def _evidence_named_in(text: str, sentences: list[Sentence], lexicon: Lexicon,
                       proper: Callable[[str, bool], bool]) -> bool:
    """Do any of these sentences name a poll or study's author? Asked sentence
    by sentence, so that a word opening one is read as an opening word:
    "Experts say more research is needed" names no research."""
    return any(_named_evidence(text, s.start, s.end, lexicon, proper) for s in sentences)


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
    name += _opens_a_name(tokens, name)  # "by the British Chambers of Commerce"
    return _pollster(tokens[name][2], name, lexicon, proper) and \
        not any(_PHRASE_BREAK.search(text, tokens[k][1], tokens[k + 1][0]) for k in range(noun, name))
    # (between the words, not inside one: the comma of "a survey of 1,800 adults by Ipsos" breaks nothing)


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


def _subject_before(text: str, verb: int) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """The clause before a verb, back to a boundary, with an appositive or a
    relative clause between subject and verb skipped: "Dana Whitcomb, a
    Mississippi Republican, said" -> "Dana Whitcomb". With it, the noun a
    relative clause hangs on when the verb is the clause's own: its subject
    may stand in the clause ("The plan, which analysts said") or be that noun
    ("Ruiz, who last week said")."""
    last = _TO_LAST_CLAUSE_MARK.match(text, 0, verb)
    while last and text[last.end() - 1] == "." and (_before_a_name(text, last.end()) or
                                                     _inside_a_name(text, last.end())):
        last = _TO_LAST_CLAUSE_MARK.match(text, 0, last.end() - 1)  # "Its chair, Prof. Kamila Hawthorne, said",
        # "head of St Mary's C.E. Primary School, said"
    start = last.end() if last else 0  # after the last mark, if any
    if last and text[start - 1] in "!?" and text[start - 2:start - 1].isalpha() and not text[start:verb].strip() \
            and (name := _NAME_BEFORE_MARK.search(text, max(0, start - 40), start - 1)) is not None:
        return (name.start(), start), None  # "Which? said", "Yahoo! said": a name with its mark, which the
        # sentence reader kept inside the sentence
    chunk = text[start:verb]
    parts = (_THOUSANDS.sub("\0", chunk) if _THOUSANDS.search(chunk) else chunk).split(",")
    if len(parts) >= 4 and not parts[-1].strip() and ((
            _ROLE_THEN_NAME.fullmatch(parts[-3]) and _FULL_NAME_ALONE.fullmatch(parts[-2].strip()))
            or _JOINED_ROLE().fullmatch(parts[-3])):
        # "Residents say they have waited years, the council leader, Jo Bell, said": a role and its holder's name
        # close the claim before them, and are the verb's subject; so is a role joined on as a clause's subject,
        # whatever names it: "Fans used the hashtag, and the developer, @nightowl_dev, replied"
        return (verb - len(parts[-1]) - len(parts[-2]) - len(parts[-3]) - 2, verb), None
    if len(parts) >= 3 and not parts[-1].strip():
        if any(w[:1].isupper() for w in parts[1].split()[:3]) or _INCLUDING_ASIDE.match(parts[1]):
            # "The company's chief executive, Priya Rangan, called": the name; "Critics, among them the
            # Law Society, say": which of them (classify reads it)
            return (start, verb), None
        return (start, start + len(parts[0])), None  # "X, an appositive, said"
    if len(parts) == 3 and parts[1].strip().lower() in _ASIDE_ADVERBS and \
            _AUXILIARY_TAIL.issuperset(parts[2].lower().split()):
        return (start, start + len(parts[0])), None  # "Some fans, however, have questioned": the aside's subject
    if len(parts) >= 2 and not parts[-1].strip():
        return (verb, verb), None  # "The plan will fail, said analysts": the clause is the claim, the subject follows
    if len(parts) >= 2:
        first = parts[0]
        tail = parts[-1]
        if _is_relative(parts[1]):
            antecedent = start, start + len(first)  # "a dispatcher, who asked not to be named, said"
            if len(parts) == 2 and _OWN_SUBJECT.match(tail):
                return (verb - len(tail), verb), antecedent
            if len(parts) > 2 and (joined := _second_clause(text, (verb - len(tail), verb))) is not None:
                return joined, None  # "The additive, which is used in drinks, came under fire after research
                # suggested": the main clause goes on after the relative one, and a second clause has its subject
            return antecedent, None
        return (verb - len(tail), verb), None
    return (start, verb), None


# Words set off by commas between a subject and its verb that only join the sentence to the last: "Some fans,
# however, have questioned".
_ASIDE_ADVERBS = frozenset({"however", "though", "meanwhile", "too", "also", "nonetheless", "nevertheless", "instead",
                            "likewise", "in turn", "for their part", "by contrast", "in contrast", "for now"})


def _free_relative(text: str, span: tuple[int, int], verb_end: int) -> tuple[int, int] | tuple[()] | None:
    """The words after a span's last "what", when the verb is a free
    relative's own ("faces what experts say is the worst flood", "What many
    observers describe as a crisis"): its subject stands there, not before.
    An empty tuple when "what" opens an indirect question ("asked what
    residents thought", "nobody knows what investors think") or names what
    was said by its topic, claiming none of it ("reading what strangers
    thought of me", "ignored what critics said about the film")."""
    at = text.rfind(" what ", span[0], span[1])
    if at == -1 and not text.startswith("What ", span[0]):
        return None
    if _OF_A_TOPIC().match(text, verb_end):
        return ()
    if at != -1:
        return () if _ASKED_WHAT().search(text, max(0, at - 24), at) else (at + 6, span[1])
    return span[0] + 5, span[1]


_OF_A_TOPIC = compiled_later(r" (?:of|about)\b")


# A verb of asking, knowing or telling before "how many", "when", "whether" and the like: the clause it opens is a
# question, not a claim ("did not say how many vans it expected", "asked whether analysts thought").
_OPEN_QUESTION = compiled_later(r"\b(?:say|said|saying|disclose[sd]?|reveal(?:s|ed)?|specify|specified|"
                                r"confirm(?:s|ed)?|ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|know(?:s|n)?|knew|unclear|clear|sure|"
                                r"explain(?:s|ed)?|tell|told|indicate[sd]?) (?:how(?: many| much| long| far| soon|"
                                r" often| quickly)?|when|whether|why|where|which|if)\b")
# A verb of asking or knowing before "what": the clause it opens is a question, not a claim.
_ASKED_WHAT = compiled_later(r"\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|know(?:s|n)?|knew|unclear|clear|sure|"
                             r"see|saw|understand(?:s|ing)?|understood|explain(?:s|ed|ing)?|learn(?:s|ed|t)?|"
                             r"find out|found out|establish|decide|tell|told|show|reveal|question(?:ed)?|"
                             r"investigat(?:e|es|ed|ing)|examin(?:e|es|ed|ing)|about|into)\Z")


def _inside_a_name(text: str, end: int) -> bool:
    """Is the word that ends at `end` with a full stop an initialism inside a
    name, a capitalised word on either side ("St Mary's C.E. Primary School",
    "Acme U.K. Holdings"; not "in the U.S. Officials said")? Its stop ends no
    clause."""
    begin = text.rfind(" ", 0, end - 1) + 1
    before = text.rfind(" ", 0, begin - 1) + 1
    return begin > 0 and text[before:before + 1].isupper() and text[end + 1:end + 2].isupper() and \
        INITIALS.fullmatch(text, begin, end) is not None


def _before_a_name(text: str, end: int) -> bool:
    """Is the word that ends at `end` with a full stop a title before a name ("Prof.", "Gen.")? Its stop
    ends no clause."""
    word = text[text.rfind(" ", 0, end - 1) + 1:end].lstrip("(\"\u201c").lower()
    return word in NAME_PREFIXES


# A role held in a place or body the story gives no name: "the owner of a seafront cafe", "the head of a local
# school", "the manager at an Oxford Street store".
_HELD_IN_ONE = compiled_later(r"[Tt]he (?:[\w'\u2019-]+ ){0,2}?[a-z][\w'\u2019-]* (?:of|at|from) (?:a|an|one) "
                              r"[^,.;:!?\"\u201c\u201d()]{1,40}")
# ... and then named after all: ", Jo Bell", "(Jo Bell)".
_NAME_SET_OFF = compiled_later(r"\s*[,(]\s*[A-Z][\w'\u2019.-]+ [A-Z]")
# A role before its holder's name, set off by commas: " the council leader", " its chief executive".
_ROLE_THEN_NAME = re.compile(r" (?:the|its|their|his|her|our|a|an) [\w'\u2019 -]{2,60}")
_JOINED_ROLE = compiled_later(r" (?:and|but|while|whereas) (?:the|its|their|his|her|our) [\w'\u2019 -]{2,60}")
_INCLUDING_ASIDE = re.compile(r"\s*(?:including|notably|such as|among (?:them|whom))\b", re.IGNORECASE)
# A comma that groups digits ("Some 2,000 workers at the plant say"): no clause mark. Read as a
# character of the same length, so the parts keep their offsets.
_THOUSANDS = re.compile(r",(?<=\d,)(?=\d{3}\b)")  # opening with the comma, it is searched for by it
# A relative pronoun with words after it, before the verb: they may be the verb's subject ("which analysts").
_OWN_SUBJECT = re.compile(r"\s*(?:which|who|whom)\s+\S", re.IGNORECASE)


def _second_clause(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The subject after a conjunction that opens a second clause in a
    subject's span ("The talks stalled on Monday and diplomats", "Prices rose
    but economists"), or None. "But", "while" and the like always join
    clauses; "and" and "than" only after a verb of the first ("Shares fell 5%
    and analysts", "Residents can visit the site and sources", "Shares rose
    more than analysts"), not in a subject of two ("Residents and business
    owners", "The head of the combined authority and officials") or a count
    ("More than 40 analysts")."""
    first = _CLAUSE_JOIN.search(text, span[0], span[1])  # most have none: a search fails fastest
    if first is None:
        return None
    joins = list(_CLAUSE_JOIN.finditer(text, first.start(), span[1]))
    # The last "but" or "while" before the verb, else the last "and" or "than": "Prices rose but economists and
    # analysts expect" is the economists' and the analysts' claim.
    found = next((m for m in reversed(joins) if m.group(1) not in _AFTER_VERB), joins[-1])
    if found.group(1) in _AFTER_VERB:
        words = text[span[0]:found.start()].lower().split()
        relative = next((i for i, word in enumerate(words) if word in _RELATIVES), len(words))
        if _first_verb(words[:relative], 0) is None:
            return None  # no verb, or only a relative clause's: "The family of a cyclist who died after a
            # collision with a lorry have described"
    return found.end(), span[1]


_RELATIVES = frozenset(("who", "which", "whose"))


def _first_verb(words: list[str], first: int) -> int | None:
    """Where the first verb stands among a clause's words, from `first` on: a
    past tense in -ed not after a determiner ("the embattled firm"), or another
    finite form."""
    return next((i for i in range(first, len(words)) if words[i] in _FINITE or (
        words[i].endswith("ed") and (i == 0 or words[i - 1] not in _DETERMINERS))), None)


def _shared_subject(text: str, clause: tuple[int, int]) -> tuple[int, int] | None:
    """The subject of a clause whose verb a second verb shares after "and":
    the words before its first verb ("The firm hired analysts and expected a
    rebound": the firm expected it, not the analysts), or None."""
    words = text[clause[0]:clause[1]].split()
    verb = _first_verb([w.lower() for w in words], 1)  # a subject has a word at least
    if verb is None:
        return None
    start = clause[0] + len(text[clause[0]:clause[1]]) - len(text[clause[0]:clause[1]].lstrip())
    return start, start + len(" ".join(words[:verb]))


# A conjunction that may open a second clause. Between plain spaces: a pattern that opens with one
# literal character is searched for by that character, about twice as fast as one that opens with \s.
_CLAUSE_JOIN = re.compile(r" (and|but|while|whereas|although|though|because|yet|than|after|before|since|until|once|"
                          r"when) ")
# Joins that open a second clause only after a verb of the first: not in "Residents and business owners",
# "More than 40 analysts", "Residents since the flood".
_AFTER_VERB = frozenset(("and", "than", "after", "before", "since", "until", "once", "when"))
# A first clause's verb before "and", besides a past tense in -ed: past tenses of other shapes, and the
# auxiliaries and modals that open a verb ("Residents can visit the site and sources say").
_FINITE = frozenset("""fell rose was were had did went came made took gave won lost left met held told saw grew cut hit
    set put ran began broke spoke stood kept paid sold bought built sent spent fought sank slid drove flew fled
    threw drew rode sat slept woke is are has have will can could would should may might must""".split())
# "as" opening a clause of its own says when, not what: "Passengers described panic as the plane dropped",
# "... as firefighters arrived", "... as it fell"; not "described him as a man who lied", "as the worst crash
# they had seen".
_NOT_A_SUBJECT = r"(?!(?:who|that|which|whom|he|she|they|it|we|I|and|or|but|too|very|so|more|most|[a-z]+ly)\b)"
_AS_WHEN = compiled_later(
    r"\s+(?:(?:he|she|they|it|we|I)|(?:(?:the|a|an|his|her|their|its|our) )?"
    rf"(?:{_NOT_A_SUBJECT}[A-Za-z][\w'\u2019-]* ){{0,2}}?{_NOT_A_SUBJECT}[A-Za-z][\w'\u2019-]*) "
    r"(?:[a-z]+ed|" + "|".join(sorted(_FINITE)) + r")"
    # then the clause goes on as a verb's does, not as a noun phrase ("as a deeply flawed plan")
    r"(?=[.,;:!?]|\s+(?:the|a|an|to|at|in|on|into|onto|towards?|from|through|over|under|after|before|around|out|"
    r"off|up|down|back|forward|again|and|home|away|past|by|across|along|inside|outside|[a-z]+ly)\b)")


def _is_relative(part: str) -> bool:
    words = part.split()
    return bool(words) and words[0].lower() in ("who", "which", "whose", "speaking", "citing")


def _subject_after(text: str, end: int, verb: str, inverted: bool) -> tuple[int, int]:
    """The phrase after a verb, to the next comma, colon or clause end: "said
    one delegate from a Baltic state", "Concluded the report:". After a verb
    with a subject before it, a long phrase is a clause, not a subject ("said
    long-term contracts gave ..."): nothing is taken."""
    found = _PHRASE_END.search(text, end)
    stop = found.start() if found else len(text)
    if not inverted and not verb.startswith("according") and len(text[end:stop].split()) > 8:
        return end, end
    if found is not None and found.group() == "," and (named := _APPOSED_NAME.match(text, stop + 1)):
        return end, named.end()  # "said one mourner, Tom Hale, 61": the name after the comma is theirs
    return end, stop


# A full name set off after a phrase: ", Tom Hale," or ", Ana María Ruiz.", or a surname after initials: ", S.
# Kavitha," (a first name alone may be a day or a place).
_FULL_NAME = (r"(?:(?:[A-Z]\.\s?){1,5}[A-Z][\w'\u2019-]*|[A-Z][\w'\u2019-]*"
              rf"(?:\s+(?:(?:{NAME_PARTICLES})\s+){{0,2}}[A-Z][\w'\u2019-]*){{1,3}})")  # "Marieke de Vries" too
_APPOSED_NAME = re.compile(rf"\s+{_FULL_NAME}(?=\s*(?:[,.;]|$))")
_FULL_NAME_ALONE = re.compile(_FULL_NAME)
# A group with no noun of its own ("Others worried", "Some said"), whom a speaker named next stands for.
_ELLIPTICAL = frozenset(("others", "some", "many"))
# A sentence that opens on a full name set off by who they are, speaking: "Tom Kessler, the district's athletic
# director, said", "Jo Roe, whose son plays, argued".
# Not one who answers for the body the claim is about: "Jo Bell, the council leader, said" (nor its spokesman, mayor
# or chief executive).
_NAMED_SPEAKER_OPENS = compiled_later(
    rf"\s*{_FULL_NAME}, (?:an?|the|who|whose|his|her|their|its|[A-Z][\w'\u2019.-]*['\u2019]s)\b"
    r"(?![^.;]{0,80}?\b(?:leader|mayor|spokes(?:man|woman|person)|chief executive|minister|secretary|"
    r"chair(?:man|woman)?|president|governor|commissioner)\b)[^.;]{0,80}?, "
    r"(?:said|says|told|added|argued|warned|explained|agreed|disagreed)\b")
_NAME_ARTICLE = re.compile(rf"^(?:{NAME_ARTICLES})-(?=[A-Z])")  # "al-Sayed", "el-Sisi"
_APPOSED_LAST = re.compile(rf",\s+{_FULL_NAME}[\s,.;]*$")


def _identified_next(a: Attribution, text: str, sentences: list[Sentence], index: int, quoted: set[int]) -> bool:
    """Is one a story's first sentence describes but does not name ("A nurse
    who helped evacuate patients", "A woman whose son died in custody", or
    one whose words it gives in the perfect, "A teacher has said") named
    as a person opening one of the next two sentences (a quotation's counted as
    one), by an age, a relative clause or a verb of telling ("Giving evidence,
    Sarah Quinn described ...", "Mary Jones, 45, said")? A name counts as a
    person's when an age or "who" follows it, "he" or "she" goes on in its
    sentence, or the story comes back to the surname alone or after a title:
    not "Network Rail said it was sorry" nor "Police Scotland said", nor one
    charged ("John Smith, 34, has been charged"), who is someone else."""
    if not a.subject.lower().startswith(("a ", "an ")) or (
            _DESCRIBED_AFTER().match(text, a.subject_start + len(a.subject)) is None
            and not text.startswith("has ", a.start - 4)):
        return False  # described, or told in a British lead's perfect: "A teacher has said she was shocked"
    for s in sentences[index + 1:index + 1 + _reach(sentences, index, quoted, 2)]:
        m = _IDENTIFIED_OPENS().match(text, s.start, s.end)
        if m is None:
            continue
        words = m["name"].split()
        if words[0] == "The" or not _BODIES.isdisjoint(w.lower() for w in words) or words[-1].lower() in _NO_ONES_HEAD:
            continue
        if m["role"] is not None:  # "Dr Sarah Patel, president of ..., said", "Sarah Quinn, a nurse at ..., said"
            if _of_the_role(a.subject, words[0], m["role"]):
                return True
            continue
        if words[0].rstrip(".") in _OFFICIAL_TITLES and not _of_the_role(a.subject, words[0], ""):
            continue  # "A woman whose son died ..." then "Det Insp John Smith, who leads the inquiry": another
        surname = re.escape(words[-1])
        if m["marked"] and _ACCUSED().search(text, m.end(), s.end):
            continue  # "A woman who saw the crash said ..." then "John Smith, 34, has been charged": another
        if m["marked"] or _HE_OR_SHE().search(text, m.end(), s.end) or re.compile(
                rf"\b(?:(?:Mr|Ms|Mrs|Miss|Dr)\.? |(?<!{re.escape(words[0])} )){surname}\b").search(text, s.end):
            return True
    return False


# A relative clause describing one a lead leaves unnamed: "A nurse who helped ...", "A woman whose son ...".
_DESCRIBED_AFTER = compiled_later(r",? (?:who|whose)\b")
# A full name opening a sentence, perhaps after a participle's phrase ("Giving evidence on Monday,"), and then an age
# or "who" (marked as a person's), or a verb of telling.
_IDENTIFIED_OPENS = compiled_later(
    rf"\s*(?:[A-Z][a-z]+ing\b[^.;:\"\u201c\u201d]{{0,60}}?, )?(?P<name>{_FULL_NAME})"
    r"(?:(?P<marked>, (?:aged )?\d{1,3},|, who\b)|(?P<role>, [^,.;:\"\u201c\u201d]{3,90},)?"
    r" (?:has |had )?(?:said|says|told|tells|described|describes|recalled|recalls|explained|added|spoke)\b)")


def _of_the_role(subject: str, first: str, role: str) -> bool:
    """Is a name set off by its role the one a lead described by that role: its
    noun in the role ("A nurse ..." then "Sarah Quinn, a nurse at the
    hospital, said"), or the title it gives ("A doctor ..." then "Dr Sarah
    Patel, president of the society, said")? Not another's ("A woman ..."
    then "Det Insp John Smith, who leads the inquiry")."""
    noun = subject.split()[-1].lower()
    return noun in WORD.findall(role.lower()) or first.rstrip(".") in _ROLE_TITLES.get(noun, ())


# The titles that name one a lead described by a role: "A doctor" is "Dr Sarah Patel".
_POLICE_RANKS = ("PC", "Sgt", "Insp", "Det", "DC", "DS", "DI", "DCI", "Supt", "Ch", "Chief", "Officer", "Deputy")
_ROLE_TITLES = {"doctor": ("Dr", "Doctor", "Prof"), "gp": ("Dr",), "consultant": ("Dr", "Prof"),
                "surgeon": ("Dr", "Prof"), "scientist": ("Dr", "Prof"), "researcher": ("Dr", "Prof"),
                "academic": ("Dr", "Prof"), "professor": ("Prof", "Professor"), "detective": _POLICE_RANKS,
                "officer": _POLICE_RANKS, "policeman": _POLICE_RANKS, "policewoman": _POLICE_RANKS,
                "soldier": ("Pte", "Cpl", "Sgt", "Lt", "Capt", "Maj"), "priest": ("Father", "Fr", "Rev"),
                "vicar": ("Rev", "Revd"), "minister": ("Rev",), "rabbi": ("Rabbi",), "imam": ("Imam",),
                "senator": ("Sen", "Senator"), "judge": ("Judge",), "nun": ("Sister", "Sr")}
# Titles of an office, whose holder a lead that describes someone by another role is not: an officer, a judge.
_OFFICIAL_TITLES = frozenset(_POLICE_RANKS + ("Judge", "Coroner", "Sen", "Senator", "Rep", "Gov", "Cllr", "Councillor",
                                              "Mayor", "Sheriff", "Capt", "Col", "Gen", "Lt", "Maj", "Cmdr"))
_ACCUSED = compiled_later(r"\b(?:charged|arrested|accused|remanded|convicted|jailed|sentenced|denies|denied|admitted|"
                         r"pleaded|appear(?:s|ed)? (?:in|at|before) )")
_HE_OR_SHE = compiled_later(r"\b(?:he|she|his|her|him)\b")


# The determiners after a verb of saying (_SAID) that open what was said: "..., said the findings showed" (the
# findings, the story's own).
_DEFINITE = frozenset("the its their these those this".split())
# Two words that say "including": "Critics, such as the Law Society, say" names some of them.
_INCLUDING = frozenset({("such", "as"), ("among", "them"), ("among", "whom")})


def classify(phrase: str, lexicon: Lexicon,
             proper: Callable[[str, bool], bool] = lambda word, strict: False,
             earlier: Callable[[str], bool] = lambda word: False,
             body: Callable[[str], bool] = lambda word: False) -> tuple[str | None, str]:
    """What kind of source a noun phrase is, and its words. `earlier` says
    whether the story used a word before the phrase, `body` whether it named
    a body by it before ("fire", after "the city fire department")."""
    tokens = _TOKEN.findall(phrase)
    while tokens and tokens[0].lower() in _LEADING:
        tokens = tokens[1:]  # "with the lead prosecutor telling", "and analysts say"
    if len(tokens) > 2 and tokens[1].lower() in _DEFINITE and tokens[0].lower() in _SAID:
        tokens = tokens[1:]  # "said the findings (showed)": what was said opens after the verb
    if not tokens:
        return None, ""
    cleaned = [t.strip(".,'\u2019") for t in tokens]
    lowered = [t.lower() for t in cleaned]
    for j in range(1, len(lowered)):  # "such as", "among them", "notably": "including" by other words
        if lowered[j] == "notably" or (lowered[j - 1], lowered[j]) in _INCLUDING:
            lowered[j] = "including"
    if lowered[-1] in SPEAKER_PRONOUNS or lowered[0] in SPEAKER_PRONOUNS:
        return PRONOUN, tokens[0] if lowered[0] in SPEAKER_PRONOUNS else tokens[-1]
    if not lexicon.inanimate.isdisjoint(lowered) and _carries_words(lowered, lexicon):
        return THING, " ".join(tokens)  # "a sign on the door says": not speech; "critics of the sign" speak
    if lowered in (["one"], ["another"], ["the", "other"]) or (
            len(lowered) == 2 and lowered[0] == "a" and lowered[1] in _ORDINALS):
        return PERSON, " ".join(tokens)  # "one said", "another added", "a third said", "the other said" (of two):
        # one more of those unnamed
    place = 1  # after the first word, the capitalised places that follow it: "Airlines UK", "Schools North East"
    while place < min(3, len(lowered)) and lowered[place] in _DEMONYMS and cleaned[place][:1].isupper():
        place += 1
    if place > 1 and cleaned[0][:1].isupper() and _is_group(lowered[0], lexicon) and (
            place == len(lowered) or lowered[place] in _CLAUSE_WORDS):
        return NAMED, " ".join(tokens)  # "Airlines UK", "Schools North East", "Water UK, which represents ...": a
        # body, named by where it is after its noun ("UK airlines" are some of them)
    apposed = _APPOSED_LAST.search(phrase) is not None  # "an engineer at Google, Ana Ruiz": her name
    # The phrase from the last word that opens a clause in it: "a trial in which prosecutors", "a case that
    # prosecutors" ("that" before a plural is no determiner)
    own = next((j + 1 for j in range(len(lowered) - 2, -1, -1) if lowered[j] in _CLAUSE_WORDS
                or (lowered[j] == "that" and lowered[-1].endswith("s"))), 0)
    if _party(lowered[own:], cleaned[own:], lexicon, proper):
        return NAMED, " ".join(tokens)
    head_index = _head(lowered, lexicon)
    if head_index and head_index >= 2 and lowered[head_index - 1] == "to" and lowered[head_index - 2] in DOCUMENTS \
            and lowered[head_index] in _ADDRESSED:
        return NAMED, " ".join(tokens)  # "a report to councillors": a body's own paper, put to its members
    if head_index and lowered[head_index] in _CAUCUS and lowered[head_index - 1] in _PARTIES and \
            cleaned[head_index - 1][:1].isupper() and _CHAMBER.issuperset(lowered[:head_index - 1]):
        return NAMED, " ".join(tokens)  # "Labour MPs said", "House Republican lawmakers": the party's bench, as
        # "Senate Democrats" is; "some Labour MPs", "senior Tory MPs", "two Labour MPs" pick out members
    # A capitalised word before the head, right after it ("dispatcher Aaron
    # Vicks"), or in a phrase after it that names a body ("at Moody's", "for
    # the ministry"), names the source.
    # "many at City Hall", "one shopper at Kirkgate Market": a place does not name the many, nor the public there.
    placed_only = head_index is not None and (lowered[head_index] in _QUANTIFIERS or lowered[head_index] in _PUBLIC)
    # "a White House official", "a Whitehall source", "an official at the ministry", "one member of the
    # delegation": the body is whom they work for, not who they are.
    anonymous_role = head_index is not None and lowered[0] in _INDEFINITE and (
        lowered[head_index] in ANONYMOUS_ROLES or lowered[head_index] == "member")
    # "one Town supporter", "a Google engineer", "a Chicago man", "a seasoned China watcher": where a person is
    # from, or what they watch, before the noun, is no name (a noun for what someone does is a person's too). A
    # spokesperson or a lawyer speaks for the body ("an Acme spokesman"), a statement is its own.
    unnamed_role = anonymous_role or (head_index is not None and lowered[0] in _INDEFINITE and (
        (head := lowered[head_index]) in lexicon.person_nouns or head.endswith(_AGENT_SUFFIXES) or head in _FIGURE)
        and head not in _SPOKESPEOPLE and head not in _COUNSEL)  # "a senior Kremlin figure" (a person, ranked)
    # "Kremlin sources", "Wall Street analysts": whom they work for, or the trade they are in, is no name.
    unnamed_before = head_index is not None and (lowered[head_index] in _UNNAMED_PLURALS or (
        not _SECTOR_WORDS.isdisjoint(lowered[:head_index]) and _sector(lowered[:head_index])))
    if head_index is not None and "including" in lowered and (j := lowered.index("including")) > head_index and \
            j + 2 < len(lowered) and lowered[j + 1] in _DEFINITE_OWNERS and lowered[j + 2] in _HOLDERS and \
            (j + 3 == len(lowered) or lowered[j + 3] == "and" or (
                lowered[j + 3] == "of" and j + 4 < len(lowered) and cleaned[j + 4][:1].isupper())):
        return NAMED, " ".join(tokens)  # "Critics of the plan, including the mayor,": one of them holds a known
        # office ("the mayor of Leeds"; not "the mayor of a nearby town")
    for i, word in enumerate(cleaned):
        # Before a group noun, a capitalised opening word is a name only if the
        # draft writes it so inside a sentence ("Kremlin officials", not
        # "Procurement watchers"); alone, one it never writes in lowercase is ("Morrow").
        if not (word[:1].isupper() or _NAME_ARTICLE.match(word)) or \
                not _names(word, i, lexicon, proper, head_index is not None and head_index >= i):
            continue
        if lowered[i] in _PEOPLES and i == head_index:
            continue  # "Many Americans": a people is nobody's name
        if head_index is None or i <= head_index + 1:
            if head_index is not None and i < head_index and (unnamed_role or unnamed_before or (
                    lowered[0] in _INDEFINITE and lowered[i] in _PARTIES and lowered[head_index] not in _SPOKESPEOPLE)):
                continue  # "one Republican senator": which of them is not said; "a Labour spokesman" speaks for it
            if (lowered[i] in _PARTIES or lowered[i] in _PARTY_MEMBERS) and not (
                    _PICKED.isdisjoint(lowered[:i]) and _A_FEW.isdisjoint(lowered[:i])):
                continue  # "many Democrats", "some Labour MPs", "senior Tories", "two Labour MPs": which of the
                # party is not said (a tally is: "dozens of Tory MPs said they would rebel")
            return NAMED, " ".join(tokens)
        if head_index is not None and lowered[0] in _INDEFINITE and i - head_index <= 3 and (
                lowered[i - 1] in ("called", "named") or lowered[i - 2:i] == ["known", "as"]) and \
                not lowered[i].endswith(("'s", "\u2019s")):
            return NAMED, " ".join(tokens)  # "a woman named Jo Price", "a nurse called Becky": her name
        if placed_only:
            continue
        preposition = next((lowered[j] for j in range(i - 1, head_index, -1) if lowered[j] in _LOCATIVE
                            or lowered[j] in _ORG_PREPOSITIONS or lowered[j] == "including"), None)
        if (unnamed_role or lowered[head_index] in _UNNAMED_AT) and preposition not in (None, "by", "including") \
                and not apposed:
            # "an official at the Interior Ministry", "one member of the Ostravian delegation", "an engineer
            # at Google": whom they work for; vague-attribution takes the employer as the source of a claim
            continue
        if preposition == "including":
            if _QUANTIFIERS.isdisjoint(lowered[lowered.index("including", head_index):i]):
                return NAMED, " ".join(tokens)  # "Supporters of the bill, including the Law Society": some are named
            continue  # "Critics, including several Labour MPs": which of them is not said
        if preposition == "of" and lowered[head_index] in _STANCE:
            continue
        if preposition == "in" and lowered[head_index] in DOCUMENTS:
            return NAMED, " ".join(tokens)  # "a report in the Times", "a study in Nature": where it appeared
        if any(w in _ANONYMOUS_TIES for w in lowered[head_index:i]):
            continue  # "a commentator familiar with U.S.-Russia relations" names nobody
        article = next((lowered[j] for j in range(i - 1, head_index, -1) if lowered[j] in ("a", "an")), None)
        if article is None and preposition in _LOCATIVE and _definite_body(lowered, head_index, i):
            return NAMED, " ".join(tokens)  # "forecasters at the weather service office in Carver City"
        if (preposition in _ORG_PREPOSITIONS and article is None) or (preposition is None and article is None
                                                                       and not any(w in ("who", "that") for w in
                                                                                   lowered[head_index:i])):
            return NAMED, " ".join(tokens)  # "at Moody's"; "chief executive Helen Marsh" (apposition)
    if head_index is None:
        phrase_end = next((i for i, w in enumerate(lowered) if i and w in _PHRASE_PREPOSITIONS),
                          len(lowered))
        if lowered[0] == "the" and 2 <= phrase_end <= 3 and (
                lowered[phrase_end - 1] in _PUBLICS or (phrase_end == 3 and lowered[2] in _FIELDS_OF_PEOPLE
                                                       and lowered[1] in _FIELDS)):
            return GROUP, " ".join(tokens[:phrase_end])  # "the public believes", "the fanbase is convinced", "the
            # scientific community agrees": a crowd, no body
        if lowered[0] in ("the", "his", "her", "their", "its") and 2 <= phrase_end <= 4:
            return NAMED, " ".join(tokens)  # "the ministry said", "the company said": a body the story names;
            # "her family said": that of someone it names
        if lowered[phrase_end - 1] == "police" and phrase_end <= 3 and _QUANTIFIERS.isdisjoint(lowered):
            return NAMED, " ".join(tokens)  # '"...," police said', "local police said": the force, as "Police said"
        actor = next((i for i, w in enumerate(lowered[:phrase_end]) if w in lexicon.actors), None)
        if actor and lowered[actor] == "leaders" and lowered[actor - 1] in _CONSTITUENCIES:
            return GROUP, " ".join(tokens[:actor + 1][-5:])  # "business leaders warned": whose leaders, not who
        if actor is not None:
            return ACTORS, " ".join(tokens)  # "investigators said": the story's own, yet unnamed when quoted
        return None, ""
    head = lowered[head_index]
    before_head = lowered[head_index - 1] if head_index else ""
    if head in _OFFICE_STAFF and before_head.endswith(("'s", "\u2019s")):
        before_head = before_head[:-2]  # "sheriff's officials", of the Sheriff's Office the story named
    if (head in _SPOKESPEOPLE or head in DOCUMENTS or head in _OFFICE_STAFF) and before_head \
            and before_head not in _DETERMINERS and (  # "a spokesman": no body's word before the head
                (before_head in _BODIES and earlier(before_head)) or body(before_head)
                or (before_head in _INSTITUTIONS and (head not in _OFFICE_STAFF or before_head == "police"))
                or (head == "officers" and before_head in _COUNCIL_WORK and (
                    earlier("councillors") or earlier("councilors")))
                or (before_head == "staff" and head in DOCUMENTS and any(earlier(w) for w in _STAFFED))):
        # "a district spokesman", "a council report", "fire officials" in a story about the fire department,
        # "a police report", "police officers" (as "police said"), "council officers" or "planning officers"
        # once the story has named the council, its planning committee or its councillors; "a staff report" to
        # the council, board or commission the story has named, as US local news calls its officers' paper
        return NAMED, " ".join(tokens)
    if head not in _QUANTIFIERS and (
            (head not in _PUBLIC and not anonymous_role and _tied(lowered, head_index, earlier))
            or _authored(lowered, head, lexicon)):
        return NAMED, " ".join(tokens)  # "officials at the department", "forecasters at the service" (not "an
        # official at the ministry", unnamed as "a ministry official" is)
    # The phrase from the last clause word before the head: "a trial in which
    # prosecutors" names "prosecutors".
    first = next((j + 1 for j in range(head_index - 1, -1, -1) if lowered[j] in _CLAUSE_WORDS
                  or (lowered[j] in _OBJECT_OF and j) or (lowered[j] == "that" and j and head.endswith("s"))), 0)
    words = " ".join(tokens[first:head_index + 1][-5:])
    # The determiner of the head's own phrase, not of a noun it is the object of ("The plan passed despite
    # warnings from economists who said": the economists are no definite role).
    opening = lowered[first]
    definite = head_index > first and opening in ("the", "this", "these", "those", "its", "their", "his", "her")
    counted = opening in _QUANTIFIERS and _is_group(head, lexicon)  # "some researchers": a group, as "some experts"
    if opening in ("a", "an") and head_index >= 2 and lowered[head_index - 1] == "of" and \
            lowered[head_index - 2] in _TALLIES and head.endswith("s"):
        return GROUP, words  # "a number of authors", "a handful of officials": some of them, not a study's authors
    # "Climate researchers": a field's researchers are a group, as "reef ecologists" are; bare "Researchers
    # said" and "the researchers" are a study's own
    fielded = head == "researchers" and head_index > first and opening not in _DETERMINERS and not definite
    if opening in ("my", "our") and head_index == first + 1 and head in lexicon.person_nouns and \
            head not in ANONYMOUS_ROLES:
        return NAMED, words  # "My father said", "our neighbour told me": one the writer knows, as the byline names
        # the writer ("my sources" are still sources)
    if (head in lexicon.person_nouns and not counted and not fielded) or (definite and _is_group(head, lexicon)) or \
            (opening in _INDEFINITE and not _is_group(head, lexicon)):
        determiner = lowered[head_index - 1] if head_index else ""
        if any(w in _INDEFINITE for w in lowered[max(first, head_index - 4):head_index]):
            return PERSON, words
        if determiner in ("the", "this", "that", "these", "those") or definite:
            return ROLE, words
        return PERSON, words
    return GROUP, words


# A sentence that goes on with a group's sides, saying something: "Some said ...", "Others argued ..." (not "Most
# are in children", which counts something else).
_SIDES = compiled_later(r"(?:some|others|many|most|a few)\b")
# A second clause after a group's claim, joined by "and": where one of the group may be named.
_JOINED_CLAIM = re.compile(r", and ")
_POSTS = frozenset("post posts message messages tweet video update".split())  # what a body puts on its own pages


# How many a market's known set of its biggest firms holds: "the big four banks".
_BIG_FEW = frozenset("two three four five six".split())


def _tied(lowered: list[str], head: int, earlier: Callable[[str], bool]) -> bool:
    """Is a group tied to a body the story has named, by a definite phrase right
    after it ("officials at the department", after "the state health
    department"), not to one it has not ("analysts at the bank")?"""
    rest = lowered[head + 1:head + 4]
    if len(rest) < 3 or (rest[0] not in _ORG_PREPOSITIONS and not (rest[0] == "on" and lowered[head] in _POSTS)) \
            or rest[1] not in ("the", "its", "their", "his", "her"):
        return False  # "a post on the club's X account" is the club's, as "a statement from the club" is
    if rest[0] == "of" and (lowered[head] in _STANCE or
                            (lowered[head] if lowered[head].endswith("s") else lowered[head] + "s") in _ACQUAINTED):
        return False  # "critics of the plan": the plan is what they oppose; "allies of the prime minister", "a
        # friend of the couple": whose side they are on or whom they know, not who they are
    if lowered[head] in _UNNAMED_PLURALS or lowered[head] + "s" in _UNNAMED_PLURALS or (
            lowered[head] == "member" and lowered[0] in _INDEFINITE):
        return False  # "sources at the ministry", "a source at the club", "a member of the society": whom they
        # work for or belong to, not who they are (the society's members together are its own)
    if rest[0] == "for" and (lowered[head] in _COUNSEL or lowered[head] in _SPOKESPEOPLE):
        return True  # "lawyers for the company", "a spokesperson for the operator": its voice
    if rest[1] == "the" and rest[2] == "big" and lowered[head + 4:head + 5] and lowered[head + 4] in _BIG_FEW:
        return True  # "economists at the big four banks": a set every reader of the market can name
    at = head + 3
    while at + 1 < len(lowered) and lowered[at] in _DEMONYMS:
        at += 1  # "a spokesperson for the U.S. embassy": the embassy
    body = lowered[at].rstrip(".,'\u2019s")
    if body in _BODIES and lowered[at + 1:at + 2] == ["of"]:
        return True  # "officials at the ministry of health": the body is named in lowercase
    if body in _STATE_BODIES and lowered[at - 1] in _NATIONS:
        return True  # "officials at the British embassy": one country has one
    if body in _EVENTS:
        return False  # "diplomats at the meeting", "delegates at the summit": where they were, not whose they are
    return rest[1] != "the" or earlier(body)


def _definite_body(lowered: list[str], head: int, end: int) -> bool:
    """Do the words from the group's head to `end` tie it to a definite body
    ("forecasters at the weather service office")? A place named after the
    body makes it one the reader can find. Not "critics of the plan": what a
    stance is taken on is no body."""
    stance = lowered[head] in _STANCE
    return any(lowered[j] in _ORG_PREPOSITIONS and lowered[j + 1] == "the" and not (stance and lowered[j] == "of")
               for j in range(head + 1, end - 1))


def _authored(lowered: list[str], head: str, lexicon: Lexicon) -> bool:
    """Does the phrase say whose work it is ("a survey by the college's office",
    "data from the analytics firm")? People are not a work: "residents
    affected by the flooding" are as unnamed as residents, and "one farmer
    from the Wolds" as a farmer (a body's voice is its own: "a spokesperson
    from the council")."""
    if head in _TALK:
        return False  # "rumours from the dressing room": where talk came from, not whose work it is
    if head in lexicon.person_nouns and head not in _SPOKESPEOPLE and head not in _COUNSEL:
        return False  # where someone is from is no name
    pairs = zip(lowered, lowered[1:], strict=False)
    by = head in DOCUMENTS or head in lexicon.evidence
    return any((w == "from" or (by and w == "by")) and nxt in ("the", "its", "their") for w, nxt in pairs)


# Someone introduced by a first name only, as a member of the public is on first mention, by an age or by who
# they are: "Karen, a mother of three from Leeds", "Sue, 58,", "Tom, a trader at a London brokerage" (a surname
# alone comes back without them; a firm is "a commodities trader", not one at a place). Not a
# child, whom newsrooms name so by policy: "Ellie, 9,", "a pupil at".
_FIRST_NAME_ONLY = compiled_later(
    r", (?:(?P<age>\d{1,3})(?=[,.;:]|\s+(?:who|from|of|said|says|told)\b)|(?:a|an) (?:[\w-]+ ){0,4}?(?:mother|"
    r"father|mum|dad|grandmother|grandfather|gran|grandparent|parent|pensioner|widow|widower|wife|husband|"
    r"resident|local|neighbou?r|student|patient|commuter|passenger|shopper|fan|villager|nurse|teacher|carer|"
    r"volunteer|tenant|voter|survivor|witness|mourner|evacuee|customer|user|driver|visitor|protester|protestor|"
    r"demonstrator|(?:mother|father|mum|dad)-of-[\w-]+)\b|(?:a|an) (?:[\w-]+ ){0,2}?[a-z]+(?:er|or|ist|ant|ian) at\b)")


def _fuller_name_before(name: str, text: str, at: int) -> bool:
    """Has the story given the name in full before `at`: "Sue Barker" before a later "Sue, 58", "Priya Lal"
    before "Lal, a director at the firm"? A story comes back to a speaker by one of their names."""
    i = text.find(name, 0, at)
    while i != -1:
        end = i + len(name)
        if (i == 0 or not text[i - 1].isalnum()) and not text[end:end + 1].isalnum() and (
                (text[end:end + 1] == " " and text[end + 1:end + 2].isupper())
                or (text[i - 1:i] == " " and text[i - 2:i - 1].isalpha()
                    and text[text.rfind(" ", 0, i - 1) + 1:i - 1][:1].isupper())):
            return True
        i = text.find(name, i + 1, at)
    return False


# Talk nobody owns, whichever room it came from.
_TALK = frozenset("rumours rumors whispers gossip chatter".split())
# A crowd named as one, whose belief is nobody's: "the public", "the fanbase"; and a field's people as one, "the
# scientific community", "the medical establishment" (not "the international community", governments, nor "the
# intelligence community", agencies).
_PUBLICS = frozenset("public fanbase electorate commentariat internet twittersphere blogosphere".split())
_FIELDS_OF_PEOPLE = frozenset({"community", "establishment"})
_FIELDS = frozenset("scientific medical academic business legal financial political farming".split())
# A person noun that is also a quantity: "a host of analysts".
_COLLECTIVE = frozenset({"host"})
# A number's word that, ranked or close to someone, is a person: "a senior figure", "figures close to the leader".
_FIGURE = frozenset({"figure", "figures"})
# After "figures", words that make them people: "figures close to the leader", "figures within the party".
_AMONG_PEOPLE = frozenset("close within inside around familiar".split())


# What may stand between a subject and its verb: "others have long argued", "some would also say".
_AUXILIARY_TAIL = frozenset("""have has had do does did is are was were will would can could may might must should
    shall also long now still already privately publicly increasingly widely openly quietly repeatedly often
    never not""".split())
# Words that may follow a subject's head: "several midwives at the hospital", "... who worked there".
_AFTER_HEAD = frozenset("in at of on from who with".split())
# What "official" qualifies when it is no person: "an official statement", "official figures".
_RECORDS = frozenset("""statement statements figures data report readout transcript account estimate estimates
    documents records channels website guidance count tally forecast response notice version""".split())
# Plurals that count time, not people: "some years ago", "many times".
_SPANS = frozenset("times years months weeks days hours minutes decades nights mornings evenings".split())


def _carries_words(lowered: list[str], lexicon: Lexicon) -> bool:
    """Is the phrase's head a thing that carries words ("a sign on the door", "a
    letter sent to parents", "the email, seen by the BBC"), not a person a thing
    describes ("a sign language interpreter", "a poster designer") nor one who
    speaks of it ("critics of the sign") or carries it ("a woman holding a placard")?"""
    for i, word in enumerate(lowered):
        if (i and word in _PHRASE_PREPOSITIONS) or word in lexicon.person_nouns:
            return False
        if word in lexicon.inanimate:
            following = lowered[i + 1] if i + 1 < len(lowered) else ""
            return not following or following in _PHRASE_PREPOSITIONS or following in _CLAUSE_WORDS or \
                following in _AFTER_A_THING or following.endswith("ed")
    return False


# Words after a thing's noun that leave it the head: "a letter that", "the email, seen by", "a video now".
_AFTER_A_THING = frozenset("that seen written sent shown drawn given read left found now online".split())


def _head(lowered: list[str], lexicon: Lexicon) -> int | None:
    """Where the subject's head noun stands: an unnamed person or group, before
    any phrase that follows it ("the firm's banking team in a note to clients")."""
    if lowered and lowered[0] in ("the", "its", "their", "his", "her"):
        cut = next((i for i, w in enumerate(lowered) if i and w in _HEAD_ENDS), len(lowered))
        lowered = lowered[:cut]
    skip = -1
    for i, word in enumerate(lowered):
        if i <= skip:
            continue
        following = lowered[i + 1] if i + 1 < len(lowered) else ""
        if word in _QUANTIFIERS and following in _SPANS:
            skip = i + 1  # "some years ago the mayor said": when, not who
            continue
        if following[:1].isdigit() and i + 2 < len(lowered):
            following = lowered[i + 2]  # "some 2,000 workers": the number counts them
        if word in _QUANTIFIERS and any((_is_group(w, lexicon) and (w not in lexicon.person_nouns or w[-1] == "s"))
                                        or w in lexicon.actors for w in _qualifiers(lowered, i + 1)):
            continue  # "several people who attended", "most Fed watchers": the people, not "several"
        if word in _QUANTIFIERS and following.endswith("s") and following.isalpha() and following not in _SPANS \
                and following not in lexicon.person_nouns and (i + 2 == len(lowered) or lowered[i + 2] in _AFTER_HEAD):
            return i + 1  # "several midwives": the plural they count, though the lexicon does not list it
        if word in _COLLECTIVE and following == "of":
            continue  # "a host of analysts": the analysts, not a host
        if word in lexicon.person_nouns and following.endswith("s") and _is_group(following, lexicon):
            continue  # "passenger groups", "tenant unions": the groups
        if following in lexicon.person_nouns and word not in _QUANTIFIERS and _is_group(word, lexicon):
            continue  # "an industry analyst", "research scientists": the analyst
        if word not in _QUANTIFIERS and word[-1:] != "s" and following[-1:] == "s" and _is_group(word, lexicon) \
                and _is_group(following, lexicon):
            continue  # "industry watchers", "industry experts": the watchers, of whom "industry" says the trade
        if word[-1:] == "s" and word not in _QUANTIFIERS and _is_group(following, lexicon) and \
                _is_group(word, lexicon):
            continue  # "patients' groups" (its apostrophe cleaned off): the groups, whose members they are
        if word == "staff" and following in DOCUMENTS:
            continue  # "a staff report": the report, which the staff wrote
        if word in lexicon.person_nouns and (following in lexicon.person_nouns or (
                word == "official" and following in _RECORDS)):
            continue  # "his official spokesman", "an expert witness", "an official statement": not an official
        if word in lexicon.person_nouns or _is_group(word, lexicon):
            return i
        if word in _QUANTIFIERS and (i + 1 == len(lowered) or lowered[i + 1] in ("in", "at", "of", "on")
                                     or _AUXILIARY_TAIL.issuperset(lowered[i + 1:])):
            return i  # "some say", "many believe", "many in the industry assume", "others have long argued"
        if (word in _PARTY_MEMBERS or word in lexicon.actors) and not _PICKED.isdisjoint(lowered[:i]):
            return i  # "many local Democrats", "senior Republicans", "several Democratic senators"
        if word in _FIGURE and (not _RANKS.isdisjoint(lowered[max(0, i - 2):i]) or following in _AMONG_PEOPLE):
            return i  # "senior Labour figures", "a senior figure", "figures close to the leader": people, not
            # numbers ("a figure that analysts said was strong" is a number)
        if i == 0 and word == "those" and len(lowered) > 1 and lowered[1] in _THOSE:
            return i  # "those who know him say", "those inside the party believe"
    # "one villager", "a woman waiting outside": an indefinite phrase is an unnamed person whatever its
    # noun; its head stands before any preposition or auxiliary ("a new study has found"). Longer, a
    # phrase is a clause, unless a short one has a relative clause after it: "a local businessman who
    # asked not to be named".
    # A relative clause's own subject is not the phrase before it: "a fight that both parties (expect)".
    if lowered and lowered[0] in _INDEFINITE and (len(lowered) <= 8 or "who" in lowered[:5] or "whose" in lowered[:5]) \
            and "that" not in lowered and "which" not in lowered:
        end = next((i for i, w in enumerate(lowered) if i and (w in _LOCATIVE or w in _ORG_PREPOSITIONS
                                                                 or w in ("who", "whose", "waiting")
                                                                 or w in _AUXILIARY_TAIL)), len(lowered))
        if end == 1 and len(lowered) > 1 and lowered[1] == "of" and len(lowered) <= 4:
            return len(lowered) - 1  # "one of them", "one of those present": the whole phrase says who
        if len(lowered) <= 8 or (end <= 4 and lowered[end] in ("who", "whose")):
            return max(end - 1, 1) if len(lowered) > 1 else None
    return None


def _qualifiers(lowered: list[str], start: int) -> list[str]:
    """The words from `start` that may qualify a head noun after a quantifier:
    up to three, before any preposition ("most Fed watchers", "many Wall Street
    analysts"; not "some in the party")."""
    out = []
    for word in lowered[start:start + 3]:
        if word in _PHRASE_PREPOSITIONS or word in _CLAUSE_WORDS:
            break
        out.append(word)
    return out


def _is_group(word: str, lexicon: Lexicon) -> bool:
    groups = lexicon.compiled.groups
    found = groups.get(word)
    if found is None:
        found = groups[word] = word not in lexicon.not_groups and word not in lexicon.actors and (
            word in lexicon.group_nouns or word in _PEOPLES or (len(word) > 5 and word.endswith(lexicon.group_suffixes)
                                            and not word.endswith(lexicon.not_group_suffixes)))
    return found


def _party(lowered: list[str], cleaned: list[str], lexicon: Lexicon, proper: Callable[[str, bool], bool]) -> bool:
    """Is a phrase a side a court story's case identifies: "prosecutors", "the
    defence lawyers" (not "a person close to the defence team"), and one
    office's prosecutors: "federal prosecutors", "Manhattan prosecutors",
    "prosecutors in Manhattan", "prosecutors in the case" (not "some
    prosecutors", "former prosecutors", "prosecutors across the country")?"""
    if lowered[0] == "the":
        lowered, cleaned = lowered[1:], cleaned[1:]
    while len(lowered) > 1 and lowered[-1] in _AUXILIARY_TAIL:
        lowered, cleaned = lowered[:-1], cleaned[:-1]  # "prosecutors had claimed", "the defence has long argued"
    if " ".join(lowered) in lexicon.parties:
        return True
    if "prosecutors" not in lowered:
        return False
    at = lowered.index("prosecutors")

    def office(j: int) -> bool:
        return lowered[j] in _JURISDICTIONS or _names(cleaned[j], j, lexicon, proper, j < at)
    after = lowered[at + 1:]
    return all(office(j) for j in range(at)) and (not after or (after[0] in ("in", "for") and len(after) > 1 and all(
        office(j) or lowered[j] in _OF_A_CASE for j in range(at + 2, len(lowered)))))


# The offices whose prosecutors a case names ("federal prosecutors"), and what "prosecutors in" a case are in.
_JURISDICTIONS = frozenset("federal state county district city crown military u.s us".split())
_OF_A_CASE = frozenset("the of case trial state government prosecution".split())


def _names(word: str, i: int, lexicon: Lexicon, proper: Callable[[str, bool], bool], before_head: bool) -> bool:
    """Is a capitalised word a name? A word that opens the phrase is capitalised
    anyway when it opens the sentence: it names someone only if the draft also
    writes it capitalised inside a sentence ("Kremlin officials", not
    "Semiconductor watchers"), or it is possessive ("Moody's analysts")."""
    if _NAME_ARTICLE.match(word):
        return True  # an Arabic name's article, lowercase before its capital: "al-Sayed", "el-Sisi"
    if not word or not word[0].isupper():
        return False
    low = word.lower()
    possessive = low.endswith(("'s", "\u2019s"))
    if possessive:
        low = low[:-2]
    head = low.split("-")[0]
    if head in _DEMONYMS or head.rstrip(".") in _DEMONYMS or low in _DETERMINERS or low in SPEAKER_PRONOUNS:
        return False
    if low in _PARTY_MEMBERS:
        return True  # "Conservatives argue": the party's stance, unless a quantifier picks some of them out
    if i == 0 and (low in _QUANTIFIERS or low in lexicon.person_nouns or low in lexicon.group_nouns
                   or low in _CONSTITUENCIES):
        return False  # "Business leaders", opening a sentence
    if word.rstrip("s").isupper() and (low in lexicon.person_nouns or _is_group(low, lexicon)):
        return False  # a role's initials: "one Labour MP", "a CEO", "Tory MPs"
    if i != 0 or possessive:
        return True
    # The head itself, or a word before it, is a name only if the draft writes it capitalised inside a sentence:
    # "Reuters" ("told Reuters", "..., Reuters said"), not "Protesters" or "Figures close to the leader"
    return proper(word.strip(".,"), before_head)


class ProperWords:
    """Is a capitalised word one the draft writes as a name? With `strict`, only
    if the draft writes it capitalised inside a sentence, after a lowercase word
    ("the Kremlin said", not "Defense Department"); otherwise also if it never
    writes it in lowercase and it is not shaped like an adjective ("Morrow"), or
    it ends a full name the draft gives ("Ann Best", "Rose Pugliese").
    Each word is looked up in the text when first asked: few words are, so this
    costs less than collecting every word of the draft."""

    def __init__(self, text: str, surnames: Callable[[], frozenset[str]] = frozenset) -> None:
        self.text = text
        self.surnames = surnames  # the last words of the draft's full names, found when first asked
        self.known: dict[tuple[str, bool], bool] = {}

    def __call__(self, word: str, strict: bool) -> bool:
        found = self.known.get((word, strict))
        if found is None:
            # An adjective-shaped word ("Meridian", "American") is a name when the
            # draft writes it inside a sentence, if need be opening a longer name
            # ("operator, Meridian Terminals, has"; later "Meridian said").
            if self._in_lowercase(word.lower()):
                # a surname that is also a word ("Ann Best", later "the best year"): the full name says it is one
                found = not strict and word in self.surnames()
            else:
                found = self._after_lowercase(word) or (not strict and _CAPITAL_WORD.fullmatch(word) is not None and (
                    not word.lower().endswith(_COMMON_ENDINGS) or self._after_lowercase(word, alone=False)
                    or self._ends_name(word))) or (word.endswith("s") and self._ends_team_name(word))
            self.known[(word, strict)] = found
        return found

    def _occurrences(self, word: str):
        """Where the draft writes `word` as a whole word, or its possessive ("Nasa's mission")."""
        text, i = self.text, self.text.find(word)
        while i != -1:
            end = i + len(word)
            if (i == 0 or not _IN_WORD.match(text, i - 1)) and (
                    not _IN_WORD.match(text, end) or _POSSESSIVE_END.match(text, end)):
                yield i
            i = text.find(word, i + 1)

    def _in_lowercase(self, low: str) -> bool:
        return next(self._occurrences(low), None) is not None

    def _ends_name(self, word: str) -> bool:
        """Written last in a run of capitalised words, after a first name: a
        surname shaped like an adjective ("Rafael Nadal won", "Rep. Rose
        Pugliese, the"), not a word opening a sentence."""
        text = self.text
        for i in self._occurrences(word):
            end = i + len(word)
            if i < 3 or text[i - 1] != " " or not text[i - 2].isalpha() or (
                    text[end:end + 1] == " " and text[end + 1:end + 2].isupper()):
                continue
            j = i - 2
            while j >= 0 and text[j].isalpha():
                j -= 1
            if text[j + 1].isupper() and text[j + 2:i - 1].islower():
                return True
        return False

    def _ends_team_name(self, word: str) -> bool:
        """A plural written last in a name of two capitalised words or more,
        in a sentence of the story (not a headline in title case): a club's
        "Rovers" in "Blackburn Rovers have sacked", later "Rovers said"."""
        text = self.text
        for i in self._occurrences(word):
            if i < 3 or text[i - 1] != " " or not text[i - 2].isalpha():
                continue
            j = i - 2
            while j >= 0 and text[j].isalpha():
                j -= 1
            line_end = text.find("\n", i)
            # the line ends a sentence, or is hard-wrapped: the next goes on in lowercase ('his side "a' then
            # 'different dimension"')
            if text[j + 1].isupper() and text[j + 2:i - 1].islower() and text[j + 1:i - 1] != "The" and (
                    text[i:line_end if line_end >= 0 else len(text)].rstrip()[-1:] in _SENTENCE_ENDS
                    or (line_end >= 0 and text[line_end + 1:line_end + 2].islower())):
                return True
        return False

    def _after_lowercase(self, word: str, alone: bool = True) -> bool:
        """Capitalised inside a sentence: after a lowercase word, "The", a comma
        or a semicolon, and (when `alone`) before no other capitalised word."""
        text = self.text
        for i in self._occurrences(word):
            end = i + len(word)
            if i < 2 or text[i - 1] != " " or (alone and text[end:end + 1] == " " and text[end + 1:end + 2].isupper()):
                continue
            j = i - 2
            if text[j] in ",;":
                return True
            k = j
            while k >= 0 and "a" <= text[k] <= "z":
                k -= 1
            if k < j and (k < 0 or not text[k].isalnum() and text[k] != "_"):
                return True
            if text[i - 4:i - 1] == "The" and (i < 5 or not _IN_WORD.match(text, i - 5)):
                return True
        return False


_COMMON_ENDINGS = ("al", "ic", "ive", "ous", "ary", "ed", "ing", "ful", "ian", "ese", "ish")
_SENTENCE_ENDS = frozenset(".!?\"\u201d")  # how a line of the story ends, and a headline does not


# A document opening its sentence, its title set off after it, with no stop of its own inside the marks: 'The
# report, "Fixing the broken housing market", was published on Monday' (not 'After reading the report, "we were
# shocked," said one parent', 'Critics called the report "riddled with errors"', nor 'The plan, "we think, is a
# disaster," said one resident').
_TITLE_OF_A_DOCUMENT = compiled_later(
    r"\s*(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|[A-Z][\w'\u2019.&-]*['\u2019]s) (?:[\w'\u2019-]+ ){0,3}"
    r"(?:report|study|paper|strategy|manifesto|petition|motion|bill|guide|plan|review),\s*")


def _link_quotes(text: str, sentences: list[Sentence], outer: list[Quotation], out: Sourcing, lex: _Compiled,
                 people: _People, lexicon: Lexicon, subjects: _Subjects) -> None:
    """Each quotation's source: an attribution in its own sentence, in the
    sentence right after it ('"Why?" Eze asked.'), in the sentence before that
    introduces it with a colon, or the speaker of the paragraph so far (a second
    sentence of the same speech, which is reported once, with the first)."""
    starts = [s.start for s in sentences]
    speaker: Attribution | None = None  # the last source named in the current paragraph
    paragraph = None
    previous: tuple[Quotation, Attribution | None] | None = None  # the quotation before, and its source
    term_end = -1  # where the last title, sign or term ended
    # the last pronoun a quotation's source was found for: what it was, its source, and where the quotation ended
    chain: tuple[str, Attribution, int] | None = None
    for q in outer:
        if not sentences:
            return
        i, last = _sentences_of(starts, q)
        sentence = sentences[i]
        if sentence.region is not paragraph:
            paragraph, speaker = sentence.region, _last_in(out, sentences, starts, i)
        attributed_here = any(0 <= a.subject_start - q.end <= 3 or 0 <= a.start - q.end <= 3
                              for a in out.by_sentence.get(sentence.start, []))
        listed = term_end >= 0 and _LISTED.fullmatch(text, term_end, q.start) is not None
        # 'A post on X read: "..."' is someone's words, as "One placard read" is not; so are those someone a sign
        # or a book describes says ('A man carrying a banner said: "..."'; not 'a sign saying "..."', nor what
        # they called something: 'a figure Roper called "the price of being second-guessed"').
        if listed or (lex.not_speech.search(text, sentence.start, q.start) and not any(
                a.kind != THING and a.kind != IMPERSONAL and 0 <= q.start - a.end <= 3 and (
                    a.verb in ("read", "reads") or a.verb in SPEECH_VERBS)
                for a in out.by_sentence.get(sentence.start, []))) or _A_LINE().match(
                _sentence_after_opening(text, sentences, i, q) or "") or (
                q.words <= 2 and not attributed_here and text[q.inner_start:q.inner_end].rstrip()[-1:] not in "!?.") \
                or _CHANTED_AFTER().match(text, q.end) or (
                    text[q.inner_end - 1:q.inner_end].isalnum()
                    and _TITLE_OF_A_DOCUMENT().fullmatch(text, sentence.start, q.start)):
            out.not_speech.add(q.start)  # a title, a sign, a term: '"hycean" worlds'; one listed with it
            term_end = q.end
            continue
        source = _own(out, sentence, q, sentences, i, text)
        if source is None and last + 1 < len(sentences) and sentences[last + 1].region is sentence.region \
                and sentences[last].end <= q.end + 2:  # '"Where is it? Who took it?" Orr asked.'
            source = next((a for a in out.by_sentence.get(sentences[last + 1].start, [])
                           if a.kind != IMPERSONAL and a.start - sentences[last + 1].start < 60), None)
        if source is None:
            source = _tag_after(text, q, sentence, subjects, lex)  # '"...," Ruiz fumed', '"...," raved one fan'
        if source is None and _CAME_THE_REPLY().match(text, q.end) is not None:
            source = _the_one_asked(text, sentences, i, q, subjects)  # '"...," came the reply'
        if source is None and i > 0 and _IT_SAID().match(text, q.end) is not None:
            source = _statement_before(out, text, sentences, i)  # "Bond read a statement." then '"...," it said'
        if source is None and i > 0 and text[sentence.start:q.start].strip() == "" and \
                text[max(0, sentence.start - 12):sentence.start].rstrip().endswith(":"):
            before = sentences[i - 1]  # the lead-in, its verb's ("he said:") or its manner's ("he set out his case:")
            source = next(iter(out.by_sentence.get(before.start, [])), None)
            if source is None and (manner := _manner().match(text, before.start, before.end)) is not None:
                source = _manner_source(text, manner, subjects, lexicon, lex, before.start, q.start)
        if source is not None and source.kind == THING:
            out.not_speech.add(q.start)
            term_end = q.end
            continue
        if source is None and speaker is not None:
            out.continued.add(q.start)  # the paragraph's speaker goes on
            source = speaker
        if source is None and previous is not None and previous[1] is not None and \
                sentence.region.kind != BLOCKQUOTE and (  # a pull quote is set apart, not speech going on
                    _goes_on(text, q, previous[0]) or _next_paragraph(text, sentences, i, q, previous[0])
                    or _answer_after(text, sentences, i, q, previous[0])
                    or _asked_first(text, sentences, i, q, previous[0])):
            out.continued.add(q.start)  # a speech running over paragraphs: "And we will keep talking ..."
            source = previous[1]
        if source is None and (previous is None or previous[1] is None) and \
                _first_answer(text, sentences, i, q, people):
            source = Attribution(q.start, q.start, NAMED, "", False, q.start, q.start)  # the one interviewed
        if source is None and sentence.region.kind != BLOCKQUOTE and \
                (said := _said_before(out, text, sentences, i, q, people)) is not None:
            out.continued.add(q.start)  # 'Kovac said the firm would appeal.' then '"We will fight it."'
            source = said
        if source is None and sentence.region.kind != BLOCKQUOTE and \
                (ending := _last_before(text, sentences, i, q)) is not None and \
                (closing := _manner_closing().match(text, ending.start, ending.end)) is not None:
            source = _manner_source(text, closing, subjects, lexicon, lex, ending.start, q.start)
            if source is not None and source.kind == NAMED and not people.named_in(
                    source.subject_start, source.subject_end) and not _a_name(source.subject, subjects, lexicon):
                source = None  # "The plan was clear.": no speaker, only a thing
        if source is None and _named_after(text, sentences, i, q, lexicon):
            source = Attribution(q.start, q.start, NAMED, "", False, q.start, q.start)  # "Those words, from X, ..."
        if source is None and (lead := _LEAD_IN.match(text, sentence.start, q.start)) is not None:
            whose = lead["whose"]  # "Her message was simple:" is hers; "Ruiz's reply:" is Ruiz's
            if lead["who"]:  # "The mayor's message was simple:": a role's, as "the mayor said" is
                source = _manner_source(text, lead, subjects, lexicon, lex, sentence.start, q.start)
            else:
                source = Attribution(q.start, q.start, PRONOUN if whose.lower() in ("his", "her", "their") else NAMED,
                                     whose, False, lead.start("whose"), lead.end("whose"))
        if source is None and (manner := _manner().match(text, sentence.start, q.start)) is not None:
            source = _manner_source(text, manner, subjects, lexicon, lex, sentence.start, q.start)
        if source is None and people.named_in(sentence.region.start, q.start):
            source = Attribution(q.start, q.start, NAMED, "", False, q.start, q.start)  # the paragraph's subject
        if source is not None and source.kind == PRONOUN:
            pronoun = source.subject
            source = _unnamed_before(text, sentences, i, speaker, people, lexicon, lex, pronoun) or \
                _resolve(source, speaker, q.start, people)
            if source is None and chain is not None and chain[0] == pronoun.lower() and \
                    q.start - chain[2] < _CHAIN_REACH and not people.named_in(chain[2], q.start):
                source = chain[1]  # a profile's "he said" going on past the name's reach, nobody else named since
            if source is None:
                out.orphans[q.start] = pronoun
            else:
                chain = (pronoun.lower(), source, q.end)
        out.quotes[q.start] = source
        previous = (q, source)
        if source is not None:
            speaker = source
    _pull_quotes(text, sentences, starts, outer, out)


def _pull_quotes(text: str, sentences: list[Sentence], starts: list[int], outer: list[Quotation],
                 out: Sourcing) -> None:
    """A block quotation with no attribution of its own that repeats words the
    story quotes and attributes (a pull quote) is theirs."""
    pulled = [q for q in outer if out.quotes.get(q.start) is None and q.start not in out.not_speech
              and sentences[_sentences_of(starts, q)[0]].region.kind == BLOCKQUOTE]
    if not pulled:
        return
    said = {_words_of(text, q): out.quotes[q.start] for q in outer if out.quotes.get(q.start) is not None}
    for q in pulled:
        words = _words_of(text, q)
        source = said.get(words) or next((a for w, a in said.items() if words and f" {words} " in f" {w} "), None)
        if source is not None:
            out.quotes[q.start] = source


def _words_of(text: str, q: Quotation) -> str:
    return " ".join(WORD.findall(text[q.inner_start:q.inner_end].lower()))


# What joins a title, sign or term to the next in a list: 'read "Fair contract
# now" and "One job should be enough"', 'the films "Heat", "Ran" or "Alien"'.
_LISTED = re.compile(r"\s*(?:,|(?:,\s*)?(?:and|or))\s*")


def _goes_on(text: str, q: Quotation, before: Quotation) -> bool:
    """Does a quotation that opens a paragraph continue the speech before it: the
    quotation before was left open at its paragraph's end, or this one opens
    with a conjunction ("And we will keep talking ...")?"""
    line_start = text.rfind("\n", 0, q.start) + 1
    opens_paragraph = line_start > before.end and not text[line_start:q.start].strip()
    first = text[q.inner_start:q.inner_start + 5].split()[:1]
    return opens_paragraph and (not before.closed or (bool(first) and first[0] in ("And", "But", "So", "Or")))


def _last_before(text: str, sentences: list[Sentence], i: int, q: Quotation | Sentence) -> Sentence | None:
    """The last sentence of the paragraph before, when the quotation (or
    sentence) is all of its own paragraph; else None."""
    region = sentences[i].region
    if text[region.start:q.start].strip() or text[q.end:region.end].strip():
        return None  # the paragraph says more than the quotation
    first = i
    while first > 0 and sentences[first - 1].region is region:
        first -= 1
    return sentences[first - 1] if first > 0 else None


def _next_paragraph(text: str, sentences: list[Sentence], i: int, q: Quotation | Sentence,
                    before: Quotation) -> bool:
    """Is a quotation all of its paragraph, right after a paragraph that ends
    with the quotation before and its attribution ('"We document everything,"
    said Haddad.' then '"Every photo, every email."')? News style names the
    speaker once: it is the same one."""
    last = _last_before(text, sentences, i, q)
    # The quotation before ends in that paragraph's last sentence; it may have begun in an earlier one
    # ('"We had no choice. The money is not there," she said.').
    return last is not None and last.start < before.end <= last.end


def _answer_after(text: str, sentences: list[Sentence], i: int, q: Quotation, before: Quotation) -> bool:
    """Is a quotation all of its paragraph, an answer to the interviewer's short
    question in the paragraph before, which follows the paragraph that ends with
    the quotation before ('"...," she says.' then 'What changed?' then
    '"Honestly? I stopped caring."'), or asks about the one quoted shortly
    before ("Does she worry about growing too fast?")? The one asked answers."""
    question = _last_before(text, sentences, i, q)
    if question is None or question.region.kind != PARAGRAPH:
        return False
    j = i - 1
    while sentences[j] is not question:
        j -= 1
    asked = text[question.start:question.end]
    if j == 0 or sentences[j - 1].region is question.region or not asked.rstrip().endswith("?") \
            or len(asked.split()) > _QUESTION_WORDS or any(mark in asked for mark in '"\u201c\u201d'):
        return False
    return _next_paragraph(text, sentences, j, question, before) or (
        question.start - before.end < _ASKED_ABOUT_REACH and _ASKED_ABOUT().search(asked) is not None)


def _first_answer(text: str, sentences: list[Sentence], i: int, q: Quotation, people: _People) -> bool:
    """Is a quotation no attributed one comes before all of its paragraph,
    the answer to a short question in the paragraph before, in a Q&A the
    story set up with a person it named ("Eileen Noble will run ..." and "We
    spoke to her about training." then "Why now?" and '"My husband always
    wanted to."')? The answers after it go on from it (_answer_after)."""
    question = _last_before(text, sentences, i, q)
    if question is None or question.region.kind != PARAGRAPH:
        return False
    asked = text[question.start:question.end].strip()
    j = sentences.index(question)
    return j > 0 and sentences[j - 1].region is not question.region and asked.endswith("?") and \
        len(asked.split()) <= _QUESTION_WORDS and not any(mark in asked for mark in '"\u201c\u201d') and \
        _INTERVIEW_SET_UP().search(text, 0, question.start) is not None and people.named_in(0, question.start)


# How a Q&A is set up: "We spoke to her about ...", "I talked with Noble", "We asked him", "I sat down with".
_INTERVIEW_SET_UP = compiled_later(r"\b(?:[Ww]e|I) (?:spoke|talked|chatted) (?:to|with)\b|\b(?:[Ww]e|I) "
                                   r"(?:asked|interviewed|caught up with|sat down with) (?:her|him|them|[A-Z])")


def _asked_first(text: str, sentences: list[Sentence], i: int, q: Quotation, before: Quotation) -> bool:
    """Is a quotation the rest of a paragraph that opens with the interviewer's
    short question, right after a paragraph that ends with the quotation before
    and its attribution ('"...," she says.' then 'What changed? "Time,
    mostly."')? The one quoted answers, as when the question has its own
    paragraph."""
    region = sentences[i].region
    asked = text[region.start:q.start].strip()
    if region.kind != PARAGRAPH or text[q.end:region.end].strip() or not asked.endswith("?") \
            or len(asked.split()) > _QUESTION_WORDS or any(mark in asked for mark in '"\u201c\u201d'):
        return False
    first = i
    while first > 0 and sentences[first - 1].region is region:
        first -= 1
    return first > 0 and sentences[first - 1].start < before.end <= sentences[first - 1].end


_QUESTION_WORDS = 10  # an interviewer's question put in a paragraph of its own is short: "What changed?"
# A question about the one the story quotes, by a pronoun ("Does she worry about growing too fast?"), is put to
# them, though a paragraph of their story stands between it and their words.
_ASKED_ABOUT = compiled_later(r"\b(?i:she|he|her|his|him)\b")
_ASKED_ABOUT_REACH = 600


# A reply's tag: '"We had no choice," came the reply.'
_CAME_THE_REPLY = compiled_later(r"\s*(?:came|was) (?:the|his|her|their) (?:reply|response|answer|retort)\b")
# Who was asked, at the start of a sentence: "The mayor was asked about the closure."
_WAS_ASKED = compiled_later(r"\s*(?P<who>[^.!?;:\u201c\u201d\"]{1,60}?) (?:was|were|had been) asked\b")


def _the_one_asked(text: str, sentences: list[Sentence], i: int, q: Quotation,
                   subjects: _Subjects) -> Attribution | None:
    """The one the sentence before a reply's quotation (or its own) says was
    asked: "The mayor was asked about the closure." then '"...," came the reply'."""
    for s in sentences[max(0, i - 1):i + 1]:
        asked = _WAS_ASKED().match(text, s.start, q.start)
        if asked is not None:
            kind, words = subjects(asked["who"], s.start)
            if kind is not None:
                start = text.find(words, asked.start("who"), asked.end("who"))
                start = start if start != -1 else asked.start("who")
                return Attribution(q.start, q.start, kind, words, False, start, start + len(words))
    return None


# A statement's own tag: '"...," it said' after "The family issued a statement".
_IT_SAID = compiled_later(r"\s+it (?:said|says|added|adds|read|reads|stated|states|continued|went on)\b")
# A piece of writing a source puts out, whose words "it" says.
_A_STATEMENT = compiled_later(r"\b(?:statement|letter|post|message|e-?mail|note|tweet|release)\b")


def _statement_before(out: Sourcing, text: str, sentences: list[Sentence], i: int) -> Attribution | None:
    """The source of the statement one of the two sentences before puts out
    ("Her solicitor, Richard Bond, read a statement on her behalf.", "The
    family issued a statement."), whose words a quotation tagged "it said" are."""
    for s in reversed(sentences[max(0, i - 2):i]):
        if _A_STATEMENT().search(text, s.start, s.end) is not None:
            return next((a for a in out.by_sentence.get(s.start, []) if a.kind != IMPERSONAL), None)
    return None


def _said_before(out: Sourcing, text: str, sentences: list[Sentence], i: int, q: Quotation,
                 people: _People) -> Attribution | None:
    """The person the paragraph before a quotation ends by reporting, by name,
    when the quotation is all of its paragraph: "Kovac said the company would
    appeal." then '"We believe the ruling is wrong."' goes on with what she
    said. Not a body ("The company said ..."): its words are a statement's."""
    last = _last_before(text, sentences, i, q)
    if last is None or last.region.kind != PARAGRAPH:
        return None
    j = sentences.index(last)
    for k in range(j, max(j - _SAID_REACH, -1), -1):  # its last source, in one of its last sentences: "Back then,
        if sentences[k].region is not last.region:    # he says, there were six cobblers. Now there is one."
            break
        found = [a for a in out.by_sentence.get(sentences[k].start, []) if a.kind not in (IMPERSONAL, THING)]
        if found:
            a = found[-1]
            named = a.kind == NAMED and people.named_in(a.subject_start, a.subject_end)
            # before the last sentence, only reported words go on into the sentences after them (not a quotation's
            # tag: '"...," said Omar Haddad. The suit was filed in May.' ends his words)
            reported = k == j or not _QUOTE_MARK.search(text, sentences[k].start, sentences[k].end)
            return a if a.verb in _SAID and (named or a.kind == PRONOUN) and reported else None
    return None


_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")


# How far back in the paragraph before its last source is looked for.
_SAID_REACH = 3


_SAID = frozenset("""said says told tells added adds wrote writes explained explains confirmed confirms announced
    announces insisted insists warned warns argued argues stated states replied replies declared declares admitted
    admits claimed claims noted notes recalled recalls stressed stresses acknowledged acknowledges conceded
    concedes""".split())


def _last_in(out: Sourcing, sentences: list[Sentence], starts: list[int], i: int) -> Attribution | None:
    """The last source named before sentence i in the same paragraph."""
    region = sentences[i].region
    j = i - 1
    while j >= 0 and sentences[j].region is region:
        found = [a for a in out.by_sentence.get(starts[j], []) if a.kind not in (IMPERSONAL, THING)]
        if found:
            return found[0]
        j -= 1
    return None


# A speech tag right after a quotation that hands on to it with a comma, with a verb the lexicon does not
# list: '"...," Ana Ruiz fumed.', '"...," she whispered softly.', '"...," raved one fan.', '"...," chimed in
# Ruiz'; a song's words, '"...," she sings on the title track'. The verb is any word: the comma inside the
# quotation says a tag follows.
# Not a clause the quotation only stands before: '"...," and the crowd cheered'.
_TAG_WHO = (r"(?!(?:and|but|or|so|as|while|then|when|before|after|because)\b)"
            r"(?P<who>[^.,;:!?\u201c\u201d\"\s][^.,;:!?\u201c\u201d\"\n]{0,50}?)")
_TAG_DASH = compiled_later(
    rf"[ \t]*(?P<dash>[\u2014\u2013])[ \t]*{_TAG_WHO}(?:,[^.!?\n\u201c\u201d\"]{{1,60}})?[ \t]*(?:\.[ \t]*)?(?=\n|\Z)")
_TAG_SUBJECT_FIRST = compiled_later(
    rf"[ \t]*{_TAG_WHO}[ \t]+(?P<verb>(?:[a-z]+ed|began|spoke|wrote|sang|sings|raps|croons)(?: (?:in|up|out|back))?)"
    r"(?:[ \t]+[\w'\u2019-]+){0,5}[ \t]*(?:[.,;!?]|\Z)")  # '"...," Okafor grinned afterwards', 'she sighed softly'
_TAG_VERB_FIRST = compiled_later(
    # a determiner opens a subject; a copula no tag: '"Nothing to see here," was the official line'
    r"[ \t]*(?!(?:one|an?|the|another|some|his|her|their|its|my|our|is|was|are|were|became|becomes|remains|"
    r"remained|seemed|seems)\b)"
    rf"(?P<verb>[a-z]+(?: (?:in|up|out|back))?)[ \t]+{_TAG_WHO}[ \t]*(?:[.,;!?]|\Z)")


def _tag_after(text: str, q: Quotation, sentence: Sentence, subjects: _Subjects, lex: _Compiled) -> Attribution | None:
    """The speaker of a tag after a quotation that ends with a comma, whatever
    its verb, or None. A full stop, question or exclamation mark with a
    lowercase word after it hands on too ('"Why?" she wondered aloud', and,
    wrongly punctuated, '"We lost." one fan groaned')."""
    dash = _TAG_DASH().match(text, q.end)
    if dash is not None:  # '"..." — coach Ana Ruiz', '"..." — one fan': a credit closing the paragraph
        kind, words = subjects(dash["who"], q.end)
        if kind is None or kind == THING:
            return None
        start = _start_of(text, dash.start("who"), dash.end("who"), words)
        return Attribution(dash.start("dash"), dash.end("dash"), kind, words, False, start, start + len(words),
                           dash["dash"])
    closing = text[q.inner_start:q.inner_end].rstrip()[-1:]
    if closing != "," and not (closing in ".!?" and text[q.end:q.end + 2].strip()[:1].islower()):
        return None
    for pattern in (_TAG_SUBJECT_FIRST, _TAG_VERB_FIRST):
        found = pattern().match(text, q.end)
        if found is None:
            continue
        kind, words = subjects(found["who"], q.end)
        if kind is None or kind == THING or (kind == NAMED and pattern is _TAG_VERB_FIRST and words.islower()):
            continue  # '"...," painted on the wall': a thing, not a body the story named
        start = _start_of(text, found.start("who"), found.end("who"), words)
        justified = kind in (PERSON, GROUP) and \
            lex.reasons.pattern.search(text[sentence.start:sentence.end].lower()) is not None
        return Attribution(found.start("verb"), found.end("verb"), kind, words, justified, start, start + len(words),
                           found["verb"])
    return None


def _own(out: Sourcing, sentence: Sentence, q: Quotation, sentences: list[Sentence], i: int,
         text: str) -> Attribution | None:
    """The attribution of the sentence(s) a quotation stands in: the first,
    unless it stands in a relative clause and a later verb introduces the
    quotation ('The minister, who critics say has failed, said: "..."'), a
    later one before the quotation opens a clause of its own ("I asked the
    council why; a spokesperson pointed to "...""), or a tag right after it
    ('..., "...," Ruiz said')."""
    first = None
    for s in sentences[i:]:
        if s.start >= q.end and s is not sentence:
            break
        for a in out.by_sentence.get(s.start, []):
            if a.kind == IMPERSONAL:
                continue
            if first is None:
                first = a
            elif first.end <= q.start and (0 <= a.subject_start - q.end <= 3 or 0 <= a.start - q.end <= 3) and \
                    text[q.inner_start:q.inner_end].rstrip()[-1:] in (",", "?", "!"):
                return a  # 'Researchers believe it was owned by someone "with a taste for Homer," Mr Thomas said'
            elif a.end <= q.start and (_NEW_CLAUSE.search(text, first.end, a.subject_start) or (
                    0 <= q.start - a.end <= 3 and text[a.end:q.start].strip() in ("", ":", ",")
                    and _RELATIVE_BEFORE.search(text, max(0, first.subject_start - 8), first.subject_start))):
                first = a
    return first


# A relative pronoun right before a subject: "The minister, who critics say has failed, said".
_RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|which|that)\s+\Z")
# Where one clause ends and another with its own subject begins.
_NEW_CLAUSE = re.compile(r";|\s[\u2014\u2013]\s|, (?:but|and|while|whereas|though) ")


_BACK_REFERENCE = re.compile(
    r"\s*(?:those|these|the|that|this|his|her|such)(?: (?:was|were|is|are) (?:the|his|her|their|"
    r"[\w.-]+(?: [\w.-]+)?['\u2019]s))?"  # "That was Smith's verdict", "That is Jane Hale's view"
    r" (?:words|remarks?|comments?|lines?|quote|message|verdict|warning|response|reply|answer|view)\b", re.IGNORECASE)


# Nouns for someone's words: "Her message was simple:" is hers, "The answer was simple:" nobody's.
_WORDS_OF = frozenset("""message verdict answer reply response warning advice words remarks remark comments comment
    plea retort promise""".split())
# A lead-in before a colon that says whose words follow: "Her message to residents was simple:",
# "Ruiz's reply:", "Their verdict was blunt:", a role's: "The mayor's message was simple:".
_LEAD_IN = re.compile(
    r"\s*(?P<whose>[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'\u2019-]*(?:'s|\u2019s)"
    r"|(?P<who>[Tt]he (?:[\w-]+ ){0,2}?[\w-]+)(?:'s|\u2019s))(?: [\w-]+){0,2}? "
    rf"(?:{'|'.join(sorted(_WORDS_OF))})\b"
    r"[^.!?:\u201c\u201d\"]{0,40}:\s*\Z")


# How someone spoke, or what words they had, said of them before their quotation: 'Ruiz was blunt', 'The
# letter was stark', 'The mayor had a simple message for residents', 'Ruiz had this to say', 'Hart agrees',
# 'Lee spoke to reporters', 'he set out his reasoning'.
_MANNER = (
    r"\s*(?P<who>[^.!?:;\u201c\u201d\"]{1,120}?)\s+(?:(?:was|is|were|are|had been|has been|sounded|remains|remained)"
    r"(?: not| \w+ly| equally| just as| even)? (?:blunt|clear|stark|simple|direct|short|brief|frank|candid|succinct|"
    r"emphatic|defiant|unequivocal|categorical|scathing|withering|plain|explicit|firm|upbeat|optimistic|cautious|"
    r"philosophical|unapologetic|unrepentant|adamant|resolute|forthright|defensive|convinced|unconvinced|"
    r"unimpressed|sceptical|skeptical|unmoved|undeterred|unfazed|pessimistic|hopeful|full of (?:praise|criticism|"
    r"admiration|regret)|in no doubt|in (?:a|an) [\w-]+ mood)"
    r"|had (?:a|an|one|this|some) (?:[\w-]+ )?(?:message|warning|answer|reply|verdict|plea|request|prediction|"
    r"promise|question)|had this to say|agrees|agreed|disagrees|disagreed"
    # what they set out or gave: "he set out his reasoning", "she made her case", "Ruiz struck a defiant tone"
    r"|(?:set|sets|laid|lays|spelled|spelt|spells) out (?:his|her|their|the) (?:reasoning|case|argument|position|"
    r"view|views|thinking|vision|plans?|priorities|concerns?|objections?)|(?:made|makes) (?:his|her|their) case"
    r"|(?:gave|gives) (?:his|her|their) (?:verdict|reasons?|view|views|account|reaction|assessment)"
    r"|summed (?:it )?up|(?:struck|strikes) an? [\w-]+ (?:tone|note)"
    # that they spoke: "Ann Lee spoke to reporters outside the court." then '"I'm relieved."'
    r"|spoke|speaks|talked|addressed (?:reporters|journalists|the (?:media|press|crowd|meeting|rally)))"
    r"\b[^.!?:\u201c\u201d\"]{0,40}")
# Such a lead-in before a colon ('Ruiz was blunt: "..."'), or as the last sentence of the paragraph before a
# quotation that is all of its own ('She was blunt about it.' then '"He is too old to row."'). Looked for only
# where nothing else attributes a quotation: as one of the verbs, it would cost a look at every "was".
_manner = compiled_later(_MANNER + r":\s*\Z")
_manner_closing = compiled_later(_MANNER + r"[.!]\s*\Z")


def _manner_source(text: str, manner: re.Match[str], subjects: _Subjects, lexicon: Lexicon, lex: _Compiled,
                   sentence_start: int, quote_start: int) -> Attribution | None:
    """The source a manner lead-in names: its subject, classified as a verb's
    is ("Ruiz", "The letter, signed by 40 doctors", "she", "One resident");
    None when it names nobody: words with no owner ("The answer was
    simple:"), "it"."""
    kind, words = subjects(manner["who"], sentence_start)
    low = words.lower().split()
    if kind is None or not low or low[-1] in _WORDS_OF or low in (["it"], ["this"], ["that"]):
        return None
    if kind == ROLE:
        kind = _role_kind(words, lexicon, subjects.mentioned, sentence_start)  # "the official was blunt:"
    start = text.find(words, manner.start("who"), manner.end("who"))
    start = start if start != -1 else manner.start("who")
    justified = lex.reasons.pattern.search(text[sentence_start:quote_start].lower()) is not None
    return Attribution(quote_start, quote_start, kind, words, justified, start, start + len(words))


def _a_name(subject: str, subjects: _Subjects, lexicon: Lexicon) -> bool:
    """Does a subject name a speaker: open with a name ("Hale", written so
    inside a sentence elsewhere) or end in a person's role ("The mayor"), not
    a thing ("The plan")?"""
    words = subject.split()
    if not words:
        return False
    first = words[0].strip(",.")
    return words[-1].lower() in lexicon.person_nouns or (
        first.lower() not in _DETERMINERS and subjects.proper(first, False))


def _named_after(text: str, sentences: list[Sentence], i: int, q: Quotation, lexicon: Lexicon) -> bool:
    """Does the sentence after a quotation that opens its paragraph say whose
    its words were, there or at the start of the next paragraph ("Those words,
    from Kestrel's chief executive, Graham Outhwaite, ...", "That was the
    message from Mayor Ana Ruiz", "So says Ruiz, who ...")?"""
    first = _sentence_after_opening(text, sentences, i, q)
    return first is not None and (_BACK_REFERENCE.match(first) is not None or first.startswith(
        ("So says ", "So said "))) and any(w[:1].isupper() for w in first.split()[2:])


def _sentence_after_opening(text: str, sentences: list[Sentence], i: int, q: Quotation) -> str | None:
    """The sentence right after a quotation that opens its paragraph, if any."""
    first = sentences[i]
    if first.start != first.region.start or q.start - first.start > 3 or text[first.start:q.start].strip():
        return None  # most quotations: something before them in the paragraph
    j = next((k for k in range(i, len(sentences)) if sentences[k].start >= q.end), len(sentences))
    if j >= len(sentences) or sentences[j].start - q.end > 80:
        return None
    return text[sentences[j].start:sentences[j].end]


# A quotation the next sentence calls a line of a text: "Few lines are better known", "The opening line of ...".
# Not a bare "The line", which may be a speech's: '"...". The line drew cheers.'
_A_LINE = compiled_later(r"(?:(?i:few|no) lines|(?i:the|that|those|these|its|this)(?: (?:famous|opening|closing|"
                         r"first|last|best-known|immortal) lines?| (?:[a-z-]+ )?(?:lyrics?|verses?|couplets?|"
                         r"stanzas?)))\b")


# A name of one word opening a sentence, with its verb, that goes on with a gendered possessive or reflexive.
_ONE_NAME_OPENING = compiled_later(r"([A-Z][a-z\u00e0-\u00ff'\u2019-]+) [a-z]+\b[^.!?\n\"\u201c\u201d]{0,100}?"
                                   r"\b(?:her|his|herself|himself)\b")
# ... or with a verb in the singular, whom a role with an age takes up soon after ("Beyonce will headline
# Glastonbury." then "The singer, 45, last played ..."; "Rodri has signed." then "The 28-year-old midfielder").
_ONE_NAME_SINGULAR = compiled_later(r"([A-Z][a-z\u00e0-\u00ff'\u2019-]+) (?:has|had|is|was|will|would|says|said|"
                                    r"[a-z]+ed)\b")
_ROLE_WITH_AGE = compiled_later(r"\b[Tt]he (?:(?:[a-z-]+ ){0,2}?[a-z-]+, \d{1,3},|\d{1,3}-year-old\b)")
_ROLE_REACH = 300  # characters after the name: its sentence and the next one or two
# The last word of a place's, an event's or a body's name, which names no person (not "Court" nor "Church",
# surnames too: "Margaret Court", "Charlotte Church").
_NO_ONES_HEAD = (_BODIES - {"court", "church"}) | frozenset("""stadium arena marathon street road square valley river
    station centre center festival cup games olympics island islands mountains lake sea ocean coast cathedral abbey
    avenue estate""".split())
# Words that open sentences and name nobody.
_NOT_ONE_NAME = PRONOUNS | CLAUSE_OPENERS | SENTENCE_OPENERS | SMALL_WORDS | _BODIES


class _People:
    """The draft's name runs, found only when a quotation's source is sought
    among them (most quotations carry their own attribution)."""

    def __init__(self, text: str, find: Callable[[], list[tuple[int, int]]], sentences: list[Sentence]) -> None:
        self.text, self._find, self.sentences = text, find, sentences

    @cached_property
    def runs(self) -> list[tuple[int, int]]:
        found = self._find()
        return sorted(set(found) | set(self._one_names)) if self._one_names else found

    @cached_property
    def _one_names(self) -> list[tuple[int, int]]:
        """Names of one word opening a sentence that goes on with "her" or "his", as a singer or a player is
        known ("Adele has announced her first tour"), or whose verb is in the singular and whom a role with an age
        soon takes up ("The singer, 45,"): the name runs leave a sentence's first word out. Not a word the draft
        writes in lowercase too ("Police found his car"), a plural ("Officers found his car"), nor a pronoun or an
        opener."""
        text, found = self.text, []
        for sentence in self.sentences:  # tried at each sentence's start, not searched for through the text
            m = _ONE_NAME_OPENING().match(text, sentence.start, sentence.end) or (
                (m := _ONE_NAME_SINGULAR().match(text, sentence.start, sentence.end)) and
                _ROLE_WITH_AGE().search(text, m.end(), m.end() + _ROLE_REACH) and m)
            if m and (low := m[1].lower()) not in _NOT_ONE_NAME and low[-1] != "s" and text.find(low) == -1:
                found.append(m.span(1))
        return found

    @cached_property
    def _known_by_one_name(self) -> frozenset[int]:
        return frozenset(start for start, _ in self._one_names)

    @cached_property
    def starts(self) -> list[int]:
        return [s for s, _ in self.runs]

    @cached_property
    def surnames(self) -> frozenset[str]:
        """The last words of the multi-word names in a draft: "Brekke" after
        "Sunniva Brekke" is a person."""
        return frozenset(self.text[s:e].split()[-1] for s, e in self.runs if len(self.text[s:e].split()) >= 2)

    def is_person(self, start: int, end: int) -> bool:
        """A name of two or more words, the surname of one, a name with an
        age after it ("Ruiz, 54,") or one given as someone's ("a nurse called Becky"), or as the name a
        court or a story gives someone it protects ("The witness, identified only as Witness 14")."""
        words = self.text[start:end].split()
        if len(words) >= 2 and words[-1].lower() in _NO_ONES_HEAD:
            return False  # "the London Marathon", "Wembley Stadium", "the Darven Valley": no one a pronoun refers to
        return len(words) >= 2 or start in self._known_by_one_name or words[-1] in self.surnames or \
            AGE_AFTER.match(self.text, end) is not None or (
            self.text[max(0, start - 10):start].endswith((" called ", " named ", " known as "))
            and _CALLED_BEFORE().search(self.text, max(0, start - 40), start) is not None) or \
            _KIN_BEFORE().search(self.text, max(0, start - 40), start) is not None or (
            self.text.startswith(" as ", start - 4)
            and _DESIGNATED_BEFORE().search(self.text, max(0, start - 30), start) is not None)


    def near(self, offset: int) -> bool:
        """Is a person named within a pronoun's reach before `offset`?"""
        j = bisect.bisect_left(self.starts, offset) - 1
        while j >= 0 and offset - self.runs[j][0] < _NAME_REACH:
            if self.is_person(*self.runs[j]):
                return True
            j -= 1
        return False

    def named_in(self, start: int, end: int) -> bool:
        """Is a person named in text[start:end] (the paragraph before a quotation)?
        A surname alone opening a sentence counts too ("Ruiz did not hold
        back."), though the name runs leave out one word there."""
        i = bisect.bisect_left(self.starts, start)
        while i < len(self.runs) and self.runs[i][0] < end:
            if self.is_person(*self.runs[i]):
                return True
            i += 1
        text = self.text
        for word in self.opening_surnames:
            at = text.find(word, start, end)
            while at != -1:
                if self._opens_alone(word, at, start):
                    return True
                at = text.find(word, at + 1, end)
        return False

    def opening_surname_before(self, offset: int) -> tuple[int, int] | None:
        """The last surname within a pronoun's reach before `offset` that opens a sentence alone ("Brekke said the
        team had ...", which the name runs leave out)."""
        text, start, found = self.text, max(0, offset - _NAME_REACH), None
        for word in self.opening_surnames:
            at = text.rfind(word, start, offset)
            while at != -1 and not self._opens_alone(word, at, start):
                at = text.rfind(word, start, at)
            if at != -1 and (found is None or at > found[0]):
                found = (at, at + len(word))
        return found

    def _opens_alone(self, word: str, at: int, start: int) -> bool:
        """Is `word` at `at` a whole word opening a sentence (or `start`, where the text looked at begins)?"""
        text = self.text
        after = text[at + len(word):at + len(word) + 1]
        if after.isalnum() or after == "-":
            return False
        k = at
        while k > start and text[k - 1] in " \t":
            k -= 1  # past the spaces an HTML page's markup leaves before a paragraph
        return k == start or text[k - 1] == "\n" or (k < at and text[k - 1] in ".!?")

    @cached_property
    def opening_surnames(self) -> frozenset[str]:
        """The surnames that may open a sentence alone: not a body's last word
        ("Office" after "Met Office") nor one the draft also writes in
        lowercase, a common noun ("Power" beside "power" or "powers")."""
        return frozenset(w for w in self.surnames if w.lower() not in _BODIES and w[:1].isupper()
                         and _first_word(self.text, w.lower()) == -1)  # (str.find: no pattern per surname)


def _unnamed_before(text: str, sentences: list[Sentence], i: int, speaker: Attribution | None, people: _People,
                    lexicon: Lexicon, lex: _Compiled, pronoun: str) -> Attribution | None:
    """The unnamed person or group the sentence before a quotation opens with,
    in the same paragraph ("A man who lives near the plant was angry.", "One
    nurse spoke to reporters.", "Residents were angry." before "they said"),
    or as the last of the paragraph before ("One cafe owner said she had lost
    takings." before a paragraph '"...," she said'): the pronoun that
    attributes the quotation is theirs, whoever the story named earlier.
    Not when that sentence names someone or whom they speak for ("a
    spokeswoman", "a lawyer for the family"), nor when the paragraph's
    speaker came after it."""
    if i == 0:
        return None
    before = sentences[i - 1]
    if before.region is not sentences[i].region and not (
            before.region.kind == sentences[i].region.kind == PARAGRAPH and before.end == before.region.end):
        return None  # a quotation that opens a paragraph may be that of the one the last paragraph ended on
    if speaker is not None and speaker.start > before.start:
        return None
    words = text[before.start:before.end].split(None, 6)[:6]
    if len(words) < 3 or people.named_in(before.start, before.end):
        return None
    if f", {pronoun.lower()} " in text[before.start:before.end]:
        return None  # "A former journalist who moved here, she had been following it": an aside on whoever she is
    found = _unnamed_opening(words, lexicon, pronoun.lower())
    if found is None:
        return None
    kind, n = found
    end = before.start + len(" ".join(words[:n + 1]))
    justified = lex.reasons.pattern.search(text[before.start:before.end].lower()) is not None
    return Attribution(before.start, end, kind, text[before.start:end], justified, before.start, end)


def _unnamed_opening(words: list[str], lexicon: Lexicon, pronoun: str) -> tuple[str, int] | None:
    """The kind of unnamed speaker a sentence's first words name, and the index
    of its noun: one person ("A man", "One nurse") or, for "they", a group
    ("Residents", "Several parents"). "She" is no man's, "he" no woman's."""
    if pronoun == "they":
        n = 1 if words[0].lower() in _QUANTIFIERS else 0
        noun = words[n].lower()
        if (n == 0 or words[n].islower()) and noun.isalpha() and noun not in lexicon.person_nouns and \
                (_is_group(noun, lexicon) or noun in lexicon.actors) and noun not in _QUANTIFIERS:
            return (ACTORS if noun in lexicon.actors and n == 0 else GROUP), n
        return None
    if words[0] not in ("A", "An", "One"):
        return None
    for n, word in enumerate(words[1:5], 1):
        if not word.islower() and not word[0].isdigit():
            return None  # a name, or a word that opens one: "A Labour official"
        if word in lexicon.person_nouns:
            if word in _SPOKESPEOPLE or words[n + 1:n + 2] in (["for"], ["at"], ["representing"]):
                return None  # "A spokeswoman for the council declined to comment": whose voice, the story said
            if word in (_MALE if pronoun == "she" else _FEMALE if pronoun == "he" else ()):
                return None
            return PERSON, n
    return None


# Person nouns of one sex: "A man ... she said" speaks of someone else.
_MALE = frozenset("man boy father husband son brother grandfather uncle businessman policeman fisherman".split())
_FEMALE = frozenset(
    "woman girl mother wife daughter sister grandmother aunt businesswoman policewoman fisherwoman".split())


# How far back a pronoun finds the person it refers to.
_NAME_REACH = 800
# How far a pronoun's speaker carries from one quotation to the next, with no one else named between them.
_CHAIN_REACH = 2000


def _resolve(pronoun: Attribution, speaker: Attribution | None, offset: int, people: _People) -> Attribution | None:
    """A pronoun refers to the person named most recently before it, nearby (a
    name of two or more words, or the surname of one), unless a source was
    named after that person; then it refers to that source, named or not, and
    carries its reason for anonymity."""
    names = people.runs
    j = bisect.bisect_left(people.starts, offset) - 1
    person = None
    while j >= 0 and offset - names[j][0] < _NAME_REACH:
        if people.is_person(*names[j]):
            person = names[j]
            break
        j -= 1
    opening = people.opening_surname_before(offset)  # "Brekke said ...", a surname opening a sentence alone
    if opening is not None and (person is None or opening[0] > person[0]):
        person = opening
    # The speaker is this person unless an unnamed source came after the
    # name (an appositive "Kate Lindahl, a database engineer" is hers).
    if person is not None and (speaker is None or speaker.subject_start < person[0] or
                               speaker.subject_start - person[1] <= 3):
        return _replace(pronoun, NAMED)
    if speaker is not None:
        return Attribution(pronoun.start, pronoun.end, speaker.kind if speaker.kind != PRONOUN else NAMED,
                           speaker.subject, speaker.justified or pronoun.justified, speaker.subject_start,
                           speaker.subject_end, speaker.verb)
    return None  # "she said" with nobody before it: no source at all
