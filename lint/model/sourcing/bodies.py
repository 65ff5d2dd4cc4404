"""Bodies a story brings in unnamed: "A campaign group has warned", "one bank
said", and those who speak for one ("a spokesperson for a dementia charity",
"an executive at a large lender"); and whether the next sentences name it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ..patterns import compiled_later
from .lexicon import (
    _SPOKESPEOPLE,
    _UNNAMED_BODY_NOUNS,
    Attribution,
)

# Firms by their trade, which speak through a spokesperson as public bodies do.
_FIRMS = frozenset("""developer housebuilder manufacturer carmaker brewer chain provider supplier lender utility
    contractor carrier landlord operator owner retailer supermarket insurer employer publisher broadcaster builder
    haulier distributor""".split())
# A body's name: capitalised words, with "of" or "and" between them ("Elm Street Business Association", "Federated
# Farmers'", "National Union of Farmers").
_BODY_NAME = compiled_later(r"[A-Z][\w'\u2019&.-]*(?: (?:of |for |and |& )?[A-Z][\w'\u2019&.-]*){1,6}")
# A spokesperson's body, unnamed: "for a dementia charity", "at one of the banks".
_FOR_UNNAMED = re.compile(r"\s+(?:for|at|from) (?:one|a|an|another|some)\b", re.IGNORECASE)
# Those who run a firm, and the firm unnamed after them: "an executive at a large lender", "a director at one of the
# big banks" (not "a teacher at a local school", a voice from the street).
_RUNS_A_FIRM = ("executive", "executives", "director", "directors", "manager", "banker", "bankers", "boss")
_FIRMS_UNNAMED = _UNNAMED_BODY_NOUNS | _FIRMS | frozenset("brokerage airline producer startup miner".split())


def voice_of_unnamed_body(a: Attribution, text: str) -> bool:
    """Is the subject a spokesperson for a body the story does not name ("a
    spokesperson for a dementia charity", "a spokesman at one of the banks"),
    or one who runs a firm it does not name ("an executive at a large lender")?
    The body is then as unnamed as "a source" is."""
    subject = a.subject.lower()
    if subject.endswith(tuple(_SPOKESPEOPLE)):
        return _FOR_UNNAMED.match(text, a.subject_start + len(a.subject)) is not None
    if not subject.endswith(_RUNS_A_FIRM):
        return False
    after = text[a.subject_start + len(a.subject):a.subject_end].lower().split()  # "at a large lender"
    return len(after) >= 3 and after[0] in ("at", "of", "from") and after[1] in _SOME_BODY_OPENERS and \
        after[-1].removesuffix("s") in _FIRMS_UNNAMED


def unnamed_body(a: Attribution, text: str, lowered: str, until: int) -> bool | None:
    """Is the subject a body brought in with "a" or "one" ("A campaign group has warned", "an investment firm said",
    "one bank said"), and one the story does not name before `until` (the end of the next sentences)? True when it
    names none; False when it names it: "The group, Bus Users UK, said", "Shelter, the housing charity,", or a body
    first named there ("A watchdog has criticised the council. The Local Government Ombudsman found ..."); None when
    the subject is no such body, or one in a rule of thumb ("If a charity says it cannot cope, ...")."""
    words = a.subject.lower().split()
    if len(words) < 2 or words[0] not in _ONE_BODY_OPENERS or words[-1] not in _UNNAMED_BODY_NOUNS or \
            (words[-1] == "tank" and words[-2] != "think"):
        return None
    if _IF_BEFORE().search(lowered, max(0, a.subject_start - 12), a.subject_start):
        return None
    return _named_body(words[-1]).search(text, a.end, until) is None and \
        not any(_may_be_the_body(name, words[-1], text, a, at) for name, at in _bodies_first_named(text, a.end, until))


# Kinds of firm a story may bring in by what it is and never name: "A major technology company unveiled ...".
_KINDS_OF_FIRM = ("company|firm|giant|startup|start-up|retailer|carmaker|automaker|manufacturer|chain|brand|bank|"
                  "lender|insurer|airline|developer|platform|supplier|conglomerate|corporation|publisher|broadcaster")
# ... the first time the text brings one in, after a determiner (not a headline's "Tech Giant Unveils ..."),
_A_KIND_OF_FIRM = compiled_later(rf"\b(?:a|an|the|this|that|its|their)(?: [a-z-]+){{0,3}} (?:{_KINDS_OF_FIRM})\b")
# ... with a word that keeps it one of its kind: "a major technology company", "a leading retailer".
_BROUGHT_IN_UNNAMED = compiled_later(
    r"(?:a|an) (?:major|leading|prominent|large|big|well-known|top|global|popular|multinational|international|"
    rf"unnamed|certain|undisclosed|renowned|famous)(?: [a-z-]+){{0,2}} (?:{_KINDS_OF_FIRM})")
# ... and its voice by that kind: "the company's chief executive", "a company spokesperson", "a spokesman for the firm".
_OFFICERS = (r"(?:chief executive|executive|spokes(?:man|woman|person)|founder|president|director|boss|chief|head|"
             r"chair(?:man|woman)?|ceo|owner|manager|representative|official)")
_VOICE_BY_ITS_KIND = compiled_later(
    rf"(?:the |a |an )?(?:{_KINDS_OF_FIRM})(?:['\u2019]s)? (?:[a-z-]+ ){{0,2}}{_OFFICERS}"
    rf"|(?:a |an |the )?(?:[a-z-]+ )?{_OFFICERS} (?:for|at|of|from) the (?:{_KINDS_OF_FIRM})")
# A firm named by its kind anywhere: "a major company, Acme,", "the tech company Acme", "Acme, a technology company",
# "a company called Acme", "Acme Ltd", "(NASDAQ: ACME)" (not "On Tuesday, a major technology company").
_FIRM_NAMED = compiled_later(
    rf"\b(?:{_KINDS_OF_FIRM}),? (?:the )?[A-Z]"
    r"|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)[A-Z][\w&'\u2019.-]*,? (?:a|an|the|is a|is an) (?:[a-z-]+ ){0,4}"
    rf"(?:{_KINDS_OF_FIRM})\b"
    rf"|\b(?:{_KINDS_OF_FIRM}) (?:called|named|known as) [A-Z]"
    r"|\b[A-Z][\w&.-]* (?:Inc|Ltd|Corp|LLC|plc|PLC|GmbH|AG|SA|NV)\b|\((?:NASDAQ|Nasdaq|NYSE|LSE|TSX|ASX):")


def voice_by_its_kind(subject: str) -> bool:
    """Is the subject a firm's voice named by the firm's kind ("the company's chief executive", "a spokesman for the
    firm")?"""
    return _VOICE_BY_ITS_KIND().fullmatch(subject.lower()) is not None


def firm_left_unnamed(text: str, lowered: str) -> bool:
    """Does the story bring in the first firm it speaks of as one of its kind ("A major technology company unveiled
    ...") and never name it, by its kind ("the company, Acme,"), a corporate name ("Acme Ltd"), or a name that
    speaks or runs an office ("Acme said", "Acme's chief executive, Jo Roe,")? Its voices are then as unnamed as
    "a source" is."""
    first = _A_KIND_OF_FIRM().search(lowered)
    if first is None or _BROUGHT_IN_UNNAMED().fullmatch(lowered, first.start(), first.end()) is None or \
            _FIRM_NAMED().search(text) is not None:
        return False
    return not any(text.find(name, 0, at) == -1 and name not in _PRONOUNS_OPENING
                   for name, at in _bodies_first_named(text, first.end(), len(text)))


def _bodies_first_named(text: str, start: int, until: int) -> Iterator[tuple[str, int]]:
    """The names of bodies the text from `start` to `until` may first name, and where: by a word of their kind ("The
    Local Government Ombudsman found"), by a name that opens a sentence speaking or given a claim ("Shelter said",
    "Independent Age said", "According to Crisis,"; a person's name comes with who they are: "Its chair, Tom Baird,
    said"), or by its possessive before its officer ("Shelter's chief executive, Polly Neate,")."""
    for found in _BODY_NAME().finditer(text, start, until):
        if _A_BODYS_NAME().search(found.group()):
            yield found.group(), found.start()
    for pattern in (_NAME_SPEAKS, _ACCORDING_TO_A_NAME, _ITS_OFFICER):
        for found in pattern().finditer(text, start, until):
            yield found["name"], found.start()


def _may_be_the_body(name: str, noun: str, text: str, a: Attribution, at: int) -> bool:
    """Is a body named after an unnamed one perhaps the same: one the story has not named before (a surname follows
    its full name), no pronoun, one word never written in lowercase ("Police said" is no name), and, for all but a
    watchdog or an agency, no government's office answering it ("A union has warned of strikes." then "The Department
    for Education said")?"""
    return text.find(name, 0, at) == -1 and name not in _PRONOUNS_OPENING and \
        (" " in name or re.search(rf"\b{name.lower()}\b", text) is None) and \
        (noun in _OVERSEERS or _GOVERNMENT_OFFICE().search(name) is None)


# Unnamed bodies that may be a government's own office: "A watchdog has warned" then "The Office for Budget
# Responsibility said".
_OVERSEERS = frozenset("watchdog regulator agency body".split())
_GOVERNMENT_OFFICE = compiled_later(r"\b(?:Department|Ministry|Government|Treasury|Home Office|Foreign Office|"
                                    r"Cabinet Office|Council|Police|Downing Street|White House)\b")


_ONE_BODY_OPENERS = frozenset("a an one another".split())
_SOME_BODY_OPENERS = _ONE_BODY_OPENERS | {"some"}  # "at some of the banks"
_IF_BEFORE = compiled_later(r"\b(?:if|when|whenever|unless|once|where)\s+\Z")
# What only a body's name has: a word of its kind ("Ombudsman", "Trust"), initials ("NSPCC"), "UK" ("Age UK").
_A_BODYS_NAME = compiled_later(r"\b(?:Association|Union|Federation|Society|Chamber|Alliance|Council|Network|Forum|"
                               r"Coalition|League|Guild|Confederation|Group|Trust|Foundation|Institute|Agency|Bank|"
                               r"Commission|Ombudsman|Authority|Office|Fund|Watch|Action|Campaign|Partners|Capital|"
                               r"Research)\b|\b[A-Z]{3,6}s?\b| UK$")


# A sentence opening on a name that speaks, or given a claim: "Shelter said", "Barnardo's warned", "Independent Age
# said", "Which? said", "According to Crisis,".
_A_NAME_OPENING = r"(?:(?<=[.!?] )|(?<=[.!?][\"\u201d] )|(?<=\n))"
_NAME = r"(?P<name>[A-Z][\w&-]+(?: (?:of |for |and |& )?[A-Z][\w&-]+){0,3})"
_NAME_SPEAKS = compiled_later(rf"{_A_NAME_OPENING}{_NAME}(?:['\u2019]s?|\?)? (?:has |have |had )?(?:said|says|warned|"
                              r"warns|estimated|estimates|found|claimed|argued|added|told|reported|believes|called)\b")
_ACCORDING_TO_A_NAME = compiled_later(rf"{_A_NAME_OPENING}According to {_NAME}\??,")
_PRONOUNS_OPENING = frozenset("He She They It We I You One".split())
# ... or by its possessive before an officer's post and name: "Age UK's charity director, Caroline Abrahams,",
# "Shelter's chief executive Polly Neate".
_ITS_OFFICER = compiled_later(r"(?:(?<=[.!?] )|(?<=\n))(?:The )?(?P<name>[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3})['\u2019]s "
                              r"(?:[a-z-]+ ){0,3}(?:executive|director|chair|chairman|chairwoman|head|president|"
                              r"spokes(?:man|woman|person)|secretary|manager|officer|founder|leader|chief)(?: of "
                              r"[a-z]+)?,? [A-Z][\w'\u2019-]+ [A-Z]")


@functools.cache
def _named_body(noun: str) -> re.Pattern[str]:
    """The body named by its noun: "The group, Bus Users UK,", "the campaign group Transport Action Network",
    "Shelter, the housing charity", "Hindenburg Research, a short seller and investment firm"."""
    return re.compile(rf"\b[Tt]he (?:[a-z-]+ ){{0,2}}{noun},? (?:the )?[A-Z]|[A-Z][\w&'\u2019.-]*,? "
                      rf"(?:a|an|the) (?:[a-z-]+ ){{0,4}}{noun}\b")


# ... a firm's by a post a firm has (not a union's "general secretary"): "Uswitch's energy expert, Ben Gallizzi,".
_FIRMS_OFFICER = compiled_later(r"(?:(?<=[.!?] )|(?<=\n))(?:The )?(?P<name>[A-Z][\w&-]*)['\u2019]s (?:[a-z-]+ ){0,3}"
                                r"(?:executive|boss|chairman|chairwoman|chair|director|founder|expert|analyst|economist|"
                                r"spokes(?:man|woman|person)|manager),? [A-Z][\w'\u2019-]+ [A-Z]")
_SAYS = compiled_later(r"\b(?:said|says|told|added|warned)\b")


# Trades of firms, one of which may speak next by its name alone: "Supermarkets said ..." then "Asda said ...".
FIRM_TRADES = frozenset("""supermarkets airlines banks lenders insurers carmakers automakers retailers suppliers
    housebuilders chains sites""".split())  # "sites": "Some comparison sites said ..." then "Uswitch's energy expert"


def one_firm_speaks(head: str, text: str, start: int, end: int, a: Attribution) -> bool:
    """Does the sentence from `start` to `end` open with one firm of a trade of firms speaking, by a one-word name
    new to the story ("Supermarkets said they had cut prices." then "Asda said it was the cheapest")? Not a word
    the story writes in lowercase too ("Police said"), nor a surname it brought in before ("Jones said")."""
    if head not in FIRM_TRADES:
        return False
    found = _NAME_SPEAKS().search(text, start, min(end, start + 60))
    if found is None or text[start:found.start()].strip():
        found = _FIRMS_OFFICER().search(text, start, min(end, start + 80))  # "Asda's chief executive, Allan
        # Leighton, said": the firm by its officer, who speaks
        if found is None or text[start:found.start()].strip() or _SAYS().search(text, found.end(), end) is None:
            return False
    if " " in (name := found["name"]):
        return False
    first, lowercase = _word_index(text)
    return first.get(name, -1) >= found.start() and name.lower() not in lowercase and \
        name not in _PRONOUNS_OPENING and _GOVERNMENT_OFFICE().search(name) is None


@functools.lru_cache(maxsize=2)
def _word_index(text: str) -> tuple[dict[str, int], frozenset[str]]:
    """Where each capitalised word of the text first stands, and its words written in lowercase: read once per
    draft, so that many firms named in turn cost one pass, not one each."""
    first: dict[str, int] = {}
    lowercase = set()
    for m in _WORD_OF_A_NAME.finditer(text):
        word = m.group()
        if word[0].isupper():
            first.setdefault(word, m.start())
        else:
            lowercase.add(word)
    return first, frozenset(lowercase)


_WORD_OF_A_NAME = re.compile(r"(?<![\w&-])[\w&-]+")  # as _NAME reads a name's word
