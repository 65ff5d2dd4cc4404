"""Who each quotation is linked to: the attribution of its own sentence, a
colon's lead-in, the quotation it continues, the speaker a pronoun stands
for, or the answer to a question asked before it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cached_property

from ..names import AGE_AFTER
from ..patterns import compiled_later
from ..types import BLOCKQUOTE, PARAGRAPH, Quotation, Sentence
from ..words import (
    CLAUSE_OPENERS,
    PRONOUNS,
    SENTENCE_OPENERS,
    SMALL_WORDS,
    SPEECH_VERBS,
    WORD,
)
from .clauses import (
    _CALLED_BEFORE,
    _CHANTED_AFTER,
    _DESIGNATED_BEFORE,
    _KIN_BEFORE,
    _TITLE_AFTER,
    _first_word,
    _replace,
    _role_kind,
    _sentences_of,
    _start_of,
    _Subjects,
)
from .groups import _body_before
from .lexicon import (
    _BODIES,
    _DETERMINERS,
    _NO_ONES_HEAD,
    _QUANTIFIERS,
    _SPOKESPEOPLE,
    ACTORS,
    GROUP,
    IMPERSONAL,
    NAMED,
    PERSON,
    PRONOUN,
    ROLE,
    THING,
    Attribution,
    Lexicon,
    Sourcing,
    _Compiled,
)
from .subjects import (
    _SAID,
    _SUBJECT_REACH,
    _is_group,
)

# A document opening its sentence, its title set off after it, with no stop of its own inside the marks: 'The
# report, "Fixing the broken housing market", was published on Monday' (not 'After reading the report, "we were
# shocked," said one parent', 'Critics called the report "riddled with errors"', nor 'The plan, "we think, is a
# disaster," said one resident').
_TITLE_OF_A_DOCUMENT = compiled_later(
    r"\s*(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|[A-Z][\w'\u2019.&-]*['\u2019]s) (?:[\w'\u2019-]+ ){0,3}"
    r"(?:report|study|paper|strategy|manifesto|petition|motion|bill|guide|plan|review),\s*")


def _link_quotes(text: str, sentences: list[Sentence], outer: list[Quotation], out: Sourcing, lex: _Compiled,
                 people: _People, lexicon: Lexicon, subjects: _Subjects) -> None:
    """Each quotation's source: an attribution in its own sentence, in the
    sentence right after it ('"Why?" Eze asked.'), in the sentence before that
    introduces it with a colon, or the speaker of the paragraph so far (a second
    sentence of the same speech, which is reported once, with the first)."""
    starts = [s.start for s in sentences]
    speaker: Attribution | None = None  # the last source named in the current paragraph
    paragraph = None
    previous: tuple[Quotation, Attribution | None] | None = None  # the quotation before, and its source
    term_end = -1  # where the last title, sign or term ended
    # the last pronoun a quotation's source was found for: what it was, its source, and where the quotation ended
    chain: tuple[str, Attribution, int] | None = None
    scenes: bool | None = None  # whether the story is told in the present, as a feature's scenes are
    tag_starts: dict[int, frozenset[int]] = {}  # a sentence's start -> where its attributions and their subjects start
    in_order: dict[int, tuple[list[int], list[Attribution]]] = {}  # a run-on sentence's attributions, by where they end
    written: tuple[Quotation, int] | None = None  # the last quotation a letter or a sign gave, and its last sentence
    for q in outer:
        if not sentences:
            return
        i, last = _sentences_of(starts, q)
        sentence = sentences[i]
        if sentence.region is not paragraph:
            paragraph, speaker = sentence.region, _last_in(out, sentences, starts, i)
        if (starts_here := tag_starts.get(sentence.start)) is None:  # once a sentence: a run-on one holds many
            starts_here = tag_starts[sentence.start] = frozenset(
                at for a in out.by_sentence.get(sentence.start, []) for at in (a.subject_start, a.start))
        attributed_here = any(q.end + gap in starts_here for gap in range(4))  # a tag right after it
        listed = term_end >= 0 and _LISTED.fullmatch(text, term_end, q.start) is not None
        # 'A post on X read: "..."' is someone's words, as "One placard read" is not; so are those someone a sign
        # or a book describes says ('A man carrying a banner said: "..."'; not 'a sign saying "..."', nor what
        # they called something: 'a figure Roper called "the price of being second-guessed"').
        if listed or (lex.not_speech.search(text, max(sentence.start, q.start - _TITLE_REACH), q.start) and not any(
                a.kind != THING and a.kind != IMPERSONAL and 0 <= q.start - a.end <= 3 and (
                    a.verb in ("read", "reads") or a.verb in SPEECH_VERBS)
                for a in out.by_sentence.get(sentence.start, []))) or _A_LINE().match(
                _sentence_after_opening(text, sentences, i, q) or "") or (
                q.words <= 2 and not attributed_here and text[q.inner_start:q.inner_end].rstrip()[-1:] not in "!?."
                and _tag_after(text, q, sentence, subjects, lex) is None) \
                or _CHANTED_AFTER().match(text, q.end) or _TITLE_AFTER().match(text, q.end) or (
                    text[q.inner_end - 1:q.inner_end].isalnum()
                    and _TITLE_OF_A_DOCUMENT().fullmatch(text, sentence.start, q.start)):
            out.not_speech.add(q.start)  # a title, a sign, a term: '"hycean" worlds'; one listed with it
            term_end = q.end
            continue
        source = _own(out, sentence, q, sentences, i, text, in_order)
        if source is None and last + 1 < len(sentences) and sentences[last + 1].region is sentence.region \
                and sentences[last].end <= q.end + 2:  # '"Where is it? Who took it?" Orr asked.'
            after = sentences[last + 1]
            source = next((a for a in out.by_sentence.get(after.start, [])
                           if a.kind != IMPERSONAL and a.start - after.start < 60 and (
                               speaker is None or text[q.inner_end - 1:q.inner_end] != "."
                               or _ONLY_A_TAG.fullmatch(text, a.end, after.end))), None)
            # (not a sentence of its own after the paragraph's speaker: '"...," said Jo Roe. "Without it, families
            # will leave." Critics have accused the council of ...' goes on with Jo Roe)
        if source is None:
            source = _tag_after(text, q, sentence, subjects, lex)  # '"...," Ruiz fumed', '"...," raved one fan'
        if source is None and (beat := _BEAT().match(text, q.end)) is not None and (
                beat["who"] in _BEAT_PRONOUNS or people.named_in(beat.start("who"), beat.end("who"))):
            source = Attribution(beat.start("who"), beat.end("who"), PRONOUN if beat["who"] in _BEAT_PRONOUNS
                                 else NAMED, beat["who"], False, beat.start("who"), beat.end("who"))
            # '"I didn't know what a barrister was until I was 19." She laughs.': the speaker's gesture as her tag
        if source is None and _CAME_THE_REPLY().match(text, q.end) is not None:
            source = _the_one_asked(text, sentences, i, q, subjects)  # '"...," came the reply'
        if source is None and (sent := _MESSAGE_FROM().match(text, q.end)) is not None:
            source = Attribution(sent.start("who"), sent.end("who"), NAMED, sent["who"], False, sent.start("who"),
                                 sent.end("who"))  # '"...," was the message from owner Jo Roe': hers, by name
        if source is None and i > 0 and (it := _IT_SAID().match(text, q.end)) is not None:
            source = _statement_before(out, text, sentences, i)  # "Bond read a statement." then '"...," it said'
            if source is None and _body_before(text, sentences, i, (q.start, it.start()), "", subjects, lexicon):
                source = Attribution(it.start(), it.end(), NAMED, "it", False, it.start(), it.start() + 3)
                # "The airline apologised." then '"...," it said in a statement': the body the sentence before is about
        if source is None and i > 0 and text[sentence.start:q.start].strip() == "" and \
                text[max(0, sentence.start - 12):sentence.start].rstrip().endswith(":"):
            before = sentences[i - 1]  # the lead-in, its verb's ("he said:") or its manner's ("he set out his case:")
            source = next(iter(out.by_sentence.get(before.start, [])), None)
            if source is None and (manner := _manner().match(text, before.start, before.end)) is not None:
                source = _manner_source(text, manner, subjects, lexicon, lex, before.start, q.start)
        if source is not None and source.kind == THING:
            out.not_speech.add(q.start)
            term_end = q.end
            written, speaker = (q, last), None  # a letter's words, which may go on
            continue
        if source is None and written is not None and speaker is None and (
                (i in (written[1], written[1] + 1) and sentences[i].region is sentences[written[1]].region)
                or _goes_on(text, q, written[0]) or _next_paragraph(text, sentences, i, q, written[0])):
            out.not_speech.add(q.start)  # '"...," the letter said. "Work will resume in May."': the letter's too
            # (and in its own sentence: '"Dear colleagues," the letter began, "the numbers do not add up."')
            term_end = q.end
            written = (q, last)
            continue
        if source is None and speaker is not None and ":" in text[max(sentence.start, q.start - 3):q.start] and \
                (manner := _manner().match(text, sentence.start, q.start)) is not None:
            source = _manner_source(text, manner, subjects, lexicon, lex, sentence.start, q.start)  # "Many assumed
            # ..." then 'The judge paused, then spoke: "..."': the lead-in's own speaker, not the paragraph's
        if source is None and speaker is not None:
            out.continued.add(q.start)  # the paragraph's speaker goes on
            source = speaker
        if source is None and previous is not None and previous[1] is not None and \
                sentence.region.kind != BLOCKQUOTE and (  # a pull quote is set apart, not speech going on
                    _goes_on(text, q, previous[0]) or _next_paragraph(text, sentences, i, q, previous[0])
                    or _answer_after(text, sentences, i, q, previous[0])
                    or _asked_first(text, sentences, i, q, previous[0])):
            out.continued.add(q.start)  # a speech running over paragraphs: "And we will keep talking ..."
            source = previous[1]
        if source is None and (previous is None or previous[1] is None) and \
                _first_answer(text, sentences, i, q, people):
            source = Attribution(q.start, q.start, NAMED, "", False, q.start, q.start)  # the one interviewed
        if source is None and _asked_of_the_one_named(text, sentences, i, q, people):
            source = Attribution(q.start, q.start, NAMED, "", False, q.start, q.start)  # "Will she sell?" then
            # her words, the one the paragraph before named
        if source is None and sentence.region.kind != BLOCKQUOTE and \
                (said := _said_before(out, text, sentences, i, q, people, lexicon)) is not None:
            out.continued.add(q.start)  # 'Kovac said the firm would appeal.' then '"We will fight it."'
            source = said
        if source is None and sentence.region.kind != BLOCKQUOTE and (
                scenes if scenes is not None else (scenes := _PRESENT_TAG.search(text) is not None)):
            source = _acting_before(text, sentences, i, q, people)  # the one a scene shows, in a feature told in
            # the present ("she says"); a news report's quotation wants its tag
        if source is None and sentence.region.kind != BLOCKQUOTE and \
                _introduced_then_named(text, sentences, i, q, people):
            source = Attribution(q.start, q.start, NAMED, "", False, q.start, q.start)  # the one the story turned to
        if source is None and sentence.region.kind != BLOCKQUOTE and \
                (ending := _last_before(text, sentences, i, q) or _sentence_before_in(text, sentences, i, q)) \
                is not None and (closing := _manner_closing().match(text, ending.start, ending.end)) is not None:
            source = _manner_source(text, closing, subjects, lexicon, lex, ending.start, q.start)
            if source is not None and source.kind == NAMED and not people.named_in(
                    source.subject_start, source.subject_end) and not _a_name(source.subject, subjects, lexicon):
                source = None  # "The plan was clear.": no speaker, only a thing
        if source is None and _named_after(text, sentences, i, q, lexicon):
            source = Attribution(q.start, q.start, NAMED, "", False, q.start, q.start)  # "Those words, from X, ..."
        lead_from = sentence.start if source is not None or text[sentence.start:q.start].strip() or not i or \
            sentences[i - 1].region is not sentence.region else sentences[i - 1].start  # "Her son's verdict? ..."
        if source is None and (lead := _LEAD_IN.match(text, lead_from, q.start)) is not None:
            whose = lead["whose"]  # "Her message was simple:" is hers; "Ruiz's reply:" is Ruiz's
            if lead["who"]:  # "The mayor's message was simple:": a role's, as "the mayor said" is
                source = _manner_source(text, lead, subjects, lexicon, lex, lead_from, q.start)
            else:
                source = Attribution(q.start, q.start, PRONOUN if whose.lower() in ("his", "her", "their") else NAMED,
                                     whose, False, lead.start("whose"), lead.end("whose"))
        if source is None and (manner := _manner().match(text, sentence.start, q.start)) is not None:
            source = _manner_source(text, manner, subjects, lexicon, lex, sentence.start, q.start)
        if source is None and people.named_in(sentence.region.start, q.start):
            source = Attribution(q.start, q.start, NAMED, "", False, q.start, q.start)  # the paragraph's subject
        if source is None and (acts := _PRONOUN_SUBJECT().match(text, sentence.start, q.start)) is not None:
            source = Attribution(acts.start("who"), acts.end("who"), PRONOUN, acts["who"], False, acts.start("who"),
                                 acts.end("who"))  # "He aims to 'make life as awkward as possible'": the words of
            # the one the pronoun stands for, as they would be of the name in its place
        if source is not None and source.kind == PRONOUN:
            pronoun = source.subject
            opening = _unnamed_before(text, sentences, i, speaker, people, lexicon, lex, pronoun)
            if opening is not None and (known := next((a for a in out.by_sentence.get(opening.start, ())
                                                       if a.subject_start == opening.subject_start), None)):
                opening = _replace(opening, known.kind, known.justified)  # "Inspectors praised the school." then
                # "They said ...": the opening's kind as its own sentence resolved it (the inspectorate's, named)
            source = opening or _resolve(source, speaker, q.start, people)
            if source is None and chain is not None and chain[0] == pronoun.lower() and \
                    q.start - chain[2] < _CHAIN_REACH and not people.named_in(chain[2], q.start):
                source = chain[1]  # a profile's "he said" going on past the name's reach, nobody else named since
            if source is None:
                out.orphans[q.start] = pronoun
            else:
                chain = (pronoun.lower(), source, q.end)
        out.quotes[q.start] = source
        previous = (q, source)
        if source is not None:
            speaker, written = source, None
    _pull_quotes(text, sentences, starts, outer, out)


# What follows the verb of a sentence that only tags the quotation before it: '"..." Orr said on Monday.', not
# '"..." The council said it had no choice.'
_ONLY_A_TAG = re.compile(r"[^\w]*(?:[\w'\u2019-]+[^\w]*){0,3}")


def _pull_quotes(text: str, sentences: list[Sentence], starts: list[int], outer: list[Quotation],
                 out: Sourcing) -> None:
    """A block quotation with no attribution of its own that repeats words the
    story quotes and attributes (a pull quote) is theirs."""
    pulled = [q for q in outer if out.quotes.get(q.start) is None and q.start not in out.not_speech
              and sentences[_sentences_of(starts, q)[0]].region.kind == BLOCKQUOTE]
    if not pulled:
        return
    said = {_words_of(text, q): out.quotes[q.start] for q in outer if out.quotes.get(q.start) is not None}
    for q in pulled:
        words = _words_of(text, q)
        source = said.get(words) or next((a for w, a in said.items() if words and f" {words} " in f" {w} "), None)
        if source is not None:
            out.quotes[q.start] = source


def _words_of(text: str, q: Quotation) -> str:
    return " ".join(WORD.findall(text[q.inner_start:q.inner_end].lower()))


# How far before a quotation the words that make it a title, a sign or a term are read (they end right before it;
# a run-on "sentence" of many quotations must not be read from its start for each).
_TITLE_REACH = 160
# What joins a title, sign or term to the next in a list: 'read "Fair contract
# now" and "One job should be enough"', 'the films "Heat", "Ran" or "Alien"',
# or a space when the comma went inside the marks: 'read "No uniforms," "Let us choose"'.
_LISTED = re.compile(r"\s*(?:,|(?:,\s*)?(?:and|or))\s*|(?<=,[\"\u201d\u2019'])\s+")


def _goes_on(text: str, q: Quotation, before: Quotation) -> bool:
    """Does a quotation that opens a paragraph continue the speech before it: the
    quotation before was left open at its paragraph's end, or this one opens
    with a conjunction ("And we will keep talking ...")?"""
    line_start = text.rfind("\n", 0, q.start) + 1
    opens_paragraph = line_start > before.end and not text[line_start:q.start].strip()
    first = text[q.inner_start:q.inner_start + 5].split()[:1]
    return opens_paragraph and (not before.closed or (bool(first) and first[0] in ("And", "But", "So", "Or")))


def _introduced_then_named(text: str, sentences: list[Sentence], i: int, q: Quotation, people: _People) -> bool:
    """Is a quotation that is all of its paragraph, perhaps the first of a
    speech over several, set between a paragraph that ends on one person, by
    full name, and the first paragraph after the speech, which names them
    again ("But for Peter Wood, who was 22 when the strike began, the memories
    are more personal." then '"We'd go to the picket line ...' then "Mr Wood,
    now 62, went on to ...")? A feature turns to its speaker so. Not after a
    paragraph that names nobody, or two people, nor when the next paragraph
    names someone else."""
    last = _last_before(text, sentences, i, q)
    if last is None or last.region.kind != PARAGRAPH:
        return False
    starts = people.starts  # sorted: the runs in the paragraph's last sentence, looked up, not read through
    runs = [(s, e) for s, e in people.runs[bisect.bisect_left(starts, last.start):
                                           bisect.bisect_left(starts, last.end)] if " " in text[s:e]]
    if len({text[s:e].split()[-1] for s, e in runs}) != 1 or not any(
            _A_PERSON_AFTER.match(text, e) or _A_PERSON_BEFORE.search(text, max(last.start, s - 6), s)
            for s, e in runs):
        return False  # nobody, two people, or a name that may be a body's ("at Bolsover Colliery")
    surname = text[runs[0][0]:runs[0][1]].split()[-1]
    for sentence in sentences[i + 1:i + 1 + _SPEECH_REACH]:
        if sentence.start < q.end or _QUOTE_MARK.match(text, sentence.start):
            continue  # the speech goes on, paragraph after paragraph
        # named as a person: by a courtesy title, or opening the paragraph ("Mr Wood, now 62,", "Wood, now 62,";
        # not "Bolsover Colliery closed", a body's name again)
        return sentence.start == sentence.region.start and re.search(
            rf"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.? |\A(?:[A-Z][\w'\u2019-]+ )?){re.escape(surname)}\b(?! [A-Z])",
            text[sentence.start:sentence.end]) is not None
    return False


def _acting_before(text: str, sentences: list[Sentence], i: int, q: Quotation, people: _People) -> Attribution | None:
    """The one a scene shows doing something, when a quotation is all of its paragraph right after it: one person
    the paragraph's last sentence names ("..., and Chloe Adebayo is kneeling on the pavement, dressing a wound." then
    '"Keep still for me, Dave."'; "Shaw checks the rota." then '"Same again tomorrow?"'), or a pronoun it opens with
    ("She puts down her fork."), resolved as a tag's is. A feature's scene gives its speaker so. Not after a
    sentence that names two people, or names one who is not its actor ("They met Chloe Adebayo."), nor after a
    claim ("Lena Kovac expects the company to appeal.": a claim is no speech)."""
    region = sentences[i].region
    if text[region.start:q.start].strip(" *_\t") or text[q.end:region.end].strip(" *_\t"):
        return None
    last = _last_before(text, sentences, i, q)
    if last is None or last.region.kind != PARAGRAPH:
        return None
    if (pronoun := _PRONOUN_ACTS.match(text, last.start, last.end)) is not None and pronoun["verb"] not in _HOLDS:
        return Attribution(pronoun.start(), pronoun.end("who"), PRONOUN, pronoun["who"], False, pronoun.start(),
                           pronoun.end("who"))
    names = [(s, e) for s, e in people.runs if last.start <= s < last.end and people.is_person(s, e)]
    names += [(at, at + len(word)) for word in people.opening_surnames
              if (at := text.find(word, last.start, last.end)) != -1 and people._opens_alone(word, at, last.start)]
    acting = len({text[s:e].split()[-1] for s, e in names}) == 1 and any(
        (acts := _acts_after(text, e)) is not None and acts.group().split()[-1] not in _HOLDS for s, e in names)
    return Attribution(q.start, q.start, NAMED, "", False, q.start, q.start) if acting else None


def _acts_after(text: str, end: int) -> re.Match[str] | None:
    """The scene's verb right after a name, or after the apposition that follows it ("Helen, a volunteer who has
    answered calls here for nine years, picks it up")."""
    acts = _ACTS.match(text, end)
    if acts is None and text.startswith(", ", end) and (close := text.find(", ", end + 2, end + _APPOSITION)) != -1 \
            and not any(mark in text[end:close] for mark in ".!?;\n"):
        acts = _ACTS.match(text, close + 1)
    return acts


_APPOSITION = 120  # characters: an apposition's length at most


# A name's own verb after it, in a scene's present tense: "is kneeling", "checks the rota", "grabs her bag" (not a
# news report's past, "visited the site", whose quotation wants its tag; nor a verb of saying, whose words a tag
# gives; nor a state, "lives in Leeds now", "runs the shop", which describes the one quoted next without showing
# them; nor a news story's present, "faces calls to resign", "is facing calls"); what they feel counts too:
# "Pritchard does not mind."
_NOT_ACTS = r"(?!(?:is|was|has|does|says|tells|adds|asks|whose|this|its|his|lives|works|owns|runs|remains|seems|" \
    r"appears|knows|loves|likes|hates|wants|needs|belongs|stays|means|costs|faces|plans|urges|calls|seeks|vows|" \
    r"pledges|promises|threatens|refuses|demands|rejects|backs|supports|opposes|welcomes|announces|confirms|" \
    r"defends|blames|accuses|criticises|criticizes|admits)\b)"
_NEWS_ING = r"(?!(?:facing|calling|seeking|considering|planning|urging|investigating|expecting|hoping|pushing|" \
    r"pressing|campaigning|challenging|appealing|suing|demanding|threatening|refusing|asking|preparing|" \
    r"negotiating|lobbying|reviewing)\b)"
_ACTS = re.compile(rf" (?:is {_NEWS_ING}[a-z]+ing|(?:does not|doesn't|doesn\u2019t) [a-z]+|{_NOT_ACTS}[a-z]+s)\b")
# ... and a pronoun opening the sentence so: "She puts down her fork.", "He is watching the weather."
_PRONOUN_ACTS = re.compile(rf"(?P<who>She|He) (?:is {_NEWS_ING}[a-z]+ing|{_NOT_ACTS}(?P<verb>[a-z]+s))\b")
# ... or as its subject, acting, before a quotation inside it: "He aims to 'make life awkward'", "She wants the
# council to 'think again'" (not "He was branded", nor words of another: "described by").
_PRONOUN_SUBJECT = compiled_later(r"\s*(?P<who>He|She) (?:[a-z]+ly )?(?!(?:is|was|has|does|gets)\b)[a-z]+(?:s|ed)\b"
                                  r"(?:(?! by )[^.;:!?])*\Z")
# A quotation's tag in the present, as a feature tells its scenes: "she says", "he tells me".
_PRESENT_TAG = re.compile(r"\b(?:says|tells (?:me|us)|asks|laughs|shrugs)\b")
# Verbs that hold a view rather than show an act: "Kovac expects the company to appeal" is a claim, no speech.
_HOLDS = frozenset("""expects believes thinks fears hopes doubts suspects predicts reckons argues insists claims warns
    estimates forecasts suggests maintains accepts agrees denies""".split())


_SPEECH_REACH = 8  # sentences: a speech of a few paragraphs
# What makes a name a person's: a clause or an age after it ("Peter Wood, who was 22", "Peter Wood, 62,"), a
# courtesy title before it.
_A_PERSON_AFTER = re.compile(r",\s+(?:who\b|aged\b|\d{1,3}\b)")
_A_PERSON_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+\Z")


_NOT_SPACE = re.compile(r"\S")  # anything but space


def _last_before(text: str, sentences: list[Sentence], i: int, q: Quotation | Sentence) -> Sentence | None:
    """The last sentence of the paragraph before, when the quotation (or
    sentence) is all of its own paragraph; else None."""
    region = sentences[i].region
    if _NOT_SPACE.search(text, region.start, q.start) or _NOT_SPACE.search(text, q.end, region.end):
        return None  # the paragraph says more than the quotation (looked for, not copied: a long one has many)
    first = i
    while first > 0 and sentences[first - 1].region is region:
        first -= 1
    return sentences[first - 1] if first > 0 else None


def _index_of(sentences: list[Sentence], sentence: Sentence) -> int:
    """Where a sentence stands in the draft's, found by its start (list.index reads from the first)."""
    return bisect.bisect_left(sentences, sentence.start, key=lambda s: s.start)


def _sentence_before_in(text: str, sentences: list[Sentence], i: int, q: Quotation) -> Sentence | None:
    """The sentence before, in the same paragraph, when the quotation opens its
    own ("Asked about the prize, she laughs. \u201cPay off my overdraft.\u201d")."""
    if i == 0 or sentences[i - 1].region is not sentences[i].region or text[sentences[i].start:q.start].strip():
        return None
    return sentences[i - 1]


def _next_paragraph(text: str, sentences: list[Sentence], i: int, q: Quotation | Sentence,
                    before: Quotation) -> bool:
    """Is a quotation all of its paragraph, right after a paragraph that ends
    with the quotation before and its attribution ('"We document everything,"
    said Haddad.' then '"Every photo, every email."')? News style names the
    speaker once: it is the same one."""
    last = _last_before(text, sentences, i, q)
    # The quotation before ends in that paragraph's last sentence; it may have begun in an earlier one
    # ('"We had no choice. The money is not there," she said.').
    return last is not None and last.start < before.end <= last.end


def _answer_after(text: str, sentences: list[Sentence], i: int, q: Quotation, before: Quotation) -> bool:
    """Is a quotation all of its paragraph, an answer to the interviewer's short
    question in the paragraph before, which follows the paragraph that ends with
    the quotation before ('"...," she says.' then 'What changed?' then
    '"Honestly? I stopped caring."'), or asks about the one quoted shortly
    before ("Does she worry about growing too fast?")? The one asked answers."""
    question = _last_before(text, sentences, i, q)
    if question is None or question.region.kind != PARAGRAPH:
        return False
    j = i - 1
    while sentences[j] is not question:
        j -= 1
    asked = text[question.start:question.end]
    if not asked.rstrip().endswith("?") and len(asked.split()) <= _BEAT_WORDS and j > 0 and \
            sentences[j - 1].region is question.region:
        j -= 1  # the question, then a beat: "Does she worry about her legacy? A long pause."
        question = sentences[j]
        asked = text[question.start:question.end]
    if j == 0 or sentences[j - 1].region is question.region or not asked.rstrip().endswith("?") \
            or len(asked.split()) > _QUESTION_WORDS or any(mark in asked for mark in '"\u201c\u201d'):
        return False
    return _next_paragraph(text, sentences, j, question, before) or (
        question.start - before.end < _ASKED_ABOUT_REACH and _ASKED_ABOUT().search(asked) is not None)


def _first_answer(text: str, sentences: list[Sentence], i: int, q: Quotation, people: _People) -> bool:
    """Is a quotation no attributed one comes before all of its paragraph,
    the answer to a short question in the paragraph before, in a Q&A the
    story set up with a person it named ("Eileen Noble will run ..." and "We
    spoke to her about training." then "Why now?" and '"My husband always
    wanted to."')? The answers after it go on from it (_answer_after)."""
    question = _last_before(text, sentences, i, q)
    if question is None or question.region.kind != PARAGRAPH:
        return False
    asked = text[question.start:question.end].strip()
    j = _index_of(sentences, question)
    return j > 0 and sentences[j - 1].region is not question.region and asked.endswith("?") and \
        len(asked.split()) <= _QUESTION_WORDS and not any(mark in asked for mark in '"\u201c\u201d') and \
        _INTERVIEW_SET_UP().search(text, 0, question.start) is not None and people.named_in(0, question.start)


# How a Q&A is set up: "We spoke to her about ...", "I talked with Noble", "We asked him", "I sat down with".
_INTERVIEW_SET_UP = compiled_later(r"\b(?:[Ww]e|I) (?:spoke|talked|chatted) (?:to|with)\b|\b(?:[Ww]e|I) "
                                   r"(?:asked|interviewed|caught up with|sat down with) (?:her|him|them|[A-Z])")


def _asked_first(text: str, sentences: list[Sentence], i: int, q: Quotation, before: Quotation) -> bool:
    """Is a quotation the rest of a paragraph that opens with the interviewer's
    short question, right after a paragraph that ends with the quotation before
    and its attribution ('"...," she says.' then 'What changed? "Time,
    mostly."')? The one quoted answers, as when the question has its own
    paragraph."""
    region = sentences[i].region
    if q.start - region.start > _QUESTION_REACH:
        return False  # a long way into its paragraph: no short question opens it
    asked = text[region.start:q.start].strip()
    if region.kind != PARAGRAPH or _NOT_SPACE.search(text, q.end, region.end) or not asked.endswith("?") \
            or len(asked.split()) > _QUESTION_WORDS or any(mark in asked for mark in '"\u201c\u201d'):
        return False
    first = i
    while first > 0 and sentences[first - 1].region is region:
        first -= 1
    return first > 0 and sentences[first - 1].start < before.end <= sentences[first - 1].end


def _asked_of_the_one_named(text: str, sentences: list[Sentence], i: int, q: Quotation, people: _People) -> bool:
    """Is a quotation the rest of a paragraph that opens with a short question about "she" or "he", right after
    a paragraph that names a person ("Jo Bell runs the shop." then 'Will she sell? "Never."')? The one asked
    about answers. Not a question about nobody named ("Will it work?"), nor one after a paragraph that names
    no one."""
    region = sentences[i].region
    if q.start - region.start > _QUESTION_REACH:
        return False  # a long way into its paragraph: no short question opens it
    asked = text[region.start:q.start].strip()
    if region.kind != PARAGRAPH or _NOT_SPACE.search(text, q.end, region.end) or not asked.endswith("?") \
            or len(asked.split()) > _QUESTION_WORDS or any(mark in asked for mark in '"\u201c\u201d.!') \
            or _ASKED_OF().search(asked) is None:
        return False  # (one sentence, the question alone: not "Her children are less sure. The verdict?")
    first = i
    while first > 0 and sentences[first - 1].region is region:
        first -= 1
    return first > 0 and people.named_in(sentences[first - 1].region.start, sentences[first - 1].region.end)


# ... the question asks what "she" or "he" does: "Will she sell?", "Does he regret it?"
_ASKED_OF = compiled_later(r"\b(?:she|he)\b")
_QUESTION_WORDS = 14  # an interviewer's question put in a paragraph of its own is short: "What changed?"
_QUESTION_REACH = 400  # characters: more than such a question holds
_BEAT_WORDS = 6  # ... and a beat after it short too: "A long pause.", "He thinks for a moment."
# A question about the one the story quotes, by a pronoun ("Does she worry about growing too fast?"), is put to
# them, though a paragraph of their story stands between it and their words.
_ASKED_ABOUT = compiled_later(r"\b(?i:she|he|her|his|him)\b")
_ASKED_ABOUT_REACH = 600


# A gesture that tags the words before it, as a profile writes it: "She laughs.", "Marsh shrugs.", "He pauses, then
# smiles." (a sentence of its own, short).
_BEAT_PRONOUNS = frozenset(("She", "He", "They"))
_BEAT = compiled_later(r"\s+(?P<who>She|He|They|[A-Z][\w'\u2019-]+) (?:laughs|laughed|smiles|smiled|shrugs|shrugged|"
                       r"sighs|sighed|grins|grinned|pauses|paused|nods|nodded|winces|winced|chuckles|chuckled|"
                       r"frowns|frowned|beams|beamed)\b[^.!?\"\u201c\u201d]{0,40}[.!?]")
# A reply's tag: '"We had no choice," came the reply.'
_CAME_THE_REPLY = compiled_later(r"\s*(?:came|was) (?:the|his|her|their) (?:reply|response|answer|retort)\b")
# ... and words given as someone's message or verdict, by their name: '"We will be back," was the message from
# owner Jo Roe', '"A disgrace," came the verdict of Cllr Ann Lee' (not "from one resident", who is unnamed).
_MESSAGE_FROM = compiled_later(r"\s*(?:came|was) (?:the|his|her|their) (?:message|verdict|reply|response|answer|"
                               r"warning|plea|view|reaction|word|assessment|retort|rallying cry) (?:from|of) "
                               r"(?:[a-z-]+ ){0,3}?(?:(?:Mr|Mrs|Ms|Dr|Cllr|Prof|Sir|Dame)\.? )?"
                               r"(?P<who>[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)+)(?=[,.;!?]|\s*\Z)")
# Who was asked, at the start of a sentence: "The mayor was asked about the closure."
_WAS_ASKED = compiled_later(r"\s*(?P<who>[^.!?;:\u201c\u201d\"]{1,60}?) (?:was|were|had been) asked\b")


def _the_one_asked(text: str, sentences: list[Sentence], i: int, q: Quotation,
                   subjects: _Subjects) -> Attribution | None:
    """The one the sentence before a reply's quotation (or its own) says was
    asked: "The mayor was asked about the closure." then '"...," came the reply'."""
    for s in sentences[max(0, i - 1):i + 1]:
        asked = _WAS_ASKED().match(text, s.start, q.start)
        if asked is not None:
            kind, words = subjects(asked["who"], s.start)
            if kind is not None:
                start = text.find(words, asked.start("who"), asked.end("who"))
                start = start if start != -1 else asked.start("who")
                return Attribution(q.start, q.start, kind, words, False, start, start + len(words))
    return None


# A statement's own tag: '"...," it said' after "The family issued a statement".
_IT_SAID = compiled_later(r"\s+it (?:said|says|added|adds|read|reads|stated|states|continued|went on|concluded|"
                          r"concludes|found|finds|warned|warns|noted|notes)\b")
# A piece of writing a source puts out, whose words "it" says: a statement, or a report by a body.
_STATEMENTS = "statement|letter|post|message|note|release|report|review|audit"
_A_STATEMENT = compiled_later(rf"\b(?:{_STATEMENTS}|e-?mail|tweet)\b")


def _statement_before(out: Sourcing, text: str, sentences: list[Sentence], i: int) -> Attribution | None:
    """The source of the statement one of the two sentences before puts out
    ("Her solicitor, Richard Bond, read a statement on her behalf.", "The
    family issued a statement."), whose words a quotation tagged "it said" are;
    or the body it came from or whose own pages it was put on ("a statement
    from the company expressed regret", "a statement posted on the union's
    website"), or that wrote its report ("The report, published by the
    National Audit Office," then '"...," it concluded')."""
    for s in reversed(sentences[max(0, i - 2):i]):
        if _A_STATEMENT().search(text, s.start, s.end) is not None:
            found = next((a for a in out.by_sentence.get(s.start, []) if a.kind != IMPERSONAL), None)
            if found is None and (body := _A_BODYS_STATEMENT().search(text, s.start, s.end)) is not None:
                whose = "from" if body["from"] else "on"
                found = Attribution(body.start(), body.end(), NAMED, body[whose], False, body.start(whose),
                                    body.end(whose))
            return found
    return None


# A statement from a body or put on its own pages, whose words are the body's: "a statement from the company",
# "posted on the union's website", "published on its Facebook page" (not "a statement from a spokesperson").
_WHOSE = r"the (?:[\w&'\u2019.-]+ ){0,3}?[\w&.-]+(?:'s|\u2019s)?|[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}(?:'s|\u2019s)?"
_A_BODYS_STATEMENT = compiled_later(
    rf"\b(?:{_STATEMENTS})s?,? "
    r"(?:(?:posted|published|issued|released|shared|put out|carried out|written) )?"
    rf"(?:(?:from|by) (?P<from>{_WHOSE})|on (?P<on>its|their|{_WHOSE}) (?:own )?(?:official )?"
    r"(?:(?:X|Twitter|Facebook|Instagram|LinkedIn|TikTok|YouTube|Threads|Bluesky|Telegram) )?"
    r"(?:website|web site|site|web page|page|account|feed|channel|blog))\b")


def _said_before(out: Sourcing, text: str, sentences: list[Sentence], i: int, q: Quotation,
                 people: _People, lexicon: Lexicon) -> Attribution | None:
    """The person the paragraph before a quotation ends by reporting, by name,
    when the quotation is all of its paragraph: "Kovac said the company would
    appeal." then '"We believe the ruling is wrong."' goes on with what she
    said. Not a body ("The company said ..."): its words are a statement's."""
    last = _last_before(text, sentences, i, q)
    if last is None or last.region.kind != PARAGRAPH:
        return None
    j = _index_of(sentences, last)
    for k in range(j, max(j - _SAID_REACH, -1), -1):  # its last source, in one of its last sentences: "Back then,
        if sentences[k].region is not last.region:    # he says, there were six cobblers. Now there is one."
            break
        found = [a for a in out.by_sentence.get(sentences[k].start, []) if a.kind not in (IMPERSONAL, THING)]
        if found:
            a = found[-1]
            named = a.kind == NAMED and (people.named_in(a.subject_start, a.subject_end) or (
                a.subject[:4] in ("The ", "the ") and _a_persons_role(a.subject, lexicon)
                and people.near(a.subject_start)))  # "The Spanish tactician", as a pronoun, comes back to the one
            # named before (not "The report")
            # before the last sentence, only reported words go on into the sentences after them (not a quotation's
            # tag: '"...," said Omar Haddad. The suit was filed in May.' ends his words)
            reported = k == j or not _QUOTE_MARK.search(text, sentences[k].start, sentences[k].end)
            return a if (a.verb in _SAID or a.verb in _STRESSED) and (named or a.kind == PRONOUN) and reported \
                else None
    return None


_QUOTE_MARK = re.compile(r"[\"\u201c\u201d]")


def _a_persons_role(subject: str, lexicon: Lexicon) -> bool:
    """Does a definite subject end in a person's role ("The Spanish tactician", "the mayor"), not a thing's?"""
    last = subject[subject.rfind(" ") + 1:].lower()
    return last in lexicon.person_nouns or last.endswith("ian")


# Verbs of saying with weight, whose words a quotation after them goes on with: "Pena highlighted the importance of
# staying humble." then '"We need to be humble."'
_STRESSED = frozenset("highlighted emphasised emphasized underlined reiterated".split())


# How far back in the paragraph before its last source is looked for.
_SAID_REACH = 3


def _last_in(out: Sourcing, sentences: list[Sentence], starts: list[int], i: int) -> Attribution | None:
    """The last source named before sentence i in the same paragraph. Not a
    group said to be divided: "The town is divided." has no one voice for the
    quotation after it to go on with."""
    region = sentences[i].region
    j = i - 1
    while j >= 0 and sentences[j].region is region:
        found = [a for a in out.by_sentence.get(starts[j], [])
                 if a.kind not in (IMPERSONAL, THING) and not a.verb.endswith(("divided", "split"))]
        if found:
            return found[0]
        j -= 1
    return None


# A speech tag right after a quotation that hands on to it with a comma, with a verb the lexicon does not
# list: '"...," Ana Ruiz fumed.', '"...," she whispered softly.', '"...," raved one fan.', '"...," chimed in
# Ruiz'; a song's words, '"...," she sings on the title track'. The verb is any word: the comma inside the
# quotation says a tag follows.
# Not a clause the quotation only stands before: '"...," and the crowd cheered'.
_TAG_WHO = (r"(?!(?:and|but|or|so|as|while|then|when|before|after|because)\b)"
            r"(?P<who>[^.,;:!?\u201c\u201d\"\s][^.,;:!?\u201c\u201d\"\n]{0,50}?)")
_TAG_DASH = compiled_later(
    rf"[ \t]*(?P<dash>[\u2014\u2013])[ \t]*{_TAG_WHO}(?:,[^.!?\n\u201c\u201d\"]{{1,60}})?[ \t]*(?:\.[ \t]*)?(?=\n|\Z)")
_TAG_SUBJECT_FIRST = compiled_later(
    rf"[ \t]*{_TAG_WHO}[ \t]+(?P<verb>(?:[a-z]+ed|began|spoke|wrote|sang|(?!(?:is|has|was|does)\b)[a-z]{{2,}}(?<!s)s)"
    r"(?: (?:in|up|out|back))?)"  # (a feature's present: '"...," she jokes', 'he shrugs'; not a noun's "boss")
    r"(?:[ \t]+[\w'\u2019-]+){0,5}[ \t]*(?:[.,;!?]|\Z)")  # '"...," Okafor grinned afterwards', 'she sighed softly'
_TAG_VERB_FIRST = compiled_later(
    # a determiner opens a subject; a copula no tag: '"Nothing to see here," was the official line'
    r"[ \t]*(?!(?:one|an?|the|another|some|his|her|their|its|my|our|is|was|are|were|became|becomes|remains|"
    r"remained|seemed|seems)\b)"
    rf"(?P<verb>[a-z]+(?: (?:in|up|out|back))?)[ \t]+{_TAG_WHO}[ \t]*(?:[.,;!?]|\Z)")


# How a letter or a statement runs on, quoted: '"Dear colleagues," the letter began, "the numbers do not add up."'
_A_TEXT_RUNS = frozenset("began begins opened opens ended ends closed closes".split())


def _tag_after(text: str, q: Quotation, sentence: Sentence, subjects: _Subjects, lex: _Compiled) -> Attribution | None:
    """The speaker of a tag after a quotation that ends with a comma, whatever
    its verb, or None. A full stop, question or exclamation mark with a
    lowercase word after it hands on too ('"Why?" she wondered aloud', and,
    wrongly punctuated, '"We lost." one fan groaned')."""
    dash = _TAG_DASH().match(text, q.end)
    if dash is not None:  # '"..." — coach Ana Ruiz', '"..." — one fan': a credit closing the paragraph
        kind, words = subjects(dash["who"], q.end)
        if kind is None or kind == THING:
            return None
        start = _start_of(text, dash.start("who"), dash.end("who"), words)
        return Attribution(dash.start("dash"), dash.end("dash"), kind, words, False, start, start + len(words),
                           dash["dash"])
    closing = text[q.inner_start:q.inner_end].rstrip()[-1:]
    if closing != "," and not (closing in ".!?" and text[q.end:q.end + 2].strip()[:1].islower()):
        return None
    for pattern in (_TAG_SUBJECT_FIRST, _TAG_VERB_FIRST):
        found = pattern().match(text, q.end)
        if found is None:
            continue
        kind, words = subjects(found["who"], q.end)
        if kind is None or (kind == THING and found["verb"] not in _A_TEXT_RUNS) or (
                kind == NAMED and pattern is _TAG_VERB_FIRST and words.islower()):
            continue  # '"...," painted on the wall': a thing, not a body the story named (a text may: '"Dear
            # colleagues," the letter began')
        start = _start_of(text, found.start("who"), found.end("who"), words)
        justified = kind in (PERSON, GROUP) and \
            lex.reasons.pattern.search(text[sentence.start:sentence.end].lower()) is not None
        return Attribution(found.start("verb"), found.end("verb"), kind, words, justified, start, start + len(words),
                           found["verb"])
    return None


def _own(out: Sourcing, sentence: Sentence, q: Quotation, sentences: list[Sentence], i: int,
         text: str, in_order: dict[int, tuple[list[int], list[Attribution]]]) -> Attribution | None:
    """The attribution of the sentence(s) a quotation stands in: the first,
    unless it stands in a relative clause and a later verb introduces the
    quotation ('The minister, who critics say has failed, said: "..."'), a
    later one before the quotation opens a clause of its own ("I asked the
    council why; a spokesperson pointed to "...""), or a tag right after it
    ('..., "...," Ruiz said'). In a run-on "sentence" of many attributions,
    only those near the quotation are read (`in_order` keeps each one's,
    sorted by where they end): reading all of them for each quotation would
    take time in the square of its length."""
    first = None
    for j in range(i, len(sentences)):  # (by index: a slice of the rest would copy it for each quotation)
        s = sentences[j]
        if s.start >= q.end and s is not sentence:
            break
        found = out.by_sentence.get(s.start, [])
        if len(found) > _MANY_ATTRIBUTIONS:
            if (ordered := in_order.get(s.start)) is None:
                by_end = sorted(found, key=lambda a: a.end)
                ordered = in_order[s.start] = ([a.end for a in by_end], by_end)
            ends, by_end = ordered
            found = by_end[bisect.bisect_left(ends, q.start - _SUBJECT_REACH):
                           bisect.bisect_right(ends, q.end + _SUBJECT_REACH)]
        for a in found:
            if a.kind == IMPERSONAL:
                continue
            if first is None:
                first = a
            elif first.end <= q.start and (0 <= a.subject_start - q.end <= 3 or 0 <= a.start - q.end <= 3) and \
                    text[q.inner_start:q.inner_end].rstrip()[-1:] in (",", "?", "!"):
                return a  # 'Researchers believe it was owned by someone "with a taste for Homer," Mr Thomas said'
            elif a.end <= q.start and (_NEW_CLAUSE.search(text, first.end, a.subject_start) or (
                    0 <= q.start - a.end <= 3 and text[a.end:q.start].strip() in ("", ":", ",")
                    and _RELATIVE_BEFORE.search(text, max(0, first.subject_start - 8), first.subject_start))):
                first = a
    return first


_MANY_ATTRIBUTIONS = 40  # more in one sentence than any real one holds: a run-on "sentence"
# A relative pronoun right before a subject: "The minister, who critics say has failed, said".
_RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|which|that)\s+\Z")
# Where one clause ends and another with its own subject begins.
_NEW_CLAUSE = re.compile(r";|\s[\u2014\u2013]\s|, (?:but|and|while|whereas|though) ")


_BACK_REFERENCE = re.compile(
    r"\s*(?:those|these|the|that|this|his|her|such)(?: (?:was|were|is|are) (?:the|his|her|their|"
    r"[\w.-]+(?: [\w.-]+)?['\u2019]s))?"  # "That was Smith's verdict", "That is Jane Hale's view"
    r" (?:words|remarks?|comments?|lines?|quote|message|verdict|warning|response|reply|answer|view)\b"
    r"|\s*(?:that|this) (?:was|is) how\b", re.IGNORECASE)  # "That was how Jo Roe summed up the season"


# Nouns for someone's words: "Her message was simple:" is hers, "The answer was simple:" nobody's.
_WORDS_OF = frozenset("""message verdict answer reply response warning advice words remarks remark comments comment
    plea retort promise""".split())
# A lead-in before a colon, or a question the quotation answers, that says whose words follow: "Her message to
# residents was simple:", "Ruiz's reply:", "Their verdict was blunt:", "Her son's verdict?", a role's: "The
# mayor's message was simple:".
_LEAD_IN = re.compile(
    r"\s*(?P<whose>(?P<who>(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir) (?:[\w-]+ ){0,2}?[\w-]+)(?:'s|\u2019s)"
    r"|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'\u2019-]*(?:'s|\u2019s))(?: [\w-]+){0,2}? "
    rf"(?:{'|'.join(sorted(_WORDS_OF))})\b"
    r"[^.!?:\u201c\u201d\"]{0,40}[:?]\s*\Z")


# How someone spoke, or what words they had, said of them before their quotation: 'Ruiz was blunt', 'The
# letter was stark', 'The mayor had a simple message for residents', 'Ruiz had this to say', 'Hart agrees',
# 'Lee spoke to reporters', 'he set out his reasoning'.
_MANNER = (
    r"\s*(?P<who>[^.!?:;\u201c\u201d\"]{1,120}?)\s+(?:(?:was|is|were|are|had been|has been|sounded|remains|remained)"
    r"(?: not| \w+ly| equally| just as| even)? (?:blunt|clear|stark|simple|direct|short|brief|frank|candid|succinct|"
    r"emphatic|defiant|unequivocal|categorical|scathing|withering|plain|explicit|firm|upbeat|optimistic|cautious|"
    r"philosophical|unapologetic|unrepentant|adamant|resolute|forthright|defensive|convinced|unconvinced|"
    r"unimpressed|sceptical|skeptical|unmoved|undeterred|unfazed|pessimistic|hopeful|full of (?:praise|criticism|"
    r"admiration|regret)|in no doubt|in (?:a|an) [\w-]+ mood)"
    r"|had (?:a|an|one|this|some) (?:[\w-]+ )?(?:message|warning|answer|reply|verdict|plea|request|prediction|"
    r"promise|question)|had this to say|agrees|agreed|disagrees|disagreed"
    # what they set out or gave: "he set out his reasoning", "she made her case", "Ruiz struck a defiant tone"
    r"|(?:set|sets|laid|lays|spelled|spelt|spells) out (?:his|her|their|the) (?:reasoning|case|argument|position|"
    r"view|views|thinking|vision|plans?|priorities|concerns?|objections?)|(?:made|makes) (?:his|her|their) case"
    r"|(?:gave|gives) (?:his|her|their) (?:verdict|reasons?|view|views|account|reaction|assessment)"
    r"|summed (?:it )?up|(?:struck|strikes) an? [\w-]+ (?:tone|note)"
    # what they delivered: "the judge delivered words that froze the room", "she uttered a warning"
    r"|(?:delivered|delivers|uttered|utters) (?:a|an|the|his|her|their|these|those|this|words)\b"
    # that they spoke: "Ann Lee spoke to reporters outside the court." then '"I'm relieved."'
    r"|spoke|speaks|talked|addressed (?:reporters|journalists|the (?:media|press|crowd|meeting|rally))"
    # or how they looked as they did, in a profile's present: "Asked what she will do with the prize, she laughs."
    r"|laughs|laughed|smiles|smiled|shrugs|shrugged|sighs|sighed|grins|grinned|winces|winced|nods|nodded|frowns|"
    r"frowned|chuckles|chuckled|pauses|paused|hesitates|hesitated)"
    r"\b[^.!?:\u201c\u201d\"]{0,40}")
# Such a lead-in before a colon ('Ruiz was blunt: "..."'), or as the last sentence of the paragraph before a
# quotation that is all of its own ('She was blunt about it.' then '"He is too old to row."'). Looked for only
# where nothing else attributes a quotation: as one of the verbs, it would cost a look at every "was".
_manner = compiled_later(_MANNER + r":\s*\Z")
_manner_closing = compiled_later(_MANNER + r"[.!]\s*\Z")


def _manner_source(text: str, manner: re.Match[str], subjects: _Subjects, lexicon: Lexicon, lex: _Compiled,
                   sentence_start: int, quote_start: int) -> Attribution | None:
    """The source a manner lead-in names: its subject, classified as a verb's
    is ("Ruiz", "The letter, signed by 40 doctors", "she", "One resident");
    None when it names nobody: words with no owner ("The answer was
    simple:"), "it"."""
    kind, words = subjects(manner["who"], sentence_start)
    low = words.lower().split()
    if kind is None or not low or low[-1] in _WORDS_OF or low in (["it"], ["this"], ["that"]):
        return None
    if kind == ROLE:
        kind = _role_kind(words, lexicon, subjects.mentioned, sentence_start)  # "the official was blunt:"
    start = text.find(words, manner.start("who"), manner.end("who"))
    start = start if start != -1 else manner.start("who")
    justified = lex.reasons.pattern.search(text[sentence_start:quote_start].lower()) is not None
    return Attribution(quote_start, quote_start, kind, words, justified, start, start + len(words))


def _a_name(subject: str, subjects: _Subjects, lexicon: Lexicon) -> bool:
    """Does a subject name a speaker: open with a name ("Hale", written so
    inside a sentence elsewhere) or end in a person's role ("The mayor"), not
    a thing ("The plan")?"""
    words = subject.split()
    if not words:
        return False
    first = words[0].strip(",.")
    return words[-1].lower() in lexicon.person_nouns or (
        first.lower() not in _DETERMINERS and subjects.proper(first, False))


def _named_after(text: str, sentences: list[Sentence], i: int, q: Quotation, lexicon: Lexicon) -> bool:
    """Does the sentence after a quotation that opens its paragraph say whose
    its words were, there or at the start of the next paragraph ("Those words,
    from Kestrel's chief executive, Graham Outhwaite, ...", "That was the
    message from Mayor Ana Ruiz", "So says Ruiz, who ...", "That was how Ruiz put it")?"""
    first = _sentence_after_opening(text, sentences, i, q)
    return first is not None and (_BACK_REFERENCE.match(first) is not None or first.startswith(
        ("So says ", "So said "))) and any(w[:1].isupper() for w in first.split()[2:])


def _sentence_after_opening(text: str, sentences: list[Sentence], i: int, q: Quotation) -> str | None:
    """The sentence right after a quotation that opens its paragraph, if any."""
    first = sentences[i]
    if first.start != first.region.start or q.start - first.start > 3 or text[first.start:q.start].strip():
        return None  # most quotations: something before them in the paragraph
    j = next((k for k in range(i, len(sentences)) if sentences[k].start >= q.end), len(sentences))
    if j >= len(sentences) or sentences[j].start - q.end > 80:
        return None
    return text[sentences[j].start:sentences[j].end]


# A quotation the next sentence calls a line of a text: "Few lines are better known", "The opening line of ...".
# Not a bare "The line", which may be a speech's: '"...". The line drew cheers.'
_A_LINE = compiled_later(r"(?:(?i:few|no) lines|(?i:the|that|those|these|its|this)(?: (?:famous|opening|closing|"
                         r"first|last|best-known|immortal) lines?| (?:[a-z-]+ )?(?:lyrics?|verses?|couplets?|"
                         r"stanzas?)))\b")


# A name of one word opening a sentence, with its verb, that goes on with a gendered possessive or reflexive.
_ONE_NAME_OPENING = compiled_later(r"([A-Z][a-z\u00e0-\u00ff'\u2019-]+) [a-z]+\b[^.!?\n\"\u201c\u201d]{0,100}?"
                                   r"\b(?:her|his|herself|himself)\b")
# ... or with a verb in the singular, whom a role with an age takes up soon after ("Beyonce will headline
# Glastonbury." then "The singer, 45, last played ..."; "Rodri has signed." then "The 28-year-old midfielder").
_ONE_NAME_SINGULAR = compiled_later(r"([A-Z][a-z\u00e0-\u00ff'\u2019-]+) (?:has|had|is|was|will|would|says|said|"
                                    r"[a-z]+ed)\b")
# ... or with a person's apposition after it, as a feature names someone by first name only ("Helen, a volunteer
# who has answered calls here for nine years, picks it up"; not "Leeds, a city of 800,000").
_ONE_NAME_APPOSED = compiled_later(
    r"([A-Z][a-z\u00e0-\u00ff'\u2019-]+), (?:who|whose\b|(?:an?|the) (?:[\w-]+ ){0,3}?(?:volunteer|nurse|teacher|"
    r"doctor|carer|student|pupil|mother|father|grandmother|grandfather|widow|widower|pensioner|resident|worker|"
    r"driver|farmer|fisherman|manager|owner|engineer|mechanic|cleaner|porter|paramedic|midwife|chef|waitress|"
    r"waiter|barman|barmaid|labourer|builder|soldier|veteran|survivor|refugee|migrant|lawyer|priest|vicar|"
    r"shopkeeper|landlady|landlord|tenant|neighbour|neighbor|son|daughter|wife|husband|sister|brother)\b)")
_ROLE_WITH_AGE = compiled_later(r"\b[Tt]he (?:(?:[a-z-]+ ){0,2}?[a-z-]+, \d{1,3},|\d{1,3}-year-old\b)")
_ROLE_REACH = 300  # characters after the name: its sentence and the next one or two
# Words that open sentences and name nobody.
_NOT_ONE_NAME = PRONOUNS | CLAUSE_OPENERS | SENTENCE_OPENERS | SMALL_WORDS | _BODIES


class _People:
    """The draft's name runs, found only when a quotation's source is sought
    among them (most quotations carry their own attribution)."""

    def __init__(self, text: str, find: Callable[[], list[tuple[int, int]]], sentences: list[Sentence]) -> None:
        self.text, self._find, self.sentences = text, find, sentences
        self._named_from: dict[int, tuple[int, int | None]] = {}  # start -> (read up to, where a person is named)

    @cached_property
    def runs(self) -> list[tuple[int, int]]:
        found = self._find()
        return sorted(set(found) | set(self._one_names)) if self._one_names else found

    @cached_property
    def _one_names(self) -> list[tuple[int, int]]:
        """Names of one word opening a sentence that goes on with "her" or "his", as a singer or a player is
        known ("Adele has announced her first tour"), or whose verb is in the singular and whom a role with an age
        soon takes up ("The singer, 45,"): the name runs leave a sentence's first word out. Not a word the draft
        writes in lowercase too ("Police found his car"), a plural ("Officers found his car"), nor a pronoun or an
        opener."""
        text, found = self.text, []
        for sentence in self.sentences:  # tried at each sentence's start, not searched for through the text
            m = _ONE_NAME_OPENING().match(text, sentence.start, sentence.end) or \
                _ONE_NAME_APPOSED().match(text, sentence.start, sentence.end) or (
                (m := _ONE_NAME_SINGULAR().match(text, sentence.start, sentence.end)) and
                _ROLE_WITH_AGE().search(text, m.end(), m.end() + _ROLE_REACH) and m)
            if m and (low := m[1].lower()) not in _NOT_ONE_NAME and low[-1] != "s" and text.find(low) == -1:
                found.append(m.span(1))
        return found

    @cached_property
    def _known_by_one_name(self) -> frozenset[int]:
        return frozenset(start for start, _ in self._one_names)

    @cached_property
    def starts(self) -> list[int]:
        return [s for s, _ in self.runs]

    @cached_property
    def surnames(self) -> frozenset[str]:
        """The last words of the multi-word names in a draft: "Brekke" after
        "Sunniva Brekke" is a person."""
        names = (_without_post_nominals(self.text[s:e].split()) for s, e in self.runs)
        return frozenset(words[-1] for words in names if len(words) >= 2)  # "Shah" after "Nina Shah KC" too

    def is_person(self, start: int, end: int) -> bool:
        """A name of two or more words, the surname of one, a name with an
        age after it ("Ruiz, 54,") or one given as someone's ("a nurse called Becky"), or as the name a
        court or a story gives someone it protects ("The witness, identified only as Witness 14")."""
        words = self.text[start:end].split()
        if len(words) >= 2 and words[-1].lower() in _NO_ONES_HEAD:
            return False  # "the London Marathon", "Wembley Stadium", "the Darven Valley": no one a pronoun refers to
        return len(words) >= 2 or start in self._known_by_one_name or words[-1] in self.surnames or \
            AGE_AFTER.match(self.text, end) is not None or (
            self.text[max(0, start - 10):start].endswith((" called ", " named ", " known as "))
            and _CALLED_BEFORE().search(self.text, max(0, start - 40), start) is not None) or \
            _KIN_BEFORE().search(self.text, max(0, start - 40), start) is not None or (
            self.text.startswith(" as ", start - 4)
            and _DESIGNATED_BEFORE().search(self.text, max(0, start - 30), start) is not None)


    def near(self, offset: int) -> bool:
        """Is a person named within a pronoun's reach before `offset`?"""
        j = bisect.bisect_left(self.starts, offset) - 1
        while j >= 0 and offset - self.runs[j][0] < _NAME_REACH:
            if self.is_person(*self.runs[j]):
                return True
            j -= 1
        return False

    def named_in(self, start: int, end: int) -> bool:
        """Is a person named in text[start:end] (the paragraph before a quotation)?
        A surname alone opening a sentence counts too ("Ruiz did not hold
        back."), though the name runs leave out one word there. Read on from
        where the last question from the same `start` stopped: a paragraph of
        many quotations is asked about once for each, and read once."""
        read_to, found = self._named_from.get(start, (start, None))
        if found is not None or end <= read_to:
            return found is not None and found < end
        found = self._first_named(start, read_to, end)
        self._named_from[start] = (end, found) if found is None else (read_to, found)
        return found is not None

    def _first_named(self, start: int, lo: int, hi: int) -> int | None:
        """Where the first person named in text[lo:hi] is, if any (a surname alone opening a sentence read from
        `start`, where the text looked at begins)."""
        i, first = bisect.bisect_left(self.starts, lo), None
        while i < len(self.runs) and self.runs[i][0] < hi:
            if self.is_person(*self.runs[i]):
                first = hi = self.runs[i][0]  # a surname alone is looked for before it only
                break
            i += 1
        text = self.text
        for word in self.opening_surnames:
            at = text.find(word, lo, hi)
            while at != -1:
                if self._opens_alone(word, at, start):
                    first = hi = at  # the first so far: later words are looked for before it
                    break
                at = text.find(word, at + 1, hi)
        return first

    def opening_surname_before(self, offset: int) -> tuple[int, int] | None:
        """The last surname within a pronoun's reach before `offset` that opens a sentence alone ("Brekke said the
        team had ...", which the name runs leave out)."""
        text, start, found = self.text, max(0, offset - _NAME_REACH), None
        for word in self.opening_surnames:
            at = text.rfind(word, start, offset)
            while at != -1 and not self._opens_alone(word, at, start):
                at = text.rfind(word, start, at)
            if at != -1 and (found is None or at > found[0]):
                found = (at, at + len(word))
        return found

    def _opens_alone(self, word: str, at: int, start: int) -> bool:
        """Is `word` at `at` a whole word opening a sentence (or `start`, where the text looked at begins)?"""
        text = self.text
        after = text[at + len(word):at + len(word) + 1]
        if after.isalnum() or after == "-":
            return False
        k = at
        while k > start and text[k - 1] in " \t":
            k -= 1  # past the spaces an HTML page's markup leaves before a paragraph
        return k == start or text[k - 1] == "\n" or (k < at and text[k - 1] in ".!?")

    @cached_property
    def opening_surnames(self) -> frozenset[str]:
        """The surnames that may open a sentence alone: not a body's last word
        ("Office" after "Met Office") nor one the draft also writes in
        lowercase, a common noun ("Power" beside "power" or "powers")."""
        return frozenset(w for w in self.surnames if w.lower() not in _BODIES and w[:1].isupper()
                         and _first_word(self.text, w.lower()) == -1)  # (str.find: no pattern per surname)


def _without_post_nominals(words: list[str]) -> list[str]:
    """A name's words without the letters after it: "Nina Shah KC" is Nina Shah, "Tom Roe MBE" Tom Roe."""
    while len(words) > 2 and words[-1].rstrip(".,") in _POST_NOMINALS:
        words = words[:-1]
    return words


_POST_NOMINALS = frozenset("KC QC MP MSP MS MLA MEP MBE OBE CBE KBE DBE Jr Sr II III PhD FRS".split())


def _unnamed_before(text: str, sentences: list[Sentence], i: int, speaker: Attribution | None, people: _People,
                    lexicon: Lexicon, lex: _Compiled, pronoun: str) -> Attribution | None:
    """The unnamed person or group the sentence before a quotation opens with,
    in the same paragraph ("A man who lives near the plant was angry.", "One
    nurse spoke to reporters.", "Residents were angry." before "they said"),
    or as the last of the paragraph before ("One cafe owner said she had lost
    takings." before a paragraph '"...," she said'): the pronoun that
    attributes the quotation is theirs, whoever the story named earlier.
    Not when that sentence names someone or whom they speak for ("a
    spokeswoman", "a lawyer for the family"), nor when the paragraph's
    speaker came after it."""
    if i == 0:
        return None
    before = sentences[i - 1]
    if before.region is not sentences[i].region and not (
            before.region.kind == sentences[i].region.kind == PARAGRAPH and before.end == before.region.end):
        return None  # a quotation that opens a paragraph may be that of the one the last paragraph ended on
    if speaker is not None and speaker.start > before.start:
        return None
    words = text[before.start:before.end].split(None, 6)[:6]
    if len(words) < 3 or people.named_in(before.start, before.end):
        return None
    if f", {pronoun.lower()} " in text[before.start:before.end]:
        return None  # "A former journalist who moved here, she had been following it": an aside on whoever she is
    if pronoun.lower() in _OF_A_SEX:
        said = f" {text[before.start:before.end].lower()} "
        if any(w in said for w in _OF_A_SEX[pronoun.lower()][1]) and \
                not any(w in said for w in _OF_A_SEX[pronoun.lower()][0]):
            return None  # "One customer leaves a note with a clue she cannot get." then '"...," he admits': another
    justified = lex.reasons.pattern.search(text[before.start:before.end].lower()) is not None
    found = _unnamed_opening(words, lexicon, pronoun.lower(), justified)
    if found is None:
        return None
    kind, n = found
    end = before.start + len(" ".join(words[:n + 1]).rstrip(","))
    return Attribution(before.start, end, kind, text[before.start:end], justified, before.start, end)


def _unnamed_opening(words: list[str], lexicon: Lexicon, pronoun: str, justified: bool) -> tuple[str, int] | None:
    """The kind of unnamed speaker a sentence's first words name, and the index
    of its noun: one person ("A man", "One nurse"; "The midwife" too when the
    sentence says why she is not named) or, for "they", a group ("Residents",
    "Several parents"). "She" is no man's, "he" no woman's."""
    if pronoun == "they":
        n = 1 if words[0].lower() in _QUANTIFIERS else 0
        noun = words[n].lower()
        if (n == 0 or words[n].islower()) and noun.isalpha() and noun not in lexicon.person_nouns and \
                (_is_group(noun, lexicon) or noun in lexicon.actors) and noun not in _QUANTIFIERS:
            return (ACTORS if noun in lexicon.actors and n == 0 else GROUP), n
        return None
    if words[0] not in ("A", "An", "One") and not (justified and words[0] == "The"):
        return None
    for n, word in enumerate(words[1:5], 1):
        if not word.islower() and not word[0].isdigit():
            return None  # a name, or a word that opens one: "A Labour official"
        word = word.rstrip(",")  # "The midwife, who asked not to be named, said"
        if word in lexicon.person_nouns:
            if word in _SPOKESPEOPLE or words[n + 1:n + 2] in (["for"], ["at"], ["representing"]):
                return None  # "A spokeswoman for the council declined to comment": whose voice, the story said
            if word in (_MALE if pronoun == "she" else _FEMALE if pronoun == "he" else ()):
                return None
            return PERSON, n
    return None


# A pronoun's own forms and the other sex's, by which a sentence tells whom it is about.
_OF_A_SEX = {"he": ((" he ", " his ", " him "), (" she ", " her ")),
             "she": ((" she ", " her "), (" he ", " his ", " him "))}
# Person nouns of one sex: "A man ... she said" speaks of someone else.
_MALE = frozenset("man boy father husband son brother grandfather uncle businessman policeman fisherman".split())
_FEMALE = frozenset(
    "woman girl mother wife daughter sister grandmother aunt businesswoman policewoman fisherwoman".split())


# How far back a pronoun finds the person it refers to.
_NAME_REACH = 800
# How far a pronoun's speaker carries from one quotation to the next, with no one else named between them.
_CHAIN_REACH = 2000


# A pronoun's object form, right after a verb of saying: the one spoken to ("asked him", "told her").
_OBJECT_OF = {"he": " him", "she": " her"}


def _resolve(pronoun: Attribution, speaker: Attribution | None, offset: int, people: _People) -> Attribution | None:
    """A pronoun refers to the person named most recently before it, nearby (a
    name of two or more words, or the surname of one), unless a source was
    named after that person; then it refers to that source, named or not, and
    carries its reason for anonymity."""
    names = people.runs
    j = bisect.bisect_left(people.starts, offset) - 1
    person = None
    while j >= 0 and offset - names[j][0] < _NAME_REACH:
        if people.is_person(*names[j]):
            person = names[j]
            break
        j -= 1
    opening = people.opening_surname_before(offset)  # "Brekke said ...", a surname opening a sentence alone
    if opening is not None and (person is None or opening[0] > person[0]):
        person = opening
    # The speaker is this person unless an unnamed source came after the
    # name (an appositive "Kate Lindahl, a database engineer" is hers), or
    # that source spoke to the one the pronoun is ('one customer asked him.
    # "...," he told her': he is the one asked, not the customer).
    if person is not None and (speaker is None or speaker.subject_start < person[0] or
                               speaker.subject_start - person[1] <= 3 or
                               people.text.startswith(_OBJECT_OF.get(pronoun.subject.lower(), "\0"), speaker.end)):
        return _replace(pronoun, NAMED)
    if speaker is not None:
        return Attribution(pronoun.start, pronoun.end, speaker.kind if speaker.kind != PRONOUN else NAMED,
                           speaker.subject, speaker.justified or pronoun.justified, speaker.subject_start,
                           speaker.subject_end, speaker.verb)
    return None  # "she said" with nobody before it: no source at all
