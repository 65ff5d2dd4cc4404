"""Direct quotations: found once per Document and shared by every rule.

Handles straight and curly double quotes, single quotes used as quotation marks
(but not apostrophes: Trump's, rock 'n' roll, '90s, the players' union), nested
quotations, and quotations that run over several paragraphs, where each new
paragraph reopens the quotation without the previous one closing. A straight
mark that lost the space before it still opens a quotation after a colon
('said:"We', "said:'We"), and after a sentence's end when a capital follows
('goalkeeper."We').
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from .patterns import FromStarts
from .types import Quotation, Region
from .words import SMALL_WORDS

_MARK_CHARS = "\"\u201c\u201d\u2018\u2019'\u201e\u00ab\u00bb"
_MARKS = re.compile(f"[{_MARK_CHARS}]")
# An opening single mark that is really an elision: '90s, 'n', 'em, 'til.
_ELISION = re.compile(r"\d\ds\b|n['\u2019](?!\w)|(?:em|til|cause|tis|twas)\b", re.IGNORECASE)
_OPENERS_BEFORE = set(" \t\n([{\u2014\u2013-/\u00a0") | {"\"", "\u201c"}
# A straight mark after these opens a quotation only when none is open: 'said:"We' lost its space.
_DOUBLE_OPENERS_BEFORE = _OPENERS_BEFORE | {":"}
# It also opens one after a sentence's end, when a capital follows: 'his goalkeeper."We win together," he said'.
_STOPS = frozenset(".!?")

_WORD_START = re.compile(r"(?<![\w'\u2019.-])[^\W_]")  # where a WORD starts; cheaper than finding it whole
DOUBLE, SINGLE, ANGLE = "double", "single", "angle"


def _family(mark: str) -> str:
    if mark in "\u00ab\u00bb":
        return ANGLE
    return DOUBLE if mark in "\"\u201c\u201d\u201e" else SINGLE


def find_quotations(text: str, regions: list[Region]) -> list[Quotation]:
    found: list[Quotation] = []
    # Words of a short quotation are counted where it stands; a long one (a run
    # of unclosed marks) by bisecting word starts found once, so that a run of
    # opening marks costs linear time, not quadratic.
    word_starts: list[list[int]] = []  # found on first need (a draft may hold no word at all)

    def count(start: int, end: int) -> int:
        # The first word right after a straight single mark is a word too: the
        # pattern leaves out what follows an apostrophe ("Trump's").
        first = text[start - 1] == "'" and text[start:start + 1].isalnum()
        if end - start < 200:
            return len(_WORD_START.findall(text, start, end)) + first
        if not word_starts:
            word_starts.append([m.start() for r in regions for m in _WORD_START.finditer(text, r.start, r.end)])
        starts = word_starts[0]
        return bisect.bisect_left(starts, end) - bisect.bisect_left(starts, start) + first

    # Open quotations: (family, mark, start offset), and where each family's
    # open ones stand in that stack (a closing mark finds its opener at once).
    stack: list[tuple[str, str, int]] = []
    tops: dict[str, list[int]] = {DOUBLE: [], SINGLE: [], ANGLE: []}

    def push(fam: str, mark: str, pos: int) -> None:
        tops[fam].append(len(stack))
        stack.append((fam, mark, pos))

    def close(idx: int, end: int, closed: bool) -> None:
        _close(count, found, stack, idx, end, closed)
        for indexes in tops.values():
            while indexes and indexes[-1] >= idx:
                indexes.pop()

    marks = FromStarts(_MARKS, "".join(c for c in _MARK_CHARS if c in text))  # found by str.find, the few in use
    previous_end = None
    for region in regions:
        if stack:
            if _reopens(text, region, stack[0][0]):
                previous_end = None  # the quotation runs on into this paragraph
            else:
                close(0, _trimmed_end(text, previous_end or region.start), closed=False)
        skip_reopen = bool(stack)
        paired = -1  # the second of two straight single marks that close a double quotation
        for m in marks.finditer(text, region.start, region.end):
            pos, mark = m.start(), m.group()
            if skip_reopen:
                skip_reopen = False
                if pos == _first_char(text, region):
                    continue  # the mark that reopens a running quotation
            if pos == paired:
                continue
            fam = _family(mark)
            before = text[pos - 1] if pos > region.start else " "
            if mark == "'" and tops[DOUBLE] and text.startswith("''", pos) and not before.isspace():
                close(tops[DOUBLE][-1], pos + 2, closed=True)  # old wire copy's close: '"The numbers look fine,''
                paired = pos + 1  # said Duncan Stewart'
                continue
            after = text[pos + 1] if pos + 1 < region.end else " "
            open_idx = tops[fam][-1] if tops[fam] else None
            if mark in "\u201c\u2018\u201e\u00ab":  # opening marks, low-9 and guillemet included
                if mark == "\u2018" and _ELISION.match(text, pos + 1, region.end):
                    continue
                push(fam, mark, pos)
            elif mark in "\u201d\u2019\u00bb":
                if mark == "\u2019" and (after.isalnum() or open_idx is None or (
                        before == "s" and _plural_possessive(text, stack[open_idx][2], pos, region.end, count))):
                    continue  # an apostrophe: Trump\u2019s, the players\u2019 union
                if open_idx is not None:
                    close(open_idx, pos + 1, closed=True)
            elif fam == DOUBLE:  # a straight double mark closes an open one, else opens
                if open_idx is not None and before.isspace() and after.isalnum() and \
                        _nests(text, pos, region.end, count):
                    push(fam, mark, pos)  # a term quoted inside a quotation: '"The only "no" votes were ...,"'
                elif open_idx is not None:
                    close(open_idx, pos + 1, closed=True)
                elif (before in _DOUBLE_OPENERS_BEFORE and not after.isspace()) or \
                        (before in _STOPS and after.isupper()):
                    push(fam, mark, pos)
            else:  # a straight single mark: quotation mark or apostrophe?
                if before.isalnum() and after.isalnum():
                    continue  # don't, rock'n'roll
                if open_idx is not None and not before.isspace() and not after.isalnum():
                    if before == "s" and _plural_possessive(text, stack[open_idx][2], pos, region.end, count):
                        continue
                    close(open_idx, pos + 1, closed=True)
                elif (
                    (before in _OPENERS_BEFORE or (open_idx is None and (before == ":" or (
                        before in _STOPS and after.isupper()))))
                    and after.isalnum()
                    and not _ELISION.match(text, pos + 1, region.end)
                ):
                    push(fam, mark, pos)  # "said 'We", and with its space lost: "said:'We", "Tuesday.'We"
        previous_end = region.end
    if stack:
        close(0, _trimmed_end(text, previous_end or len(text)), closed=False)
    kept = [q for q in found if q.closed or q.mark not in "'\u2018"
            or _NAME_AFTER.search(text, max(0, q.start - 24), q.start) is None]
    if len(kept) < len(found):
        return _nested(kept)
    found.sort(key=lambda q: (q.start, q.depth))
    return found


def _nests(text: str, pos: int, end: int, count: Callable[[int, int], int]) -> bool:
    """Does a straight double mark at `pos`, inside an open quotation and shaped
    as an opener, open a short quotation inside it: is the next mark a closer
    within a few words, and the one after it a closer too (the outer one's)?
    Not a quotation whose closing mark was lost ('"We will win, he said. "Next
    year," he added.'), where no closer follows the pair."""
    inner = text.find('"', pos + 1, end)
    if inner == -1 or text[inner - 1].isspace() or count(pos + 1, inner) > _NESTED_WORDS:
        return False
    outer = text.find('"', inner + 1, end)
    return outer != -1 and not text[outer - 1].isspace() and not text[outer + 1:outer + 2].isalnum()


_NESTED_WORDS = 8  # a term or a phrase another said, as a quotation inside a quotation gives it


def _plural_possessive(text: str, opened: int, pos: int, end: int, count: Callable[[int, int], int]) -> bool:
    """Is the single mark at `pos`, after an "s", a plural's apostrophe inside a single-quoted quotation of some
    words, which a mark after a stop closes further on in the paragraph: "'The ball is back in the employers'
    court. If they refuse, we will strike,' he said" (not a scare quote's close, "called them 'heroes' and", nor
    one that a verb of saying follows, "'... than promises' said the union")?"""
    m = _NOUN_AFTER.match(text, pos + 1, end)
    return m is not None and m["word"] not in _NOT_OWNED and count(opened + 1, pos) >= _POSSESSIVE_QUOTE_WORDS and \
        _CLOSE_AFTER_STOP.search(text, pos + 1, min(end, pos + _CLOSE_REACH)) is not None


_NOUN_AFTER = re.compile(r" (?P<word>[a-z]+)\b")
_NOT_OWNED = frozenset("""said says say added adds told tells asked asks wrote writes according he she they it we i
    and or but as in on at to of for from with by is was are were""".split())
_POSSESSIVE_QUOTE_WORDS = 4
_CLOSE_REACH = 1000  # characters looked ahead for the close: a paragraph of many such marks is not read on for each
_CLOSE_AFTER_STOP = re.compile(r"[.,!?]['\u2019](?!\w)")


# A single mark that nothing closes, after a preposition, an article, a comparison or a noun's comma: an apostrophe
# that opens a name ("larger than 'Oumuamua, which", "Unlike 'Oumuamua, it", "the first interstellar object,
# 'Oumuamua,"), not a quotation left open (not after "he said, ").
_NAME_AFTER = re.compile(r"(?i)(?:\b(?:than|like|unlike|as|of|the|a|an|and|or|from|to|with|by|at|in|on|for|into|"
                         r"about)|\b(?!(?:said|says|added|adds|asked|asks|told|tells|wrote|writes|replied|replies|"
                         r"continued|explained|insisted|warned|recalled)\b)[a-z]{2,},)[ \t]+\Z")


def _nested(found: list[Quotation]) -> list[Quotation]:
    """The quotations in order, each with its depth counted again: how many
    of the others hold it (after some were dropped)."""
    found.sort(key=lambda q: (q.start, -q.end))
    ends: list[int] = []
    out = []
    for q in found:
        while ends and ends[-1] <= q.start:
            ends.pop()
        out.append(q._replace(depth=len(ends)))
        ends.append(q.end)
    out.sort(key=lambda q: (q.start, q.depth))
    return out


def _first_char(text: str, region: Region) -> int:
    pos = region.start
    while pos < region.end and text[pos].isspace():
        pos += 1
    return pos


def _reopens(text: str, region: Region, family: str) -> bool:
    pos = _first_char(text, region)
    return pos < region.end and text[pos] in ("\"\u201c" if family == DOUBLE else "'\u2018")


def _close(count: Callable[[int, int], int], found: list[Quotation], stack: list, idx: int, end: int,
           closed: bool) -> None:
    # Closing an outer quotation also closes any left open inside it.
    while len(stack) > idx:
        fam, mark, start = stack.pop()
        inner_end = end - 1 if closed and len(stack) == idx else end
        inner_end = max(inner_end, start + 1)
        found.append(
            Quotation(
                start=start,
                end=end,
                inner_start=start + 1,
                inner_end=inner_end,
                mark=mark,
                depth=len(stack),
                words=count(start + 1, inner_end),
                closed=closed and len(stack) == idx,
            )
        )


def _trimmed_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


# Words from which a quotation inside a sentence is speech, not a phrase
# quoted ("called it \u201cthe Fishbowl\u201d"): unsourced-quote's default.
SPEECH_WORDS = 5


def is_speech(q: Quotation, text: str, min_words: int) -> bool:
    """Is a quotation reported speech or writing, rather than a scare-quoted
    term, a nickname or the title of a work? Quotations in title case with no
    closing punctuation are titles ("The Art of the Deal"); other long ones are
    speech; short ones only when they read as a sentence (end punctuation inside
    the marks): '"We will win," he said' is speech; 'called it "historic"' and
    '"very good talks"' are not."""
    inner = text[q.inner_start:q.inner_end].strip()
    if q.words < 2 or not inner:
        return False
    # Closing punctuation inside the marks reads as a sentence; an ellipsis is a fragment.
    punctuated = inner[-1] in ".,!?" and not inner.endswith("...")
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", inner)
    content = [w for w in words[1:] if w.lower() not in SMALL_WORDS]
    if not punctuated and words and words[0][0].isupper() and content and all(w[0].isupper() for w in content):
        return False  # a title of a work
    return q.words >= min_words or punctuated


def stands_as_speech(q: Quotation, text: str, min_words: int = SPEECH_WORDS) -> bool:
    """Speech whose source matters, not a scare-quoted term: long enough, or a short sentence that
    stands on its own ('"Stop!" she said'); a short phrase inside a sentence
    ('wants to know whether 911 "really works."', 'call it "the Fishbowl,"') is
    a term or a fragment."""
    if not is_speech(q, text, min_words) or _title_case(text[q.inner_start:q.inner_end]):
        return False
    if q.words >= min_words:
        return True
    i = q.start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    before = text[i] if i >= 0 else ""
    if before.isalnum() or before in ("*", "_"):
        line = text.rfind("\n", 0, i + 1) + 1
        if i + 1 - line <= _STAMP_REACH and _TIME_STAMP.fullmatch(text, line, i + 1):
            before = ""  # a live page's entry opens with its time: '**02:45** "We're feeling good," an aide said'
    end = text[q.inner_start:q.inner_end].rstrip()[-1:]
    if before in ("", ".", "!", "?", "\n", "\u201d", '"'):  # it opens a sentence: '"Stop," she said'
        return end in (".", "!", "?", ",")
    if before == ":":
        return end in (".", "!", "?")
    # A sentence of its own right after a person's verb of saying, with no colon: 'An employee said "It is
    # a scandal."'; not what a sign "says" in the present, nor a term ('said "no" to the plan').
    if not (end in (".", "!", "?") and text[q.inner_start:q.inner_start + 1].isupper()
            and _SAID_RIGHT_BEFORE.search(text, max(0, q.start - 16), q.start)):
        return False
    # Whose verb: "another" or "one" may be one more of the signs or boards before ('One read "Thanks, Mom";
    # another, in glitter, said "First in my family!"'), a person noun or a name is someone ("One manager said").
    clause = [w.lower() for w in _CLAUSE_START.split(text[max(0, q.start - 100):q.start])[-1].split()]
    return bool(clause) and clause[:2] != ["the", "other"] and not (
        clause[0].strip(",") in _BACK_TO_ONE and (clause[0].endswith(",") or clause[1:2] == [] or
                                                   clause[1].strip(",") in _BACK_TO_ONE_VERBS))


# A live page's time stamp opening an entry, in bold or not: "02:45", "**14:05 GMT**", "2.45pm".
_TIME_STAMP = re.compile(r"[\s*_]*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|BST|CET|ET|EST|EDT|PT|UTC))?[*_]*")
_STAMP_REACH = 24  # characters from the line's start
_SAID_RIGHT_BEFORE = re.compile(r"\b(?:said|asked|replied|answered|added|shouted|yelled|cried|whispered|wrote|"
                                r"insisted|explained|put it),?[ \t]*\Z")  # with its comma or without: 'said, "'
# What follows "one" or "another" that comes back to a sign or a board before: "One read", "another, in glitter,
# said"; not "One manager said".
_BACK_TO_ONE_VERBS = frozenset("read reads said says wrote asked shouted cried".split())
_CLAUSE_START = re.compile(r"[.;!?\n]\s")
_BACK_TO_ONE = frozenset("another one it this that".split())


def _title_case(inner: str) -> bool:
    """A title of a work, even with a comma in it: "Rain, Then Fire,", "Hold the Line, Please,"."""
    words = [w for w in inner.replace(",", " ").split() if w[:1].isalpha()]
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    return len(content) >= 2 and all(w[0].isupper() for w in content) and inner.rstrip()[-1:] not in (".", "!", "?")
