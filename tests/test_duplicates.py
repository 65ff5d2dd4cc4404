"""duplicate-text: a headline repeated as a body line, a paragraph repeated, a
sentence repeated; and the repeats a story is allowed."""

from __future__ import annotations

import pytest

import lint
from conftest import flagged

RULE = "duplicate-text"


@pytest.mark.parametrize("text, format, expected", [
    ("---\ntitle: Ferry contract delayed again\n---\n\nFerry contract delayed again\n\nThe board met on Monday.\n",
     "markdown", ["Ferry contract delayed again"]),
    ("Ferry contract delayed again\nBy Ruth Okonkwo\n\nFerry contract delayed again\n\nThe board met on Monday.\n",
     "text", ["Ferry contract delayed again"]),
    ("The board met for six hours on Monday. The board met for six hours on Monday. It adjourned at noon.\n",
     "text", ["The board met for six hours on Monday."]),
    # ... a sentence that ends on a numeral written without stops
    ("Nine machines are working on Phase II. Nine machines are working on Phase II. It ends in May.\n",
     "text", ["Nine machines are working on Phase II."]),
    ("The board met for six hours on Monday. It adjourned at noon.\n\nThe chair thanked the staff."
     " The board met for six hours on Monday.\n", "text", ["The board met for six hours on Monday."]),
    ("The board met for six hours on Monday. It adjourned.\n\nThe board met for six hours on Monday.\n",
     "text", ["The board met for six hours on Monday."]),
    ("The board met on Monday and voted on the contract.\n\nOthers spoke.\n\n"
     "The board met on Monday and voted on the contract.\n", "markdown",
     ["The board met on Monday and voted on the contract."]),
    # A copy spaced otherwise: one with a scraper's lost spaces, one an editor mended.
    ("The pier will reopen next week,after repairs to its deck.\n\nOthers spoke.\n\n"
     "The pier will reopen next week, after repairs to  its deck.\n", "text",
     ["The pier will reopen next week, after repairs to  its deck."]),
    ("The cap is 150 litres a day.Businesses face a separate cap on water use.\n\nOthers spoke.\n\n"
     "Businesses face a separate cap on water use.\n", "text", ["Businesses face a separate cap on water use."]),
    # ... or punctuated otherwise: a comma added in one copy.
    ("The pier will reopen next week after repairs to its deck.\n\nOthers spoke.\n\n"
     "The pier will reopen next week, after repairs to its deck.\n", "text",
     ["The pier will reopen next week, after repairs to its deck."]),
])
def test_repeats_are_flagged(text, format, expected):
    assert flagged(text, RULE, format=format) == expected


@pytest.mark.parametrize("text, format", [
    ("---\ntitle: Ferry contract delayed again\n---\n# Ferry contract delayed again\n\nThe board met on Monday.\n",
     "markdown"),
    ("No one was hurt. The fire spread to a barn. No one was hurt.\n", "text"),
    ("The board met on Monday. The council met on Monday.\n", "text"),
    ("## Background\n\nText one here.\n\n## Background\n\nText two here.\n", "markdown"),
    # Spaces are ignored, words are not: one word changed is another sentence.
    ("The pier will reopen next week, after repairs to its deck.\n\n"
     "The pier will reopen next month, after repairs to its deck.\n", "text"),
    ("The pier will reopen next week, after repairs to its deck.\n\n"
     "The pier will reopen next week, after repairs to its decks.\n", "text"),
    # A full stop is no comma: two sentences are not one.
    ("The pier will reopen next week. After repairs to its deck the cafe will open too.\n\n"
     "The pier will reopen next week after repairs to its deck the cafe will open too.\n", "text"),
])
def test_allowed_repeats_are_not_flagged(text, format):
    assert flagged(text, RULE, format=format) == []


_POINT = "The trial will run for 12 months from April and cover 450 office staff."


@pytest.mark.parametrize("text, format", [
    (f"**Key points**\n\n- {_POINT}\n- Care staff are not in it.\n\nThe council approved it.\n\n{_POINT}\n",
     "markdown"),
    (f"## At a glance\n\n* {_POINT}\n\nThe council approved it. {_POINT} Staff work four days.\n", "markdown"),
    (f"Key points:\n- {_POINT}\n\nThe council approved it.\n\n{_POINT}\n", "text"),
    (f"<h1>Trial approved</h1><h2>Highlights</h2><ul><li>{_POINT}</li></ul><p>The council approved it.</p>"
     f"<p>{_POINT}</p>", "html"),
])
def test_a_summary_list_under_its_label_repeats_the_story_by_design(text, format):
    assert flagged(text, RULE, format=format) == []


@pytest.mark.parametrize("text, format", [
    (f"The council approved it.\n\n- {_POINT}\n\n{_POINT} Staff work four days.\n", "markdown"),  # no label
    (f"Summary\n\nThe council approved it.\n\n{_POINT}\n\n{_POINT}\n", "text"),  # paragraphs, not a list
])
def test_a_list_without_a_summary_label_or_paragraphs_after_one_are_still_compared(text, format):
    assert flagged(text, RULE, format=format) == [_POINT]


_RESULTS = "## Northshire\n\n- Conservative: 22 seats\n- Labour: 18 seats\n\n## Westshire\n\n" \
    "- Conservative: 22 seats\n- Labour: 14 seats\n"


@pytest.mark.parametrize("text, expected", [
    # A list's short points are data, repeated by design: results under two headings, two recipes' ingredients.
    (_RESULTS, []),
    ("## Soup\n\n- 1 tsp smoked paprika\n- 2 red onions\n\n## Stew\n\n- 1 tsp smoked paprika\n- 4 carrots\n", []),
    # ... a point long enough to be a sentence is still compared, as a sentence would be
    ("- The council will publish the list of closures in June.\n- Staff work four days.\n\n"
     "- The council will publish the list of closures in June.\n", ["The council will publish the list of closures "
                                                                   "in June."]),
])
def test_a_lists_short_points_are_data_not_copies(text, expected):
    assert flagged(text, RULE, format="markdown") == expected


def _found(text: str, **kwargs) -> list[tuple[int, str]]:
    import lint

    return [(d.line, d.rule) for d in lint.check_text(text, format="text", **kwargs)]


@pytest.mark.parametrize("copy, expected", [
    # The first paragraph repeated with its dateline: the reading sets the first one's dateline apart.
    ("LONDON, April 2 (Reuters) - Oil prices rose on Thursday after stocks fell sharply.",
     ["LONDON, April 2 (Reuters) - Oil prices rose on Thursday after stocks fell sharply."]),
    ("LONDON, April 2 (Reuters) - Oil prices rose on Thursday after stocks fell sharply. Brent gained 1%.",
     ["LONDON, April 2 (Reuters) - Oil prices rose on Thursday after stocks fell sharply."]),
    # Another city's dateline before the same words is no copy of this one; nor are other words after this one.
    ("PARIS, April 2 (Reuters) - Oil prices rose on Thursday after stocks fell sharply.", []),
    ("LONDON, April 2 (Reuters) - Gas prices fell on Thursday as stocks rose sharply.", []),
    # ... and the first sentence so repeated inside a paragraph.
    ("Brent gained 1%. LONDON, April 2 (Reuters) - Oil prices rose on Thursday after stocks fell sharply.",
     ["LONDON, April 2 (Reuters) - Oil prices rose on Thursday after stocks fell sharply."]),
])
def test_the_first_paragraph_repeated_with_its_dateline_is_a_copy(copy, expected):
    text = ("Oil rises\n\nLONDON, April 2 (Reuters) - Oil prices rose on Thursday after stocks fell sharply.\n\n"
            f"Brent crude was up 1%.\n\n{copy}\n")
    assert flagged(text, RULE, format="text") == expected


def test_a_problem_inside_a_copy_is_reported_once_at_the_first():
    text = ("An new budget is set by the council for the coming year.\n\nThe council met on Monday to discuss it.\n\n"
            "An new budget is set by the council for the coming year.\n")
    assert _found(text) == [(1, "indefinite-article"), (5, "duplicate-text")]
    # Without the rule that reports the copy, each copy is judged on its own.
    assert _found(text, config={"rules": {"duplicate-text": "off"}}) == [(1, "indefinite-article"),
                                                                           (5, "indefinite-article")]


def test_a_problem_only_the_copy_has_is_still_reported():
    text = ("The council will meet next week, after the vote on the budget.\n\n"
            "The council will meet next week,after the vote on the budget.\n")
    assert _found(text) == [(3, "duplicate-text"), (3, "punctuation-spacing")]


def test_a_headline_pasted_into_the_body_is_judged_at_the_headline():
    import lint

    text = ("---\ntitle: Prime Minister Rishi Sunak sets an new budget\ndate: 2025-03-01\n---\n\n"
            "Prime Minister Rishi Sunak sets an new budget\n\nThe council met on Monday.\n")
    found = [(d.line, d.rule) for d in lint.check_text(text)]
    assert found == [(2, "title-accuracy"), (2, "indefinite-article"), (6, "duplicate-text")]


@pytest.mark.parametrize("text", [
    "The council met on Monday to set the budget.\n\n> The council must find savings of four million pounds.\n\n"
    "The council must find savings of four million pounds. The vote is on Friday.\n",
    "> \u201cThis is a fair deal and we will recommend it,\u201d said union leader Mick Doyle.\n\n"
    "\u201cThis is a fair deal and we will recommend it,\u201d said union leader Mick Doyle. He added more.\n",
])
def test_a_pull_quote_repeats_the_story_by_design(text):
    assert flagged(text, RULE, format="markdown") == []


def test_a_block_quotation_repeated_is_still_a_copy():
    quote = "> The council must find savings of four million pounds by April.\n\n"
    assert flagged(f"{quote}The vote is on Friday.\n\n{quote}", RULE, format="markdown") == [
        "The council must find savings of four million pounds by April."]


@pytest.mark.parametrize("text, format", [
    ("Storm Ada: thousands without power in the west\n\nMore than 40,000 homes lost power.\n\n"
     "Storm Ada: thousands without power in the west\n\nThe warning ended at noon.\n", "text"),
    ("---\ntitle: \"Budget 2026: what it means for renters\"\n---\n\nRents rose again.\n\n"
     "Budget 2026: what it means for renters\n\nThe plan was unveiled on Monday.\n", "markdown"),
])
def test_a_headline_whose_opening_words_read_as_a_label_is_still_a_copy(text, format):
    copy = text.rindex(":", 0, text.rindex("\n\nThe")) + 2  # the words after the copy's label: what is marked
    assert flagged(text, RULE, format=format) == [text[copy:text.index("\n", copy)]]
    fixed, _ = lint.fix_text(text, format=format, unsafe=True)
    assert fixed.count(text[copy:text.index("\n", copy)]) == 1, "the fix removes the whole line, its label too"
    assert fixed.count(text[text.rindex("\n\n", 0, copy) + 2:copy]) == 1


def test_a_headline_copy_opened_by_a_label_is_display_text_for_other_rules():
    page = ("<html><head><title>Storm Ada: thousands without power in the west</title></head><body><article>"
            "<h1>Storm Ada: thousands without power in the west</h1><p>More than 40,000 homes lost power.</p>"
            "<p>Storm Ada: thousands without power in the west</p><p>The warning ended at noon.</p></article>"
            "</body></html>")
    found = [(d.rule, page[d.offset:d.end_offset]) for d in lint.check_text(page, format="html")]
    assert found == [(RULE, "thousands without power in the west")], "not a sentence that starts in lowercase"


def test_a_label_line_that_is_not_the_headline_is_not_a_copy():
    text = "Storm Ada: thousands without power\n\nMore than 40,000 homes lost power.\n\nStorm Ada: the facts\n\n" \
        "The warning ended at noon.\n"
    assert flagged(text, RULE, format="text") == []


@pytest.mark.parametrize("text, format, expected", [
    # The headline again with a site's name after it, or before it with one
    ("Council approves cycle lanes on Mill Road\n\nCouncil approves cycle lanes on Mill Road - BBC News\n\n"
     "The council approved the plan on Monday.\n", "text", ["Council approves cycle lanes on Mill Road - BBC News"]),
    ("# Council approves cycle lanes on Mill Road\n\nCouncil approves cycle lanes on Mill Road | Cambridge News\n\n"
     "The council approved the plan on Monday.\n", "markdown",
     ["Council approves cycle lanes on Mill Road | Cambridge News"]),
    ("Council approves cycle lanes on Mill Road | Cambridge News\n\nCouncil approves cycle lanes on Mill Road\n\n"
     "The council approved the plan on Monday.\n", "text", ["Council approves cycle lanes on Mill Road"]),
    # ... not a line that only shares its opening words
    ("Council approves cycle lanes on Mill Road\n\nCouncil approves cycle lanes on Mill Road - and a new bridge\n\n"
     "The council approved the plan on Monday.\n", "text", []),
])
def test_the_headline_again_with_a_sites_name(text, format, expected):
    assert flagged(text, RULE, format=format) == expected


_FULL = "The council has approved a \u00a330m leisure centre, a decision that follows an eight-year campaign by residents."


@pytest.mark.parametrize("text, expected", [
    # A paragraph pasted again with a word or two changed, at either end or in the middle
    (f"{_FULL}\n\nIt opens in 2028.\n\n{_FULL.replace('that follows', 'which follows')}\n",
     ["paragraph, nearly word for word,"]),
    (f"{_FULL}\n\nIt opens in 2028.\n\n{_FULL.replace('has approved', 'approved')}\n",
     ["paragraph, nearly word for word,"]),
    # ... and with an attribution tag added at its end, a word changed at its start too
    (f"{_FULL}\n\nIt opens in 2028.\n\n{_FULL.replace('has approved', 'approved')[:-1]}, the mayor said.\n",
     ["paragraph, nearly word for word,"]),
    ("Until now, patients in the county have had to travel to Bristol for radiotherapy, a round trip of up to three "
     "hours.\n\nThe unit opens on Monday.\n\nUntil now, patients in the county had to travel to Bristol for their "
     "radiotherapy, a round trip of up to three hours, the trust said.\n", ["paragraph, nearly word for word,"]),
    (f"{_FULL}\n\nIt opens in 2028.\n\n{_FULL.replace('has approved', 'approved')[:-1]}, according to the "
     "council.\n", ["paragraph, nearly word for word,"]),
    # ... reported once when one of its sentences is the same word for word
    (f"{_FULL} It opens in 2028 on the site of the old swimming baths.\n\nWork starts soon.\n\n"
     f"{_FULL.replace('has approved', 'approved')} It opens in 2028 on the site of the old swimming baths.\n",
     ["paragraph, nearly word for word,"]),
    # ... and a teaser cut short with an ellipsis, before the paragraph it opens or after it, its last word cut too
    (f"The council has approved a \u00a330m leisure centre, a decision that follows an eight-year\u2026\n\n{_FULL}\n",
     ["opening of the paragraph"]),
    (f"{_FULL}\n\nIt opens in 2028.\n\nThe council has approved a \u00a330m leisure centre, a decision that fol...\n",
     ["opening of the paragraph"]),
])
def test_a_near_copy_is_flagged(text, expected):
    found = [d for d in lint.check_text(text, format="text") if d.rule == RULE]
    assert [d.message.split("Repeats the ", 1)[1].rsplit(" on line", 1)[0] for d in found] == expected


@pytest.mark.parametrize("text", [
    # Two facts told alike: their numbers differ, or too many words do, or they are short
    "The 2024 figure was 5.3 million, up 3% on the year before, according to the ONS figures published today.\n\n"
    "The 2025 figure was 5.6 million, up 6% on the year before, according to the ONS figures published today.\n",
    "Arsenal will play Chelsea at home on Saturday and Liverpool away on the following Wednesday night.\n\n"
    "Chelsea will play Arsenal away on Saturday and Everton at home on the following Wednesday night.\n",
    "The road will close on Monday for repairs.\n\nThe road will close on Tuesday for repairs.\n",
    # ... nor a tag's paragraph whose words differ in several places
    "Shares in Barclays fell sharply on Monday after the bank reported lower profits in its investment arm.\n\n"
    "Shares in Lloyds fell slightly on Monday after the bank reported higher costs in its mortgage arm, "
    "analysts said.\n",
    # ... a teaser of a few words, or one whose words the paragraph does not open with
    "The council has approved\u2026\n\n" + _FULL + "\n",
    "The council has rejected a \u00a330m leisure centre, a decision that follows an\u2026\n\n" + _FULL + "\n",
])
def test_paragraphs_told_alike_are_no_near_copies(text):
    assert flagged(text, RULE, format="text") == []


def test_the_fix_removes_the_near_copy_and_keeps_the_first():
    teaser = "The council has approved a \u00a330m leisure centre, a decision that follows an eight-year\u2026"
    text = f"{teaser}\n\n{_FULL}\n\nIt opens in 2028.\n"
    assert lint.fix_text(text, format="text", unsafe=True)[0] == f"{_FULL}\n\nIt opens in 2028.\n"


_SAID = "\u201cWe were not good enough and I take responsibility,\u201d Amorim said."


@pytest.mark.parametrize("text, format, expected", [
    # A quotation given again in another sentence, framed otherwise: reported at the second, with no fix.
    (f"United lost 2-1.\n\n{_SAID}\n\nThe owners back him.\n\nAmorim said: \u201cWe were not good enough and I take "
     f"responsibility.\u201d\n", "markdown", ["\u201cWe were not good enough and I take responsibility.\u201d"]),
    # ... not a short one, which a story may well repeat
    ("He called it \u201ca mess\u201d.\n\nThe owners back him.\n\nFans called it \u201ca mess\u201d too.\n",
     "markdown", []),
    # ... nor a pull quote, in a block quotation or a box of its own, which repeats the story by design
    (f"United lost 2-1.\n\n> \u201cWe were not good enough and I take responsibility\u201d\n\n{_SAID}\n",
     "markdown", []),
    ("<article><p>United lost 2-1.</p><blockquote class=\"pull\"><p>\u201cWe were not good enough and I take "
     "responsibility\u201d</p></blockquote><p>\u201cWe were not good enough and I take responsibility,\u201d Amorim "
     "said.</p></article>", "html", []),
    # ... nor one inside a paragraph already reported as a copy (reported once, as the paragraph)
    (f"United lost 2-1.\n\n{_SAID}\n\nThe owners back him.\n\n{_SAID}\n", "markdown", [_SAID]),
])
def test_a_quotation_given_again_is_a_copy(text, format, expected):
    assert flagged(text, RULE, format=format) == expected


def test_a_quotation_given_again_has_no_fix():
    text = (f"United lost 2-1.\n\n{_SAID}\n\nThe owners back him.\n\nAmorim said: \u201cWe were not good enough and "
            f"I take responsibility.\u201d\n")
    found = [d for d in lint.check_text(text, format="markdown") if d.rule == RULE]
    assert [d.fix for d in found] == [None]


@pytest.mark.parametrize("text, expected", [
    # A pull quote set as a paragraph of its own repeats a sentence of the story by design ...
    ("<article><p>Alan Marsh oils a gate paddle. \u201cYou get a feel for it,\u201d he says. \u201cThe river tells "
     "you what it\u2019s going to do next.\u201d</p><blockquote><p>\u201cThe river tells you what it\u2019s going "
     "to do next.\u201d</p></blockquote><p>He has lived at the lock since 1986.</p></article>", []),
    # ... but a paragraph of a quotation alone, pasted twice, is still a copy
    ("<article><p>Alan Marsh oils a gate paddle.</p><p>\u201cThe river tells you what it\u2019s going to do next, "
     "every single day.\u201d</p><p>He has lived at the lock since 1986.</p><p>\u201cThe river tells you what "
     "it\u2019s going to do next, every single day.\u201d</p></article>", ["paragraph"]),
    # ... and so is a paragraph given again as the opening of a quotation that goes on into the next (no pull quote)
    ("<article><p>The vote was held on Monday.</p><p>The council needs to get in the room and put forward an "
     "acceptable offer.</p><p>\u201cThe council needs to get in the room and put forward an acceptable offer.</p>"
     "<p>\u201cWe will not give up.\u201d</p></article>", ["paragraph"]),
])
def test_a_pull_quote_set_as_a_paragraph(text, expected):
    found = [d for d in lint.check_text(text, format="html") if d.rule == "duplicate-text"]
    assert [("paragraph" if "paragraph" in d.message else "sentence") for d in found] == expected


@pytest.mark.parametrize("text, expected", [
    # A Q&A's short answer, the same under two questions, is no copy ...
    ("Q: When does the pool open?\n\nA: In May.\n\nQ: When does the gym open?\n\nA: In May.\n", 0),
    ("## Is the bridge safe?\n\nNo, not yet.\n\n## Is the bridge cheap?\n\nNo, not yet.\n", 0),
    # ... but a longer one pasted twice is, and so is a short paragraph that answers nothing
    ("Is it safe?\n\nThe council says the bridge is safe to use.\n\nIs it cheap?\n\nThe council says the bridge is "
     "safe to use.\n", 1),
    ("Read more\n\nThe plan is good.\n\nThe plan is good.\n", 1),
    # ... and the headline pasted after a question is still the headline
    ("---\ntitle: Ferry contract delayed again\n---\n\nWhen will the ferry come?\n\nFerry contract delayed again\n",
     1),
])
def test_a_qandas_short_answers(text, expected):
    assert len([d for d in lint.check_text(text, format="markdown") if d.rule == RULE]) == expected


@pytest.mark.parametrize("text, expected", [
    # A text run twice over with no break: the second copy.
    ("Prices rose.\n\nNewcastle close in on a deal for a new striker Newcastle close in on a deal for a new "
     "striker\n", ["Newcastle close in on a deal for a new striker"]),
    ("Prices rose.\n\nThe board met for six hours on Monday The board met for six hours on Monday.\n",
     ["The board met for six hours on Monday"]),
    # ... not a short chant, nor a sentence that only echoes itself
    ("Prices rose.\n\nOut, out, out.\n", []),
    ("Prices rose.\n\nThe club paid a fee for him and the club paid a fee for him.\n", []),
    ("Prices rose.\n\nWe want him out we want him out.\n", []),
])
def test_a_text_run_twice_over(text, expected):
    assert flagged(text, RULE, format="text") == expected


def test_a_text_run_twice_over_keeps_one_copy():
    text = "Prices rose.\n\nThe board met for six hours on Monday The board met for six hours on Monday.\n"
    fixed, remaining = lint.fix_text(text, format="text", unsafe=True)
    assert fixed == "Prices rose.\n\nThe board met for six hours on Monday.\n"
    assert [d for d in remaining if d.rule == RULE] == []
