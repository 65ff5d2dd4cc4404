"""The `punctuation-spacing` kind: no space after , ; : ! ? or a sentence-ending
full stop between two words ("agenda,the", "encounter.Three"), nor after a
percentage ("5%in"), nor before a bracket of words ("team(led by"), and a
stray space before a comma, semicolon or full stop ("flavonoids , which") or inside
brackets and quotation marks ("( the main route )", 'called it " unrealistic "').

Numbers (3.5, 1,000, 10:30), abbreviations (U.S., Ph.D., e.g.), domain names
(Amazon.com, ASP.NET), e-mail addresses and URLs never match: both sides of the
mark must be letters, and a full stop only counts between a lowercase word and a
capitalised one. URLs and code are masked before any rule runs.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..diagnostics import Edit, Finding, Fix
from ..model.garbled import LEADS, garbled_mark_at
from ..model.patterns import places
from ..model.sentences import run_on_stop
from ..model.types import PARAGRAPH
from ..model.words import ABBREVIATIONS, NAME_SUFFIXES
from .contract import ActiveRule, Context, Kind

# A mark with a letter straight after it, or a quotation mark and then a letter
# ('said:"We', 'evidence.\u201cTeachers'); what stands before it is judged below.
_QUOTES = "\"\u201c\u201d\u00ab\u00bb\u201e"
# Single marks are apostrophes too ("U.S.'s", "rock,'n' roll"): only one that opens a quotation counts.
_SINGLE_QUOTES = "'\u2018"
_ANY_QUOTE = _QUOTES + _SINGLE_QUOTES
# A comma or semicolon between a word and a number is one too: "Jordan Pike,24,lost", "said,2025 was" (not "1,000",
# "Covid-19,2020" nor "x,1": a word of two letters or more before it).
_MISSING = re.compile(rf"[,;:!?.)%\u2026](?=[^\W\d_]|[{_ANY_QUOTE}][^\W\d_]|(?<=[^\W\d_]{{2}}[,;])\d)")
_CLOSERS = "\u201d\u2019\"')]"

if TYPE_CHECKING:
    from ..model.document import Document
    from ..model.types import Region


def _missing_space(text: str, pos: int, mark: str) -> bool:
    before = text[pos - 1] if pos else " "
    if mark in ",;":  # agenda,the  2018,the  4.5%,up  "no",then  62 days ,below (the space on the wrong side)  e.g.,the
        return before.isalnum() or before in _CLOSERS or before == "%" or _space_before(text, pos) \
            or (before == "." and pos >= 2 and text[pos - 2].isalpha())
    if mark == ")":
        return _glued_to_brackets(text, pos)
    if mark == "%":  # a percentage run into the next word: "rose 5%in May"; not "5%s", a code's
        return before.isdigit() and text[pos + 1:pos + 3].isalpha()
    if mark == "\u2026" or (mark == "." and text[pos - 2:pos] == ".."):
        return _ellipsis_run_into_sentence(text, pos)
    if mark == ".":  # encounter.Three, court.his, 8.The; not Amazon.com, ASP.NET, node.js, report.pdf
        return run_on_stop(text, pos, len(text)) or _title_run_into_name(text, pos) \
            or _initialism_run_into_word(text, pos + 1, pos + 1)  # also "first .Then", "U.S.Army"
    if not (before.isalpha() and pos >= 2 and text[pos - 2].isalpha()):
        if mark == ":" and before == ".":
            return _initialism_run_into_word(text, pos, pos + 1)  # "at 3 a.m.:two checks"
        return mark in "!?" and (before.isalpha() or (  # What?No
            _space_before(text, pos) and text[pos + 1:pos + 3].isalpha()))  # "She left !Then": the space is before
    if mark == ":":  # Note:this, not 10:30, C:\, std::, nor an exchange's ticker (NASDAQ:AAPL, LON:BARC)
        ticker = _EXCHANGE.search(text, max(0, pos - 9), pos) is not None and _TICKER.match(text, pos + 1) is not None
        return (text[pos + 1:pos + 3].isalpha() or (text[pos + 1:pos + 2] in ("a", "A", "I") and  # "centre:a car park"
                                                    text[pos + 2:pos + 3] == " " and text[pos + 3:pos + 4].isalpha())) \
            and not ticker
    return True


_EXCHANGE = re.compile(r"(?<![\w.])[A-Z]{2,8}\Z")
_TICKER = re.compile(r"[A-Z]{1,5}(?:\.[A-Z]{1,2})?(?![\w])")


def _ellipsis_run_into_sentence(text: str, pos: int) -> bool:
    """An ellipsis after a word run into a capitalised one: "waited\u2026Then",
    "waited...Then". Not "well...maybe", which some styles set so, nor an
    ellipsis opening a quotation or standing for words cut from a name."""
    start = pos - (2 if text[pos] == "." else 0)
    return start >= 2 and text[start - 1].islower() and text[start - 2].isalpha() and \
        text[pos + 1:pos + 2].isupper() and text[pos + 2:pos + 3].islower()


def _title_run_into_name(text: str, pos: int) -> bool:
    """A title's abbreviation run into the name after it: "Mr.Smith",
    "Dr.Jones", "St.Louis", "Sen.McConnell" (not a sentence's end: the
    splitter leaves them whole)."""
    return text[pos + 1].isupper() and text[pos + 2:pos + 3].islower() and \
        _TITLE_BEFORE.search(text, max(0, pos - 5), pos) is not None


_TITLE_BEFORE = re.compile(
    r"(?<![\w.&-])(?:Mrs?|Ms|Dr|St|Mt|Ft|Prof|Gen|Col|Capt|Sgt|Lt|Rev|Sen|Rep|Gov|Supt|Insp|Det|Cllr)\Z")


def _initialism_run_into_word(text: str, end: int, after: int) -> bool:
    """Is a known initialism ending at `end` run into the word at `after`:
    "the U.S.Army", "7 a.m.to 7 p.m.", "e.g.faster permits", "a.m.:two"? A
    word of one letter ("U.S.A") or one that goes on as a name ("e.g.com/page")
    does not count, nor do a person's initials ("J.K.Rowling"), which no list
    holds."""
    if text[end - 3:end - 2] != ".":
        return False  # no initialism's inner stop: "example.com", "court.his" (most full stops here)
    initialism = _INITIALISM_BEFORE.search(text, max(0, end - 9), end)
    if initialism is None or initialism.group().lower() not in _INITIALISMS:
        return False
    word = _LETTERS.match(text, after)
    if word is None or len(word.group()) < 2:
        return False
    follows = text[word.end():word.end() + 2]
    if follows[:1] == "." and follows[1:].isalpha():
        return run_on_stop(text, word.end(), len(text))  # a name ("e.g.com"), unless a stop runs on again there:
        # "Ph.D.an.the" is two missing spaces, each a finding of its own
    return follows[:1] not in ("/", "@", "_")


_INITIALISM_BEFORE = re.compile(r"(?<![\w.])(?:[A-Za-z]{1,2}\.){2,3}\Z")
_INITIALISMS = frozenset(a for a in ABBREVIATIONS if "." in a[:-1]) | {"e.g.", "i.e."}
_LETTERS = re.compile(r"[^\W\d_]+")


def _glued_to_brackets(text: str, pos: int) -> bool:
    """A word run into the bracket before it: "(Northgate Energy)to help",
    "(Acme)said", "(AP)The", "(7-2)was", "(2019)is". Not a bracketed part of
    a word: "(s)he", "word(s)", "(re)build", "(ex)husband", "f(x)dx",
    "(1)a", which hold one short lowercase or one-character piece, or stand
    against the word before."""
    opened = text.rfind("(", max(0, pos - 80), pos)
    if opened < 0 or ")" in text[opened + 1:pos] or "\n" in text[opened:pos]:
        return False
    if opened and not (text[opened - 1].isspace() or text[opened - 1] in "\"'\u201c\u2018\u2014\u2013"):
        return False  # "word(s)", "Acme(TM)": the brackets belong to the word before
    inside = text[opened + 1:pos]
    return any(c.isspace() for c in inside) or (inside[:1].isupper() and (len(inside) >= 3 or inside.isupper())
                                                 and len(inside) >= 2) or (
        len(inside) >= 2 and any(c.isdigit() for c in inside) and text[pos + 1:pos + 3].isalpha())


def _space_before(text: str, pos: int) -> bool:
    """Is the space that belongs after the mark at `pos` before it, after a word ("days ,below")?"""
    return pos >= 2 and text[pos - 1] == " " and (text[pos - 2].isalnum() or text[pos - 2] in _CLOSERS)


_WORD_BEFORE = re.compile(r"(?:[\w'\u2019-]+&)*[\w'\u2019\u201d\")\]%-]*$")  # "M&S" whole
_WORD_AFTER = re.compile(r"[\w'\u2019-]*(?:&[\w'\u2019-]+)*")  # "A&E", "AT&T" whole


def _missing_space_before_quote(text: str, pos: int, mark: str, closing: bool) -> bool:
    """'said:"We', 'said,"We', 'evidence.\u201cTeachers', 'goalkeeper."We',
    '"We won!"the coach', 'worth it?"No': a letter (or a number, before a
    full stop) on the left, a quotation mark and a letter on the right. Where
    the mark opens a quotation the space belongs before it, where it closes
    one, after it; either way one is missing."""
    before = text[pos - 1] if pos else " "
    if mark in "!?":
        return before.isalpha()
    if mark not in ",:.":
        return False
    if before in _CLOSERS and not closing and pos >= 2 and text[pos - 2].isalpha():
        return True  # a quotation or a bracket closed, then the next quotation run on: 'it was "fine".“We'
    return before.isalpha() or (mark == "." and before.isdigit() and text[pos + 2].isupper()) or \
        (closing and mark != ":" and _space_before(text, pos))  # 'rivers ,"a spokesperson': the space moves


def _after_markup(doc: Document, pos: int) -> int:
    """Where the markup that ends a word right before `pos` begins: "**budget**,the"
    and "[the plan](https://x.org/plan).The" are a word run into the mark, their
    markup masked as spaces. `pos` itself when no such markup stands there."""
    text, source = doc.masked, doc.text
    start = pos
    while start > 0 and text[start - 1] == " " and not source[start - 1].isspace():
        start -= 1
    return start if start < pos and start > 0 and not text[start - 1].isspace() else pos


# Markdown markup that opens a word, straight after a mark: "agenda,**the**",
# "said,[according to](https://x.org)". After a mark such markup can only open
# (CommonMark's flanking rules), so the missing space goes before it. Found from
# its first character with str.find: a pattern that opens with the mark would be
# tried at every character of the draft.
_OPENS = ("*", "_", "[", "~")
_MARKUP_NEXT = re.compile(r"(?:\*{1,3}|_{1,3}|~~|\[)(?=[^\W\d_])")


def _marks(doc: Document, scopes: frozenset[str]) -> Iterator[tuple[int, str, int, int, Region]]:
    """Each mark with a letter after it as the draft reads, markup aside: the
    mark's offset in the masked text; that text with the markup on either side
    of the mark cut out, the mark's offset there and how much was cut; its region."""
    masked = doc.masked
    for m, region in doc.matches(_MISSING, scopes):
        pos = m.start()
        glued = _after_markup(doc, pos) if masked[pos - 1] == " " else pos
        if glued == pos:
            yield pos, masked, pos, 0, region
        else:  # "**budget**,the": read as "budget,the"
            yield pos, masked[:glued] + masked[pos:], glued, pos - glued, region
    source = doc.text
    for opens in sorted(places(source, _OPENS, 1)):
        pos = opens - 1
        if source[pos] not in ",;:!?.)" or (markup := _MARKUP_NEXT.match(source, opens)) is None \
                or not masked[opens:markup.end()].isspace():
            continue  # no mark before it, no word after it, or no markup (masked, it reads as spaces)
        region = doc.region_at(pos)
        if region is None or region.kind not in scopes or markup.end() > region.end:
            continue
        glued = _after_markup(doc, pos) if masked[pos - 1] == " " else pos
        yield (pos, masked[:glued] + masked[pos:opens] + masked[markup.end():], glued,
               pos - glued + markup.end() - opens, region)  # "agenda,**the**": read as "agenda,the"


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    yield from _missing(doc, rule)
    yield from _month_run_into_day(doc, rule)
    yield from _stray(doc, rule)
    yield from _bracket_run_in(doc, rule)
    yield from _quote_run_in(doc, rule)
    yield from _straight_mark_between_words(doc, rule)
    yield from _inner_space(doc, rule)
    yield from _straight_inner_space(doc, rule)
    yield from _spaced_possessive(doc, rule)


_MISSING_AFTER, _SPACE_BEFORE, _MISSING_BEFORE = "Missing space after", "Space before", "Missing space before"
# A comma or semicolon with a space on either side between two words, or a number and a word ("$1,299 , a rise",
# "27% ; Anglian"), as a scraper leaves it where an inline tag stood ("flavonoids , which"), or a full stop so
# before a sentence ("on the A259 . Business owners"): the space before it is stray. Found with str.find: few
# drafts hold one.
# A full stop so before a lowercase word of two letters or more counts too ("screen . according"): a spaced ellipsis
# goes on with a stop, a spaced initial is a capital.
# A full stop so at a paragraph's end counts too ("responsible for the road ."), and before a hard-wrapped line's
# next sentence. A comma or a stop that closes a quotation counts too ('swollen rivers ," a spokesperson said').
_STRAY_AFTER = {",": re.compile(r" [\"\u201c'\u2018]?[^\W\d_]|[\"\u201d] [^\W\d_]"),
                ".": re.compile(r"[ \n][\"\u201c]?(?:[A-Z][a-z]|[a-z]{2})|[\"\u201d][ \n][A-Z]")}
_STRAY_AFTER[";"] = _STRAY_AFTER[","]


def _ends_word(char: str) -> bool:
    # a word, a number or a percentage ("27% ; Anglian"), or a quotation or an aside closed ('"centre" .', "'shame
    # on you' , 'how'"; a single mark that is an apostrophe ends a word too: "the boys' , which")
    return char.isalnum() or char in _WORD_CLOSERS


_WORD_CLOSERS = frozenset('%"\u201d)\'\u2019')


def _stray(doc: Document, rule: ActiveRule) -> Iterator[Finding]:
    source, masked = doc.text, doc.masked
    # (any of them may open a hard-wrapped line, the wrapper having broken the line at its stray space)
    for pos in sorted(p + 1 for p in places(masked, (" ,", " .", " ;", "\n.", "\n,", "\n;"))):  # the comma, full
        # stop or semicolon
        mark = masked[pos]
        if not (_ends_word(masked[pos - 2:pos - 1]) and source[pos - 1] in " \n" and _ends_word(source[pos - 2])):
            continue  # no word or number right before (markup masked as spaces: "**budget** , the")
        region = doc.region_at(pos)
        if region is None or region.kind not in rule.scopes:
            continue
        following = _STRAY_AFTER[mark].match(masked, pos + 1)
        if following is None:
            if mark != "." or masked[pos + 1:region.end].strip().strip(_CLOSERS):
                continue  # no word after it ("5 , 000" is a number's groups spaced out; "word . . . The" an
                # ellipsis spaced out), nor the paragraph's end
        elif pos + 2 >= region.end:
            continue
        else:
            lowercase = mark == "." and following.group()[-1].islower()
            suffix = _LETTERS.match(masked, following.end() - 2) if lowercase else None
            if suffix is not None and suffix.group() in NAME_SUFFIXES:
                continue  # a domain spaced out: "example . com"
        before = _WORD_BEFORE.search(masked, max(region.start, pos - 41), pos - 1)
        after = _WORD_AFTER.match(masked, pos + 2 + (masked[pos + 2] in _ANY_QUOTE)) if following is not None and \
            masked[pos + 1] == " " else None  # shown up to the stop at a paragraph's or a line's end
        start = before.start() if before is not None else pos - 1
        while start < pos - 2 and masked[start] in _ANY_QUOTE:
            start += 1  # shown from its word: 'It was "fine ."'
        end = after.end() if after is not None else pos + 1
        yield Finding(start, end, rule.spec.message.format(problem=_SPACE_BEFORE, mark=mark,
                                                           text=source[start:end].replace("\n", " ")),
                      Fix(f'Remove the space before "{mark}"', (Edit(pos - 1, pos, ""),)))


def _quote_run_in(doc: Document, rule: ActiveRule) -> Iterator[Finding]:
    """A word run into the double quotation mark that closes a quotation:
    'called it "a disaster"and left', "the \u201cYes\u201dcampaign". Not a
    plural's s ("\u201cNo\u201ds"), nor a pair whose opening mark is run into the
    word before it, which the quotation finder may have paired wrongly
    ('said"hello"to'); a mark after a stop or a ! or ? is judged with it."""
    source, masked = doc.text, doc.masked
    for q in doc.quotations:
        end = q.end
        if q.depth or q.mark == "'" or q.mark == "\u2018" or end >= len(masked) or end < 3 or \
                masked[end - 1] not in _QUOTES or not masked[end - 2].isalnum() or \
                not masked[end:end + 2].isalpha() or (q.start and masked[q.start - 1].isalnum()):
            continue
        region = doc.region_at(end)
        if region is None or region.kind not in rule.scopes:
            continue
        after = _WORD_AFTER.match(masked, end)
        stop = after.end() if after is not None else end + 2
        before = _WORD_BEFORE.search(masked, max(region.start, end - 41), end - 1)
        start = before.start() if before is not None else end - 1
        while start < end - 1 and masked[start] in _ANY_QUOTE:
            start += 1
        mark = source[end - 1]
        yield Finding(start, stop, rule.spec.message.format(problem=_MISSING_AFTER, mark=mark, text=source[start:stop]),
                      Fix(f'Add a space after "{mark}"', (Edit(end, end, " "),)))


def _straight_mark_between_words(doc: Document, rule: ActiveRule) -> Iterator[Finding]:
    """A straight double mark between two words, a space lost on one side,
    where the quotation finder pairs neither: 'said that"we have to win".'.
    Which side by the marks before it in the paragraph: an even count before
    it opens a quotation (the space goes before), an odd one closes it (after);
    only when its partner keeps its own space, and fixed only when the
    paragraph's marks pair up. Not a quotation mark typed for an apostrophe
    ('don"t', 'Trump"s')."""
    source, masked = doc.text, doc.masked
    paired = {q.start for q in doc.quotations} | {q.end - 1 for q in doc.quotations}
    marks = sorted(places(masked, ('"',)))  # every straight mark, counted by bisection: a long paragraph of
    for at, pos in enumerate(marks):        # marks is read once, not once per mark
        if pos < 1 or pos in paired or not (masked[pos - 1].isalpha() and masked[pos + 1:pos + 2].isalpha()) or \
                _ELIDED.match(masked, pos + 1):
            continue
        region = doc.region_at(pos)
        if region is None or region.kind not in rule.scopes:
            continue
        first, last = bisect.bisect_left(marks, region.start), bisect.bisect_left(marks, region.end)
        opening = (at - first) % 2 == 0
        partner = (marks[at + 1] if at + 1 < last else -1) if opening else (marks[at - 1] if at > first else -1)
        if partner == -1 or (masked[partner + 1:partner + 2].isalnum() if opening else
                             masked[partner - 1:partner].isalnum()):
            continue  # its partner run into a word too ('said"hello"to'): which side lost the space is no surer
        before = _WORD_BEFORE.search(masked, max(region.start, pos - 40), pos)
        start = before.start() if before is not None else pos - 1
        after = _WORD_AFTER.match(masked, pos + 1)
        stop = after.end() if after is not None else pos + 2
        space = pos if opening else pos + 1
        fix = Fix(f'Add a space {"before" if opening else "after"} "\""', (Edit(space, space, " "),)) \
            if (last - first) % 2 == 0 else None
        yield Finding(start, stop, rule.spec.message.format(
            problem=_MISSING_BEFORE if opening else _MISSING_AFTER, mark='"', text=source[start:stop]), fix)


# What an apostrophe typed as a quotation mark goes on with: 'don"t', 'Trump"s', 'we"ll'.
_ELIDED = re.compile(r"(?:s|t|d|m|ll|re|ve)\b")


# A year in brackets: "(2019)".
_YEAR_IN_BRACKETS = re.compile(r"\((?:1[89]|20)\d\d\)")
# An acronym, which a bracket after a word spells out ("centres(CDCs)"), and the marks a name carries in brackets.
_ACRONYM = re.compile(r"[A-Z]{2,6}s?")
_MARKS_OF_A_NAME = frozenset({"TM", "SM", "MC"})


def _bracket_run_in(doc: Document, rule: ActiveRule) -> Iterator[Finding]:
    """A word run into the bracket after it, which holds words of its own
    or a year: "The team(led by Ana Ruiz) won", "He said(quietly)", "The
    firm(Acme) said", "The film(2019) was a hit". Not a bracketed part of a
    word, "word(s)", "Acme(TM)", "colour(ed)", nor "f(x)" (one letter
    before)."""
    source, masked = doc.text, doc.masked
    for pos in sorted(places(masked, ("(",))):
        if pos < 2 or not (masked[pos - 2:pos].isalpha() and source[pos - 1].isalpha()) and not (
                _WORDS_INSIDE.match(masked, pos + 1) and _SUM_BEFORE.search(masked, max(0, pos - 20), pos)):
            continue  # a word, or a sum or a share run into words in brackets: "\u00a35m(about $6m)", "41%(the lowest"
        year = _YEAR_IN_BRACKETS.match(masked, pos) is not None and masked[pos - 3:pos].isalpha() and \
            masked[pos - 3:pos].islower()  # "The film(2019) was a hit"; not "Fe(2)", "MP3(2019)"
        if not year and not masked[pos + 1:pos + 3].isalpha():
            continue
        closed = masked.find(")", pos, pos + 80)
        inside = masked[pos + 1:closed]
        if closed < 0 or "\n" in inside or not (year or " " in inside or (inside.isalpha() and (
                (len(inside) >= 4 and inside.islower()) or (len(inside) >= 3 and inside.istitle()))) or (
                    _ACRONYM.fullmatch(inside) and inside not in _MARKS_OF_A_NAME
                    and masked[pos - 3:pos].isalpha())):
            continue  # words, one lowercase word longer than a suffix, a name or an acronym: "said(quietly)",
            # "firm(Acme)", "centres(CDCs)", "Organization(WHO)"; not "word(s)", "colour(ed)", "Acme(TM)", "Fe(OH)"
        region = doc.region_at(pos)
        if region is None or region.kind not in rule.scopes:
            continue
        before = _WORD_BEFORE.search(masked, max(region.start, pos - 40), pos)
        start = before.start() if before is not None else pos - 1
        end = masked.find(" ", pos, closed) if " " in inside else closed + 1
        yield Finding(start, end, rule.spec.message.format(problem=_MISSING_BEFORE, mark="(", text=source[start:end]),
                      Fix('Add a space before "("', (Edit(pos, pos, " "),)))


# A sum or a share that ends right before a bracket ("\u00a35m", "2,400", "41%"), and words that open inside it ("about
# $6m"): not a reference's figure ("s.5(1)", "50(2)", "3(ii)", "2(x + 1)"), which holds no two words.
_SUM_BEFORE = re.compile(r"(?<![\w.])[$\u00a3\u20ac]?\d[\d,.]*(?:m|bn|k|%)?\Z")
_WORDS_INSIDE = re.compile(r"[^\W\d_]{2,} \S")


# Brackets, and curly double quotation marks, which say which side they stand on (straight ones do not).
_PAIRS = {"(": ")", "[": "]", "\u201c": "\u201d"}
_OPENERS = {close: opening for opening, close in _PAIRS.items()}
_INSIDE = r"[\w\"'\u201c\u2018\u201d\u2019$\u00a3\u20ac.,;?!%-]+"  # a word, a number, a sum or a quotation's edge
_INSIDE_WORD, _INSIDE_WORD_BEFORE = re.compile(_INSIDE), re.compile(_INSIDE + r"\Z")


_INNER_SPACES = ("( ", "[ ", "\u201c ", " )", " ]", " \u201d")
_WRAPPED_INNER = ("(\n", "[\n", "\n)", "\n]")


def _inner_space(doc: Document, rule: ActiveRule) -> Iterator[Finding]:
    """A space inside a pair of brackets or curly quotation marks that hold
    words, as a scraper leaves it where they were tags of their own: "( the
    main route )", "[ see below ]", "\u201c an outstanding player \u201d". Not an
    emoticon (":( but", "x :)"): the opening mark must stand after a space, and
    a word or a sentence's mark before the closing one; and only a mark whose
    partner is on the same line and holds words. In a hard-wrapped paragraph
    the line may break on the stray space itself ("Station Road (" at a line's
    end): a paragraph's line break right inside the mark counts as that space,
    and the partner may then stand on the next line."""
    source, masked = doc.text, doc.masked
    hard_wrapped = any(masked.find("\n", r.start, r.end) != -1 for r in doc.regions if r.kind == PARAGRAPH)
    found = places(masked, _INNER_SPACES + (_WRAPPED_INNER if hard_wrapped else ()))  # most drafts: one line each
    for at in sorted(found):
        wrapped = "\n" in masked[at:at + 2]
        opening = masked[at] in _PAIRS
        bracket = at if opening else at + 1
        mark = masked[bracket]
        if opening:
            if (at and not (masked[at - 1].isspace() or masked[at - 1] in _ANY_QUOTE)) or \
                    (word := _INSIDE_WORD.match(masked, at + 2)) is None:
                continue
            partner = masked.find(_PAIRS[mark], at, at + 200)
            inside = masked[at + 1:partner]
            start, end = at, word.end()
            edit = Edit(at + 1, at + 2, "")
        else:
            partner = masked.rfind(_OPENERS[mark], max(0, at - 200), at)
            inside = masked[partner + 1:at]
            word = _INSIDE_WORD_BEFORE.search(masked, max(0, at - 40), at)
            if not masked[at - 1:at].isalnum() and masked[at - 1:at] not in ".,;?!%" + _ANY_QUOTE:
                continue
            start, end = (word.start() if word is not None else at), bracket + 1
            edit = Edit(at, at + 1, "")
        if partner < 0 or inside.count("\n") > wrapped or mark in inside or \
                not any(c.isalpha() for c in inside):
            continue  # no partner on the line (one already closed or opened between), or no words between
        region = doc.region_at(at)
        if region is None or region.kind not in rule.scopes or not region.start <= partner < region.end or \
                (wrapped and region.kind != PARAGRAPH):
            continue
        problem = "Space after" if opening else _SPACE_BEFORE
        shown = source[start:end].replace("\n", " ")  # a wrapped line's break, shown as the space it stands for
        yield Finding(start, end, rule.spec.message.format(problem=problem, mark=mark, text=shown),
                      Fix(f'Remove the space {"after" if opening else "before"} "{mark}"', (edit,)))


def _straight_inner_space(doc: Document, rule: ActiveRule) -> Iterator[Finding]:
    """A space inside straight double quotation marks, as a scraper leaves it:
    'called it " unrealistic "', '"unrealistic ".', '" unrealistic".'.
    Straight marks do not say which side they stand on: a mark is an opening
    one when an even number of marks stand before it in its paragraph, and
    only a pair on one line is read, whose opening mark stands after a space,
    a bracket or at the line's start, and whose closing one before a space or
    a mark ('screens of 5" and 6"' are inches: no space before them). A
    draft's straight marks are few (most drafts have none): each is looked at."""
    source, masked = doc.text, doc.masked
    mark = masked.find('"')
    while mark != -1:
        at, mark = mark, masked.find('"', mark + 1)
        if masked[at - 1:at] not in _SPACE_BEFORE_MARK or masked[at + 1:at + 2] not in _AFTER_CLOSING:
            continue  # no space on either side that could be inside a pair
        region = doc.region_at(at)
        if region is None or region.kind not in rule.scopes:
            continue
        line_start = max(region.start, masked.rfind("\n", 0, at) + 1)
        newline = masked.find("\n", at, region.end)
        line_end = region.end if newline == -1 else newline
        if masked.count('"', region.start, at) % 2 == 0:  # an opening mark: a space after it?
            opening, closing = at, masked.find('"', at + 1, line_end)
            spaced = masked[at + 1:at + 2] == " "
        else:  # a closing mark: a space before it?
            opening, closing = masked.rfind('"', line_start, at), at
            spaced = masked[at - 1:at] == " "
        if not spaced or opening < 0 or closing < 0 or masked[closing + 1:closing + 2] not in _AFTER_CLOSING or \
                not (opening == line_start or masked[opening - 1] in " \t([") or \
                not any(c.isalpha() for c in masked[opening + 1:closing]):
            continue
        if at == opening and (word := _INSIDE_WORD.match(masked, opening + 2, closing)) is not None:
            yield Finding(opening, word.end(), rule.spec.message.format(
                problem="Space after", mark='"', text=source[opening:word.end()]),
                Fix('Remove the space after \'"\'', (Edit(opening + 1, opening + 2, ""),)))
        elif at == closing and (
                word := _INSIDE_WORD_BEFORE.search(masked, max(opening + 1, closing - 41), closing - 1)) is not None:
            yield Finding(word.start(), closing + 1, rule.spec.message.format(
                problem=_SPACE_BEFORE, mark='"', text=source[word.start():closing + 1]),
                Fix('Remove the space before \'"\'', (Edit(closing - 1, closing, ""),)))


# Around a straight mark that may have a space inside its pair: a space (or a line's start) before it; after it, a
# space (an opening mark's) or what stands after a closing mark.
_SPACE_BEFORE_MARK = frozenset(" \n") | {""}
_AFTER_CLOSING = frozenset(" \t\n.,;:!?)]") | {""}


def _spaced_possessive(doc: Document, rule: ActiveRule) -> Iterator[Finding]:
    """A possessive's or a contraction's "'s" set off from its word, as a
    scraper leaves it after a tag: "the council 's plan", "It \u2019s over".
    Not a quotation that opens with an s ("the 'sixties'", "the letter 's'"):
    the s must end its word, outside any mark."""
    source, masked = doc.text, doc.masked
    for at in sorted(places(masked, (" 's", " \u2019s"))):
        after = masked[at + 3:at + 4]
        if not masked[at - 1:at].isalnum() or after.isalnum() or (after and after in _SINGLE_QUOTES + "\u2019") or \
                source[at + 3:at + 4] == "*":
            continue  # the s goes on as a word, or stands in quotation marks: "the letter 's'"; or a word starred
            # out: "a 's*** goal'"
        region = doc.region_at(at)
        if region is None or region.kind not in rule.scopes:
            continue
        word = _WORD_BEFORE.search(masked, max(region.start, at - 40), at)
        start = word.start() if word is not None else at
        mark = masked[at + 1:at + 3]
        yield Finding(start, at + 3, rule.spec.message.format(problem=_SPACE_BEFORE, mark=mark,
                                                              text=source[start:at + 3]),
                      Fix(f'Remove the space before "{mark}"', (Edit(at, at + 1, ""),)))


def _missing(doc: Document, rule: ActiveRule) -> Iterator[Finding]:
    opening = {q.start for q in doc.quotations}
    for at, text, pos, cut, region in _marks(doc, rule.scopes):
        mark = text[pos]
        space_at = pos + 1
        if text[pos + 1] in _SINGLE_QUOTES:
            if at + 1 not in opening or not _missing_space_before_quote(text, pos, mark, False):
                continue  # an apostrophe, or a closing mark the quotation finder cannot tell from one
        elif text[pos + 1] in _QUOTES:
            closing = at + 1 not in opening and text[pos + 1] != "\u201c"
            if not _missing_space_before_quote(text, pos, mark, closing):
                continue
            if closing and mark != ":":
                space_at = pos + 2  # a closing mark: '"fine."The'
        elif not _missing_space(text, pos, mark) or (text[pos + 1] in LEADS and garbled_mark_at(text, pos + 1)):
            continue  # (nor a quotation mark garbled by a wrong encoding, "Enough,â€": mojibake's to report)
        moved = mark in ",;.!?" and _space_before(text, pos)  # "days ,below", "first .Then": the space moves
        if mark == "." and text[pos - 2:pos] == "..":
            mark, moved = "...", False  # an ellipsis of stops, shown whole: "waited...Then"
        before = _WORD_BEFORE.search(text, max(region.start, pos - 40), pos - moved - len(mark) + 1)
        # The word after may open the next region: a run-in label ends at its colon ("finding:most").
        after = _WORD_AFTER.match(text, space_at if space_at > pos + 1 else pos + 1 + (text[pos + 1] in _ANY_QUOTE))
        if before is None or after is None:  # cannot happen: a letter stands on each side
            continue
        start, end = before.start(), after.end()
        # The whole initialism ("a.m.The"), from its last part of one or two letters; a longer word before the
        # mark is a word of its own, run into by a stop of its own ("Ph.D.end.Three": two findings, two fixes).
        while mark != "..." and pos - moved - before.start() <= 2 and start >= 2 and text[start - 1] == "." and \
                text[start - 2].isalnum():
            part = _WORD_BEFORE.search(text, max(region.start, start - 40), start - 1)
            if part is None:  # cannot happen: the pattern matches the empty string
                break
            start = part.start()
        while start < pos - 1 and text[start] in _ANY_QUOTE:  # '"unacceptable".Ministers' is shown from its word
            start += 1
        if moved and space_at > pos + 1:  # and after the closing quotation mark: 'rivers ,"a' to 'rivers," a'
            quote = doc.text[at + 1]
            fix = Fix(f'Move the space after "{quote}"', (Edit(at - 1, at + 2, mark + quote + " "),))
        elif moved:
            fix = Fix(f'Move the space after "{mark}"', (Edit(at - 1, at + 1, mark + " "),))
        else:  # right after the mark (or its closing quotation mark), before any markup that opens the next word
            space_at += at - pos
            fix = Fix(f'Add a space after "{doc.text[space_at - 1]}"', (Edit(space_at, space_at, " "),))
        end += cut  # the span in the masked text, markup and all
        yield Finding(start, end, rule.spec.message.format(problem=_MISSING_AFTER, mark=mark, text=doc.text[start:end]),
                      fix)


# A month's abbreviation run into its day: "Jan.5", "Sept.12" (not "No.10", "p.45", "s.14": their numbers are
# written so). Digits follow the stop, so the scan for a letter after a mark never meets it; a stop before a digit
# is found first, as a literal is found fastest, and only one after a letter is read further.
_STOP_BEFORE_DIGIT = re.compile(r"\.(?=[1-9])")
_MONTH_ENDS = re.compile(r"(?<![\w.])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\Z")
_DAY = re.compile(r"[1-9]\d?(?:st|nd|rd|th)?\b")


def _month_run_into_day(doc: Document, rule: ActiveRule) -> Iterator[Finding]:
    masked = doc.masked
    for m in _STOP_BEFORE_DIGIT.finditer(masked):
        at = m.start()
        if not masked[at - 1:at].isalpha() or (month := _MONTH_ENDS.search(masked, max(0, at - 5), at)) is None \
                or (day := _DAY.match(masked, at + 1)) is None:
            continue  # most: a decimal, a version or a section's number
        region = doc.region_at(at)
        if region is None or region.kind not in rule.scopes:
            continue
        start = month.start()
        yield Finding(start, day.end(), rule.spec.message.format(problem=_MISSING_AFTER, mark=".",
                                                                 text=doc.text[start:day.end()]),
                      Fix('Add a space after "."', (Edit(at + 1, at + 1, " "),)))


KIND = Kind("punctuation-spacing", check, fixes=True, fields=frozenset({"problem", "mark", "text"}))
