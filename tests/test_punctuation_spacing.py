from __future__ import annotations

import pytest

import lint
from conftest import flagged

RULE = "punctuation-spacing"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the agenda,the format", ["agenda,the"]),
        ("It was pivotal encounter.Three issues remain.", ["encounter.Three"]),
        ("Russia wants guarantees;Ukraine wants land.", ["guarantees;Ukraine"]),
        ("Note:this matters.", ["Note:this"]),
        # A word of one letter after a colon, when a word follows it.
        ("The same hole sits at its centre:a surface car park.", ["centre:a"]),
        ("He said one thing:I will not quit.", ["thing:I"]),
        ("Key finding:most of the damage was minor.", ["finding:most"]),  # across a run-in label's end
        # After a percentage, a closing bracket or a number with its unit, a capital starts the next sentence.
        ("Turnout rose 12%.The council welcomed it.", ["12%.The"]),
        ("Prices fell (again).The mayor blamed the storm.", ["again).The"]),
        ("It cost $4m.Officials said more was needed.", ["4m.Officials"]),
        ("Really?No way!Yes.", ["Really?No", "way!Yes"]),
        # A full stop after a closing quotation mark, British style; shown from the word.
        ('The figures were "unacceptable".Ministers have promised more.', ['unacceptable".Ministers']),
        ("The players\u2019 union said \u2018no\u2019.The league said yes.", ["no\u2019.The"]),
        ('He called it "fake".the end of the matter was near.', ['fake".the']),
        ("Prices fell 3.5%.analysts were surprised.", ["3.5%.analysts"]),
        ("The firm (founded in 1990).its shares rose.", ["1990).its"]),
        # An initialism, then a common sentence opener, as with a space.
        ("The talks ended at 10 a.m.The delegates left.", ["a.m.The"]),
        ("Growth was strongest in the U.S.But the euro zone lagged.", ["U.S.But"]),
        # The space on the wrong side of a comma or semicolon.
        ("within 62 days ,below the target", ["days ,below"]),
        ("He left early ;the rest stayed.", ["early ;the"]),
        ("The mayor spoke first .Then the chief executive took questions.", ["first .Then"]),
        ("She walked out !Then the chair adjourned. Was it fair ?No, said the panel.", ["out !Then", "fair ?No"]),
        ("Turnout rose in 2024 .The count was slow.", ["2024 .The"]),
        ("The bill passed 52-48 .the senator voted no.", ["52-48 .the"]),
        # ... also before a one-letter word that opens a sentence
        ("It cost \u00a3250,000 .A public exhibition opens on Saturday.", ["000 .A"]),
        ("The talks ran late .I left at ten.", ["late .I"]),
        ('A spokesperson said:"Doctors cannot keep working like this."', ['said:"Doctors']),
        ("In 2018,the summit failed.", ["2018,the"]),
        ("He said \u201cno\u201d,then left.", ["no\u201d,then"]),
        ("Zürich,Genève and Köln.", ["Zürich,Genève"]),
        ("Quoted: \u201cWe agree,but not now.\u201d", ["agree,but"]),  # a typo, not the speaker's words
        # A word run into a closing bracket, and a comma run into the word after an abbreviation.
        # A dot that runs two sentences together ends the token before it: "the.end" is no name.
        ("It was the.end.Three more came.", ["the.end", "end.Three"]),
        # Each its own finding and fix, after an initialism too: fixing one leaves the other reported.
        ("He has a Ph.D.in physics.Three left.", ["Ph.D.in", "physics.Three"]),
        ("A crew was called in (Northgate Energy)to help.", ["Energy)to"]),
        ("The firm (Acme)said it would pay.", ["Acme)said"]),
        ("WASHINGTON (AP)The talks ended.", ["AP)The"]),
        # ... a bracket that holds a figure: a score, a year, a sum
        ("The vote (7-2)was close and the film (2019)is a hit.", ["7-2)was", "2019)is"]),
        ("It covers the 1990s, e.g.,the decade of growth.", ["e.g.,the"]),
        ("Call Acme Inc.,which owns the site.", ["Inc.,which"]),
        # A ! or ? that closes a quotation, run into the word after it.
        ('"We won!"the coach said.', ['won!"the']),
        ("\u201cWhy now?\u201dasked one voter.", ["now?\u201dasked"]),
        # ... or opens one, run into the word before it
        ('Was it worth it?"No," said the mayor.', ['it?"No']),
        # A quotation or a bracket closed before a full stop, the next quotation run on after it.
        ("He said it was \u201cfine\u201d.\u201cWe will see,\u201d she said.", ["fine\u201d.\u201cWe"]),
        ("He called it (fine).\u201cWe will see,\u201d she said.", ["fine).\u201cWe"]),
        ("It was over!\u201cNo,\u201d said the mayor.", ["over!\u201cNo"]),
        # After a percentage, as after a number.
        ("The rate is 4.5%,up from 4%.", ["4.5%,up"]),
        ("Rates rose 5%;the bank blamed energy.", ["5%;the"]),
        # A single quotation mark that opens a quotation, British style, run into the word before.
        ("He said:'We will fight on.'", ["said:'We"]),
        ("The council met.\u2018We will fight on,\u2019 she said.", ["met.\u2018We"]),
        ("The players' union met.'We will strike,' it said.", ["met.'We"]),
        # A title's abbreviation run into the name after it.
        ("The deal was signed by Mr.Smith and Dr.Jones.", ["Mr.Smith", "Dr.Jones"]),
        ("He moved to St.Louis, and Sen.McConnell stayed.", ["St.Louis", "Sen.McConnell"]),
        # A month's abbreviation run into its day.
        ("The vote is on Jan.5, the count on Sept.12 and the appeal on Nov.3rd.", ["Jan.5", "Sept.12", "Nov.3rd"]),
        # Capitals on both sides of a colon that are no exchange and ticker.
        ("WARNING:The bridge is closed. The report said:THE END.", ["WARNING:The", "said:THE"]),
        # A percentage run into the next word.
        ("Prices rose 5%in May, and 10%of firms agreed.", ["5%in", "10%of"]),
    ],
)
def test_flags_missing_space(text, expected):
    assert flagged(text, RULE) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Growth was 3.5 percent on 1,000,000 sales at 10:30 with odds of 3:1.",
        "The U.S. envoy and the U.K. minister, both Ph.D. holders, e.g. economists, met.",
        "J.K. Rowling wrote it. J.K.Rowling's case aside, the end.",  # initials: no capital after a capital
        "Visit example.com or Amazon.com, built with ASP.NET and Node.js.",
        "Layoffs.fyi counts job cuts; see rte.ie, stuff.co.nz and gov.za too.",  # country and other domains
        "Write to press@example.com or see https://example.com/a,b;c:d?e=f!g.",
        "See www.example.org/News.Today,Later for details.",
        "Save report_v2.final.docx and version 2.4.1 now.",
        "Wait... what?! He asked \"why?\" and left.",
        "He shouted \u201cStop!\u201d and ran.",
        'He starred in "Oklahoma!" and "Hello, Dolly!" on Broadway. "Why?" she asked. "Because!"',
        "He said \u201cfine,\u201d and \u201cwe will see.\u201d The \u201cA\u201d list (2019). \u201cB\u201d came next.",
        '"Stop!" he said. "Why?" she asked, and the words "why?" and "stop!" are short.',
        "Scores of 40%, 55% and 61%; the rest below 30%.",
        "A 5%s field and 100%x are no words; https://example.com/a%20b is masked.",
        "The ratio was 16:9, the score 2:1.",
        "See Note:A (above), Plan:B and a ratio of 3:a half.",  # a label's letter; a number before the colon
        "Read `config.Value,other` in the code.",
        "```\nx = a,b\n```\n",
        "std::vector and C:\\Users are code.",
        "The U.S.-Russia relationship and pre-2014 borders.",
        "He said: \u201cYes.\u201d Then he left.",
        "Install 1.2.beta or 4.50.txt, not 3.0.rc1.",  # after a number, only a capital or a clause opener
        "Get it at web3.now or node2.me, and see 2.1.dev or 4.0.post1 for builds.",  # a suffix after a number
        "J.K.Rowling wrote it. He lives in the U.S.A and works there.",  # a person's initials; one letter after
        "Sales of 1 ,000 units and a score of 3 ,2 are numbers.",
        "It runs on Microsoft .Net and the .NET runtime; see example .com or web3 .it for more.",  # dot names
        "Sites ending in .it had been blocked, and a .it address was used.",  # Italy's domain, then a verb
        # Brackets that belong to a word: a letter or two, a lowercase prefix, or set against the word before.
        "(S)he said the word(s) mattered, and we will (re)build it.",
        "Her (ex)husband solved f(x)dx in section 4(1)(a)of the paper.",
        "Acme(TM)products and a smiley :-)yes, and (a)the first or (b)the second.",
        "Under rule (1)a or H(2)O, a bracketed figure of one digit is a reference.",
        "Section 5(2019) and the MP3(2019) codec: a number or a capital before the bracket.",
        "Under s.5(1)(a) and Article 50(2), and where 2(x + 1) = 3x or 4(a b) holds, and clause 3(ii) of it.",
        "See [the list](https://example.com/x)and more.",
        # Single marks that are apostrophes or elisions, not quotation marks.
        "It was the U.S.'s worst year, and Yahoo!'s best.",
        "He loves rock,'n' roll and the music of the '90s.'Tis the season.",
        "Mr. O'Brien said:'tis true, and Macy's opened.",
        "Visit mr.smith.com or write to Dr.Jones@example.com; Gen.Z voters and Dr.ABC stayed home.",
        # An exchange's ticker.
        "Shares of Apple (NASDAQ:AAPL) and Barclays (LON:BARC) rose, as did NYSE:BRK.B.",
        # Numbers written after an abbreviation's stop, and a month run into a year or another word's stop.
        "He lives at No.10, see p.45 and s.14 of the Act, v.2 of the plan, fig.3 and Art.5.",
        "The Jan.2026 figures and the file report_Jan.5.csv are out; the vote was on Jan. 5.",
        # A spaced ! or ? with its space after it too, as French typography sets it: no space is missing.
        "Is it fair ? No. Wow ! That was it, and Yahoo ! Japan agreed.",
    ],
)
def test_does_not_flag(text):
    assert flagged(text, RULE) == []


def test_fix_inserts_a_space_after_the_mark():
    (d,) = lint.check_text("The agenda,the format")
    (edit,) = d.fix.edits
    assert (edit.offset, edit.end_offset, edit.text) == (11, 11, " ")
    assert d.message == 'Missing space after "," in "agenda,the"'


def test_masked_markdown_is_not_checked():
    text = "See [the list](https://example.com/x,y) and <span class=\"a,b\">text</span> here."
    assert flagged(text, RULE) == []


# A full stop run straight into a lowercase word: two sentences, unless the token
# is a domain or file name by its shape.
@pytest.mark.parametrize("text, run_on", [
    ("The council met on Monday.the vote was close.", "Monday.the"),
    ("The mayor quit.he was tired.", "quit.he"),
    ("The park will close.today the gates stay shut.", "close.today"),  # .today is a domain too
    ("The bridge.it closed at noon.", "bridge.it"),  # so is .it
    ("The ratio was 16:9 (wide).now rare, it was once common.", "wide).now"),  # after a bracket, as after a word
    ("The motion passed 5-4.the mayor abstained.", "5-4.the"),  # after a number, a word that opens a clause
    ("The plan will be ready by 2028.under the plan, cars would be banned.", "2028.under"),  # or a phrase
    ("He left the club in 1998.after that he coached in Spain.", "1998.after"),
    ("Tickets cost $12.they sold out in an hour.", "12.they"),
    ("Shares closed at $4.50.the company said nothing.", "4.50.the"),
    ("The bill passed 67-31.it now goes to the House.", "67-31.it"),  # "it" after a tally, then a word
    ("The vote was 52 to 48.it goes to the House next.", "48.it"),
    # the space on the wrong side of the stop, then "it" and its verb
    ('Crews are working "as fast as possible" .it expected most homes back on by Monday.', 'possible" .it'),
    ("Crews worked quickly .it is expected to reopen.", "quickly .it"),
])
def test_full_stop_run_into_a_lowercase_word_is_two_sentences(text, run_on):
    assert flagged(text, "punctuation-spacing", format="text") == [run_on]
    assert flagged(text, "sentence-case", format="text") == [run_on.rsplit(".", 1)[1]]


@pytest.mark.parametrize("text, expected", [
    # An ellipsis after a word run into a capitalised one: the next sentence.
    ("He waited\u2026Then he left.", ['Missing space after "\u2026" in "waited\u2026Then"']),
    ("He waited...Then he left.", ['Missing space after "..." in "waited...Then"']),
    # ... not a lowercase word after it, which some styles set so, nor one that opens a quotation or stands inside
    # a name
    ("He waited...then he left.", []),
    ("\u201c\u2026And then,\u201d he said.", []),
    ("The A\u2026Z guide sold out.", []),
    ("He waited . . .Then he left.", []),
])
def test_an_ellipsis_run_into_the_next_sentence(text, expected):
    assert [d.message for d in lint.check_text(text) if d.rule == RULE] == expected
    if expected:
        assert lint.fix_text(text, format="text")[0].startswith(("He waited\u2026 Then", "He waited... Then"))


# A sentence that opens with a one-letter word: "A", "a" or "I".
@pytest.mark.parametrize("text, run_on, lowercase", [
    ("The hearing will last two days.a ruling is likely to be reserved.", "days.a", ["a"]),
    ("Police were called to the encounter.A man was arrested.", "encounter.A", []),
    ("He said he was tired.I think he meant it.", "tired.I", []),
    ("The plan cost $4m.A spokesman declined to comment.", "4m.A", []),
    ('She called it "absurd".A vote is due on Friday.', 'absurd".A', []),
    # ... and at a hard-wrapped line's end
    ("Police were called to the encounter.A\nman was arrested.", "encounter.A", []),
    ("He said he was tired.I\nthink he meant it.", "tired.I", []),
])
def test_a_sentence_opening_with_a_one_letter_word(text, run_on, lowercase):
    assert flagged(text, "punctuation-spacing", format="text") == [run_on]
    assert flagged(text, "sentence-case", format="text") == lowercase


@pytest.mark.parametrize("text", [
    "Made in the U.S.A and sold abroad.",
    "See section 5.a for details.",  # after a number, a lowercase letter is a list item
    "The shops sell Plan.B kits and Vitamin.C drops.",  # only A, a and I open sentences
    "Link against libfoo.a and run the tests.",  # an article goes on with a noun, not a joining word
    "The file is named notes.a in the folder.",
    "The value of x.a is set by the caller.",  # a one-letter word before
    "Link against libfoo.a\nand run the tests.",
    "See section 5.a\nfor details.",
])
def test_one_letter_names_after_a_full_stop_are_not_run_on_sentences(text):
    assert flagged(text, "punctuation-spacing", format="text") == []
    assert flagged(text, "sentence-case", format="text") == []


@pytest.mark.parametrize("text", [
    "Visit example.com for the full schedule.",
    "Amazon.com shares rose on Friday.",
    "The link was shortened with bit.ly before it was posted.",
    "The tool is written in node.js and runs nightly.",
    "The auditors attached report.pdf to the letter.",
    "The manual lives at docs.python.org and is free.",
    "The settings are in config.yaml on the server.",
    "Download report2.txt and data_v3.csv today.",  # after a number only a capital counts
    "The 3D.js library and 4K.mov files were shared.",
    "Version 2.1a.beta shipped late.",
    "The startup web3.it raised money.",  # a domain
    "Our sister site is 24.it.",  # a domain of digits: no word after it
    "Read more at 2024.it, the festival's site.",
    "See rule 4.a of the code and section 12.b.",
    "We ported the .NET service and the .A files.",
    "More than 2 million homes were without power, according to poweroutage.us.",  # no sentence opens on "us"
    "She told our sister website gef.im that she would meet the minister.",  # the Isle of Man's domain
    "The results are on jerseyeveningpost.je and on bbc.co.uk.",
    "She posts as @jo.bell on Instagram and (@ana.ruiz) on X.",  # a handle may hold a dot
])
def test_domains_file_names_and_abbreviations_are_not_run_on_sentences(text):
    assert flagged(text, "punctuation-spacing", format="text") == []
    assert flagged(text, "sentence-case", format="text") == []


def test_a_handles_end_run_into_the_next_sentence():
    assert flagged("Follow the council at @northshire.Then tell us.", "punctuation-spacing",
                   format="text") == ["northshire.Then"]


@pytest.mark.parametrize("text, fixed", [
    ("within 62 days ,below the target", "within 62 days, below the target"),
    ("The mayor spoke first .Then he left.", "The mayor spoke first. Then he left."),
    ("She walked out !Then he left.", "She walked out! Then he left."),
    ("It cost \u00a3250,000 .A public exhibition opens.", "It cost \u00a3250,000. A public exhibition opens."),
    ('A spokesperson said:"Doctors cannot keep working like this."',
     'A spokesperson said: "Doctors cannot keep working like this."'),
    ('The figures were "unacceptable".Ministers have promised more.',
     'The figures were "unacceptable". Ministers have promised more.'),
    ("The firm (Acme)said it would pay.", "The firm (Acme) said it would pay."),
    ('"We won!"the coach said.', '"We won!" the coach said.'),
    ('Was it worth it?"No," said the mayor.', 'Was it worth it? "No," said the mayor.'),
    ("It was \u201cfine\u201d.\u201cWe will see,\u201d she said.", "It was \u201cfine\u201d. \u201cWe will see,\u201d she said."),
    # A straight mark after a sentence's end, with a capital after it, opens the next quotation:
    # the space goes before it, not inside it.
    ('Rudd backed his goalkeeper."We win together," he said.',
     'Rudd backed his goalkeeper. "We win together," he said.'),
    ("He said:'We will fight on.'", "He said: 'We will fight on.'"),
    ("Prices rose 5%in May.", "Prices rose 5% in May."),
    ("The vote is on Jan.5 at noon.", "The vote is on Jan. 5 at noon."),
    ("The team(led by Ana Ruiz) won the award.", "The team (led by Ana Ruiz) won the award."),
    ("He said(quietly) that he would go.", "He said (quietly) that he would go."),
    ("The firm(Acme) said profits rose.", "The firm (Acme) said profits rose."),
    ("It opens 40 community diagnostic centres(CDCs) this year.",
     "It opens 40 community diagnostic centres (CDCs) this year."),
    ("The World Health Organization(WHO) said so.", "The World Health Organization (WHO) said so."),
    ("The film(2019) was a hit.", "The film (2019) was a hit."),
    # ... also after a sum or a share whose bracket holds words
    ("It cost \u00a35m(about $6m) in total.", "It cost \u00a35m (about $6m) in total."),
    ("Turnout was 41%(the lowest since 1918).", "Turnout was 41% (the lowest since 1918)."),
    ("The city has 2,400(at the last count) buses.", "The city has 2,400 (at the last count) buses."),
])
def test_fix_puts_the_space_where_it_belongs(text, fixed):
    (d,) = [d for d in lint.check_text(text) if d.rule == RULE]
    (edit,) = d.fix.edits
    assert text[:edit.offset] + edit.text + text[edit.end_offset:] == fixed


# Markdown markup between a word and its mark is masked as spaces: the text reads
# "budget,the" all the same, and the space goes after the mark, the markup untouched.
@pytest.mark.parametrize("text, shown, fixed", [
    ("The **new budget**,the council said.", "budget**,the", "The **new budget**, the council said."),
    ("The *new budget*,the council said.", "budget*,the", "The *new budget*, the council said."),
    ("It is on the [city site](https://example.org/plan).The vote is Monday.",
     "site](https://example.org/plan).The", "It is on the [city site](https://example.org/plan). The vote is Monday."),
    ("He said **no**!Then he left.", "no**!Then", "He said **no**! Then he left."),
    ("**Update**:the road has reopened.", "Update**:the", "**Update**: the road has reopened."),
    ("The fare is **$4.50**.Tickets go on sale today.", "4.50**.Tickets",
     "The fare is **$4.50**. Tickets go on sale today."),
    # Markup that opens the next word: after a mark it can only open, so the space goes before it.
    ("The agenda,**the** format changed.", "agenda,**the", "The agenda, **the** format changed."),
    ("Officials said,[according to the filing](https://x.org/f) the plan failed.", "said,[according",
     "Officials said, [according to the filing](https://x.org/f) the plan failed."),
    ("The mayor spoke first.*Then* she left.", "first.*Then", "The mayor spoke first. *Then* she left."),
    ("It rose sharply;_analysts_ were surprised.", "sharply;_analysts", "It rose sharply; _analysts_ were surprised."),
    ("The **agenda**,**the** format changed.", "agenda**,**the", "The **agenda**, **the** format changed."),
])
def test_markup_between_a_word_and_its_mark_hides_no_missing_space(text, shown, fixed):
    (d,) = [d for d in lint.check_text(text) if d.rule == RULE]
    assert d.message.endswith(f'in "{shown}"')
    (edit,) = d.fix.edits
    assert text[:edit.offset] + edit.text + text[edit.end_offset:] == fixed


@pytest.mark.parametrize("text", [
    "The mark is **bold**. The next sentence.",
    "See the [report](https://x.org/a.b). It says more.",
    "A list: *one*, *two*, and *three*.",
    "Visit **Amazon.com** today, or [example.com](https://example.com).",
    "Read the [filing](https://x.org/f.pdf), then the **U.S.** reply.",
    "Her reply: **no**, and that was that.",
    "A bold mark **,** alone, or *.* in code-like text.",
    "Snake_case_names, __init__ and 2_000 stay as they are.",
    "The ratio was 3:**4** in the end, and 1,*000* is no word.",
    "See **[the report](https://x.org/r)** for details.",
    "Read [the filing](https://x.org/f.pdf) and [the reply](https://x.org/r).",
])
def test_markup_before_a_mark_that_is_spaced_is_not_flagged(text):
    assert flagged(text, RULE) == []


@pytest.mark.parametrize("text, expected", [
    ("Trains will run between 7 a.m.to 7 p.m. on Friday.", ["a.m.to"]),
    ("The U.S.Forest Service said the fire was contained.", ["U.S.Forest"]),
    ("Our customers are in the U.S.and Asia.", ["U.S.and"]),
    ("It lists steps the city could take, e.g.faster permits.", ["e.g.faster"]),
    ("Prices rose 3.5 percent, e.g.in the capital.", ["e.g.in"]),
    ("He earned a Ph.D.in physics and moved to Washington, D.C.in 2010.", ["Ph.D.in", "D.C.in"]),
    ("On the board at 3 a.m.:two welfare checks.", ["a.m.:two"]),
    ("Vicks, a U.S.Army veteran, took off his hat.", ["U.S.Army"]),
    ("The shortage is not unique to Ridley.A 2023 survey found more.", ["Ridley.A"]),
])
def test_a_known_initialism_or_a_word_run_into_the_next_word_is_a_missing_space(text, expected):
    assert flagged(text, RULE) == expected


@pytest.mark.parametrize("text", [
    "Prices rose 3.5 percent, e.g.in the capital.",
    "Our customers are in the U.S.and Asia.",
])
def test_an_initialism_run_into_a_lowercase_word_starts_no_sentence(text):
    assert flagged(text, "sentence-case", format="text") == []


@pytest.mark.parametrize("text", [
    "J.K.Rowling wrote it.",  # initials no list holds
    "He lives in the U.S.A and works there.",  # one letter
    "The U.S.-led coalition and the U.S.'s position.",
    "Visit www.e.g.com today.",
    "See section 5.A 3 items.",
])
def test_initials_a_letter_and_names_after_an_initialism_are_not_flagged(text):
    assert flagged(text, RULE) == []


@pytest.mark.parametrize("text, expected", [
    ("Sellers were listing cases within an hour.iOS 27 ships with it.", ["hour.iOS"]),
    ("Trading was slow.eBay sellers were quiet.", ["slow.eBay"]),
    ("He joined the firm.mRNA vaccines came next.", ["firm.mRNA"]),
])
def test_a_full_stop_run_into_a_brand_written_with_a_lowercase_capital_is_a_missing_space(text, expected):
    assert flagged(text, RULE, format="text") == expected
    assert flagged(text, "sentence-case", format="text") == []  # "iOS" is how the brand is written


@pytest.mark.parametrize("text", [
    "Call user.getName to read the value.",
    "See apple.com/iOS for details.",
    "The app.iOS.version key is set.",
])
def test_a_method_a_path_or_a_dotted_key_with_a_capital_inside_is_not_a_run_on_stop(text):
    assert flagged(text, RULE, format="text") == []


@pytest.mark.parametrize("text, expected", [
    # A comma with a space on both sides between two words: a tag a scraper dropped stood there.
    ("Dark chocolate contains flavonoids , which may help.", ["flavonoids , which"]),
    ('She said , "we will win the seat back."', ['said , "we']),
    # Numbers, markup masked before the comma, and commas in their place.
    ("It cost 5 , 000 pounds.", []),
    ("He bought **apples**, pears and plums.", []),
    ("Shares rose , 4% higher.", []),
    # A number before the stray space, a word after it.
    ("The phone will cost $1,299 , a rise of $100.", ["299 , a"]),
    # ... and a semicolon so, after a word, a number or a percentage; not between numbers
    ("Southern Water's bills will rise by 27% ; Anglian Water's by 19%.", ["27% ; Anglian"]),
    ("Bills will rise ; costs will fall.", ["rise ; costs"]),
    ("See items 3 ; 4 and 5.", []),
    ("Prices rose 5% , a record.", ["5% , a"]),
    # A full stop so, before a sentence; not a spaced ellipsis, an initial, nor a domain spaced out.
    ("Opponents feared congestion on the A259 . Business owners agreed.", ["A259 . Business"]),
    ("Rates rose in 2024 . The bank held.", ["2024 . The"]),
    ("It has a 6.3-inch screen . according to the firm, the crease is gone.", ["screen . according"]),
    ("He waited . . . Then he left.", []),
    ("He waited . . . then he left.", []),
    ("She read J . K. Rowling.", []),
    ("Go to example . com now.", []),
    ("Apples, pears and plums.", []),
    # ... and at a paragraph's end, before its closing quotation mark, and before a hard-wrapped line's next sentence
    ("Drivers can claim from the council responsible for the road .\n\nThe list follows.", ["road ."]),
    ("It had 410,000 visits last year .", ["year ."]),
    ("\u201cWe will fix it this year .\u201d", ["year ."]),
    ("Winds made it hard to control .\nOfficials said so.", ["control ."]),
    # ... and a comma or a stop that closes a quotation, before the words that go on after it
    ('"We urge people to stay away from rivers ," a spokesperson said.', ["rivers ,"]),
    ('"We urge people to stay away ." A spokesperson said so.', ["away ."]),
    ('It was "fine ."\nThen it rained.', ["fine ."]),
    ('He called it \u201cunfair ,\u201d and left.', ["unfair ,"]),
    # ... and after a closed quotation or aside
    ('He said the road would "take lorries out of the centre" .', ['centre" .']),
    ("It was fine (mostly) . Then it rained.", ["mostly) . Then"]),
    ('He said it was \u201cfine\u201d , and left.', ["fine\u201d , and"]),
    ('He said " . " was the mark.', []),
    # ... and a stop that opens a hard-wrapped line, the line broken at its stray space
    ("Winds made it hard to control\n. Officials said so.", ["control\n. Officials"]),
    ("The council is responsible for the road\n.", ["road\n."]),
    ("See the\n.NET docs.", []),
    # ... and so a comma or a semicolon
    ("Nimbus will cut 2,000 jobs\n, around 8% of its staff.", ["jobs\n, around"]),
    ("The plan was approved\n; work starts in May.", ["approved\n; work"]),
    ("It cost 2\n,000 pounds.", []),
    # not a spaced ellipsis, a stop set apart from a web address, one with nothing before it, nor markup's
    ("He waited . . .\n\nThen he left.", []),
    ("Read it at https://example.com/report .", []),
    ("Prices rose.\n\n.\n\nThen fell.", []),
    ("Run `make test` .", []),
    # ... and after a single quotation mark that closes a quotation or ends a word, before one that opens the next
    ("Some shouted 'shame on you' , 'you ignored us' and left.", ["you' , 'you"]),
    ("Some shouted \u2018shame on you\u2019 , \u2018you ignored us\u2019 and left.",
     ["you\u2019 , \u2018you"]),
    ("The boys' , which won, and the girls' team lost.", ["boys' , which"]),
    ("Some shouted 'shame on you', 'you ignored us' and left.", []),
])
def test_a_stray_space_before_a_comma_or_a_semicolon(text, expected):
    assert flagged(text, RULE) == expected


@pytest.mark.parametrize("text, fixed", [
    ('"Stay away from swollen rivers ,"a spokesperson said.\n', '"Stay away from swollen rivers," a spokesperson said.\n'),
    ("He called it \u201cunfair .\u201dThen he left.\n", "He called it \u201cunfair.\u201d Then he left.\n"),
])
def test_a_space_before_a_quotations_last_mark_moves_after_the_quotation_mark(text, fixed):
    (d,) = [d for d in lint.check_text(text) if d.rule == RULE]
    assert d.message.startswith('Missing space after "') and lint.fix_text(text, format="text")[0] == fixed


@pytest.mark.parametrize("text", [
    '"We will," she said, "stay away."\n',
    'The sign said "A, B , C" in red.\n',  # no quotation's end
    "It read \u201cno .\u201d2 items\n",
])
def test_a_quotations_last_mark_without_a_stray_space_is_not_moved(text):
    assert not any(d.message.startswith("Missing space after") for d in lint.check_text(text) if d.rule == RULE)


def test_the_fix_removes_the_stray_space_and_the_message_says_so():
    text = "It contains flavonoids , which may help.\n"
    (d,) = [d for d in lint.check_text(text) if d.rule == RULE]
    assert d.message == 'Space before "," in "flavonoids , which"'
    assert lint.fix_text(text, format="text")[0] == "It contains flavonoids, which may help.\n"
    text = "It ran on the A259 . Business owners objected.\n"
    (d,) = [d for d in lint.check_text(text) if d.rule == RULE]
    assert d.message == 'Space before "." in "A259 . Business"'
    assert lint.fix_text(text, format="text")[0] == "It ran on the A259. Business owners objected.\n"
    text = "It ran on the A259 .\n"
    (d,) = [d for d in lint.check_text(text) if d.rule == RULE]
    assert d.message == 'Space before "." in "A259 ."'
    assert lint.fix_text(text, format="text")[0] == "It ran on the A259.\n"


@pytest.mark.parametrize("text", [
    "The member(s) of the board met.",
    "The award went to Acme(TM) on Friday.",
    "Add Fe(OH)3 slowly, the chemist said.",
    "Solve f(x + y) for x.",
    "The colour(ed) version sold out.",
    "The (s)he debate goes on.",
    "The firm (Acme Ltd) won.",
    "See the map [here](https://example.com/map) for details.",
])
def test_a_bracket_that_belongs_to_the_word_before_is_not_flagged(text):
    assert flagged(text, RULE, format="markdown") == []


@pytest.mark.parametrize("text, expected", [
    # A space inside brackets that hold words, as a scraper leaves it, is reported on each side it stands.
    ("Lanes on Station Road ( the main route into town ) were approved.", ["( the", "town )"]),
    ("Most backed it [ see the results below ] in the survey.", ["[ see", "below ]"]),
    ("They play Rovers ( kick-off 7.45pm) at home.", ["( kick-off"]),
    ("It will cost £450,000 (about $560,000 ) in all.", ["$560,000 )"]),
    ('He called it ( "a farce" ) twice.', ['( "a', 'farce" )']),
    # Curly quotation marks say which side they stand on: the same spaces inside them.
    ("Hart called him \u201c an outstanding young player \u201d on Monday.", ["\u201c an", "player \u201d"]),
    ("She shrugged: \u201c Why? \u201d", ["\u201c Why?", "Why? \u201d"]),
    # Not an emoticon, empty or bare brackets, a bracket with its partner on another line, nor numbers alone.
    ("That is sad :( but true, and we won :) in the end.", []),
    ("The form has boxes ( ) to tick and [ ] to cross.", []),
    ("The list runs on ( and on\nto the next line ).", []),
    # ... unless a hard-wrapped paragraph's line broke on the stray space itself
    ("Lanes on Station Road (\nthe main route into town) were approved.", ["(\nthe"]),
    ("It will cost \u00a3450,000 (funded by the Department for Transport\n) in all.", ["Transport\n)"]),
    ("The list runs on (\n\nA new paragraph starts here).", []),
    ("Solve ( 3 + 4 ) first.", []),
    ("The firm (Acme Ltd) won the contract (worth $2m).", []),
    ("He said \u201cfine\u201d and \u201cgood\u201d today, and \u201c \u201d is empty.", []),
])
def test_a_space_inside_brackets(text, expected):
    assert flagged(text, RULE) == expected


@pytest.mark.parametrize("text, expected", [
    # Straight double marks: a pair on one line, the opening one the first (or third ...) of its paragraph.
    ('He said the budget was " unrealistic ". It was late.', ['" unrealistic', 'unrealistic "']),
    ('He called it "unrealistic ". It was late.', ['unrealistic "']),
    ('He called it " unrealistic". It was late.', ['" unrealistic']),
    ('"We won," he said, and called the result " a fair one " later.', ['" a', 'one "']),
    # Not inches, nor pairs with no space inside, nor a mark whose partner the paragraph may have lost.
    ('Screens of 5" and 6" were sold, and a 12" x 8" print.', []),
    ('He said "yes" and "no" then "maybe" again.', []),
    ('He said:"We won," and then " he left.', ['said:"We']),  # only the colon run into its mark
    ('The sign read "Closed".\n\n" It was never open," she said.', ['" It']),
])
def test_a_space_inside_straight_quotation_marks(text, expected):
    assert flagged(text, RULE) == expected


def test_the_fix_removes_the_space_inside_straight_quotation_marks():
    assert lint.fix_text('He said it was " unrealistic ".\n', format="text")[0] == 'He said it was "unrealistic".\n'


def test_the_fix_removes_the_space_inside_brackets():
    text = "The road ( the main route ) reopened.\n"
    messages = [d.message for d in lint.check_text(text) if d.rule == RULE]
    assert messages == ['Space after "(" in "( the"', 'Space before ")" in "route )"']
    assert lint.fix_text(text, format="text")[0] == "The road (the main route) reopened.\n"
    # A hard-wrapped line that broke on the stray space: the message shows the space, the fix joins the lines.
    text = "The road (\nthe main route) reopened.\n"
    messages = [d.message for d in lint.check_text(text) if d.rule == RULE]
    assert messages == ['Space after "(" in "( the"']
    assert lint.fix_text(text, format="text")[0] == "The road (the main route) reopened.\n"


@pytest.mark.parametrize("text, expected", [
    # A possessive's or a contraction's "'s" set off from its word, as a scraper leaves it after a tag.
    ("The council 's plan was approved.", ["council 's"]),
    ("The mayor \u2019s office said it \u2019s over.", ["mayor \u2019s", "it \u2019s"]),
    # Not an s that goes on as a word, nor one in quotation marks.
    ("The 'sixties were fun, and rock 'n' roll too.", []),
    ("He typed the letter 's' twice.", []),
    # ... nor a quoted swear word starred out after its s
    ("He called it a 's*** goal' after the game.", []),
    ("He called it a \u2018s*** goal\u2019 after the game.", []),
])
def test_a_spaced_possessive(text, expected):
    assert flagged(text, RULE) == expected


def test_the_fix_joins_a_spaced_possessive_to_its_word():
    assert lint.fix_text("The council 's plan was approved.\n", format="text")[0] == \
        "The council's plan was approved.\n"


@pytest.mark.parametrize("text, expected", [
    # A word run into the double quotation mark that closes a quotation.
    ("He called it \u201ca disaster\u201dand left.", ["disaster\u201dand"]),
    ('He called it "a disaster"and left.', ['disaster"and']),
    ("The \u201cYes\u201dcampaign won.", ["Yes\u201dcampaign"]),
    # ... not a plural's s, a mark that follows a stop (judged with the stop), nor a pair whose opening mark is
    # run into the word before it, nor an inch mark, nor a mark with its space.
    ("The \u201cNo\u201ds had it.", []),
    ('He said"hello"to me.', []),
    ("The screen is 12\u201dwide.", []),
    ("He called it \u201ca disaster\u201d and left, \u201cfar too late\u201d.", []),
    ("He said \u201cfine.\u201dThen he left.", ["fine.\u201dThen"]),
])
def test_a_word_run_into_a_closing_quotation_mark(text, expected):
    assert flagged(text, RULE) == expected


@pytest.mark.parametrize("text, expected", [
    # A straight mark run into the word before it, its partner spaced as it should be: the space went missing
    # before the opening mark, or after the closing one.
    ('The coach said that"we have to be proud of the team". He left.', ['that"we']),
    ('He said "yes" and she said"no" to it.', ['said"no']),
    ('"We have to be proud of the team"he said.', ['team"he']),
    # ... not a pair run into words on both sides (which side lost it is no surer), an apostrophe typed as a
    # quotation mark, an inch mark, nor a mark with its space
    ('She told us"no"and left the room.', []),
    ('He said he don"t know why and Trump"s aides agreed.', []),
    ('The sign read 5"wide.', []),
    ('She said "we won" and left.', []),
])
def test_a_straight_mark_run_into_the_word_before_or_after_it(text, expected):
    assert flagged(text, RULE) == expected


def test_the_fix_puts_the_space_on_the_side_of_the_word_the_mark_leaves():
    text = 'The coach said that"we have to be proud of the team". He left.\n'
    assert lint.fix_text(text, format="text")[0] == 'The coach said that "we have to be proud of the team". He left.\n'
    # ... and none when the paragraph's marks do not pair up
    text = 'The coach said that"we have to be proud of the team". "He left.\n'
    assert flagged(text, RULE) == ['that"we']
    assert lint.fix_text(text, format="text")[0] == text


def test_the_fix_puts_the_space_after_the_closing_quotation_mark():
    text = "He called it \u201ca disaster\u201dand left.\n"
    (d,) = [d for d in lint.check_text(text) if d.rule == RULE]
    assert d.message == 'Missing space after "\u201d" in "disaster\u201dand"'
    assert lint.fix_text(text, format="text")[0] == "He called it \u201ca disaster\u201d and left.\n"


@pytest.mark.parametrize("text, expected", [
    # An acronym run into after a full stop opens the next sentence, as a capitalised word does.
    ("It was the worst winter they can remember.A&E waits reached 14 hours.", ["remember.A&E"]),
    ("Shares fell for a third day.AT&T led the losers.", ["day.AT&T"]),
    ("The launch was agreed.NASA will fly it in May.", ["agreed.NASA"]),
    # A comma between a word and a number.
    ("Jordan Pike,24,lost control of his car.", ["Pike,24", "24,lost"]),
    ("He said,2025 had been a hard year.", ["said,2025"]),
])
def test_acronyms_and_numbers_after_a_mark(text, expected):
    assert flagged(text, RULE) == expected


@pytest.mark.parametrize("text", [
    # File and domain suffixes in capitals, initialisms, numbers and one-letter names stay unflagged.
    "Download Report.PDF or visit Example.COM for more.",
    "He lives in the U.S.A and owns shares in AT&T.",
    "Sales of 1,000 units; Covid-19,2020 data; x,1 and y;2 are code-like.",
    "Grades A,1 and B,2 were given.",
])
def test_acronyms_and_numbers_after_a_mark_not_flagged(text):
    assert flagged(text, RULE) == []


@pytest.mark.parametrize("text, expected", [
    # An acronym standing alone, its stop run into the next sentence's capitalised word.
    ("Many patients say they have given up on the NHS.Experts warn it will get worse.", ["NHS.Experts"]),
    ("She joined the BBC.Her first job was in radio.", ["BBC.Her"]),
    ("He moved to the US.Three years later he returned.", ["US.Three"]),
    ("Sales rose at M&S.Its rival fell.", ["M&S.Its"]),
    # ... or into a lowercase word: one that opens clauses, or any word after a short acronym
    ("The rules changed when it left the EU.the vote was close.", ["EU.the"]),
    ("It beat 300 entries from across the UK.owner Priya Shah said so.", ["UK.owner"]),
    ("Tourists flocked to the US.many stayed for weeks.", ["US.many"]),
    ("She praised the NASA.they were late, she said.", ["NASA.they"]),
    # ... not a product's or a domain's name, nor an initialism's stops
    ("The firm builds its sites with ASP.NET and VB.Net tools.", []),
    ("Visit BBC.co.uk or GOV.UK for more.", []),
    ("It was the U.S.A. Then it changed.", []),
    ("Read the file at /data/AB.Report now.", []),
    ("Parse it with JSON.parse and save it as DATA.json or NOTES.txt, or see GOV.uk and ABC.net.au.", []),
    ("The news is at BBC.news and ITV.com, in the UK.it says.", []),
])
def test_an_acronyms_stop_run_into_a_sentence(text, expected):
    assert flagged(text, RULE) == expected
