"""The house-style rules that ship, the newsroom's own style folder, and the
source article's remaining defects."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import lint
from conftest import SOURCE_ARTICLE, flagged
from lint.cli import main


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Reports suggest a essential condition.", ["a essential"]),
        ("It was an major step and a hour.", ["an major", "a hour"]),
        ("A apple fell. She met a FBI agent.", ["A apple", "a FBI"]),
        ("a 8-year-old and a 18th-century house and a 11-point lead", ["a 8-year-old", "a 18th-century", "a 11-point"]),
        ("an university and an one-time deal and an European", ["an university", "an one-time", "an European"]),
        ("a MBA and an U.S. official and a honest man", ["a MBA", "an U.S.", "a honest"]),
    ],
)
def test_indefinite_article_flags(text, expected):
    assert flagged(text, "indefinite-article") == expected


@pytest.mark.parametrize(
    "text",
    [
        "an hour, an honest man, a university, an MBA, a U.S. official, an FBI agent, a one-time offer, "
        "an 8-year-old, a European, an honour, an heir, a unanimous vote, a union, a user, a eulogy",
        "a NATO summit, an OPEC meeting, a UN vote, an SUV, an HIV test, an X-ray, a URL, an URL, a historic day, "
        "an historic day, a 4,000-strong crowd, a 1,800-mile trip, an 1800s house, an 11th-hour deal",
        "Plan A is an option. Vitamin A helps. Type A personalities.",
        "an eBay seller, an iPhone, an unidentified man, an unintended effect, an onerous task",
        "\u201ca essential\u201d was what she wrote, quoting the draft.",
    ],
)
def test_indefinite_article_does_not_flag(text):
    assert flagged(text, "indefinite-article") == []


def test_fixes_of_overlapping_rules_never_touch_the_same_characters():
    text = "Reports suggest a essential condition. Any accomplished dialog will do."
    diagnostics = lint.check_text(text)
    by_rule = {d.rule: d for d in diagnostics}
    assert {"indefinite-article", "spun-phrase", "word-choice"} <= set(by_rule)
    edits = [(e.offset, e.end_offset) for d in diagnostics if d.fix for e in d.fix.edits]
    for i, a in enumerate(edits):
        for b in edits[i + 1:]:
            assert a[1] < b[0] or b[1] < a[0], f"fixes collide: {a} {b}"
    # "a" -> "an" and "essential condition" -> "key condition" touch different characters: both stay
    spun = [d for d in diagnostics if d.rule == "spun-phrase"]
    assert by_rule["indefinite-article"].fix and spun[0].fix
    # "accomplished dialog" (spun-phrase, an unsafe fix) and "dialog" (word-choice, a safe one)
    # overlap: the safe fix keeps its place, the unsafe one is dropped, both diagnostics stay
    word_choice = [d for d in diagnostics if d.rule == "word-choice"]
    assert word_choice and word_choice[0].fix is not None and spun[1].fix is None


def test_duplicate_text():
    text = "Talks Resume in Geneva\n\nThe talks resumed.\n\nTalks  resume in GENEVA\n\nShort.\n\nShort.\n"
    (d,) = [d for d in lint.check_text(text, format="text") if d.rule == "duplicate-text"]
    assert (d.line, d.message) == (5, 'Repeats the headline on line 1: "Talks  resume in GENEVA"'.replace("  ", " "))
    md = "---\ntitle: Talks resume in Geneva\n---\n# Talks resume in Geneva\n\n\u201cWe agree,\u201d he said today.\n\n\"We agree,\" he said today.\n"
    assert [d.line for d in lint.check_text(md) if d.rule == "duplicate-text"] == [8]


def test_spun_phrases():
    text = "Choice currencies, accomplished dialogue, lines of interaction and versatility in negotiations."
    found = [(text[d.offset:d.end_offset], d.fix.edits[0].text) for d in lint.check_text(text) if d.rule == "spun-phrase"]
    assert found == [("Choice currencies", "Alternative currencies"), ("accomplished dialogue", "successful dialogue"),
                     ("lines of interaction", "lines of communication"),
                     ("versatility in negotiations", "flexibility in negotiations")]
    assert flagged("The currency of choice and a dialogue accomplished.", "spun-phrase") == []


@pytest.mark.parametrize("text, expected", [
    # News's own set phrases swapped word by word, with the wording restored in the text's capitals.
    ("Fears over local weather change hit the inventory market.",
     [("local weather change", "climate change"), ("inventory market", "stock market")]),
    ("The central financial institution raised curiosity charges.",
     [("central financial institution", "central bank"), ("curiosity charges", "interest rates")]),
    ("The Home of Representatives met as provide chain issues eased.",
     [("Home of Representatives", "House of Representatives"), ("provide chain issues", "supply chain issues")]),
    ("Shares of the tech large fell.", [("tech large", "tech giant")]),
    ("Analysts raised their worth targets as shares hit a report excessive, above the all-time excessive of May.",
     [("worth targets", "price targets"), ("report excessive", "record high"),
      ("all-time excessive", "all-time high")]),
    # ... and a central bank's news: its name, its rate, the cut and the currency
    ("The Financial institution of England kept the bottom charge on maintain, with four members preferring a "
     "minimize, as value pressures eased and inflation was on observe to fall.",
     [("Financial institution of England", "Bank of England"), ("the bottom charge", "the base rate"),
      ("a minimize", "a cut"), ("value pressures", "price pressures"), ("on observe", "on track")]),
    ("The unemployment charge rose and the pound fell in opposition to the greenback.",
     [("unemployment charge", "unemployment rate"), ("in opposition to the greenback", "against the dollar")]),
    # ... and a legislature's, a title restored in title case
    ("Senate Majority Chief John Thune said the debt restrict would rise, speaking on the Senate flooring.",
     [("Majority Chief", "Majority Leader"), ("debt restrict", "debt limit"), ("Senate flooring", "Senate floor")]),
    # ... not the words in their own senses.
    ("Firms that provide chains and hoists said the local weather changed.", []),
    ("The fire chief said the new rules restrict debt and the majority of flooring was lost.", []),
    ("It is a financial institution of national importance. Click a minimize button to hide the window.", []),
    ("Those who observe the rules pay no inflation surcharge; the value of pressure washers fell.", []),
    ("Tech large caps rallied.", []),
    ("It was worth targeting. The report, excessive in length, found costs were excessive all-time.", []),
])
def test_spun_set_phrases_of_the_news(text, expected):
    assert [(text[d.offset:d.end_offset], d.fix.edits[0].text) for d in lint.check_text(text)
            if d.rule == "spun-phrase"] == expected


def test_template_artifacts():
    text = ("Key Takeaways\n\nThe talks resumed.\n\nIn conclusion, the talks were useful.\n\n"
            "What does the Kremlin want from the talks?\n\nTalks Resume in Geneva\n\nThe end came.\n")
    assert flagged(text, "template-artifact", format="text") == [
        "Key Takeaways", "In conclusion,", "What does the Kremlin want from the talks?"]
    answered = "What does the Kremlin want?\n\nIt wants guarantees, officials said.\n"
    assert flagged(answered, "template-artifact", format="text") == []
    rhetorical = "The talks resumed. Who will blink first?\n\nNobody knows.\n"
    assert flagged(rhetorical, "template-artifact", format="text") == []


@pytest.mark.parametrize("text, expected", [
    # A template's "Evergreen" heading by any of its names, run in or on its own.
    ("The port talks resumed.\n\nEvergreen Perspective: A History of Port Sales\n\nPorts were sold.\n",
     ["Evergreen Perspective"]),
    ("The port talks resumed.\n\nEvergreen Context\n\nPorts were sold.\n", ["Evergreen Context"]),
    # Not the word in a story: a tree, a fund's name.
    ("The evergreen perspective of the forest was lost when the pines burned.\n", []),
])
def test_a_templates_evergreen_headings(text, expected):
    assert flagged(text, "template-artifact", format="text") == expected


@pytest.mark.parametrize("text, expected", [
    # A chat assistant talking, anywhere in a paragraph.
    ("Remote work is here to stay.\n\nAs an AI language model, I cannot predict the future, but the trend is "
     "clear.\n", ["As an AI language model"]),
    ("Rates may rise in spring. As of my last update, the bank had not decided.\n", ["As of my last update"]),
    ("Certainly! Here is a news story about the port strike.\n\nDockers walked out on Monday.\n",
     ["Certainly! Here is"]),
    ("Dockers walked out on Monday. I hope this helps!\n", ["I hope this helps"]),
    # An SEO guide's sign-off, opening a sentence.
    ("The phone is good.\n\nWe hope this guide helps you find the perfect phone. Happy shopping!\n",
     ["We hope this guide helps"]),
    ("The phone is good.\n\nShe said: \u201cWe hope this guide helps voters.\u201d\n", []),
    # ... a generated piece's opening, and its sign-off with the chat assistant's offer after it.
    ("In today's fast-paced world, bills matter. In this article, we will explore the cap.\n\nThe cap rose.\n",
     ["In today's fast-paced world", "In this article, we will"]),
    ("The cap rose.\n\nI hope this article was helpful! Let me know if you have any other questions.\n",
     ["I hope this article was helpful", "Let me know if you have any other questions"]),
    ("The cap rose.\n\nI hope this article helped you understand the cap.\n", ["I hope this article helped"]),
    # ... its other openings, and the blanks it leaves for its user
    ("Sure, here's a news article about the vote:\n\nThe council met.\n", ["Sure, here's"]),
    ("The council met.\n\n[Insert quote from the mayor]\n\nThe vote was close.\n", ["[Insert quote from the mayor]"]),
    # ... and an SEO plugin's fields
    ("The council met.\n\nMeta description: Council approves budget.\n\nThe vote was close.\n",
     ["Meta description"]),
    # ... not a square bracket an editor adds, nor a meta description the story is about
    ("He said [the council] would insert a clause.\n", []),
    ("The council met. Its website's meta description was out of date, the clerk said.\n", []),
    # ... not the words in a story: a fast-paced world of its own, an article the story is about.
    ("The film is set in a fast-paced world of traders. The article, the editor said, will run on Monday.\n", []),
    # ... not one quoted in a story about chatbots, nor the words in other senses.
    ("Asked for advice, the bot replied: \u201cAs an AI language model, I cannot give legal advice.\u201d\n", []),
    ("The firm released a large language model last year. Its founder said: \u201cI hope this helps "
     "teachers.\u201d\n", []),
])
def test_a_chat_assistant_talking(text, expected):
    assert flagged(text, "template-artifact", format="text") == expected


@pytest.mark.parametrize("text, expected", [
    # The blanks a template leaves, and its variables, unfilled.
    ("Cabinet member [INSERT NAME] said the lanes were safe.\n", ["[INSERT NAME]"]),
    ("The council met.\n\nLorem ipsum dolor sit amet, consectetur adipiscing elit.\n", ["Lorem ipsum"]),
    ("Residents can find out more at {{council_website}}.\n", ["{{council_website}}"]),
    ("Welcome to {{ city.name }}. {% if open %}The pool is open.{% endif %} Call ${phone}.\n",
     ["{{ city.name }}", "{% if open %}", "{% endif %}", "${phone}"]),
    # Not braces in prose, a price, nor a blank quoted in a story about templates.
    ("The set {1, 2, 3} was shown. It cost $5 {approx}.\n", []),
    ("The leaked draft read: \u201cThe mayor [insert name] will resign.\u201d\n", []),
])
def test_a_templates_blanks_and_variables(text, expected):
    assert flagged(text, "template-artifact", format="text") == expected


@pytest.mark.parametrize("text, expected", [
    # A blank named by what goes in it, in title case or capitals, each reported once.
    ("The storm hit hardest in the suburbs of [City Name], where 80,000 homes lost power.\n", ["[City Name]"]),
    ("The fair opens in [Location] on [Date]. Ask [EXPERT NAME] for comment.\n",
     ["[Location]", "[Date]", "[EXPERT NAME]"]),
    ("Contact [Your Name] today.\n", ["[Your Name]"]),
    ("For details call [Phone Number] or visit [Website].\n", ["[Phone Number]", "[Website]"]),
    # ... not an editor's filling of a gap, nor a blank quoted, nor a link's text
    ("He said it [Kansas City] was fine. He [Johnson] said no.\n", []),
    ("\u201cWe loved [Location],\u201d the leaked draft read.\n", []),
])
def test_a_blank_named_by_what_goes_in_it(text, expected):
    assert flagged(text, "template-artifact", format="text") == expected


def test_a_blank_named_by_what_goes_in_it_goes_with_the_placeholder_list():
    text = "In [City Name], power failed.\n"
    assert flagged(text, "template-artifact", format="text",
                   config={"rules": {"template-artifact": {"placeholders": []}}}) == []


def test_what_a_page_showed_in_place_of_an_email_address():
    found = lint.check_text("Anyone with information should email [email protected] quoting 0711.\n", format="text")
    assert [(d.line, d.column, d.message) for d in found if d.rule == "template-artifact"] == [(1, 38, 'Template residue: "[email protected]" is '
                                                              "what the page showed in place of an email address, not "
                                                              "the address; remove it")]
    assert flagged("Anyone with information should email appeals@example.org quoting 0711.\n", "template-artifact",
                   format="text") == []


@pytest.mark.parametrize("text, expected", [
    # A blog platform's shortcodes left in the copy.
    ("The fire began on Saturday.\n\n[post_ads]Cal Fire reported the fire was growing.\n", ["[post_ads]"]),
    ("Visit the museum often.\n\n[ad#Google Mobile]\n", ["[ad#Google Mobile]"]),
    ('A photo. [caption id="attachment_12" align="alignleft"]The fire[/caption] It grew.\n',
     ['[caption id="attachment_12" align="alignleft"]', "[/caption]"]),
    # ... not an editor's brackets, a numbered option, nor a bracket run into a word
    ('He said [sic] that [the council] would pay.\n', []),
    ("Options [1] and [a] were listed.\n", []),
    ("The array a[i_j] is indexed.\n", []),
])
def test_a_blog_platforms_shortcodes(text, expected):
    assert flagged(text, "template-artifact", format="text") == expected


@pytest.mark.parametrize("text, expected", [
    ("The bill passed in 2019.[1] The governor signed it.[2][3] Then he left.", ["[1]", "[2][3]"]),
    ("The law[4] was repealed in May.[citation needed]", ["[4]", "[citation needed]"]),
    # Not a wiki's markers: an editor's brackets, a numbered option, a Markdown reference link.
    ('He called it "a disgrace" [sic] and said [the council] would decide.', []),
    ("Options [1] and [2] were listed on the ballot.", []),
])
def test_a_wikis_reference_markers_are_template_residue(text, expected):
    assert flagged(text, "template-artifact", format="text") == expected


def test_reference_markers_do_not_hide_the_next_sentences_start():
    assert flagged("The bill passed in 2019.[1] the governor signed it.", "sentence-case") == ["the"]
    assert flagged("See [the report][1] for details.\n\n[1]: https://example.com/r\n", "template-artifact") == []


@pytest.mark.parametrize(
    "text, problems, expected",
    [
        ("Washington D.C. \u2013 The talks began.",
         "the city in capitals, no state or country after WASHINGTON, an em dash (\u2014)", "WASHINGTON \u2014"),
        ("LONDON - The talks began.", "an em dash (\u2014)", "LONDON \u2014"),
        ("Geneva (Reuters) \u2014 The talks began.", "the city in capitals", "GENEVA (Reuters) \u2014"),
        ("SPRINGFIELD, Ill. - The talks began.", "an em dash (\u2014)", "SPRINGFIELD, Ill. \u2014"),
        # A wire dateline keeps its date.
        ("LONDON, June 3 (Reuters) - The talks began.", "an em dash (\u2014)", "LONDON, June 3 (Reuters) \u2014"),
    ],
)
def test_dateline(text, problems, expected):
    (d,) = [d for d in lint.check_text(text) if d.rule == "dateline"]
    assert d.message == f'Dateline "{text[:d.end_offset]}" should have {problems}: "{expected}"'


def test_dateline_fix_and_good_datelines():
    text = "Washington D.C. \u2013 The talks began."
    (d,) = [d for d in lint.check_text(text) if d.rule == "dateline"]
    (edit,) = d.fix.edits
    assert text[:edit.offset] + edit.text + text[edit.end_offset:] == "WASHINGTON \u2014 The talks began."
    for good in ("WASHINGTON \u2014 The talks began.", "LONDON (AP) \u2014 The talks began.",
                 "SPRINGFIELD, Ill. \u2014 The talks began.", "The talks began in Washington.",
                 "WASHINGTON, Jan. 5, 2025 (AP) \u2014 The talks began.",
                 "KYIV, Ukraine (AP) \u2014 The talks began."):  # AP names the country after Kyiv
        assert flagged(good, "dateline") == []


@pytest.mark.parametrize("text, expected", [
    # Another state after a city that stands alone names a namesake there.
    ("LONDON, Ky. (AP) \u2014 Storms tore through the county.", []),
    ("WASHINGTON, Pa. \u2014 Storms tore through the county.", []),
    ("PARIS, Texas (AP) \u2014 Storms tore through the county.", []),
    # ... its own state, or a country, is one too many
    ("CHICAGO, Ill. \u2014 Storms tore through the county.", ["CHICAGO, Ill. \u2014"]),
    ("WASHINGTON, D.C. \u2014 Storms tore through the county.", ["WASHINGTON, D.C. \u2014"]),
    ("LONDON, England \u2014 Storms tore through the county.", ["LONDON, England \u2014"]),
])
def test_a_standalone_citys_namesake_in_another_state_keeps_its_state(text, expected):
    assert flagged(text, "dateline") == expected


@pytest.mark.parametrize("text, shown, problems", [
    ("**London** \u2014 The talks began.", "London \u2014", "the city in capitals"),
    ("**Passau, Germany** \u2014 The river rose.", "Passau, Germany \u2014", "the city in capitals"),
    ("_LONDON_ - The talks began.", "LONDON -", "an em dash (\u2014)"),
])
def test_a_dateline_in_markup_is_judged_on_its_words_and_gets_no_fix(text, shown, problems):
    # The fix would rewrite the closing marks away, leaving "**LONDON \u2014" open.
    (d,) = [d for d in lint.check_text(f"# Talks\n\n{text}\n", format="markdown") if d.rule == "dateline"]
    assert d.message.startswith(f'Dateline "{shown}" should have {problems}: ')
    assert d.fix is None
    assert flagged("# Talks\n\n**LONDON** \u2014 The talks began.\n", "dateline", format="markdown") == []


@pytest.mark.parametrize("text, expected", [
    # A name in mixed case before an aside's dash is the sentence's subject, not a dateline.
    ("Tesla Mobile \u2014 no relation to the carmaker \u2014 said on Friday it was hacked.", []),
    ("Acme \u2014 Britain's biggest grocer \u2014 said profits rose.", []),
    ("Acme - Britain's biggest grocer - said profits rose.", []),
    # A dateline still is one, with its own dashes later or a hyphenated word after it.
    ("Geneva (Reuters) - Shares in well-known firms rose.", ["Geneva (Reuters) -"]),
    ("London \u2014 The talks began. They ended \u2014 late \u2014 on Monday.", ["London \u2014"]),
    ("Washington D.C. \u2013 preparations are underway.", ["Washington D.C. \u2013"]),
])
def test_a_dash_aside_after_a_name_is_no_dateline(text, expected):
    assert flagged(text, "dateline") == expected
    assert flagged(text, "sentence-case") == (["preparations"] if "preparations" in text else [])


@pytest.mark.parametrize("text, expected", [
    # A player's rating after a name in mixed case, alone on its line, is no dateline.
    ("# Player ratings\n\n**Jordan Pickford \u2013 7**\nCould do nothing about the goal.", []),
    ("# Player ratings\n\nBukayo Saka - 8/10\nA constant threat down the right.", []),
    # ... a number that opens a sentence after one is, as is any in capitals.
    ("Paris \u2013 12 people were hurt on Monday.", ["Paris \u2013"]),
    ("LONDON - 7\nThe talks began.", ["LONDON -"]),
])
def test_a_rating_after_a_name_is_no_dateline(text, expected):
    assert flagged(text, "dateline") == expected


@pytest.mark.parametrize("text, expected", [
    # A letters page's greeting before a dash is no dateline; a city in mixed case is.
    ("# Letters\n\nSir \u2014 Your report on the bus cuts made grim reading.", []),
    ("# Letters\n\nDear Editor \u2014 The bus cuts will hurt.", []),
    ("# Bus cuts\n\nLeeds \u2014 The bus cuts will hurt, the council said.", ["Leeds \u2014"]),
    # ... nor is a byline before the story's date
    ("# Bus cuts\n\nBy Stephen Sawchuk \u2014 March 12, 2020 | Updated: March 13, 2020 8 min read\n  \u2022 Save to "
     "favorites\n  \u2022 Print\n\nThe cuts will hurt.", []),
    ("# Bus cuts\n\nBY ANA RUIZ - March 12, 2020 | 8 min read\n  \u2022 Print\n\nThe cuts will hurt.", []),
])
def test_a_letters_greeting_is_no_dateline(text, expected):
    assert flagged(text, "dateline", format="markdown") == expected


def test_word_choice_by_locale():
    text = "Any dialog will do. Though, it failed. Whilst waiting, amongst friends, click the dialog box."
    assert flagged(text, "word-choice") == ["dialog", "Though,", "Whilst", "amongst"]
    assert flagged(text, "word-choice", config={"language": "en-GB"}) == ["dialog", "Though,"]


@pytest.mark.parametrize("text, expected", [
    ("Its been a difficult year for the club.", ["Its been"]),
    ("Its not over, and its going to get worse.", ["Its not", "its going to"]),
    ("Each school will set it's own rules, and it\u2019s own hours.", ["it's own", "it\u2019s own"]),
    ("The council should of consulted residents, and they must of known.", ["should of", "must of"]),
    ("The board gave him free reign; MPs were told to tow the line.", ["free reign", "tow the line"]),
    ("Fans waited with baited breath for a sneak peak.", ["baited breath", "sneak peak"]),
    ("Traders said it was there own fault, and they\u2019re own rules.", ["there own", "they\u2019re own"]),
    ("The man whose been charged will wet your appetite.", ["whose been", "wet your appetite"]),
    ("Their is no reason to panic, and their were no queues. Whose going to pay?",
     ["Their is", "their were", "Whose going to"]),
    ("Gilt yields rose to there highest level since 2008; sales fell to they're lowest.",
     ["there highest", "they're lowest"]),
    # Not an own-brand, a "whose" before its noun, nor a wet appetiser
    ("Is there own-brand stock? The woman whose beehive burned said the wet appetiser was fine.", []),
    ("Yields rose to their highest level; the hills there are highest in the north.", []),
    ("Their island was cut off; they asked whose going rate applied, and their were-wolf masks won.", []),
    # Not a possessive before a noun or a hyphen, "of course", "of its own accord", a wine's must, a quotation
    ("The firm paid its going rate and cut its not-for-profit arm.", []),
    ("It would of course be wrong. The door could of its own accord swing shut.", []),
    ("The must of the grapes ferments for a week.", []),
    ("\u201cIts been a long year,\u201d she wrote in a text message.", []),
    ("It's been a difficult year, and each school sets its own rules.", []),
])
def test_confused_words(text, expected):
    assert flagged(text, "confused-words") == expected


def test_confused_words_fix_keeps_the_capital():
    fixed = lint.fix_text("Its been a year. They should of called.\n", format="text")[0]
    assert fixed == "It's been a year. They should have called.\n"


@pytest.mark.parametrize("text, expected", [
    ("The council will vote on monday, and again on fridays in september.", ["monday", "fridays", "september"]),
    ("# Vote delayed until thursday\n\nThe work ends before christmas.", ["thursday", "christmas"]),
    # Not a word the name shares, a hashtag, a handle, a domain, a URL, an address, nor a quotation
    ("The plan may change in march, and the august body will meet.", []),
    ("Tag it #monday, follow @sunday, buy on monday.com or at https://example.com/friday-deals, "
     "mail friday@example.com.", []),
    ("\u201cIt was a monday like any other,\u201d she wrote in her diary.", []),
    ("The council will vote on Monday.", []),
])
def test_proper_noun_case(text, expected):
    assert flagged(text, "proper-noun-case", format="markdown") == expected


def test_proper_noun_case_fix_writes_the_capital():
    assert lint.fix_text("The vote is on monday.\n", format="text")[0] == "The vote is on Monday.\n"


def test_a_substitution_leaves_a_hashtag_a_handle_and_a_domain_alone():
    assert flagged("Click the #dialog tag, follow @dialog and visit dialog.com; the dialog went on.",
                   "word-choice") == ["dialog"]


def test_spelling_consistency():
    text = "Zelenskyy spoke. Zelenskyy left. Later, Zelensky returned. He walked towards the car and toward us."
    found = [d.message for d in lint.check_text(text) if d.rule == "spelling-consistency"]
    assert found == ['Mixed spellings: "Zelensky" (once) and "Zelenskyy" (twice) in one article; use one form',
                     'Mixed spellings: "towards" (once) and "toward" (once) in one article; use one form']
    # en-US news style is "toward" whatever the count; en-GB's is "towards".
    gb = [d.message for d in lint.check_text(text, config={"language": "en-GB"}) if d.rule == "spelling-consistency"]
    assert gb[1] == 'Mixed spellings: "toward" (once) and "towards" (once) in one article; use one form'
    quoted = "Zelenskyy spoke. \u201cZelensky is wrong,\u201d the envoy said, quoting a sign."
    assert flagged(quoted, "spelling-consistency") == []


def test_quote_marks():
    text = "\u201cYes,\u201d she said. \u201cNo,\u201d he said. \"Maybe,\" they said."
    assert flagged(text, "quote-marks") == ['"']


@pytest.mark.skipif(not SOURCE_ARTICLE.exists(), reason="the shared source article is not beside this checkout")
def test_source_article_style_defects():
    text = SOURCE_ARTICLE.read_text(encoding="utf-8")
    found = {(d.rule, text[d.offset:d.end_offset].split("\n")[0][:45]) for d in lint.check_text(text, format="text")}
    for expected in [
        ("indefinite-article", "a essential"),
        ("spun-phrase", "essential condition"),
        ("duplicate-text", "Putin-Trump Meeting: Kremlin Outlines Expectat"[:45]),
        ("spun-phrase", "choice currencies"),
        ("spun-phrase", "accomplished dialog"),
        ("spun-phrase", "versatility in negotiations"),
        ("spun-phrase", "lines of interaction"),
        ("template-artifact", "Evergreen Insights"),
        ("template-artifact", "What specific security guarantees regarding NA"[:45]),
        ("word-choice", "dialog"),
        ("word-choice", "Though,"),
        ("dateline", "Washington D.C. \u2013"),
    ]:
        assert expected in found, expected


# -- the newsroom's own style folder ------------------------------------------------

STYLE = {
    "house-words": ("existence", "parameters:\n  tokens: [very unique]\n",
                    "It was a very unique event.", "It was a unique event."),
    "plain-words": ("substitution", "parameters:\n  swap: {utilize: use}\n",
                    "We utilize it.", "We use it."),
    "one-spelling": ("consistency", "parameters:\n  sets: [[percent, per cent]]\n",
                     "Up 3 percent. Up 2 percent. Down 1 per cent.", "Up 3 percent."),
    "short-sentences": ("limit", "parameters:\n  measure: sentence-words\n  max: 8\n",
                        "This sentence has far more than eight words in it by now.", "Short and sweet."),
    "title-case": ("capitalization", "scopes: [heading]\nparameters:\n  style: title\n",
                   "# Council approves the budget", "# Council Approves the Budget"),
}


def write_style_folder(folder, broken: bool = False):
    folder.mkdir()
    for name, (kind, params, bad, good) in STYLE.items():
        if broken and name == "plain-words":
            good = "We utilize nothing else."  # a good example the rule flags: test-rules must fail
        scopes = "" if "scopes:" in params else "scopes: [paragraph]\n"
        (folder / f"{name}.yaml").write_text(
            f"id: {name}\nkind: {kind}\nseverity: warning\nsummary: House rule {name}.\n"
            f"message: 'House style: {name}'\n{scopes}{params}"
            "description: |\n  One of the newsroom's own rules, written as YAML with no Python at all.\n"
            f"examples:\n  bad: [{bad!r}]\n  good: [{good!r}]\n".replace("'", "\""),
            encoding="utf-8")


def test_newsroom_style_folder_checks_drafts_and_tests_its_examples(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_style_folder(tmp_path / "styles")
    (tmp_path / ".copydesk.yaml").write_text("rule_folders: [styles]\n")
    (tmp_path / "story.md").write_text(
        "# Council approves the budget\n\nIt was a very unique vote. We utilize the funds. Up 3 percent. "
        "Up 2 percent. Down 1 per cent. This sentence has far more than eight words in it by now.\n")
    result = CliRunner().invoke(main, ["check", "--format", "json", "story.md"])
    import json

    rules = {d["rule"] for d in json.loads(result.stdout)["diagnostics"]}
    assert set(STYLE) <= rules
    listed = CliRunner().invoke(main, ["rules"]).stdout
    assert all(name in listed for name in STYLE)
    result = CliRunner().invoke(main, ["test-rules", "styles"])
    assert result.exit_code == 0, result.stdout
    assert "5 of 5 rules pass their examples" in result.stdout
    result = CliRunner().invoke(main, ["test-rules"])  # the config's rule_folders
    assert result.exit_code == 0


def test_test_rules_reports_a_failing_example(tmp_path):
    write_style_folder(tmp_path / "styles", broken=True)
    result = CliRunner().invoke(main, ["test-rules", str(tmp_path / "styles")])
    assert result.exit_code == 1
    assert "FAIL plain-words" in result.stdout
    assert 'good example 1 is flagged: House style: plain-words' in result.stdout
    assert "4 of 5 rules pass their examples" in result.stdout


def test_new_rule_writes_a_template_that_passes_its_own_examples(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for kind in ("existence", "substitution", "consistency", "limit", "capitalization", "boilerplate"):
        result = CliRunner().invoke(main, ["new-rule", kind, f"my-{kind}", "--folder", "styles"])
        assert result.exit_code == 0, result.stderr
    result = CliRunner().invoke(main, ["test-rules", "styles"])
    assert result.exit_code == 0, result.stdout
    again = CliRunner().invoke(main, ["new-rule", "existence", "my-existence", "--folder", "styles"])
    assert again.exit_code == 2 and "already exists" in again.stderr


def test_spelling_consistency_spares_names_and_ap_headlines():
    assert flagged("The U.S. fined US Airways. The U.S. court agreed.", "spelling-consistency") == []
    headline = "---\ntitle: US fines airline\n---\n\nThe U.S. fined the airline. The U.S. court agreed.\n"
    assert flagged(headline, "spelling-consistency") == []
    assert flagged("The U.S. envoy came. US officials met him.", "spelling-consistency") == ["US"]
    assert flagged("Exports to the U.S. fell; the surplus was US$9.5 billion.", "spelling-consistency") == []


def test_a_quoted_question_that_ends_a_story_is_not_a_stray_prompt():
    assert flagged('The council met.\n\nRoe asked: "Who will pay for this?"\n', "template-artifact") == []
    assert flagged("The council met.\n\nWho will pay for this?\n", "template-artifact") != []


def test_a_headline_asked_over_its_date_line_is_not_a_stray_prompt():
    story = "\n\nShops are closing at a record rate, figures show.\n\nMore than 6,000 closed last year.\n"
    for date_line in ("12 March 2025", "2020-12-01", "Updated: 12 March 2025"):
        assert flagged(f"Is this the end of the high street?\n\n{date_line}{story}", "template-artifact") == []
    # ... but the same question under the story's first paragraph is a prompt
    assert flagged(f"Shops close{story}\nIs this the end of the high street?\n\n12 March 2025\n",
                   "template-artifact") != []


def test_a_closing_question_the_writer_sets_up_is_not_a_stray_prompt():
    setup = "Next time a candidate promises you a bypass, ask them a simpler question: when does the last bus leave?"
    assert flagged(f"The council met.\n\n{setup}\n", "template-artifact") == []
    # ... a label before the colon is no clause of the writer's, and a long question alone is still a prompt
    assert flagged("The council met.\n\nPrice outlook for next year: will it rise?\n", "template-artifact") != []
    long_prompt = "What is the best time to visit the park with young children and a dog?"
    assert flagged(f"The council met.\n\n{long_prompt}\n", "template-artifact") != []


@pytest.mark.parametrize("text, expected", [
    # Entries of a list by place, each opening on the place and a dash, are no datelines: a story has one.
    ("# Results\n\nHere are the results.\n\n**Barnsley** \u2014 Labour hold. Labour 38.\n\n**Derby** \u2014 No "
     "overall control. Labour 19.", []),
    ("# Results\n\nBarnsley - Labour hold.\n\nDerby - No overall control.", []),
    # ... while one place and a dash opening the story is
    ("# Talks\n\nLeeds \u2014 The bus cuts will hurt, the council said.\n\nDerby is next.", ["Leeds \u2014"]),
])
def test_entries_by_place_are_no_datelines(text, expected):
    assert flagged(text, "dateline", format="markdown") == expected
