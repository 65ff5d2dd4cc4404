"""Whether officials a story sums up are those of an office, a service or a
nation it names nearby: "officials said" beside "the Federal Aviation
Administration", "fire officials" before "Fire Chief Dana Mills", "Ukrainian
officials" with "Ukraine's air force said".
"""

from __future__ import annotations

import functools
import re

from ..patterns import compiled_later
from ..types import Sentence
from .clauses import _Hit
from .lexicon import (
    _BODY_NOUNS,
    _DEMONYMS,
    _DETERMINERS,
    _FUNCTION_WORDS,
    _LOCAL_GOVERNMENTS,
    _PUBLIC_OFFICES,
    _QUANTIFIERS,
    Attribution,
)

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
    elif index and _OFFICE_SPEAKS().search(lowered, sentences[index - 1].start, sentences[index - 1].end):
        return True  # "..., the sheriff's office said." then, a paragraph on, "..., officials reported.": the office
        # that spoke last (not one the paragraph before only names: "The FAA is investigating.")
    if _AGENCIES_BY_NAME().search(text, start, sentence.end):
        return True  # "NASA said the crew was healthy. Officials said ...": the agency's, by its initials or its name
    if _LOCAL_GOVERNMENT().search(text, sentence.start, sentence.end):
        return True  # "It is the lowest tax rate the city has had since 2000, officials said": the city's, as "city
        # officials" are (not "Town Hall", a building, nor "Kansas City", a place)
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
    # lead's officials, named next), or to one by the initials the story gave it: "The India Meteorological
    # Department (IMD) issued a red alert." then "..., the IMD said."
    following = sentences[index + 1:index + 3]
    if any(_OFFICE_SPEAKS().search(lowered, s.start, s.end) for s in following):
        return True
    if "(" not in lowered:
        return False
    initials = {m[1] for m in _OFFICE_INITIALS().finditer(lowered, 0, following[-1].end if following else 0)}
    return bool(initials) and any((said[1] or said[2]) in initials for s in following
                                  for said in _INITIALS_SPEAK().finditer(lowered, s.start, s.end))


# Public agencies known by their initials, whose staff "officials" are beside them: "NASA said", "the FAA grounded";
# and central banks known by a name that holds no office word: "The Bank of Japan meets this month. Policymakers
# have said ...", "the Fed", "the Bundesbank" (not a high-street bank: "Bank of Ireland", "Bank of America").
_AGENCIES_BY_NAME = compiled_later(
    r"\b(?:NASA|FAA|FBI|CIA|CDC|EPA|FDA|FEMA|NTSB|DHS|ICE|IRS|DEA|ATF|NOAA|NIH|USDA|HUD|DOJ|SEC|FTC|FCC|NRC|TSA|CBP|"
    r"USCIS|NHS|HMRC|DVLA|ONS|FCA|CMA|MHRA|UKHSA|NCA|IOPC|HSE|DWP|MoD|ESA|EMA|ECB|IAEA|"
    r"Fed|Federal Reserve|Bundesbank|Riksbank|Norges Bank|Bank of (?:England|Japan|Canada|Korea|France|Italy|Spain|"
    r"Israel|Thailand|Mexico|Russia|Greece|Portugal|Finland|Ghana|Uganda|Tanzania|Jamaica|Botswana|Zambia))\b")


def _operator_nearby(text: str, sentences: list[Sentence], index: int, at: int) -> bool:
    """Does the sentence of a craft's controllers or managers ("Mission managers said", at `at`), the one before it
    or one of the next two name the agency or firm that flies it, by its initials or its name ("NASA said a new crew
    would launch", "SpaceX said")? Its staff are the ones the bare words mean. (Read at most _OPERATOR_REACH
    characters either side: a run-on "sentence" of many is not read whole for each.)"""
    start = max(sentences[max(0, index - 1)].start, at - _OPERATOR_REACH)
    end = min(sentences[min(len(sentences) - 1, index + 2)].end, at + _OPERATOR_REACH)
    return _OPERATOR().search(text, start, end) is not None


_OPERATOR_REACH = 1500


# An agency by its initials ("NASA", "ESA", "the FAA"), or a firm that flies craft by its name.
_OPERATOR = compiled_later(r"\b(?:[A-Z]{3,5}|SpaceX|Roscosmos|Blue Origin|Rocket Lab|Arianespace|Boeing|Airbus)\b")


def _service_speaks_next(a: Attribution, text: str, lowered: str, sentences: list[Sentence], index: int, reach: int,
                         verbs: dict[int, list[_Hit]]) -> bool:
    """Are a service's officials ("state health officials", "county fire
    officials") those of a body of that service that one of the next `reach`
    sentences gives a claim to ("The Texas Department of State Health Services
    said"), or one whose name holds the service's word ("according to Cal
    Fire", "NSW Health said", "London Fire Brigade said")? Not "some health
    officials": a few of them."""
    words = a.subject.lower().split()
    if len(words) < 2 or words[-1] != "officials" or not words[-2].isalpha() or \
            words[0] in _DETERMINERS or words[0] in _QUANTIFIERS:
        return False
    body = _body_of(words[-2])
    named = _named_body_of(words[-2]) if words[-2] not in _DEMONYMS else None  # "Russian officials" name no service
    return any(j in verbs and (body.search(lowered, sentences[j].start, sentences[j].end) or (
        named is not None and named.search(text, sentences[j].start, sentences[j].end)))
               for j in range(index + 1, min(index + 1 + reach, len(sentences))))


@functools.cache
def _named_body_of(word: str) -> re.Pattern[str]:
    """A body whose capitalised name holds a service's word, given a claim: "according to Cal Fire", "NSW Health
    said", "Mountain Rescue England and Wales said" (not a wildfire's name, "the Hughes Fire burned")."""
    service = "|".join(w.capitalize() for w in re.findall(r"[a-z]+", _SERVICE_KIN.get(word, word)))
    name = rf"(?:[A-Z][\w&.'\u2019-]* ){{0,3}}(?:{service})(?: (?:(?:and|&) )?[A-Z][\w'\u2019-]*){{0,4}}"
    return re.compile(rf"\b[Aa]ccording to (?:the )?{name}\b|"
                      rf"\b{name} (?:said|says|reported|confirmed|told|announced)\b")


@functools.cache
def _body_of(word: str) -> re.Pattern[str]:
    """A body named by a word of its service, in lowercase text: "the city fire
    department", "the department of state health services" (for "health"),
    "the county sheriff's office" (for "sheriff"), "the state's disaster management
    authority" (for "state": two words of its field before a public office, not
    before any body: "the state's main opposition party")."""
    field = rf"(?:(?!{_FUNCTION_WORDS}\b)[a-z]+ )"
    word = _SERVICE_KIN.get(word, word)
    return re.compile(rf"\b{word}(?:s|['\u2019]s)? (?:{field}?(?:{_BODY_NOUNS})s?|{field}{{2}}(?:{_PUBLIC_OFFICES}))\b|"
                      rf"\b(?:{_BODY_NOUNS}) (?:of|for) (?:[\w'\u2019-]+ ){{0,4}}?{word}s?\b")


# A service whose bodies also go by another word: wildfires are fought by forestry departments and forest services
# ("fire officials said" then "according to the Oregon Department of Forestry").
_SERVICE_KIN = {"fire": "(?:fire|forestry|forest)",
                # ... and transit by transportation authorities: "transit officials said" then "The Metropolitan
                # Transportation Authority said"
                "transit": "(?:transit|transportation|transport)",
                # ... and "emergency officials" are a fire, ambulance or rescue service's: "..., emergency officials
                # said." then "Country Fire Authority chief officer Jason Heffernan said"
                "emergency": "(?:emergency|fire|ambulance|rescue)"}


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
    return in_lead and (_AGENCY_OPENS().match(lowered, at) is not None or (  # a wire lead's officials, named next
        _country_of(words[0]) is None and _COUNTRYS_OFFICE_OPENS().match(lowered, at) is not None))


_OFFICE_OPENS = compiled_later(r"the (?:[a-z]+ )?(?:ministry|department|agency|authority|office|bureau|commission)\b")
# A federal agency or department by its name, whose officials a lead sums up: "The Centers for Disease Control and
# Prevention has recorded 412 cases", "The U.S. Department of Agriculture said", "The Federal Aviation
# Administration said".
_AGENCY_OPENS = compiled_later(r"the (?:centers for disease control|national institutes of health|food and drug "
                               r"administration|(?:u\.s\. |us |federal |state )?department of [a-z]+|(?:u\.s\. |us )?"
                               r"federal (?:[a-z]+ ){1,3}(?:administration|agency|commission|bureau|reserve))\b")
# ... or a country's office by its possessive, after officials of no one country: "officials in both countries said"
# then "Russia's Defense Ministry said", "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War
# said" ("Ukrainian officials" are not Russia's).
_COUNTRYS_OFFICE_OPENS = compiled_later(r"[a-z]+['\u2019]s (?:[a-z]+ ){0,3}(?:ministry|department|headquarters|agency|"
                                        r"authority|office|service|command|commission)\b")


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
            lowered, s.start, s.end)) or _local_office_speaks(words[0], lowered, s) for s in nearby)


def _local_office_speaks(demonym: str, lowered: str, sentence: Sentence) -> bool:
    """Does the sentence give a claim to an office of a region, province or town, of no other country: "Italian
    officials said" then "according to the Sea Superintendency of the Sicilian Region", "the regional civil
    protection agency said" (not "the Russian regional governor's office")?"""
    return any(_SUBNATIONAL().search(office.group()) and not any(
        word in _DEMONYMS and word != demonym for word in office.group().split())
        for office in _OFFICE_SPEAKS().finditer(lowered, sentence.start, sentence.end))


_SUBNATIONAL = compiled_later(r"\b(?:regions?|regional|provinces?|provincial|prefecture|municipal|municipality|"
                              r"state|county|district|city|town)\b")


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
# An inspectorate of schools, care, prisons or workplaces, by its name or its kind.
_INSPECTORATE = compiled_later(r"\b(?:ofsted|estyn|inspectorate|care quality commission|cqc|hmicfrs|"
                               r"health and safety executive|chief inspector)\b")
# A body that investigates accidents or the police: "the NTSB", "the Air Accidents Investigation Branch", "the IOPC".
_INVESTIGATING_BODY = compiled_later(r"\b(?:ntsb|national transportation safety board|transportation safety board|"
                                     r"(?:air|marine|rail) accidents? investigation branch|aaib|maib|raib|"
                                     r"independent office for police conduct|iopc|chemical safety board)\b")
# A public auditor: "the National Audit Office", "the state auditor's office", "the Government Accountability Office".
_AUDIT_OFFICE = compiled_later(r"\b(?:audit office|auditor[- ]general|audit (?:scotland|wales)|state auditor|"
                               r"auditor['\u2019]s office|government accountability office|comptroller)\b")
# Staff the story's office of their field speaks for: forecasters, a weather service's; seismologists, a survey's;
# inspectors, an inspectorate's. Quoted, the story's own inspectors, investigators and auditors are that office's.
_OFFICE_OF_STAFF = {**dict.fromkeys(("forecasters", "meteorologists"), _WEATHER_OFFICE),
                    **dict.fromkeys(("seismologists", "volcanologists"), _GEOLOGICAL_OFFICE),
                    "inspectors": _INSPECTORATE, "investigators": _INVESTIGATING_BODY, "auditors": _AUDIT_OFFICE}
_OFFICE_WORDS = ("administration", "department", "agency", "service", "authority", "commission", "ministry", "council",
                 "office", "bureau", "board", "police", "government", "inspectorate", "directorate", "regulator",
                 "patrol", "guard", "corps", "treasury", "customs", "central bank", "reserve bank",
                 # a regional office abroad: "the Bouches-du-Rhone prefecture said", "the municipality said",
                 # "according to the Sea Superintendency of the Sicilian Region"
                 "prefecture", "municipality", "superintendency",
                 # an Indian city's government: "The Brihanmumbai Municipal Corporation (BMC) will repair 400
                 # potholes, officials said", "the civic body said"
                 "municipal corporation", "city corporation", "civic body",
                 # an office by its holder's title: "The Commissioner of Metro Rail Safety cleared the line, officials
                 # said"
                 "commissioner",
                 # a government by its seat: "The White House said ... Officials said"
                 "white house", "pentagon", "kremlin", "downing street", "whitehall", "\u00e9lys\u00e9e", "elysee")
_LOCAL_GOVERNMENT = compiled_later(r"\b[Tt]he (?:city|town|county)\b")
_OFFICE_SPEAKS = compiled_later(
    rf"the (?<!\wthe )(?:[\w'\u2019-]+ ){{0,3}}?(?:{'|'.join(_OFFICE_WORDS)})\b"
    r"(?: (?:of|for|in) (?:the )?[\w'\u2019-]+(?: [\w'\u2019-]+){0,3}?)?(?:(?=[,.;])|"  # "... of the Sicilian
    # Region", "the FBI field office in Houston said"
    # (its initials after it: "The India Meteorological Department (IMD) said")
    r"(?: \([a-z]{2,8}\))? (?:said|says|reported|confirmed|added|announced|warned|estimated))"
    # ... or its statement: "according to a lancaster county sheriff's office statement"
    rf"|according to (?:an? |the )(?:[\w'\u2019-]+ ){{0,4}}?(?:{'|'.join(_OFFICE_WORDS)}) "
    r"(?:statement|(?:news |press )?release|report)\b")
# An office's initials where the story gives them: "the India Meteorological Department (IMD)", "the Office for
# National Statistics (ONS)" (lowercased).
_OFFICE_INITIALS = compiled_later(rf"\b(?:{'|'.join(_OFFICE_WORDS)})"
                                  r"(?: (?:of|for) (?:the )?[\w'\u2019-]+(?: [\w'\u2019-]+){0,3})? \(([a-z]{2,8})\)")
# ... and the office by them, speaking: "the imd said", "according to the ons".
_INITIALS_SPEAK = compiled_later(r"\b(?:the ([a-z]{2,8}) (?:said|says|reported|confirmed|added|announced|warned|"
                                 r"estimated)|according to the ([a-z]{2,8})\b)")
# "the county health department", "the bouches-du-rh\u00f4ne prefecture" (a place's name with its hyphens and accents)
_DEFINITE_BEFORE = re.compile(r"\bthe (?:[\w'\u2019-]+ ){0,3}\Z")
# A public service in lowercase, by the word before it: "the weather service"; not "the church service".
_PUBLIC_SERVICES = frozenset("""weather fire ambulance health park parks prison probation coast forest postal secret
    civil immigration revenue emergency rescue police marshals""".split())


def _word_before(lowered: str, start: int, end: int) -> str:
    words = lowered[start:end].split()
    return words[-1] if words else ""


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
    if len(words) == 1 and words[0].lower() == "officials" and \
            (place := _IN_A_PLACE().match(text, a.subject_start + len(a.subject))) is not None:
        named = set(place["place"].split())
        if any(not named.isdisjoint(m[0].split()[:-1])
               or not named.isdisjoint(text[max(following.start, m.start() - 30):m.start()].split())
               for m in _PUBLIC_OFFICER().finditer(text, following.start, following.end)):
            return True  # officials of a place: one of its officers the next sentence names by a title of the
            # place's ("Officials in Kerr County said ..." then "Kerr County Judge Rob Kelly said", "County Judge
            # Rob Kelly said"; not "Gov. Greg Abbott said")
    if [w.lower() for w in words] in (["officials"], ["local", "officials"]):
        # bare or local "officials" closing a lead's claim: any public officer named by title ("..., officials said."
        # then "Los Angeles County Fire Chief Anthony Marrone said", "Mayor Ana Ruiz said")
        return _CLOSING().match(text, a.end) is not None and (
            _PUBLIC_OFFICER().search(text, following.start, following.end) is not None or (
                (", the " in (said := text[following.start:following.end]) or ", a " in said)
                and _LOCAL_HEAD_AFTER().search(text, following.start, following.end) is not None) or (
                text.find("spokes", following.start, following.end) != -1
                and _BODYS_SPOKESPERSON().search(text, following.start, following.end) is not None))
    placed = len(words) == 3 and words[0].lower() in _PLACED_SERVICE
    if placed or (len(words) == 3 and words[0].lower() in _DEMONYMS):
        words = words[1:]  # "county emergency officials", "Norwegian rescue officials": the service, where it is
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
    kin = service if placed else _SERVICE_KIN.get(service, service)  # (a county's emergency officials are its
    # emergency management office's, not a fire chief's)
    if service == kin and service not in said.lower():
        return False  # most: looked for before the pattern
    # also the service's own, set off by commas: "The county's public works director, Sam Oduya, said"; or after
    # their name: "said Tore Wangsvik, a spokesman for the Joint Rescue Coordination Centre"
    return re.search(rf"\b(?i:{kin})(?:['\u2019]s)?(?: [\w-]+){{0,2}}? {_OFFICER},?(?: [A-Z][\w.'\u2019-]*){{1,3}}"
                     rf"|[A-Z][\w'\u2019-]+ [A-Z][\w'\u2019-]+, (?:an?|the) (?:[\w-]+ ){{0,2}}?{_OFFICER} "
                     rf"(?:for|of|at|with) the (?:[A-Z][\w&'\u2019-]* ){{0,4}}(?i:{kin})\b", said) is not None


# Where a service is that a lead names before it: "county emergency officials", "state health officials".
_PLACED_SERVICE = frozenset("county city state local federal".split())
# The end of a claim's sentence, perhaps after when it was said: "..., officials said on Thursday."
_CLOSING = compiled_later(r"(?: (?:on|late|early|last|this) [A-Z]?[a-z]+| (?:yesterday|today|tonight)"
                          r"| (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?(?:[.;]"  # AP's bare "said Saturday."
                          # ... or a clause of when after its comma: "officials said, days after scientists warned"
                          r"|,(?= (?:days|hours|weeks|months|a day|a week|after|as|while|amid|following)\b))")
# The titles no local officer holds (a local government's officials a lead may sum up before the next sentences
# name one by title).
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
    r"Lt\.|Supervisor|Administrator|Manager|Principal|County Judge|County Executive)(?: [A-Z][\w.'\u2019-]*){1,3}")


# The place a group of officials is of, right after them: "Officials in Kerr County".
_IN_A_PLACE = compiled_later(r"\s+in (?P<place>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,3})")
# A local government's head after their name: "Matthias Bellwald, the head of the local council,", "Ana Ruiz, the
# town's mayor,".
_LOCAL_HEAD_AFTER = compiled_later(
    r"\b[A-Z][\w'\u2019-]+ [A-Z][\w'\u2019-]+, the (?:(?:head|leader|mayor|president|chair(?:man|woman)?) of the "
    r"(?:[a-z]+ ){0,2}(?:council|municipality|commune|government|authority|canton|county|district|region)"
    r"|(?:town|village|city|municipality|commune|county|district|region)['\u2019]s (?:mayor|leader|head))\b"
    # ... or a local office's holder, as wire copy sets them: "said Somchai Phromsri, a district chief"
    r"|\b[A-Z][\w'\u2019-]+ [A-Z][\w'\u2019-]+, (?:a|the) (?:local |deputy )?(?:district|provincial|regional|village|"
    r"town|city|county|municipal) (?:chief|head|governor|mayor|administrator|officer|official)\b")


# A body's spokesperson by name, the body's name before the post: "Cal Fire spokesperson Mike Lopez".
_BODYS_SPOKESPERSON = compiled_later(
    r"\b[A-Z][\w&.'\u2019-]*(?: [A-Z][\w&.'\u2019-]*)* spokes(?:man|woman|person) [A-Z][\w.'\u2019-]+ [A-Z]"
    # ... or a public office's after it: "said Abdul Muhari, a spokesperson for the National Disaster Management
    # Agency"
    r"|\b[A-Z][\w.'\u2019-]+ [A-Z][\w.'\u2019-]+, (?:an?|the) spokes(?:man|woman|person) (?:for|of|at) the "
    rf"(?:[A-Z][\w&'\u2019-]* ){{1,5}}(?i:{_PUBLIC_OFFICES})\b")
