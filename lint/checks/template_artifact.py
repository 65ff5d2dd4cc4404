"""The `template-artifact` kind: SEO and generator scaffolding left in a story.

- `headings`: headings (or run-in labels) a content template adds, such as
  "Evergreen Insights", "Key Takeaways", "Frequently Asked Questions";
- `openers`: sentence openers of generated text, such as "In conclusion,";
- `stray_questions`: a paragraph that is a single question and is followed by
  a heading, the end of the article or another such question, not by an
  answer: an FAQ prompt with no Q&A around it;
- `citation_markers`: a wiki's reference markers pasted with its text
  ("passed in 2019.[1]", "[citation needed]");
- `assistant_phrases`: what a chat assistant says of itself or to its user,
  anywhere in a paragraph outside a quotation ("As an AI language model",
  "I hope this helps");
- `placeholders`: the blanks a template or an assistant leaves for its user to
  fill ("[Insert quote from mayor]", "Lorem ipsum"), anywhere in a paragraph,
  and (unless the list is empty) any blank named by what goes in it ("[City
  Name]", "[Location]");
- `template_variables`: a template's variables left unfilled
  ("{{council_website}}", "{% if city %}", "${city}").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from ..diagnostics import Finding
from ..model.types import BOILERPLATE, BYLINE, HEADING, LABEL, PARAGRAPH
from .contract import BOOL, TEXTS, ActiveRule, Context, Kind, Param
from .phrases import PhraseMatcher

_REPORTED = re.compile(r"\b(?:asked|asks|wondered|wonders|said|says)\b")
# A run of reference markers set against a word, a number or a mark: "2019.[1]", "law[2][3]". Not "[sic]",
# an editor's "[the council]", nor a Markdown reference link's "[text][1]" (a bracket before the run).
# The bracket comes first, its lookbehind after: the regex engine then jumps from bracket to bracket.
_CITATION = re.compile(r"\[(?<=[\w.,;:!?\"\u201d')]\[)(?:\d{1,3}|citation needed|clarification needed|when\?|who\?|"
                       r"by whom\?|edit)\](?:\[(?:\d{1,3}|citation needed)\])*")

# A template language's variable or tag: "{{council_website}}", "{{ city.name }}", "{% if city %}", "${city}".
_VARIABLE = re.compile(r"\{\{\s*[A-Za-z_][\w.|]*\s*\}\}|\{%[^%{}]{1,60}%\}|\$\{[A-Za-z_][\w.]*\}")
# A blog platform's shortcode left in the copy: "[post_ads]", "[ad_slot_2]", '[caption id="attachment_12"]',
# "[/caption]", an ad plugin's "[ad#Google Mobile]" (a name with an underscore, one with an attribute, or a closing
# tag; not an editor's "[sic]" or "[the council]").
# What a placeholder is, said in its finding: most are a template's blanks; what a page's email protection shows a
# scraper in place of an address is where the address was.
_UNFILLED = "a placeholder left unfilled, not news"
_BLANKS = {"[email protected]": "what the page showed in place of an email address, not the address"}
# A blank a template names by what goes in it, in title case or capitals: "[City Name]", "[EXPERT NAME]",
# "[Location]" (not an editor's "[Kansas City]" or "[Johnson]", which fill a gap rather than leave one).
_NAMED_BLANK = re.compile(r"\[(?:(?:[A-Z][a-z]+ ){0,2}(?:Name|Number)|(?:[A-Z]+ ){0,2}(?:NAME|NUMBER)|Location|"
                          r"LOCATION|City|CITY|Town|TOWN|Country|COUNTRY|State|STATE|Date|DATE|Link|LINK|URL|Source|"
                          r"SOURCE|Quote|QUOTE|Company|COMPANY|Organi[sz]ation|ORGANI[SZ]ATION|Website|WEBSITE|Email|"
                          r"EMAIL|Address|ADDRESS)\]")
_SHORTCODE = re.compile(r"(?<!\w)\[(?:/?[a-z]+_[a-z0-9_]+(?:\s[^\]\n]{0,200})?|[a-z]+\s[a-z_]+=[^\]\n]{0,200}"
                        r"|ad#[^\]\n]{1,60})\]|\[/[a-z]+\]")  # (a closing tag is run into the text it closes)

if TYPE_CHECKING:
    from ..model.document import Document


class Template(NamedTuple):
    headings: PhraseMatcher
    openers: PhraseMatcher
    stray_questions: bool
    citation_markers: bool
    assistant: PhraseMatcher
    placeholders: PhraseMatcher
    named_blanks: bool
    template_variables: bool


def prepare(params: dict) -> Template:
    return Template(
        PhraseMatcher(params["headings"], phrases_key="headings"),
        PhraseMatcher(params["openers"], phrases_key="openers"),
        params["stray_questions"],
        params["citation_markers"],
        PhraseMatcher(params["assistant_phrases"], phrases_key="assistant_phrases"),
        PhraseMatcher(params["placeholders"], phrases_key="placeholders"),
        bool(params["placeholders"]),
        params["template_variables"],
    )


def check(doc: Document, rule: ActiveRule, ctx: Context) -> Iterator[Finding]:
    state: Template = rule.state
    message = rule.spec.message
    regions = [r for r in doc.regions if r.kind not in (BOILERPLATE, BYLINE)]
    headings = dict(state.headings.scan(doc, {HEADING, LABEL}))  # start -> end of each phrase found
    openers = dict(state.openers.scan(doc, {PARAGRAPH}))
    variables = state.template_variables and "{" in doc.masked  # most drafts have no brace: one scan, not one a block
    shortcodes = state.template_variables and "[" in doc.masked
    # (blanks named by what goes in them, "[City Name]", go with the listed placeholders: none when the list is)
    named_blanks = state.named_blanks and "[" in doc.masked
    blanks: set[int] = set()  # where the listed placeholders start, each reported once
    if PARAGRAPH in rule.scopes:
        for first, last in state.assistant.scan(doc, {PARAGRAPH}):
            if doc.quotation_at(first) is None:  # not a story about chatbots quoting one
                yield Finding(first, last, message.format(
                    what=f'"{doc.text[first:last]}" is a chat assistant talking, not news'))
        for first, last in state.placeholders.scan(doc, {PARAGRAPH}):
            blanks.add(first)
            if doc.quotation_at(first) is None:
                if doc.text.startswith("[", first) and doc.text[last - 1] != "]" and \
                        0 <= (close := doc.text.find("]", last, last + 80)) and "\n" not in doc.text[last:close]:
                    last = close + 1  # the whole blank: "[INSERT NAME]" (not on to the next: "[Date]. Ask [X]")
                blank = doc.text[first:last]
                yield Finding(first, last, message.format(what=f'"{blank}" is {_BLANKS.get(blank.lower(), _UNFILLED)}'))
    for i, region in enumerate(regions):
        if region.kind in (HEADING, LABEL):
            end = headings.get(region.start)
            if end is not None:  # the heading starts with it
                yield Finding(region.start, end, message.format(
                    what=f'"{doc.text[region.start:end]}" is a content-template heading, not news'))
        elif region.kind == PARAGRAPH and region.kind in rule.scopes:
            sentences = doc.sentences_in(region)
            for s in sentences:
                end = openers.get(s.start)
                if end is not None:
                    yield Finding(s.start, end, message.format(
                        what=f'"{doc.text[s.start:end]}" is how generated text opens or wraps up, not news'))
            following = regions[i + 1] if i + 1 < len(regions) else None
            if state.stray_questions and i and _stray_question(doc, region, sentences, following):
                # (not the draft's first line, its headline asked: "Is this the end of the high street?" over its
                # date line)
                yield Finding(region.start, region.end, message.format(
                    what="a stray question line with no answer after it (an FAQ or SEO prompt)"))
            if state.citation_markers:
                for m in _CITATION.finditer(doc.masked, region.start, region.end):
                    yield Finding(m.start(), m.end(), message.format(
                        what=f'the reference marker "{m.group()}", pasted from a wiki'))
            if variables:
                for m in _VARIABLE.finditer(doc.masked, region.start, region.end):
                    yield Finding(m.start(), m.end(), message.format(
                        what=f'the template variable "{m.group()}", left unfilled'))
            if shortcodes:
                for m in _SHORTCODE.finditer(doc.masked, region.start, region.end):
                    yield Finding(m.start(), m.end(), message.format(
                        what=f'the blog platform\'s shortcode "{m.group()}", left in the copy'))
            if named_blanks:
                for m in _NAMED_BLANK.finditer(doc.masked, region.start, region.end):
                    if m.start() not in blanks and doc.quotation_at(m.start()) is None:
                        yield Finding(m.start(), m.end(), message.format(what=f'"{m.group()}" is {_UNFILLED}'))


def _stray_question(doc, region, sentences, after) -> bool:
    if len(sentences) != 1 or not doc.masked[region.start:region.end].rstrip(" \u201d\"'").endswith("?"):
        return False
    if region.start > 0 and re.match(r"\s*(?:Q|Question)\s*[:.]", doc.masked[region.start:region.end]):
        return False  # an interview's question
    question = doc.masked[region.start:region.end].rstrip()
    if any(q.depth == 0 and q.start <= region.end and q.end >= region.start + len(question)
           for q in doc.quotations if q.start >= region.start):
        return False  # a quoted question ends the story: 'Roe asked: "Who will pay for this?"'
    if _REPORTED.search(question):
        return False  # someone asked it: "Who will pay, she asked?" is reported speech
    if (colon := question.find(": ")) != -1 and len(question[:colon].split()) >= 8:
        return False  # the writer's own, set up by a clause of theirs: "Next time a candidate promises you a
        # bypass, ask them a simpler question: when does the last bus leave?" (not a label: "Price outlook: will
        # it rise?")
    return after is None or after.kind == HEADING


KIND = Kind("template-artifact", check, prepare=prepare, fields=frozenset({"what"}),
            params={"headings": Param(TEXTS, []), "openers": Param(TEXTS, []), "stray_questions": Param(BOOL, True),
                    "citation_markers": Param(BOOL, True), "assistant_phrases": Param(TEXTS, []),
                    "placeholders": Param(TEXTS, []), "template_variables": Param(BOOL, True)})
