from __future__ import annotations

import pytest

from conftest import findings, flagged

RULE = "sentence-case"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The talks ended. the delegates left.", ["the"]),
        ("the meeting was cancelled.", ["the"]),
        ("It rained.Then it stopped. after that, sun.", ["after"]),
        ("Neutrality: closely linked to the above, the state stays neutral.", ["closely"]),
        ("recognition of Interests: A broader expectation remains.", ["recognition"]),
        ("First point.\n\ndespite the progress, obstacles remain.", ["despite"]),
        ("He arrived at 5 p.m. Then he left. and nobody noticed.", ["and"]),
        ("Prices rose in 2019. the year after, they fell.", ["the"]),
        ("Look at this — really. ünter den Linden is a street.", ["ünter"]),
        ("WASHINGTON — the talks resumed.", ["the"]),
        # After a bare ? or !, a lowercase word starts the next sentence.
        # A short quotation that is a whole sentence, closed by its own stop, after its speaker's tag.
        ('"We won," said the coach. "now we rest."', ["now"]),
        ('"It is over," she said. "really over!"', ["really"]),
        ("Was the margin ever in doubt? the recount moved nine votes.", ["the"]),
        ("Is it safe? officials asked residents to stay indoors.", ["officials"]),  # a verb with its object
        ("What a way to win! the players never stopped.", ["the"]),
        ("Wow! the results are in.", ["the"]),  # an interjection, then a clause's opening word
        ("Wow! as we arrived the rain began.", ["as"]),  # ... even a clause that may go on, after the first word
        ("We won! in the end it was easy.", ["in"]),  # a lowercase word before the mark is no name
        ("Did he go? and then what?", ["and"]),
        ("Who knew? and yet it held.", ["and"]),  # "and" before no next name of a list
        ("The deal is off! and the talks are over.", ["and"]),  # a lowercase word before the mark: no name's
        # ... and with no space after the mark.
        ("Is that enough?nobody in the sector thinks so.", ["nobody"]),
        ("Ministers promised more money!the hubs will open in May.", ["the"]),
        ("Prices fell 3.5%.analysts were surprised.", ["analysts"]),
        # ... and after an abbreviation with no space, a clause.
        ("She works for Acme Inc.the firm makes tools.", ["the"]),
        # A name in an apposition that ends the sentence, then a new one.
        ("The wing carries the name of its donor, Harbour Freight Inc. the shipping company gave $12m toward "
         "the project, the largest gift.", ["the"]),
        # An abbreviation that ends a sentence, then a clause.
        ("Prices rose fastest in the U.K. the survey also found a slowdown.", ["the"]),
        ("It crashed near Woodstock, Ont. the driver was hurt.", ["the"]),  # a province's, as a state's
        ("The vote was held at 9 p.m. the results came an hour later.", ["the"]),
        ("The polls closed at 10p.m. the count began at once.", ["the"]),  # the time run into its number
        ("Twelve routes go. (See the full list below.) the routes affected include the 14.", ["the"]),
        ("The bill passed 52-48 .the senator voted no.", ["the"]),  # the space before the stop, not after
        ("The talks ran until 5 a.m. the previous record was four hours.", ["the"]),
        ("The talks ran until 5 a.m. that was the longest session.", ["that"]),  # no time noun after "that"
        # ... then a noun with a verb of its own, after a clause that had one.
        ("The heatwave is the third in the U.K. forecasters are warning of more.", ["forecasters"]),
        ("Sales were strong in the U.S. demand was weak in Europe.", ["demand"]),
        # A number that ends a sentence is a quantity, not a list's marker, after a word.
        ("The jet flew at Mach 2. the pilot was unhurt.", ["the"]),
        ("He scored 3. the team lost anyway.", ["the"]),
        # ... and after a comma, an age: no number before it makes a list of it.
        ('"It was terrifying," said Carys Jones, 44. "the roof just lifted off."', ["the"]),
        ("He was born in 1950, and died aged 74. the town mourned him.", ["the"]),
        # After a time, the clause before and the new one may have a past tense as their verb.
        ("The outage began at about 2 a.m. crews were sent out within the hour.", ["crews"]),
        ("Police closed the road at 9 p.m. drivers turned back.", ["drivers"]),
        ("The vote ended shortly after 11:30 p.m. officials had counted every ballot.", ["officials"]),
        # A full stop run into the next word.
        ("The mayor quit.he was tired.", ["he"]),
        # A quoted sentence, opened by any mark, or introduced by a colon.
        ("\u201cthe war is not over,\u201d he said.", ["the"]),
        ("\u00abwe never agreed to that,\u00bb the mayor said.", ["we"]),
        ("\u201ewe never agreed to that,\u201d the mayor said.", ["we"]),
        ("\u2018we never agreed to that,\u2019 the mayor said.", ["we"]),
        ('Asked about layoffs, she said: "we have no plans beyond January."', ["we"]),
        # Or right after a verb of saying, when it opens with a subject and its verb.
        ('He said, "we will win the seat back next time."', ["we"]),
        ('She wrote "they have lost the argument on housing."', ["they"]),
        ('"It is over." He added, "we have lost the vote today."', ["we"]),
        # A quoted question that opens with a question word and its verb.
        ('She asked, "what are we supposed to do now?"', ["what"]),
        ('\u201cwhat is it?\u201d she asked.', ["what"]),
        ('"It works. but only on Tuesdays," he said.', ["but"]),
        ('The opener sets the tone. "the boats come in and the boats go out," Marsh said.', ["the"]),  # no verse
        ('On the front line, she said: "we have no food left for the children."', ["we"]),  # no work's line
        ('The song was a hit. She said: "we have no plans to tour again."', ["we"]),  # a work in the sentence before
        ("The Reds won! at the end the fans cheered.", ["at"]),  # no capital after the small word
        # A run-in label whose space a scraper dropped still opens a sentence.
        ("Key finding:most of the damage was minor.", ["most"]),
        ("Update:police closed the road at noon.", ["police"]),
        ("the mayor said:the plan is dead.", ["the"]),  # a clause, not a label: only its own start
        # A word that is also an abbreviation ("No. 10", "fig. 3") ends a sentence before a word.
        ("The answer was no. the council agreed.", ["the"]),
        ("The mayor said no. \u201cwe will not back down,\u201d she said.", ["we"]),
        ("It was a photo op. the mayor smiled for the cameras.", ["the"]),
        ("The answer was no. it was final.", ["it"]),
        # A name's abbreviation ("St.", "Dr.") before a lowercase word ends a street's name, not a title.
        ("He lives on Main St. the house is old.", ["the"]),
        ("She lives on Oak Dr. the street is quiet.", ["the"]),
        # After a time, a noun and a reporting verb with a clause of its own start a sentence.
        ("They met at 9 a.m. officials said the talks went well.", ["officials"]),
        ("The fire started at 2 a.m. firefighters said it spread fast.", ["firefighters"]),
    ],
)
def test_flags_lowercase_sentence_starts(text, expected):
    assert flagged(text, RULE) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Relations between the U.S. and Russia are at a low.",
        "Russian interference in U.S. elections was condemned.",
        "The session starts at 10 a.m. the next day.",
        "The talks begin at 9 a.m. on Monday and end at 5 p.m. on Friday.",
        "She holds a Ph.D. in economics and lives in Washington, D.C. with her family.",
        "It crashed in Woodstock, Ont. on Tuesday, and the plant in Sudbury, Ont. employs 300 people.",
        "The firms in Calgary, Alta., Regina, Sask. and Quebec City, Que. grew; Austin, Tex. did too.",
        "Examples, e.g. tariffs, i.e. taxes, etc. are listed.",
        "J.K. Rowling and George R.R. Martin spoke.",
        "Mr. Smith met Dr. Jones and Gen. Lee on Jan. 5 at No. 10.",
        "It was signed by then-Gov. Jerry Brown and ex-Sen. Joe Manchin.",  # a title after a hyphen
        "See fig. 3, figs. 4-6, Art. II of the charter and no. 12 on the list.",
        "The fair opens Sat. Nov. 8 and closes Sun. Nov. 9 at the latest.",
        "The mayor said no. I left before the vote.",
        "She met Dr. Ana Ruiz at St. Mary's, and my hon. friend met the Rev. the Hon. member.",
        "The store on Main St. sells bread, and the wall is 6 ft. tall.",
        "He caught 11 passes for 143 yds. and two touchdowns, scored 12 pts. and ran approx. 40 yd. in all.",
        "He waited ... and waited.",
        "He waited\u2026 and waited.",
        '"Stop!" he said.',
        '"Why?" she asked.',
        "What now? asked one voter.",  # an inverted attribution continues the sentence
        "Why now? she asked. What next? the mayor wondered aloud.",  # ... as a bare question's tag does
        "Really? islanders asked on social media.",
        "Was it fair? \u201cNo,\u201d she said.",
        "Three issues remain: the agenda, the format and the preconditions.",
        "They argued; the others left.",
        "iPhone sales rose.",
        "Ana Ruiz was blunt: the plan is dead.",  # a clause before the colon, not a run-in label
        "Yahoo!s results and \"What?\"asked nobody: brand names and odd spacing.",
        "Yahoo! said it would close the service. Jeopardy! returns in May.",  # a name's own "!" goes on
        "I watched Jeopardy! last night, and the show Oklahoma! opens in June.",
        "Yahoo! and Amazon.com are among the sponsors.",  # ... before the next name of a list
        "Guns N' Roses played first, then Panic! at the Disco.",  # ... inside the name, a capital soon after
        "Oklahoma! on Broadway is a hit.",
        "An investigation by the consumer group Which? found that the labels were wrong.",  # a name's own "?" too
        "Only bodies such as Which? and Citizens Advice may complain.",  # ... before the next name of a list
        "She starred in Oklahoma! in 1990 and in Hello, Dolly! at the Palladium.",  # ... before a phrase
        # ... and a title's inside its sentence, before a clause that goes on with it
        "I said it would be wrong to sing Rule, Britannia! as if nothing was happening.",
        "They were playing Oklahoma! when the lights failed.",
        "Where now?asked one voter.",  # a speech verb goes on with the question
        "eBay and iOS and mRNA and pH: all fine.\n\neBay shares rose.\n\nmRNA vaccines work.\n\npH levels fell.",
        "3 people died.",
        "@copydesk posted it. #news is trending.",
        "`npm` is a package manager.",
        "https://example.com is down.",
        "I have resigned today. pic.twitter.com/AbC123xyz",  # a web address without its scheme
        "Read it here. bit.ly/3xYzAbC",
        "The site crashed. booking.com said it had fixed the fault.",  # a site named by its domain
        "The rules changed. gov.uk lists them.",
        "- lowercase list item fragment\n- another one",
        "1. first, a fragment\n2. second",
        # a list of sentences, one opening in lowercase, beside a fragment or a short item
        "- National insurance falls to 8% in April.\n- the child benefit threshold rises.\n- Fuel duty frozen",
        "- National insurance falls to 8% in April.\n- the threshold rises.",
        "- higher taxes on fuel and tobacco.\n- lower taxes on wages and savings.",  # all of them lowercase
        "> the quoted text\n> continues here.",
        '\u201ca disaster,\u201d she called it.',  # a short quoted fragment, not a quoted sentence
        '"historic," she said of the vote. "the best ever," fans said. "their loss," he said.',
        '"this class," she said, "is the best." "you bet," he said.',  # no subject and verb of its own
        'She said "it was historic" and left.',  # inside the sentence, not opening one
        'He said that "we will win the seat back next time."',  # indirect speech goes on into the quotation
        'She said "a mess from start to finish."',  # a fragment, no subject and verb of its own
        '\u201cwhy not?\u201d he asked.',  # a question word with no verb
        '\u201cwhat a day,\u201d she said.',
        '"If we lose," he said, "we will go home tonight."',  # the quoted sentence goes on
        "The U.K. economy grew.",
        "They met at 9 p.m. on Friday.",
        "The deal was signed at 3p.m. with observers present, and the talks began at 10a.m. on Friday.",
        "The session resumed at 9 p.m. the next day.",
        "People in the terminal between 2 p.m. and 7 p.m. that day may have been exposed.",  # a time too
        "He left at 7 a.m. each morning.",
        "He called the U.S. the most reliable ally.",
        "At 9:12 a.m. the leaders came through.",  # a fronted time phrase, then the main clause
        "In the U.K. the survey found no change.",
        # A space missing after an abbreviation, before a word that goes on with its sentence.
        # Verse quoted with its line breaks as slashes keeps its writer's case.
        'The opener sets the tone. "the boats come in, the boats go out / and I am still here," Marsh sings.',
        'She sang: "the boats come in, the boats go out / and I am still here."',
        # ... as do words from a work its lead-in names
        'The poem ends: "and the sea, the sea, the endless sea."',
        'He read a line from the poem: "and miles to go before I sleep."',
        "He joined Apple Inc.in 2019.",
        "He moved to the U.S.in 1999 and stayed.",
        "The firm, Acme Ltd.said it would appeal.",
        # ... or after a comma run into the abbreviation
        "He moved to Washington,D.C. last year.",
        "She studied at Oxford;Ph.D. students there are paid.",
        # An abbreviation that ends a name inside an apposition, closed a few words on.
        "The firm, Harbour Holdings Ltd. the port's owner, declined to comment.",
        "John Smith, a.k.a. the Fox, was arrested.",  # a name follows "a.k.a.", as it does "Dr."
        "Inflation in the U.K. economy is falling.",  # no verb before the abbreviation: one clause
        "Analysts said the U.K. economy is slowing.",  # the verb leads into a clause
        "Prices rose because the U.S. economy is weak.",
        "This is the year the U.S. economy is expected to slow.",  # a relative clause
        "He was in the U.S. when prices were high.",
        "In the U.K. temperatures are forecast to rise.",  # fronted: the main clause follows
        "At about 2 a.m. crews were sent out.",
        "The armed men seen at 2 a.m. were on camera.",  # an adjective in -ed, and no new subject
        "Workers who started at 6 a.m. shifts were paid more.",  # the verb is a relative clause's
        "He said that at 2 a.m. crews were still working.",
        "The meeting ended at 5 p.m. residents said.",  # an attribution that lacks its comma
        "The meeting ended at 5 p.m. residents said on Tuesday, and it resumed at 9 a.m. officials told us.",
        "The game began at 3 p.m. sharp, and the office opens at 9 a.m. weekdays.",
        "Troops stationed in the U.S. bases are rotating home.",  # after a place, a participle is no verb
        "The plan has three parts. a) This is the first. b) this is the second.",
        "The steps:\n\niv. This one matters.\n\n1. an item here",
        "The list: 1. an item, 2. another item.",
        "The steps, 1. wash the pan, 2. dry it.",
        "Options are 1. buy and 2. sell.",  # the next number follows: an enumeration
        "Prices rose 2 pct. in May, and the rate is 3 p.c. now.",
        "Call 555-0142 ext. three for help, or see 4. the clause on page 2.",
        "The U.S. Army and the U.K. government agreed.",
        "Version 3.5. The next release follows.",
        "At 11:30 the talks ended.",
        "Ratio 16:9 screens sold out.",
        "mailto:desk links and http:links are not labels.",
    ],
)
def test_does_not_flag(text):
    assert flagged(text, RULE) == []


def test_vocabulary_and_exceptions_are_respected():
    text = "adidas reported results. bell hooks wrote the book."
    assert flagged(text, RULE) == ["adidas", "bell"]
    assert flagged(text, RULE, config={"vocabulary": {"accept": ["adidas"]}}) == ["bell"]
    config = {"rules": {RULE: {"exceptions": ["adidas", "bell"]}}}
    assert flagged(text, RULE, config=config) == []


@pytest.mark.parametrize("entry", ["k.d.", "k.d. lang", "bell hooks"])
def test_a_vocabulary_entry_accepts_its_first_word_as_a_sentence_opens_with_it(entry):
    """An entry is accepted as the user wrote it: with its initials' last full stop, or as the whole name."""
    text = "The singer performed on Friday. k.d. lang closed the show. bell hooks wrote the book."
    accepted = entry.split()[0].rstrip(".")
    assert accepted not in flagged(text, RULE, config={"vocabulary": {"accept": [entry]}})
    assert len(flagged(text, RULE, config={"vocabulary": {"accept": [entry]}})) == 1


@pytest.mark.parametrize("text, expected", [
    # A whole sentence inside brackets, its stop inside, opens with a capital as any sentence does.
    ("Flights go on sale on Thursday. (prices start at \u00a329.99 one way.) The routes run.", ["prices"]),
    ("It closed. (see page 3.) It reopened.", ["see"]),
    # ... not an aside, a marker, a capital already, or an abbreviation.
    ("Flights go on sale. (see below) The routes run.", []),
    ("Flights go on sale (prices start at \u00a329.99). The routes run.", []),
    ("The list: (a) the first item, (b) the second.", []),
    ("It closed. (Prices rose.) It reopened. (i.e. the cheapest fare.) (e.g. Paris and Rome.)", []),
    ("It closed. (iPhone sales rose.) It reopened.", []),
])
def test_a_sentence_in_brackets_starts_with_a_capital(text, expected):
    assert flagged(text, RULE) == expected


def test_a_bracketed_sentence_is_fixed_inside_its_bracket():
    import lint

    text = "It closed. (prices rose again.) It reopened."
    (d,) = lint.check_text(text)
    (edit,) = d.fix.edits
    assert (text[edit.offset], edit.text) == ("p", "P")


def test_fix_capitalises_the_first_letter():
    import lint

    (d,) = lint.check_text("It ended. the end came.")
    assert d.fix is not None
    (edit,) = d.fix.edits
    assert (edit.offset, edit.end_offset, edit.text) == (10, 11, "T")


def test_position_is_reported_in_code_points():
    text = "Zelenskyy’s aide — Kyiv 🇺🇦 spoke. the talks went on."
    ((rule, line, column, word),) = findings(text, RULE)
    assert (line, column, word) == (1, text.index("the talks") + 1, "the")


def test_a_quoted_sentence_is_reported_as_said_without_a_fix():
    import lint

    (d,) = [d for d in lint.check_text("\u201cthe war is not over,\u201d he said.\n") if d.rule == RULE]
    assert d.fix is None
    # In straight single marks too (their first word was not counted, so the quotation read as a fragment).
    (d,) = [d for d in lint.check_text("The talks ended. 'the war is over,' he said.\n") if d.rule == RULE]
    assert d.fix is None
    (d,) = [d for d in lint.check_text("The mayor quit. the council met.\n") if d.rule == RULE]
    assert d.fix is not None


def test_a_wire_datelines_date_is_part_of_it():
    for text in ("LONDON, June 3 (Reuters) - the government said on Tuesday it would act.",
                 "WASHINGTON, Jan. 5, 2025 (AP) \u2014 the Senate voted on Friday.",
                 "LONDON, 3 June (Reuters) - the government said on Tuesday it would act."):
        assert flagged(text, RULE) == ["the"]
    # The agency is no vague source, and a year in a sentence is no dateline.
    assert flagged("LONDON, June 3 (Reuters) - the government said it would act.", "vague-attribution") == []
    assert flagged("In 2019 - the year of the flood - the council met twice.", RULE) == []


@pytest.mark.parametrize("text, word", [
    ('"it was historic," she said.', "it"),
    ('"The vote passed," she said. "it was historic."', "it"),
    ('"we lost," he said.', "we"),
    # a negative verb too
    ('"What next?" asked the curator. "we don\'t know," admitted her colleague.', "we"),
    ('"we can\u2019t say," she said.', "we"),
    ('"it\u2019s over," she said.', "it\u2019s"),
    ('"there\'s no way," he said.', "there's"),
    ('"it depends," he said.', "it"),
    ('"they lied."', "they"),
])
def test_a_short_quotation_with_a_subject_and_its_verb_is_a_quoted_sentence(text, word):
    assert flagged(text, RULE) == [word]


@pytest.mark.parametrize("text, word", [
    ("Lowe said, \u201cthe money is real this time.\u201d", "the"),  # a noun for its subject
    ("\u201cthe team lost,\u201d he said.", "the"),
    # A first part that was a sentence of its own: the second starts one too (a comma splice).
    ("\u201cIt was a long night,\u201d Ruiz said, \u201cwe are all exhausted.\u201d", "we"),
    # Short, with a subject and its verb.
    ("\u201cIt is over,\u201d he said, \u201cwe have lost.\u201d", "we"),
    ("He said, \u201cwe lost.\u201d", "we"),
    ("She said: \u201cwe lost.\u201d", "we"),
])
def test_a_quoted_sentence_after_a_verb_of_saying_or_a_finished_first_part_starts_with_a_capital(text, word):
    assert flagged(text, RULE) == [word]


@pytest.mark.parametrize("text", [
    "\u201cIf we lose,\u201d she said, \u201cwe will appeal to the court.\u201d",  # the sentence goes on
    "\u201cI think,\u201d she said, \u201cwe can win the league.\u201d",
    "\u201cThe money,\u201d he said, \u201cis real this time.\u201d",
    "\u201cWe tried everything,\u201d the coach said, \u201cbut we could not score.\u201d",
    "She said, \u201cthe best team won on the day\u201d, and left.",  # no subject and verb to tell
    "He said, \u201ca mess from start to finish.\u201d",
    "\u201cIf we lose,\u201d she said, \u201cwe appeal.\u201d",
    "The sign said: \u201cno entry.\u201d",
    "Her verdict: \u201ca mess.\u201d",
])
def test_a_quotation_that_goes_on_with_a_sentence_or_is_no_clause_is_left_alone(text):
    assert flagged(text, RULE) == []


@pytest.mark.parametrize("text, word", [
    # A full stop inside the closing mark ends the sentence, as one outside it would.
    ('He called it "a mess." the minister disagreed.', "the"),
    ('The sign read "No entry." the police left soon after.', "the"),
    ('The building is known as \u201cthe Fishbowl.\u201d its windows face the river.', "its"),
    # a pronoun opens the next sentence as a noun does, when no verb of saying makes it the attribution
    ('Runners call it "a marathon within a marathon." it still passes the old mill.', "it"),
    ('"We won." she smiled and walked off.', "she"),
    # a verb of saying with its own clause is reported speech, a sentence of its own, not the tag
    ('"We will listen to everyone." she added that the city had failed.', "she"),
    ('"It is over." the council said that it would appeal.', "the"),
    # ... as is one whose clause has its subject and verb without "that"
    ('"We will live with this one." she said she hoped both sides would talk.', "she"),
    ('"It is central to our future." the ministry said construction would begin in 2027.', "the"),
    # ... after a longer subject, or with "in a statement" or a day before its "that"
    ('He called it "cherry-picking." the Riverton Restaurant Association said in a statement that it would appeal.',
     "the"),
    ('"It is over." the council said on Monday that it would appeal.', "the"),
    # ... after a short capitalised word, which is no abbreviation for its shape
    ('"It isn\'t Dad." the elder brother cannot bring himself to agree.', "the"),
    ('They chanted "Go Tom." the crowd went wild.', "the"),
    # a verb of saying after an auxiliary or "to" is the sentence's own, no tag
    ('It said the ferry would be replaced "as soon as possible." it did not say when.', "it"),
    ('The firm said it was "looking into it." it declined to say more.', "it"),
    ('"It was fine." she wouldn\u2019t say more.', "she"),
])
def test_a_sentence_after_a_quotation_that_ended_the_one_before_starts_with_a_capital(text, word):
    assert flagged(text, RULE) == [word]


@pytest.mark.parametrize("text", [
    '"We won." she said.',  # its attribution, however punctuated
    '"We won." the coach said after the match.',
    '"It is over." said Ruiz.',
    'They saw "Mamma Mia!" last night.',  # a title's own mark
    '"Monsters, Inc." grossed $500m.',  # an abbreviation's point
    'He works for "Acme Co." and likes it.',
    'The note said "Back at 5 p.m." next to the door.',
    '"We will appeal..." the lawyer said.',
    '"It is over." it said in a statement.',
    '"No entry." it reads on the gate.',
    '"This is a disgrace." one mother exclaimed outside the hall.',  # tag verbs beyond "said"
    '"We lost." the captain groaned.',
    '"Go home." the coach told them that night.',  # "that night": when, no clause
    '"We won." she said quietly.',
    '"We won." she said, smiling.',
    '"We won." she said with a smile as the fans sang.',
    '"We won." the coach of the Rovers said.',  # a tag with a longer subject
    '"Go." the coach told them.',  # a quotation of one word, which is no abbreviation
    'He left. "Stop." the officer said it twice.',
])
def test_what_follows_a_quotation_s_own_point_or_its_attribution_is_left_alone(text):
    assert flagged(text, RULE) == []


@pytest.mark.parametrize("text, expected", [
    ("Why it matters: the levy will raise 3 billion pounds a year.", ["the"]),
    ("What happens next: the bill goes to the Lords in December.", ["the"]),
    ("**What\u2019s next:** ministers will publish the plan in May.", ["ministers"]),
    ("The bottom line: profits fell for a third year.", ["profits"]),
    # Capitalised after the label, and the same words as a clause, are fine.
    ("Why it matters: The levy will raise 3 billion pounds a year.", []),
    ("What happens next is unclear: the bill may never pass.", []),
])
def test_a_run_in_label_newsrooms_write_in_sentence_case_opens_a_sentence(text, expected):
    assert flagged(text, RULE) == expected


@pytest.mark.parametrize("text, expected", [
    # A fact box's label before short phrases between semicolons: a list, no sentence.
    ("Pros: excellent cameras; seven years of updates; bright screen.", []),
    ("Cons: runs warm; slow charging at 30W; no charger in the box.", []),
    ("Verdict: fast; quiet; dear.", []),
    # ... or one phrase of up to three words with no verb: a review's verdict.
    ("Rating: four stars.", []),
    ("Verdict: a triumph.", []),
    ("Update: police arrested him.", ["police"]),
    # ... longer after a review's verdict label, still with no verb.
    ("Verdict: the best Android phone for photographers.", []),
    ("Best for: people who take lots of photos at night.", []),
    ("Verdict: the camera is the best on any Android phone.", ["the"]),
    ("Key facts: the best Android phone for photographers.", ["the"]),
    ("Footnote: figures are for England.", ["figures"]),
    # ... and after a series' or a newsletter's teaser label, still with no verb
    ("Next week: the people trying to start again.", []),
    ("Coming up: a guide to the best winter walks.", []),
    ("Next week: the council will vote on the plan.", ["the"]),
    # A sentence after the label, with or without semicolons, opens with a capital.
    ("Key points: the contract cost more; deliveries are late.", ["the"]),
    ("How we tested: pies were warmed at 160C for eight minutes.", ["pies"]),
    ("Pros: the cameras are excellent; the screen is bright.", ["the"]),
    # Phrases between semicolons in a paragraph of their own are not a label's list.
    ("Key points\n\nexcellent cameras; seven years of updates.", ["excellent"]),
    # Between commas, as reviews list them, in bold or not, with or without a full stop.
    ("**Pros:** best-in-class camera, seven years of updates, bright screen", []),
    ("Cons: average battery life, slow charging, expensive.", []),
    ("The good: a quiet motor, fair price", []),
    # A clause between the commas, a verb or a past form is a sentence.
    ("Update: police, who arrived at 9pm, closed the road.", ["police"]),
    ("Note: fire crews, paramedics and police attended.", ["fire"]),
    ("Key points: the deal, signed in May, is late.", ["the"]),
    # A label in sentence case after "the" or "our" is a label too: a sentence after it opens with a capital.
    ("The verdict: the camera is the best on any Android phone.", ["the"]),
    ("Our view: the plant is safe and it will reopen.", ["the"]),
    ("The good news: the plant is safe and it will reopen.", ["the"]),
    ("The verdict: a triumph.", []),
    # ... not a clause before the colon
    ("The reason we left: the rent doubled.", []),
    ("The mayor said: the plant is safe.", []),
])
def test_a_run_in_label_before_a_list_of_phrases_opens_no_sentence(text, expected):
    assert flagged(text, RULE) == expected


@pytest.mark.parametrize("text, expected", [
    # A sentence run on after a Markdown link, whose target the reading masks: reported as after any word.
    ("Tickets are sold at [the website](https://example.com/tickets).the organisers expect a sell-out.\n", ["the"]),
    ("Tickets are sold at [the website](https://example.com/tickets).it opens at noon.\n", ["it"]),
    # ... not a name that goes on after the link, nor a sentence with its space.
    ("See [the docs](https://example.com/docs).net for more.\n", []),
    ("Tickets are sold at [the website](https://example.com/tickets). The organisers expect a sell-out.\n", []),
])
def test_a_sentence_run_on_after_a_link(text, expected):
    assert flagged(text, RULE, format="markdown") == expected


@pytest.mark.parametrize("text, expected", [
    # A participle's phrase fronted before the clause, as a preposition's is: one sentence.
    ("The council met. Speaking at 5 p.m. the minister said the plan would go ahead.\n", []),
    ("The road closed. Arriving at 6 a.m. the crews found it blocked.\n", []),
    # ... not a clause of its own before the time, nor a noun in -ing.
    ("The polls closed at 9 p.m. the results came soon after.\n", ["the"]),
    ("Nothing happened until 9 p.m. the crowd then left.\n", ["the"]),
])
def test_a_participles_phrase_fronted_before_the_clause(text, expected):
    assert flagged(text, RULE, format="text") == expected


@pytest.mark.parametrize("text, expected", [
    # A time phrase fronted inside a clause a link or a comma opens: one sentence.
    ("Police said that about 2 p.m. the man got into a car.\n", []),
    ("Crews arrived, and by 9 p.m. the fire was out.\n", []),
    # ... not a time that ends a clause of its own
    ("He said that he arrived at 5 p.m. the crowd had left.\n", ["the"]),
    ("The outage began at 2 a.m. crews were sent.\n", ["crews"]),
])
def test_a_time_fronted_inside_a_linked_clause(text, expected):
    assert flagged(text, RULE, format="text") == expected


@pytest.mark.parametrize("text, expected", [
    # An abbreviation closing a short aside in brackets: the sentence goes on.
    ("Senate Majority Leader John Thune (R-S.D.) stood at the back.\n", []),
    ("Sen. Rand Paul (R-Ky.) opposed it.\n", []),
    # ... not a bracketed sentence, whose next one must open with a capital
    ("The bill passed. (It was close.) the senators left.\n", ["the"]),
])
def test_an_abbreviation_closing_a_short_aside(text, expected):
    assert flagged(text, RULE, format="text") == expected


@pytest.mark.parametrize("text, expected", [
    # A list item that opens in lowercase among sentences that each open with a capital and end with a stop.
    ("- National insurance falls from 10% to 8% in April.\n- the child benefit threshold rises to \u00a360,000.\n"
     "- Fuel duty is frozen for another year.", ["the"]),
    ("The main points:\n\n1. Rents will be capped for two years.\n2. landlords must register every property.",
     ["landlords"]),
])
def test_a_lowercase_item_in_a_list_of_sentences(text, expected):
    assert flagged(text, "sentence-case") == expected


@pytest.mark.parametrize("text, expected", [
    # A byline a site sets in lowercase under the headline is no sentence.
    ("Port reopens after repairs\n\nby Jo Roe\n\nThe port reopened on Monday after a long wait.\n", []),
    ("Port reopens after repairs\n\nby Jo Roe | Today at 11:33 a.m.\n\nThe port reopened on Monday after a long "
     "wait.\n", []),
    # ... but a sentence opening with "by" is one, in the header or under the story
    ("Port reopens after repairs\n\nby Monday Police had arrested two men.\n\nThe port reopened on Monday.\n", ["by"]),
    ("Port reopens after repairs\n\nThe port reopened on Monday.\n\nby Jo Roe and the harbour master, the plan was "
     "agreed.\n", ["by"]),
])
def test_a_lowercase_byline_under_the_headline(text, expected):
    assert flagged(text, RULE, format="text") == expected
