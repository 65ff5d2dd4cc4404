from __future__ import annotations

import pytest

import lint
from conftest import findings

RULE = "truncated-ending"
OPENING = "Talks resumed on Monday after a pause of three weeks.\n\n"


def truncated(text: str, format: str = "text") -> list[tuple[int, str]]:
    return [(line, span) for _, line, _, span in findings(text, RULE, format=format)]


@pytest.mark.parametrize(
    "last",
    [
        "The continued fighting in the region creates",  # running prose, no punctuation
        "Officials expect the vote to take place in",  # dangling preposition
        "Analysts say the decision will depend on the",  # dangling article
        "The committee approved the plan, and",
        "The minister listed three conditions:",
        "Supporters of the plan argued that it would,",
        "Shipping lines have warned that a strike would divert cargo \u2014",
        "Ongoing Conflict: The continued fighting creates",  # a run-in label entry cut short
        "Outcome: Nobody knows whether the",
        # A teaser cut for a link, and a quotation left open mid-sentence.
        "The mayor said residents could expect changes to opening hours\u2026",
        "The mayor said residents could expect changes to opening hours [...]",
        "The council said it would\u2026",  # short, but stops on a word no sentence ends on
        "The council said it would [...]",
        "The mayor spoke after the vote. \u201cWe will listen to everyone who",
        # An opening bracket, and running prose that ends on a number.
        "The mayor praised the volunteers (",
        "The mayor said the repairs would cost more than 4",
        "The motion to close the branch passed 5-4",
        # A verb of saying with what it says under way, however its words are capitalised.
        "The Refugee Council said the changes",
        "Copernicus said global temperatures in August",
        # A relative clause set off by commas makes a clause of a line that ends on a capitalised word.
        "Ashgrove, which ran youth clubs in four boroughs, closed in August",
        # A possessive after a verb of saying is what was said under way: no speaker's name is one.
        "Red Bull team principal Laurent Mekies said Verstappen's",
        # A percentage is a number.
        "Among individual stocks, Berkeley Group fell 3.4%",
    ],
)
def test_flags_a_cut_last_paragraph(last):
    result = truncated(OPENING + last + "\n")
    assert len(result) == 1 and result[0][0] == 3


def test_trailing_boilerplate_bylines_and_blank_lines_are_skipped():
    text = OPENING + "The continued fighting in the region creates\n\nBy Jane Smith\n\nYou may also like\n\nLeave a Comment\n\n\n"
    assert truncated(text) == [(3, "The continued fighting in the region creates")]


@pytest.mark.parametrize("format, head", [("text", ""), ("markdown", "# ")])
def test_the_headline_repeated_at_the_end_is_skipped_for_what_it_follows(format, head):
    text = f"{head}Trump unveils new tariffs on cars\n\n" + OPENING
    assert truncated(text + "Trump unveils new tariffs on cars\n", format) == []
    assert truncated(text + "The EU said it would respond to the\n\nTrump unveils new tariffs on cars\n",
                     format) == [(5, "The EU said it would respond to the")]


@pytest.mark.parametrize("fmt, cut", [
    ("text", "Late last night, a spokesperson for the"),
    ("text", "The council said the scheme would cost more than"),
    ("markdown", "Residents were told the road would close because"),
    ("html", "<p>The trust has not said when the wards will reopen, or whose</p>"),
])
def test_a_paragraph_inside_the_story_cut_on_a_word_no_sentence_ends_on(fmt, cut):
    start = "<p>Talks resumed on Monday after a pause of three weeks.</p>\n" if fmt == "html" else OPENING
    more = "<p>The strike ends on Friday.</p>" if fmt == "html" else "The strike ends on Friday."
    found = [d.message for d in lint.check_text(start + cut + "\n\n" + more + "\n", format=fmt) if d.rule == RULE]
    assert len(found) == 1 and found[0].startswith("A paragraph inside the story ends mid-sentence")


@pytest.mark.parametrize("paragraph", [
    "Britain's quantum bet, two years on",  # a heading-like line ends on "on", which a sentence may
    "Nobody could say where the money had come from",  # no stop, but no word no sentence ends on either
    "It was unclear how the man was",
    "The plan has three steps:\n- call the council\n- fill in the",  # a list's items are judged at the end only
    "Short and the",  # fewer words than min_words
])
def test_a_paragraph_inside_the_story_that_may_end_there_is_not_cut(paragraph):
    assert truncated(OPENING + paragraph + "\n\nThe strike ends on Friday.\n") == []


@pytest.mark.parametrize("credit", [
    "(Reporting by Jane Smith; Editing by Tom Brown)",
    "(Reporting by Jane Smith in London and Ahmad Ghaddar; Writing by Tom Brown; Editing by Susan Fenton)",
])
def test_a_cut_paragraph_before_a_wires_bracketed_credit_is_found(credit):
    text = OPENING + "Prices were also supported by wildfires in Alberta, which have shut in\n\n" + credit + "\n"
    assert truncated(text) == [(3, "Prices were also supported by wildfires in Alberta, which have shut in")]


@pytest.mark.parametrize("last, expected", [
    # A wire's credits run onto the last sentence, as a scraper joins them: the sentence before them ends the story.
    ("The cause is still under investigation. (Editing by Tom Brown and Ann Lee)", []),
    ("The cause is still under investigation. (Reporting by Jane Smith in Leeds; Editing by Tom Brown)", []),
    ("The cause is still under investigation.\u201d (Reporting by staff; editing by staff)", []),
    # ... but a sentence cut before them is still cut, and a bracket of the story's is no credit
    ("The cause is still under (Editing by Tom Brown)", [(3, "The cause is still under (Editing by Tom Brown)")]),
    ("The mayor left early. (Asked why, she would not say)", [(3, "(Asked why, she would not say)")]),
    # The source credited on a line of its own under the last sentence, as a scraper keeps it
    ("The suspect admitted the attack, police said.\nSource: ANNnewsCH", []),
    ("The suspect admitted the attack, police said.\nSources: Kyodo News, NHK and Reuters", []),
    ("The suspect admitted the attack, police said.\nSOURCE: AFP", []),
    # ... not a sentence cut before it, nor a label that opens a sentence
    ("The suspect admitted the attack, police\nSource: Kyodo", [(3, "The suspect admitted the attack, police")]),
    ("The suspect admitted the attack.\nSource: the police did not say why the", [
        (4, "Source: the police did not say why the")]),
])
def test_a_wires_credit_run_onto_the_last_sentence_is_the_storys_end(last, expected):
    assert truncated(OPENING + last + "\n") == expected


@pytest.mark.parametrize("tail", [
    "More weather news",
    "Read more:\nTeenager stabbed in town centre\nPolice appeal after burglary spree",
])
def test_a_cut_paragraph_before_a_sections_links_is_found(tail):
    text = OPENING + "The heatwave could beat the previous high set in\n\n" + tail + "\n"
    assert truncated(text) == [(3, "The heatwave could beat the previous high set in")]


@pytest.mark.parametrize("text, cut", [
    # A review's closing entry lists phrases between commas or semicolons: no full stop is missing.
    ("**Pros:** best-in-class camera, seven years of updates\n\n**Cons:** average battery life, slow charging, "
     "expensive\n", False),
    ("Pros: bright screen; great camera\n\nCons: runs warm; slow charging at 30W\n", False),
    # A clause after the label is an entry cut short, commas or not.
    ("Pros: bright screen\n\nCons: the battery, which drains fast, barely lasts the day\n", True),
    ("Pros: bright screen\n\nCons: the battery drains fast and charging is slow\n", True),
])
def test_a_last_entry_that_lists_phrases_is_no_cut_sentence(text, cut):
    assert bool(truncated(OPENING + text, format="markdown")) is cut


def test_label_paragraphs_before_a_cut_one():
    text = (
        "Pay: The offer is 4%.\n\nHours: Shifts stay the same.\n\n"
        "Automation: The union says the plan would\n"
    )
    assert [line for line, _ in truncated(text)] == [5]


@pytest.mark.parametrize(
    "last",
    [
        "The continued fighting in the region creates new risks.",
        "\u201cWe will not give up,\u201d she said.",
        "Is this the end?",
        "Related Coverage And Analysis",  # a heading at the end: the paragraph before it is complete
        "Economic Implications",
        "By Jane Smith",
        "(Reporting by Jane Smith; editing by Tom Brown)",
        "(Reporting by staff; editing by staff)",  # a desk unnamed
        "Copyright 2025 Example News. All rights reserved.",
        "More at https://example.com/story",
        "Read the council's full report on the bus cuts here: northfield.gov.uk/buses",  # an address, no scheme
        "The full report on the bus cuts is published at northfield.gov.uk",
        "Contact: Jane Smith",
        "Jane Smith, Geneva",
        "The talks resume on Monday in Geneva",  # short: could be a heading
        "The mayor was asked what comes next. \u201cWell, we will have to see...\u201d",  # speech trails off
        "Wait and see\u2026",  # too short to be a cut paragraph
        "To be continued\u2026",
        "Contact: Jo Bell, 555-0142",  # a number after a name or a number: a contact or data line
        "Call the council's hotline on 555 0142",
        "Copyright 2024",
        "As told to Jo Roe",  # a first-person piece's credit
        "Minister Says Plan Is Dead",  # a heading's shape, no clause under way
        "Berkeley Group 3.4%",  # a data line: a name before the number
        "Shares in the group rose 3.4%.",
    ],
)
def test_does_not_flag_a_complete_ending(last):
    assert truncated(OPENING + last + "\n") == []


@pytest.mark.parametrize("last, expected", [
    # A credit that ends the article, cut where a name was due.
    ("Reporting by Jane Smith; editing by", 1),
    ("Reporting by Jane Smith and", 1),
    ("Additional reporting by Jane Smith,", 1),
    # ... not a whole credit, nor one with its names
    ("Reporting by Jane Smith; editing by Tom Brown", 0),
    ("By Jane Smith and Tom Brown", 0),
    ("Reporting by staff", 0),
    # An editor's note cut where its date or its source was due.
    ("This article was amended on", 1),
    ("This story was updated to include comment from", 1),
    ("A version of this article appeared in", 1),
    # ... not a whole one.
    ("This article was amended on 3 May 2026", 0),
    ("This story has been updated to include comment from the council.", 0),
    ("This article was originally published by ProPublica", 0),
])
def test_a_credit_cut_off_at_the_end(last, expected):
    assert len(truncated(OPENING + last + "\n")) == expected


@pytest.mark.parametrize("last, expected", [
    # A short paragraph that opens as a clause, with its finite verb, is a sentence cut short.
    ("He is Liverpool's third signing", [7]),
    ("It was the club's first", [7]),
    # Without one, a short line may be a sign-off or a heading set as a paragraph.
    ("Liverpool's third signing", []),
    ("He is Liverpool's third signing.", []),
    # A named or plural subject and its verb is a clause too; a passive credit is not.
    ("Residents described hearing a roar", [7]),
    ("National Highways urged drivers", [7]),
    ("Photographs supplied by the family", []),
    # ... a subject whose noun is lowercase after a capitalised word, before its auxiliary or past verb
    ("Treasury yields were little chan", [7]),
    ("Climate campaigners welcomed the fig", [7]),
    ("Local elections postponed", []),
    # A name and who they are, and no verb after: a sentence cut before it.
    ("Petrova, the sixth seed", [7]),
    ("Jane Doe, a freelance writer", []),  # a contributor's note
    ("Ana Ruiz, Reuters", []),
    # ... in a line a heading's shape, too: no heading is a subject alone.
    ("The council's president, Ana Ruiz", [7]),
    # ... whose role is someone's, named or not.
    ("Marsh's agent, Lee", [7]),
    ("His lawyer, Ann Bell", [7]),
    # ... but a credit that names a role's holder is a sign-off.
    ("Photographs: Ann Bell", []),
    # Someone about to speak, by their role, cut before the verb.
    ("A senior Hamas official", [7]),
    ("Club chairman Terry Vance", [7]),
    ("Rail minister Lord Hendy", [7]),
    ("Our travel expert Jane", [7]),
    ("Chief Executive Officer Gary", [7]),
    ("Kinngai Chan, an analyst", [7]),
    ("Charities including the Child Poverty Action Group", [7]),
    # ... not a review's credit, a title in capitals with no word before it.
    ("Director Greta Gerwig", []),
    # ... not a journalist's credit, nor a role alone.
    ("Health correspondent Jo Roe", []),
    ("The Chief Executive", []),
])
def test_a_short_clause_in_a_markdown_paragraph(last, expected):
    md = f"---\ntitle: Transfer\n---\n\n{OPENING}{last}\n"
    assert [line for line, _ in truncated(md, format="markdown")] == expected


def test_lists_and_short_quotes_at_the_end_are_not_judged():
    md = OPENING + "Officials listed their demands:\n\n- guarantees\n- sanctions relief\n"
    assert truncated(md, format="markdown") == []
    md = OPENING + "> We will keep talking and\n"
    assert truncated(md, format="markdown") == []


@pytest.mark.parametrize("quote, expected", [
    # A block quote that ends the body is cut where it stops on a word no sentence ends on, or a comma.
    ("> The plan will cost the council more than it can\n", [(3, "The plan will cost the council more than it can")]),
    ("> The plan will cost the council far more than it\n> can afford, and the\n", [(3, "The plan will cost the council far more than it\n> can afford, and the")]),
    ("> The plan will cost the council far more than it can afford,\n",
     [(3, "The plan will cost the council far more than it can afford,")]),
    # ... not a line of verse, a post's credit, nor a quotation that ends as a sentence does
    ("> And miles to go before I sleep\n", []),
    ("> We will win this.\n>\n> \u2014 Jo Roe (@jo) December 4, 2025\n", []),
    ("> The plan will cost the council more than it can afford.\n", []),
])
def test_a_block_quote_at_the_end_cut_mid_sentence(quote, expected):
    assert truncated(OPENING + quote, format="markdown") == expected


def test_markdown_article_with_front_matter():
    md = "---\ntitle: Talks\n---\n\n# Talks\n\nThe talks resumed. Officials said the next round would be held in\n"
    assert [line for line, _ in truncated(md, format="markdown")] == [7]


def test_empty_and_heading_only_documents():
    assert truncated("") == []
    assert truncated("# Title only\n", format="markdown") == []


def test_min_words_option():
    text = OPENING + "Nobody knew what came\n"
    assert truncated(text) == []
    config = {"rules": {RULE: {"min_words": 3}}}
    assert [d.line for d in lint.check_text(text, format="text", config=config) if d.rule == RULE] == [3]


def test_the_message_quotes_the_last_line_only():
    """A short last paragraph is quoted whole, never with the line before it."""
    (d,) = [d for d in lint.check_text(OPENING + "The council said it would\n", format="text") if d.rule == RULE]
    assert '"The council said it would"' in d.message and "\n" not in d.message


def test_the_message_quotes_an_html_paragraph_without_its_tag():
    page = "<article><p>Talks resumed on Monday after a pause.</p>\n<p>The order gives agencies 30 days to</p></article>"
    (d,) = [d for d in lint.check_text(page, format="html") if d.rule == RULE]
    assert '"The order gives agencies 30 days to"' in d.message


@pytest.mark.parametrize("bio", [
    "Ana Ruiz is the Courier's transport correspondent",
    "John Smith is a freelance writer based in Leeds",
    "Ana Ruiz is our local democracy reporter",
])
def test_a_writers_note_at_the_end_is_no_cut_sentence(bio):
    """A note on the writer is a byline's kin: the story ends before it."""
    assert truncated(OPENING + "The council will vote on the plan next week.\n\n" + bio + "\n") == []
    assert len(truncated(OPENING + "The council will vote on the plan paid for by\n\n" + bio + "\n")) == 1


def test_an_op_eds_note_on_its_writer_is_no_cut_sentence():
    # a name and its verb make a clause, but one that says who someone is is the writer's note
    assert truncated(OPENING + "The council should act now.\n\nJo Hale is the director of the Shorter Week Trust\n") == []


@pytest.mark.parametrize("note", [
    "Ana Ruiz contributed to this report",
    "The Associated Press contributed to this report",
    "Ana Ruiz and Tom Hale contributed reporting from Kyiv",
    "This story has been updated to include comment from the council",
    "This article was originally published by ProPublica",
    "A version of this story first appeared in The Conversation",
    "The writer is a professor of economics at Leeds University",
    "This article was produced with support from the Carvell Science Journalism Fund.",
    "Funding for this reporting came from the Hartley Foundation.",
    "This story is part of a series on housing, produced with the Lowe Trust.",
])
def test_a_credit_or_an_editors_note_at_the_end_is_no_cut_sentence(note):
    assert truncated(OPENING + "The council will vote on the plan next week.\n\n" + note + "\n") == []
    cut = "The council will vote on the plan next week and the mayor said she would"
    assert truncated(OPENING + cut + "\n\n" + note + "\n") == [(3, cut)]


@pytest.mark.parametrize("text", [
    "The council contributed 4m pounds to the scheme, which opens in",
    "The report was updated in March and shows that the council",
    "This report was funded by the council and shows that the",
    "This project was funded by a grant from the council and will open in",
])
def test_a_sentence_that_only_shares_a_credit_s_words_is_still_prose(text):
    assert truncated(OPENING + text + "\n") == [(3, text)]


def test_a_sentence_about_a_reporter_is_still_prose():
    text = OPENING + "Maria Lopez is a former reporter who now runs the food bank and"
    assert truncated(text + "\n") == [(3, "Maria Lopez is a former reporter who now runs the food bank and")]


@pytest.mark.parametrize("mark", ["-30-", "- 30 -", "\u201430\u2014", "###", "XXX"])
def test_a_newsroom_end_mark_is_no_cut_sentence_and_the_copy_before_it_is_judged(mark):
    assert truncated(OPENING + "The council will vote on the plan next week.\n\n" + mark + "\n") == []
    cut = "The council will vote on the plan next week and the mayor said she would"
    assert truncated(OPENING + cut + "\n\n" + mark + "\n") == [(3, cut)]


@pytest.mark.parametrize("credit", ["PTI AB RT", "(PTI)", "-- IANS", "ANI", "\u2014 AFP", "(Reuters)", "IANS ab/rt",
                                    "\u2013 Agence France-Presse",
                                    # a gossip column's credit to the paper it read it in
                                    "(Tuttosport, via Independent)", "(Diario Gol via Daily Express)"])
def test_a_wires_credit_run_into_the_last_paragraph_is_no_cut_sentence(credit):
    assert truncated(OPENING + "The protest was hurting the state's economy, he said. " + credit + "\n") == []
    cut = "The protest was hurting the state's economy and the minister said the"
    assert truncated(OPENING + cut + " " + credit + "\n") == [(3, cut + " " + credit)]


@pytest.mark.parametrize("last", [
    "The protest was hurting the state's economy, he said. The",  # a sentence begun, not a credit
    "The protest was hurting the state's economy, he said. NHS England",
    "The protest was hurting the state's economy, he said in the PTI",
])
def test_what_only_looks_like_a_run_in_credit_is_still_cut(last):
    assert truncated(OPENING + last + "\n") != []


@pytest.mark.parametrize("last", [
    "The council will meet again on May 4",
    "The mayor said the vote would be held on Monday",
    "It was the first time the bridge had closed since 1998. The repairs will take until March",
    "The council, which sets the budget in March, will pay Acme, 40",  # a figure after a name is no price
])
def test_a_clause_ending_on_a_capitalised_word_without_punctuation_is_cut(last):
    assert truncated(OPENING + last + "\n") == [(3, last.rsplit(". ", 1)[-1])]


@pytest.mark.parametrize("last", [
    "Councillors to meet again on May 4",  # a heading: no article, no verb
    "The last ferryman of the Tamar",  # a heading with an article but no verb
    "More news from the West Midlands",
    "Jane Smith is a reporter at the Courier in Leeds",
    # a review's details line: the price after its publisher is whole
    "The Lighthouse Keepers by Mara Quinn is published by Faber, \u00a316.99",
    "*The Glass Road by Ana Ruiz is published by Picador, \u00a318.99*",
])
def test_a_heading_or_a_name_line_ending_on_a_capitalised_word_is_not_cut(last):
    assert truncated(OPENING + "The council will vote on the plan next week.\n\n" + last + "\n") == []


@pytest.mark.parametrize("last, reason", [
    ("The institute maintains the definition of open-source", "no closing punctuation"),
    ("You can drive round by the bridge, but it is 20 minutes, and you don't", "no closing punctuation"),
    ("Councillors will meet again at 10:30", "no closing punctuation"),
    ("Halvorsen, which employs", "no closing punctuation"),  # short, but a relative clause
    ("Regulars are less hopeful. Jim", "no closing punctuation"),  # short, after a sentence
    ("\u201cWe are not against new", "no closing punctuation"),  # a quotation left open
    ("Council figures showed that searches on the council's website doubled in the final week, a rise that "
     "officials at Wexcombe District", "no closing punctuation"),  # long, with its articles and commas
    ("Speaking at the meeting, Cllr", 'stops at "Cllr", a title'),
    ("The meeting was chaired by Dr.", 'stops at "Dr", a title'),
    ("The report lists steps the city could take on its own, e.g.", 'stops at "e.g.", which introduces'),
    # A sign that stands before what it marks: a currency sign before its amount, an opening quotation mark.
    ("The fine is small for a company with revenue of more than \u00a3", 'stops at "\u00a3", which stands only'),
    ("Funding rose to US$", 'stops at "US$", which stands only'),
    ("The shop was bought by Marks &", 'stops at "&", which stands only'),
    ("The mayor said: \u201c", 'stops at "\u201c", which stands only'),
    # A lowercase word's possessive or contraction, however short the line: its noun or its verb is still to come.
    ("The council's", 'stops at "council\'s", which no sentence ends on'),
    ("Fares will rise because it\u2019s", 'stops at "it\u2019s", which no sentence ends on'),
])
def test_more_shapes_of_a_cut_ending(last, reason):
    result = lint.check_text(OPENING + last + "\n", format="text")
    cut = [d for d in result if d.rule == RULE]
    assert len(cut) == 1 and reason in cut[0].message


@pytest.mark.parametrize("last", [
    "For details call 0800 123 456",  # a phone number's groups: no word before a number
    "Contact: Jo Bell, 555-0142",
    "\u201cFine,\u201d she said",  # short and closed
    "Rovers visit Wycombe",
    "Photo by Dr. Ann Kay",
    "Ends. Copyright 2026 Example News",
    "Entry costs 5\u20ac",  # a sign after its amount: the amount is whole
    "\u00a3",  # a paragraph of a sign alone is no sentence
    "Shoppers went to Sainsbury's",  # a name's possessive may be a shop's
    "Where to eat: McDonald's",
])
def test_short_lines_and_numbers_that_end_complete_are_not_cut(last):
    assert truncated(OPENING + "The council will vote on the plan next week.\n\n" + last + "\n") == []


@pytest.mark.parametrize("last", ['"', "\u201d)", "'"])
def test_a_last_paragraph_of_closing_marks_only_is_no_error(last):
    assert truncated(OPENING + last + "\n") == []
    assert truncated(last, format="markdown") == []


@pytest.mark.parametrize("last, reason", [
    # Cut right after a speech verb, however short: no heading or sign-off ends on one.
    ("Downing Street said", 'stops at "said", with nothing said after it'),
    ("Police said", 'stops at "said", with nothing said after it'),
    ("Passengers have been told", 'stops at "told", with nothing said after it'),
    ("Osei's barrister, Amina Yusuf, said", 'stops at "said", with nothing said after it'),
    # ... or a verb of belief, which goes on with what is believed.
    ("For decades, scientists thought", 'stops at "thought", with nothing said after it'),
    ("The fans feared", 'stops at "feared", with nothing said after it'),
    # Cut after the first word, an article.
    ("The", 'stops at "The", which no sentence ends on'),
    # What was said stands before its tag: only the full stop is missing.
    ("The homes are due to be completed by 2029, the developer said", "it has no closing punctuation"),
    ("Work will start in the spring, officials said", "it has no closing punctuation"),
])
@pytest.mark.parametrize("format", ["text", "markdown"])
def test_a_short_last_paragraph_cut_after_a_speech_verb_or_an_article_is_cut(last, reason, format):
    """In markdown too: a paragraph the markup does not mark as a heading is one only by its shape."""
    result = lint.check_text(OPENING + "The council will vote on the plan next week.\n\n" + last + "\n",
                             format=format)
    cut = [d for d in result if d.rule == RULE]
    assert len(cut) == 1 and reason in cut[0].message


@pytest.mark.parametrize("text, format", [
    # A heading the markup declares is one: what follows it is missing, not the heading's end.
    ("## What they said\n", "markdown"),
    ("Additional reporting by Ana Ruiz\n", "text"),
    ("More to follow\n", "text"),
    ("Names have been changed\n", "text"),  # an editor's note
    ("With agency inputs\n", "text"),
    ("Said\n", "text"),
    ("## What the experts thought\n", "markdown"),
    # A comparison ends on a verb of belief with its whole sense.
    ("Costs as feared\n", "markdown"),
])
def test_a_declared_heading_or_a_short_line_with_no_speech_verb_at_its_end_is_not_cut(text, format):
    assert truncated(OPENING + "The council will vote on the plan next week.\n\n" + text, format=format) == []


@pytest.mark.parametrize("caption", ["Pictured: the council chamber", "Above: councillors at the meeting on Monday",
                                     "Main image: the harbour wall",
                                     # a caption with its credit last, as a picture desk writes it
                                     "The central library's reading room. Photograph: Wexcombe Council",
                                     "*Councillors at the meeting. Photo: Ana Ruiz/Courier*"])
def test_a_photos_caption_at_the_end_is_no_cut_sentence(caption):
    """Plain text keeps a caption as a paragraph under its label: the story ends before it."""
    assert truncated(OPENING + "The council will vote on the plan next week.\n\n" + caption + "\n") == []
    cut = "The council will vote on the plan next week and the mayor said she would"
    assert truncated(OPENING + cut + "\n\n" + caption + "\n") == [(3, cut)]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("item, cut", [
    # A list's last item is cut where no item ends: on a conjunction, an article, "of" or "to", a comma
    ("- Buses on routes 59 and", True),
    ("- The first of", True),
    ("- Westbound drivers are diverted through the", True),
    ("- Trains run every 20 minutes,", True),
    ("- Buses will run every", True),
    ("- Fares will rise by more than", True),
    # ... or inside a word the draft used before it
    ("- Flights are delayed by up to 40 minu", True),
    # ... not on a particle or a question's preposition, nor a complete item
    ("- Log on", False),
    ("- What to look out for", False),
    ("- Buses are running", False),
    ("- Arrive early.", False),
    ("- Delays of 40 minutes", False),  # a word used whole
    ("- Expect long queues", False),  # a word the draft never used
])
def test_a_list_that_ends_the_body_is_cut_only_where_no_item_ends(item, cut, fmt):
    text = OPENING + "Passengers were told to allow 90 minutes.\n\n- Check your flight status\n" + item + "\n"
    found = [d for d in lint.check_text(text, format=fmt) if d.rule == RULE]
    assert bool(found) == cut
    if cut:
        assert text[found[0].offset:found[0].end_offset] == item[2:]


@pytest.mark.parametrize("listing", ["- Check your flight status\n- Arrive early", "* Check your flight status",
                                     "\u2022 Check your flight status\n\u2022 Arrive early",
                                     "1. Check your flight status\n2. Arrive early"])
def test_a_list_that_ends_a_plain_text_draft_is_no_cut_sentence(listing):
    """Plain text keeps a list's bullets or numbers: its items are fragments, as a Markdown list's are."""
    assert truncated(OPENING + "Passengers were told what to do.\n\n" + listing + "\n") == []
    cut = "- Check your flight status\nand the airline said it would"
    assert [line for line, _ in truncated(OPENING + "Passengers were told.\n\n" + cut + "\n")] == [5]


@pytest.mark.parametrize("last", [
    "The wareho",  # an article and a word cut short
    "Her husband, the arc",
    "Anyone with infor",  # a clause's opening of three words or more
    "At a public hea",  # a phrase's of four or more
])
@pytest.mark.parametrize("format", ["text", "markdown"])
def test_a_sentences_opening_cut_short_after_the_body_is_cut(last, format):
    cut = [d for d in lint.check_text(OPENING + "The council will vote on the plan next week.\n\n" + last + "\n",
                                      format=format) if d.rule == RULE]
    assert len(cut) == 1 and "no closing punctuation" in cut[0].message


@pytest.mark.parametrize("text", [
    "In brief\n",  # a label a heading may be, at fewer than four words
    "At a glance\n",
    "With agencies\n",
    "Most read\n",
    "## The wider picture\n",  # a heading the markup declares
])
def test_a_short_label_or_a_declared_heading_is_not_a_cut_opening(text):
    assert truncated(OPENING + "The council will vote on the plan next week.\n\n" + text, format="markdown") == []


def test_a_draft_of_one_line_is_a_headline_not_a_cut_opening():
    assert truncated("The long road back\n") == []


@pytest.mark.parametrize("last, cut", [
    # A short last line whose last word only starts one the story uses is cut in its first words.
    ("Rail pas", True),  # "passengers", above
    ("Chief execu", True),  # "executive"
    ("Several commu", True),  # "commuters"
    ("Delays of hou", True),  # "hours": "rs" makes a word only of a stem in "e" ("writers")
    ("Several drivers", False),  # "drive" and "drivers" above: both words
    # ... not a word the story uses whole, nor one its endings make another of, nor a short common word.
    ("Rail passengers", False),
    ("Commuters complain", False),  # "complained" is the word and an ending
    ("Getting there", False),
    ("Local elections postponed", False),
    ("Read more from the", True),  # a word no sentence ends on, as before
])
def test_a_short_last_line_that_stops_inside_a_word_the_story_uses(last, cut):
    body = ("The chief executive of the rail operator said passengers and commuters had complained about the "
            "timetable for months, and drivers of the hours they drive.\n\n")
    found = truncated(OPENING + body + last + "\n")
    assert bool(found) is cut


@pytest.mark.parametrize("last, expected", [
    # A quotation credited after a dash ends the story whole.
    ("\u201cWe never thought it would last this long.\u201d \u2014 Ray Tilley, owner", []),
    ('"We never thought it would last this long." \u2013 Ray Tilley', []),
    # ... not a sentence that goes on after a dash, nor a quotation's tag cut short
    ('He said "no" \u2014 and then the owner said it would', [3]),
    ('"We never thought it would last," said the owner, who added that the', [3]),
])
def test_a_quotation_credited_after_a_dash_ends_the_story(last, expected):
    assert [line for line, _ in truncated(OPENING + last + "\n")] == expected


@pytest.mark.parametrize("text, expected", [
    # A line told in the past after a list of links is the story going on, cut off: no link's headline.
    ("The council approved the plan on Tuesday.\n\nRelated Stories\n\nThe council said it would publish the final "
     "designs in the spri\n", [5]),
    ("The council approved the plan on Tuesday.\n\nMore from Local News\n\nThe council said it had brought in an "
     "estimated \u00a38m for local businesses last\n", [5]),
    # ... a headline tells in the present, or says what someone is "said to" be
    ("The council approved the plan on Tuesday.\n\nRelated Stories\n\nCouncil says it will publish designs in "
     "spring\n", []),
    ("The council approved the plan on Tuesday.\n\nRelated Stories\n\nMan said to be planning a bid for the "
     "club\n", []),
])
def test_a_line_told_in_the_past_after_a_list_of_links(text, expected):
    assert [line for line, _ in truncated(text)] == expected


@pytest.mark.parametrize("tail, expected", [
    # A related story's card at the end, its title over its byline or date, is no end of the story: the paragraph
    # above it is judged (the lines reported).
    ("Council approves new budget for the harbour\n\nAuthor: Jo Roe\nDate published: 03/04/2026", []),
    ("Council approves new budget for the harbour\n\nPublished: 4 March 2026", []),
    ("The harbour master said that the\n\nCouncil approves new budget for the harbour\n\nAuthor: Jo Roe", [5]),
    # ... not a cut sentence over a stamp, which stops where no sentence ends
    ("The council will publish its full budget on\n\nPublished: 4 March 2026", [5]),
])
def test_a_cards_title_over_its_byline_is_no_end(tail, expected):
    text = f"Port reopens\n\nThe port reopened on Monday after a long wait, the harbour master said.\n\n{tail}\n"
    assert [line for line, _ in truncated(text)] == expected
