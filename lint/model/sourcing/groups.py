"""Whether an unnamed group or person is named after all: one of the group, a
body that speaks for it or a member the story names next or named before, and
one a lead describes whom the next sentences name (officials by their office,
service or nation are `offices`'s).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from ..names import NAME_PARTICLES
from ..patterns import compiled_later
from ..types import Region, Sentence
from ..words import (
    SPEECH_VERBS,
    WORD,
)
from .bodies import _BODY_NAME, _FIRMS, voice_of_unnamed_body
from .clauses import (
    _named_first,
    _reach,
    _Subjects,
)
from .lexicon import (
    _A_FEW,
    _BLANK,
    _BODIES,
    _DETERMINERS,
    _NO_ONES_HEAD,
    _PARTIES,
    _PEOPLES,
    _PICKED,
    _PUBLIC,
    _QUANTIFIERS,
    _SPOKESPEOPLE,
    _STANCE,
    _STATE_BODIES,
    _UNNAMED_PLURALS,
    DOCUMENTS,
    Attribution,
    Lexicon,
)
from .subjects import (
    _AFTER_HEAD,
    _FULL_NAME,
    _FULL_NAME_ALONE,
    _NEAR_REASON,
    _RIVALS,
    _plural_in,
)


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
    if not 2 <= len(words) <= 3 or words[0] not in ("a", "an", "the") or (
            words[-1] not in _SPOKESPEOPLE and words[-1] != "statement"):
        return False  # (its statement is its voice too: "Brentford said ... '...,' a club statement said")
    kind = words[1] if len(words) == 3 else ""  # "a company spokesperson": the body by its kind
    if kind and kind not in _BODIES and kind not in _FIRMS:
        return False
    if voice_of_unnamed_body(a, text):
        return False  # "a spokeswoman for one group": whose voice, the story said, and it named none
    return _body_before(text, sentences, index, (a.subject_start, a.start), kind, subjects, lexicon)


def _body_before(text: str, sentences: list[Sentence], index: int, where: tuple[int, int], kind: str,
                 subjects: _Subjects, lexicon: Lexicon) -> bool:
    """Is the sentence before sentences[index] (or the clause before a
    semicolon ahead of where[0]) about a body, whose voice a bare spokesperson
    of that `kind` ("" for any) or a statement's "it said" at where[1] is?"""
    own = sentences[index]
    at = where[1]
    clause = text.rfind(";", own.start, where[0])
    before = index - 1
    while clause < 0 and before > 0 and index - before <= _QUOTED_SENTENCES and \
            not text[sentences[before].start:sentences[before].end].strip().strip(_BLANK):
        before -= 1  # a quotation's first sentences, blanked in `text`: '"We are sorry. It won't happen again," a
        # spokeswoman said' speaks for the body the sentence before the quotation is about
    if clause < 0 and before < 0:
        return False
    start, end = (own.start, clause) if clause >= 0 else (sentences[before].start, sentences[before].end)
    if at - end > 400:
        return False  # a paragraph or more away: no longer what the story is about
    opening = text[start:end].split(None, 2)
    if len(opening) >= 2 and opening[0] in _THE and \
            (body := _POSSESSIVE_OR_PLURAL.sub("", opening[1].rstrip(","))) in _BODIES and kind in ("", body):
        return True  # "The airline apologised", "The council's plan failed"; "an airline spokesman" of an airline
    if opening[:1] and opening[0] in _THE and _BODY_BY_NAME().match(text, start):
        return True  # "The Ministry of Justice said", "The Treasury declined": a body by its name
    if (state := _STATE_BODY().match(text, start)) is not None and kind in ("", state["noun"]):
        return True  # "The Scottish government said", "The Trump administration said", "The Indian foreign ministry
        # said": a government or its department, by whose it is
    if (apposed := _BODY_IN_APPOSITION().match(text, start)) is not None and (
            apposed["noun"] in _BODIES or apposed["noun"] in _FIRMS):
        return True  # "The developer, Barratt Homes, said work would begin": the body named beside its noun
    if (asked := _ASKED_THE_BODY().match(text, start)) is not None and \
            _POSSESSIVE_OR_PLURAL.sub("", asked["body"]) in _BODIES:
        return True  # "I asked the council why ...", "We contacted the airline": its spokesperson answers
    named = _named_first(text, (start, end), subjects, lexicon)
    if named is None or not kind:
        return named is not None
    if kind == "party" and text[named[0]:named[1]].lower().removesuffix("s") in _PARTIES:
        return True  # "Labour said the rules must change. A party spokesperson said: ...": Labour's
    return _a_name_of_its_own(text, named, subjects) or (kind in ("company", "firm") and any(
        (first := _named_first(text, (s.start, s.end), subjects, lexicon)) is not None
        and _a_name_of_its_own(text, first, subjects)
        for s in sentences[max(0, index - _FIRM_REACH):max(0, index - 1)] if at - s.end <= 1200))


# A sentence's opening "The", also in lowercase: a slip the sentence-case rule reports, not a change of subject.
_THE = ("The", "the")
_QUOTED_SENTENCES = 3  # how many of a quotation's sentences a spokesperson's tag looks back past
# How many sentences back "a company spokesperson" finds the firm a sentence opened with: a business story names
# its firm in the lead and speaks of its shares or its figures before the spokesperson.
_FIRM_REACH = 4


def _a_name_of_its_own(text: str, named: tuple[int, int], subjects: _Subjects) -> bool:
    """Is the name a sentence opens with a name the draft writes inside a sentence too ("Stagecoach said";
    "employed by Stagecoach"), a run of them, or initials ("JLR said")? Not "Judges praised the bakery", a common
    noun opening it."""
    name = text[named[0]:named[1]]
    return " " in name or (len(name) > 1 and name.isupper() and name.isalpha()) or subjects.proper(name, True)


# A body by its name after "The": two capitalised words or more ("The Ministry of Justice", "The Met Office"), or
# one before a verb ("The Treasury declined", "The BBC understands"); not "The UK economy shrank".
_BODY_BY_NAME = compiled_later(r"\s*[Tt]he (?:[A-Z][\w&'\u2019.-]*(?: (?:of|for|and|&))? [A-Z][\w&'\u2019.-]*|"
                               r"[A-Z][\w&'\u2019.-]* [a-z]+(?:ed|s)\b)")
# A state's own body, by whose it is: "The Scottish government", "The Trump administration", "The Indian foreign
# ministry" (the adjective's capital says whose; "The government" bare is the story's own).
_STATE_BODY = compiled_later(r"\s*[Tt]he (?:[A-Z][\w'\u2019.-]* ){0,2}(?:[a-z]+ )?(?P<noun>"
                             + "|".join(sorted(_STATE_BODIES | {"administration"})) + r")\b")
# A body named beside the noun that opens the sentence: "The developer, Barratt Homes, said", "The home's owner,
# Bluebird Care Homes, said".
_BODY_IN_APPOSITION = compiled_later(r"\s*[Tt]he (?:[a-z]+['\u2019]s )?(?P<noun>[a-z]+), (?:the )?[A-Z][\w&'\u2019.-]*"
                                     r"(?: (?:[A-Z][\w&'\u2019.-]*|of|and|&))*,")
# The reporter putting a question to a body: "I asked the council", "We contacted the airline for comment".
_ASKED_THE_BODY = compiled_later(
    r"\s*(?:I|We) (?:asked|contacted|approached|emailed|e-mailed|called|rang|wrote to|put "
    r"(?:this|that|it|these points|the claims?|the allegations?) to) the (?P<body>[a-z]+)\b")


# Bare groups that are the staff of the public office beside them: "The National Weather Service
# issued a warning. Forecasters said ...".
_STAFF_OF_AN_OFFICE = frozenset({"officials", "officers", "detectives", "forecasters", "meteorologists",
                                 "seismologists", "volcanologists",
                                 "law enforcement officials", "police officials",  # a force's, by their trade
                                 "policymakers", "policy-makers", "rate-setters"})  # a central bank's
# ... and the staff who run an office's craft or traffic: "The European Space Agency said ... Ground controllers
# confirmed", "The FAA said ... Air traffic controllers".
_CONTROLLERS = compiled_later(r"(?:(?:mission|ground|flight|launch|range|air traffic|air-traffic) )?controllers"
                              r"|(?:mission|flight|launch|range) (?:managers|directors)")  # and those who run them
_POLICE_STAFF = frozenset({"officers", "detectives"})  # "Leicestershire Police said ... Officers believe"

# Trades, whose union's or association's head may speak for them, and whose members a vox pop names.
_TRADES = frozenset("""headteachers teachers doctors nurses midwives lawyers solicitors barristers farmers pharmacists
    paramedics surgeons gps dentists pilots landlords retailers builders fishermen vets accountants architects
    hauliers publicans shopkeepers employers manufacturers carers insurers lenders brewers bakers hoteliers
    housebuilders exporters importers airlines installers agents banks carmakers supermarkets companies councils
    universities colleges hospitals schools developers publishers producers suppliers broadcasters musicians artists
    freelancers growers ranchers winemakers crofters governors brokers dockers librarians cleaners cooks caterers
    porters lecturers players anglers journalists reporters drivers""".split())
# (anglers as a trade: one of them by the fishing they do; drivers by their association: taxi drivers, lorry drivers)


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
    evacuees motorists cyclists pedestrians travellers travelers holidaymakers diners islanders homeowners
    householders swimmers walkers ramblers surfers festival-goers festivalgoers concertgoers concert-goers racegoers
    theatregoers beachgoers spectators onlookers bystanders volunteers runners joggers hikers climbers golfers
    skiers campers leaseholders constituents gardeners""".split())
_SAW_IT = frozenset("witnesses onlookers bystanders spectators".split())
_ONE_OF_THE_PUBLIC = ("resident|local|neighbou?r|parent|mother|father|shopper|commuter|passenger|fan|villager|worker|"
                      "customer|tenant|pupil|student|patient|visitor|user|driver|voter|owner|trader|shopkeeper|retailer|"
                      "employee|staff member|protester|protestor|demonstrator|survivor|witness|mourner|evacuee|"
                      "motorist|cyclist|pedestrian|travell?er|holidaymaker|diner|islander|homeowner|householder|"
                      "swimmer|walker|rambler|surfer|festival-?goer|concert-?goer|racegoer|theatregoer|beachgoer|"
                      "spectator|onlooker|bystander|volunteer|runner|jogger|hiker|climber|golfer|skier|camper|"
                      "season-? ?ticket holder|supporter|leaseholder|constituent|gardener")


# A trade's other words for one of them: "Doctors warned ..." then "Dr Ann Lee, a GP in Leeds, said".
_ONE_OF_A_TRADE = {
    "doctors": "doctor|GP|physician|consultant|surgeon|paediatrician|pediatrician|psychiatrist|anaesthetist|"
               "specialist|[a-z]+ologist|obstetrician|geriatrician|clinician",
    "gps": "GP|doctor|partner",
    # ... and a law firm's partner, by the firm's name: "a partner at the law firm Slater and Gordon"
    "lawyers": "lawyer|solicitor|barrister|attorney|advocate|"
               r"partner at (?:the )?law firm(?: [A-Z][\w'\u2019-]*(?: (?:and|&) [A-Z][\w'\u2019-]*)?)?",
    "teachers": "teacher|headteacher|head teacher|headmaster|headmistress|head",  # "head of Moorside Primary"
    "headteachers": "headteacher|head teacher|headmaster|headmistress|head",
    "nurses": "nurse|midwife|ward sister",
    "farmers": "farmer|grower|dairy farmer",
    "fishermen": "fisherman|fisherwoman|fisher|skipper|trawlerman|deckhand",
    "landlords": "landlord|letting agent",
    # ... a team's players by their position: "Former players said ..." then "Former England prop Ben Sanderson said"
    "players": "player|captain|prop|hooker|lock|flanker|fly-half|scrum-half|winger|full-back|centre|striker|"
               "midfielder|defender|goalkeeper|keeper|forward|batter|batsman|bowler|all-rounder|pitcher|catcher|"
               "quarterback|linebacker|guard",
}


# ... each a word of its own, as a role before a name gives it: "Quarterback Bryce Young", "GP Ann Lee".
_TRADE_WORDS = {trade: {w.lower() for w in words.split("|") if re.fullmatch(r"[A-Za-z-]+", w)} | {_one_of(trade)}
                for trade, words in _ONE_OF_A_TRADE.items()}


# One of the public, unnamed: "one mother", "a local resident", "another shopper".
_ONE_OF_THE_PUBLIC_UNNAMED = compiled_later(rf"\b(?:one|another|an?) (?:[a-z-]+ )?(?:{_ONE_OF_THE_PUBLIC})\b"
                                            r"|\b(?:one|another)(?: of them)?, who\b")  # "One, who asked not to be"
# A workforce, and one of it unnamed, by whatever job they do there: "one nurse, who", "another senior porter, who".
_WORKFORCE = frozenset("staff workers employees".split())
_ONE_BY_THEIR_JOB = compiled_later(r"\b(?:one|another)(?: [a-z-]+){1,2},? who\b")
# One of a group, named right after the words that say so: "One of them, Jo Bell, said".
_ONE_OF_THEM_NAMED = compiled_later(r"\b[Oo]ne of them, (?:[A-Z][\w'\u2019-]+ ){1,2}[A-Z][\w'\u2019-]+,")


# What a vox pop's "who" clause says that makes someone one of the group: "who lives on the street", "who has
# fished out of the port for 30 years", "who runs a bakery", "who swims there daily", "who organises the group",
# "who buys a loaf every Saturday", "who flies to Derry every month" (not "who represents the ward").
_BELONGING = (r"(?:lives?|lived|works?|worked|runs?|ran|(?P<managed>manages?|managed)|owns?|owned|rents?|rented|"
              r"farms?|farmed|fish(?:es|ed)?|"
              r"teach(?:es)?|taught|drives?|driven|drove|uses?|used|shops?|shopped|buys?|bought|visits?|visited|"
              r"studies|studied|flies|flew|flown|"
              r"attends?|attended|trades?|traded|grows?|grew|grown|nurses?|nursed|travels?|travell?ed|commutes?|"
              r"commuted|swims?|swam|walks?|walked|surfs?|surfed|organi[sz](?:es?|ed)|volunteers?|volunteered|"
              # (or one who began their petition, or helped set up what they run: "Helen Marsh, who started the
              # petition", "Mary Dobson, who helped set it up", checked by `one_of_them`, which keeps this short)
              r"(?P<began>started|starts|launched|set up|helped)|"
              r"(?:was |were |is |had been )(?:travel+ing|commuting|flying|waiting|queu(?:e)?ing|stranded|stuck))")


# ... of them the verbs of a trade's work: "who runs", "who has farmed".
_WORKING = (r"(?:works?|worked|runs?|ran|owns?|owned|farms?|farmed|fish(?:es|ed)?|skippers?|skippered|"
            r"teach(?:es)?|taught|drives?|driven|"
            r"drove|trades?|traded|grows?|grew|grown|nurses?|nursed|milks?|milked|rears?|reared|breeds?|bred|"
            r"volunteers?|volunteered)")


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


# Those who travel, one of whom is known by being on board.
_ON_BOARD = frozenset("passengers travellers travelers holidaymakers commuters".split())
# Those whose home makes them one of the group.
_HOMED = frozenset("""residents locals neighbours neighbors villagers tenants homeowners islanders householders
    leaseholders""".split())
# ... and those who use a place, whose own body is named for it too (`voice_of_their_place`).
_OF_THE_PLACE = _HOMED | frozenset("swimmers walkers ramblers surfers anglers rowers paddlers boaters".split())
# How far into a sentence a name with a "who" clause about them is looked for: a run-on sentence is not read.
_NAMED_WHO_REACH = 160


# One of a group by their role before their name, after a place or a word of how long they have been one: "Whitianga
# resident Kerry Hall", "local resident Jean Foster", "Shopper Ann Lee". One pattern for every group, its role checked
# after: a pattern for each group cost a tenth of a run to compile.
# (the name set off too: "one resident, Andrew Musty")
# (a role in capitals too: "GP Ann Lee"; and a participle's phrase may stand between the name and "said":
# "Quarterback Bryce Young, speaking to reporters, said")
_ROLE = (r"(?:(?P<place>[A-Z][\w'\u2019-]+) |(?i:local|long-?time|fellow) )?(?:[a-z][\w-]+ )?"
         r"(?P<role>[A-Za-z][a-z-]+|[A-Z]{2,3}),? [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){1,2}\b")
_ROLE_THEN_NAME = compiled_later(_ROLE)
_ROLE_THEN_NAME_ENDS = compiled_later(rf"\b(?:{_ROLE}),?\Z")
_PARTICIPLES_PHRASE_ENDS = compiled_later(r", [a-z]+ing\b[^,.;:]{0,70},\Z")
_HOME_WORDS = frozenset("resident local neighbour neighbor villager tenant homeowner".split())
_PARENT_WORDS = frozenset("parent mother father mum mom dad".split())  # "one mother, Sarah Jones," of parents
# The public's roles, one word each: "resident", "owner", "commuter".
_PUBLIC_ROLES = frozenset(w for part in _ONE_OF_THE_PUBLIC.split("|") if " " not in part
                          for w in (part.replace("?", ""), re.sub(r".\?", "", part)))


def _named_by_role_first(group: str, text: str, start: int, end: int) -> bool:
    """Does one of the group speak between `start` and `end`, named by their
    role before their name, right after "said" or right before it ("said
    Whitianga resident Kerry Hall", "Local resident Jean Foster said"; of
    residents or locals by any role of the public after their place too, "said
    Whitianga business owner Kerry Hall"; not "Thames mayor Kerry Hall")?
    Looked for only where a verb of saying stands."""
    homed = group in _HOMED
    own = _HOME_WORDS if homed else _PARENT_WORDS if group == "parents" else _TRADE_WORDS.get(group) or {_one_of(group)}

    def theirs(m: re.Match[str] | None) -> bool:
        return m is not None and ((role := m["role"].lower()) in own or (
            homed and m["place"] is not None and role in _PUBLIC_ROLES and text.startswith("said ", m.start() - 5)))

    for verb in ("said ", "says "):
        at = text.find(verb, start, end)
        while at != -1:
            if theirs(_ROLE_THEN_NAME().match(text, at + len(verb), end)):
                return True
            at = text.find(verb, at + 1, end)
    for verb in (" said", " says", " told", " added"):
        at = text.find(verb, start, end)
        while at != -1:
            if theirs(_ROLE_THEN_NAME_ENDS().search(text, max(start, at - 90), at)) or (
                    text[at - 1:at] == "," and (phrase := _PARTICIPLES_PHRASE_ENDS().search(
                        text, max(start, at - 80), at)) is not None and
                    theirs(_ROLE_THEN_NAME_ENDS().search(text, max(start, phrase.start() - 90), phrase.start()))):
                return True
            at = text.find(verb, at + 1, end)
    return False


def one_of_them(group: str, text: str, start: int, end: int, aged: bool = True) -> re.Match[str] | None:
    """The first of a vox pop's group `_one_of_them` finds between `start` and `end`, but one "of" a firm or a body
    ("said Mike Thornton, of Davis Builders")."""
    for one in _one_of_them(group, aged).finditer(text, start, end):
        found = one.groupdict()
        if found.get("began") is not None and _BEGAN_THEIRS().match(text, one.end("began")) is None and not (
                text.startswith((" it,", " it.", " it "), one.end("began"))
                and _PETITION_BEFORE().search(text, max(0, one.start() - 200), one.start())):
            continue  # "who started the job", "who helped them" (not "who started it" after "A petition against the
            # closures has 3,000 signatures.")
        if found.get("managed") is not None and not _manages_the_place_before(text, one.end("managed"), one.start()):
            continue  # "who manages the food bank" after "Volunteers at a food bank"; not "who manages the letting
            # agency that raised them", the side they answer
        if found.get("of") is None or _FIRM_WORD().search(text, one.end("of"), one.end()) is None:
            return one
    return None


def _manages_the_place_before(text: str, after: int, before: int) -> bool:
    """Does the one who "manages" manage a place the story named before them ("the food bank" after "Volunteers at
    a food bank"; "a food bank" in a story of food banks, not "a hotel")?"""
    managed = _MANAGED().match(text, after)
    return managed is not None and text.lower().find(managed["noun"].lower(), max(0, before - 600), before) != -1


_MANAGED = compiled_later(r" (?:the|this|that|an?) (?:[\w'\u2019-]+ ){0,2}?(?P<noun>[\w'\u2019-]+)"
                          r"(?=[,.;:]| (?:that|which|who|in|at|on|for|where|and)\b)")


# What one who began a group's cause began, or helped to set up: " the petition", " a campaign", " set it up".
_BEGAN_THEIRS = compiled_later(r" (?:(?:the|a|an) (?:[\w-]+ )?(?:petition|campaign|protest)\b"
                               r"|(?:to )?(?:set (?:it|them|this|that) up|set up|start|run|found|organi[sz]e)\b)")


# What "it" a group's one started may stand for, told just before them: "A petition against the closures has ..."
_PETITION_BEFORE = compiled_later(r"\b(?:petition|campaign)\b")


# The last words of a firm's or a body's name: "Davis Builders", "Leeds City Council".
_FIRM_WORD = compiled_later(r"\b(?:" + "|".join(sorted({w.capitalize() for w in _BODIES} | set(
    "Ltd Limited Inc Corp Co Group Holdings Builders Homes Motors Foods Partners Associates Consulting Solutions "
    "Capital Services Estates Media Farms Industries".split()))) + r")\b")


@functools.cache
def _one_of_them(group: str, aged: bool = True) -> re.Pattern[str]:
    """One of a vox pop's group named, with what makes them one of it: an age
    (when `aged`), a "who" clause that says so (after their job too: "a
    software engineer who travels from Aundh"), or their role, ending its phrase
    ("a local, said", "a teacher at Park School", after up to three words that
    are no preposition: "a north London estate agent", "the team's goalkeeper"; not "a local councillor",
    nor "a spokesman for the dairy farmer"; with no article too, after up to two, as British copy writes it:
    "teacher at Park School", "local resident")."""
    ones = _ONE_OF_THE_PUBLIC if group in _VOX_POP else _ONE_OF_A_TRADE.get(group) or _one_of(group)
    # a trade's doer by their work ("who runs a heating business"), not by where they live or what they use
    belonging = _BELONGING if group in _VOX_POP or group in _PEOPLES or group not in _TRADES else _WORKING
    # A parent by their child: "Sarah Khan, whose son is in Year 9", "whose 12-year-old attends" (a verb after the
    # age); a resident by their home: "Jo Bright, whose home on Coleham Head was flooded", "whose kitchen was under
    # a metre of water".
    whose = r"whose (?:[\w-]+ ){0,2}?(?:son|daughter|child|children|sons|daughters|twins|kids|stepson|stepdaughter|" \
        r"baby|toddler|teenager)\b|whose \w+-year-olds? (?:is|was|are|were|has|had|have|went|\w+s|\w+ed)\b|" \
        if group == "parents" else r"whose (?:[\w-]+ ){0,2}?(?:home|house|flat|property|street|garden|bungalow|" \
        r"cottage|apartment|farmhouse|maisonette|caravan|houseboat|kitchen|living room|lounge|cellar|basement|" \
        r"driveway)\b|" \
        if group in _HOMED else ""
    # A traveller by where they were or were going, or by the journey they make: "Mikko Laine, a businessman who was
    # on board", "Anna Becker, who was trying to reach a funeral in Munich", "June Abbott, who has crossed twice a day
    # since 1998" (of "Passengers said").
    aboard = r"(?:an? (?:[\w-]+ ){1,3})?who (?:(?:was|were|had been) (?:on board|aboard|trying to (?:get|reach|fly)|" \
        r"due to (?:fly|travel|leave)|heading (?:to|home|for))|(?:has |had )?(?:crossed|crosses|ridden|rides|rode|" \
        r"caught|catches|taken|takes|took)(?= (?:the|this|that|it|every|each|twice|daily)\b))\b|" \
        if group in _ON_BOARD else ""
    # A witness by what they saw: "Tom Hale, who saw the crash from a bus stop", "a cyclist who watched it happen".
    aboard += r"(?:an? (?:[\w-]+ ){1,3})?who (?:saw|watched|witnessed|heard|filmed)\b|" if group in _SAW_IT else ""
    # One of the public by what brought them there: "a teacher from Milan visiting with her husband".
    doing = r"|(?:a|an) (?:(?!(?:for|of|to|by|at) )[\w-]+ ){1,5}?(?:visiting|shopping|commuting|travell?ing|" \
        r"holidaying)\b" if group in _VOX_POP else ""
    # ... or by where they come from, as a vox pop gives it: "said Mairi MacLeod, from Stornoway", "Mike Thornton,
    # of Tadcaster" (not "of Davis Builders", a firm's, nor "Daniel Moore, 31, of Kirkby", as court copy gives a
    # defendant; `one_of_them` rules out the firm, a short pattern for every group's)
    doing += r"|(?:from|(?<!\d, )(?P<of>of))(?: [A-Z][\w'\u2019-]+){1,3}(?=[,.;:]|\s+(?:who|whose)\b)" \
        if group in _VOX_POP else ""
    # A name: two or three words, or initials and a surname ("S. Kavitha", "K.K. Ramesh"), a particle before the
    # surname too ("Marieke de Vries", "Jan van der Berg").
    return re.compile(rf"\b(?:[A-Z][\w'\u2019-]+ |(?:[A-Z]\. ?){{1,5}})(?:[A-Z][\w'\u2019-]+ )?"
                      rf"(?:(?:{NAME_PARTICLES}) ){{0,2}}[A-Z][\w'\u2019-]+, "
                      + (r"(?:(?P<age>\d{1,3})\b|" if aged else r"(?:\d{1,3}, )?(?:") + whose + aboard
                      + r"(?:an? (?:[\w-]+ ){1,3})?who (?:has |have |had )?(?:long |also )?" + belonging
                      + r"\b|(?:(?:a|an|the) (?:(?!(?:for|of|at|in|from|with|to|by|the|a|an) )[\w'\u2019-]+ ){0,3}"
                      + r"|(?:(?!(?:for|of|at|in|from|with|to|by|who|whose) )[a-z][\w'\u2019-]* ){0,2})"
                      + r"(?:" + ones
                      + r")(?=[,.;:]|\s+(?:who|whose|in|at|of|from|on|for|and|near|with|since)\b)" + doing + ")")


# A body of experts a lead sums up ("an influential panel of experts", "a group of MPs"), and one named by a
# capitalised name that says it is one, opening a sentence ("The US Preventive Services Task Force said"), or by
# what a house style lowercases: a parliament's committee by its chamber ("The Commons health committee"), an
# all-party group by its subject ("The all-party parliamentary group on online safety").
_A_PANEL = compiled_later(r"\b(?:panel|committee|task force|board|commission|group)s? of\b")
_PANEL_NAMED = compiled_later(r"\s*(?:The )?(?:(?:[A-Z][\w.'\u2019-]*,? (?:(?:of|for|on) )?){1,6}"
                              r"(?:Task Force|Panel|Committee|Commission|Board|Council|Group)\b"
                              r"|(?:Commons|Lords|Senate|House|Assembly|Senedd|Holyrood)(?:'s)? (?:[\w-]+ ){1,4}"
                              r"(?:sub-?)?committee\b|(?i:all-party parliamentary group) (?:on|for) \w)")


def _named_bodies_before(subject: str, before: int, first_end: Callable[[re.Pattern[str]], int],
                         mentioned: Callable[[str, int], bool]) -> bool:
    """Is a bare plural of bodies ("Unions", "Both unions", "the two unions") those the story named before, two or
    more by name with the same noun ("the RMT and Aslef unions", "unions Unite and GMB"), or, after "both" or "the
    two", any two named together ("Unite and GMB members")? Not "Some unions", nor unions the story never named.
    `first_end`: where a pattern's first match in the text ends (-1 if none), and `mentioned`: whether the story
    used a word before, each read once per draft."""
    words = subject.lower().split()
    if not words or words[-1] not in _NAMED_TOGETHER or (len(words) > 1 and words[:-1] not in _THE_SAME_BODIES):
        return False
    noun = words[-1]
    if len(words) > 1 and 0 <= first_end(_TWO_NAMED()) <= before:
        return True  # "Unite and GMB members will strike." then "Both unions said": the two the story named
    if not mentioned(noun, before):
        return False  # most: the noun is new
    return 0 <= first_end(_named_together(noun)) <= before


# Two bodies named together, which "both" or "the two" may come back to: "Unite and GMB", "the RMT and Aslef".
_TWO_NAMED = compiled_later(r"\b[A-Z][\w&'\u2019.-]*(?: [A-Z][\w&'\u2019.-]*)* and (?:the )?[A-Z][\w&'\u2019.-]*")


# Bodies a story names two or more of with one noun, then comes back to by the noun alone.
_NAMED_TOGETHER = frozenset("""unions groups charities associations agencies firms companies banks councils airlines
    carmakers supermarkets""".split())
_THE_SAME_BODIES = (["both"], ["the", "two"], ["the", "three"], ["all", "three"])


@functools.cache
def _named_together(noun: str) -> re.Pattern[str]:
    name = r"[A-Z][\w&'\u2019.-]*(?: (?:(?:of|the|for|on|in) )*[A-Z][\w&'\u2019.-]*)*"  # "Save the Children"
    return re.compile(rf"{name}(?:, {name})* and (?:the )?{name} (?i:{noun})\b"
                      rf"|\b(?i:{noun}),? (?:including )?(?:the )?{name}(?:, {name})* and (?:the )?{name}")


def _one_of_them_in(group: str, text: str, lowered: str, sentence: Sentence) -> bool:
    """Does the sentence name one of a vox pop's group ("One of them, Jo Bell, said")? By an age only when they
    speak, in it or in a quotation later in its paragraph: a vox pop gives its name and age with its words ('"...,"
    said Maria Lopez, 62', "Maria Lopez, 62, saw it come in. "It was awful," she said."), a court story its
    defendant's without them ("Karl Deakin, 41, appeared in court")."""
    if _ONE_OF_THEM_NAMED().search(text, sentence.start, sentence.end) or \
            _named_by_role_first(group, text, sentence.start, sentence.end) or \
            (group in _VOX_POP and _speaks_as_one_by_their_job(text, sentence)) or \
            (group in _DOCTORS and _DOCTOR_NAMED().search(text, sentence.start, sentence.end) is not None
             and not _SAYING.isdisjoint(WORD.findall(lowered, sentence.start, sentence.end))):
        return True
    one = one_of_them(group, text, sentence.start, sentence.end)
    if one is None or one["age"] is None:
        return one is not None
    paragraph = text[sentence.start:min(sentence.region.end, sentence.end + 300)]
    return any(mark in paragraph for mark in '"\u201c\u201d') or \
        not _SAYING.isdisjoint(WORD.findall(lowered, sentence.start, sentence.end)) or \
        one_of_them(group, text, sentence.start, sentence.end, aged=False) is not None


# Doctors, one of whom their title names, speaking: "Local doctors said ..." then "Dr. Ron Cook, the health authority
# for Lubbock, said".
_DOCTORS = frozenset(("doctors", "gps"))
_DOCTOR_NAMED = compiled_later(r"\bDr\.? [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)+")


def _bare_plural(subject: str) -> str | None:
    """The noun of a bare plural subject, with no word before it that picks some of them or none but a modifier:
    "Operators", "Rail operators" (not "Some operators", "Many rail operators", "Analysts at Acme")."""
    words = subject.lower().split()
    if not 1 <= len(words) <= 2 or not words[-1].endswith("s") or not words[-1].isalpha() or \
            words[0] in _QUANTIFIERS or words[0] in _DETERMINERS or not subject[:1].isupper():
        return None
    return words[-1]


@functools.cache
def _definite(subject: str) -> re.Pattern[str]:
    """The story's earlier mention of a bare plural as a definite group, its modifier with it: "the operators", "the
    rail operators", "the three regional operators" for "Operators"; "the rail operators" for "Rail operators"."""
    words = subject.lower().split()
    before = rf"(?:[a-z-]+ )?{re.escape(words[0])} " if len(words) == 2 else r"(?:[a-z-]+ ){0,2}"
    return re.compile(rf"\b[Tt]he {before}{re.escape(words[-1])}\b")  # in lowercase: no name's ("the Watchers Club")


def _speaks_as_one_by_their_job(text: str, sentence: Sentence) -> bool:
    """Does one of a vox pop's public speak in the sentence, in the tag of a quotation, named by their job as a
    vox pop names them ('"I left home at 8.30 and I was at my desk before nine," said Kavya Reddy, a software
    engineer.')? Not one whose job makes them someone else, who speaks for an office or knows the matter: "a
    councillor", "a spokeswoman for the operator", "a transport analyst"."""
    if text.find(" said ", sentence.start, sentence.end) == -1:
        return False  # most sentences: no tag
    m = _SAID_NAME_JOB().search(text, sentence.start, sentence.end)
    if m is None or m["job"] in _NOT_THE_PUBLIC or (
            m["job"].endswith(("ist", "ian", "or")) and m["job"] not in _PUBLIC_TRADES):
        return False
    return text[sentence.start:m.start()].rstrip(" ,").endswith(_BLANK)  # the tag of a quotation (blanked)


# A tag that names the speaker by their job, closing the sentence: "said Kavya Reddy, a software engineer."
_SAID_NAME_JOB = compiled_later(rf"\bsaid (?:[A-Z][\w'\u2019-]+ ){{1,2}}(?:(?:{NAME_PARTICLES}) ){{0,2}}"
                                r"[A-Z][\w'\u2019-]+, an? (?:(?!(?:for|of|at|in|from|with|to|by|on|and)\b)[\w-]+ )"
                                r"{0,3}?(?P<job>[a-z]+)\.\s*\Z")  # (no job's place: "a spokesman at the hospital")
# Jobs that make someone other than one of the public, speaking for an office or knowing the matter.
_NOT_THE_PUBLIC = frozenset("""councillor councilman councilwoman mayor spokesman spokeswoman spokesperson official
    officer director manager chief executive leader minister mp senator representative professor lecturer
    researcher expert consultant adviser advisor lawyer solicitor barrister campaigner activist developer planner
    inspector surveyor founder chairman chairwoman chair president secretary""".split())
# ... and jobs in -ist, -ian or -or that are the public's own trades.
_PUBLIC_TRADES = frozenset("""florist dentist pharmacist physiotherapist hairstylist machinist cyclist motorist
    electrician technician musician librarian beautician optician doctor tutor actor sailor janitor tailor
    conductor""".split())


# The rest of a group's claim, then some of them in a clause of its own: "..., but most said", "; many added".
_BUT_SOME = compiled_later(r"[^.;:!?\u201c\u201d\"]{0,160}?[,;]? (?:but|and|though|although|while|yet) \Z")


def _opening_group(lowered: str, sentence: Sentence, any_group: bool = False) -> str | None:
    """The public or the trade a sentence opens with, as its subject's head
    within three words ("Passengers described ...", "Many local residents
    have ...", "The nurses on the ward ..."), which a bare "Some" or "Others"
    in the next sentence counts; with `any_group`, also a group whose one has
    a word ("Economists had expected ...")."""
    start = _past_a_place(lowered, sentence)
    for word in lowered[start:start + 60].split()[:3]:
        word = word.strip(",;:")
        if word in _VOX_POP or word in _TRADES or word in _DISCIPLINES or (any_group and word in _MEMBERS):
            return word  # ("Other astronomers were sceptical. ... some said": some of the astronomers; "Economists
            # had expected no change. Most now expect a rise in January.": most of the economists)
    return None


def _discipline_body_named(group: str, text: str, after: int) -> bool:
    """Does the story name, after `after`, a body by its discipline's adjective, capitalised as a name's word
    ("Archaeological Services" for "archaeologists", "the British Geological Survey" for "geologists")?"""
    adjective = group.strip()[:-4].capitalize() + "ical"  # "archaeologists" -> "Archaeological"
    at = text.find(adjective, after)
    return at != -1 and _NAME_WORD_AFTER.match(text, at + len(adjective)) is not None


_NAME_WORD_AFTER = re.compile(r" [A-Z]")  # "Archaeological Services", not "archaeological evidence"


def _some_before(lowered: str, sentences: list[Sentence], index: int) -> str | None:
    """The group "Some" opened one of the three sentences before with, in the
    paragraph or the one before it, when one of it has a word for its members
    ("Some economists argue ..." for a later "Others say")."""
    region = sentences[index].region
    regions = {region}
    for sentence in reversed(sentences[max(0, index - 3):index]):
        if sentence.region not in regions:
            if len(regions) == 2:
                break
            regions.add(sentence.region)
        found = _SOME_GROUP().match(lowered, _past_a_place(lowered, sentence))
        if found is not None and _members_of(found[1]):
            return found[1]
    return None


_SOME_GROUP = compiled_later(r"some (?:[a-z.-]+ ){0,2}?([a-z]+s)\b")


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
# ... or by its researchers and where they work ("according to a new study. Researchers from the University of
# Queensland found ...").
_RESEARCHERS_AT = r"|\b(?:researchers|scientists) (?:at|from) "
_COMES_BACK["study"] = re.compile(r"\bthe (?:study|trial|paper|findings|researchers|authors)\b" + _RESEARCHERS_AT)
# ... and research as the study that reports it ("according to new research. The study, published in ...").
_COMES_BACK["research"] = re.compile(r"\bthe (?:study|trial|paper|research|findings)\b" + _RESEARCHERS_AT)
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
    tie = next((i for i, w in enumerate(words) if i and (w in _STUDIED or w in ("that", "which"))), 0)  # (or its
    # relative clause: "a new study that highlights the importance of therapy")
    if tie and words[tie - 1] in _COMES_BACK:
        return words[tie - 1]
    return words[-1]


# A body named as the one that ran a survey or a study, in the sentences after "according to a survey": "the 1,200
# pharmacists who responded to the National Pharmacy Association", "The Resolution Foundation polled 2,000 adults",
# "Mind, which commissioned the survey," (not "The minister responded to the Royal College's criticism").
_RAN_BY_A_BODY = compiled_later(
    r"\b(?:(?:who|which|that) responded to|(?:polled|surveyed|questioned|interviewed|commissioned|conducted|"
    r"carried out|compiled) (?:for|by)) (?:the )?[A-Z]"
    r"|\b[A-Z][\w'\u2019&.-]*(?: (?:of |for |and |& )?[A-Z][\w'\u2019&.-]*)* (?:surveyed|polled|questioned|"
    r"interviewed) (?:more than |nearly |almost |about |some |over )?[\d,]+"
    r"|\b[A-Z][\w'\u2019&.-]*(?: (?:of |for |and |& )?[A-Z][\w'\u2019&.-]*)*, which (?:carried out|conducted|"
    r"commissioned|wrote|published|ran|compiled) the (?:survey|report|poll|study|research)\b"
    # ... or a poll named with what it is: "according to AP VoteCast, a survey of more than 3,000 voters"
    r"|\baccording to (?:the )?[A-Z][\w'\u2019&.-]*(?: [A-Z][\w'\u2019&.-]*)*, (?:an?|the) (?:[\w-]+ ){0,2}?"
    r"(?:survey|poll)\b")


# Figures nobody is said to own, as the lexicon's impersonal phrases name them ("New figures show", "according to
# new figures"), and the next sentence naming whose they are: "NHS England data shows", "The numbers come from the
# ONS", "According to the Office for National Statistics" (not "The data", "Those figures").
FIGURES = frozenset("data figures statistics stats numbers".split())
_FIGURES_OWNED = compiled_later(
    r"\b(?!(?:The|These|Those|This|That|Its|Their|New|Latest|Recent|Official|Such)\b)[A-Z][\w&'\u2019.-]*"
    r"(?: [A-Z][\w&'\u2019.-]*)* (?:data|figures|statistics|numbers)\b"
    r"|\b(?:data|figures|statistics|numbers) (?:(?:come|comes|came) )?(?:from|by|published by|released by|"
    r"compiled by) (?:the )?[A-Z]"
    r"|\b[Aa]ccording to (?:the )?[A-Z]")


# What ties a work to whom or what it studied: "a study of 1,400 students", "a trial involving 50,000 people".
_STUDIED = frozenset("of involving among covering tracking following across".split())


# A study's team, by what they are: "an international team of scientists", "a team of researchers".
_A_TEAM = compiled_later(r"(?:an?|the) (?:[\w-]+ ){0,2}team of (?:[\w-]+ )?(?:scientists|researchers|astronomers|"
                         r"economists|engineers|doctors|physicists|biologists|archaeologists|geologists|experts)")
_WORK_BY = compiled_later(r"\b(study|research|report|survey|paper|analysis) (?:led |carried out |conducted )?by \Z")


@functools.cache
def _named_again(noun: str) -> re.Pattern[str]:
    # "The Air Accidents Investigation Branch (AAIB) report", "A report by the Independent Office for Police Conduct"
    return re.compile(rf"\b(?:{_NAMED_DOCUMENT}{noun}\b|[Aa]n? {noun} (?:by|from) (?:the )?[A-Z])")


# The authors of a study or report, by its name or by their part in it: "the study's lead author", "the report's
# authors", "the lead researcher".
DOCUMENT_ROLE = re.compile(r"the (?:(?:(?:new|latest|recent) )?(?:study|report|survey|research|paper|review|trial)"
                           r"['\u2019]s (?:[\w-]+ ){0,2}(?:co-)?(?:authors?|researchers?|scientists?|investigators?)"
                           r"|(?:lead|senior|principal|corresponding) (?:co-)?(?:authors?|researchers?))")
# Where a draft says whose a study is, or where it appeared: "published in", "in the journal", "led by", "by
# researchers at". A draft with none of these (nor a named poll or study) never names its study.
# Where a paper appeared, by its journal's word: "in the journal Nature", "in the New England Journal of Medicine".
IN_A_JOURNAL = r"\bin the (?:[\w&-]+ ){0,3}journal\b"
_NAMES_A_STUDY = compiled_later(
    r"\b(?:published|presented|appeared|appears|appear) (?:online )?(?:in|at)\b(?! (?:an?|some|one) )"
    rf"|{IN_A_JOURNAL}|\bin the proceedings\b"
    # ... or by who led it, as the story comes back to it: "Prof Ann Kay, who led the study, said"
    r"|\bwho (?:led|co-led|ran|conducted|carried out|wrote|co-wrote) (?:the|this) (?:study|research|survey|report|"
    r"review|trial|analysis|paper)\b"
    r"|\b(?:led|run|conducted|carried out|funded|commissioned|produced|written|authored) by\b"
    r"|\b(?:by|from) (?:researchers|scientists|academics|economists|experts|a team|the team) (?:at|from|of)\b"
    r"|\b(?:by|from|at) the (?:university|institute|college|school|centre|center|foundation)\b")
# Whose a work is, by its author's name, perhaps after what the author is: "by the software security firm Tidelift".
BY_ITS_AUTHOR = (r"(?:by|from) (?:the )?"
                 r"(?:(?:[a-z-]+ ){0,3}(?:firm|company|group|consultancy|pollster|agency|institute|charity|body|"
                 r"think tank) )?[A-Z]")
# A study or a report named by whose body made it, or who wrote it: "The report, by India's Aircraft Accident
# Investigation Bureau,", "The survey, by the software security firm Tidelift,", "The study's lead author, Dr Jane
# Roe,", "said Jane Roe, the study's lead author".
_BY_A_NAME = compiled_later(
    rf"\b(?:[Tt]he|[Aa]n?) (?:study|report|survey|research|paper|review|trial),? {BY_ITS_AUTHOR}"
    rf"|\b{_NAMED_DOCUMENT}(?:study|report|survey|poll)\b"
    r"|\b(?:lead |senior )?(?:co-)?authors?(?: of the (?:study|report|paper))?,? (?:Dr\.? |Prof\.? )?[A-Z][a-z]"
    r"|[A-Z][\w'\u2019-]+, (?:the|a|an|one) (?:[\w'\u2019-]+ ){0,2}(?:lead |senior )?(?:co-)?author\b"
    # ... or, after their post, as its author: "said Margie Lachman, professor of psychology at Brandeis University and
    # co-author of the new study"
    r"|\b[A-Z][\w'\u2019-]+, [^.;]{0,80}?\b(?:and |the )?(?:lead |senior |first )?(?:co-)?author of the "
    r"(?:new |latest |recent )?(?:study|report|paper)\b"
    # ... or its researchers by where they work: "Scientists at Stanford University found"
    r"|\b(?:[Rr]esearchers|[Ss]cientists) (?:at|from) (?:the )?[A-Z]")

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
# Unnamed sources the story has introduced, named again: "two of the people", "one of the sources".
_BACK_TO_SOURCES = re.compile(r"(?:(?:one|two|three|four|five|both|all|each|several|some|most|another|neither|either)"
                              r"(?: of)? )?(?:the|those|these) (?:people|persons|sources|officials|insiders|diplomats|"
                              r"aides|executives)")
# One of a group of unnamed sources the story explained: "one senior official", "another official", "a second
# source".
# One of a group, by its count alone: "one said", "another added", "a second told".
_ONE_OF_THEM = frozenset({"one", "another", "the other", "a second", "a third", "one of", "another of", "one of them",
                          "another of them"})  # "one of them said": "them", a pronoun, is left off the subject
# Jobs a workforce is counted by ("Four former employees ... spoke on condition of anonymity because ...") before one
# of it speaks by their job: "said one former carer".
_JOBS = frozenset("""carer cleaner porter guard engineer technician agent analyst trader lawyer pilot paramedic
    firefighter soldier chef courier contractor volunteer supervisor clerk caseworker cashier""".split())
_WORKFORCE_COUNTED = ("employee", "worker")


def _counted_in(noun: str, lowered: str, sentence: Sentence, distance: int) -> bool:
    """Does a sentence `distance` sentences back count those one of whom speaks
    by `noun` ("three officials" for "one official"), or, for a job, the
    workforce it is one of ("Four former employees" for "one former carer")?"""
    return _plural_in(noun, lowered, sentence, distance <= _NEAR_REASON) or (
        noun in _JOBS and any(_plural_in(staff, lowered, sentence) for staff in _WORKFORCE_COUNTED))
# (and one word of their trade before the noun: "one former credit analyst", "one night nurse")
_ONE_OF_THE_EXPLAINED = compiled_later(
    r"(?:one|another|an?(?= second| third| fourth))(?: (?:second|third|fourth|senior|junior|former|government|"
    r"administration|western|u\.s\.|european|current))*(?: [a-z-]+)? (?P<noun>official|source|person|aide|diplomat|"
    r"executive|insider|minister|worker|employee|member|resident|nurse|doctor|teacher|officer|manager|driver|parent|"
    rf"student|patient|tenant|{'|'.join(sorted(_JOBS))})")
# How a reason's sentence goes back to the people the sentence before counted: "Most asked not to be named".
_BACK_TO_THEM = ("most ", "all ", "they ", "several ", "some ", "both ", "many ", "each ", "none ")


# A named source's relative clause that passes a group's claim on: "the National Weather Service, which said
# preliminary reports indicated".
_SAID_BY_WHICH = compiled_later(r",? (?:which|who) (?:said|says|reported|reports) ")
# Figures a body the story names for them, cited by unnamed sources: "market sources said, citing American
# Petroleum Institute figures", "traders said, citing data from Kpler".
# A record of what a group said, as the claim's source in its sentence: "Those who voted to hold said ..., according to
# minutes of the meeting", "..., according to court documents", "according to a transcript of the call" (not
# "according to reports", nobody's).
_ON_THE_RECORD = compiled_later(r"\baccording to (?:the |a )?(?:minutes|transcripts?|court (?:documents|papers|"
                                r"filings|records)|(?:a )?recording)\b")
# ... or as the subject that shows what the group said or expected: "Minutes of the Fed's last meeting, released on
# Wednesday, showed that most policymakers expected", "Court filings show that investigators believed".
_RECORD_SHOWED = compiled_later(r"\b(?:minutes|transcripts?|court (?:documents|papers|filings|records)|recordings?)\b"
                                r"[^.;]{0,80}? (?:showed|shows?|revealed|reveals?|indicated|indicates?) that \Z")
# ... or closing the sentence, after the group's claim: "Some board members had argued for waiting, minutes of the
# meeting showed" (every side the record holds, as "..., the poll found").
_RECORD_CLOSES = compiled_later(r", (?:the |a )?(?:minutes|transcripts?|court (?:documents|papers|filings|records)|"
                                r"recordings?|records)\b[^,.;:]{0,60}? (?:showed|shows?|revealed|reveals?|indicated|"
                                r"indicates?)[\s.\"'\u201d\u2019]*\Z")
# The sides of a dispute that a court or a challenge settles, and the one the story names as having brought it: "the
# Taxpayers Alliance, which brought the suit,", "Ms Roe, who filed the complaint,", "Maine, which sued" (a name
# right before "which", "who" or "that").
_LITIGATING_SIDES = frozenset("opponents challengers critics".split())
_BRINGING = ("brought", "filed", "launched", "lodged", "mounted")  # ... a case, named after the verb
_SUING = ("sued", "challenged")  # ... the verb alone
_CASE_VERBS = _BRINGING + _SUING
_BROUGHT_THE_CASE = compiled_later(
    rf"[A-Z][\w&'\u2019.-]*,? (?:which|who|that) (?:had |has |have )?(?:(?:{'|'.join(_BRINGING)}) "
    r"(?:the|a|an) (?:[a-z]+ )?(?:suit|lawsuit|challenge|case|appeal|petition|complaint|action|claim)s?\b|"
    rf"(?:{'|'.join(_SUING)})\b)")
# A group's clause that says it opposed the matter: "Residents who campaigned against the plans".
_OBJECTING = compiled_later(r" who (?:have |had )?(?:campaigned|protested|objected|fought) (?:against|to stop)\b")
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


# The posts of those who govern, whom the opposition opposes: "the council's leader", "the cabinet member for".
_GOVERNING = compiled_later(r"\b(?:council['\u2019]s leader|council leader|leader of the council|cabinet member|"
                            r"portfolio holder|minister|secretary of state)\b")


def _field_of(group: str) -> str:
    """The field a group is named for, capitalised: "Retail" of "retail analysts", "NHS" of "NHS leaders"."""
    words = group.split()
    if len(words) < 2 or not words[-2].isalpha():
        return ""
    return words[-2] if words[-2].isupper() else words[-2].capitalize()


# Those who speak for a cause, named after it: "Advocates for homeless people", "campaigners for the homeless".
_FOR_A_CAUSE = re.compile(r"(?:\w+ )?(?P<group>campaigners|activists|advocates) for (?:the )?(?P<cause>[a-z]{4,})\b")


def _one_by_the_groups_name(group: str) -> str:
    """One of a group by its whole name: "housing economist" of "housing
    economists"; empty for a bare or a counted group ("economists", "some
    economists")."""
    words = group.lower().split()
    if len(words) < 2 or not words[-1].endswith("s") or not words[-2].isalpha() or words[-2] in _QUANTIFIERS:
        return ""
    return f"{words[-2]} {words[-1][:-1]}"


def _one_of_the_discipline_speaks(group: str, text: str, lowered: str, sentence: Sentence) -> bool:
    """Does the sentence give a claim to one of a bare discipline by its word,
    as a science lead sums up ("..., astronomers say." then, a few sentences
    on, "said Zeljko Ivezic, the observatory's director and an astronomer at
    the University of Washington"; not "Dr Helen Marsh" for "historians")?"""
    if not _is_discipline(group):
        return False
    one = group[:-1]
    return lowered.find(one, sentence.start, sentence.end) != -1 and \
        not _SAYING.isdisjoint(WORD.findall(lowered, sentence.start, sentence.end)) and \
        _member_pattern((one,)).search(text, sentence.start, sentence.end) is not None


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
    if "council" in lowered and "council" in members and (local := _LOCAL_COUNCIL().search(lowered)):
        lowered = lowered[:local.start()] + " " * len(local.group()) + lowered[local.end():]  # a parish or a town
        # council is no body of a trade's or a cause's: "Some growers say ..." then "Brian Logan, who chairs the
        # parish council, said"
    named = any(member in lowered for member in members)
    if members is _OFFICIALS and not named:
        return False  # officials only by the word: a common group, looked at no further (no surname of one)
    # a scholar is an analyst of their field: "..., analysts said." then "said Jo Roe, a political scientist at the
    # University of Lisbon" (not "a student at")
    learned = not _TITLED.isdisjoint(members) or (
        members is _FORECASTERS and any(word in lowered for word in _SCHOLARS))
    titled = learned and ("Prof" in said or "Dr" in said or "rofessor" in said or "ecturer" in said)
    placed = learned and any(word in said for word in _SEATS_OF_LEARNING)
    firm = members is _FORECASTERS and _name_of_a_firm(said)
    traded = firm or (members is _FORECASTERS and any(word in said for word in _TRADE_FIRMS))
    # ... or a firm's own research note: "Goldman Sachs said in a note that prices could fall back"
    noted = members is _FORECASTERS and " note" in lowered and _FIRMS_NOTE().search(said) is not None
    # ... or a firm named for the group's field: "Retail analysts said ..." then "said Natalie Berg, founder of
    # NBK Retail" (not "of the British Retail Consortium", a trade's body, nor "who shops at Big Retail")
    fielded = members is _FORECASTERS and len(field) > 2 and field in said and re.search(
        rf", (?!who\b)(?:[\w-]+ ){{0,3}}(?:of|at) (?:[A-Z][\w&.'\u2019-]* ){{1,2}}{field}\b(?! [A-Z])",
        said) is not None
    voiced = members is _ORGANISATIONS and "spokes" in lowered  # "a spokeswoman for UNRWA": one of the groups
    # a bank's or a firm's head of economics, of research or of a market's analysis is an analyst: "Commonwealth Bank
    # head of Australian economics Gareth Aird said", "director of research at Knight Frank", "head of petroleum
    # analysis at GasBuddy" (not "the economics editor", "who teaches economics")
    headed = members is _FORECASTERS and any(word in lowered for word in _FORECASTING_WORK) and \
        _HEAD_OF_FORECASTING().search(lowered) is not None
    if (members is _ORGANISATIONS or members is _CAMPAIGNERS) and (
            _ONE_BODY_SPEAKS().match(said) or ("according to" in said and _ACCORDING_TO_A_BODY().search(said)) or (
                len(field) > 3 and field.lower() not in _QUANTIFIERS
                and (said.startswith(field[:4]) or f" {field[:4]}" in said)
                and _HEAD_OF_A_BODY().search(said) and not _SAYING.isdisjoint(WORD.findall(lowered)))):
        return True  # "The International Rescue Committee said": one of the aid agencies, by its name; or by its
        # head, when its name shares the group's field: "Cycling advocates said ..." then "Cycle Toronto executive
        # director Michael Longfield said" (not "Consumer groups" then "director of product safety at Acme Toys")
    if fielded and not _SAYING.isdisjoint(WORD.findall(lowered)):
        return True
    if (members is _ORGANISATIONS or members is _CAMPAIGNERS) and \
            (" of " in said or " at " in said or "'s " in said or "\u2019s " in said) and \
            (voice := _VOICE_OF_A_NEW_BODY().search(said)) is not None and \
            not _OFFICE_OF_STATE_ENDS().search(body := next(filter(None, voice.groups())).rstrip(".")) and \
            text.find(body, max(0, following.start - _INTRODUCED_REACH), following.start) == -1:
        return True  # "Environmental groups said ..." then '"...," said Lena Weber of Zero Waste Europe', "Pedal
        # Cymru's Sarah Jones said": one of the groups, brought in by its name as its voice speaks (not a body the
        # story named before, which may be the side they answer: the firm, the council; looked for as far back as
        # an introduction is)
    if "represents" in lowered and (members is _ORGANISATIONS or (members is _EXECUTIVES and len(field) > 3)) and \
            (body := _REPRESENTATIVE_BODY().search(said)) is not None and \
            (members is _ORGANISATIONS or field.lower() in body["whom"].split() or body["whom"] == "them") and \
            not _SAYING.isdisjoint(WORD.findall(lowered)):
        return True  # "Industry groups welcomed the delay." then '"...," said Cecilia Bonefeld-Dahl, director general
        # of DigitalEurope, which represents technology companies': one of the groups, by what it is; "Hospital
        # bosses have warned ..." then "NHS Providers, which represents hospital trusts, said": their body
    if members is _EXECUTIVES and (business := _BUSINESS_BODY_SPEAKS().match(said)) is not None and \
            _BUSINESS_WORD().search(business["body"]) and \
            (field in ("", "Business", "Industry", "Company", "Corporate") or field in business["body"]):
        return True  # "Industry leaders warned ..." then "The Confederation of British Industry said": the body
        # named for business that speaks for them ("Rail industry leaders" by the Railway Industry Association; not
        # "Bank bosses" by the Federation of Small Businesses)
    if members is _TRADERS and "chamber of" in lowered and _LOCAL_CHAMBER().search(said) and \
            not _SAYING.isdisjoint(WORD.findall(lowered)):
        return True  # "Business owners in Menai Bridge said ..." then "The town's chamber of trade said": the body
        # that speaks for the place's traders
    if (members is _TRADERS or members is _DEALERS) and _TRADERS_BODY_HEAD().search(said) and \
            not _SAYING.isdisjoint(WORD.findall(lowered)):
        return True  # "Traders fear ..." then "Janet Smith, chair of the Scarborough Business Ambassadors, said":
        # the head of a body named for the place's business
    if members is _ORGANISATIONS and ("secretary" in lowered or "national" in lowered or "regional" in lowered) and \
            _UNION_HEAD().search(said) and \
            not _SAYING.isdisjoint(WORD.findall(lowered)):
        return True  # "Rail unions also criticised it." then "Mick Lynch, general secretary of the RMT, said": a
        # union's head or officer, whose post no other body's holds ("Alun Davies, national officer of the Community
        # union, said")
    if (members is _CRITICS or members is _CAMPAIGNERS or members is _OBJECTORS) and _may_name_a_body(said) and \
            _ONE_BODY_OBJECTS().match(said):
        return True  # "Critics say ..." then "The TaxPayers' Alliance called the idea \u201ca fantasy\u201d"; "Health
        # advocates said ..." then "The California Immigrant Policy Center called it \u201ca betrayal\u201d";
        # "Objectors say ..." then "Welton Parish Council has objected to the scheme"
    if members is _CRITICS and "campaigner" in said and _A_CAMPAIGNER().search(said) and \
            not _SAYING.isdisjoint(WORD.findall(lowered)):
        return True  # "Critics have long argued ..." then "Feargal Sharkey, the campaigner, said" (not "a campaigner
        # for the plan", whose cause is told)
    if (members is _CRITICS or members is _CAMPAIGNERS or members is _OBJECTORS) and \
            any(word in said for word in _CAMPAIGN_WORDS) and _HEAD_OF_A_CAMPAIGN().search(said) and \
            not _SAYING.isdisjoint(WORD.findall(lowered)):
        return True  # "Campaigners said ..." then "Sally Pavey, chair of Communities Against Gatwick Noise, said";
        # "Critics said ..." then "Jo Roe, chair of Stop Stansted Expansion, said": a body whose name is its cause
    if members is _CRITICS and ("pokes" in said or "hadow" in said or "ritic" in said or "pposition" in said) \
            and _OPPOSITION_VOICE().search(said) and not _SAYING.isdisjoint(WORD.findall(lowered)):
        return True  # "..., critics said." then "The Liberal Democrats' environment spokesperson, Tim Farron, said":
        # the opposition's voice on the matter (a shadow minister, a party's critic for it)
    if members is _SCIENTISTS and _LEARNED_BODY_SPEAKS().match(said):
        return True  # "Scientists advising on stocks had recommended a bigger cut." then "The International Council
        # for the Exploration of the Sea said": the learned body they are of
    if (members is _CAMPAIGNERS or (members is _ORGANISATIONS and field.lower() in _CAUSES)) and " " in said[:40] \
            and _CAMPAIGN_NAMED().match(said):
        return True  # "Environmental campaigners criticised it." then "Friends of the Earth said"; "Environmental
        # groups" too, bodies named for their cause (not "Universities and colleges" then "Campaigners for Students")
    if (members is _ORGANISATIONS or members is _CAMPAIGNERS) and (
            said.startswith("The ") or " statement" in lowered or " release" in lowered) and \
            (body := _BODY_BY_ITS_NAME_SPEAKS().match(said)) is not None and \
            (body["the"] or body["statement"]) and \
            not _NOT_A_BODYS_NAME().search(name := body["the"] or body["bare"]) and \
            not _OFFICE_OF_STATE_ENDS().search(name) and \
            text.find(name, max(0, following.start - _INTRODUCED_REACH), following.start) == -1:
        return True  # "Environmental groups condemned it." then "Greenpeace Aotearoa said in a statement", "Passenger
        # groups said ..." then "The Rail Yatri Sangh said": a body new to the story, by a name with no body's word
        # in it (not one named before, which may be the side they answer; not a state's seat, "The Kremlin said")
    if field == "Opposition" and _GOVERNING().search(lowered):
        return False  # "Opposition councillors slammed it." then "The council's leader, Cllr Mark Denton, said": the
        # side they oppose
    if not named and said[:1].isupper() and not _SURNAME_VERBS.isdisjoint(said.split(None, 3)[1:3]) and \
            (again := _SURNAME_SPEAKS().match(said)) is not None and \
            _introduced_as_one(members, text, again["name"], following.start):
        return True  # "Lawrence Yun, the association's chief economist, said ..." then "Economists expect sales to
        # pick up. Yun forecast a 10% increase.": one of them, by the surname of one the story introduced so
    if noted:
        return True
    if members is _POLLSTERS and not _SAYING.isdisjoint(WORD.findall(lowered)) and \
            _pollster_speaks(text, said, following.start):
        return True  # "Pollsters caution ..." then "said Patrick English, director of political analytics at YouGov"
    if (initial := _PARTY_INITIALS.get(members)) is not None and (
            label := _PARTY_AND_STATE().search(said)) is not None and label["party"] == initial and \
            not _SAYING.isdisjoint(WORD.findall(lowered)):
        return True  # "Some Republicans said ..." then "Sen. Mike Lee, R-Utah, said"
    if not (named or titled or placed or traded or voiced or headed) or (
            _SAYING.isdisjoint(words := WORD.findall(lowered))
            and not (traded and not _FORECASTING.isdisjoint(words))):
        return False  # most: no member and no title in the next sentence, looked for before any pattern
    if (titled and _ACADEMIC_TITLE().search(said)) or (placed and _SCHOLAR().search(said)) or \
            (traded and (firm or _TRADE_FIRM().search(said))) or headed or (
                voiced and (spoke := _VOICE_OF_A_BODY().search(said)) is not None
                and not _OFFICE_OF_STATE_ENDS().search(spoke["body"].rstrip("."))):
        return True
    return named and _member_pattern(members).search(said) is not None


# A surname opening a sentence, speaking: "Yun forecast a 10% increase", "Ms Gregory said" (its verb looked for
# among the first words before the pattern).
_SURNAME_VERBS = frozenset("""said says forecast forecasts expects expected predicted predicts estimated estimates
    warned warns added noted notes wrote writes argued argues told""".split())
_SURNAME_SPEAKS = compiled_later(r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? )?(?P<name>[A-Z][\w'\u2019-]+) (?:also )?"
                                 rf"(?:{'|'.join(sorted(_SURNAME_VERBS))})\b")


def _introduced_as_one(members: tuple[str, ...], text: str, surname: str, before: int) -> bool:
    """Did the story introduce the one of this surname, before `before`, as one of the group: "Lawrence Yun, the
    association's chief economist," or "chief economist Lawrence Yun"? Looked for in the story's last few thousand
    characters only: a file may hold many stories, and a search from its start each time would grow with it."""
    start = max(0, before - _INTRODUCED_REACH)
    at = text.find(f" {surname}", start, before)
    while at != -1:
        full = text.rfind(" ", start, at)
        after = at + 1 + len(surname)
        if text[full + 1:full + 2].isupper() and not text[after:after + 1].isalnum() and (
                _member_pattern(members).match(text, after) is not None or
                _role_before(members).search(text, max(0, full - 40), full + 1) is not None):
            return True
        at = text.find(f" {surname}", at + 1, before)
    return False


_INTRODUCED_REACH = 8000  # characters back, about 1,300 words


@functools.cache
def _role_before(members: tuple[str, ...]) -> re.Pattern[str]:
    """One of a group's words right before a name: "chief economist " of "chief economist Lawrence Yun"."""
    return re.compile(rf"\b(?i:{'|'.join(re.escape(member) for member in members)}) \Z")


# Those who stand apart from a story's work: "Independent experts", "outside scientists". One of them is of no body
# the story named before them, as one of the team that did the work is ("researchers from NHS Blood and Transplant"
# ... "Independent experts urged caution." then "Dr Farrukh Shah, of NHS Blood and Transplant, said").
_APART = frozenset({"independent", "outside", "external"})
_AFFILIATION = compiled_later(r"\b(?:at|of|from|for) (?:the )?([A-Z][\w&'\u2019.-]*(?: (?:(?:of|and|for|&|the) )*"
                              r"[A-Z][\w&'\u2019.-]*)*)")


def _closing_tag_of_lead(a: Attribution, text: str, sentence: Sentence, lead: Region | None) -> bool:
    """Is the group, in the perfect, the tag that closes a story's first sentence ("Sub-postmasters are still
    waiting too long for compensation, campaigners have said.")? A lead so written sums up whom the next paragraphs
    name, and one of them may be named up to five sentences on ("But Alan Bates, who led the campaign, said")."""
    return sentence.region == lead and lead is not None and text.endswith(", ", 0, a.subject_start) and \
        text[a.subject_start + len(a.subject):a.start].split() in (["have"], ["has"]) and \
        sentence.start - lead.start <= _LEAD_INDENT and not text[lead.start:sentence.start].strip() and \
        not text[a.end:sentence.end].strip(" .")  # (the cheap tests first: a run-on lead is not copied per claim)


_LEAD_INDENT = 200  # characters before a lead's first sentence, at most (markup, a dateline's blanks)


def _stands_apart(group: str) -> bool:
    """Does the group stand apart from the story's work ("Independent experts")? The one of them named may speak
    after what they said is spelled out ("Independent experts noted some limitations. Participants knew which group
    they were in." then '"...," said Dr Sarah Lamb, who was not involved in the research'), as one of critics may."""
    return not _APART.isdisjoint(group.lower().split())


def _of_a_party_named_before(group: str, text: str, following: Sentence, before: int) -> bool:
    """Is the one `following` names as of a group that stands apart ("Independent
    experts") of a body the draft named before `before`, which is no outsider?"""
    return _stands_apart(group) and any(
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
    heads = frozenset(word.capitalize() for word in words if word in _HEADS_OF_A_TRADE)
    kinds = [i - 1 for i, word in enumerate(words) if word in _BODIES_OF_A_KIND and i > 0]
    # ... and a whole trade's word in its bodies' names: "Dentists" then "The British Dental Association" (not "Some
    # dentists": its body speaks for all of them)
    adjectives = () if not words or words[0] in _QUANTIFIERS else \
        [adjective for word in words for adjective in _TRADE_ADJECTIVES.get(word, ())] + \
        [word[:-4].capitalize() + end for word in words
         if word.endswith("ists") and len(word) > 7 and word not in _MEMBERS for end in ("y", "ical", "istry")]
    # (a discipline's by its name: "Ornithologists say" then "The British Trust for Ornithology said", "Botanists"
    # then "the Botanical Society of Britain and Ireland"; not the economists', whose members are analysts)
    return frozenset(words[j].capitalize() for i in nouns for j in (i - 1, i)
                     if j >= 0 and words[j] not in _QUANTIFIERS and words[j] not in ("and", "or")) | frozenset(
        words[j].capitalize() for j in kinds if words[j] not in _NOT_A_KIND and words[j].isalpha()) | frozenset(
        adjectives) | heads


# A trade's heads, by their own word in their body's name: "Police chiefs said" then "The National Police Chiefs'
# Council lead for retail crime, Amanda Blakeman, said" (not "The Police Federation", the rank and file's).
_HEADS_OF_A_TRADE = frozenset(("chiefs", "bosses"))


# Bodies a group is made of, whose kind ("consumer", "environmental") a member's name shares.
_BODIES_OF_A_KIND = frozenset("groups charities organisations organizations associations bodies".split())
# Words before them that say how many or where, not what kind: "several groups", "local charities".
_NOT_A_KIND = _PICKED | _A_FEW | frozenset("local national international regional major big small the".split())


def _own_body_speaks(own: frozenset[str], text: str, sentence: Sentence) -> bool:
    """Does the sentence name a body of the group by the group's own word (`own`), speaking: "Some business owners
    on Elm Street worry" then "The Elm Street Business Association said", "Farmers in Hawke's Bay say" then
    "Federated Farmers' Hawke's Bay president Ann Kerr said"?"""
    singular = {_singular(word) for word in own}  # "Apple growers" then "New Zealand Apples and Pears",
    # "Businesses" then "The Cambridge Business Improvement District"
    doers = {word[:-2] for word in singular if word.endswith("er") and len(word) > 5}
    singular |= doers | {root + "ing" for root in doers}  # "Retailers" then "The British Retail Consortium", "Anglers"
    # then "The Angling Trust": the trade by what it does
    if not any(text.find(word, sentence.start, sentence.end) != -1 for word in singular):
        return False  # most: no capitalised word of the group's in the sentence, looked for before the pattern
    said = text[sentence.start:sentence.end]
    return any(not singular.isdisjoint(_singular(w.rstrip("'\u2019")) for w in body.group().split())
               and (_ORGANISED().search(body.group()) or len(body.group().split()) >= 2)
               and not _MODIFIES_A_ROLE().match(said, body.end())
               for body in _BODY_NAME().finditer(said)) and not _CLAIMING.isdisjoint(WORD.findall(said.lower()))


def _singular(word: str) -> str:
    """A plural's singular, near enough to match names: "Businesses" and "Business", "Apples" and "Apple"."""
    return word if word.endswith("ss") else word[:-2] if word.endswith("sses") else word.removesuffix("s")


# A trade's word in its bodies' names: "The British Dental Association", "The Royal College of Nursing".
_TRADE_ADJECTIVES = {"dentists": ("Dental",), "nurses": ("Nursing",), "vets": ("Veterinary",),
                     "pharmacists": ("Pharmacy", "Pharmaceutical"), "midwives": ("Midwifery",), "farmers": ("Farming",),
                     "surgeons": ("Surgical",),
                     # the hospitality trade's bodies speak for its restaurants and pubs: "Restaurant owners said ..."
                     # then "executive director of the New York City Hospitality Alliance"
                     **dict.fromkeys(("restaurant", "restaurants", "restaurateurs", "pubs", "publicans", "hoteliers"),
                                     ("Hospitality",))}
# (not "Medical" for doctors: "The General Medical Council" is their regulator)


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


_ORGANISED = compiled_later(r"\b(?:Association|Union|Federation|Society|Chamber|Alliance|Council|Network|Forum|"
                            r"Coalition|League|Guild|Confederation|Federated|Group)\b")


@functools.cache
def _speaks_for(group: str) -> re.Pattern[str]:
    """A named body said to speak for a group, and speaking: "AHDS, which represents primary headteachers, said",
    "the NFU, which represents 46,000 farmers, warned"; for those who trade, by their businesses too: "Ashby
    Business Improvement District, which represents 250 businesses, said" (of traders)."""
    words = "|".join(re.escape(word) for word in (group, *_TRADING.get(group, ())))
    saying = "|".join(sorted(_SAYING))
    body = rf"[A-Z][\w'\u2019&.-]*,? (?:which|who|that) (?:represents|speaks for) (?:[\w,'\u2019-]+ ){{0,3}}" \
        rf"(?i:{words})\b"
    # ... or after the verb, in a quotation's tag: '"...," said John Bozzella, chief executive of the Alliance for
    # Automotive Innovation, which represents most major carmakers.'
    return re.compile(rf"{body}.{{0,80}}?\b(?:{saying})\b|\b(?:{saying})\b[^.;]{{0,120}}?{body}")


# Those who trade are their businesses: "traders" are represented as "businesses" or "shops".
_TRADING = dict.fromkeys(("traders", "retailers", "shopkeepers", "owners", "businesses"),
                         ("businesses", "traders", "retailers", "shops", "firms", "members"))


# A hospital consultant is no trade's: "a consultant surgeon", "a consultant in emergency medicine".
_NO_DOCTOR = (r"(?!(?<=(?i:consultant)) (?:in|surgeon|physician|psychiatrist|paediatrician|pediatrician|anaesthetist|"
              r"anesthetist|radiologist|cardiologist|oncologist|neurologist|obstetrician|gynaecologist|gynecologist|"
              r"geriatrician|haematologist))")


@functools.cache
def _member_pattern(members: tuple[str, ...]) -> re.Pattern[str]:
    """One of a group by their job or title: ", an analyst at", ", chief UK
    economist at", "Analyst Jo Roe", "Cllr Ann Lee", "Labour MP Jo Roe", "The
    Conservative group leader, Liz Hart,", "The RMT union's general secretary,
    Mick Lynch,"."""
    words = "|".join(re.escape(member) for member in members)
    return re.compile(rf"(?:, (?:an?|the|its|of|who|whose|chief|senior|lead|principal|head|deputy|global|group|"
                      rf"associate|managing|executive|assistant|director|president|chair|general|founder|partner|"
                      rf"artistic|creative)\b"
                      # (an initialism's stops too: ", chief U.S. economist at")
                      rf"(?:[^,.;]|(?<=[A-Z])\.){{0,60}}?\b(?i:{words})\b{_NO_DOCTOR}"
                      # one of them by the group's own word: ", one of the leading opponents,"
                      rf"|, one of (?:the |its |their )?(?:[\w-]+['\u2019]s )?(?:[a-z-]+ ){{0,2}}(?i:{words})s\b"
                      rf"|\b(?i:{words})(?: |, [A-Z][\w'\u2019-]+ )[A-Z]"
                      # by the bare post after the name, or the post then the name: ", owner of the Bean Cafe",
                      # "The owner of a coffee shop, Dan Riley,", "The chief executive of Leeds Teaching Hospitals,
                      # Phil Wood,"; by the post's kind too, before a name: ", planning director at Newcastle Airport"
                      rf"|, (?:[a-z-]+ ){{0,2}}(?i:{words}) (?:of|at) "
                      rf"|\b[Tt]he (?:[a-z-]+ ){{0,2}}(?i:{words}) (?:of|at) [^,.;]{{1,60}}, [A-Z][\w'\u2019-]+ [A-Z]"
                      # (the body's "of" name and a post for a nation or region too: "The Road Haulage Association's
                      # Scotland director,", "The Royal College of Nursing's director,")
                      rf"|\b(?i:{words})(?: of (?:[A-Z][\w'\u2019-]* )*?[A-Z][\w-]*)?(?:['\u2019]s|(?<=s)['\u2019]) "
                      rf"(?:[A-Z][\w'\u2019-]* ){{0,2}}[a-z][^,.;]{{0,40}}?, [A-Z]"
                      # a name and their body, as wire copy sets them: "said Kyle Whitehead of the Active
                      # Transportation Alliance"
                      rf"|\b[A-Z][\w'\u2019-]+ [A-Z][\w'\u2019-]+ of (?:the )?[A-Z][^,.;]{{0,60}}?\b(?i:{words})\b)")


# One of a group named by its rank among them, speaking: "FNV, the largest, said", "Unite, the biggest of them,
# warned", or as one of them: "Age UK, one of those charities, estimated".
_ONE_BY_RANK = compiled_later(
    r"\s*[A-Z][\w&'\u2019.-]*(?: [A-Z][\w&'\u2019.-]*){0,5}, (?:the (?:largest|biggest|main|oldest|smallest|"
    r"second-largest|second-biggest)|one of (?:them|(?:the|these|those) (?P<noun>[\w-]+)))\b[^.;]{0,40}?, "
    r"(?:said|says|told|warned|warns|added|argued|argues|estimated|estimates|calculated)\b")


# A body that is no office of state ("the Department for Transport", "the Chicago Transit Authority").
_OFFICES_OF_STATE = ("Department|Ministry|Office|Council|Government|Bank|Court|House|Senate|Parliament|Congress|"
                     "Commission|Agency|Authority|Police|University|City|County|State")
_NOT_A_GROUP = rf"(?!(?:{_OFFICES_OF_STATE})\b)"
# ... by its last words too: "the Chicago Transit Authority", "Leeds City Council" (not "the Norwegian Refugee
# Council", "the Oxford Food Bank", which are charities)
_OFFICE_OF_STATE_ENDS = compiled_later(
    r"\b(?:Department|Ministry|Office|Government|Court|House|Senate|Parliament|Congress|Commission|Agency|Authority|"
    r"Police|University|State|Service|Board|(?:City|County|Borough|District|Town|Parish|Security) Council|"
    r"(?:Central|Reserve|National|World) Bank)\Z")
_NEW_BODY = rf"{_NOT_A_GROUP}[A-Z][\w&'\u2019.-]*(?: (?:of |for |the |and |& )*[A-Z][\w&'\u2019.-]*){{0,4}}"
# A body's spokesperson, by its name: "a spokeswoman for UNRWA", "a spokesman for the Red Cross" (not "for the
# Department of Health").
_VOICE_OF_A_BODY = compiled_later(rf"\bspokes(?:man|woman|person) for (?:the )?(?P<body>{_NEW_BODY})")
_ORGANISATIONS = ("association", "union", "trust", "charity", "foundation", "alliance", "coalition", "society",
                  "federation", "network", "campaign", "council", "institute", "group", "action", "watch", "forum",
                  "college", "confederation", "chamber", "fund", "league", "centre", "center", "project", "watchdog",
                  "consortium",
                  "brotherhood", "guild",  # "the Brotherhood of Locomotive Engineers", "the Writers Guild"
                  "chambers", "trusts",  # named in the plural: "British Chambers of Commerce", "the Wildlife Trusts"
                  # a body by what it is to its trade: "WineGB, the industry body, said"
                  "industry body", "trade body", "umbrella body", "representative body")
# One of a group of organisations, speaking by its name, which says what it is: "The International Rescue Committee
# said", "Save the Children warned", "Citizens Advice said", "The European Consumer Organisation, known as BEUC,
# said", "Healthwatch Northshire said" (a watch in one word), or by what it is set off after it: "BEUC, the European
# consumer organisation, said", "Unite, which represents staff at its sites, said" (not "Acme, a member of the
# alliance, said", nor "The Taliban said").
_BODY_WORDS = "|".join(("committee", "agency", "organi[sz]ation", "programme", "program", "relief", "rescue", "cross",
                        "crescent", "children", "nations", r"\w+watch", "advice", "aid", *_ORGANISATIONS))
# A body's name: capitalised words, perhaps joined by "of", "for" or "and", and its initials in brackets.
_BODY_NAMED = r"[A-Z][\w&'\u2019.-]*(?: (?:(?:of|for|and|the|on|in) )?[A-Z][\w&'\u2019.-]*){0,6}(?: \([A-Z]{2,}\))?"
# A body the sentence names as one that represents others, a trade's or a cause's: "said Cecilia Bonefeld-Dahl,
# director general of DigitalEurope, which represents technology companies", "Water UK, which represents water
# companies, said", or a whole trade's: "UKHospitality, which represents the hospitality industry, said".
# ... or "Cosla, the body that represents them, said" after "Councils warned": "them" are the group before it.
_REPRESENTATIVE_BODY = compiled_later(rf"{_BODY_NAMED},? (?:(?:the|an?) (?:[a-z]+ ){{0,2}}"
                                      r"(?:body|organi[sz]ation|group|union|association) )?(?:which|that) represents "
                                      r"(?P<whom>them|(?:[a-z]+ ){0,3}(?:[a-z]+s|staff)|(?:the )?[a-z]+ "
                                      r"(?:industry|sector|trade))\b")
# A union's head by name: "general secretary of the RMT", "RMT general secretary Mick Lynch".
# ... or an officer of a union's own: "national officer of the Community union", "GMB regional organiser Jo Roe".
_UNION_POST = r"(?:general secretary|(?:national|regional) (?:officer|organi[sz]er|secretary))"
_UNION_HEAD = compiled_later(rf"\b{_UNION_POST} (?:of|at|for) (?:the )?[A-Z]|"
                             rf"\b[A-Z][\w&'\u2019.-]* {_UNION_POST} [A-Z][a-z]|"
                             r"\b[A-Z][\w&.-]*['\u2019]s general secretary\b")  # "The TUC's general secretary"
# The head of a body by name: "executive director of the Clean Air Alliance", "Cycle Toronto executive director
# Michael Longfield" (not a head with no body named, "the director said").
_HEAD_OF_A_BODY = compiled_later(
    r"\b(?:executive director|director|chief executive|president|chair(?:man|woman|person)?|(?:co-)?founder|"
    r"co-?ordinator|head) (?:of|at) (?:the )?[A-Z]"
    r"|[A-Z][\w&'\u2019.-]* (?:executive director|chief executive|president|chair(?:man|woman|person)?|"
    r"(?:co-)?founder) [A-Z][a-z]")
# ... with one of the words a body's name holds in it: "Wolves in the Netherlands foundation", "Save the Children".
_BODY_NAMED_WITH_ITS_WORD = rf"(?=[^.;:,]{{0,80}}?\b(?i:{_BODY_WORDS})\b){_BODY_NAMED}"
_ONE_BODY = (
    rf"\s*(?:The )?(?:{_BODY_NAMED_WITH_ITS_WORD}(?:, [^,.;:]{{1,60}},)?"  # in its name
    rf"|{_BODY_NAMED}, (?:the|an?) (?:(?!of )[\w'\u2019-]+ ){{0,4}}(?i:{_BODY_WORDS}),"  # or after it, its head
    rf"|[Tt]he (?:[a-z-]+ ){{0,3}}(?i:{_BODY_WORDS}) {_BODY_NAMED}"  # or before it: "The farming association Asaja"
    rf"|{_BODY_NAMED}, (?:which|who) (?:represents|campaigns|(?:has )?campaigned|has been campaigning) "
    rf"(?:[^,.;:]|[,.](?=\d)){{1,80}},"  # or what it does: "Pedal Nottingham, which has campaigned for ...,"
    r"|[A-Z][\w&'\u2019.-]* Local \d+)")  # or a US union's branch: "AFSCME Local 158", "Teamsters Local 727"
# A body by its name alone, opening a sentence and speaking: after "The", in two words or more ("The Rail Yatri
# Sangh said"; not "The Guardian said"), or in a statement ("Greenpeace said in a statement").
_BODY_BY_ITS_NAME_SPEAKS = compiled_later(
    rf"\s*(?:The (?P<the>{_NEW_BODY} [A-Z][\w&'\u2019.-]*)|(?!The\b)(?P<bare>{_NEW_BODY})) (?:has |had )?(?:said|says)"
    r"(?P<statement> in a (?:joint )?(?:statement|press release|news release)\b)?")
# ... not a state's, an officeholder's, a firm's or a paper's: "The Kremlin said", "The Information Commissioner
# said", "The Walt Disney Company said".
_NOT_A_BODYS_NAME = compiled_later(
    r"\b(?:Kremlin|Pentagon|Vatican|Whitehall|Palace|Army|Navy|Force|Forces|Constabulary|Police|Commissioner|Ombudsman|"
    r"Department|Ministry|Office|Government|Treasury|Court|Parliament|Senate|Congress|Assembly|Nations|Union|"
    r"Regulator|Inspector|Auditor|Registrar|Coroner|Judge|Justice|Mayor|Governor|President|Minister|Secretary|"
    r"Chancellor|Speaker|Director|Chief|Chair|Chairman|Chairwoman|Leader|King|Queen|Prince|Princess|Duke|Duchess|"
    r"Lord|Lady|Bishop|Archbishop|Pope|General|Company|Corporation|Inc|Ltd|Plc|PLC|LLC|"
    r"Times|Post|Journal|News|Herald|Telegraph|Guardian|Mail|Express|Mirror)\b")
# A body's voice as wire copy gives it, by name and body, speaking: "said Lena Weber of Zero Waste Europe", "Pedal
# Cymru's Sarah Jones said", or by name and a post in the body: "said Jo Hutchings, Unison's branch secretary", "said
# Jo Hutchings, branch secretary of Unison", "said Unison's Jo Hutchings" (no office of state: "of the Department for
# Transport"; no job that is not a post in a body: "a nurse at Royal Cornwall Hospital").
_POST_IN_A_BODY = (r"(?:[a-z-]+ ){0,2}(?:co-)?(?:secretary|officer|organi[sz]er|representative|"
                   r"spokes(?:man|woman|person)|"
                   r"director|chair(?:man|woman|person)?|chief executive|head|president|co-?ordinator|campaigner|"
                   r"founder)(?: of [a-z]+(?: and [a-z]+)?)?")  # "head of policy at WildFish"
# A post only a body that campaigns or lobbies has: "director of policy", "head of campaigns", "a campaigner".
_CAMPAIGNING_POST = (r"(?:[a-z-]+ )?(?:campaigner|campaigns? (?:director|manager|officer|co-?ordinator)|"
                     r"(?:director|head) of (?:[a-z]+ )?(?:policy|campaigns|advocacy|public affairs)|"
                     r"(?:policy|advocacy) (?:director|manager|officer|adviser|advisor|lead))")
_SPEAKER = r"(?:said|says) (?:[A-Z][\w'\u2019-]+ ){1,2}[A-Z][\w'\u2019-]+"
_VOICE_OF_A_NEW_BODY = compiled_later(
    rf"\b{_SPEAKER} of (?:the )?(?P<body>{_NEW_BODY})(?=[,.;]|$)"
    rf"|\b{_SPEAKER}, (?:(?:the|an?) )?(?:{_POST_IN_A_BODY} (?:of|at|for) (?:the )?(?P<posted>{_NEW_BODY})(?=[,.;]|$)"
    rf"|(?P<holder>{_NEW_BODY})['\u2019]s {_POST_IN_A_BODY}\b)"
    rf"|\b(?:said|says) (?P<named>{_NEW_BODY})['\u2019]s (?:[a-z-]+ ){{0,3}}[A-Z][\w'\u2019-]+ [A-Z][\w'\u2019-]+"
    # (the same opening the sentence: "Norman Bradshaw of Bring Back British Rail said"; not "The Ministry of Justice
    # said", an office of state)
    rf"|^\s*(?!The\b)(?:[A-Z][\w'\u2019-]+ ){{1,2}}{_NOT_A_GROUP}[A-Z][\w'\u2019-]+ of (?:the )?"
    rf"(?P<first>{_NEW_BODY}),? (?:has |had )?(?:said|says|told)\b"
    rf"|^\s*(?:The )?(?P<owner>{_NEW_BODY})['\u2019]s (?:[a-z-]+ ){{0,3}}[A-Z][\w'\u2019-]+ [A-Z][\w'\u2019-]+,? "
    r"(?:said|says|told)\b"
    # ... or by name and a campaigning body's post, opening the sentence: "Rocio Concha, director of policy at
    # Which?, said", "Jo Roe, a campaigner at Greenpeace, said" (not "director of product safety at Acme Toys")
    rf"|^\s*(?:[A-Z][\w'\u2019-]+ ){{1,2}}[A-Z][\w'\u2019-]+, (?:(?:the|an?|its) )?{_CAMPAIGNING_POST} (?:of|at|for) "
    rf"(?:the )?(?P<opened>{_NEW_BODY})[?!]?, (?:has |had )?(?:said|says|told)\b")
# ... or given a claim: "according to the Wolves in the Netherlands foundation".
_ACCORDING_TO_A_BODY = compiled_later(rf"\baccording to (?:the )?{_BODY_NAMED_WITH_ITS_WORD}")
# A body named for business, speaking: "The Confederation of British Industry said", "The Railway Industry
# Association warned", "The Federation of Small Businesses said".
_BUSINESS_BODY_SPEAKS = compiled_later(
    rf"\s*(?:The )?(?P<body>{_BODY_NAMED}) (?:has |had )?(?:said|says|warned|warns|added|told|estimated|estimates)\b")
_BUSINESS_WORD = compiled_later(r"\b(?:Industry|Industries|Business|Businesses|Commerce|Trade|Directors|Employers|"
                                r"Manufacturers|Enterprise)\b")
# ... speaking, or foreseeing as a trade body gives its figures ("Airlines for America, an industry group, forecast")
_ONE_BODY_SPEAKS = compiled_later(_ONE_BODY + r" (?:has |had )?(?:said|says|warned|warns|added|told|estimated|"
                                               r"estimates|reported|reports|forecast|forecasts|predicted|predicts|"
                                               r"projected|expects|expected)\b")
# ... and one of the critics, a body finding fault: "Critics say ..." then "The TaxPayers' Alliance called the idea
# \u201ca fantasy\u201d" (not "The Local Government Association welcomed it", nor a body that only "said": "Airlines UK,
# which represents British carriers, said the rules would add to costs" may be on either side).
_ONE_BODY_OBJECTS = compiled_later(_ONE_BODY + r" (?:has |had )?(?:also )?(?:warned|called|described|criticised|"
                                               r"criticized|condemned|attacked|dismissed|opposes|opposed|objected|"
                                               r"objects)\b")


# The head of a body named for business or trade: "chair of the Scarborough Business Ambassadors", "director of
# Ashby Business Improvement District", "president of the Kendal Chamber of Trade" (not "director of Acme Foods").
_TRADERS_BODY_HEAD = compiled_later(
    r"\b(?:executive director|director|chief executive|president|chair(?:man|woman|person)?|secretary|manager|head) "
    r"(?:of|at) (?:the )?(?:[A-Z][\w&'\u2019.-]*(?: (?:of|for|and|&))? ){0,4}?(?:Business(?:es)?|Traders['\u2019]?|"
    r"Chamber|Retail(?:ers)?|Commerce|Trade|Shopkeepers|BID)\b")
_LOCAL_CHAMBER = compiled_later(r"\b(?:[Tt]he (?:town|city|village|borough|island|area)['\u2019]s|[Tt]he local) "
                                r"chamber of (?:trade|commerce)\b")
_LOCAL_COUNCIL = compiled_later(r"\b(?:parish|town|city|county|district|borough|community|village) council\b")


# One known as a campaigner, their cause untold: "Feargal Sharkey, the campaigner, said", "a veteran campaigner who".
_A_CAMPAIGNER = compiled_later(r"\b[A-Z][\w'\u2019-]+, (?:the|an?) (?:[a-z-]+ )?campaigner(?=,| who\b| and\b)")
# An opposition party's voice on a matter: "shadow chancellor", "the opposition leader", "The Liberal Democrats'
# environment spokesperson", "NDP housing critic" (not "a Thames Water spokesperson", nor "a critic of the plan").
_OPPOSITION_VOICE = compiled_later(
    r"\b(?:[Ss]hadow (?:[a-z]+ ){0,3}(?:secretary|minister|chancellor|spokes(?:person|man|woman)|attorney general|"
    r"leader)|[Oo]pposition (?:leader|spokes(?:person|man|woman)|(?:[a-z]+ ){0,2}critic)|"
    r"(?:Labour|Conservatives?|Tory|Tories|Liberal Democrats?|Lib Dems?|SNP|Greens?|Green Party|Reform UK|"
    r"Plaid Cymru|Sinn F[e\u00e9]in|NDP|Bloc Qu[e\u00e9]b[e\u00e9]cois|Democrats?|Republicans?|Coalition)"
    r"(?:['\u2019]s?)? "
    r"(?:[a-z]+ ){0,3}(?:spokes(?:person|man|woman)|critic))\b")


# A learned body by its name, opening a sentence with its claim: "The Royal Society said", "The British Geological
# Survey warned", "The International Council for the Exploration of the Sea said".
_LEARNED_BODY_SPEAKS = compiled_later(
    r"\s*(?:The )?(?:[A-Z][\w'\u2019-]* (?:(?:of|for|on|the) )*){1,6}(?:Council|Institute|Society|Academy|Survey|"
    r"Observatory|Laboratory|Centre|Center)\b(?:(?: (?:of|for|on|the))* [A-Z][\w'\u2019-]*)*,? (?:has |had )?"
    r"(?:said|says|warned|found|estimated|reported|recommended|advised)\b")
# The causes that name a group of campaigning bodies: "environmental groups", "consumer groups".
_CAUSES = frozenset("""environmental green conservation climate wildlife animal welfare consumer privacy campaign
    pressure rights""".split())
# A campaign's body by a name of its cause, speaking: "Friends of the Earth said", "Campaign for Better Transport
# warned", "Campaign to Protect Rural England said", "Surfers Against Sewage said"; not an office so named ("The
# Department for Transport said", "Secretary of State Jo Roe said").
_CAMPAIGN_NAMED = compiled_later(
    r"\s*(?!(?:The )?(?:Department|Ministry|Office|Secretary|Minister|Council|Government|Bank|Court|House|Chancellor|"
    r"Mayor|Governor|President|Prime|Director|Head|Chief|Leader|Speaker|University|Chair|Chairman|Chairwoman|"
    r"Commissioner|Member|Duke|Duchess|Prince|Princess|King|Queen|Lord|Lady|Archbishop|Bishop)\b)"
    r"(?:The )?[A-Z][\w'\u2019-]+"
    r"(?: [A-Z][\w'\u2019-]+)? (?:of|for|to|[Aa]gainst) (?:the )?(?:[A-Z][\w'\u2019-]+ ){1,3}(?:has |had )?"
    r"(?:said|says|warned|called|described|criticised|criticized|condemned|attacked|dismissed|argued|accused)\b")


# The head or the voice of a body whose name is a cause, by the name's shape: "chair of Communities Against Gatwick
# Noise", "director of Salmon and Trout Conservation Scotland", "a spokeswoman for Save Our Deans", "Surfers Against
# Sewage chief executive Giles Bristow" (not "head of Gatwick Stop Services").
_CAMPAIGN_NAME = (r"(?:(?:Save|Stop|Keep|Protect|Scrap|Friends of|Justice for) (?:the |[Oo]ur )?[A-Z]"
                  r"|(?:[A-Z][\w'\u2019&-]* (?:and )?){1,3}(?:Against|Conservation|Preservation)\b)")
_CAMPAIGN_WORDS = ("Save ", "Stop ", "Keep ", "Protect ", "Scrap ", "Friends of", "Justice for", "Against",
                   "Conservation", "Preservation")  # looked for as text before the pattern: most sentences hold none
_CAMPAIGN_POST = (r"(?:executive director|director|chief executive|president|chair(?:man|woman|person)?|"
                  r"(?:co-)?founder|co-?ordinator|head|secretary|organi[sz]er|spokes(?:man|woman|person))")
_HEAD_OF_A_CAMPAIGN = compiled_later(rf"\b{_CAMPAIGN_POST} (?:of|at|for|from) (?:the )?{_CAMPAIGN_NAME}"
                                     rf"|\b{_CAMPAIGN_NAME}(?: [A-Z][\w'\u2019&-]*){{0,3}} {_CAMPAIGN_POST} [A-Z]")


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
_FORECASTERS = ("analyst", "economist", "strategist", "consultant", "consultancy", "consulting firm", "research firm",
                "advisory firm", "fellow at", "fellow on", "fellow in", "fellow with")
# ("director of economic analysis"; "global head of macro at ING": a bank's economist by the markets' word for it)
_HEAD_OF_FORECASTING = compiled_later(r"\b(?:(?:head|director|chief|global head|vice president) of (?:[a-z]+ )?"
                                     r"(?:economics|research|analysis|macro)"
                                     r"|(?:economics|research|macro) (?:director|chief|head))\b")
# ... and a firm of their trade, speaking or forecasting: "Capital Economics expects two cuts", "Jo Roe, a partner
# at Deloitte Access Economics, said", "Counterpoint Research estimates".
_TRADE_FIRMS = ("conomics", "Analytics", "Research", "Insight")  # looked for before the pattern
_TRADE_FIRM = compiled_later(r"\b(?!The )[A-Z][\w'\u2019&.-]*(?: [A-Z][\w'\u2019&.-]*){0,2} "
                             r"(?:Economics|Macroeconomics|Analytics|Research|Insight)\b")
# A firm's own research note, by the firm's name: "Goldman Sachs said in a note" (not "The Treasury said in a note").
_FIRMS_NOTE = compiled_later(r"(?<![Tt]he )\b(?!The )[A-Z][\w&.'\u2019-]*(?: [A-Z][\w&.'\u2019-]*){0,2} "
                             r"(?:said|says|wrote|writes) in a (?:research |client )?note\b")
_FORECASTING_WORK = ("economic", "research", "macro", "analysis")  # looked for before the pattern
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
# Verbs a member named next speaks with: "said", what they called the thing ("called the budget a disgrace"), what
# they remember ("Dr Simon Reeve, who has worked with her for 20 years, remembers a night") and what they urge ("urged
# both sides to keep talking").
_SAYING = SPEECH_VERBS | frozenset("called calls described describes recalls recalled remembers remembered urged urges"
                                   .split())
# ... and the verbs of a body's own claim: "The National Farmers' Union estimates that up to 70,000 farms ...",
# "according to industry body New Zealand Apples and Pears"
_CLAIMING = _SAYING | frozenset(
    "estimates estimated believes believed expects expected predicts predicted according found finds".split())
# The sides of a group said to be divided: "Some view ..., while others ...".
_HALVES = frozenset(("some", "others"))
# Bodies whose members a story names by their title: "several justices" in a lead, then "Justice Elena Kagan".
_BENCHES = frozenset("justices judges senators".split())
# A lead that sums up the sides of a row, whom the next paragraphs name: "Plans to release wolves have divided
# opinion, with farmers warning of ... and ecologists arguing that ...".
_SIDES_SUMMED = compiled_later(r"\b(?:divided|split|polari[sz]ed) (?:opinion|the (?:community|town|village|city|"
                               r"industry|profession|country|party))\b|\bdrawn (?:a )?mixed (?:reaction|response)")
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
    for article in ("a", "the")), *(  # ... or who led its fight: "Alan Bates, who led the fight for justice,"
    f"{verb} the {fight}" for verb in ("led", "leads") for fight in ("fight", "campaign", "battle", "struggle")))
# Those against, one named by it: "Opponents said ..." then "Board member Savion Castro, who voted against the plan,
# said"; one who campaigns against or on the matter ("Critics pointed out ..." then "Feargal Sharkey, a campaigner
# on water pollution, said"; not "a campaigner for the plan"); or a body finding fault (_ONE_BODY_OBJECTS).
_CRITICS = ("critic", "opponent", "voted against", "voted no", "opposed", "opposes", "campaigner on",
            "campaigner against", "campaigned against", "campaigns against", "campaigning against")
# Officers of the forces, not of a police force or a council ("Retired senior officers have warned ..."), one named
# by their rank: "General Sir Richard Barrons, a former commander of Joint Forces Command, said".
_SERVED = compiled_later(r"\b(?:retired|former|military|army|naval|navy|air force|raf|serving|senior military)\b")
_RANKS = ("general", "gen.", "admiral", "adm.", "air marshal", "air chief marshal", "brigadier", "colonel", "col.",
          "major", "maj.", "lieutenant", "lt.", "captain", "capt.", "commander", "commodore", "field marshal")
_POLLSTERS = ("pollster", "polling")
# ... and a firm whose poll the story names: "a YouGov survey", "a poll by Ipsos", "the Opinium poll".
_AT_A_FIRM = compiled_later(r", [^,.;]{0,60}?\b(?:at|of) (?:the )?"
                            r"(?P<firm>[A-Z][\w&'\u2019.-]*(?: [A-Z][\w&'\u2019.-]*){0,2})")


def _pollster_speaks(text: str, said: str, before: int) -> bool:
    """Does the sentence name its speaker as one of a firm whose poll or survey the story gave before `before`
    (looked for as far back as an introduction is)?"""
    at = _AT_A_FIRM().search(said)
    if at is None:
        return False
    firm = re.escape(at["firm"].rstrip("."))
    return re.compile(rf"\b{firm}(?:['\u2019]s)? (?:[a-z-]+ )?(?:poll|survey)|\b(?:poll|survey)s? (?:by|for|from|of) "
                      rf"(?:the )?{firm}\b").search(text, max(0, before - _INTRODUCED_REACH), before) is not None


_STANCES = frozenset("critics opponents supporters proponents backers".split())
# A stance group within a body whose seats have names ("Opponents on the panel argued ..." then "said Sen. Dan
# Foster"), or led by a body whose officers speak for it ("Opponents, led by a residents' group, say ..." then "said
# the group's secretary, Andrew Tait").
_SEATED_IN = compiled_later(r"\b(?:on|of|in) the (?:panel|committee|council|board|commission|senate|assembly|house)\b")
_SEATS = ("senator", "sen.", "representative", "rep.", "congressman", "congresswoman", "councillor", "councilor",
          "council member", "councilmember", "board member", "commissioner", "trustee", "assemblyman", "assemblywoman",
          "assembly member", "mp", "lawmaker", "legislator")
_LED_BY_A_BODY = compiled_later(r"\bled by (?:a|an|the) (?:[\w'\u2019-]+ ){0,3}?(?P<body>group|association|campaign|"
                                r"coalition|alliance|society|network|committee)\b")
# ... not one the next sentence gives the other side: the bill's sponsor, the panel's chair, one who voted for it.
_OTHER_SIDE = {"against": compiled_later(r"\b(?:sponsor|chair|voted for|supports|supported|backs|backed)"),
               "for": compiled_later(r"\b(?:chair|voted against|opposes|opposed)")}


def voice_of_their_own_body(head: str, text: str, sentence: Sentence) -> bool:
    """Does the sentence give a claim to one holding a post in a club or a
    society named for what the group is ("Anglers on the River Itchen said
    ..." then '"...," said Tom Harker, secretary of the Itchen Valley Angling
    Club'; "Residents said ..." then "said Jo Roe, chair of the Elm Park
    Residents' Association")? The body is theirs by its name, and its officer
    speaks for them."""
    prefix = _doers_root(head)
    if not prefix or text.find(prefix, sentence.start, sentence.end) == -1:
        return False
    said = text[sentence.start:sentence.end]
    return _A_BODYS_WORD().search(said) is not None and _SAYING_WORD().search(said) is not None and \
        _own_body(prefix).search(said) is not None


def voice_of_their_place(head: str, text: str, sentence: Sentence, before: int) -> bool:
    """Does the sentence give a claim to an officer of a community's body named for a place the story named before
    `before`, after residents or islanders ("Islanders said the cuts would cut them off." then "Joe Reade, chair of
    the Mull and Iona Ferry Committee, said" in a story of ferries to Mull), or those who swim or walk there
    ("Swimmers said ..." then "Becky Malinsky, of the Ilkley Clean River Group, said" in a story of the river at
    Ilkley)? The place's own body speaks for its people (not a city's or a county's council, which is the side they
    answer)."""
    if head not in _OF_THE_PLACE or ("of " not in (said := text[sentence.start:sentence.end]) and "who " not in said):
        return False
    body = _COMMUNITY_BODY().search(said)
    return body is not None and _SAYING_WORD().search(said) is not None and (
        text.find(body["place"], 0, before) != -1 or any(
            len(word) > 3 and word not in _COMMON_BODY_WORDS and text.find(word, 0, before) != -1
            for word in body["name"].split()[1:]))  # "the Save Windermere group" in a story of Windermere


# Words a community body's name holds beside its place's: "Save", "Friends of", "Clean River".
_COMMON_BODY_WORDS = frozenset("""Save Friends Clean Community Residents Residents' Action Keep Protect Stop River Lake
    Beach Valley Park North South East West Green Our Water Village Town""".split())


def one_of_them_introduced(subject: str, text: str, before: int) -> bool:
    """Are bodies of a kind ("Farmers' groups", "Farming unions") the kind of one the story brought in before `before`
    by what it is ("Asaja, the region's largest farmers' association, said ...")? They are it and its like, and the
    story has named one of them."""
    words = subject.lower().split()
    if len(words) != 2 or (words[1] not in _BODIES_OF_A_KIND and words[1] != "unions"):
        return False
    stem = re.sub(r"(?:ers|er|ing|al|s)$", "", words[0].rstrip("'\u2019"))
    return len(stem) > 3 and stem.isalpha() and words[0] not in _NOT_A_KIND and \
        _introduced_kind(stem).search(text, max(0, before - _INTRODUCED_REACH), before) is not None


@functools.cache
def _introduced_kind(stem: str) -> re.Pattern[str]:
    """A body's name set off by what it is, of the kind `stem` says: "Asaja, the region's largest farmers'
    association,"."""
    return re.compile(rf"\b[A-Z][\w&'\u2019.-]*, (?:the|an?) (?:[\w'\u2019-]+ ){{0,3}}(?i:{stem})[a-z]*['\u2019]? "
                      r"(?:association|union|group|federation|organi[sz]ation|charity|body|society|alliance)\b")


# An officer of a community's body, by its place's name: "chair of the Mull and Iona Ferry Committee", "secretary of
# the Elmstead Community Association", "who chairs the Cerne Abbas Community Shop group".
# (or by the post told as a verb: "who chairs the Cerne Abbas Community Shop group", or as one of it: ", of the Ilkley
# Clean River Group")
_COMMUNITY_BODY = compiled_later(
    rf"\b(?:{_POST_IN_A_BODY} of|(?<=, )of|who (?:chairs|chaired|runs|ran|leads|led|heads|headed|founded)) "
    r"(?:the )?(?P<name>(?P<place>(?!The\b)[A-Z][\w'\u2019-]+)"
    r"(?: (?:and |& |of )?[A-Z][\w'\u2019-]*){0,4}) "
    r"(?:Committee|Association|Forum|Society|Trust|Partnership|Community Council|(?i:group|action group))\b")


def _body_between(text: str, sentences: list[Sentence], index: int, after: list[Sentence]) -> bool:
    """Does a body speak in the sentence after a group's claim, its paragraph's last, so that the next paragraph may
    still name one of the group ("Farmers said fields had flooded. The NFU said crops would be lost." then '"...,"
    said Peter Howells, who farms near Hereford')?"""
    if len(after) != 1 or index + 2 >= len(sentences) or sentences[index + 2].region is after[0].region:
        return False
    return _BODY_OPENS_AND_SPEAKS().match(text, after[0].start, after[0].end) is not None


# A body's name, initials too, opening a sentence and speaking: "The NFU said", "Unison said", "The Angling Trust
# warned".
_BODY_OPENS_AND_SPEAKS = compiled_later(r"\s*(?:The )?[A-Z][\w&'\u2019.-]*(?: [A-Z][\w&'\u2019.-]*){0,5} "
                                        r"(?:said|says|warned|added|told)\b")


def their_union_speaks(head: str, text: str, sentence: Sentence) -> bool:
    """Does the sentence give a claim to a body that represents a workforce, after staff or workers the story does
    not name ("Catering staff raised concerns." then "Unison, which represents many school cooks, said")? The union
    speaks for them (not a body that represents firms: "The Federation of Small Businesses, which represents firms,
    said")."""
    if head not in _WORKFORCE or "represents" not in (said := text[sentence.start:sentence.end]):
        return False
    body = _REPRESENTATIVE_BODY().search(said)
    return body is not None and (body["whom"] == "them" or body["whom"].split()[-1] in _WORKFORCE) and \
        _SAYING_WORD().search(said) is not None


# A workforce by its own word or by a trade whose staff a union represents.
_WORKFORCE = frozenset("""staff workers employees members cooks cleaners librarians porters caterers lecturers nurses
    midwives teachers carers assistants drivers firefighters paramedics dockers pilots doctors""".split())


@functools.cache
def _doers_root(head: str) -> str:
    """What a group of doers does, by its word's root, capitalised as a body's name holds it: "anglers" -> "Angl"
    (the Angling Club), "residents" -> "Resid"; "" for a word too short to tell."""
    one = head[:-3] + "er" if head.endswith("ermen") else head[:-1] if head.endswith("s") else head
    prefix = next((one[:-len(end)] for end in _DOERS if one.endswith(end) and len(one) - len(end) >= 4), one)
    return prefix.capitalize() if len(prefix) >= 4 and prefix.isalpha() else ""


_DOERS = ("er", "or", "ist", "ent", "ant")  # the endings of a doer's word
_SAYING_WORD = compiled_later(r"\b(?:said|says|told|added)\b")
# A body by its word, after what its members are called ("Angling Club", "Residents' Association"), with an officer
# of it: "secretary of the Itchen Valley Angling Club", "the Swimming Club's chair".
_OWN_BODY_WORDS = r"(?:Club|Society|Association|Federation|Union|Guild|League|Alliance|Trust|Network|Forum|Group)\b"
_A_BODYS_WORD = compiled_later(_OWN_BODY_WORDS)


@functools.cache
def _own_body(prefix: str) -> re.Pattern[str]:
    body = rf"(?:[A-Z][\w&'\u2019.-]* ){{0,4}}{prefix}[\w'\u2019]* (?:[A-Z][\w&'\u2019.-]* ){{0,2}}?" \
        + _OWN_BODY_WORDS
    return re.compile(rf"\b{_POST_IN_A_BODY} (?:of|at|for) (?:the )?{body}|{body}['\u2019]s {_POST_IN_A_BODY}\b")


def seats_of_their_body(subject: str) -> tuple[str, ...]:
    """The words for one of a stance group's body, by a seat in it or an officer of it ("Opponents on the panel":
    "senator", "councillor", ...; "Opponents, led by a residents' group": "group"), from the subject as written."""
    lowered = subject.lower()
    seats = _SEATS if _SEATED_IN().search(lowered) else ()
    return (*seats, led["body"]) if (led := _LED_BY_A_BODY().search(lowered)) else seats


def of_the_other_side(head: str, said: str) -> bool:
    """Does the sentence name its speaker as one of the other side from a stance group's ("the bill's sponsor")?"""
    return _OTHER_SIDE["for" if head in ("supporters", "proponents", "backers") else "against"]().search(said) \
        is not None
_OFFICIALS = ("official",)
# Those who run a business, by their post or by what they run (not any manager: "a fund manager" is no trader).
_BUSINESS_PEOPLE = ("owner", "shopkeeper", "proprietor", "landlord", "landlady", "shop manager", "store manager",
                    "runs", "retailer", "sells")  # "Jo Roe, who sells pasties from a van"
# ... and those who trade in a place, by them or by the body that speaks for them
_TRADERS = (*_ORGANISATIONS, *_BUSINESS_PEOPLE)
# ... and traders, of a market or a street
_DEALERS = ("trader", "dealer", "broker", "head of trading", "market analyst", "markets analyst", "market strategist",
            "stallholder", "seller", "vendor", *_BUSINESS_PEOPLE)
# The words for one of a sector's executives, whose representative body speaks for them too (`_member_named_next`).
_EXECUTIVES = ("executive", "chief", "ceo", "founder", "president", "director", "chairman", "chairwoman", "owner",
               "boss", "runs", "head of")
_OBJECTORS = ("objector", "objected", "objects", "opposed", "opposes", "resident", "lives", "lived", "neighbour",
              "neighbor", *_ORGANISATIONS)
_REPUBLICANS = ("republican",)
_DEMOCRATS = ("democrat", "democratic")
# A US legislator's party and state after their name: "Sen. Mike Lee, R-Utah,", "Rep. Ann Kuster (D-N.H.)".
_PARTY_AND_STATE = compiled_later(r"(?:, |\()(?P<party>[RD])-[A-Z][\w.]*(?: [A-Z][\w.]*)?[,)]")
_PARTY_INITIALS = {_REPUBLICANS: "R", _DEMOCRATS: "D"}
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
    **dict.fromkeys(("councillors", "councilors", "councilmembers"), (
        "councillor", "councilor", "cllr", "group leader", "opposition leader", "council member", "councilmember",
        "councilman", "councilwoman", "alderman", "alderwoman", "alderperson",
        # "Mark Weston, leader of the Conservative group,"
        "leader of the")),
    **dict.fromkeys(("lawmakers", "legislators"), ("senator", "sen.", "representative", "rep.", "congressman",
                                                   "congresswoman", "assemblyman", "assemblywoman", "mp", "lawmaker",
                                                   "legislator", "mep", "msp", "parliamentarian",
                                                   # "an Italian member of the European Parliament"
                                                   "member of parliament", "member of the european parliament",
                                                   "member of congress", "assembly member")),
    **dict.fromkeys(("mps", "backbenchers"), ("mp", "backbencher")),
    # an executive by their post, or by the firm they run: "Executives point to land and water." then "said Greg
    # Sullivan, who runs a supplier of specialty gases", "said Jo Roe, chief executive of Acme"
    **dict.fromkeys(("executives", "bosses"), _EXECUTIVES),
    # those whose money is in a market, one named by the trade that puts it there: "Some investors said ..." then
    # "said Tom Avery, a fund manager at Liontrust"; "Traders said ..." then "said Jo Roe, a dealer at Tullett"
    **dict.fromkeys(("investors", "shareholders"), ("investor", "shareholder", "fund manager", "portfolio manager",
                                                   "investment officer", "head of equities", "asset manager")),
    # (a market's analyst at a dealing firm speaks for its traders: "Traders said selling accelerated." then "said Tony
    # Sycamore, a market analyst at IG")
    "traders": _DEALERS,
    # those who broker talks: "..., mediators said." then "chaired by the U.N. special envoy, Marta Lindqvist"
    "mediators": ("mediator", "envoy", "facilitator"),
    # landowners, one named as one or by their land: "Landowners along the cable route said ..." then "Richard
    # Bowles, a farmer near Reepham whose land the cable will cross, said"
    "landowners": ("landowner", "whose land", "owns land", "owns the land"),
    # volunteers, one named by the work they run: "Volunteers at a food bank said ..." then "said Gareth Pugh, who
    # coordinates the food bank"
    "volunteers": ("volunteer", "coordinator", "coordinates", "organiser", "organizer", "organises", "organizes",
                   "runs"),
    # a project's managers, one named by their post in it: "..., mission managers said." then "said Jordan Evans, the
    # mission's project manager"
    "managers": ("manager",),
    # officials, one named as one: "Local officials defended their response." then "said Kerr County Judge Rob
    # Kelly, the county's top elected official"
    "officials": _OFFICIALS,
    # an election's or a truce's observers, one named by their post: "International observers said ..." then "The
    # European Union's chief observer, Maria Arena, said"
    "observers": ("observer", "monitor", "head of mission", "mission chief"),
    "monitors": ("monitor", "observer", "head of mission", "mission chief"),
    "negotiators": ("negotiator", "envoy", "delegation", "delegate"),
    # those who set a central bank's or a government's policy, one named by their post: "some policymakers have
    # warned against moving too fast." then "Bundesbank President Joachim Nagel said", "said Catherine Mann, a member
    # of the Monetary Policy Committee" (not any president: "the president of the bakers' union")
    **dict.fromkeys(("policymakers", "policy-makers", "rate-setters", "ratesetters"), (
        "policymaker", "policy-maker", "rate-setter", "governor", "bank president", "fed president", "ecb president",
        "bundesbank president", "fed chair", "policy committee", "board member", "minister")),
    # pollsters, one named as one or by the firm whose poll the story gives: "Pollsters caution ..." then "said
    # Patrick English, director of political analytics at YouGov" after "a YouGov survey"
    "pollsters": _POLLSTERS,
    "justices": ("justice",),
    "judges": ("judge",),
    "peers": ("peer", "lord", "baroness"),
    "senators": ("senator", "sen."),
    # one of a party by its name before their title or after their name: "Some Republicans said ..." then
    # "Republican Sen. Mike Lee said", "Jane Hill, a Conservative MP, said" (or "Sen. Mike Lee, R-Utah, said":
    # `_PARTY_AND_STATE`)
    "republicans": _REPUBLICANS,
    "democrats": _DEMOCRATS,
    **dict.fromkeys(("tories", "conservatives"), ("tory", "conservative")),
    # those who campaign, one named by it or by their campaign: "Campaigners said ..." then "Feargal Sharkey, a
    # former singer who has campaigned against river pollution, said", "Kate Anstey, of the Child Poverty Action
    # Group, said"
    **dict.fromkeys(("campaigners", "activists", "advocates", "conservationists"), _CAMPAIGNERS),
    **dict.fromkeys(("critics", "opponents"), _CRITICS),
    # ... and those for, one named by it: "Supporters said ..." then "said Councilor April Fournier, who voted for
    # the plan"
    **dict.fromkeys(("supporters", "proponents", "backers"), ("supporter", "proponent", "backer", "voted for",
                                                            "voted yes", "backed", "backs", "supports", "championed")),
    # objectors to a plan, one named by their objection, the body they speak for or where they live: "Objectors told
    # the meeting ..." then "said Margaret Ellison, who chairs the Thornbury Residents' Association", "local resident
    # Jean Foster said"
    "objectors": _OBJECTORS,
    # groups of organisations, one of which the next sentence names by its head: "Patients' groups said ..."
    # then "Rachel Power, chief executive of the Patients Association, said"
    **dict.fromkeys(("groups", "charities", "unions", "organisations", "organizations", "associations", "agencies",
                     "ngos"), _ORGANISATIONS),
    # ... and a trade, whose union's or association's head the next sentence names: "Headteachers have warned
    # ..." then "Paul Whiteman, general secretary of the school leaders' union NAHT, said"
    **dict.fromkeys(_TRADES, _ORGANISATIONS),
    # ... and businesses, by the body that speaks for them or by the shop or firm one runs: "Local businesses said
    # ..." then "Shop owner Priya Shah said", "said Jo Roe, who runs a bakery on the high street"
    **dict.fromkeys(("shopkeepers", "retailers", "businesses"), _TRADERS),
    # those who knew someone, one named by how: "Friends described him as generous." then "said Tom Hale, who had
    # known him since school"; "Relatives said ..." then "His sister, Jane Hale, said"
    "friends": ("friend", "known him", "known her", "known them", "knew him", "knew her", "grew up with"),
    "colleagues": ("colleague", "worked with", "works with", "worked alongside", "works alongside"),
    # (a family by whom they lost or whose they are: "Linda Morris, whose father lived at the home until his death")
    **dict.fromkeys(("relatives", "family members", "families"), (
        "sister", "brother", "mother", "father", "son", "daughter", "cousin", "aunt", "uncle", "niece", "nephew",
        "wife", "husband", "partner", "grandmother", "grandfather", "granddaughter", "grandson", "relative")),
    "classmates": ("classmate", "school with", "studied with"),
    # those who write, one named by what they write: "Some writers said ..." then "said the novelist Sebastian
    # Faulks"
    **dict.fromkeys(("writers", "authors"), ("writer", "author", "novelist", "poet", "playwright", "biographer",
                                             "historian", "columnist")),
    "teammates": ("teammate", "played with", "played alongside"),
    # a place's staff, one named by their job there: "Library staff said ..." then "said librarian Sue Hartley";
    # "Hospital staff said ..." then "said nurse Jo Roe"
    **dict.fromkeys(("staff", "employees", "workers"), (
        "member of staff", "staff member", "employee", "worker", "librarian", "nurse", "midwife", "porter",
        "teacher", "curator", "carer", "receptionist", "cashier", "works at", "works for", "worked at",
        "worked for")),
}
# Those a doctor's or a professor's title names too, and a post at a seat of learning: these, and scholars of a
# discipline ("astronomers", "epidemiologists", "historians").
_TITLED = frozenset({"expert", "scientist", "researcher", "academic", "specialist"})
_SCHOLARS = ("prof", "lecturer", "scientist", "researcher", "scholar", "historian")
_DISCIPLINES = frozenset("""astronomers astrophysicists physicists chemists geneticists mathematicians statisticians
    historians scholars""".split())
# (or a post after the name: "Dan Hicks, a professor of contemporary archaeology at Oxford,", "a senior lecturer in")
_ACADEMIC_TITLE = compiled_later(r"\b(?:Prof(?:essor)?\.?|Dr\.?) [A-Z]"
                                 r"|, (?:an? |the )?(?:[a-z-]+ ){0,2}(?:professor|lecturer)\b")
# ... and a name whose post is at a seat of learning: "Ursula Münch, director of the Academy for Political
# Education", "Mark Hancock, a professor of physiotherapy at Macquarie University", "Ann Kay, of Leeds University",
# and as wire copy sets a name and its seat, with no comma: "Ewine van Dishoeck of Leiden University".
# A survey and a monitoring network are seats too, and heading one is a post at it: "Matthias Huss, who heads
# Glacier Monitoring Switzerland", "chief scientist at the British Antarctic Survey".
_SEATS_OF_LEARNING = ("University", "Institute", "Academy", "College", "Centre", "Center", "School", "Foundation",
                      "Laboratory", "Observatory", "Survey", "Monitoring")
_SCHOLAR = compiled_later(
    rf"\b[A-Z][\w'\u2019.-]*(?: (?:[A-Z][\w'\u2019.-]*|{NAME_PARTICLES}))*(?: [A-Z][\w'\u2019.-]*)"
    r"(?:, (?:[^,.;:\"\u201c\u201d]{0,80}?\b)?| )(?:of|at|from|heads|leads|directs|runs) (?:the )?"
    r"(?:[A-Z][\w'\u2019&.-]*,? ){0,4}(?:" + "|".join(_SEATS_OF_LEARNING) + r")\b")


# Leaders of business, whose members are its executives: "Business leaders warned ..." then "Business Unity South
# Africa chief executive Khulekani Mathe said" (not "community leaders", "world leaders").
_BUSINESS_LEADERS = compiled_later(r"\b(?i:business|industry|company|corporate) leaders\b")


def _is_discipline(group: str) -> bool:
    """Is the group the scholars of a discipline ("astronomers", "geologists", "climate scientists")?"""
    return group in _DISCIPLINES or group.endswith(("ologists", "scientists"))


def _members_of(group: str) -> tuple[str, ...] | None:
    """The words for one of a group, whose job or title says they are of it."""
    members = _MEMBERS.get(group)
    if members is None and _is_discipline(group):
        # "Other astronomers said ...": one of them is a scientist or a researcher too ("Ecologists say ..." then
        # "Glenn Lelieveld, a researcher at the Mammal Society")
        members = (group[:-1], "scientist", "researcher")
    return members


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
    described = _DESCRIBED_AFTER().match(text, a.subject_start + len(a.subject))
    if not a.subject.lower().startswith(("a ", "an ")) or (
            described is None and not text.startswith("has ", a.start - 4)):
        return False  # described, or told in a British lead's perfect: "A teacher has said she was shocked"
    accused = described is not None and described["case"] is not None  # "A man accused of killing his neighbour"
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
        if m["marked"] and not accused and _ACCUSED().search(text, m.end(), s.end):
            continue  # "A woman who saw the crash said ..." then "John Smith, 34, has been charged": another (not
            # after "A man accused of killing his neighbour ...": "Gareth Pryce, 52, denies murdering" is he)
        if m["marked"] or _HE_OR_SHE().search(text, m.end(), s.end) or re.compile(
                rf"\b(?:(?:Mr|Ms|Mrs|Miss|Dr)\.? |(?<!{re.escape(words[0])} )){surname}\b").search(text, s.end):
            return True
    return False


# A relative clause describing one a lead leaves unnamed: "A nurse who helped ...", "A woman whose son ...", or
# their case: "A man accused of killing his neighbour".
_DESCRIBED_AFTER = compiled_later(r",? (?:who|whose)\b|(?P<case> (?:accused|charged|convicted|suspected|jailed|cleared|"
                                  r"found guilty) (?:of|with|for|over)\b)")
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
