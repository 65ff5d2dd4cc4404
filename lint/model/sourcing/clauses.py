"""Finding a sentence's attributions: its verbs of saying and impersonal
phrases, each with its subject and its claim, and the shapes that are no
claim at all (a verb's object, a condition, advice to someone).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterable

from ..names import NAME_PARTICLES
from ..patterns import compiled_later
from ..types import Quotation, Region, Sentence
from ..words import (
    PRONOUNS,
    SPEECH_VERBS,
)
from .lexicon import (
    _ANONYMOUS_TIES,
    _ANYONE_ENDS,
    _BLANK,
    _BODIES,
    _CAPITAL_WORD,
    _COMPARED,
    _COUNTED,
    _DETERMINERS,
    _HABITS,
    _HEDGED,
    _HEDGES,
    _JUDGING,
    _MODALS,
    _NEGATIONS,
    _NOUN_MARKERS,
    _PARTICIPLE_CLAUSE,
    _QUANTIFIERS,
    _SEEMING,
    _SEEMING_VIEWS,
    _SPOKEN,
    _STANCE,
    _STATE_BE,
    _STATE_CLAUSE,
    _STATES,
    _TO_LAST_CLAUSE_MARK,
    _TOKEN,
    _UNNAMED_BODY_NOUNS,
    _UNTIL_NOW,
    _WITHHELD,
    GROUP,
    IMPERSONAL,
    NAMED,
    PERSON,
    REDUCED_PASSIVES,
    Attribution,
    Lexicon,
    _measured,
)
from .subjects import (
    _AFTER_HEAD,
    _AS_WHEN,
    _FINITE,
    _INCLUDING_ASIDE,
    _OPEN_QUESTION,
    _a_verb,
    _first_verb,
    _free_relative,
    _is_group,
    _second_clause,
    _shared_subject,
    _subject_after,
    _subject_before,
    classify,
)


def _stance_reach(sentences: list[Sentence], index: int, quoted: set[int]) -> list[Sentence]:
    """Where one of critics, opponents or supporters may be named by their stance ("who voted for the plan"): the
    next three sentences (a quotation's counted as one), in the group's paragraph and the next, after the claim's
    evidence ("Supporters said the city needed housing. Rents have risen 40%, according to Zillow." then '"...,"
    said Councilor April Fournier, who voted for the plan')."""
    following = sentences[index + 1:index + 1 + _reach(sentences, index, quoted, 3)]
    region = sentences[index].region
    regions = [region, *(s.region for s in following if s.region != region)][:2]
    return [s for s in following if s.region in regions]


# How a story counts people: "four", "23", "several", "a handful of".
COUNTS = (r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|both|"
          r"a (?:number|handful|dozen) of|dozens of")
# A sentence opening on people counted: "Four former managers", "Several staff members", "Both women".
_COUNTED_PEOPLE = compiled_later(rf"\s*(?:{COUNTS}) (?:[a-z'\u2019-]+ ){{0,3}}?[a-z]+s\b")


_LEAD_SENTENCES = 3  # a lead's summary reaches the next three sentences
_SERVICE_SENTENCES = 5  # ... and a service's officials ("county emergency officials") their officer, by title, five


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
    school.', "Objectors told the meeting ... Frome Town Council also opposed the plans." then '"...," said
    Helen Marsh, who has lived on nearby Styles Hill for 30 years.' (not after "The board voted 9-3.")."""
    region = sentences[index].region
    for s in sentences[index + 1:index + 4]:
        if s.region != region:
            return s.region
        if _GOES_ON().match(lowered, s.start) is None:
            return None
    return None


# How a sentence goes on with the group the one before gave a claim to: "Many had campaigned", "They say"; or adds
# another to its side: "Frome Town Council also opposed the plans."
_GOES_ON = compiled_later(r"(?:some|others|many|most|a few|several|they|all|both)\b|(?:[\w'\u2019-]+ ){1,5}also "
                          r"(?:opposed|objected|backed|supported|critici[sz]ed|welcomed|raised|warned)\b")


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
    return NAMED if known else (GROUP if role.endswith("s") or role in _PLURALS_WITHOUT_S else PERSON)


_PLURALS_WITHOUT_S = frozenset("people men women children staff".split())  # "the people who ... say": a group


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


@functools.cache
def _role_named(role: str) -> re.Pattern[str]:
    """Where the story names the one a lead called by a role: "The pilot of a small plane told controllers ..."
    then "The pilot, 61-year-old Graham Pike from Honiton, died", "The pilot was named as Graham Pike"."""
    return re.compile(rf"\b[Tt]he {re.escape(role)}(?:, (?:\d{{1,3}}-year-old |aged \d{{1,3}},? )?[A-Z][\w'\u2019-]+ "
                      rf"[A-Z]| (?:was|has been|had been) (?:named|identified) (?:locally )?as [A-Z])")


def last_role_named(text: str, role: str) -> int:
    """Where the story last names the one it called by a role (-1 if never): read once per role and draft, so
    that many claims by "the company's chief executive" cost one pass, not one each."""
    return max((m.start() for m in _role_named(role).finditer(text)), default=-1)


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
    report"), is the named source's report; inside what sources whose
    anonymity the story explains said, it is theirs, as justified ("Others in
    the administration worry ..., two of the people said"). Not a claim
    beside the named one's ("Critics say it will fail, but the mayor said it
    would work"), nor one before a named source's own clause ("..., when
    Keane has said she will run")."""
    last = found[-1]
    opens = min(last.start, last.subject_start)
    if _CLOSING_TAIL.fullmatch(text, max(last.end, last.subject_end), end) is None:
        return found
    out = []
    record = last.kind == NAMED and last.verb in _RECORD_VERBS  # "..., the poll found": every side it counted
    for a in found[:-1]:
        between = text[a.end:opens]
        if a.kind == GROUP and a.end <= opens and between.rstrip().endswith(",") \
                and (record or _CLAIM_BESIDE.search(between) is None):
            a = _replace(a, NAMED) if last.kind == NAMED else _replace(a, a.kind, justified=True)
        out.append(a)
    out.append(last)
    return out


# Verbs of an attribution that closes a sentence, and what may follow it there: "said.", "said in a
# statement on Monday.", a name's role set off after it ("said Jo Bell, the council leader.", "according to Acme
# Inc., which tracks insured losses.")
_RECORD_VERBS = frozenset("showed shows found finds".split())  # a record's: "Several officials expect fewer cuts, the
# projections showed", "Most policymakers agreed ..., the minutes showed"; both sides of a "but" too: "Most voters
# said they would stay, but one in seven said they would switch, the poll found"
_TRAILING_VERBS = frozenset("""said says added adds told wrote writes noted stated reported announced admitted admits
    acknowledged acknowledges conceded concedes confirmed confirms explained explains warned warns""".split()) | {
    "according to"} | _RECORD_VERBS  # "Experts say the virus spreads by droplets, according to the World Health
# Organization"
_CLOSING_TAIL = re.compile(r"(?:,\s+(?:the|a|an|its|his|her|their|which|who)\s+[^,;:.!?\u2014]{1,60})?"
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
    if cut < len(words) and words[cut] == "of" and (words[cut - 1] in _PARTITIVES or words[cut - 1].isdigit()):
        cut = next((i for i, w in enumerate(words) if i > cut + 1 and (w in _ANONYMOUS_TIES or w in _AFTER_HEAD)),
                   len(words))  # "two of his aides": the aides
    noun = words[cut - 1]  # "people familiar with the matter": "people"
    # ... or one of a group the lead named ("Ukrainian officials said ..." then "according to a Ukrainian
    # security official who ... spoke on condition of anonymity")
    one = rf"|\b(?:an?|one) (?:[\w.'\u2019-]+ ){{0,3}}{re.escape(noun[:-1])}\b" if noun.endswith("s") else ""
    if one and noun not in _SOURCES_BY_ROLE:
        one += r"|^one (?:man|woman|of them)\b"  # ... or by who they are, opening the sentence: "Survivors said the
        # apology was late. One man, who asked not to be named, said" (not officials: "One man" is no official)
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


# Unnamed sources by a role, whose reason must name them by it again.
_SOURCES_BY_ROLE = frozenset("officials sources people insiders diplomats aides executives officers".split())
# The words that count some of a group before "of": "two of his aides", "some of the officials".
_PARTITIVES = _QUANTIFIERS | frozenset("one two three four five six seven eight nine ten both all each".split())
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


# The verbs by which a named source reports what others hold: "Kate Palmer, of Peninsula, said analysts expected".
_REPORTING = frozenset("said says added told".split())
_AND_THAT = compiled_later(r".*?\b(?:and|but) that ")
# Words of claiming that are plural nouns too, and the verbs such a noun is the subject of: an auxiliary, or one of
# lasting or growing (not "suggest" or "put": "Official estimates put the cost at ..." is judged as evidence).
# A capitalised word of saying after a name's word is one of the name: "Secretary of State", "Consumer Reports".
_IN_A_NAME = compiled_later(r"[A-Z][\w'\u2019.&-]*(?: (?:of|for|and)(?: the)?)? \Z")
_NOUNS_BEFORE_A_VERB = frozenset("fears worries estimates thought concerns claims doubts hopes".split())
_VERB_OF_A_SUBJECT = compiled_later(r"\s+(?:were|was|are|is|had|have|has|will|would|remain(?:s|ed)?|grew|grow|"
                                    r"rose|mounted|persist(?:s|ed)?|linger(?:s|ed)?)\b")


# A tag whose speaker was cut out: "..., prompting a warning for neighbours, said." (a name lost before "said").
_SPEAKER_CUT = compiled_later(r"(?<=\w), (?:said|says)(?=[.!?](?:\s|$))")


def _set_off_before(outside: str, comma: int) -> bool:
    """Is what stands between the comma before `comma` and it a name, an age or a role set off after a subject ("a
    White House official, Ana Ruiz, said.", "Hughes, 34, says.", "Rob Dorans, chairman of the zoning committee,
    said."), not a clause ("..., prompting a warning for neighbours, said.")?"""
    before = outside.rfind(",", 0, comma)
    words = outside[before + 1:comma].split()
    if before == -1 or not 0 < len(words) <= _SET_OFF_WORDS:
        return False
    named = outside[max(0, before - 30):before].split()[-1:]  # the word before that comma: a name's
    return words[0][:1].isupper() or words[0][:1].isdigit() or words[0] in _SET_OFF_OPENERS or \
        (bool(named) and named[0][:1].isupper())


_SET_OFF_WORDS = 10
_SET_OFF_OPENERS = frozenset("the a an its his her their our aged".split())


def _attributions(outside: str, base: int, impersonal: Iterable[_Hit], verbs: Iterable[_Hit], justified: bool,
                  lexicon: Lexicon, subjects: _Subjects, near_quote: bool) -> list[Attribution]:
    found: list[Attribution] = []
    if ("d to be" in outside or "d to have" in outside) and (
            extra := [(m.start(), m.end(), m.group().lower()) for m in _WITH_HEARSAY().finditer(outside)]):
        impersonal = [*impersonal, *extra]
    if (", said" in outside or ", says" in outside) and (
            cut := [(m.start(), m.end(), m.group()) for m in _SPEAKER_CUT().finditer(outside)
                    if not _set_off_before(outside, m.start())]):
        impersonal = [*impersonal, *cut]  # (not in the lexicon's phrases, whose scan skips places inside a word)
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
    # (looked for once a sentence, not once a verb: a run-on "sentence" of many sources holds many verbs)
    last_question = outside.rfind("?")
    asks_how: bool | None = None
    # The impersonal phrases' starts, and their spans by start with the furthest end so far: whether a verb opens
    # one or stands inside one is looked up, not read through the phrases for each verb (a run-on "sentence" holds
    # many of both).
    opened: set[int] = set()
    span_starts: list[int] = []
    furthest: list[int] = []
    if impersonal:  # (most sentences have none)
        opened = {start for start, _, _ in impersonal}
        spans = sorted((start, end) for start, end, _ in impersonal)
        span_starts = [start for start, _ in spans]
        furthest = list(itertools.accumulate((end for _, end in spans), max))
    for verb_start, verb_end, verb in verbs:
        if not near_quote and not claims_with(verb, outside, verb_end, claims):
            continue  # far from any quotation only claims matter (vague-attribution): "told their stories" is none
        if outside[verb_start].isupper() and _IN_A_NAME().search(outside, max(0, verb_start - 30), verb_start):
            continue  # a word of a name, no verb: "Secretary of State Marco Rubio", "the Department of State"
        if verb_start in opened and not verb.startswith("according"):
            continue  # the noun an impersonal phrase opens with: "Whispers are growing that" has no verb "whispers"
        # "The couple are said to be": the impersonal phrase's verb, which the subject is talked of, not by; an
        # unnamed subject of it stays in the finding ("one aide is said to have quit")
        talked_of = bool(span_starts) and (k := bisect.bisect_left(span_starts, verb_start)) > 0 and \
            furthest[k - 1] > verb_start
        if verb_start and outside[verb_start - 1] == "-":
            continue  # a word of a compound, no verb: "weaker-than-expected sales", "a much-feared tax"
        if verb in _NOUNS_BEFORE_OF and _NOUN_OF.match(outside, verb_end):
            continue  # a noun: "the average analyst estimate of $3.9 billion", "fears of a strike", "doubts over"
        if verb in _NOUNS_BEFORE_OF and _AFTER_A_BARE_JOB().search(outside, max(0, verb_start - 40), verb_start):
            continue  # a noun: "fell short of analyst estimates", "beat Wall Street analyst estimates" (one analyst
            # who estimates has a determiner: "An analyst estimates")
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
        if verb == "in a statement" and (comma := outside.find(", ", verb_end)) != -1 and any(
                start > comma and later in SPEECH_VERBS for start, _, later in verbs):
            continue  # the frame of a clause with its own speaker: "In a statement issued through his lawyers,
            # he said": he said it (not the lawyers)
        if verb == "called" and _NAME_AFTER_CALLED().match(outside, verb_end) and \
                _ONE_PERSON_BEFORE().search(outside, max(0, verb_start - 30), verb_start):
            continue  # a name, not a verb of saying: "a nurse called Becky waved"
        if verb in REDUCED_PASSIVES and not talked_of and outside.startswith((" to be", " to have"), verb_end):
            continue  # a passive after its noun, no subject's claim: "Officers found bones thought to be 30,000 years
            # old", "Investors sold shares believed to be overvalued" (the hedge has no "is" for the impersonal phrase)
        subject_end = verb_start
        agent = _passive_agent(outside, verb_start, verb_end, verb) \
            if outside.find("by", verb_end, verb_end + 8) != -1 or verb[-3:] == " as" else \
            _agent_from(outside, verb_end) if verb[-5:] == " from" else None  # most have none
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
                if not near_quote or outside.startswith(", ", verb_start - 2) or \
                        _DETERMINED_NOUN().search(outside, max(0, verb_start - 30), verb_start):
                    continue  # no claim ("a warning", "by saying", "Police are questioning a man"), or one whose
                    # subject is the clause's, no group: "Vance defended the plans, arguing that the credits ..."; a
                    # noun beside a quotation too: "A similar warning came from Cantor Fitzgerald, where ..."
            elif verb in _JUDGING and outside[verb_end:verb_end + 1] in ".,;:!?":
                continue  # an adjective that ends its clause, claiming nothing: "What critics say about it is
                # worrying."
            else:
                subject_end = progressive
        window = outside[max(0, subject_end - 12):subject_end]
        previous = window.split()
        if previous:
            last = previous[-1].lower()
            if (last in _NOUN_MARKERS and not (last in _COUNTED and _past(verb))) or (
                    ("s'" in window or "s\u2019" in window) and _after_plural_possessive(previous)):
                continue  # a noun, not a verb: "a former state trooper", "the posts", "his notes", "for fear",
                # "policymakers' median estimate showed"
            if last == "with" and (verb[-1:] == "s" or (
                    not _past(verb) and previous[-2:-1] and previous[-2].lower() not in _SPOKEN)):
                continue  # a noun after "with": "flooding social media with questions", "with claims of", "treat
                # the estuary with caution" (not "the people we spoke with say")
            if last in _COMPARED or (last in _UNTIL_NOW and previous[-2:-1] in (["than"], ["as"])):
                continue  # nobody's claim: "Turnout was higher than expected", "as feared", "than first thought"
            if verb[-2:] == "ed" and last.isalpha() and _ASKED_TO_DO().search(outside, max(0, subject_end - 80),
                                                                               subject_end) and \
                    _ITS_NOUN_NEXT().match(outside, verb_end):
                continue  # a participle before its noun, in what someone is asked to do: "urged farmers to report
                # suspected cases", "were told to check reported sightings"
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
            elif (last in _STATE_BE or (last in _BE_ADVERBS and (two := outside[
                    max(0, subject_end - 30):subject_end].split()[-2:]) and two[0].lower() in _STATE_BE)) and \
                    (verb[-2:] == "ed" or verb == "thought") and not (
                    verb in _STATES and (_STATE_CLAUSE.match(outside, verb_end) or verb == "convinced")):
                continue  # said of the subject, not by it: "she was expected to recover", "residents were
                # warned that", "most thefts were never reported" (the impersonal phrases take "is believed to
                # be"; an agent after "by" was read above); a state of mind with its clause is the subject's:
                # "many are worried that" ("convinced" is found only before its clause: "fans are convinced the
                # couple have split")
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
        if has_who and _REPRESENTED().search(outside, max(0, verb_start - 80), verb_start):
            continue  # "WASPI, which represents women who say they were not told": whom a body speaks for, the
            # body being the source
        before, antecedent = _subject_before(outside, subject_end) if quoted_as is None else \
            (quoted_as.span("who"), None)
        if found and found[-1].kind == NAMED and found[-1].verb in _REPORTING and \
                outside[before[0]:max(before[0], found[-1].end - base)].strip(" ,").lower() == found[-1].verb:
            continue  # "Kate Palmer, of Peninsula, said analysts expected more cases": the group's claim is inside
            # what the named source said, as it is without the appositive's commas
        if found and found[-1].kind == NAMED and found[-1].verb in _REPORTING and \
                _WITHIN_WHAT_WAS_SAID().fullmatch(outside, max(0, found[-1].end - base), before[1]):
            continue  # "Universities UK said cuts were needed at a time when 40% of universities were forecasting
            # deficits": a reason or a time inside what the named source said (not after a comma or "but")
        if found and _AND_THAT().match(outside, max(0, before[0] - 6), before[1]) and \
                any(f.kind == NAMED and f.verb in _REPORTING for f in found):
            continue  # "Independent Age said calls had risen, and that one in five callers said they had cut back": a
            # second clause of what the named source said
        if last_question >= verb_end and _INTERROGATIVE.match(outside, before[0]):
            continue  # a question claims nothing: "What do parents say?", "Do experts agree that it works?"
        what = _free_relative(outside, before, verb_end) if has_what else None
        if what == () or (asks_how if asks_how is not None else (
                asks_how := " how " in outside or " wh" in outside or " if " in outside)) and \
                _OPEN_QUESTION().search(outside, before[0], before[1]):
            continue  # an indirect question claims nothing: "She asked what residents thought", "It did not say
            # how many vans it expected to sell"
        if what:
            before = what  # "preparing for what many observers describe as": the relative's own subject
        elif previous and previous[-1].lower() in ("and", "but", "or"):
            if before[0] and outside[before[0] - 1] == _BLANK and outside[before[0]:before[1]].lstrip()[:1].islower():
                before = (_clause_before_quotation(outside, before[0] - 1), before[1])  # 'The mayor called the plan
                # "a good start" for residents and said': a quotation inside the clause does not end it
            if outside[before[0]:before[1]].split() == previous[-1:] or (
                    (first := outside[before[0]:before[1]].split(None, 1)[:1]) and first[0].islower()
                    and _a_verb(first[0]) and outside[:before[0]].rstrip().endswith(",")):
                mark = _TO_LAST_CLAUSE_MARK.match(outside, 0, before[0])  # "Experts welcomed the findings, but
                # warned": the first clause, before its comma; "Its director, Ann Lee, apologised to passengers and
                # said": the verbs' subject, before the commas that set off her name
                before = (mark.end() if mark else 0, before[1])
            before = _named_first(outside, before, subjects, lexicon) or _shared_subject(outside, before) or before
        elif antecedent is None and before[1] - before[0] >= 12:  # shorter, it holds no two clauses
            # "The firm declined to comment and analysts say": the second clause's own subject said it.
            joined = _second_clause(outside, before)
            if joined is not None:
                before, antecedent = joined, before
        if verb == "in a statement":
            before = _before_its_verb(outside, before)  # "The man's family thanked the rescuers in a statement": the
            # family's statement, not the rescuers'
        inverted = not outside[before[0]:before[1]].strip(" ,\u201d\"") and not (
            outside.startswith(" that ", verb_end) and _quoted_inside_clause(outside, verb_start))
        sides: list[tuple[int, int] | None]
        if verb.startswith("according"):
            sides = [None, before]
        elif verb.startswith(("tell", "told")) or (not inverted and verb.startswith("ask")):
            sides = [before]  # "told reporters that": what follows is the audience, after a quotation too ('"...,"
            # telling analysts that': no tag names its speaker after "told", as '"...?" asked Ruiz' does)
        elif inverted or (outside[max(0, subject_end - 40):subject_end].rstrip()[-1:]
                          or outside[:subject_end].rstrip()[-1:]) in _BEFORE_INVERSION:  # (read near the verb first)
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
                if kind == GROUP and words.lower() in _QUANTIFIERS and found and found[-1].kind == NAMED and \
                        outside.endswith("with ", 0, start):
                    kind = NAMED  # "Eleven of 13 analysts polled by Reuters had expected a cut, with most forecasting
                    # a 50 basis point move": most of those the sentence named
                if kind == GROUP and side is not None and not inverted and verb.split()[0] in _MOODS and \
                        _market_mood(outside, end):
                    break  # a market's move put down to its traders' mood: "Stocks fell as investors worried that
                    # the pause would not last", a market report's account of the day, not a claim it pins on them
                found.append(Attribution(base + verb_start, base + verb_end, kind, words, justified,
                                         base + start, base + end, verb))
                break
    if impersonal and "citing" in outside:
        # "Bloomberg reported, citing people familiar with the matter": the claim is the named outlet's
        found = [_replace(a, NAMED) if a.kind == IMPERSONAL and _CITED_BY_NAMED().search(outside, 0, a.start - base)
                 else a for a in found]
    return found


def _before_its_verb(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The subject of a clause that a frame such as "in a statement" closes, before the clause's own verb: "The
    man's family thanked the rescuers" -> "The man's family"; the whole span when no verb follows its first word."""
    words = list(re.finditer(r"\S+", text[span[0]:span[1]]))
    first = _first_verb([w.group().lower() for w in words], 1)
    return span if first is None else (span[0], span[0] + words[first - 1].end())


def _quoted_inside_clause(text: str, verb: int) -> bool:
    """Does a (blanked) quotation stand right before the verb, inside its clause, with no comma after it: 'the
    results "put to rest" worries that'? With "that" after the verb, it is no tag after the quotation: a tag's
    quotation opens its clause ('"...," said Jo Roe') or has its comma ('..., "...", said Jo Roe'), and its verb
    its subject after it."""
    at = verb
    while at and text[at - 1] == " ":
        at -= 1
    if not at or text[at - 1] != _BLANK:
        return False
    while at and text[at - 1] == _BLANK:
        at -= 1
    while at and text[at - 1].isspace():
        at -= 1
    return at > 0 and text[at - 1].isalnum()  # (read back by index: a run-on sentence is not copied per verb)


def _clause_before_quotation(text: str, end: int) -> int:
    """Where the clause that holds the (blanked) quotation ending at `end` starts."""
    while end and text[end - 1] == _BLANK:
        end -= 1
    mark = _TO_LAST_CLAUSE_MARK.match(text, 0, end)
    return mark.end() if mark else 0


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
# A title told after it: '"Manchester United in secret talks to sign Neymar" was the back page headline'.
_TITLE_AFTER = compiled_later(r"\s*(?:(?:was|is|were|are|became|had been|has been) (?:the|a|an|its|their|his|her|that|"
                              r"this) (?:[\w'\u2019-]+ ){0,3}?"
                              r"(?:headline|slogan|motto|tagline|caption|title|banner)s?\b"
                              # ... or what it is read on: "reads a headline in this week's Enquirer", "ran the
                              # front page", "read the placards" (not "said the sign's owner")
                              r"|(?:reads|read|ran|runs|screamed|screams|proclaimed|proclaims) (?:the|a|an|one|its|"
                              r"their) (?:[\w'\u2019-]+ ){0,3}?(?:headline|slogan|caption|banner|sign|placard|poster|"
                              r"billboard|plaque|inscription|notice|front page|cover|note)s?\b(?!['\u2019])(?! of\b))")
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
# three people familiar", "the newspaper said on Monday, citing", "Bloomberg first reported the plans on Sunday,
# citing", "were first reported by Bloomberg News, citing"; not a bare "..., citing people familiar".
_CITED_BY_NAMED = compiled_later(
    r"(?:(?:\b[A-Z][\w.&'\u2019-]*|\bthe (?:newspaper|paper|agency|broadcaster|outlet|magazine|website|network))"
    r"(?: (?:first|also|later|earlier|previously|had|has|have))? (?:reported|reports|said|says|wrote|writes|added|"
    r"revealed|disclosed)|\breported by (?:the )?[A-Z][\w.&'\u2019-]*(?: [A-Z][\w.&'\u2019-]*){0,3})"
    r"(?: [^,.;:\"\u201c\u201d]{1,60}?)?, citing "
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


# What someone is asked or told to do, up to the verb after "to": "urged farmers to report", "called on the public to
# check".
_ASKED_TO_DO = compiled_later(r"\b(?:urged?|urging|ask(?:s|ed)?|told|tell|encourag(?:e|es|ed)|call(?:s|ed)? on|"
                              r"advis(?:e|es|ed)|remind(?:s|ed)?|order(?:s|ed)?|instruct(?:s|ed)?|invit(?:e|es|ed)|"
                              r"want(?:s|ed)?|need(?:s|ed)?)(?: [\w'\u2019-]+){0,4} to [a-z]+ \Z")
# A noun after a participle, no determiner, pronoun or preposition between: "suspected cases".
_ITS_NOUN_NEXT = compiled_later(r" (?!(?:that|the|a|an|it|its|this|these|those|his|her|their|they|he|she|we|to|in|on|"
                                r"at|by|for|with|of|from|about|over|as)\b)[a-z]")


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


# A price's move, then "as" or "with" and those who trade it: "Stocks fell sharply, giving back the rally, as
# investors", "Gold jumped, as the dollar weakened and investors", "Stocks fell ..., with investors betting".
_MOVED_AS_TRADERS = compiled_later(
    r"\b(?:fell|rose|slid|slipped|dropped|declined|gained|jumped|climbed|tumbled|rallied|slumped|surged|soared|"
    r"sank|plunged|eased|firmed|weakened|strengthened|retreated|advanced|rebounded|gave back|giving back|sold off)"
    # (after another cause, perhaps: "..., as the dollar weakened and investors worried")
    r"\b[^;:!?]{0,160}?,? (?:as|with) (?:[^,;:!?]{1,60}? and )?(?:some |many |most )?(?:investors|traders)\Z")


# ... and their mood, not what they said: "worried that", "bet that" (not "investors said the rally was over").
_MOODS = frozenset("""worried worry worries worrying feared fear fears fearing fretted fret frets fretting bet bets
    betting wagered wagering hoped hope hopes hoping expected expect expects expecting speculated speculate
    speculating reckoned assumed judged""".split())


def _market_mood(outside: str, subject_end: int) -> bool:
    """Is the group before the verb the traders whose mood moved a price ("Oil
    fell as traders bet that", "Shares slid as investors worried that")?"""
    tail = outside[max(0, subject_end - 200):subject_end].rstrip()
    return ("investors" in tail or "traders" in tail) and _MOVED_AS_TRADERS().search(tail) is not None


# A clause that asks: a question word or an auxiliary first ("What do parents say?", "Do experts agree").
_INTERROGATIVE = re.compile(r"[\s*_]*(?:what|why|how|which|whom|whose|when|where|do|does|did|will|would|can|could|"
                            r"should|is|are|was|were|has|have)\b", re.IGNORECASE)


# A restrictive clause (no comma before "who") right before the verb, and after
# it advice or a right for those it picks out.
_WHO_CLAUSE = re.compile(r"(\w+) who (?:\w+ly )?$", re.IGNORECASE)
_ADVICE = re.compile(r"(?<!\bthey)(?<!\bhe)(?<!\bshe)(?<!\bwe)(?<!\byou)(?<!\bi)(?<!\bit) (?:can|should|must|may|"
                     r"need to|(?:are|will be) (?:asked|advised|urged|encouraged|eligible|entitled|invited|able))\b",
                     re.IGNORECASE)


# Those a body or a lawyer speaks for, picked out by what they say: "which represents women who say", "a lawyer
# representing families who believe", "campaigns on behalf of residents who say" (the "who" right before the verb).
_REPRESENTED = compiled_later(r"\b(?:represents|represent|representing|represented|on behalf of|speaks for|"
                              r"speaking for|acts for|acting for)(?: (?!who\b)[\w'\u2019-]+){1,4} who (?:\w+ly )?\Z")


def _advice_to_whom(text: str, verb_start: int, verb_end: int) -> bool:
    """Does the verb only say to whom the sentence's advice applies ("Tenants
    who think an increase is too high can challenge it", "Anyone who believes
    they were exposed should call")? Those people claim nothing. Not "Critics
    who say the plan can work": a stance is a claim."""
    if text.rfind(" who ", max(0, verb_start - 20), verb_start) == -1:
        return False  # no "who" right before the verb
    who = _WHO_CLAUSE.search(text, max(0, verb_start - 40), verb_start)
    return who is not None and who.group(1).lower() not in _STANCE and \
        _ADVICE.search(text, verb_end, verb_end + _ADVICE_REACH) is not None  # (the who clause's own sentence part)


_ADVICE_REACH = 160  # characters after the verb: a run-on "sentence" is not read to its end for each "who"


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
    return None if by is None else _agent_from(text, by.end())


def _agent_from(text: str, start: int) -> tuple[int, int]:
    """The agent that opens at `start`, to where it ends: "some MPs" in "by some MPs as reckless", "experts" in
    "has drawn criticism from experts over the plan"."""
    stop = _AGENT_END.search(text, start)
    if stop is not None and stop.group() == "," and _INCLUDING_ASIDE.match(text, stop.end()):
        stop = _AGENT_END.search(text, stop.end())  # "by some MPs, including Jo Roe": some of them are named
    return start, stop.start() if stop else len(text)


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
    while start > 0 and text[start] == "." and text[start + 1:start + 2].isdigit():
        start = max(text.rfind(mark, 0, start) for mark in ".;:!?\u201d")  # a decimal's point: "at 3.6 per cent"
    words = text[start + 1:verb - 2].lower().split()
    if not 2 <= len(words) <= 24 or (len(words) > 7 and not _RELATIVE_WORDS.isdisjoint(words)):
        return None  # (a longer clause may hold another's: "wrote to the firm, which replied, saying")
    first = 1 if len(words) > 2 and words[0] in _QUANTIFIERS else 0  # "Some critics have gone further, saying"
    head = next((i for i, w in enumerate(words) if i >= first and (_is_group(w, lexicon) or w in lexicon.person_nouns
                 or w in _UNNAMED_BODY_NOUNS or (i and w in _BODIES and words[i - 1] == "the"))), None)  # (a body
    # too: "A charity has urged ministers to act, saying", "The council apologised for the delays, saying")
    body = head is not None and (words[head] in _UNNAMED_BODY_NOUNS or (
        head > 0 and words[head] in _BODIES and words[head - 1] == "the"))  # as the head was found
    # A body's clause may run on, after when it acted too: "The Reserve Bank of Australia has left the cash rate on
    # hold at 3.6 per cent, saying", "Last month the council apologised for delays, saying"; a group's or a
    # person's is short.
    if head is None or head > (5 if body else 2) or (len(words) > 9 and not body) or \
            any(_is_group(w, lexicon) or w in lexicon.person_nouns for w in words[head + 1:]):
        return None
    if body:  # the body alone, not the clause it acts in ("urged ministers to act")
        return next(m.end() for i, m in enumerate(_WORD_RUN.finditer(text, start + 1, verb - 2)) if i == head)
    return verb - 2
_RELATIVE_WORDS = frozenset("who which that whose whom where".split())
_WORD_RUN = re.compile(r"\S+")
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
    if word in _DETERMINERS or word in PRONOUNS or word in lexicon.person_nouns:
        return None
    # A word the draft writes as a name, or one of a run of capitalised words ("National Rail says")
    run = _CAPITAL_WORD.match(text, m.end() + 1, clause[1]) if text[m.end():m.end() + 1] == " " else None
    if run is None and _is_group(word, lexicon):
        return None  # "Residents said" (not "Universities UK said", a body named by its members)
    if not subjects.proper(m.group(), False) and run is None:
        return None
    if any(w[:1].islower() and (_is_group(word, lexicon) or word in lexicon.actors)
           for w in text[m.end():clause[1]].split()[:2] if (word := w.strip(".,"))):
        return None  # "Human rights groups have criticised", "Business leaders welcomed ... but warned": a word
        # that says which groups, not a name (as "Royal Cornwall Hospitals NHS Trust" is)
    return m.start(), m.end() if run is None else run.end()


# What stands right before a verb whose subject may follow it: "The plan will fail, say analysts".
_BEFORE_INVERSION = frozenset(",\u2014\u2013-:;")


# Verb-shaped words that "of" makes nouns ("estimate of", "claims of"); not "warn of", "said of".
_NOUNS_BEFORE_OF = frozenset("""estimate estimates fear fears claim claims doubt doubts question questions comment
    comments remark remarks note notes post posts suggestion suggestions hint hints murmur murmurs""".split())
# A job's noun in the singular with no determiner before it, which makes it the first half of a compound.
_AFTER_A_BARE_JOB = compiled_later(
    r"(?<![\w'\u2019-])(?!(?:a|an|one|the|this|that|each|every|another|no|any|its|their|his|her|our|your|my)\b)"
    r"[a-z]+ (?:[A-Z][a-z]+ ){0,2}(?:analyst|economist|expert|broker|strategist|forecaster|investor|trader) $")
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
# "online" (not "to the council that the road was unsafe", "about the noise", "that"); or nothing at all: "Customers
# took to social media to complain."
_COMPLAINED_WHERE = compiled_later(
    r"(?=\s*(?:[.;!?]|\Z))"
    r"| (?:to (?:the )?[A-Z][\w'\u2019&-]*|to (?:the|their|its|his|her) (?:[a-z]+ ){0,2}?(?:council|police|regulator|"
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
    # (not "claimed the payments were late", a view; but "the refunds they were entitled to" is what was claimed)
    r"(?!(?: (?!(?:they|he|she|we|you)\b)[a-z]+)? (?:is|are|was|were|has|have|had|will|would|could|can|should|may|"
    r"might|must)\b)")
# A determiner and at most one word before an -ing form, which make it a noun: "A similar warning", "the warning".
_DETERMINED_NOUN = compiled_later(r"(?:^|(?<=\s))(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)"
                                  r"(?: [\w-]+)? \Z")

# Adverbs between a passive's "be" and its participle: "most thefts were never reported", "were not expected".
_BE_ADVERBS = frozenset("never not always often rarely seldom also still usually first originally initially later "
                        "previously formally officially".split())

# What the named source said, up to a clause of reason or time inside it and that clause's subject: "said the cuts
# were needed because many economists", "said it acted at a time when most universities" (no comma, stop or "but"
# between, which would start the reporter's own clause).
_WITHIN_WHAT_WAS_SAID = compiled_later(
    r"(?: that)? (?:(?!\b(?:but|while|whereas|although|though|yet)\b)[^,;:.!?\u2014\u2013\"\u201c\u201d]){1,120}? "
    r"(?:because|since|when|at a time when|now that|given that|after|once|until) "
    r"[^,;:.!?\u2014\u2013\"\u201c\u201d]{1,60}")  # ... and the group that holds the view

# When or how an agreement was reached, between "agreed" and what was agreed to: "agreed on Monday to", "agreed late
# last night to", "agreed in principle to", "agreed unanimously to" (not "agreed on the need to act": a view).
_AGREED_WHEN_TO = compiled_later(
    r",? (?:(?:late |early )?(?:on|last|this|earlier|later) (?:[A-Z][a-z]+|week|month|year|night|morning|afternoon|"
    r"evening|weekend)(?: (?:night|morning|afternoon|evening))?|yesterday|today|tonight|in principle|unanimously|"
    r"(?:in|by) (?:a|an) (?:\w+ )?vote|in (?:talks|court|writing))(?: (?:night|morning|afternoon|evening))?,? to ")

# Where someone is admitted to: "admitted to hospital", "admitted to the bar", "admitted to a doctorate".
_ADMITTED_TO = compiled_later(r" to (?:an? |the |their |his |her )?(?:[\w-]+ )?(?:hospitals?|care|icu|a&e|wards?|"
                              r"units?|prison|university|college|school|bar|club|membership|emergency|doctorates?|"
                              r"degrees?|courses?|programmes?|programs?|phds?|academy|fellowships?|nato)\b")


# Whom a self-description describes, after the "who" of the clause that opens the group it marks out ("those who
# described themselves as anxious", "voters who see themselves as centrists"); not "Many see themselves as victims".
REFLEXIVES = frozenset("themselves himself herself ourselves myself".split())
_REFLEXIVE_AS = tuple(f" {word} as" for word in REFLEXIVES)
_WHO_BEFORE = compiled_later(r"\bwho (?:[^.,;:!?\u2014]*? and )?$")


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
        if verb[:5] == "agree" and (text.startswith(" to ", verb_end) or _AGREED_WHEN_TO().match(text, verb_end)):
            return False  # consent, not a view: "only if landlords agree to lower rents", "Three drugmakers agreed
            # on Monday to cap prices"
        if verb[:6] == "insist" and text.startswith(" on ", verb_end):
            return False  # a demand, no view: "parents insisted on a meeting", "firms could insist on attendance"
        if verb[:3] == "ask" and text.startswith(" for ", verb_end):
            return False  # a request, no view, as "calling for a ban" is: "teachers had been asking for clear rules"
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
        if verb in _VERDICT_VERBS:
            return _called_something().match(text, verb_end) is not None or \
                _THAT_CLAUSE.match(text, verb_end) is not None  # a judgement of something, as "called" gives one:
            # "Experts consider the bridge unsafe", "Reviewers rated it the best phone of the year" (not "Councillors
            # considered the application"); or its clause: "many consider that"
        # An -ing form only in progress, after "with" ("critics are saying", "with many believing") or going on
        # from a clause after its comma ("Experts have weighed in, saying": its subject is read as that clause's),
        # not as a quotation's tag ('"...," arguing that').
        verb_start = verb_end - len(verb)
        return verb[-3:] != "ing" or text.startswith(", ", verb_start - 2) or \
            _progressive(text, verb_start) is not None
    if verb[-5:] == " from":
        return True  # "has drawn criticism from experts": the criticism is the agent's view
    if verb[-3:] == " as":  # "described the plan as": the claim verbs list it as "described as"
        if verb.endswith(_REFLEXIVE_AS) and _WHO_BEFORE().search(
                text, max(0, verb_end - len(verb) - 120), verb_end - len(verb)) is not None:
            return False  # a category, not a view: "Those who described themselves as anxious reported ..."
        return f"{verb.split(' ', 1)[0]} as" in claims and _AS_WHEN().match(text, verb_end) is None
    if verb.startswith(("tell", "told")):
        return verb == "told reporters" or _TOLD_PRESS.match(text, verb_end) is not None or \
            _TOLD_GATHERING().match(text, verb_end) is not None
    if verb in _DECLARING and _DECLARED_THE_BEST().match(text, verb_end) is not None:
        return True  # "Critics declare it the film of the year" (not "Officials declared the area a disaster zone", an
        # act of office)
    if verb in ("put it", "puts it"):
        return _PUT_IT().match(text, verb_end) is not None  # "As one insider put it, the firm is in trouble"
    return f"{verb} that" in claims and (_THAT_CLAUSE.match(text, verb_end) is not None or (
        verb.startswith(_SAID_WITHOUT_THAT) and _CLAUSE_WITHOUT_THAT().match(text, verb_end) is not None))


# Verbs that judge their object as "called" names it: "consider the plan unworkable", "deemed it unsafe", "rated it
# the best".
_VERDICT_VERBS = frozenset("consider considers considered deem deems deemed rate rates rated".split())
# ... and "declare", which is an act of office as often ("declared a state of emergency"): only before a verdict of
# the best or the worst ("declared it the film of the year", "declared the phone the best of 2026").
_DECLARING = frozenset(("declare", "declares", "declared"))
_DECLARED_THE_BEST = compiled_later(
    r"\s+(?:it|them|him|her|(?:the|their|its|his|her|this) (?:[\w'\u2019-]+ ){0,2}?[\w'\u2019-]+) "
    r"(?:the|their|its|his|her) (?:[\w'\u2019-]+est|best|worst|most [\w-]+|least [\w-]+|[\w-]+ of the (?:year|decade|"
    r"century|season|summer|festival))\b")


# Verbs of saying whose "that" may be left out: "critics stressed the plan would fail", "insiders declared the deal
# was dead" (not "stressed the need for", "declared a climate emergency"); not a body's finding ("governors
# concluded it could no longer", of the school's own board).
_SAID_WITHOUT_THAT = ("stress", "emphas", "lament", "declare", "retort")
# ... and its clause: a subject, then a tense's or a modal's verb.
_CLAUSE_WITHOUT_THAT = compiled_later(
    r" (?:the|a|an|it|he|she|they|we|there|this|his|her|their|its)\b(?: [\w'\u2019-]+){0,3}? "
    r"(?:would|will|had|has|have|was|were|is|are|could|might|must|should)\b")

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
    r"|[\"\u201c\u201d]|[\w-]+(?:able|ible|ous|less|ive|ical|ic|ent|ant|ful|ish|ist|ing|ed)\b"
    # ... and judgements of other shapes: "calling the plan illegal", "called the deal unfair"
    r"|(?:il|un|in|im)?(?:legal|constitutional|fair|just|true|humane|moral|rational)\b|(?:absurd|wrong|cruel|premature|"
    r"discriminatory|false|insane|crazy|stupid|corrupt|rigged|fake|bizarre|brutal|vital|essential|crucial|overdue|"
    r"outdated|unsafe|unsound|unwise|unclear|unnecessary|pointless|hypocritical)\b)")


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
