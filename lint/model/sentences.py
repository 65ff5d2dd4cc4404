"""Sentence segmentation tuned for news copy.

Hand-written rather than a library: pysbd and syntok segment the source article
at 0.3 and 0.1 MB/s on this machine, far below the 2 MB/s budget for all rules,
and neither reports a full stop with no space after it ("encounter.Three") as a
boundary, which scraped copy needs. Decisions, in order:

- a full stop after a title abbreviation (Mr., Gen., Jan.) never ends a sentence;
- after an acronym or a numeral written without stops it ends one before any
  capital ("in the UK. Nine", "after World War II. Nine");
- after another abbreviation or an initial (U.S., a.m., Ph.D., J.) it ends one
  only when a common sentence opener follows ("in the U.S. The talks"), or
  a noun with a verb of its own after a clause that had one ("is the third
  in the U.K. temperatures are forecast", "began at 2 a.m. crews were sent");
- a lowercase word after an ellipsis or a closing quote continues the sentence
  ('"Stop!" he said', 'wait ... what'), as a speech verb after ! or ? does
  ('What now? asked one voter'); another starts one, with or without a space
  ("in doubt? the recount", "enough?nobody");
- a lowercase word after any other full stop starts a sentence: that is the
  error `sentence-case` reports.
"""

from __future__ import annotations

import re

from .patterns import FromStarts
from .words import (
    ABBREVIATIONS,
    CLAUSE_OPENERS,
    DOMAIN_ENDINGS,
    FRONTING_WORDS,
    NAME_PREFIXES,
    NAME_SUFFIXES,
    PREFIX_ABBREVIATIONS,
    PRONOUNS,
    SENTENCE_OPENERS,
    SMALL_WORDS,
    SPEECH_VERBS,
    SUPERLATIVES,
    TIME_ADJECTIVES,
    TIME_NOUNS,
    WORD,
)

# A run of marks is matched from its first mark only and never given back
# (possessive), so a long run of "?" costs linear time, not quadratic. The
# pattern opens with the marks themselves, the lookbehind ("no mark before")
# coming after the first: the regex engine then skips ahead to the next mark
# instead of trying the pattern at every character (three times as fast).
_CANDIDATE = FromStarts(re.compile(
    r"(?P<punct>\u2026(?<![.!?\u2026].)|[.!?](?<![.!?\u2026].)[.!?]*+)"
    r"(?P<close>[\"\u201d\u2019')\]\u00bb]*)"
    # A wiki's reference markers after the stop belong to the sentence: "passed.[1] The".
    r"(?P<cite>(?:\[(?:\d{1,3}|citation needed)\])*)"
    # No space: only a mark before a letter can end a sentence ("encounter.Three",
    # "enough?nobody"), so decimals ("4.5") are not even candidates.
    r"(?P<space>\s+|(?<=[.!?])(?=[^\W\d_]))"
), ".!?\u2026")
# An enumeration's marker: "1.", "a)", "(b)", "iv." (not a sentence of its own).
LIST_MARKER = re.compile(r"\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)]")
_LETTERS = re.compile(r"[^\W\d_]+")
_OPENING = "\"'\u201c\u2018([{\u00ab"
_INITIALISM = re.compile(r"(?:[A-Za-z]{1,2}\.)+")
# Single capitals, each with its stop, are initials however many there are: "K.K.S.S.R. Ramachandran".
INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
# A two-letter word in lowercase before its stop is a word, not an initialism: "owners to sell up. Ben Beadle".
_SHORT_WORD = re.compile(r"[a-z]{2}\.")


def split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence ranges within text[start:end], trimmed of surrounding space."""
    out: list[tuple[int, int]] = []
    cur = _skip_space(text, start, end)
    for m in _CANDIDATE.finditer(text, cur, end):
        nxt = m.end()
        if nxt >= end or m.start() < cur:
            continue
        if _is_boundary(text, m, cur, end):
            out.append((cur, m.end("cite")))
            cur = _skip_space(text, nxt, end)
    tail_end = _trim_end(text, cur, end)
    if tail_end > cur:
        out.append((cur, tail_end))
    return out


def next_word(text: str, pos: int, end: int) -> str:
    while pos < end and (text[pos].isspace() or text[pos] in _OPENING):
        pos += 1
    m = WORD.match(text, pos, end)
    return m.group() if m else ""


def _is_boundary(text: str, m: re.Match[str], sent_start: int, end: int) -> bool:
    punct, close, space = m.group("punct", "close", "space")
    pos = m.start()
    if not space:
        if punct == ".":
            if not (pos - 2 >= sent_start and run_on_stop(text, pos, end)):
                return False
            token = _token_before(text, pos, sent_start)
            if text[m.end()].islower() and token.lower() + "." in ABBREVIATIONS:
                # "Apple Inc.in 2019": a space missing after an abbreviation, read as if it were there
                return _abbreviation_ends_sentence(text, sent_start, pos - len(token), pos, m.end(), end)
            return True
        # "Is that enough?nobody thinks so", "year!the money": a word before and after
        # (not "Yahoo!" in "Yahoo!s", nor "What?asked one voter").
        letters = _LETTERS.match(text, m.end(), end)
        return "." not in punct and text[pos - 1].isalpha() and letters is not None \
            and len(letters.group()) > 1 and letters.group().lower() not in SPEECH_VERBS
    first = text[m.end()]
    if first.isupper() and first.isalnum():  # most often a capital follows: the word is read only if needed
        if punct != ".":
            return True
        word, lower_next = "", False
    else:
        word = next_word(text, m.end(), end)
        if not word:
            return True
        lower_next = word[0].islower()
    if punct == ".":
        token = _token_before(text, pos, sent_start) + "."
        if token[0].isdigit() and token.lstrip("0123456789").lower() in ("a.m.", "p.m."):
            token = token.lstrip("0123456789")  # a time run into its number: "3p.m.", "10a.m."
        key = token.lower()
        if lower_next and close and close != ")" and token[:-1].isalpha() and token[1:-1].islower() and \
                text[pos - len(token):pos - len(token) + 1] in _OPENING_MARKS:
            return False  # a quotation of one word, then its tag: '"Go." the coach told them' (not "U.S.")
        if lower_next and close == ")" and token[:1].isupper() and (
                key in ABBREVIATIONS or "." in token[:-1] or "-" in token) and _short_aside(text, sent_start, pos):
            return False  # an abbreviation closing a short aside: "John Thune (R-S.D.) stood", "Rand Paul (R-Ky.)
            # opposed", "(Acme Inc.) said" (not "(It was close.) the")
        prefix = key if key in PREFIX_ABBREVIATIONS else key.rpartition("-")[2]  # "then-Sen. Harris", "ex-Gov."
        if prefix in PREFIX_ABBREVIATIONS and (prefix not in _WORD_ABBREVIATIONS or _numbered(text, m.end(), end)) \
                and not (lower_next and prefix in NAME_PREFIXES):
            return False  # "Dr. Jones", "No. 10"; but "lives on Main St. the house" prefixes no name
        if lower_next and LIST_MARKER.fullmatch(token) and _enumerates(text, pos + 1 - len(token), sent_start, token):
            return False  # an enumeration: "1. an item", "see iv. the clause"; not "at Mach 2. the pilot"
        if not lower_next and len(token) == 3 and token[:2].isupper() and token[:2].isalpha():
            return True  # an acronym or a numeral written without stops ends its sentence: "in the UK. Nine",
            # "after World War II. Nine people"; an initial is one letter ("Michael J. Fox")
        if key in ABBREVIATIONS or (len(token) <= 8 and (len(token) <= 3 or "." in token[:-1])
                                    and _INITIALISM.fullmatch(token) and not _SHORT_WORD.fullmatch(token)) \
                or (len(token) > 8 and INITIALS.fullmatch(token)):  # shorter ones are matched above
            if lower_next:
                return _abbreviation_ends_sentence(text, sent_start, pos + 1 - len(token), pos, m.end(), end)
            return (word or next_word(text, m.end(), end)).lower() in SENTENCE_OPENERS
        if lower_next and close and close != ")":
            return False  # a quoted fragment continues: 'called it "a mess." the'; not "(See below.) the"
        return True
    if not lower_next:
        return True
    if punct == "!" and not close and (token := _token_before(text, pos, sent_start))[:1].isupper() and (
            word.lower() not in SENTENCE_OPENERS or word in ("and", "or") or (
                word in _NAME_LINKS and _NAME_GOES_ON.match(text, m.end() + len(word), end) is not None) or (
                (word in _CLAUSE_OPENERS or word in _NAME_LINKS) and
                _skip_space(text, sent_start, end) < pos - len(token))):
        return False  # a name's own "!" before the verb it goes on with: "Jeopardy! returns", "Wham! played", or
        # before the next name of a list: "Yahoo! and Amazon are sponsors", or inside the name: "Panic! at the
        # Disco", or a title's inside its sentence before the clause or the phrase that goes on: "to sing Rule,
        # Britannia! as if nothing was happening", "starred in Oklahoma! in 1990" (not "Wow! as we arrived")
    if punct == "?" and not close and (token := _token_before(text, pos, sent_start))[:1].isupper() and (
            (word.lower() not in SENTENCE_OPENERS and word.lower() not in SPEECH_VERBS) or (
                word in ("and", "or") and _NAME_GOES_ON.match(text, m.end() + len(word), end) is not None)) and \
            _skip_space(text, sent_start, end) < pos - len(token):
        return False  # a name's own "?" inside its sentence, before the verb it goes on with: "the consumer group
        # Which? found", or before the next name of a list: "such as Which? and Citizens Advice" (not "What now?
        # asked one", a tag, nor "Why? the council asked": a question opening it)
    # A lowercase word: an ellipsis trails off into it, a closed quotation is
    # attributed ('"Why?" she asked'), and so is an inverted one ("What now? asked
    # one") or a bare question's tag ("Why now? she asked.", "Really? islanders asked
    # online"); after a bare ? or ! it starts the next sentence ("in doubt? the recount").
    return not (punct in ("...", "\u2026") or close or word.lower() in SPEECH_VERBS or (
        punct == "?" and _TAG_AFTER.match(text, m.end(), end) is not None))


_OPENING_MARKS = "\"\u201c'\u2018"  # what opens a quotation, straight or curly
# A question's tag after its bare mark: a subject of up to three words and a verb of asking that ends the clause,
# or goes on to say where or how ("she asked.", "islanders asked on social media"; not "officials asked residents
# to stay indoors", a sentence of its own).
_TAG_AFTER = re.compile(r"(?:[a-z]+ ){1,3}?(?:asked|asks|wondered|wonders|demanded|demands)"
                        r"(?=[.,;:!?]|\s+(?:on|in|at|online|again|aloud|quietly|angrily|later)\b)")
# Words that open a clause which goes on with its sentence, rarely a sentence left in lowercase.
_CLAUSE_OPENERS = frozenset("as when while because if since until before after than".split())
# A name that goes on after its "!": a small word, then a capitalised one within a word ("Panic! at the Disco").
_NAME_LINKS = frozenset("at of in on for from with to".split())
_NAME_GOES_ON = re.compile(r" (?:(?:the|a|an) )?[A-Z]")
# Abbreviations that are also words: "No. 10", "fig. 3", "Sat. Nov. 8", but
# "she said no. The council", "a photo op. the mayor", "The Sun. The editor".
_WORD_ABBREVIATIONS = frozenset("no. nos. fig. figs. art. op. sat. sun. wed. mar.".split())
# ("Art. II"; not "I", nor "May", which open sentences: "she said no. I left").
_NUMBERED = re.compile(r"\s*(?:\d|(?!I\b)[IVXLC]+\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)")


def _short_aside(text: str, sent_start: int, pos: int) -> bool:
    """Does a bracket opened in the sentence, at most three words before the stop at `pos`, hold it?"""
    opened = text.rfind("(", sent_start, pos)
    return opened != -1 and ")" not in text[opened:pos] and len(text[opened + 1:pos].split()) <= 3


def _numbered(text: str, at: int, end: int) -> bool:
    """Does a number, a Roman numeral or a month follow, as after an abbreviation?"""
    return _NUMBERED.match(text, at, end) is not None


def _enumerates(text: str, at: int, sent_start: int, token: str) -> bool:
    """Does the marker at `at` stand where a list's item begins? A number does
    only at the start of a sentence, after a mark or a joining word ("The
    list: 1. an item, 2. another"; after a comma, only with the number before
    it: not an age, "said Carys Jones, 44."), or with the next number soon after it
    ("Options are 1. buy and 2. sell"); otherwise it is a quantity ("flew at
    Mach 2. the pilot"). A letter or a numeral is read as a marker anywhere."""
    number = token.strip("().")
    if not number.isdigit():
        return True
    before = text[sent_start:at].rstrip()
    if not before or before[-1] in ":;(" or before.rsplit(None, 1)[-1].lower() in ("and", "or", "see"):
        return True
    if before[-1] == "," and re.search(rf"(?<![\d.]){int(number) - 1}[.)]\s", before[-200:]) is not None:
        return True  # "1. an item, 2. another"; not an age after a name, "said Carys Jones, 44. the roof"
    return re.search(rf"(?<![\d.]){int(number) + 1}[.)]\s", text[at:at + 200]) is not None


def _fronted(text: str, start: int, pos: int) -> bool:
    """Is text[start:pos] a short phrase opened by a preposition, or by a
    participle and its preposition, fronted before the main clause ("At 9:12
    a.m. the leaders came through", "In the U.K. the survey found", "Speaking
    at 5 p.m. the minister said")? Then what follows the abbreviation is that
    clause."""
    words = WORD.findall(text, start, pos)
    if 3 <= len(words) <= 7 and words[0][-3:] == "ing" and len(words[0]) > 5 and words[1].lower() in FRONTING_WORDS:
        return True  # a participle's phrase: "Speaking at 5 p.m. the minister said", "Arriving at 6 a.m. the crews"
    if 1 <= len(words) <= 5 and words[0].lower() in FRONTING_WORDS:
        return True
    # ... or before the clause a link opens: "Police said that about 2 p.m. the man got into a car", "Crews
    # arrived, and by 9 p.m. the fire was out"
    comma = text.rfind(",", start, pos)
    tail = WORD.findall(text, comma + 1, pos) if comma != -1 else words
    link = max((i for i, w in enumerate(tail) if w.lower() in _CLAUSE_LINKS), default=-1)
    tail = tail[link + 1:]
    return (link != -1 or comma != -1) and 1 <= len(tail) <= 5 and tail[0].lower() in FRONTING_WORDS


_CLAUSE_LINKS = frozenset("that and but when because while so".split())


def _abbreviation_ends_sentence(text: str, start: int, token: int, pos: int, after: int, end: int) -> bool:
    """Does the abbreviation at `token`, its point at `pos`, end the sentence
    before the lowercase word at `after`?"""
    if _fronted(text, start, pos) or _in_apposition(text, start, token, after, end):
        return False
    return _clause_after_abbreviation(text, after, end) or \
        _subject_after_complete_clause(text, start, token, after, end)


def _in_apposition(text: str, start: int, token: int, after: int, end: int) -> bool:
    """Does a name the abbreviation ends stand in an apposition a comma opened,
    with a second one a few words on ("The firm, Harbour Holdings Ltd. the
    port's owner, declined")? Then the sentence goes on after it; not after
    "its main donor, Halvorsen Freight Inc. the Port Selden shipping company
    gave $12 million ...", a new sentence."""
    before = text[start:token]
    comma = before.rfind(",")
    if comma == -1 or before.count(",") % 2 == 0:
        return False
    words = WORD.findall(before, comma)
    if not (0 < len(words) <= 5 and words[0][0].isupper() and _FINITE.isdisjoint(w.lower() for w in words)):
        return False
    closing = text.find(",", after, min(end, after + 60))
    return closing != -1 and len(WORD.findall(text, after, closing)) <= 5


def _clause_after_abbreviation(text: str, pos: int, end: int) -> bool:
    """After an abbreviation that can end a sentence ("U.K.", "p.m.", "Inc."), does
    a lowercase word open a new clause? Yes when it is a determiner or pronoun
    ("U.K. the survey also found", "9 p.m. the results came"), unless the phrase
    it opens still belongs to the sentence: a time ("at 9 p.m. the next day", "at 7 a.m. that morning") or
    a superlative complement ("called the U.S. the most reliable ally"). Other
    words continue it ("the U.K. economy", "at 9 p.m. on Friday")."""
    words = [w.lower() for w in WORD.findall(text[pos:min(end, pos + 60)])[:3]]
    if not words or words[0] not in CLAUSE_OPENERS:
        return False
    if words[0] in ("that", "this", "each", "every") and len(words) > 1 and words[1] in TIME_NOUNS:
        return False  # a time too: "at 7 p.m. that day", "at 6 a.m. each morning"
    if words[0] in ("the", "a", "an") and len(words) > 1:
        second = words[1]
        if second in SUPERLATIVES or (len(second) > 4 and second.endswith("est")) or second in TIME_NOUNS:
            return False
        if second in TIME_ADJECTIVES and len(words) > 2 and words[2] in TIME_NOUNS:
            return False
    return True


def _subject_after_complete_clause(text: str, start: int, token: int, after: int, end: int) -> bool:
    """After an abbreviation that closes a main clause's phrase ("The heatwave
    is the third this summer in the U.K."), does a lowercase noun with a verb
    of its own start the next sentence ("temperatures are forecast")? Not when
    the words before have no verb of their own ("Inflation in the U.K. economy
    is") or lead into a clause ("because the U.S. economy is", "said the U.K.
    economy is"), nor when a determiner ends them ("the year the U.S. economy
    is": a relative clause). After a time the clause before may have a verb
    in the past tense ("The outage began at 2 a.m. crews were sent"), and so
    may the new one ("closed at 9 p.m. drivers turned back")."""
    time = text[token:token + 4].lower() in ("a.m.", "p.m.")
    following = _WORD_THEN_VERB.match(text, after, end) or (_WORD_THEN_PAST.match(text, after, end) if time else None)
    if following is None:
        return False  # most abbreviations: "the U.S. economy grew", "p.m. on Friday"
    first = following[1].lower()
    if first in SMALL_WORDS or first in PRONOUNS or first in _LEADS_IN:
        return False
    if following[0].split()[-1] in SPEECH_VERBS and not _COMPLEMENT.match(text, following.end(), end):
        return False  # "ended at 5 p.m. residents said" is an attribution short of its comma
    before = [w.lower() for w in WORD.findall(text[max(start, token - 300):token])]
    if time:
        number = len(before)
        while number and before[number - 1].isdigit():
            number -= 1
        if number == len(before) or _TIME_PREPOSITIONS.isdisjoint(before[max(0, number - 2):number]):
            return False
    elif not before or not (before[-1] in _PLACE_PREPOSITIONS or (before[-1] == "the" and len(before) > 1
                                                                  and before[-2] in _PLACE_PREPOSITIONS)):
        return False
    # After a place, a past tense may be a participle: "Troops stationed in the U.S. bases are" is one sentence.
    verb = max((i for i, w in enumerate(before) if w in _FINITE or (time and _past_tense(before, i))), default=None)
    # The verb's clause must be the main one: not "Workers who started at 6 a.m. shifts were paid".
    return verb is not None and _LEADS_IN.isdisjoint(before[verb:]) and SPEECH_VERBS.isdisjoint(before[verb:]) \
        and _RELATIVES.isdisjoint(before[max(0, verb - 2):verb])


def _past_tense(words: list[str], i: int) -> bool:
    """Is words[i] a verb in the past tense ("began", "closed")? A word in -ed
    after a determiner is an adjective ("the armed men", "a planned cut")."""
    word = words[i]
    if word in _IRREGULAR_PAST:
        return True
    return len(word) > 4 and word.endswith("ed") and not (i and words[i - 1] in _DETERMINERS)


# Finite verbs that show a clause has its own verb, and words that open a clause inside a sentence.
_FINITE = frozenset("is are was were has have had will would can could".split())
# A word, perhaps a second, then one of those verbs: "temperatures are", "the demand was".
_WORD_THEN_VERB = re.compile(rf"([^\W\d_][\w'\u2019-]*)\s+(?:[\w'\u2019-]+\s+)?(?:{'|'.join(sorted(_FINITE))})\b")
# Irregular past tenses, enough to show that a clause after a time has its verb.
_IRREGULAR_PAST = frozenset("""began came went took rose fell met ran broke struck sent found saw made gave got kept
    held brought spent lost won stood sat drew grew threw flew wrote spoke woke chose fought caught""".split())
# After a time, a word then a past tense: "drivers turned back", "crews arrived".
_WORD_THEN_PAST = re.compile(
    rf"([^\W\d_][\w'\u2019-]*)\s+(?:[a-z]{{3,}}ed|said|told|{'|'.join(sorted(_IRREGULAR_PAST))})\b")
# What a reporting verb's own clause opens with: "officials said the talks went well" is a sentence of its own.
_COMPLEMENT = re.compile(r"\s+(?:that|the|a|an|it|its|he|she|they|we|his|her|their|there|this)\b")
_LEADS_IN = frozenset("""that which who whom whose where when while whether if because as since although though
    unless until than how what why and but or so nor""".split())
_PLACE_PREPOSITIONS = frozenset("in across from throughout outside inside within into at around".split())
_TIME_PREPOSITIONS = frozenset("at by until till before after around about from since past".split())
_RELATIVES = frozenset("who which that whose whom".split())
_DETERMINERS = frozenset("the a an his her its their our my your this that these those".split())


def run_on_stop(text: str, pos: int, end: int) -> bool:
    """Is the full stop at `pos`, with a letter straight after it, two sentences
    run together ("encounter.Three", "court.his")? Decided by the shape of the
    token around it, since domain and file names have the same shape:

    - before it, a space that belongs after it ("first .Then", "52-48 .the"),
      with a capitalised word or a clause opener after;
    - before it, a lowercase word of two letters or more, a percentage, or a
      closing bracket or quotation mark ("rose 12%.analysts", "(again).The",
      '"unacceptable".Ministers'); a number or a number with its unit followed
      by a capitalised word ("on Nov. 8.The figure", "cost $4m.Officials") or
      a lowercase one that opens a clause ("passed 5-4.the mayor", "passed
      67-31.it now goes"); an initialism followed by a common sentence
      opener ("at 10 a.m.The", "in the U.S.But"), as with a space;
    - after it, a capitalised word ("encounter.Three"), or a lowercase word that
      is not a web or file suffix ("court.his", "close.today", "bridge.it");
      or a brand with a lowercase capital, then a space ("hour.iOS 27");
      a suffix that is no English word ("example.com", "bit.ly", "node.js",
      "report.pdf") marks a name, and so does a token that goes on with another
      dot, a slash or an @ ("docs.python.org", "site.com/page");
    - after it, a one-letter word that opens sentences ("days.a ruling",
      "encounter.A man"): see _one_letter_opener.
    """
    if pos + 1 < len(text) and not text[pos + 1].isupper() and _in_handle(text, pos):
        return False  # "@jo.bell": a social media handle may hold a dot (not "@jo.bell.Then", its end run on)
    for _ in range(_CHAIN):
        verdict = _stop_at(text, pos, end)
        if not isinstance(verdict, int) or isinstance(verdict, bool):
            return bool(verdict)
        pos = verdict  # decided by the next stop of the same token
    return False  # a long chain of dotted words ("a.b.c.d.e.f.g.h.i") is some name


# Words that open a sentence after a number's stop, none a web or file suffix, nor a version's ("1.2.beta").
_OPENERS_AFTER_A_NUMBER = frozenset("""under after before since until during from when while but however meanwhile
    then yet although though because despite earlier later last next some many most officials police""".split())


# Stops looked at along one token ("the.end.Three"), each deciding the one before it.
_CHAIN = 8


def _in_handle(text: str, pos: int) -> bool:
    """Is the stop at `pos` inside a handle, a token that opens with "@" ("@jo.bell")? Looked for a handle's
    length back: a token longer than that is no handle."""
    at = text.rfind("@", max(0, pos - _HANDLE_REACH), pos)
    return at != -1 and (at == 0 or text[at - 1].isspace() or text[at - 1] in "(\"'\u201c\u2018") and \
        not any(c.isspace() for c in text[at + 1:pos])


_HANDLE_REACH = 31  # characters: Instagram's longest handle is 30


def _stop_at(text: str, pos: int, end: int) -> bool | int:
    """run_on_stop's verdict on one full stop, or where the next stop of the
    same token stands, when this one's verdict is that one's."""
    if pos < 2:
        return False
    before = text[pos - 1]
    word = _LETTERS.match(text, pos + 1, end)
    if word is None:
        return False
    after = word.group()
    if len(after) == 1:  # most are an initialism's ("U.S.", "a.m."): only "A", "a" and "I" open sentences
        if text[word.end():word.end() + 1] == "&":  # ... or one joined by "&" after a word: "remember.A&E waits"
            return after.isupper() and before.islower() and text[pos - 2].islower()
        return after in "AaI" and _one_letter_opener(text, pos, word.end(), end)
    if before == " ":  # "first .Then", "52-48 .the senator": the space stands before the stop, not after it
        last = pos - 2
        while last > 0 and text[last] == " ":
            last -= 1  # a link's target masked to spaces: "[the website](https://example.com).the"
        if not (text[last].isalnum() or text[last] in "%)\"'\u201d\u2019") or after == "Net":
            return False  # " .Net", like " .NET" and " .com", is a name
        return (after[0].isupper() and after[1:].islower()) or (after in CLAUSE_OPENERS and (
            after != "it" or last < pos - 2 or _spaced_it_clause(text, last, word.end())))
        # "52-48 .it" may be a name's; "(https://...).it" runs on, as does "possible" .it expected"
    if before.isalpha() and text[pos - 2] == ".":  # "a.m.The", "U.S.But"; not "J.K.Rowling", "U.S.Army"
        return after[0].isupper() and after[1:].islower() and after.lower() in SENTENCE_OPENERS
    if before.isupper() and (text[pos - 2].isupper() or text[pos - 2] == "&"):
        return _acronym_run_into_word(text, pos, after, word.end())
    # "on Nov. 8.The figure", "$4m.Officials": only a capital may follow ("1.2.beta", "4.50.txt" are names)
    only_capital = before.isdigit() or (before.isalpha() and text[pos - 2].isdigit())
    closer = before in "%)\"'\u201d\u2019"  # "12%.The", "(again).its", 'called it "unacceptable".Ministers'
    if not only_capital and not closer and not (before.islower() and text[pos - 2].islower()):
        return False
    if after[0].isupper():
        return after[1:].islower() or (after.isupper() and _acronym_opens(text, after, word.end()))
    if only_capital:  # "passed 5-4.the mayor": a word no file or version name ends in ("web3.it" is a domain)
        return (after in CLAUSE_OPENERS and (after != "it" or _tally_then_clause(text, pos, word.end()))) or \
            after in _OPENERS_AFTER_A_NUMBER  # "by 2028.under the plan", "in 1998.after that"
    follows = text[word.end():word.end() + 1]
    if _BRAND.match(after):  # "an hour.iOS 27", "late.eBay sellers": a brand's lowercase capital
        return follows in (" ", ",", "") and before.islower() and text[pos - 2].islower()
    if not after.islower() or after in NAME_SUFFIXES:
        return False
    if follows == "." and text[word.end() + 1:word.end() + 2].isalpha():
        # A name goes on with another dot ("docs.python.org"), unless that stop is itself two
        # sentences run together ("the.end.Three", "the.the.the"): this one stands or falls with it.
        return word.end()
    return follows not in ("/", "@", "_")


def _acronym_run_into_word(text: str, pos: int, after: str, end: int) -> bool:
    """Is the stop at `pos`, after an acronym standing alone ("the NHS.Experts warn", "joined the BBC.Her first
    job", "at M&S.Its rival"), two sentences run together? Only before a word that goes on with a space or a comma:
    a product's or a path's suffix is written otherwise ("ASP.NET", "VB.Net", "UK.gov", "PDF.js"). A lowercase
    word counts when it opens sentences ("the EU.the vote") or follows a short acronym ("the UK.owner Priya
    Shah"), and is no domain's ending ("BBC.news"); a code's name is longer ("JSON.parse")."""
    start = pos - 2
    while start > 0 and (text[start - 1].isupper() or text[start - 1] == "&"):
        start -= 1
    alone = start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "._-/@")
    if not (alone and pos - start <= _ACRONYM_LONGEST and text[end:end + 1] in (" ", ",", "\n")):
        return False
    if after.islower():
        return after not in DOMAIN_ENDINGS and (after in SENTENCE_OPENERS or pos - start <= _SHORT_ACRONYM)
    return after[0].isupper() and after[1:].islower() and after != "Net"


_ACRONYM_LONGEST = 6  # letters: "NHS", "UNESCO"
_SHORT_ACRONYM = 3  # letters: "UK", "BBC"


def _acronym_opens(text: str, after: str, end: int) -> bool:
    """Does an acronym after a full stop open a sentence ("said.NASA will",
    "year.BBC bosses", "worst.AT&T shares")? Not a file's or a domain's
    suffix in capitals ("report.PDF", "Example.COM")."""
    return text[end:end + 1] in (" ", "\n", ",", "&", "'", "\u2019", "") and after.lower() not in NAME_SUFFIXES


def _one_letter_opener(text: str, pos: int, word_end: int, end: int) -> bool:
    """Is the one-letter word after the full stop at `pos` a sentence's first
    ("two days.a ruling", "encounter.A man", "said.I think")? Only "A", "a" and
    "I", each followed by a space (or a line break) and a word, after a lowercase word of two
    letters or more ("U.S.A", "section 5.a", "lib.a", "Plan.B" stay names); a
    capital may also follow a number or a closing mark ("$4m.A spokesman"),
    and a space that belongs after the stop ("cost £250,000 .A public").
    An article goes on with a noun, or after a word with a number ("Ridley.A
    2023 survey"), not a joining word ("notes.a in the folder", "libfoo.a
    and")."""
    letter = text[pos + 1]
    if text[word_end:word_end + 1] not in (" ", "\n"):  # a space, or a hard-wrapped line's end
        return False
    nxt = _LETTERS.match(text, word_end + 1, end)
    before, prior = text[pos - 1], text[pos - 2]
    if before == " " and letter != "a" and pos >= 3:  # "cost £250,000 .A public": the space belongs after it
        before, prior = prior, text[pos - 3]
    after_word = before.islower() and prior.islower()
    if nxt is None:  # after a word, an article may go on with a number: "unique to Ridley.A 2023 survey"
        return after_word and letter != "I" and text[word_end + 1:word_end + 2].isdigit()
    if letter != "I" and nxt.group().lower() in _NOT_AFTER_ARTICLE:
        return False
    if after_word:
        return True
    return letter != "a" and (before.isdigit() or before in "%)\"'\u201d\u2019"
                              or (before.isalpha() and prior.isdigit()))


_BRAND = re.compile(r"[a-z][A-Z][A-Za-z]")  # "iOS", "eBay", "iPhone", "mRNA"
_NOT_AFTER_ARTICLE = frozenset(
    "and or but nor in on at of to for from with by as is are was were be has have had file files".split())


_TALLY = re.compile(r"(?:^|(?<=\s))[\d,\-\u2013]+$")
_LOWER_WORD_NEXT = re.compile(r" [a-z]{2,}\b")


def _spaced_it_clause(text: str, last: int, it_end: int) -> bool:
    """Does " .it" open a clause, its verb after it ('"as soon as possible" .it
    expected', "quickly .it is")? Not Italy's domain after a word that a name
    goes on from ("ending in .it had", "a .it address")."""
    before = _WORD_BEFORE.search(text, max(0, last - 20), last + 1)
    return _IT_VERB.match(text, it_end) is not None and (
        before is None or before.group(1).lower() not in _BEFORE_A_DOMAIN)


# A verb after "it", which makes a clause of it.
_IT_VERB = re.compile(r" (?:is|was|has|had|will|would|said|says|can|could|did|does|may|might|must|should|"
                      r"also|now|then|[a-z]{2,}ed)\b")
_WORD_BEFORE = re.compile(r"(\w+)\W*\Z")
_BEFORE_A_DOMAIN = frozenset("in a an the as with of and or to on at under".split())


def _tally_then_clause(text: str, pos: int, it_end: int) -> bool:
    """Does "it" after the full stop at `pos` open a clause, run into a number
    ("passed 67-31.it now goes")? Only a number of digits alone ("48", "67-31",
    "1,500") and a word after "it" say so: "web3.it" and "visit 24.it." are names."""
    return _TALLY.search(text, max(0, pos - 16), pos) is not None and \
        _LOWER_WORD_NEXT.match(text, it_end) is not None


def _token_before(text: str, pos: int, limit: int) -> str:
    i = max(limit, text.rfind(" ", limit, pos) + 1)  # most words end at a space: look no further back
    token = text[i:pos]
    if not token.isprintable():  # another kind of space (a line break, a no-break space) may stand closer
        parts = token.rsplit(None, 1)
        token = parts[-1] if parts and not token[-1].isspace() else ""
    if "," in token or ";" in token:
        token = _GLUED_AFTER_MARK.split(token)[-1]  # "Washington,D.C": a space missing after the comma
    return token.lstrip(_OPENING)


# A comma or semicolon run into the word after it, which is then a token of its own.
_GLUED_AFTER_MARK = re.compile(r"[,;](?=[^\W\d_])")


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
