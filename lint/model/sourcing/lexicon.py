"""The sourcing analysis's vocabulary: the kinds a claim's source may be, the
lexicons read from `rules/data/sourcing.yaml` and compiled once, the records
the analysis returns, and the word lists every part of it shares.
"""

from __future__ import annotations

import re
from functools import cached_property

from ...record import Record
from ..patterns import TOGETHER, Scanner, Scanners, compiled_later

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
                       r"|\b(?:" + "|".join(sorted(lexicon.titled))  # in order: the same pattern every run
                       + r")\b(?:\W+[\w'\u2019]+){0,5}[\W]*\Z", re.IGNORECASE),
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
# Verbs that before "to be" or "to have" are passive participles, not a subject's saying ("claimed to be" is):
# "bones thought to be 30,000 years old", "analysts believed to be close to the chancellor".
REDUCED_PASSIVES = frozenset("thought believed said understood rumoured rumored reported alleged known reputed".split())
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
_NEGATIONS = frozenset("not never neither nor".split())  # "officials have neither confirmed nor denied"
_WITHHELD = frozenset("say said comment commented confirm confirmed disclose disclosed specify specified deny denied "
                      "dispute disputed".split())
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
# (a name's own "?" or "!" before a comma is none: "director of policy at Which?, said")
_TO_LAST_CLAUSE_MARK = re.compile(r".*(?:[!?](?!,)|[\u201d\"(;:]|\.(?=\s)(?:(?<!\.[A-Za-z]\.)|(?! [a-z])))", re.DOTALL)
# A name that carries its own mark, before it: "Which?", "Yahoo!".
_NAME_BEFORE_MARK = re.compile(r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]*\Z")
# Where the phrase after a verb ends: a full stop, not the dots of "U.S.-Russia".
_PHRASE_END = re.compile(r"[;:!?\u201d\"(\u2014]|,(?!\d)|\.(?=\s|$)")  # not a number's comma: "2,000 adults"
_CAPITAL_WORD = re.compile(r"[A-Z][\w'\u2019-]*")
_IN_WORD = re.compile(r"[\w&'\u2019-]")
_POSSESSIVE_END = re.compile(r"['\u2019]s(?![\w&'\u2019-])")
_ANONYMOUS_TIES = frozenset("familiar close briefed knowledgeable involved privy".split())
_LEADING = frozenset("with and but while as so yet then also still however meanwhile".split())
# Words that open a clause inside a subject phrase: the source is named after them.
_CLAUSE_WORDS = frozenset("which who whom whose where when while after before because although though if".split())
# Before a group, a word that makes it the object of another noun: "despite objections from residents who said".
_OBJECT_OF = frozenset("despite amid from against".split())
_DETERMINERS = frozenset(
    "a an one another some many most several few two three four five the this that these those".split())
_QUANTIFIERS = frozenset("some many most several few other others numerous various plenty".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Rank picks some of a party or a trade out as a quantifier does: "senior Republicans", "leading figures".
_RANKS = frozenset("senior leading top prominent influential veteran high-ranking".split())
_PICKED = _QUANTIFIERS | _RANKS
# A count small enough to be sources rather than a tally: "two Labour MPs said".
_A_FEW = frozenset("two three four five couple handful".split())
# What counts some of a kind: "a number of", "a handful of", "a host of".
_TALLIES = frozenset("""number handful host raft couple dozen group string slew series majority minority lot
    section""".split())
_INDEFINITE = frozenset("a an one another".split())
# Roles whose holders speak off the record: named only by a name, never by their employer.
ANONYMOUS_ROLES = frozenset("official source insider aide diplomat".split())
# What makes "those" a group of people: "those who know him", "those inside the party".
_THOSE = frozenset("who in at inside within around near with on familiar close briefed privy".split())
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
    newspaper utility""".split())
# Bodies a story names nobody by when it brings one in with "a" or "one" ("a think tank": its last word).
_UNNAMED_BODY_NOUNS = frozenset("""group watchdog charity firm company body organisation organization association
    consultancy coalition alliance agency bank institute foundation trust ngo nonprofit non-profit regulator insurer
    lender fund network federation union tank""".split())
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
_CONSTITUENCIES = frozenset("""business community faith religious civic tech technology church local health healthcare
    nhs education industry sector""".split())


def _sector(words: list[str]) -> bool:
    """Do the words before a group's noun end in a place that stands for a trade
    ("Wall Street", "senior Silicon Valley")?"""
    return " ".join(words[-2:]) in _SECTORS or words[-1] in _SECTORS


# A source that is a piece of work: "according to a report", "a study found", "according to a survey".
DOCUMENTS = frozenset("report study survey poll".split())
# A council's officers by their work: "planning officers", "council officers".
_COUNCIL_WORK = frozenset("council planning licensing highways housing".split())
_STAFFED = ("council", "board", "commission", "committee")  # public bodies whose staff report to them
# A local government, by its word: whose officials a lead may sum up, and whose "staff" are its officers ("city
# staff", "council staff"), as North American local news calls them.
_LOCAL_GOVERNMENTS = frozenset("city town county borough village township municipal".split())
_TOWN_HALLS = _LOCAL_GOVERNMENTS | {"council", "municipality"}
# Institutions every story has one of: "a police report" is the police's, "a government study" the government's.
_INSTITUTIONS = frozenset("police government court parliamentary congressional coastguard".split())
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
# ... whose singular is also the adjective: "Kenyan officials", "Chilean police", "Thai authorities" say where
# they are from, as "Chinese officials" does (not "Kiwi", nor "Pole" or "Turk", which are no adjectives).
_NATIONS |= frozenset(p[:-1] for p in _PEOPLES if p.endswith(("ans", "is", "nos")) and p != "kiwis")
_DEMONYMS |= _NATIONS


# The questions classify asked about the draft, each ("proper", word, strict)
# or ("earlier", word) with the answer it got, in order; and the class it gave.
_Answer = tuple[tuple[tuple[tuple, bool], ...], tuple[str | None, str]]
# The last word of a place's, an event's or a body's name, which names no person (not "Court" nor "Church",
# surnames too: "Margaret Court", "Charlotte Church").
_NO_ONES_HEAD = (_BODIES - {"court", "church"}) | frozenset("""stadium arena marathon street road square valley river
    station centre center festival cup games olympics island islands mountains lake sea ocean coast cathedral abbey
    avenue estate""".split())
