"""Who a verb of saying has for its subject, and what kind of source that is:
the noun phrase before the verb or after it when inverted, read by `classify`
into a name, a role, a person, a group or a body.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..names import NAME_ARTICLES, NAME_PARTICLES
from ..patterns import compiled_later
from ..sentences import INITIALS
from ..types import Sentence
from ..words import (
    NAME_PREFIXES,
    SPEAKER_PRONOUNS,
)
from .lexicon import (
    _A_FEW,
    _ADDRESSED,
    _ANONYMOUS_TIES,
    _BODIES,
    _CAPITAL_WORD,
    _CAUCUS,
    _CHAMBER,
    _CLAUSE_WORDS,
    _CONSTITUENCIES,
    _COUNCIL_WORK,
    _COUNSEL,
    _DEMONYMS,
    _DETERMINERS,
    _EVENTS,
    _HEAD_ENDS,
    _IN_WORD,
    _INDEFINITE,
    _INSTITUTIONS,
    _LEADING,
    _LOCATIVE,
    _NAME_BEFORE_MARK,
    _NATIONS,
    _OBJECT_OF,
    _ORDINALS,
    _ORG_PREPOSITIONS,
    _PARTIES,
    _PARTY_MEMBERS,
    _PEOPLES,
    _PHRASE_END,
    _PHRASE_PREPOSITIONS,
    _PICKED,
    _POSSESSIVE_END,
    _PUBLIC,
    _QUANTIFIERS,
    _RANKS,
    _SECTOR_WORDS,
    _SPOKESPEOPLE,
    _STAFFED,
    _STANCE,
    _STATE_BODIES,
    _TALLIES,
    _THOSE,
    _TO_LAST_CLAUSE_MARK,
    _TOKEN,
    _TOWN_HALLS,
    _UNNAMED_AT,
    _UNNAMED_BODY_NOUNS,
    _UNNAMED_PLURALS,
    _WEEKDAYS,
    ACTORS,
    ANONYMOUS_ROLES,
    DOCUMENTS,
    GROUP,
    NAMED,
    PERSON,
    PRONOUN,
    ROLE,
    THING,
    UNNAMED,
    Lexicon,
    _sector,
)

# Offices with one holder the story names by their post: "including the mayor", "including its chief executive".
_HOLDERS = frozenset("""mayor governor president chairman chairwoman chair leader chancellor premier speaker
    superintendent headteacher headmaster headmistress principal bishop archbishop""".split())
_DEFINITE_OWNERS = frozenset("the its their his her".split())
# A body's staff, named by the body's word before them: "council officers", "county officials".
_OFFICE_STAFF = frozenset({"officials", "officers"})
# ... or by its initials, which no sentence's start makes capitals: "NHS officials", "EU officials" (not "US
# officials": a nation's, `_DEMONYMS`).
_BODY_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]\.?|[A-Z]{2,6}")
# What a publication prints under its own name: "a review in Variety", "an editorial in The Guardian".
_PIECES = frozenset("review editorial article column profile piece obituary essay leader feature commentary".split())
_STAFF_PAPERS = ("report", "recommendation", "memo")  # what a council's staff put to it: "a staff report"
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
# Endings of nouns for what someone does: "watcher", "governor", "columnist", "historian".
_AGENT_SUFFIXES = ("er", "or", "ist", "ian")


_SUBJECT_REACH = 600  # characters
# A live blog's time or label before a sentence's first word, its markup blanked: "**01:58** A senior source",
# "01:58 GMT Senior Tories", "**Update** A senior source"; a time has its colon or stop, a label its markup's
# blanks and a determiner after (not "12 Tory MPs", nor "Jane Doe").
_LABEL_FIRST = re.compile(r"\s*(?:\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|BST|UTC|CET|EST|EDT|ET|PT)\b)?"
                          r"|(?:[\w.:'\u2019-]+ ){0,3}[\w.:'\u2019-]+(?= {3,}(?:A|An|The|One|Some|Several|Many) ))"
                          r"\s+(?=[A-Z])")


def _subject_before(text: str, verb: int) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """The clause before a verb, back to a boundary, with an appositive or a
    relative clause between subject and verb skipped: "Dana Whitcomb, a
    Mississippi Republican, said" -> "Dana Whitcomb". With it, the noun a
    relative clause hangs on when the verb is the clause's own: its subject
    may stand in the clause ("The plan, which analysts said") or be that noun
    ("Ruiz, who last week said")."""
    # (no subject is longer than _SUBJECT_REACH: a run-on "sentence" of many sources would otherwise have each verb
    # read back to its start)
    earliest = max(0, verb - _SUBJECT_REACH)
    last = _TO_LAST_CLAUSE_MARK.match(text, earliest, verb)
    while last and text[last.end() - 1] == "." and (_before_a_name(text, last.end()) or
                                                     _inside_a_name(text, last.end())):
        last = _TO_LAST_CLAUSE_MARK.match(text, earliest, last.end() - 1)  # "Its chair, Prof. Kamila Hawthorne,
        # said", "head of St Mary's C.E. Primary School, said"
    while last and text[last.end() - 1] == "(" and text.find(")", last.end(), verb) != -1:
        last = _TO_LAST_CLAUSE_MARK.match(text, earliest, last.end() - 1)  # a bracket closed before the verb is an
        # aside in the clause: "The Office for Students (OfS) said 40% of universities expected"
    start = last.end() if last else earliest  # after the last mark, if any
    if text[start - 1:start] == ":" and text[start:start + 1].isdigit() and text[start - 2:start - 1].isdigit():
        last = _TO_LAST_CLAUSE_MARK.match(text, earliest, start - 1)  # a time's colon is no clause's: "01:58"
        start = last.end() if last else earliest
    if (label := _LABEL_FIRST.match(text, start, verb)) is not None:
        start = label.end()  # "**01:58** A senior source tells us", "**Update** A senior source": a live blog's
        # time or label before the sentence (its colon the last mark) is no part of the subject
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
        if (any(w[:1].isupper() for w in parts[1].split()[:3]) and parts[1].split()[0].lower() not in _RELATIVES) \
                or _INCLUDING_ASIDE.match(parts[1]):
            # "The company's chief executive, Priya Rangan, called": the name; "Critics, among them the
            # Law Society, say": which of them (classify reads it); not a relative clause's capitals, "Ibec, which
            # represents Irish employers, said"
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
            words = first.split()
            if len(words) > 2 and words[-1].isalpha() and words[-1].islower() and \
                    (verb_at := _verb_of_object([w.lower() for w in words])) is not None:
                antecedent = (start + len(first) - len(" ".join(words[verb_at + 1:])), start + len(first))  # "The
                # decision angered parents, who said": the parents, the object the clause hangs on
            if len(parts) == 2 and _OWN_SUBJECT.match(tail):
                return (verb - len(tail), verb), antecedent
            if len(parts) > 2 and (joined := _second_clause(text, (verb - len(tail), verb))) is not None:
                if not text[joined[0]:joined[1]].strip():
                    return antecedent, None  # "Acme, which represents councils, said it backed the plan but
                    # warned": the verb after the conjunction shares the main clause's subject
                return joined, None  # "The additive, which is used in drinks, came under fire after research
                # suggested": the main clause goes on after the relative one, and a second clause has its subject
            return antecedent, None
        return _past_what_they_speak_of(text, verb - len(tail), verb), None
    return _past_what_they_speak_of(text, start, verb), None


def _past_what_they_speak_of(text: str, start: int, end: int) -> tuple[int, int]:
    """A subject's span, past a thing named before it with its "that" left out: "..., a move the union says would
    cost jobs": the union says it."""
    what = _WHAT_THEN_WHO().match(text, start, end)
    return (what.end(), end) if what is not None else (start, end)


# A thing the clause names, then who speaks of it, its "that" left out: "a move the union says", "a figure analysts
# say is too high", "a plan that critics say" (not "a number of residents say", "a spokesman says").
_WHAT_THEN_WHO = compiled_later(
    r"\s*(?:a|an) (?:[a-z-]+ ){0,2}?(?:move|figure|claim|plan|step|sum|change|rise|fall|increase|cut|level|price|"
    r"deal|amount|policy|measure|charge|decision|proposal|scheme|idea|tactic|strategy|fee|cost|total|estimate|rate|"
    r"risk|threat|problem|shift|trend|practice|loss|gain|blow|setback|mistake|error|failure|record) "
    r"(?:that )?(?!(?:of|in|at|for|from|by|with|to|on|and|or|is|was|has|had|will|would)\b)(?=\S)")


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
_HELD_IN_ONE = compiled_later(r"[Tt]he (?:[\w'\u2019-]+ ){0,2}?[a-z][\w'\u2019-]* (?P<of>of|at|from) (?:a|an|one) "
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
    return next((i for i in range(first, len(words)) if _a_verb(words[i]) and (
        words[i] in _FINITE or i == 0 or words[i - 1] not in _DETERMINERS)), None)


# An adverb of degree ending a relative clause after its verb: "the rule that matters most".
_DEGREE_LAST = (["most"], ["more"], ["least"], ["less"], ["best"])


def _a_verb(word: str) -> bool:
    """Is a word, read where a verb may stand, one: a past tense in -ed or another finite form."""
    return word in _FINITE or word.endswith("ed")


# Past participles not in -ed; and words in -ed that are no participles.
_IRREGULAR_PARTICIPLES = frozenset("""run led held made built set bought sold kept paid brought caught found hit hurt
    told taught won struck taken given written chosen driven spoken beaten broken stolen known shown drawn grown
    thrown seen eaten ridden hidden sent spent lent left lost met read""".split())
_NOT_PARTICIPLES = frozenset("bed shed seed need speed feed creed breed weed reed steed greed deed red bred "
                             "hundred".split())


def _participle(word: str) -> bool:
    """Is a word, before "by", a past participle: "used", "taken", "run"?"""
    return word in _IRREGULAR_PARTICIPLES or (word.endswith("ed") and word not in _NOT_PARTICIPLES)


def _shared_subject(text: str, clause: tuple[int, int]) -> tuple[int, int] | None:
    """The subject of a clause whose verb a second verb shares after "and":
    the words before its first verb ("The firm hired analysts and expected a
    rebound": the firm expected it, not the analysts), or None."""
    words = text[clause[0]:clause[1]].split()
    lowered = [w.lower() for w in words]
    verb = _first_verb(lowered, 1)  # a subject has a word at least
    if verb is None:
        return None
    start = clause[0] + len(text[clause[0]:clause[1]]) - len(text[clause[0]:clause[1]].lstrip())
    if (when := next((j for j in range(len(words) - 3, verb, -1) if lowered[j] in _WHEN_JOINS), None)) and \
            (inner := _first_verb(lowered, when + 2)) is not None:
        # the verb before "and" is a time clause's, with its own subject: "Cheers went up when one man stood and
        # demanded": the man demanded
        skipped = len(" ".join(words[:when + 1])) + 1
        return start + skipped, start + skipped + len(" ".join(words[when + 1:inner]))
    return start, start + len(" ".join(words[:verb]))


# Joins that open a time or a reason clause with a subject of its own.
_WHEN_JOINS = frozenset("when as after because while since until once before".split())


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
    threw drew rode sat slept woke found brought caught sought felt heard knew chose led got became struck swept
    taught is are has have will can could would should may might must""".split())
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
# ... or a sentence in which a firm's or an institute's experts speak: "In a note to clients, Goldman Sachs
# economists said", "Analysts at Barclays wrote" (not "Some City economists said").
_EXPERTS = r"(?:economists|analysts|strategists|researchers|scientists)"
_FIRMS_EXPERTS_SPEAK = compiled_later(
    r"\b(?!(?:Some|Many|Most|Other|Others|These|Those|Several|Few|The|All|Both|Senior|Leading|Top|City|Wall)\b)"
    rf"(?:[A-Z][\w&'\u2019.-]*\s+){{1,3}}{_EXPERTS}\s+(?:said|say|wrote|argued|argue|expect|expected|warned|estimated)\b"
    rf"|\b(?i:{_EXPERTS}) at (?!(?:the|a)\b)[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*)*,? "
    r"(?:said|say|wrote|argued|argue|expect|expected|warned|estimated)\b")
_NAME_ARTICLE = re.compile(rf"^(?:{NAME_ARTICLES})-(?=[A-Z])")  # "al-Sayed", "el-Sisi"
_APPOSED_LAST = re.compile(rf",\s+(?P<det>(?:the|a|an|its|their|his|her)\s+"
                           rf"(?:(?!(?:of|who|whose|which|that)\s)[a-z-]+\s+){{0,2}})?(?P<name>{_FULL_NAME})[\s,.;]*$")


# What opens the phrase of a work a relative clause describes: "a new study that ...".
_WORK_OPENERS = frozenset("a an the new one this that its their".split())
# The determiners after a verb of saying (_SAID) that open what was said: "..., said the findings showed" (the
# findings, the story's own).
_DEFINITE = frozenset("the its their these those this".split())
# Two words that say "including": "Critics, such as the Law Society, say" names some of them.
_INCLUDING = frozenset({("such", "as"), ("among", "them"), ("among", "whom")})


# The press by its trade: an outlet's own are named by the outlet.
_PRESS = frozenset("reporters journalists correspondents photographers photojournalists crews".split())


# Works in the plural, and research, that an institution's or a known body's word before them owns: "police
# reports show", "government research shows" (not "media reports", nobody's).
_DOCUMENTS_AND_RESEARCH = frozenset("reports studies surveys polls research".split())


# The kinds of title a masthead names: "People magazine", "Vogue magazine".
_MASTHEADS = frozenset("magazine newspaper journal website podcast tabloid".split())


def classify(phrase: str, lexicon: Lexicon,
             proper: Callable[[str, bool], bool] = lambda word, strict: False,
             earlier: Callable[[str], bool] = lambda word: False,
             body: Callable[[str], bool] = lambda word: False) -> tuple[str | None, str]:
    """What kind of source a noun phrase is, and its words. `earlier` says
    whether the story used a word before the phrase, `body` whether it named
    a body by it before ("fire", after "the city fire department")."""
    bracketed = (close := phrase.find(")")) != -1 and "(" not in phrase[:close]
    if bracketed:
        phrase = phrase[close + 1:]  # the end of a bracket opened before the phrase: "(Jan. 28) quoted a councillor
        # who" is "quoted a councillor who"
    tokens = _TOKEN.findall(phrase)
    if bracketed and len(tokens) > 2 and tokens[-1].lower() == "who" and \
            _verb_before_object("", verb := tokens[0].lower()) and verb not in _SAID:
        tokens = tokens[1:]  # ... whose verb's object the relative clause is about: "a councillor"
    while tokens and tokens[0].lower() in _LEADING:
        tokens = tokens[1:]  # "with the lead prosecutor telling", "and analysts say"
    if len(tokens) > 2 and tokens[1].lower() in _DEFINITE and tokens[0].lower() in _SAID:
        tokens = tokens[1:]  # "said the findings (showed)": what was said opens after the verb
    if len(tokens) > 2 and (said := next(
            (j for j in range(1, len(tokens) - 1) if tokens[j].lower() in _SAID_BEFORE_CLAUSE
             and tokens[j - 1].lower() not in _CLAUSE_WORDS and tokens[j - 1].lower() != "that"), None)) and (
            tokens[-1].lower() in lexicon.evidence or
            classify(" ".join(tokens[said + 1:]), lexicon, proper, earlier, body)[0] in UNNAMED):
        return classify(" ".join(tokens[:said]), lexicon, proper, earlier, body)  # "Police said the evidence
        # (shows)", "Police said officers (confirmed)": evidence, or someone unnamed, that a source reports, its
        # "that" left out, is theirs to answer for, as what they said is (not "diplomats said Scholz (had
        # suggested)": his)
    if not tokens:
        return None, ""
    cleaned = [t.strip(".,'\u2019") for t in tokens]
    lowered = [t.lower() for t in cleaned]
    for j in range(1, len(lowered)):  # "such as", "among them", "notably": "including" by other words
        if lowered[j] == "notably" or (lowered[j - 1], lowered[j]) in _INCLUDING:
            lowered[j] = "including"
    if len(lowered) > 3 and lowered[-1] == "who" and (verb := _verb_of_object(lowered)) is not None:
        tokens, cleaned, lowered = tokens[verb + 1:], cleaned[verb + 1:], lowered[verb + 1:]  # "The council
        # ignored residents who said": the residents, whom the relative clause is about
    if len(cleaned[0]) > 2 and _is_group(lowered[0], lexicon) and (
            (len(lowered) == 1 and cleaned[0].isupper())
            or (len(lowered) == 2 and cleaned[0][:1].isupper() and lowered[1] in _MASTHEADS)):
        return NAMED, " ".join(tokens)  # "According to PEOPLE", "People magazine": a title by its masthead, not
        # people at large
    if lowered[-1] in SPEAKER_PRONOUNS or lowered[0] in SPEAKER_PRONOUNS:
        return PRONOUN, tokens[0] if lowered[0] in SPEAKER_PRONOUNS else tokens[-1]
    if len(lowered) > 1 and lowered[-1] == "it" and (
            lowered[-2] in lexicon.person_nouns or _is_group(lowered[-2], lexicon)):
        return None, ""  # "the number of workers it admits": the noun is the object of a relative clause whose
        # subject, "it", stands right before the verb
    if not lexicon.inanimate.isdisjoint(lowered) and _carries_words(lowered, lexicon):
        return THING, " ".join(tokens)  # "a sign on the door says": not speech; "critics of the sign" speak
    if len(lowered) >= 2 and lowered[0] in _INDEFINITE and lowered[-1] in _ONE_OF_A_PARTY and \
            _PARTY_QUALIFIERS.issuperset(lowered[1:-1]):
        return PERSON, " ".join(tokens)  # "a House Democrat", "one senior Republican", "a moderate Tory": which
        # of them is not said, as in "a Republican senator"
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
    # "an engineer at Google, Ana Ruiz", "a vicar at St Mary's, the Rev Ann Ross": their name (not a body's after
    # a determiner: "an official at the ministry, the Interior Ministry")
    apposed = (found := _APPOSED_LAST.search(phrase)) is not None and not (
        found["det"] and found["name"].split()[-1].lower() in _BODIES)
    # The phrase from the last word that opens a clause in it: "a trial in which prosecutors", "a case that
    # prosecutors" ("that" before a plural is no determiner); not when a verb follows "that", the clause being the
    # noun's: "a study that counted bees at 200 sites", nor after a work, whose clause it always is: "a new study
    # that highlights the importance of therapy and other interventions"
    own = next((j + 1 for j in range(len(lowered) - 2, -1, -1) if lowered[j] in _CLAUSE_WORDS
                or (lowered[j] == "that" and lowered[-1].endswith("s") and not _a_verb(lowered[j + 1])
                    and not (j and lowered[j - 1] in _WORKS))), 0)
    if _party(lowered[own:], cleaned[own:], lexicon, proper):
        return NAMED, " ".join(tokens)
    if len(lowered) == 2 and lowered[1] in _PRESS and lowered[0] not in _DEMONYMS and (
            (cleaned[0].isupper() and len(cleaned[0]) > 1) or lowered[0] in lexicon.not_groups
            or proper(cleaned[0], True)):
        return NAMED, " ".join(tokens)  # "AFP journalists said", "Reuters reporters said": the outlet's own, as
        # "an AFP journalist" is (not "Israeli journalists", "US reporters", "Foreign correspondents")
    work = next((i for i in range(1, min(4, len(lowered) - 2)) if lowered[i] in _WORKS
                 and lowered[i + 1] in ("that", "which")), None)
    if work is not None and lowered[0] in _WORK_OPENERS and not _clause_subject(
            lowered[work + 2], cleaned[work + 2], lexicon):
        return classify(" ".join(tokens[:work + 1]), lexicon, proper, earlier, body)  # "a new study that highlights
        # the importance of therapy and other interventions": the study, whatever its clause speaks of
    head_index = _head(lowered, lexicon)
    counsel = head_index + 1 if head_index is not None and lowered[head_index + 1:head_index + 2] and \
        lowered[head_index + 1] in _COUNSEL else head_index
    if counsel is not None and counsel >= 2 and lowered[counsel] in _COUNSEL and lowered[counsel - 2] == "the" and \
            tokens[counsel - 1].endswith(("'", "\u2019", "'s", "\u2019s")):
        return ROLE, " ".join(tokens)  # "one of the nurses' attorneys", "one of the family's lawyers": counsel for
        # a party the story has named, as "a lawyer for the family" is
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
            j + 2 < len(lowered) and lowered[j + 1] in _DEFINITE_OWNERS and ((
                lowered[j + 2] in _HOLDERS and (j + 3 == len(lowered) or lowered[j + 3] == "and" or (
                    lowered[j + 3] == "of" and j + 4 < len(lowered) and cleaned[j + 4][:1].isupper())))
            or (lowered[j + 1] == "the" and any(
                lowered[k] in _BODIES and (k + 1 == len(lowered) or lowered[k + 1] == "and")
                for k in range(j + 2, min(j + 5, len(lowered)))))):
        return NAMED, " ".join(tokens)  # "Critics of the plan, including the mayor,": one of them holds a known
        # office ("the mayor of Leeds"; not "the mayor of a nearby town"), or is a body the story can mean only one
        # of ("Supporters, including the downtown business association,")
    for i, word in enumerate(cleaned):
        # Before a group noun, a capitalised opening word is a name only if the
        # draft writes it so inside a sentence ("Kremlin officials", not
        # "Procurement watchers"); alone, one it never writes in lowercase is ("Morrow").
        if not (word[:1].isupper() or _NAME_ARTICLE.match(word)) or not (
                _names(word, i, lexicon, proper, head_index is not None and head_index >= i) or (
                    i + 1 == head_index and lowered[head_index] in _OFFICE_STAFF and _BODY_INITIALS.fullmatch(word)
                    and lowered[i].rstrip(".") not in _DEMONYMS)):
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
        if preposition == "in" and (lowered[head_index] in DOCUMENTS or lowered[head_index] in _PIECES):
            return NAMED, " ".join(tokens)  # "a report in the Times", "a review in Variety": where it appeared
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
        if lowered[0] in _DEFINITE_OPENERS and 2 <= phrase_end <= 4:
            return NAMED, " ".join(tokens)  # "the ministry said", "the company said": a body the story names;
            # "her family said": that of someone it names; "our designer told me": one the writer knows; "this
            # designer told me": one the story brought in
        if lowered[0] in ("each", "every") and 2 <= phrase_end <= 3:
            return GROUP, " ".join(tokens)  # "every designer told me": all of some, none named
        if lowered[phrase_end - 1] == "police" and phrase_end <= 3 and _QUANTIFIERS.isdisjoint(lowered):
            return NAMED, " ".join(tokens)  # '"...," police said', "local police said": the force, as "Police said"
        actor = next((i for i, w in enumerate(lowered[:phrase_end]) if w in lexicon.actors), None)
        if actor and lowered[actor] == "leaders" and lowered[actor - 1] in _CONSTITUENCIES:
            return GROUP, " ".join(tokens[:actor + 1][-5:])  # "business leaders warned": whose leaders, not who
        if actor and lowered[actor - 1] in _OUTSIDE_EXPERTS:
            return GROUP, " ".join(tokens[:actor + 1][-5:])  # "structural engineers caution", "independent
            # investigators believe": experts by their field or their independence, not the story's own
        if actor is not None:
            return ACTORS, " ".join(tokens)  # "investigators said": the story's own, yet unnamed when quoted
        return None, ""
    head = lowered[head_index]
    before_head = lowered[head_index - 1] if head_index else ""
    if head in _OFFICE_STAFF and before_head.endswith(("'s", "\u2019s")):
        before_head = before_head[:-2]  # "sheriff's officials", of the Sheriff's Office the story named
    if head in ("councillors", "councilors") and not before_head and (
            earlier("committee") or (earlier("council") and (earlier("meeting") or earlier("voted")))):
        return NAMED, " ".join(tokens)  # "Councillors said" in a story of the committee's vote or the council's
        # meeting: its members, in the debate the story reports (not "Some councillors", "Opposition councillors")
    if head in _OFFICE_STAFF and lowered[max(0, head_index - 2):head_index] in _LOCAL_SERVICES:
        return NAMED, " ".join(tokens)  # "Trading standards officers said", "environmental health officers": the
        # council's service, named by its statutory work as "police" is
    if head == "planners" and (((not before_head or before_head in _TOWN_HALLS) and earlier("council") and
                                earlier("planning")) or (before_head in _TOWN_HALLS and earlier(before_head))):
        return NAMED, " ".join(tokens)  # "planners said" or "council planners" in a story of the council's planning
        # decision, "City planners" once the story has named the city: its planning officers (not "Urban planners
        # say", a discipline)
    if head == "staff" and ((before_head in _TOWN_HALLS and earlier(before_head)) or (
            not before_head and any(earlier(f"staff {paper}") for paper in _STAFF_PAPERS)
            and any(earlier(w) for w in _STAFFED))):
        return NAMED, " ".join(tokens)  # "city staff" once the story has named the city, and bare "Staff" once it
        # has named their report to the council ("a staff report to regional council"): its officers
    if head in _DOCUMENTS_AND_RESEARCH and (before_head in _INSTITUTIONS or (
            before_head in _BODIES and earlier(before_head))):
        return NAMED, " ".join(tokens)  # "police reports", "government research", "council reports" once the story
        # has named the council (not by `body`, which compiles a pattern for each word: "other research")
    if (head in _SPOKESPEOPLE or head in DOCUMENTS or head in _OFFICE_STAFF) and before_head \
            and before_head not in _DETERMINERS and (  # "a spokesman": no body's word before the head
                (before_head in _BODIES and earlier(before_head)) or body(before_head)
                or (before_head in _INSTITUTIONS and (head not in _OFFICE_STAFF or before_head in _ONE_SERVICE))
                or (head == "officers" and before_head in _COUNCIL_WORK and (
                    earlier("councillors") or earlier("councilors") or earlier("council")))
                or (before_head == "staff" and head in DOCUMENTS and any(earlier(w) for w in _STAFFED))):
        # "a district spokesman", "a council report", "fire officials" in a story about the fire department,
        # "a police report", "police officers" (as "police said"), "council officers" or "planning officers"
        # once the story has named the council or its councillors; "a staff report" to
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
                  or (lowered[j] in _OBJECT_OF and j)
                  or (lowered[j] == "that" and j and (head.endswith("s") or head in _QUANTIFIERS))), 0)
    # ("a yew tree grows that some believe": "that" before "some" opens a clause, no determiner)
    words = " ".join(tokens[first:head_index + 1][-5:])
    # The determiner of the head's own phrase, not of a noun it is the object of ("The plan passed despite
    # warnings from economists who said": the economists are no definite role).
    opening = lowered[first]
    definite = head_index > first and (opening in ("the", "this", "these", "those", "its", "their", "his", "her") or (
        opening in ("both", "all", "each") and _whole_set(lowered[first:head_index]) and
        "and" not in lowered[head_index:] and _singular(head) not in _BODIES))
    # ("Both men said", "All four men", "Each of the men": the set the story named, as "the two men"; not "Both
    # critics and supporters say", nor "Both unions said", bodies that want their names)
    counted = opening in _QUANTIFIERS and _is_group(head, lexicon)  # "some researchers": a group, as "some experts"
    if opening in ("a", "an") and head_index >= 2 and lowered[head_index - 1] == "of" and \
            lowered[head_index - 2] in _TALLIES and head.endswith("s"):
        return GROUP, words  # "a number of authors", "a handful of officials": some of them, not a study's authors
    # "Climate researchers": a field's researchers are a group, as "reef ecologists" are; bare "Researchers
    # said" and "the researchers" are a study's own
    fielded = head == "researchers" and head_index > first and opening not in _DETERMINERS and not definite
    mine = first + 1 if opening in ("my", "our") else first + 3 if opening in ("one", "another") and (
        lowered[first + 1:first + 3] in (["of", "my"], ["of", "our"])) else 0  # where the writer's own are named from
    if mine and head_index - mine <= 2 and (head in lexicon.person_nouns or _is_group(head, lexicon)) and \
            head.removesuffix("s") not in ANONYMOUS_ROLES:
        return NAMED, words  # "My father said", "our neighbour told me", "one of our senior designers told me": one
        # the writer knows, as the byline names the writer ("my sources" are still sources)
    if (head in lexicon.person_nouns and not counted and not fielded) or (definite and _is_group(head, lexicon)) or \
            (opening in _INDEFINITE and not _is_group(head, lexicon)):
        determiner = lowered[head_index - 1] if head_index else ""
        if any(w in _INDEFINITE for w in lowered[max(first, head_index - 4):head_index]):
            return PERSON, words
        if determiner in ("the", "this", "that", "these", "those") or definite:
            return ROLE, words
        return PERSON, words
    return GROUP, words


def _clause_subject(word: str, written: str, lexicon: Lexicon) -> bool:
    """May a word after "that" be the subject of the clause it opens ("a report that officials said", "a study that
    the council ordered"), not the clause's verb ("a study that highlights")?"""
    return word in _DETERMINERS or word in _QUANTIFIERS or word in SPEAKER_PRONOUNS or written[:1].isupper() or \
        word in lexicon.person_nouns or _is_group(word, lexicon)


def _verb_of_object(lowered: list[str]) -> int | None:
    """Where the verb stands whose object ends the words ("who" after it or not): "the council ignored
    residents who" -> 2, "the decision angered parents" -> 2; None when there is none."""
    last = len(lowered) - 1 - (lowered[-1] == "who")
    return next((j for j in range(last - 1, max(0, last - 5), -1) if _verb_before_object(lowered[j - 1], lowered[j])),
                None)


def _verb_before_object(before: str, word: str) -> bool:
    """Is `word`, after `before`, the verb a relative clause's noun is the object of ("The council ignored
    residents who said", "has overruled objectors who")? Not an adjective after a determiner, a conjunction, an
    adverb or an owner: "the frustrated residents who", "angry and worried parents who", "the council's retired
    officers who"."""
    return (word.endswith("ed") or word in _PAST_OBJECT_VERBS) and before not in _DETERMINERS and \
        before not in _NOT_A_VERBS_SUBJECT and not before.endswith(("ly", "'s", "\u2019s", "s'", "s\u2019")) and \
        not before[:1].isdigit()  # ("12 injured men")


# Before an actor's noun, words that make them experts from outside the story: "structural engineers".
_OUTSIDE_EXPERTS = frozenset("""structural civil independent outside external consulting geotechnical mechanical
    electrical forensic""".split())
_PAST_OBJECT_VERBS = frozenset("met told heard found overrode sought fought beat hit took".split())
_NOT_A_VERBS_SUBJECT = frozenset("""and or but nor of by for with to as than more most less very so too six seven eight
    nine ten eleven twelve twenty dozens hundreds thousands""".split())


def _whole_set(before: list[str]) -> bool:
    """Do the words before a noun take all of a set the story has told of: "both", "both the", "all four", "all
    the", "all of the", "each of the" (not "all", "some of the", "two of the")?"""
    if before[:1] == ["both"]:
        return before[1:] in ([], ["the"], ["of", "the"])
    return before[:1] in (["all"], ["each"]) and (before[1:] in (["the"], ["of", "the"]) or (
        before[0] == "all" and len(before) == 2 and (before[1].isdigit() or before[1] in _BIG_FEW)))


def _singular(plural: str) -> str:
    """A plural noun's singular, as the body nouns are listed: "unions" -> "union", "charities" -> "charity"."""
    return plural[:-3] + "y" if plural.endswith("ies") else plural[:-1] if plural.endswith("s") else plural


# A sentence that goes on with a group's sides, saying something: "Some said ...", "Others argued ..." (not "Most
# are in children", which counts something else).
_SIDES = compiled_later(r"(?:some|others|many|most|a few)\b")
# ... and one that takes its side with no verb of saying: "Others welcomed it."
_SIDE_TAKEN = compiled_later(r"(?:some|others|many|most|a few) (?:have |had )?(?:welcomed|backed|supported|opposed|"
                             r"objected|critici[sz]ed|praised|applauded|agreed|disagreed)\b")
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
# Services a country has one of, whose officers are its voice as the police's are: "coastguard officials said".
_ONE_SERVICE = frozenset({"police", "coastguard"})
_AFTER_HEAD = frozenset("in at of on from who with".split())
# A local authority's services, which their officers name: "trading standards officers".
_LOCAL_SERVICES = (["trading", "standards"], ["environmental", "health"])
# What "official" qualifies when it is no person: "an official statement", "official figures".
_RECORDS = frozenset("""statement statements figures data report readout transcript account estimate estimates
    documents records channels website guidance count tally forecast response notice version""".split())
# What someone writes, issues or runs: its agent after a participle is its author, a relative clause after it
# describes it ("a study that highlights ...").
_WORKS = DOCUMENTS | _RECORDS | frozenset("letter petition paper review note post message analysis research "
                                          "trial".split())
# Words that open a noun phrase the story or the writer can point to: "the ministry", "her family", "our designer",
# "this designer".
_DEFINITE_OPENERS = frozenset("the his her their its my our your this that these those".split())
# Words after a noun that say when, not who: "an inspection after her death", "a review following the fire".
_WHEN_AFTER = frozenset("after before during following since".split())
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


# One of a party, by its member's noun, and how they lean within it.
_ONE_OF_A_PARTY = frozenset("democrat republican tory conservative liberal".split())
_LEANINGS = frozenset("moderate progressive centrist right-wing left-wing conservative liberal rank-and-file "
                      "freshman junior longtime long-serving".split())
_PARTY_QUALIFIERS = _CHAMBER | _RANKS | _LEANINGS  # "a senior House Democrat"


def _head(lowered: list[str], lexicon: Lexicon) -> int | None:
    """Where the subject's head noun stands: an unnamed person or group, before
    any phrase that follows it ("the firm's banking team in a note to clients")."""
    if lowered and lowered[0] in ("the", "its", "their", "his", "her"):
        cut = next((i for i, w in enumerate(lowered) if i and w in _HEAD_ENDS), len(lowered))
        lowered = lowered[:cut]
    if "that" in lowered or "which" in lowered:
        # A relative clause whose verb follows its "that" is the noun's, its words none of the head: "a study that
        # counted bees at 200 sites" (not "a fight that both parties expect", whose clause has a subject of its own)
        lowered = lowered[:next((i for i in range(1, len(lowered) - 1) if lowered[i] in ("that", "which")
                                 and (_a_verb(lowered[i + 1]) or lowered[i + 2:] in _DEGREE_LAST)), len(lowered))]
        # ("the rule that matters most": a verb and its adverb, no quantifier for a subject)
    if "of" in lowered:
        # ... and so are those a paper counts after "of": "a survey of more than 400 developers" (the survey)
        lowered = lowered[:next((i + 1 for i in range(1, len(lowered) - 1) if lowered[i + 1] == "of"
                                 and lowered[i] in DOCUMENTS), len(lowered))]
    if "by" in lowered:
        # ... and so is a passive's agent after the noun's participle: "a payroll company used by thousands of small
        # businesses", "a drug taken by millions of people" (the company, the drug); not a work's, whose agent is its
        # author: "a statement issued by residents", "a study funded by the industry"
        lowered = lowered[:next((i for i in range(1, len(lowered) - 1) if lowered[i + 1] == "by"
                                 and _participle(lowered[i]) and lowered[i - 1] not in _WORKS
                                 and lowered[i - 1] not in lexicon.evidence), len(lowered))]
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
        if word in _TALLIES and following == "of" and i + 2 < len(lowered) and lowered[i + 2].endswith("s") and \
                lowered[i + 2].isalpha() and lowered[i + 2] not in _SPANS and (
                    i + 3 == len(lowered) or lowered[i + 3] in _AFTER_HEAD):
            return i + 2  # "a number of leaders": the plural they count, as "several midwives" above
        if word in _COLLECTIVE and following == "of":
            continue  # "a host of analysts": the analysts, not a host
        if word in lexicon.person_nouns and following.endswith("s") and _is_group(following, lexicon):
            continue  # "passenger groups", "tenant unions": the groups
        if following in _UNNAMED_BODY_NOUNS and _is_group(word, lexicon):
            continue  # "an industry body", "a research group": the body
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
                                                                 or w in _AUXILIARY_TAIL or w in _WHEN_AFTER
                                                                 or (w == "to" and _participle(lowered[i - 1])))),
                   len(lowered))  # ("a firm hired to review the accounts": the firm, hired)
        if end == 1 and len(lowered) > 1 and lowered[1] == "of" and len(lowered) <= 4:
            return len(lowered) - 1  # "one of them", "one of those present": the whole phrase says who
        if len(lowered) <= 8 or (end <= 4 and lowered[end] in ("who", "whose")):
            if end >= 3 and _participle(lowered[end - 1]) and lowered[end - 2].isalpha():
                return end - 2  # "a report published on Monday", "a firm hired by the council": the noun, which the
                # participle describes
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
    if len(lowered) > 2 and lowered[-2] == "on" and lowered[-1] in _WEEKDAYS:
        lowered, cleaned = lowered[:-2], cleaned[:-2]  # "Federal prosecutors on Wednesday accused": the day it was
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
                   or low in _CONSTITUENCIES or low in _OUTSIDE_EXPERTS):
        return False  # "Business leaders", "Independent investigators", "Civil engineers", opening a sentence
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


_SAID = frozenset("""said says told tells added adds wrote writes explained explains confirmed confirms announced
    announces insisted insists warned warns argued argues stated states replied replies declared declares admitted
    admits claimed claims noted notes recalled recalls stressed stresses acknowledged acknowledges conceded
    concedes""".split())
# ... those of them no noun shares, before what was said: "Police said the evidence (shows)", "Police say residents
# (confirmed)", not "Police in three states (said)".
_SAID_BEFORE_CLAUSE = frozenset("""said say says told added wrote explained confirmed announced insisted warned argued
    stated replied declared admitted claimed stressed acknowledged conceded""".split())
