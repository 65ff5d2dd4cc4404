"""The `truncated-ending` kind: the article body stops mid-sentence.

The last body paragraph (trailing boilerplate, bylines, end marks such as
"-30-", captions, tables and a wire's credit run in after the last stop are
skipped) is judged by how it ends. It is cut
off when it ends on a comma, colon, semicolon, dash or opening bracket, on a
word no sentence ends on ("the", "of", "and", "is"), on a title with no name
after it ("said Cllr"), on a sign that stands before more ("more than £"),
on an ellipsis (a teaser cut for a link), or when it is running prose (a
run-in label paragraph, six or more words, or a shorter clause) ending in a
lowercase word, or in a number (a percentage too) after one, or in a
capitalised word in a clause ("The council will meet again on May 4"), or
after a verb of saying with what it says under way, with no closing
punctuation; or, however short, when it opens as a sentence does and ends
in a lowercase word ("The wareho", "If the dev"), or stops inside a word the
story uses ("Rail pas" after "passengers"). A trailing line shaped like
a heading is skipped otherwise unless it ends on such a dangling word, since
a scraped heading can be as short as a cut sentence.

A paragraph inside the story, with more prose after it, is cut when it stops on
a word no sentence of edited prose ends on ("a spokesperson for the").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from ..diagnostics import Finding
from ..model.dates import is_date_line
from ..model.layout import GUESSED, is_list
from ..model.names import NAME_PARTICLES
from ..model.patterns import compiled_later
from ..model.types import BLOCKQUOTE, HEADING, LABEL, LIST_ITEM, PARAGRAPH
from ..model.words import DANGLING_WORDS, FINITE_VERBS, PRONOUNS, SMALL_WORDS, SPEECH_VERBS, WORD, phrase_list
from .contract import INT, ActiveRule, Context, Kind, Param

_CLOSERS = "\"'\u201d\u2019)]*_"
# An ellipsis the text itself ends on: a teaser cut short ("residents could
# expect\u2026", "[...]"); one inside a closing quotation mark is speech trailing off.
_ELLIPSES = ("\u2026", "...", "[\u2026]", "[...]")
# A paragraph that is only a name and which one they are, the subject of a sentence cut before its verb: "Petrova,
# the sixth seed", "The council's president, Ana Ruiz", "Marsh's agent, Lee", "His lawyer, Ann Bell" (not a
# contributor's note, "Jane Doe, a freelance writer", nor a sign-off, "Ana Ruiz, Reuters").
_NAME = rf"[A-Z][\w'\u2019.-]*(?: (?:[A-Z][\w'\u2019.-]*|{NAME_PARTICLES}))*"
_NAME_AND_APPOSITIVE = re.compile(rf"{_NAME}, the [a-z][\w'\u2019-]*(?: [a-z][\w'\u2019-]*){{0,4}}"
                                  rf"|(?:The|His|Her|Their|Its|[A-Z][\w.-]*['\u2019]s) [a-z][\w'\u2019-]*"
                                  rf"(?: [a-z][\w'\u2019-]*){{0,3}}, {_NAME}")
# Someone about to speak, cut before their verb: "A senior Hamas official", "Club chairman Terry Vance", "Rail
# minister Lord Hendy" (not a journalist's credit, "Health correspondent Jo Roe", nor a role alone as a heading,
# "The Chief Executive").
_ROLE_WORDS = (r"official|spokes(?:man|woman|person)|source|aide|diplomat|minister|secretary|chair(?:man|woman)?|"
               r"president|director|chief executive|leader|manager|coach|commissioner|governor|mayor|councillor|"
               r"analyst|economist|expert|lawyer|prosecutor|detective|inspector|superintendent|officer")
_ROLES = f"(?:{_ROLE_WORDS})"
_SPEAKER = re.compile(rf"(?:A|An|One) (?:[\w'\u2019-]+ ){{0,3}}{_ROLES}"
                      rf"|(?:[A-Z][\w'\u2019-]* )?(?:[a-z][\w'\u2019-]* )?{_ROLES}(?: [A-Z][\w'\u2019.-]*){{1,3}}"
                      # a title in capitals after a word of its own: "Chief Executive Officer Gary" (not a review's
                      # "Director Greta Gerwig")
                      rf"|(?:[A-Z][\w'\u2019-]* ){{1,2}}(?=[A-Z])(?i:{_ROLE_WORDS})(?: [A-Z][\w'\u2019.-]*){{1,3}}"
                      # a name and the role that makes them a source ("Kinngai Chan, an analyst"; not a contributor's
                      # note, "Jane Doe, a freelance writer"), and a group with some of it named ("Charities including
                      # the Child Poverty Action Group")
                      rf"|{_NAME}, (?:a|an) (?:[\w'\u2019-]+ ){{0,2}}{_ROLES}"
                      rf"|[A-Z][a-z]+s (?:including|such as) (?:the )?{_NAME}")
# A web address that ends the text: a domain ending in letters, with or without a path.
_ADDRESS = re.compile(r"(?<![\w.@-])[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?\Z")
# The marks that end copy in a newsroom or a press release: "-30-", "- 30 -", "###", "XXX".
_END_MARK = re.compile(r"[-\u2013\u2014]\s*30\s*[-\u2013\u2014]|#{3,}|[xX]{3}")
# A wire agency's credit run into the last paragraph after its final stop, as a line of its own would be: "...
# economy. (PTI)", "(Tuttosport, via Independent)", "-- IANS", "\u2014 AFP", and a bare one in capitals with its
# desk's initials, "PTI AB RT" (not a sentence begun, "NHS England", "The").
_RUN_IN_CREDIT = compiled_later(r"(?<=[.!?\"'\u201d\u2019])[ \t]+(?:(?:--?|[\u2013\u2014]) ?[A-Z][\w.&'\u2019-]*"
                                r"(?: [A-Z][\w.&'\u2019-]*){0,2}|\([A-Z][\w.&'\u2019-]*(?: [A-Z][\w.&'\u2019-]*){0,2}"
                                r"(?:,? via [A-Z][\w.&'\u2019-]*(?: [A-Z][\w.&'\u2019-]*){0,2})?\)"
                                r"|[A-Z]{2,8}(?: [A-Z]{2,4}){0,4})(?: [a-z]{2,4}/[a-z]{2,4})?\Z")
_SKIPPED = frozenset({"boilerplate", "byline", "caption", "table", "field", "dateline"})

if TYPE_CHECKING:
    from ..model.document import Document
    from ..model.types import Region


def prepare(params: dict) -> int:
    return params["min_words"]


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    ends = list(_cut_end(doc, rule))
    judged = {f.end for f in ends}  # a cut paragraph the end is judged by (a repeated headline after it) is the end
    yield from (f for f in _cut_paragraphs(doc, rule) if f.end not in judged)
    yield from ends


def _cut_paragraphs(doc: Document, rule: ActiveRule) -> Iterator[Finding]:
    """Paragraphs inside the story cut mid-sentence: running prose that stops on a word no sentence can end on,
    with more prose after it ("Late last night, a spokesperson for the" then "14 affected hospitals issued a
    statement"), as a scraper leaves a paragraph an inline box broke."""
    regions = doc.regions
    for region, after in zip(regions, regions[1:], strict=False):
        if region.kind != PARAGRAPH or after.kind != PARAGRAPH:
            continue  # the last paragraph before residue is the end, judged there
        text = doc.masked[region.start:region.end].rstrip()
        if not text[-1:].isalpha() or (last := text.rsplit(None, 1)[-1]) not in _NEVER_LAST:
            continue  # (most paragraphs end on a stop: the words are counted only for the few that do not)
        if len(WORD.findall(text)) >= rule.state and not _ITEM.match(text.rsplit("\n", 1)[-1]):
            end = region.start + len(text)
            yield _report(rule, _last_sentence_start(doc, region), end, f'it stops at "{last}", which no '
                          'sentence ends on', _tail(doc.text, end), where="A paragraph inside the story")


# A list item's line, a fragment judged only where the list ends the body: "- fill in the form", "2. Arrive early".
_ITEM = re.compile(r"\s*(?:[-*\u2022]|\d+[.)])\s")
# Words no sentence of edited prose ends on, whatever it says: articles, possessive determiners, conjunctions that
# open a clause (not "on", "for", "with", "from" or "was", which may: "two years on", "where it came from").
_NEVER_LAST = frozenset("""a an the of and or but nor than because although whereas unless whose their its my your our
    every including during""".split())


def _cut_end(doc: Document, rule: ActiveRule) -> Iterator[Finding]:
    regions = doc.regions
    headings: dict[str, int] | None = None
    for i in range(len(regions) - 1, -1, -1):
        region = regions[i]
        if region.kind == "byline" and (reason := _cut_credit(doc.masked[region.start:region.end].rstrip())):
            # a credit at the end cut off where a name was due: "Reporting by Jo Roe; editing by"
            start = region.start + len(doc.masked[region.start:region.end]) - \
                len(doc.masked[region.start:region.end].lstrip())
            end = region.start + len(doc.masked[region.start:region.end].rstrip())
            yield _report(rule, start, end, reason, _tail(doc.text, end))
            return
        if region.kind in _SKIPPED or region.kind == LABEL:
            continue
        text = doc.masked[region.start:region.end].rstrip()
        if region.kind == LIST_ITEM or (region.kind == PARAGRAPH and doc.format == "text" and is_list(text)):
            # A list ends the body: its items are fragments ("- Arrive early"), cut only where no item ends
            # ("- Buses on routes 59 and", "- The first of")
            last = text.rsplit("\n", 1)[-1]
            if (reason := _cut_item(last, partial(_fragment_of_a_word, doc.lowered, region.start))) is not None:
                start = region.start + len(text) - len(last.lstrip("-*\u2022 \t0123456789.)"))
                yield _report(rule, start, region.start + len(text), reason,
                              _tail(doc.text, region.start + len(text), start))
            return
        if region.kind == BLOCKQUOTE:
            # A quotation set apart ends the body, cut only where it stops on a comma or a word no sentence ends
            # on ("> The plan will cost more than it can"): a poem's or a post's line may lack a stop
            words = WORD.findall(text)
            if len(words) >= rule.state and (text[-1:] in ",;" or (
                    text[-1:].isalpha() and words[-1].lower() in DANGLING_WORDS)):
                reason = f'it ends on "{text[-1]}"' if text[-1:] in ",;" else \
                    f'it stops at "{words[-1]}", which no sentence ends on'
                start = _last_sentence_start(doc, region)
                yield _report(rule, start, region.start + len(text), reason,
                              _tail(doc.masked, region.start + len(text)))  # without its ">" marks
            return
        if region.kind not in (PARAGRAPH, HEADING):
            return  # a table ends the body
        if _END_MARK.fullmatch(text):
            continue  # "-30-", "###": the writer's own mark for the end of the copy; judge what it ends
        if i and (headings := headings if headings is not None else _headings(doc)).get(
                " ".join(text.split()).lower(), i) < i:
            continue  # the headline again, as a scraper repeats it (duplicate-text reports it): judge what it ends
            # (the headings read once: a page may end on many regions this check steps back over)
        if region.kind == PARAGRAPH and (text[-1:].isalpha() or text[-1:] == ")") and \
                (credit := _RUN_IN_CREDIT().search(text)):
            text = text[:credit.start()]  # "... economy. PTI AB RT": judge the story's last sentence
        # Plain text marks no headings, nor does a paragraph of markup: a short last line is taken for one by its
        # shape, and may be a cut sentence ("The White House said").
        kind = _GUESSED_HEADING if region.kind == HEADING and (doc.format == "text" or region.name == GUESSED) \
            else region.kind
        card = region.kind == PARAGRAPH and _card_title(doc, regions, i, text)
        if card:
            kind = _GUESSED_HEADING  # a related story's title over its byline or date, residue after it
        reason = _cut_reason(text, kind, follows_label=i > 0 and regions[i - 1].kind == LABEL,
                             min_words=rule.state, sentences=partial(_count_sentences, doc, region),
                             last_sentence=partial(_last_sentence, doc, region),
                             after_prose=any(r.kind == PARAGRAPH for r in regions[:i]),
                             fragment=partial(_fragment_of_a_word, doc.lowered, region.start))
        if reason is None and (region.kind == HEADING or card):
            continue  # a heading at the end, or a card's title: look at the paragraph before it
        if reason is not None:
            start = _last_sentence_start(doc, region)
            yield _report(rule, start, region.start + len(text), reason, _tail(doc.text, region.start + len(text)))
        return


def _card_title(doc: Document, regions: list[Region], i: int, text: str) -> bool:
    """Is the paragraph one line shaped as a headline (no closing mark, up to _CARD_WORDS words), right above residue
    that opens with a byline or a date, as a related story's card is written ("How a town got its name" over
    "Author: Rob Munro" and "Date published: 08/20/2022")?"""
    if i + 1 >= len(regions) or regions[i + 1].kind not in ("boilerplate", "byline") or "\n" in text or \
            text[-1:] in ".!?\u2026" \
            or len(WORD.findall(text)) > _CARD_WORDS:
        return False
    below = doc.masked[regions[i + 1].start:regions[i + 1].end].strip().split("\n", 1)[0]
    return below.lower().startswith(_CARD_BYLINES) or is_date_line(below)


_CARD_WORDS = 20
_CARD_BYLINES = ("author:", "by ", "posted by ", "written by ", "date published", "published", "updated")


def _report(rule: ActiveRule, start: int, end: int, reason: str, ending: str, where: str = "The article") -> Finding:
    return Finding(start, end, rule.spec.message.format(where=where, reason=reason, ending=ending))


def _headings(doc: Document) -> dict[str, int]:
    """The draft's headings, their words lowercased and joined by single spaces, and where each first stands among
    its regions."""
    found: dict[str, int] = {}
    for k, r in enumerate(doc.regions):
        if r.kind == HEADING:
            found.setdefault(" ".join(doc.masked[r.start:r.end].split()).lower(), k)
    return found


def _cut_credit(text: str) -> str | None:
    """Why a credit line reads as cut: it stops where a name was due, on "by", "and", "&", a comma or a
    semicolon ("Reporting by Jo Roe; editing by"). A credit's bracket may close it: "(Editing by". An editor's
    note, a sentence, is cut on any word no sentence ends on: "This article was amended on"."""
    text = text.rstrip(")")
    if text[-1:] in ",;":
        return f'it ends on "{text[-1]}"'
    last = text.rsplit(None, 1)[-1] if text.strip() else ""
    if text.startswith(_EDITORS_NOTE) and last in DANGLING_WORDS:
        return f'it stops at "{last}", which no sentence ends on'
    return f'it stops at "{last}", which no credit ends on' if last.lower() in _CREDIT_DANGLING else None


_CREDIT_DANGLING = frozenset("by and & of with".split())
_EDITORS_NOTE = ("This ", "A version of this ")  # "This story was updated on", "A version of this article appeared in"


def _cut_item(item: str, fragment: Callable[[str], bool] = lambda word: False) -> str | None:
    """Why a list's last item reads as cut: it ends on a comma, a semicolon or
    an opening bracket, or on a word no item ends on (an article, a
    conjunction, a possessive, "of", "to", "every", "than"; not a particle, "- Log in", nor a
    preposition a question leaves, "- What to look out for"), or inside a
    word the draft uses before it (`fragment`: "- Work will take two yea"
    after "years")."""
    last = item.rstrip()[-1:]
    if last in ",;([":
        return f'it ends on "{last}"'
    words = WORD.findall(item)
    if len(words) >= 2 and words[-1].lower() in _ITEM_DANGLING:
        return f'it stops at "{words[-1]}", which no list item ends on'
    if len(words) >= 2 and last.isalpha() and _lowercase_word(words[-1]) and fragment(words[-1]):
        return f'it stops at "{words[-1]}", the start of a word'
    return None


# Words no list item ends on, where a cut leaves them.
_ITEM_DANGLING = frozenset("the a an and or but nor of to his her their its our your my every than".split())


def _cut_reason(text: str, kind: str, follows_label: bool, min_words: int,
                sentences: Callable[[], int] = lambda: 1, last_sentence: Callable[[], str] | None = None,
                after_prose: bool = True, fragment: Callable[[str], bool] = lambda word: False) -> str | None:
    """Why the last paragraph reads as cut off, or None. `sentences` counts
    its sentences, asked only when the paragraph ends on a capitalised word;
    `last_sentence` gives its last, asked only when it holds a verb of saying;
    `after_prose` says whether a paragraph comes before it (a draft of one
    line may be a headline alone); `fragment` whether a word is the start of
    a longer one the draft uses, asked only of a short line's last word."""
    if len(text) < 60 and _SIGN_OFF().fullmatch(text.strip()):
        return None  # "More to follow", "Names have been changed": the story's own last words
    if ("\u2014" in text or "\u2013" in text) and _QUOTE_CREDIT().search(text):
        return None  # a quotation credited after a dash: '"We never thought it would last." — Ray Tilley, owner'
    if text.endswith(_ELLIPSES) and kind == PARAGRAPH:
        words = WORD.findall(text)
        # A short one is cut too when it stops on a word no sentence ends on: "The council said it would..."
        if len(words) >= min_words or (len(words) >= 2 and words[-1].lower() in DANGLING_WORDS):
            return "it trails off in an ellipsis, as a teaser cut for a link does"
    tokens = text.rstrip(_CLOSERS).rsplit(None, 1)
    last_token = tokens[-1] if tokens else ""  # none in a paragraph of closing marks only: '"'
    if last_token.rstrip(".") in _TITLES and last_token != text.strip():
        return f'it stops at "{last_token.rstrip(".")}", a title with no name after it'  # "..., said Cllr"
    if last_token.lower() in _INTRODUCERS and last_token != text.strip():
        return f'it stops at "{last_token}", which introduces what follows'  # "... it could take, e.g."
    if _LEADING_SIGN.fullmatch(last_token) and last_token != text.strip():
        return f'it stops at "{last_token}", which stands only before what follows'  # "... more than \u00a3"
    last = text.rstrip(_CLOSERS)[-1:]
    if last == "%" and text.rstrip(_CLOSERS)[-2:-1].isdigit():
        last = "0"  # a percentage is a number: "... Berkeley Group fell 3.4%"
    if not last or last in ".!?\u2026" or not (last.isalnum() or last in ",;:\u2013\u2014-(["):
        return None  # complete, or ends on a symbol, URL or code we cannot judge
    if last in ",;:\u2013\u2014-([":
        return f'it ends on "{last}"'
    words = WORD.findall(text)
    if not words or _ADDRESS.search(text):
        return None  # a web address written without its scheme: "... is at northfield.gov.uk/buses"
    final = words[-1]
    if (final.lower() in DANGLING_WORDS and (len(words) >= 2 or final.lower() in _ARTICLES)) or \
            (len(words) >= 2 and final.endswith(_POSSESSIVE) and _lowercase_word(final)):
        # a possessive or a contraction of a lowercase word has its noun or its verb still to come: "The
        # council's", "because it's" (a name's may be a shop's: "Sainsbury's")
        return f'it stops at "{final}", which no sentence ends on'
    if (final in SPEECH_VERBS or (final in _BELIEF_VERBS and words[-2].lower() not in _COMPARING)) and \
            len(words) >= 2 and kind != HEADING and '"' not in text and "\u201d" not in text and \
            not _reported_before_tag(text):
        # "Downing Street said", "Passengers have been told", "For decades, scientists thought": no heading or
        # sign-off ends on one (a quotation's tag has said it: '"Fine," she said'; a comparison has its whole
        # sense: "better than expected")
        return f'it stops at "{final}", with nothing said after it'
    if not SPEECH_VERBS.isdisjoint(words) and \
            _reported_clause(WORD.findall(last_sentence()) if last_sentence is not None else words):
        # "The Refugee Council said the changes", "Copernicus said global temperatures in August": a verb of
        # saying with what it says under way is a sentence, however its words are capitalised (a heading's
        # shape at the end of a story is a cut sentence's)
        return "it has no closing punctuation"
    if kind != HEADING and (_NAME_AND_APPOSITIVE.fullmatch(text.strip()) or _SPEAKER.fullmatch(text.strip())):
        # "Petrova, the sixth seed", "A senior Hamas official": a short line a heading may be taken for, but no
        # heading is a subject alone
        return "it names someone and stops before saying what they did"
    if kind != HEADING and after_prose and not follows_label and _lowercase_word(final) and \
            2 <= len(words) <= _SHORT_LINE_WORDS and words[0][:1].isupper() and words[0] not in _CREDIT_OPENERS \
            and fragment(final):
        # "Rail pas", "Chief execu", "German carma": a short last line whose last word is only the start of one
        # the story uses ("passengers", "executive", "carmakers") is a sentence cut in its first words; not "Local
        # elections postponed", a headline's whole words
        return f'it stops at "{final}", the start of a word'
    if kind != HEADING and after_prose and not follows_label and _lowercase_word(final) and (
            (words[0] in _PROSE_OPENERS and len(words) >= 2) or (words[0] in _CLAUSE_OPENERS and len(words) >= 3)
            or (words[0] in _PHRASE_OPENERS and len(words) >= 4)):
        # "The wareho", "If the dev", "At a public hea": a sentence's opening, which no heading has with a
        # lowercase word last (a heading that ends the body, with nothing after it, is the start of what was cut)
        return "it has no closing punctuation" if len(words) > _SHORT_LINE_WORDS else \
            "it opens as a sentence or a heading does and has no closing punctuation"  # "The library in numbers"
    if kind in (HEADING, _GUESSED_HEADING):
        return None
    if follows_label and phrase_list(text):
        return None  # an entry that lists phrases needs no full stop: "Cons: average battery life, slow charging"
    if follows_label and len(words) >= 3 and final.islower():
        return "it has no closing punctuation, unlike a complete entry"
    if len(words) < 3:
        return None
    # Long enough to be running prose, or short but a clause: a relative clause ("Halvorsen, which employs")
    # or a sentence before it in the paragraph ("Regulars are less hopeful. Jim").
    relative = any(f", {w} " in text for w in _RELATIVES)
    # "He is Liverpool's third signing"; a named or plural subject and its verb: "Residents described hearing a
    # roar", "National Highways urged drivers" (not a credit's "Photographs supplied by the family")
    clause = (words[0] in _PROSE_OPENERS and not _FINITE.isdisjoint(words)) or _subject_and_verb(words)
    prose = len(words) >= min_words or relative or clause or _open_quotation(text) or sentences() > 1
    # the word before a number, or before a time's two numbers ("at 10:30"); not before a phone number's groups
    before_number = words[-3] if text[-3:-2] == ":" and text[-2:].isdigit() else words[-2]
    if prose and (_lowercase_word(final) or (final[0].isdigit() and _lowercase_word(before_number))):
        # "... the vote was unanimous", "... of open-source", "... you don't", "... would cost more than 4",
        # "... will meet again at 10:30"
        return "it has no closing punctuation"
    if prose and (final[0].isupper() or (final[0].isdigit() and before_number[0].isupper()
                                          and not _LISTED_PRICE.search(text.rstrip(_CLOSERS)))) and (
            sentences() > 1 or relative or clause
            or (len(words) >= 2 * min_words and "," in text and "the" in words)):
        # "The council will meet again on May 4", "... The vote is on Monday", "Ashgrove, which ran youth
        # clubs, closed in August" (a relative clause set off by commas), a long sentence with its
        # articles and commas: prose, where a heading or a name line ("Councillors back plan for homes on RAF
        # Weston", "Reporting by Ana Ruiz") is not
        return "it has no closing punctuation"
    return None


# A quotation's credit after a dash, closing the paragraph: '"..." — Ray Tilley, owner'.
_QUOTE_CREDIT = compiled_later(r"[\"\u201d]\s*[\u2014\u2013]\s*[A-Z][\w.'\u2019-]*(?: [\w.'\u2019&-]+){0,6}"
                               r"(?:, [^.!?\"\u201c\u201d]{1,60})?\Z")


def _fragment_of_a_word(lowered: str, end: int, word: str) -> bool:
    """Is `word` the cut-off start of a longer word the draft uses before
    `end` ("pas" of "passengers", "execu" of "executive"), and never a word of
    its own there? Not a stem its endings make other words of ("writer" of
    "writers", "publish" of "published")."""
    word = word.lower()
    before = lowered[:end]
    if len(word) < 3 or word in _WHOLE_WORDS:
        return False
    starts = [m.group() for m in re.finditer(rf"(?<![\w'\u2019-]){re.escape(word)}[\w'\u2019-]*", before)]
    return word not in starts and any(not _ending_of(word, w[len(word):]) for w in starts)


def _ending_of(stem: str, ending: str) -> bool:
    """Does `ending` make another word of `stem`? "r", "rs" and "d" only of a
    stem that ends in "e" ("write" and "writer", "close" and "closed"; not "hou"
    and "hours")."""
    return ending in _ENDINGS and (ending not in _AFTER_E or stem.endswith("e"))


# Short words a cut may look like, but which are whole: "for" of "former", "her" of "here".
_WHOLE_WORDS = SMALL_WORDS | PRONOUNS | DANGLING_WORDS | FINITE_VERBS | frozenset("who whom what".split())
# The endings that make a word of a word: "writer" and "writers", "publish" and "published".
_ENDINGS = frozenset("""s es d ed ing er ers r rs est ly ment ments ness ion ions al ally ity ive ives y ies ful
    less able ship ships ist ists ism ance ence 's \u2019s s' s\u2019 n't""".split())
# ... of them, those that follow an "e" only ("writer", "closed").
_AFTER_E = frozenset({"r", "rs", "d"})


def _subject_and_verb(words: list[str]) -> bool:
    """Do capitalised words open the paragraph as a subject, with its verb second
    or third: "Residents described", "Services were", "National Highways urged"?
    Not a passive credit, "Photographs supplied by the family", nor a writer's
    note that says who they are, "Jo Hale is the director of ..."."""
    if not words[0][:1].isupper():
        return False
    for i in (1, 2):
        if i + 1 >= len(words):
            return False
        verb = words[i]
        if verb in _FINITE:  # "Treasury yields were little changed": a subject's noun may be lowercase
            return not (verb in _DESCRIBING and words[i + 1] in ("a", "an", "the"))
        if not (words[i - 1][:1].isupper() or (i == 2 and words[1].islower() and words[1].endswith("s"))):
            return False  # (a capitalised subject, or a plural noun after its capitalised modifier: "Climate
            # campaigners welcomed")
        if verb.endswith("ed") and verb.islower() and words[i + 1] != "by":
            return True
    return False


_DESCRIBING = frozenset("is was are were".split())
_POSSESSIVE = ("'s", "\u2019s")


def _reported_clause(words: list[str]) -> bool:
    """Does a verb of saying after its subject go on with what was said: two
    words or more, the first in lowercase ("... said the changes", "... told
    reporters that"), or a possessive, which no speaker's name is ("... said
    Verstappen's")? Not a credit ("As told to Jo Roe") nor a tag ("said Jo Roe")."""
    for i in range(1, len(words) - 1):
        if words[i] in SPEECH_VERBS and words[i - 1].lower() != "as" and (
                (i < len(words) - 2 and _lowercase_word(words[i + 1]) and words[i + 1] != "to")
                or words[i + 1].endswith(("'s", "\u2019s"))):
            return True
    return False


def _reported_before_tag(text: str) -> bool:
    """Does a short tag after a comma close a clause of what was said: "...
    completed by 2029, the developer said" (the stop is missing, nothing
    more)? Three words or more before the comma; after it, a subject and its
    verb, five words at most (a verb alone closes a name's apposition:
    "Osei's barrister, Amina Yusuf, said" is cut)."""
    head, comma, tag = text.rpartition(",")
    return bool(comma) and 2 <= len(WORD.findall(tag)) <= _TAG_WORDS and len(WORD.findall(head)) >= 3


_TAG_WORDS = 5


def _lowercase_word(word: str) -> bool:
    """A word in lowercase letters, hyphens or apostrophes: "open-source", "don't"."""
    return word[:1].islower() and word.replace("-", "").replace("'", "").replace("\u2019", "").isalpha()


# What stands only before more: a personal title before a name ("..., said Cllr", "... chaired by Dr."),
# an abbreviation before examples ("... steps it could take, e.g.").
_TITLES = frozenset("""Mr Mrs Ms Mx Dr Prof Cllr Det Sgt Insp Supt Capt Lt Col Maj Cpl Adm Sen Rep Gov Rev Fr Msgr
    Brig Cmdr Amb Atty""".split())
_INTRODUCERS = frozenset({"e.g.", "i.e.", "incl.", "viz.", "cf."})
# A sign written before what it marks, standing alone as the last word: a currency sign before its amount
# ("more than \u00a3", "US$"), an ampersand before a name's second half, an opening quotation mark. One
# after its number ("100$") or inside a word ("AT&T") is not a word of its own.
_LEADING_SIGN = re.compile("(?:[A-Z]{1,2})?[$\u00a3\u20ac\u00a5\u20b9]|[&\u201c\u2018]")
# Verbs of belief, which go on with what is believed ("scientists thought"), unless a comparison ends on them
# ("than expected", "as feared", "than first thought").
_BELIEF_VERBS = frozenset("""thought think thinks believed believe believes feared fear fears hoped hope hopes claimed
    claim claims suggested suggest suggests predicted expect expects expected estimated""".split())
_COMPARING = frozenset({"than", "as", "first", "previously", "originally", "initially"})
# A price set after a name and a comma, as a review's details line gives it: "... is published by Faber, \u00a316.99".
_LISTED_PRICE = re.compile(r"[A-Z][\w'\u2019.&-]*,\s+(?:[A-Z]{1,2})?[$\u00a3\u20ac\u00a5\u20b9]\d[\d,.]*\Z")
_ARTICLES = frozenset({"a", "an", "the"})  # a last paragraph of one article alone: "The"
_GUESSED_HEADING = "guessed heading"
# A relative clause set off by a comma: a paragraph too short to judge by length is prose with one.
_RELATIVES = ("which", "who", "whose", "where")


def _open_quotation(text: str) -> bool:
    """Does the text open a quotation it never closes: "\u201cWe are not against new"?"""
    return text[:1] in ('"', "\u201c") and '"' not in text[1:] and "\u201d" not in text


# A clause's opening word and its finite verbs: with both, a line ending on a name is prose, not a heading.
_PROSE_OPENERS = frozenset("The A An It He She They We I This That There These Those His Her Their Its Our".split())
# ... and the words a clause opens with, before two more words ("If the dev", "Anyone with infor"), or a phrase
# a heading may open too, ending in lowercase ("In brief", "At a glance", "Most read"), before three more ("At a
# public hea").
_CLAUSE_OPENERS = frozenset("If When After Before While Since Although Though Because Anyone Everyone Several".split())
_PHRASE_OPENERS = frozenset("In At On Some Many Most About".split())
_SHORT_LINE_WORDS = 5
# A credit's first words: "By our local democracy reporter", "Translated from the Welsh".
_CREDIT_OPENERS = frozenset("""By Reporting Additional Words Photos Photographs Pictures Illustration Illustrations
    Edited Translated Source Sources Via""".split())
# A sign-off or an editor's note that ends a story on a lowercase word: "More to follow", "Names have been changed".
_SIGN_OFF = compiled_later(r"(?i:more to follow|developing(?: story)?|(?:story )?(?:still )?developing|ends|updating|"
                       r"(?:some )?names have been changed|with (?:agency|wire|agencies) inputs|with inputs from "
                       r"(?:agencies|wires|[A-Z][\w.]*)|additional reporting by (?:agencies|wires|staff))[.!]?")
_FINITE = frozenset("""is are was were will would has have had said says can could may might must should shall did
    does do""".split())


def _count_sentences(doc: Document, region: Region) -> int:
    return len(doc.sentences_in(region))


def _last_sentence(doc: Document, region: Region) -> str:
    return doc.masked[_last_sentence_start(doc, region):region.end]


def _last_sentence_start(doc, region) -> int:
    sentences = doc.sentences_in(region)
    return sentences[-1].start if sentences else region.start


def _tail(text: str, end: int, begin: int = 0) -> str:
    """The last words before `end`, from its own line only (and from `begin`,
    a list item's start): a message stays on one line."""
    line_start = max(text.rfind("\n", 0, end) + 1, begin)
    start = max(line_start, end - 40)
    snippet = text[start:end]
    if start > line_start and " " in snippet:
        snippet = "\u2026" + snippet[snippet.index(" ") + 1:]
    return snippet.lstrip()  # in HTML, the paragraph's tag before it reads as spaces


KIND = Kind("truncated-ending", check, prepare=prepare, fields=frozenset({"where", "reason", "ending"}),
            params={"min_words": Param(INT, 6, minimum=1)})
