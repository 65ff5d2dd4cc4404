"""The `title-accuracy` kind: how officials' titles are framed for the article's date.

For every name mention the Document found that the registry knows (a full name,
or a surname after a full mention or a title only one bearer held), the title right before it ("former U.S.
President") or an appositive after it (", the former prime minister") is judged
against the person's terms on the as-of date:

- "former TITLE NAME" while NAME holds that office;
- a bare "TITLE NAME" after NAME left it, or before NAME ever took it;
- "TITLE-elect NAME", "TITLE-designate NAME" or "incoming TITLE NAME" once NAME
  has taken office;
- "then-TITLE NAME" while NAME still holds that office (unless NAME held it in
  an earlier term too: "then-President Trump" of his first term; not when the
  sentence tells of the story's own time, "said on Monday").

Not judged: "late" and acting framings, offices the registry cannot
tell apart, unknown people, quotations (the engine skips them), and sentences
whose own year shows historical framing ("In 2019, President Trump ...").
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..diagnostics import Edit, Finding, Fix
from ..model.patterns import compiled_later, places
from ..model.types import FIELD, HEADING
from .contract import PATH, ActiveRule, Context, Kind, Param
from .officeholders import Office, Person, Registry, Term, load, name_key

_TOKEN = re.compile(r"\S+")
# What a name names when a place's, a thing's or a prize's noun follows it, or a ship's prefix stands before it.
_NAMESAKE = re.compile(r"(?:['\u2019]s)? (?:Hospital|Street|Road|Avenue|Way|Lane|Square|Park|Gardens|Bridge|Dock|Line|"
                       r"School|College|University|Academy|Institute|Centre|Center|Hall|Building|Tower|Stadium|Airport|"
                       r"Station|Library|Museum|Theatre|Theater|Cinema|Memorial|Foundation|Trust|Fund|Prize|Award|Medal|Cup|"
                       r"Trophy|Barracks|Estate|Organization|Organisation|Conference|Island|Mountains|Class|class|"
                       r"spaniels?)\b"
                       r"|-class\b")
_VESSEL = re.compile(r"\b(?:HMS|RMS|HMY|MV|SS|USS) (?:[A-Z][a-z]+ )?\Z")
_OPENING_NAME = re.compile(r"[A-Z][\w-]*(?=['\u2019]s\b|[\s,])")  # "Sunak," "Scholz's", not "Sunak-era"
_YEAR = re.compile(r"(?<![\w.$])(?<!\d,)(?:1[89]|20)\d\d(?!\w|,\d)")
_HISTORICAL = ("then", "late")
_INDEFINITE_APPOSITIVE = re.compile(r",\s+an?\s", re.IGNORECASE)
# The office holder's own time, after the mention: "Prime Minister Margaret Thatcher's government", "President
# Obama's second term".
_TERMS_OWN = re.compile(r"['\u2019]s (?:(?:first|second|third|last|final|early|later|own) )?(?:government|"
                        r"administration|cabinet|era|tenure|term|premiership|presidency|chancellorship|reign|"
                        r"years|time in office|ministry|papacy|pontificate)\b")
# ... and the death the sentence tells right after the mention: "Pope Francis, who died in April 2025,".
_DEATH_TOLD = re.compile(r"\s*(?:,\s*)?(?:who (?:has |had )?(?:died|was killed)\b|\(\d{4}\s*[-\u2013]\s*\d{4}\))")
_FORMER = ("former", "ex", "erstwhile", "one-time", "onetime", "previous", "prior")  # the last two: a spinner's
# Words that say the term goes on now: as stale as "outgoing" once it is over ("the current president, Joe Biden").
_STILL = ("outgoing", "current", "incumbent", "sitting", "serving", "present")
_INCOMING = "incoming"  # as "-elect": right until the term starts

HOLDING, LEFT, NOT_YET, UNKNOWN = "holding", "left", "not yet", "unknown"

if TYPE_CHECKING:
    from ..model.document import Document


def prepare(params: dict) -> Registry:
    path = params["registry"]
    return load(Path(path) if path else None)


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    registry: Registry = rule.state
    text = doc.masked
    # Where a title word stands as a word of its own ("chair", not "chairs"), found in one scan of the
    # draft per word: a region with none holds no title (most paragraphs).
    titles = sorted(places(doc.lowered, registry.title_words, whole_words=True)
                    | places(doc.text, registry.title_abbreviations))
    for region in doc.regions:
        if region.kind not in rule.scopes:
            continue
        i = bisect.bisect_left(titles, region.start)
        if i == len(titles) or titles[i] >= region.end:
            continue
        for start, end in _mentions(doc, region, registry):
            found = _person_in(registry, text, start, end)
            if not found:
                continue
            start, end, people, full = found
            if _NAMESAKE.match(text, end) or _VESSEL.search(text, max(0, start - 20), start):
                continue  # "Queen Elizabeth Hospital", "a King Charles spaniel", "HMS Queen Elizabeth": named for
                # the person, not the person
            if full:
                person = people[0] if len(people) == 1 else None
            else:  # a surname: after its full name (a headline may come first), or after a title only one bore
                person = _latest_full_mention(text, people, start, anywhere=region.kind in (FIELD, HEADING)) \
                    or _titled(registry, text, people, start, end)
            sentence = doc.sentence_at(start)
            if person is not None and sentence is not None:
                yield from _judge(doc, registry, rule, ctx, sentence, person, start, end)


def _mentions(doc: Document, region, registry: Registry) -> list[tuple[int, int]]:
    """The region's name runs, and a known surname alone at a sentence's start,
    which the runs leave out ("Sunak, the former prime minister, said")."""
    runs = doc.names_in(region)
    starts = {start for start, _ in runs}
    extra = []
    for sentence in doc.sentences_in(region):
        m = _OPENING_NAME.match(doc.masked, sentence.start, sentence.end)
        if m and m.start() not in starts and name_key(m.group()) in registry.surname:
            extra.append(m.span())
    return sorted(runs + extra) if extra else runs


def _latest_full_mention(text: str, people: list[Person], before: int, anywhere: bool) -> Person | None:
    """Of the people a surname may mean, the one whose full name appeared last
    before it (or anywhere in the article, for a headline)."""
    best, best_at = None, -1
    limit = len(text) if anywhere else before
    for person in people:
        for form in {person.name, *person.variants, *(name_key(v) for v in person.variants)}:
            at = text.rfind(form, 0, limit)
            if at > best_at:
                best, best_at = person, at
    return best


def _titled(registry: Registry, text: str, people: list[Person], start: int, end: int) -> Person | None:
    """The one person a surname can mean by the title right before or after
    it ("President Biden", "Mr Sunak, the prime minister") with no full name in
    the story. Where two bearers of the surname held that office ("President
    Bush"), nobody."""
    title_at = _title_before(registry, text, max(0, start - 120), start)
    if title_at is None or title_at["comma"]:
        title_at = registry.after.match(text, end, min(len(text), end + 120))
    if title_at is None:
        return None
    _, qualifier, title, _ = _framing(title_at)
    bearers = [person for person in people if registry.offices_for(person, title, qualifier)]
    return bearers[0] if len(bearers) == 1 else None


def _person_in(registry: Registry, text: str, start: int, end: int):
    """The longest registry name form inside a run of capitalised words."""
    run = text[start:end]
    if not any(word.replace("\u2019", "'") in registry.words for word in run.split()):
        return None
    tokens = [(start + m.start(), start + m.end()) for m in _TOKEN.finditer(run)]
    for size in range(min(len(tokens), registry.longest_name), 0, -1):
        for i in range(len(tokens) - size + 1):
            s, e = tokens[i][0], tokens[i + size - 1][1]
            key = name_key(text[s:e])
            if key in registry.full:
                return s, e, registry.full[key], True
            if key in registry.surname:
                return s, e, registry.surname[key], False
    return None


def _title_before(registry: Registry, text: str, window: int, start: int) -> re.Match[str] | None:
    """The title right before a name, from `window` to `start`. "-elect" after an office's head word, before its
    place ("Mayor-elect of London Sadiq Khan", as `_elect` advises), is read as after the whole title ("Mayor of
    London-elect"): the words swap places, so every offset stays the draft's."""
    if "-elect of " in text[window:start] or "-designate of " in text[window:start]:
        text = text[:window] + _ELECT_BEFORE_PLACE.sub(r"\2\1", text[window:start]) + text[start:]
    return registry.before.search(text, window, start)


# "-elect" between an office's head word and its place: "Mayor-elect of London", "President-elect of the United
# States".
_ELECT_BEFORE_PLACE = re.compile(r"(?<=\w)(-elect|-designate)( of (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})(?=\s)")


def _judge(doc, registry: Registry, rule, ctx, sentence, person: Person, start: int, end: int) -> Iterator[Finding]:
    text = doc.masked
    window = max(sentence.start, start - 120)
    before = _title_before(registry, text, window, start)
    if before is not None and before["comma"] and not _possessive(before) and \
            not text[max(0, before.start() - 4):before.start()].lower().endswith("the "):
        # "the former president, Joe Biden" and "Britain's prime minister, Rishi Sunak" are appositives;
        # "said the president, Biden" is not
        before = None
    indefinite = False
    if before is not None:
        title_start = next(before.start(g) for g in ("qual", "party", "title") if before[g])
        span = (before.start(), end)
        modifier, qualifier, title, elect = _framing(before)
    else:
        after = registry.after.match(text, end, sentence.end)
        # "Joe Biden, the president", "Boris Johnson, Britain's prime minister": a definite appositive
        if after is None or not (after["mod"] or after.group().lower().startswith(", the")
                                 or _possessive(after)):
            return
        title_start = None
        span = (start, after.end())
        modifier, qualifier, title, elect = _framing(after)
        indefinite = _INDEFINITE_APPOSITIVE.match(after.group()) is not None  # ", a former president"
    if modifier == "late" or (modifier and modifier != "then" and modifier not in _FORMER
                              and modifier not in _STILL and modifier != _INCOMING):
        return
    offices = registry.offices_for(person, title, qualifier)
    if not offices and elect == "-elect" and before is not None:
        yield from _elect_never_elected(doc, registry, rule, ctx, person, span, title, qualifier)
        return
    if len(offices) != 1:
        return  # the registry cannot tell which office is meant
    office = offices[0]
    # The clause around the mention, at most CLAUSE characters either side: a run-on
    # "sentence" of scraped text must not be rescanned for each of its mentions.
    lo, hi = max(sentence.start, span[0] - CLAUSE), min(sentence.end, span[1] + CLAUSE)
    if (_TEMPORAL_CLAUSE.search(text, max(lo, span[0] - 80), span[0]) and not _NOW.search(text, lo, hi)
            and not _PRESENT_AFTER().match(text, span[1])) or \
            _IN_OFFICE.search(text, max(lo, span[0] - 80), span[0]) or (
                _UNDER.search(text, max(lo, span[0] - 8), span[0]) and not text.startswith(("'s", "\u2019s"), span[1])):
        return  # "When President Barack Obama signed the law", "During his time in office, President ...": an anchor
        # inside the term; not "Biden spoke on Monday, as Vice President Kamala Harris travelled": the story's time
    years = [int(y) for y in _YEAR.findall(_governing(text, lo, hi, span))]
    as_of = ctx.as_of
    state, term, sure = status(person, office, as_of)
    if term is None:  # the registry has no term to judge by
        return
    mention = doc.text[span[0]:span[1]]
    note = f" (as of {as_of.isoformat()}, {_source(ctx.as_of_source)}"
    died = person.died if person.died is not None and person.died <= as_of else None
    note += (f"; the registry was last checked on {person.verified.isoformat()} and may be out of date)"
             if as_of > person.verified and died is None else ")")  # a death the registry records stays so
    severity = None if sure else "suggestion"
    past = _past_event(text, lo, span, hi)  # "signed by President Obama": then or now?

    if modifier == "then":  # right once the term is over; wrong while it goes on
        if state != HOLDING or as_of == term.end or \
                (_earlier_term(person, office, term) and not _NOW.search(text, lo, hi)) or \
                any(y < term.start.year for y in years):
            return  # "then-President Trump" of his first term, in his second (not "said on Monday": this term's)
        fix = None
        if before is not None and title_start is not None:
            fix = Fix(f'Remove "{doc.text[before.start("mod"):title_start]}"',
                      (Edit(before.start("mod"), title_start, ""),))
        fact = f"{person.name} has been {office.label} since {term.start.isoformat()}{note}"
        plain = doc.text[span[0]:before.start("mod")] + doc.text[title_start:span[1]] \
            if before is not None and title_start is not None else None
        advice = f'write "{plain}", not "{mention}"' if plain else 'drop "then"'
        yield _finding(rule, span, fact, advice, fix, severity)
    elif modifier in _FORMER and state == NOT_YET:
        if any(_left_by(person, office, y) for y in years):
            return  # "Former President Biden said in 2026", in a draft dated before his term: the sentence's time
        fact = f"{person.name} did not take office as {office.label} until {term.start.isoformat()}{note}"
        advice = f'drop "{doc.text[before.start("mod"):start].strip()}"' if before is not None else "drop the title"
        yield _finding(rule, span, fact, advice, None, severity)  # "Former President": no title of theirs yet
    elif modifier in _FORMER:
        if state != HOLDING or as_of in (term.start, term.end) or any(_left_by(person, office, y) for y in years):
            return  # "Former President Trump said in 2022": he was, then (not "in 2019", nor Starmer's "in 2019",
            # before he first held it); on the day the office changes hands both are right, by the hour
        plain = doc.text[span[0]:before.start("mod")] + doc.text[before.end("mod"):span[1]] if before else None
        advice = f'write "{plain}", not "{mention}"' if plain else \
            f'write "the {title}"' if indefinite else f'drop "{modifier}"'
        fix = None
        if before is not None and title_start is not None and sure and doc.text[before.start("title")].isupper():
            fix = Fix(f'Remove "{before["mod"].strip()}"', (Edit(before.start("mod"), title_start, ""),))
        fact = f"{person.name} has been {office.label} since {term.start.isoformat()}{note}"
        yield _finding(rule, span, fact, advice, fix, severity)
    elif elect or modifier == _INCOMING:
        if state != HOLDING or as_of <= term.start or any(not _held_in(person, office, y) for y in years):
            return
        fact = f"{person.name} took office as {office.label} on {term.start.isoformat()}{note}"
        yield _finding(rule, span, fact, f'drop "{elect or modifier}" from "{mention}"', None, severity)
    elif modifier in _STILL:  # right until the term ends, stale after: "outgoing President Biden" in April, "the
        # current president, Joe Biden" in 2026
        if state != LEFT or any(_held_in(person, office, y) for y in years):
            return
        fact = f"{person.name} left office as {office.label} on {term.end}{note}"
        former = "Former" if doc.text[span[0]].isupper() else "former"
        fix = None
        if before is not None and sure and not past:
            fix = Fix(f'Write "{former}"', (Edit(before.start("mod"), before.end("mod"), former + " "),))
        advice = f'write "{former}", not "{doc.text[before.start("mod"):before.end("mod")].strip()}"' \
            if before is not None else f'write "the former {title}"'
        yield _finding(rule, span, fact, advice, fix, "suggestion" if past else severity)
    elif state in (LEFT, NOT_YET):
        if any(_held_in(person, office, y) for y in years):
            return  # "In 2019, President Trump ..." is historical framing
        if state == LEFT and title_start is not None and _served_under(registry, text, title_start, person, office):
            return  # "Obama's Secretary of State John Kerry": the government named is the time
        if state == LEFT and _TERMS_OWN.match(text, span[1]):
            return  # "The scheme dates from Prime Minister Margaret Thatcher's government": the term itself
        if state == LEFT and modifier is None and _ENDED_BY.search(text, max(lo, span[0] - 60), span[0]):
            return  # "a student-led uprising ousted Prime Minister Sheikh Hasina", "the impeachment of President
            # Park": the title held when the term ended, which the sentence tells of
        if died is not None and _DEATH_TOLD.match(text, span[1]):
            return  # "Pope Francis, who died in April 2025, was buried in Rome": the story says he has died
        if state == LEFT and died is not None:
            if (not _NOW.search(text, lo, hi) if _PAST_BY.search(text, lo, span[0])
                    else not _SUBJECT.match(text, span[1], hi)):
                return  # "The bridge was opened by Queen Elizabeth II", "after the death of Pope Francis, then
                # gave": the title held then, or a mention that is no one's deed; not one the story dates to its own
                # time ("The mass was led by Pope Francis on Sunday")
            # "Queen Elizabeth said in a statement on Monday" in 2026: no "former" for the dead, and no fix, for
            # the sentence may be stale rather than its title; a suggestion when it may tell of the reign
            fact = f"{person.name} died on {died.isoformat()}{note}"
            late = "The late" if span[0] == sentence.start else "the late"
            at = title_start if before is not None and title_start is not None else None
            advice = f'write "{mention[:at - span[0]]}{late} {mention[at - span[0]:]}"' if at is not None \
                else f'write "the late {title}"'
            yield _finding(rule, span, fact, advice, None, "suggestion" if past else severity)
            return
        if state == LEFT and office.hereditary and \
                (now := _holding_other(registry, person, office, as_of)):
            # "Prince Charles" in 2026: no "former" for a title given up for another; the other is his now, as
            # far as the registry knows (its caveat is in the note)
            other, since = now
            fact = f"{person.name} has held the title of {other.label} since {since.isoformat()}{note}"
            advice = f'write "{other.cased_titles[0] if other.cased_titles else other.titles[0]} ' \
                     f'{doc.text[start:end]}", not "{mention}"'
            yield _finding(rule, span, fact, advice, None, "suggestion" if past else severity)
            return
        if state == LEFT:
            fact = f"{person.name} left office as {office.label} on {term.end}{note}"
            opener = "Former" if span[0] == sentence.start else "former"
            at = title_start
            if before is not None and _possessive(before):
                at, opener = before.start("title"), "former"  # "Japan's former Prime Minister Fumio Kishida"
            fix = None
            if before is not None and at is not None and sure and not past:
                fix = Fix(f'Insert "{opener}"', (Edit(at, at, opener + " "),))
            if before is not None and at is not None:
                cut = at - span[0]
                advice = f'write "{mention[:cut]}{opener} {mention[cut:]}"'
            else:
                advice = f'write "the former {title}"'
            if past:  # a past event with no anchor: the title may be the one held then
                advice += f', or "then-{title}" if the sentence tells of the time in office'
                severity = "suggestion"
            if (now := _holding_other(registry, person, office, as_of)) is not None:
                other, since = now  # "Vice President Joe Biden" in 2022: he is the president now; "Sen. Marco
                # Rubio" in 2026: the secretary of state, as far as the registry knows (its caveat is in the note)
                advice += f', or "{other.label} {person.name}" (in that office since {since.isoformat()})'
        else:
            fact = f"{person.name} did not take office as {office.label} until {term.start.isoformat()}{note}"
            fix = None
            advice = "drop the title" if office.hereditary else \
                f'drop the title, or write "{_elect(title, office)}" once {person.name} has been elected'
        yield _finding(rule, span, fact, advice, fix, severity)


def _elect(title: str, office: Office) -> str:
    """The title of one elected but not yet in office: after the office, not its place ("Mayor-elect of London",
    "President-elect of the United States"), but after an office named with "of" ("Secretary of State-elect")."""
    head, of, place = title.partition(" of ")
    if of and place.removeprefix("the ") in office.qualifiers:
        return f"{head}-elect{of}{place}"
    return f"{title}-elect"


def _elect_never_elected(doc, registry: Registry, rule, ctx, person: Person, span: tuple[int, int], title: str,
                         qualifier: str | None) -> Iterator[Finding]:
    """ "President-elect Kamala Harris" on the day after the 2024 election: an
    office of her own country she never held, whose holder-to-be the registry
    knows to be someone else."""
    office = registry.compatriot_office(person, title, qualifier)
    elect = registry.holder_elect(office, ctx.as_of) if office is not None else None
    if office is None or elect is None or elect[0] is person:
        return
    winner, term = elect
    fact = (f"{winner.name}, not {person.name}, was to take office as {office.label} on {term.start.isoformat()} "
            f"(as of {ctx.as_of.isoformat()}, {_source(ctx.as_of_source)})")
    written = doc.text[span[0]:span[1]]
    advice = f'drop the title from "{written}", or name the {_elect(title, office)}'
    yield _finding(rule, span, fact, advice, None, None)


def _served_under(registry: Registry, text: str, at: int, person: Person, office: Office) -> bool:
    """Does a leader's name frame the title as of their government ("Obama's
    Secretary of State", "Trump's first-term defence secretary", "the
    Biden-era Secretary of State"), a leader whose term met the person's term
    in the office?"""
    own = _LEADERS_OWN.search(text, max(0, at - 50), at)
    if own is None:
        return False
    key = name_key(own["name"])
    terms = [t for t in person.terms if t.office == office.id]
    return any(lead.start < (t.end or dt.date.max) and t.start < (lead.end or dt.date.max)
               for leader in registry.full.get(key, registry.surname.get(key, [])) if leader is not person
               for lead in leader.terms if _heads_a_government(lead.office) for t in terms)


def _heads_a_government(office: str) -> bool:
    """A president, prime minister, chancellor (Germany's, Austria's) or first minister, whose ministers are
    theirs; not a deputy's or a vice president's office, nor a party's."""
    if "vice" in office or "deputy" in office:
        return False
    return office.endswith(_HEADS_OF_GOVERNMENT) or office in ("de-chancellor", "at-chancellor")


_HEADS_OF_GOVERNMENT = ("-president", "-prime-minister", "-taoiseach", "-first-minister")


_LEADERS_OWN = re.compile(r"(?<![\w'\u2019-])(?!The )(?P<name>(?:[A-Z][\w\u2019'-]* ){0,2}[A-Z][\w\u2019'-]*?)"
                          r"(?:['\u2019]s(?: (?:first|second|third)[- ]term)?|-era) \Z")


def _possessive(framing: re.Match[str]) -> bool:
    """Is the title's qualifier a possessive ("Japan's", "Britain\u2019s")?"""
    return (framing["owner"] or framing["qual"] or "").endswith(("'s", "\u2019s"))


# A clause that places the mention in its own time: "When President Obama signed". A "while" after a comma
# contrasts ("Trudeau sent a message, while Prime Minister Shigeru Ishiba said"): its own years, if any, anchor it.
CLAUSE = 400
# (not a comparison's "as did", "as has": "Hunt spoke, as did Secretary of State Antony Blinken" is the story's time)
_TEMPORAL_CLAUSE = re.compile(r"\b(?:when|(?<!, )while|(?<!, )whilst|during|after|before|"
                              r"as(?!\s+(?:did|do|does|has|have|had|was|were|is|are|will|would|can|could)\b))"
                              r"\s+(?:\w+\s+){0,2}\Z", re.IGNORECASE)
# ... but not one in the present, which is the story's time: "It comes as Vice President Kamala Harris visits
# London", "as Prime Minister Keir Starmer is due to".
_PRESENT_AFTER = compiled_later(r"\s+(?!was\b)(?:is|are|has|have|[a-z]{2,}(?<!s)s)\b")
# The term itself as the anchor: "During his time in office,", "In her first term,", "While he was in office,".
_IN_OFFICE = re.compile(r"\b(?:(?:during|in|throughout|over)\s+(?:his|her|their)\s+(?:(?:first|second|last|final)\s+)?"
                        r"(?:time|years?|term|tenure|presidency|premiership)(?:\s+in\s+(?:office|power))?|"
                        r"while\s+(?:he|she|they)\s+(?:was|were)\s+in\s+(?:office|power))\s*,\s*\Z", re.IGNORECASE)
# ... or the holder someone served or something was done under: "who led the bureau under President Barack Obama",
# "Under President Joe Biden, the agency grew" (not "under former President Joe Biden's budget plan": the plan's)
_UNDER = re.compile(r"\bunder\s+\Z", re.IGNORECASE)
# A relative clause or a participle's aside after a mention: its years are not the sentence's time ("President
# Biden's export controls, introduced in 2022, restrict sales" is judged by "restrict").
_RELATIVE = re.compile(r",\s+(?:who|which|whose|where|(?:first |originally |later )?"
                       r"(?:\w+ed|\w+en|made|set|held|won|built|brought|begun|taken)\s+(?:in|on|by|during|under|from)"
                       r")\b[^,;]*(?:,|;|$)")
# The story's own time: a mention anchored so is judged at the article's date (a line may break inside it).
# (and "hours after": "The confirmation came hours after House Speaker Nancy Pelosi scheduled a vote"; days or
# weeks after what the story tells comes: "The figures come a week after First Minister Vaughan Gething announced a
# plan", not "A week after President Obama took office, he signed", whose time is his)
_NOW = re.compile(r"\b(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this\s+(?:week|month|year)|"
                  r"last\s+(?:week|month)|now|today|yesterday|tonight|currently|"
                  r"(?:hours|minutes|moments|shortly)\s+(?:after|before)|"
                  r"(?:comes?|came|coming)\s+(?:just\s+|only\s+)?(?:a|one|two|three|four|five|six|a few|several|"
                  r"\d{1,2})\s+(?:days?|weeks?|fortnight)\s+(?:after|before))\b", re.IGNORECASE)
_PAST_VERB = re.compile(
    r"\s*(?:,[^,]*,\s*)?(?:\w+ly\s+)?(?:was|were|had|did|\w+ed|signed|said|made|took|led|won|met|gave|came|went|"
    r"told|wrote|spoke|began|sent|left|brought|held|ran|saw|set|put|cut|chose|drove)\b", re.IGNORECASE)
# A mention that is the subject of the verb after it (past an aside): "Pope Francis is expected to", "Queen
# Elizabeth, 96, said"; not "the death of Pope Francis, then ..." nor "Pope Francis's funeral".
_SUBJECT = re.compile(r"(?:,[^,.;]{1,60},)?\s+(?:also\s+|\w+ly\s+)?(?:is|are|was|were|has|have|had|will|would|can|"
                      r"could|may|might|must|shall|should|did|does|do|\w+ed|said|told|made|took|gave|went|came|sent|"
                      r"met|spoke|wrote|says|tells|\w+s)\b")
# An end of the term right before the mention: "ousted", "toppled", "the overthrow of", "the resignation of".
_ENDED_BY = re.compile(r"\b(?:ousted|toppled|deposed|overthrew|overthrown|unseated|impeached|assassinated|"
                       r"(?:ouster|ousting|overthrow|toppling|fall|downfall|impeachment|removal|resignation|"
                       r"assassination) of)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}\Z", re.IGNORECASE)
_PAST_BY = re.compile(r"\b(?:was|were|had been)\s+\w+\s+by\s+(?:the\s+)?(?:\w+\s+){0,2}\Z", re.IGNORECASE)


def _governing(text: str, start: int, end: int, span: tuple[int, int]) -> str:
    """The sentence without the relative clause that follows the mention:
    "President Trump, who signed the act in 2018, urged" is judged by "urged"."""
    return text[start:span[1]] + _RELATIVE.sub(" ", text[span[1]:end])


def _past_event(text: str, start: int, span: tuple[int, int], end: int) -> bool:
    """Does the mention's clause tell of a past event with no anchor in the
    story's own time ("President Obama signed the law.", "The law was signed
    by President Obama.")?"""
    if _NOW.search(text, start, end):
        return False
    return _PAST_VERB.match(text, span[1], end) is not None or _PAST_BY.search(text, start, span[0]) is not None


def _finding(rule, span, fact: str, advice: str, fix, severity) -> Finding:
    return Finding(span[0], span[1], rule.spec.message.format(fact=fact, advice=advice), fix, severity)


def _framing(m: re.Match[str]) -> tuple[str | None, str | None, str, str]:
    """The framing's modifier ("former"), qualifier, title, and its suffix ("-elect", "-designate", or "")."""
    modifier = m["mod"].strip(" -\t\n").lower() if m["mod"] else None
    elect = (m.groupdict().get("elect") or "").lower()
    return modifier, m["qual"] or m["owner"], m["title"], elect


def status(person: Person, office: Office, day: dt.date) -> tuple[str, Term | None, bool]:
    """Whether `person` holds `office` on `day`: (state, the term that decides
    it, whether the registry can vouch for it)."""
    terms = sorted((t for t in person.terms if t.office == office.id), key=lambda t: t.start)
    for term in terms:
        if term.start <= day and (term.end is None or day <= term.end):
            if term.end is not None or day <= person.verified:
                return HOLDING, term, True
            if office.fixed_term and term.scheduled_end is not None:
                if day <= term.scheduled_end:
                    return HOLDING, term, True
                return UNKNOWN, term, False
            return HOLDING, term, False  # an open-ended office after the registry's date
    past = [t for t in terms if t.end is not None and t.end < day]
    if past:
        return LEFT, past[-1], True
    return NOT_YET, terms[0], True


def _holding_other(registry: Registry, person: Person, office: Office, day: dt.date) -> tuple[Office, dt.date] | None:
    """Another office the person holds on `day` as far as the registry knows
    (an open-ended one after its date too), and since when."""
    for term in person.terms:
        if term.office != office.id and term.start <= day and (term.end is None or day <= term.end):
            other = registry.offices[term.office]
            state, held, _ = status(person, other, day)
            if state == HOLDING and held is not None:
                return other, held.start
    return None


def _earlier_term(person: Person, office: Office, term: Term) -> bool:
    """Did the person hold the office in a term before this one, with a gap
    between ("then-President Trump" of his first term, during his second)?"""
    return any(t.office == office.id and t.end is not None and t.end < term.start for t in person.terms)


def _held_in(person: Person, office: Office, year: int) -> bool:
    """Did the person hold the office at any time in `year`?"""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return any(t.start <= last and (t.end or t.scheduled_end or dt.date.max) >= first
               for t in person.terms if t.office == office.id)


def _left_by(person: Person, office: Office, year: int) -> bool:
    """Had the person left the office by some time in `year`, so that "former" was true then?"""
    return any(t.end is not None and t.end <= dt.date(year, 12, 31) for t in person.terms if t.office == office.id)


def _source(source: str) -> str:
    return {"today": "today's date, for the draft gives none: pin one with --as-of, a front-matter date or a "
                      "date line under the headline",
            "--as-of": "from --as-of"}.get(source, f"from the {source}")


KIND = Kind("title-accuracy", check, fixes=True, prepare=prepare, fields=frozenset({"fact", "advice"}), dated=True,
            params={"registry": Param(PATH, None, nullable=True)})
